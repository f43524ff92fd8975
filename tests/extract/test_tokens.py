"""kg.extract.tokens: what the rules read of each token, by position, equal to what spaCy's tokens say."""

from __future__ import annotations

import pytest

from kg.extract.tokens import TokenTable, remember_sentences, sentence_starts

TEXTS = [
    "The defence ministry said on Sunday that it would not send more troops to the border region.",
    "Talks between the two governments ended early.\n\nOfficials in Oslo declined to comment. Nobody was hurt.",
    "Mr. Okafor, the envoy of the African Union, met rebel leaders in Kigali; they didn't agree.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_every_token_reads_as_spacy_reads_it(extractor, text):
    doc = extractor.nlp(text)
    tokens = TokenTable(doc)
    for token in doc:
        i = token.i
        assert (tokens.head[i], tokens.dep[i], tokens.lemma[i], tokens.lemma_lower[i], tokens.lower[i], tokens.text[i],
                tokens.pos[i], tokens.tag[i], tokens.is_stop[i], tokens.outside_entity[i]) == (
            token.head.i, token.dep_, token.lemma_, token.lemma_.lower(), token.lower_, token.text, token.pos_,
            token.tag_, token.is_stop, token.ent_iob_ == "O")
        assert tokens.children(i) == [child.i for child in token.children]
        assert tokens.sentence_of(i) == (token.sent.start, token.sent.end)


def test_an_empty_document_has_no_tokens(extractor):
    tokens = TokenTable(extractor.nlp(""))
    assert tokens.head == [] and tokens.lemma == []


@pytest.mark.parametrize("text", TEXTS)
def test_remembered_sentences_are_the_ones_spacy_finds(extractor, text):
    doc = extractor.nlp(text)
    found = [(token.sent.start, token.sent.end, doc[token.i:].sent.start) for token in doc]
    remember_sentences(doc)
    assert [(token.sent.start, token.sent.end, doc[token.i:].sent.start) for token in doc] == found
    assert all(token.sent.doc is doc for token in doc)


@pytest.mark.parametrize("text", [*TEXTS, ""])
def test_sentence_starts_are_those_of_the_sentences(extractor, text):
    doc = extractor.nlp(text)
    assert sentence_starts(doc) == [sent.start for sent in doc.sents]


def test_tokens_with_finds_the_tokens_whose_column_holds_a_word(extractor):
    doc = extractor.nlp("The rebels shelled the town, and the rebel leader fled.")
    tokens = TokenTable(doc)
    assert [token.i for token in tokens.tokens_with("lemma", {"rebel"})] == [1, 8]
    assert [token.i for token in tokens.tokens_with("text", [","])] == [5]
    assert tokens.tokens_with("lower", []) == []
    assert all(token.doc is doc for token in tokens.tokens_with("lower", ["the"]))  # the table's own document
    assert tokens.indices_with("lemma_lower", ("rebel", "flee")) == [1, 8, 10]
