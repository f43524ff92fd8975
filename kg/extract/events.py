"""Events from the dependency parse: who did what to whom, sentence by sentence.

Each trigger word of ``ontology/lexicon/events.json`` opens a frame; its actor and target are
read from the parse: subject and object in the active voice, the ``by`` agent and the subject
in the passive, possessives, demonyms and prepositions for nouns ("the deployment of a Russian
mission to Nagorno-Karabakh"), inherited from the governing verb in reported speech and
coordinated clauses. Negated events are not asserted; hedged ones ("could", "might") are left
out (README: "Negation and hedging").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from functools import lru_cache
from itertools import combinations

from spacy.symbols import NOUN
from spacy.tokens import Span, Token

from ..model import EntityType, Event, EventType, Membership, Modality
from ..resources import load_json
from .completion import UnpairedEvent
from .entities import ArticleEntities, Mention, first_conjunct, is_forces_word, is_relative_pronoun
from .lexicon import Frame, Lexicon, Trigger
from .memberships import MembershipWords, article_pair

__all__ = ["find_events", "Lexicon"]

_ACTOR_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON)
_STATES_ONLY = (EventType.MEETING, EventType.AGREEMENT, EventType.MEDIATION)  # whose sides are states and organizations
# a mediator named in the last pair mediates for the other one only when the pair told of a contact between friends
# (whom it met, agreed with or was asked by), not of a foe (one it fought, sanctioned or accused)
_CONTACTS = (EventType.MEETING, EventType.AGREEMENT, EventType.ASSISTANCE_REQUEST)
_DANGER_CLASSES = ("assault", "fights", "dangers")  # what forces sent "against" it defend from: no party attacked
_SUBORDINATE_CLAUSES = ("ccomp", "advcl", "relcl", "acl", "pcomp", "xcomp", "csubj", "parataxis")


def _conjoined_with(verb: Token) -> Token:
    """The verb a conjunct is coordinated with: its head, but the head's own governor when a simple past cannot
    share the head's perfect ("denied that its forces had fired and accused X": the accusing is the denier's)."""
    head = verb.head
    if (verb.dep_ == "conj" and verb.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "ccomp"
            and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)):
        return head.head
    return head


def _what_it_names(clause: Token) -> list[Token]:
    """The nouns a free relative of naming stands for: "struck what it called hideouts of X" (hideouts), "fired at
    what Y described as bases of X", "bombed what officials said were camps in Z"; none for "what remained of X"."""
    if clause.pos_ not in ("VERB", "AUX") or clause.left_edge.lower_ != "what":
        return []
    named = [c for c in clause.children if c.dep_ in ("oprd", "attr")]
    named += [g for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    return named or [n for c in clause.children if c.dep_ == "ccomp" for n in _what_it_names(c)]


def _noun_read_as_clause(word: Token) -> bool:
    """A plural noun the parser read as the verb of a clause, its modifier as the subject ("imposed asset freezes
    on X": "asset" the subject of "freezes"): a bare noun phrase ends right before it and the word has no
    auxiliary, object or complement of its own."""
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    return (word.dep_ == "ccomp" and word.tag_ == "VBZ" and subject is not None and subject.pos_ == "NOUN"
            and subject.right_edge.i == word.i - 1 and subject.left_edge.pos_ in ("NOUN", "ADJ")
            and not any(c.dep_ in ("aux", "auxpass", "dobj", "xcomp", "ccomp", "attr") for c in word.children))


def _personal_pronoun(token: Token, *, plural: bool = False) -> bool:
    """Whether a word is a pronoun for a person ("he", "him", "she"), or with ``plural`` for people too ("them")."""
    return token.tag_ == "PRP" and token.lemma_.lower() in (("he", "she", "they") if plural else ("he", "she"))


def _hyphened(token: Token) -> str:
    """The word with the compound the parser split off before a hyphen, lower-case ("self-determination"), or ""."""
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].head == token and not doc[token.i - 1].whitespace_ \
            and not doc[token.i - 2].whitespace_:
        return f"{doc[token.i - 2].lower_}-{token.lower_}"
    return ""


def _infinitive(verb: Token) -> bool:
    """Whether ``verb`` is an infinitive with "to", or coordinated with one ("to train and equip X")."""
    while verb.dep_ == "conj" and verb.head != verb and not any(c.dep_ == "aux" for c in verb.children):
        verb = verb.head
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _list_head(token: Token) -> Token:
    """What a noun coordinated in a list hangs on as the list: the first item's head when the parser coordinated
    the noun with it ("accused X and Y of ...": Y may hang on X, or on the verb itself), else the token."""
    while token.dep_ == "conj" and token.pos_ in ("PROPN", "NOUN") and token.head != token:
        token = token.head
    return token


