"""The graph as a networkx ``MultiDiGraph``: entities as nodes, one edge per event or standing relation.

Nodes are entity IRIs with ``type`` (Country, Person, Organization, Location) and ``label``. Each edge
is one statement of one article, keyed by its IRI, with ``relation`` (the shortcut property's name:
``mediates``, ``deploysTo``, ``officialOf``...), ``statement`` (its class: Mediation, OfficeHolding...),
``directed``, ``date`` (as the text dates the event, ISO), ``confidence`` (None for offices and
memberships), ``evidence``, ``trigger``, ``role`` (offices), and the article: ``article`` (IRI),
``title``, ``published`` and ``url``.

>>> from kg.store import KnowledgeGraph
>>> to_networkx(KnowledgeGraph()).number_of_nodes()
0
>>> relation_name("deploys"), relation_name("Mediation"), relation_name("membership")
('deploysTo', 'mediates', 'memberOf')
"""

from __future__ import annotations

import networkx as nx

from ..model import EventType
from ..graph.query import select
from ..graph.rdf import SHORTCUTS
from ..graph.store import KnowledgeGraph

__all__ = ["RELATIONS", "relation_name", "to_networkx", "when", "without_none"]

RELATIONS: dict[str, str] = {str(shortcut).rsplit("#", 1)[-1]: kind.value for kind, shortcut in SHORTCUTS.items()}
RELATIONS |= {"officialOf": "OfficeHolding", "memberOf": "Membership"}
"""Relation name (the shortcut property) -> the class of the statements behind it."""
_SYMMETRIC = {str(SHORTCUTS[kind]).rsplit("#", 1)[-1] for kind in EventType if kind.symmetric}
_ALIASES = {alias.lower(): name for name, statement in RELATIONS.items()
            for alias in (name, statement, name.removesuffix("To").removesuffix("From").removesuffix("With"))}

_NODES = """
SELECT ?entity ?type ?label WHERE {
  VALUES ?type { ckg:Country ckg:Person ckg:Organization ckg:Location }
  ?entity a ?type ; rdfs:label ?label .
}"""
_EDGES = """
SELECT ?statement ?class ?from ?to ?date ?confidence ?evidence ?trigger ?role ?article ?title ?published ?url WHERE {
  VALUES ?class { %s }
  ?statement a ?class ; ckg:actor|ckg:holder|ckg:member ?from ; ckg:target|ckg:place|ckg:organization ?to ;
             ckg:reportedIn ?article ; ckg:evidence ?evidence .
  OPTIONAL { ?statement ckg:confidence ?confidence }
  OPTIONAL { ?statement ckg:trigger ?trigger }
  OPTIONAL { ?statement ckg:role ?role }
  OPTIONAL { ?statement dcterms:date ?date }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?published }
  OPTIONAL { ?article dcterms:source ?url }
}""" % " ".join(f"ckg:{statement}" for statement in RELATIONS.values())
_BY_CLASS = {statement: name for name, statement in RELATIONS.items()}


def relation_name(name: str) -> str:
    """The relation a user means: its own name, its class or a short form ('deploys'), any case."""
    try:
        return _ALIASES[name.strip().lower()]
    except KeyError:
        raise ValueError(f"unknown relation '{name}' (one of {', '.join(RELATIONS)})") from None


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """Every described entity as a node and every event, office and membership as an edge."""
    network = nx.MultiDiGraph()
    for row in select(graph, _NODES):
        network.add_node(row["entity"], type=row["type"].rsplit("#", 1)[-1], label=row["label"])
    for row in select(graph, _EDGES):
        statement = row["class"].rsplit("#", 1)[-1]
        relation = _BY_CLASS[statement]
        for end in (row["from"], row["to"]):
            if end not in network:  # an entity without a description (a graph edited by hand)
                network.add_node(end, type="Entity", label=end.rsplit("/", 1)[-1])
        confidence = row["confidence"]
        network.add_edge(
            row["from"], row["to"], key=row["statement"], relation=relation, statement=statement,
            directed=relation not in _SYMMETRIC, date=row["date"],
            confidence=float(confidence) if confidence is not None else None, evidence=row["evidence"],
            trigger=row["trigger"], role=row["role"], article=row["article"], title=row["title"],
            published=row["published"], url=row["url"],
        )
    return network


def when(edge: dict) -> str | None:
    """The day an edge is about: the date the text gives the event, else the article's date (ISO)."""
    return edge.get("date") or edge.get("published")


def without_none(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy without the attributes that have no value (file formats such as GEXF and GraphML have no null)."""
    copy = nx.MultiDiGraph()
    copy.graph.update(network.graph)
    copy.add_nodes_from((node, _present(data)) for node, data in network.nodes(data=True))
    copy.add_edges_from((u, v, key, _present(data)) for u, v, key, data in network.edges(keys=True, data=True))
    return copy


def _present(data: dict) -> dict:
    return {name: value for name, value in data.items() if value is not None}
