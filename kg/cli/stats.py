"""``kg stats``: what a graph holds, by entity type and event type, with its date range."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ._common import StoreOption, open_graph, reports_errors

__all__ = ["stats"]


@reports_errors
def stats(
    graph_file: Annotated[Path | None, typer.Argument(help="A graph file (or use --store).")] = None,
    store: StoreOption = None,
) -> None:
    """Print counts of articles, entities by type and events by type, and the articles' date range."""
    from ..graph.stats import graph_stats

    summary = graph_stats(open_graph(graph_file, store))
    table = Table("what", "count", show_header=False)
    table.add_row("articles", str(summary["articles"]))
    table.add_row("dates", f"{summary['first_date'] or '-'} .. {summary['last_date'] or '-'}")
    for name, count in summary["entities"].items():
        table.add_row(f"entities: {name}", str(count))
    for name, count in summary["events"].items():
        table.add_row(f"events: {name}", str(count))
    table.add_row("triples", str(summary["triples"]))
    Console().print(table)
