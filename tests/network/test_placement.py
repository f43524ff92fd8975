"""kg.network.placement: every entity placed, in the unit square, the same each time, connected parts apart."""

from __future__ import annotations

import itertools

import networkx as nx

from kg.network.placement import place


def parts_network() -> nx.MultiDiGraph:
    network = nx.MultiDiGraph()
    nx.add_path(network, [f"a{i}" for i in range(30)])
    nx.add_star(network, [f"b{i}" for i in range(8)])
    network.add_edge("c0", "c1")
    network.add_edge("c0", "c1")  # parallel edges
    network.add_node("lonely")
    return network


def test_every_node_in_the_unit_square():
    positions = place(parts_network())
    assert set(positions) == set(parts_network())
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in positions.values())


def test_same_network_same_picture():
    assert place(parts_network()) == place(parts_network())


def test_connected_parts_do_not_overlap():
    network = parts_network()
    positions = place(network)
    boxes = []
    for part in nx.weakly_connected_components(network):
        xs, ys = zip(*(positions[n] for n in part))
        boxes.append((min(xs), max(xs), min(ys), max(ys)))
    for (ax0, ax1, ay0, ay1), (bx0, bx1, by0, by1) in itertools.combinations(boxes, 2):
        assert ax1 < bx0 or bx1 < ax0 or ay1 < by0 or by1 < ay0


def test_nodes_of_a_part_are_spread_out():
    positions = place(parts_network())
    star = [positions[f"b{i}"] for i in range(8)]
    assert min(abs(x1 - x2) + abs(y1 - y2) for (x1, y1), (x2, y2) in itertools.combinations(star, 2)) > 1e-3


def test_empty_network():
    assert place(nx.MultiDiGraph()) == {}
