"""``kg stats``: what a graph holds, by entity type, event type and modality, with its date range."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ._common import StoreOption, open_graph, reports_errors, shown

__all__ = ["stats"]


@reports_errors
def stats(
    graph_file: Annotated[Path | None, typer.Argument(help="A graph file (or use --store).")] = None,
    store: StoreOption = None,
) -> None:
    """Print counts of articles, entities by type, events by type and by modality, and the articles' date range.

    Examples:
    kg stats --store kg.db
    kg stats graph.ttl"""
    from ..graph.stats import graph_stats

    summary = graph_stats(open_graph(graph_file, store))
    rows = [("articles", summary["articles"]),
            ("dates", f"{summary['first_date'] or '-'} .. {summary['last_date'] or '-'}"),
            *((f"entities: {name}", count) for name, count in summary["entities"].items()),
            *((f"events: {name}", count) for name, count in summary["events"].items()),
            *((f"modality: {name}", count) for name, count in summary["modalities"].items()),
            ("triples", summary["triples"])]
    table = Table("what", "count", show_header=False)
    for what, count in rows:  # a date or a name can be anything in an imported graph
        table.add_row(shown(what), shown(str(count)))
    Console().print(table)
