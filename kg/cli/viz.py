"""``kg viz``: draw the event network of a graph file or a store as a picture."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..draw import draw_network
from ..network import to_networkx
from ._common import StoreOption, console, open_graph, reports_errors

__all__ = ["viz"]


@reports_errors
def viz(
    graph_file: Annotated[Path | None, typer.Argument(help="A graph file written by `kg build` (or use --store).")] = None,
    store: StoreOption = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Picture file: .png, .svg or .pdf.")] = Path("network.png"),
) -> None:
    """Draw entities and the events between them (node colour: entity type; edge colour: relation)."""
    network = to_networkx(open_graph(graph_file, store))
    draw_network(network, output)
    console.print(f"{network.number_of_nodes()} nodes, {network.number_of_edges()} event edges -> {output}", highlight=False)
