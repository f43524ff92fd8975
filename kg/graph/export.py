"""Write a graph to an RDF file in the format its extension names, atomically.

``.ttl`` Turtle, ``.nt`` N-Triples, ``.jsonld`` JSON-LD (no remote context) and ``.rdf`` RDF/XML are written
from the union of all graphs; ``.nq`` N-Quads and ``.trig`` TriG keep one named graph per article.

>>> from kg.graph.store import KnowledgeGraph
>>> serialize(KnowledgeGraph(), format_for("empty.nq"))
b''
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

from ..atomic import atomic_output
from ..errors import OutputError
from ..markup import markup_text
from .formats import FORMATS, QUAD_FORMATS, XML_FORMATS, rdf_format_of
from .namespace import PREFIXES
from .protocol import Graph

__all__ = ["format_for", "serialize", "write_graph"]


def format_for(path: str | Path) -> ox.RdfFormat:
    """The RDF format an output path names by its extension, or a clear error."""
    found = rdf_format_of(path)
    if found is None:
        raise OutputError(f"{path}: unknown RDF extension '{Path(path).suffix}' (use one of {', '.join(FORMATS)})")
    return found


def serialize(graph: Graph, rdf_format: ox.RdfFormat, output=None) -> bytes | None:
    """The graph in one format (to ``output``, a path or binary stream, else as bytes): named graphs kept
    where the format has them, else their union; in XML, texts lose the characters XML cannot hold."""
    data = graph.quads() if rdf_format in QUAD_FORMATS else graph.triples()
    if rdf_format in XML_FORMATS:
        data = (ox.Triple(triple.subject, triple.predicate, _xml_term(triple.object)) for triple in data)
    return ox.serialize(data, output, format=rdf_format, prefixes=PREFIXES)


def _xml_term(term):
    """A literal without the characters XML cannot hold (IRIs and blank nodes cannot have them)."""
    if not isinstance(term, ox.Literal) or (text := markup_text(term.value)) == term.value:
        return term
    return ox.Literal(text, language=term.language) if term.language else ox.Literal(text, datatype=term.datatype)


def write_graph(graph: Graph, path: str | Path) -> None:
    """Serialize to ``path`` (``-`` for stdout, Turtle), written whole or not at all."""
    if str(path) == "-":
        sys.stdout.buffer.write(serialize(graph, ox.RdfFormat.TURTLE))
        return
    rdf_format = format_for(path)
    with atomic_output(path) as stream:
        serialize(graph, rdf_format, stream)
