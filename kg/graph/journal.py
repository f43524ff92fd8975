"""The record a store keeps of a write while it runs, so that a write stopped part way (the process killed, the
disk full) is undone or reported when the store is next opened.

A write of articles records, in its first atomic step, the article graphs it replaces or fills, the
entities whose descriptions it changes and the merge keys of the happenings it works out again (in
``ckr:graph/unfinished-write``); its last step takes the record out. A store opened for writing with a record
left drops those article graphs and works the descriptions and happenings out again from the articles that
stay: the write is undone, and a build run again makes it whole. A write of new articles leaves the happenings
of merge keys that already had reports to the next flush of the store, and records those keys (in
``ckr:graph/unfinished-events``) until then; a store opened for writing with such keys left works them out. An
import records its
file (in ``ckr:graph/unfinished-import``) until it has loaded all of it: a bulk load cannot be undone, so the
store tells that it holds part of a file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .namespace import RESOURCE, key_of

__all__ = ["EVENTS_DUE_GRAPH", "IMPORT_GRAPH", "WRITE_GRAPH", "events_due_record", "import_record", "recorded_events_due",
           "recorded_imports", "recorded_write", "write_record"]

WRITE_GRAPH = ox.NamedNode(RESOURCE + "graph/unfinished-write")
IMPORT_GRAPH = ox.NamedNode(RESOURCE + "graph/unfinished-import")
EVENTS_DUE_GRAPH = ox.NamedNode(RESOURCE + "graph/unfinished-events")
_GRAPH = ox.NamedNode(WRITE_GRAPH.value + "#graph")
_ENTITY = ox.NamedNode(WRITE_GRAPH.value + "#entity")  # one entity a quad: the records of earlier versions
_MERGE_KEY = ox.NamedNode(WRITE_GRAPH.value + "#mergeKey")
_ENTITY_KEYS = ox.NamedNode(WRITE_GRAPH.value + "#entityKeys")  # a JSON list: one quad for a write's entities
_MERGE_KEYS = ox.NamedNode(WRITE_GRAPH.value + "#mergeKeys")
_FILE = ox.NamedNode(IMPORT_GRAPH.value + "#file")
_DUE = ox.NamedNode(EVENTS_DUE_GRAPH.value + "#mergeKey")
_DUE_KEYS = ox.NamedNode(EVENTS_DUE_GRAPH.value + "#mergeKeys")


def _key_list(keys: Iterable[str]) -> ox.Literal:
    """Keys as one literal: a record of hundreds of keys is a few quads for the store to write and take out."""
    return ox.Literal(json.dumps(sorted(keys)))


def write_record(graphs: Iterable[ox.NamedNode], keys: Iterable[str], merge_keys: Iterable[str]) -> str:
    """The N-Quads that record a write of these article graphs, entity descriptions and happenings."""
    quads = [ox.Quad(WRITE_GRAPH, _GRAPH, graph, WRITE_GRAPH) for graph in graphs]
    quads.append(ox.Quad(WRITE_GRAPH, _ENTITY_KEYS, _key_list(keys), WRITE_GRAPH))
    quads.append(ox.Quad(WRITE_GRAPH, _MERGE_KEYS, _key_list(merge_keys), WRITE_GRAPH))
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode()


def recorded_write(store: ox.Store) -> tuple[set[ox.NamedNode], set[str], set[str]]:
    """The article graphs, the keys of the entities and the merge keys of the write recorded in ``store`` (none:
    empty sets)."""
    graphs: set[ox.NamedNode] = set()
    keys: set[str] = set()
    merge_keys: set[str] = set()
    for quad in store.quads_for_pattern(WRITE_GRAPH, None, None, WRITE_GRAPH):
        if quad.predicate == _GRAPH:
            graphs.add(quad.object)
        elif quad.predicate == _ENTITY_KEYS:
            keys.update(json.loads(quad.object.value))
        elif quad.predicate == _MERGE_KEYS:
            merge_keys.update(json.loads(quad.object.value))
        elif quad.predicate == _MERGE_KEY:
            merge_keys.add(quad.object.value)
        elif quad.predicate == _ENTITY:
            keys.add(key_of(quad.object.value))
    return graphs, keys, merge_keys


def events_due_record(merge_keys: Iterable[str]) -> str:
    """The N-Quads that record merge keys whose happenings are to be worked out again (none: no quad)."""
    merge_keys = set(merge_keys)
    if not merge_keys:
        return ""
    quad = ox.Quad(EVENTS_DUE_GRAPH, _DUE_KEYS, _key_list(merge_keys), EVENTS_DUE_GRAPH)
    return ox.serialize([quad], format=ox.RdfFormat.N_QUADS).decode()


def recorded_events_due(store: ox.Store) -> set[str]:
    """The merge keys whose happenings ``store`` records as still to be worked out again."""
    due: set[str] = set()
    for quad in store.quads_for_pattern(EVENTS_DUE_GRAPH, None, None, EVENTS_DUE_GRAPH):
        if quad.predicate == _DUE_KEYS:
            due.update(json.loads(quad.object.value))
        elif quad.predicate == _DUE:
            due.add(quad.object.value)
    return due


def import_record(path: str | Path) -> ox.Quad:
    """The statement that an import of this file is under way."""
    return ox.Quad(IMPORT_GRAPH, _FILE, ox.Literal(str(Path(path).resolve())), IMPORT_GRAPH)


def recorded_imports(store: ox.Store) -> tuple[str, ...]:
    """The files whose import into ``store`` did not finish."""
    return tuple(sorted(quad.object.value for quad in store.quads_for_pattern(IMPORT_GRAPH, _FILE, None, IMPORT_GRAPH)))
