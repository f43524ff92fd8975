"""SPARQL queries over a graph: the project's prefixes predeclared, what the guard refuses refused (network
access, deep nesting, an overlong query: see :mod:`kg.graph.guard`), parameters bound to the entities they
name, no row repeated (:mod:`kg.graph.rewrite`), errors said in the user's terms (:mod:`kg.graph.diagnosis`),
a time limit.

>>> from kg.graph.store import KnowledgeGraph
>>> graph = KnowledgeGraph()        # or load_graph("out/examples.ttl"), the graph `make demo` writes
>>> graph.update('INSERT DATA { GRAPH <urn:a> { <https://w3id.org/conflict-kg/resource/country/ARM> a ckg:Country ; rdfs:label "Armenia"@en } }')
>>> select(graph, "SELECT ?n WHERE { ?c a ckg:Country ; rdfs:label ?n }")
[{'n': 'Armenia'}]
>>> select(graph, "SELECT ?c WHERE { ?c a ckg:Country }", parameters={"c": "armenia"})
[{'c': 'https://w3id.org/conflict-kg/resource/country/ARM'}]
>>> select(graph, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
Traceback (most recent call last):
...
kg.errors.QueryError: [E010] the query reaches out to the network (SERVICE); pass --allow-service to allow it
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from ..errors import KGError, QueryError
from .diagnosis import check_form, explain
from .guard import check_request, network_access
from .namespace import PREFIXES
from .protocol import Graph
from .rewrite import bind, distinct_rows
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


def _prepared(graph: Graph, query: str, parameters: Mapping[str, str]) -> str:
    """The query as the engine gets it: its parameters bound to the entities they name, DISTINCT on a SELECT."""
    check_form(query)
    if parameters:
        from .lookup import find_entity, graph_names

        names = graph_names(graph)
        parameters = {name: str(ox.NamedNode(find_entity(value, names))) for name, value in parameters.items()}
    return distinct_rows(bind(query, parameters))


def _execute(graph: Graph, query: str, original: str, allow_service: bool):
    """Run the prepared ``query``; a syntax error is reported on the ``original``, as the user wrote it."""
    check_request(query, allow_network=allow_service)
    try:
        return graph.query(query)
    except SyntaxError as error:
        raise QueryError(explain(original, str(_syntax_error(original) or error))) from None


def _syntax_error(query: str) -> SyntaxError | None:
    """The parser's error on the query as written (its line and column are the user's), found on an empty
    store; None if it parses or if it calls out to the network."""
    if network_access(query):
        return None
    try:
        ox.Store().query(query, prefixes=PREFIXES)
    except SyntaxError as error:
        return error
    return None


def _write_result(graph: Graph, query: str, original: str, allow_service: bool, path: str) -> str:
    """Run the query and write its result to ``path`` as it comes (results JSON, or N-Triples for a graph);
    returns which of the two it wrote."""
    result = _execute(graph, query, original, allow_service)
    if isinstance(result, ox.QueryTriples):  # CONSTRUCT or DESCRIBE
        ox.serialize(result, path, format=ox.RdfFormat.N_TRIPLES)
        return "graph"
    result.serialize(path, format=ox.QueryResultsFormat.JSON)
    return "results"


def _child(connection, graph: KnowledgeGraph | str, query: str, original: str, allow_service: bool, path: str) -> None:
    try:
        if isinstance(graph, str):
            graph = KnowledgeGraph(graph, read_only=True)
        connection.send(("ok", _write_result(graph, query, original, allow_service, path)))
    except KGError as error:
        connection.send(("error", str(error).split("] ", 1)[-1]))
    except OSError as error:
        connection.send(("error", str(error)))


def run_query(graph: Graph, query: str, *, parameters: Mapping[str, str] | None = None, timeout: float | None = None,
              allow_service: bool = False):
    """Run any SPARQL query on the union of the graph's named graphs.

    Returns pyoxigraph's result: solutions (SELECT, no row twice), a boolean (ASK) or triples (CONSTRUCT,
    DESCRIBE). ``parameters``: variable name to the name of an entity (label, another name the
    articles use, ISO code, key or IRI: :mod:`kg.graph.lookup`), bound with VALUES (:func:`~kg.graph.rewrite.bind`).
    With ``timeout`` (seconds) the query runs in a forked process that is stopped when time runs out,
    leaving the graph untouched; :class:`QueryTimeout` is raised. The child writes its result to a temporary
    file as it comes, and the solutions are read from there one by one: memory does not grow with the result.
    """
    prepared = _prepared(graph, query, parameters or {})
    if timeout is None or not isinstance(graph, KnowledgeGraph):
        result = _execute(graph, prepared, query, allow_service)  # a server applies its own time limit
        return list(result) if isinstance(result, ox.QueryTriples) else result
    if graph.path is not None and not graph.read_only:
        # a store open for writing is not forked (its database threads may hold locks): the child opens
        # the flushed store read-only instead
        graph.flush()
        context, source = multiprocessing.get_context("spawn"), str(graph.path)
    else:
        context, source = multiprocessing.get_context("fork"), graph
    handle, spool = tempfile.mkstemp(prefix="kg-query-", suffix=".result")
    os.close(handle)
    try:
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(sender, source, prepared, query, allow_service, spool), daemon=True)
        process.start()
        sender.close()
        if not receiver.poll(timeout):
            process.kill()
            process.join()
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped")
        status, payload = receiver.recv()
        process.join()
        if status == "error":
            raise QueryError(payload)
        stream = open(spool, "rb")  # read after the file's name is gone: nothing is left behind
    finally:
        os.unlink(spool)
    if payload == "graph":
        with stream:
            return list(ox.parse(stream, format=ox.RdfFormat.N_TRIPLES))
    return ox.parse_query_results(stream, format=ox.QueryResultsFormat.JSON)


def _text(term) -> str | None:
    return None if term is None else term.value


def select(graph: Graph, query: str, **options) -> list[dict[str, str | None]]:
    """Run a SELECT query; each row is a dict of variable name to its value as text (None when unbound)."""
    result = run_query(graph, query, **options)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("select() runs SELECT queries; use run_query() for ASK, CONSTRUCT and DESCRIBE")
    names = [v.value for v in result.variables]
    return [{name: _text(row[name]) for name in names} for row in result]
