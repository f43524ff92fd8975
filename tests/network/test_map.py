"""kg.network.map: events on an offline map by the place they occurred in."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from kg.cli import app
from kg.graph.store import KnowledgeGraph
from kg.model import Entity, EntityType, Modality
from kg.network.map import map_document, placed_events


def placed_graph(toy_extractions) -> KnowledgeGraph:
    """The toy articles with the meeting in Arica (a city with coordinates) and the sanction in Peru (a country)."""
    first, second = toy_extractions
    first.entities["location/arica"] = Entity("location/arica", EntityType.LOCATION, "Arica", latitude=-18.4746,
                                              longitude=-70.29792, located_in="country/CHL", known=True)
    first.events[1].occurred_in = "location/arica"
    second.events[0].occurred_in = "country/PER"
    graph = KnowledgeGraph()
    graph.add_many(toy_extractions)
    return graph


def test_a_dot_for_a_city_and_a_shaded_country_for_a_country(toy_extractions):
    places = {place.label: place for place in placed_events(placed_graph(toy_extractions))}
    assert (places["Arica"].lat, places["Arica"].lon, places["Arica"].key) == (-18.4746, -70.29792, "https://w3id.org/conflict-kg/resource/location/arica")
    assert places["Arica"].events == ["2024-06-04  Meeting: Chile -> Peru"]
    assert places["Peru"].lat is None and places["Peru"].key == "country/PER"
    page = map_document(placed_graph(toy_extractions))
    assert page.count("<circle") == 1 and page.count('class="hit"') == 1
    assert "<title>Arica\n2024-06-04  Meeting: Chile -&gt; Peru</title>" in page
    assert re.search(r'<path class="hit" d="[^"]+"><title>Peru\n\S+  Sanction: Peru -&gt; Chile</title>', page)


def test_the_filters_leave_events_out(toy_extractions):
    graph = placed_graph(toy_extractions)
    assert [p.label for p in placed_events(graph, min_confidence=0.8)] == ["Peru"]  # the meeting is 0.6
    assert placed_events(graph, modalities=[Modality.NEGATED]) == []


def test_the_page_has_no_remote_reference(toy_extractions, tmp_path):
    output = tmp_path / "map.html"
    runner = CliRunner()
    graph_file = tmp_path / "graph.ttl"
    from kg.graph.export import write_graph

    write_graph(placed_graph(toy_extractions), graph_file)
    result = runner.invoke(app, ["viz", str(graph_file), "--map", "-o", str(output)])
    assert result.exit_code == 0, result.output
    page = output.read_text(encoding="utf-8")
    assert "<svg" in page and page.count("<path") > 150  # the shipped outlines
    assert not re.search(r"(https?:|ftp:)?//|\b(src|href|xlink:href)\s*=|url\(|@import|<script|<link|<img|<iframe",
                         page, re.IGNORECASE)
    assert "default-src 'none'" in page
