"""kg.graph.happenings: reports of one happening merged into one event node, whatever order articles come in."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib.compare import isomorphic

from kg.graph.happenings import Report, group_reports
from kg.graph.namespace import article_iri
from kg.graph.query import select
from kg.graph.rdflib_graphs import to_rdflib_graph
from kg.graph.store import KnowledgeGraph
from kg.model import EventType, Modality
from reported import MARCH, article, strike

def events(graph) -> dict[str, dict]:
    """Event node -> its class, report count, modality, date and articles."""
    rows = select(graph, """
        SELECT ?e ?class ?n ?m ?d (GROUP_CONCAT(DISTINCT ?id; separator=" ") AS ?ids) WHERE {
          ?e a ckg:Event, ?class ; ckg:reportCount ?n ; ckg:modality ?m ; ckg:reportedIn/dcterms:identifier ?id .
          OPTIONAL { ?e dcterms:date ?d } FILTER(?class != ckg:Event)
        } GROUP BY ?e ?class ?n ?m ?d""")
    return {row["e"]: {"class": row["class"].rsplit("#", 1)[-1], "reports": int(row["n"]),
                       "modality": row["m"].rsplit("#", 1)[-1], "date": row["d"],
                       "articles": sorted(row["ids"].split())} for row in rows}


def articles_together(graph) -> list[list[str]]:
    return sorted(event["articles"] for event in events(graph).values())


# -- grouping, without a store ------------------------------------------------------------------
def report(iri: str, article_id: str, day: date | None, published: date | None = None,
           modality: str = "Asserted") -> Report:
    return Report(iri, article_id, modality, day, published)


def test_a_happening_never_spans_more_than_its_window():
    """Reports a day apart each: linked one to the next they would chain a week; anchored on the earliest,
    each happening spans at most the window."""
    chain = [report(f"r{day}", f"a{day}", date(2024, 3, day)) for day in range(1, 8)]
    happenings = group_reports(chain, 1, 2)
    assert [[r.iri for r in h.reports] for h in happenings] == [["r1", "r2"], ["r3", "r4"], ["r5", "r6"], ["r7"]]


def test_an_undated_report_joins_the_nearest_happening_its_publication_fits():
    dated = [report("r1", "a", date(2024, 3, 1)), report("r2", "b", date(2024, 3, 20))]
    late = report("r3", "c", None, published=date(2024, 3, 3))  # two days after: the publication lag
    far = report("r4", "d", None, published=date(2024, 3, 10))
    happenings = group_reports([*dated, late, far], 1, 2)
    assert [[r.iri for r in h.reports] for h in happenings] == [["r1", "r3"], ["r2"], ["r4"]]
    assert happenings[2].anchor == date(2024, 3, 10)


def test_one_article_stating_two_modalities_gives_two_happenings():
    held = report("r1", "a", None, date(2024, 3, 1), "Asserted")
    cancelled = report("r2", "a", None, date(2024, 3, 1), "Negated")
    other = report("r3", "b", None, date(2024, 3, 1), "Claimed")
    happenings = group_reports([cancelled, held, other], 3, 2)
    assert [[r.iri for r in h.reports] for h in happenings] == [["r1", "r3"], ["r2"]]
    assert [h.modality() for h in happenings] == [Modality.ASSERTED, Modality.NEGATED]


# -- in the store --------------------------------------------------------------------------------


def build(extractions, *, one_by_one: bool) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    if one_by_one:
        for extraction in extractions:
            graph.add(extraction)
    else:
        graph.add_many(extractions)
    return graph


def test_reports_of_one_strike_are_one_event_and_another_day_another():
    graph = build(MARCH, one_by_one=False)
    found = sorted(events(graph).values(), key=lambda e: e["date"])
    assert [(e["articles"], e["reports"], e["date"], e["modality"]) for e in found] == [
        (["daily", "weekly", "wire"], 3, "2024-03-01", "Asserted"),  # the claim joins the plain reports
        (["later", "weekly"], 2, "2024-03-08", "Asserted"),
    ]
    modalities = {row["m"].rsplit("#", 1)[-1] for row in select(graph, "SELECT ?m WHERE { ?r a ckg:Report ; ckg:modality ?m }")}
    assert modalities == {"Asserted", "Claimed"}  # each report keeps its own


@pytest.mark.parametrize("order", ["one-shot", "one by one", "reversed"])
def test_the_graph_does_not_depend_on_the_order_articles_come_in(order):
    reference = to_rdflib_graph(build(MARCH, one_by_one=False))
    extractions = list(reversed(MARCH)) if order == "reversed" else MARCH
    graph = build(extractions, one_by_one=order != "one-shot")
    assert isomorphic(to_rdflib_graph(graph), reference)
    assert set(graph.quads()) == set(build(MARCH, one_by_one=False).quads())  # the same IRIs too


def test_a_report_added_a_week_later_joins_its_event_in_a_store_on_disk(tmp_path):
    first = KnowledgeGraph(tmp_path / "kg.db")
    first.add_many(MARCH[:2])
    [before] = events(first)
    del first  # reopened: the event graph is in the store, not in memory
    again = KnowledgeGraph(tmp_path / "kg.db")
    again.add(article("monthly", date(2024, 3, 9), strike(date(2024, 3, 1))))
    assert events(again)[before]["articles"] == ["daily", "monthly", "wire"]


def test_removing_one_article_leaves_the_event_with_the_others():
    graph = build(MARCH, one_by_one=False)
    graph.remove("wire")
    assert articles_together(graph) == [["daily", "weekly"], ["later", "weekly"]]
    graph.remove("weekly")
    found = {e["date"]: e for e in events(graph).values()}
    assert found["2024-03-08"]["articles"] == ["later"]
    assert [e["modality"] for e in found.values() if e["articles"] == ["daily"]] == ["Claimed"]
    assert not select(graph, f"SELECT ?e WHERE {{ ?e ckg:reportedIn <{article_iri('wire')}> }}")


def test_replacing_an_article_moves_its_report():
    graph = build(MARCH, one_by_one=False)
    graph.add(article("wire", date(2024, 3, 9), strike(date(2024, 3, 8))))
    assert articles_together(graph) == [["daily", "weekly"], ["later", "weekly", "wire"]]


def test_look_alikes_stay_apart():
    talks = (EventType.MEETING, "country/USA", "country/IRN")
    sanctions = (EventType.SANCTION, "country/USA", "country/IRN")
    graph = build([
        article("round1-a", date(2024, 4, 12), (*talks, date(2024, 4, 12), Modality.ASSERTED)),
        article("round1-b", date(2024, 4, 13), (EventType.MEETING, "country/IRN", "country/USA", None, Modality.ASSERTED)),
        article("round2", date(2024, 5, 15), (*talks, date(2024, 5, 14), Modality.ASSERTED)),
        article("package1", date(2024, 4, 20), (*sanctions, date(2024, 4, 19), Modality.ASSERTED)),
        article("package2", date(2024, 5, 30), (*sanctions, None, Modality.ASSERTED)),
    ], one_by_one=True)
    assert articles_together(graph) == [["package1"], ["package2"], ["round1-a", "round1-b"], ["round2"]]


def test_a_headline_and_its_body_give_one_event():
    headline_and_body = article("ankara", date(2024, 3, 12),
                                (EventType.MEDIATION, "country/TUR", "country/UKR", None, Modality.ASSERTED),
                                (EventType.MEDIATION, "country/TUR", "country/UKR", date(2024, 3, 1), Modality.ASSERTED))
    graph = build([headline_and_body], one_by_one=False)
    [event] = events(graph).values()
    assert event["reports"] == 1 and event["date"] == "2024-03-01"
    [reports] = select(graph, "SELECT (COUNT(?r) AS ?n) WHERE { ?e ckg:hasReport ?r }")
    assert reports["n"] == "2"


def test_an_undone_write_works_the_events_out_again(tmp_path, monkeypatch):
    """A write that fails after its events were worked out (a full disk) is undone when the store is next
    opened: the event nodes are again those of the articles that stay."""
    from kg.errors import DiskFullError
    from kg.faults import FAULT_VARIABLE

    graph = KnowledgeGraph(tmp_path / "kg.db")
    graph.add_many(MARCH[:1])
    expected = set(graph.quads())
    monkeypatch.setenv(FAULT_VARIABLE, "entities-described:disk-full")
    with pytest.raises(DiskFullError):
        graph.add_many(MARCH[1:])
    monkeypatch.delenv(FAULT_VARIABLE)
    del graph
    assert set(KnowledgeGraph(tmp_path / "kg.db").quads()) == expected


def test_happenings_left_to_the_flush_are_worked_out_then_or_when_a_killed_build_is_reopened(tmp_path):
    """A build's writes leave the happenings of keys with stored reports to the next flush: a reader sees the
    events as they were, and a store left with them due (the build killed) works them out when opened for writing."""
    import gc

    path = tmp_path / "kg.db"
    graph = KnowledgeGraph(path)
    graph.add_many(MARCH[:1])
    before = events(graph)
    for extraction in MARCH[1:]:
        graph.prepare_add([extraction])()
    assert graph.events_due and events(graph) == before  # the event graph of before these writes
    del graph  # killed before its flush
    gc.collect()
    assert events(KnowledgeGraph(path, read_only=True)) == before  # a reader is not refused
    gc.collect()
    reopened = KnowledgeGraph(path)
    assert not reopened.events_due
    assert set(reopened.quads()) == set(build(MARCH, one_by_one=False).quads())


def test_keys_new_to_the_store_are_worked_out_from_the_written_reports_without_reading_it(monkeypatch):
    """A write whose merge keys no stored statement had does not ask the store where their reports are, and its
    event nodes are those worked out again from every stored report."""
    from kg.graph.happenings import Happenings

    def asked(self, key, articles):
        raise AssertionError(f"the store was asked about {key}")

    graph = KnowledgeGraph()
    with monkeypatch.context() as patched:
        patched.setattr(Happenings, "_only_in", asked)
        graph.add_many(MARCH)
    written = set(graph.quads())
    keys = {quad.object.value for quad in graph.quads() if quad.predicate.value.endswith("#mergeKey")}
    graph.happenings.refresh(keys)  # every happening of every key, from the stored reports
    assert keys and set(graph.quads()) == written
