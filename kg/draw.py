"""A static picture of the event network (PNG, SVG or PDF), drawn with matplotlib."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

__all__ = ["draw_network", "TYPE_COLOURS", "RELATION_COLOURS"]

TYPE_COLOURS = {"Country": "#4c72b0", "Person": "#dd8452", "Organization": "#55a868", "Location": "#8c8c8c"}
RELATION_COLOURS = {
    "Mediation": "#1f77b4", "AssistanceRequest": "#17becf", "Deployment": "#d62728", "AidProvision": "#2ca02c",
    "Meeting": "#9467bd", "Agreement": "#bcbd22", "Attack": "#8c564b", "Accusation": "#e377c2",
    "Sanction": "#7f7f7f", "Threat": "#ff7f0e",
}


def draw_network(network: nx.MultiDiGraph, path: str | Path, *, title: str = "conflict-kg event network",
                 label_top: int = 40) -> None:
    """Draw the entities that take part in events; the ``label_top`` best-connected nodes are labelled."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    active = network.subgraph([n for n in network if network.degree(n) > 0])
    figure, axes = plt.subplots(figsize=(14, 10), dpi=110)
    axes.set_title(title)
    axes.axis("off")
    if active.number_of_nodes():
        positions = nx.spring_layout(active, seed=7, k=1.2 / max(1, active.number_of_nodes()) ** 0.5)
        degrees = dict(active.degree())
        nx.draw_networkx_nodes(active, positions, ax=axes,
                               node_color=[TYPE_COLOURS.get(active.nodes[n].get("type"), "#cccccc") for n in active],
                               node_size=[120 + 60 * degrees[n] for n in active], alpha=0.9)
        for relation, colour in RELATION_COLOURS.items():
            edges = [(u, v) for u, v, d in active.edges(data=True) if d["relation"] == relation]
            nx.draw_networkx_edges(active, positions, edgelist=edges, ax=axes, edge_color=colour, arrows=True,
                                   arrowsize=12, width=1.4, alpha=0.75, connectionstyle="arc3,rad=0.08")
        top = sorted(active, key=lambda n: -degrees[n])[:label_top]
        nx.draw_networkx_labels(active, positions, labels={n: active.nodes[n].get("label", n) for n in top},
                                ax=axes, font_size=8)
    handles = [Line2D([], [], marker="o", linestyle="", color=c, label=t) for t, c in TYPE_COLOURS.items()]
    handles += [Line2D([], [], color=c, label=r) for r, c in RELATION_COLOURS.items()]
    axes.legend(handles=handles, loc="lower left", fontsize=8, ncol=2, frameon=False)
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
