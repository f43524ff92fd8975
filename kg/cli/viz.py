"""``kg viz``: draw the event network of a graph file as a picture."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..draw import draw_network
from ..network import to_networkx
from ..query import load_graph

__all__ = ["viz"]


def viz(
    graph: Annotated[Path, typer.Argument(help="A graph file written by `kg build`.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Picture file: .png, .svg or .pdf.")],
) -> None:
    """Draw entities and the events between them (node colour: entity type; edge colour: relation)."""
    network = to_networkx(load_graph(graph))
    draw_network(network, output)
    typer.echo(f"{network.number_of_nodes()} nodes, {network.number_of_edges()} event edges -> {output}", err=True)