def _governor(token: Token) -> Token | None:
    """The verb a noun phrase hangs from (through prepositions and coordination)."""
    current = token
    for _ in range(4):
        if current.head == current:
            return None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def _stands_for_antecedent(argument: Token) -> bool:
    """An object or passive subject of a relative clause that is the relative pronoun, or a part of what it stands
    for ("the units that X sent", "which were flown in", "hundreds of whom were sent")."""
    if argument.dep_ not in ("dobj", "nsubjpass"):
        return False
    if is_relative_pronoun(argument):
        return True
    return any(is_relative_pronoun(g) for p in argument.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj")


def _governor_through_phrases(token: Token) -> Token | None:
    """The verb a word hangs from through prepositional phrases and nothing else ("fired at X in retaliation for
    U.S. strikes on its sites": "fired"), or else the verb whose subject or object holds it however many "of"
    phrases deep ("ordered the deployment of elements of its standby force": "ordered"); None past an
    apposition, a clause or a coordination."""
    current = token
    while current.dep_ in ("poss", "pobj", "prep") and current.head != current:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    phrase = token.head
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head != phrase.head:
        phrase = phrase.head.head
    verb = phrase.head
    if phrase.pos_ in ("NOUN", "PROPN") and phrase.dep_ in ("dobj", "nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX"):
        return verb
    return None


def _reported_clause(verb: Token) -> bool:
    """The verb of a clause someone says, or of one coordinated with it ("said that A and that B would ..."), or
    a verb with no subject of its own that the parser hung on the verb of saying ("said it backed X and would
    send ..."), or one a "that" opens after the clause it is joined to ("said X had agreed to form Y and that
    troops would arrive", whatever the parser hung it on)."""
    while verb.dep_ == "conj" and verb.head != verb:
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
                c.dep_ == "ccomp" for c in verb.head.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
            return True
        verb = verb.head
    return verb.dep_ == "ccomp"


def _clause_verb(word: Token) -> Token | None:
    """The verb a word is an argument of, through objects and prepositions ("halted trade with X": halted); none for
    a word that is no such argument (a subject)."""
    verb = word
    while verb.dep_ in ("pobj", "prep", "dobj", "dative", "conj") and verb.head != verb and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _second_subjects(verb: Token) -> list[Token]:
    """Subjects the parser hung after an active verb that already has one before it ("the ministers of A and B
    met Russian Foreign Minister Lavrov": "Lavrov" is the object, no second subject)."""
    before = [c for c in verb.lefts if c.dep_ == "nsubj"]
    return [c for c in verb.rights if c.dep_ == "nsubj"] if before else []


def _outside_clauses(phrase: Token) -> list[Token]:
    """The words of a noun phrase but those of the relative clauses on it ("France, which has troops in X")."""
    inside = {t.i for c in phrase.subtree if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in phrase.subtree if t.i not in inside]


def _phrase_head(word: Token) -> Token:
    """The head of the noun phrase a word opens ("Defence Minister Peter Wood": "Wood"; "Belarus's president, X":
    "president"), climbing through the modifiers that stand before their head."""
    while word.dep_ in ("compound", "amod", "det", "nummod", "poss", "case", "nmod") and word.i < word.head.i < word.sent.end:
        word = word.head
    return word


def _repeated_preposition_objects(place: Token) -> list[Token]:
    """The objects of the place's own preposition repeated after the place's names ("troops in South Ossetia and in
    Abkhazia"; not "in Abkhazia and near the border")."""
    return [o for p in place.head.conjuncts if p.pos_ == "ADP" and p.i > place.i and p.lower_ == place.head.lower_
            for o in p.children if o.dep_ == "pobj"]


class _SentenceFrames:
    """Reads the events of one article's sentences."""

    def __init__(self, ents: ArticleEntities, lexicon: Lexicon, published: date | None):
        self.ents = ents
        self.children = ents.children  # each token's children, made once
        self.lexicon = lexicon
        self.published = published
        self.last_pair: list[str] = []  # the last two parties named together: "the sides", "both parties"
        self.last_sides: list[str] = []  # the same, of those a mediator may stand between: "talks were mediated by X"
        self.last_sides_told = -1  # where the last sides were named
        self.last_sides_event: EventType | None = None  # what the last sides did together (none: "between X and Y")
        self.last_country_pair: list[str] = []  # the same for "the two countries", "both governments"
        self._groups_resolving: set[int] = set()  # group words being resolved, by token: none stands for itself
        self.pairs_before_sentence: tuple[list[str], list[str]] = ([], [])  # last_pair, last_country_pair as the sentence opens
        self.last_agreement: list[str] = []  # the two who last agreed: "both sides accused the other of violating the truce"
        self.last_destination: str | None = None
        self.last_station: str | None = None  # where forces were last placed, by a verb or as present somewhere
        self.senders_of: dict[str, list[str]] = {}  # who last sent forces of each kind: "the commandos" are theirs
        self.last_attacker: str | None = None  # "UNIFIL denounced the strikes": whose strikes
        # stated attacks told of each party, the latest attacker last ("X denied that its jets struck": none of X's)
        self.attack_counts: dict[str, int] = {}
        self.unaimed_authors: list[str] = []  # who last did an act aimed at no party: "the launch", "the coup"
        self.last_actors: dict[EventType, list[str]] = {}  # who last did each kind of event
        self.done_to: dict[tuple[EventType, str], list[str]] = {}  # who last did each kind of event to each party
        self.doers_by_word: dict[str, list[str]] = {}  # who last did an act told by each word: "the strikes" are theirs
        self.last_asked: tuple[list[str], list[str]] = ([], [])  # who last asked for help, and whom
        self.last_aided: tuple[list[str], int] = ([], -1)  # who last received aid, and where the aid was told
        self.opposed: dict[int, list[str]] = {}  # whom each accusation or sanction was aimed at, by its trigger
        self.accused_by: dict[str, list[str]] = {}  # whom each party last accused
        self.last_meeting: list[str] = []  # the two who last met or were to meet: "a second round", "the talks"
        self.last_sanction: tuple[list[str], list[str]] = ([], [])  # who last sanctioned whom: "the measures"
        self.blocs_of: dict[str, list[str]] = {}  # the organizations each member belongs to, as the article states
        self.unpaired: list[UnpairedEvent] = []  # stated events of one side only, for the trained completion
        theme = lexicon.classes.get(lexicon.frames[EventType.DEPLOYMENT].theme or "", frozenset())
        theme |= lexicon.classes.get("garrisons", frozenset())  # "a U.S. base in X": forces kept there
        found = [*ents.tokens.tokens_with("lower", theme),
                 *ents.tokens.tokens_with("lemma", {*theme, *map(str.title, theme)})]
        self.force_words = sorted({token.i for token in found})  # "troops", "soldiers": where contributions start
        # "stationed in", "heading to", "pulled out of"
        self.placing_verbs = lexicon.presence_verbs | lexicon.movement_verbs | lexicon.withdrawal_verbs
        self.between_words = [token.i for token in ents.tokens.tokens_with("lower", ["between"])]
        self.charge_words = [token.i for token in ents.tokens.tokens_with("lemma", lexicon.denied_charges)]
        self._prepositions_of: dict[int, tuple[list[tuple[str, Token]], list[tuple[str, Token]]]] = {}  # by token
        self._objects_of: dict[int, tuple[list[Token], list[Token]]] = {}  # by preposition
        self._prep_objects_of: dict[tuple[int, frozenset[str]], list[Token]] = {}  # by token and prepositions asked
        self._words_by_sentence: dict[tuple[int, tuple[str, ...]], tuple[Token, ...]] = {}  # by sentence start, parts of speech
        self.state_bodies = self._state_bodies()

    def _state_bodies(self) -> dict[str, str]:
        """Organizations the gazetteer does not know that the article once names as a state's own ("Pakistan's National
        Security Committee", "Its National Security Committee" opening the sentence after one whose subject is
        Pakistan): they act for that state."""
        found: dict[str, str] = {}
        for mention in self.ents.mentions:
            if mention.type != EntityType.ORGANIZATION or mention.key in self.ents.gazetteer.entities:
                continue
            for owner in (c for c in self.ents.doc[mention.end - 1].children if c.dep_ == "poss"):
                named = self.ents.at(owner)
                keys = [named.key] if named is not None else self._previous_subject(owner) if owner.pos_ == "PRON" else []
                states = [key for key in keys if self.ents.type_of(key) == EntityType.COUNTRY]
                if states:
                    found.setdefault(mention.key, states[0])
        return found

    def _previous_subject(self, pronoun: Token) -> list[str]:
        """What a pronoun opening a sentence refers to: the name that is the active subject of the sentence before."""
        return [m.key for c in self.ents.subjects_before(pronoun)
                if c.dep_ == "nsubj" and (m := self.ents.at(c)) is not None]

    # -- from tokens to entity keys -----------------------------------------------------------
    def _words_of(self, sent: Span, parts_of_speech: tuple[str, ...]) -> tuple[Token, ...]:
        """The sentence's words of these parts of speech, in order, found on the token table: the others never
        become Token objects; made once per sentence and parts of speech."""
        key = (sent.start, parts_of_speech)
        found = self._words_by_sentence.get(key)
        if found is None:
            pos = self.ents.tokens.pos
            found = self._words_by_sentence[key] = tuple(sent.doc[i] for i in range(sent.start, sent.end)
                                                         if pos[i] in parts_of_speech)
        return found

    def _sentence_number(self, token: Token) -> int:
        """The position of the token's sentence among the article's sentences."""
        start = token.sent.start
        return next(n for n, sent in enumerate(self.ents.sentences) if sent.start == start)

    def entities_in(self, token: Token, depth: int = 0, deep: bool = False, scenes: bool = True) -> list[Mention]:
        """The entities a noun phrase names: itself, its modifiers and conjuncts, not its clauses; ``deep``, those
        anywhere inside it too, but where an act took place unless ``scenes`` ("denounced abuses in Sudan")."""
        if depth > 6:
            return []
        mention = self.ents.at(token)
        found: list[Mention] = []
        if mention is not None:
            found.append(mention)
            if mention.type == EntityType.PERSON:
                found += self._conjuncts_hung_on_state(token, depth, deep, scenes)
        else:
            modifiers, owners, authors, leaders, principals = [], [], [], [], []
            backers = {t.i for c in self.children(token) if c.dep_ == "amod" and c.lemma_ in self.lexicon.backing_words
                       for t in c.subtree}
            for child in self.children(token):
                if child.dep_ == "amod" and child.lemma_ in self.lexicon.leading_words:
                    leaders += self.entities_in(child, depth + 1, deep, scenes)
                    continue  # "the Russia-led bloc": the bloc named before, else Russia
                if child.i in backers or ((named := self.ents.at(child)) is not None
                                          and backers & set(range(named.start, named.end))):
                    continue  # "the Rwandan-backed M23": the backer does not act with the backed, nor is it the
                    # backed when the parser split its name ("the Islamic State-linked insurgents": "Islamic" apart)
                if child.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod"):
                    if (named := self.ents.at(child)) is not None and named.role == "demonym" and self.ents.names_a_people(named):
                        continue  # "the ethnic Albanian leaders": a people's, not Albania's
                    modifiers += self.entities_in(child, depth + 1, deep, scenes)
                elif child.dep_ == "poss":
                    owners += self.entities_in(child, depth + 1, deep, scenes)
                elif child.dep_ == "prep" and (child.lower_ in ("from", "of") or (
                        child.lower_ == "with" and self._shared_frontier(token)) or (
                        child.lower_ in self.lexicon.vicinity_preps and self.lexicon.in_class(token, "grounds")) or (
                        deep and (scenes or child.lower_ not in self.lexicon.presence_preps)) or (
                        child.lower_ == "for" and self.lexicon.in_class(token, "agents")) or (
                        child.lower_ in self.lexicon.allegiance_preps and token.lower_ in self.lexicon.allegiance_words)):
                    # "negotiators for the government of X and for the Y": the coordinated preposition too
                    named = (authors if deep and child.lower_ == "by" else
                             principals if child.lower_ == "for" and not deep else modifiers)
                    for preposition in [child, *[c for c in self.children(child) if c.dep_ == "conj"]]:
                        for grandchild in self.children(preposition):
                            if grandchild.dep_ in ("pobj", "pcomp") and (scenes or not self.lexicon.in_class(grandchild, "grounds")):
                                named += self.entities_in(grandchild, depth + 1, deep, scenes)  # not "on Malian soil"
                elif child.dep_ in ("agent",) and deep:
                    for grandchild in self.children(child):
                        authors += self.entities_in(grandchild, depth + 1, deep, scenes)
                elif child.dep_ == "acl" and child.tag_ == "VBN" and deep:  # "blamed a rocket launched by X"
                    authors += [m for a in self.children(child) if a.dep_ == "agent" for g in self.children(a)
                                for m in self.entities_in(g, depth + 1, deep, scenes)]
            if not (modifiers or owners):  # "the envoy for X" acts for X; "the UN envoy for X" for the UN, on X
                modifiers = principals
            if not (modifiers or owners):  # not "Touadera's government in Khartoum": where it signed
                # "the rebels signed a truce with the government in Doha": the rebels' state, not the host
                home = self.ents.home_of_party_against(token) if self.ents.reference_kind(token) == "Country" else None
                modifiers = [self._pseudo(home)] if home is not None else self._seat_of(token)
            if self.lexicon.in_class(token, "agencies"):  # "the UN refugee agency": UNHCR, not the UN
                modifiers, owners = ([self._body_of(token, m) for m in named] for named in (modifiers, owners))
            named_group = self._names_a_group(token)
            if named_group:  # "the Palestinian militant group Hamas": the state only describes Hamas
                modifiers, owners = ([m for m in named if m.type != EntityType.COUNTRY] for named in (modifiers, owners))
            elif self.lexicon.in_class(token, "relations"):  # "Sudan's neighbours": others than Sudan
                modifiers, owners = self._neighbour_meant(token, owners), []
            elif self._irregulars(token):  # "Syrian rebel factions", "the Yemeni rebels", "its gangs": not the state's forces
                modifiers = [m for m in modifiers if not (m.type == EntityType.COUNTRY and m.role == "demonym")]
                if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in self.children(token)):
                    owners = [m for m in owners if m.type != EntityType.COUNTRY]
            # deep in an act, its author is named first: "condemned Turkey's intervention in Libya", "criticised
            # the suspension of the treaty by India", "denounced a visit to Seoul by a US submarine"
            found += (owners or authors or modifiers) if deep else (modifiers or owners)
            if not found and token.tag_ == "NNS":
                found += self._examples_of(token, depth, deep, scenes) or self._among_them(token)
            if not found and not named_group:  # "the rebels and the Congolese army": the conjuncts after a reference too
                # "the US-led coalition": a body a state leads, not an armed group named before
                referred = self._state_opposed_to_group(token) or [
                    m for m in self._refer(token) if not (leaders and self.ents.armed(m.key))]
                found += referred or (self._bloc_named_after(token) if leaders else []) or leaders
            if backers:  # "the Islamic State-linked insurgents": not the group that backs them
                backing = {m.key for i in backers if (m := self.ents.at(self.ents.doc[i])) is not None}
                found = [m for m in found if m.key not in backing]
        for child in self.children(token):
            if ((self._names_no_person(mention) or self._after_named_conjunct(token, child)) and child.dep_ == "appos"
                    and child.pos_ == "NOUN" and not any(c.dep_ == "conj" for c in self.children(child))):
                # a place or a group described names no one else but a state ("Beirut, the Lebanese capital"):
                # not "Goma, the capital of North Kivu", "al-Shabaab, an al-Qaeda affiliate"
                found += [m for m in self.entities_in(child, depth, deep) if m.type == EntityType.COUNTRY]
                continue
            if child.dep_ in ("conj", "appos") and child.pos_ in ("PROPN", "NOUN", "PRON", "ADJ"):
                found += self.entities_in(child, depth, deep, scenes)  # a list is as deep as its first item
        return found

    def _conjuncts_hung_on_state(self, person: Token, depth: int, deep: bool, scenes: bool) -> list[Mention]:
        """The persons coordinated with the state a person is "of", which the parser hangs on that state ("President
        X of A and Y, the leader of B", "Presidents X of A and Y of B"): the person's conjuncts, not the state's."""
        states = [o for p in self.children(person) if p.dep_ == "prep" and p.lower_ == "of"
                  for o in self.children(p) if o.dep_ == "pobj"]
        named = [m for state in states for c in self.children(state) if c.dep_ == "conj"
                 for m in self.entities_in(c, depth + 1, deep, scenes)]
        return named if named and named[0].type == EntityType.PERSON else []

    def _body_of(self, noun: Token, parent: Mention) -> Mention:
        """The body a description with a parent organization's name stands for ("the UN refugee agency", "the AU
        commission"): the body the gazetteer knows by the whole description, else the body of that parent the article
        names whose name holds the noun or another word of the description (nearest before it first), else the parent."""
        if parent.type != EntityType.ORGANIZATION or not 0 <= parent.end <= noun.i:
            return parent  # not "the agency of the UN": the parent's name written before the noun only
        described = self.ents.doc[parent.end:noun.i + 1]
        if described[0].tag_ == "POS":  # "the UN's nuclear watchdog": as the gazetteer writes it, without "'s"
            described = described[1:]
        known = self.ents.gazetteer.lookup(f"{parent.text} {described.text}")
        if known is not None and known.key != parent.key and self.ents.gazetteer.entities[known.key].type == EntityType.ORGANIZATION:
            return self._pseudo(self._known(known.key))
        words = [noun.lemma_.lower()] + [c.lower_ for c in self.children(noun) if c.dep_ in ("amod", "compound")
                                         and not parent.start <= c.i < parent.end]
        bodies = [m for m in sorted(self.ents.mentions, key=lambda m: (m.start > noun.i, abs(m.start - noun.i)))
                  if m.key != parent.key and self._belongs_to(m.key, parent.key) and self._name_holds(m.key, words)]
        return bodies[0] if bodies else parent

    def _belongs_to(self, key: str, parent: str) -> bool:
        """Whether an organization is a body of the parent: its name holds the parent's name ("African Union
        Commission") or the gazetteer classes it as a kind of body of the parent (descriptors.json 'parent_kinds')."""
        name, parent_name = self.ents.entities[key].name, self.ents.entities[parent].name
        return (self.ents.type_of(key) == EntityType.ORGANIZATION and
                (name.startswith(parent_name + " ") or self.ents.kind(key) in _parent_kinds().get(parent_name, ())))

    def _name_holds(self, key: str, words: list[str]) -> bool:
        """Whether an entity's name holds one of the words, or a word of the same stem ("refugee": "Refugees")."""
        name_words = self.ents.entities[key].name.lower().split()
        return any(n == w or (len(w) >= 5 and n.startswith(w)) for w in words for n in name_words)

    def _state_opposed_to_group(self, word: Token) -> list[Mention]:
        """A bare word for a state's government or army (class 'state_powers': "the government", "the regime",
        "government forces", "the army") in a clause whose other party is an armed group of one state ("Al-Shabaab
        fighters attacked government forces", "the rebels accused the authorities"): that state, or its forces at
        war for a word for forces, when the article names it most; nothing when the clause names no such group."""
        if word.pos_ != "NOUN" or not self.lexicon.in_class(word, "state_powers"):
            return []  # not "the military campaign"
        clause = word
        while clause.pos_ not in ("VERB", "AUX") and clause.dep_ not in _SUBORDINATE_CLAUSES and clause.head != clause:
            clause = clause.head
            if clause.pos_ not in ("VERB", "AUX") and self._names_in_modifiers(clause):
                return []  # "Pakistan's army chief", "a Cameroonian army base": the state is named
        own = range(word.left_edge.i, word.i + 1)
        states = {located for key in self._armed_groups_in(clause, own)
                  if (located := self.ents.gazetteer.entities[key].located_in) is not None}
        if len(states) != 1 or not self._most_named_state(next(iter(states))):
            return []  # not "Hamas fighters attacked army positions" in a report that names Israel, not Palestine
        state = states.pop()
        if state not in self.ents.entities:
            self.ents.entities[state] = self.ents.gazetteer.entities[state].to_entity()
        return [self._pseudo(self.ents.forces_of(state) if is_forces_word(word) else state)]

    def _most_named_state(self, state: str) -> bool:
        """Whether the article names this state at least as often as any other (the one whose war it tells of), or
        names no state at all."""
        counts = Counter(m.key for m in self.ents.mentions if m.type == EntityType.COUNTRY)
        return not counts or counts[state] == max(counts.values())

    def _armed_groups_in(self, clause: Token, skipped: range) -> list[str]:
        """The armed groups the gazetteer knows that a clause names as its parties, named or referred to ("the
        rebels"), outside its subordinate clauses and the ``skipped`` words."""
        found: list[str] = []
        pending = [clause]
        while pending:
            current = pending.pop()
            if current.i not in skipped:
                mention = self.ents.at(current)
                key = (mention.key if mention is not None else self.ents.refer(current)
                       if self.ents.reference_kind(current) == "ArmedGroup" and not self._names_in_modifiers(current)
                       else None)  # "fighters of X": X, not the last group named
                if key is not None and key in self.ents.gazetteer.entities and self.ents.armed(key):
                    found.append(key)
            pending += [c for c in self.children(current) if c.dep_ not in _SUBORDINATE_CLAUSES]
        return found

    def _names_in_modifiers(self, noun: Token) -> bool:
        """Whether a noun's modifiers or owner ("JEM rebels", "Pakistan's army chief", "fighters of JEM") name anyone."""
        return any(self.ents.at(t) is not None for c in self.children(noun)
                   if c.dep_ in ("poss", "compound", "amod", "nmod") or (c.dep_ == "prep" and c.lower_ == "of")
                   for t in c.subtree)

    @staticmethod
    def _names_no_person(mention: Mention | None) -> bool:
        """A mention of a place, a state or a body: one a description set beside it may describe."""
        return mention is not None and mention.type != EntityType.PERSON

    def _after_named_conjunct(self, token: Token, description: Token) -> bool:
        """A description apposed after a list whose last item is named ("the government and the EMC, the largest
        dissident group of the FARC"): the parser hangs it on the list's head, it describes the named item."""
        conjuncts = [c for c in self.children(token) if c.dep_ == "conj" and c.i < description.i]
        return bool(conjuncts) and self._names_no_person(self.ents.at(conjuncts[-1]))

    def _shared_frontier(self, border: Token) -> bool:
        """A border that names the state across it ("to its border with X", "the border with X"), where forces
        sent go to X; "Lithuania's border with X" names Lithuania's ground, where they go to Lithuania."""
        return self.lexicon.in_class(border, "frontiers") and not any(
            c.dep_ == "poss" and c.pos_ != "PRON" for c in self.children(border))

    def _irregulars(self, noun: Token) -> bool:
        """A noun for an armed group of no state ("rebels", "militants", "rebel factions": class 'irregulars'; not
        "fighters", which a state's soldiers are called too)."""
        return any(self.lexicon.in_class(w, "irregulars") for w in [noun, *(c for c in self.children(noun) if c.dep_ == "compound")])

    def _names_a_group(self, noun: Token) -> bool:
        """An unnamed noun whose apposition names an organization ("the Lebanese group Hezbollah")."""
        return any(c.dep_ == "appos" and (m := self.ents.at(c)) is not None and m.type == EntityType.ORGANIZATION
                   for c in self.children(noun))

    def _bloc_named_after(self, group: Token) -> list[Mention]:
        """``a Russian-led alliance`` (one of the 'bloc_nouns' of memberships.json) that the lede names only later
        ("... The CSTO, whose members ..."): the first bloc (an organization of one of its 'bloc_kinds') named after it."""
        words = MembershipWords.default()
        if group.lemma_.lower() not in words.bloc_nouns:
            return []  # "a French-led force": no bloc
        return next(([m] for m in self.ents.mentions if m.start > group.i and m.type == EntityType.ORGANIZATION
                     and self.ents.kind(m.key) in words.bloc_kinds), [])

    def _seat_of(self, token: Token) -> list[Mention]:
        """The state whose capital names those who rule from it ("the authorities in Bamako", "accused officials in
        Stockholm", where the parser may hang "in" on the verb right after the noun)."""
        if not self.lexicon.in_class(token, "rulers"):
            return []
        preps = [c for c in self.children(token) if c.dep_ == "prep"]
        preps += [c for c in self.children(token.head) if c.dep_ == "prep" and c.i == token.right_edge.i + 1 and token.head != token]
        return [m for p in preps if p.lower_ in self.lexicon.presence_preps for g in self.children(p) if g.dep_ == "pobj"
                if (m := self.ents.at(g)) is not None and m.role == "capital"]

    def _examples_of(self, token: Token, depth: int, deep: bool, scenes: bool) -> list[Mention]:
        """The actors an unnamed plural gives as its examples ("countries including A, B and C", "donors such as
        D and E"): they are the ones the plural stands for."""
        examples = [g for c in self.children(token) if c.dep_ == "prep"
                    and " ".join([*(a.lower_ for a in self.children(c) if a.dep_ in ("amod", "advmod")), c.lower_])
                    in self.lexicon.example_preps
                    for g in self.children(c) if g.dep_ == "pobj"]
        return [m for g in examples for m in self.entities_in(g, depth + 1, deep, scenes) if m.type in _ACTOR_TYPES]

    def _neighbour_meant(self, token: Token, owners: list[Mention]) -> list[Mention]:
        """The state a singular word of class 'bordering' stands for: one state's neighbour ("its neighbour",
        "Ethiopia's neighbour"), named before it; none for another word (plurals are groups: "the two neighbours")."""
        if token.tag_ != "NN" or not self.lexicon.in_class(token, "bordering"):
            return []
        verb = _clause_verb(token)
        if verb is not None and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in self.children(token)):
            owners = self.subject_of(verb) or owners  # "X halted trade with its neighbour": X's, whoever was named last
        states = {key for key in self.keys(owners, allow_places=False) if self.ents.type_of(key) == EntityType.COUNTRY}
        if len(states) != 1:
            return []
        acting = self.keys(self._clause_actors(token), allow_places=False)  # "X accused Y's neighbour": not X
        key = self.ents.bordering_state_before(token, states.pop(), acting)
        return [self._pseudo(key)] if key else []

    def _among_them(self, token: Token) -> list[Mention]:
        """The names given after "among them" for the plural noun nearest before it ("Allies are helping X, among
        them A and B"; the parser hangs the names anywhere, so they are read in order)."""
        sent = token.sent
        for i in range(token.i + 1, sent.end - 2):
            word = token.doc[i]
            if word.tag_ == "NNS" and self.ents.at(word) is None:
                return []  # "sent aid to countries, among them A": the nearer noun is the one named
            if word.lower_ == "among" and token.doc[i + 1].lower_ == "them":
                return self._named_among_them(word)
        return []

    def _named_among_them(self, among: Token) -> list[Mention]:
        """The actors an "among them" names: those after it ("four countries, among them A and B") or, when a
        name comes right before it, those between the comma before and it ("four countries, A and B among them,")."""
        doc = among.doc
        if among.i > among.sent.start and self.ents.at(doc[among.i - 1]) is not None:
            start = next((j + 1 for j in range(among.i - 1, among.sent.start - 1, -1) if doc[j].text == ","), among.i)
            found = (self.ents.at(doc[j]) for j in range(start, among.i))
            return list({m.key: m for m in found if m is not None and m.type in _ACTOR_TYPES}.values())
        return [m for m in self._listed(doc[among.i + 2]) if m.type in _ACTOR_TYPES] if among.i + 2 < among.sent.end else []

    def _refer(self, token: Token) -> list[Mention]:
        members = self._group_members(token)
        if members is not None:
            return members
        if token.tag_ == "WP$" and token.head.head.dep_ == "relcl":
            return self._described(token.head.head.head)  # "A and B, whose ministers met": A and B
        if token.pos_ not in ("PRON", "NOUN"):
            return []
        if token.tag_ in ("WP", "WDT") and token.dep_ != "nsubj" and token.head.dep_ == "relcl":
            return self._described(token.head.head)  # "an officer whom it accuses": the officer
        if token.dep_ == "poss" and token.pos_ == "PRON":
            acted_on = self._acted_on_for(token)
            if acted_on:
                return acted_on
            governor = _governor(token) or _governor_through_phrases(token)
            if governor is not None and self._object_controller(governor) is not None:
                governor = _governor(governor.head)  # "X accused Y of bombing its fighters": X's fighters
            subjects = [c for c in self.children(governor) if c.dep_ == "nsubj"] if governor is not None else []
            if token.lower_ == "its" and subjects and all(s.tag_ in ("NNS", "NNPS") for s in subjects) and (
                    governor.dep_ == "ccomp"):  # "X said Armenian forces had shelled its positions": X's, not theirs
                subjects = [c for c in self.children(governor.head) if c.dep_ == "nsubj"]
            if subjects and not any(token in s.subtree for s in subjects):
                subject = [m for s in subjects for m in self.entities_in(s)]
                singular = all(s.tag_ in ("NN", "NNP", "PRP") and s.lower_ != "they" and not s.conjuncts for s in subjects)
                if token.lower_ == "their" and singular:  # "appealed to X and Y as he met their envoys": those listed
                    return self._listed_before(token, _ACTOR_TYPES, token.sent.start)
                if subject and all(m.start < token.i for m in subject):
                    return subject
            if not subjects or any(token in s.subtree for s in subjects):  # "after its forces struck": not its own
                enclosing = self._enclosing_subject(token)
                if enclosing:
                    return enclosing
        if token.lower_ == "they" and token.dep_ == "nsubj":
            together = self._governing_subjects(token.head)
            if len({m.key for m in together}) >= 2:
                return together
        if token.pos_ == "NOUN":
            determiners = {c.lower_ for c in self.children(token) if c.dep_ in ("det", "nummod", "predet", "amod")}
            if self.lexicon.in_class(token, "states") and token.tag_ == "NNS" and determiners & self.lexicon.list_words:
                return self._listed_before(token)
            if self.lexicon.in_class(token, "parties") and token.tag_ == "NNS" and determiners & {"the", "warring", "all"}:
                # "the countries", "the governments": the pair last named (the states' pair for states), not told which
                return [self._pseudo(key) for key in (
                    self.last_country_pair if self.lexicon.in_class(token, "states") else self.last_pair)]
            if not determiners & {"the", "this"}:
                return []
        speakers = self._speakers(token)
        if speakers:
            return speakers
        relative = self._relative_subject(token)
        if relative is not None:
            return relative
        if token.dep_ == "nsubj" and token.lower_ in ("it", "they") and token.head.dep_ == "ROOT":
            # "Washington had held back from striking inside Iraq ... It had instead struck X": the last subject
            opening = [self._pseudo(key) for key in self._previous_subject(token)
                       if self.ents.refers_to(token, self.ents.type_of(key))]
            if opening:
                return opening
        key = self.ents.refer(token, exclude=self.ents.own_clause_actor(token) or self._asker_of_pronoun(token))
        return [self._pseudo(key)] if key else []

    def _asker_of_pronoun(self, pronoun: Token) -> str | None:
        """The one party that asks a singular pronoun for help, which the pronoun never stands for ("since Damascus
        asked it to intervene", "Moon had asked him to help": not Damascus, not Moon); none for "them", often the
        asker's own people ("Vucic asked them to remove the barricades")."""
        verb = pronoun.head
        if pronoun.lower_ not in ("it", "him", "her") or pronoun.dep_ not in ("dobj", "dative") or (
                verb.lemma_ not in self.lexicon.verbs_of(EventType.ASSISTANCE_REQUEST)):
            return None
        askers = {m.key for m in self.subject_of(verb) if m.start < pronoun.i}
        return askers.pop() if len(askers) == 1 else None

    def _enclosing_subject(self, pronoun: Token) -> list[Mention]:
        """Who a possessive pronoun in the doer of a clause (its subject or the agent of a passive) stands for: the
        fitting subject, named before it, of the nearest clause above ("X fired rockets at Y a day after its forces
        struck Z": X; "Moscow turned to Z to refill stocks drained by its war": Moscow), not the last name before it;
        none for a pronoun in what a clause acts on ("froze its assets")."""
        owned = pronoun.head
        if owned.dep_ not in ("nsubj", "nsubjpass") and not (owned.dep_ == "pobj" and owned.head.dep_ == "agent"):
            return []
        clause = pronoun
        while clause.head != clause:
            clause = clause.head
            subjects = [c for c in self.children(clause) if c.dep_ == "nsubj" and pronoun not in c.subtree]
            fitting = [m for s in subjects for m in self.entities_in(s)
                       if 0 <= m.start < pronoun.i and self.ents.refers_to(pronoun, m.type)]
            if fitting:
                return fitting if pronoun.morph.get("Number") == ["Plur"] else fitting[-1:]
        return []

    def _agreement_told_in_clause(self, subject: Token) -> bool:
        """Whether the clause ``subject`` is the subject of tells again of an agreement ("each side accused the other
        of breaching the ceasefire"): the sides are then that agreement's parties."""
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.head == subject:
            return False
        agreement_words = self.lexicon.nouns_of(EventType.AGREEMENT)
        return any(w.pos_ == "NOUN" and w.lemma_.lower() in agreement_words and self._told_again(w)
                   for w in subject.head.subtree if w.i > subject.i)

    def _acted_on_for(self, pronoun: Token) -> list[Mention]:
        """Who a possessive pronoun in a phrase of cause stands for: the actor acted on before it, not the one who
        acts ("sanctioned Russia over its invasion", "stopped short of sanctioning X after its offensive",
        "thanked Japan for its help"); none when nothing fitting is acted on."""
        noun, preposition = pronoun.head, pronoun.head.head
        if noun.dep_ != "pobj" or preposition.lower_ not in self.lexicon.cause_preps or preposition.head == preposition:
            return []
        holder = preposition.head
        actors = {t.i for s in self.children(holder) if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
        acted_on = [t for t in holder.subtree if t.i < preposition.i and t.i not in actors and (
            t.dep_ == "dobj" or (t.dep_ == "pobj" and t.head.lower_ in ("on", "against")))]
        fitting = [m for t in acted_on[-1:] for m in self.entities_in(t)
                   if m.start >= 0 and m.type in _ACTOR_TYPES and self.ents.refers_to(pronoun, m.type)]
        return fitting if pronoun.lower_ == "their" else fitting[-1:]

    def _governing_subjects(self, verb: Token) -> list[Mention]:
        """``X and Y had agreed when they met``: the actors named as the subject of the clause that a clause of
        "they" depends on, the ones a plural pronoun refers to."""
        if verb.dep_ not in ("advcl", "ccomp", "conj") or verb.head == verb:
            return []
        subjects = [c for c in self.children(verb.head) if c.dep_ == "nsubj" and c.i < verb.i]
        return [m for s in subjects for m in self.entities_in(s)]

    def _last_named(self, token: Token, count: int, kind: EntityType = EntityType.COUNTRY,
                    skipping: set[str] = frozenset()) -> list[str]:
        """The last ``count`` states (or actors of another ``kind``) named (by name or by a city) before a counted
        plural ("the two countries", "both governments", "the three", "both organisations") that no remembered pair
        answers, none ``skipping``; not the places where something happened nor the states that only describe a noun."""
        found: list[str] = []
        for mention in reversed(self.ents.mentions):
            if mention.start >= token.i or mention.role in ("demonym", "credit") or mention.type != kind:
                continue
            named = first_conjunct(self.ents.doc[mention.start:mention.end].root)
            if (named.dep_ == "pobj" and named.head.lower_ in self.lexicon.presence_preps) or named.dep_ in (
                    "amod", "compound", "npadvmod", "nmod"):
                continue  # "meeting in Saint Vincent", "an Iran-based financier": where, or what describes, not who
            key = self.keys([mention], allow_places=False)
            if key and self.ents.type_of(key[0]) == kind and key[0] not in found and key[0] not in skipping:
                found.append(key[0])
                if len(found) == count:
                    return found[::-1]
        return []

    def _group_members(self, token: Token) -> list[Mention] | None:
        """What a word for a group of parties stands for ("both leaders", "the two sides", "the three", "all three",
        "each side", "both" alone), never one acting in its own clause: leaders, the last ones named (else the only
        leaders of states named in its paragraph, else before it, if as many); "the sides", the pair last told of;
        two states, forces or leaders, a list of two in its sentence, else the two its sentence names, else a list
        of two in the sentence before (of armed groups, anywhere before), else the pair last told of (unless its
        sentence names, other than as a subject, one that pair lacks); more, the last list of as many; armed groups
        no list gives, the only ones named in its paragraph, else before it, else just after it, if as many ("the
        two rebel movements. LURD and MODEL ..."); else the two states (for sides, states or organizations) the
        article names most, each more often than any other; else the last ones of its kind named (before its
        sentence, for more than two); armed groups only for a word naming them ("the two rebel movements"). None for
        a word that names no group."""
        size, kinds = self._group_size(token)
        if not size:
            return None
        if token.i in self._groups_resolving:
            return []  # a list holding the group word itself ("A and the two sides"): it names none of it
        self._groups_resolving.add(token.i)
        try:
            return self._group_resolved(token, size, kinds)
        finally:
            self._groups_resolving.discard(token.i)

    def _group_resolved(self, token: Token, size: int, kinds: tuple[EntityType, ...]) -> list[Mention]:
        """The members of a group word of ``size`` parties of ``kinds`` (see ``_group_members``)."""
        if any(c.dep_ == "appos" and self.entities_in(c) for c in self.children(token)):
            return []  # "the three boycotting states, A, B and C": the apposition names them
        if token.dep_ == "appos":  # "A, B and C, the three parties to the deal": the list it describes, if of its size
            described = [m for t in (token.head, *token.head.conjuncts) if (m := self.ents.at(t)) is not None
                         and m.type in kinds]
            if len(described) == size:
                return described
        if size == 2 and len(self.last_agreement) == 2 and self._agreement_told_in_clause(token):
            return [self._pseudo(key) for key in self.last_agreement]  # "each side accused the other of breaking the truce"
        acting = set(self.keys(self._clause_actors(token), allow_places=False))
        group: list[str] = []
        people = self.lexicon.in_class(token, "persons")  # "the two men": the people just named, or no one
        if token.pos_ == "NOUN" and (people or self.lexicon.in_class(token, "leaders")):  # in its sentence or the one before
            group = (self.keys(self._leaders_named_before(token, size, frozenset(acting)), allow_places=False)
                     or self._sole_ones_around(token, size, self._names_state_leader, acting))
            group = group if len(group) == size else []
            if people:
                return [self._pseudo(key) for key in group]
        sides = token.pos_ == "NOUN" and kinds == _ACTOR_TYPES  # "the sides", "both parties": of an act, not a list
        in_sentence = self._named_in_sentence(token, kinds, acting) if size == 2 and not sides else {}
        armed = self._names_armed_groups(token)
        if not (group or sides) and size == 2:  # a list in its sentence, else the two it names, else a list before
            opening = token.sent.start
            previous = self.ents.doc[opening - 1].sent.start if opening > 0 else opening
            group = (self._last_listed(token, size, kinds, acting, opening, armed)
                     or (list(in_sentence) if len(in_sentence) == 2 and self._all_armed(in_sentence, armed) else [])
                     or self._last_listed(token, size, kinds, acting, 0 if armed else previous, armed))
        elif not (group or sides):
            group = self._last_listed(token, size, kinds, acting, 0, armed)
        if armed and not group:  # "the two militias": the only two armed groups named around it
            group = self._sole_ones_around(token, size, lambda mention: mention.type in kinds and all(
                self.ents.armed(key) for key in self.keys([mention], allow_places=False)), acting, ahead=True)
        stale = False  # its sentence names, not as a subject, one the pair last told of lacks: another pair is meant
        if size == 2 and not group:  # the pair last told of; the one before it when one of it acts on the group
            last, before = ((self.last_pair, self.pairs_before_sentence[0]) if kinds == _ACTOR_TYPES else
                            (self.last_country_pair, self.pairs_before_sentence[1]))
            pair = before if acting & set(last) else last  # "X, which hosted Y, facilitated talks between the two sides"
            stale = bool(in_sentence) and not set(in_sentence) & set(pair) and not any(
                w.dep_ in ("nsubj", "nsubjpass") or (w.dep_ == "pobj" and w.head.dep_ == "agent")
                for w in in_sentence.values())  # "X warned both governments": X tells of the pair
            group = pair if len(pair) == 2 and not acting & set(pair) and not stale else []
        if not group and size == 2 and EntityType.COUNTRY in kinds and not stale:  # sides: of states or organizations
            named = (EntityType.COUNTRY, EntityType.ORGANIZATION) if kinds == _ACTOR_TYPES else (EntityType.COUNTRY,)
            before = [m for m in self.ents.mentions if m.end <= token.i and m.type in named]
            group = self.keys(article_pair(before), allow_places=False)
        if not group and not (size == 2 and kinds == _ACTOR_TYPES):
            # the last ones named ("X broke with Y, and the two countries"), more than two before its sentence
            group = self._last_named(token if size == 2 else self.ents.doc[token.sent.start], size, kinds[0], acting)
        if not self._all_armed(group, armed):
            return []  # "the two rebel movements": armed groups, never the last bodies named whatever they are
        return [self._pseudo(key) for key in group if key not in acting]

    def _group_size(self, token: Token) -> tuple[int, tuple[EntityType, ...]]:
        """How many parties a group word stands for and of which types: a counted plural of parties, states,
        leaders, bodies or forces ("both armies", "the three governments"), a definite plural of
        parties or "each side" (two), a counted pronoun ("the three", "all three", "both") or "between them" (two);
        0 for any other word."""
        counting = self.lexicon.counting_words
        if token.lower_ == "them" and token.dep_ == "pobj" and token.head.lower_ == "between":
            return 2, _ACTOR_TYPES  # "carried messages between them": the two parties told of before
        determiners = {c.lower_ for c in self.children(token) if c.dep_ in ("det", "nummod", "predet", "amod", "quantmod")}
        if token.pos_ in ("NUM", "DET", "PRON") and token.lower_ in counting:
            if token.dep_ in ("det", "nummod", "predet", "quantmod", "amod", "compound"):
                return 0, ()
            return (counting[token.lower_], _ACTOR_TYPES) if token.lower_ == "both" or determiners & {"the", "all"} else (0, ())
        if token.pos_ != "NOUN":
            return 0, ()
        kinds = ((EntityType.COUNTRY,) if self.lexicon.in_class(token, "states") else
                 (EntityType.PERSON, EntityType.COUNTRY) if self._leader_word(token, determiners) else
                 (EntityType.ORGANIZATION,) if self.lexicon.in_class(token, "bodies_of_people") else
                 (EntityType.COUNTRY, EntityType.ORGANIZATION) if self.lexicon.in_class(token, "forces") else
                 _ACTOR_TYPES if self.lexicon.in_class(token, "parties") else ())
        counted = next((counting[w] for w in determiners if w in counting), 0)
        if not kinds or token.dep_ == "compound":
            return 0, ()
        if counted:
            return counted, kinds
        named_again = determiners & {"the", "warring", "all"} and token.tag_ == "NNS"
        return (2, kinds) if self.lexicon.in_class(token, "parties") and (named_again or "each" in determiners) else (0, ())

    def _leader_word(self, token: Token, determiners: set[str]) -> bool:
        """A noun of leaders ("the two presidents"), or of people when definite ("the two men", "both women";
        not "killed two men")."""
        return self.lexicon.in_class(token, "leaders") or (
            self.lexicon.in_class(token, "persons") and bool(determiners & {"the", "both"}))

    def _clause_actors(self, token: Token) -> list[Mention]:
        """Who acts in the clause a word is an argument of, when the word is not among them: the subject of the verb
        it hangs from through objects and prepositions ("X facilitated months of talks between the two sides": X)."""
        verb = _clause_verb(token)
        if verb is None:
            return []
        return [m for s in self.children(verb) if s.dep_ == "nsubj" and token not in s.subtree for m in self.entities_in(s)]

    def _named_in_sentence(self, token: Token, kinds: tuple[EntityType, ...], acting: set[str]) -> dict[str, Token]:
        """The parties of ``kinds`` named before ``token`` in its sentence that do not act on it, each with the word
        naming it ("X said the troops were in Y under an accord the two countries signed": X and Y); not a place where
        something was held ("a summit in Z") nor one that only describes a noun ("a U.S.-made drone")."""
        named: dict[str, Token] = {}
        sentence_start = token.sent.start
        for mention in self.ents.mentions:
            if not sentence_start <= mention.start < mention.end <= token.i or mention.role in ("demonym", "credit"):
                continue
            named_as = first_conjunct(self.ents.doc[mention.start:mention.end].root)
            if named_as.dep_ in ("amod", "compound", "npadvmod", "nmod") or (
                    named_as.dep_ == "pobj" and named_as.head.lower_ in self.lexicon.presence_preps
                    and named_as.head.head.pos_ in ("NOUN", "PROPN")):
                continue
            for key in self.keys([mention], allow_places=False):
                if self.ents.type_of(key) in kinds and key not in acting:
                    named.setdefault(key, named_as)
        return named

    def _names_armed_groups(self, token: Token) -> bool:
        """A group word for armed groups by its noun or a modifier ("the two militias", "both rebel movements")."""
        return self.lexicon.in_class(token, "armed_groups") or any(
            c.dep_ in ("amod", "compound") and self.lexicon.in_class(c, "armed_groups") for c in self.children(token))

    def _all_armed(self, keys: Iterable[str], armed: bool) -> bool:
        """Whether the parties are all armed groups, when a group word asks for them (``armed``)."""
        return not armed or all(self.ents.armed(key) for key in keys)

    def _last_listed(self, token: Token, count: int, kinds: tuple[EntityType, ...], acting: set[str], since: int,
                     armed: bool = False) -> list[str]:
        """The parties of ``kinds`` of the last list of exactly ``count`` named together before ``token`` from word
        ``since`` on, none of them ``acting``, all armed groups if ``armed`` ("the leaders of A, B and C met ... Y
        accused the three of": A, B and C, not the last three names)."""
        heads: set[int] = set()
        for mention in reversed(self.ents.mentions):
            if not since <= mention.start < mention.end <= token.i or mention.type not in kinds or mention.role in (
                    "demonym", "credit"):
                continue
            head = first_conjunct(self.ents.doc[mention.end - 1])
            if head.i in heads or not any(c.dep_ == "conj" for c in self.children(head)):
                continue  # a list, not a name with its modifiers ("the army of X")
            heads.add(head.i)
            listed = list(dict.fromkeys(self.keys([m for m in self.entities_in(head) if m.type in kinds], allow_places=False)))
            if len(listed) == count and not acting & set(listed) and self._all_armed(listed, armed):
                return listed
        return []

    def _leaders_named_before(self, token: Token, count: int, acting: frozenset[str]) -> list[Mention]:
        """The last ``count`` leaders named before "the two leaders", "the three presidents", in its sentence or the
        one before: people, or the states whose leaders a noun of leaders names ("the leaders of A, B and C"), each
        state once; those given the noun's own title first ("the two presidents": two named President, not the emir
        named after them), none of those ``acting`` in its clause ("X received the two men"); none when fewer are named."""
        return (self._leaders_before(token, count, acting, titled=True)
                or self._leaders_before(token, count, acting, titled=False))

    def _leaders_before(self, token: Token, count: int, acting: frozenset[str], titled: bool) -> list[Mention]:
        """The last ``count`` leaders named before ``token`` (see ``_leaders_named_before``), only those ``titled``
        by the token's own word if so."""
        sentence = token.sent
        start = self.ents.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        found: list[Mention] = []
        seen: set[str] = set(acting)
        for mention in reversed(self.ents.mentions):
            if not start <= mention.start < token.i or mention.role in ("demonym", "credit"):
                continue
            if not self._names_leader(mention) or titled and not self._titled_as(mention, token):
                continue
            actor = self.keys([mention], allow_places=False)
            if actor and actor[0] not in seen:
                seen.add(actor[0])
                found.append(mention)
                if len(found) == count:
                    return found[::-1]
        return []

    def _names_leader(self, mention: Mention) -> bool:
        """A mention of a leader: a person, or a state whose leaders a noun of leaders names ("the leaders of A")."""
        named = first_conjunct(self.ents.doc[mention.start:mention.end].root)
        return mention.type == EntityType.PERSON or (
            mention.type == EntityType.COUNTRY and named.dep_ == "pobj" and named.head.lower_ == "of"
            and self.lexicon.in_class(named.head.head, "leaders"))

    def _names_state_leader(self, mention: Mention) -> bool:
        """A mention of a leader who acts for a state (a head of state or government, or the state so named)."""
        return self._names_leader(mention) and all(
            self.ents.type_of(key) == EntityType.COUNTRY for key in self.keys([mention], allow_places=False))

    def _only_ones_named(self, token: Token, count: int, fits: Callable[[Mention], bool], acting: Iterable[str],
                         since: int, until: int) -> list[str]:
        """The parties that mentions ``fits`` accepts name between word ``since`` and word ``until`` (outside
        ``token``), none ``acting``, when exactly ``count`` distinct ones are named there, no two people acting
        for the same one ("his defence minister and his security minister": one state, not two leaders); else none."""
        named: dict[str, set[str]] = {}
        for mention in self.ents.mentions:
            if (since <= mention.start and mention.end <= until and not mention.start <= token.i < mention.end
                    and mention.role not in ("demonym", "credit") and fits(mention)):
                for key in self.keys([mention], allow_places=False):
                    if key not in acting:
                        named.setdefault(key, set()).add(mention.key)
        if len(named) != count or any(len(names - {key}) > 1 for key, names in named.items()):
            return []
        return list(named)

    def _sole_ones_around(self, token: Token, count: int, fits: Callable[[Mention], bool], acting: Iterable[str],
                          ahead: bool = False) -> list[str]:
        """A group word's members when nothing nearer told them: the parties ``fits`` accepts if exactly ``count``
        are named before it in its paragraph, else in the article ("the two leaders" of a summit whose host was
        named in the lead); if ``ahead``, else after it in its sentence, else in the next one ("the two rebel
        movements ... signed by the government, LURD and MODEL"); none when no window names exactly as many."""
        paragraph = self.ents.paragraph_start(token)
        windows = [(paragraph, token.i), (0, token.i)]
        if ahead:
            sentence_end = token.sent.end
            next_end = self.ents.doc[sentence_end].sent.end if sentence_end < len(self.ents.doc) else sentence_end
            windows += [(token.i + 1, sentence_end), (sentence_end, next_end)]
        for since, until in windows:
            found = self._only_ones_named(token, count, fits, acting, since, until)
            if found:
                return found
        return []

    def _titled_as(self, mention: Mention, noun: Token) -> bool:
        """The person holds, by the offices the article gives, an office of the noun's title ("the two presidents")."""
        return noun.lemma_.lower() in self.ents.title_words.get(mention.key, set())

    def _place_before(self, token: Token, actors: list[Mention]) -> list[Mention]:
        """The last state or place named before ``token`` that is none of the actors, nor the subject of a clause
        (a state acting there is no place): where "there" points."""
        own = {m.key for m in actors}
        for mention in reversed(self.ents.mentions):
            if (mention.start < token.i and mention.role not in ("demonym", "credit") and mention.key not in own
                    and mention.type in (EntityType.COUNTRY, EntityType.LOCATION)
                    and self.ents.doc[mention.end - 1].dep_ not in ("nsubj", "nsubjpass")):
                return [mention]
        return []

    def _listed_before(self, token: Token, types=(EntityType.COUNTRY,), since: int = 0) -> list[Mention]:
        """The entities of ``types`` (states) last listed together before ``token``, from word ``since`` on
        ("Canada, Germany, France and Britain ... those countries")."""
        for mention in reversed([m for m in self.ents.mentions if since <= m.start and m.end <= token.i and m.type in types]):
            head = first_conjunct(self.ents.doc[mention.end - 1])
            listed = [m for m in self.entities_in(head) if m.type in types]
            if len({m.key for m in listed}) >= 2:
                return listed
        return []

    def _speakers(self, pronoun: Token) -> list[Mention]:
        """Who a subject pronoun of a reported clause stands for: the one who says it ("Yerevan sent rescuers and
        said it would deliver supplies": Yerevan, not the last country named), unless the last name before the
        pronoun is one the speaker's own words give; a singular pronoun, the speaker's name nearest to it."""
        clause = pronoun.head
        if pronoun.pos_ != "PRON" or pronoun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
            return []
        if clause.head.pos_ not in ("VERB", "AUX") or clause.head.i > pronoun.i:
            return []
        fitting = [m for m in self.subject_of(clause.head)
                   if 0 <= m.start < pronoun.i and self.ents.refers_to(pronoun, m.type)]
        speaking = clause.head
        while speaking.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in self.children(speaking)):
            speaking = speaking.head  # "X sent rescuers and said it would": X's subject
        own = {m.key for c in self.children(speaking) if c.dep_ == "nsubj" for t in _outside_clauses(c)
               if (m := self.ents.at(t))}  # "France, which has troops in Ivory Coast, said it": France
        named = [m for c in self.children(speaking) if c.dep_ == "nsubj" and (h := self.ents.at(c)) is not None
                 for m in fitting if m.key == h.key]
        if named and pronoun.morph.get("Number") != ["Plur"]:
            return named[-1:]  # "EUFOR, the EU force in Bosnia, said it": the one named, not the one its description names
        if not fitting or self.ents.refer(pronoun) in own:
            return []  # the name nearest is in the speaker's own words ("the EU's force, EUFOR, said it")
        if pronoun.morph.get("Number") == ["Plur"]:
            return fitting
        return sorted(fitting, key=lambda m: m.start)[-1:]

    def _relative_subject(self, pronoun: Token) -> list[Mention] | None:
        """Who a subject pronoun of a relative clause stands for ("X sanctioned an officer whom it accuses of ...",
        "Ukraine, which it invaded"): never the noun phrase the clause describes, but the subject of the clause
        that phrase belongs to, or of the clause that one is said in, when it fits the pronoun, else the last fitting
        name before the phrase in the sentence. None when the pronoun is no subject of a relative clause."""
        clause = pronoun.head
        if pronoun.pos_ != "PRON" or pronoun.dep_ != "nsubj" or clause.dep_ != "relcl":
            return None
        described = range(clause.head.left_edge.i, clause.head.right_edge.i + 1)
        governor = _governor(clause.head)
        for _ in range(3):
            if governor is None:
                break
            fitting = [m for m in self.subject_of(governor) if m.start >= 0 and m.start not in described
                       and m.start < pronoun.i and self.ents.refers_to(pronoun, m.type)]
            if fitting:
                return fitting if pronoun.morph.get("Number") == ["Plur"] else sorted(fitting, key=lambda m: m.start)[-1:]
            governor = governor.head if governor.dep_ in ("ccomp", "conj") and governor.head != governor else None
        sentence_start, described_start = pronoun.sent.start, clause.head.left_edge.i
        earlier = (m for m in reversed(self.ents.mentions) if sentence_start <= m.start < described_start
                   and m.role not in ("place", "credit") and self.ents.refers_to(pronoun, m.type))
        return [m for m in [next(earlier, None)] if m is not None]

    def _described(self, noun: Token) -> list[Mention]:
        """Those a relative clause on ``noun`` is about: the name a description stands next to ("A, a general whom
        it accuses": A), else what the noun phrase names ("leaders of A and B, whom it accused": A and B), but not
        the state that only describes unnamed people ("a Ghanaian officer whom it accuses": no one named)."""
        while (self.ents.at(noun) is None and noun.dep_ == "appos" and noun.head != noun
               and not self.lexicon.in_class(noun, "assault")):  # "struck X's positions, an attack that ...": the act
            noun = noun.head
        apposed = self._apposed_before(noun)
        if apposed is not None:
            return [m for m in self.entities_in(apposed) if m.type in _ACTOR_TYPES]
        if self.ents.at(noun) is None and self.lexicon.in_class(noun, "people"):
            named = [c for c in self.children(noun) if c.dep_ in ("appos", "conj")]
            named += [g for c in self.children(noun) if c.dep_ == "prep" and c.lower_ == "of" for g in self.children(c) if g.dep_ == "pobj"]
            return [m for c in named for m in self.entities_in(c)]
        return [m for m in self.entities_in(noun) if not self._describes_person(m)]

    def _apposed_before(self, noun: Token) -> Token | None:
        """The named list a description set off by a comma stands next to when the parser hung the description on
        the verb instead ("imposed bans on A and B, two politicians it accuses of ...": A and B)."""
        comma = noun.left_edge.i - 1
        if noun.dep_ != "npadvmod" or comma <= noun.sent.start or noun.doc[comma].text != ",":
            return None
        before = noun.doc[comma - 1]
        return _list_head(before) if self.ents.at(before) is not None else None

    def _relative_object(self, verb: Token) -> list[Token]:
        """The noun a relative clause without a relative pronoun has for its object ("two officials it accuses")."""
        if verb.dep_ != "relcl" or self._is_passive(verb) or verb.head == verb:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects or any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.tag_ in ("WP", "WDT") for c in verb.children):
            return []
        return [verb.head]

    def _meeting_told_again(self, noun: Token) -> bool:
        """A meeting noun that refers back to talks told before: definite ("the talks") or one of a series ("a
        second round", "the next meeting"), when two parties last met or were to meet."""
        return len(self.last_meeting) == 2 and self._told_again(noun)

    def _told_again(self, noun: Token) -> bool:
        """A noun that refers back to what was told before: definite ("the measures") or one of a series ("a second
        round", "the next package")."""
        return any((c.dep_ == "det" and c.lower_ in self.lexicon.definites)
                   or (c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ in self.lexicon.sequels))
                   for c in self.children(noun))

    def _pseudo(self, key: str) -> Mention:
        return Mention(-1, -1, key, self.ents.type_of(key), "reference", "")

    def keys(self, mentions: list[Mention], allow_places: bool, persons: bool = False) -> list[str]:
        """The entities that take part: a person acts for the state they serve unless ``persons``."""
        out: list[str] = []
        for mention in mentions:
            if mention.role == "credit" or self.ents.kind(mention.key) == "news_agency":
                continue  # the wire that reports an event takes no part in it
            if mention.type in _ACTOR_TYPES:
                if mention.type == EntityType.PERSON:
                    key = mention.key if persons else self.ents.actor_of(mention.key)
                else:
                    key = self.state_bodies.get(mention.key) or self.ents.state_of(mention.key)
            elif allow_places and mention.type == EntityType.LOCATION:
                key = mention.key
            else:
                continue
            if key not in out:
                out.append(key)
        return out

    # -- arguments -----------------------------------------------------------------------------
    def subject_of(self, verb: Token, depth: int = 0, raised: bool = False) -> list[Mention]:
        """Who does what ``verb`` says: its subject, or the subject it shares with the verb it depends on ("X
        agreed to send", "X is expected to send": ``raised``, the passive subject of a verb of seeming)."""
        kinds = ("nsubj", "csubj", "nsubjpass") if raised else ("nsubj", "csubj")
        second = _second_subjects(verb)
        subjects = ([c for c in self.children(verb) if c.dep_ in kinds and c not in second]
                    or self._subject_on_auxiliary(verb) or self._swallowed_subject(verb))
        if subjects:
            found = [m for s in subjects for m in self.entities_in(s)]
            if found or not is_relative_pronoun(subjects[0]):
                return found
            return self.entities_in(verb.head) if verb.dep_ == "relcl" else []
        controller = self._object_controller(verb)
        if controller is not None:
            return self.entities_in(controller)
        effort = self._mediation_effort(verb)
        if effort is not None:  # "Kenya's efforts to mediate", "X led efforts to mediate", "in an effort to mediate"
            holder = _governor(effort)
            return self._noun_owners(effort) or (
                self.subject_of(holder, depth + 1) if holder is not None and depth < 3 and self._undertakes(holder, effort) else [])
        plan = self._plan_of(verb) or self._reserved_right(verb)
        if plan is not None:  # "France has no plans to send troops", "Chile's plan to deploy", "reserved the right to":
            owners = self._noun_owners(plan)
            holder = _governor(plan)
            return owners or (self.subject_of(holder, depth + 1) if holder is not None and depth < 3 else [])
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return []  # "would leave when asked", "Asked about X, he said": the clause's subject undergoes the participle
        if depth < 3 and verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp") and verb.head != verb:
            head = verb.head if verb.head.pos_ in ("VERB", "AUX") else _governor(verb.head)
            if head is not None:
                if verb.dep_ == "xcomp":
                    objects = [c for c in self.children(head) if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on")]
                    if objects and head.lemma_ in ("ask", "urge", "call", "invite"):  # "called on X to help": X, not the caller
                        return [m for o in objects for t in ([o] if o.dep_ == "dobj" else
                                                             [g for g in self.children(o) if g.dep_ == "pobj"])
                                for m in self.entities_in(t)]
                # "soldiers were dispatched to help X": who is sent does what they are sent for
                raised = verb.dep_ == "xcomp" or (self._purpose(verb) and self._is_passive(head))
                return self.subject_of(head, depth + 1, raised=raised)
        if verb.dep_ == "relcl":
            return self.entities_in(verb.head)
        return []

    def _reverses(self, word: Token) -> bool:
        """A verb that undoes what it governs: "suspended", "blocked", or with its particle "called off", "ruled out"."""
        reversals = self.lexicon.reversals
        return word.lemma_ in reversals or any(
            c.dep_ in ("prt", "prep", "advmod") and f"{word.lemma_} {c.lower_}" in reversals for c in self.children(word))

    def _undone(self, word: Token, what: Token | None = None) -> Modality | None:
        """What a verb of undoing makes of ``what`` it governs: negated ("ruled out talks", "suspended aid"), or left
        open when it is itself negated ("did not rule out a meeting", "has not rejected talks"): supposed. A force
        harmed is not undone ("killing peacekeepers from Burundi")."""
        if not self._reverses(word) or (what is not None and word.lemma_ in self.lexicon.harm_reversals
                                        and self.lexicon.in_class(what, "forces")):
            return None
        return Modality.HYPOTHETICAL if self._denied(word) else Modality.NEGATED

    @staticmethod
    def _told_clause(verb: Token) -> bool:
        """A clause complement with a subject of its own ("that X sent troops"), not a free relative ("stop what it
        called provocations")."""
        return verb.dep_ == "ccomp" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT")
                                            for c in verb.children)

    def _denied(self, word: Token) -> bool:
        """Whether a word carries its own negation ("did not rule out", "never hesitated")."""
        return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in self.lexicon.negations) for c in self.children(word))

    @staticmethod
    def _gerund_governor(verb: Token | None) -> Token | None:
        """The verb whose preposition a gerund follows ("refrained from imposing", "stopped short of threatening"),
        unless a subordinating word opens the gerund's clause ("while accusing X")."""
        if verb is None or verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or any(
                c.dep_ == "mark" for c in verb.head.children):
            return None
        return _governor(verb)

    @staticmethod
    def _infinitive_noun(verb: Token, nouns: frozenset[str]) -> Token | None:
        """The noun, one of ``nouns``, whose infinitive the verb is ("plans to send troops", "efforts to mediate")."""
        noun = verb.head
        if verb.dep_ == "acl" and noun.pos_ == "NOUN" and noun.lemma_ in nouns and _infinitive(verb):
            return noun
        return None

    def _plan_of(self, verb: Token) -> Token | None:
        """The noun of intention whose infinitive the verb is ("plans to send troops", "a pledge to deliver")."""
        return self._infinitive_noun(verb, self.lexicon.intentions)

    def _effort_of(self, verb: Token) -> Token | None:
        """The noun of trying whose infinitive the verb is ("efforts to mediate", "a bid to broker")."""
        return self._infinitive_noun(verb, self.lexicon.attempt_nouns)

    def _mediation_effort(self, verb: Token) -> Token | None:
        """The noun of trying whose infinitive is a verb of mediating ("efforts to mediate", "a bid to broker"): who
        tries to mediate mediates. Trying another act is not doing it ("foiled an attempt by X to invade")."""
        return self._effort_of(verb) if verb.lemma_ in self.lexicon.verbs_of(EventType.MEDIATION) else None

    def _noun_owners(self, noun: Token) -> list[Mention]:
        """Whose a noun of intention or trying is: its owner or what its "by" names ("Kenya's efforts", "a plan by X")."""
        return [*(m for c in self.children(noun) if c.dep_ == "poss" for m in self.entities_in(c)),
                *(m for t in self._prep_objects(noun, frozenset({"by"})) for m in self.entities_in(t))]

    def _undertakes(self, holder: Token, effort: Token) -> bool:
        """Whether the subject of ``holder`` makes the ``effort``: as the object of an undertaking verb ("led efforts
        to", "made an effort to"), or in the set phrase of purpose on the verb ("flew to X in an effort / a bid to");
        not when the verb is negated or the effort is none ("did not lead efforts to", "made no effort to"), nor for
        a stance on an effort ("expressed confidence in efforts to", "played a part in efforts to")."""
        if self._denied(holder) or any(c.dep_ == "det" and c.lower_ == "no" for c in self.children(effort)):
            return False
        if effort.dep_ == "dobj":
            return holder.lemma_ in self.lexicon.undertaking_verbs
        preposition = effort.head
        return (effort.dep_ == "pobj" and preposition.lower_ in self.lexicon.purpose_preps and preposition.head == holder
                and effort.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in self.children(effort)))

    def _object_controller(self, verb: Token) -> Token | None:
        """The object that does what a gerund after a preposition says ("accused Rwanda of sending troops",
        "blamed Kyiv for shelling", "barred X from sending"): the object of the verb the preposition hangs on."""
        preposition = verb.head if verb.dep_ == "pcomp" else self._charge_before(verb)
        if preposition is None or preposition.lower_ not in self.lexicon.object_control_preps:
            return None
        holder = _list_head(preposition.head)  # "accused X and Y of sending": "of" hung on the last of the list
        if holder.dep_ == "dobj":
            return holder
        return next((c for c in self.children(holder) if c.dep_ == "dobj" and c.i < preposition.i), None)

    @staticmethod
    def _charge_before(verb: Token) -> Token | None:
        """The preposition of the first act in "accused X of funding and arming Y", where the parser took the first
        gerund for a noun and coordinated the second with the verb of accusing: the second act is X's too."""
        holder = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBG" or holder == verb or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        for preposition in (c for c in holder.children if c.dep_ == "prep" and c.i < verb.i):
            gerund = next((g for g in preposition.children if g.dep_ == "pobj"), None)
            between = verb.doc[preposition.right_edge.i + 1: verb.i]
            if (gerund is not None and gerund.lower_.endswith("ing") and gerund.i == preposition.right_edge.i
                    and len(between) == 1 and between[0].dep_ == "cc"):
                return preposition
        return None

    def _subject_on_auxiliary(self, verb: Token) -> list[Token]:
        """A relative pronoun the parser hung as the subject of an auxiliary it took the verb's helper for ("the
        networks that help finance X": "that" on "help"); only a relative pronoun, which says whose clause it is."""
        return [c for a in self.children(verb) if a.dep_ in ("aux", "auxpass") for c in self.children(a)
                if c.dep_ == "nsubj" and is_relative_pronoun(c)]

    @staticmethod
    def _swallowed_subject(verb: Token) -> list[Token]:
        """The subject the parser hung as an apposition on a phrase fronted before the main verb ("On the eve of
        a hearing against Abu Dhabi, Sudan's government on Wednesday accused ...": "government" is no
        apposition of "Abu Dhabi"; "In a post on X, Iran's leader, Ali Khamenei, vowed"); only adverbials and
        punctuation stand between it and the verb."""
        if verb.dep_ != "ROOT":
            return []
        for phrase in (c for c in verb.lefts if c.dep_ == "prep"):
            appositions = [t for t in phrase.subtree if t.dep_ == "appos" and t.right_edge.i == phrase.right_edge.i]
            between = verb.doc[phrase.right_edge.i + 1: verb.i]
            if appositions and all(t.dep_ in ("prep", "pobj", "advmod", "npadvmod", "aux", "compound", "det", "punct")
                                   or t.head.dep_ in ("prep", "pobj") for t in between):
                return appositions[-1:]
        return []

    def _reporter(self, verb: Token) -> list[Mention] | None:
        """Who makes an accusation the parser coordinated with the clause reported before it ("X said Kyiv was
        dragging its feet and accused the Ukrainians of ..."): the speaker, not the subject of what is reported
        (None when the verb is not so placed)."""
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in self.children(verb)):
            return None
        reported = verb.head
        if reported.dep_ != "ccomp" or reported.head.pos_ not in ("VERB", "AUX"):
            return None
        return self.subject_of(reported.head)

    def _misplaced_authors(self, verb: Token) -> list[Mention]:
        """Who did the act an active verb's object names, when the parser hung "by" on the verb ("denounced a
        visit to Seoul by a US submarine")."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in self.children(verb)) or not any(
                c.dep_ == "dobj" and self.ents.at(c) is None for c in self.children(verb)):
            return []
        return [m for t in self._prep_objects(verb, frozenset({"by"})) for m in self.entities_in(t, deep=True)]

    def _prep_objects(self, token: Token, preps: frozenset[str]) -> list[Token]:
        """The objects of the token's prepositions among ``preps``, and of those coordinated with them ("strikes on
        X and on Y", also when the parser hangs the second on the token itself); not the help something was done "with"."""
        key = (token.i, preps)
        known = self._prep_objects_of.get(key)
        if known is None:
            found = [c for word, c in self._prepositions(token)[0] if word in preps]
            found += [c for p in found for word, c in self._prepositions(p)[1] if word in preps]
            objects = [g for c in found for g in self._preposition_objects(c)[0]]
            known = self._prep_objects_of[key] = objects + [n for c in found for n in self._preposition_objects(c)[1]]
        return list(known)  # a caller may extend its list

    def _prepositions(self, token: Token) -> tuple[list[tuple[str, Token]], list[tuple[str, Token]]]:
        """The prepositions a token governs, each with its lower-case form: those hung on it, those of the means it
        names ("spoke by phone with X") and those coordinated with it; and the last alone. Read once per token."""
        found = self._prepositions_of.get(token.i)
        if found is None:
            children = self.children(token)
            coordinated = [(c.lower_, c) for c in children if c.dep_ == "conj" and c.pos_ == "ADP"]
            governed = [(c.lower_, c) for c in children if c.dep_ in ("prep", "agent", "dative")]
            governed += [(c.lower_, c) for m in children if m.dep_ == "prep" for g in self.children(m)
                         if g.dep_ == "pobj" and self.lexicon.in_class(g, "means")
                         for c in self.children(g) if c.dep_ == "prep"]
            found = self._prepositions_of[token.i] = (governed + coordinated, coordinated)
        return found

    def _preposition_objects(self, preposition: Token) -> tuple[list[Token], list[Token]]:
        """A preposition's objects and the nouns a free relative after it names ("struck what it called
        hideouts"); not the help something was done "with" ("a deal with the help of Omani mediation": the helper
        is no party). Read once per preposition."""
        found = self._objects_of.get(preposition.i)
        if found is None:
            children = self.children(preposition)
            helped = preposition.lower_ == "with"
            objects = [g for g in children if g.dep_ == "pobj" and not (helped and self.lexicon.in_class(g, "help"))]
            named = [n for g in children if g.dep_ == "pcomp" for n in _what_it_names(g)]
            found = self._objects_of[preposition.i] = (objects, named)
        return found

    def _setting(self, place: Token, trigger: Token) -> bool:
        """Whether a phrase names where the act was done rather than whom it reaches: the object of a venue
        preposition said before the subject of the verb it hangs on ("In Caracas, X ordered troops to the border",
        "At the UN, X accused Y", "At a summit, X pledged aid to Y": the summit is where the pledge was made); not
        where a presence verb's forces stay, unless a goal is named too ("In Syria, X has deployed missiles": Syria;
        "In Kampala, X deployed troops to Y": Y alone)."""
        preposition = place.head
        if place.dep_ != "pobj" or preposition.lower_ not in self.lexicon.venue_preps:
            return False
        if place != trigger and self.ents.at(place) is None:
            return False  # "At Britain's request, ...": no place, and the request is Britain's
        subjects = [c for c in self.children(preposition.head) if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or preposition.i > min(s.left_edge.i for s in subjects):
            return False
        if preposition.head != trigger or trigger.lemma_ not in self.lexicon.presence_verbs:
            return True
        holders = [trigger, *(c for c in self.children(trigger) if c.dep_ == "dobj")]
        return any(word in self.lexicon.goal_preps for h in holders for word, _ in self._prepositions(h)[0])

    def _issuers(self, utterance: Token) -> list[Mention]:
        """Who issued an utterance that names no author of its own: the subject of the verb it hangs from
        ("answered with a statement accusing X", "adopted a resolution condemning Y"), not one that receives it; none
        for any other noun."""
        verb = _governor(utterance) if self.lexicon.in_class(utterance, "utterances") else None
        if verb is None or verb.lemma_ in self.lexicon.receiving_verbs:  # "received a letter accusing X": not its author
            return []
        return self.subject_of(verb)

    def _described_by(self, participle: Token) -> Token:
        """The noun a participle describes: the one it hangs on or, when that is the place of a venue phrase, the
        noun the phrase belongs to ("talks in Minsk brokered by the OSCE": the talks were brokered, not Minsk)."""
        noun, preposition = participle.head, participle.head.head
        named = self.ents.at(noun)
        place = (named.type in (EntityType.COUNTRY, EntityType.LOCATION) if named is not None
                 else noun.lemma_.lower() in self.lexicon.settlement_nouns)  # "talks in the Belarusian capital"
        in_venue = noun.dep_ == "pobj" and preposition.lower_ in self.lexicon.venue_preps
        return preposition.head if in_venue and place and preposition.head.pos_ == "NOUN" else noun

    def _bars_as_object(self, thing: Token, barring: str) -> bool:
        """Whether an object bars the trigger: a word of the class ``barring``, for '@any' every object ("turned its
        attention to X": no one turned to), or for '@person' a person, named or a personal pronoun ("backed Guaido",
        "keep backing him": a leader endorsed, no aid given)."""
        if barring == "@any":
            return True
        if barring != "@person":
            return self.lexicon.in_class(thing, barring)
        named = self.ents.at(thing)
        if named is not None:
            return named.type == EntityType.PERSON
        return _personal_pronoun(thing)

    def _in_a_body(self, verb: Token, preps: frozenset[str]) -> bool:
        """Whether one of ``preps`` on the verb names a body of states: a named organization or a word of class
        'member_bodies' ("sits with X in ASEAN", "in the bloc"), or a relative pronoun standing for one ("the
        grouping in which X sits with Y")."""
        places = [g for c in self.children(verb) if c.dep_ == "prep" and c.lower_ in preps
                  for g in self.children(c) if g.dep_ == "pobj"]
        if verb.dep_ == "relcl" and any(map(is_relative_pronoun, places)):
            places += self._noun_chain(verb.head)  # "a grouping led by China in which ...": hung on "China"
        return any(self.lexicon.in_class(place, "member_bodies")
                   or getattr(self.ents.at(place), "type", None) == EntityType.ORGANIZATION for place in places)

    @staticmethod
    def _noun_chain(noun: Token) -> list[Token]:
        """The noun and the nouns its phrase hangs from, up through prepositions, participles and appositions
        ("China" in "the SCO, a grouping led by China": China, grouping, the SCO)."""
        chain = [noun]
        while chain[-1].dep_ in ("pobj", "agent", "prep", "acl", "appos", "conj") and chain[-1].head != chain[-1]:
            chain.append(chain[-1].head)
        return [t for t in chain if t.pos_ in ("NOUN", "PROPN")]

    @staticmethod
    def _arguments_of(verb: Token) -> list[Token]:
        """The words a verb takes: its objects and complements, and the objects of its prepositions."""
        return [g for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "xcomp", "attr", "prep")
                for g in ([c] if c.dep_ != "prep" else [g for g in c.children if g.dep_ == "pobj"])]

    def _acted_on(self, verb: Token) -> list[Token]:
        """What a verb acts on: its objects, its passive subject ("the demands were met"), the noun a relative
        clause without an object of its own describes ("the refugees it hosts") and the noun a passive participle
        describes ("a summit hosted by X")."""
        objects = [c for c in self.children(verb) if c.dep_ in ("dobj", "nsubjpass")] + self._relative_object(verb)
        objects += [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else []
        return objects + [c for o in objects for c in o.conjuncts]

    def _sent_against_danger(self, verb: Token, preps: frozenset[str]) -> bool:
        """Whether forces a verb sends or leads go against an attack or a threat (classes 'assault', 'fights',
        'dangers': "against a possible Russian attack", "against the threat of X"), no party, after one of ``preps``
        on the verb or on its object."""
        holders = [verb] + [c for c in self.children(verb) if c.dep_ == "dobj"]
        aims = [g for h in holders for c in self.children(h) if c.dep_ == "prep" and c.lower_ in preps
                for g in self.children(c) if g.dep_ == "pobj"]
        return bool(aims) and all(any(self.lexicon.in_class(aim, kind) for kind in _DANGER_CLASSES) for aim in aims)

    def _a_place(self, token: Token) -> bool:
        """Whether the word names a place: a named place or state ("Mogadishu"), or a word of class 'grounds' or
        'settlements' ("their land", "the port", "three districts")."""
        mention = self.ents.at(token)
        if mention is not None:
            return mention.type in (EntityType.LOCATION, EntityType.COUNTRY)
        return self.lexicon.in_class(token, "grounds") or self.lexicon.in_class(token, "settlements")

    def _out_of_a_place(self, verb: Token, preps: frozenset[str]) -> bool:
        """Whether what the verb's ``preps`` name ("out of X", "from X") is a place, or they name nothing ("drove
        X back", "drove X out"); not "drove Peru out of the market"."""
        ends = self._prep_objects(verb, preps)
        ends += [g for word, p in self._prepositions(verb)[0] if word in preps for g in self._prep_objects(p, frozenset({"of"}))]
        return not ends or any(self._a_place(end) for end in ends)

    def _supplies_owned_forces(self, verb: Token, preps: set[str]) -> bool:
        """Whether the forces a verb of giving takes as its object are a state's that the verb only supplies: another
        state's ("France supplies the Malian troops in Gao"), or the subject's own when the verb sends them nowhere
        ("will not supply its troops in Syria"; not "will provide its troops to the force in Mali")."""
        subjects = {m.key for m in self.subject_of(verb)}
        for thing in (o for c in self.children(verb) if c.dep_ == "dobj" for o in [c, *c.conjuncts]):
            owners = {m.key for c in self.children(thing) if c.dep_ in ("amod", "compound", "poss")
                      for m in self.entities_in(c) if m.type == EntityType.COUNTRY}
            if owners and (not owners <= subjects or not preps & self.lexicon.movement_preps):
                return True
        return False

    def _needs_met(self, trigger: Trigger, token: Token) -> tuple[bool, Token | None]:
        """Whether the trigger's required argument class is present; returns the theme token."""
        preps = {c.lower_ for c in self.children(token)  # "shore up": a particle too; "brought together"
                 if c.dep_ in ("prep", "prt") or c.lower_ in self.lexicon.joint_words
                 or (c.dep_ == "advmod" and c.lower_ in trigger.required_preps)}  # "drove X back": an adverb
        if trigger.object_preps:  # "sent troops against X": the parser hangs the preposition on the object
            objects = [c for c in self.children(token) if c.dep_ == "dobj"]
            if not objects:
                return False, None  # "the army led by X, against Y": a participle describing forces sends none
            preps |= {g.lower_ for o in objects for g in self.children(o) if g.dep_ == "prep"}
        if preps & trigger.barring_preps or (trigger.required_preps and not preps & trigger.required_preps):
            return False, None  # "talked X and Y into a deal": persuaded (a mediation), no meeting
        if trigger.owned_theme_bars and self._supplies_owned_forces(token, preps):
            return False, None  # "supplies the Malian troops in Gao", "will not supply its troops in Syria": no one sent
        if trigger.place_preps and not self._out_of_a_place(token, trigger.place_preps):
            return False, None  # "drove Peru out of the market": no place left, no attack
        if trigger.object_preps and self._sent_against_danger(token, trigger.required_preps):
            return False, None  # "deployed jets to Poland against a possible attack": a defence, no one attacked
        if trigger.body_preps and self._in_a_body(token, trigger.body_preps):
            return False, None  # "Egypt sits with Ethiopia in the African Union": members, no meeting
        if trigger.barring_class and any(self.lexicon.in_class(argument, trigger.barring_class)
                                         or _hyphened(argument) in self.lexicon.classes.get(trigger.barring_class, ())
                                         for argument in [*self._arguments_of(token), *self._acted_on(token)]):
            return False, None  # "asked Modi for details": no help asked; "Resolution 598, backed by X": endorsed
        if trigger.barring_events and any(t.event.value in trigger.barring_events for argument in self._acted_on(token)
                                          for t in self.lexicon.nouns.get(argument.lemma_.lower(), ())):
            return False, None  # "backed the US strikes on Iraq": an attack endorsed, no aid to anyone
        if trigger.barring_objects and any(self._bars_as_object(thing, trigger.barring_objects)
                                           for thing in self._acted_on(token)):
            return False, None  # "met the demands", "hosts refugees": no one met; "backed Guaido": endorsed
        if trigger.done_only and _infinitive(token):
            return False, None  # "troops sent to train Afghan soldiers": a purpose, no training yet
        if trigger.needs is None or preps & trigger.aimed_preps:
            return True, None
        if trigger.event == EventType.MEDIATION and self._hosts_clause_meeting(token):
            return True, None  # "held talks in X on Monday, hosted by Y": Y mediates the talks the clause holds
        if token.pos_ == "NOUN" and token.lemma_ in self.lexicon.series_nouns:
            kinds = self._prep_objects(token, frozenset({"of"}))  # "a round of talks", not "a round of strikes"
            if kinds:
                return any(self.lexicon.in_class(kind, trigger.needs) for kind in kinds), None
            return trigger.event == EventType.MEETING and self._meeting_told_again(token), None  # "a second round"
        candidates: list[Token] = [token]
        destinations = (self.lexicon.frames[trigger.event].target_preps
                        if token.pos_ == "VERB" and trigger.event == EventType.DEPLOYMENT else frozenset())
        for child in self.children(token):  # not the forces sent to ("sent equipment to its army")
            if child.dep_ in trigger.slots or (child.dep_ == "prep" and "pobj" in trigger.slots and child.lower_ not in destinations):
                candidates += [child] if child.dep_ != "prep" else [g for g in self.children(child) if g.dep_ == "pobj"]
        if token.pos_ == "VERB":  # "imposed asset freezes on X": the parser may read the object as a clause
            candidates += [c for c in self.children(token) if _noun_read_as_clause(c)]
        if "pcomp" in trigger.slots:  # "banned X from entering": the gerund after a preposition
            candidates += [g for c in self.children(token) if c.dep_ == "prep" for g in self.children(c) if g.dep_ == "pcomp"]
        if "oprd" in trigger.slots:  # "holds Kenya responsible": the parser may hang the complement on the object
            candidates += [a for o in self.children(token) if o.dep_ == "dobj" for a in self.children(o)
                           if a.dep_ == "amod" and a.i > o.i]
        if ("relhead" in trigger.slots and token.dep_ in ("relcl", "acl")) or (token.dep_ == "acl" and token.tag_ == "VBN"):
            candidates.append(token.head)  # "the help provided by X": what a participle describes is its object
        elif token.dep_ == "relcl" and any(_stands_for_antecedent(c) for c in self.children(token)):
            # "the units that X dispatched", "soldiers, hundreds of whom were sent", "talks that X has facilitated"
            candidates.append(token.head)
        else:  # "the embargo it had imposed on X": a relative clause without a pronoun has its noun for object
            candidates += self._relative_object(token)
        if token.dep_ == "conj" and token.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in self.children(token)):
            candidates += [c for c in self.children(token.head) if c.dep_ == "nsubjpass"]  # "were mediated by X and hosted by Y"
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ == "pobj" and token.head.head.lower_ == "between":
            candidates.append(token.head.head.head)  # "talks between the two leaders hosted by X": the talks
        if token.pos_ == "NOUN":
            candidates += [g for c in self.children(token) if c.dep_ == "prep" for g in self.children(c)]
            candidates += [c for c in self.children(token) if c.dep_ in ("compound", "amod")]
        if token.pos_ == "NOUN" and trigger.promised and token.dep_ == "dobj":  # "take steps in response": the parser
            candidates += [g for c in token.head.rights if c.dep_ == "prep" and c.i > token.i  # hangs the noun's "in" on the verb
                           for g in self.children(c) if g.dep_ == "pobj"]
        if trigger.needs == "@place":  # "took Goma": the object is a named place
            places = [c for c in candidates[1:] if (m := self.ents.at(c)) and m.type == EntityType.LOCATION]
            return bool(places), None
        if trigger.needs == "@party":  # "received a delegation", "received Lavrov"; not "received a request, missiles"
            return any(((m := self.ents.at(c)) and m.type in _ACTOR_TYPES) or self.lexicon.in_class(c, "guests")
                       or self._group_size(c)[0] for c in candidates[1:]), None  # "received the two men"
        for candidate in candidates[1:]:
            if self._act_of_its_own(candidate, trigger):
                continue  # "offered to help the two sides": the help is read as the act, under the offer
            if trigger.event == EventType.AID_PROVISION and self.lexicon.in_class(candidate, "grounds"):
                continue  # "sent a frigate to the waters off X": a place sent to, no aid ("sent water" is)
            heads = [candidate, *candidate.conjuncts]  # "sent rice, sugar and tents": any of the things listed
            if candidate.pos_ == "PROPN":  # "launched Operation Haskanite": the name's first word says what it is
                heads += [c for c in self.children(candidate) if c.dep_ == "compound" and c.pos_ == "PROPN"]
                # "sent HMAS Adelaide, its largest warship": a name is what its apposition says it is
                heads += [c for c in self.children(candidate) if c.dep_ == "appos" and c.pos_ == "NOUN"]
            # "a package of measures", "$2 billion in aid", "its sixteenth sanctions package"
            # "$500 million": the currency a sum is counted in
            inner = [*self._prep_objects(candidate, frozenset({"of", "in"})),
                     *(c for c in self.children(candidate) if c.dep_ in ("compound", "quantmod"))]
            inner += self._cargo(candidate)
            if trigger.needs == "traded_goods" and self.lexicon.in_class(candidate, "forces"):
                inner = []  # "barred US aircraft carriers from the canal": warships, no craft of trade
            inner += [c for w in inner for c in w.conjuncts]  # "a planeload of staff and supplies"
            relief = trigger.event in (EventType.DEPLOYMENT, EventType.AID_PROVISION) and self._relief_team(candidate)
            if relief and trigger.event == EventType.DEPLOYMENT:
                continue  # "sent rescue teams", "a team of doctors": help, no force
            if relief:
                return True, candidate
            if trigger.event == EventType.AID_PROVISION and self._own_force_sent(token, candidate):
                continue  # "sent air force transport planes to Noumea": a deployment, no aid
            if any(self.lexicon.in_class(h, trigger.needs) or self.lexicon.names_class(self._organization_name(h), trigger.needs)
                   for h in heads):
                return True, candidate
            for word in inner:
                if self.lexicon.in_class(word, trigger.needs):
                    return True, word
        if token.pos_ == "NOUN" and token.dep_ in ("dobj", "pobj"):
            governor = _governor(token)
            if governor is not None and self.lexicon.in_class(token, trigger.needs):
                return True, token
        return False, None

    def _admitted(self, verb: Token, mention: Mention) -> bool:
        """Whether one refused entry or a visa is a party that can be sanctioned: a named person or organization, a
        personal pronoun, or a noun of class 'people' or 'envoys' ("deny entry to three officials", "revoked the visas
        of 100 Nicaraguan lawmakers"); not refugees, inspectors or goods ("refused entry to Afghan refugees", "to the
        IAEA inspectors", "to a cargo of Polish apples"), whose demonym or compound only names whose they are."""
        doc = verb.doc
        if not 0 <= mention.start < mention.end <= len(doc):
            return True
        root = doc[mention.start:mention.end].root
        recipient = root
        for _ in range(8):  # up to the noun that receives the refusal: "Afghan" -> "refugees"
            if recipient.dep_ not in ("compound", "amod", "poss", "nmod", "nummod", "conj", "appos") or recipient.head == recipient:
                break
            if recipient.dep_ in ("conj", "appos") and recipient is root:
                break  # "to Sechin and Deripaska": a conjunct is a recipient of its own
            recipient = recipient.head
        if recipient is root and mention.type in (EntityType.PERSON, EntityType.ORGANIZATION):
            return True
        if _personal_pronoun(recipient, plural=True):
            return True
        return self.lexicon.in_class(recipient, "people") or self.lexicon.in_class(recipient, "envoys")

    def _act_of_its_own(self, candidate: Token, trigger: Trigger) -> bool:
        """Whether an infinitive complement is a verb of the trigger's own event type, the act itself, not what the
        trigger gives ("offered to help", "pledged to help the other": the help is the aid, told as offered)."""
        return (candidate.pos_ == "VERB" and candidate.dep_ == "xcomp"
                and candidate.lemma_ in self.lexicon.verbs_of(trigger.event))

    def _cargo(self, vehicle: Token) -> list[Token]:
        """What a sent thing carries, said by a participle on it ("two aircraft carrying medicines", "a plane loaded
        with supplies") or by the words that name its kind ("search-and-rescue teams")."""
        carriers = [c for c in self.children(vehicle) if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
        carried = [g for c in carriers for g in self.children(c) if g.dep_ == "dobj"]
        carried += [o for c in carriers for p in self.children(c) if p.dep_ == "prep" and p.lower_ == "with"
                    for o in self.children(p) if o.dep_ == "pobj"]
        return carried + [c for c in self.children(vehicle) if c.dep_ == "nmod"]

    def _own_force_sent(self, verb: Token, thing: Token) -> bool:
        """What a verb of sending forces sends is the sender's own craft or unit, no aid: a word of class 'forces' is
        listed and nothing of aid is listed, carried or named on the things ("sent transport planes to X", "send
        missile defence units and troops"; not "sent planes of aid", "sent water bombers", "sent tents and planes", nor
        craft sent to do what is aid by itself: "sent jets to help the Gulf state"; "to fly out citizens" is not)."""
        if verb.pos_ != "VERB" or verb.lemma_ not in self.lexicon.verbs_of(EventType.DEPLOYMENT):
            return False
        if any(c.dep_ in ("advcl", "xcomp") and any(t.event == EventType.AID_PROVISION and t.needs is None
                                                     for t in self.lexicon.verbs.get(c.lemma_, ()))
               for c in self.children(verb)):
            return False
        listed = [thing, *thing.conjuncts]
        if not any(self.lexicon.in_class(w, "forces") for w in listed):
            return False
        described = [w for h in listed for w in [*self._prep_objects(h, frozenset({"of", "in"})), *self._cargo(h),
                                                  *(c for c in self.children(h) if c.dep_ in ("compound", "amod"))]]
        return not any(self._aid_only(w) for w in [*listed, *described, *(c for w in described for c in w.conjuncts)])

    def _aid_only(self, word: Token) -> bool:
        """A word of aid that is no force nor weapon ("tents", "water"; not "planes", "missile")."""
        return self.lexicon.in_class(word, "aid") and not any(self.lexicon.in_class(word, kind) for kind in ("forces", "weapons"))

    def _relief_team(self, noun: Token) -> bool:
        """A team, plane or unit of helpers ("rescue teams", "a team of Red Crescent doctors") or a craft that
        carries aid ("a plane loaded with supplies"; not "missile defence units"): aid, no force."""
        kinds = [*self._prep_objects(noun, frozenset({"of"})), *(c for c in self.children(noun) if c.dep_ in ("compound", "nmod", "amod"))]
        return (any(self.lexicon.in_class(w, "relief_workers") for k in kinds for w in [k, *k.conjuncts])
                or any(self._aid_only(w) for c in self._cargo(noun) for w in [c, *c.conjuncts]))

    def _alleged(self, token: Token) -> bool:
        """Inside what someone is accused or blamed for or claims ("accuses Rwanda of sending soldiers", "claimed that
        Israel struck"), or said to be so ("allegedly received"): a claim, not a fact."""
        words = self.lexicon.modality_words
        claiming = self.lexicon.claiming_verbs
        inside = list(token.ancestors) if token.lemma_ in claiming else [token, *token.ancestors]  # a claim is itself stated
        voiced = next((i for i, a in enumerate(inside) if a.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and not is_relative_pronoun(c) for c in self.children(a))), None)
        inside = inside if voiced is None else inside[:voiced + 1]  # "..., which Rwanda denies, while accusing": Rwanda's
        described = next((i for i, a in enumerate(inside) if a.dep_ == "relcl" and self.ents.at(a.head) is not None), None)
        inside = inside if described is None else inside[:described + 1]  # "claimed that Israel, which has bombed X,
        # ...": the writer says who Israel is
        if any(a.head.lemma_ in claiming and (a.lower_ in ("of", "for") or a.dep_ == "ccomp") for a in inside):
            return True
        if any(a.lower_ in ("of", "for") and (holder := _list_head(a.head)) != a.head and holder.lemma_ in claiming
               for a in inside):
            return True  # "accused X and Y of arming Z": the parser may hang the charge on the last one accused
        if any(a.lower_ == "of" and (holder := _list_head(a.head)).dep_ == "dobj" and holder.head.lemma_ in claiming
               for a in inside):
            return True  # "accused Tajik forces of firing": the parser may hang the charge on the accused
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        charge = self._charge_before(verb)
        if charge is not None and charge.head.lemma_ in claiming:
            return True  # "accused X of funding and arming Y"
        return any(c.dep_ == "advmod" and c.lower_ in words.claim_adverbs for c in self.children(verb))

    def _no_plan(self, token: Token) -> bool:
        """Set under a plan or wish the text says there is none of ("there were no plans to give X help", "said it
        had no plans for a deployment", "has no interest in widening the war by sending arms"): not an event, nor
        an intention. Prepositions count as no step. A clause with a subject of its own is the last one looked at
        ("X has no plans to send troops, although Y could station some there": Y's plan is not X's)."""
        negations = self.lexicon.negations
        for word in [token, *[a for a in token.ancestors if a.pos_ != "ADP"][:3]]:
            for noun in [word, *(c for c in self.children(word) if c.dep_ in ("attr", "dobj"))]:
                if noun.pos_ == "NOUN" and noun.lemma_ in self.lexicon.intentions and any(
                        c.dep_ == "det" and c.lower_ in negations for c in self.children(noun)):
                    return True
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in self.children(word)):
                return False
        return False

    def _reported(self, token: Token) -> Modality | None:
        """The modality of a clause set on a report or claim: "rejected reports that troops had been sent"
        (negated), "claims that Israel struck a hospital" (claimed)."""
        words, current = self.lexicon.modality_words, token
        for _ in range(6):
            head = current.head
            if head == current:
                return None
            if current.dep_ == "relcl" and self.ents.at(head) is not None:
                return None  # "rejected claims that it arms X, which has been fighting Y": the writer says who X is
            if current.dep_ == "acl" and head.pos_ == "NOUN" and head.lemma_.lower() in words.report_nouns:
                denied = self._reverses(head.head) or any(c.dep_ == "neg" for c in self.children(head.head))
                if denied:
                    return Modality.NEGATED
                return Modality.CLAIMED if head.lemma_.lower() in words.claim_nouns else None
            current = head
        return None

    @staticmethod
    def _named_as(token: Token) -> bool:
        """The trigger names a role given to an object: "X as mediator", "X as the guarantor countries"."""
        head = token.head if token.dep_ == "compound" else token
        return head.dep_ == "pobj" and head.head.lower_ == "as"

    def _organization_name(self, token: Token) -> str | None:
        mention = self.ents.at(token)
        if mention is None or mention.type != EntityType.ORGANIZATION:
            return None
        return self.ents.entities[mention.key].name

    def _modality(self, token: Token, theme: Token | None = None) -> Modality:
        """How the sentence states the event at ``token`` (``_modality_read``); a fight a party is named as waging is
        under way whatever is supposed or planned about it ("could help calm X's conflict with Y", "Russia's war
        in Ukraine may drag on")."""
        modality = self._modality_read(token, theme)
        if modality in (Modality.HYPOTHETICAL, Modality.PLANNED) and self._owned_fight(token):
            return Modality.ASSERTED
        if modality in (Modality.NEGATED, Modality.HYPOTHETICAL, Modality.PLANNED) and self._made_deal(token):
            return Modality.ASSERTED
        return modality

    def _made_deal(self, token: Token) -> bool:
        """A noun of class 'deal' that a verb of undoing (one of the 'reversals') takes as its object or passive
        subject, told as made by its owner or its year ("breached its truce with X", "scrapped a 1995 accord with
        Y", "would terminate its treaty with Z"): undoing it does not unmake it; not one negated or supposed of its
        own ("has no treaty with X", "scrapped its proposed accord"), nor one another verb acts on ("could sign
        their accord", "refused to sign its 2024 accord"), nor one after a preposition ("walked away from its
        accord")."""
        if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "nsubjpass") or not self.lexicon.in_class(token, "deal"):
            return False
        if not self._reverses(token.head):
            return False
        words = [t for c in token.lefts for t in c.subtree]
        modifiers = self.lexicon.modality_words.noun_modifiers
        if any(t.lower_ in self.lexicon.negations or t.lower_ in modifiers for t in words):
            return False
        return any(t.dep_ == "poss" or (t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4) for t in words)

    def _owned_fight(self, token: Token) -> bool:
        """A noun of fighting with its owner ("the SDF's conflict", "Israel's war"): a fight told as going on."""
        return token.pos_ == "NOUN" and self.lexicon.in_class(token, "fights") and any(
            c.dep_ == "poss" for c in self.children(token))

    def _modality_read(self, token: Token, theme: Token | None = None) -> Modality:
        """How the sentence's words state the event at ``token``: alleged ("accuses Rwanda of sending soldiers"),
        negated ("did not", "no talks") or reversed ("refused to send", "suspended the agreement"), hedged
        ("could") or only intended, asked for or threatened ("threatened to impose", "urged X to send"),
        promised ("will deploy"), else asserted."""
        if self._alleged(token):
            return Modality.CLAIMED
        if self._no_plan(token):
            return Modality.NEGATED
        reported = self._reported(token)
        if reported is not None:
            return reported
        if self._in_condition(token):
            return Modality.HYPOTHETICAL  # "... unless it agreed to a ceasefire with Ukraine"
        if token.lemma_ in self.lexicon.offering_verbs and any(c.dep_ == "xcomp" for c in self.children(token)):
            return Modality.HYPOTHETICAL  # "has offered to help monitor any ceasefire": only offered
        for head in self._compounded(token):  # "blocked the new sanctions package": as the package is
            described = self._modality(head)
            if described != Modality.ASSERTED:
                return described
        for collection in self._collected_in(token):  # "a wave of strikes killed ...", "blocked a round of sanctions"
            return self._modality(collection)
        verb = token if token.pos_ in ("VERB", "AUX") else (
            token.head if token.dep_ in ("dobj", "nsubjpass", "attr") else self._at_war_verb(token))
        if verb is not None and verb is not token and verb.lemma_ in self.lexicon.accusation_verbs:
            verb = None  # "declined to condemn Russia's invasion": the invasion is not what was declined
        scope = [token] + ([theme] if theme is not None else [])
        planned = token.pos_ == "VERB" and token.lemma_ in self.lexicon.intentions  # "pledged $2 billion in aid"
        plan = self._plan_of(verb if verb is not None else token)
        if plan is not None:  # "has no plans to send", "dropped its plan to deploy", "weighs a plan to send"
            holder = _governor(plan)
            if holder is not None and self._undone(holder):
                return self._undone(holder)
            if holder is not None and holder.lemma_ in self.lexicon.irrealis:
                return Modality.HYPOTHETICAL
            scope += [plan, *([holder] if holder is not None else [])]
            planned = True
        if (verb is not None and verb is not token and self.lexicon.in_class(token, "deal") and self._only_tried(verb)
                and any(t.event == EventType.MEDIATION for t in self.lexicon.verbs.get(verb.lemma_, ()))):
            return Modality.HYPOTHETICAL  # "failed to broker a deal between A and B": no deal was made
        if verb is not None:
            scope.append(verb)
            governor, complement = verb, False
            while ((governor.dep_ in ("xcomp", "ccomp", "conj") or self._purpose(governor)) and governor.head != governor
                   and self._reported_before(governor) is None):  # "X could quit Y, Z has threatened": Z did
                # "urged X to end ... and to send troops": the second of the things urged is only asked for too
                raised = governor.dep_ == "xcomp" and not complement
                complement = complement or governor.dep_ != "conj"  # "denied X and accused Y": two acts
                told = self._told_clause(governor)
                governor = _conjoined_with(governor)
                if governor.lemma_ not in self.lexicon.unhesitating:  # "did not hesitate to strike": it struck
                    scope.append(governor)
                elif complement and not self._denied(governor):  # "Iran hesitated to strike": it has not struck
                    return Modality.NEGATED
                if (complement and self._undone(governor) and governor.i < verb.i
                        and (not told or governor.lemma_ in self.lexicon.modality_words.denial_verbs)):
                    # not "He accused X of it, a claim Caracas denies"; a clause told is undone only by a denial
                    # ("denied that X sent troops"), a verb of stopping takes an act ("visa bans - X imposed ...")
                    return self._undone(governor)
                if raised and governor.lemma_ in self.lexicon.irrealis and verb.dep_ != "xcomp":
                    return Modality.HYPOTHETICAL
                if verb.dep_ == "xcomp" and governor == verb.head:
                    if governor.lemma_ in self.lexicon.irrealis:
                        return Modality.HYPOTHETICAL
                    planned = planned or self._intended(governor)
        elif token.dep_ == "pobj":  # "is due to travel to Beijing for talks": the talks are as planned as the trip
            governor = _governor(token)
            if governor is not None and governor.dep_ == "xcomp" and governor.head.lemma_ in self.lexicon.irrealis:
                return Modality.HYPOTHETICAL  # "called on X and Y to agree to a ceasefire": only asked for
            planned = governor is not None and governor.dep_ == "xcomp" and self._intended(governor.head)
        head = first_conjunct(token).head  # "a ban, an asset freeze and an arms embargo": no freeze undoes the embargo
        # not the subject of a verb that undoes its object ("the war killed thousands": the war was waged)
        acting = token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in self.children(head))
        if token.pos_ not in ("VERB", "AUX") and not acting and self._undone(head, token):
            return self._undone(head, token)
        if token.dep_ == "dobj" or (token.dep_ in ("pobj", "pcomp") and token.head.dep_ == "prep"
                                    and not any(c.dep_ == "mark" for c in self.children(token.head))):
            # "weighing sanctions", "stopped short of sanctioning"; not "rejected it while in turn accusing X"
            governor = _governor(token)
            if governor is not None and self._undone(governor, token):
                return self._undone(governor, token)
            outer = self._gerund_governor(governor) if token.dep_ == "dobj" else None
            if outer is not None and self._undone(outer):
                return self._undone(outer)  # "stopped short of threatening further action against X"
            if (governor is not None and governor.lemma_ in self.lexicon.irrealis and not self._alleged(token)
                    and not any(c.dep_ == "prt" for c in self.children(governor))):  # not "pressed on with"
                return Modality.HYPOTHETICAL
        children = [child for word in scope for child in self.children(word)]
        if self._disputed(token, children):
            return Modality.CLAIMED  # "the US had brokered the ceasefire, a claim New Delhi rejected"
        doer = verb if verb is not None else _governor(token) if token.dep_ == "pobj" else None
        if doer is not None and doer.lemma_ not in self.lexicon.claiming_verbs and self._no_one_acts(doer):
            return Modality.NEGATED  # "none of its troops were sent", "no American aircraft took part in the strikes"
        children += [g for child in children if child.dep_ == "advmod" for g in self.children(child)]  # "no longer"
        if any(child.dep_ == "neg" or (child.lower_ in self.lexicon.negations and child.dep_ in ("det", "neg"))
               for child in children):
            return Modality.NEGATED
        modifiers = self.lexicon.modality_words.noun_modifiers
        nouns = [token, token.head.head] if token.dep_ == "pobj" and token.head.lower_ == "of" else [token]
        modified = {modifiers.get(child.lower_) for noun in nouns for child in self.children(noun)  # "the next round of talks"
                    if token.pos_ == "NOUN" and child.dep_ in ("amod", "compound")}
        if token.pos_ == "NOUN" and token.dep_ == "nsubjpass":
            modified.add(modifiers.get(token.head.lower_))  # "talks are planned for May", "a strike was alleged"
        if token.pos_ == "NOUN" and token.dep_ == "nsubj":  # "a meeting remains possible", "a deal is likely"
            modified |= {modifiers.get(c.lower_) for c in self.children(token.head) if c.dep_ == "acomp"}
        if Modality.CLAIMED in modified:
            return Modality.CLAIMED  # "the alleged strike"
        if self._counterfactual(verb):
            return Modality.NEGATED  # "a draft that would have extended the sanctions": it did not
        if any((child.dep_ == "aux" and child.lower_ in self.lexicon.hedges)
               or (child.dep_ == "det" and child.lower_ in self.lexicon.indefinites) for child in children):
            return Modality.HYPOTHETICAL
        if Modality.HYPOTHETICAL in modified:
            return Modality.HYPOTHETICAL  # "possible sanctions", "the proposed deployment"
        if planned or Modality.PLANNED in modified or self._has_auxiliary(verb, self.lexicon.future_auxiliaries):
            # "is to give the other help if it is attacked": promised on a condition, only supposed
            return Modality.HYPOTHETICAL if verb is not None and self._on_condition(verb) else Modality.PLANNED
        if self._has_auxiliary(verb, self.lexicon.conditional_auxiliaries):
            # "said it would send troops": a plan told; "would sign a deal only if": a supposition
            return Modality.PLANNED if _reported_clause(verb) and not self._on_condition(verb) else Modality.HYPOTHETICAL
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN":
            described = self._modality(token.head)  # "due to meet for talks mediated by Turkey": as planned as the talks
            if described in (Modality.PLANNED, Modality.HYPOTHETICAL):
                return described
        acting = token.head if token.dep_ == "advcl" else _governor(token.head) if token.dep_ == "acl" else None
        if (acting is not None and token.tag_ == "VBG" and acting.pos_ in ("VERB", "AUX")
                and not any(c.dep_ in ("nsubj", "mark") for c in self.children(token))):
            # "would file a case accusing X": the participle's act is as planned or supposed as its verb's (not
            # as negated: "did not sign, accusing X" still accuses)
            governing = self._modality(acting)
            if governing in (Modality.PLANNED, Modality.HYPOTHETICAL):
                return governing
        return Modality.ASSERTED

    def _no_one_acts(self, verb: Token) -> bool:
        """The verb's subject is no one: "no aircraft", "none of its soldiers", "neither X nor Y", "nobody"."""
        negations = self.lexicon.negations
        for subject in (c for c in self.children(verb) if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lemma_.lower() in self.lexicon.no_one or any(
                    c.dep_ in ("det", "preconj") and (c.lower_ in negations or c.lower_ in self.lexicon.no_one)
                    for c in self.children(subject)):
                return True
        return False

    @staticmethod
    def _purpose(verb: Token) -> bool:
        """An infinitive of purpose: "might step in to mediate" (hedged, negated, planned as its verb is)."""
        return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)

    def _disputed(self, token: Token, children: list[Token]) -> bool:
        """What a clause tells is set off as one side's claim after a comma ("..., a claim Caracas denies", "...,
        an allegation Abu Dhabi rejected", "..., a figure Kampala rejected"); an accusation so set off still was made."""
        if token.pos_ != "VERB" or token.lemma_ in self.lexicon.claiming_verbs:
            return False  # "brokered the ceasefire, a claim ...": the ceasefire is no less real
        doc = token.doc
        words = self.lexicon.modality_words

        def set_off(noun: Token) -> bool:  # after the clause, behind a comma (the noun phrase's own words only)
            start = min([noun.i] + [c.left_edge.i for c in noun.children if c.dep_ in ("det", "poss", "amod", "compound", "nummod")])
            return noun.i > token.i and start > 0 and doc[start - 1].text == ","

        if any(child.lemma_.lower() in words.claim_nouns and set_off(child) for child in children):
            return True

        def counted(noun: Token) -> bool:  # "killed 40 civilians, a figure ...": a number told before the noun
            return any((t.like_num or t.lower_ in words.quantity_words) and t.ent_type_ not in ("DATE", "TIME")
                       and t.dep_ in ("nummod", "dobj", "nsubj", "nsubjpass", "pobj") for t in doc[token.i + 1:noun.i])

        # a report denied, which the parser hangs on the clause's last argument or over the clause: "shelled Arica,
        # a report Lima dismissed", "says its fighters shelled X, reports Rabat has dismissed"; a number noun only
        # sums up a number ("killed 40, a figure Z rejected"; not "killed X, a figure Z had long rejected", a person)
        lemmas = self.ents.tokens.lemma_lower  # the report nouns after the clause, found on the table
        sentence_end = self.ents.tokens.sentence_of(token.i)[1]
        reports = [doc[i] for i in range(token.i + 1, sentence_end) if lemmas[i] in words.report_nouns]
        if not reports:
            return False
        clause = {t.i for t in token.subtree}  # ``children`` also holds the children of the verbs governing the clause
        return any(set_off(noun) and (noun in children or noun.head.i in clause or token in noun.subtree)
                   and (noun.lemma_.lower() not in words.number_nouns or counted(noun))
                   and any(c.dep_ == "relcl" and self._reverses(c) for c in self.children(noun))
                   for noun in reports)

    def _intended(self, governor: Token) -> bool:
        """Whether a verb's infinitive complement is only intended: "plans to send", "is due to", "are to meet"."""
        return governor.lemma_ in self.lexicon.intentions or governor.lemma_ == "be"

    def arguments(self, token: Token, trigger: Trigger, frame: Frame, theme: Token | None) -> tuple[list[Mention], list[Mention], bool]:
        """Actors, targets and whether any of them was inferred from context."""
        lexicon = self.lexicon
        if trigger.target_preps:
            frame = replace(frame, target_preps=frame.target_preps | trigger.target_preps)
        actors: list[Mention] = []
        targets: list[Mention] = []
        inferred = False

        def carries_theme(candidate: Token) -> bool:  # "flew in a team of Red Crescent doctors": what is sent, no receiver
            return (frame.event == EventType.AID_PROVISION and theme is not None and candidate.dep_ == "dobj"
                    and self.ents.at(candidate) is None and theme in candidate.subtree)

        def is_theme(candidate: Token) -> bool:  # "the ceasefire that A and B signed": "that" is the ceasefire
            return (candidate == theme or (token.dep_ == "relcl" and token.head == theme and _stands_for_antecedent(candidate))
                    or lexicon.in_class(candidate, frame.theme)
                    or lexicon.names_class(self._organization_name(candidate), frame.theme) or carries_theme(candidate))

        if token.pos_ in ("VERB", "AUX"):
            holders = [token, *(c for c in self.children(token) if c.dep_ == "dobj")]
            if frame.event == EventType.AGREEMENT:  # "the accord was reached in talks between X and Y": theirs
                holders += [t for t in self._prep_objects(token, lexicon.venue_preps) if lexicon.in_class(t, "talks")]
            between = [m for c in holders for t in self._prep_objects(c, frozenset({"between"})) for m in self.entities_in(t)]
            if len(between) >= 2 and frame.event in (EventType.MEETING, EventType.AGREEMENT):
                return between[:1], between[1:], False  # "X hosted talks between A and B", "a truce agreed between A and B"
            authors = self._misplaced_authors(token) if frame.event == EventType.ACCUSATION else []
            if self._is_passive(token) and not authors:
                actors += [m for t in self._prep_objects(token, frozenset({"by"})) for m in self.entities_in(t)]
                subjects = [c for c in self.children(token) if c.dep_ == "nsubjpass"]
                subjects += [self._described_by(token)] if token.dep_ == "acl" else []
                relative = [c for c in (*self.children(token), *(g for a in self.children(token) if a.dep_ in ("aux", "auxpass")
                                                             for g in self.children(a))) if c.dep_ in ("nsubj", "nsubjpass")]
                if token.dep_ == "relcl" and any(map(is_relative_pronoun, relative)):
                    subjects = [token.head]  # "Maduro, who was sanctioned by OFAC", "who was himself sanctioned"
                if token.dep_ == "advcl" and token.tag_ == "VBN" and not subjects:  # "Backed by X, the M23 advanced"
                    subjects = [c for c in self.children(token.head) if c.dep_ in ("nsubj", "nsubjpass")]
                if token.dep_ == "acl" and lexicon.in_class(token.head, "listed"):
                    subjects = []  # "One of those listed is X", "Those sanctioned include X": X, not "those"
                    targets += self._named_for_those(token.head, frame)
                for subject in subjects:
                    if is_theme(subject):
                        actors += [m for t in self._prep_objects(subject, frame.actor_preps) for m in self.entities_in(t)]
                        if not actors:
                            actors += self.entities_in(subject)
                    elif frame.event == EventType.ACCUSATION:  # "the Kabul raid was condemned by X": not Kabul
                        targets += self._not_struck(subject, self._targeted(subject, frame), trigger)
                    else:
                        targets += self._targeted(subject, frame)
            elif token.dep_ == "acl" and self._mediation_effort(token) is not None:  # "X led efforts to mediate": X
                actors += self.subject_of(token)
            elif token.dep_ == "acl":  # "the US, Japan and Australia announcing penalties"
                actors += self.entities_in(token.head) or (
                    self._issuers(token.head) if frame.event == EventType.ACCUSATION else [])
            else:
                reporter = self._reporter(token) if frame.event == EventType.ACCUSATION else None
                actors += self.subject_of(token) if reporter is None else reporter
                if not [c for c in self.children(token) if c.dep_ == "nsubj"]:
                    inferred = True
                if token.dep_ == "amod":  # "a China-brokered deal", "the US-backed SDF", "a Turkish-brokered deal"
                    actors += [m for c in self.children(token) if c.dep_ in ("npadvmod", "compound") or _hyphened_to(c, token)
                               for m in self.entities_in(c)]
                    if not is_theme(token.head):
                        targets += [m for m in self.entities_in(token.head) if m not in actors]
            if frame.event == EventType.MEDIATION:  # "Qatar mediated jointly with Turkey": Turkey mediates too
                joint = [c for c in self.children(token) if c.dep_ == "advmod" and c.lower_ in lexicon.joint_words]
                actors += [m for holder in [token, *joint] for t in self._prep_objects(holder, frozenset({"with"}))
                           for m in self.entities_in(t)] if joint else []
                # "brokered the deal with Qatar's help": the helper mediates too
                actors += [m for p in self.children(token) if p.dep_ == "prep" and p.lower_ == "with"
                           for g in self.children(p) if g.dep_ == "pobj" and lexicon.in_class(g, "help")
                           for c in self.children(g) if c.dep_ == "poss" for m in self.entities_in(c)]
            if frame.event in (EventType.MEDIATION, EventType.ATTACK):
                # "worked alongside Egypt and the US to broker a deal", "fought alongside X against Y": X acts too
                holders = [token, *([token.head] if token.dep_ in ("advcl", "xcomp") else [])]
                partners = [t for h in holders for t in self._prep_objects(h, lexicon.joint_preps)]
                actors += [m for t in partners for m in self.entities_in(t)]
                if frame.event == EventType.ATTACK:  # the parser may hang "against Y" on the partner
                    targets += [m for t in partners for o in self._prep_objects(t, frame.target_preps) for m in self.entities_in(o)]
            targets += authors
            targets += [m for noun in self._relative_object(token) if not is_theme(noun) for m in self._described(noun)]
            second = _second_subjects(token)
            for child in self.children(token):
                if authors and child.dep_ == "dobj":
                    continue  # the act the authors did is condemned, not those it names
                if frame.event == EventType.ATTACK and child.dep_ == "dobj" and lexicon.in_class(child, "projectiles"):
                    continue  # "fired Iranian-made drones at X", "shot down Russian drones": what is fired, not whom
                if (child.dep_ in ("dobj", "dative", "attr") or child in second) and not is_theme(child):
                    named = (self.entities_in(child, deep=True, scenes=frame.place_targets) if frame.deep_objects
                             else self._targeted(child, frame))
                    targets += self._not_struck(child, named, trigger) if frame.event == EventType.ACCUSATION else named
                elif child.dep_ in ("dobj", "attr") and is_theme(child) and not actors:
                    actors += self.entities_in(child)
            target_preps = frame.target_preps
            if trigger.holder_preps:  # a verb of taking hits what it takes, not where that stands ("overran a base at X")
                target_preps = target_preps - frame.scene_preps
            if frame.event == EventType.ACCUSATION and any(c.dep_ == "dobj" for c in self.children(token)):
                target_preps = target_preps - {"of"}  # "accused X of arming Y": the charge, not whom it accuses
            targets += [m for t in self._prep_objects(token, target_preps) + self._named_objects(token)
                        if not self._setting(t, token)
                        for m in self.entities_in(t, deep=frame.deep_objects, scenes=frame.place_targets)]
            if theme is not None:  # "imposed sanctions on X", "imposed asset freezes and travel bans on X"
                preps = frame.target_preps | ({"of"} if theme.lemma_.lower() in frame.patient_nouns else set())
                # "carrying medicines to X": the parser may hang the receiver on the participle that carries the theme
                carriers = [a for a in [*list(theme.ancestors)[:2], *self.children(theme)] if a.dep_ == "acl" and a.tag_ in ("VBG", "VBN")]
                targets += [m for holder in [theme, *(c for c in self.children(theme) if c.dep_ == "conj"), *carriers]
                            for t in self._prep_objects(holder, preps) for m in self._targeted(t, frame)]  # "froze the assets of X"
                targets += self._aimed_at(theme, frame)  # "imposed sanctions targeting X"
                targets += self._trade_partners(theme, frame, token)  # "imposed an embargo on arms sales to X"
                if theme.lemma_.lower() in frame.patient_nouns:  # "froze Mali's assets", "froze Russian state assets"
                    own = {m.key for m in actors}
                    targets += [m for c in self.children(theme) if c.dep_ in ("poss", "amod", "compound")
                                and c.tag_ != "VBN"  # "Russian-made planes": where they were made, no owner
                                for m in self.entities_in(c) if m.key not in own]
            for child in self.children(token):  # "brokered a ceasefire between X and Y": the object's own preposition
                if child.dep_ == "dobj" and child != theme and self.ents.at(child) is None:
                    named = [m for t in self._prep_objects(child, frame.target_preps) for m in self.entities_in(t)]
                    targets += self._not_struck(child, named, trigger) if frame.event == EventType.ACCUSATION else named
            taken = [c for c in self.children(token) if c.dep_ in ("dobj", "nsubjpass")]
            if trigger.holder_preps and any(self._a_place(t) for t in taken):
                # "seized Crimea from Ukraine", "took Arica from Peru": the party a place was held by (not "seized
                # drugs from X", no place)
                holders = [token, *(c for c in self.children(token) if c.dep_ == "dobj")]
                targets += [m for h in holders for t in self._prep_objects(h, trigger.holder_preps) for m in self.entities_in(t)
                            if m.type != EntityType.LOCATION]
            if frame.event == EventType.ATTACK and targets and {m.key for m in targets} <= {m.key for m in actors}:
                targets = self._owner_attacked(token, actors) or targets  # "... if Israel attacks its nuclear sites"
            if frame.scene_preps and not targets:  # "struck targets inside Iran": the state where what was hit stands
                # (a COUNTRY only after one of the 'territory_preps'; 'in' and 'near' name a town or region only for
                # class 'generic_targets', and otherwise reach only _held_by_state / _state_where)
                hit = [c for c in self.children(token) if c.dep_ == "dobj"] + self._prep_objects(token, frame.target_preps)
                hit += self._named_objects(token)
                hit += [c for o in hit if self.ents.at(o) is None for c in o.conjuncts if c.i > o.i]  # "a school and a
                # hospital inside X": the state said after the last of the things hit
                targets += [m for o in hit if self.ents.at(o) is None for m in self._holders(o)]
                if not targets and not trigger.holder_preps:  # "pounded rebel positions", "bombed militant camps": the
                    # armed group told of before (not "had taken militant positions", a verb of taking: the place taken)
                    targets += [m for o in hit for m in self._irregulars_holding(o, actors)]
            fought_beside = lexicon.in_class(token, "fights") and len({m.key for m in actors}) >= 2
            if frame.scene_preps and not targets and not fought_beside:  # not "X and Y soldiers fought in Z": where
                # nor, for a verb of taking, where what it took stood ("took positions at X": not X); the town where a
                # named building hit stood is no target ("struck a power station in Beirut": the building is hit, no
                # one named), but the town or region where generic targets were hit is ("struck 1,400 targets in Gaza",
                # "shelled positions in Bakhmut", "fired missiles at sites in Natanz": class 'generic_targets')
                targets += [m for o in hit if not trigger.holder_preps and self.ents.at(o) is None
                            and o.lower_ not in lexicon.reciprocal_words
                            and not self._held_by_state(o)
                            for t in self._scene_objects(token, o, frame)
                            for m in self.entities_in(t)
                            if (m.type == EntityType.COUNTRY and t.head.lower_ in lexicon.territory_preps)
                            or (m.type == EntityType.LOCATION and self.ents.kind(m.key) != "sea"
                                and lexicon.in_class(o, "generic_targets"))]
                targets += [m for o in hit if self._held_by_state(o) for t in self._scene_objects(token, o, frame)
                            for m in self._state_where(t)]
            if frame.event == EventType.DEPLOYMENT and not targets:  # "send troops to a force in Gaza": where it is
                joined = [t for t in self._prep_objects(token, frame.target_preps) if is_theme(t) and self.ents.at(t) is None]
                targets += [m for t in joined for o in self._prep_objects(t, lexicon.presence_preps) for m in self.entities_in(o)]
            if frame.event == EventType.DEPLOYMENT and not targets and any(
                    c.dep_ == "advmod" and c.lower_ == "there" for c in self.children(token)):
                targets += self._place_before(token, actors)  # "will deploy a battalion there"
            if frame.helped_subjects and not targets:  # "help Mozambique fight the insurgents": Mozambique is helped
                targets += [m for c in self.children(token) if c.dep_ in ("ccomp", "xcomp") and c.i > token.i
                            for s in self.children(c) if s.dep_ == "nsubj" for m in self.entities_in(s)]
            if frame.owned_themes and not targets:  # "sought British assistance", "asked for X's help": X is asked
                own = {m.key for m in actors}
                targets += [m for owned in self._themes_asked_for(token, theme, frame) for m in self._owners(owned)
                            if m.key not in own]
            if frame.clause_targets and not targets:
                # "warned that Iran would strike back at X, and Iran's mission said ...": the promise names the target
                told = frame.event == EventType.THREAT and any(
                    c.dep_ == "ccomp" and self._promises_own_act(c) for c in self.children(token))
                for child in self.children(token):
                    if child.dep_ == "xcomp":  # "threatened to impose sanctions on Niger"
                        targets += [m for t in self._prep_objects(child, frozenset({"on", "against", "to"}))
                                    for m in self.entities_in(t)]
                        targets += [m for c in self.children(child) if c.dep_ == "dobj" for m in self.entities_in(c)]
                    if child.dep_ == "ccomp" and not told:  # "alleged that Britain helped", "warned that it would strike Israel"
                        targets += self._clause_targets(child, actors, frame, said=token if child.i < token.i else None)
                reported = self._reported_before(token)
                if reported is not None and not targets:  # "X could quit Y, X's president has threatened"
                    targets += self._clause_targets(reported, actors, frame, said=token)
            if frame.event == EventType.AGREEMENT and not targets:  # "agreed to establish relations with X"
                targets += self._partners_in_purpose(token, frame)
        else:
            holders = [token] + ([token.head] if token.dep_ in ("nsubj", "nsubjpass") else [])  # "clashes broke out between"
            holders += [c for c in self.children(token) if c.dep_ == "acl" and c.tag_ == "VBN"]  # "a deal brokered between"
            relatives = [c for c in self.children(token) if c.dep_ == "relcl"]  # "the truce it helped arrange between"
            holders += relatives + [x for r in relatives for x in self.children(r) if x.dep_ == "xcomp"]
            between = [m for h in holders for t in self._prep_objects(h, frozenset({"between"})) for m in self.entities_in(t)]
            if not between and frame.event.symmetric:
                between = self._hyphened_pair(token)  # "the Armenia-Azerbaijan talks", "the Israel-Hamas war"
            if not between and frame.event.symmetric and lexicon.in_class(token, "fights"):
                between = self._sides_of_ground(token)
            if len(between) < 2 and frame.event.symmetric and lexicon.in_class(token, "fights") and self._names_the_pair(token):
                return [], [self._pseudo(key) for key in self.last_pair], True  # "fighting along their border"
            if between and frame.event.symmetric:
                return [], between, False
            if (frame.event == EventType.MEETING and self._meeting_told_again(token)
                    and not self._prep_objects(token, frame.target_preps | frame.actor_preps)
                    and not any(self.entities_in(c) for c in self.children(token) if c.dep_ in ("poss", "compound", "amod"))):
                return [], [self._pseudo(key) for key in self.last_meeting], True  # "the talks were suspended"
            # "an offensive ordered by X", "the attack carried out by X against Y": the participle's agent acts
            phrase = [token, *self._compounded(token), *self._collected_in(token)]  # "the EU's new sanctions package against Russia"
            participles = [c for c in self.children(token) if c.dep_ == "acl" and c.tag_ == "VBN"
                           and c.lemma_ in lexicon.authoring_participles] if frame.participle_agents else []
            owners = [t for holder in [*phrase, *participles] for t in self._prep_objects(holder, frame.actor_preps)]
            actors += [m for t in owners for m in self.entities_in(t)]
            for child in (c for noun in phrase for c in self.children(noun) if c != token):
                if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod"):
                    actors += self.entities_in(child)
            if frame.event == EventType.MEDIATION and not actors and _under_phrase(token):
                actors += [m for t in self._prep_objects(token, frozenset({"of"})) for m in self.entities_in(t)]  # "under
                # the auspices of X": X mediates what is done under them
            if frame.event == EventType.MEDIATION and not actors:  # "Qatar, one of the chief mediators between A and B"
                actors += self._apposed_name(token)
            preps = frame.target_preps | ({"of"} if token.lemma_.lower() in frame.patient_nouns else set())
            # "X's request for help from Y": the theme in the noun's phrase carries the target's preposition, and so
            # does the amount it is counted in ("X's pledge of $3bn in aid to Y")
            themed = [theme] if theme is not None and theme != token and theme in token.subtree and self.ents.at(theme) is None else []
            themed += [a for a in (theme.ancestors if themed else ()) if a.pos_ in ("NOUN", "NUM") and token in a.ancestors]
            targets += [m for t in [*phrase, *owners, *participles, *themed] for o in self._prep_objects(t, preps)  # "Russia's invasion of Ukraine"
                        for m in (self.entities_in(o, deep=True, scenes=frame.place_targets) if frame.deep_objects
                                  else self._targeted(o, frame))]
            targets += [m for noun in phrase for m in self._aimed_at(noun, frame)]
            targets += [m for noun in phrase for m in self._trade_partners(noun, frame)]  # "a ban on imports from X"
            if frame.scene_preps and not targets:
                targets += self._waged_in(token, frame)
            if frame.clause_targets and not targets:  # "M23 allegations that Congo is collaborating with ..."
                targets += [m for c in self.children(token) if c.dep_ in ("acl", "ccomp")
                            and any(g.dep_ == "mark" and g.lower_ == "that" for g in self.children(c))
                            for m in self._clause_subjects(c, actors)]
            governor = _governor(token)
            if governor is not None:
                repelled = frame.event == EventType.ATTACK and self._repelled(token, governor)
                authored = token.dep_ == "nsubjpass" and governor.lemma_ in lexicon.authoring_participles
                if not actors and (token.dep_ in ("oprd", "attr", "dobj") or authored) and (self._is_passive(governor) or repelled):
                    # "an assault by X was repelled", "the attack was carried out by X" (not "was condemned by X")
                    actors += [m for t in self._prep_objects(governor, frozenset({"by"})) for m in self.entities_in(t)]
                if repelled:  # "X beat back an assault by Y": X is attacked (unless the assault names whom), not the attacker
                    targets += [] if targets else [m for m in self.subject_of(governor) if m.key not in {a.key for a in actors}]
                    governor = None
            if governor is not None:
                if not actors and token.dep_ in ("nsubj", "dobj"):  # "the accusation came from X", "prompting threats from X"
                    actors += [m for t in self._prep_objects(governor, frozenset({"from"})) for m in self.entities_in(t)]
                    if actors and not targets and token.dep_ == "dobj" and frame.event == EventType.ACCUSATION:
                        # "X's crackdown drew condemnation from Y": the author of what drew it is accused
                        targets += [m for t in self._drawing_acts(token)
                                    for m in self._not_struck(t, self.entities_in(t, deep=True, scenes=False), trigger)]
                if not actors and self._named_as(token):  # "confirmed Cuba and Norway as guarantors"
                    actors += [m for c in self.children(governor) if c.dep_ == "dobj" for m in self.entities_in(c)]
                if token.dep_ == "pobj" and token.head.lower_ == "under":  # "X was already under US sanctions"
                    targets += self.subject_of(governor)
                elif (not actors and not any(not is_theme(o) for o in owners)
                      and governor.lemma_ not in lexicon.accusation_verbs):
                    # not "an assault by gunmen loyal to X" (an actor named, if unknown), nor "Japan condemned the
                    # attack"; but "ordered the deployment of a force": what is deployed is no actor
                    actors += self.subject_of(governor) or self._locked_in(token, governor)
                    inferred = True
                # not "fired at X in retaliation for strikes on Y", nor "At a summit, A pledged aid to B": B is not met
                if not self._in_cause_phrase(token, governor) and not self._setting(token, token):
                    targets += [m for t in self._prep_objects(governor, frame.target_preps - {"between"})
                                if not self._setting(t, token) for m in self.entities_in(t)]
        if frame.named_targets:
            targets += self._named_after(token)
            if not actors and theme is not None:  # "added to the US Treasury's sanctions list"
                actors += [m for c in self.children(theme) if c.dep_ in ("poss", "compound") for m in self.entities_in(c)]
        if (frame.event == EventType.AID_PROVISION and (theme is not None or token.pos_ == "NOUN")
                and not {m.key for m in targets} - {m.key for m in actors}):
            # "X thanked Y for its help", "grateful for the aid sent by Y": X was helped, by Y
            thankers, thanked = self._thanks(token)
            if thankers:
                targets = thankers
                if thanked and {m.key for m in actors} <= {m.key for m in thankers}:
                    actors = thanked  # "thanked India for its help": India's, not the thanker's
        if frame.event == EventType.THREAT and not targets and token.pos_ in ("VERB", "AUX"):
            targets += self._opposed_beside(token)
        if frame.event == EventType.ASSISTANCE_REQUEST and token.pos_ in ("VERB", "AUX"):
            # "X asked its allies for help", "called on its partners in Y": the bloc X belongs to, or Y (not X itself)
            asked = [c for c in self.children(token) if c.dep_ in ("dobj", "dative")]
            allies = [m for noun in asked + self._prep_objects(token, frame.target_preps) for m in self._own_allies(noun, actors)]
            own = {m.key for m in actors}
            targets = allies + [m for m in targets if m.key not in own] if allies else targets
            addressed, writers = self._addressed(token)
            if addressed:  # "wrote to A, B and C asking them to mediate": each one written to is asked
                targets = addressed
                actors = actors if {m.key for m in actors} - {m.key for m in addressed} else writers
        if (frame.event == EventType.AGREEMENT and not (actors or targets) and token.dep_ == "nsubjpass"
                and len(self.last_meeting) == 2 and not self._prep_objects(token.head, frozenset({"by"}))):  # "X and Y met in Hanoi. No agreement was signed": theirs
            return [], [self._pseudo(key) for key in self.last_meeting], True
        if frame.event == EventType.SANCTION and not actors and theme is not None and theme.pos_ == "VERB" and self._is_passive(token):
            # "X was barred from entering Estonia": the state entered bars
            actors += [m for c in self.children(theme) if c.dep_ == "dobj" for m in self.entities_in(c)
                       if m.type == EntityType.COUNTRY]
        if (frame.event == EventType.SANCTION and not (actors or targets) and theme is not None and theme != token
                and self._told_again(theme) and all(self.last_sanction)):
            # "Hungary blocked the EU's package against Russia. The measures could be approved next month"
            return [self._pseudo(k) for k in self.last_sanction[0]], [self._pseudo(k) for k in self.last_sanction[1]], True
        if frame.event == EventType.SANCTION and token.pos_ in ("VERB", "AUX"):
            # "Houthi attacks halted shipping to Israel": an attack or a fight as the subject caused the stop, and
            # whose it is imposed nothing
            causes = [c for c in self.children(token) if c.dep_ == "nsubj" and self.ents.at(c) is None
                      and (lexicon.in_class(c, "assault") or lexicon.in_class(c, "fights"))]
            actors = [m for m in actors if not any(c.left_edge.i <= m.start <= c.right_edge.i for c in causes)]
        if trigger.needs == "admission":  # "refused entry to Afghan refugees", "to a cargo of Polish apples": no one sanctioned
            targets = [m for m in targets if self._admitted(token, m)]
        actors = [m for m in actors if m.key not in {t.key for t in targets}] or actors
        if frame.event == EventType.MEETING:  # "a visit by a US submarine", "Chinese tour operators suspended trips"
            actors = [m for m in actors if not self._names_a_thing(m)]
            targets = [m for m in targets if not self._names_a_thing(m)]
        if frame.event == EventType.MEETING and len({m.key for m in targets}) >= 2 and self._mediated(token):
            return targets[:1], targets[1:], inferred  # "X hosted A and B for talks": A and B met, X mediates
        return actors, targets, inferred

    def _names_a_thing(self, mention: Mention) -> bool:
        """The mention only describes or owns a craft, a force or a business, which meets no one ("a visit to Y by
        a US submarine", "Chinese tour operators"), or is a state's armed service the gazetteer knows (kind
        'military': "U.S. Marines arrived in X"). Not an armed group or body named as a force ("the Arakan Army",
        "the Rapid Support Forces"), nor one whose chain of modifiers and "of" reaches a person or a body that
        meets ("the Chinese navy's top commander", "commanders of the Chinese navy", "an IMF mission")."""
        if mention.start < 0 or mention.type == EntityType.PERSON:
            return False  # a reference to parties named before ("the two leaders"), or a person
        doc = self.ents.doc
        chain, word = [], doc[mention.end - 1]  # the nouns the mention describes, up to the one that governs them
        while len(chain) < 6:
            if word.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod") and word.head.pos_ in ("NOUN", "PROPN"):
                word = word.head
            elif word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.pos_ in ("NOUN", "PROPN"):
                word = word.head.head
            else:
                break
            chain.append(word)
        if any(self.lexicon.in_class(noun, kind) for noun in chain for kind in _MEETING_CLASSES):
            return False
        if self._armed_service(mention.key):
            return True  # "U.S. Marines": the state's service, a force
        described = [noun for noun in chain if not mention.start <= noun.i < mention.end][:1]
        return any(self.lexicon.in_class(noun, kind) for noun in described for kind in ("weapons", "forces", "bodies"))

    def _themes_asked_for(self, token: Token, theme: Token | None, frame: Frame) -> list[Token]:
        """What a request asks for: its theme, else a word of the theme's class as its object or after its "for"
        ("asked for U.S. help", "sought the backing of X")."""
        if theme is not None:
            return [theme]
        asked = [c for c in self.children(token) if c.dep_ == "dobj"] + self._prep_objects(token, frozenset({"for"}))
        return [t for t in asked if self.lexicon.in_class(t, frame.theme)]

    def _owners(self, thing: Token) -> list[Mention]:
        """Whose a thing is: its possessive or describing name ("Britain's", "British", "U.S."), or its "of" or
        "from" ("the backing of X", "help from Y")."""
        owners = [m for c in self.children(thing) if c.dep_ in ("poss", "amod", "compound") for m in self.entities_in(c)]
        return owners + [m for t in self._prep_objects(thing, frozenset({"of", "from"})) for m in self.entities_in(t)]

    def _partners_in_purpose(self, verb: Token, frame: Frame) -> list[Mention]:
        """Those the act a verb commits to is done with ("agreed to cooperate with X", "to restore ties with Y"), and
        the buyer of a sale it commits to (class 'sales': "agreed to sell jets to X", "to sell Y jets"; its object
        only when the sale has a "with", "to supply Z with radars": not the goods, "to sell Ukrainian grain")."""
        acts = [c for c in self.children(verb) if c.dep_ == "xcomp"]
        holders = acts + [o for act in acts for o in self.children(act) if o.dep_ == "dobj"]
        partners = [t for holder in holders for t in self._prep_objects(holder, frame.target_preps)]
        sales = [act for act in acts if self.lexicon.in_class(act, "sales")]
        partners += [t for act in sales for t in self._prep_objects(act, frozenset({"to"}))]
        partners += [c for act in sales for c in self.children(act) if c.dep_ == "dative"]
        supplied = [act for act in sales if self._prep_objects(act, frozenset({"with"}))]
        partners += [c for act in supplied for c in self.children(act) if c.dep_ == "dobj"]
        return [m for t in partners for m in self.entities_in(t)]

    def _addressed(self, verb: Token) -> tuple[list[Mention], list[Mention]]:
        """Whom a letter asks, and who wrote it, when a verb of asking that names no one of its own (none, or a
        pronoun) is the purpose or manner of a verb of writing ('letter_verbs') with a "to": "wrote to A and B asking
        them to mediate", "letters were sent by X to A and B asking for help"; none otherwise."""
        writing = verb.head
        if verb.dep_ not in ("advcl", "xcomp") or writing == verb or writing.lemma_ not in self.lexicon.letter_verbs:
            return [], []
        if any(c.dep_ in ("dobj", "dative") and c.pos_ != "PRON" for c in self.children(verb)):
            return [], []
        addressed = [m for t in self._prep_objects(writing, frozenset({"to"})) for m in self.entities_in(t)]
        writers = [m for t in self._prep_objects(writing, frozenset({"by"})) for m in self.entities_in(t)] if self._is_passive(writing) else []
        return addressed, writers

    def _own_allies(self, noun: Token, actors: list[Mention]) -> list[Mention]:
        """The organization an unnamed "its allies", "its partners" (class 'allies', under a possessive pronoun)
        stands for: the one its "in" names ("its partners in the CSTO"), else the one bloc the article makes the
        actors members of; none when it names another owner or several blocs would fit."""
        if (self.ents.at(noun) is not None or not self.lexicon.in_class(noun, "allies")
                or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in self.children(noun))):
            return []
        named = [m for t in self._prep_objects(noun, frozenset({"in"})) for m in self.entities_in(t)
                 if m.type == EntityType.ORGANIZATION]
        if named:
            return named
        blocs = {b for key in self.keys(actors, allow_places=False) for b in self.blocs_of.get(key, [])}
        return [self._pseudo(b) for b in blocs] if len(blocs) == 1 else []

    def _apposed_name(self, noun: Token) -> list[Mention]:
        """The name a noun describes as its apposition, itself or as one of several ("Oman, the mediator", "Qatar,
        one of the chief mediators"); none for a noun that is no apposition of a name."""
        holder = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "PRON", "ADJ"):
            holder = noun.head.head  # "one of the mediators", "some of the guarantors"
        if holder.dep_ != "appos" or self.ents.at(holder.head) is None:
            return []
        return self.entities_in(holder.head)

    def _in_cause_phrase(self, noun: Token, governor: Token) -> bool:
        """The noun hangs from its governor through a phrase of cause ("in retaliation for the strikes", "after the
        raid"): an act told as the reason for the governor's, not one the governor's objects take part in."""
        word = noun
        while word != governor and word.head != word:
            if word.dep_ == "prep" and word.lower_ in self.lexicon.cause_preps:
                return True
            word = word.head
        return False

    @staticmethod
    def _named_objects(verb: Token) -> list[Token]:
        """What a verb's object clause of naming stands for ("struck what it called hideouts of X": hideouts)."""
        return [n for c in verb.children if c.dep_ == "ccomp" for n in _what_it_names(c)]

    def _compounded(self, token: Token) -> list[Token]:
        """The noun a trigger noun only describes, when that noun opens no event of its own ("sanctions package",
        "aid convoy"): its owner and prepositions are the trigger's."""
        head = token.head
        if token.dep_ != "compound" or head.pos_ != "NOUN" or head == token or self.ents.at(head) is not None:
            return []
        return [] if (NOUN, head.lemma) in self.lexicon.trigger_index[0] else [head]

    def _collected_in(self, token: Token) -> list[Token]:
        """The noun of class 'collections' a trigger noun is counted in ("a fresh round of sanctions against X by Y",
        "a wave of strikes on Z"): its owner and prepositions are the trigger's."""
        holder = token.head
        if token.dep_ != "pobj" or holder.lower_ != "of" or holder.head == holder:
            return []
        collection = holder.head
        if collection.pos_ != "NOUN" or self.ents.at(collection) is not None or not self.lexicon.in_class(collection, "collections"):
            return []
        return [collection]

    def _owner_attacked(self, verb: Token, actors: list[Mention]) -> list[Mention]:
        """Whose is what an attack hits when "its" would make it the attacker's own: the subject of the clause the
        attack is told in ("Iran might ask Russia for help if Israel attacks its nuclear sites": Iran's)."""
        objects = [o for o in self.children(verb) if o.dep_ == "dobj" and not any(c.lower_ == "own" for c in self.children(o))]
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for o in objects for c in self.children(o))  # not "its own posts"
        if not owned or verb.dep_ not in ("advcl", "ccomp") or verb.head == verb:
            return []
        own = {m.key for m in actors}
        return [m for m in self.subject_of(verb.head) if m.key not in own]

    def _holders(self, thing: Token) -> list[Mention]:
        """Who holds or uses an unnamed thing hit, named as the agent of a participle of holding set on it ("fired on
        positions held by X", "struck bases used by Y", "attacked a convoy escorted by Z"; not "a school built by Z")."""
        return [m for c in self.children(thing) if c.dep_ == "acl" and c.tag_ == "VBN"
                and c.lemma_ in self.lexicon.holding_participles
                for a in self.children(c) if a.dep_ == "agent" for g in self.children(a) if g.dep_ == "pobj"
                for m in self.entities_in(g)]

    def _hyphened_pair(self, noun: Token) -> list[Mention]:
        """The two parties a noun names as a hyphened pair of names before it ("the Armenia-Azerbaijan talks", "an
        Israel-Hezbollah truce"): the name set on the noun and the one hyphened to it; not a single hyphened name
        ("Nagorno-Karabakh"), nor a place."""
        second = next((c for c in self.children(noun) if c.dep_ == "compound" and c.i == noun.i - 1), None)
        if second is None or second.i < 2 or second.doc[second.i - 1].tag_ != "HYPH":
            return []
        first = second.doc[second.i - 2]
        if first.head not in (second, noun) or first.dep_ != "compound":
            return []
        sides = [self.ents.at(first), self.ents.at(second)]
        if any(m is None or m.type not in _ACTOR_TYPES for m in sides) or sides[0].key == sides[1].key:
            return []
        return sides

    def _sides_of_ground(self, fight: Token) -> list[Mention]:
        """The two parties a fight's ground lies between, when the parser hangs "between" on the ground ("fighting
        across the border between X and Y", "clashes along the line between X and Y"); not two places ("on the road
        between Goma and Bukavu")."""
        grounds = [g for c in self.children(fight) if c.dep_ == "prep" and c.lower_ != "between"
                   for g in self.children(c) if g.dep_ == "pobj" and self.ents.at(g) is None]
        sides = [m for g in grounds for t in self._prep_objects(g, frozenset({"between"})) for m in self.entities_in(t)]
        return sides if len(sides) >= 2 and all(m.type in _ACTOR_TYPES for m in sides) else []

    def _locked_in(self, fight: Token, verb: Token) -> list[Mention]:
        """One side of a fight that names the other after "with", when the fight is where a passive verb of
        entangling puts its subject ("X has been locked in war with Y", "X was drawn into a conflict with Y")."""
        if not (self._is_passive(verb) and self.lexicon.in_class(verb, "entangling") and self.lexicon.in_class(fight, "fights")
                and fight.dep_ == "pobj" and fight.head.head == verb
                and any(self._prep_objects(holder, frozenset({"with"})) for holder in (fight, verb))):
            return []
        return [m for c in self.children(verb) if c.dep_ == "nsubjpass" for m in self.entities_in(c)]

    def _thanks(self, token: Token) -> tuple[list[Mention], list[Mention]]:
        """Who gives thanks for the help ``token`` names, and whom they thank: "X thanked Y for sending troops",
        "X was grateful for the help provided by Y" (the thanked are named by the help itself)."""
        for word in list(token.ancestors)[:5]:
            if word.dep_ != "prep" or word.lower_ != "for" or word.head.lemma_.lower() not in self.lexicon.gratitude:
                continue
            grateful = word.head
            if grateful.pos_ in ("VERB", "AUX"):  # "thanked Y for"
                return self.subject_of(grateful), [m for c in self.children(grateful) if c.dep_ == "dobj" for m in self.entities_in(c)]
            if grateful.head.pos_ in ("VERB", "AUX"):  # "was grateful for", "said he was grateful for"
                return self.subject_of(grateful.head), []
        return [], []

    def _repelled(self, token: Token, governor: Token) -> bool:
        """An attack named as the object of a verb of repelling it ("repulsed an offensive", "turned back the assault")."""
        if token.dep_ != "dobj":
            return False
        particles = [c.lower_ for c in self.children(governor) if c.dep_ in ("prt", "advmod")]
        return any(phrase in self.lexicon.repelling_verbs for phrase in [governor.lemma_, *(f"{governor.lemma_} {p}" for p in particles)])

    def _scene_objects(self, verb: Token, hit: Token, frame: Frame) -> list[Token]:
        """Where what was hit stands: its own preposition, or the one the parser hung on the verb right after a
        thing hit ("struck a hospital inside Syria"; not "killed 300 people in Gaza": where they died)."""
        after = [c for c in self.children(verb) if c.dep_ == "prep" and c.i == hit.right_edge.i + 1
                 and c.lower_ in frame.scene_preps and not self.lexicon.in_class(hit, "people")]
        own = self._prep_objects(hit, frame.scene_preps)
        if not own:  # told in a clause on the thing hit: "a car carrying villagers in X", "a rocket that killed ... in Y"
            told = [w for c in self.children(hit) if c.dep_ in ("relcl", "acl") and not any(  # not "men he identified as ..."
                s.dep_ == "nsubj" and not is_relative_pronoun(s) for s in self.children(c)) for w in [c, *self._arguments_of(c)]]
            own = [t for w in told for t in self._prep_objects(w, frame.scene_preps)]
        return own + [g for p in after for g in self.children(p) if g.dep_ == "pobj"]

    def _hosts_clause_meeting(self, token: Token) -> bool:
        """Whether the token is a passive participle set off after a clause that is a meeting ("A and B held talks in
        X on Monday, hosted by Y", "A and B met in X, hosted by Y"): what it hosts is that meeting."""
        clause = token.head
        return token.dep_ == "advcl" and token.tag_ == "VBN" and clause.i < token.i and any(
            t.event == EventType.MEETING and self._needs_met(t, clause)[0] for t in self.lexicon.verbs.get(clause.lemma_, []))

    def _mediated(self, token: Token) -> bool:
        """The verb also opens a mediation whose needs are met ("hosted A and B for talks"); a participle does not part
        the host from the guests ("talks between A and B hosted by X": X met them too)."""
        return token.pos_ in ("VERB", "AUX") and token.dep_ != "acl" and any(
            t.event == EventType.MEDIATION and self._needs_met(t, token)[0] for t in self.lexicon.verbs.get(token.lemma_, []))

    @staticmethod
    def _reported_before(verb: Token) -> Token | None:
        """The clause a verb of saying set after it reports when the parser coordinated the two ("Chad could quit
        the force, its president has threatened"): the verb before, set off by a comma, with no "and" between and
        a subject of each; None otherwise."""
        clause = verb.head
        if verb.dep_ not in ("conj", "parataxis") or clause.i > verb.i or clause.pos_ not in ("VERB", "AUX"):
            return None
        speakers = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if not speakers or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return None
        if verb.doc[speakers[0].left_edge.i - 1].text != "," or any(
                c.dep_ == "cc" and clause.i < c.i < verb.i for c in clause.children) or any(
                c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
            return None
        return clause

    def _clause_subjects(self, clause: Token, actors: list[Mention], left_out: list[Token] = ()) -> list[Mention]:
        """The subjects of a clause an accusation or a warning states ("that Britain helped"), but the actors."""
        own = {m.key for m in actors}
        return [m for c in self.children(clause) if c.dep_ in ("nsubj", "nsubjpass") and c not in left_out
                for m in self.entities_in(c) if m.key not in own]

    def _not_own(self, mentions: list[Mention], actors: list[Mention]) -> list[Mention]:
        """The mentions but the states the actors act for and the places on their ground ("Chad could quit the
        force, Chad's president threatened": Chad is no target of its president)."""
        own = set(self.keys(actors, allow_places=False))
        return [m for m in mentions if self._located_in(m.key) not in own and not own & set(self.keys([m], allow_places=False))]

    def _clause_targets(self, clause: Token, actors: list[Mention], frame: Frame, said: Token | None = None) -> list[Mention]:
        """Whom a that-clause targets: its subject, else the entities it names; in a threat not the speaker's own
        forces ("warned that the Egyptian army could act") nor a place where something happens ("any intervention in
        Niger would mean war"). A clause reported by a verb of saying set after it (``said``, which the parser hung
        inside the clause) targets neither the speaker's state nor its ground ("Chad could quit the force, its
        president has threatened")."""
        threat = frame.event == EventType.THREAT
        if threat and self._promises_own_act(clause):
            return []
        forces = [c for c in self.children(clause) if c.dep_ in ("nsubj", "nsubjpass") and threat
                  and self.lexicon.in_class(c, "forces")]
        acting = {m.key for m in actors}
        def others(mentions: list[Mention]) -> list[Mention]:  # never the actors themselves ("A and B warned they would")
            mentions = [m for m in mentions if m.key not in acting]
            return mentions if said is None else self._not_own(mentions, actors)
        named = [m for m in self._clause_subjects(clause, actors, forces) if m.key not in acting]
        subjects = self._not_own(named, actors) if threat or said is not None else named
        if threat and len(subjects) < len(named) and not self._own_state_acts(clause):
            return []  # "X's president warned that X would not retaliate / would be hit / would face consequences if Y"
        if subjects:  # "X's president warned that X would act if Y ...": X promises, Y is threatened
            return subjects
        agents = others(self._subject_act_agents(clause)) if threat else []
        if agents:  # "warned that any attempt by NATO to close the skies over Ukraine would mean war": NATO only
            return agents
        conditioned = others(self._condition_subjects(clause, acting=True)) if threat else []
        if conditioned:  # "warned that it would respond if Armenia joined NATO": Armenia, who would act
            return conditioned
        inside = [said] if said is not None and clause.is_ancestor(said) else []
        hidden = {t.i for f in [*forces, *inside] for t in f.subtree}
        return others([m for t in clause.subtree if t.dep_ != "poss" and t.pos_ in ("PROPN", "NOUN") and t.i not in hidden
                       if self.ents.at(t) or t.head == clause or t.dep_ in ("nsubj", "nsubjpass")
                       if not (threat and t.dep_ == "pobj" and t.head.lower_ in self.lexicon.presence_preps)
                       for m in self.entities_in(t)])

    def _own_state_acts(self, clause: Token) -> bool:
        """The speaker's own state, the clause's subject, is told as acting: an active verb, not negated, not one of
        receiving or suffering ("warned that X would act if Y ...", "X would not stand idly by if Y ..."; not "X would
        not retaliate", "it would be hit", "X would face consequences", "X would pay")."""
        undergoing = self.lexicon.receiving_verbs | self.lexicon.suffering_verbs
        litotes = clause.lemma_ in self.lexicon.unhesitating or any(  # "would not hesitate", "would not stand idly by"
            c.dep_ in ("advmod", "acomp", "oprd") and c.lower_ in self.lexicon.idle_words for c in self.children(clause))
        return not ((self._denied(clause) and not litotes) or self._is_passive(clause) or clause.lemma_ in undergoing)

    def _subject_act_agents(self, clause: Token) -> list[Mention]:
        """Who does the act a clause's subject names ("any attempt by X to ...", "X's move", "any Israeli attack")."""
        return self._act_agents([c for c in self.children(clause) if c.dep_ in ("nsubj", "nsubjpass")])

    def _act_agents(self, acts: list[Token]) -> list[Mention]:
        """Who does the acts common nouns name: "any attempt by X", "X's move", "any Israeli attack"."""
        acts = [act for act in acts if act.pos_ == "NOUN" and self.ents.at(act) is None]
        agents = [t for act in acts for t in self._prep_objects(act, frozenset({"by"}))]
        agents += [c for act in acts for c in self.children(act) if c.dep_ in ("poss", "amod", "compound")]
        return [m for t in agents for m in self.entities_in(t)]

    def _promises_own_act(self, clause: Token) -> bool:
        """The clause promises an act of its subject that names whom it is aimed at ("warned that Iran would strike
        back at X", "warned that Moscow would respond to Y"): the act tells the threat, its subject is not threatened
        (not "warned that X would face consequences", "warned that X would be punished", nor "warned that it would
        use force if Y ...", which names no one)."""
        promised = self.lexicon.future_auxiliaries | self.lexicon.conditional_auxiliaries
        if clause.pos_ not in ("VERB", "AUX") or not self._has_auxiliary(clause, promised) or self._is_passive(clause):
            return False
        aimed = [t for t in self.lexicon.verbs.get(clause.lemma_, ())
                 if (t.event in self.lexicon.conditional_threats or t.promised) and self._needs_met(t, clause)[0]]
        return any(self.entities_in(o, deep=True) for t in aimed
                   for o in [*(c for c in self.children(clause) if c.dep_ == "dobj"),
                             *self._prep_objects(clause, self.lexicon.frames[t.event].target_preps)])

    def _names_the_pair(self, token: Token) -> bool:
        """A noun's preposition names the last two parties only by a word for them ("along their border",
        "between their forces", "between the two")."""
        words = self.lexicon.pair_words
        objects = [g for c in self.children(token) if c.dep_ == "prep" for g in self.children(c) if g.dep_ == "pobj"]
        return len(self.last_pair) == 2 and any(
            not any(c.dep_ == "conj" for c in self.children(g))
            and (g.lower_ in words or any(c.dep_ == "poss" and c.lower_ in words for c in self.children(g))) for g in objects)

    def _targeted(self, token: Token, frame: Frame) -> list[Mention]:
        """Those a measure on ``token`` targets: the entities it names, but not the state or body that only
        describes unnamed people ("sanctions on a Rwandan minister", "on Putin's daughters": neither Rwanda nor
        Putin is targeted; "on two officials, A and B": A and B are), nor the owner of an unnamed business nor the
        state one is of ("sanctions on Chile's state copper company", "blacklisted a Beijing research institute": not
        Chile, not China; but "Chilean firms" stand for Chile)."""
        unnamed = self.lexicon.in_class(token, "people") or (self.lexicon.in_class(token, "bodies") and any(
            c.dep_ == "poss" or (token.tag_ == "NN" and c.dep_ in ("amod", "compound", "npadvmod", "nmod"))
            for c in self.children(token)))
        if frame.named_targets and self.ents.at(token) is None and unnamed:
            named = [m for c in self.children(token) if c.dep_ in ("appos", "conj")
                     for m in (self._targeted(c, frame) if self.ents.at(c) is None else self._names_listed(c))]
            if named or not self._counted_many(token):
                return named
        found = self.entities_in(token)
        if frame.named_targets and self.ents.at(token) is not None:
            described = self._description_span(token)
            found = [m for m in found if m.start not in described]
        return found

    def _description_span(self, named: Token) -> set[int]:
        """The tokens of the descriptions set beside a name, which name no one else targeted ("the Prince Group, a
        Cambodian conglomerate": not Cambodia; "X, chief of staff of the Eritrean forces": not the forces), without
        the names a description's own list goes on to ("X, a Cambodian firm, and its chairman, Y": Y is)."""
        span: set[int] = set()
        for description in self.children(named):
            if description.dep_ == "appos" and description.pos_ == "NOUN" and self.ents.at(description) is None:
                listed = {t.i for c in self.children(description) if c.dep_ == "conj" for t in c.subtree}
                span |= {t.i for t in description.subtree} - listed
        return span

    def _counted_many(self, token: Token) -> bool:
        """A plural counted by a number ("16 officials", "seven senior Houthi officials"): a measure on so many
        unnamed people, none of them named beside nor given as examples ("forty people, including X's brother"),
        targets the state or group they are of."""
        return token.tag_ in ("NNS", "NNPS") and any(
            c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1") for c in token.children) and not any(
            c.dep_ == "prep" and c.lower_ in self.lexicon.example_preps for c in token.children)

    def _names_listed(self, token: Token) -> list[Mention]:
        """The entities a list of names gives, with the names the parser hung inside another one's name
        ("Itamar Ben-Gvir and Bezalel Smotrich": the first hyphenated name parsed as part of the second)."""
        found = self.entities_in(token)
        inner = (self.ents.at(t) for t in token.subtree if t.dep_ in ("appos", "nmod", "compound"))
        return found + [m for m in inner if m is not None and m.type == EntityType.PERSON and m not in found]

    def _named_for_those(self, those: Token, frame: Frame) -> list[Mention]:
        """The names the clause around "those listed" gives for them: its complement or object ("One of those listed
        is X", "Those sanctioned include X") or its subject when they stand after "among" ("Among those targeted are X")."""
        clause = _governor(those)
        if clause is None:
            return []
        return [m for c in self.children(clause) if c.dep_ in ("attr", "dobj", "nsubj") and those not in c.subtree
                for m in self._targeted(c, frame)]

    def _aimed_at(self, noun: Token, frame: Frame) -> list[Mention]:
        """Whom a participle of aiming set on the noun names ("sanctions targeting X", "a set of sanctions aimed at
        Y", "strikes directed at Z")."""
        aims = [c for c in self.children(noun) if c.dep_ == "acl" and c.lemma_ in self.lexicon.aiming_verbs]
        aims += [c for o in self._prep_objects(noun, frozenset({"of"})) for c in self.children(o)
                 if c.dep_ == "acl" and c.lemma_ in self.lexicon.aiming_verbs]  # "a package of sanctions aimed at"
        return [m for aim in aims for t in [*(c for c in self.children(aim) if c.dep_ == "dobj"),
                                            *self._prep_objects(aim, frozenset({"at"}))] for m in self._targeted(t, frame)]

    def _trade_partners(self, measure: Token, frame: Frame, imposer: Token | None = None) -> list[Mention]:
        """Whom a sanction on trade targets: the partner the trade names ("an embargo on arms sales to X", "a ban
        on imports from Y"), also where the parser hangs it on the measure or on the verb imposing it."""
        if frame.event != EventType.SANCTION:
            return []
        traded = [t for t in self._prep_objects(measure, frame.target_preps) if self.lexicon.in_class(t, "commerce")]
        holders = [*traded, measure, *([imposer] if imposer is not None else [])] if traded else []
        return [m for holder in holders for o in self._prep_objects(holder, self.lexicon.trade_preps)
                for m in self._targeted(o, frame)]

    def _owns_state_power(self, mention: Mention) -> bool:
        """A named person who owns a state's government or forces ("Lukashenko's government", "the forces of
        President Assad"): what is done to them is done to the state they lead, not to the person."""
        if mention.start < 0 or mention.type != EntityType.PERSON:
            return False
        token = self.ents.doc[mention.end - 1]
        owned = token.head if token.dep_ == "poss" else (
            token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None)
        return owned is not None and owned.pos_ == "NOUN" and any(
            self.lexicon.in_class(owned, kind) for kind in ("state_powers", "forces"))

    def _describes_person(self, mention: Mention) -> bool:
        """The mention only says who a named person is, in the description set off after the name ("blacklisted
        X, commander of the Y", "Z, Russia's prosecutor general"): a measure on X does not target the Y."""
        if mention.start < 0:
            return False
        token = self.ents.doc[mention.start]
        while token.dep_ in ("pobj", "prep", "compound", "poss", "amod", "nmod") and token.head != token:
            token = token.head
        described = token.dep_ == "appos" and token.pos_ == "NOUN" and self.ents.at(token) is None
        person = self.ents.at(token.head) if described else None
        return person is not None and person.type == EntityType.PERSON

    def _waged_in(self, noun: Token, frame: Frame) -> list[Mention]:
        """Where an owner's act of war is waged, when it names no one attacked: the state or place after "in"
        ("Russia's war in Ukraine", "Israel's offensive in Gaza"); not the owner's own ground, nor a date."""
        owners = [m for c in self.children(noun) if c.dep_ == "poss" for m in self.entities_in(c)]
        own = set(self.keys(owners, allow_places=False))
        if not own:
            return []
        places = [m for o in self._prep_objects(noun, frame.scene_preps & {"in"}) for m in self.entities_in(o)
                  if m.type in (EntityType.COUNTRY, EntityType.LOCATION) and m.role not in ("demonym", "credit")]
        return [m for m in places if not own & {*self.keys([m], allow_places=True), self._located_in(m.key)}]

    def _held_by_state(self, hit: Token) -> bool:
        """What was hit is a site or convoy of a state's forces by a word on it, no owner named ("attacked an army
        post", "raided police stations", "struck the military airport"; not "Russian army positions", "rebel
        bases")."""
        modifiers = [c for c in self.children(hit) if c.dep_ in ("amod", "compound")]
        return (self.ents.at(hit) is None and any(self.lexicon.in_class(c, "state_forces") for c in modifiers)
                and not any(self.entities_in(c) for c in self.children(hit) if c.dep_ in ("amod", "compound", "poss")))

    def _irregulars_holding(self, hit: Token, actors: list[Mention]) -> list[Mention]:
        """The armed group a word of class 'irregulars' on an unnamed thing hit stands for, no owner named
        ("pounded rebel positions", "bombed suspected militant camps": the last armed group named before; not
        "Russian army positions", "rebel-held villages"): one that a clause on the thing names first ("struck militant
        sites that Hamas used"); never the attacker itself ("Houthi fighters shelled rebel positions in Marib": the
        town where they were is hit) nor one on its side (see :meth:`_on_side_of`)."""
        if self.ents.at(hit) is not None or not (self.lexicon.in_class(hit, "group_sites")
                                                 or self.lexicon.in_class(hit, "generic_targets")):
            return []
        modifiers = [c for c in self.children(hit) if c.dep_ in ("amod", "compound", "poss")]
        if any(self.entities_in(c) for c in modifiers):
            return []
        words = [c for c in modifiers if self.lexicon.in_class(c, "irregulars") and self.ents.at(c) is None]
        if not words:
            return []
        doers = {key for m in actors for key in (m.key, self.ents.actor_of(m.key))}
        told = [m.key for c in self.children(hit) if c.dep_ in ("relcl", "acl") for t in c.subtree
                if (m := self.ents.at(t)) is not None and self.ents.armed(m.key) and m.key not in doers]
        exclude = self.ents.actor_of(actors[0].key) if actors else None
        found = told[:1] or [key for c in words if (key := self.ents.refer(c, exclude=exclude, kind="ArmedGroup")) is not None]
        keys = dict.fromkeys(key for key in found if key not in doers and not self._on_side_of(key, doers))
        return [self._pseudo(key) for key in keys]

    def _on_side_of(self, group: str, doers: set[str]) -> bool:
        """Whether the article has told the armed group on the side of one of the doers: one of them helped it, sent
        forces to it or met it, or it did so to one of them ("Turkey backs the Syrian National Army", "The Wagner
        Group arrived in Mali"; stated events before)."""
        sided = (EventType.AID_PROVISION, EventType.DEPLOYMENT, EventType.MEETING)
        return any(doers & set(self.done_to.get((event, group), [])) or group in self.done_to.get((event, doer), [])
                   for event in sided for doer in doers)

    def _state_where(self, place: Token) -> list[Mention]:
        """The state a place named at ``place`` lies in, when the article names it ("an army post near Bamenda":
        Cameroon; "in central Mali": Mali); else the place ("in Gaza": a territory of a kind of its own)."""
        states = []
        for mention in self.entities_in(place):
            known = self.ents.gazetteer.entities.get(mention.key)
            if (mention.type == EntityType.LOCATION and known is not None and known.kind in (None, "administrative_region")
                    and known.located_in in self.ents.entities):
                mention = replace(mention, key=known.located_in, type=self.ents.type_of(known.located_in))
            if mention.type in (EntityType.COUNTRY, EntityType.LOCATION):
                states.append(mention)
        return states

    def _state_of_town(self, key: str) -> str:
        """The state a known town lies in ("rescue teams sent to Adana" help Turkey) when the article names that
        state, else the key itself: a territory or region of a kind of its own ("aid to Gaza", "supplies into
        Nagorno-Karabakh") stays."""
        known = self.ents.gazetteer.entities.get(key)
        town = known is not None and known.type == EntityType.LOCATION and known.kind is None
        return known.located_in if town and known.located_in in self.ents.entities else key

    def _located_in(self, key: str) -> str | None:
        """The state a known place lies in ("Khartoum": Sudan), else None."""
        known = self.ents.gazetteer.entities.get(key)
        return known.located_in if known else None

    def _named_after(self, token: Token) -> list[Mention]:
        """Those a list names after a plural object of the trigger ("blacklisted seven companies ..., among them
        X and Y", "added four men to its list: A; B; C")."""
        objects = [t for t in token.subtree if t.tag_ in ("NNS", "NNPS") and self.ents.at(t) is None
                   and t.dep_ in ("dobj", "pobj", "nsubjpass") and t.i != token.i]
        if not objects:
            return []
        sent = token.sent
        for i in range(objects[0].i + 1, sent.end - 1):
            word = sent.doc[i]
            if word.lower_ == "among" and sent.doc[i + 1].lower_ == "them":
                return self._named_among_them(word)
            if word.lower_ in self.lexicon.example_preps and word.head.head.dep_ == "agent":
                return []  # "were imposed on X by several states, including A and B": those who imposed them
            if word.lower_ in ("including", "namely") or word.text == ":":
                return [m for m in self._listed(_phrase_head(sent.doc[i + 1])) if m.type in _ACTOR_TYPES] if i + 1 < sent.end else []
        return []

    # -- events --------------------------------------------------------------------------------
    def sentence_events(self, sent, triggers: dict[int, list[Trigger]]) -> Iterator[Event]:
        evidence = self.ents.evidence(sent)
        for token in (sent.doc[i] for i in sorted(triggers) if sent.start <= i < sent.end):
            for trigger in triggers[token.i]:
                met, theme = self._needs_met(trigger, token)
                if self._aid_not_given(token, trigger):
                    yield from self._aid_asked_for(token, evidence) if met else ()
                    continue
                if trigger.event == EventType.ASSISTANCE_REQUEST:
                    yield from self._request_carried(token, evidence)
                if not met and trigger.event == EventType.ASSISTANCE_REQUEST:
                    yield from self._granted_request(token, evidence)
                if not met or (trigger.event in self.lexicon.unheld and self._ahead(token)):
                    continue
                if token.lemma_ not in self.lexicon.reversals and self._reverses(token):
                    continue  # "called off the talks": the particle makes the verb undo what it governs
                modality, event = self._modality(token, theme), trigger.event
                may_threaten = event in self.lexicon.conditional_threats or trigger.promised
                demanded = self._ultimatum(token) if may_threaten else None
                if demanded is not None:  # "gave X a week to withdraw or face sanctions": the sanctions are threatened
                    yield from self._ultimatum_events(token, event, demanded, evidence)
                    continue
                if trigger.promised:
                    if self._refusal_promised(token, modality) if trigger.refused else self._promised(token, modality):
                        actors, targets = self._response_parties(token, self.lexicon.frames[event], trigger.target_preps)
                        targets = targets or self._hostile_to(actors)
                        yield from self._emit(token, event, self.lexicon.frames[event], actors, targets, False, evidence)
                    continue
                frame = self.lexicon.frames[trigger.event]
                conditioned: list[Mention] = []  # whom the condition of a promised act names
                if event in self.lexicon.conditional_threats and (self._unhesitating(token) or (
                        modality not in (Modality.NEGATED, Modality.CLAIMED) and self._conditional(token))):
                    # "Israel would strike Hezbollah if ...": a threat made, and the strike only supposed
                    with self._context_kept():
                        actors, targets, inferred = self.arguments(token, trigger, frame, theme)
                        if not targets and token.pos_ in ("VERB", "AUX"):  # "would use force if Taipei declared independence"
                            targets = self._condition_subjects(token)
                            conditioned = self._condition_subjects(token, acting=True)
                        yield from self._emit(token, event, frame, actors, targets, inferred, evidence,
                                              modality=Modality.HYPOTHETICAL)
                    event, modality = EventType.THREAT, Modality.ASSERTED
                if event == EventType.ATTACK and self._figurative_act(token, theme):
                    continue
                if event == EventType.ATTACK and token.pos_ == "VERB":
                    reading = self._figurative_attack(token, modality)
                    if reading is None:
                        continue
                    event, modality = reading
                    if event == EventType.SANCTION:
                        frame = self.lexicon.frames[event]
                if not modality.stated:  # kept with its modality; what later sentences refer back to is unchanged
                    with self._context_kept():
                        actors, targets, inferred = self.arguments(token, trigger, frame, theme)
                        yield from self._emit(token, event, frame, actors, targets, inferred, evidence,
                                              self._reciprocal(token), modality)
                        yield from self._threat_of_act(token, event, actors, targets, inferred, evidence)
                    continue
                actors, targets, inferred = self.arguments(token, trigger, frame, theme)
                # "Iran will strike back if Israel attacks": Israel is threatened; not "if Metula (its town) is hit"
                targets = targets or self._not_own(conditioned, actors)
                yield from self._emit(token, event, self.lexicon.frames[event], actors, targets, inferred, evidence,
                                      self._reciprocal(token), modality)
                if modality == Modality.PLANNED:  # "vowed to fight any foreign soldiers": a threat as well
                    yield from self._threat_of_act(token, event, actors, targets, inferred, evidence)
                if event == EventType.DEPLOYMENT:
                    self._remember_senders(token, theme, frame, actors)
                if trigger.event in (EventType.DEPLOYMENT, EventType.AID_PROVISION) and token.pos_ in ("VERB", "AUX"):
                    requesters = self._inviters(token)
                    if requesters:
                        request = self.lexicon.frames[EventType.ASSISTANCE_REQUEST]
                        yield from self._emit(token, EventType.ASSISTANCE_REQUEST, request, requesters, actors, True, evidence)
        yield from self._ultimatums_of_any_alternative(sent, triggers, evidence)
        yield from self._deadlines(sent, evidence)

    def _ultimatums_of_any_alternative(self, sent, triggers: dict[int, list[Trigger]], evidence) -> Iterator[Event]:
        """An ultimatum whose alternative names no act of an event type ("gave X 48 hours to withdraw or face
        military action", "had ten days to disarm or bear the consequences"): a threat all the same."""
        # a trigger met tells its own ultimatum (its needs are asked only of an object noun)
        for faced in self._words_of(sent, ("NOUN",)):
            if faced.dep_ != "dobj" or any(
                    self._needs_met(trigger, faced)[0] for trigger in triggers.get(faced.i, ())):
                continue
            demanded = self._ultimatum(faced)
            if demanded is not None:
                yield from self._ultimatum_events(faced, EventType.THREAT, demanded, evidence)

    def _deadlines(self, sent, evidence) -> Iterator[Event]:
        """A counted deadline given to a party to do one of the 'demands' ("gave Ankara 48 hours to pull its troops
        out", "gives X four days to accept the truce", "gave Y an hour to hand over the suspects"): an ultimatum,
        whoever sets it threatens the one it is given to, as the giving is stated ("did not give": negated; "will
        give": planned); not a deadline to leave ("gave the envoys 72 hours to leave", "48 hours to get out": an
        expulsion), nor one to do what no one is made to ("gave Sudan 30 days to submit its report")."""
        for unit in self._words_of(sent, ("NOUN",)):
            give = unit.head
            if (unit.dep_ not in ("dobj", "npadvmod") or unit.lemma_ not in self.lexicon.deadline_units  # "a week": npadvmod
                    or give.lemma_ not in self.lexicon.deadline_verbs
                    or not any(c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an"))
                               for c in self.children(unit))):
                continue
            demanded = next((c for c in [*self.children(give), *self.children(unit)] if c.dep_ in ("advcl", "xcomp", "relcl", "acl")
                             and any(a.dep_ == "aux" and a.lower_ == "to" for a in self.children(c))), None)
            if demanded is None or self._departure(demanded) or demanded.lemma_ not in self.lexicon.deadline_demands:
                continue
            recipient_deps = ("dative", "dobj") if unit.dep_ == "npadvmod" else ("dative",)  # "gave Sudan a week": Sudan the dobj
            targets = [m for c in self.children(give) if c.dep_ in recipient_deps for m in self.entities_in(c)]
            yield from self._emit(unit, EventType.THREAT, self.lexicon.frames[EventType.THREAT], self.subject_of(give),
                                  targets, False, evidence, modality=self._modality(give))

    def _departure(self, verb: Token) -> bool:
        """A verb of leaving, alone or with its particle ("to leave", "to exit the country", "to get out"; not "to
        pull out", a withdrawal demanded)."""
        particles = [f"{verb.lemma_} {c.lower_}" for c in self.children(verb) if c.dep_ == "prt"]
        return verb.lemma_ in self.lexicon.departures or any(p in self.lexicon.departures for p in particles)

    def _struck_by_unowned_weapon(self, verb: Token) -> bool:
        """The act's subject is a weapon or a craft no one is named as owning ("Missiles slammed into Kyiv, hitting
        a school", "a submarine fired missiles at X"; not "Russian missiles hit Kyiv", "a shell fired by X's tank hit
        Y", "rebels fired at X")."""
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        holder = verb.head if verb.dep_ in ("conj", "advcl") and verb.tag_ == "VBG" else verb  # ", hitting X"
        subjects = [c for c in self.children(holder) if c.dep_ == "nsubj"]
        return bool(subjects) and all(self.lexicon.in_class(s, "weapons") and not self.entities_in(s, deep=True, scenes=False)
                                 for s in subjects)

    def _remember_senders(self, verb: Token, theme: Token | None, frame: Frame, actors: list[Mention]) -> None:
        """Who sends each kind of force a deployment names ("Turkey will deploy a commando battalion": the
        battalion and the commandos are Turkey's), for the same kind told again later ("the commandos")."""
        senders = self.keys(actors, allow_places=False)
        sent = [theme] if theme is not None else [c for c in self.children(verb) if c.dep_ in ("dobj", "nsubjpass")]
        for force in sent:
            for word in [force, *(c for c in self.children(force) if c.dep_ in ("compound", "amod"))]:
                if senders and self.lexicon.in_class(word, frame.theme):
                    self.senders_of[word.lemma_] = senders

    def _ultimatum(self, noun: Token) -> Token | None:
        """The infinitive of what a demand asks for, when its alternative is the act named by ``noun`` ("gave X a week
        to withdraw or face sanctions": "withdraw"; "told Y to free the men or face an intervention"); not "X will face
        sanctions"."""
        faced = first_conjunct(noun)  # "or face a blockade and renewed strikes"
        face = faced.head
        if noun.pos_ != "NOUN" or faced.dep_ != "dobj" or face.lemma_ not in self.lexicon.receiving_verbs or face.dep_ != "conj":
            return None
        demanded = face.head  # the infinitive of what is demanded
        alternative = any(c.dep_ == "cc" and c.lower_ == "or" and c.i < face.i for c in self.children(demanded))
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in self.children(demanded))
        if not (alternative and infinitive) or demanded.dep_ not in ("advcl", "xcomp", "ccomp") or demanded.head == demanded:
            return None
        return demanded if demanded.head.pos_ in ("VERB", "AUX") else None

    def _ultimatum_events(self, noun: Token, event: EventType, demanded: Token, evidence) -> Iterator[Event]:
        """An ultimatum: the one who sets it (the subject of the demand, ``demanded``'s head) threatens the one it is
        given to (the demand's object, else the subject of what is demanded) with the act, which is only supposed."""
        demand = demanded.head
        actors = self.subject_of(demand)
        targets = [m for c in self.children(demand) if c.dep_ in ("dobj", "dative") for m in self.entities_in(c)]
        targets = targets or [m for c in self.children(demanded) if c.dep_ == "nsubj" for m in self.entities_in(c)]
        if event != EventType.THREAT:
            with self._context_kept():
                yield from self._emit(noun, event, self.lexicon.frames[event], actors, targets, False, evidence,
                                      modality=Modality.HYPOTHETICAL)
        yield from self._emit(noun, EventType.THREAT, self.lexicon.frames[EventType.THREAT], actors, targets, False, evidence,
                              modality=self._modality(demand))  # "did not give X two days to ... or face": negated

    def _threat_of_act(self, token: Token, event: EventType, actors: list[Mention], targets: list[Mention],
                       inferred: bool, evidence) -> Iterator[Event]:
        """The threat an act makes when a verb of threatening or vowing governs it ("threatened to launch an
        offensive against X", "vowed to fight X"): the act's doer threatens whom it is aimed at."""
        threat = self._threatened_by(token, event) if event in self.lexicon.conditional_threats else None
        if threat is not None:
            yield from self._emit(threat, EventType.THREAT, self.lexicon.frames[EventType.THREAT],
                                  actors, targets, inferred, evidence)

    def _threatened_by(self, token: Token, event: EventType) -> Token | None:
        """The verb of threatening whose complement the act is ("threatened to launch an offensive", "warned that
        it would strike"), or the word of readiness of an attack or a sanction ("stands ready to use force"); not a
        promised response ("vowed to retaliate"), nor an act the warning is about, named as its
        clause's subject ("warned that any strike by X would mean war": X threatens no one). An act vowed or
        pledged straight out is threatened too ("vowed to fight any foreign soldiers"; not "vowed to help X fight Y")."""
        if token.pos_ == "NOUN" and token.dep_ != "dobj":  # "would strike back at any attack": the attack is
            return None                                        # what the warning answers, not what it threatens
        verb = token if token.pos_ in ("VERB", "AUX") else _governor(token)
        for depth in range(2):
            if verb is None or verb.dep_ not in ("xcomp", "ccomp") or verb.head == verb:
                return None
            act, verb = verb, verb.head
            if any(t.event == EventType.THREAT and not t.promised for t in self.lexicon.verbs.get(verb.lemma_, ())):
                return verb
            if depth == 0 and verb.lemma_ in self.lexicon.promising_verbs and event in self.lexicon.readiness_threats:
                return None if self._vow_unmeant(token, act, verb) else verb
            if verb.lemma_ in self.lexicon.readiness and event in self.lexicon.readiness_threats:
                return verb
        return None

    def _vow_unmeant(self, token: Token, act: Token, vow: Token) -> bool:
        """A vow that threatens nothing: one negated ("promised never again to strike"), or of a measure already in
        force, which its past participle tells ("pledged to respect the embargo imposed on X")."""
        between = vow.doc[min(vow.i, act.i):max(vow.i, act.i) + 1]
        negated = any(t.dep_ == "neg" or t.lower_ == "never" for t in [*between, *self.children(vow)])
        in_force = token.pos_ == "NOUN" and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in self.children(token))
        return negated or in_force

    def _aid_not_given(self, token: Token, trigger: Trigger) -> bool:
        """Aid named by a noun that is only asked for ("turned to Paris for support", "appealed for aid") or voiced
        ("restated its backing for X", "expressed support for Y"): no aid given."""
        if trigger.event != EventType.AID_PROVISION or token.pos_ != "NOUN" or token.dep_ not in ("dobj", "pobj"):
            return False
        governor = _governor(token)
        return governor is not None and (governor.lemma_ in self.lexicon.verbs_of(EventType.ASSISTANCE_REQUEST)
                                         or self.lexicon.in_class(governor, "stances"))

    def _aid_asked_for(self, noun: Token, evidence) -> Iterator[Event]:
        """Aid asked of someone ("asked Washington for arms deliveries", "appealed to Paris for help"): the one
        asked would give it to the one asking, a supposition."""
        governor = _governor(noun)
        if governor is None or governor.lemma_ not in self.lexicon.verbs_of(EventType.ASSISTANCE_REQUEST):
            return
        if self._modality(governor) in (Modality.NEGATED, Modality.CLAIMED):
            return  # "did not ask X for weapons"
        asked = [c for c in self.children(governor) if c.dep_ in ("dobj", "dative")] + self._prep_objects(governor, frozenset({"to"}))
        givers = [m for t in asked for m in self.entities_in(t)]
        with self._context_kept():
            yield from self._emit(noun, EventType.AID_PROVISION, self.lexicon.frames[EventType.AID_PROVISION], givers,
                                  self.subject_of(governor), True, evidence, modality=Modality.HYPOTHETICAL)

    def _figurative_attack(self, verb: Token, modality: Modality) -> tuple[EventType, Modality] | None:
        """What a verb of attacking states when it is no blow: "hit X with sanctions", "Y's sanctions hit X" (a
        sanction), "will hit back at X" (a threat; "hit back at X, saying" is a retort: nothing), "help Y fight X" (a
        purpose, supposed)."""
        words = self.lexicon.figurative_attacks
        instruments = [g for c in self.children(verb) if c.dep_ in ("prep", "agent") and c.lower_ in words["instrument_preps"]
                       for g in self.children(c) if g.dep_ == "pobj"]
        instruments += [c for c in self.children(verb) if c.dep_ == "nsubj"]
        if any(self.lexicon.in_class(g, "sanctions") for g in instruments):
            return EventType.SANCTION, modality
        if any(c.lower_ in words["retort_words"] and c.dep_ in ("advmod", "prt") for c in self.children(verb)) and not any(
                c.dep_ == "dobj" for c in self.children(verb)):  # not "drove X back": a retort has no object
            return (EventType.THREAT, Modality.ASSERTED) if modality == Modality.PLANNED else None
        if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_ in words["helping_verbs"] and modality.stated:
            return EventType.ATTACK, Modality.HYPOTHETICAL
        return EventType.ATTACK, modality

    def _figurative_act(self, token: Token, theme: Token | None) -> bool:
        """An attack in name only: "a verbal offensive", "launched a diplomatic offensive", "a trade war", "a war of
        words"."""
        words = self.lexicon.figurative_attacks["modifiers"]
        for act in [t for t in (token, theme) if t is not None and t.pos_ == "NOUN"]:
            described = [c for c in self.children(act) if c.dep_ in ("amod", "compound")] + self._prep_objects(act, frozenset({"of"}))
            if any(c.lemma_.lower() in words or c.lower_ in words for c in described):
                return True
        return False

    def _has_auxiliary(self, verb: Token | None, words: frozenset[str]) -> bool:
        return verb is not None and any(c.dep_ == "aux" and c.lower_ in words for c in self.children(verb))

    def _counterfactual(self, verb: Token | None) -> bool:
        """A past that did not happen: a participle after a conditional auxiliary and "have" ("would have sent")."""
        return (verb is not None and verb.tag_ == "VBN" and self._has_auxiliary(verb, self.lexicon.conditional_auxiliaries)
                and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))

    def _ahead(self, token: Token) -> bool:
        """A gathering named as a noun under a verb in the future ("will attend next month's summit"): those
        listed will meet, they have not met."""
        return token.pos_ == "NOUN" and self._has_auxiliary(_governor(token), self.lexicon.future_auxiliaries)

    def _conditional(self, token: Token) -> bool:
        """A verb (or the verb of a noun) promised on a condition: "would strike ... if", "will impose sanctions unless"."""
        verb = (_governor(token) or token) if token.pos_ == "NOUN" else token
        promised = self.lexicon.future_auxiliaries | self.lexicon.conditional_auxiliaries
        return verb.pos_ in ("VERB", "AUX") and self._has_auxiliary(verb, promised) and self._on_condition(verb)

    def _unhesitating(self, token: Token) -> bool:
        """An act someone says they will or would "not hesitate" to do (the verb, or the verb of a noun): a threat of
        it; not "did not hesitate to strike", which tells the strike."""
        verb = (_governor(token) or token) if token.pos_ == "NOUN" else token
        holder = verb.head
        promised = self.lexicon.future_auxiliaries | self.lexicon.conditional_auxiliaries
        return (verb.dep_ == "xcomp" and holder.lemma_ in self.lexicon.unhesitating
                and any(c.dep_ == "neg" for c in self.children(holder)) and self._has_auxiliary(holder, promised))

    def _in_condition(self, token: Token) -> bool:
        """The token stands in a clause of condition ("if Israel attacks its nuclear sites")."""
        return any(clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.lexicon.conditions
                                                  for m in self.children(clause)) for clause in (token, *token.ancestors))

    def _on_condition(self, verb: Token) -> bool:
        """The verb has a clause of condition: "... if the group broke the truce", "... unless it withdrew", or an
        inverted one wherever the parser hung it, on the verb or on its object ("would give X help should the
        fighting spread")."""
        objects = [c for c in self.children(verb) if c.dep_ == "dobj"]
        return any(self._conditional_clause(c)
                   for c in [*self.children(verb), *(g for o in objects for g in self.children(o))])

    def _promised(self, token: Token, modality: Modality) -> bool:
        """A response told as promised: "will respond", "vowed to retaliate", "would respond if", "promised a reply",
        "would call for retaliatory steps"; not one given as the reason of another act ("will strike in response")."""
        if modality in (Modality.NEGATED, Modality.CLAIMED):
            return False
        if token.pos_ == "NOUN":
            if token.dep_ == "pobj" and token.head.lower_ in self.lexicon.reason_preps:
                return False
            if token.dep_ == "dobj" and token.head.lemma_ in self.lexicon.promising_verbs:
                return True
            if token.dep_ == "pobj" and token.head.head.lemma_ in self.lexicon.promising_verbs:
                return True  # "warned of consequences"
            governor = _governor(token)
            if governor is not None:
                modality = self._modality(governor)
        verb = token if token.pos_ in ("VERB", "AUX") else _governor(token)
        return (modality == Modality.PLANNED or self._conditional(token)
                or (verb is not None and self._reserved_right(verb) is not None))

    def _refusal_promised(self, verb: Token, modality: Modality) -> bool:
        """Something one says one will or would not tolerate: "would not tolerate any incursion by X", "will not put up
        with X's raids"; not one past ("did not tolerate dissent")."""
        promised = self.lexicon.future_auxiliaries | self.lexicon.conditional_auxiliaries
        return modality == Modality.NEGATED and verb.pos_ in ("VERB", "AUX") and self._has_auxiliary(verb, promised)

    def _reserved_right(self, verb: Token) -> Token | None:
        """The right someone reserves whose infinitive the verb is ("reserved the right to respond", "keeps the
        right to take retaliatory steps"): the act is promised; not a right one only has ("has the right to respond")."""
        right = verb.head
        if (verb.dep_ == "acl" and right.lemma_ in self.lexicon.reserved_rights and right.dep_ == "dobj"
                and right.head.lemma_ in self.lexicon.reserving_verbs):
            return right
        return None

    def _response_parties(self, token: Token, frame: Frame,
                          own_preps: frozenset[str] = frozenset()) -> tuple[list[Mention], list[Mention]]:
        """Who promises a response and to whom: "X will respond to Y", "X would respond should Y send troops",
        "Y would get a crushing response" (Y threatened by the one who says so), "Y's move will meet X's response";
        ``own_preps``, those the word itself takes ("will not put up with Y's raids")."""
        preps = frame.target_preps | own_preps
        if token.lemma_ in self.lexicon.suffering_verbs:  # "vowed that X would pay for it": X, by the one who vows
            speakers = self.subject_of(token.head) if token.dep_ == "ccomp" else []
            own = {m.key for m in speakers}
            return speakers, [m for m in self.subject_of(token) if m.key not in own]
        if token.pos_ in ("VERB", "AUX"):
            actors = self.subject_of(token)
            answered = self._prep_objects(token, preps)
            targets = [m for t in answered for m in self.entities_in(t)]
            targets = targets or self._provokers([*answered, *(c for c in self.children(token) if c.dep_ == "dobj")])
            return actors, targets or self._condition_subjects(token, acting=True) or self._opposed_beside(token)
        governor = _governor(token)
        actors = [m for c in self.children(token) if c.dep_ in ("poss", "compound", "amod") for m in self.entities_in(c)]
        actors += [m for t in self._prep_objects(token, frame.actor_preps) for m in self.entities_in(t)]
        targets = [m for t in self._prep_objects(token, preps) for m in self.entities_in(t)]
        if governor is None:
            return actors, targets
        targets += [m for t in self._prep_objects(governor, preps) for m in self.entities_in(t)]
        if actors or governor.lemma_ in self.lexicon.receiving_verbs:
            targets += self.subject_of(governor)  # the one who gets, faces or draws the response
            if not actors and governor.dep_ == "ccomp":
                actors = self.subject_of(governor.head)  # "Iran vowed that X would get a crushing response"
        else:
            actors = self.subject_of(governor)
        own = {m.key for m in actors}
        return actors, ([m for m in targets if m.key not in own] or self._condition_subjects(governor, acting=True)
                        or self._opposed_beside(governor))

    def _provokers(self, acts: list[Token]) -> list[Mention]:
        """Who does the hostile acts a response answers ("respond to any incursion by X", "answer X's attacks")."""
        return self._act_agents([a for a in acts if any(self.lexicon.in_class(a, c) for c in self.lexicon.provocations)])

    def _opposed_beside(self, verb: Token) -> list[Mention]:
        """Whom an accusation or a sanction coordinated before a threat aimed at: the threat is to them ("accused X
        of air strikes and warned of consequences", "denounced X's visit and vowed to take steps in response",
        "slapped sanctions on X and threatened an intervention")."""
        while verb.dep_ == "xcomp" and verb.head != verb:
            verb = verb.head
        first = first_conjunct(verb)
        coordinated = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"))]
        return [self._pseudo(key) for other in coordinated if other.i < verb.i for key in self.opposed.get(other.i, [])]

    def _condition_subjects(self, verb: Token, acting: bool = False) -> list[Mention]:
        """Who the condition of a promise names: "... if Y attacks", "... should Y send more troops"; ``acting``: only
        one that acts, not one that undergoes ("if Y came under fire"; "if it is attacked by Y": Y)."""
        following, reported = [], verb
        while reported.dep_ == "ccomp" and reported.head != reported:  # "said that X would respond, should Y ...,"
            reported = reported.head
            following += [c for c in self.children(reported) if c.dep_ == "ccomp" and c.i > verb.i]
        clauses = [c for c in [*self.children(verb), *following] if c.dep_ in ("advcl", "ccomp") and self._conditional_clause(c)]
        if acting:
            agents = [m for c in clauses if self._is_passive(c) for t in self._prep_objects(c, frozenset({"by"}))
                      for m in self.entities_in(t)]
            clauses = [c for c in clauses if not self._is_passive(c) and not self._prep_objects(c, frozenset({"under"}))]
            return agents + [m for c in clauses for s in self.children(c) if s.dep_ == "nsubj" for m in self.entities_in(s)]
        return [m for c in clauses for s in self.children(c) if s.dep_ in ("nsubj", "nsubjpass") for m in self.entities_in(s)]

    def _conditional_clause(self, clause: Token) -> bool:
        """ "if Y attacks", "unless Y withdraws", or inverted: "should Y send" (the parser may hang it beside the verb)."""
        subject = min((c.i for c in self.children(clause) if c.dep_ in ("nsubj", "nsubjpass")), default=clause.i)
        return any((c.dep_ == "mark" and c.lower_ in self.lexicon.conditions and clause.dep_ == "advcl")
                   or (c.dep_ == "aux" and c.lower_ in self.lexicon.inverted_conditions and c.i < subject)
                   for c in self.children(clause))

    def _inviters(self, verb: Token) -> list[Mention]:
        """Who asked for the forces or aid a verb sends: "at Y's request", "at the invitation of Y", "after being
        invited by Y", "answering a call from Y"."""
        found: list[Mention] = []
        reach = [verb, *(c for c in self.children(verb) if c.dep_ in ("nsubj", "advcl"))]  # "Kigali, acting on a request from Maputo,"
        for obj in (t for r in reach for t in r.subtree
                    if (t.dep_ in ("pobj", "pcomp") and t.head.dep_ == "prep") or (t.dep_ == "dobj" and t.head != verb)):
            if obj.lemma_.lower() in self.lexicon.invitation_nouns:
                found += [m for c in self.children(obj) if c.dep_ == "poss" for m in self.entities_in(c)]
                found += [m for t in self._prep_objects(obj, frozenset({"of", "from"})) for m in self.entities_in(t)]
            elif obj.lemma_.lower() in self.lexicon.invitation_verbs and self._is_passive(obj) and obj.dep_ != "dobj":
                found += [m for t in self._prep_objects(obj, frozenset({"by"})) for m in self.entities_in(t)]
        return found

    def _granted_request(self, noun: Token, evidence) -> Iterator[Event]:
        """ "The council met at the request of A and B", "created the mission at the joint request of A and B": whoever
        requests (its possessive, its "of" or "from") asks the doer of the verb the request is set on, for a noun of
        the request frame that is also an 'invitations' noun, when the doer is named ("the mission came at X's request":
        no one named); a verb that sends forces or aid finds them itself, unless its forces go unnamed ("Kampala says
        they were sent at X's request": see ``_request_granters``)."""
        if noun.lemma_.lower() not in self.lexicon.invitation_nouns or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return
        verb = noun.head.head  # or the verb of the object the parser hung it on ("took custody of X at Y's request")
        verb = verb if verb.pos_ in ("VERB", "AUX") else self._verb_of_its_object(verb)
        if verb is None or self._modality(verb) != Modality.ASSERTED:
            return
        requesters = [m for c in self.children(noun) if c.dep_ == "poss" for m in self.entities_in(c)]
        requesters += [m for t in self._prep_objects(noun, frozenset({"of", "from"})) for m in self.entities_in(t)]
        doers = self._request_granters(verb)
        if requesters and doers:
            with self._context_kept():  # told in a phrase: no pair later sentences call "the two sides"
                yield from self._emit(noun, EventType.ASSISTANCE_REQUEST, self.lexicon.frames[EventType.ASSISTANCE_REQUEST],
                                      requesters, doers, True, evidence)

    def _verb_of_its_object(self, holder: Token) -> Token | None:
        """The verb whose direct object a request's phrase hangs on, through "of" phrases ("took custody of the
        prisoners at X's request", "took charge of the talks at X's request": "took"), unless that object is an actor
        or a force, or the noun the phrase hangs on is a named actor, whose own request it is ("opposed the UN force
        at X's request"; but "took custody of the mission at X's request": "took")."""
        phrase = holder
        while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head != phrase.head:
            phrase = phrase.head.head
        verb = phrase.head
        if phrase.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
            return None
        if self.ents.at(holder) is not None or self.ents.at(phrase) is not None or self.lexicon.in_class(phrase, "forces"):
            return None
        return verb

    def _request_granters(self, verb: Token) -> list[Mention]:
        """Who does what a verb tells was done at someone's request: its named subject ("the council met at X's
        request"; not "the mission", "who"), the name a relative pronoun subject stands for ("Brazil, which took
        custody at X's request"), the noun a participle describes ("Uzbek warplanes, flying at X's request"), the
        owner named on forces as its subject ("Bolivia said Chilean troops were going at X's request": Chile), or the named
        speaker of a clause that tells of forces or aid (a verb of deployment, aid or movement, or forces as its
        subject or its object, "formed a reserve of officers") whose doer goes unnamed: a passive with no agent or a pronoun or forces as its subject
        ("Kampala says they were sent at X's request", "Bush said the troops were going at X's request"; not "Peru
        said the meeting was postponed at X's request"). A relative pronoun stands for its name only as the active
        subject ("Bolivia, which was invaded at X's request": not Bolivia). A verb that sends forces or aid and finds
        its own sender is left to ``_inviters``."""
        subjects = [c for c in self.children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        if any(t.event in (EventType.DEPLOYMENT, EventType.AID_PROVISION) for t in self.lexicon.verbs.get(verb.lemma_, ())) \
                and any(self.entities_in(c) for c in subjects if c.pos_ == "PROPN"):
            return []
        if any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in subjects):
            return [m for c in subjects if c.dep_ == "nsubj" and c.pos_ == "PROPN" for m in self.entities_in(c)]
        if subjects and subjects[0].dep_ == "nsubj" and is_relative_pronoun(subjects[0]) and verb.dep_ == "relcl" \
                and verb.head.pos_ == "PROPN":
            return self.entities_in(verb.head)
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
            return self.entities_in(verb.head)
        forces = [c for c in subjects if c.pos_ != "PROPN" and self.lexicon.in_class(c, "forces")]
        owners = [m for c in forces for t in self.children(c) if t.dep_ in ("amod", "compound", "poss", "nmod")
                  for m in self.entities_in(t)]  # named on the forces themselves, not a reference ("the mission")
        if owners:
            return owners
        made = [t for o in self.children(verb) if o.dep_ == "dobj" for t in (o, *self._prep_objects(o, frozenset({"of"})))]
        sending = bool(forces) or any(self.lexicon.in_class(t, "forces") for t in made) \
            or verb.lemma_ in self.lexicon.movement_verbs or any(
            t.event in (EventType.DEPLOYMENT, EventType.AID_PROVISION) for t in self.lexicon.verbs.get(verb.lemma_, ()))
        unnamed = sending and not any(c.pos_ == "PROPN" for c in subjects) and (
            (self._is_passive(verb) and not self._prep_objects(verb, frozenset({"by"})))
            or any(c.pos_ == "PRON" for c in subjects) or bool(forces))
        if unnamed and verb.dep_ == "ccomp" and verb.head.lemma_ in self.lexicon.modality_words.saying_verbs:
            return [m for c in self.children(verb.head) if c.dep_ == "nsubj" and c.pos_ == "PROPN"
                    for m in self.entities_in(c)]
        return []

    def _request_carried(self, noun: Token, evidence) -> Iterator[Event]:
        """A request handed on to someone by a verb of conveying ('conveying_verbs'): "took its request to X", "sent
        an appeal to Y", "lodged a plea with Z": its owner (else the verb's subject) asks the one it goes to."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_ not in self.lexicon.conveying_verbs or self._modality(verb) != Modality.ASSERTED:
            return
        owners = [m for c in self.children(noun) if c.dep_ == "poss" and c.pos_ != "PRON" for m in self.entities_in(c)]
        asked = [m for holder in (verb, noun) for t in self._prep_objects(holder, frozenset({"to", "with"})) for m in self.entities_in(t)]
        yield from self._emit(noun, EventType.ASSISTANCE_REQUEST, self.lexicon.frames[EventType.ASSISTANCE_REQUEST],
                              owners or self.subject_of(verb), asked, False, evidence)

    def _asked_to_send(self, verb: Token) -> list[Mention]:
        """Who asks the doer of a verb to do it: the subject of a verb of requesting whose complement it is ("Mali
        asked Russia to send instructors", "urged Kenya to deploy more troops")."""
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "xcomp" or verb.head == verb:
            return []
        request = verb.head
        if request.lemma_ not in self.lexicon.verbs_of(EventType.ASSISTANCE_REQUEST):
            return []
        if self._modality(request) in (Modality.NEGATED, Modality.CLAIMED):
            return []  # "has not asked X to send troops", "denied asking X to send troops": no one asked
        return self.subject_of(request)

    def _reciprocal(self, token: Token) -> bool:
        """``Each side accused the other``, ``the two countries traded accusations``, ``the two sides fought``."""
        words = [g for c in self.children(token) for g in [c, *self.children(c)]]
        if any(w.lower_ in self.lexicon.reciprocal_words for w in words):
            return True
        if token.pos_ == "VERB" and self.lexicon.in_class(token, "fights") and any(
                w.lower_ in self.lexicon.pair_words for c in self.children(token) if c.dep_ == "nsubj" for w in self.children(c)):
            return True  # "the two countries fought a border war", "both sides fought": each other
        if self._fought_together(token):
            return True
        if token.pos_ == "VERB" and token.lemma_ in self.lexicon.reciprocal_verbs:
            return True  # "X and Y exchanged fire": each fires at the other
        return token.pos_ == "NOUN" and token.head.lemma_ in self.lexicon.reciprocal_verbs

    def _at_war_verb(self, fight: Token) -> Token | None:
        """The verb a fight word is "at" ("have been at war", "were never at war"): what states the fight, its
        negation and its tense; none for any other fight word."""
        preposition = fight.head
        if (fight.dep_ == "pobj" and preposition.lower_ == "at" and preposition.head != preposition
                and preposition.head.pos_ in ("VERB", "AUX") and self.lexicon.in_class(fight, "fights")):
            return preposition.head
        return None

    def _fought_together(self, token: Token) -> bool:
        """A fight whose clause has two or more parties as its subject and names no other side: they fight each other
        ("X and Y fought a war", "X and Y have been at war since 1998", "Peruvian and Chilean troops clashed")."""
        if not self.lexicon.in_class(token, "fights"):
            return False
        verb = token if token.pos_ in ("VERB", "AUX") else _governor(token)
        if verb is None:
            return False
        if verb is token and not (self.lexicon.in_class(token, "mutual_fights") or any(
                c.dep_ == "dobj" and self.lexicon.in_class(c, "fights") for c in self.children(token))):
            return False  # not "X and Y fought in the Crimean War": allies, maybe
        if verb is not token and not (self._at_war_verb(token) == verb
                                      or (token.dep_ == "dobj" and verb.lemma_ in self.lexicon.verbs_of(EventType.ATTACK))):
            return False  # not "X and Y discussed the war in Z"
        preps = self.lexicon.frames[EventType.ATTACK].target_preps - {"between"}
        if any(m.type in _ACTOR_TYPES for word in {token, verb} for o in self._prep_objects(word, preps) if o != token
               for m in self.entities_in(o)):
            return False  # "X and Y fought against Z", not "clashed on the border"
        parties = {m.key for s in self.children(verb) if s.dep_ == "nsubj" for m in self.entities_in(s)}
        return len(parties) >= 2

    def _condemns(self, token: Token, kind: str) -> bool:
        """The accusation is a word of this class or has one for what it condemns: its object ("denounced the
        strikes"), what its object clause of naming calls it ("condemned what it called a coup"), its passive subject
        ("the strikes were condemned by X") or the noun its relative clause describes ("an attack that X denounced")."""
        condemned = [c for c in self.children(token) if c.dep_ in ("dobj", "nsubjpass")] + self._drawing_acts(token)
        condemned += self._named_objects(token)
        if token.dep_ == "relcl" and any(map(is_relative_pronoun, condemned)):
            condemned.append(token.head)
        return self.lexicon.in_class(token, kind) or any(self.lexicon.in_class(c, kind) for c in condemned)

    @contextmanager
    def _context_kept(self) -> Iterator[None]:
        """What later sentences refer back to ("the two sides", whose strikes) as it was before: an event the
        article denies or only supposes names no party for them."""
        kept = (self.last_pair, self.last_sides, self.last_sides_event, self.last_country_pair, self.last_destination,
                self.last_station, self.last_attacker, dict(self.last_actors), self.last_asked, self.last_aided)
        try:
            yield
        finally:
            (self.last_pair, self.last_sides, self.last_sides_event, self.last_country_pair, self.last_destination,
             self.last_station, self.last_attacker, self.last_actors, self.last_asked, self.last_aided) = kept

    def _emit(self, token, event, frame, actors, targets, inferred, evidence, reciprocal=False,
              modality=Modality.ASSERTED) -> Iterator[Event]:
        """One event per (actor, target) pair, with the context the later sentences refer back to."""
        if event in (EventType.MEETING, EventType.AGREEMENT):  # the sides of talks and deals are states
            actors, targets = ([m for m in side if not self._apposed_to_its_state(m, side)] for side in (actors, targets))
        if event == EventType.MEETING:  # "flew to Port Moresby", "arrived in Beijing": the visit meets the host state
            targets = [self._host_of(m) for m in targets]
        actor_keys = self.keys(actors, allow_places=False)
        if frame.named_targets:
            targets = [self._pseudo(self.ents.actor_of(m.key)) if self._owns_state_power(m) else m
                       for m in targets if not self._describes_person(m)]
        target_keys = self.keys(targets, frame.place_targets or event == EventType.ATTACK, frame.named_targets)
        if event == EventType.DEPLOYMENT:  # "RAF Typhoons will fly missions over Poland": the state sends its forces
            actor_keys = list(dict.fromkeys(self.ents.state_of(k, military=True) for k in actor_keys))
            target_keys = [k for k in target_keys if self.ents.state_of(k, military=True) not in actor_keys]
        if event == EventType.AID_PROVISION and any(self.ents.type_of(k) != EntityType.LOCATION for k in target_keys):
            # "pledged aid to Ukraine at a conference in Tokyo": a place receives aid only when no one is named
            target_keys = [k for k in target_keys if self.ents.type_of(k) != EntityType.LOCATION]
        if event == EventType.AID_PROVISION:
            target_keys = list(dict.fromkeys(self._state_of_town(k) for k in target_keys))
        if event == EventType.ATTACK and target_keys and not actor_keys and self._struck_by_unowned_weapon(token):
            actor_keys = [k for k in [self.last_attacker] if k is not None and k not in target_keys]
            inferred = True
        if frame.context_actor and target_keys and not actor_keys:
            actor_keys = [k for k in self.last_actors.get(event, []) if k not in target_keys]
            inferred = True
        elif actor_keys:
            self.last_actors[event] = actor_keys
        if event == EventType.AID_PROVISION and actor_keys and not set(target_keys) - set(actor_keys):
            # "China, for its part, announced assistance": no one else named
            target_keys = self._answered(actor_keys, token) or self._aided_before(actor_keys, token)
            inferred = True
        sides_guessed = False  # a mediation's sides told only in sentences before its own
        if event == EventType.MEDIATION and actor_keys and not target_keys:
            target_keys = self._deal_sides(token, actor_keys)
            before = [k for k in self._sides_before(token, actor_keys) if k not in actor_keys]
            if not target_keys or (len(target_keys) == 1 and target_keys[0] in before):
                # "under the deal X brokered, A agreed to ...": A alone, unless A is one of the sides told before
                target_keys, inferred = before or self._signers_before(token, actor_keys), True
                sentence = token.sent
                named_here = self.keys([m for m in self.ents.mentions if sentence.start <= m.start < sentence.end], False)
                sides_guessed = not set(target_keys) <= set(named_here)  # "Gabon fought Cameroon, which ended with
                # a Nigerian-brokered truce": named in its sentence
        if event == EventType.MEETING and actor_keys and not target_keys and self._hosts_summit(token):
            # "at a summit hosted by X, Y's plea was brushed aside by Z": the host sits at the table with the sides
            target_keys, inferred = [k for k in self._sides_before(token, actor_keys) if k not in actor_keys], True
        if event == EventType.DEPLOYMENT and actor_keys and not target_keys:
            # "Haiti asked the UN to send peacekeepers": forces sent nowhere named go to the one asking for them
            target_keys = [k for k in self.keys(self._asked_to_send(token), False) if k not in actor_keys]
            inferred = inferred or bool(target_keys)
        if event == EventType.DEPLOYMENT and actor_keys and not target_keys and token.pos_ in ("VERB", "AUX"):
            # "A will send jets, B is to station troops in X and C will contribute a frigate": A's go to X too
            target_keys = [k for k in self.keys(self._shared_destination(token, frame), True) if k not in actor_keys]
            inferred = inferred or bool(target_keys)
        if event == EventType.DEPLOYMENT and actor_keys and not target_keys and self.last_destination not in (None, *actor_keys):
            target_keys = [self.last_destination]
            inferred = True
        placed_by_context = False
        if (event == EventType.DEPLOYMENT and actor_keys and not target_keys and not self._sent_with_aid(token)
                and not self._prep_objects(token, frame.target_preps | self.lexicon.presence_preps)):  # "into the region": told
            # "Fighting spread across eastern Congo. Zimbabwe sent troops": to the war the sentences before tell of
            target_keys = self._war_country_before(token, actor_keys)[:1]
            placed_by_context = bool(target_keys)
            inferred = inferred or placed_by_context
        confidence = self.lexicon.confidence(event, "context" if inferred else "verb" if token.pos_ in ("VERB", "AUX") else "noun")
        when = self.ents.event_date(token, self.published)
        pairs: list[tuple[str, str]]
        if reciprocal and len(actor_keys) > 1 and all(self.ents.type_of(k) == EntityType.LOCATION for k in target_keys):
            target_keys = []  # "X and Y clashed at Z": the two fight each other, Z is only where
        if event.symmetric and not (actor_keys and target_keys):
            # "X and Y met", "X and Y held talks", "talks between X and Y"; fights need a stated target
            gathered = token.pos_ == "NOUN" or self._gathers(token, event)  # "the summit brought together A, B and C"
            # co-hosts meet their guests, not one another ("talks co-hosted by X and Y")
            group = actor_keys if (event != EventType.ATTACK or reciprocal) and not self._gathers(token, event) else []
            pairs = list(combinations(group or (target_keys if gathered else []), 2))
        elif reciprocal and not target_keys:
            pairs = [(a, b) for a in actor_keys for b in actor_keys if a != b]
        elif (event == EventType.AGREEMENT and self._one_text(token)) or self._gathers(token, event):
            # "the accord the Forum concluded with A, B and C": every signatory of one text agrees with every other;
            # "X hosted A and B": everyone at one table meets everyone
            pairs = list(combinations(dict.fromkeys(actor_keys + target_keys), 2))
        elif event == EventType.SANCTION and len(actor_keys) > 1 and set(target_keys) == set(actor_keys):
            pairs = []  # those who impose together do not sanction one another: a list misread as both sides
        else:
            pairs = [(a, b) for a in actor_keys for b in target_keys if a != b]
        if event.symmetric and not (event == EventType.ATTACK and actor_keys and target_keys):
            pairs = sorted({tuple(sorted(pair)) for pair in pairs})  # one node per unordered pair
        if event in _STATES_ONLY:  # a person left unplaced in a state is no side of talks, deals or mediation
            pairs = [pair for pair in pairs if EntityType.PERSON not in map(self.ents.type_of, pair)]
        parties = list(dict.fromkeys(k for pair in pairs for k in pair if self.ents.type_of(k) != EntityType.LOCATION))
        if len(parties) == 2 and event != EventType.MEDIATION and not placed_by_context:  # a guessed place pairs no one
            self._remember_pair(parties, token.i, event)
        if len(parties) == 2 and event == EventType.AGREEMENT and modality.stated:
            self.last_agreement = parties
        if len(parties) == 2 and event == EventType.MEETING and modality != Modality.HYPOTHETICAL:
            self.last_meeting = parties  # not talks only supposed ("should talks with X fail")
        if event == EventType.ACCUSATION and not pairs and actor_keys and self.last_attacker and self._condemns(token, "assault"):
            attacker = self._main_attacker(exclude=set(actor_keys))
            pairs = [(a, attacker) for a in actor_keys if a != attacker]
        if event == EventType.ACCUSATION and not pairs and actor_keys and self._condemns(token, "unaimed_acts"):
            pairs = [(a, k) for a in actor_keys for k in self.unaimed_authors if k not in actor_keys]  # "condemned the launch"
        if event == EventType.ACCUSATION and not pairs and actor_keys and self._condemns(token, "sanctions"):
            pairs = [(a, s) for a in actor_keys for s in self.last_sanction[0] if s not in actor_keys]  # "denounced the sanctions"
        if event == EventType.DEPLOYMENT and pairs:
            self.last_destination = self.last_station = pairs[-1][1]
        if event == EventType.ASSISTANCE_REQUEST and pairs:
            self.last_asked = (list(dict.fromkeys(a for a, _ in pairs)), list(dict.fromkeys(b for _, b in pairs)))
        elif event == EventType.ASSISTANCE_REQUEST and actor_keys and not target_keys:
            self.last_asked = (actor_keys, [])  # "the junta issued an appeal for assistance": anyone may answer
        if event == EventType.ATTACK and actor_keys and (pairs or (token.pos_ == "VERB" and not self._downs_weapons(token))):
            self.last_attacker = actor_keys[0]  # "X struck 85 targets overnight ... Y condemned the strikes": X's
            if modality.stated:  # moved to the end: among equals the latest attacker comes last
                self.attack_counts[actor_keys[0]] = self.attack_counts.pop(actor_keys[0], 0) + 1
        if event == EventType.AID_PROVISION and pairs and self._gives_aid(token):
            self.last_aided = (list(dict.fromkeys(target for _, target in pairs)), token.i)
        if event in (EventType.ACCUSATION, EventType.SANCTION) and pairs:
            self.opposed[token.i] = list(dict.fromkeys(target for _, target in pairs))
        if event == EventType.ACCUSATION and modality.stated:
            for accuser in dict.fromkeys(a for a, _ in pairs):
                self.accused_by[accuser] = [t for a, t in pairs if a == accuser]
        if modality.stated and actor_keys and not inferred:
            self.doers_by_word[token.lemma_.lower()] = actor_keys
        if modality.stated:
            for target in dict.fromkeys(t for _, t in pairs):  # what is done to a person is done to their state too
                for party in {target, self.ents.actor_of(target)}:
                    self.done_to[(event, party)] = [a for a, t in pairs if t == target]
        if event == EventType.SANCTION and pairs:
            self.last_sanction = (list(dict.fromkeys(a for a, _ in pairs)), list(dict.fromkeys(b for _, b in pairs)))
        if not pairs and modality.stated and bool(actor_keys) != bool(target_keys):
            self.unpaired.append(UnpairedEvent(event, tuple(actor_keys or target_keys), "target" if actor_keys else "actor",
                                               token.i, token.lemma_.lower(), evidence, when, modality))
        met_to_sign = event == EventType.AGREEMENT and self._signed_in_a_setting(token)
        for actor, target in pairs:
            yield Event(event, actor, target, evidence, token.text, confidence, when,
                        target_is_place=event == EventType.DEPLOYMENT and self.ents.type_of(target) == EntityType.LOCATION,
                        modality=modality)
            if met_to_sign:  # "A and B signed the accord in X": they met there
                yield Event(EventType.MEETING, actor, target, evidence, token.text, confidence, when, modality=modality)
        if (event == EventType.MEDIATION and modality.stated and not sides_guessed and not self._only_tried(token)
                and self._brokers_deal(token)):
            # "a Moscow-brokered ceasefire between A and B", "the deal X brokered between A and B", "brokered a truce
            # between them": A and B agreed; not the sides of sentences before ("Ukraine struck Russia. Turkey hailed a
            # U.S.-brokered deal"), nor a deal only tried for ("failed to broker a deal between A and B")
            agreed = self.lexicon.confidence(EventType.AGREEMENT, "noun")
            for side, other in combinations(sorted({target for _, target in pairs}), 2):
                yield Event(EventType.AGREEMENT, side, other, evidence, token.text, agreed, when, modality=modality)

    def _main_attacker(self, exclude: set[str]) -> str | None:
        """Whoever the article has so far told of attacking most often, the one who attacked latest among equals: the
        author of an attack condemned with no one named ("X shelled A ... X's jets struck B ... Y's gunners returned
        fire ... Z condemned the attack": X's), as the article's own war is mostly told by its attacks. Only attacks
        stated count ("X denied that its jets struck B": not X's), and the condemners are no candidates ("X shelled
        A ... X struck B ... Y struck C. X condemned the attacks": Y's); with no one else counted, the last attacker."""
        counts = {k: n for k, n in self.attack_counts.items() if k not in exclude}
        if not counts:
            return self.last_attacker
        most = max(counts.values())
        return [k for k, n in counts.items() if n == most][-1]

    def _is_passive(self, verb: Token) -> bool:
        """Whether the verb is passive; a "by" the parser reads as its agent while its object is a means of talking
        is no doer ("X spoke by telephone with Y", "talked by video link")."""
        return any(c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "agent" and not self._names_a_means(c))
                   for c in self.children(verb)) or (verb.dep_ == "acl" and verb.tag_ == "VBN")

    def _names_a_means(self, preposition: Token) -> bool:
        """Whether every object of the preposition is of class 'means' ("by phone", "by video link")."""
        objects = [g for g in preposition.children if g.dep_ == "pobj"]
        return bool(objects) and all(self.lexicon.in_class(g, "means") for g in objects)

    def remember_unaimed_acts(self, sent, triggers: dict[int, list[Trigger]]) -> None:
        """Who the sentence states did an act aimed at no party (class 'unaimed_acts'), for a later condemnation of
        it: the named subject of such a verb or of a verb of no event whose object is one ("X fired a missile", "the
        army staged a coup"; not "Y condemned the test"), or its described doer (:meth:`_group_described_as_doer`),
        or the state or body owning such a noun ("X's nuclear test"; not "his arrest")."""
        for word in self._words_of(sent, ("VERB", "NOUN")):
            if word.pos_ == "VERB" and (self.lexicon.in_class(word, "unaimed_acts") or (
                    word.i not in triggers and any(c.dep_ == "dobj" and self.lexicon.in_class(c, "unaimed_acts")
                                                   for c in self.children(word)))) and not self._is_passive(word):
                found = self.keys(self.subject_of(word), allow_places=False) or self._group_described_as_doer(word)
            elif word.pos_ == "NOUN" and self.lexicon.in_class(word, "unaimed_acts"):
                owners = [m for c in self.children(word) if c.dep_ == "poss" for m in self.entities_in(c)
                          if m.type != EntityType.PERSON]  # "his arrest", "Bongo's ouster": done to the person
                found = self.keys(owners, allow_places=False)
            else:
                continue
            if found and self._modality(word).stated:
                self.unaimed_authors = found

    def _group_described_as_doer(self, act: Token) -> list[str]:
        """The named group an act's unnamed doer stands for when a noun of an armed group (classes 'forces',
        'irregulars', 'plotters': "army officers", "the mutineers") is its subject: the first group or person the
        same or the next three sentences hang on such a noun, outside the act itself ("officers calling themselves the
        X", "a colonel who heads the Y", "led by a major named Z"); kept as itself, not as the state it would serve."""
        subjects = [c for c in self.children(act) if c.dep_ == "nsubj"]
        doers = [act.head if act.dep_ == "relcl" and is_relative_pronoun(s) else s for s in subjects]
        if not any(map(self._names_armed_group, doers)):
            return []
        sentences = self.ents.sentences
        number = self._sentence_number(act)
        inside_act = {t.i for t in act.subtree}
        for sent in sentences[number: number + _DESCRIBED_DOER_REACH]:
            for word in sent:
                mention = self.ents.at(word)
                if (mention is not None and word.i not in inside_act and mention.type in _NAMED_GROUP_TYPES
                        and not mention.start <= word.head.i < mention.end and self._hung_on_armed_group(word)):
                    return [mention.key]
        return []

    def _names_armed_group(self, noun: Token) -> bool:
        """The noun, or a word compounded on it ("Colonel X"), is a word of an armed group or its men."""
        return any(self.lexicon.in_class(w, kind) for w in (noun, *(c for c in self.children(noun) if c.dep_ == "compound"))
                   for kind in ("forces", "irregulars", "plotters"))

    def _hung_on_armed_group(self, word: Token) -> bool:
        """The first noun above the word, through prepositions and clauses set on nouns only, names an armed group
        or its men ("a colonel who heads [X]", "led by a major named [Y]"), or the word is what such men call
        themselves ("officers calling themselves [X]")."""
        for ancestor in word.ancestors:
            if ancestor.pos_ in ("NOUN", "PROPN"):
                return self._names_armed_group(ancestor)
            if ancestor.pos_ in ("VERB", "AUX") and ancestor.dep_ not in ("acl", "relcl"):
                return ancestor.lemma_ in self.lexicon.modality_words.naming_verbs and any(
                    c.dep_ == "nsubj" and self._names_armed_group(c) for c in self.children(ancestor))
        return False

    def _gathers(self, act: Token, event: EventType) -> bool:
        """Whether the act is a meeting that gathers its objects at one table ("hosted A and B")."""
        return event == EventType.MEETING and act.pos_ == "VERB" and act.lemma_ in self.lexicon.gathering_verbs

    def _hosts_summit(self, act: Token) -> bool:
        """Whether the act is a gathering verb whose gathering is a summit ("hosted the summit", "a summit hosted by X")."""
        return act.pos_ == "VERB" and act.lemma_ in self.lexicon.gathering_verbs and any(
            self.lexicon.in_class(thing, "summits") for thing in self._acted_on(act))

    def _signed_in_a_setting(self, act: Token) -> bool:
        """Whether the act is a signing whose clause names where or at what it took place: a place, a town, a ceremony
        or talks ("signed the accord in X", "in the capital", "put their names to the deal at a ceremony", "after
        talks"); not "signed a pact in 2001"."""
        verb = self._signing_verb(act)
        if verb is None:
            return False
        texts = [c for c in self.children(verb) if c.dep_ == "dobj"] + ([act] if act is not verb else [])
        settings = [o for word in (verb, *texts) for o in self._prep_objects(word, self.lexicon.cosigning_preps)]
        named_settings = self.lexicon.cosigning_occasions | self.lexicon.settlement_nouns  # "at a ceremony", "in the capital"
        return any(self.lexicon.in_class(o, "talks") or o.lemma_.lower() in named_settings
                   or any(m.type == EntityType.LOCATION for m in self.entities_in(o)) for o in settings)

    def _signing_verb(self, act: Token) -> Token | None:
        """The verb that signs the text an agreement trigger is: the trigger itself ("signed", "initialled"), or the
        verb that puts a signature "to" the text the trigger names ("put their names to the accord")."""
        if act.pos_ == "VERB":
            return act if act.lemma_.lower() in self.lexicon.cosigning_verbs else None
        preposition = act.head
        if act.dep_ != "pobj" or preposition.lower_ != "to" or preposition.head == preposition:
            return None
        verb = preposition.head
        marked = any(c.dep_ == "dobj" and c.lemma_.lower() in self.lexicon.signature_marks for c in self.children(verb))
        return verb if verb.lemma_.lower() in self.lexicon.marking_verbs and marked else None

    def _one_text(self, act: Token) -> bool:
        """Whether the deal signed is one text, not several ("signed trade agreements with A and B": one each)."""
        texts = [act] if act.pos_ == "NOUN" else [c for c in self.children(act) if c.dep_ in ("dobj", "nsubjpass")]
        return not any(text.tag_ in ("NNS", "NNPS") for text in texts)

    def _not_struck(self, act: Token, mentions: list[Mention], trigger: Trigger) -> list[Mention]:
        """Those an accusation of an unnamed attack names as its authors, not whom or where it struck nor what the
        accuser calls it ("condemned the Kabul raid", "the Russian raid on Kyiv", "denounced the strike as a
        violation of Afghan sovereignty": neither Kabul, Ukraine nor Afghanistan is accused; "blamed the attack on X": X
        is, after a preposition of the trigger's own); nor, for an act aimed at no party or a noun whose "of" names
        its victim, what it was done to ("the seizure of X", "the detention of Y", "the invasion of Z")."""
        unaimed = self.lexicon.in_class(act, "unaimed_acts")
        if self.ents.at(act) is not None or not (unaimed or self.lexicon.in_class(act, "assault")):
            return mentions
        attack = self.lexicon.frames[EventType.ATTACK]
        # "the raid on Kyiv"; but "blamed the raid on X" names X (the trigger's own prepositions)
        aimed = ({"as"} | (attack.target_preps - {"between", "with"}) | attack.scene_preps) - trigger.target_preps
        # "condemned the seizure of X", "the invasion of Y": X and Y are not the ones accused
        aimed |= {"of"} if unaimed or act.lemma_.lower() in attack.patient_nouns else set()
        struck = {t.i for c in self.children(act) if c.dep_ == "prep" and c.lower_ in aimed for t in c.subtree}
        struck |= {t.i for c in self.children(act) if c.dep_ == "compound" and (m := self.ents.at(c)) is not None
                   and (m.type == EntityType.LOCATION or m.role in ("capital", "city")) for t in c.subtree}
        return [m for m in mentions if m.start not in struck]

    def _host_of(self, mention: Mention) -> Mention:
        """The state whose capital a place named as a visit's destination is, when the article names that state;
        else the mention itself."""
        name = self.ents.gazetteer.lookup(mention.text) if mention.type == EntityType.LOCATION else None
        if name is None or name.role != "capital" or name.key not in self.ents.entities:
            return mention
        return replace(mention, key=name.key, type=self.ents.type_of(name.key), role="capital")

    def _apposed_to_its_state(self, mention: Mention, side: list[Mention]) -> bool:
        """A person named in apposition to a description that names his state, itself on the same side ("met his
        Bangladeshi counterpart, X", "Sudan's envoy, X"): the state is the side, not the person beside it."""
        if mention.type != EntityType.PERSON:
            return False
        name = self.ents.doc[mention.start:mention.end].root
        described = name.head
        if name.dep_ != "appos" or self.ents.at(described) is not None:
            return False
        return any(m.type == EntityType.COUNTRY and described.left_edge.i <= m.start < described.i for m in side)

    def _drawing_acts(self, noun: Token) -> list[Token]:
        """What drew a condemnation noun from someone: the subject of the verb it is the object of, when that verb
        names who condemns with "from" ("the strikes drew condemnation from X")."""
        governor = noun.head
        if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or not self._prep_objects(governor, frozenset({"from"})):
            return []
        return [c for c in self.children(governor) if c.dep_ == "nsubj"]

    def _downs_weapons(self, token: Token) -> bool:
        """The act hits weapons, defending against them ("shot down the drones", "the drones it shot down"), no
        strike of its own."""
        hit = [c for c in self.children(token) if c.dep_ == "dobj"] + self._relative_object(token)
        return any(self.lexicon.in_class(noun, "weapons") for noun in hit)

    def _war_country_before(self, trigger: Token, senders: list[str]) -> list[str]:
        """The states other than the senders that the sentences before the trigger's tell a war, fight, attack or
        force in or on ("fighting spread across eastern Congo", "strikes on Yemen", "the force in Somalia"), the most
        often so named first (the last named of equals); no town, and no state only named as a setting ("talks in X")."""
        sentence_start = trigger.sent.start
        named = [m.key for m in self.ents.mentions if m.end <= sentence_start and m.type == EntityType.COUNTRY
                 and m.key not in senders and self._scene_of_fighting(trigger.doc[m.end - 1])]
        return sorted(dict.fromkeys(reversed(named)), key=named.count, reverse=True)

    def _scene_of_fighting(self, token: Token) -> bool:
        """Whether the noun (or the noun it modifies) is where a war, fight, attack or force word is, or what it is
        aimed at: the object of a preposition on that word, or on a verb the word is the subject of."""
        noun = token.head if token.dep_ in ("compound", "amod", "poss") else token
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in self.lexicon.presence_preps | self.lexicon.territory_preps | self.lexicon.frames[EventType.ATTACK].target_preps:
            return False
        told = prep.head
        fighting = [told, *(c for c in self.children(told) if c.dep_ in ("nsubj", "nsubjpass"))] if told.pos_ == "VERB" else [told]
        return any(self.lexicon.in_class(w, kind) for w in fighting for kind in ("fights", "assault", "forces"))

    def _sent_with_aid(self, trigger: Token) -> bool:
        """Whether what the trigger sends is listed with aid or is of helpers ("relief supplies and personnel were
        sent", "a team of medical staff"): help, no force sent to a war."""
        sent = [c for c in self.children(trigger) if c.dep_ in ("dobj", "nsubjpass")] if trigger.pos_ in ("VERB", "AUX") else [trigger]
        sent += [o for noun in sent for o in self._prep_objects(noun, frozenset({"of"}))]  # "a team of medical staff"
        listed = [w for noun in sent for w in [noun, *noun.conjuncts]]
        return any(self.lexicon.in_class(k, kind) for w in listed for k in [w, *(c for c in self.children(w) if c.dep_ in ("compound", "amod"))]
                   for kind in ("aid", "relief_workers"))

    def _shared_destination(self, verb: Token, frame: Frame) -> list[Mention]:
        """The place a clause coordinated with ``verb`` sends or places forces (its verb, or the verb it
        governs: "B is to station troops in X"), for a deployment that names none of its own."""
        clauses = [c for c in verb.conjuncts if c.pos_ in ("VERB", "AUX")]
        clauses += [x for c in clauses for x in self.children(c) if x.dep_ == "xcomp"]
        return [m for c in clauses if c.lemma_ in self.placing_verbs or c.lemma_ in self.lexicon.verbs_of(EventType.DEPLOYMENT)
                for t in self._prep_objects(c, frame.target_preps) + [t for o in self.children(c) if o.dep_ == "dobj"
                                                                     for t in self._prep_objects(o, frame.target_preps)]
                for m in self._places_in(t)[:1]]

    def _hostile_to(self, actors: list[Mention]) -> list[Mention]:
        """Whom a response the actors promise and aim at no one answers: who last attacked or sanctioned them ("the
        attack will be met with a response"), else whom they last accused ("X blamed Y for the blast ... X's response
        will be harsh")."""
        parties = self.keys(actors, allow_places=False)
        hostile = [k for party in parties for event in (EventType.ATTACK, EventType.SANCTION)
                   for k in self.done_to.get((event, party), [])]
        hostile = hostile or [k for party in parties for k in self.accused_by.get(party, [])]
        return [self._pseudo(key) for key in dict.fromkeys(hostile) if key not in parties]

    def told_by_another(self, sent, event: Event) -> bool:
        """The event is told in a clause that someone says or reports ("Trump said Iran had agreed", "media
        reported that X had flown to meet Y"), not the sentence's own statement."""
        trigger = next((t for t in sent if t.text == event.trigger), None)
        return trigger is not None and self._speech_over(trigger) is not None

    def deniers(self, sent, said) -> set[str]:
        """Who the sentence has deny what the one before reported someone saying: the subject of its main verb when
        that is one of denial ("denied that any such meeting took place", "dismissed the claim") or calls it a
        falsehood ("called the account a lie"), unless the denier is the one who spoke."""
        words = self.lexicon.modality_words
        verbs = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        denials = [v for v in verbs if v.lemma_ in words.denial_verbs
                   or (v.lemma_ in words.naming_verbs and any(t.lemma_.lower() in words.falsehoods for t in v.subtree))]
        deniers = {m.key for v in denials for c in self.children(v) if c.dep_ == "nsubj" for m in self.entities_in(c)}
        if not deniers:  # most sentences deny nothing: the speakers of the one before are not read then
            return deniers
        speakers = {m.key for c in said.root.children if c.dep_ == "nsubj" for m in self.entities_in(c)}
        return deniers - speakers

    def sides(self, event: Event) -> set[str]:
        """The event's actor and target, with the states and bodies their people hold office in."""
        keys = {event.actor, event.target}
        people = [self.ents.entities[k].name for k in keys if k in self.ents.entities
                  and self.ents.type_of(k) == EntityType.PERSON]
        gazetteer = self.ents.gazetteer
        return keys | {term.affiliation for name in people for term in gazetteer.terms(gazetteer.person_name(name) or name)}

    def _answered(self, givers: list[str], trigger: Token) -> list[str]:
        """Who receives aid a sentence names no receiver of: the one who last asked for help, when the givers were
        among those asked ("Israel appealed to Greece and Italy for help ... Greece and Italy are sending planes")
        or the aid is sent or pledged ("X appealed for international aid ... Y sent rescuers"; not "a UN-backed
        report": backing answers no appeal; nor "backed the mission, offering funds": a participle that adds to a
        clause gives to whom that clause names), by others than those asked too when a verb gives what aid is ("X
        appealed to the UN for help ... Y flew in doctors")."""
        requesters, asked = self.last_asked
        if asked and not set(givers) & set(asked) and not (trigger.pos_ in ("VERB", "AUX") and self._gives_aid(trigger)):
            return []  # "X asked Y for help ... Z helped arrange a truce": no aid given
        if not asked and (trigger.pos_ not in ("VERB", "AUX") or trigger.lemma_ in self.lexicon.backing_words
                          or (trigger.dep_ == "advcl" and trigger.tag_ == "VBG")):
            return []
        return [k for k in requesters if k not in givers]

    def _aided_before(self, givers: list[str], trigger: Token) -> list[str]:
        """Who receives aid a verb gives or pledges without naming a receiver, when no one asked for help: the
        receivers of the aid given in the same or the sentence before ("Japan pledged aid to Ukraine. Germany, for
        its part, has promised air-defence systems"); not help in general ("helped seafarers")."""
        receivers, told = self.last_aided
        sentence = trigger.sent.start
        earlier = self.ents.doc[sentence - 1].sent.start if sentence > 0 else sentence
        if told < earlier or self.last_asked[0] or not self._gives_aid(trigger) or trigger.pos_ not in ("VERB", "AUX"):
            return []
        return [k for k in receivers if k not in givers]

    def _gives_aid(self, trigger: Token) -> bool:
        """A word of giving whose object is the aid given ("sent", "pledged", "aid"), not of help in general or of
        backing ("helped", "an Iran-backed group"), nor a participle that adds to a clause."""
        if trigger.dep_ in ("amod", "compound") or (trigger.dep_ == "advcl" and trigger.tag_ == "VBG"):
            return False
        if trigger.pos_ == "NOUN":
            return trigger.lemma_ not in self.lexicon.backing_words and trigger.lemma_ != "support"
        theme = self.lexicon.frames[EventType.AID_PROVISION].theme
        given = [w for c in self.children(trigger) if c.dep_ == "dobj" for w in [c, *self.children(c)] if w.dep_ in ("dobj", "compound")]
        return any(self.lexicon.in_class(w, theme) for w in given) or any(  # "airdropped food parcels"
            t.event == EventType.AID_PROVISION and t.needs == theme for t in self.lexicon.verbs.get(trigger.lemma_, ()))

    def givers(self, sent) -> Iterator[Event]:
        """Aid told by the giver's noun (class 'aid_givers') that describes a named actor, in apposition ("Japan,
        the island's largest donor") or as what it is ("X is Y's main backer"): the actor gives aid to the noun's
        owner (its possessive or "of"); not a giver it was once ("a former backer"), nor one denied."""
        frame = self.lexicon.frames[EventType.AID_PROVISION]
        evidence = self.ents.evidence(sent)
        for noun in self._words_of(sent, ("NOUN",)):
            if not self.lexicon.in_class(noun, "aid_givers") or self.ents.at(noun) is not None:
                continue
            described = noun
            while described.dep_ == "conj" and described.head.pos_ == "NOUN":
                described = described.head  # "its main ally and benefactor"
            words = list(dict.fromkeys([noun, described]))
            if any(self.lexicon.in_class(c, "bygone") for w in words for c in self.children(w) if c.dep_ == "amod"):
                continue
            givers = self._described_names(described)
            if not givers and described.dep_ == "attr" and described.head.lemma_ == "be":
                givers = self.subject_of(described.head)  # "X is Y's largest donor"
            owners = [m for w in words for c in self.children(w) if c.dep_ == "poss" for m in self.entities_in(c)]
            owners += [m for w in words for t in self._prep_objects(w, frozenset({"of", "to"})) for m in self.entities_in(t)]
            if givers and owners:
                modality = self._modality(described.head) if described.dep_ == "attr" else Modality.ASSERTED
                yield from self._emit(noun, EventType.AID_PROVISION, frame, givers, owners, False, evidence,
                                      modality=modality)

    def receipts(self, sent) -> Iterator[Event]:
        """Aid told from the receiver's side: a verb of receiving (class 'receiving') whose object is aid and whose
        "from" names the giver ("X has received arms from Y", "X got medical help from Y"): Y gives aid to X."""
        frame = self.lexicon.frames[EventType.AID_PROVISION]
        evidence = self.ents.evidence(sent)
        for verb in self._words_of(sent, ("VERB",)):
            if not self.lexicon.in_class(verb, "receiving"):
                continue
            received = [o for c in self.children(verb) if c.dep_ == "dobj" for o in [c, *c.conjuncts]]
            if not any(self.lexicon.in_class(o, frame.theme) and self.ents.at(o) is None for o in received):
                continue
            givers = [m for holder in [verb, *received] for t in self._prep_objects(holder, frozenset({"from"}))
                      for m in self._listed(t)]
            given = {m.key for m in givers}
            receivers = [m for m in self.subject_of(verb) if m.key not in given]
            if givers and receivers:
                yield from self._emit(verb, EventType.AID_PROVISION, frame, givers, receivers, False, evidence,
                                      modality=self._modality(verb))

    def _described_names(self, noun: Token) -> list[Mention]:
        """The names a description set after them as their apposition describes ("Iran and Syria, the group's
        suppliers"): the name it hangs on and those listed with it, not the names inside the description."""
        head = noun.head
        if noun.dep_ != "appos" or head == noun:
            return []
        return [m for t in [head, *head.conjuncts] if t.i < noun.i and (m := self.ents.at(t)) is not None]

    def contributions(self, sent) -> Iterator[Event]:
        """Forces that a text places somewhere without a deployment verb: ``troops from Angola, Botswana and
        Zambia`` (each country deploys where the force is), ``North Korean troops are in Kursk``."""
        frame = self.lexicon.frames[EventType.DEPLOYMENT]
        evidence = self.ents.evidence(sent)
        for token in (sent.doc[i] for i in self.force_words if sent.start <= i < sent.end):
            service = self._named_service(token)  # "U.S. Marines arrived in X": the force is named as a state's service
            if (token.pos_ != "NOUN" and service is None) or not (self.lexicon.in_class(token, frame.theme) or self.lexicon.in_class(token, "garrisons")) or self._relief_team(token):
                continue
            phrase = token
            while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ in ("NOUN", "NUM", "PRON", "ADJ"):
                phrase = phrase.head.head  # "hundreds of Turkish troops", "most of its troops"
            if phrase is not token and phrase.lemma_ in self.lexicon.withdrawal_nouns:
                yield from self._withdrawn(token, phrase, evidence)
                continue
            verb = phrase.head if phrase.dep_ in ("nsubj", "nsubjpass", "dobj") else None
            # "withdrew from X": the place left, no sender; "American troops flew from Germany": where they came from
            owned = any(m.type == EntityType.COUNTRY for c in self.children(token) if c.dep_ in ("amod", "compound", "poss")
                        for m in self.entities_in(c))
            holders = [token] + ([verb] if verb is not None and not owned
                                 and verb.lemma_ not in self.lexicon.withdrawal_from_verbs else [])
            holders += self._sourcing_participles(token)  # "a contingent drawn from A, B and C"
            senders = [m for holder in holders for t in self._prep_objects(holder, frozenset({"from"}))
                       for m in self._listed(t) if m.type == EntityType.COUNTRY]
            withdrawing = False
            placing = []
            if senders:
                destinations = [key for key in [self._destination(token, sent, frame)] if key is not None]
            else:
                senders = [m for c in self.children(token) if c.dep_ in ("amod", "compound", "poss", "nmod")
                           for m in map(self._service_state, self.entities_in(c)) if m.type == EntityType.COUNTRY]
                senders += [self._service_state(service)] if service is not None and not senders else []
                present = verb is not None and verb.lemma_ in self.placing_verbs
                if not senders and present and phrase.dep_ == "dobj":  # "France has 1,500 soldiers in Niger"
                    senders = [m for m in self.subject_of(verb) if self._holds_forces(m)]
                # "sent to Kursk", "the units that have been operating in Tigray"
                moving = [c for c in self.children(token) if c.dep_ in ("acl", "relcl") and c.lemma_ in self.placing_verbs]
                placing = [v for v in ([verb] + self._shared_subject_verbs(verb) if phrase.dep_ in ("nsubj", "nsubjpass")
                                       else [verb]) if v is not None and v.lemma_ in self.placing_verbs]
                # "began landing at X", "will keep patrolling in X": a verb of placing that the force's verb governs
                governing = list(dict.fromkeys([verb, *placing] if phrase.dep_ in ("nsubj", "nsubjpass") else placing))
                placing += [c for v in governing if v is not None for c in v.children
                            if c.dep_ == "xcomp" and c.lemma_ in self.placing_verbs]
                if any(self.lexicon.in_class(t, "talks") for v in placing for t in self._prep_objects(v, frozenset({"for"}))):
                    continue  # "a team has travelled to Cairo for talks": negotiators, no force
                places = [token, *moving, *placing]
                # the first place named, and those listed with it ("soldiers in Mali, Burkina Faso or Niger")
                # or, the parser having hung it lower, the place of those they are with ("fighting alongside X in Y")
                # or of what they do there ("were undergoing training in Y")
                where = [t for p in places for t in self._prep_objects(p, self._where(p))]
                # "its soldiers are on Gambian soil", "a Turkish base on Qatari soil"
                where += [t for p in places for t in self._prep_objects(p, self.lexicon.ground_preps)
                          if self.lexicon.in_class(t, "grounds")]
                # "X, where 150 American troops are stationed": the place the clause describes
                where += [p.head for p in [*moving, *placing] if p.dep_ == "relcl" and p.head != token
                          and any(c.dep_ == "advmod" and c.lower_ == "where" for c in p.children)]
                where += [t for p in placing for o in self._arguments_of(p) if o.dep_ in ("pobj", "dobj") and self.ents.at(o) is None
                          for t in self._prep_objects(o, self.lexicon.presence_preps)]
                where += self._place_after_owned_force(phrase, verb, senders) if owned and not placing else []
                named = (self.keys([m for c in [t, *t.conjuncts, *filter(self._names_place, _repeated_preposition_objects(t))]
                                    for m in self._station_of(c, senders)], True) for t in where)
                destinations = next((keys for keys in named if keys), [])
                left = [t for v in [*moving, *placing] for t in self._places_left(v)]
                destinations += [key for t in left for key in self.keys(self.entities_in(t)[:1], True) if key not in destinations]
                # "2,500 troops in Iraq and 900 in Syria": a number joined to the force, its noun left out, is more of it
                gapped = [c for holder in [token, *moving, *placing] for c in holder.children if c.dep_ == "conj" and c.pos_ == "NUM"]
                destinations += [key for g in gapped for t in self._prep_objects(g, self.lexicon.presence_preps)
                                 for key in self.keys(self._places_in(t)[:1], True) if key not in destinations]
                withdrawing = bool(left)
            if destinations:  # "Troops from A and B make up its largest contingents": they serve in that state
                self.last_station = self._state_of(destinations[-1])
            if destinations and not senders and self._told_again(token) and not any(
                    self.entities_in(c) for c in self.children(token) if c.dep_ in ("amod", "compound", "poss", "nmod")):
                # "Turkey will deploy a commando battalion ... The commandos are to be stationed at X": Turkey's
                senders = [self._pseudo(key) for key in self.senders_of.get(token.lemma_, [])]
            if not (senders and destinations):
                continue
            # "Moscow denied that Russian troops had crossed into Georgia": kept, as denied
            readings = (self._modality(t) for t in (token, verb) if t is not None)
            modality = next((reading for reading in readings if reading != Modality.ASSERTED), Modality.ASSERTED)
            if withdrawing and modality == Modality.NEGATED:
                modality = Modality.ASSERTED  # "pulled out of X", "has not pulled out of X": either way it was there
            # a state's forces on its own ground deploy only when they move there or leave it ("Eritrean troops
            # moved into Badme", "will withdraw its soldiers from Aceh"; not "Indian soldiers fought in Ladakh",
            # "In Kampala, Uganda deployed troops to X", nor a clause on the place: "Paris, where soldiers marched")
            moved = withdrawing or phrase.dep_ != "dobj" and any(
                v.lemma_ in self.lexicon.movement_verbs and v.dep_ != "relcl" for v in placing)
            for destination in destinations:
                for sender in dict.fromkeys(m.key for m in senders):
                    if sender != destination and (moved or sender != self._located_in(destination)):
                        yield Event(EventType.DEPLOYMENT, sender, destination, evidence, token.text,
                                    self.lexicon.confidence(EventType.DEPLOYMENT, "presence"),
                                    target_is_place=self.ents.type_of(destination) == EntityType.LOCATION,
                                    modality=modality)

    def _service_state(self, mention: Mention) -> Mention:
        """A state's armed service named on a force stands for the state when the article names it ("11,000 US
        military personnel": the United States): the gazetteer's kind 'military', its name holding a word of the
        forces class (army, navy, air force, marines; not a coast guard, a command or the Peshmerga, which the
        text names as actors of their own); any other mention for itself."""
        known = self.ents.gazetteer.entities.get(mention.key)
        if not self._armed_service(mention.key) or known.located_in not in self.ents.entities:
            return mention
        return self._pseudo(known.located_in)

    def _armed_service(self, key: str) -> bool:
        """A state's armed service the gazetteer knows (kind 'military') whose name holds a word of the forces class
        (army, navy, air force, marines; not a coast guard or a command)."""
        known = self.ents.gazetteer.entities.get(key)
        if known is None or known.kind != "military":
            return False
        forces = self.lexicon.classes.get("forces", frozenset())
        return any(word in forces or word.rstrip("s") in forces for word in known.name.lower().split())

    def _named_service(self, force: Token) -> Mention | None:
        """The mention of a state's armed service whose name ends with this force word ("U.S. Marines"), if any."""
        mention = self.ents.at(force)
        if mention is None or mention.end - 1 != force.i or self._service_state(mention) is mention:
            return None
        return mention

    def _state_of(self, place: str) -> str:
        """The state a known place lies in, added to the article's entities ("Kolofata": Cameroon), else the place."""
        state = self._located_in(place) if self.ents.type_of(place) == EntityType.LOCATION else None
        return self._known(state) if state is not None and state in self.ents.gazetteer.entities else place

    def _sourcing_participles(self, force: Token) -> list[Token]:
        """The participles that describe a force by where it is raised ("a mission drawn from A and B"; set off by
        a comma after the clause that deploys it, hung on that clause's verbs), not a verb of moving or leaving,
        whose "from" is where the force comes from or was ("troops flown from X")."""
        clause = []
        if force.dep_ == "dobj":
            clause = [force.head]
            while clause[-1].dep_ == "xcomp":
                clause.append(clause[-1].head)  # "has begun deploying a contingent ..., drawn from A"
        described = [c for c in self.children(force) if c.dep_ == "acl"]
        described += [c for v in clause for c in v.children if c.dep_ == "advcl" and c.i > force.i]
        return [c for c in described if c.tag_ == "VBN" and c.lemma_ not in self.placing_verbs
                and c.lemma_ not in self.lexicon.withdrawal_from_verbs]

    def _place_after_owned_force(self, phrase: Token, verb: Token | None, owners: list[Mention]) -> list[Token]:
        """The place a state's force is in when the parser hung the phrase of place on the verb that acts on the
        force, right after it ("supplies its troops in Afghanistan", "was shrinking its garrisons in Gabon"); not where
        a verb of attacking hits it ("killed three American soldiers in Jordan": where the attack was), nor where a
        third party acts on it ("Britain trained Ukrainian soldiers in England"), nor where a verb of the class
        'unplacing_verbs' does ("recruited its soldiers in Morocco"), nor after a negated verb."""
        if (verb is None or phrase.dep_ != "dobj" or verb.lemma_ in self.lexicon.verbs_of(EventType.ATTACK)
                or verb.lemma_ in self.lexicon.unplacing_verbs or self._modality(verb) == Modality.NEGATED):
            return []  # "will not supply its troops in Syria": the act denied, the force's station not told
        # a third party that acts on them: a state or a body as the subject, not a person ("Vance told U.S. personnel
        # at X") nor forces that join them ("warships from Britain will join American vessels in X")
        if not any(self.lexicon.in_class(c, "forces") for c in self.children(verb) if c.dep_ == "nsubj"):
            subjects = {m.key for m in self.subject_of(verb) if m.type != EntityType.PERSON}
            if subjects and not subjects & {m.key for m in owners}:
                return []
        return [o for p in self.children(verb) if p.dep_ == "prep" and p.i == phrase.right_edge.i + 1
                and p.lower_ in self.lexicon.presence_preps for o in self._preposition_objects(p)[0]]

    def _station_of(self, place: Token, senders: list[Mention]) -> list[Mention]:
        """The first entity a phrase of place names; a description that refers back to one who keeps forces
        there ("Washington keeps troops in the country") stands for the last state named before it other than them."""
        found = self._places_in(place)[:1]
        own = {m.key for m in senders}
        if found and found[0].key in own and self.ents.at(place) is None:
            other = self.ents.refer(place, exclude=found[0].key)
            return [self._pseudo(other)] if other is not None and other not in own else []
        return found

    def _holds_forces(self, mention: Mention) -> bool:
        """A state, or a body with forces of its own where they serve (events.json 'force_holding_kinds': "KFOR
        has 5,000 troops in Kosovo"; not an armed group or a state's own body)."""
        return mention.type == EntityType.COUNTRY or (
            mention.type == EntityType.ORGANIZATION and self.ents.kind(mention.key) in self.lexicon.force_holding_kinds)

    def _withdrawn(self, force: Token, withdrawal: Token, evidence) -> Iterator[Event]:
        """The force a withdrawal noun names was deployed where it leaves ("the withdrawal of its 1,500 soldiers
        from X", "the pullout of French troops from X"), whatever is said of the withdrawal itself."""
        senders = [m for holder in (force, withdrawal) for c in self.children(holder) if c.dep_ in ("amod", "compound", "poss")
                   for m in self.entities_in(c) if m.type == EntityType.COUNTRY]
        left = self.keys([m for holder in (force, withdrawal) for t in self._prep_objects(holder, frozenset({"from"}))
                          for m in self._places_in(t)[:1]], True)
        for place in left:
            for sender in dict.fromkeys(m.key for m in senders):
                if sender not in (place, self._located_in(place)):
                    yield Event(EventType.DEPLOYMENT, sender, place, evidence, force.text,
                                self.lexicon.confidence(EventType.DEPLOYMENT, "presence"),
                                target_is_place=self.ents.type_of(place) == EntityType.LOCATION)

    def _names_place(self, token: Token) -> bool:
        """Whether a word is itself the name of a place or a settlement noun ("in Abkhazia", "in the city of Gyumri"),
        not a word whose phrase names one further in ("in defiance of Georgia", "in the past")."""
        mention = self.ents.at(token)
        return (token.lemma_.lower() in self.lexicon.settlement_nouns if mention is None
                else mention.type in (EntityType.COUNTRY, EntityType.LOCATION))

    def _places_in(self, token: Token) -> list[Mention]:
        """The entities a phrase of place names, a settlement's own name first ("in the Armenian city of Gyumri")."""
        if token.lemma_.lower() in self.lexicon.settlement_nouns:
            named = [m for p in self.children(token) if p.lower_ == "of" for o in self.children(p) if o.dep_ == "pobj"
                     for m in self.entities_in(o)]
            if named:
                return named
        return self.entities_in(token)

    @staticmethod
    def _shared_subject_verbs(verb: Token | None) -> list[Token]:
        """The verbs coordinated with ``verb`` that have no subject of their own and so share its subject ("a
        carrier will take the Eisenhower's place and will sail for the Gulf")."""
        if verb is None:
            return []
        return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]

    def denied_charges(self, sent) -> Iterator[Event]:
        """A charge set off after what someone says and denied by another: "Islamabad says fighters operate from
        Afghanistan, a charge Kabul denies" (Pakistan accuses Afghanistan), "X has accused Y of ..., charges Y has
        rejected"."""
        frame = self.lexicon.frames[EventType.ACCUSATION]
        evidence = self.ents.evidence(sent)
        for token in (sent.doc[i] for i in self.charge_words if sent.start <= i < sent.end):
            denials = [c for c in self.children(token) if c.dep_ == "relcl" and self._reverses(c)]
            if token.pos_ != "NOUN" or not denials or token.left_edge.i == 0 or token.doc[token.left_edge.i - 1].text != ",":
                continue
            deniers = [m for d in denials for s in self.children(d) if s.dep_ == "nsubj" for m in self.entities_in(s)]
            statement = self._charged_statement(token)
            if statement is None:
                continue
            charged = {m.key for c in self.children(statement) if c.dep_ == "dobj" for m in self.entities_in(c)}
            if charged:  # "A accused B of ..., a charge C rejected": the charge is B's to deny, C speaks for no one
                deniers = [m for m in deniers if m.key in charged]
            if deniers:
                yield from self._emit(token, EventType.ACCUSATION, frame, self.subject_of(statement), deniers, False, evidence)

    def liabilities(self, sent) -> Iterator[Event]:
        """A party a speaker says is liable for an act: "X said Y was responsible", "X says Y bears responsibility
        for arming Z", "Y is to blame, according to X", "the only culprit is Y, X said": X accuses Y. Not one who
        claims an act, one said not to be liable, nor one responsible for a duty ("for security")."""
        frame = self.lexicon.frames[EventType.ACCUSATION]
        evidence = self.ents.evidence(sent)
        for word in self._liability_sites(sent):
            liable = self._liable(word)
            if liable is None:
                continue
            clause, holder = liable
            if self._denied(clause) or self._denied(word) or any(
                    self.lexicon.in_class(duty, "duties") for duty in self._prep_objects(word, frozenset({"for"}))):
                continue
            accusers = self._judges(clause)
            accuser_keys = self.keys(accusers, allow_places=False)
            accused = [m for m in self.entities_in(holder) if m.key not in accuser_keys]
            if accusers and accused:
                yield from self._emit(word, EventType.ACCUSATION, frame, accusers, accused, False, evidence)

    def _liability_sites(self, sent: Span) -> list[Token]:
        """The words of the sentence :meth:`_liable` may find liable, in order, found on the token table: a word
        labelled "acomp", "blame" as an "xcomp", a noun of liability, or a culprit noun as "nsubj" or "attr" (it
        answers None for the others)."""
        tokens, lexicon = self.ents.tokens, self.lexicon
        return [sent.doc[i] for i in range(sent.start, sent.end)
                if tokens.dep[i] == "acomp" or (tokens.dep[i] == "xcomp" and tokens.lemma[i] == "blame")
                or (tokens.pos[i] == "NOUN" and tokens.lemma[i] in lexicon.liability_nouns)
                or (tokens.dep[i] in ("nsubj", "attr") and tokens.lemma[i] in lexicon.culprit_nouns)]

    def _liable(self, word: Token) -> tuple[Token, Token] | None:
        """The clause that says a party is liable and the party, when ``word`` says so: "[Y] [was] responsible",
        "[Y] [is] to blame", "[Y] [bears] responsibility" (the parser may take "bore" for a compound of the noun:
        the noun is then the clause), "the only culprit [is] [Y]", "[Y] [was] the culprit"."""
        lexicon, head = self.lexicon, word.head
        if lexicon.in_class(word, "liability") and word.dep_ == "acomp" and head.lemma_ in lexicon.judging_copulas:
            clause = head
        elif word.lemma_ == "blame" and word.dep_ == "xcomp" and head.lemma_ == "be" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in self.children(word)):
            clause = head
        elif word.pos_ == "NOUN" and word.lemma_ in lexicon.liability_nouns:
            bearer = head if word.dep_ == "dobj" and head.lemma_ in lexicon.bearing_verbs else next(
                (c for c in self.children(word) if c.dep_ == "compound" and c.lower_ in lexicon.bearing_verbs), None)
            if bearer is None:
                return None
            holder = next((c for c in self.children(bearer) if c.dep_ == "nsubj"), None)
            if bearer.head != word:
                return (bearer, holder) if holder is not None else None
            # "said Y bore responsibility" read as one noun phrase: Y is the subject of "bore", or a modifier before it
            holder = holder or next((c for t in (bearer, word) for c in self.children(t) if c.dep_ == "nmod"
                                     and c.i < bearer.i), None)
            return (word, holder) if holder is not None else None
        elif word.lemma_ in lexicon.culprit_nouns and word.dep_ in ("nsubj", "attr") and head.lemma_ == "be":
            named = "attr" if word.dep_ == "nsubj" else "nsubj"
            holder = next((c for c in self.children(head) if c.dep_ == named), None)
            return (head, holder) if holder is not None else None
        else:
            return None
        holder = next((c for c in self.children(clause) if c.dep_ == "nsubj"), None)
        return (clause, holder) if holder is not None else None

    def _judges(self, clause: Token) -> list[Mention]:
        """Who says a clause: the subject of the verb of saying or claiming it is told under ("X said [that ...]"),
        of one set inside it ("Y, X said, was ..."), or the one it is told "according to"; a noun the parser made the
        clause ("said Y bore responsibility": "bore" a compound) may be the verb's object."""
        speaking = self.lexicon.modality_words.saying_verbs | self.lexicon.claiming_verbs
        child = clause
        for ancestor in clause.ancestors:
            if ancestor.lemma_ in speaking and (child.dep_ == "ccomp" or (child is clause and clause.pos_ == "NOUN")):
                return self.subject_of(ancestor)
            if child.dep_ not in ("ccomp", "conj"):
                break
            child = ancestor
        inside = [c for c in self.children(clause) if c.dep_ == "parataxis" and c.lemma_ in speaking]
        if inside:
            return self.subject_of(inside[0])
        return [m for c in self.children(clause) if c.dep_ == "prep" and c.lower_ in self.lexicon.source_preps
                for g in self.children(c) for o in self.children(g) if o.dep_ == "pobj" for m in self.entities_in(o)]

    def rejections(self, sent) -> Iterator[Event]:
        """An act, claim or measure of another rejected with a pejorative: "X dismissed the allegations as false",
        "X derided Y's case as a publicity stunt", "X said the sanctions were unjustified": X accuses its author."""
        frame = self.lexicon.frames[EventType.ACCUSATION]
        evidence = self.ents.evidence(sent)
        for token in self._rejection_sites(sent):
            rejected = self._rejected(token)
            if rejected is None or any(c.dep_ == "neg" for c in self.children(token)):
                continue
            act, labels, rejecter = rejected
            accusers = self.subject_of(rejecter)
            accuser_keys = self.keys(accusers, allow_places=False)
            if self.ents.at(act) is not None:  # "called X and Y criminals": the parties named are the ones labelled
                labelled = self.keys([m for t in (act, *act.conjuncts) for m in self.entities_in(t)], allow_places=False)
            else:
                labelled = self._authors(act, labels, accuser_keys)
            authors = [key for key in labelled if key not in accuser_keys]
            with self._context_kept():  # a rejection names no pair later sentences call "the two sides"
                yield from self._emit(token, EventType.ACCUSATION, frame, accusers, [self._pseudo(k) for k in authors],
                                      False, evidence)

    def _rejection_sites(self, sent: Span) -> list[Token]:
        """The words of the sentence :meth:`_rejected` may read as a rejection, in order, found on the token table:
        a rejection verb, a judging copula under a verb, a noun a pejorative describes (the others it skips)."""
        tokens, lexicon = self.ents.tokens, self.lexicon
        sites = set()
        for i in range(sent.start, sent.end):
            if ((tokens.pos[i] == "VERB" and tokens.lemma[i] in lexicon.rejection_verbs)
                    or (tokens.dep[i] == "ccomp" and tokens.lemma[i] in lexicon.judging_copulas)):
                sites.add(i)
            elif (tokens.dep[i] == "amod" and tokens.lower[i] in lexicon.pejoratives
                  and tokens.pos[tokens.head[i]] == "NOUN" and sent.start <= tokens.head[i] < sent.end):
                sites.add(tokens.head[i])
        return [sent.doc[i] for i in sorted(sites)]

    def _rejected(self, token: Token) -> tuple[Token, list[Token], Token] | None:
        """The act ``token`` rejects with a pejorative, the words that carry it and the verb whose subject rejects:
        "dismissed [the allegations] [as false]", "said [the sanctions] were [unjustified]", "said the [reckless]
        [display] of power by X"."""
        lexicon = self.lexicon
        if token.pos_ == "VERB" and token.lemma_ in lexicon.rejection_verbs:
            acts = [c for c in self.children(token) if c.dep_ == "dobj" and (
                c.pos_ in ("NOUN", "PRON") or self.ents.at(c) is not None)]
            if not acts:
                return None
            labels = [c for holder in (token, acts[0]) for c in self.children(holder)
                      if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "xcomp", "ccomp")]
            rejecter = token
        elif (token.lemma_ in lexicon.judging_copulas and token.dep_ == "ccomp"
              and token.head.lemma_ in lexicon.modality_words.saying_verbs):
            acts = [c for c in self.children(token) if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
            labels = [c for c in self.children(token) if c.dep_ in ("acomp", "attr", "dobj")]
            labels += [g for c in self.children(token) if c.dep_ == "prep" and c.lower_ == "to" for g in self.children(c)]
            rejecter = token.head
        elif token.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in lexicon.pejoratives for c in self.children(token)):
            acts, labels = [token], [c for c in self.children(token) if c.dep_ == "amod"]
            rejecter = self._speech_over(token)  # "Kim said the reckless display of power by X would ..."
            if rejecter is None:
                return None
        else:
            return None
        if not acts:
            return None
        if self.ents.at(acts[0]) is not None:  # "dismissed Kyiv as ...": no act rejected; "branded X a terrorist
            # state": a party named with a pejorative by a naming verb, the label's own words only
            named_pejoratively = token.lemma_ in lexicon.modality_words.naming_verbs and any(
                map(self._pejorative, _label_words(labels)))
            return (acts[0], labels, token) if named_pejoratively else None
        if not any(self._pejorative(w) for label in labels for w in label.subtree):
            return None
        return acts[0], labels, rejecter

    def _pejorative(self, word: Token) -> bool:
        """The word, as written or by its lemma, is one of the pejoratives ("baseless", "criminals")."""
        return word.lower_ in self.lexicon.pejoratives or word.lemma_.lower() in self.lexicon.pejoratives

    def _speech_over(self, token: Token) -> Token | None:
        """The verb of saying whose reported clause holds ``token`` ("X said [that ... token ...]")."""
        child = token
        for ancestor in token.ancestors:
            if child.dep_ == "ccomp" and ancestor.lemma_ in self.lexicon.modality_words.saying_verbs:
                return ancestor
            child = ancestor
        return None

    def _authors(self, act: Token, labels: list[Token], rejecters: list[str]) -> list[str]:
        """Who did the act rejected: its owner ("Beijing's account", "the strikes by X"), else the state the pejorative
        names ("as Chinese disinformation"), else, when it is told again ("the strikes"), whoever last did an act
        told by its word, else the last one who did such an act to the rejecters ("the allegations": whoever last
        accused them; "the ultimatum": whoever last threatened them), else, for a definite act noun of no event's
        kind ("the decision"), the doer the sentences before name (:meth:`_author_told_before`)."""
        agent_preps = self.lexicon.frames[EventType.ACCUSATION].actor_preps  # "by", "from"
        owners = [m for c in self.children(act) if c.dep_ in ("poss", "compound", "amod") for m in self.entities_in(c)]
        owners += [m for p in self.children(act) if p.dep_ == "prep" and p.lower_ in agent_preps
                   for o in self.children(p) if o.dep_ == "pobj" for m in self.entities_in(o)]
        if not owners:  # "as Chinese disinformation"; not "as a violation of Afghan sovereignty": the victim's
            owners = [m for label in labels for w in label.subtree if w.dep_ in ("poss", "compound", "amod")
                      and not _behind_preposition(w, label, agent_preps) for m in [self.ents.at(w)] if m is not None]
        if not owners:  # "as provocations by Y", "what he called the illegitimate regime of X" (not "the blockade of X")
            heads = [h for label in labels if label.pos_ in ("NOUN", "PROPN")
                     for h in (label, *(c for c in self.children(label) if c.dep_ == "conj"))]
            owners = [m for h in heads for t in self._prep_objects(
                h, agent_preps | ({"of"} if self.lexicon.in_class(h, "rulers") else set())) for m in self.entities_in(t)]
        found = self.keys(owners, allow_places=False)
        if found:
            return found
        told = [a for a in self.doers_by_word.get(act.lemma_.lower(), []) if a not in rejecters]
        if told and self._told_again(act):  # "U.S. strikes killed eight ... Iraq described the strikes as ...": theirs
            return told
        lemma = act.lemma_.lower()
        kinds = [event for event in EventType
                 if lemma in self.lexicon.disputed_acts.get(event, ()) or lemma in self.lexicon.nouns_of(event)]
        found = list(dict.fromkeys(author for event in kinds for rejecter in rejecters
                                   for author in self.done_to.get((event, rejecter), [])))
        if found or kinds or not self._told_again(act) or self.ents.reference_kind(act) is not None:
            return found  # "called the junta illegitimate": a party described, not its act
        return self._author_told_before(act, rejecters)

    def _author_told_before(self, act: Token, rejecters: list[str]) -> list[str]:
        """Who did an act that a definite noun of no event's kind refers back to ("Peru expelled the envoy. Mexico
        called the decision unfounded"): the named subject of the nearest sentence before (of the last few) that
        tells an act, not what someone said, and names one other than the rejecters; not one in apposition."""
        sentences = self.ents.sentences
        number = self._sentence_number(act)
        for sent in reversed(sentences[max(0, number - _TOLD_BEFORE_REACH): number]):
            if sent.root.lemma_ in self.lexicon.modality_words.saying_verbs:
                continue
            subjects = [c for c in self.children(sent.root) if c.dep_ == "nsubj"]
            named = [m for s in subjects for m in self.entities_in(s)
                     if m.start < 0 or not _in_apposition(sent.doc[m.end - 1], s)]
            found = [k for k in self.keys(named, allow_places=False) if k not in rejecters]
            if found:
                return found
        return []

    def _charged_statement(self, charge: Token) -> Token | None:
        """The verb whose statement a charge set off after it sums up: the sentence's verb (or the clause the parser
        hung under the charge), when it accuses, claims or reports a clause ("says that ...")."""
        root = charge.sent.root
        verbs = [root] if root.pos_ in ("VERB", "AUX") else [c for c in self.children(root) if c.dep_ == "ccomp" and c.i < charge.i]
        claiming = self.lexicon.claiming_verbs
        return next((v for v in verbs if v.lemma_ in claiming or any(c.dep_ == "ccomp" for c in self.children(v))), None)

    def _places_left(self, verb: Token) -> list[Token]:
        """The places a force pulls out of ("pulled out of X", "withdrew from X", "left X"): where it was deployed."""
        lexicon = self.lexicon
        if verb.lemma_ not in lexicon.withdrawal_verbs:
            return []
        outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
        left = [t for out in outs for t in self._prep_objects(out, frozenset({"of"}))]
        left += [t for out in outs if out.dep_ == "prt" for t in self._prep_objects(verb, frozenset({"of"}))]
        left += [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ in lexicon.withdrawal_object_verbs else []
        return left + (self._prep_objects(verb, frozenset({"from"})) if verb.lemma_ in lexicon.withdrawal_from_verbs else [])

    def _where(self, holder: Token) -> frozenset[str]:
        """The prepositions that say where a force is ("in", "at") or, after a verb of moving, where it goes."""
        lexicon = self.lexicon
        return lexicon.presence_preps | (lexicon.movement_preps if holder.lemma_ in lexicon.movement_verbs else frozenset())

    def _listed(self, token: Token) -> list[Mention]:
        """The entities of a noun phrase and of the list that follows it ("countries: A, B and C"), but not the
        owner of an item ("including X's daughters": the daughters are listed, not X)."""
        found = self.entities_in(token)
        for right in token.doc[token.right_edge.i + 1: token.sent.end]:
            mention = self.ents.at(right)
            if mention is not None:
                found.append(mention)
            elif not (right.is_punct or right.lower_ in ("and", "among", "them", "including", "such", "as", "the")):
                break
        return [m for m in found if m.end <= 0 or token.doc[m.end - 1].dep_ != "poss"]

    def _destination(self, token: Token, sent, frame: Frame) -> str | None:
        """Where a force is: the verb's destination, else where a force or base its sentence names is ("the regional
        force in Mozambique comprises battalions from X"), else the place a mission's name gives, else the state
        where forces were last placed."""
        governor = _governor(token)
        if governor is not None:
            places = self.keys([m for t in self._prep_objects(governor, frame.target_preps) for m in self.entities_in(t)], True)
            if places:
                return places[0]
        stationed = [w for w in sent if w.pos_ in ("NOUN", "PROPN") and self.ents.at(w) is None  # not in a name
                     and (self.lexicon.in_class(w, frame.theme) or self.lexicon.in_class(w, "garrisons"))]
        places = self.keys([m for w in stationed for t in self._prep_objects(w, self.lexicon.presence_preps)
                            for m in self._places_in(t)[:1]], True)
        if places:
            return places[0]
        for mention in self.ents.mentions:
            if sent.start <= mention.start < sent.end and mention.type == EntityType.ORGANIZATION:
                name = self.ents.entities[mention.key].name
                if " in " in name:
                    place = self.ents.gazetteer.lookup(name.rsplit(" in ", 1)[1])
                    if place is not None:
                        return self._known(place.key)
        return self.last_station

    def _known(self, key: str) -> str:
        """A gazetteer entity the article names only inside another name, added to the article's entities."""
        if key not in self.ents.entities:
            self.ents.entities[key] = self.ents.gazetteer.entities[key].to_entity()
        return key

    def _deal_sides(self, trigger: Token, mediators: list[str]) -> list[str]:
        """The parties a mediation stands between as the clause of the talks or deal it brokers names them ("the
        accord, brokered by X, was signed by A and B", "brokered a deal that A and B signed", "talks between A and
        B mediated by X", "a truce in A's war against B"), never the mediator itself."""
        parties = [m for noun in self._mediated_deals(trigger) for m in self._deal_parties(noun, trigger)]
        held_under = _governor_through_phrases(trigger) if _under_phrase(trigger) else None
        if held_under is not None and self._holds_deals(held_under):  # "signed a deal with B under X's auspices"
            parties += self._holder_parties(held_under)
        return [k for k in dict.fromkeys(self.keys(parties, False)) if k not in mediators]

    def _only_tried(self, trigger: Token) -> bool:
        """A verb told only as tried or failed, as the infinitive of one of the 'attempts' verbs or nouns ("has been
        working to broker a ceasefire", "failed to broker a deal", "efforts to broker a truce")."""
        return self._effort_of(trigger) is not None or (
            trigger.dep_ == "xcomp" and trigger.head.lemma_ in self.lexicon.attempts and _infinitive(trigger))

    def _brokers_deal(self, trigger: Token) -> bool:
        """A mediation's word attaches to a deal it brought about ("brokered a truce", "a Turkish-brokered accord"),
        not only to talks or a war."""
        return any(self.lexicon.in_class(deal, "deal") for deal in self._mediated_deals(trigger))

    def _mediated_deals(self, trigger: Token) -> list[Token]:
        """The talks, deals or wars a mediation's word attaches to: the object of "brokered a truce", the noun a
        participle or relative clause describes ("the accord, brokered by X", "the deal that X mediated", "X-brokered
        talks"), the noun that holds "under X's mediation", and the wars the trigger's phrases name ("in A's war")."""
        deals = [c for c in self.children(trigger) if c.dep_ == "dobj"]
        if trigger.dep_ in ("acl", "relcl", "amod") or (trigger.pos_ == "NOUN" and trigger.dep_ == "pobj"):
            deals.append(trigger.head if trigger.dep_ != "pobj" else trigger.head.head)
        deals = [d for d in deals if self.lexicon.in_class(d, "talks") or self.lexicon.in_class(d, "deal")]
        wars = [t for holder in [trigger, *deals] for p in self.children(holder) if p.dep_ == "prep"
                for t in self.children(p) if t.dep_ == "pobj" and self.lexicon.in_class(t, "fights")]
        return deals + wars

    def _deal_parties(self, noun: Token, trigger: Token) -> list[Mention]:
        """Who holds talks, a deal or a war by the noun's own clause: those it is "between", "with" or "against",
        its owner ("A's war against B"), and the subject or agent of the verb that signs, reaches or
        holds it, as its head or in a relative clause on it ("A and B signed the deal", "the accord was signed by A
        and B", "a deal that A and B signed")."""
        own_preps = frozenset({"between", "against"} | ({"with"} if noun.head != trigger else set()))  # "co-chaired
        # the meetings with Y", "brokered the deal with Y": Y chairs or brokers too (the parser may hang it on the noun)
        parties = [m for t in self._prep_objects(noun, own_preps) for m in self.entities_in(t)]
        parties += [m for c in self.children(noun) if c.dep_ == "poss" for m in self.entities_in(c)]
        holders = [c for c in self.children(noun) if c.dep_ == "relcl" and c != trigger]
        governor = noun.head if noun.dep_ in ("dobj", "nsubjpass") else _governor_through_phrases(noun) if noun.dep_ == "pobj" else None
        holders += [governor] if governor not in (None, trigger) else []
        return parties + [m for verb in holders if self._holds_deals(verb) for m in self._holder_parties(verb)]

    def _holder_parties(self, verb: Token) -> list[Mention]:
        """Who signs, reaches or holds a deal or talks by a verb: its subject (its agent when passive) and those it
        is done "with"."""
        parties = ([m for t in self._prep_objects(verb, frozenset({"by"})) for m in self.entities_in(t)]
                   if self._is_passive(verb) else self.subject_of(verb))
        return parties + [m for t in self._prep_objects(verb, frozenset({"with"})) for m in self.entities_in(t)]

    def _holds_deals(self, verb: Token) -> bool:
        """A verb by which its subject makes a deal or holds talks: "sign", "reach", "agree", "hold"."""
        return any(t.event in (EventType.AGREEMENT, EventType.MEETING) and t.needs in (None, "deal", "talks")
                   and not t.required_preps for t in self.lexicon.verbs.get(verb.lemma_, ()))

    def _sides_before(self, trigger: Token, mediators: list[str]) -> list[str]:
        """Whom a mediator that names no sides stands between: the last sides named (none when it is one of them
        and the two did not meet, agree or ask each other for help); for a word that mediates only by the gathering
        it runs ("chaired the summit", "presided over the meeting", "hosted the talks") the two who last met, else
        the sides named in its sentence or the one before, and none when the one running it is one of them ("hosted
        a summit" after meeting its guest)."""
        if not any(t.event == EventType.MEDIATION and t.needs for t in self.lexicon.verbs.get(trigger.lemma_, ())):
            # "Turkey, which signed a pact with Somalia, tried to mediate": for Somalia; not after fighting it
            friends = not set(mediators) & set(self.last_sides) or self.last_sides_event in _CONTACTS
            return self.last_sides if friends else []
        sentence = trigger.sent.start
        earlier = self.ents.doc[sentence - 1].sent.start if sentence > 0 else sentence
        sides = self.last_meeting or (self.last_sides if self.last_sides_told >= earlier else [])
        return [] if set(mediators) & set(sides) else sides

    def _signers_before(self, trigger: Token, mediators: list[str]) -> list[str]:
        """Whom a mediation of a deal or talks named again stands between when no sides were remembered: the
        parties the nearest deal told before holds by its own clause ("A and B signed a peace agreement. The
        accord was brokered by X"; "The accord was signed by A and B. The talks were mediated by X"), in the
        mediation's sentence or the two before it."""
        if not any(self.lexicon.in_class(t, "deal") or self.lexicon.in_class(t, "talks")
                   for t in [*self._mediated_deals(trigger), *self.children(trigger)] if t.dep_ != "agent"):
            return []
        sentences = self.ents.sentences
        number = self._sentence_number(trigger)
        for sent in reversed(sentences[max(0, number - _SIGNERS_REACH): number + 1]):
            deals = [t for t in sent if t.i < trigger.i and t.pos_ == "NOUN" and self.lexicon.in_class(t, "deal")]
            for deal in reversed(deals):
                sides = [k for k in dict.fromkeys(self.keys(self._deal_parties(deal, trigger), False)) if k not in mediators]
                if len(sides) >= 2:
                    return sides
        return []

    def _remember_pair(self, parties: list[str], told: int, event: EventType | None = None) -> None:
        """The last two parties named together, at token ``told``, by an ``event`` (none: "between X and Y"); those
        a mediator may stand between, except a sender of forces and where it sends them."""
        self.last_pair = parties
        if event != EventType.DEPLOYMENT:
            self.last_sides, self.last_sides_told, self.last_sides_event = parties, told, event
        if all(self.ents.type_of(k) == EntityType.COUNTRY for k in parties):
            self.last_country_pair = parties

    def _between_pairs(self, sent) -> None:
        """``between X and Y`` names the two parties later sentences call "the sides"."""
        for token in (sent.doc[i] for i in self.between_words if sent.start <= i < sent.end):
            if token.dep_ == "prep":
                parties = self.keys([m for g in self.children(token) if g.dep_ == "pobj" for m in self.entities_in(g)], False)
                if len(parties) >= 2:
                    self._remember_pair(parties[:2], token.i)


_DESCRIBED_DOER_REACH = 4  # how many sentences, the act's own first, may name the group its doers' description stands for
_NAMED_GROUP_TYPES = (EntityType.ORGANIZATION, EntityType.PERSON)
_MEETING_CLASSES = ("agents", "people", "guests", "envoys", "agencies")  # a person or a body that meets ("an IMF mission"),
# not a craft or force, whatever else the word is
_SIGNERS_REACH = 2  # how many sentences before a mediation may tell the deal whose signers it stands between
_TOLD_BEFORE_REACH = 3  # how many sentences back an act referred to again ("the decision") is looked for


def _in_apposition(word: Token, phrase: Token) -> bool:
    """Whether the word stands in an apposition inside the phrase ("the board, the UN's watchdog")."""
    while word != phrase and word.head != word:
        if word.dep_ == "appos":
            return True
        word = word.head
    return False


def _label_words(labels: list[Token]) -> list[Token]:
    """The words a label says of what it names: the label's nouns or adjectives (the object of an 'as' phrase), their
    conjuncts and modifiers, not what hangs after a preposition ("a partner in the fight against terrorism")."""
    heads = [o for label in labels for o in ([c for c in label.children if c.dep_ == "pobj"] if label.dep_ == "prep" else [label])]
    heads += [c for h in heads for c in h.conjuncts]
    return heads + [c for h in heads for c in h.children if c.dep_ in ("amod", "compound", "acomp")]


def _behind_preposition(word: Token, phrase: Token, agent_preps: frozenset[str]) -> bool:
    """The word hangs on ``phrase`` through a preposition of its own that names no agent ("a violation [of Afghan
    sovereignty]"; not "a response to threats [by X]")."""
    for ancestor in word.ancestors:
        if ancestor == phrase:
            return False
        if ancestor.dep_ == "prep":
            return ancestor.lower_ not in agent_preps
    return False


def _under_phrase(noun: Token) -> bool:
    """The noun heads an "under" phrase ("under the auspices of X", "under Qatar's mediation")."""
    return noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "under"


def _hyphened_to(word: Token, token: Token) -> bool:
    """``word`` is joined to ``token`` by a hyphen right before it ("Turkish-brokered")."""
    doc = token.doc
    return word.i == token.i - 2 and doc[word.i + 1].text == "-" and not word.whitespace_ and not doc[word.i + 1].whitespace_


def find_events(ents: ArticleEntities, published: date | None = None, lexicon: Lexicon | None = None,
                memberships: Sequence[Membership] = (), unpaired: list[UnpairedEvent] | None = None) -> list[Event]:
    """Every event the article states, one per (actor, target) pair and sentence, with its modality (those it
    denies, supposes or gives as one side's claim included); ``memberships`` (those the article states) say
    whose allies "its allies" are; the stated events the rules found one side of are added to ``unpaired``."""
    lexicon = lexicon or Lexicon.default()
    reader = _SentenceFrames(ents, lexicon, published)
    for membership in memberships:
        reader.blocs_of.setdefault(membership.member, []).append(membership.organization)
    triggers = lexicon.triggers(ents.doc)
    events: dict[tuple, Event] = {}
    sentences = ents.sentences
    for number, sent in enumerate(sentences):
        reader.pairs_before_sentence = (reader.last_pair, reader.last_country_pair)
        reader._between_pairs(sent)
        reader.remember_unaimed_acts(sent, triggers)
        deniers = reader.deniers(sentences[number + 1], sent) if number + 1 < len(sentences) else set()
        for event in [*reader.sentence_events(sent, triggers), *reader.contributions(sent), *reader.givers(sent),
                      *reader.receipts(sent), *reader.denied_charges(sent),
                      *reader.rejections(sent), *reader.liabilities(sent)]:
            if (deniers & reader.sides(event) and event.modality == Modality.ASSERTED
                    and event.type != EventType.ACCUSATION and reader.told_by_another(sent, event)):
                # an accusation stands when the accused denies the charge ("X said Y was responsible. Y denied it")
                event.modality = Modality.CLAIMED  # "X said Y had struck Z. Y denied it": X's word against Y's
            key = (event.type, event.actor, event.target, event.evidence.start)
            if key not in events or (event.modality.stated and not events[key].modality.stated):
                events[key] = event  # the first reading of a pair in a sentence, unless a later one states it
    if unpaired is not None:
        unpaired += reader.unpaired
    return list(events.values())


@lru_cache(maxsize=1)
def _parent_kinds() -> dict[str, list[str]]:
    """The gazetteer kinds of body that belong to an organization, by its name (descriptors.json 'parent_kinds')."""
    return load_json("lexicon/descriptors.json")["parent_kinds"]["kinds"]
