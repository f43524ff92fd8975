"""kg.extract.classifier: probabilities from weights, the threshold, the rules' veto, one event per pair."""

from __future__ import annotations

from kg.extract.candidates import Candidate
from kg.extract.classifier import EventClassifier
from kg.model import EventType, Evidence

EVIDENCE = Evidence("Chile met Peru.", 0, 15)


def candidate(actor, target, *features, place=False, ruled=()):
    return Candidate(actor, target, EVIDENCE, "met", None, list(features), target_is_place=place, ruled=set(ruled))


def model(threshold=0.5, veto=0.0):
    return EventClassifier({"threshold": threshold, "veto": veto, "kinds": {
        "Meeting": {"bias": -2.0, "weights": {"lca:meet": 4.0}},
        "Deployment": {"bias": -2.0, "weights": {"lca:send": 4.0}},
        "Sanction": {"bias": -3.0, "weights": {}}}})


def test_probabilities_are_the_logistic_of_the_weights():
    probabilities = model().probabilities(candidate("country/CHL", "country/PER", "lca:meet"))
    assert round(probabilities[EventType.MEETING], 3) == 0.881
    assert round(probabilities[EventType.SANCTION], 3) == 0.047


def test_a_place_can_only_be_deployed_to_or_attacked():
    probabilities = model().probabilities(candidate("country/CHL", "location/atacama", "lca:meet", place=True))
    assert set(probabilities) == {EventType.DEPLOYMENT}


def test_events_reach_the_threshold_with_their_probability_as_confidence():
    [event] = model().events([candidate("country/CHL", "country/PER", "lca:meet")])
    assert (event.type, event.actor, event.target, event.confidence) == (EventType.MEETING, "country/CHL", "country/PER", 0.88)
    assert model(threshold=0.9).events([candidate("country/CHL", "country/PER", "lca:meet")]) == []


def test_a_symmetric_pair_is_one_event_in_its_more_probable_direction():
    events = model().events([candidate("country/CHL", "country/PER", "lca:meet"),
                             candidate("country/PER", "country/CHL", "lca:meet", "lca:meet")])
    assert [(e.actor, e.target) for e in events] == [("country/PER", "country/CHL")]


def test_the_rules_events_stay_unless_vetoed():
    ruled = candidate("country/CHL", "country/PER", ruled={"Sanction"})
    assert [e.type for e in model(veto=0.0).events([ruled])] == [EventType.SANCTION]
    assert model(veto=0.1).events([ruled]) == []
