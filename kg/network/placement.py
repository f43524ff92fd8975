"""Where each entity goes in a picture: every connected part laid out on its own (force-directed, fixed seed),
turned to lie flat and packed with the others in rows, biggest first, entities without an edge last. The
same network always gets the same picture.

>>> import networkx as nx
>>> positions = place(nx.MultiDiGraph([("a", "b"), ("b", "c"), ("x", "y")]))
>>> sorted(positions), all(0 <= x <= 1 and 0 <= y <= 1 for x, y in positions.values())
(['a', 'b', 'c', 'x', 'y'], True)
"""

from __future__ import annotations

import math
import statistics

import networkx as nx
import numpy as np

__all__ = ["layout", "place"]

_SEED = 7
_SPACING = 80.0  # the median edge of a part is this long (CSS pixels of the HTML page at zoom 1)
_NEIGHBOUR = 42.0  # ... and the median distance to the nearest node at least this
_MARGIN_X, _MARGIN_Y = 110.0, 60.0  # room around a part (labels run to the right of their node)
_ASPECT = 1.35  # the packed parts aim at a landscape window


def place(network: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions of the network's nodes in the unit square (x right, y up), for matplotlib."""
    nodes = sorted(network, key=str)
    index = {node: number for number, node in enumerate(nodes)}
    points = layout(len(nodes), [(index[u], index[v]) for u, v in network.edges()])
    if not points:
        return {}
    xs, ys = [x for x, _ in points], [y for _, y in points]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {node: ((x - min(xs)) / span, 1 - (y - min(ys)) / span) for node, (x, y) in zip(nodes, points)}


def layout(size: int, links: list[tuple[int, int]]) -> list[tuple[float, float]]:
    """Positions of nodes ``0..size-1``: each connected component laid out on its own (force-directed, fixed
    seed), turned to lie flat, scaled to a common edge length, and the components packed in rows, the biggest
    first; nodes without an edge come last."""
    graph = nx.Graph()
    graph.add_nodes_from(range(size))
    graph.add_edges_from((source, target) for source, target in links if source != target)
    components = sorted((sorted(component) for component in nx.connected_components(graph)),
                        key=lambda component: (-len(component), component[0]))
    placed = []
    for members in components:
        local = {node: position for position, node in enumerate(members)}
        component_links = sorted({(min(local[u], local[v]), max(local[u], local[v]))
                                  for u in members for v in graph[u]})
        placed.append((members, _component_layout(len(members), component_links)))

    positions: list[tuple[float, float]] = [(0.0, 0.0)] * size
    linked = [entry for entry in placed if len(entry[0]) > 1]
    bottom = _pack(linked, positions, 0.0, None)
    # the entities without an edge (hidden at first by the page) in a block of their own below
    _pack([entry for entry in placed if len(entry[0]) == 1], positions, bottom, bottom and _width(linked))
    return positions


def _boxes(placed: list[tuple[list[int], np.ndarray]]) -> list[tuple[float, float]]:
    return [(float(np.ptp(points[:, 0])) + _MARGIN_X, float(np.ptp(points[:, 1])) + _MARGIN_Y) for _, points in placed]


def _width(placed: list[tuple[list[int], np.ndarray]]) -> float:
    """The width of the rows: a landscape box of the components' total area, or the widest component."""
    boxes = _boxes(placed)
    return max([math.sqrt(sum(w * h for w, h in boxes) * _ASPECT)] + [w for w, _ in boxes])


def _pack(placed: list[tuple[list[int], np.ndarray]], positions: list, top: float, width: float | None) -> float:
    """Shelf packing: the components in rows, each row centred, from ``top`` down; returns the bottom."""
    if not placed:
        return top
    boxes = _boxes(placed)
    width = width or _width(placed)
    rows: list[list[int]] = [[]]
    row_width = 0.0
    for number, (w, _) in enumerate(boxes):
        if rows[-1] and row_width + w > width:
            rows.append([])
            row_width = 0.0
        rows[-1].append(number)
        row_width += w
    for row in rows:
        height = max(boxes[number][1] for number in row)
        left = (width - sum(boxes[number][0] for number in row)) / 2
        for number in row:
            members, points = placed[number]
            w, h = boxes[number]
            offset = np.array([left + w / 2, top + height / 2]) - (points.min(axis=0) + points.max(axis=0)) / 2
            for node, (x, y) in zip(members, points + offset):
                positions[node] = (float(x), float(y))
            left += w
        top += height
    return top


def _component_layout(size: int, links: list[tuple[int, int]]) -> np.ndarray:
    """Positions of one connected component (``size`` x 2), its long axis horizontal, to the page's scale."""
    if size == 1:
        return np.zeros((1, 2))
    if size == 2:
        return np.array([[-_SPACING / 2, 0.0], [_SPACING / 2, 0.0]])
    graph = nx.Graph()
    graph.add_nodes_from(range(size))
    graph.add_edges_from(links)
    spread = nx.spring_layout(graph, seed=_SEED, iterations=300 if size < 500 else 100)
    points = np.array([spread[node] for node in range(size)], dtype=float)
    points -= points.mean(axis=0)
    _, vectors = np.linalg.eigh(points.T @ points)
    points = points @ vectors[:, ::-1]  # the direction of most spread becomes x
    ends = np.array(links)
    edge_length = statistics.median(np.hypot(*(points[ends[:, 0]] - points[ends[:, 1]]).T).tolist()) or 1.0
    factor = _SPACING / edge_length
    nearest = statistics.median(_nearest(points).tolist()) or 1.0
    return points * max(factor, _NEIGHBOUR / nearest)


def _nearest(points: np.ndarray) -> np.ndarray:
    """The distance from each point to its nearest other point (in blocks, to bound the memory)."""
    result = np.empty(len(points))
    for start in range(0, len(points), 256):
        block = points[start:start + 256]
        distance = np.hypot(*(block[:, None, :] - points[None, :, :]).transpose(2, 0, 1))
        distance[np.arange(len(block)), np.arange(start, start + len(block))] = np.inf
        result[start:start + 256] = distance.min(axis=1)
    return result
