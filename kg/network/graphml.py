"""The network as GraphML (yEd, Cytoscape, igraph, networkx), one edge per statement with its attributes.

GraphML ids are XML name tokens, which IRIs are not (``/`` is no name character): nodes are written ``n0``,
``n1``... and edges ``e0``, ``e1``... in the network's order, each with its own name as the attribute ``iri``.

>>> import networkx as nx
>>> network = nx.MultiDiGraph()
>>> network.add_edge("ckr:country/PER", "ckr:country/CHL", key="ckr:event/2", relation="sanctions", date=None)
'ckr:event/2'
>>> document = graphml_bytes(network)
>>> b'<node id="n0">' in document and b'attr.name="iri"' in document and b'>ckr:country/PER<' in document
True
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from networkx.readwrite.graphml import GraphMLWriter

from ..atomic import atomic_output
from .convert import xml_ready

__all__ = ["graphml_bytes", "write_graphml"]


def write_graphml(network: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``network`` as a GraphML file."""
    with atomic_output(path, "the network") as stream:
        stream.write(graphml_bytes(network))


def graphml_bytes(network: nx.MultiDiGraph) -> bytes:
    """The GraphML document, valid against the GraphML 1.0 schema: numbered nodes and edges, each with its name
    as ``iri``, and numbered keys (``iri`` of nodes and ``iri`` of edges are two keys); attributes without a value
    and characters XML cannot hold are left out."""
    ready = xml_ready(network)
    numbered = nx.MultiDiGraph()
    numbered.graph.update(ready.graph)
    ids = {node: f"n{index}" for index, node in enumerate(ready)}
    numbered.add_nodes_from((ids[node], {**data, "iri": str(node)}) for node, data in ready.nodes(data=True))
    numbered.add_edges_from((ids[source], ids[target], f"e{index}", {**data, "iri": str(key)})
                            for index, (source, target, key, data) in enumerate(ready.edges(keys=True, data=True)))
    writer = _SchemaBooleans()
    writer.add_graph_element(numbered)
    return str(writer).encode("utf-8")


class _SchemaBooleans(GraphMLWriter):
    """networkx's writer, with booleans spelled as XML Schema spells them (``true``/``false``, not Python's
    ``True``), which is what yEd, Gephi and igraph read."""

    def add_data(self, name, element_type, value, scope="all", default=None):
        element = super().add_data(name, element_type, value, scope, default)
        if element_type is bool:  # networkx hands the value over as str(value)
            element.text = element.text.lower()
        return element
