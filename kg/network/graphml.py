"""The network as GraphML (yEd, Cytoscape, igraph, networkx), one edge per statement with its attributes.

>>> import networkx as nx
>>> network = nx.MultiDiGraph()
>>> network.add_edge("ckr:country/PER", "ckr:country/CHL", key="ckr:event/2", relation="sanctions", date=None)
'ckr:event/2'
>>> b'sanctions' in graphml_bytes(network)
True
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..atomic import atomic_output
from .convert import xml_ready

__all__ = ["graphml_bytes", "write_graphml"]


def write_graphml(network: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``network`` as a GraphML file."""
    with atomic_output(path, "the network") as stream:
        stream.write(graphml_bytes(network))


def graphml_bytes(network: nx.MultiDiGraph) -> bytes:
    """The GraphML document; attributes without a value and characters XML cannot hold are left out."""
    return "\n".join(nx.generate_graphml(xml_ready(network), named_key_ids=True)).encode("utf-8")

