"""kg.extract.pipeline: conflict-kg's own spaCy components."""

from __future__ import annotations

import warnings

import pytest
import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.pipeline import (GazetteerRuler, attach_contact_clauses, raise_trailing_participles,
                                 retag_verb_shaped_nouns, split_clause_subjects, split_opening_phrases)
from kg.model import EventType


def test_a_noun_the_parser_gave_a_subject_and_an_object_is_a_verb():
    words = ["Oslo", "'s", "rules", "target", "two", "banks", ".", "The", "target", "moved", "."]
    tags = ["NNP", "POS", "NNS", "NN", "CD", "NNS", ".", "DT", "NN", "VBD", "."]
    heads = [2, 0, 3, 3, 5, 3, 3, 8, 9, 9, 9]
    deps = ["poss", "case", "nsubj", "ROOT", "nummod", "dobj", "punct", "det", "nsubj", "ROOT", "punct"]
    doc = retag_verb_shaped_nouns(Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps))
    assert doc[3].tag_ == "VBP"  # "rules target two banks": the clause's verb
    assert doc[8].tag_ == "NN"  # "The target moved": a subject, still a noun


def test_a_name_joined_to_a_list_that_starts_the_next_clause_is_its_subject(analyse):
    doc = analyse("Chile has no plans to send soldiers to Peru and Bolivia has ruled out doing so.").ents.doc
    bolivia = next(t for t in doc if t.text == "Bolivia")
    assert (bolivia.dep_, bolivia.head.lemma_) == ("nsubj", "rule")


def test_a_clause_the_parser_hung_on_the_name_itself_makes_no_loop():
    """"Peru and Bolivia has ruled out" with "ruled" parsed as a conjunct of "Bolivia": making Bolivia the subject
    of "ruled" would hang each under the other."""
    words = ["Chile", "sent", "troops", "to", "Peru", "and", "Bolivia", "has", "ruled", "out", "."]
    tags = ["NNP", "VBD", "NNS", "IN", "NNP", "CC", "NNP", "VBZ", "VBN", "RP", "."]
    heads = [1, 1, 1, 1, 3, 4, 4, 8, 6, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "aux", "conj", "prt", "punct"]
    doc = split_clause_subjects(Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps))
    assert not any(token in token.ancestors for token in doc)
    assert [(t.dep_, t.head.i) for t in doc[5:9]] == [("cc", 4), ("conj", 4), ("aux", 8), ("conj", 6)]  # untouched


def test_a_clause_the_parser_hung_on_the_and_keeps_one_root():
    """"and" heading the clause's verb: hanging the "and" under that verb's head (itself) would make it a root."""
    words = ["Chile", "sent", "troops", "to", "Peru", "and", "Bolivia", "has", "ruled", "out", "."]
    tags = ["NNP", "VBD", "NNS", "IN", "NNP", "CC", "NNP", "VBZ", "VBN", "RP", "."]
    heads = [1, 1, 1, 1, 3, 4, 4, 8, 5, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "aux", "conj", "prt", "punct"]
    doc = split_clause_subjects(Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps))
    assert [t.i for t in doc if t.head == t] == [1]
    assert (doc[6].dep_, doc[6].head.i) == ("nsubj", 8)


def test_a_list_of_names_before_the_clause_verb_stays_a_list(analyse):
    doc = analyse("Chile sent troops to Peru and Bolivia last year.").ents.doc
    bolivia = next(t for t in doc if t.text == "Bolivia")
    assert (bolivia.dep_, bolivia.head.text) == ("conj", "Peru")


def test_names_the_parser_hung_on_an_opening_phrase_are_the_subject():
    """"After talks in Sochi, Russia and Turkey agreed": "talks" parsed as the subject, the names as conjuncts."""
    words = ["After", "talks", "in", "Sochi", ",", "Russia", "and", "Turkey", "agreed", "."]
    tags = ["IN", "NNS", "IN", "NNP", ",", "NNP", "CC", "NNP", "VBD", "."]
    heads = [8, 8, 1, 2, 3, 3, 5, 5, 8, 8]
    deps = ["mark", "nsubj", "prep", "pobj", "punct", "conj", "cc", "conj", "ROOT", "punct"]
    doc = split_opening_phrases(Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps))
    assert [(t.dep_, t.head.i) for t in doc[:2]] == [("prep", 8), ("pobj", 0)]
    assert [(t.dep_, t.head.i) for t in doc[5:8]] == [("nsubj", 8), ("cc", 5), ("conj", 5)]


