"""SPARQL queries over a graph: the project's prefixes predeclared, what the guard refuses refused (network
access, deep nesting, an overlong query: see :mod:`kg.graph.guard`), a time limit.

>>> from kg.graph.store import KnowledgeGraph
>>> graph = KnowledgeGraph()        # or load_graph("out/examples.ttl"), the graph `make demo` writes
>>> graph.update('INSERT DATA { GRAPH <urn:a> { <urn:example:arm> a ckg:Country ; rdfs:label "Armenia"@en } }')
>>> select(graph, "SELECT ?n WHERE { ?c a ckg:Country ; rdfs:label ?n }")
[{'n': 'Armenia'}]
>>> select(graph, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.errors.QueryError: [E010] the query reaches out to the network (SERVICE); pass --allow-service to allow it
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pyoxigraph as ox

from ..errors import KGError, QueryError
from .guard import check_request
from .protocol import Graph
from .store import KnowledgeGraph

__all__ = ["QueryError", "QueryTimeout", "load_graph", "run_query", "select"]


class QueryTimeout(KGError):
    """The query ran past its time limit and was stopped."""

    code = "E011"


def load_graph(path: str | Path) -> KnowledgeGraph:
    """Read a graph file of any export format into an in-memory graph (no remote JSON-LD context is fetched)."""
    graph = KnowledgeGraph()
    graph.load(path)
    return graph


def _execute(graph: Graph, query: str, allow_service: bool):
    check_request(query, allow_network=allow_service)
    try:
        return graph.query(query)
    except SyntaxError as error:
        raise QueryError(f"SPARQL syntax {error}") from None


def _serialized(graph: Graph, query: str, allow_service: bool) -> tuple[str, bytes]:
    """Run the query and return its result as bytes (results JSON, or N-Triples for a graph)."""
    result = _execute(graph, query, allow_service)
    if isinstance(result, ox.QueryTriples):  # CONSTRUCT or DESCRIBE
        return "graph", ox.serialize(list(result), format=ox.RdfFormat.N_TRIPLES)
    return "results", result.serialize(format=ox.QueryResultsFormat.JSON)


def _child(connection, graph: KnowledgeGraph | str, query: str, allow_service: bool) -> None:
    try:
        if isinstance(graph, str):
            graph = KnowledgeGraph(graph, read_only=True)
        connection.send(("ok", *_serialized(graph, query, allow_service)))
    except KGError as error:
        connection.send(("error", type(error).__name__, str(error).split("] ", 1)[-1]))
    except OSError as error:
        connection.send(("error", "QueryError", str(error)))


def run_query(graph: Graph, query: str, *, timeout: float | None = None, allow_service: bool = False):
    """Run any SPARQL query on the union of the graph's named graphs.

    Returns pyoxigraph's result: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).
    With ``timeout`` (seconds) the query runs in a forked process that is stopped when time runs out,
    leaving the graph untouched; :class:`QueryTimeout` is raised. The child sends its whole result, serialized,
    through a pipe: the solutions are then read one by one, but their serialized text is held in memory.
    """
    if timeout is None or not isinstance(graph, KnowledgeGraph):
        result = _execute(graph, query, allow_service)  # a server applies its own time limit
        return list(result) if isinstance(result, ox.QueryTriples) else result
    if graph.path is not None and not graph.read_only:
        # a store open for writing is not forked (its database threads may hold locks): the child opens
        # the flushed store read-only instead
        graph.flush()
        context, source = multiprocessing.get_context("spawn"), str(graph.path)
    else:
        context, source = multiprocessing.get_context("fork"), graph
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, source, query, allow_service), daemon=True)
    process.start()
    sender.close()
    if not receiver.poll(timeout):
        process.kill()
        process.join()
        raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
    status, kind, payload = receiver.recv()
    process.join()
    if status == "error":
        raise QueryError(payload)
    if kind == "graph":
        return list(ox.parse(payload, format=ox.RdfFormat.N_TRIPLES))
    return ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)


def _text(term) -> str | None:
    return None if term is None else term.value


def select(graph: Graph, query: str, **options) -> list[dict[str, str | None]]:
    """Run a SELECT query; each row is a dict of variable name to its value as text (None when unbound)."""
    result = run_query(graph, query, **options)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("select() runs SELECT queries; use run_query() for ASK, CONSTRUCT and DESCRIBE")
    names = [v.value for v in result.variables]
    return [{name: _text(row[name]) for name in names} for row in result]
