"""A static figure of the event network for a report (PNG, SVG or PDF, by the file's extension), drawn with
matplotlib: no two nodes and no two labels overlap, a label never covers a node, and a caption says where the
picture comes from (articles, outlets, the days of the events, the filters).

Every connected part is named by its best-connected entity where there is room; a small part (four entities or
fewer) with no room left for a name is left out, and the caption says how many were. Offices and memberships are drawn thin and light, so the events
stand out; node size follows the events an entity takes part in.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product
from pathlib import Path

import networkx as nx
import numpy as np

from ..atomic import atomic_output
from ..markup import markup_text
from ..outputs import FIGURES, output_kind
from ..vocabulary import STANDING
from ..wording import counted
from .palette import RELATION_COLOURS, TYPE_COLOURS, TYPE_SHAPES, UNDESCRIBED
from .placement import place
from .room import Room, separate
from .summary import summarize

__all__ = ["draw_network", "network_figure", "save_figure"]

_MARKERS = {"circle": "o", "diamond": "D", "square": "s", "triangle": "^"}
_SIZE = (15, 10)  # inches
_DPI = 110
_AXES = (0.01, 0.09, 0.80, 0.85)  # left, bottom, width, height of the drawing in the figure; legend on the right
_FILL = 0.07  # the nodes' boxes cover at most this share of the drawing
_NODE_SMALLEST, _NODE_PER_EVENT, _NODE_LARGEST = 30.0, 40.0, 500.0  # marker sizes (points squared)
_MARGIN = 4.0  # pixels between a node and the edge of the drawing
_LABEL_ROOM = (120.0, 20.0)  # pixels of width and height kept free around the layout for the labels at its edges
_EVENT_LINE = {"width": 1.4, "alpha": 0.8}
_STANDING_LINE = {"width": 0.6, "alpha": 0.3}
_LABEL_FONT, _EDGE_FONT = 8, 6.5
_LEGEND_ORDER = {name: number for number, name in enumerate(RELATION_COLOURS)}
_BEND = 0.08  # the curvature of the first edge between two entities; each further one bends more
_SMALL_PART = 4  # a part of at most this many entities is left out when there is no room to name it


def draw_network(network: nx.MultiDiGraph, path: str | Path, *, title: str = "conflict-kg event network",
                 label_top: int = 40, edge_labels: bool = False) -> None:
    """Draw the entities that take part in events to ``path`` (see :func:`network_figure`)."""
    save_figure(network_figure(network, title=title, label_top=label_top, edge_labels=edge_labels), path)


def network_figure(network: nx.MultiDiGraph, *, title: str = "conflict-kg event network", label_top: int = 40,
                   edge_labels: bool = False):
    """The matplotlib figure of ``network``: colour and shape by entity type, size by the events an entity takes
    part in, edges coloured by relation with arrows where the relation has a direction, dashed for events not
    asserted (planned...), offices and memberships thin and light; the best-connected entity of every part and
    the ``label_top`` best-connected overall are named where there is room; with ``edge_labels`` each pair of
    entities is marked with the relations between them where there is room."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    figure = plt.figure(figsize=_SIZE, dpi=_DPI)
    axes = figure.add_axes(_AXES)
    axes.set_title(markup_text(title))
    axes.axis("off")
    active = nx.MultiDiGraph(network.subgraph([n for n in network if network.degree(n) > 0]))
    note = ""
    if active.number_of_nodes():
        note = _draw_graph(active, figure, axes, label_top, edge_labels)
    else:
        axes.text(0.5, 0.5, "no events to draw", ha="center", va="center", transform=axes.transAxes)
    summary = summarize(network)
    caption = " ".join(part for part in (summary.caption(), note) if part) if network.number_of_edges() else ""
    figure.text(_AXES[0], 0.015, caption, fontsize=8.5, color="#333333", wrap=True, va="bottom")
    types = {active.nodes[n].get("type", UNDESCRIBED) for n in active}
    relations = {d.get("relation") for _, _, d in active.edges(data=True)}
    handles = [Line2D([], [], marker=_MARKERS[TYPE_SHAPES[t]], linestyle="", color=c, label=t)
               for t, c in TYPE_COLOURS.items() if t in types]
    handles += [Line2D([], [], color=c, label=r, **_line_style(r)) for r, c in RELATION_COLOURS.items() if r in relations]
    if handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False)
    return figure


def save_figure(figure, path: str | Path) -> None:
    """Save a finished matplotlib figure in the format its extension names, atomically, and let it go; its texts
    lose the characters XML cannot hold (an SVG is XML, and no font draws them)."""
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    suffix = Path(path).suffix.lower()
    try:
        output_kind(path, FIGURES)
        for text in figure.findobj(Text):
            text.set_text(markup_text(text.get_text()))
        with atomic_output(path, "the figure") as stream:
            figure.savefig(stream, format=suffix[1:])
    finally:
        plt.close(figure)