def test_an_opening_phrase_before_a_subject_of_its_own_is_left_alone():
    words = ["In", "Kenya", ",", "Uganda", "and", "Tanzania", ",", "floods", "killed", "dozens", "."]
    tags = ["IN", "NNP", ",", "NNP", "CC", "NNP", ",", "NNS", "VBD", "NNS", "."]
    heads = [8, 0, 1, 1, 3, 3, 8, 8, 8, 8, 8]
    deps = ["prep", "pobj", "punct", "conj", "cc", "conj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    doc = split_opening_phrases(Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps))
    assert [(t.dep_, t.head.i) for t in doc] == list(zip(deps, heads))


def test_the_sides_named_after_an_opening_phrase_of_talks_meet_and_agree(analyse):
    result = analyse("After two days of talks in Arusha, Kenya and Tanzania agreed on a new border regime.")
    pairs = {(kind, frozenset((actor, target))) for kind, actor, target in result.triples()}
    sides = frozenset(("country/KEN", "country/TZA"))
    assert {(EventType.MEETING.value, sides), (EventType.AGREEMENT.value, sides)} <= pairs


def test_the_story_after_a_dateline_starts_a_sentence():
    from kg.extract.pipeline import mark_paragraph_starts

    words = ["LAGOS", ",", "Nigeria", "(", "Reuters", ")", "\u2014", "Ghanaian", "troops", "reached", "Lagos", "."]
    spaces = [False, True, True, False, False, True, True, True, True, True, False, False]
    doc = mark_paragraph_starts(Doc(Vocab(), words=words, spaces=spaces))
    assert doc[7].is_sent_start  # "Ghanaian troops reached ...": not the apposition of the city
    assert not doc[9].is_sent_start


def test_the_story_after_a_dateline_is_a_sentence_of_its_own(analyse):
    result = analyse("BAMAKO, Mali (AP) — About 600 Chadian soldiers are heading to northern Mali, officials said.")
    first = next(t for t in result.ents.doc if t.text == "About")
    assert first.is_sent_start
    assert ("Deployment", "country/TCD", "country/MLI") in result.triples()


def test_the_first_word_of_a_story_after_a_dateline_is_no_sentence_alone(analyse):
    result = analyse("KAMPALA, March 3 - Uganda and Kenya agreed on Monday to reopen their shared border.")
    sentences = [sentence.text for sentence in result.ents.doc.sents]
    assert "Uganda" not in sentences
    assert any(triple[0] == "Agreement" and {triple[1], triple[2]} == {"country/UGA", "country/KEN"}
               for triple in result.triples())


def test_the_story_after_a_dateline_keeps_its_later_sentences(analyse):
    doc = analyse("KAMPALA, March 3 - Talks ended. Uganda and Kenya agreed on Monday to reopen their border.").ents.doc
    assert [sentence.text for sentence in doc.sents][1:] == [
        "Talks ended.", "Uganda and Kenya agreed on Monday to reopen their border."]


def test_a_capitalised_word_opening_a_story_without_dateline_starts_no_extra_sentence(analyse):
    doc = analyse("NATO said on Monday that troops had left.").ents.doc
    assert len(list(doc.sents)) == 1


def test_a_participle_set_off_after_an_infinitive_hangs_on_the_governing_verb():
    words = ["Lima", "asked", "Quito", "to", "act", ",", "citing", "risks", ".", "Lima", "wants", "to", "act", "citing", "risks", "."]
    tags = ["NNP", "VBD", "NNP", "TO", "VB", ",", "VBG", "NNS", ".", "NNP", "VBZ", "TO", "VB", "VBG", "NNS", "."]
    heads = [1, 1, 1, 4, 1, 4, 4, 6, 1, 10, 10, 12, 10, 12, 13, 10]
    deps = ["nsubj", "ROOT", "dobj", "aux", "xcomp", "punct", "advcl", "dobj", "punct",
            "nsubj", "ROOT", "aux", "xcomp", "advcl", "dobj", "punct"]
    doc = raise_trailing_participles(Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps))
    assert (doc[6].dep_, doc[6].head.i) == ("advcl", 1)  # ", citing": Lima cites, not Quito
    assert doc[13].head.i == 12  # no comma: left as parsed


