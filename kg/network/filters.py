"""Cutting a network down to what one picture should show: shared by the HTML page, the figures and the exports.

A filtered network holds the edges that pass every criterion given, the entities they join, and the focus
entity; with no criterion it is a copy of the whole network.

>>> import networkx as nx
>>> network = nx.MultiDiGraph()
>>> network.add_node("ckr:country/RUS", type="Country", label="Russia")
>>> network.add_node("ckr:country/UKR", type="Country", label="Ukraine")
>>> network.add_node("ckr:country/TUR", type="Country", label="Turkey")
>>> _ = network.add_edge("ckr:country/RUS", "ckr:country/UKR", relation="attacks", date="2022-02-24", confidence=0.85)
>>> _ = network.add_edge("ckr:country/TUR", "ckr:country/UKR", relation="mediates", date="2022-03-10", confidence=0.85)
>>> sorted(filter_network(network, relations=["mediation"]).nodes)
['ckr:country/TUR', 'ckr:country/UKR']
>>> filter_network(network, since="2022-03-01", focus="russia").number_of_edges()
0
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import networkx as nx

from ..graph.lookup import LABEL, Name, find_entity
from ..vocabulary import entity_kind_named, relation_named
from .convert import when

__all__ = ["filter_network", "network_names"]


def network_names(network: nx.MultiDiGraph) -> list[Name]:
    """The names of a network's nodes for :func:`~kg.graph.lookup.find_entity`: their labels."""
    return [Name(node, str(data.get("label", node)), LABEL) for node, data in network.nodes(data=True)]


def filter_network(network: nx.MultiDiGraph, *, focus: str | None = None, hops: int = 1,
                   relations: Iterable[str] | None = None, entity_types: Iterable[str] | None = None,
                   since: date | str | None = None, until: date | str | None = None,
                   min_confidence: float | None = None) -> nx.MultiDiGraph:
    """The part of ``network`` that passes every criterion given.

    ``focus`` and ``hops``: entities at most that many edges away from the focus (either direction), named by
    its IRI, key or label (:func:`~kg.graph.lookup.find_entity`; ``kg viz --focus`` looks the name up in the
    graph, where the articles' other names and ISO codes are known too);
    ``relations``: relation names ('mediates', 'deploys', 'Sanction'...); ``entity_types``: both ends of
    an edge of these types; ``since``/``until``: the edge's day (the event's, else its article's) in that
    window, undated edges left out; ``min_confidence``: events and offices at least that sure (an office
    whose state the text does not name is less sure; memberships carry no confidence and pass).
    """
    chosen_relations = {relation_named(name).name for name in relations} if relations else None
    chosen_types = {entity_kind_named(name).name for name in entity_types} if entity_types else None
    start, end = _iso(since), _iso(until)
    centre = find_entity(focus, network_names(network)) if focus else None
    if not any((centre, chosen_relations, chosen_types, start, end, min_confidence is not None)):
        return network.copy()

    def keep(u: str, v: str, edge: dict) -> bool:
        if chosen_relations and edge.get("relation") not in chosen_relations:
            return False
        if chosen_types and not {network.nodes[u].get("type"), network.nodes[v].get("type")} <= chosen_types:
            return False
        if start or end:
            day = when(edge)
            if day is None or (start and day < start) or (end and day > end):
                return False
        confidence = edge.get("confidence")
        return min_confidence is None or confidence is None or confidence >= min_confidence

    result = nx.MultiDiGraph(network.edge_subgraph(
        [(u, v, k) for u, v, k, edge in network.edges(keys=True, data=True) if keep(u, v, edge)]))
    result.graph.update(network.graph)
    if centre is None:
        return result
    result.add_node(centre, **network.nodes[centre])
    near = nx.single_source_shortest_path_length(result.to_undirected(as_view=True), centre, cutoff=hops)
    return nx.MultiDiGraph(result.subgraph(near))


def _iso(day: date | str | None) -> str | None:
    if day is None or isinstance(day, str) and not day.strip():
        return None
    text = day.isoformat() if isinstance(day, date) else day.strip()
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"not a date: '{day}' (use YYYY-MM-DD)") from None
