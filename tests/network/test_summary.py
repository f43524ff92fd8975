"""kg.network.summary: one count of what a picture shows, and its sources, days and filters in words."""

from __future__ import annotations

import networkx as nx

from kg.network.convert import to_networkx
from kg.network.filters import filter_network
from kg.network.summary import summarize


def test_the_toy_graph_counted_as_kg_build_counts_it(toy_graph):
    summary = summarize(to_networkx(toy_graph))
    assert (summary.entities, summary.unconnected, summary.edges) == (5, 0, 5)
    assert (summary.articles, summary.all_articles) == (2, 2)
    assert summary.sources() == "2 articles (Example Wire 1, outlet not given 1)"


def test_an_article_without_an_edge_is_counted_apart_and_filters_are_named(toy_graph):
    network = filter_network(to_networkx(toy_graph), relations=["sanctions"], min_confidence=0.5)
    summary = summarize(network)
    assert summary.sources() == "1 of 2 articles"
    assert summary.filters == ("events asserted, planned", "relations sanctions", "confidence at least 0.5")
    assert summary.first_day is None and summary.days() == ""  # the sanction has no date at all


def test_offices_give_no_day_and_many_outlets_are_summed_up():
    network = nx.MultiDiGraph()
    for number in range(7):
        network.add_edge("a", "b", key=f"e{number}", relation="attacks", date=f"2024-05-0{number + 1}",
                         article=f"art{number}", publisher=f"Outlet {'ABCDEFG'[number]}")
    network.add_edge("p", "a", key="office", relation="officialOf", date="2019-01-01", article="art0")
    summary = summarize(network)
    assert summary.days() == "Events 2024-05-01 to 2024-05-07"
    assert summary.sources() == "7 articles (Outlet A 1, Outlet B 1, Outlet C 1, Outlet D 1, 3 more outlets 3)"
    assert summary.all_articles is None and summary.caption().startswith("Sources: 7 articles")
