"""``kg update``: change a store with SPARQL UPDATE, the only command that can."""

from __future__ import annotations

from typing import Annotated

import typer

from ._common import RequiredStore, open_graph, reports_errors, say
from .query import read_query

__all__ = ["update"]


@reports_errors
def update(
    sparql: Annotated[str, typer.Argument(help="A SPARQL UPDATE request, or a .rq file holding one.")],
    store: RequiredStore,
    allow_service: Annotated[bool, typer.Option(help="Allow SERVICE calls to remote SPARQL endpoints.")] = False,
) -> None:
    """Apply a SPARQL 1.1 UPDATE (INSERT DATA, DELETE WHERE ...) to a store; prefixes are predeclared.

    Example:
    kg update --store kg.db 'DELETE WHERE { ?event ckg:trigger ?word }'"""
    from ..graph.update import run_update

    request = read_query(sparql)
    graph = open_graph(None, store, writable=True)
    run_update(graph, request, allow_service=allow_service)
    say("updated")
