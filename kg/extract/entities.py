"""Entity mentions of one article, resolved to entities.

Inside an article: a capital, a seat of government or a demonym used as an actor is the
country; a surname is the person named in full before; an acronym defined in brackets is the
full name; "the minister", "the group", "he" refer back to the last fitting mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date
from functools import cache, cached_property
from typing import ClassVar

from spacy.tokens import Doc, Span, Token

from ..gazetteer import Gazetteer
from ..keys import entity_key
from ..model import Entity, EntityType, Evidence
from ..resources import load_json
from ..sources.newstext import furniture_spans
from .dates import DateExpression, resolve_event_date
from .roles import RoleWords
from .tokens import TokenTable, doc_text

__all__ = ["Mention", "ArticleEntities", "first_conjunct", "is_relative_pronoun", "resolve_entities"]


def first_conjunct(word: Token) -> Token:
    """The first of the coordinated words this one is among ("aid" of "talks and aid": "talks")."""
    while word.dep_ == "conj" and word.head != word:
        word = word.head
    return word


def is_relative_pronoun(token: Token) -> bool:
    """A relative pronoun ("which", "who", "whom", "that" opening a relative clause as its subject or object)."""
    return token.tag_ in ("WDT", "WP") or (token.lower_ == "that" and token.dep_ in ("nsubj", "dobj", "pobj"))


_REFERENCE_TYPES = {
    "Person": (EntityType.PERSON,),
    "Organization": (EntityType.ORGANIZATION,),
    "Country": (EntityType.COUNTRY,),
    "Actor": (EntityType.COUNTRY, EntityType.ORGANIZATION),
    "ArmedGroup": (EntityType.ORGANIZATION,),
    "Bloc": (EntityType.ORGANIZATION,),
    "Location": (EntityType.LOCATION,),
}
_OPENING_QUOTES = ('"', "\u201c", "\u2018", "'")
_CLOSING_QUOTES = ('"', "\u201d", "\u2019", "'")
_NO_ENTITIES = frozenset({"dateline", "byline", "caption", "source_tag", "related"})  # furniture naming no actor
_JUNK = re.compile(r"[\n|@#]|^\W|\d{3,}|https?:")
_ORDINAL_NUMBER = re.compile(r"^\d+(st|nd|rd|th)$")  # "82nd": the number of a military unit's name


@dataclass
class Mention:
    """A resolved mention: tokens ``start:end`` of the doc name entity ``key`` in ``role``."""

    start: int
    end: int
    key: str
    type: EntityType
    role: str
    text: str


class ArticleEntities:
    """Mentions of one article, indexed by token, plus the entities they name."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, published: date | None = None):
        self.doc = doc
        self.text = doc_text(doc)  # spaCy joins the tokens again on every doc.text: read once, off the array
        self.gazetteer = gazetteer
        self.published = published
        self.mentions: list[Mention] = []
        self.entities: dict[str, Entity] = {}
        self._by_token: dict[int, Mention] = {}
        self._children: list[tuple[Token, ...] | None] = [None] * len(doc)  # by token index
        self.descriptors: dict[str, list[str]] = _refer_words()
        self.affiliation: dict[str, str] = {}  # person key -> country or organization key
        self.title_words: dict[str, set[str]] = {}  # person key -> the words of the offices the article gives them
        self._evidence: dict[tuple[int, int], Evidence] = {}  # by the sentence's character offsets
        self._bloc_descriptions: dict[int, str | None] = {}  # by token index: the bloc a bloc description stands for

    # -- building ----------------------------------------------------------------------------
    def add(self, mention: Mention, name: str | None = None, canonical: str | None = None) -> None:
        if any(i in self._by_token for i in range(mention.start, mention.end)):
            return
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self._by_token[i] = mention
        entity = self.entities.get(mention.key)
        if entity is None:
            known = self.gazetteer.entities.get(mention.key)
            entity = known.to_entity() if known else Entity(mention.key, mention.type, canonical or mention.text)
            self.entities[mention.key] = entity
        entity.add_name(name or mention.text)

    def remove(self, mention: Mention) -> None:
        """Drop a mention (and its entity, when nothing else names it)."""
        self.mentions.remove(mention)
        for i in range(mention.start, mention.end):
            self._by_token.pop(i, None)
        if not any(m.key == mention.key for m in self.mentions):
            self.entities.pop(mention.key, None)

    # -- use ---------------------------------------------------------------------------------
    @cached_property
    def tokens(self) -> TokenTable:
        """What the rules read of every token, by position, made once (:mod:`kg.extract.tokens`)."""
        return TokenTable(self.doc)

    @cached_property
    def sentences(self) -> list[Span]:
        """The document's sentences, made once (spaCy makes new spans on every ``doc.sents``)."""
        return list(self.doc.sents)

    @cached_property
    def _dates_by_sentence(self) -> dict[int, list[DateExpression]]:
        """The document's date expressions by the start of their sentence, each read once (kept here, not in the
        doc, so that no cycle holds the doc)."""
        found: dict[int, list[DateExpression]] = {}
        for ent in self.doc.ents:
            if ent.label_ == "DATE":
                found.setdefault(self._sentence_start(ent.start), []).append(DateExpression.of(ent))
        return found

    def _sentence_start(self, i: int) -> int:
        return self.tokens.sentence_of(i)[0]

    def dates_of(self, token: Token) -> list[DateExpression]:
        """The date expressions of the token's sentence."""
        return self._dates_by_sentence.get(self._sentence_start(token.i), [])

    def event_date(self, trigger: Token, published: date | None) -> date | None:
        """The day the date expression attached to the trigger's clause names (:func:`kg.extract.dates.resolve_event_date`)."""
        return resolve_event_date(trigger.i, self.tokens, self.dates_of(trigger), published)

    def children(self, token: Token) -> tuple[Token, ...]:
        """The token's syntactic children, as ``token.children`` gives them; kept, as spaCy makes new tokens each time."""
        found = self._children[token.i]
        if found is None:
            found = self._children[token.i] = tuple(token.children)
        return found

    def at(self, token: Token) -> Mention | None:
        """The mention covering this token, if any."""
        return self._by_token.get(token.i)

    def evidence(self, sent: Span) -> Evidence:
        """A sentence as the evidence of what it states (without the whitespace at its ends: the offsets are
        those of the text given); made once per sentence."""
        bounds = (sent.start_char, sent.end_char)
        found = self._evidence.get(bounds)
        if found is None:
            sentence = self.text[bounds[0]:bounds[1]]
            stripped = sentence.strip()
            start = bounds[0] + len(sentence) - len(sentence.lstrip())
            found = self._evidence[bounds] = Evidence(stripped, start, start + len(stripped))
        return found

    def type_of(self, key: str) -> EntityType:
        return self.entities[key].type

    def actor_of(self, key: str) -> str:
        """Who acts when this entity is named: a person with a known office acts for their state."""
        return self.affiliation.get(key, key)

    def incidental(self) -> set[str]:
        """Countries named only by a demonym describing something that is not an actor ("French broadcaster RFI",
        "14 of them South African") or a people ("ethnic Serbs", "Bosnian Serb politicians": then every demonym of
        that state in the article), and broad regions named only to describe a state or an actor ("the Caribbean
        nation", "Sahel countries", "his Middle East envoy"): the guideline does not count them as mentioned."""
        actor_nouns = set(load_json("lexicon/descriptors.json")["actor_nouns"]["words"])
        states_and_actors = actor_nouns | set(self.descriptors["Country"])
        peoples = {m.key for m in self.mentions if m.role == "demonym" and self.names_a_people(m)}
        describing: dict[str, bool] = {}
        for mention in self.mentions:
            token = self.doc[mention.end - 1]
            modifier = token.dep_ in ("amod", "compound", "nmod")
            adjectival = mention.role == "demonym" and (mention.key in peoples or not (
                token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "dative", "agent")
                or (modifier and token.head.lemma_.lower() in actor_nouns)))
            broad = (mention.role == "region" and modifier and self.kind(mention.key) in _BROAD_REGIONS
                     and token.head.lemma_.lower() in states_and_actors)
            describing[mention.key] = describing.get(mention.key, True) and (adjectival or broad)
        return {key for key, only in describing.items() if only}

    def names_a_people(self, mention: Mention) -> bool:
        """A demonym after "ethnic" or after another state's demonym ("ethnic Albanian", "Bosnian Serbs")."""
        before = self.doc[mention.start - 1] if mention.start else None
        if before is None:
            return False
        if before.lower_ == "ethnic":
            return True
        other = self.at(before)
        return other is not None and other.role == "demonym" and other.key != mention.key

    def state_of(self, key: str, military: bool = False) -> str:
        """A state's own body (ministry, parliament, intelligence service) acts for the state when the
        article names that state too, and, with ``military``, so do its armed services (the state sends its
        air force); other organizations act for themselves."""
        known = self.gazetteer.entities.get(key)
        kinds = ("government_body", "military") if military else ("government_body",)
        if known and known.kind in kinds and known.located_in in self.entities:
            return known.located_in
        return key

    def reference_kind(self, token: Token) -> str | None:
        """What kind of entity a pronoun or a description refers to ("it": an actor, "he": a person), if any."""
        kinds = _reference_kinds()
        found = [kinds[word] for word in (self.tokens.lower[token.i], self.tokens.lemma_lower[token.i]) if word in kinds]
        return min(found)[1] if found else None

    def refers_to(self, token: Token, entity_type: EntityType) -> bool:
        """Whether the pronoun or description can refer to an entity of this type."""
        kind = self.reference_kind(token)
        return kind is not None and entity_type in _REFERENCE_TYPES[kind]

    def refer(self, token: Token, exclude: str | None = None, kind: str | None = None) -> str | None:
        """Resolve a pronoun or a description ("he", "the group", "it") to the last fitting entity before it, of
        ``kind`` if given (else the kind the word names); a word for armed forces ("the army", "Sudan's army") of a
        state at war with part of itself names those forces."""
        type_name = kind or self.reference_kind(token)
        if type_name == "Location":
            return self._place_before(token)
        forces = is_forces_word(token)
        if type_name is None:
            return self._warring_forces_before(token) if forces else None
        key = self._refer_to(token, type_name, exclude)
        return self.forces_of(key) if forces and key is not None else key

    def own_clause_actor(self, description: Token) -> str | None:
        """The one party the subject of a description's own clause names, which the description does not stand for
        as an event's party ("The Red Cross mediates between the government and the group": not the Red Cross);
        none when the description is in that subject ("Hamas's fighters"), and not the subject of a clause above its
        own ("X said soldiers attacked the group": X may be the group)."""
        if description.pos_ != "NOUN":
            return None
        verb = description.head
        while verb.pos_ not in ("VERB", "AUX") or (verb.dep_ == "xcomp" and not _subjects(verb)):
            if verb.head == verb:
                return None
            verb = verb.head
        subjects = _subjects(verb)
        if any(description in subject.subtree for subject in subjects):
            return None
        keys = {m.key for m in self.mentions if any(subject.left_edge.i <= m.start <= subject.i for subject in subjects)}
        return keys.pop() if len(keys) == 1 else None

    def _place_before(self, noun: Token) -> str | None:
        """The place a bare definite noun of place ("the province", "the town") refers back to: the last place of a
        fitting kind named before it (descriptors.json 'place_references'); none for a described or owned noun ("the
        wider region", "the Gulf region", "the city of X", "its towns") or one owning another ("the city's airport"),
        which is not itself the place an event needs."""
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        described = any(c.dep_ in ("amod", "compound", "poss", "nmod", "nummod") or (c.dep_ == "prep" and c.lower_ == "of")
                        for c in noun.children)
        if noun.tag_ != "NN" or noun.dep_ == "poss" or not definite or described:
            return None
        word = noun.lemma_.lower()
        town = word in _PlaceWords.default().settlement_nouns or word in _place_references()["any_place_words"]
        area = word not in _PlaceWords.default().settlement_nouns
        return next((m.key for m in reversed(self.mentions) if m.start < noun.i and m.type == EntityType.LOCATION
                     and m.role != "credit" and ((town and self._town(m.key)) or (area and self._area(m.key, word)))), None)

    def _town(self, key: str) -> bool:
        """A town or city: a place the gazetteer knows by no kind of area."""
        return key in self.gazetteer.entities and self.kind(key) is None

    def _area(self, key: str, word: str) -> bool:
        """An area: a place of one of the gazetteer's kinds of area, or one it does not know whose name ends in no
        feature noun other than ``word`` ("X Island" for "the island", not "the X mine")."""
        if key in self.gazetteer.entities:
            return self.kind(key) in _place_references()["area_kinds"]
        last = self.entities[key].name.lower().split()[-1]
        return last == word or last not in _PlaceWords.default().feature_nouns

    def _warring_forces_before(self, token: Token) -> str | None:
        """The armed forces a bare "the army" or "the military" stands for: those of the last state at war with part
        of itself (or the last such forces) named before it; none in any other article."""
        for mention in reversed(self.mentions):
            if mention.start < token.i and (self.forces_at_war(mention.key) or self.kind(mention.key) == "warring_military"):
                return self.forces_of(mention.key)
        return None

    def forces_at_war(self, state: str) -> str | None:
        """The armed forces of a state at war with part of itself when the article was published."""
        return self.gazetteer.warring_military(state, self.published)

    def forces_of(self, key: str) -> str:
        """The armed forces of a state at war with part of itself (an entity of the article from now on), or the
        entity itself."""
        forces = self.forces_at_war(key)
        if forces is None:
            return key
        if forces not in self.entities:
            self.entities[forces] = self.gazetteer.entities[forces].to_entity()
        return forces

    def _refer_to(self, token: Token, type_name: str, exclude: str | None) -> str | None:
        holder = self._title_holder(token, exclude) if type_name == "Person" and token.pos_ == "NOUN" else None
        if holder is not None:
            return holder
        state = self._refer_past_title(token, type_name, exclude)
        council = self._ruling_council_before(token, exclude, state) if type_name == "Country" else None
        return council if council is not None else state

    def _refer_past_title(self, token: Token, type_name: str, exclude: str | None) -> str | None:
        """What a description that stands for no person by a title refers to (see :meth:`_refer_to`)."""
        wanted = _REFERENCE_TYPES[type_name]
        armed, bloc = type_name == "ArmedGroup", type_name == "Bloc"
        shared = self._leading_clause_subject(token, wanted, exclude)
        if shared is not None:
            return shared
        subject = self._subject_before(token, wanted, exclude)
        if subject is not None:
            return subject
        home = self.home_of_party_against(token, exclude) if type_name == "Country" else None
        if home is not None:
            return home
        described = self.described_states(token) if type_name == "Country" else None

        def fits(key: str) -> bool:
            return ((not armed or self.armed(key)) and (not bloc or self._bloc(key, token))
                    and (described is None or _state_id(key) in described))

        possessor = self._opening_possessor(token, wanted, exclude, fits)
        if possessor is not None:
            return possessor
        named = self._named_as_institution(token, wanted, exclude)
        if named is not None:
            return named
        candidates = (m.key for m in reversed(self.mentions)
                      if m.start < token.i and _stands_for(m, wanted, exclude) and fits(m.key))
        kinds = self._kinds_described(token)
        if not (bloc or kinds):
            return next(candidates, None)  # the last fitting mention: no need to look at the others
        fitting = list(candidates)
        of_kinds = [key for key in fitting if self._of_kinds(key, token, kinds)] or fitting
        if bloc:
            return self._bloc_meant(token, of_kinds)
        return of_kinds[0] if of_kinds else None

    def home_of_party_against(self, description: Token, exclude: str | None = None) -> str | None:
        """The state a description of a state ("the government", "the regime") stands for when its own clause sets it
        beside a rebel group or a party of one state the article names, as that clause's subject or a conjunct of the
        description ("the ELN accused the government", "the government and the Houthis"): that state, not merely the
        last state named nor a host whose capital follows it ("with the government in Doha"); none when such parties
        of two states are named."""
        if description.pos_ != "NOUN":
            return None
        verb = description.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        clause = first_conjunct(verb) if verb.dep_ == "conj" and not _subjects(verb) else verb
        parties = [s for s in _subjects(clause) if description not in s.subtree] + list(description.conjuncts)
        homes = {self._home_state(key) for party in parties for key in self._party_keys(party)} - {None, exclude}
        return homes.pop() if len(homes) == 1 else None

    def _party_keys(self, phrase: Token) -> list[str]:
        """The entities a party's phrase names by its head, or the one its description of a group stands for."""
        named = [m.key for m in self._head_mentions(phrase)]
        if named or phrase.pos_ != "NOUN" or self.reference_kind(phrase) not in ("Organization", "ArmedGroup"):
            return named
        key = self._refer_to(phrase, self.reference_kind(phrase), None)
        return [key] if key is not None else []

    def _home_state(self, key: str) -> str | None:
        """The state of a rebel group or a political party the gazetteer places in one (descriptors.json
        'home_state_kinds'), when the article names that state."""
        known = self.gazetteer.entities.get(key)
        kinds = load_json("lexicon/descriptors.json")["home_state_kinds"]["kinds"]
        if known is None or known.kind not in kinds or known.located_in not in self.entities:
            return None
        return known.located_in

    def _bloc_meant(self, description: Token, fitting: list[str]) -> str | None:
        """Which of the blocs named before "the bloc" (``fitting``) it stands for: not one coordinated with it
        ("NATO and the bloc"); the last one named in its own sentence; else the subject of the sentence before when
        it is one of them; else, of those named by name in its paragraph (or, with none there, in the article), the
        one the article names most, counting the descriptions that stood for it before, the last named of those named
        as often; not merely the last one named."""
        coordinated = {mention.key for mention in map(self.at, description.conjuncts) if mention is not None}
        allowed = set(fitting) - coordinated
        named = [(m.start, m.key) for m in reversed(self.mentions) if m.start < description.i and m.key in allowed]
        described = [(i, key) for i, key in self._bloc_descriptions_before(description) if key in allowed]
        in_sentence = [key for start, key in sorted(named + described, reverse=True) if start >= description.sent.start]
        if in_sentence:
            return in_sentence[0]
        subject = self._sentence_subject_before(description)
        if subject in allowed:
            return subject
        paragraph = self.paragraph_start(description)
        near = [key for start, key in named if start >= paragraph] or [key for _, key in named]
        counts = Counter(key for _, key in named + described)
        return max(dict.fromkeys(near), key=counts.__getitem__, default=None)

    def _bloc_descriptions_before(self, description: Token) -> list[tuple[int, str]]:
        """The bloc descriptions before this one ("the bloc's envoy") with the bloc each stands for, by position."""
        found = []
        for i in range(description.i):  # a token becomes an object only the first time it is asked about
            if i not in self._bloc_descriptions:
                token = self.doc[i]
                bloc_word = token.pos_ == "NOUN" and self.at(token) is None and self.reference_kind(token) == "Bloc"
                self._bloc_descriptions[i] = self.refer(token) if bloc_word else None
            if self._bloc_descriptions[i] is not None:
                found.append((i, self._bloc_descriptions[i]))
        return found

    def bordering_state_before(self, description: Token, owner: str, excluded: Iterable[str] = ()) -> str | None:
        """The state an owner's neighbour stands for ("its neighbour", "Ethiopia's neighbour"): the last state named
        before it, in its paragraph or the one before, that borders the ``owner``, not one ``excluded``; none when
        no such state is named."""
        paragraph = self.paragraph_start(description)
        opening = self.paragraph_start(self.doc[paragraph - 1]) if paragraph > 0 else 0
        excluded = {owner, *excluded}
        return next((m.key for m in sorted(self.mentions, key=lambda m: -m.start)
                     if opening <= m.start < description.i and m.type == EntityType.COUNTRY and m.key not in excluded
                     and self.gazetteer.bordering(owner, m.key)), None)

    def paragraph_start(self, word: Token) -> int:
        """The index of the first token of the word's paragraph (after the last line break before it)."""
        return next((t.i + 1 for t in reversed(self.doc[:word.i]) if "\n" in t.text_with_ws), 0)

    def _sentence_subject_before(self, word: Token) -> str | None:
        """The entity the subject (active or passive) of the main verb of the sentence before the word's
        sentence names, when the subject itself is a mention ("ECOWAS appealed to ..."; not "the AU's envoy")."""
        start = word.sent.start
        if start == 0:
            return None
        named = [self.at(subject) for subject in _subjects(self.doc[start - 1].sent.root)]
        return named[0].key if len(named) == 1 and named[0] is not None else None

    def _kinds_described(self, noun: Token) -> frozenset[str]:
        """The gazetteer kinds of body a description's noun or its modifiers name ("the military alliance":
        alliance; descriptors.json 'kind_words'), none for a description naming no kind."""
        words = [noun.lemma_.lower()] + [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
        kind_words = _kind_words()
        return frozenset(kind for word in words for kind in kind_words.get(word, ()))

    def _of_kinds(self, key: str, noun: Token, kinds: frozenset[str]) -> bool:
        """Whether an entity is of one of the kinds a description names, by the gazetteer's class or by a name
        holding the description's noun ("the Three Brotherhood Alliance" for "the alliance")."""
        return bool(kinds) and (self.kind(key) in kinds or noun.lemma_.lower() in self.entities[key].name.lower().split())

    def _named_as_institution(self, noun: Token, wanted: tuple[EntityType, ...], exclude: str | None) -> str | None:
        """The last entity named before a noun for a kind of body ("the council", "the committee") whose name holds
        that noun ("the UN Security Council"), if any: the one it stands for, not merely the last organization."""
        word = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or word not in _institution_words():
            return None
        return next((m.key for m in reversed(self.mentions) if m.start < noun.i and _stands_for(m, wanted, exclude)
                     and word in self.entities[m.key].name.lower().split()), None)

    def _ruling_council_before(self, noun: Token, exclude: str | None, state: str | None) -> str | None:
        """The ruling council "the junta" of ``state`` stands for: the last one the article names before it
        (descriptors.json 'ruling_councils') that belongs to the junta's state, or to the state an earlier word for the
        junta stands for ("the military junta which seized power" in Sierra Leone, then "The junta accused Nigeria");
        none when it names none (the junta is then its state); never another state's council ("The US National
        Security Council ... the junta", "Thailand's National Security Council ... Myanmar's junta")."""
        councils = _RulingCouncils.default()
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in councils.words:
            return None
        states = {state, *(self._refer_past_title(t, "Country", None) for t in self.doc[:noun.i]
                           if t.pos_ == "NOUN" and t.lemma_.lower() in councils.words)} - {None}
        return next((m.key for m in reversed(self.mentions) if m.start < noun.i
                     and m.type == EntityType.ORGANIZATION and m.key != exclude and m.role not in ("place", "credit")
                     and self._ruling_council(m, states)), None)

    def _ruling_council(self, mention: Mention, states: set[str]) -> bool:
        """Whether an organization may be the ruling council of a junta of one of the ``states``: its name's head is a
        council's word ("National Council for Democracy"), and the gazetteer places it in one of them as a governing
        body or an armed group, or does not know it and the text gives it no other state ("Thailand's National
        Security Council": Thailand's)."""
        councils = _RulingCouncils.default()
        if _name_head(self.entities[mention.key].name) not in councils.heads:
            return False
        known = self.gazetteer.entities.get(mention.key)
        if known is not None:
            return known.kind in councils.kinds and known.located_in is not None and (
                not states or known.located_in in states)
        return self._owned_by(mention, states)

    def _owned_by(self, mention: Mention, states: set[str]) -> bool:
        """Whether the states a possessive or a word before the name gives it ("Thailand's National Security Council",
        "the Thai National Security Council") are among the ``states``."""
        owners = {named.key for t in self.doc[mention.start:mention.end] for c in t.children
                  if c.dep_ in ("poss", "amod", "compound", "nmod") and not mention.start <= c.i < mention.end
                  for w in c.subtree if (named := self.at(w)) is not None and named.type == EntityType.COUNTRY}
        return owners <= states

    def _title_holder(self, title: Token, exclude: str | None) -> str | None:
        """The person a title alone stands for ("the minister", "the president"): of those named before it whose
        office has that title with each title word qualifying it ("the foreign minister"; not "the former president"
        for the one in office, though "the new president" for him), the subject of the sentence before when the
        title opens its sentence as the subject ("Ruto met Museveni. The president said": Ruto), else the last one
        named; not merely the last person named."""
        roles = RoleWords.default()
        words = {title.lemma_.lower()} | {c.lower_ for c in title.children
                                          if c.dep_ in ("amod", "compound") and roles.is_word(c)}
        holders = [m.key for m in reversed(self.mentions) if m.start < title.i and m.type == EntityType.PERSON
                   and m.key != exclude and words <= self.title_words.get(m.key, set())]
        if not holders:
            return None
        opening = self.subjects_before(title.left_edge) if title.dep_ in ("nsubj", "nsubjpass") else []
        continued = [key for key in self._named_in(opening, (EntityType.PERSON,), exclude) if key in holders]
        return (continued or holders)[0]

    def described_states(self, noun: Token) -> frozenset[str] | None:
        """The states a description of a state fits by the attributes it states ("the kingdom", "the island
        nation", "the Gulf state": ``state_attributes.json``), or None when it states none known ("the country")."""
        words = self.doc[noun.left_edge.i:noun.i + 1].text.lower()
        fitting = [states for pattern, states in _state_attributes() if pattern.search(words)]
        return frozenset.intersection(*fitting) if fitting else None

    def _leading_clause_subject(self, pronoun: Token, wanted: tuple[EntityType, ...], exclude: str | None) -> str | None:
        """The one actor the subject of a leading clause names, for a pronoun that is the subject of the second of two
        coordinated clauses ("the Russian ministry voiced concern about Washington's moves, and it warned ...":
        Russia) or of an adverbial clause hung on it ("Iraq has been under UN sanctions since it invaded Kuwait":
        Iraq, not the UN); for an adverbial clause, not when the leading clause has an actor as its object too, direct
        or after "to", "with", "against" or "on" ("Peru criticised Ecuador after it shelled X", "Chile protested to
        Peru because it had shelled X": either may have). Coordinated clauses take the first subject whatever their
        objects, as before."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or pronoun.pos_ != "PRON" or verb.dep_ not in ("conj", "advcl"):
            return None
        first = first_conjunct(verb) if verb.dep_ == "conj" else verb.head
        if verb.dep_ == "advcl":
            objects = [c for c in first.children if c.dep_ in ("dobj", "dative")]
            objects += [g for holder in (first, *objects) for p in holder.children
                        if p.dep_ == "prep" and p.lower_ in ("to", "with", "against", "on")
                        for g in p.children if g.dep_ == "pobj"]
            if self._named_in(objects, wanted, exclude):
                return None
        subjects = [c for c in first.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        keys = self._named_in(subjects, wanted, exclude)
        return keys[0] if len(keys) == 1 else None

    def _subject_before(self, pronoun: Token, wanted: tuple[EntityType, ...], exclude: str | None) -> str | None:
        """A personal pronoun opening a sentence as its subject ("He received the envoys") continues the subject
        of the sentence before ("King Abdullah met Blinken. He received ..." : Abdullah), not its last name."""
        if pronoun.pos_ != "PRON" or pronoun.dep_ not in ("nsubj", "nsubjpass") or EntityType.PERSON not in wanted:
            return None
        keys = self._named_in(self.subjects_before(pronoun), wanted, exclude)
        return keys[0] if keys else None

    def _opening_possessor(self, possessor: Token, wanted: tuple[EntityType, ...], exclude: str | None,
                           fits: Callable[[str], bool]) -> str | None:
        """A possessive opening its sentence ("Its foreign minister warned", "His government", "The country's army")
        stands for the one fitting party the subject of the sentence before names ("Ethiopia accused Eritrea of X.
        Its foreign minister ...": Ethiopia), not for the last one named; not before the title of a city's or a
        province's own government ("Russia struck Kyiv. Its mayor said": the city's)."""
        if possessor.dep_ != "poss" or possessor.left_edge.i != possessor.sent.start or (
                RoleWords.default().is_local(possessor.head)):
            return None
        named = [m for subject in self.subjects_before(possessor.left_edge) for m in self._head_mentions(subject)]
        keys = list(dict.fromkeys(m.key for m in named if _stands_for(m, wanted, exclude) and fits(m.key)))
        return keys[0] if len(keys) == 1 else None

    def _head_mentions(self, phrase: Token) -> list[Mention]:
        """The mentions a noun phrase names by its head, its modifiers, its possessor, appositions and conjuncts, not
        inside its clauses or prepositional phrases ("MONUSCO, which supports the FARDC": MONUSCO)."""
        mention = self.at(phrase)
        inner = [c for c in phrase.children if c.dep_ in ("compound", "amod", "nmod", "poss", "appos", "conj")]
        return ([mention] if mention is not None else []) + [m for c in inner for m in self._head_mentions(c)]

    def subjects_before(self, word: Token) -> list[Token]:
        """For a word opening its sentence, the subjects (active or passive) of the main verb of the sentence before
        ("Chile protested. It said ...": Chile); none for a word inside a sentence."""
        start = word.sent.start
        if word.i != start or start == 0:
            return []
        return _subjects(self.doc[start - 1].sent.root)

    def _named_in(self, phrases: list[Token], wanted: tuple[EntityType, ...], exclude: str | None) -> list[str]:
        """The entities the phrases name that a reference of the ``wanted`` types may stand for, in text order."""
        found = (self.at(t) for phrase in phrases for t in phrase.subtree)
        return list(dict.fromkeys(m.key for m in found if m is not None and _stands_for(m, wanted, exclude)))

    def _bloc(self, key: str, word: Token) -> bool:
        """A bloc or an alliance: an organization of states by the gazetteer's class, one whose name says so
        ("the Three Brotherhood Alliance" is "the alliance"), or one the gazetteer does not know that is not armed;
        not an armed group or an agency named in between."""
        if word.lemma_.lower() in self.entities[key].name.lower().split():
            return True
        return self.kind(key) in _bloc_kinds() if key in self.gazetteer.entities else not self.armed(key)

    def armed(self, key: str) -> bool:
        """An armed group: so classed by the gazetteer, or unknown to it and so named ("National Liberation Army")."""
        if key in self.gazetteer.entities:
            return self.kind(key) == "armed_group"
        return self.entities[key].name.lower().split()[-1] in _armed_names()

    def kind(self, key: str) -> str | None:
        """The gazetteer's class of a known entity (armed_group, news_agency...)."""
        known = self.gazetteer.entities.get(key)
        return known.kind if known else None


@cache
def _state_attributes() -> tuple[tuple[re.Pattern, frozenset[str]], ...]:
    """Each attribute a description may state of a state, as the words that state it and the states that have it."""
    return tuple((re.compile(r"\b(?:" + "|".join(re.escape(w) for w in row["words"]) + r")\b"), frozenset(row["states"]))
                 for row in load_json("lexicon/state_attributes.json")["attributes"])


def _state_id(key: str) -> str:
    """The gazetteer id of a country's key ("country/SAU": "SAU")."""
    return key.removeprefix("country/")


def _subjects(verb: Token) -> list[Token]:
    """The subjects (active or passive) of a verb."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _stands_for(mention: Mention, wanted: tuple[EntityType, ...], exclude: str | None) -> bool:
    """Whether a reference of the ``wanted`` types may stand for the mention: an actor of one of them, not a place,
    a wire's credit or the ``exclude``d entity."""
    return mention.type in wanted and mention.role not in ("place", "credit") and mention.key != exclude


@cache
def _refer_words() -> dict[str, list[str]]:
    """descriptors.json 'refer': the words that refer to an entity of each kind ("it": an actor, "he": a person)."""
    return load_json("lexicon/descriptors.json")["refer"]


@cache
def _reference_kinds() -> dict[str, tuple[int, str]]:
    """Each word of :func:`_refer_words` with the first kind that lists it, and that kind's place in the file
    (a word and its lemma may name two kinds: the first listed wins)."""
    kinds: dict[str, tuple[int, str]] = {}
    for position, (kind, words) in enumerate(_refer_words().items()):
        for word in words:
            kinds.setdefault(word, (position, kind))
    return kinds


@cache
def _place_references() -> dict[str, list[str]]:
    """Which places a noun of place refers back to (descriptors.json 'place_references')."""
    return load_json("lexicon/descriptors.json")["place_references"]


@cache
def _institution_words() -> frozenset[str]:
    """Nouns for a kind of deliberating or governing body (descriptors.json 'institutions')."""
    return frozenset(load_json("lexicon/descriptors.json")["institutions"]["words"])


@cache
def _half_words() -> list[str]:
    """Words for half of a divided land that stand for the state named after it (descriptors.json 'halves')."""
    return load_json("lexicon/descriptors.json")["halves"]["words"]


@cache
def _kind_words() -> dict[str, list[str]]:
    """Words of a description naming gazetteer kinds of body (descriptors.json 'kind_words')."""
    return load_json("lexicon/descriptors.json")["kind_words"]["words"]


def _name_head(name: str) -> str:
    """The head word of an organization's name, lower-cased: the word before "of" or "for", else the last one
    ("National Council for Democracy": council)."""
    words = re.sub(r"\s*\(.*\)$", "", name).lower().split()
    if not words:
        return ""
    cut = next((i for i, word in enumerate(words) if word in ("of", "for")), len(words))
    return words[cut - 1] if cut else words[-1]


@cache
def _armed_names() -> frozenset[str]:
    return frozenset(load_json("lexicon/descriptors.json")["armed_names"]["words"])


@cache
def _named_forces() -> tuple[tuple[str, list[str]], ...]:
    """The names of a state's armed forces (``descriptors.json``, ``named_forces``), each with its words."""
    return tuple((force, force.split()) for force in load_json("lexicon/descriptors.json")["named_forces"]["words"])


@cache
def _forces_words() -> frozenset[str]:
    """Words for a state's armed forces (descriptors.json 'forces')."""
    return frozenset(load_json("lexicon/descriptors.json")["forces"]["words"])


def is_forces_word(token: Token) -> bool:
    """Whether the token is a word for a state's armed forces, as written ("troops") or by its lemma ("troop")."""
    words = _forces_words()
    return token.lower_ in words or token.lemma_.lower() in words


@cache
def _bloc_kinds() -> frozenset[str]:
    """The gazetteer's kinds of organizations of states (memberships.json 'bloc_kinds')."""
    return frozenset(load_json("lexicon/memberships.json")["bloc_kinds"])


def _strip(span: Span, tokens: TokenTable) -> Span:
    """Drop a leading article, and a trailing possessive, bracket or dangling "of (the)", from an entity span (the
    words read off the article's token table)."""
    start, end = span.start, span.end
    lower, text = tokens.lower, tokens.text
    while start < end and lower[start] in ("the", "a", "an"):
        start += 1
    while end > start and (text[end - 1] in ("'s", "\u2019s", "'", "-", ",", ".", "(")
                           or (lower[end - 1] in ("of", "the") and end - start > 1 and lower[end - 2] != "the")):
        end -= 1  # "Government of the" (a name the NER cut short): its head
    return Span(span.doc, start, end)


def _trim_titles(span: Span, label: str, roles: RoleWords) -> Span:
    """``Commissioner-General Philippe Lazzarini``, ``Father Augustine Geve`` -> the name; ``Korean People's Army
    Lt`` -> the army."""
    start, end = span.start, span.end
    doc = span.doc
    if label == "PERSON":
        while end - start > 1 and (roles.is_word(doc[start]) or doc[start].text == "-"
                                   or doc[start].lower_.rstrip(".") in roles.honorifics
                                   or _lone_rank(doc[start], roles)
                                   or (doc[start].is_sent_start and doc[start].lower_ in roles.lead_ins)) \
                and (doc[start].lower_ not in _NameWords.default().name_like_titles
                     or doc[start + 1].lower_ in _NameWords.default().name_like_titles):
            start += 1  # "Commissioner-General X", "Mr. X", "Citing X" at the head of a sentence; "Emir Sheikh X"
    else:
        while end - start > 1 and doc[end - 1].lower_.rstrip(".") in ("lt", "gen", "col", "maj", "capt", "sgt"):
            end -= 1
    return Span(doc, start, end)


def _lone_rank(word: Token, roles: RoleWords) -> bool:
    """A rank or form of address not followed by another ("Father X", "Captain X"; not "Field Marshal X", whose
    office an apposition before it gives)."""
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return (word.lower_.rstrip(".") in roles.ranks and following is not None
            and following.lower_.rstrip(".") not in roles.ranks)


def _plausible_person(span: Span) -> bool:
    tokens = [t for t in span if t.is_alpha]
    if not tokens or len(tokens) > 8:
        return False
    return all(t.text[0].isupper() or t.lower_ in _NameWords.default().person_particles or (t.i > 0 and t.doc[t.i - 1].text == "-")
               for t in tokens)


def _plausible_name(span: Span) -> bool:
    """Text that can be a name: capitalised, or opening on a unit's number ("10th Mountain Division"), short, no
    junk."""
    text = span.text
    return (bool(text) and len(text) <= 80 and not _JUNK.search(text)
            and (text[0].isupper() or bool(_ORDINAL_NUMBER.match(span[0].text))))


_DASHES = ("-", "\u2013", "\u2014")
_BROAD_REGIONS = frozenset({"continent", "geographic_region"})  # the gazetteer's kinds of region that only describe
_NOT_NAMES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})  # NER labels of no entity


