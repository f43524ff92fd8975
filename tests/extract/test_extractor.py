"""kg.extract.extractor: batches of articles in, extractions out; one failing article does not stop the others."""

from __future__ import annotations

import gc
import weakref
from datetime import date

import pytest

from kg.errors import InputError
from kg.extract.classifier import EventClassifier
from kg.extract.extractor import Extractor
from kg.model import Article, EventType, Modality
from kg.user_gazetteer import UserGazetteer


def test_extract_many_keeps_order_and_ids(extractor):
    articles = [Article("a", "Chile met Peru on Monday."), Article("b", "Peru thanked Chile.")]
    assert [x.article.id for x in extractor.extract_many(articles)] == ["a", "b"]


def test_a_trained_layer_keeps_what_the_rules_read_as_not_stated(extractor):
    silent = EventClassifier({"threshold": 0.5, "kinds": {}})  # a model that finds no event at all
    events = Extractor(extractor.nlp, classifier=silent).extract(
        Article("n1", "Germany did not send troops to Ukraine.")).events
    assert [(e.type, e.modality) for e in events] == [(EventType.DEPLOYMENT, Modality.NEGATED)]


def test_the_user_gazetteer_adds_names_and_blocks_others(extractor):
    mine = UserGazetteer("name\ttype\taliases\nHouthis\torganization\tAnsarullah\nJordan\tblock\n"
                         "Chasiv Yar\tlocation\t\t\nMichael Kovac\tblock\n")
    text = "Ansarullah fired missiles at Israel. Jordan scored 30 points. Michael Kovac said Russia struck Chasiv Yar."
    shipped, merged = extractor.extract(Article("g", text)), Extractor(gazetteer=mine).extract(Article("g", text))
    assert {"country/JOR", "person/michael-kovac"} <= set(shipped.entities)
    assert not {"country/JOR", "person/michael-kovac"} & set(merged.entities)  # the ruler's name and the NER's
    assert {"organization/houthis", "location/chasiv-yar"} <= set(merged.entities)
    assert ("organization/houthis", "country/ISR") in {(e.actor, e.target) for e in merged.events}
    assert merged.generated_by == f"{shipped.generated_by}; user gazetteer {mine.digest}"


def test_a_failing_article_is_reported_and_skipped(extractor, monkeypatch):
    original = extractor.analyse

    def fragile(article, doc, **options):
        if article.id == "bad":
            raise ValueError("boom")
        return original(article, doc, **options)

    monkeypatch.setattr(extractor, "analyse", fragile)
    articles = [Article("good1", "Chile met Peru."), Article("bad", "Peru met Chile.", origin="in.jsonl:2"),
                Article("good2", "Peru thanked Chile.")]
    errors = []
    kept = [x.article.id for x in extractor.extract_many(articles, on_error=errors.append)]
    assert kept == ["good1", "good2"]
    assert len(errors) == 1 and isinstance(errors[0], InputError) and "in.jsonl:2" in str(errors[0])
    with pytest.raises(ValueError):
        list(extractor.extract_many(articles))


def test_a_parse_is_freed_as_soon_as_it_is_read(extractor):
    """No reference cycle keeps a document alive: a long stream must not wait for Python's cycle collector
    (which seldom looks at old objects) to free its parses."""
    text = "On 3 March 2024, Chile deployed troops to Peru. Peru accused Chile of an attack on Monday."
    doc = extractor.nlp(text)
    collected = weakref.ref(doc)
    gc.disable()
    try:
        extraction = extractor._extraction(Article("a", text), doc)
        del doc
        assert collected() is None
    finally:
        gc.enable()
    assert extraction.events and any(event.date for event in extraction.events)



@pytest.mark.parametrize(("text", "sentence"), [("Russia deployed troops to Syria.\n\nTalks went on.", "Russia deployed troops to Syria."),
                                                ("Russia deployed troops to Syria\r", "Russia deployed troops to Syria")])
def test_evidence_offsets_frame_the_sentence_without_the_breaks_around_it(extractor, text, sentence):
    evidence = extractor.extract(Article("a", text)).events[0].evidence
    assert evidence.text == sentence == text[evidence.start:evidence.end]


