"""``kg update``: change a store with SPARQL UPDATE, the only command that can."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..namespace import PREFIXES
from ..query import QueryError, uses_service
from ..store import KnowledgeGraph
from ._common import console, reports_errors
from .query import read_query

__all__ = ["update"]


@reports_errors
def update(
    sparql: Annotated[str, typer.Argument(help="A SPARQL UPDATE request, or a .rq file holding one.")],
    store: Annotated[Path, typer.Option("--store", help="The on-disk graph store.", exists=True)],
    allow_service: Annotated[bool, typer.Option(help="Allow SERVICE calls to remote SPARQL endpoints.")] = False,
) -> None:
    """Apply a SPARQL 1.1 UPDATE (INSERT DATA, DELETE WHERE ...) to a store; prefixes are predeclared."""
    request = read_query(sparql)
    if uses_service(request) and not allow_service:
        raise QueryError("the update reaches out to the network (SERVICE or LOAD); pass --allow-service to allow it")
    graph = KnowledgeGraph(store)
    try:
        graph.store.update(request, prefixes=PREFIXES)
    except SyntaxError as error:
        raise QueryError(f"SPARQL syntax {error}") from None
    graph.flush()
    console.print("updated", highlight=False)
