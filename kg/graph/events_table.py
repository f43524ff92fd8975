"""The events as a flat table, one row per event, for a spreadsheet or pandas: the columns ACLED and GDELT
users look for (a date, the two actors with their type and ISO code, the event class with its PLOVER type and
CAMEO code), with the modality, the confidence, the reporting articles and the evidence sentence.

Columns (``COLUMNS``): ``event_id`` (the event's IRI), ``event_date`` (the day the text gives the event, else
its first article's), ``event_class`` (Mediation, Deployment...), ``plover_type``, ``cameo_code``, ``modality``
(Asserted, Planned...), ``actor1``, ``actor1_type``, ``actor1_iso3``, ``actor2`` (the target, or for a
deployment the place), ``actor2_type``, ``actor2_iso3``, ``location`` (where it happened, when the text says:
``ckg:occurredIn``), ``latitude`` and ``longitude`` (that place's, when GeoNames knows them), ``confidence``,
``num_reports`` (articles that report it: an event is one happening, merged from the reports of every article),
``articles`` (their ids, sorted, ``;``-separated), ``source_url`` (the first article's address),
``trigger`` (the word of the sentence the event was read from) and ``evidence`` (the sentence).

>>> from kg.graph.store import KnowledgeGraph
>>> event_table(KnowledgeGraph())
[]
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..atomic import atomic_output
from ..model import STATED, Modality
from ..resources import ontology_dir
from ..vocabulary import ENTITY_TYPES, EVENT_CLASSES
from .namespace import ONTOLOGY
from .protocol import Graph
from .query import select

if TYPE_CHECKING:
    import pandas

__all__ = ["COLUMNS", "event_table", "events_frame", "write_event_table"]

COLUMNS = ("event_id", "event_date", "event_class", "plover_type", "cameo_code", "modality", "actor1", "actor1_type",
           "actor1_iso3", "actor2", "actor2_type", "actor2_iso3", "location", "latitude", "longitude", "confidence", "num_reports", "articles",
           "source_url", "trigger", "evidence")
_DELIMITERS = {".csv": ",", ".tsv": "\t"}

_EVENTS = """
SELECT ?event ?class ?actor ?other ?date ?modality ?confidence ?evidence
       (COUNT(DISTINCT ?article) AS ?reports) (GROUP_CONCAT(DISTINCT ?id; separator=";") AS ?articles)
       (MIN(?published) AS ?first) (SAMPLE(?url) AS ?source) (MIN(?placed) AS ?place) (SAMPLE(?word) AS ?trigger)
