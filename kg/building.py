"""Build a graph from inputs: read, extract in batches, add each batch to the graph as one write.

>>> from kg import KnowledgeGraph, build
>>> graph, report = build(["examples/articles/02-black-sea-grain-deal.txt"], KnowledgeGraph())  # or "kg.db": on disk
>>> report.articles, graph.articles, report.events["Mediation"] > 0
(1, 1, True)
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .extract.registry import ExtractsArticles, extractor_factory
from .graph.protocol import Graph
from .graph.store import KnowledgeGraph
from .model import Article, Extraction
from .sources.readers import ErrorHandler, Limits, NoticeHandler, distinct_ids, read_articles

if TYPE_CHECKING:
    from .sources.web import WebReader

__all__ = ["BuildReport", "Interrupted", "build"]

_ARTICLES_PER_FLUSH = 512  # the store's write buffers emptied this often (benchmarks/memory_results.md)
_BATCHES_QUEUED = 8
_CHARS_PER_WRITE = 64_000  # a write's memory grows with its text: 32 ordinary articles or one long part (ibid.)


@dataclass
class BuildReport:
    """What a build did."""

    articles: int = 0
    unchanged: int = 0  # already in the graph with the same text, not parsed again
    stale: int = 0  # already in the graph with the same text, but made by another extractor version: read again
    skipped: list[InputError] = field(default_factory=list)
    passed_over: list[str] = field(default_factory=list)  # files of a folder that are no article (a README.md)
    events: Counter = field(default_factory=Counter)  # by class: the event reports stated as done or decided
    unstated: Counter = field(default_factory=Counter)  # by modality: those denied, supposed or only claimed
    words: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


class Interrupted(KeyboardInterrupt):
    """A build stopped by Ctrl-C (SIGINT): the batches already handed to the store are written whole first;
    ``stored`` articles are in it, and the same build run again adds the others."""

    def __init__(self, stored: int):
        super().__init__(stored)
        self.stored = stored


def build(
    inputs: Iterable[str | Path],
    graph: Graph | None = None,
    *,
    extractor: ExtractsArticles | None = None,
    batch_size: int = 32,
    on_error: ErrorHandler | None = None,
    on_rename: Callable[[Article, str], None] = lambda article, old_id: None,
    on_notice: NoticeHandler | None = None,
    on_article: Callable[[], None] = lambda: None,
    limits: Limits = Limits(),
    keep_stale: bool = False,
    web: WebReader | None = None,
) -> tuple[Graph, BuildReport]:
    """Read the inputs and add their articles to ``graph`` (a new in-memory graph by default).

    Unreadable files, lines and records are reported to ``on_error`` (default: kept in the report) and
    skipped; ``on_notice`` hears what a user should know (an encoding guessed, a long article split by
    ``limits``, a file of a folder that is no article: also listed in ``report.passed_over``); articles already in the graph with the same id and text are not parsed again unless another
    version of the extractor made them (and ``keep_stale`` is not set): those are read again; articles
    are written in batches of ``batch_size`` (fewer when they hold ``_CHARS_PER_WRITE`` characters: the parts of
    a long article go one a write), each write one transaction (batches that wait for a busy
    store go together): a build stopped at any point (even killed) leaves the store holding whole batches,
    and running it again finishes the rest. Stopped by Ctrl-C, it writes the batches it has and raises
    :class:`Interrupted`. Inputs that are URLs or :class:`~kg.sources.feeds.Feed` are read by ``web``
    (:class:`~kg.sources.web.WebReader`).
    """
    graph = graph if graph is not None else KnowledgeGraph()
    extractor = extractor or extractor_factory()()
    report = BuildReport()
    started = time.perf_counter()

    def notice(origin: str, message: str) -> None:
        if on_notice is not None:
            on_notice(origin, message)

    def pass_over(path: Path) -> None:
        report.passed_over.append(str(path))
        notice(str(path), "not an article file: not read")

    def skip(error: InputError) -> None:
        report.skipped.append(error)
        if on_error is not None:
            on_error(error)

    def new_or_changed(articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            if graph.article_id_with_hash(article.content_hash) == article.id:
                if keep_stale or graph.generated_by(article.id) == extractor.version:
                    report.unchanged += 1
                    continue
                report.stale += 1
            yield article

    batch: list[Extraction] = []
    batch_chars = 0
    stream = distinct_ids(read_articles(inputs, skip, notice, limits, pass_over, web), on_error=skip, on_rename=on_rename)
    writer = _BatchWriter(graph)
    try:
        with writer:
            for extraction in extractor.extract_many(new_or_changed(stream), on_error=skip):
                batch.append(extraction)
                report.articles += 1
                report.events.update(event.type.value for event in extraction.events if event.modality.stated)
                report.unstated.update(event.modality.value for event in extraction.events if not event.modality.stated)
                report.words += len(extraction.article.text.split())
                batch_chars += len(extraction.article.text)
                on_article()
                if len(batch) >= batch_size or batch_chars >= _CHARS_PER_WRITE:
                    writer.write(batch)
                    batch, batch_chars = [], 0
                writer.poll()
            writer.write(batch)
    except KeyboardInterrupt:
        graph.flush()
        raise Interrupted(writer.stored) from None
    graph.flush()
    report.seconds = time.perf_counter() - started
    return graph, report


class _BatchWriter:
    """Writes batches to the graph in order. What a write changes is worked out here, on the caller's
    thread (it reads the graph as the writes before it left it); the store then does the work, mostly
    without Python's lock, on one background thread while parsing goes on. Batches that arrive while the
    store is busy wait, and the next write takes them all, as one transaction, so the store keeps up however
    the batches come; parsing waits only if ``_BATCHES_QUEUED`` pile up. A failed write is raised at a later
    call (no batch after it is written) or when the block ends, which writes every waiting batch."""

    def __init__(self, graph: Graph):
        self.graph = graph
        self.pool = ThreadPoolExecutor(1, thread_name_prefix="kg-store")
        self.waiting: list[list[Extraction]] = []
        self.pending: Future | None = None
        self.unflushed = 0
        self.stored = 0  # articles whose write is done

    def write(self, batch: list[Extraction]) -> None:
        self.waiting.append(batch)
        self._next(wait=len(self.waiting) > _BATCHES_QUEUED)

    def poll(self) -> None:
        """Start writing the waiting batches if the store is free."""
        self._next(wait=False)

    def _next(self, wait: bool) -> None:
        if self.pending is not None:
            if not (wait or self.pending.done()):
                return
            pending, self.pending = self.pending, None
            try:
                pending.result()
            except BaseException:
                self.waiting.clear()  # batches are written in order: none after a failed one
                raise
        if self.waiting:
            extractions = [extraction for batch in self.waiting for extraction in batch]
            self.waiting = []
            self.unflushed += len(extractions)
            flush = self.unflushed >= _ARTICLES_PER_FLUSH
            if flush:
                self.unflushed = 0
            self.pending = self.pool.submit(self._write, self.graph.prepare_add(extractions), len(extractions), flush)

    def _write(self, add: Callable[[], None], articles: int, flush: bool) -> None:
        add()
        self.stored += articles
        if flush:  # the store's write buffers, emptied to disk now and then: memory stays flat
            self.graph.flush()

    def __enter__(self) -> _BatchWriter:
        return self

    def __exit__(self, *exc) -> None:
        try:
            while self.waiting or self.pending is not None:
                self._next(wait=True)
        finally:
            self.pool.shutdown()
