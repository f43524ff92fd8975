"""Loading big RDF files into an Oxigraph store on every core.

Oxigraph's bulk loader sorts what it reads into new files of the store and releases Python's lock while it
works. A line-based file (N-Quads, N-Triples) is cut at line ends into blocks of a few megabytes, loaded by
several threads at once: small blocks also sort faster than one big batch (measured in
``benchmarks/store_results.md``). Other formats are loaded in one piece.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox

from ..errors import InputError, is_disk_full
from ..faults import reached
from .formats import LINE_FORMATS
from .namespace import ENTITY_GRAPH, key_of

__all__ = ["BLOCK_BYTES", "bulk_load", "graphs_in", "read_error"]

BLOCK_BYTES = 16 << 20


def bulk_load(store: ox.Store, path: str | Path, rdf_format: ox.RdfFormat, *, workers: int | None = None,
              block_bytes: int = BLOCK_BYTES) -> None:
    """Load the file into ``store``, its triples into the default graph; an unreadable or invalid file is an
    :class:`InputError` naming the file and line. Not atomic: blocks read before an error stay loaded."""
    if rdf_format not in LINE_FORMATS:
        _load(store, path, rdf_format, read_path=str(path))
        return
    workers = workers or min(4, os.cpu_count() or 1)
    pending: deque[Future] = deque()
    with ThreadPoolExecutor(workers, thread_name_prefix="kg-load") as pool:
        try:
            for first_line, block in _blocks(path, block_bytes):
                pending.append(pool.submit(_load, store, path, rdf_format, block, first_line=first_line))
                if len(pending) > 2 * workers:  # bounded memory: a few blocks in flight
                    pending.popleft().result()
            while pending:
                pending.popleft().result()
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise


def _blocks(path: str | Path, size: int) -> Iterator[tuple[int, bytes]]:
    """The file in blocks of about ``size`` bytes that end at a line end, each with its first line's number."""
    line = 1
    try:
        with open(path, "rb") as stream:
            rest = b""
            while chunk := stream.read(size):
                chunk = rest + chunk
                cut = chunk.rfind(b"\n") + 1
                if cut:
                    rest, chunk = chunk[cut:], chunk[:cut]
                    yield line, chunk
                    line += chunk.count(b"\n")
                else:
                    rest = chunk
            if rest:
                yield line, rest
    except OSError as error:
        raise InputError(str(path), error.strerror or str(error)) from None


def _load(store: ox.Store, path: str | Path, rdf_format: ox.RdfFormat, data: bytes | None = None, *,
          first_line: int = 1, read_path: str | None = None) -> None:
    """Load ``data`` (lines from ``first_line`` on) or the file at ``read_path``; errors name ``path``, but that
    of a full disk is raised as it is (the store's, not the file's)."""
    try:
        reached("import-block")
        store.bulk_load(data, rdf_format, path=read_path)
    except (SyntaxError, OSError) as error:
        if isinstance(error, OSError) and is_disk_full(error):
            raise
        raise read_error(path, rdf_format, error, first_line) from None


def read_error(path: str | Path, rdf_format: ox.RdfFormat, error: SyntaxError | OSError, first_line: int = 1) -> InputError:
    """The user's message for a file Oxigraph could not read: a syntax error names the line of the file
    (``first_line`` is where the parsed text began)."""
    if isinstance(error, SyntaxError):
        line = first_line + (error.lineno or 1) - 1
        return InputError(f"{path}:{line}", f"not valid {rdf_format.name}: {error.msg.split(': ', 1)[-1]}")
    return InputError(str(path), error.strerror or str(error))


def graphs_in(path: str | Path, rdf_format: ox.RdfFormat) -> tuple[set[ox.NamedNode], set[str]]:
    """Read the whole file once: the named graphs it fills and the keys of the entities its entity graph
    describes; a syntax error is an :class:`InputError` with the line."""
    graphs: set[ox.NamedNode] = set()
    described: set[str] = set()
    entity_graph = ox.NamedNode(ENTITY_GRAPH)
    try:
        for quad in ox.parse(path=str(path), format=rdf_format):
            if isinstance(quad.graph_name, ox.NamedNode):
                graphs.add(quad.graph_name)
                if quad.graph_name == entity_graph:
                    described.add(key_of(quad.subject.value))
    except (SyntaxError, OSError) as error:
        raise read_error(path, rdf_format, error) from None
    return graphs, described
