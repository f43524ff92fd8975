"""Write a graph to a file in the format its extension names, atomically.

``.ttl`` Turtle, ``.nt`` N-Triples, ``.jsonld`` JSON-LD (no remote context) are written from the
union of all graphs; ``.nq`` N-Quads and ``.trig`` TriG keep one named graph per article.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from rdflib import Dataset

from .errors import OutputError
from .rdf import KnowledgeGraph

__all__ = ["FORMATS", "format_for", "write_graph"]

FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}
_QUAD_FORMATS = {"nquads", "trig"}


def format_for(path: str | Path) -> str:
    """The rdflib format name for an output path, or a clear error."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise OutputError(f"{path}: unknown output extension '{suffix}' (use one of {', '.join(FORMATS)})")
    return FORMATS[suffix]


def serialize(graph: KnowledgeGraph, rdf_format: str) -> bytes:
    data: Dataset = graph.finish() if rdf_format in _QUAD_FORMATS else graph.union()
    return data.serialize(format=rdf_format, encoding="utf-8")


def write_graph(graph: KnowledgeGraph, path: str | Path) -> None:
    """Serialize to ``path`` (``-`` for stdout, Turtle) through a temporary file and a rename."""
    if str(path) == "-":
        sys.stdout.buffer.write(serialize(graph, "turtle"))
        return
    target = Path(path)
    payload = serialize(graph, format_for(target))
    temporary = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
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
