"""kg.extract.completion: events read with one side, completed from the context by a trained model."""

from __future__ import annotations

import pytest

from kg.extract.completion import Completer, Filler, OpenEvent
from kg.extract.extractor import Extractor
from kg.model import Article, Event, EventType, Evidence, Modality

DRILLS = ("South Korea and the United States began joint drills on Monday. "
          "North Korea condemned the drills as a rehearsal for invasion.")


def model(weights: dict[str, float], threshold: float = 0.5, kinds=("Accusation",)) -> dict:
    return {"threshold": threshold, "kinds": list(kinds), "bias": -2.0, "weights": weights}


def condemned(*fillers: Filler, kind: EventType = EventType.ACCUSATION) -> OpenEvent:
    return OpenEvent(kind, ("country/PRK",), "target", "condemn", Evidence("North Korea condemned it.", 0, 25), None,
                     Modality.ASSERTED, fillers)


@pytest.fixture(scope="module")
def drills(extractor):
    [analysis] = extractor.analyse_many([Article("d1", DRILLS)])
    return analysis


def test_an_event_read_with_one_side_is_open_to_the_parties_named_around_it_nearest_first(drills):
    [open_event] = [e for e in drills.open_events if e.type == EventType.ACCUSATION]
    assert (open_event.known, open_event.missing) == (("country/PRK",), "target")
    assert [filler.key for filler in open_event.fillers] == ["country/USA", "country/KOR"]
    assert "back:1" in open_event.fillers[0].features and "event:Accusation" in open_event.fillers[0].features


def test_the_likeliest_filler_completes_the_event_with_its_probability_as_confidence():
    completer = Completer(model({"named_before": 4.0}))
    [event] = completer.events([condemned(Filler("country/USA", ("near",)), Filler("country/KOR", ("named_before",)))], [])
    assert (event.type, event.actor, event.target, event.modality) == (
        EventType.ACCUSATION, "country/PRK", "country/KOR", Modality.ASSERTED)
    assert event.confidence == pytest.approx(0.88, abs=0.01)


def test_no_completion_below_the_threshold_of_another_kind_or_of_a_pair_already_stated():
    fillers = (Filler("country/KOR", ("named_before",)),)
    assert Completer(model({"named_before": 4.0}, threshold=0.95)).events([condemned(*fillers)], []) == []
    assert Completer(model({"named_before": 4.0})).events([condemned(*fillers, kind=EventType.THREAT)], []) == []
    stated = Event(EventType.ACCUSATION, "country/PRK", "country/KOR", Evidence("x", 0, 1), "accused", 0.9)
    assert Completer(model({"named_before": 4.0})).events([condemned(*fillers)], [stated]) == []


def test_the_extractor_completes_events_with_its_completer_and_names_it_in_its_version(extractor, drills):
    completer = Completer(model({"event:Accusation": 4.0, "back:1": 1.0}))
    found = {(e.type, e.actor, e.target) for e in extractor.finish(drills, None, completer).events}
    assert (EventType.ACCUSATION, "country/PRK", "country/USA") in found
    assert not any(e.type == EventType.ACCUSATION for e in extractor.finish(drills, None, None).events)
    assert "completion" in Extractor(extractor.nlp, completer=completer).version
    assert "completion" not in Extractor(extractor.nlp, completer=None).version
