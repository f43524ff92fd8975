"""Planning a write: what a batch of extractions puts in a store, worked out before the store is touched.

An article replaces any earlier article of the batch with its id or its text; its statements are N-Quads text
for the store to parse, its entities (mentioned and related) are what the entity graph must describe, and the
merge keys of its reports the happenings the event graph must work out again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Entity, Extraction
from .happenings import merge_keys_of
from .rdf import article_nquads

__all__ = ["Batch", "plan_batch"]


@dataclass(frozen=True)
class Batch:
    """The articles of one write: their ids and content hashes, their statements, their entities and the merge
    keys of their reports."""

    ids: tuple[str, ...]
    hashes: tuple[str, ...]
    statements: str
    entities: tuple[Entity, ...]
    merge_keys: frozenset[str]

    def by_key(self) -> dict[str, Entity]:
        """One entity per key (the first given)."""
        found: dict[str, Entity] = {}
        for entity in self.entities:
            found.setdefault(entity.key, entity)
        return found


def plan_batch(extractions: Iterable[Extraction]) -> Batch:
    """The write of these extractions, the later of two with the same id or the same text winning."""
    pending: dict[str, Extraction] = {}
    for extraction in extractions:
        article = extraction.article
        for earlier_id, earlier in list(pending.items()):
            if earlier_id == article.id or earlier.article.content_hash == article.content_hash:
                del pending[earlier_id]
        pending[article.id] = extraction
    kept = list(pending.values())
    return Batch(
        ids=tuple(extraction.article.id for extraction in kept),
        hashes=tuple(extraction.article.content_hash for extraction in kept),
        statements="".join(article_nquads(extraction) for extraction in kept),
        entities=tuple(entity for extraction in kept
                       for entity in (*extraction.entities.values(), *extraction.related.values())),
        merge_keys=merge_keys_of(kept),
    )
