"""SPARQL Update on a graph: the only way to change a stored graph by hand.

>>> from kg.graph.store import KnowledgeGraph
>>> graph = KnowledgeGraph()
>>> run_update(graph, 'INSERT DATA { GRAPH <urn:g> { <urn:example:per> rdfs:label "Peru" } }')
>>> graph.query("ASK { ?c rdfs:label 'Peru' }")
<QueryBoolean true>
"""

from __future__ import annotations

from .protocol import Graph
from .query import QueryError, refuse_service

__all__ = ["run_update"]


def run_update(graph: Graph, update: str, *, allow_service: bool = False) -> None:
    """Apply a SPARQL 1.1 Update (the project's prefixes predeclared) and make it durable; an update that
    reaches out to the network (SERVICE, LOAD) is refused unless ``allow_service``, a syntax error is a
    :class:`~kg.graph.query.QueryError` with its line and column."""
    refuse_service(update, allow_service, "update")
    try:
        graph.update(update)
    except SyntaxError as error:
        raise QueryError(f"SPARQL syntax {error}") from None
    graph.flush()
