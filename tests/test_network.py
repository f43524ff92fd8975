"""kg.network: the networkx view agrees with SPARQL on the same graph."""

from __future__ import annotations

import pytest

from kg.network import to_networkx
from kg.query import select
from kg.rdf import entity_iri
from kg.store import KnowledgeGraph

EVENT_CLASSES = ("ckg:Mediation ckg:AssistanceRequest ckg:Deployment ckg:AidProvision ckg:Meeting ckg:Agreement "
                 "ckg:Attack ckg:Accusation ckg:Sanction ckg:Threat")
ENTITIES = """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?type { ckg:Country ckg:Person ckg:Organization ckg:Location } ?e a ?type ; rdfs:label ?label }"""
EVENTS = """SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {
  VALUES ?class { %s } ?event a ?class ; ckg:actor ?actor ; ckg:target|ckg:place ?other }""" % EVENT_CLASSES

TEXTS = [
    ("n1", "Turkey mediated talks between Russia and Ukraine in Istanbul."),
    ("n2", "Kenya sent police officers to Haiti on Monday."),
    ("n3", "Peru imposed sanctions on Chile."),
]


def count(graph: KnowledgeGraph, query: str) -> int:
    [row] = select(graph, query)
    return int(row["n"])


@pytest.fixture(scope="module")
def parsed_graph(extractor) -> KnowledgeGraph:
    from datetime import date

    from kg.model import Article

    graph = KnowledgeGraph()
    graph.add_many(extractor.extract_many(Article(i, t, date=date(2024, 3, 1)) for i, t in TEXTS))
    return graph


@pytest.mark.parametrize("which", ["toy", "parsed"])
def test_counts_match_sparql(request, which):
    graph = request.getfixturevalue("toy_graph" if which == "toy" else "parsed_graph")
    network = to_networkx(graph)
    assert network.number_of_nodes() == count(graph, ENTITIES) > 0
    assert network.number_of_edges() == count(graph, EVENTS) > 0
    # every edge joins two described entities (no attribute-less nodes added by edges)
    assert all("label" in data and "type" in data for _, data in network.nodes(data=True))


def test_toy_network(toy_graph):
    network = to_networkx(toy_graph)
    assert network.number_of_nodes() == 5
    assert network.number_of_edges() == 3
    chile, peru, atacama = (str(entity_iri(k)) for k in ("country/CHL", "country/PER", "location/atacama"))
    assert network.nodes[chile] == {"type": "Country", "label": "Chile"}
    assert network.nodes[atacama]["type"] == "Location"
    [(key, deployment)] = network.get_edge_data(chile, atacama).items()
    assert key.startswith("https://w3id.org/conflict-kg/resource/event/")
    assert deployment["relation"] == "Deployment"
    assert deployment["date"] == "2024-06-03"
    assert deployment["confidence"] == pytest.approx(0.85)
    assert deployment["evidence"] == "Chile deployed troops to Atacama."
    assert deployment["article"].endswith("article/t1")
    assert deployment["title"] == "Chile moves"
    [sanction] = network.get_edge_data(peru, chile).values()
    assert sanction["relation"] == "Sanction"
    assert sanction["date"] is None
    assert sanction["title"] is None
    assert sanction["article"].endswith("article/t2")


def test_edge_attributes_present(parsed_graph):
    network = to_networkx(parsed_graph)
    relations = set()
    for _, _, data in network.edges(data=True):
        assert {"relation", "date", "confidence", "evidence", "article"} <= set(data)
        assert isinstance(data["confidence"], float) and 0 <= data["confidence"] <= 1
        assert data["evidence"] and data["article"].startswith("https://w3id.org/conflict-kg/resource/article/")
        relations.add(data["relation"])
    assert {"Mediation", "Deployment", "Sanction"} <= relations


def test_empty_graph_gives_an_empty_network():
    network = to_networkx(KnowledgeGraph())
    assert network.number_of_nodes() == network.number_of_edges() == 0
