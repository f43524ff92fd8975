"""Extraction on several processes of this machine (``--jobs N``) or on the workers of a Dask cluster
(``--dask tcp://scheduler:8786`` or ``--dask local:N``), with any extractor.

Both send the articles in small chunks (``ARTICLES_PER_TASK``) to workers, with a picklable factory of the
extractor (:func:`kg.extract.registry.extractor_factory`); every worker makes the extractor once, all side by
side when the workers start (before the first chunk goes out), and sends back extractions. Small chunks keep
every worker busy to the end of the corpus (the last chunk is short work) and cost no more per article than
whole parse batches. The chunks come back in the order they went out, and only a few are in flight at a time,
so memory does not grow with the corpus. The articles travel with the tasks: inputs only need to be readable
where ``kg build`` runs. An article whose analysis fails on a worker is reported, as at home.
"""

from __future__ import annotations

import multiprocessing
import pickle
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from multiprocessing.synchronize import Barrier

from ..errors import InputError, KGError
from ..model import Article, Extraction
from ..sources.readers import ErrorHandler
from .registry import ExtractsArticles

__all__ = ["DaskExtractor", "ProcessExtractor", "extract_chunk", "version_of"]

Factory = Callable[[], ExtractsArticles]
ARTICLES_PER_TASK = 16  # a worker's idle time at the end of a build is about half a chunk's analysis
_TASKS_PER_WORKER = 4  # in flight: chunks come back in order, so one slow chunk must not leave a worker idle
_MADE: dict[bytes, ExtractsArticles] = {}  # a worker's extractors, by their pickled factory


def _made(factory: Factory) -> ExtractsArticles:
    """The worker's extractor of this factory: made on first use, then kept."""
    key = pickle.dumps(factory)
    if key not in _MADE:
        _MADE[key] = factory()
    return _MADE[key]


def extract_chunk(articles: list[Article], factory: Factory) -> tuple[list[Extraction], list[InputError]]:
    """What a worker does with one chunk: its extractions, and the articles it could not analyse."""
    errors: list[InputError] = []
    return list(_made(factory).extract_many(articles, on_error=errors.append)), errors


def _start_worker(factory: Factory, started: Barrier) -> None:
    """A worker process's start: Ctrl-C, which reaches every process of the terminal, is left to the parent
    (it writes what it has and stops the workers), and the extractor is made; then it waits for the other
    workers to have theirs (so that each takes one of the first tasks: :class:`ProcessExtractor`). The process
    exists for that extractor: what it loaded is frozen, as ``kg build`` does in its own process."""
    from .extractor import freeze_loaded_objects  # here: the module imports spaCy, which another extractor may not need

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _made(factory)
    freeze_loaded_objects()
    started.wait()


def version_of(factory: Factory) -> str:
    """The version of a worker's extractor (asked once, when the workers start)."""
    return _made(factory).version


class _Workers:
    """Sends chunks of articles to workers and yields their extractions in order; subclasses start the workers,
    have each make its extractor and set ``version`` (that of the extractor), ``_call`` (a function and its
    arguments -> a future of its result on a worker) and ``close``."""

    version: str

    def __init__(self, factory: Factory, batch_size: int, workers: int):
        self.factory = factory
        self.batch_size = min(batch_size, ARTICLES_PER_TASK)  # articles per task
        self.in_flight = _TASKS_PER_WORKER * workers

    def extract_many(self, articles: Iterable[Article], on_error: ErrorHandler | None = None) -> Iterator[Extraction]:
        """Stream extractions, like :meth:`kg.extract.Extractor.extract_many`."""
        stream = iter(articles)
        pending: deque = deque()
        while chunk := list(islice(stream, self.batch_size)):
            pending.append(self._call(extract_chunk, chunk, self.factory))
            if len(pending) >= self.in_flight:
                yield from self._collect(pending.popleft(), on_error)
        while pending:
            yield from self._collect(pending.popleft(), on_error)

    @staticmethod
    def _collect(future, on_error: ErrorHandler | None) -> list[Extraction]:
        extractions, errors = future.result()
        for error in errors:
            if on_error is None:
                raise error
            on_error(error)
        return extractions

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ProcessExtractor(_Workers):
    """Extraction in ``jobs`` worker processes of this machine, each making its extractor once (here two
    spaCy pipelines: skipped as a doctest, tested in ``tests/extract/test_parallel.py``).

    >>> from kg.extract.registry import extractor_factory
    >>> with ProcessExtractor(extractor_factory(), jobs=2) as extractor:  # doctest: +SKIP
    ...     extractions = list(extractor.extract_many(articles))
    """

    def __init__(self, factory: Factory, *, jobs: int, batch_size: int = 64):
        context = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited threads or store
        self.pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_start_worker,
                                        initargs=(factory, context.Barrier(jobs)))
        super().__init__(factory, batch_size, jobs)
        # the pool starts a process for each task given while none is idle: ``jobs`` tasks at once start them
        # all, making their extractors side by side, and each waits for the others before it takes a task
        self.version = [self._call(version_of, factory) for _ in range(jobs)][0].result()

    def _call(self, function, *arguments):
        return self.pool.submit(function, *arguments)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


# Dask settings for a local cluster: a worker's sampling profiler (every 10 ms) and its event-loop and system
# monitors wake up often and take Python's lock from the parse; the parse needs none of them.
_QUIET_WORKERS = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s",
                  "distributed.admin.system-monitor.interval": "2s", "distributed.worker.memory.monitor-interval": "1s"}
# The environment Dask gives a worker process before it starts: its thread limits are kept, but not the small
# malloc trim threshold, which hands freed memory back to the system after every parse and takes it again for the
# next (about a seventh more CPU per article here: docs/benchmarks.md).
_UNTRIMMED = "MALLOC_TRIM_THRESHOLD_"


def _worker_environment(dask) -> dict:
    """Dask's environment for new worker processes, without its malloc trim threshold."""
    environment = dask.config.get("distributed.nanny.pre-spawn-environ", default={}) or {}
    return {name: value for name, value in environment.items() if name != _UNTRIMMED}


class DaskExtractor(_Workers):
    """Extraction on the workers of a Dask cluster: ``tcp://host:8786`` (an existing scheduler; each worker
    needs conflict-kg and the spaCy pipeline installed) or ``local:N`` (a ``LocalCluster`` of N single-thread
    worker processes on this machine, started here and stopped by :meth:`close`)."""

    def __init__(self, address: str, factory: Factory, *, batch_size: int = 64):
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise KGError("--dask needs the 'distributed' package: pip install 'conflict-kg[dask]'") from None
        self.cluster = None
        try:
            if address.startswith("local:"):
                quiet = {**_QUIET_WORKERS, "distributed.nanny.pre-spawn-environ": _worker_environment(dask)}
                with dask.config.set(quiet):
                    self.cluster = LocalCluster(n_workers=int(address[6:] or 1), threads_per_worker=1, processes=True,
                                                dashboard_address=None, host="127.0.0.1")
                    self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError, ValueError) as error:
            raise KGError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        workers = list(self.client.scheduler_info().get("workers", {}))
        super().__init__(factory, batch_size, max(1, len(workers)))
        # every worker there is makes its extractor now, side by side (one that joins later: at its first task)
        made = [self.client.submit(version_of, factory, workers=[worker], allow_other_workers=False, pure=False)
                for worker in workers] or [self._call(version_of, factory)]
        self.version = [future.result() for future in made][0]

    def _call(self, function, *arguments):
        return self.client.submit(function, *arguments, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
