"""``kg export``: write a store (or convert a graph file) to a file in any export format."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..wording import counted
from ._common import ModalityOption, StoreOption, chosen_modalities, open_graph, reports_errors, say

__all__ = ["export"]


@reports_errors
def export(
    graph_file: Annotated[Path | None, typer.Argument(help="A graph file to convert (or use --store).")] = None,
    store: StoreOption = None,
    output: Annotated[str, typer.Option("--output", "-o", help="File (.ttl .nt .nq .trig .jsonld .rdf, the network as .gexf .graphml, the event table as .csv .tsv) or - for Turtle on stdout.")] = "-",
    min_reports: Annotated[int | None, typer.Option("--min-reports", min=1, help="The event table or network: only events reported by at least this many articles.")] = None,
    modality: ModalityOption = "asserted,planned",
) -> None:
    """Export the whole graph; N-Quads and TriG keep one named graph per article.

    Examples:
    kg export --store kg.db -o all.trig
    kg export graph.ttl -o events.csv --modality all"""
    from ..outputs import write_graph_file

    graph = open_graph(graph_file, store)
    write_graph_file(graph, output, min_reports=min_reports, modalities=chosen_modalities(modality))
    if output != "-":
        say(f"{counted(graph.articles, 'article', 'articles')} -> {output}")
