"""kg.network.room: nodes pushed apart until no two boxes overlap, labels only where nothing is."""

from __future__ import annotations

import itertools

import numpy as np

from kg.network.room import Room, separate


def test_a_crowd_of_nodes_is_pushed_apart_inside_the_bounds():
    rng = np.random.default_rng(5)
    centres = 200 + rng.normal(0, 15, size=(120, 2))  # 120 nodes heaped in the middle
    halves = rng.uniform(3, 9, size=120)
    moved = separate(centres, halves, (0, 0, 400, 400))
    for i, j in itertools.combinations(range(120), 2):
        assert (abs(moved[i] - moved[j]) >= halves[i] + halves[j]).any()
    assert ((moved - halves[:, None] >= 0) & (moved + halves[:, None] <= 400)).all()
    assert np.array_equal(moved, separate(centres, halves, (0, 0, 400, 400)))  # the same each time


def test_labels_go_where_nothing_is_or_nowhere():
    room = Room((0, 0, 200, 100))
    room.take((90, 40, 110, 60))  # the node
    boxes = [room.place((100, 50), 10, (30, 10)) for _ in range(40)]
    placed = [box for box in boxes if box is not None]
    assert 8 <= len(placed) < 40  # every spot around the node, further out too, then none
    for a, b in itertools.combinations(placed + [(90, 40, 110, 60)], 2):
        assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
    assert all(0 <= x0 and 0 <= y0 and x1 <= 200 and y1 <= 100 for x0, y0, x1, y1 in placed)