def test_a_list_of_names_that_starts_the_next_clause_is_its_subject_whole():
    """"evacuated staff and families, and Chile, Peru and Bolivia sent ships" with the names parsed into the
    list of those evacuated: all three are the subject of "sent", not only Bolivia."""
    words = ["Spain", "evacuated", "staff", "and", "families", ",", "and", "Chile", ",", "Peru", "and", "Bolivia",
             "sent", "ships", "."]
    tags = ["NNP", "VBD", "NN", "CC", "NNS", ",", "CC", "NNP", ",", "NNP", "CC", "NNP", "VBD", "NNS", "."]
    heads = [1, 1, 1, 2, 2, 4, 4, 4, 7, 7, 9, 9, 1, 12, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "punct", "cc", "conj", "punct", "conj", "cc", "conj", "conj",
            "dobj", "punct"]
    doc = split_clause_subjects(Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps))
    assert (doc[7].dep_, doc[7].head.i) == ("nsubj", 12)
    assert [(doc[i].dep_, doc[i].head.i) for i in (9, 11)] == [("conj", 7), ("conj", 7)]
    assert doc[6].head.i == 1  # the "and" before Chile joins the two clauses
    assert not any(token in token.ancestors for token in doc)


def test_two_names_after_a_clause_move_only_the_last():
    """"evacuated staff and Chile and Peru sent ships": Chile may end the clause before, so only Peru moves."""
    words = ["Spain", "evacuated", "staff", "and", "Chile", "and", "Peru", "sent", "ships", "."]
    tags = ["NNP", "VBD", "NN", "CC", "NNP", "CC", "NNP", "VBD", "NNS", "."]
    heads = [1, 1, 1, 2, 2, 4, 4, 1, 7, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj", "cc", "conj", "conj", "dobj", "punct"]
    doc = split_clause_subjects(Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps))
    assert [(doc[i].dep_, doc[i].head.i) for i in (4, 6)] == [("conj", 2), ("nsubj", 7)]


def test_the_sentence_after_a_paragraph_lead_in_label_starts_after_the_colon():
    """A label of a few verbless words ends at its colon; a colon after a verb, at the end of its line or far
    into the paragraph ends no label."""
    from kg.extract.pipeline import mark_paragraph_starts

    paragraphs = [  # (word, tag, space after)
        [("Summary", "NN", False), (":", ":", True), ("Quito", "NNP", True), ("sent", "VBD", True), ("aid", "NN", False), (".", ".", False)],
        [("Lima", "NNP", True), ("said", "VBD", False), (":", ":", True), ("talks", "NNS", True), ("resume", "VBP", False), (".", ".", False)],
        [("Key", "JJ", True), ("facts", "NNS", False), (":", ":", False)],
        [("A", "DT", True), ("list", "NN", True), ("of", "IN", True), ("seven", "CD", True), ("very", "RB", True), ("plain", "JJ", True),
         ("nouns", "NNS", False), (":", ":", True), ("ships", "NNS", False), (".", ".", False)],
    ]
    words, tags, spaces = [], [], []
    for paragraph in paragraphs:
        words += [w for w, _, _ in paragraph] + ["\n"]
        tags += [t for _, t, _ in paragraph] + ["_SP"]
        spaces += [s for _, _, s in paragraph] + [False]
    doc = mark_paragraph_starts(Doc(Vocab(), words=words, spaces=spaces, tags=tags))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Summary", "Quito", "Lima", "Key", "A"]


def test_a_label_opening_a_paragraph_leaves_the_clause_after_it_whole(analyse):
    result = analyse("Summary: Chile and Peru mediated between Bolivia and Paraguay over the river dispute.")
    assert ("Mediation", "country/CHL", "country/BOL") in result.triples()


