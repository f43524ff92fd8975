"""SPARQL over a built graph, with the project's prefixes predeclared.

>>> from rdflib import Graph
>>> rows = select(Graph(), "SELECT ?s WHERE { ?s a ckg:Country }")
>>> rows
[]
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from .export import FORMATS
from .namespace import PREFIXES

__all__ = ["load_graph", "select", "prefix_block"]


def prefix_block() -> str:
    """PREFIX lines for every namespace the graph uses (``ckg:``, ``ckr:``, ``skos:``...)."""
    return "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())


def load_graph(path: str | Path) -> Graph:
    """Read a graph file of any export format into one union graph."""
    path = Path(path)
    rdf_format = FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise ValueError(f"{path}: unknown RDF extension '{path.suffix}'")
    if rdf_format in ("nquads", "trig"):
        dataset = Dataset(default_union=True)
        dataset.parse(path, format=rdf_format)
        graph = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            graph.add((s, p, o))
        return graph
    return Graph().parse(path, format=rdf_format)


def select(graph: Graph, query: str) -> list[dict[str, str]]:
    """Run a SELECT query; each row is a dict of variable name to its value as text."""
    result = graph.query(prefix_block() + query)
    names = [str(v) for v in result.vars or []]
    return [{name: (None if row[i] is None else str(row[i])) for i, name in enumerate(names)} for row in result]