def _subsequence(short: str, long: str) -> bool:
    """Whether the letters of ``short`` appear in order in ``long``."""
    remaining = iter(long)
    return all(letter in remaining for letter in short)


class _WordSets:
    """Word lists read from one ``section`` of ``descriptors.json``: each dataclass field is the list of that name."""

    section: ClassVar[str]

    @classmethod
    def default(cls):
        return _word_sets(cls)


@cache
def _word_sets(cls: type[_WordSets]) -> _WordSets:
    data = load_json("lexicon/descriptors.json")[cls.section]
    return cls(*(frozenset(data[f.name]) for f in fields(cls)))


@dataclass(frozen=True)
class _NameWords(_WordSets):
    """The words the reading of names relies on (``descriptors.json``, ``names``)."""

    section: ClassVar[str] = "names"

    person_particles: frozenset[str]
    name_like_titles: frozenset[str]  # titles that are also given names: "Prince", "Sheikh"
    calendar_words: frozenset[str]
    name_connectors: frozenset[str]
    demonym_endings: frozenset[str]


@dataclass(frozen=True)
class _RulingCouncils(_WordSets):
    """The words for a junta and what makes an organization its ruling council (``descriptors.json``,
    ``ruling_councils``)."""

    section: ClassVar[str] = "ruling_councils"

    words: frozenset[str]
    heads: frozenset[str]
    kinds: frozenset[str]


