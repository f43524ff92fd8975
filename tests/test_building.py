"""Building: batches that wait for a busy store are written together and in order, and nothing is written
after a failed write. The extraction is replaced by one that reads no facts, so these run without spaCy."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from kg.building import build
from kg.graph.store import KnowledgeGraph
from kg.model import Extraction
from kg.sources.readers import read_articles


class FactlessReader:
    """Extracts nothing from each article; lets the store go once the last article is read."""

    def __init__(self, release: threading.Event, version: str = "factless 1"):
        self.release = release
        self.version = version
        self.read: list[str] = []

    def extract_many(self, articles, on_error=None):
        for article in articles:
            self.read.append(article.id)
            yield Extraction(article, {}, [], [], [], generated_by=self.version)
        self.release.set()


class HeldStore(KnowledgeGraph):
    """An in-memory graph whose first write waits until released, or fails; records what each write holds."""

    def __init__(self, fail: bool = False):
        super().__init__()
        self.fail = fail
        self.release = threading.Event()
        self.writes: list[list[str]] = []

    def prepare_add(self, extractions):
        extractions = list(extractions)
        self.writes.append([extraction.article.id for extraction in extractions])
        add = super().prepare_add(extractions)
        first = len(self.writes) == 1

        def held() -> None:
            if first and self.fail:
                raise OSError("disk full")
            if first:
                self.release.wait(30)
            add()
        return held


def feed(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": f"Article number {i} says little."}) + "\n"
                            for i in range(count)), encoding="utf-8")
    return path


def test_batches_that_wait_for_the_store_are_written_together_in_order(tmp_path):
    graph = HeldStore()
    _, report = build([feed(tmp_path, 5)], graph, extractor=FactlessReader(graph.release), batch_size=1)
    assert report.articles == 5
    assert graph.writes == [["a0"], ["a1", "a2", "a3", "a4"]]
    assert graph.articles == 5


def test_no_batch_is_written_after_a_failed_write(tmp_path):
    graph = HeldStore(fail=True)
    with pytest.raises(OSError, match="disk full"):
        build([feed(tmp_path, 5)], graph, extractor=FactlessReader(graph.release), batch_size=1)
    assert graph.writes[0] == ["a0"]
    assert graph.articles == 0


def test_a_prepared_write_changes_nothing_until_it_is_made(tmp_path):
    graph = KnowledgeGraph()
    add = graph.prepare_add(Extraction(article, {}, [], [], []) for article in read_articles([feed(tmp_path, 2)]))
    assert graph.articles == 0
    add()
    assert graph.articles == 2


@pytest.mark.parametrize("keep_stale", [False, True])
def test_articles_another_extractor_version_made_are_read_again_unless_kept(tmp_path, keep_stale):
    graph, path = KnowledgeGraph(tmp_path / "kg.db"), feed(tmp_path, 3)
    build([path], graph, extractor=FactlessReader(threading.Event(), "factless 1"))
    assert {graph.generated_by(f"a{i}") for i in range(3)} == {"factless 1"}
    same = FactlessReader(threading.Event(), "factless 1")
    _, report = build([path], graph, extractor=same)
    assert (same.read, report.unchanged, report.stale) == ([], 3, 0)
    newer = FactlessReader(threading.Event(), "factless 2")
    _, report = build([path], graph, extractor=newer, keep_stale=keep_stale)
    if keep_stale:
        assert (newer.read, report.unchanged, report.stale) == ([], 3, 0)
        assert graph.generated_by("a0") == "factless 1"
    else:
        assert (newer.read, report.unchanged, report.stale) == (["a0", "a1", "a2"], 0, 3)
        assert {graph.generated_by(f"a{i}") for i in range(3)} == {"factless 2"} and graph.articles == 3
