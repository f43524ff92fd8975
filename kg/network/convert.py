"""The graph as a networkx ``MultiDiGraph``: entities as nodes, one edge per event or standing relation.

Nodes are entity IRIs with ``type`` (Country, Person, Organization, Location) and ``label``. Each edge
is one event (one happening, however many articles report it) or one standing relation of one article, keyed
by its IRI, with ``relation`` (the shortcut property's name: ``mediates``, ``deploysTo``, ``officialOf``...),
``statement`` (its class: Mediation, OfficeHolding...), ``directed``, ``date`` (as the text dates the event,
ISO), ``confidence`` (None for memberships), ``modality`` (events: Asserted, Planned...), ``reports`` (events:
how many articles report it), ``evidence``, ``trigger``, ``role`` (offices), and the article (of an event, the
earliest that reports it): ``article`` (IRI), ``title``, ``published``, ``url`` and ``publisher`` (its outlet).
The network's own attributes say where it comes from: ``articles``, how many articles the graph holds (some may
state no event), and ``filters``, what left edges out (the modalities here, then
:func:`kg.network.filter_network`'s criteria).

>>> from kg.graph.store import KnowledgeGraph
>>> to_networkx(KnowledgeGraph()).number_of_nodes()
0
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from ..graph.protocol import Graph
from ..graph.query import select
from ..markup import markup_text
from ..model import STATED, Modality
from ..vocabulary import ENTITY_TYPES, RELATIONS
from .palette import UNDESCRIBED

__all__ = ["to_networkx", "when", "xml_ready"]

_NODES = """
SELECT ?entity ?type ?label WHERE {
  VALUES ?type { %s }
  ?entity a ?type ; rdfs:label ?label .
}""" % " ".join(f"ckg:{kind.name}" for kind in ENTITY_TYPES)
_EDGES = """
SELECT ?statement ?class ?from ?to ?date ?confidence ?modality ?reports ?evidence ?trigger ?role ?article ?title
       ?published ?url ?publisher
WHERE {
  VALUES ?class { %s }
  ?statement a ?class ; ckg:actor|ckg:holder|ckg:member ?from ; ckg:target|ckg:place|ckg:organization ?to ;
             ckg:reportedIn ?article ; ckg:evidence ?evidence .
  %s
  OPTIONAL { ?statement ckg:confidence ?confidence }
  OPTIONAL { ?statement ckg:modality ?modality }
  OPTIONAL { ?statement ckg:reportCount ?reports }
  OPTIONAL { ?statement ckg:trigger ?trigger }
  OPTIONAL { ?statement ckg:role ?role }
  OPTIONAL { ?statement dcterms:date ?date }
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?published }
  OPTIONAL { ?article dcterms:source ?url }
  OPTIONAL { ?article dcterms:publisher ?outlet OPTIONAL { ?outlet rdfs:label|<http://xmlns.com/foaf/0.1/name> ?outletName } }
  BIND(COALESCE(?outletName, ?outlet) AS ?publisher)
}"""
_ARTICLES = "SELECT (COUNT(DISTINCT ?article) AS ?articles) WHERE { ?article a ckg:Article }"
_LEFT_OUT = "FILTER NOT EXISTS { ?statement ckg:modality ?excluded FILTER(?excluded IN (%s)) }"

_BY_CLASS = {relation.statement: relation for relation in RELATIONS}


def to_networkx(graph: Graph, *, modalities: Iterable[Modality] | None = STATED) -> nx.MultiDiGraph:
    """Every described entity as a node and every event, office and membership as an edge; events of another
    ``ckg:modality`` than ``modalities`` (by default those their article denies, supposes or gives as one
    side's claim) are left out, none with None."""
    left_out = [m for m in Modality if modalities is not None and m not in set(modalities)]
    edges = _EDGES % (" ".join(f"ckg:{relation.statement}" for relation in RELATIONS),
                      _LEFT_OUT % ", ".join(f"ckg:{m.value}" for m in left_out) if left_out else "")
    network = nx.MultiDiGraph(articles=int(select(graph, _ARTICLES)[0]["articles"] or 0))
    if left_out:
        network.graph["filters"] = ["events " + ", ".join(m.value.lower() for m in Modality if m not in left_out)]
    for row in select(graph, _NODES):
        network.add_node(row["entity"], type=row["type"].rsplit("#", 1)[-1], label=row["label"])
    earliest: dict[str, dict] = {}  # an event reported by several articles: the row of its earliest article
    for row in select(graph, edges):
        kept = earliest.get(row["statement"])
        if kept is None or _published_first(row) < _published_first(kept):
            earliest[row["statement"]] = row
    for row in earliest.values():
        relation = _BY_CLASS[row["class"].rsplit("#", 1)[-1]]
        for end in (row["from"], row["to"]):
            if end not in network:  # an entity without a description (a graph edited by hand)
                network.add_node(end, type=UNDESCRIBED, label=end.rsplit("/", 1)[-1])
        confidence = row["confidence"]
        network.add_edge(
            row["from"], row["to"], key=row["statement"], relation=relation.name, statement=relation.statement,
            directed=not relation.symmetric, date=row["date"],
            confidence=float(confidence) if confidence is not None else None,
            modality=row["modality"].rsplit("#", 1)[-1] if row["modality"] else None,
            reports=int(row["reports"]) if row["reports"] is not None else None, evidence=row["evidence"],
            trigger=row["trigger"], role=row["role"], article=row["article"], title=row["title"],
            published=row["published"], url=row["url"], publisher=row["publisher"],
        )
    return network


def _published_first(row: dict) -> tuple[str, str]:
    return row["published"] or "9999", row["article"]


def when(edge: dict) -> str | None:
    """The day an edge is about: the date the text gives the event, else the article's date (ISO)."""
    return edge.get("date") or edge.get("published")


def xml_ready(network: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy for an XML file (GEXF, GraphML): without the attributes that have no value (those formats have
    no null), and without the characters XML cannot hold in any node, key, attribute name or text."""
    copy = nx.MultiDiGraph()
    copy.graph.update(_present(network.graph))
    copy.add_nodes_from((_xml_value(node), _present(data)) for node, data in network.nodes(data=True))
    copy.add_edges_from((_xml_value(u), _xml_value(v), _xml_value(key), _present(data))
                        for u, v, key, data in network.edges(keys=True, data=True))
    return copy


def _present(data: dict) -> dict:
    return {_xml_value(name): _xml_value(value) for name, value in data.items() if value is not None}


def _xml_value(value):
    if isinstance(value, (list, tuple)):  # the filters: XML attributes hold no lists
        value = "; ".join(map(str, value))
    return markup_text(value) if isinstance(value, str) else value
