"""One event node per real-world happening, merged from the reports of every article that states it.

Each article's statement of an event is a report (``ckg:Report``, in the article's graph: its article, evidence,
modality, confidence and date, and ``ckg:mergeKey``: the event class with the actor and target, in key order for a
symmetric class). The happenings are the event nodes of ``ckr:graph/events``, worked out again from the stored
reports for every merge key a write touches, so that they depend on the reports alone, never on the order the
articles came in. Reports of one key are grouped by :func:`group_reports`:

- reports dated by their text are taken earliest first; each joins the first happening whose earliest report lies
  at most the class's window before it (``ontology/lexicon/happenings.json``), else begins a new one: a
  happening never spans more than its window, however many reports lie in between;
- a report with no date joins the happening that holds a report of its article stating the same, else the nearest
  one its article's publication date fits (within the window of the day a dated happening begins, or up to
  ``publication_lag_days`` after it; within the window of an undated one's first publication date), else it begins
  one of its own, placed at that publication date;
- one article's statements of another modality (talks held, a second round cancelled) are never one happening.

A write works out only what it changed: the happenings of a merge key whose every report is in the articles just
written come from those articles' reports as the write has them (nothing is read back); those of a key with
reports stored before are worked out from all of them, read from the store. Event nodes are written as N-Quads
text, only those that changed.

An event node carries the class, the actor and target, evidence and trigger of its first report, the date of its
earliest dated report, the highest confidence, every ``ckg:reportedIn`` article, ``ckg:hasReport`` each report,
``ckg:reportCount`` (the articles that report it) and a modality derived from its reports: asserted when any
report asserts it (else planned, claimed, hypothetical, negated, the first any report gives). Its IRI is a digest
of the merge key and the day the happening begins.

>>> from datetime import date
>>> kyiv = [Report("r1", "a", "Asserted", date(2024, 3, 1), None),
...         Report("r2", "b", "Claimed", date(2024, 3, 2), None),
...         Report("r3", "c", "Asserted", date(2024, 3, 9), None)]
>>> [[report.iri for report in happening.reports] for happening in group_reports(kyiv, 1, 2)]
[['r1', 'r2'], ['r3']]
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pyoxigraph as ox

from ..model import Extraction, Modality
from ..resources import load_json
from .namespace import EVENT_GRAPH, PREFIXES, ckg, dcterms, rdf, statement_iri, xsd
from .written import load_written

__all__ = ["Details", "Happening", "Happenings", "Report", "group_reports", "merge_key", "merge_keys_of"]

_EVENT_GRAPH = ox.NamedNode(EVENT_GRAPH)
_MERGE_KEY = ox.NamedNode(ckg.mergeKey)
_KEYS_PER_QUERY = 512
_REPORTS = """
SELECT ?key ?report ?graph ?article ?modality ?confidence ?date ?published ?place WHERE {
  VALUES ?key { %s }
  GRAPH ?graph {
    ?report ckg:mergeKey ?key ; ckg:reportedIn ?article ; ckg:modality ?modality .
    OPTIONAL { ?report ckg:confidence ?confidence }
    OPTIONAL { ?report ckg:occurredIn ?place }
    OPTIONAL { ?report dcterms:date ?date }
    OPTIONAL { ?article dcterms:date ?published }
  }
  FILTER(?graph != <%s>)
}"""
_STORED = """SELECT ?event ?report WHERE { VALUES ?key { %s } GRAPH <%s> { ?event ckg:mergeKey ?key ; ckg:hasReport ?report } }"""
_FROM_LEAD = tuple(map(ox.NamedNode, (ckg.actor, ckg.target, ckg.place, ckg.evidence, ckg.trigger)))
# what event nodes are written with, in N-Triples form
_TYPE, _EVENT, _KEY, _MODALITY, _DATE, _CONFIDENCE, _OCCURRED_IN, _REPORTED_IN, _HAS_REPORT, _REPORT_COUNT = (
    str(ox.NamedNode(iri)) for iri in (rdf.type, ckg.Event, ckg.mergeKey, ckg.modality, dcterms.date, ckg.confidence,
                                       ckg.occurredIn, ckg.reportedIn, ckg.hasReport, ckg.reportCount))
_IN_EVENTS = f" {_EVENT_GRAPH} .\n"
_PRECEDENCE = (Modality.ASSERTED, Modality.PLANNED, Modality.CLAIMED, Modality.HYPOTHETICAL, Modality.NEGATED)


@dataclass(frozen=True)
class Report:
    """What grouping needs of one report: its IRI, its article's, its modality's name, the day its text gives
    (``date``) and its article's publication day."""

    iri: str
    article: str
    modality: str
    date: date | None
    published: date | None


