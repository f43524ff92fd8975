"""Events over time: how many of each kind per week (per day when the events span a month or less, per
month when they span more than two years).

>>> import networkx as nx
>>> network = nx.MultiDiGraph()
>>> _ = network.add_edge("a", "b", relation="attacks", date="2022-02-24")
>>> _ = network.add_edge("a", "b", relation="attacks", date="2022-02-25")
>>> _ = network.add_edge("c", "b", relation="mediates", date=None, published="2022-03-10")
>>> counts = event_counts(network)
>>> counts.bucket, {day.isoformat(): dict(kinds) for day, kinds in counts.rows.items()}
('day', {'2022-02-24': {'attacks': 1}, '2022-02-25': {'attacks': 1}, '2022-03-10': {'mediates': 1}})
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import networkx as nx

from ..vocabulary import STANDING
from .convert import when
from .draw import save_figure
from .palette import RELATION_COLOURS

__all__ = ["BUCKETS", "EventCounts", "draw_timeline", "event_counts", "timeline_figure"]

_DAILY_SPAN = timedelta(days=31)
_WEEKLY_SPAN = timedelta(days=731)
BUCKETS = ("day", "week", "month")
_HEADROOM = 1.08  # the frame reaches this far above the tallest bar


@dataclass
class EventCounts:
    """Events per period (``bucket`` 'day', 'week' or 'month'; a week is keyed by its Monday, a month by its
    first day) and kind."""

    bucket: str
    rows: dict[date, Counter] = field(default_factory=dict)
    undated: int = 0


def event_counts(network: nx.MultiDiGraph, *, bucket: str | None = None) -> EventCounts:
    """Count the network's events (not offices or memberships) by day or week of :func:`kg.network.when`;
    ``bucket`` is chosen from the span of the dates unless given."""
    days, undated = [], 0
    for _, _, data in network.edges(data=True):
        if data.get("relation") in STANDING:
            continue
        day = when(data)
        if day is None:
            undated += 1
        else:
            days.append((date.fromisoformat(day), data.get("relation")))
    if bucket is None:
        span = max(d for d, _ in days) - min(d for d, _ in days) if days else timedelta(0)
        bucket = "day" if span <= _DAILY_SPAN else "week" if span <= _WEEKLY_SPAN else "month"
    if bucket not in BUCKETS:
        raise ValueError(f"bucket is one of {', '.join(BUCKETS)}, not '{bucket}'")
    counts = EventCounts(bucket, undated=undated)
    for day, relation in sorted(days):
        counts.rows.setdefault(_period(day, bucket), Counter())[relation] += 1
    return counts


def _period(day: date, bucket: str) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1) if bucket == "month" else day


def draw_timeline(network: nx.MultiDiGraph, path: str | Path, *, title: str = "conflict-kg events over time",
                  bucket: str | None = None) -> EventCounts:
    """Stacked bars of events per period by kind, written to a PNG, SVG or PDF (see :func:`timeline_figure`);
    returns the counts drawn."""
    figure, counts = timeline_figure(network, title=title, bucket=bucket)
    save_figure(figure, path)
    return counts


def timeline_figure(network: nx.MultiDiGraph, *, title: str = "conflict-kg events over time",
                    bucket: str | None = None):
    """The matplotlib figure of stacked bars of events per period by kind, the tallest inside the frame and the
    legend beside it, and the counts drawn."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    counts = event_counts(network, bucket=bucket)
    figure, axes = plt.subplots(figsize=(12, 5), dpi=110)
    periods = sorted(counts.rows)
    width = {"day": 0.8, "week": 5.6, "month": 24}[counts.bucket]
    bottoms = [0] * len(periods)
    for relation, colour in RELATION_COLOURS.items():
        heights = [counts.rows[p][relation] for p in periods]
        if any(heights):
            axes.bar(periods, heights, width=width, bottom=bottoms, color=colour, label=relation, align="edge")
            bottoms = [b + h for b, h in zip(bottoms, heights)]
    subtitle = f" ({counts.undated} undated events left out)" if counts.undated else ""
    axes.set_title(title + subtitle)
    axes.set_xlabel({"day": "day", "week": "week (starting Monday)", "month": "month"}[counts.bucket])
    axes.set_ylabel("events")
    axes.yaxis.get_major_locator().set_params(integer=True)
    if periods:
        axes.set_ylim(0, max(bottoms) * _HEADROOM)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(axes.xaxis.get_major_locator()))
        axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)  # beside the bars
    else:
        axes.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=axes.transAxes)
    figure.tight_layout()  # makes room for the legend
    return figure, counts
