"""Counts that describe a graph: articles, entities by type, events by type and by modality, reports, date range.

>>> from kg.graph.store import KnowledgeGraph
>>> graph_stats(KnowledgeGraph())["articles"]
0
"""

from __future__ import annotations

from ..model import Modality
from ..vocabulary import ENTITY_TYPES, EVENT_CLASSES
from .protocol import Graph
from .query import select

__all__ = ["graph_stats", "graph_totals"]


def _counts(graph: Graph, classes: tuple[str, ...], pattern: str = "?x a ?c") -> dict[str, int]:
    """How many nodes ``?x`` have each of these ``ckg:`` terms as their class (or as ``?c`` in ``pattern``)."""
    values = " ".join(f"ckg:{name}" for name in classes)
    rows = select(graph, f"SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }} {pattern} }} "
                         "GROUP BY ?c")
    found = {row["c"].rsplit("#", 1)[-1]: int(row["n"]) for row in rows}
    return {name: found.get(name, 0) for name in classes}


def graph_totals(graph: Graph) -> tuple[int, int]:
    """How many entities and events (happenings, reports of one event merged) the graph holds.

    >>> from kg.graph.store import KnowledgeGraph
    >>> graph_totals(KnowledgeGraph())
    (0, 0)
    """
    return (sum(_counts(graph, tuple(kind.name for kind in ENTITY_TYPES)).values()),
            _counts(graph, ("Event",))["Event"])


def graph_stats(graph: Graph) -> dict:
    """Articles, entities and events by type, events by modality, the reports of events and the events that two or
    more articles report, first and last publication date, triples."""
    [dates] = select(graph, "SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE { ?a a ckg:Article ; dcterms:date ?d }")
    return {
        "articles": graph.articles,
        "first_date": dates["first"],
        "last_date": dates["last"],
        "entities": _counts(graph, tuple(kind.name for kind in ENTITY_TYPES)),
        "events": _counts(graph, EVENT_CLASSES),
        "modalities": _counts(graph, tuple(modality.value for modality in Modality), "?x a ckg:Event ; ckg:modality ?c"),
        "reports": _counts(graph, ("Report",))["Report"],
        "reported_twice": int(select(graph, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ckg:Event ; ckg:reportCount ?r "
                                            "FILTER(?r >= 2) }")[0]["n"]),
        "triples": int(select(graph, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")[0]["n"]),
    }
