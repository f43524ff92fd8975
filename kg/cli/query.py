"""``kg query``: run a SPARQL SELECT query on a graph file and print the rows."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..query import load_graph, select

__all__ = ["query"]


def query(
    graph: Annotated[Path, typer.Argument(help="A graph file written by `kg build` (.ttl .nt .nq .trig .jsonld).")],
    sparql: Annotated[str, typer.Argument(help="A SELECT query, or a path to a .rq file.")],
) -> None:
    """Run a SPARQL SELECT query; the ckg:, ckr:, skos:, dcterms: ... prefixes are predeclared."""
    text = Path(sparql).read_text(encoding="utf-8") if sparql.endswith(".rq") else sparql
    rows = select(load_graph(graph), text)
    table = Table(show_lines=False)
    columns = list(rows[0]) if rows else []
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[row[c] or "" for c in columns])
    Console(width=160).print(table)
    Console(stderr=True).print(f"{len(rows)} rows", highlight=False)
