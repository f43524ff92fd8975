"""kg.graph.events_table: one row per event with the columns analysts expect, as CSV, TSV or a DataFrame."""

from __future__ import annotations

import csv

import pytest

from kg.graph.events_table import COLUMNS, event_table, events_frame, write_event_table
from kg.graph.store import KnowledgeGraph
from kg.model import Modality


def graph_of(extractions) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_many(extractions)
    return graph


def test_one_row_per_event_with_its_actors_codes_and_evidence(toy_graph):
    rows = event_table(toy_graph)
    assert [row["event_class"] for row in rows] and sorted(row["event_class"] for row in rows) == [
        "Deployment", "Meeting", "Sanction"]
    assert all(set(row) == set(COLUMNS) for row in rows)
    [deployment] = [row for row in rows if row["event_class"] == "Deployment"]
    assert (deployment["actor1"], deployment["actor1_type"], deployment["actor1_iso3"]) == ("Chile", "Country", "CHL")
    assert (deployment["actor2"], deployment["actor2_type"], deployment["actor2_iso3"]) == ("Atacama", "Location", None)
    assert (deployment["plover_type"], deployment["cameo_code"]) == ("MOBILIZE", "154")
    assert (deployment["event_date"], deployment["modality"], deployment["confidence"]) == ("2024-06-03", "Asserted", "0.85")
    assert (deployment["num_reports"], deployment["articles"], deployment["source_url"]) == ("1", "t1", "https://example.org/t1")
    assert (deployment["trigger"], deployment["evidence"]) == ("deployed", "Chile deployed troops to Atacama.")


def test_where_it_happened_with_the_place_s_coordinates(toy_extractions):
    from kg.model import Entity, EntityType

    first = toy_extractions[0]
    first.entities["location/arica"] = Entity("location/arica", EntityType.LOCATION, "Arica", latitude=-18.4746,
                                              longitude=-70.29792, known=True)
    first.events[1].occurred_in = "location/arica"
    rows = {row["event_class"]: row for row in event_table(graph_of(toy_extractions))}
    assert (rows["Meeting"]["location"], rows["Meeting"]["latitude"], rows["Meeting"]["longitude"]) == (
        "Arica", "-18.4746", "-70.29792")
    assert (rows["Deployment"]["location"], rows["Deployment"]["latitude"]) == (None, None)  # Atacama is its target
    frame = events_frame(graph_of(toy_extractions))
    assert frame["latitude"].min() == pytest.approx(-18.4746)


def test_an_undated_event_takes_its_article_s_date(toy_graph):
    [meeting] = [row for row in event_table(toy_graph) if row["event_class"] == "Meeting"]
    assert meeting["event_date"] == "2024-06-04"


def test_unstated_events_only_when_asked(toy_extractions):
    toy_extractions[1].events[0].modality = Modality.NEGATED
    graph = graph_of(toy_extractions)
    assert "Sanction" not in {row["event_class"] for row in event_table(graph)}
    [sanction] = [row for row in event_table(graph, modalities=None) if row["event_class"] == "Sanction"]
    assert sanction["modality"] == "Negated"


@pytest.mark.parametrize("suffix, delimiter", [(".csv", ","), (".tsv", "\t")])
def test_written_as_csv_or_tsv(toy_graph, tmp_path, suffix, delimiter):
    path = tmp_path / f"events{suffix}"
    assert write_event_table(toy_graph, path) == 3
    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=delimiter))
    assert rows == [{name: value or "" for name, value in row.items()} for row in event_table(toy_graph)]


def test_a_dataframe_with_dates_and_numbers(toy_graph):
    frame = events_frame(toy_graph)
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 3
    assert str(frame["event_date"].dtype).startswith("datetime64")
    assert frame["confidence"].max() == pytest.approx(0.85)


def test_num_reports_is_the_number_of_articles_and_min_reports_keeps_the_corroborated():
    from test_happenings import MARCH

    graph = graph_of(MARCH)
    rows = {row["event_date"]: row for row in event_table(graph)}
    assert {day: (row["num_reports"], row["articles"]) for day, row in rows.items()} == {
        "2024-03-01": ("3", "daily;weekly;wire"), "2024-03-08": ("2", "later;weekly")}
    assert [row["event_date"] for row in event_table(graph, min_reports=3)] == ["2024-03-01"]
    assert event_table(graph, min_reports=4) == []