def test_the_version_names_the_pipeline_the_data_and_the_event_models(extractor):
    assert extractor.version.startswith("conflict-kg ")
    assert f"pipeline {extractor.nlp.meta['lang']}_{extractor.nlp.meta['name']} {extractor.nlp.meta['version']}" in extractor.version
    assert ("events rules" in extractor.version) == (extractor.classifier is None)
    assert extractor.version.endswith(f"completion {extractor.completer.version}")
    assert extractor.extract(Article("a", "Chile met Peru.")).generated_by == extractor.version


def test_no_event_has_a_target_the_ontology_does_not_allow_its_kind(extractor):
    """ckg:deploysTo ranges over countries and places, ckg:meetsWith over actors: a deployment to an armed group
    and a meeting with a place are left out, the rest kept."""
    from kg.extract.extractor import Analysis
    from kg.model import Entity, EntityType, Event, Evidence

    evidence = Evidence("Text.", 0, 5)
    entities = {key: Entity(key, kind, key) for key, kind in [
        ("country/MOZ", EntityType.COUNTRY), ("country/RWA", EntityType.COUNTRY),
        ("organization/islamic-state", EntityType.ORGANIZATION), ("location/cabo-delgado", EntityType.LOCATION)]}
    events = [Event(EventType.DEPLOYMENT, "country/RWA", "organization/islamic-state", evidence, "pursuit", 0.8),
              Event(EventType.DEPLOYMENT, "country/RWA", "location/cabo-delgado", evidence, "deployed", 0.8,
                    target_is_place=True),
              Event(EventType.MEETING, "country/RWA", "location/cabo-delgado", evidence, "met", 0.8),
              Event(EventType.MEETING, "country/RWA", "country/MOZ", evidence, "met", 0.8),
              Event(EventType.ATTACK, "country/RWA", "organization/islamic-state", evidence, "fought", 0.8)]
    analysis = Analysis(Article("a", "Text."), entities, set(), [], [], events, [], {})
    kept = {(event.type, event.target) for event in extractor.finish(analysis, None).events}
    assert kept == {(EventType.DEPLOYMENT, "location/cabo-delgado"), (EventType.MEETING, "country/MOZ"),
                    (EventType.ATTACK, "organization/islamic-state")}


def test_a_hyphen_after_an_abbreviation_splits_off_the_word(extractor):
    assert [t.text for t in extractor.nlp("a U.S.-backed plan")] == ["a", "U.S.", "-", "backed", "plan"]
    assert [t.text for t in extractor.nlp("the U.S. - and its allies")] == ["the", "U.S.", "-", "and", "its", "allies"]
    assert [t.text for t in extractor.nlp("a well-known U.S. envoy")] == ["a", "well", "-", "known", "U.S.", "envoy"]


def test_words_used_twice_are_remembered_outside_the_zone_and_split_the_same(extractor, monkeypatch):
    monkeypatch.setattr(extractor, "remembered", set())
    articles = [Article("w1", "Kandor's envoy met officials in Vellmar on Monday, Kandor said."),
                Article("w2", "Officials in Vellmar denied it.")]
    inside = [[t.text for t in doc] for doc in (extractor.nlp.make_doc(a.text) for a in articles)]
    extracted = list(extractor.extract_many(articles))
    assert extractor.remembered == {"in", "Vellmar"}  # more than once in the chunk; "Kandor" only once as written
    assert [[t.text for t in extractor.nlp.make_doc(a.text)] for a in articles] == inside
    assert [e.article.id for e in extracted] == ["w1", "w2"]


def test_no_more_words_are_remembered_than_the_room_made_for_them(extractor, monkeypatch):
    monkeypatch.setattr("kg.extract.extractor.CHUNKS_REMEMBERED", 1)
    monkeypatch.setattr(extractor, "remembered", set())
    list(extractor.extract_many([Article("r1", "Talks in Oslo ended. Talks in Oslo resume.")]))
    assert len(extractor.remembered) == 1


@pytest.mark.parametrize(("day", "acts"), [(date(1988, 5, 2), True), (date(2019, 5, 2), False)])
def test_a_state_that_no_longer_exists_acts_only_in_news_of_its_own_time(extractor, day, acts):
    text = "The Soviet Union condemned Pakistan over the border raid."
    events = extractor.extract(Article("s", text, date=day)).events
    assert any(event.actor == "country/SUN" for event in events) == acts


def test_making_an_extractor_freezes_none_of_the_callers_objects(extractor):
    frozen = gc.get_freeze_count()
    Extractor(extractor.nlp)
    assert gc.get_freeze_count() == frozen  # gc.freeze() is kg build's to call (freeze_loaded_objects), not a library's