WHERE {
  VALUES ?class { %s }
  ?event a ?class ; ckg:actor ?actor ; ckg:target|ckg:place ?other ; ckg:reportedIn ?article ; ckg:evidence ?evidence .
  %s
  ?article dcterms:identifier ?id .
  OPTIONAL { ?event dcterms:date ?date }
  OPTIONAL { ?event ckg:occurredIn ?placed }
  OPTIONAL { ?event ckg:trigger ?word }
  OPTIONAL { ?event ckg:modality ?modality }
  OPTIONAL { ?event ckg:confidence ?confidence }
  OPTIONAL { ?article dcterms:date ?published }
  OPTIONAL { ?article dcterms:source ?url }
}
GROUP BY ?event ?class ?actor ?other ?date ?modality ?confidence ?evidence
HAVING (COUNT(DISTINCT ?article) >= %d)
ORDER BY ?event ?actor ?other"""
_LEFT_OUT = "FILTER NOT EXISTS { ?event ckg:modality ?excluded FILTER(?excluded IN (%s)) }"
_ENTITIES = """
SELECT ?entity ?type ?label ?iso ?lat ?long WHERE {
  VALUES ?type { %s }
  ?entity a ?type ; rdfs:label ?label .
  OPTIONAL { ?entity ckg:isoAlpha3 ?iso }
  OPTIONAL { ?entity geo:lat ?lat ; geo:long ?long }
}""" % " ".join(f"ckg:{kind.name}" for kind in ENTITY_TYPES)


@lru_cache(maxsize=1)
def _class_codes() -> dict[str, tuple[str | None, str | None]]:
    """Event class -> (PLOVER type, CAMEO code), as the ontology gives them."""
    store = ox.Store()
    store.load(path=str(ontology_dir() / "conflict-kg.ttl"), format=ox.RdfFormat.TURTLE)
    codes: dict[str, list[str | None]] = {name: [None, None] for name in EVENT_CLASSES}
    for name in EVENT_CLASSES:
        for position, term in enumerate(("ploverType", "cameoCode")):
            for quad in store.quads_for_pattern(ox.NamedNode(ONTOLOGY + name), ox.NamedNode(ONTOLOGY + term), None):
                codes[name][position] = quad.object.value
    return {name: (plover, cameo) for name, (plover, cameo) in codes.items()}


def event_table(graph: Graph, *, modalities: Iterable[Modality] | None = STATED,
                min_reports: int = 1) -> list[dict[str, str | None]]:
    """One row (a dict of ``COLUMNS``) per event of these ``modalities`` (by default asserted and planned; None:
    every one) that at least ``min_reports`` articles report, in the order of their IRIs."""
    left_out = [m for m in Modality if modalities is not None and m not in set(modalities)]
    query = _EVENTS % (" ".join(f"ckg:{name}" for name in EVENT_CLASSES),
                       _LEFT_OUT % ", ".join(f"ckg:{m.value}" for m in left_out) if left_out else "", min_reports)
    entities = {row["entity"]: row for row in select(graph, _ENTITIES)}
    codes = _class_codes()
    rows = []
    for found in select(graph, query):
        event_class = found["class"].rsplit("#", 1)[-1]
        actor, other, place = (entities.get(found[name] or "", {}) for name in ("actor", "other", "place"))
        plover, cameo = codes.get(event_class, (None, None))
        rows.append({
            "event_id": found["event"], "event_date": found["date"] or found["first"], "event_class": event_class,
            "plover_type": plover, "cameo_code": cameo,
            "modality": found["modality"].rsplit("#", 1)[-1] if found["modality"] else Modality.ASSERTED.value,
            "actor1": actor.get("label") or found["actor"], "actor1_type": _kind(actor),
            "actor1_iso3": actor.get("iso"), "actor2": other.get("label") or found["other"],
            "actor2_type": _kind(other), "actor2_iso3": other.get("iso"),
            "location": place.get("label") or found["place"], "latitude": place.get("lat"), "longitude": place.get("long"),
            "confidence": found["confidence"], "num_reports": found["reports"],
            "articles": ";".join(sorted(found["articles"].split(";"))), "source_url": found["source"],
            "trigger": found["trigger"], "evidence": found["evidence"],
        })
    return rows


def _kind(entity: dict) -> str | None:
    return entity["type"].rsplit("#", 1)[-1] if entity.get("type") else None


def write_event_table(graph: Graph, path: str | Path, *, modalities: Iterable[Modality] | None = STATED,
                      min_reports: int = 1) -> int:
    """Write the event table as CSV or TSV (by the extension; ``-``: CSV on standard output), whole or not at
    all; returns the number of events written."""
    rows = event_table(graph, modalities=modalities, min_reports=min_reports)
    text = io.StringIO(newline="")
    writer = csv.DictWriter(text, COLUMNS, delimiter=_DELIMITERS.get(Path(str(path)).suffix.lower(), ","),
                            lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    if str(path) == "-":
        print(text.getvalue(), end="")
    else:
        with atomic_output(path, "the event table") as stream:
            stream.write(text.getvalue().encode("utf-8"))
    return len(rows)


def events_frame(graph: Graph, *, modalities: Iterable[Modality] | None = STATED,
                 min_reports: int = 1) -> "pandas.DataFrame":
    """The event table as a pandas DataFrame (``pip install 'conflict-kg[pandas]'``): dates as datetimes,
    confidence and report counts as numbers.

    >>> from kg.graph.store import KnowledgeGraph
    >>> list(events_frame(KnowledgeGraph()).columns)[:4]
    ['event_id', 'event_date', 'event_class', 'plover_type']
    """
    import pandas

    frame = pandas.DataFrame(event_table(graph, modalities=modalities, min_reports=min_reports), columns=list(COLUMNS))
    frame["event_date"] = pandas.to_datetime(frame["event_date"], errors="coerce")
    for column in ("latitude", "longitude", "confidence", "num_reports"):
        frame[column] = pandas.to_numeric(frame[column])
    return frame
