"""kg.extract.places: where an event happened, when the text says so, and never a deployment's destination."""

from __future__ import annotations

import pytest

from kg.extract.places import PlaceCue, locate
from kg.model import Article, Entity, EntityType, Event, EventType, Evidence


def placed(extractor, text: str) -> set[tuple[str, str | None]]:
    return {(event.type.value, event.occurred_in) for event in extractor.extract(Article("p", text)).events}


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and Ukraine held talks in Jeddah.", {("Meeting", "location/jeddah")}),
    ("Putin met Erdogan in Doha on Monday.", {("Meeting", "location/doha")}),  # a capital written as a place
    ("Russian drones struck Kharkiv overnight.", {("Attack", "location/kharkiv")}),
    ("The Jeddah talks between the Sudanese army and the RSF ended without a deal.", {("Meeting", "location/jeddah")}),
])
def test_the_place_the_text_gives(extractor, text, expected):
    assert placed(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya sent police officers to Haiti.", {("Deployment", None)}),  # the destination is not where it happened
    ("The United States imposed sanctions on Russia.", {("Sanction", None)}),  # "on" places attacks only
    ("France denounced Sudan's rights violations in Darfur.", {("Accusation", None)}),  # the violations' place, not the act's
])
def test_no_place_where_the_text_gives_none(extractor, text, expected):
    assert placed(extractor, text) == expected


def test_a_place_before_a_country_and_the_event_s_own_word_only():
    evidence = Evidence("...", 10, 40)
    entities = {key: Entity(key, kind, key) for key, kind in (
        ("country/QAT", EntityType.COUNTRY), ("location/doha", EntityType.LOCATION), ("country/RUS", EntityType.COUNTRY),
        ("country/UKR", EntityType.COUNTRY))}
    cues = {10: [PlaceCue("country/QAT", frozenset({"met"})), PlaceCue("location/doha", frozenset({"met"})),
                 PlaceCue("location/doha", frozenset({"said"}), attacks_only=True)]}
    meeting = Event(EventType.MEETING, "country/RUS", "country/UKR", evidence, "met", 0.8)
    attack = Event(EventType.ATTACK, "country/RUS", "country/UKR", evidence, "said", 0.8)
    elsewhere = Event(EventType.MEETING, "country/RUS", "country/UKR", Evidence("...", 50, 60), "met", 0.8)
    assert [e.occurred_in for e in locate([meeting, attack, elsewhere], cues, entities)] == [
        "location/doha", "location/doha", None]
    assert meeting.occurred_in is None  # the events given are left as they were
