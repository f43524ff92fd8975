"""kg.extract.lexicon: the trigger words, frames and word classes the events are read with."""

from kg.extract.lexicon import BASES, Lexicon, confidences_of
from kg.model import EventType


def test_a_class_without_measured_figures_takes_the_defaults():
    default = {"verb": 0.9, "noun": 0.8, "context": 0.5, "presence": 0.4}
    table = confidences_of({"default": default, "events": {"Attack": {"verb": 0.7}}})
    assert table[EventType.ATTACK] == {**default, "verb": 0.7}
    assert table[EventType.THREAT] == default and set(table) == set(EventType)


def test_the_shipped_table_has_a_figure_for_every_class_and_basis():
    table = Lexicon.default()
    assert all(0 < table.confidence(event, basis) < 1 for event in EventType for basis in BASES)


def test_a_trigger_word_opens_its_events_and_a_class_holds_its_words(analyse):
    lexicon = Lexicon.default()
    doc = analyse("Kenya deployed troops after the blast.").doc
    [deployed] = [i for i, token in enumerate(doc) if token.lower_ == "deployed"]
    opened = lexicon.triggers(doc)
    assert EventType.DEPLOYMENT in {trigger.event for trigger in opened[deployed]}
    assert not any(doc[i].lower_ == "kenya" for i in opened)  # a name opens nothing
    troops = doc[deployed + 1]
    assert lexicon.in_class(troops, "forces") and not lexicon.in_class(doc[0], "forces")


def test_a_noun_trigger_the_parser_lemmatizes_to_another_word_opens_by_its_written_form(analyse):
    lexicon = Lexicon.default()
    doc = analyse("Peru and Chile made peace under the auspices of Brazil.").doc
    [auspices] = [token for token in doc if token.lower_ == "auspices"]
    assert auspices.lemma_ != "auspices"  # the parser's lemma is another word
    assert EventType.MEDIATION in {trigger.event for trigger in lexicon.triggers(doc)[auspices.i]}
    verb_form = analyse("Peru mediates often.").doc  # a verb is still found by its lemma only
    assert [verb_form[i].lower_ for i in lexicon.triggers(verb_form)] == ["mediates"]
