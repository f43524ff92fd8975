"""``kg import``: load RDF files (an export, a colleague's graph) into an on-disk store."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from ..wording import counted
from ._common import RequiredStore, open_graph, reports_errors, say

__all__ = ["import_"]


@reports_errors
def import_(
    files: Annotated[list[Path], typer.Argument(help="RDF files: .nq .trig (graphs kept), .ttl .nt .jsonld.")],
    store: RequiredStore,
    workers: Annotated[int | None, typer.Option("--workers", min=1, help="Threads loading N-Quads/N-Triples (default: cores, at most 4).")] = None,
) -> None:
    """Import RDF files into a store (a folder is created if missing).

    An article graph in a file replaces the stored one of the same name.

    Examples:
    kg import all.nq --store kg.db
    kg import colleague.trig --store http://localhost:7878"""
    graph = open_graph(None, store, writable=True, create=True, importing=True)
    for path in files:
        start = time.perf_counter()
        graph.load(path, workers=workers)
        say(f"{path}: loaded in {time.perf_counter() - start:.1f} s")
    say(f"{counted(graph.articles, 'article', 'articles')} in {store}")
