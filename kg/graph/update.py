"""SPARQL Update on a graph: the only way to change a stored graph by hand.

>>> from kg.graph.store import KnowledgeGraph
>>> graph = KnowledgeGraph()
>>> run_update(graph, 'INSERT DATA { GRAPH <urn:g> { <urn:example:per> rdfs:label "Peru" } }')
>>> graph.query("ASK { ?c rdfs:label 'Peru' }")
<QueryBoolean true>
"""

from __future__ import annotations

from ..errors import QueryError
from .diagnosis import check_update_form
from .guard import check_request
from .protocol import Graph

__all__ = ["run_update"]


def run_update(graph: Graph, update: str, *, allow_service: bool = False) -> None:
    """Apply a SPARQL 1.1 Update (the project's prefixes predeclared) and make it durable; an update that
    reaches out to the network (SERVICE, LOAD, a remote USING) is refused unless ``allow_service``, as is one
    nested too deep (:mod:`kg.graph.guard`); a syntax error is a :class:`~kg.errors.QueryError` with its line
    and column."""
    check_update_form(update)
    check_request(update, update=True, allow_network=allow_service)
    try:
        graph.update(update)
    except SyntaxError as error:
        raise QueryError(f"SPARQL syntax {error}") from None
    graph.flush()
