"""The seed article: the facts it must show, asked with SPARQL on the built graph."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.graph.rdflib_graphs import to_rdflib_graph
from kg.graph.store import KnowledgeGraph
from kg.sources.readers import read_articles

from conftest import ANNOTATED

SEED = ANNOTATED / "dev" / "seed.txt"
PREFIXES = """
PREFIX ckg: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


@pytest.fixture(scope="module")
def seed_graph(extractor) -> Graph:
    graph = KnowledgeGraph()
    for extraction in extractor.extract_many(read_articles([SEED])):
        graph.add(extraction)
    assert graph.articles == 1
    return to_rdflib_graph(graph)


def ask(graph: Graph, body: str) -> bool:
    return bool(graph.query(PREFIXES + "ASK { " + body + " }").askAnswer)


RUSSIA = '?russia ckg:isoAlpha3 "RUS" . '
ARMENIA = '?armenia ckg:isoAlpha3 "ARM" . '
AZERBAIJAN = '?azerbaijan ckg:isoAlpha3 "AZE" . '


def test_russia_mediates_armenia_and_azerbaijan(seed_graph):
    assert ask(seed_graph, RUSSIA + ARMENIA + "?russia ckg:mediates ?armenia .")
    assert ask(seed_graph, RUSSIA + AZERBAIJAN + "?russia ckg:mediates ?azerbaijan .")
    assert ask(seed_graph, RUSSIA + ARMENIA + """
        ?event a ckg:Mediation ; ckg:actor ?russia ; ckg:target ?armenia ; ckg:evidence ?text ; ckg:reportedIn ?a .""")


def test_armenia_requests_assistance_from_russia(seed_graph):
    assert ask(seed_graph, RUSSIA + ARMENIA + "?armenia ckg:requestsAssistanceFrom ?russia .")


def test_russia_deploys_to_nagorno_karabakh(seed_graph):
    assert ask(seed_graph, RUSSIA + """
        ?russia ckg:deploysTo ?place .
        ?place rdfs:label|skos:altLabel ?name .
        FILTER(STR(?name) = "Nagorno-Karabakh")""")


def test_lavrov_is_foreign_minister_of_russia(seed_graph):
    assert ask(seed_graph, RUSSIA + """
        ?lavrov a ckg:Person ; rdfs:label ?name ; ckg:officialOf ?russia .
        FILTER(STR(?name) = "Sergey Lavrov")
        ?office a ckg:OfficeHolding ; ckg:holder ?lavrov ; ckg:organization ?russia ; ckg:role ?role .
        FILTER(STR(?role) = "Foreign Minister")""")


@pytest.mark.parametrize(
    "names",
    [("ICRC", "International Committee of the Red Cross"), ("CSTO", "Collective Security Treaty Organization")],
)
def test_organizations(seed_graph, names):
    values = ", ".join(f'"{n}"' for n in names)
    found = seed_graph.query(PREFIXES + f"""
        SELECT DISTINCT ?org WHERE {{
            ?org rdfs:label|skos:altLabel ?name . FILTER(STR(?name) IN ({values}))
        }}""")
    nodes = [row.org for row in found]
    assert len(nodes) == 1, nodes  # the acronym and the full name are one node
    assert ask(seed_graph, f"<{nodes[0]}> a ckg:Organization .")


def test_armenia_and_azerbaijan_do_not_mediate(seed_graph):
    assert not ask(seed_graph, ARMENIA + "?armenia ckg:mediates ?x .")
    assert not ask(seed_graph, AZERBAIJAN + "?azerbaijan ckg:mediates ?x .")
