"""kg.network.draw: the static figure in each format, and a clear error for any other; measured on the drawn\nfigure: no node or label overlaps another, every part is named or counted in the caption, which names the sources."""

from __future__ import annotations

import re

import networkx as nx
import pytest
from matplotlib.colors import to_rgb

from kg.errors import OutputError
from kg.network.convert import to_networkx
from kg.network.draw import draw_network, network_figure, save_figure
from kg.network.filters import filter_network
from kg.network.palette import RELATION_COLOURS

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


def test_several_relations_of_one_pair_are_bent_apart(tmp_path):
    from matplotlib.patches import FancyArrowPatch

    network = nx.MultiDiGraph()
    network.add_node("a", type="Country", label="Iran")
    network.add_node("b", type="Country", label="Israel")
    for key, relation in (("e1", "threatens"), ("e2", "accuses"), ("e3", "attacks")):
        network.add_edge("a", "b", key=key, relation=relation, directed=True, modality="Asserted")
    figure = network_figure(network)
    save_figure(figure, tmp_path / "pair.png")
    arrows = [patch for patch in figure.axes[0].patches if isinstance(patch, FancyArrowPatch)]
    bends = {round(patch.get_connectionstyle().rad, 2) for patch in arrows}
    assert len(arrows) == 3 and len(bends) == 3, bends


def test_an_empty_network_is_still_a_figure(tmp_path):
    draw_network(nx.MultiDiGraph(), tmp_path / "empty.png")
    assert (tmp_path / "empty.png").stat().st_size > 1000


def test_other_extensions_are_refused(tmp_path):
    with pytest.raises(OutputError, match=r"\.png, \.svg, \.pdf"):
        draw_network(nx.MultiDiGraph(), tmp_path / "network.gif")
    assert not list(tmp_path.iterdir())


# ---------------------------------------------------------------- geometry of the drawn figure


