"""Shared fixtures: the spaCy pipeline is loaded once per session, articles are analysed through it."""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "articles"
ONTOLOGY = REPO / "ontology"
ANNOTATED = REPO / "data" / "annotated"

collect_ignore = ["loaded_pipeline.py"]  # the fork server's preload (forked.py): importing it makes an extractor


def load_script(path: Path):
    """A script of the repository (``scripts/x.py``, ``examples/x.py``) imported as a module, its folder on
    ``sys.path`` for what it imports from its neighbours."""
    sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def extractor():
    """The extractor with the default spaCy pipeline (loaded once for the whole session)."""
    from kg.extract.extractor import Extractor

    return Extractor()


@dataclass
class Analysis:
    """Every layer of one analysed text, for the tests of entities, officials and events."""

    text: str
    doc: object
    ents: object
    offices: list
    events: list

    def key_of(self, surface: str) -> str | None:
        """The entity key of the first mention whose text is ``surface``."""
        return next((m.key for m in self.ents.mentions if m.text == surface), None)

    def mention(self, surface: str):
        return next((m for m in self.ents.mentions if m.text == surface), None)

    def triples(self) -> set[tuple[str, str, str]]:
        """(class, actor, target) of the events the text states (asserted or planned)."""
        return {(e.type.value, e.actor, e.target) for e in self.events if e.modality.stated}

    def modalities(self, event: "EventType | None" = None) -> set[str]:
        """The modalities of the events (of one class) the text gives."""
        return {e.modality.value for e in self.events if event is None or e.type == event}


@pytest.fixture(scope="session")
def analyse(extractor):
    """``analyse(text)``: parse, resolve entities, find offices and events, as the extractor does."""
    from kg.extract.entities import resolve_entities
    from kg.extract.events import find_events
    from kg.extract.memberships import find_memberships
    from kg.extract.officials import find_offices

    def run(text: str, published: date | None = None) -> Analysis:
        doc = extractor.nlp(text)
        ents = resolve_entities(doc, extractor.gazetteer, published)
        offices = find_offices(ents, published)
        events = find_events(ents, published, memberships=find_memberships(ents, offices))
        return Analysis(text, doc, ents, offices, events)

    return run


@pytest.fixture(scope="session")
def example_articles():
    """The articles of ``examples/articles`` (read once)."""
    from kg.sources.readers import read_articles

    return list(read_articles([EXAMPLES]))


@pytest.fixture(scope="session")
def example_extractions(extractor, example_articles):
    """The extractions of the example articles (computed once)."""
    return list(extractor.extract_many(example_articles))


def _toy_extractions():
    """Two hand-built extractions (no spaCy): shared entities, events, an office and a membership."""
    from kg.model import Article, Entity, EntityType, Event, EventType, Evidence, Extraction, Membership, OfficeHolding

    codes = {"CHL": ("CL", 3895114), "PER": ("PE", 3932488)}

    def country(iso3: str, name: str, *alt: str) -> Entity:
        iso2, geonames_id = codes[iso3]
        entity = Entity(f"country/{iso3}", EntityType.COUNTRY, name, iso3=iso3, iso2=iso2, geonames_id=geonames_id,
                        known=True)
        for other in alt:
            entity.add_name(other)
        return entity

    text1 = "Chile deployed troops to Atacama. Foreign Minister Ana Soto met Peru."
    first = Article("t1", text1, title="Chile moves", date=date(2024, 6, 4), url="https://example.org/t1",
                    source="Example Wire")
    e1 = Evidence("Chile deployed troops to Atacama.", 0, 33)
    e2 = Evidence("Foreign Minister Ana Soto met Peru.", 34, len(text1))
    entities1 = {
        "country/CHL": country("CHL", "Chile", "Santiago"),
        "country/PER": country("PER", "Peru"),
        "location/atacama": Entity("location/atacama", EntityType.LOCATION, "Atacama", located_in="country/CHL"),
        "person/ana-soto": Entity("person/ana-soto", EntityType.PERSON, "Ana Soto", {"Soto"}),
        "organization/pacific-forum": Entity("organization/pacific-forum", EntityType.ORGANIZATION, "Pacific Forum",
                                             {"PF"}),
    }
    events1 = [
        Event(EventType.DEPLOYMENT, "country/CHL", "location/atacama", e1, "deployed", 0.85, date(2024, 6, 3),
              target_is_place=True),
        Event(EventType.MEETING, "country/CHL", "country/PER", e2, "met", 0.6),
    ]
    offices1 = [OfficeHolding("person/ana-soto", "country/CHL", "Foreign Minister", e2)]
    members1 = [Membership("country/CHL", "organization/pacific-forum", e2)]

    text2 = "Peru imposed sanctions on Chile."
    second = Article("t2", text2)
    entities2 = {"country/CHL": country("CHL", "Chile"), "country/PER": country("PER", "Peru", "Lima")}
    events2 = [Event(EventType.SANCTION, "country/PER", "country/CHL", Evidence(text2, 0, len(text2)), "imposed", 0.85)]
    return [Extraction(first, entities1, events1, offices1, members1), Extraction(second, entities2, events2)]


@pytest.fixture
def toy_extractions():
    """Fresh hand-built extractions for each test (the model objects are mutable)."""
    return _toy_extractions()


@pytest.fixture
def toy_graph(toy_extractions):
    """A KnowledgeGraph of the hand-built extractions."""
    from kg.graph.store import KnowledgeGraph

    graph = KnowledgeGraph()
    for extraction in toy_extractions:
        graph.add(extraction)
    return graph


@pytest.fixture
def serve():
    """``serve(behaviour)``: a running HTTP server on 127.0.0.1 that answers with ``behaviour`` (tests/servers.py),
    stopped after the test."""
    from servers import start_server, stop_server

    running = []

    def start(behaviour):
        running.append(start_server(behaviour))
        return running[-1]

    yield start
    for server in running:
        stop_server(server)
