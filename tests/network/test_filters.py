"""kg.network.filters: each criterion keeps exactly the edges it promises, alone and together."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.network.convert import when
from kg.graph.lookup import find_entity
from kg.network.filters import filter_network, network_names
from kg.vocabulary import RELATIONS

C = "https://w3id.org/conflict-kg/resource/"
RUS, UKR, TUR, USA, UN, ZELENSKY, KYIV = (C + k for k in (
    "country/RUS", "country/UKR", "country/TUR", "country/USA", "organization/united-nations",
    "person/volodymyr-zelensky", "location/kyiv"))


def sample() -> nx.MultiDiGraph:
    network = nx.MultiDiGraph(title="sample")
    for node, kind, label in [(RUS, "Country", "Russia"), (UKR, "Country", "Ukraine"), (TUR, "Country", "Turkey"),
                              (USA, "Country", "United States"), (UN, "Organization", "United Nations"),
                              (ZELENSKY, "Person", "Volodymyr Zelensky"), (KYIV, "Location", "Kyiv")]:
        network.add_node(node, type=kind, label=label)
    edges = [
        (RUS, UKR, "e1", "attacks", "2022-02-24", None, 0.85),
        (RUS, KYIV, "e2", "deploysTo", None, "2022-02-26", 0.75),
        (TUR, RUS, "e3", "mediates", "2022-03-10", None, 0.85),
        (TUR, UKR, "e4", "mediates", "2022-03-10", None, 0.6),
        (USA, RUS, "e5", "sanctions", None, None, 0.85),
        (ZELENSKY, UKR, "e6", "officialOf", None, "2022-03-01", None),
        (UKR, UN, "e7", "requestsAssistanceFrom", "2022-04-02", None, 0.6),
    ]
    for u, v, key, relation, day, published, confidence in edges:
        network.add_edge(u, v, key=key, relation=relation, date=day, published=published, confidence=confidence)
    return network


def keys(network: nx.MultiDiGraph) -> set[str]:
    return {key for _, _, key in network.edges(keys=True)}


def test_no_criterion_copies_the_whole_network():
    network = sample()
    copy = filter_network(network)
    assert nx.utils.graphs_equal(copy, network) and copy is not network
    assert copy.graph["title"] == "sample"


@pytest.mark.parametrize("names, expected", [
    (["mediates"], {"e3", "e4"}), (["Mediation", "deploys"], {"e2", "e3", "e4"}), (["officialOf"], {"e6"}),
])
def test_relations(names, expected):
    result = filter_network(sample(), relations=names)
    assert keys(result) == expected
    assert set(result) == {n for u, v, _ in result.edges(keys=True) for n in (u, v)}


def test_entity_types_need_both_ends():
    assert keys(filter_network(sample(), entity_types=["country"])) == {"e1", "e3", "e4", "e5"}
    assert keys(filter_network(sample(), entity_types=["Country", "Location"])) == {"e1", "e2", "e3", "e4", "e5"}


def test_date_window_uses_the_event_date_else_the_article_date():
    assert keys(filter_network(sample(), since="2022-02-25", until="2022-03-10")) == {"e2", "e3", "e4", "e6"}
    assert keys(filter_network(sample(), since=date(2022, 4, 1))) == {"e7"}
    assert keys(filter_network(sample(), until="2022-02-24")) == {"e1"}  # undated e5 is left out


def test_min_confidence_keeps_offices():
    assert keys(filter_network(sample(), min_confidence=0.8)) == {"e1", "e3", "e5", "e6"}


def test_focus_and_hops():
    assert keys(filter_network(sample(), focus="Turkey", hops=1)) == {"e3", "e4", "e1"}  # Russia-Ukraine joins two neighbours
    assert set(filter_network(sample(), focus="Turkey", hops=1)) == {TUR, RUS, UKR}
    two = filter_network(sample(), focus="turkey", hops=2)
    assert set(two) == {TUR, RUS, UKR, KYIV, USA, ZELENSKY, UN}
    assert set(filter_network(sample(), focus="country/TUR", hops=0)) == {TUR}


def test_focus_with_other_criteria_keeps_the_focus_even_alone():
    result = filter_network(sample(), focus="United Nations", relations=["mediates"])
    assert set(result) == {UN} and result.number_of_edges() == 0


def test_criteria_together():
    result = filter_network(sample(), focus="Russia", relations=["mediates", "attacks", "sanctions"],
                            entity_types=["Country"], since="2022-03-01", min_confidence=0.8)
    assert keys(result) == {"e3"}


def test_find_entity_by_iri_key_and_label():
    network = sample()
    assert find_entity(RUS, network_names(network)) == RUS
    assert find_entity("country/rus", network_names(network)) == RUS
    assert find_entity("united nations", network_names(network)) == UN


@pytest.mark.parametrize("kwargs, message", [
    ({"focus": "Rusia"}, "no entity called 'Rusia'.*did you mean Russia"),
    ({"relations": ["bombs"]}, "unknown relation 'bombs'"),
    ({"entity_types": ["Town"]}, "unknown entity type 'Town'"),
    ({"since": "24/02/2022"}, "not a date: '24/02/2022'"),
])
def test_bad_criteria_are_explained(kwargs, message):
    with pytest.raises(ValueError, match=message):
        filter_network(sample(), **kwargs)


@settings(max_examples=60, deadline=None)
@given(relations=st.none() | st.sets(st.sampled_from(sorted(relation.name for relation in RELATIONS)), min_size=1),
       since=st.none() | st.dates(date(2022, 2, 20), date(2022, 4, 5)),
       min_confidence=st.none() | st.sampled_from([0.5, 0.7, 0.9]))
def test_edge_criteria_keep_exactly_the_passing_edges(relations, since, min_confidence):
    network = sample()
    result = filter_network(network, relations=relations, since=since, min_confidence=min_confidence)

    def passes(data: dict) -> bool:
        day, confidence = when(data), data["confidence"]
        return ((relations is None or data["relation"] in relations)
                and (since is None or (day is not None and day >= since.isoformat()))
                and (min_confidence is None or confidence is None or confidence >= min_confidence))

    assert keys(result) == {key for _, _, key, data in network.edges(keys=True, data=True) if passes(data)}
    for node, data in result.nodes(data=True):
        assert data == network.nodes[node]
