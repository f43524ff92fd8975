"""The attribute rules and lemmas give exactly what spaCy's attribute ruler and lemmatizer give, remembered per
kind of token."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from kg.extract.attributes import AttributeRules, RememberedLemmas
from kg.extract.pipeline import DEFAULT_MODELS

COLUMNS = [POS, TAG, DEP, LEMMA, MORPH, HEAD]

TEXTS = [
    "Qatar's emir hosted talks between the two delegations in Doha on Tuesday.",
    "There were no talks. Let's see whether it gets better, ain't that so? Y'all gonna wait, c'mon.",
    "I told you it was done; you gave it to me, and it got worse, but then they did.",
    "KYIV, Ukraine \u2014 Drones struck the port overnight.\n\nOfficials said    the damage was limited.",
    "Beijing's measures target two senators, and the rules bar their travel.",
    "  \n",
    "",
]


@pytest.fixture(scope="module")
def pipelines(extractor):
    """Our pipeline and the same installed pipeline with spaCy's own ruler, each without the NER."""
    installed = next(name for name in DEFAULT_MODELS if spacy.util.is_package(name))
    stock = spacy.load(installed)
    stock.add_pipe("ckg_paragraphs", before="parser")
    stock.add_pipe("ckg_clause_subjects", after="parser")
    stock.add_pipe("ckg_trailing_participles", after="ckg_clause_subjects")
    stock.add_pipe("ckg_verb_shaped_nouns", after="ckg_trailing_participles")
    return extractor.nlp, stock


def test_the_small_pipeline_runs_the_remembering_components(extractor):
    assert isinstance(extractor.nlp.get_pipe("attribute_ruler"), AttributeRules)
    assert isinstance(extractor.nlp.get_pipe("lemmatizer"), RememberedLemmas)


def test_every_token_gets_what_spacys_ruler_gives(pipelines):
    ours, stock = pipelines
    for text in TEXTS * 2:  # the second round reads what the first remembered
        mine = ours(text, disable=["ckg_gazetteer", "ner"])
        theirs = stock(text, disable=["ner"])
        assert mine.to_array(COLUMNS).tolist() == theirs.to_array(COLUMNS).tolist(), text


def test_lemmas_inside_a_memory_zone_are_the_zone_s_strings(pipelines):
    ours, stock = pipelines
    text = "The envoys flew to Geneva, where mediators were holding talks over the blockaded ports."
    with ours.memory_zone():
        inside = [token.lemma_ for token in ours(text)]
    after = [token.lemma_ for token in ours(text)]
    assert inside == after == [token.lemma_ for token in stock(text)]
    assert "envoy" in after and "blockade" in after


def test_two_token_rules_set_the_token_they_name(pipelines):
    doc = pipelines[0]("They're gonna stay, ain't they?")
    lemmas = {token.text: token.lemma_ for token in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to" and lemmas["ai"] == "be"


def test_later_rules_win(extractor):
    rules = AttributeRules(
        extractor.nlp.vocab,
        "rules",
        [
            {"patterns": [[{"LOWER": "strike"}]], "attrs": {"LEMMA": "first"}},
            {"patterns": [[{"LOWER": {"IN": ["strike", "raid"]}}]], "attrs": {"LEMMA": "second"}},
            {"patterns": [[{"LOWER": {"NOT_IN": ["strike"]}}]], "attrs": {"LEMMA": "other"}},
        ],
    )
    doc = rules(extractor.nlp.make_doc("strike raid"))
    assert [token.lemma_ for token in doc] == ["second", "other"]


@pytest.mark.parametrize(
    "rule",
    [
        {"patterns": [[{"LOWER": "a", "OP": "+"}]], "attrs": {"LEMMA": "a"}},
        {"patterns": [[{"ENT_TYPE": "GPE"}]], "attrs": {"LEMMA": "a"}},
        {"patterns": [[{"LENGTH": {">=": 3}}]], "attrs": {"LEMMA": "a"}},
        {"patterns": [[{"LOWER": "a"}]], "attrs": {"_": {"flag": True}}},
    ],
)
def test_rules_reading_anything_else_keep_spacys_ruler(rule):
    assert not AttributeRules.supports([rule])
    assert AttributeRules.supports([{"patterns": [[{"TAG": "NN", "LOWER": {"REGEX": "^a"}}]], "attrs": {"POS": "X"}}])


def test_lemmatizers_of_other_kinds_stay(extractor):
    assert RememberedLemmas.supports(extractor.nlp.get_pipe("lemmatizer").lemmatizer)
    assert not RememberedLemmas.supports(extractor.nlp.get_pipe("lemmatizer"))
    assert not RememberedLemmas.supports(extractor.nlp.get_pipe("parser"))
