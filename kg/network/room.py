"""Room on a static picture, in display pixels: nodes pushed apart until their boxes no longer touch, and labels
put only where they cover no node and no other label (else left out).

>>> import numpy as np
>>> centres = separate(np.array([[50.0, 50.0], [52.0, 50.0]]), np.array([5.0, 5.0]), (0, 0, 100, 100))
>>> bool(abs(centres[0, 0] - centres[1, 0]) >= 10)
True
>>> room = Room((0, 0, 100, 100))
>>> room.take((40, 40, 60, 60))
>>> room.place((50, 50), 10, (30, 8))  # right of the node, where it is free
(62.0, 46.0, 92.0, 54.0)
>>> room.place((50, 50), 10, (120, 8)) is None  # wider than the picture
True
>>> room.place((50, 50), 10, (30, 8))  # the right is taken now: left
(8.0, 46.0, 38.0, 54.0)
"""

from __future__ import annotations

import numpy as np

__all__ = ["Box", "Room", "separate"]

Box = tuple[float, float, float, float]
"""x0, y0, x1, y1 (y up, as matplotlib's display coordinates)."""

_GAP = 1.0  # pixels between two things that must not touch
_SPOTS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1))
"""Where a label may go around its node, in this order: right, left, above, below, then the corners."""
_STEPS = (1.0, 14.0, 30.0, 50.0)
"""How far from its node's edge a label may be, in pixels: beside it, then further out."""


def separate(centres: np.ndarray, halves: np.ndarray, bounds: Box, *, rounds: int = 400) -> np.ndarray:
    """Node centres (n x 2) moved as little as it takes for no two square boxes (centre +- half) to overlap,
    each kept inside ``bounds``; deterministic. Gives up after ``rounds`` passes (a picture too full to hold its
    nodes: the caller makes them smaller)."""
    points = np.array(centres, dtype=float)
    points += np.arange(len(points))[:, None] * np.array([1e-3, 7e-4])  # no two exactly on one spot
    halves = np.asarray(halves, dtype=float)
    low = np.array(bounds[:2]) + halves[:, None]
    high = np.maximum(np.array(bounds[2:]) - halves[:, None], low)
    need = halves[:, None] + halves[None, :] + _GAP
    np.fill_diagonal(need, 0)
    for _ in range(rounds):
        points = np.clip(points, low, high)
        delta = points[:, None, :] - points[None, :, :]
        overlap = need[:, :, None] - np.abs(delta)  # > 0 on both axes: the boxes overlap
        clash = (overlap > 0).all(axis=2)
        if not clash.any():
            return points
        # each of a clashing pair moves away from the other by half the overlap, along the axis needing less
        axis = np.argmin(overlap, axis=2)
        push = np.zeros_like(delta)
        for dim in (0, 1):
            moving = clash & (axis == dim)
            push[:, :, dim] = np.where(moving, np.sign(delta[:, :, dim]) * (overlap[:, :, dim] / 2 + 0.05), 0.0)
        points = points + push.sum(axis=1)
    return np.clip(points, low, high)


class Room:
    """The boxes taken on a picture so far, and free places for new ones inside ``bounds``."""

    def __init__(self, bounds: Box):
        self.bounds = bounds
        self._boxes = np.empty((0, 4))

    def take(self, box: Box) -> None:
        """Mark ``box`` as taken (a node, a label, the legend)."""
        self._boxes = np.vstack([self._boxes, np.array(box, dtype=float)])

    def free(self, box: Box) -> bool:
        """Inside the bounds and touching nothing taken."""
        x0, y0, x1, y1 = box
        bx0, by0, bx1, by1 = self.bounds
        if x0 < bx0 or y0 < by0 or x1 > bx1 or y1 > by1:
            return False
        taken = self._boxes
        return not bool(((taken[:, 0] < x1 + _GAP) & (taken[:, 2] > x0 - _GAP)
                         & (taken[:, 1] < y1 + _GAP) & (taken[:, 3] > y0 - _GAP)).any())

    def place(self, anchor: tuple[float, float], half: float, size: tuple[float, float]) -> Box | None:
        """The first free box of ``size`` (width, height) beside a node of half-width ``half`` at ``anchor``, in
        the order of ``_SPOTS``, then a step further out (a caller draws a leader line to those), taken; None
        when every spot is taken (the label is left out)."""
        x, y = anchor
        width, height = size
        for step in _STEPS:
            reach = half + _GAP + step
            for dx, dy in _SPOTS:
                left = x + reach if dx > 0 else x - reach - width if dx < 0 else x - width / 2
                bottom = y + reach if dy > 0 else y - reach - height if dy < 0 else y - height / 2
                box = (float(left), float(bottom), float(left + width), float(bottom + height))
                if self.free(box):
                    self.take(box)
                    return box
        return None