@dataclass(frozen=True)
class Details:
    """What an event node takes from a report besides its grouping, terms in N-Triples form: the article graph it
    is stated in (an IRI), its confidence (a decimal's text), the places it names and the actor, target or place,
    evidence and trigger it carries (predicate and value; None: read from the store when it leads a happening)."""

    graph: str
    confidence: str | None
    places: tuple[str, ...]
    lead: tuple[tuple[str, str], ...] | None = None


@dataclass
class Happening:
    """Reports of one happening, its first report first; ``anchor``: the day it begins (its earliest dated
    report's, else its first report's publication date: ``dated`` says which; None: neither is known)."""

    anchor: date | None
    reports: list[Report] = field(default_factory=list)
    dated: bool = True

    def admits(self, report: Report) -> bool:
        """Whether no report of the same article states it with another modality."""
        return all(r.article != report.article or r.modality == report.modality for r in self.reports)

    def states_as(self, report: Report) -> bool:
        """Whether a report of the same article states it with the same modality."""
        return any(r.article == report.article and r.modality == report.modality for r in self.reports)

    def fits(self, day: date, window: int, lag: int) -> bool:
        """Whether a report with no date of its own, published on ``day``, may report this happening (an article
        comes out up to ``lag`` days after the day an event is dated)."""
        return self.anchor is not None and -window <= (day - self.anchor).days <= window + (lag if self.dated else 0)

    def modality(self) -> Modality:
        """Asserted when any report asserts it, else the first of planned, claimed, hypothetical, negated."""
        stated = {report.modality for report in self.reports}
        return next((m for m in _PRECEDENCE if m.value in stated), Modality.ASSERTED)


def group_reports(reports: Iterable[Report], window: int, lag: int) -> list[Happening]:
    """The happenings of reports that share a merge key (see the module), in the order they were begun."""
    happenings: list[Happening] = []
    reports = list(reports)
    for report in sorted((r for r in reports if r.date), key=lambda r: (r.date, r.iri)):
        home = next((h for h in happenings if (report.date - h.anchor).days <= window and h.admits(report)), None)
        if home is None:
            home = Happening(report.date)
            happenings.append(home)
        home.reports.append(report)
    for report in sorted((r for r in reports if not r.date), key=lambda r: (r.published or date.max, r.iri)):
        admitting = [h for h in happenings if h.admits(report)]
        candidates = [h for h in admitting if h.states_as(report)]
        if not candidates and report.published:
            candidates = [h for h in admitting if h.fits(report.published, window, lag)]
        if candidates:
            nearest = min(range(len(candidates)), key=lambda i: (_distance(report, candidates[i]), i))
            candidates[nearest].reports.append(report)
        else:
            happenings.append(Happening(report.published, [report], dated=False))
    return happenings


def _distance(report: Report, happening: Happening) -> int:
    if report.published is None or happening.anchor is None:
        return 0
    return abs((report.published - happening.anchor).days)


@lru_cache(maxsize=1)
def _windows() -> tuple[dict[str, int], int]:
    data = load_json("lexicon/happenings.json")
    return data["window_days"], data["publication_lag_days"]


def merge_key(event_class: str, actor: str, target: str, symmetric: bool) -> str:
    """The class and participants (entity keys) reports of one happening share.

    >>> merge_key("Meeting", "country/USA", "country/CHN", True), merge_key("Sanction", "country/USA", "country/CHN", False)
    ('Meeting country/CHN country/USA', 'Sanction country/USA country/CHN')
    """
    first, second = sorted((actor, target)) if symmetric else (actor, target)
    return f"{event_class} {first} {second}"


