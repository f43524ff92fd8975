"""Building: batches that wait for a busy store are written together and in order, and nothing is written
after a failed write. The extraction is replaced by one that reads no facts, so these run without spaCy."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

import kg.building
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


class BatchesHandedOver:
    """In place of the store's writer: records the ids of the batches a build hands over, in order."""

    def __init__(self, batches: list[list[str]]):
        self.batches = batches

    def write(self, batch) -> None:
        if batch:
            self.batches.append([extraction.article.id for extraction in batch])

    def poll(self) -> None:
        """Nothing waits."""

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        """Nothing to finish."""


def test_the_parts_of_a_long_article_are_written_one_a_write(tmp_path, monkeypatch):
    """A write's memory grows with its text: the parts of a 5 MB article written 32 at a time peaked at 1,385 MB,
    one a write at 843 MB (benchmarks/memory_results.md). Ordinary articles still go ``batch_size`` a write."""
    batches: list[list[str]] = []
    monkeypatch.setattr(kg.building, "_BatchWriter", lambda graph: BatchesHandedOver(batches))
    long = tmp_path / "long.txt"
    long.write_text("Kenya sent police officers to Haiti. " * 8_000, encoding="utf-8")  # 3 parts of 96,000-100,000
    build([long, feed(tmp_path, 40)], KnowledgeGraph(), extractor=FactlessReader(threading.Event()), batch_size=32)
    assert batches[:3] == [["long-part1"], ["long-part2"], ["long-part3"]]
    assert [len(batch) for batch in batches[3:]] == [32, 8]


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
