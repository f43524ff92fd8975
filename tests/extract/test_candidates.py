"""kg.extract.candidates: every pair of names in a sentence, with what the parse says about it; nothing of the
parse kept."""

from __future__ import annotations

from datetime import date

from kg.extract.candidates import find_candidates
from kg.extract.events import find_events
from kg.extract.officials import find_offices


def candidates_of(analyse, text, published=None):
    analysis = analyse(text, published)
    return {(c.actor, c.target): c for c in find_candidates(analysis.ents, analysis.events, published)}


def test_every_ordered_pair_of_a_sentence_is_a_candidate(analyse):
    found = candidates_of(analyse, "Qatar mediated talks between Russia and Ukraine.")
    assert {("country/QAT", "country/RUS"), ("country/RUS", "country/QAT"), ("country/RUS", "country/UKR"),
            ("country/UKR", "country/RUS")} <= set(found)


def test_features_say_what_the_parse_says(analyse):
    candidate = candidates_of(analyse, "Kenya deployed police officers to Haiti on Monday.",
                              date(2024, 6, 26))[("country/KEN", "country/HTI")]
    assert {"a_role:nsubj", "b_role:pobj_to", "lca:deploy", "types:Country>Country", "a_first",
            "trigger_at_lca:Deployment", "rule:Deployment"} <= set(candidate.features)
    assert candidate.ruled == {"Deployment"} and candidate.trigger == "deployed"
    assert candidate.date == date(2024, 6, 24)


def test_negation_and_hedges_are_features(analyse):
    features = set(candidates_of(analyse, "Chile did not attack Peru.")[("country/CHL", "country/PER")].features)
    assert "lca_negated" in features and "negation" in features
    modal = set(candidates_of(analyse, "Chile could attack Peru.")[("country/CHL", "country/PER")].features)
    assert "lca_modal:could" in modal


def test_a_place_is_only_a_target(analyse):
    found = candidates_of(analyse, "Russia sent troops to Aleppo.")
    assert found[("country/RUS", "location/aleppo")].target_is_place
    assert ("location/aleppo", "country/RUS") not in found


def test_a_minister_acts_for_the_state_of_the_office(analyse):
    analysis = analyse("Russian Foreign Minister Sergey Lavrov met Armenia's president in Yerevan.")
    find_offices(analysis.ents)
    found = {(c.actor, c.target): c for c in find_candidates(analysis.ents, find_events(analysis.ents), None)}
    assert "actor_acts_for_state" in found[("country/RUS", "country/ARM")].features


def test_nothing_of_the_parse_is_kept(analyse):
    for candidate in candidates_of(analyse, "Chile met Peru.").values():
        assert all(isinstance(value, (str, int, float, bool, set, list, type(None))) or type(value).__module__.startswith("kg.")
                   or type(value).__name__ == "date" for value in vars(candidate).values())
