"""Planning a write: what a batch of extractions puts in a store, worked out before the store is touched.

An article replaces any earlier article of the batch with its id or its text; its statements are N-Quads text
for the store to parse, its entities (mentioned and related) are what the entity graph must describe, and the
merge keys of its reports the happenings the event graph must work out again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Entity, Extraction
from .happenings import Details, Report
from .rdf import StatedReport, article_statements

__all__ = ["Batch", "plan_batch"]


@dataclass(frozen=True)
class Batch:
    """The articles of one write: their ids and content hashes, their statements, their entities and their reports
    of events."""

    ids: tuple[str, ...]
    hashes: tuple[str, ...]
    statements: str
    entities: tuple[Entity, ...]
    reports: tuple[StatedReport, ...]

    @property
    def merge_keys(self) -> frozenset[str]:
        """The merge keys of the reports."""
        return frozenset(key for key, _, _ in self.reports)

    def reports_by_key(self) -> dict[str, dict[str, tuple[Report, Details]]]:
        """The reports by merge key and IRI (as :meth:`kg.graph.happenings.Happenings.refresh` takes them), but for
        the keys of two reports with one IRI (one node in the store with the statements of both: read there)."""
        found: dict[str, dict[str, tuple[Report, Details]]] = {}
        twice: set[str] = set()
        for key, report, details in self.reports:
            if report.iri in found.setdefault(key, {}):
                twice.add(key)
            found[key][report.iri] = (report, details)
        return {key: reports for key, reports in found.items() if key not in twice}

    def by_key(self) -> dict[str, Entity]:
        """One entity per key (the first given)."""
        found: dict[str, Entity] = {}
        for entity in self.entities:
            found.setdefault(entity.key, entity)
        return found


def plan_batch(extractions: Iterable[Extraction]) -> Batch:
    """The write of these extractions, the later of two with the same id or the same text winning."""
    pending: dict[str, tuple[Extraction, str]] = {}  # id -> the extraction and the hash of its text
    id_of_text: dict[str, str] = {}
    for extraction in extractions:
        article_id, text_hash = extraction.article.id, extraction.article.content_hash
        if (same_text := id_of_text.pop(text_hash, None)) is not None:
            del pending[same_text]
        if (same_id := pending.pop(article_id, None)) is not None:
            del id_of_text[same_id[1]]
        pending[article_id] = (extraction, text_hash)
        id_of_text[text_hash] = article_id
    kept = [extraction for extraction, _ in pending.values()]
    statements = [article_statements(extraction) for extraction in kept]
    return Batch(
        ids=tuple(extraction.article.id for extraction in kept),
        hashes=tuple(text_hash for _, text_hash in pending.values()),
        statements="".join(nquads for nquads, _ in statements),
        entities=tuple(entity for extraction in kept
                       for entity in (*extraction.entities.values(), *extraction.related.values())),
        reports=tuple(report for _, reports in statements for report in reports),
    )
