"""Write a graph to a file in the format its extension names, atomically.

``.ttl`` Turtle, ``.nt`` N-Triples, ``.jsonld`` JSON-LD (no remote context) are written from the
union of all graphs; ``.nq`` N-Quads and ``.trig`` TriG keep one named graph per article.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

from .errors import OutputError
from .formats import FORMATS, QUAD_FORMATS, rdf_format_of
from .namespace import PREFIXES
from .store import KnowledgeGraph

__all__ = ["FORMATS", "format_for", "serialize", "write_graph"]


def format_for(path: str | Path) -> ox.RdfFormat:
    """The RDF format an output path names by its extension, or a clear error."""
    found = rdf_format_of(path)
    if found is None:
        raise OutputError(f"{path}: unknown output extension '{Path(path).suffix}' (use one of {', '.join(FORMATS)})")
    return found


def serialize(graph: KnowledgeGraph, rdf_format: ox.RdfFormat, output=None) -> bytes | None:
    """The graph in one format (to ``output``, a path or binary stream, else as bytes): named graphs kept
    where the format has them, else their union."""
    data = graph.quads() if rdf_format in QUAD_FORMATS else graph.triples()
    return ox.serialize(data, output, format=rdf_format, prefixes=PREFIXES)


def write_graph(graph: KnowledgeGraph, path: str | Path) -> None:
    """Serialize to ``path`` (``-`` for stdout, Turtle) through a temporary file and a rename."""
    if str(path) == "-":
        sys.stdout.buffer.write(serialize(graph, ox.RdfFormat.TURTLE))
        return
    target = Path(path)
    rdf_format = format_for(target)
    temporary = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(handle, "wb") as stream:
            serialize(graph, rdf_format, stream)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except OSError as error:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
        raise OutputError(f"{target}: cannot write the graph ({error.strerror or error})") from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
