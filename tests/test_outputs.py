"""kg.outputs: one table from a file's extension to what writes it, for kg build, export and viz."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import OutputError
from kg.graph.formats import FORMATS
from kg.graph.query import load_graph
from kg.outputs import FIGURES, GRAPH_FILES, NETWORK_FILES, OUTPUTS, output_kind, write_graph_file, write_network_file

MAGIC = {".gexf": b"<gexf", ".graphml": b"<graphml", ".html": b"<!DOCTYPE html>", ".png": b"\x89PNG",
         ".svg": b"<svg", ".pdf": b"%PDF"}


def test_every_rdf_format_picture_and_table_has_one_kind():
    assert {suffix for suffix, kind in OUTPUTS.items() if kind == "graph"} == set(FORMATS)
    assert {suffix for suffix, kind in OUTPUTS.items() if kind not in ("graph", "table")} == set(MAGIC)
    assert {suffix for suffix, kind in OUTPUTS.items() if kind == "table"} == {".csv", ".tsv"}


@pytest.mark.parametrize("name, allowed, message", [
    ("graph.html", GRAPH_FILES, r"\.ttl, .*\.gexf, \.graphml, \.csv, \.tsv\)"),
    ("graph.ttl", NETWORK_FILES, r"\.gexf, \.graphml, \.html, \.png, \.svg, \.pdf\)"),
    ("net.gexf", FIGURES, r"\(use one of \.png, \.svg, \.pdf\)"),
    ("notes", GRAPH_FILES, r"extension ''"),
])
def test_a_file_of_another_kind_is_refused_naming_the_allowed_extensions(name, allowed, message):
    with pytest.raises(OutputError, match=message):
        output_kind(name, allowed)


def test_case_does_not_matter():
    assert output_kind("ALL.TTL", GRAPH_FILES) == "graph" and output_kind("Net.PNG", FIGURES) == "figure"


@pytest.mark.parametrize("suffix", [".nq", ".gexf", ".graphml", ".csv"])
def test_a_graph_is_written_as_rdf_as_its_network_or_as_its_event_table(tmp_path, toy_graph, suffix):
    path = tmp_path / f"out{suffix}"
    write_graph_file(toy_graph, path)
    if suffix == ".nq":
        assert sorted(map(str, load_graph(path).quads())) == sorted(map(str, toy_graph.quads()))
    elif suffix == ".csv":
        assert path.read_text(encoding="utf-8").startswith("event_id,event_date,event_class,")
    else:
        assert MAGIC[suffix] in path.read_bytes()[:400] and b"Chile" in path.read_bytes()


@pytest.mark.parametrize("suffix", list(MAGIC))
def test_a_network_is_written_in_the_kind_its_extension_names(tmp_path, suffix):
    network = nx.MultiDiGraph()
    network.add_node("a", type="Country", label="Chile")
    network.add_node("b", type="Country", label="Peru")
    network.add_edge("a", "b", key="e1", relation="meetsWith", directed=False)
    path = tmp_path / f"net{suffix}"
    write_network_file(network, path, title="Two countries")
    assert MAGIC[suffix] in path.read_bytes()[:400]