@dataclass(frozen=True)
class _PlaceWords(_WordSets):
    """The words around a capital that make it a place, not its state (``descriptors.json``, ``places``)."""

    section: ClassVar[str] = "places"

    locative_prepositions: frozenset[str]
    motion_verbs: frozenset[str]
    arrival_verbs: frozenset[str]
    siege_nouns: frozenset[str]
    settlement_nouns: frozenset[str]
    government_nouns: frozenset[str]
    administrative_words: frozenset[str]
    feature_nouns: frozenset[str]  # "dam", "air base": the generic words of a natural or built feature's name


def _qualifies_a_place(span: Span) -> bool:
    """A word qualifying the settlement named after "city of" ("the English city of ...", "the Tigrayan city of
    ..."), not a division's name ("the Monimbó district of ...")."""
    after = span.doc[span.end + 1] if span.end + 1 < len(span.doc) else None
    word = span.doc[span.end]
    return (after is not None and after.lower_ == "of" and word.is_lower
            and word.lower_ in _PlaceWords.default().settlement_nouns)


def _used_as_place(span: Span) -> bool:
    """A capital written as a place ("talks in Moscow", "reached Tehran", "the capital, Kabul"), not as the
    state ("Moscow said")."""
    words = _PlaceWords.default()
    before = span.doc[max(span.start - 2, 0):span.start]
    if before and (before[-1].lemma_ == "capital" or (before[-1].text == "," and before[0].lemma_.lower()
                                                       in words.settlement_nouns)):
        return True  # "the capital Kabul", "the capital, Kabul"
    root = first_conjunct(span.root)  # "leaders in Phnom Penh and Bangkok"
    beside = [root.head] if root.dep_ == "appos" else []
    beside += [child for child in root.children if child.dep_ == "appos"]
    if any(token.lemma_.lower() in words.settlement_nouns for token in beside):
        return True  # "Beirut, the Lebanese capital"
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in words.arrival_verbs
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    governor = preposition.head.lemma_.lower()
    written_after = span.doc[preposition.i - 1].lemma_.lower() if preposition.i and preposition.lower_ == "in" else ""
    if governor in words.government_nouns or written_after in words.government_nouns:
        return False  # "officials in Doha said", "accusing the government in Kinshasa of": the government
    if preposition.lower_ in words.locative_prepositions:
        return True
    if preposition.lower_ in ("of", "on"):
        return governor in words.siege_nouns or governor in words.settlement_nouns
    return preposition.lower_ in ("to", "into") and governor in words.motion_verbs


