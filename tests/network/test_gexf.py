"""kg.network.gexf: the network read back by networkx is the network written, with each edge's day as its start."""

from __future__ import annotations

import networkx as nx

from kg.network.convert import to_networkx, when, xml_ready
from kg.network.gexf import gexf_bytes, write_gexf
from kg.outputs import write_graph_file

from xml_schemas import schema_errors


def read_back(path) -> nx.Graph:
    """networkx's reader (a simple DiGraph when no two edges share their ends; the key is the ``id``)."""
    return nx.read_gexf(path, node_type=str)


def edges_by_id(network: nx.Graph) -> dict[str, tuple]:
    return {data["id"]: (u, v, {k: x for k, x in data.items() if k != "id"}) for u, v, data in network.edges(data=True)}


def test_round_trip_keeps_nodes_edges_and_attributes(tmp_path, toy_graph):
    network = to_networkx(toy_graph)
    write_gexf(network, tmp_path / "g.gexf")
    back = read_back(tmp_path / "g.gexf")
    expected = xml_ready(network)
    assert dict(back.nodes(data=True)) == {n: {**d} for n, d in expected.nodes(data=True)}
    read = edges_by_id(back)
    assert set(read) == {key for _, _, key in expected.edges(keys=True)}
    for u, v, key, data in expected.edges(keys=True, data=True):
        day = when(data)
        assert read[key] == (u, v, {**data, **({"start": day} if day else {})})


def test_parallel_edges_come_back_as_a_multigraph(tmp_path):
    network = nx.MultiDiGraph()
    network.add_edge("a", "b", key="e1", relation="mediates", date="2022-03-10")
    network.add_edge("a", "b", key="e2", relation="mediates", date="2022-03-29")
    write_gexf(network, tmp_path / "g.gexf")
    back = read_back(tmp_path / "g.gexf")
    assert back.is_multigraph()
    assert {d["start"] for _, _, d in back.edges(data=True)} == {"2022-03-10", "2022-03-29"}


def test_dynamic_mode_with_dates(tmp_path, toy_graph):
    write_gexf(to_networkx(toy_graph), tmp_path / "g.gexf")
    text = (tmp_path / "g.gexf").read_text(encoding="utf-8")
    assert 'mode="dynamic"' in text and 'timeformat="date"' in text
    assert 'start="2024-06-03"' in text  # the deployment's own date
    assert 'start="2024-06-04"' in text  # the meeting: its article's date


def test_kg_export_writes_gexf_and_graphml(tmp_path, toy_graph):
    write_graph_file(toy_graph, tmp_path / "g.gexf")
    write_graph_file(toy_graph, tmp_path / "g.graphml")
    assert read_back(tmp_path / "g.gexf").number_of_edges() == 5
    assert nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True).number_of_edges() == 5


def test_empty_network(tmp_path):
    write_gexf(nx.MultiDiGraph(), tmp_path / "empty.gexf")
    assert read_back(tmp_path / "empty.gexf").number_of_nodes() == 0


def test_the_gexf_is_valid_against_the_gexf_schema(toy_graph):
    assert schema_errors(gexf_bytes(to_networkx(toy_graph)), ".gexf") == []


def test_networkx_alone_writes_a_graph_name_the_schema_does_not_define(toy_graph):
    """What the schema check catches: networkx's own writer puts name="" on <graph>."""
    plain = "\n".join(nx.generate_gexf(xml_ready(to_networkx(toy_graph)), version="1.2draft")).encode("utf-8")
    assert any("'name'" in error for error in schema_errors(plain, ".gexf"))
