"""A graph as rdflib objects, for rdflib and pySHACL users: the union of its named graphs as one ``Graph``,
or its named graphs as a ``Dataset``.

>>> from kg.graph.store import KnowledgeGraph
>>> len(to_rdflib_graph(KnowledgeGraph()))
0
"""

from __future__ import annotations

import pyoxigraph as ox
import rdflib

from .namespace import PREFIXES
from .protocol import Graph

__all__ = ["to_rdflib_dataset", "to_rdflib_graph"]


def to_rdflib_graph(graph: Graph) -> rdflib.Graph:
    """All named graphs merged into one rdflib ``Graph``, with the project's prefixes bound."""
    merged = rdflib.Graph()
    for prefix, namespace in PREFIXES.items():
        merged.bind(prefix, namespace)
    merged.parse(data=ox.serialize(graph.triples(), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return merged


def to_rdflib_dataset(graph: Graph) -> rdflib.Dataset:
    """The named graphs as an rdflib ``Dataset``."""
    dataset = rdflib.Dataset()
    dataset.parse(data=ox.serialize(graph.quads(), format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return dataset
