"""kg.extract.parallel: extraction in worker processes and on a Dask LocalCluster gives what one process gives."""

from __future__ import annotations

import os
import pickle

import pytest

from kg.errors import InputError
from kg.extract.extractor import Extractor
from kg.extract.parallel import DaskExtractor, ProcessExtractor, extract_chunk
from kg.extract.registry import extractor_factory
from kg.graph.rdf import article_quads
from kg.model import Article
from kg.user_gazetteer import UserGazetteer

TEXTS = [
    "Turkey mediated talks between Russia and Ukraine in Istanbul on Tuesday.",
    "Kenya sent police officers to Haiti at the request of the Haitian government.",
    "Peru imposed sanctions on Chile. Foreign Minister Ana Soto of Chile met President Dina Boluarte of Peru.",
    "Mali asked Russia for military assistance.",
    "Iran accused Israel of attacking its consulate in Damascus.",
]


def articles() -> list[Article]:
    return [Article(f"p{number}", text) for number, text in enumerate(TEXTS * 3)]


def statements(extractions) -> list[set]:
    return [set(map(str, article_quads(extraction))) for extraction in extractions]


@pytest.fixture(scope="module")
def at_home(extractor):
    return statements(extractor.extract_many(articles()))


@pytest.mark.slow
def test_worker_processes_give_the_same_extractions_in_order(at_home):
    with ProcessExtractor(extractor_factory(batch_size=4), jobs=2, batch_size=4) as workers:
        extractions = list(workers.extract_many(articles()))
        assert workers.version == extractor_factory()().version
    assert [e.article.id for e in extractions] == [a.id for a in articles()]
    assert statements(extractions) == at_home


@pytest.mark.slow
def test_dask_local_cluster_gives_the_same_extractions_in_order(at_home):
    with DaskExtractor("local:2", extractor_factory(batch_size=4), batch_size=4) as workers:
        extractions = list(workers.extract_many(articles()))
    assert [e.article.id for e in extractions] == [a.id for a in articles()]
    assert statements(extractions) == at_home


@pytest.mark.slow
def test_dask_local_workers_keep_thread_limits_without_the_malloc_trim_threshold():
    with DaskExtractor("local:1", extractor_factory(batch_size=4), batch_size=4) as workers:
        trim, threads = (workers.client.submit(os.getenv, name, pure=False).result()
                         for name in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS"))
    assert trim is None
    assert threads == "1"


@pytest.mark.slow
def test_worker_processes_read_the_user_gazetteer():
    mine = UserGazetteer("name\ttype\tcountry\tkind\nFano\torganization\tETH\tarmed_group\n", "mine.tsv")
    article = Article("f", "Fano attacked Ethiopia on Monday.")
    at_home = Extractor(gazetteer=mine)
    with ProcessExtractor(extractor_factory(batch_size=4, gazetteer=mine), jobs=1, batch_size=4) as workers:
        [extraction] = workers.extract_many([article])
        assert workers.version == at_home.version != extractor_factory()().version
    assert [(e.type.value, e.actor) for e in extraction.events] == [("Attack", "organization/fano")]
    assert statements([extraction]) == statements([at_home.extract(article)])


@pytest.mark.slow
def test_an_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(Exception, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        DaskExtractor("tcp://127.0.0.1:9", extractor_factory())


def test_a_failing_article_is_reported_by_the_worker(extractor, monkeypatch):
    import kg.extract.parallel

    original = type(extractor).analyse

    def fails_on_mali(self, article, doc, **options):
        if "Mali" in article.text:
            raise RuntimeError("injected fault")
        return original(self, article, doc, **options)

    monkeypatch.setattr(type(extractor), "analyse", fails_on_mali)
    factory = extractor_factory(batch_size=32)
    monkeypatch.setitem(kg.extract.parallel._MADE, pickle.dumps(factory), extractor)
    extractions, errors = extract_chunk(articles()[:5], factory)
    assert [e.article.id for e in extractions] == ["p0", "p1", "p2", "p4"]
    [error] = errors
    assert isinstance(error, InputError) and error.origin == "p3" and "injected fault" in error.reason
