"""kg.network.graphml: the network read back by networkx is the network written."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import OutputError
from kg.network.convert import to_networkx, xml_ready
from kg.network.graphml import write_graphml


def test_round_trip_keeps_nodes_edges_and_attributes(tmp_path, toy_graph):
    network = to_networkx(toy_graph)
    write_graphml(network, tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    expected = xml_ready(network)
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


def test_types_survive(tmp_path, toy_graph):
    write_graphml(to_networkx(toy_graph), tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    confidences = [d["confidence"] for _, _, d in back.edges(data=True) if "confidence" in d]
    assert confidences and all(isinstance(c, float) for c in confidences)
    assert {d["directed"] for _, _, d in back.edges(data=True)} == {True, False}


def test_unwritable_path_is_an_output_error(tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write the network"):
        write_graphml(nx.MultiDiGraph(), tmp_path / "file" / "g.graphml")
