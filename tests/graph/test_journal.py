"""The record a write keeps while it runs: what is written is what is read back, in few quads."""

import pyoxigraph as ox

from kg.graph.journal import (
    WRITE_GRAPH,
    events_due_record,
    recorded_events_due,
    recorded_write,
    write_record,
)
from kg.graph.namespace import entity_iri

ARTICLE = ox.NamedNode("https://w3id.org/conflict-kg/resource/article/a1")
ENTITY_KEYS = {"country/FRA", "person/jane-doe", "organization/un"}
MERGE_KEYS = {"Mediation country/FRA country/DEU", "Attack country/XYZ country/ABC"}


def _store_of(nquads: str) -> ox.Store:
    store = ox.Store()
    store.load(nquads, format=ox.RdfFormat.N_QUADS)
    return store


def test_a_write_record_reads_back_whole_in_a_quad_per_graph_and_one_per_kind_of_key():
    store = _store_of(write_record([ARTICLE], ENTITY_KEYS, MERGE_KEYS))
    assert recorded_write(store) == ({ARTICLE}, ENTITY_KEYS, MERGE_KEYS)
    assert len(store) == 3


def test_no_record_reads_as_nothing_written():
    assert recorded_write(ox.Store()) == (set(), set(), set())
    assert recorded_events_due(ox.Store()) == set()


def test_the_record_of_an_earlier_version_one_key_a_quad_is_still_read():
    entity = ox.NamedNode(WRITE_GRAPH.value + "#entity")
    merge_key = ox.NamedNode(WRITE_GRAPH.value + "#mergeKey")
    store = ox.Store()
    store.add(ox.Quad(WRITE_GRAPH, entity, ox.NamedNode(entity_iri("country/FRA")), WRITE_GRAPH))
    store.add(ox.Quad(WRITE_GRAPH, merge_key, ox.Literal("Mediation country/FRA country/DEU"), WRITE_GRAPH))
    assert recorded_write(store) == (set(), {"country/FRA"}, {"Mediation country/FRA country/DEU"})


def test_merge_keys_due_recorded_by_several_writes_add_up():
    store = _store_of(events_due_record({"Attack country/XYZ country/ABC"})
                      + events_due_record({"Mediation country/FRA country/DEU"}) + events_due_record(set()))
    assert recorded_events_due(store) == MERGE_KEYS