def rendered(figure):
    """A renderer of the figure's own size (saving let the figure go, and its canvas with it)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    return FigureCanvasAgg(figure).get_renderer()


def drawn_boxes(figure):
    """The boxes, in display pixels, of every node marker and every label text the figure draws (after saving)."""
    from matplotlib.collections import PathCollection
    from matplotlib.text import Text

    renderer = rendered(figure)
    [axes] = figure.axes
    nodes = []
    for collection in axes.collections:
        if not isinstance(collection, PathCollection):
            continue
        extents = collection.get_paths()[0].get_extents()  # the marker of size 1 point
        to_pixels = collection.get_offset_transform()
        for (x, y), size in zip(collection.get_offsets(), collection.get_sizes()):
            cx, cy = to_pixels.transform((x, y))
            scale = size ** 0.5 * figure.dpi / 72
            nodes.append((cx + extents.x0 * scale, cy + extents.y0 * scale,
                          cx + extents.x1 * scale, cy + extents.y1 * scale))
    labels = [text.get_window_extent(renderer) for text in axes.findobj(Text)
              if text.get_text() and text is not axes.title and text.get_transform() is axes.transData]
    return nodes, [(b.x0, b.y0, b.x1, b.y1) for b in labels], axes.get_window_extent(renderer)


def overlapping(boxes_a, boxes_b=None) -> list[tuple[int, int]]:
    pairs = []
    for i, a in enumerate(boxes_a):
        for j, b in enumerate(boxes_b if boxes_b is not None else boxes_a):
            if (boxes_b is not None or i < j) and a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                pairs.append((i, j))
    return pairs


def dense_network(size: int = 260, edges: int = 520) -> nx.MultiDiGraph:
    """A generated network far busier than one picture holds: hubs, long labels, standing relations, pairs."""
    graph = nx.barabasi_albert_graph(size, edges // size, seed=3)
    network = nx.MultiDiGraph()
    kinds = ["Country", "Person", "Organization", "Location"]
    for node in graph:
        network.add_node(f"n{node}", type=kinds[node % 4], label=f"Entity number {node} of the test")
    relations = ["mediates", "meetsWith", "attacks", "officialOf"]
    for number, (u, v) in enumerate(graph.edges()):
        network.add_edge(f"n{u}", f"n{v}", key=f"e{number}", relation=relations[number % 4], directed=True,
                         article=f"a{number % 17}", date="2024-01-0%d" % (1 + number % 9))
    for pair in range(12):  # small parts of two entities
        network.add_edge(f"p{pair}", f"q{pair}", key=f"pair{pair}", relation="sanctions", article="a0")
    return network


def assert_no_overlap(figure):
    nodes, labels, frame = drawn_boxes(figure)
    assert nodes and labels
    assert overlapping(nodes) == []
    assert overlapping(labels) == []
    assert overlapping(labels, nodes) == []
    assert all(frame.x0 <= x0 and x1 <= frame.x1 and frame.y0 <= y0 and y1 <= frame.y1 for x0, y0, x1, y1 in labels)
    return nodes, labels


def test_nodes_and_labels_never_overlap_on_the_example_graph(tmp_path, example_extractions):
    from kg.graph.store import KnowledgeGraph

    graph = KnowledgeGraph()
    for extraction in example_extractions:
        graph.add(extraction)
    network = to_networkx(graph)
    figure = network_figure(network)
    save_figure(figure, tmp_path / "examples.png")
    nodes, labels = assert_no_overlap(figure)
    assert len(nodes) == sum(1 for n in network if network.degree(n))  # every entity with an edge drawn
    assert len(labels) >= 25


@pytest.fixture(scope="module")
def dense_figure(tmp_path_factory):
    """The dense network drawn once, edge labels included, and saved as SVG."""
    figure = network_figure(dense_network(), edge_labels=True)
    save_figure(figure, tmp_path_factory.mktemp("dense") / "dense.svg")
    return figure


def test_nodes_and_labels_never_overlap_on_a_dense_network(dense_figure):
    nodes, labels = assert_no_overlap(dense_figure)
    assert len(nodes) > 200


def test_every_part_drawn_is_named_and_the_caption_counts_those_left_out(dense_figure):
    figure = dense_figure
    [axes] = figure.axes
    names = {text.get_text() for text in axes.texts}
    caption = figure.texts[0].get_text()
    left = re.search(r"(\d+) small parts? \((\d+) entit(?:y|ies)\) left out", caption)
    drawn_pairs = sum(1 for pair in range(12) if {f"p{pair}", f"q{pair}"} & names)
    assert drawn_pairs + (int(left.group(1)) if left else 0) == 12


def test_the_caption_names_sources_days_and_filters(tmp_path, toy_graph):
    network = filter_network(to_networkx(toy_graph), relations=["deploysTo", "meetsWith"])
    figure = network_figure(network)
    save_figure(figure, tmp_path / "toy.png")
    caption = figure.texts[0].get_text()
    assert caption.startswith("Sources: 1 of 2 articles (Example Wire 1). Events 2024-06-03 to 2024-06-04.")
    assert "Filters: events asserted, planned; relations deploysTo, meetsWith." in caption
    renderer = rendered(figure)
    box, frame = figure.texts[0].get_window_extent(renderer), figure.bbox
    assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0  # inside the picture
    assert box.y1 < figure.axes[0].get_window_extent(renderer).y0  # under the drawing


def test_offices_and_memberships_are_thinner_and_lighter_than_events(tmp_path, toy_graph):
    from matplotlib.patches import FancyArrowPatch

    figure = network_figure(to_networkx(toy_graph))
    save_figure(figure, tmp_path / "toy.png")
    arrows = [patch for patch in figure.axes[0].patches if isinstance(patch, FancyArrowPatch)]
    events = [a for a in arrows if a.get_edgecolor()[:3] != to_rgb(RELATION_COLOURS["officialOf"])
              and a.get_edgecolor()[:3] != to_rgb(RELATION_COLOURS["memberOf"])]
    standing = [a for a in arrows if a not in events]
    assert events and standing
    assert max(a.get_linewidth() for a in standing) < min(a.get_linewidth() for a in events)
    assert max(a.get_edgecolor()[3] for a in standing) < min(a.get_edgecolor()[3] for a in events)


def test_edge_labels_name_the_relations_on_request(tmp_path, toy_graph):
    network = to_networkx(toy_graph)
    plain, labelled = network_figure(network), network_figure(network, edge_labels=True)
    for figure, name in ((plain, "plain.png"), (labelled, "labelled.png")):
        save_figure(figure, tmp_path / name)
    words = {text.get_text() for text in labelled.axes[0].texts} - {text.get_text() for text in plain.axes[0].texts}
    assert words == {"deploysTo", "meetsWith, sanctions", "officialOf", "memberOf"}  # one label per pair
    assert_no_overlap(labelled)
