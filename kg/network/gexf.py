"""The network as GEXF 1.2 for Gephi: every edge starts on its day, so Gephi's timeline plays the conflict.

>>> import networkx as nx
>>> network = nx.MultiDiGraph()
>>> network.add_node("ckr:country/TUR", type="Country", label="Turkey")
>>> network.add_node("ckr:country/UKR", type="Country", label="Ukraine")
>>> network.add_edge("ckr:country/TUR", "ckr:country/UKR", key="ckr:event/1", relation="mediates", date="2022-03-10")
'ckr:event/1'
>>> b'start="2022-03-10"' in gexf_bytes(network)
True
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from ..atomic import atomic_output
from .convert import when, xml_ready

__all__ = ["gexf_bytes", "write_gexf"]


def write_gexf(network: nx.MultiDiGraph, path: str | Path) -> None:
    """Write ``network`` as a GEXF file (dynamic: edges carry ``start``, the day they are about)."""
    with atomic_output(path, "the network") as stream:
        stream.write(gexf_bytes(network))


def gexf_bytes(network: nx.MultiDiGraph) -> bytes:
    """The GEXF document, valid against the GEXF 1.2draft schema: an edge's id is its statement's IRI;
    attributes without a value and characters XML cannot hold are left out (see
    :func:`~kg.network.convert.xml_ready`)."""
    timed = xml_ready(network)
    for _, _, key, data in timed.edges(keys=True, data=True):
        data["id"] = key
        if day := when(data):
            data["start"] = day
    writer = GEXFWriter(version="1.2draft")
    writer.add_graph(timed)
    del writer.graph_element.attrib["name"]  # networkx writes name="", which the GEXF schema does not define
    return str(writer).encode("utf-8")