@dataclass(frozen=True)
class _StormWords(_WordSets):
    """The phrases that make the one name word after them a storm's (``descriptors.json``, ``storms``)."""

    section: ClassVar[str] = "storms"

    phrases: frozenset[str]

    def names_storm(self, span: Span) -> bool:
        """Whether the span is a storm's name: one name word right after a storm's phrase that opens the span,
        comes before it or straddles its start ("Cyclone Idai", "Idai" after "Cyclone", "Tropical" + "Storm
        Agatha"); not a longer name a phrase opens ("Tropical Forest Alliance", "Cyclone Relief International")."""
        doc = span.doc
        for phrase in self.phrases:
            words = phrase.split()
            for before in range(len(words) + 1):  # how many of the phrase's words come before the span
                start = span.start - before
                if (start >= 0 and span.end == start + len(words) + 1
                        and [t.text for t in doc[start:start + len(words)]] == words):
                    return True
        return False


@dataclass(frozen=True)
class _VesselWords(_WordSets):
    """The prefixes and nouns that make a name a ship's, and the nouns that make it a weapon's (``descriptors.json``,
    ``vessels``)."""

    section: ClassVar[str] = "vessels"

    prefixes: frozenset[str]
    nouns: frozenset[str]
    weapon_nouns: frozenset[str]

    def name_vessel(self, span: Span, known: bool) -> bool:
        """Whether the span is a ship's name: after a prefix ("USS San Antonio"), or, for a name the gazetteer
        does not know, beside a noun for a vessel ("the tanker Torm Thor", "a ship, the Yi Peng 3")."""
        doc = span.doc
        before = doc[span.start - 1] if span.start else None
        if span[0].text in self.prefixes or (before is not None and before.text in self.prefixes):
            return True
        if known:
            return False
        root = span.root
        beside = [root.head] if root.dep_ in ("appos", "compound") else []
        beside += [child for child in root.children if child.dep_ == "appos"]
        beside += [before] if before is not None else []
        return any(token.lemma_.lower() in self.nouns for token in beside) or self._names_weapon(root)

    def _names_weapon(self, root: Token) -> bool:
        """A name qualifying a noun for a weapon or a military aircraft, through the nouns between ("Patriot air
        defence batteries", "Hercules transport planes"): a weapon's model; not a name the parser hung on such a
        noun across a preposition ("asked Donald Trump for Tomahawk cruise missiles")."""
        head = root
        while head.dep_ in ("compound", "nmod", "nummod") and head.head.tag_.startswith("NN") and head.head.i > head.i:
            head = head.head
            if head.lemma_.lower() in self.weapon_nouns:
                return not any(token.pos_ == "ADP" for token in root.doc[root.i + 1:head.i])
        return False


