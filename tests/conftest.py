"""Shared fixtures: the spaCy pipeline is loaded once per session, articles are analysed through it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples" / "articles"
ONTOLOGY = REPO / "ontology"
SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def extractor():
    """The extractor with the default spaCy pipeline (loaded once for the whole session)."""
    from kg.extract import Extractor

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
        return {(e.type.value, e.actor, e.target) for e in self.events}


@pytest.fixture(scope="session")
def analyse(extractor):
    """``analyse(text)``: parse, resolve entities, find offices and events, as the extractor does."""
    from kg.entities import resolve_entities
    from kg.events import find_events
    from kg.officials import find_offices

    def run(text: str, published: date | None = None) -> Analysis:
        doc = extractor.nlp(text)
        ents = resolve_entities(doc, extractor.gazetteer)
        offices = find_offices(ents)
        events = find_events(ents, published)
        return Analysis(text, doc, ents, offices, events)

    return run


@pytest.fixture(scope="session")
def example_articles():
    """The articles of ``examples/articles`` (read once)."""
    from kg.readers import read_articles

    return list(read_articles([EXAMPLES]))


@pytest.fixture(scope="session")
def example_extractions(extractor, example_articles):
    """The extractions of the example articles (computed once)."""
    return list(extractor.extract_many(example_articles))
