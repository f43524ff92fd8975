"""What every graph store does: :class:`~kg.graph.store.KnowledgeGraph` (embedded Oxigraph) and
:class:`~kg.graph.remote.RemoteGraph` (a SPARQL 1.1 server) both implement :class:`Graph`, and the rest of
conflict-kg (builds, queries, exports, pictures) is written against it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

import pyoxigraph as ox

from ..model import Extraction

__all__ = ["Graph"]


class Graph(Protocol):
    """A store of article graphs and entity descriptions, read and changed as one union graph."""

    @property
    def articles(self) -> int:
        """How many articles the graph holds."""

    def article_id_with_hash(self, content_hash: str) -> str | None:
        """The id of the article stored with this text, if any."""

    def contains(self, article_id: str) -> bool:
        """Whether an article of this id is stored."""

    def generated_by(self, article_id: str) -> str | None:
        """The version of the extractor that made the stored article's statements (None if it says none)."""

    def prepare_add(self, extractions: Iterable[Extraction]) -> Callable[[], None]:
        """The write that adds these articles, to be run later (on another thread if need be)."""

    def add_many(self, extractions: Iterable[Extraction]) -> int:
        """Add articles as one write, replacing stored articles of the same id or text."""

    def remove(self, article_id: str) -> bool:
        """Take out an article and every statement only it supported; False if it was not there."""

    def load(self, path: str | Path, *, workers: int | None = None) -> None:
        """Import an RDF file: an article graph in it replaces the stored one of the same name."""

    def update(self, update: str) -> None:
        """Apply a SPARQL Update."""

    def query(self, query: str) -> ox.QuerySolutions | ox.QueryBoolean | Iterable[ox.Triple]:
        """Run a SPARQL query on the union of the graphs."""

    def quads(self) -> Iterable[ox.Quad]:
        """Every statement with its graph."""

    def triples(self) -> Iterable[ox.Triple]:
        """The union of all graphs, each triple once."""

    def flush(self) -> None:
        """Make every write durable."""