@dataclass(frozen=True)
class _NotOrganizations(_WordSets):
    """Names, last words and first words of names that the NER takes for organizations but are not
    (``descriptors.json``, ``not_organizations``)."""

    section: ClassVar[str] = "not_organizations"

    names: frozenset[str]
    heads: frozenset[str]
    leads: frozenset[str]

    def exclude(self, name: str) -> bool:
        """Whether this name (of any case) is no organization: "Ministry", "the Minsk agreement", "Operation X"."""
        words = name.lower().split()
        if not words:
            return True
        head = words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]  # "Government of National Accord"
        return " ".join(words) in self.names or head in self.heads or words[0] in self.leads


class _Resolver:
    """Turns the doc's entity spans into mentions; one instance per article."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer, published: date | None = None):
        self.doc = doc
        self.gazetteer = gazetteer
        self.result = ArticleEntities(doc, gazetteer, published)
        self.text = self.result.text
        self.tokens = self.result.tokens
        self.furniture = furniture_spans(self.text)
        self.acronyms: dict[str, tuple[str, EntityType]] = {}
        self.people: list[tuple[Span, str]] = []  # full names seen so far, with their keys
        self.roles = RoleWords.default()
        self.not_organizations = _NotOrganizations.default()
        self.vessel_words = _VesselWords.default()
        self.storm_words = _StormWords.default()
        self.ethnic_groups = frozenset(load_json("lexicon/descriptors.json")["ethnic_groups"]["words"])
        self.governments_by_leader = frozenset(load_json("lexicon/descriptors.json")["governments_by_leader"]["words"])
        self.vessels: list[set[str]] = []  # the words of each ship's or storm's name seen so far
        self.nicknamed: set[int] = set()  # the tokens of names holding a nickname in quotes

    def _text(self, span: Span) -> str:
        """The span's text, cut from the article's (spaCy joins the span's tokens again on every ``span.text``)."""
        return self.text[span.start_char:span.end_char]

    def _furniture_kind(self, span: Span) -> str | None:
        start, end = span.start_char, span.end_char
        for kind, f_start, f_end in self.furniture:
            if f_start < end and start < f_end:
                return kind
        return None

    def _known(self, span: Span, role: str, key: str) -> None:
        known = self.gazetteer.entities.get(key)
        if known is None or self._states_listed(span, key):
            return
        if known.type in (EntityType.COUNTRY, EntityType.ORGANIZATION) and role in ("capital", "metonym") and _used_as_place(span):
            self._place(span)
            return
        self.result.add(Mention(span.start, span.end, key, known.type, role, self._text(span)))

    def _states_listed(self, span: Span, key: str) -> bool:
        """The name of a union that had ended when the article was published, made of two states' names joined by
        "and" ("Serbia and Montenegro" in news of 2020): a list of those two states, each named as itself."""
        joints = [token.i for token in span if token.lower_ == "and"]
        if len(joints) != 1 or not self.gazetteer.ended_before(key, self.result.published):
            return False
        halves = (self.doc[span.start:joints[0]], self.doc[joints[0] + 1:span.end])
        found = [self.gazetteer.lookup(self._text(half)) for half in halves]
        if not all(name is not None and name.role == "name" and name.key.startswith("country/") for name in found):
            return False
        for half, name in zip(halves, found):
            self._known(half, "name", name.key)
        return True

    def _place(self, span: Span) -> None:
        following = self.doc[span.end] if span.end < len(self.doc) else None
        if (following is not None and following.lower_ in _PlaceWords.default().administrative_words and following.is_lower
                and not self._describes_a_state(following) and not _qualifies_a_place(span)):
            span = self.doc[span.start:span.end + 1]  # "Sisaket province"
        text = self._text(span)
        found = self.gazetteer.lookup(text)
        key = entity_key("location", text)
        if found is not None and found.role in ("city", "region"):
            key = found.key
        elif found is not None and found.role == "capital":
            key = self.gazetteer.capital_cities.get(found.key, key)  # "Naypyitaw": the city GeoNames calls Nay Pyi Taw
        known = self.gazetteer.entities.get(key)
        self.result.add(Mention(span.start, span.end, key, EntityType.LOCATION, "place", text),
                        canonical=known.name if known else text)
        words = _PlaceWords.default().administrative_words
        if len(span) > 1 and span[-1].lower_ in words and key in self.result.entities:
            self.result.entities[key].add_name(self._text(span[:-1]))  # "Apure" for "Apure state"

    def _describes_a_state(self, word: Token) -> bool:
        """A word for a state after "the" ("the Gulf state", "the Baltic state"): a state described, which the
        words before only qualify, not an administrative division ("in Kassala state")."""
        return word.lower_ in self.result.descriptors["Country"] and any(c.lower_ == "the" for c in word.children)

    def _known_person(self, span: Span) -> str | None:
        """The person named in full earlier whose name contains every word of this one ("Lavrov", "Al Mashat")."""
        words = {t.text for t in span if t.is_alpha}
        for full, key in reversed(self.people):
            if words and len(full) > len(span) and words <= {t.text for t in full}:
                return key
        return None

    def _person(self, span: Span) -> None:
        if not _plausible_person(span):
            return
        text = self._text(span)
        state = self._governed_state(span)
        if state is not None:
            self.result.add(Mention(span.start, span.end, state, EntityType.COUNTRY, "metonym", text))
            return
        known = self._known_person(span)
        if known:
            self.result.add(Mention(span.start, span.end, known, EntityType.PERSON, "surname", text))
            return
        canonical = self._dictionary_name(span) or text  # the actor dictionary's name ("Zelenskiy")
        key = entity_key("person", canonical)
        self.people.append((span, key))
        self.result.add(Mention(span.start, span.end, key, EntityType.PERSON, "name", text), canonical=canonical)

    def _dictionary_name(self, span: Span) -> str | None:
        """The actor dictionary's name of this person, read past a title that is also a given name if the whole
        is unknown ("Sheikh Tamim bin Hamad Al Thani" is the emir the dictionary knows without "Sheikh")."""
        known = self.gazetteer.person_name(span.text)
        if known is None and len(span) > 1 and span[0].lower_ in _NameWords.default().name_like_titles:
            known = self.gazetteer.person_name(span[1:].text)
        return known

    def _governed_state(self, span: Span) -> str | None:
        """The state a leader's name stands for before "administration" or "government" ("the Biden
        administration"): the one state of the actor dictionary's terms of that name, if there is one."""
        root = span.root
        if root.dep_ != "compound" or root.head.lemma_.lower() not in self.governments_by_leader:
            return None
        states = {term.affiliation for term in self.gazetteer.terms(self.gazetteer.person_name(span.text) or span.text)
                  if term.affiliation.startswith("country/")}
        return states.pop() if len(states) == 1 else None

    def _is_organization_name(self, span: Span) -> bool:
        name = span.text.lower()
        demonym_like = len(span) == 1 and (name.endswith(tuple(_NameWords.default().demonym_endings)) or span[0].tag_ == "JJ")  # "Tigrayan"
        only_titles = all(self.roles.is_word(t) or not t.is_alpha for t in span)  # "Caretaker"
        return (_plausible_name(span) and not self.not_organizations.exclude(name) and not demonym_like
                and not only_titles)

    def _quoted_word(self, span: Span) -> bool:
        """A single word in quotation marks is a word quoted, not a name ("condemned it as “Iranophobia”")."""
        doc = span.doc
        return (len(span) == 1 and 0 < span.start and span.end < len(doc)
                and doc[span.start - 1].text in _OPENING_QUOTES and doc[span.end].text in _CLOSING_QUOTES)

    def _owner(self, span: Span) -> str | None:
        """The name a possessive before the span gives ("China" of "China's Coast Guard")."""
        text, pos, end = self.tokens.text, self.tokens.pos, span.start - 1
        if end < 1 or text[end] not in ("'s", "\u2019s"):
            return None
        start, sentence_start = end, self.tokens.sentence_of(span.start)[0]
        while start > sentence_start and pos[start - 1] == "PROPN":
            start -= 1
        return self._text(self.doc[start:end]) if start < end else None

    def _unknown(self, span: Span, label: str) -> None:
        text = self._text(span)
        if label in _NOT_NAMES or text.lower() in self.ethnic_groups:
            return  # "in March": a date, not the town of that name; "the Hutu-led FDLR": a people
        if (len(span) == 1 and span[0].is_sent_start and span[0].tag_ not in ("NNP", "NNPS")
                and not self.gazetteer.person_name(text) and not self._known_person(span)):
            return  # "Media reports said", "Quoting the chief": a common word capitalised to open a sentence
        owner = self._owner(span)
        # a state's own service named with its possessive: "China's Coast Guard" is the China Coast Guard
        found = (owner and self.gazetteer.lookup(f"{owner} {text}")) or self.gazetteer.lookup(text)
        if found is not None and found.role == "city" and self.gazetteer.person_name(text) and not _used_as_place(span):
            self._person(span)  # "Rubio said": the official the actor dictionary knows, not the Venezuelan town
            return
        if found is not None:
            self._known(span, found.role, found.key)
            return
        if text in self.acronyms:
            key, kind = self.acronyms[text]
            self.result.add(Mention(span.start, span.end, key, kind, "acronym", text))
            return
        if text.lower() in self.not_organizations.names or (label != "PERSON" and self._quoted_word(span)):
            return
        titled = _trim_titles(span, "PERSON", self.roles)
        if label in ("ORG", "PERSON") and not self._known_person(span) and not self.gazetteer.person_name(text) \
                and _used_as_place(span) and not self._workplace(span):
            label = "GPE"  # "near the village of Ceel Baraf", "killed in Jurf al-Sakhar": a place the NER took for a name
        elif (label in ("ORG", "GPE") and len(titled) > 1 and titled.start > span.start and _plausible_person(titled)
                and self.roles.has_head(list(self.doc[span.start:titled.start]))):
            span, label, text = titled, "PERSON", self._text(titled)  # "Monsignor Hector Fabio Henao" tagged as an organization
        elif (label in ("ORG", "GPE") and len(span) > 1 and span.start > 0 and _plausible_person(span)
              and self.roles.has_head([self.doc[span.start - 1]])
              and (self.doc[span.start - 1].is_title or self.doc[span.start - 1].dep_ == "compound")):
            label = "PERSON"  # "President | Kassym-Jomart Tokayev", "ministry spokesman | Oleg X" tagged as an organization
        elif label != "PERSON" and len(span) > 1 and _plausible_person(span) and (self._title_follows(span)
                                                                                 or self._apposed_to_title(span)):
            span, label, text = titled, "PERSON", self._text(titled)  # "Vassily Nebenzia, Russia's envoy", "its
            # spokesman, General X" tagged as a name of another kind: the name without its rank
        if label == "PERSON" or self._known_person(span) or self.gazetteer.person_name(text):
            self._person(span)  # a name the actor dictionary knows is a person, whatever the tagger said
        elif label == "ORG" and self._is_organization_name(span):
            key = self._named_before(span) or entity_key("organization", text)
            self.result.add(Mention(span.start, span.end, key, EntityType.ORGANIZATION, "name", text))
        elif label in ("GPE", "LOC", "FAC") and _plausible_name(span) and text.lower() not in self.not_organizations.names:
            self._place(span)

    def _named_before(self, span: Span) -> str | None:
        """The organization named earlier whose name ends in this one word ("the Council" after "the U.N. Security
        Council", "the Commission" after "the European Commission"), the latest if several."""
        if len(span) != 1:
            return None
        for mention in reversed(self.result.mentions):
            name = self.result.entities[mention.key].name
            if mention.type == EntityType.ORGANIZATION and mention.start < span.start and name.split()[-1] == span.text \
                    and name != span.text:
                return mention.key
        return None

    def _vessel(self, span: Span, known: bool) -> bool:
        """A ship's or a storm's name, or (for a name the gazetteer does not know) a part of one named before ("the
        Eisenhower" after "the carrier Dwight D. Eisenhower", "Idai" after "Cyclone Idai"): no entity."""
        words = {t.text for t in span if t.is_alpha}
        if self.vessel_words.name_vessel(span, known) or self.storm_words.names_storm(span):
            self.vessels.append(words)
            return True
        return not known and bool(words) and any(words <= vessel for vessel in self.vessels)

    def _workplace(self, span: Span) -> bool:
        """The body an office is held at ("a manager at the Ryongsong Machine Complex"), not a place."""
        root = span.root
        return root.dep_ == "pobj" and self.roles.has_head([root.head.head])

    def _apposed_to_title(self, span: Span) -> bool:
        """The name set after an office and a comma, in apposition to it ("Egypt's delegate to the League, Tarek
        Adel,", "the government spokeswoman, Yolande Makolo")."""
        root = span.root
        before = self.doc[span.start - 1] if span.start else None
        return (root.dep_ == "appos" and root.head.i < span.start and before is not None and before.text == ","
                and root.head.is_lower and self.roles.has_head([root.head]))

    def _title_follows(self, span: Span, reach: int = 6) -> bool:
        """An apposition with an office follows the name: ", Russia's envoy", ", the bloc's chairman"."""
        doc, end = self.doc, span.end
        if end >= len(doc) or doc[end].text != ",":
            return False
        for token in doc[end + 1:min(end + 1 + reach, span.sent.end)]:
            if token.is_punct and token.text not in ("'s", "-"):
                return False
            if token.is_lower and self.roles.has_head([token]):
                return True
        return False

    def _parts(self, ent: Span) -> list[Span]:
        """An entity span cut at slashes and commas ("UrduPoint News / Sputnik", "Diaca, Roma") and before a dash
        and a date, trimmed of titles."""
        doc, parts, start, text = self.doc, [], ent.start, self.tokens.text
        if any(mark in self.text[ent.start_char:ent.end_char] for mark in "/,"):
            for i in range(ent.start, ent.end):
                if text[i] in ("/", ","):
                    parts.append(Span(doc, start, i))
                    start = i + 1
        parts.append(Span(doc, start, ent.end))
        if ent.label_ == "PERSON":  # "President Mahamat | Idriss Deby", "Choe Son | Hui": the NER cut a name
            first, last = parts[0].start, parts[-1].end
            sentence_start, sentence_end = self.tokens.sentence_of(ent.start)
            while first > sentence_start and self._name_word(doc[first - 1], before_name=True):
                first -= 1
            while last < sentence_end and (self._name_word(doc[last]) or self._joins_surname(doc[last])):
                last += 2 if text[last] == "-" else 1
            for i in [*range(first, parts[0].start), *range(parts[-1].end, last)]:
                absorbed = self.result.at(doc[i])
                if absorbed is not None:
                    self.result.remove(absorbed)
            parts[0], parts[-1] = doc[first:parts[0].end], doc[parts[-1].start:last]
            if len(parts) == 1:
                parts = [doc[first:last]]
        out = []
        for part in parts:
            cut = next((i for i in range(part.start + 1, part.end) if text[i] == "("), part.end)  # "Visiting Forces Agreement (VFA"
            if any(dash in self.text[part.start_char:part.end_char] for dash in _DASHES):
                cut = next((i for i in range(part.start, part.end) if text[i] in _DASHES and i + 1 < part.end
                            and any(c.isdigit() for c in text[i + 1])), cut)
            trimmed = _strip(_trim_titles(Span(doc, part.start, cut), ent.label_, self.roles), self.tokens)
            if len(trimmed):
                out.append(trimmed)
        return out

    def _with_leading_state(self, span: Span, label: str) -> Span:
        """``Colombian | Episcopal Conference``: the ruler took the demonym, the NER the rest of one name."""
        if label != "ORG" or span.start == 0 or span.text.lower() in self.not_organizations.names:
            return span
        before = self.result.at(self.doc[span.start - 1])
        if before is None or before.end != span.start or before.type != EntityType.COUNTRY or before.role not in ("demonym", "name"):
            return span
        if not all(t.is_title or t.lower_ in _NameWords.default().name_connectors for t in span):
            return span
        self.result.remove(before)
        return self.doc[before.start:span.end]

    def _joins_surname(self, token: Token) -> bool:
        """A hyphen between two parts of one surname ("Akufo-Addo", "al-Houthi" even where "Houthi" names a group),
        not between two people's names ("the Xi-Modi meeting")."""
        doc = self.doc
        if token.text != "-" or token.i + 1 >= len(doc) or not token.i or doc[token.i - 1].whitespace_ or token.whitespace_:
            return False
        before, after = doc[token.i - 1], doc[token.i + 1]
        if before.lower_ in _NameWords.default().person_particles:
            return after.is_title and after.tag_ == "NNP"
        return self._name_word(after) and not any(self.gazetteer.person_name(t.text) for t in (before, after))

    def _name_word(self, token: Token, before_name: bool = False) -> bool:
        """A capitalised word that can continue a person's name: not a title, a date or a known entity; or a
        particle between a name's words ("Maryam bint Ali", "Abdel Fattah al-Sisi", "Hans van den Broek"): one the
        name read so far follows (``before_name``), or one a name word or a hyphen follows; not one that would end
        the name ("the Ejército del Pueblo": no person "Ejército del")."""
        particles = _NameWords.default().person_particles
        if token.lower_ in particles and token.i > 0 and (self.doc[token.i - 1].tag_ == "NNP"
                                                          or self.doc[token.i - 1].lower_ in particles):
            after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
            return before_name or (after is not None and (after.text == "-" or self._name_word(after)))
        return (token.tag_ == "NNP" and token.is_title and not token.ent_id_
                and token.ent_type_ in ("", "GPE", "ORG", "NORP", "PERSON")
                and not self.roles.is_word(token) and token.lower_ not in _NameWords.default().calendar_words
                and self.gazetteer.lookup(token.text) is None)

    def _mark_credit(self, span: Span) -> None:
        """A wire agency in brackets after a dateline ("MOSCOW (Sputnik) -") is credited, not an actor."""
        for kind, _, end in self.furniture:
            between = self.text[end:span.start_char]
            if kind == "dateline" and 0 <= len(between) <= 40 and "(" in between and ")" not in between:
                mention = self.result.at(span.root)
                if mention is not None:
                    mention.role = "credit"

    def _acronym_window(self, open_paren: int, letters: str) -> Span | None:
        """The longest run of words before the bracket whose initials spell the acronym ("SADC Mission in Mozambique")."""
        doc, best = self.doc, None
        sent_start = doc[open_paren].sent.start
        for start in range(open_paren - 1, max(sent_start, open_paren - 9) - 1, -1):
            words = [t for t in doc[start:open_paren] if t.is_alpha and t.lower_ not in _NameWords.default().name_connectors]
            if not words or not all(t.text[0].isupper() for t in words) or words[0].i != start:
                continue  # the run opens on a word of the name (not ", the Economic Community of ...")
            initials = "".join(t.text[0] for t in words).upper()
            if initials[0] == letters[0] and initials[-1] == letters[-1] and _subsequence(initials, letters):
                best = doc[start:open_paren]
        return best if best is not None and len(best) > 1 else None

    def _define_acronyms(self) -> None:
        """``Tigray People's Liberation Front (TPLF)``: the bracketed acronym names the entity before it."""
        doc = self.doc
        for close in self.tokens.tokens_with("text", [")"]):
            token = doc[close.i - 1]
            if close.i < 2 or doc[token.i - 1].text != "(" or not token.text.replace(".", "").isupper():
                continue
            acronym, letters = token.text, token.text.replace(".", "")
            window = self._acronym_window(token.i - 1, letters) if len(letters) >= 2 else None
            if window is not None and self.gazetteer.lookup(window.text) is None and self.not_organizations.exclude(window.text):
                for mention in [m for m in self.result.mentions if m.text == acronym and m.key not in self.gazetteer.entities]:
                    self.result.remove(mention)  # "the Mutual Defense Treaty (MDT)", "the MDT": a treaty, no actor
                continue
            before = self.result.at(doc[token.i - 2])
            if window is not None and not (before and before.start <= window.start and before.type != EntityType.COUNTRY):
                known = self.gazetteer.lookup(window.text)
                key = known.key if known else entity_key("organization", window.text)
                kind = self.gazetteer.entities[key].type if known else EntityType.ORGANIZATION
                for inner in [m for m in self.result.mentions if window.start <= m.start < window.end]:
                    self.result.remove(inner)
                self.result.add(Mention(window.start, window.end, key, kind, "name", window.text))
                before = self.result.at(doc[token.i - 2])
            if before is not None and acronym not in self.acronyms and before.type != EntityType.PERSON:
                self.acronyms[acronym] = (before.key, before.type)
                self.result.entities[before.key].add_name(acronym)

    def _nicknamed_people(self) -> None:
        """``Mohamed Hamdan “Hemedti” Dagalo``, ``Ferdinand "Bongbong" Marcos Jr.``: a one-word nickname in quotes
        between the words of a name is one person, named without it (the nickname is one of its names)."""
        doc = self.doc
        for quote in self.tokens.tokens_with("text", _OPENING_QUOTES):
            i = quote.i
            if not 0 < i < len(doc) - 3 or doc[i + 2].text not in _CLOSING_QUOTES:
                continue
            nickname = doc[i + 1]
            if not (nickname.is_alpha and nickname.is_title and self._in_name(doc[i - 1]) and self._in_name(doc[i + 3])):
                continue
            start, end = i - 1, i + 4
            while start > doc[i].sent.start and i - start < 3 and self._in_name(doc[start - 1]):
                start -= 1
            while end < len(doc) and end - i < 6 and (self._in_name(doc[end]) or doc[end].lower_ in ("jr", "jr.")):
                end += 1
            plain = " ".join(t.text for t in [*doc[start:i], *doc[i + 3:end]])
            canonical = self.gazetteer.person_name(plain) or plain
            key = entity_key("person", canonical)
            self.people.append((doc[start:end], key))
            self.result.add(Mention(start, end, key, EntityType.PERSON, "name", doc[start:end].text), name=plain,
                            canonical=canonical)
            self.result.entities[key].add_name(nickname.text)
            self.nicknamed.update(range(start, end))

    def _in_name(self, token: Token) -> bool:
        """A capitalised word of a person's name that is no title ("Gen.", "President")."""
        return (token.is_alpha and token.is_title and not self.roles.is_word(token)
                and token.lower_.rstrip(".") not in self.roles.honorifics)

    def _feature_named(self, span: Span, label: str, role: str | None) -> Span | None:
        """The name with the feature noun written after it ("the Kakhovka dam", "Lombrum Naval Base"): one place, if
        the name alone is no state, body or person the gazetteer knows (after a town's name: a capitalised noun)."""
        if label in _NOT_NAMES or label == "NORP":
            return None
        text = self._text(span)
        if role is None:
            found = self.gazetteer.lookup(text)
            role = found.role if found is not None else None
        if role not in (None, "city") or self.gazetteer.person_name(text) or self._known_person(span):
            return None
        doc, features = self.doc, _PlaceWords.default().feature_nouns
        for end in range(min(span.end + 3, span.sent.end), span.end, -1):  # the longest: "Nuclear Power Plant"
            words = doc[span.end:end]
            if words.text.lower() in features and (role is None or all(word.is_title for word in words)):
                return doc[span.start:end]
        return None

    def _division_named(self, span: Span, label: str, role: str | None) -> Span | None:
        """The name with an administrative word written after it ("Apure state", "the Nabatieh district", "Zamboanga
        City"): one place, if the name alone is a place or no name the gazetteer knows, and the word opens no longer
        name ("Zamboanga City Council")."""
        if label in _NOT_NAMES or label == "NORP" or role not in (None, "city", "region") or span.end + 1 >= span.sent.end:
            return None
        word, following = self.doc[span.end], self.doc[span.end + 1]
        if (word.lower_ not in _PlaceWords.default().administrative_words or not (word.is_lower or word.is_title)
                or (word.is_title and following.is_title) or self._describes_a_state(word) or _qualifies_a_place(span)):
            return None
        if self.gazetteer.person_name(self._text(span)) or self._known_person(span):
            return None
        return self.doc[span.start:span.end + 1]

    def _division(self, division: Span, name: Span, known_key: str | None) -> None:
        """The administrative division named with its word, also named alone: the place the gazetteer knows by the
        name ("the Kurdistan region"), else a new one."""
        if known_key is None:
            self._place(division)
            return
        self.result.add(Mention(division.start, division.end, known_key, EntityType.LOCATION, "place", self._text(division)))
        if known_key in self.result.entities:
            self.result.entities[known_key].add_name(self._text(name))

    def _place_with_feature(self, feature: Span, name: Span) -> None:
        """The place named with its feature noun, also named by the name alone ("Storskog" for "the Storskog crossing")."""
        self._place(feature)
        mention = self.result.at(feature[0])
        if mention is not None and mention.type == EntityType.LOCATION:
            self.result.entities[mention.key].add_name(self._text(name))

    def run(self) -> ArticleEntities:
        self._nicknamed_people()
        taken_until = 0  # the end of the last name extended by a feature noun, over the NER's next entity
        for ent in self.doc.ents:
            if self.nicknamed.intersection(range(ent.start, ent.end)) or ent.start < taken_until:
                continue
            ent_id = ent.ent_id_
            for span in ([_strip(ent, self.tokens)] if ent_id else self._parts(ent)):
                if not len(span) or self.gazetteer.blocks(self._text(span)) or self._vessel(span, bool(ent_id)):
                    continue
                furniture = self._furniture_kind(span)
                if furniture in _NO_ENTITIES or (furniture == "headline" and not ent_id):
                    continue
                key, _, role = ent_id.partition("#")
                feature = self._feature_named(span, ent.label_, role or None)
                division = None if feature is not None else self._division_named(span, ent.label_, role or None)
                if feature is not None:
                    self._place_with_feature(feature, span)
                    taken_until = feature.end
                elif division is not None:
                    self._division(division, span, key or None)
                    taken_until = division.end
                elif ent_id:
                    self._known(span, role, key)
                else:
                    self._unknown(self._with_leading_state(span, ent.label_), ent.label_)
                self._mark_credit(span)
        self._untagged_titled_people()
        self._drop_regions_describing_a_state()
        self._define_acronyms()
        self._apply_acronyms()
        self._name_halves()
        self._name_warring_forces()
        self._link_early_surnames()
        self._name_ministries()
        self._name_state_forces()
        return self.result

    def _name_word_before(self, i: int) -> bool:
        """A capitalised proper noun, in no other mention, right before token ``i`` of the same sentence ("Royal")."""
        before = self.doc[i - 1] if i > 0 else None
        return (before is not None and not self.doc[i].is_sent_start and before.is_title and before.pos_ == "PROPN"
                and self.result.at(before) is None)

    def _name_ministries(self) -> None:
        """A state's ministry written with capitals ("the Saudi Foreign Ministry", "Russia's Defence Ministry", "the
        Ministry of Foreign Affairs of Qatar") is an organization of the article, named "Ministry of <charge>
        (<state>)" and by the text's words (``descriptors.json``, ``ministries``); it gets no mention, so the state
        keeps standing for it in events. A ministry the gazetteer knows by the text's words is that one."""
        charges = load_json("lexicon/descriptors.json")["ministries"]["charges"]
        for word in self.tokens.tokens_with("text", {"Ministry"}):
            named = self._ministry_name(word)
            if named is None:
                continue
            name, whole, charge, state = named
            canonical = f"Ministry of {charges.get(charge, charge)} ({self.gazetteer.entities[state].name})"
            self._add_state_body(whole, entity_key("organization", canonical), canonical, state).add_name(self._text(name))

    def _add_state_body(self, whole: Span, key: str, canonical: str, state: str) -> Entity:
        """Add a state's body named by ``whole`` as an entity of the article without a mention (the state acts for
        it): the one the gazetteer knows by those words, else an organization of this key and name in the state."""
        text = self._text(whole)
        known = self.gazetteer.lookup(text)
        if known is not None and known.key.startswith("organization/"):
            key = known.key
        key = next((entity.key for entity in self.result.entities.values()
                    if entity.type == EntityType.ORGANIZATION and text in entity.alt_names | {entity.name}), key)
        entity = self.result.entities.get(key)
        if entity is None:
            entity = (self.gazetteer.entities[key].to_entity() if key in self.gazetteer.entities
                      else Entity(key, EntityType.ORGANIZATION, canonical, located_in=state))
            self.result.entities[key] = entity
        entity.add_name(self._text(whole))  # with its state: "the Saudi Foreign Ministry", "Russia's Defence Ministry"
        return entity

    def _name_state_forces(self) -> None:
        """A state named right before capitalised words for its armed forces ("the Nepalese Army", "Qatar Armed
        Forces", "Finland's Border Guard", ``descriptors.json``, ``named_forces``; one other capitalised word may
        stand between: "the Qatari Amiri Air Force"; a proper noun before the state belongs to the name: "the Royal
        Australian Air Force") names those forces, an organization of the article keyed by state and force; it gets
        no mention, so the state keeps acting for it. Lower case ("the Nepalese army") describes the state's forces
        and names none; a name defined with a bracketed acronym is left to the acronym's reading."""
        texts = self.tokens.text  # the words compared before any span is made
        for mention in [m for m in self.result.mentions if m.type == EntityType.COUNTRY]:
            after = mention.end + (1 if mention.end < len(texts) and texts[mention.end] in ("'s", "\u2019s") else 0)
            for force, words in _named_forces():
                for gap in (0, 1):
                    end = after + gap + len(words)
                    if end > len(texts) or texts[after + gap:end] != words:
                        continue
                    span = self.doc[after:end]
                    bracketed = end < len(texts) and texts[end] == "("  # named by its acronym's reading
                    if not bracketed and all(t.is_title and self.result.at(t) is None for t in span):
                        state_name = self.gazetteer.entities[mention.key].name
                        start = mention.start - 1 if self._name_word_before(mention.start) else mention.start
                        whole = self.doc[start:end]  # "the Royal Australian Air Force"
                        self._add_state_body(whole, entity_key("organization", f"{force} ({state_name})"),
                                             self._text(whole), mention.key)

    def _ministry_name(self, word: Token) -> tuple[Span, Span, str, str] | None:
        """The capitalised name around "Ministry" (the name, the name with the state written with it, the charge,
        the state): the charge before it ("Foreign Ministry") or after "of" ("Ministry of the Interior"), the state
        as a possessive or demonym before it or after a second "of", else the last state named before; none when
        the words are part of another entity's name, furniture, or name no charge."""
        doc, at = self.doc, self.result.at
        start = word.i
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_stop and at(doc[start - 1]) is None:
            start -= 1
        end = word.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            end += 1
            while end < len(doc) and at(doc[end]) is None and (doc[end].is_title or (
                    doc[end].lower_ in ("the", "and") and end + 1 < len(doc) and doc[end + 1].is_title)):
                end += 1
            if doc[end - 1].lower_ == "of":
                end -= 1
        name = doc[start:end]
        charge = [t.text for t in name if t.i != word.i and t.lower_ != "of"]
        title_modifier = word.dep_ == "compound" and self.roles.has_head([word.head])  # "Foreign Ministry spokesman X"
        if (not charge or title_modifier or any(at(t) is not None for t in name)
                or self._furniture_kind(name) is not None):
            return None
        before, after = self._state_at(start - 1, possessive=True), self._state_after_of(end)
        whole = doc[before[0]:end] if before else doc[start:after[1]] if after else name
        state = (before or after or (None, None, self._capital_state_after_in(end) or self._last_state_before(word)))[2]
        return (name, whole, " ".join(charge), state) if state else None

    def _state_at(self, i: int, possessive: bool = False) -> tuple[int, int, str] | None:
        """The state a mention ending at token ``i`` names (start, end, key), read past a possessive "'s"."""
        if possessive and i > 0 and self.doc[i].text in ("'s", "\u2019s"):
            i -= 1
        mention = self.result.at(self.doc[i]) if i >= 0 else None
        return (mention.start, mention.end, mention.key) if mention and mention.type == EntityType.COUNTRY else None

    def _state_after_of(self, i: int) -> tuple[int, int, str] | None:
        """The state named after "of (the)" at token ``i`` ("of Qatar", "of the Russian Federation")."""
        doc = self.doc
        if i >= len(doc) or doc[i].lower_ != "of":
            return None
        i += 2 if i + 2 < len(doc) and doc[i + 1].lower_ == "the" else 1
        mention = self.result.at(doc[i]) if i < len(doc) else None
        return (mention.start, mention.end, mention.key) if mention and mention.type == EntityType.COUNTRY else None

    def _capital_state_after_in(self, i: int) -> str | None:
        """The state whose capital is named after "in" at token ``i`` ("the Ministry of Foreign Affairs in Ankara")."""
        doc = self.doc
        mention = self.result.at(doc[i + 1]) if i + 1 < len(doc) and doc[i].lower_ == "in" else None
        if mention is None:
            return None
        if mention.type == EntityType.COUNTRY:
            return mention.key
        return next((state for state, city in self.gazetteer.capital_cities.items() if city == mention.key), None)

    def _last_state_before(self, word: Token) -> str | None:
        """The state named last before the word, if any."""
        return next((m.key for m in reversed(self.result.mentions)
                     if m.type == EntityType.COUNTRY and m.end <= word.i), None)

    def _name_halves(self) -> None:
        """"the North", "the South" (descriptors.json 'halves'), not opening a longer name: the one state the article
        names whose name begins with the word ("the North's main ally" after North Korea is named)."""
        states = {m.key for m in self.result.mentions if m.type == EntityType.COUNTRY}
        for word in self.tokens.tokens_with("text", _half_words()):
            following = self.doc[word.i + 1] if word.i + 1 < len(self.doc) else None
            if (word.i == 0 or self.doc[word.i - 1].lower_ != "the" or self.result.at(word) is not None
                    or (following is not None and (following.is_title or following.text == "-"))):
                continue  # not "the South China Sea", "the North-West"
            named = [key for key in states if self.result.entities[key].name.split()[0] == word.text]
            if len(named) == 1:
                self.result.add(Mention(word.i, word.i + 1, named[0], EntityType.COUNTRY, "name", word.text),
                                name=self.result.entities[named[0]].name)  # no label "North" for the state
        self.result.mentions.sort(key=lambda m: m.start)

    def _name_warring_forces(self) -> None:
        """A state named before a word for its armed forces ("Sudan's army", "the Burmese military") names those
        forces when they fight a war inside the state as one side of it (the gazetteer's ``warring_military``)."""
        for mention in [m for m in self.result.mentions if m.type == EntityType.COUNTRY]:
            forces = self.result.forces_at_war(mention.key)
            last = self.doc[mention.end - 1]
            if forces is None or last.head.i < mention.end or not is_forces_word(last.head) or last.dep_ not in (
                    "poss", "compound", "amod", "nmod"):
                continue
            self.result.remove(mention)
            head = last.head
            self.result.add(Mention(mention.start, head.i + 1, forces, EntityType.ORGANIZATION, "forces",
                                    self.text[self.doc[mention.start].idx:head.idx + len(head.text)]))
        self.result.mentions.sort(key=lambda m: m.start)

    def _untagged_titled_people(self) -> None:
        """A name the NER left untagged before an apposed office ("Ana Ruiz, Chile's labour minister, said")."""
        for comma in self.tokens.tokens_with("text", {","}):
            start, sent_start = comma.i, comma.sent.start
            while start > sent_start and self._name_word(self.doc[start - 1], before_name=start < comma.i) \
                    and self.result.at(self.doc[start - 1]) is None:
                start -= 1
            span = self.doc[start:comma.i]
            if len(span) > 1 and _plausible_person(span) and self._furniture_kind(span) is None and self._title_follows(span):
                self._person(span)
        self.result.mentions.sort(key=lambda m: m.start)

    def _drop_regions_describing_a_state(self) -> None:
        """A region set before a word for a state ("the Pacific nation", "the Gulf kingdom") describes the state
        named before, which the description refers to; it is no place of the article."""
        state_words = set(self.result.descriptors["Country"])
        for mention in [m for m in self.result.mentions if m.type == EntityType.LOCATION]:
            span = self.doc[mention.start:mention.end]
            head = span.root.head
            if (span.root.dep_ in ("compound", "amod") and head.i >= mention.end and head.lemma_ in state_words
                    and any(child.lower_ == "the" for child in head.children)):
                self.result.remove(mention)

    def _link_early_surnames(self) -> None:
        """A surname used before the full name ("Biden and Xi agree ..." above "President Joe Biden")."""
        for mention in [m for m in self.result.mentions if m.role in ("name", "place", "city") and (
                m.type in (EntityType.PERSON, EntityType.LOCATION) or m.key not in self.gazetteer.entities)]:
            span = self.doc[mention.start:mention.end]
            words = {t.text for t in span if t.is_alpha}
            fuller = [key for full, key in self.people
                      if key != mention.key and len(full) > len(span) and words <= {t.text for t in full}]
            if fuller:
                self.result.remove(mention)
                self.result.add(Mention(mention.start, mention.end, fuller[0], EntityType.PERSON, "surname", mention.text))
        surnames = {full[-1].text: key for full, key in self.people if len(full) > 1}
        for token in self.tokens.tokens_with("text", surnames):  # surnames the NER did not tag at all
            if (token.text in surnames and token.tag_ == "NNP" and self.result.at(token) is None
                    and self._furniture_kind(self.doc[token.i:token.i + 1]) in (None, "headline")):
                self.result.add(Mention(token.i, token.i + 1, surnames[token.text], EntityType.PERSON, "surname", token.text))
        self.result.mentions.sort(key=lambda m: m.start)

    def _apply_acronyms(self) -> None:
        """Every use of a bracket-defined acronym names its entity, whatever the NER made of it."""
        for token in self.tokens.tokens_with("text", self.acronyms):
            if self._furniture_kind(token.doc[token.i:token.i + 1]):
                continue
            key, kind = self.acronyms[token.text]
            current = self.result.at(token)
            if current is not None and (current.key == key or current.end - current.start > 1):
                continue
            if current is not None:
                self.result.remove(current)
            self.result.add(Mention(token.i, token.i + 1, key, kind, "acronym", token.text))
        self.result.mentions.sort(key=lambda m: m.start)


def resolve_entities(doc: Doc, gazetteer: Gazetteer, published: date | None = None) -> ArticleEntities:
    """All entity mentions of a parsed article, published on that day (None: not known), resolved within it."""
    return _Resolver(doc, gazetteer, published).run()
