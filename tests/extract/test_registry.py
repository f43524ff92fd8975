"""kg.extract.registry: extractors found by name, a second extractor built through the same seam, in one
process and in worker processes."""

from __future__ import annotations

import pickle
import re
from collections.abc import Iterable, Iterator

import pytest
from rdflib import Graph
from rdflib.namespace import RDFS
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ExtractorNotFoundError, KGError
from kg.extract.registry import DEFAULT_EXTRACTOR, extractor_factory, extractors, registered_extractors
from kg.keys import entity_key
from kg.model import Article, Entity, EntityType, Extraction
from kg.sources.readers import ErrorHandler
from kg.user_gazetteer import UserGazetteer

CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}\b")


class CapitalisedWords:
    """A trivial extractor: every capitalised word of four letters or more is an organization; no events."""

    version = "capitalised words 1"

    def __init__(self, batch_size: int):
        self.batch_size = batch_size
        self.closed = False

    def extract_many(self, articles: Iterable[Article], on_error: ErrorHandler | None = None) -> Iterator[Extraction]:
        for article in articles:
            entities = {}
            for word in CAPITALISED.findall(article.text):
                key = entity_key("organization", word)
                entities[key] = Entity(key, EntityType.ORGANIZATION, word)
            yield Extraction(article, entities, generated_by=self.version)

    def close(self) -> None:
        self.closed = True


@extractors.register("test-capitalised-words")
def capitalised_words(*, model: str | None = None, batch_size: int = 64) -> CapitalisedWords:
    return CapitalisedWords(batch_size)


def test_the_default_extractor_is_registered():
    assert DEFAULT_EXTRACTOR == "spacy"
    assert {"spacy", "test-capitalised-words"} <= set(registered_extractors())


def test_an_unknown_name_is_a_coded_error_naming_the_registered_ones():
    with pytest.raises(ExtractorNotFoundError, match=r"E006.*'nothing-here'.*spacy"):
        extractor_factory("nothing-here")


def test_a_factory_pickles_and_makes_its_extractor_with_the_options():
    factory = pickle.loads(pickle.dumps(extractor_factory("test-capitalised-words", batch_size=7)))
    extractor = factory()
    assert isinstance(extractor, CapitalisedWords) and extractor.batch_size == 7
    [extraction] = extractor.extract_many([Article("a", "Talks between Armenia and Azerbaijan.")])
    assert sorted(extraction.entities) == ["organization/armenia", "organization/azerbaijan", "organization/talks"]


def test_a_factory_carries_the_user_gazetteer_to_its_extractor():
    mine = UserGazetteer("name\ttype\taliases\nHouthis\torganization\tAnsarullah\n", "mine.tsv")
    factory = pickle.loads(pickle.dumps(extractor_factory(batch_size=7, gazetteer=mine)))
    assert factory.keywords["gazetteer"] == mine


def test_an_extractor_that_reads_no_gazetteer_refuses_one():
    with pytest.raises(KGError, match="the extractor 'test-capitalised-words' reads no user gazetteer"):
        extractor_factory("test-capitalised-words", gazetteer=UserGazetteer("name\ttype\n"))


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_kg_build_runs_any_registered_extractor(tmp_path, jobs):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(5):
        (folder / f"a{number}.txt").write_text(f"Report {number}\n\nQatar hosted talks in Doha.\n", encoding="utf-8")
    output = tmp_path / "graph.ttl"
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(output), "--extractor", "test-capitalised-words",
                                      "--jobs", jobs])
    assert result.exit_code == 0, result.output
    labels = {str(label) for label in Graph().parse(output).objects(None, RDFS.label)}
    assert {"Qatar", "Doha", "Report"} <= labels  # the spaCy extractor would make Qatar a country, Doha its capital
    assert "5 articles" in result.output


def test_kg_build_with_an_unknown_extractor_stops_before_any_work(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Qatar hosted talks.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(article), "-o", str(tmp_path / "g.ttl"), "--extractor", "nope"])
    assert result.exit_code == 2
    assert "E006" in result.output and "no extractor called 'nope'" in result.output
    assert not (tmp_path / "g.ttl").exists()


def test_the_rules_extractor_has_no_trained_layer_and_the_default_one_completes_events():
    rules, default = extractor_factory("rules")(), extractor_factory(DEFAULT_EXTRACTOR)()
    assert (rules.classifier, rules.completer) == (None, None)
    assert default.completer is not None and "completion" in default.version
