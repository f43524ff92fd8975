"""A graph store is an attack surface: external XML entities, federated queries and runaway queries."""

from __future__ import annotations

import pytest
from listeners import local_listener
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.graph.query import QueryError, QueryTimeout, load_graph, run_query, select
from kg.graph.store import KnowledgeGraph

RDF_XML = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY xxe SYSTEM "{target}"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:p>&xxe;</ex:p></rdf:Description>
</rdf:RDF>
"""
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }"


def test_an_external_entity_cannot_read_a_local_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-42", encoding="utf-8")
    path = tmp_path / "graph.rdf"
    path.write_text(RDF_XML.format(target=secret.as_uri()), encoding="utf-8")
    try:
        graph = load_graph(path)
    except InputError as error:
        assert "TOP-SECRET" not in str(error)
    else:
        assert not any("TOP-SECRET" in str(quad) for quad in graph.quads())


def test_an_external_entity_reaches_no_server(tmp_path):
    with local_listener() as (port, attempts):
        path = tmp_path / "graph.rdf"
        path.write_text(RDF_XML.format(target=f"http://127.0.0.1:{port}/entity"), encoding="utf-8")
        with pytest.raises(InputError):
            load_graph(path)
        assert attempts() == 0


def test_plain_rdf_xml_loads(tmp_path):
    path = tmp_path / "graph.rdf"
    path.write_text('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">'
                    '<rdf:Description rdf:about="http://example.org/a"><ex:p>x</ex:p></rdf:Description></rdf:RDF>',
                    encoding="utf-8")
    assert len(list(load_graph(path).quads())) == 1


@pytest.mark.parametrize("command", ["query", "update"])
def test_service_through_the_command_line_sends_nothing(tmp_path, toy_graph, command):
    store = tmp_path / "kg.db"
    KnowledgeGraph(store).add_many([])
    with local_listener() as (port, attempts):
        body = (f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}" if command == "query"
                else f"INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
        result = CliRunner().invoke(app, [command, "--store", str(store), body])
        assert result.exit_code == 2
        assert "--allow-service" in result.output
        assert attempts() == 0


def test_a_runaway_query_is_stopped_and_the_graph_stays_usable(toy_graph):
    with pytest.raises(QueryTimeout):
        run_query(toy_graph, RUNAWAY, timeout=1)
    assert select(toy_graph, "SELECT (COUNT(*) AS ?n) WHERE { ?a a ckg:Article }") == [{"n": "2"}]
    with pytest.raises(QueryError):
        run_query(toy_graph, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", timeout=5)
