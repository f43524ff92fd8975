"""kg.graph.update: SPARQL Update through the library, with the network guard and clear syntax errors."""

from __future__ import annotations

import pytest

from kg.graph.query import QueryError, select
from kg.graph.store import KnowledgeGraph
from kg.graph.update import run_update


def test_an_update_changes_the_graph_and_is_durable(tmp_path):
    graph = KnowledgeGraph(tmp_path / "kg.db")
    run_update(graph, 'INSERT DATA { GRAPH <urn:g> { <urn:x> rdfs:label "X" } }')
    del graph
    assert select(KnowledgeGraph(tmp_path / "kg.db", read_only=True), "SELECT ?l WHERE { <urn:x> rdfs:label ?l }") == [{"l": "X"}]


@pytest.mark.parametrize("update", ["LOAD <http://127.0.0.1:9/data.ttl>",
                                    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"])
def test_an_update_that_reaches_out_is_refused_and_changes_nothing(toy_graph, update):
    before = sorted(map(str, toy_graph.quads()))
    with pytest.raises(QueryError, match="reaches out to the network"):
        run_update(toy_graph, update)
    assert sorted(map(str, toy_graph.quads())) == before


def test_a_syntax_error_says_where():
    with pytest.raises(QueryError, match=r"E010.*SPARQL syntax error at 1:"):
        run_update(KnowledgeGraph(), "INSERT DATA { oops }")


@pytest.mark.parametrize("request_text", ["SELECT ?s WHERE { ?s ?p ?o }", "PREFIX ex: <http://example.org/>\nASK { ?s ex:p ?o }"])
def test_a_query_given_as_an_update_is_sent_to_kg_query(request_text):
    with pytest.raises(QueryError, match="not an update: run it with `kg query`"):
        run_update(KnowledgeGraph(), request_text)