def merge_keys_of(extractions: Iterable[Extraction]) -> frozenset[str]:
    """The merge keys of the events of these extractions."""
    return frozenset(merge_key(event.type.value, event.actor, event.target, event.type.symmetric)
                     for extraction in extractions for event in extraction.events)


class Happenings:
    """The event graph (``ckr:graph/events``) of ``store``, kept in step with its reports."""

    def __init__(self, store: ox.Store):
        self.store = store

    def keys_in(self, graphs: Iterable[ox.NamedNode]) -> set[str]:
        """The merge keys of the reports (or events) in these graphs."""
        return {quad.object.value for graph in graphs
                for quad in self.store.quads_for_pattern(None, _MERGE_KEY, None, graph)}

    def all(self) -> set[ox.Quad]:
        """Every statement of the event graph."""
        return set(self.store.quads_for_pattern(None, None, None, _EVENT_GRAPH))

    def refresh(self, keys: Iterable[str], fresh: Iterable[str] | None = None,
                given: Mapping[str, Mapping[str, tuple[Report, Details]]] | None = None, *, new: bool = False) -> None:
        """Work out the happenings of these merge keys again and write those that changed: whose reports are not
        those of the stored event node of its IRI, or hold a report of one of the ``fresh`` articles (IRIs: just
        written, perhaps with the same report IRIs as before); None: every one. ``given``: the reports of the fresh
        articles by merge key, as written; a key all of whose stored reports are among them is worked out from
        those alone, the others from every report the store holds. ``new``: no key had a statement before the fresh
        articles were written, so every key given is known to be all among them (the store is not asked)."""
        fresh = None if fresh is None else set(fresh)
        given = given or {}
        keys = sorted(set(keys))
        removed: list[ox.Quad] = []
        added: list[str] = []
        windows, lag = _windows()
        read = [key for key in keys if key not in given or not (new or self._only_in(key, fresh))]
        for start in range(0, len(read), _KEYS_PER_QUERY):
            chunk = read[start:start + _KEYS_PER_QUERY]
            values = " ".join(str(ox.Literal(key)) for key in chunk)
            reports = self._stored_reports(chunk, values)
            stored: dict[ox.NamedNode, set[str]] = {}
            for row in self.store.query(_STORED % (values, EVENT_GRAPH), prefixes=PREFIXES):
                stored.setdefault(row["event"], set()).add(row["report"].value)
            for key in chunk:
                reports[key].update(given.get(key, {}))
                for node, happening in self._happenings(key, reports[key], windows, lag):
                    members = {report.iri for report in happening.reports}
                    if stored.pop(node, None) == members and (
                            fresh is not None and not any(r.article in fresh for r in happening.reports)):
                        continue
                    removed += self.store.quads_for_pattern(node, None, None, _EVENT_GRAPH)
                    added += self._event(node, key, happening, reports[key])
            for node in stored:  # no happening of these keys has this IRI any more
                removed += self.store.quads_for_pattern(node, None, None, _EVENT_GRAPH)
        for key in set(keys) - set(read):  # nothing stored before: no event node to replace
            for node, happening in self._happenings(key, given[key], windows, lag):
                added += self._event(node, key, happening, given[key])
        for quad in removed:
            self.store.remove(quad)
        if added:
            load_written(self.store, "".join(added))

    def stated(self, keys: Iterable[str]) -> set[str]:
        """The merge keys of these that some stored report (or event) has."""
        return {key for key in keys if next(self.store.quads_for_pattern(None, _MERGE_KEY, ox.Literal(key), None), None)}

    def _only_in(self, key: str, articles: set[str] | None) -> bool:
        """Whether every statement of this merge key is in one of these article graphs."""
        return articles is not None and all(
            quad.graph_name.value in articles for quad in self.store.quads_for_pattern(None, _MERGE_KEY, ox.Literal(key), None))

    def _stored_reports(self, keys: list[str], values: str) -> dict[str, dict[str, tuple[Report, Details]]]:
        """The stored reports of these merge keys (``values``: the keys as SPARQL terms), by key and IRI."""
        rows: dict[str, dict] = {}
        for row in self.store.query(_REPORTS % (values, EVENT_GRAPH), prefixes=PREFIXES):
            iri = row["report"].value
            place = (str(row["place"]),) if row["place"] is not None else ()
            confidence = (row["confidence"].value,) if row["confidence"] is not None else ()
            if iri in rows:  # one row per place it names (and per confidence, should a node hold two)
                rows[iri]["places"] += place
                rows[iri]["confidences"] += confidence
                continue
            rows[iri] = {"key": row["key"].value, "places": place, "confidences": confidence, "report": Report(
                iri, row["article"].value, row["modality"].value.rsplit("#", 1)[-1], _day_of(row["date"]),
                _day_of(row["published"])), "graph": row["graph"].value}
        reports: dict[str, dict[str, tuple[Report, Details]]] = {key: {} for key in keys}
        for iri, found in rows.items():
            confidence = max(found["confidences"], key=float, default=None)
            reports[found["key"]][iri] = (found["report"], Details(found["graph"], confidence, found["places"]))
        return reports

    @staticmethod
    def _happenings(key: str, reports: Mapping[str, tuple[Report, Details]], windows: dict[str, int], lag: int):
        """Each happening of one merge key with the IRI of its event node: a digest of the key and the day it
        begins (of an undated one with no publication date, its first article), numbered when several share it."""
        event_class = key.split(" ", 1)[0]
        seen: dict[tuple, int] = {}
        for happening in group_reports((report for report, _ in reports.values()), windows.get(event_class, 0), lag):
            base = (key, happening.anchor or happening.reports[0].article)
            seen[base] = seen.get(base, -1) + 1
            digest = hashlib.sha1("\x1f".join(map(str, (*base, seen[base]))).encode("utf-8")).hexdigest()[:20]
            yield ox.NamedNode(statement_iri("event", digest)), happening

    def _event(self, node: ox.NamedNode, key: str, happening: Happening,
               reports: Mapping[str, tuple[Report, Details]]) -> list[str]:
        """The statements of one event node, as N-Quads lines: its class, the actor, target, evidence and trigger of
        its first report, and what its reports add up to (the places any of them names included)."""
        lead = reports[happening.reports[0].iri][1]
        if lead.lead is None:
            lead = Details(lead.graph, lead.confidence, lead.places, tuple(
                (str(q.predicate), str(q.object)) for q in self.store.quads_for_pattern(
                    ox.NamedNode(happening.reports[0].iri), None, None, ox.NamedNode(lead.graph)) if q.predicate in _FROM_LEAD))
        triples = [(_TYPE, f"<{ckg[key.split(' ', 1)[0]]}>"), (_TYPE, _EVENT), (_KEY, str(ox.Literal(key))),
                   (_MODALITY, f"<{ckg[happening.modality().value]}>"), *lead.lead]
        dated = [report.date for report in happening.reports if report.date]
        if dated:
            triples.append((_DATE, f'"{min(dated).isoformat()}"^^<{xsd.date}>'))
        confidences = [confidence for report in happening.reports
                       if (confidence := reports[report.iri][1].confidence) is not None]
        if confidences:
            triples.append((_CONFIDENCE, f'"{max(confidences, key=float)}"^^<{xsd.decimal}>'))
        named = {place for report in happening.reports for place in reports[report.iri][1].places}
        triples += [(_OCCURRED_IN, place) for place in sorted(named)]
        articles = {report.article for report in happening.reports}
        triples += [(_REPORTED_IN, f"<{article}>") for article in sorted(articles)]
        triples += [(_HAS_REPORT, f"<{report.iri}>") for report in happening.reports]
        triples.append((_REPORT_COUNT, f'"{len(articles)}"^^<{xsd.integer}>'))
        subject = str(node)
        return [f"{subject} {predicate} {value}{_IN_EVENTS}" for predicate, value in triples]


def _day_of(term: ox.Literal | None) -> date | None:
    try:
        return date.fromisoformat(term.value) if term is not None else None
    except ValueError:
        return None
