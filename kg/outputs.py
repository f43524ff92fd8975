"""Output files, told apart by their extension in one table: RDF files of the graph, and files of its entity
network (data for Gephi and yEd, the interactive page, figures) and the flat event table (CSV, TSV). ``kg build``
and ``kg export`` write graph files, network data and tables, ``kg viz`` network files.

>>> output_kind("all.TTL"), output_kind("net.gexf"), output_kind("net.html"), output_kind("net.png")
('graph', 'network', 'page', 'figure')
>>> output_kind("notes.txt", GRAPH_FILES)
Traceback (most recent call last):
...
kg.errors.OutputError: [E003] notes.txt: unknown output extension '.txt' (use one of .ttl, .nt, .nq, .trig, .jsonld, .rdf, .gexf, .graphml, .csv, .tsv)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import OutputError
from .graph.formats import FORMATS
from .graph.protocol import Graph
from .model import STATED, Modality

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["FIGURES", "GRAPH_FILES", "NETWORK_FILES", "OUTPUTS", "output_kind", "write_graph_file",
           "write_network_file"]

OUTPUTS: dict[str, str] = {suffix: "graph" for suffix in FORMATS} | {
    ".gexf": "network", ".graphml": "network", ".csv": "table", ".tsv": "table", ".html": "page", ".png": "figure",
    ".svg": "figure", ".pdf": "figure",
}
"""File extension -> what the file holds: ``graph`` (RDF), ``network`` (the entity network as data), ``table``
(the flat event table), ``page`` (the interactive HTML page) or ``figure`` (a static picture)."""
GRAPH_FILES = ("graph", "network", "table")
NETWORK_FILES = ("network", "page", "figure")
FIGURES = ("figure",)


def output_kind(path: str | Path, allowed: tuple[str, ...] = tuple(dict.fromkeys(OUTPUTS.values()))) -> str:
    """What a file of this name holds, if it is one of the ``allowed`` kinds; else an :class:`OutputError`
    naming the extensions that are."""
    suffix = Path(path).suffix.lower()
    kind = OUTPUTS.get(suffix)
    if kind not in allowed:
        known = ", ".join(s for s, k in OUTPUTS.items() if k in allowed)
        raise OutputError(f"{path}: unknown output extension '{Path(path).suffix}' (use one of {known})")
    return kind


def write_graph_file(graph: Graph, path: str | Path, *, min_reports: int | None = None,
                     modalities: Iterable[Modality] | None = STATED) -> None:
    """Write the graph as RDF (``-``: Turtle on standard output), as its entity network (GEXF, GraphML) or as
    its event table (CSV, TSV); ``min_reports`` keeps the events of the network or table that at least that
    many articles report, ``modalities`` those of these modalities (asserted and planned by default, None: all;
    an RDF export is the whole graph, every modality)."""
    kind = output_kind(path, GRAPH_FILES) if str(path) != "-" else "graph"
    if kind == "network":
        from .network.convert import to_networkx
        from .network.filters import filter_network

        write_network_file(filter_network(to_networkx(graph, modalities=modalities), min_reports=min_reports), path)
        return
    if kind == "table":
        from .graph.events_table import write_event_table

        write_event_table(graph, path, modalities=modalities, min_reports=min_reports or 1)
        return
    chosen = "--min-reports" if min_reports else "--modality" if modalities is None or set(modalities) != set(STATED) else None
    if chosen:
        raise OutputError(f"{path}: {chosen} applies to the event table (.csv .tsv) and the network "
                          "(.gexf .graphml), not to an RDF export (the whole graph, every modality marked)")
    from .graph.export import write_graph

    write_graph(graph, path)


def write_network_file(network: nx.MultiDiGraph, path: str | Path, *, title: str | None = None,
                       max_nodes: int = 300, edge_labels: bool = False) -> None:
    """Write the network as data (GEXF, GraphML), as the interactive page or as a figure; ``title`` names the
    page or figure, ``max_nodes`` is the page's node budget, ``edge_labels`` writes the relations on a figure's
    edges."""
    suffix, kind = Path(path).suffix.lower(), output_kind(path, NETWORK_FILES)
    if kind == "page":
        from .network.html import write_html

        write_html(network, path, title=title, max_nodes=max_nodes)
    elif kind == "figure":
        from .network.draw import draw_network

        draw_network(network, path, edge_labels=edge_labels, **({"title": title} if title else {}))
    elif suffix == ".gexf":
        from .network.gexf import write_gexf

        write_gexf(network, path)
    else:
        from .network.graphml import write_graphml

        write_graphml(network, path)
