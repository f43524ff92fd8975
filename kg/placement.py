"""Where each entity goes in a picture: every connected part laid out on its own, then the parts packed
in rows, biggest first, so small parts do not crowd into the corners of one big spring layout.

>>> import networkx as nx
>>> positions = place(nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")]))
>>> sorted(positions), all(0 <= x <= 1 and 0 <= y <= 1 for x, y in positions.values())
(['a', 'b', 'c', 'x', 'y'], True)
"""

from __future__ import annotations

import math

import networkx as nx

__all__ = ["place"]


def place(network: nx.Graph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions in the unit square (x right, y up), the same for the same network."""
    parts = sorted(nx.connected_components(network.to_undirected(as_view=True)),
                   key=lambda nodes: (-len(nodes), min(map(str, nodes))))
    if not parts:
        return {}
    sizes = [math.sqrt(len(nodes)) for nodes in parts]  # side of each part's square
    row_width = max(max(sizes), math.sqrt(sum(s * s for s in sizes)) * 1.3)
    boxes, x, y, row_height = [], 0.0, 0.0, 0.0
    for side in sizes:
        if x + side > row_width and x > 0:
            x, y, row_height = 0.0, y + row_height, 0.0
        boxes.append((x, y, side))
        x, row_height = x + side, max(row_height, side)
    total_width, total_height = max(bx + s for bx, _, s in boxes), y + row_height
    scale = 1 / max(total_width, total_height)
    positions = {}
    for nodes, (bx, by, side) in zip(parts, boxes):
        local = _part_layout(network.subgraph(nodes), seed)
        for node, (px, py) in local.items():
            positions[node] = (float((bx + side * (0.1 + 0.8 * px)) * scale),
                               float(1 - (by + side * (0.1 + 0.8 * py)) * scale))
    return positions


def _part_layout(part: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """One connected part, fitted into the unit square."""
    if part.number_of_nodes() == 1:
        return {next(iter(part)): (0.5, 0.5)}
    simple = nx.Graph(part.to_undirected(as_view=True))
    raw = nx.kamada_kawai_layout(simple) if simple.number_of_nodes() <= 60 else nx.spring_layout(simple, seed=seed)
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {node: ((x - min(xs)) / span, (y - min(ys)) / span) for node, (x, y) in raw.items()}
