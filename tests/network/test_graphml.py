"""kg.network.graphml: the network read back by networkx is the network written, named by its IRIs, and the file
is valid against the GraphML schema."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import OutputError
from kg.network.convert import to_networkx, xml_ready
from kg.network.graphml import graphml_bytes, write_graphml

from xml_schemas import schema_errors


def read_back(path) -> nx.MultiDiGraph:
    """The file as networkx reads it, with its nodes and edges named by their ``iri`` again."""
    numbered = nx.read_graphml(path, force_multigraph=True)
    names = {node: data.pop("iri") for node, data in numbered.nodes(data=True)}
    named = nx.MultiDiGraph()
    named.add_nodes_from((names[node], data) for node, data in numbered.nodes(data=True))
    named.add_edges_from((names[source], names[target], data.pop("iri"), data)
                         for source, target, data in numbered.edges(data=True))
    return named


def test_round_trip_keeps_nodes_edges_and_attributes(tmp_path, toy_graph):
    network = to_networkx(toy_graph)
    write_graphml(network, tmp_path / "g.graphml")
    back = read_back(tmp_path / "g.graphml")
    expected = xml_ready(network)
    assert dict(back.nodes(data=True)) == dict(expected.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))


def test_types_survive(tmp_path, toy_graph):
    write_graphml(to_networkx(toy_graph), tmp_path / "g.graphml")
    back = read_back(tmp_path / "g.graphml")
    confidences = [d["confidence"] for _, _, d in back.edges(data=True) if "confidence" in d]
    assert confidences and all(isinstance(c, float) for c in confidences)
    assert {d["directed"] for _, _, d in back.edges(data=True)} == {True, False}


def test_booleans_are_spelled_as_xml_schema_spells_them(toy_graph):
    document = graphml_bytes(to_networkx(toy_graph)).decode("utf-8")
    assert 'attr.type="boolean"' in document
    assert ">true</data>" in document and ">false</data>" in document
    assert ">True</data>" not in document and ">False</data>" not in document


def test_the_graphml_is_valid_against_the_graphml_schema(toy_graph):
    assert schema_errors(graphml_bytes(to_networkx(toy_graph)), ".graphml") == []


def test_networkx_alone_writes_iris_as_ids_which_the_schema_refuses(toy_graph):
    """What the schema check catches: GraphML ids are XML name tokens, and an IRI's ``/`` is no name character."""
    plain = "\n".join(nx.generate_graphml(xml_ready(to_networkx(toy_graph)))).encode("utf-8")
    assert any("NMTOKEN" in error for error in schema_errors(plain, ".graphml"))


def test_an_edge_to_an_undeclared_node_is_caught_by_the_schema(toy_graph):
    document = graphml_bytes(to_networkx(toy_graph)).replace(b'target="n1"', b'target="n999"', 1)
    assert any("n999" in error for error in schema_errors(document, ".graphml"))


def test_unwritable_path_is_an_output_error(tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write the network"):
        write_graphml(nx.MultiDiGraph(), tmp_path / "file" / "g.graphml")
