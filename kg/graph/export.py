"""Write a graph to a file in the format its extension names, atomically.

``.ttl`` Turtle, ``.nt`` N-Triples, ``.jsonld`` JSON-LD (no remote context) are written from the
union of all graphs; ``.nq`` N-Quads and ``.trig`` TriG keep one named graph per article;
``.gexf`` (Gephi, with each edge's day) and ``.graphml`` hold the entity network of :mod:`kg.network`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

from ..errors import OutputError
from .formats import FORMATS, QUAD_FORMATS, rdf_format_of
from ..network.gexf import write_gexf
from ..network.graphml import write_graphml
from .namespace import PREFIXES
from ..network.convert import to_networkx
from ..atomic import atomic_output
from .store import KnowledgeGraph

__all__ = ["FORMATS", "NETWORK_FORMATS", "check_output", "format_for", "serialize", "write_graph"]

NETWORK_FORMATS = {".gexf": write_gexf, ".graphml": write_graphml}


def format_for(path: str | Path) -> ox.RdfFormat:
    """The RDF format an output path names by its extension, or a clear error."""
    found = rdf_format_of(path)
    if found is None:
        known = ", ".join([*FORMATS, *NETWORK_FORMATS])
        raise OutputError(f"{path}: unknown output extension '{Path(path).suffix}' (use one of {known})")
    return found


def check_output(path: str | Path) -> None:
    """Fail early, before any work, when :func:`write_graph` could not write this kind of file."""
    if Path(path).suffix.lower() not in NETWORK_FORMATS:
        format_for(path)


def serialize(graph: KnowledgeGraph, rdf_format: ox.RdfFormat, output=None) -> bytes | None:
    """The graph in one format (to ``output``, a path or binary stream, else as bytes): named graphs kept
    where the format has them, else their union."""
    data = graph.quads() if rdf_format in QUAD_FORMATS else graph.triples()
    return ox.serialize(data, output, format=rdf_format, prefixes=PREFIXES)


def write_graph(graph: KnowledgeGraph, path: str | Path) -> None:
    """Serialize to ``path`` (``-`` for stdout, Turtle), written whole or not at all."""
    if str(path) == "-":
        sys.stdout.buffer.write(serialize(graph, ox.RdfFormat.TURTLE))
        return
    network_writer = NETWORK_FORMATS.get(Path(path).suffix.lower())
    if network_writer is not None:
        network_writer(to_networkx(graph), path)
        return
    rdf_format = format_for(path)
    with atomic_output(path) as stream:
        serialize(graph, rdf_format, stream)
