"""A static figure of the event network (PNG, SVG or PDF, by the file's extension), drawn with matplotlib."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import networkx as nx

from ..atomic import atomic_output
from ..markup import markup_text
from ..outputs import FIGURES, output_kind
from .palette import RELATION_COLOURS, TYPE_COLOURS, TYPE_SHAPES, UNDESCRIBED
from .placement import place

__all__ = ["draw_network", "save_figure"]

_MARKERS = {"circle": "o", "diamond": "D", "square": "s", "triangle": "^"}


def draw_network(network: nx.MultiDiGraph, path: str | Path, *, title: str = "conflict-kg event network",
                 label_top: int = 40) -> None:
    """Draw the entities that take part in events: colour and shape by entity type, size by degree, edges
    coloured by relation with arrows where the relation has a direction, dashed for events not asserted
    (planned...); the ``label_top`` best-connected entities are labelled."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    figure, axes = plt.subplots(figsize=(15, 10), dpi=110)
    axes.set_title(title)
    axes.axis("off")
    active = network.subgraph([n for n in network if network.degree(n) > 0])
    if active.number_of_nodes():
        _draw_graph(active, axes, label_top)
    else:
        axes.text(0.5, 0.5, "no events to draw", ha="center", va="center", transform=axes.transAxes)
    types = {active.nodes[n].get("type", UNDESCRIBED) for n in active}
    relations = {d.get("relation") for _, _, d in active.edges(data=True)}
    handles = [Line2D([], [], marker=_MARKERS[TYPE_SHAPES[t]], linestyle="", color=c, label=t)
               for t, c in TYPE_COLOURS.items() if t in types]
    handles += [Line2D([], [], color=c, label=r) for r, c in RELATION_COLOURS.items() if r in relations]
    if handles:
        axes.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=9, frameon=False)
    save_figure(figure, path)


def save_figure(figure, path: str | Path) -> None:
    """Save a matplotlib figure in the format its extension names, atomically, and let it go; its texts lose
    the characters XML cannot hold (an SVG is XML, and no font draws them)."""
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    suffix = Path(path).suffix.lower()
    try:
        output_kind(path, FIGURES)
        for text in figure.findobj(Text):
            text.set_text(markup_text(text.get_text()))
        figure.tight_layout()
        with atomic_output(path, "the figure") as stream:
            figure.savefig(stream, format=suffix[1:])
    finally:
        plt.close(figure)


def _draw_graph(active: nx.MultiDiGraph, axes, label_top: int) -> None:
    positions = place(active)
    degrees = dict(active.degree())
    for kind, colour in TYPE_COLOURS.items():
        nodes = [n for n in active if active.nodes[n].get("type", UNDESCRIBED) == kind]
        nx.draw_networkx_nodes(active, positions, nodelist=nodes, ax=axes, node_color=colour, alpha=0.9,
                               node_shape=_MARKERS[TYPE_SHAPES[kind]], node_size=[120 + 60 * degrees[n] for n in nodes])
    for relation, colour in RELATION_COLOURS.items():
        for directed, asserted in product((True, False), repeat=2):  # what is not asserted (planned...) dashed
            edges = [(u, v) for u, v, d in active.edges(data=True)
                     if d.get("relation") == relation and bool(d.get("directed", True)) == directed
                     and (d.get("modality") in (None, "Asserted")) == asserted]
            nx.draw_networkx_edges(active, positions, edgelist=edges, ax=axes, edge_color=colour, arrows=True,
                                   arrowstyle="-|>" if directed else "-", arrowsize=12, width=1.4, alpha=0.75,
                                   style="solid" if asserted else "dashed", connectionstyle="arc3,rad=0.08")
    top = sorted(active, key=lambda n: (-degrees[n], str(active.nodes[n].get("label", n))))[:label_top]
    nx.draw_networkx_labels(active, positions, labels={n: active.nodes[n].get("label", n) for n in top},
                            ax=axes, font_size=8, bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