def test_the_name_a_paragraph_is_labelled_with_is_no_party_of_its_events(analyse):
    """"Uruguay: the shelling of ...": the label says what the paragraph is about, not who shells."""
    result = analyse("Uruguay: the shelling of Paraguay's border towns went on overnight.")
    assert not any("country/URY" in triple for triple in result.triples())


def _misread_contact_clause(*before_subject: str) -> Doc:
    """"we honour the treaty both republics ratified in June" as the parser misreads it: "both republics" the
    treaty's apposition and "ratified" a participle describing them (``before_subject`` put right after "treaty")."""
    extra = len(before_subject)
    words = ["we", "honour", "the", "treaty", *before_subject, "both", "republics", "ratified", "in", "June", "."]
    tags = ["PRP", "VBP", "DT", "NN", *[","] * extra, "DT", "NNS", "VBD", "IN", "NNP", "."]
    heads = [1, 1, 3, 1, *[3] * extra, *(h + extra for h in (5, 3, 5, 6, 7)), 1]
    deps = ["nsubj", "ROOT", "det", "dobj", *["punct"] * extra, "det", "appos", "acl", "prep", "pobj", "punct"]
    return Doc(Vocab(), words=words, tags=tags, heads=heads, deps=deps)


def test_a_clause_without_a_relative_word_describes_the_noun_before_its_subject():
    doc = attach_contact_clauses(_misread_contact_clause())
    assert (doc[6].dep_, doc[6].head.text) == ("relcl", "treaty")  # the republics ratified the treaty
    assert (doc[5].dep_, doc[5].head.text) == ("nsubj", "ratified")
    assert not any(token in token.ancestors for token in doc)


def test_a_participle_after_an_apposition_set_off_by_a_comma_is_left_alone():
    doc = attach_contact_clauses(_misread_contact_clause(","))
    assert (doc[7].dep_, doc[7].head.text) == ("acl", "republics")


def test_the_gazetteer_ruler_warns_as_spacys_ruler_does_only_when_it_holds_no_patterns():
    nlp = spacy.blank("en")
    empty = GazetteerRuler(nlp, "empty")
    with pytest.warns(UserWarning, match="W036"):
        empty(nlp("Kenya sent troops."))
    named = GazetteerRuler(nlp, "named", overwrite_ents=True)
    named.add_patterns([{"label": "GPE", "pattern": "Kenya"}])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [e.text for e in named(nlp("Kenya sent troops.")).ents] == ["Kenya"]


def test_a_participle_parted_from_its_have_by_a_phrase_heads_the_clause(analyse):
    result = analyse("Norway has for decades mediated between Colombia and the ELN.")
    mediated = next(t for t in result.doc if t.text == "mediated")
    assert (mediated.dep_, [c.dep_ for c in mediated.children if c.lower_ == "has"]) == ("ROOT", ["aux"])
    assert {(a, t) for kind, a, t in result.triples() if kind == "Mediation"} >= {("country/NOR", "country/COL")}


def test_a_participle_on_a_have_s_own_object_keeps_its_clause(analyse):
    doc = analyse("Kenya has for years soldiers trained by Britain.").doc  # "trained" hangs on "soldiers", not "years"
    has = next(t for t in doc if t.text == "has")
    assert has.dep_ != "aux"


def test_a_having_parted_from_its_participle_is_joined(analyse):
    doc = analyse("Norway, having for decades mediated between Colombia and the ELN, stepped back.").doc
    mediated = next(t for t in doc if t.text == "mediated")
    assert [c.dep_ for c in mediated.children if c.lower_ == "having"] == ["aux"]


def test_a_name_after_an_opening_weekday_is_the_subject(analyse):
    result = analyse("On Monday Mevlut Cavusoglu, the Turkish foreign minister, warned Syria.")
    assert ("Threat", "country/TUR", "country/SYR") in result.triples()


def test_an_opening_weekday_leaves_a_named_subject_alone(analyse):
    doc = analyse("On Monday Turkey warned Syria.").doc
    assert [(t.text, t.dep_) for t in doc[1:3]] == [("Monday", "pobj"), ("Turkey", "nsubj")]
