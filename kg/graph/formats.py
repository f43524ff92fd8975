"""The RDF file formats conflict-kg reads and writes, named by file extension.

>>> rdf_format_of("out/all.TTL").name
'Turtle'
>>> rdf_format_of("notes.txt") is None
True
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

__all__ = ["FORMATS", "LINE_FORMATS", "QUAD_FORMATS", "XML_FORMATS", "rdf_format_of"]

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = frozenset({ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG})
"""Formats that keep named graphs (one per article); the others hold the union of all graphs."""
LINE_FORMATS = frozenset({ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES})
"""Formats with one statement per line, which can be cut at any line end."""
XML_FORMATS = frozenset({ox.RdfFormat.RDF_XML})
"""Formats written as XML: read only without a DTD (:mod:`kg.markup`), written without control characters."""


def rdf_format_of(path: str | Path) -> ox.RdfFormat | None:
    """The format a file name's extension names (any case), or None."""
    return FORMATS.get(Path(path).suffix.lower())
