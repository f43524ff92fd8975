"""kg.network.convert: the networkx view agrees with SPARQL on the same graph, attribute by attribute."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import URIRef

from kg.graph.namespace import entity_iri
from kg.graph.query import select
from kg.graph.store import KnowledgeGraph
from kg.model import Article, Modality
from kg.network.convert import to_networkx, when, xml_ready
from kg.vocabulary import RELATIONS, relation_named

CLASSES = " ".join(f"ckg:{relation.statement}" for relation in RELATIONS)
ENTITIES = """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  VALUES ?type { ckg:Country ckg:Person ckg:Organization ckg:Location } ?e a ?type ; rdfs:label ?label }"""
STATEMENTS = """SELECT ?s ?class ?from ?to ?evidence ?article WHERE {
  VALUES ?class { %s } ?s a ?class ; ckg:actor|ckg:holder|ckg:member ?from ;
  ckg:target|ckg:place|ckg:organization ?to ; ckg:evidence ?evidence ; ckg:reportedIn ?article }""" % CLASSES

TEXTS = [
    ("n1", "Turkey mediated talks between Russia and Ukraine in Istanbul."),
    ("n2", "Kenya sent police officers to Haiti on Monday."),
    ("n3", "Peru imposed sanctions on Chile. Foreign Minister Ana Soto of Chile met President Dina Boluarte of Peru."),
]


def count(graph: KnowledgeGraph, query: str) -> int:
    [row] = select(graph, query)
    return int(row["n"])


@pytest.fixture(scope="module")
def parsed_graph(extractor) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_many(extractor.extract_many(Article(i, t, title=f"Story {i}", date=date(2024, 3, 1)) for i, t in TEXTS))
    return graph


@pytest.mark.parametrize("which", ["toy_graph", "parsed_graph"])
def test_nodes_and_edges_are_what_sparql_finds(request, which):
    graph = request.getfixturevalue(which)
    network = to_networkx(graph)
    assert network.number_of_nodes() == count(graph, ENTITIES) > 0
    rows = select(graph, STATEMENTS)
    assert network.number_of_edges() == len({row["s"] for row in rows}) > 0
    for row in rows:
        edge = network.edges[row["from"], row["to"], row["s"]]
        assert edge["statement"] == row["class"].rsplit("#", 1)[-1]
        assert edge["relation"] == relation_named(edge["statement"]).name
        assert edge["evidence"] == row["evidence"]
        assert edge["article"] == row["article"]
    assert all({"label", "type"} <= set(data) for _, data in network.nodes(data=True))


def test_toy_network(toy_graph):
    network = to_networkx(toy_graph)
    chile, peru, atacama, soto, forum = (str(URIRef(entity_iri(k))) for k in (
        "country/CHL", "country/PER", "location/atacama", "person/ana-soto", "organization/pacific-forum"))
    assert network.number_of_nodes() == 5
    assert network.number_of_edges() == 5  # three events, an office, a membership
    assert network.graph == {"articles": 2, "filters": ["events asserted, planned"]}  # what the caption says
    assert network.nodes[chile] == {"type": "Country", "label": "Chile"}
    assert network.nodes[atacama]["type"] == "Location"
    [(key, deployment)] = network.get_edge_data(chile, atacama).items()
    assert key.startswith("https://w3id.org/conflict-kg/resource/event/")
    assert deployment == {
        "relation": "deploysTo", "statement": "Deployment", "directed": True, "date": "2024-06-03",
        "confidence": pytest.approx(0.85), "modality": "Asserted", "evidence": "Chile deployed troops to Atacama.",
        "trigger": "deployed", "reports": 1,
        "role": None, "article": "https://w3id.org/conflict-kg/resource/article/t1", "title": "Chile moves",
        "published": "2024-06-04", "url": "https://example.org/t1", "publisher": "Example Wire"}
    [meeting] = network.get_edge_data(chile, peru).values()
    assert meeting["relation"] == "meetsWith" and meeting["directed"] is False
    [sanction] = network.get_edge_data(peru, chile).values()
    assert (sanction["relation"], sanction["date"], sanction["title"], sanction["published"]) == ("sanctions", None, None, None)
    [office] = network.get_edge_data(soto, chile).values()
    assert (office["relation"], office["role"], office["confidence"]) == ("officialOf", "Foreign Minister", None)
    [membership] = network.get_edge_data(chile, forum).values()
    assert membership["relation"] == "memberOf"


@pytest.mark.parametrize("modality", [Modality.NEGATED, Modality.HYPOTHETICAL, Modality.CLAIMED])
def test_an_event_the_article_does_not_state_is_no_edge(toy_extractions, modality):
    toy_extractions[1].events[0].modality = modality  # "Peru imposed sanctions on Chile", now denied or supposed
    graph = KnowledgeGraph()
    graph.add_many(toy_extractions)
    network = to_networkx(graph)
    assert [data["relation"] for _, _, data in network.edges(data=True)].count("sanctions") == 0
    assert network.number_of_edges() == 4


def test_every_modality_when_asked(toy_extractions):
    toy_extractions[1].events[0].modality = Modality.CLAIMED
    graph = KnowledgeGraph()
    graph.add_many(toy_extractions)
    assert to_networkx(graph, modalities=None).number_of_edges() == 5
    claimed = to_networkx(graph, modalities=[Modality.CLAIMED])
    assert sorted(data["relation"] for _, _, data in claimed.edges(data=True)) == ["memberOf", "officialOf", "sanctions"]


def test_a_planned_event_is_an_edge_with_its_modality(toy_extractions):
    toy_extractions[1].events[0].modality = Modality.PLANNED
    graph = KnowledgeGraph()
    graph.add_many(toy_extractions)
    [sanction] = [data for _, _, data in to_networkx(graph).edges(data=True) if data["relation"] == "sanctions"]
    assert sanction["modality"] == "Planned"


def test_parsed_network_has_the_relations_of_the_texts(parsed_graph):
    network = to_networkx(parsed_graph)
    relations = {data["relation"] for _, _, data in network.edges(data=True)}
    assert {"mediates", "deploysTo", "sanctions", "officialOf"} <= relations
    for _, _, data in network.edges(data=True):
        assert data["published"] == "2024-03-01"
        if data["relation"] != "officialOf":
            assert isinstance(data["confidence"], float) and 0 < data["confidence"] <= 1


def test_an_entity_without_a_description_still_gets_a_node(toy_graph):
    atacama = str(URIRef(entity_iri("location/atacama")))
    toy_graph.store.update(f"DELETE WHERE {{ GRAPH <https://w3id.org/conflict-kg/resource/graph/entities> {{ <{atacama}> ?p ?o }} }}")
    network = to_networkx(toy_graph)
    assert network.nodes[atacama] == {"type": "Entity", "label": "atacama"}


def test_empty_graph_gives_an_empty_network():
    network = to_networkx(KnowledgeGraph())
    assert network.number_of_nodes() == network.number_of_edges() == 0


@pytest.mark.parametrize("name, expected", [
    ("mediates", "mediates"), ("Mediation", "mediates"), ("deploys", "deploysTo"), ("DEPLOYSTO", "deploysTo"),
    ("requestsAssistance", "requestsAssistanceFrom"), ("meets", "meetsWith"), (" sanctions ", "sanctions"),
    ("OfficeHolding", "officialOf"), ("memberOf", "memberOf"),
])
def test_relation_names(name, expected):
    assert relation_named(name).name == expected


def test_unknown_relation_names_the_known_ones():
    with pytest.raises(ValueError, match="unknown relation 'bombs'.*mediates"):
        relation_named("bombs")


def test_when_prefers_the_event_date():
    assert when({"date": "2024-06-03", "published": "2024-06-04"}) == "2024-06-03"
    assert when({"date": None, "published": "2024-06-04"}) == "2024-06-04"
    assert when({"date": None, "published": None}) is None


def test_xml_ready_drops_only_missing_values(toy_graph):
    network = to_networkx(toy_graph)
    cleaned = xml_ready(network)
    assert sorted(cleaned.edges(keys=True)) == sorted(network.edges(keys=True))
    for u, v, key, data in network.edges(keys=True, data=True):
        assert cleaned.edges[u, v, key] == {k: value for k, value in data.items() if value is not None}


def test_an_event_several_articles_report_is_one_edge_dated_by_its_earliest_article():
    from reported import MARCH

    graph = KnowledgeGraph()
    graph.add_many(MARCH)
    network = to_networkx(graph, modalities=None)
    edges = sorted((data["date"], data["reports"], data["article"].rsplit("/", 1)[-1])
                   for *_, data in network.edges(data=True))
    assert edges == [("2024-03-01", 3, "daily"), ("2024-03-08", 2, "weekly")]