def _line_style(relation: str | None) -> dict:
    style = _STANDING_LINE if relation in STANDING else _EVENT_LINE
    return {"linewidth": style["width"], "alpha": style["alpha"]}


def _draw_graph(active: nx.MultiDiGraph, figure, axes, label_top: int, edge_labels: bool) -> str:
    """Nodes, edges and labels in display pixels (the axes' data units are the pixels of the drawing); returns
    the caption's note on the parts left out."""
    from matplotlib.markers import MarkerStyle

    renderer = figure.canvas.get_renderer()
    frame = axes.get_window_extent(renderer)
    width, height = frame.width, frame.height
    axes.set_xlim(0, width)
    axes.set_ylim(0, height)
    nodes = sorted(active, key=str)
    events = {n: sum(1 for _, _, r in active.edges(n, data="relation") if r not in STANDING)
              + sum(1 for _, _, r in active.in_edges(n, data="relation") if r not in STANDING) for n in nodes}
    kinds = [active.nodes[n].get("type", UNDESCRIBED) for n in nodes]
    # a marker of size s (points squared) reaches this far from its centre, in pixels, per sqrt(s)
    reach = {kind: _marker_reach(MarkerStyle(_MARKERS[TYPE_SHAPES.get(kind, "circle")])) * _DPI / 72
             for kind in set(kinds)}
    sizes = np.array([min(_NODE_LARGEST, _NODE_SMALLEST + _NODE_PER_EVENT * events[n]) for n in nodes])
    halves = np.array([reach[kind] for kind in kinds]) * np.sqrt(sizes)
    cover = float(((2 * halves) ** 2).sum()) / (width * height)
    if cover > _FILL:  # too full: smaller nodes
        sizes *= _FILL / cover
        halves *= np.sqrt(_FILL / cover)
    margin = _MARGIN
    unit = place(active)
    xs, ys = np.array([unit[n][0] for n in nodes]), np.array([unit[n][1] for n in nodes])
    span_x, span_y = max(np.ptp(xs), 1e-9), max(np.ptp(ys), 1e-9)
    scale = min((width - 2 * margin - _LABEL_ROOM[0]) / span_x, (height - 2 * margin - _LABEL_ROOM[1]) / span_y)
    centres = np.column_stack([(xs - xs.min()) * scale, (ys - ys.min()) * scale])
    centres += np.array([(width - span_x * scale) / 2, (height - span_y * scale) / 2])
    centres = separate(centres, halves, (margin, margin, width - margin, height - margin))
    where = {n: (float(x), float(y)) for n, (x, y) in zip(nodes, centres)}
    half = dict(zip(nodes, halves.tolist()))
    size = dict(zip(nodes, sizes.tolist()))

    room = Room((0, 0, width, height))
    for n in nodes:
        x, y = where[n]
        room.take((x - half[n], y - half[n], x + half[n], y + half[n]))
    labels, left_out = _name_parts(active, nodes, events, where, half, room, label_top, axes, renderer)
    shown = [n for n in nodes if n not in left_out]
    drawn = active.subgraph(shown)
    for kind, colour in TYPE_COLOURS.items():
        chosen = [n for n in shown if active.nodes[n].get("type", UNDESCRIBED) == kind]
        nx.draw_networkx_nodes(drawn, where, nodelist=chosen, ax=axes, node_color=colour, alpha=0.9,
                               node_shape=_MARKERS[TYPE_SHAPES[kind]], node_size=[size[n] for n in chosen])
    _draw_edges(drawn, where, size, axes)
    if edge_labels:
        _label_edges(drawn, where, room, axes, renderer)
    for text in labels:
        axes.add_artist(text)
    if not left_out:
        return ""
    parts = sum(1 for part in nx.weakly_connected_components(active) if part <= left_out)
    return (f"{counted(parts, 'small part', 'small parts')} ({counted(len(left_out), 'entity', 'entities')}) "
            "left out: no room to name them.")


def _marker_reach(marker) -> float:
    """How far a marker of size 1 (one point wide) reaches from its centre, in points."""
    extents = marker.get_path().transformed(marker.get_transform()).get_extents()
    return float(max(abs(extents.x0), abs(extents.x1), abs(extents.y0), abs(extents.y1)))


