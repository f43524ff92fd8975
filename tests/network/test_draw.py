"""kg.network.draw: the static figure in each format, and a clear error for any other."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import OutputError
from kg.network.convert import to_networkx
from kg.network.draw import draw_network

MAGIC = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}


@pytest.mark.parametrize("suffix", list(MAGIC))
def test_each_figure_format(tmp_path, toy_graph, suffix):
    path = tmp_path / f"network{suffix}"
    draw_network(to_networkx(toy_graph), path)
    assert path.read_bytes().startswith(MAGIC[suffix])


def test_labels_and_legend_in_the_svg(tmp_path, toy_graph):
    path = tmp_path / "network.svg"
    draw_network(to_networkx(toy_graph), path, title="Toy conflict")
    text = path.read_text(encoding="utf-8")
    for word in ("Toy conflict", "Chile", "Peru", "deploysTo", "sanctions", "Country", "Location"):
        assert word in text
    assert "threatens" not in text  # the legend lists only what is drawn


def test_an_event_not_asserted_is_dashed(tmp_path):
    network = nx.MultiDiGraph()
    network.add_node("a", type="Country", label="Kenya")
    network.add_node("b", type="Country", label="Haiti")
    network.add_edge("a", "b", key="e1", relation="deploysTo", directed=True, modality="Asserted")
    solid = tmp_path / "solid.svg"
    draw_network(network, solid)
    network.edges["a", "b", "e1"]["modality"] = "Planned"
    dashed = tmp_path / "dashed.svg"
    draw_network(network, dashed)
    assert "stroke-dasharray" not in solid.read_text(encoding="utf-8")
    assert "stroke-dasharray" in dashed.read_text(encoding="utf-8")


def test_an_empty_network_is_still_a_figure(tmp_path):
    draw_network(nx.MultiDiGraph(), tmp_path / "empty.png")
    assert (tmp_path / "empty.png").stat().st_size > 1000


def test_other_extensions_are_refused(tmp_path):
    with pytest.raises(OutputError, match=r"\.png, \.svg, \.pdf"):
        draw_network(nx.MultiDiGraph(), tmp_path / "network.gif")
    assert not list(tmp_path.iterdir())
