"""Property-based tests (hypothesis): any name gives a valid IRI and literals that survive every export format;
any text goes through the extractor without an exception. Run with ``-s`` to see how many cases ran."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.graph.export import serialize
from kg.graph.namespace import article_iri, entity_iri
from kg.graph.query import load_graph
from kg.graph.store import KnowledgeGraph
from kg.keys import entity_key
from kg.model import Article, Entity, EntityType, Event, EventType, Evidence, Extraction

FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".trig": ox.RdfFormat.TRIG,
           ".jsonld": ox.RdfFormat.JSON_LD}
NASTY = st.sampled_from(['"', "'", "\\", "\n", "\r\n", "\t", "🚀", "\u202e", "שלום", "مرحبا", "\u0000", "<", ">",
                         "{", "}", "&", "#", "%20", "\ud7ff", "\U0001f600", " ", "’", "\u200b"])
NAMES = st.one_of(st.text(min_size=1, max_size=40), st.lists(NASTY, min_size=1, max_size=8).map("".join),
                  st.text(min_size=1000, max_size=10_000))
RAN: dict[str, int] = {}


def count(name: str) -> None:
    RAN[name] = RAN.get(name, 0) + 1


@pytest.fixture(scope="module", autouse=True)
def report_counts():
    yield
    print("\nhypothesis cases run:", ", ".join(f"{name} {number}" for name, number in sorted(RAN.items())))


def extraction_with(name: str, article_id: str) -> Extraction:
    person = Entity(entity_key("person", name), EntityType.PERSON, name)
    chile = Entity("country/CHL", EntityType.COUNTRY, "Chile", iso3="CHL", iso2="CL")
    text = f"{name} met Chile."
    evidence = Evidence(text, 0, len(text))
    event = Event(EventType.MEETING, person.key, chile.key, evidence, "met", 0.6)
    article = Article(article_id, text, title=name, url=name)
    return Extraction(article, {person.key: person, chile.key: chile}, [event])


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(name=NAMES, article_id=NAMES)
def test_any_name_gives_a_valid_iri_and_round_trips_through_every_format(tmp_path, name, article_id):
    count("names x formats")
    for iri in (entity_iri(entity_key("person", name)), article_iri(article_id)):
        ox.NamedNode(iri)  # raises on an invalid IRI
        assert not any(c in iri for c in ' <>"{}|\\^`\n')
    graph = KnowledgeGraph()
    graph.add(extraction_with(name, article_id))
    expected = {str(triple) for triple in graph.triples()}
    for suffix, rdf_format in FORMATS.items():
        path = tmp_path / f"g{suffix}"
        path.write_bytes(serialize(graph, rdf_format))
        loaded = load_graph(path)
        assert {str(triple) for triple in loaded.triples()} == expected, suffix
    titles = [row[0].value for row in graph.query("SELECT ?t WHERE { ?a dcterms:title ?t }")]
    assert titles == [name]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.one_of(st.text(max_size=400),
                      st.lists(st.sampled_from(["Russia", "deployed", "troops", "to", "Syria", ".", "\n\n", "Mr.",
                                                "(", ")", "“", "said", "UN", "accused", "of", "not", "and", "‘",
                                                "President", "Putin", "met", "Erdogan", ",", "-", "🚀", "KYIV"]),
                               max_size=80).map(" ".join)))
def test_any_text_goes_through_the_extractor(extractor, text):
    count("texts through the extractor")
    if not text.strip():
        return
    extraction = extractor.extract(Article("any", text))
    for event in extraction.events:
        assert event.actor in extraction.entities and event.target in extraction.entities
        assert text[event.evidence.start:event.evidence.end] == event.evidence.text