def _name_parts(active, nodes, events, where, half, room, label_top, axes, renderer):
    """Labels for the best-connected entity of each part (trying its next best when there is no room), then
    for the ``label_top`` best-connected entities; returns the label texts and the entities of the small parts
    that found no room for a name."""
    from matplotlib.text import Text

    rank = {n: (-events[n] - active.degree(n), str(active.nodes[n].get("label", n)), str(n)) for n in nodes}
    parts = sorted((sorted(part, key=rank.get) for part in nx.weakly_connected_components(active)),
                   key=lambda part: (-len(part), rank[part[0]]))
    texts, named, left_out = [], set(), set()

    def name(node) -> bool:
        text = Text(0, 0, markup_text(str(active.nodes[node].get("label", node))), fontsize=_LABEL_FONT)
        box = _set_in_room(text, where[node], half[node], room, axes, renderer)
        if box is None:
            return False
        texts.append(text)
        named.add(node)
        x, y = where[node]
        near = (min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3]))  # the box's point nearest the node
        if max(abs(near[0] - x), abs(near[1] - y)) > half[node] + 4:  # a label set further out: a leader line
            axes.plot([x, near[0]], [y, near[1]], color="#888888", linewidth=0.5, zorder=1.5)
        return True

    for part in parts:
        if not any(name(node) for node in part[:5]) and len(part) <= _SMALL_PART:
            left_out.update(part)
    for node in sorted(nodes, key=rank.get)[:label_top]:
        if node not in named and node not in left_out:
            name(node)
    return texts, left_out


def _draw_edges(drawn, where, size, axes) -> None:
    """Each edge as an arc, the edges between one pair bent apart (the second relation of a pair more than the
    first ...), so that no relation hides under another."""
    nodelist = list(drawn)
    sizes = [size[n] for n in nodelist]
    bend = _bends(drawn)
    for relation, colour in RELATION_COLOURS.items():
        style = _line_style(relation)
        for directed, asserted in product((True, False), repeat=2):  # what is not asserted (planned...) dashed
            edges = [(u, v, k) for u, v, k, d in drawn.edges(keys=True, data=True)
                     if d.get("relation") == relation and bool(d.get("directed", True)) == directed
                     and (d.get("modality") in (None, "Asserted")) == asserted]
            for rank in sorted({bend[edge] for edge in edges}):
                nx.draw_networkx_edges(drawn, where, edgelist=[(u, v) for u, v, k in edges if bend[(u, v, k)] == rank],
                                       nodelist=nodelist, node_size=sizes, ax=axes,
                                       edge_color=colour, arrows=True, arrowstyle="-|>" if directed else "-",
                                       arrowsize=10, width=style["linewidth"], alpha=style["alpha"],
                                       style="solid" if asserted else "dashed",
                                       connectionstyle=f"arc3,rad={_BEND * (1 + 2 * rank):.2f}")


def _bends(drawn) -> dict[tuple, int]:
    """The rank of each edge among the edges of its pair of entities, in the order of the legend (0 for the
    first): how far it is bent."""
    pairs: dict[tuple, list[tuple]] = defaultdict(list)
    for u, v, k, relation in drawn.edges(keys=True, data="relation"):
        pairs[tuple(sorted((u, v), key=str))].append((_LEGEND_ORDER.get(relation, len(_LEGEND_ORDER)), str(u), (u, v, k)))
    return {edge: rank for group in pairs.values() for rank, (_, _, edge) in enumerate(sorted(group, key=lambda g: g[:2]))}


def _label_edges(drawn, where, room, axes, renderer) -> None:
    """The relations between each pair of entities, written near the middle of their edges where there is room,
    the pairs with most events first."""
    from matplotlib.text import Text

    pairs: dict[tuple, list[str]] = defaultdict(list)
    for u, v, relation in drawn.edges(data="relation"):
        if u != v and relation not in pairs[tuple(sorted((u, v), key=str))]:
            pairs[tuple(sorted((u, v), key=str))].append(relation)
    for (u, v), relations in sorted(pairs.items(), key=lambda item: (all(r in STANDING for r in item[1]),
                                                                      -len(item[1]), str(item[0]))):
        relations.sort(key=lambda name: (_LEGEND_ORDER.get(name, len(_LEGEND_ORDER)), name))
        text = Text(0, 0, ", ".join(relations), fontsize=_EDGE_FONT, color=RELATION_COLOURS.get(relations[0], "#555555"))
        (x0, y0), (x1, y1) = where[u], where[v]
        if _set_in_room(text, ((x0 + x1) / 2, (y0 + y1) / 2), 0.0, room, axes, renderer) is not None:
            axes.add_artist(text)


def _set_in_room(text, anchor, half: float, room: Room, axes, renderer):
    """Measure ``text``, find it a free box beside ``anchor`` (see :meth:`Room.place`) and set it there, on a
    white ground; returns the box, or None when there is no room (the text is not to be drawn)."""
    text.set(va="bottom", ha="left", figure=axes.figure)
    extent = text.get_window_extent(renderer)
    box = room.place(anchor, half, (extent.width + 2, extent.height + 1))
    if box is not None:
        text.set_position((box[0] + 1, box[1]))
        text.set_bbox({"boxstyle": "square,pad=0", "fc": "white", "ec": "none", "alpha": 0.7})
        text.set_transform(axes.transData)
    return box
