"""The graph as a networkx ``MultiDiGraph``: entities as nodes, one edge per event.

>>> from kg.store import KnowledgeGraph
>>> to_networkx(KnowledgeGraph()).number_of_nodes()
0
"""

from __future__ import annotations

import networkx as nx

from .query import select
from .store import KnowledgeGraph

__all__ = ["to_networkx"]

_NODES = """
SELECT ?entity ?type ?label WHERE {
  VALUES ?type { ckg:Country ckg:Person ckg:Organization ckg:Location }
  ?entity a ?type ; rdfs:label ?label .
}"""
_EDGES = """
SELECT ?event ?class ?actor ?other ?date ?confidence ?evidence ?article ?title WHERE {
  ?event a ?class ; ckg:actor ?actor ; ckg:target|ckg:place ?other ; ckg:reportedIn ?article ;
         ckg:evidence ?evidence ; ckg:confidence ?confidence .
  VALUES ?class { %s }
  OPTIONAL { ?event dcterms:date ?date }
  OPTIONAL { ?article dcterms:title ?title }
}"""
_CLASSES = ["Mediation", "AssistanceRequest", "Deployment", "AidProvision", "Meeting", "Agreement", "Attack",
            "Accusation", "Sanction", "Threat"]


def to_networkx(graph: KnowledgeGraph) -> nx.MultiDiGraph:
    """Entity nodes (``type``, ``label``) and event edges (``relation``, ``date``, ``confidence``, ``evidence``, ``article``)."""
    network = nx.MultiDiGraph()
    for row in select(graph, _NODES):
        network.add_node(row["entity"], type=row["type"].rsplit("#", 1)[-1], label=row["label"])
    for row in select(graph, _EDGES % " ".join(f"ckg:{name}" for name in _CLASSES)):
        network.add_edge(
            row["actor"], row["other"], key=row["event"], relation=row["class"].rsplit("#", 1)[-1],
            date=row["date"], confidence=float(row["confidence"]), evidence=row["evidence"],
            article=row["article"], title=row["title"],
        )
    return network
