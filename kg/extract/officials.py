"""Who holds which office (``officialOf``).

Offices are read from the words around a person's name: a title before it ("Russian Foreign
Minister Sergey Lavrov"), an apposition after it ("Hun Manet, Cambodia's Prime Minister"), a
"headed by" clause, or "X of the Y". A state's own body named in the title is where the office is held, its
holder acting for the state ("State Department spokesman X", "X, a spokeswoman for the Chinese Foreign Ministry").
When the title names no state ("Prime Minister Benjamin Netanyahu"), or the text gives no title ("Erdogan said"),
the actor dictionary (``ontology/gazetteer/people.json``) gives the office the person held on the article's day, if
the article names its state. Failing that, a title takes the one state the dictionary gives the person an office of
at any other time (an opposition leader who once governed); failing that, the state named earlier in the sentence
nearest to the name by the parse, else the dateline's state ("BEIRUT -"), else the article's first; such a guess is
an office only when the article ties people to that state (its demonym, its government, a title it holds or one of
its bodies named), else the person only acts for it in the events. Each way has the confidence it earned in
cross-validation (``ontology/lexicon/roles.json``, with the title words).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from ..gazetteer import Term
from ..model import EntityType, OfficeHolding
from ..sources.newstext import dateline_places
from .entities import ArticleEntities, Mention, is_forces_word
from .roles import RoleWords

__all__ = ["find_offices"]

_ACTOR_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION)
_POSSESSIVES = {"its", "his", "her", "their"}
_PREMODIFIER_DEPS = frozenset({"amod", "compound", "advmod", "npadvmod", "nmod"})
_QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})  # the marks that open or close a quotation
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # which, who, whom, whose: a relative clause begins
_LED_KINDS = ("Bloc",)  # the descriptions a lead verb's object may be ("chairs the bloc"); not "the committee"
_HOLDER_KINDS = ("Organization", "Bloc", "Country")  # those a led body's holder may be ("the movement's council")
_DESCRIPTION_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})  # the words a noun phrase begins with


def _role_text(role: list[Token] | str) -> str:
    """A title as written, without a dangling "of", "for" or "the"."""
    text = role if isinstance(role, str) else " ".join(t.text for t in role).replace(" - ", "-")
    return re.sub(r"^(?:(?:of|for|the)\s+)+|(?:\s+(?:of|for|the))+$", "", text.strip(" ,"))


def _tree_distance(first: Token, second: Token) -> int:
    """How many arcs of the parse lie between two tokens of one sentence."""
    path = {token.i: steps for steps, token in enumerate([first, *first.ancestors])}
    for steps, token in enumerate([second, *second.ancestors]):
        if token.i in path:
            return steps + path[token.i]
    return len(first.sent)


class _OfficeFinder:
    def __init__(self, ents: ArticleEntities, published: date | None):
        self.ents = ents
        self.published = published
        self.doc = ents.doc
        self.words = RoleWords.default()
        leading = [m for m in ents.mentions if m.role not in ("place", "credit")]
        self.first_mentioned = {kind: next((m.key for m in leading if m.type == kind), None) for kind in _ACTOR_TYPES}
        self.dateline_state = self._dateline_state()
        self.found: list[OfficeHolding] = []
        self.explicit: set[tuple[int, str]] = set()  # (sentence start, affiliation) claimed by a stated office
        self.titled: set[tuple[str, str]] = set()  # (person, affiliation) of every office the text states
        self.unaffiliated: set[str] = set()  # people who hold a region's office: they act for no state

    def _dateline_state(self) -> str | None:
        """The state of the dateline's place ("BEIRUT, Sept 19 -" -> Lebanon): where the article was written, whose
        officials it quotes by a bare title ("Health Minister X said")."""
        for place in dateline_places(self.ents.text):
            found = self.ents.gazetteer.lookup(place)
            state = self._place_state(found.key) if found is not None else None
            if state is not None:
                return state
        return None

    def _place_state(self, key: str) -> str | None:
        """The state a place of the gazetteer is, or lies in."""
        known = self.ents.gazetteer.entities.get(key)
        if known is not None and known.type == EntityType.COUNTRY:
            return key
        if known is not None and known.type == EntityType.LOCATION and known.located_in:
            return known.located_in
        return None

    # -- the affiliation an entity mention gives ---------------------------------------------
    def _affiliation_of(self, mention: Mention | None, as_named: bool = False) -> str | None:
        """The state or organization a mention stands for; ``as_named``: a state's own body named in a title is
        where the office is held ("State Department spokesman X" holds an office of the State Department, and acts
        for the United States, see ``record``)."""
        if mention is None:
            return None
        if as_named and mention.type == EntityType.ORGANIZATION:
            return mention.key
        if mention.type in _ACTOR_TYPES:
            return self.ents.state_of(mention.key)
        if mention.type == EntityType.PERSON:
            return self.ents.affiliation.get(mention.key)
        return None

    def _refer(self, token: Token, exclude: str | None = None, kind: str | None = None) -> str | None:
        """The state or organization a pronoun or description stands for (a person's: the one the person acts for)."""
        key = self.ents.refer(token, exclude, kind)
        if key is None:
            return None
        return key if self.ents.type_of(key) in _ACTOR_TYPES else self.ents.affiliation.get(key)

    # -- patterns ------------------------------------------------------------------------------
    def title_before(self, person: Mention) -> tuple[list[Token], str | None]:
        """``Russian Foreign Minister Sergey Lavrov``: the title and the state before the name."""
        doc, sent_start = self.doc, self.doc[person.start].sent.start
        role: list[Token] = []
        i = person.start - 1
        if i > sent_start and doc[i].text == "," and self.words.is_word(doc[i - 1]) and not self._object_before(doc[i - 1], person):
            i -= 1  # "the Qatari Amir, Sheikh Tamim bin Hamad Al-Thani"
        while i >= sent_start:
            token = doc[i]
            mention = self.ents.at(token)
            if mention is not None and self._posted_to(mention, person):
                i = mention.start - 1  # "Syria's U.N. ambassador X": the possessor's office, held at the UN
                continue
            if mention is not None and mention.type != EntityType.LOCATION:
                return role, self._affiliation_of(mention, as_named=True)
            if token.lower_ in _POSSESSIVES or (self.ents.reference_kind(token) in ("Organization", "Bloc") and role):
                return role, self._possessive_holder(token, role)
            if token.tag_ == "POS" and role and i > sent_start:  # "Sudan's foreign minister, X": a named possessor,
                return role, self._possessor(doc[i - 1], person)  # or a described one ("the bloc's envoy, X")
            if mention is None and not (self.words.is_word(token) or (token.lower_ in ("of", "for") and role)
                                        or (role and self._premodifier(token) and token.head in role)):
                break  # (a modifier of the title is part of it: "Pentagon press secretary X")
            role.insert(0, token)
            i -= 1
        return role, None

    def _possessive_holder(self, token: Token, role: list[Token]) -> str | None:
        """Whose title a possessive or a description before it gives: "its leader, X", "their commander, X" (a bare
        title of a movement's or body's head) the organization named last, if any; else what the word refers to."""
        if token.lower_ in ("its", "their") and self.words.is_group_title(role):
            organization = self._refer(token, kind="Organization")
            if organization is not None:
                return organization
        return self._refer(token)

    def _posted_to(self, mention: Mention, person: Mention) -> bool:
        """An organization named between a possessor and a posting title before the name ("Syria's U.N. ambassador
        X", "Its UN envoy, X"): where the possessor's representative is posted, not the body the office is of."""
        doc = self.doc
        if mention.type != EntityType.ORGANIZATION or mention.start == 0 or mention.end >= person.start:
            return False
        owner = doc[mention.start - 1]
        return doc[mention.end].lower_ in self.words.posting_titles and (
            owner.tag_ == "POS" or owner.lower_ in _POSSESSIVES)

    def _possessor(self, token: Token, person: Mention) -> str | None:
        """The state or organization a title's possessor stands for: a named one ("Sudan's"), or a description of an
        organization that refers back to one named before ("the group's", "the alliance's"); a described state ("the
        government's") is left to context."""
        mention = self.ents.at(token)
        if mention is not None:
            return self._affiliation_of(mention, as_named=True)
        return self._refer(token, person.key) if self.ents.reference_kind(token) in ("Organization", "Bloc") else None

    def _object_before(self, title: Token, person: Mention) -> bool:
        """A title that is a verb's object set off by a comma from a name not apposed to it ("Quoting the NIS chief,
        X said": X is the one who quotes; not "summoned Kyiv's ambassador, X")."""
        return title.dep_ == "dobj" and not any(t.head == title and t.dep_ == "appos" for t in self.doc[person.start:person.end])

    def counterpart(self, person: Mention) -> tuple[str, str] | None:
        """``his Chinese counterpart, Wang Yi``, ``Sudan's counterpart X``: the role and the state of a person set
        after a counterpart noun whose state a demonym or a named possessor gives; the role is the office of the
        person whose counterpart this is ("his": the one the pronoun stands for), if the text gave one."""
        doc, i = self.doc, person.start - 1
        i -= i > 0 and doc[i].text == ","
        if i < 1 or doc[i].lower_ not in self.words.counterparts:
            return None
        owner = doc[i - 2] if doc[i - 1].tag_ == "POS" and i >= 2 else doc[i - 1]
        state = self.ents.at(owner)
        if state is None or state.type != EntityType.COUNTRY:
            return None  # "his counterpart, X": of another state the text does not name here
        pronoun = doc[state.start - 1] if state.start > 0 else None
        other = self.ents.refer(pronoun, exclude=person.key) if pronoun is not None and pronoun.lower_ in _POSSESSIVES else None
        role = next((o.role for o in self.found if o.person == other and o.role != "official"), doc[i].lower_)
        return role, state.key

    def _readdressed(self, person: Mention, before: str, after: str | None) -> bool:
        """A title set off by a comma before a name that carries its own apposed title of another state or body
        ("addressed to the UN secretary-general, Gedion Timothewos, Ethiopia's foreign minister, wrote"): the first
        names the one addressed, not the person."""
        return bool(after) and after != before and person.start > 0 and self.doc[person.start - 1].text == ","

    def title_after(self, person: Mention) -> tuple[list[Token], str | None]:
        """``Hun Manet, Cambodia's Prime Minister``; ``X, who serves as special envoy of Y``; ``X is chairman of Y``."""
        doc, sent_end = self.doc, self.doc[person.start].sent.end
        i = person.end
        if i < sent_end and doc[i].text == ",":
            i += 1
        elif not (i < sent_end and doc[i].lemma_ == "be"):
            return [], None
        while i < sent_end and doc[i].lower_ in ("who", "is", "was", "also", "serves", "served", "as", "be", "the", "a",
                                                 "an", "'s", "then", "now", "currently", "formerly", "still"):
            i += 1
        role: list[Token] = []
        before: str | None = None
        after: str | None = None
        in_object: str | None = None  # the preposition that opened the title's object ("of", "to"...)
        described = False  # a modifier the title words do not list ("ousted", "opposition"): only with a named body
        while i < sent_end:
            token = doc[i]
            mention = self.ents.at(token)
            if token.lower_ in ("in", "on", "with", "since"):
                break
            if mention is not None:
                if mention.type == EntityType.PERSON and not in_object:
                    return [], None  # "A, B and C": the next name of a list, not an apposition
                candidate = self._affiliation_of(mention, as_named=True)
                if mention.type in _ACTOR_TYPES or (candidate and after is None):
                    if in_object == "to" or (in_object == "for" and before):
                        pass  # "China's ambassador to India", "Russia's envoy to the UN": where, not for whom;
                        # "Pakistan's envoy for Afghanistan": what the office deals with once its state is named
                    elif in_object:
                        after = candidate or after
                    else:
                        before = candidate or before
                i = mention.end
                continue
            if token.lower_ in ("of", "for", "at", "to") and role and not in_object:
                in_object = token.lower_
            elif token.lower_ in _POSSESSIVES and not role:
                before = self._refer(token, exclude=person.key)
            elif not role and i + 1 < sent_end and doc[i + 1].tag_ == "POS":
                before = self._possessor(token, person)  # "X, the movement's leader"
            elif self.words.is_word(token) and not in_object:
                role.append(token)
            elif token.lower_ == "and" and role and not in_object and i + 1 < sent_end and (
                    self.words.is_word(doc[i + 1]) or self._premodifier(doc[i + 1])):
                role.append(token)  # "X, special adviser and personal envoy of Y": one person's two titles
            elif not in_object and self._premodifier(token):
                described = described or not self.words.has_head(role)  # of the first title, not of "and ..."
                role.append(token)  # "Syria's ousted president", "the White House press secretary"
            elif token.is_punct and token.text not in ("-", "'s"):
                break
            elif not (in_object or token.text in ("-", "'s") or token.lower_ in ("the", "a", "an")):
                if not token.text[:1].isupper():
                    break
            i += 1
        if not self.words.has_head(role) or (described and not (after or before)):
            return [], None  # "X, the opposition leader": whose leader the text does not say
        return role, after or before

    @staticmethod
    def _premodifier(token: Token) -> bool:
        """A lower-case word that modifies a word after it ("de facto", "newly appointed", "press"): part of a title
        if a title word follows."""
        return token.is_lower and token.is_alpha and token.head.i > token.i and token.dep_ in _PREMODIFIER_DEPS

    def _earlier(self, person: Mention) -> bool:
        """An apposed office the person held before ("Machar, then his deputy", "X, formerly the army chief")."""
        following = self.doc[person.end:min(person.end + 3, self.doc[person.start].sent.end)]
        return any(t.lower_ in ("then", "formerly") for t in following)

    def led_by(self, person: Mention) -> tuple[str, str] | None:
        """``Kyiv's delegation is headed by X``, ``the bloc, chaired by X``: X leads the body of the subject."""
        root = self.doc[person.end - 1]
        if root.dep_ != "pobj" or root.head.lower_ != "by":
            return None
        verb = root.head.head
        if verb.lemma_ not in self.words.lead_verbs:
            return None
        subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if (subject is None and verb.dep_ == "acl") or (subject is not None and subject.tag_ in _RELATIVE_TAGS
                                                        and verb.dep_ == "relcl"):
            subject = verb.head  # "the panel headed by X", "the union, which is chaired by X"
        body = self._led_body(subject, person) if subject is not None else None
        return (body, "head") if body else None

    def heads_by_clause(self, person: Mention) -> str | None:
        """``X, who heads the Future Movement``; ``X, the Guinean president who chairs the bloc``: a relative clause
        of the person (or of its apposed title) whose lead verb's object is an actor, named or described."""
        root = self.doc[person.end - 1]
        for noun in [root, *(c for c in root.children if c.dep_ == "appos")]:
            for verb in noun.children:
                if verb.dep_ != "relcl" or verb.lemma_ not in self.words.lead_verbs or not any(
                        c.dep_ == "nsubj" and c.tag_ == "WP" for c in verb.children):
                    continue
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                body = self._led_body(obj, person) if obj is not None else None
                if body:
                    return body
        return None

    def _led_body(self, noun: Token, person: Mention, owned: bool = False) -> str | None:
        """The state or organization a led noun is or belongs to: a named one ("heads Ukraine's Center for Countering
        Disinformation", "leads the Ukrainian delegation"), else its holder, named or described ("commands Rwanda's
        special forces", "chairs the defence committee of Russia's parliament", "the movement's council"), else a
        lower-case description of a body named before ("chairs the bloc"), or of the forces at war ("the army, led by
        X"); a body whose holder the text names but does not resolve is none ("the committee of the assembly"), nor is
        an event one chairs ("the meeting"); ``owned``: the noun is a holder, where a pronoun or any actor's
        description may stand ("its", "the group's")."""
        for token in [noun, *(c for c in noun.children if c.dep_ in _PREMODIFIER_DEPS | {"poss"})]:
            key = self._affiliation_of(self.ents.at(token), as_named=True)
            if key:
                return key
        holders = [c for c in noun.children if c.dep_ == "poss"] + [c for prep in noun.children if prep.dep_ == "prep"
                                                                    and prep.lower_ == "of" for c in prep.children
                                                                    if c.dep_ == "pobj"]
        if holders:
            return self._led_body(holders[0], person, owned=True)
        kinds = _HOLDER_KINDS if owned else _LED_KINDS
        described = noun.is_lower and (self.ents.reference_kind(noun) in kinds or is_forces_word(noun))
        return self._refer(noun, exclude=person.key) if described or (owned and noun.lower_ in _POSSESSIVES) else None

    def list_of(self, person: Mention) -> str | None:
        """``A, B and C of the National Aerospace Technology Administration``."""
        doc, i = self.doc, person.end
        while i < len(doc) and doc[i].text in (",", "and"):
            nxt = self.ents.at(doc[i + 1]) if i + 1 < len(doc) else None
            if nxt is None or nxt.type != EntityType.PERSON:
                return None
            i = nxt.end
        if i + 1 < len(doc) and doc[i].lower_ == "of":
            j = i + 1 + (doc[i + 1].lower_ == "the")
            mention = self.ents.at(doc[j]) if j < len(doc) else None
            if mention is not None and mention.type in _ACTOR_TYPES:
                return mention.key
        return None

    def nationality(self, person: Mention) -> None:
        """``Kim Yo Jong, the sister of North Korean leader Kim Jong Un``: whom she acts for, without an office; the
        description set after the comma, not a relative clause there, nor a phrase a preposition or a verb opens
        ("Maduro, in return for ten Americans": no American)."""
        if person.key in self.unaffiliated:
            return
        doc, sent_end = self.doc, self.doc[person.start].sent.end
        if person.end + 1 < sent_end and doc[person.end].text == "," and doc[person.end + 1].pos_ in _DESCRIPTION_OPENERS:
            for i in range(person.end + 1, min(person.end + 8, sent_end)):
                mention = self.ents.at(doc[i])
                if mention is not None and mention.type == EntityType.COUNTRY:
                    self.ents.affiliation.setdefault(person.key, mention.key)
                    return
                if doc[i].is_punct or doc[i].tag_ in _RELATIVE_TAGS:
                    return  # not "X, whom Turkey has offered to host": a clause about the person, no description

    def known(self, person: Mention, role: list[Token] | None) -> Term | None:
        """The office the actor dictionary (``people.json``) gives this person on the article's day, if the
        article names its state or organization and the dictionary gives one only, or one state only (the one of the
        title, if any); of offices in one state and in bodies the article names, the state's."""
        held = [self._for_state(t) for t in self.ents.gazetteer.terms(self.ents.entities[person.key].name, self.published)]
        states = [t for t in held if self._state(t.affiliation)]  # a ruler who also leads a party acts for the state
        # undated, any office held counts: the text does not say that it has ended
        terms = [t for t in held if t.affiliation in self.ents.entities] or [
            t for t in states if len({s.affiliation for s in states}) == 1]
        if role:
            title = _role_text(role).lower()
            terms = [t for t in terms if t.role.lower() in title or title in t.role.lower()] or terms
        if len({t.affiliation for t in terms}) > 1:  # offices in a state and in its bodies: the state's
            terms = [t for t in terms if self._state(t.affiliation)]
        return terms[0] if len({t.affiliation for t in terms}) == 1 else None

    def _own_state(self, person: Mention) -> str | None:
        """The one state the actor dictionary gives this person an office of at any time, if there is one."""
        states = {t.affiliation for t in map(self._for_state, self.ents.gazetteer.terms(
            self.ents.entities[person.key].name)) if self._state(t.affiliation)}
        return states.pop() if len(states) == 1 else None

    def _for_state(self, term: Term) -> Term:
        """A term in a state's own ministry or office as one for the state ("Foreign Ministry spokeswoman Maria
        Zakharova" speaks for Russia)."""
        body = self.ents.gazetteer.entities.get(term.affiliation)
        if (body is not None and body.kind in self.words.state_body_kinds and body.located_in
                and term.affiliation not in self.ents.entities):  # the article does not name the ministry itself
            return replace(term, affiliation=body.located_in)
        return term

    def _state(self, key: str) -> bool:
        """Whether the actor dictionary's affiliation is a state the gazetteer knows (a head of state acts for
        it where the article names no state: "Putin and Trump are to meet"; an unnamed party or ministry is left)."""
        known = self.ents.gazetteer.entities.get(key)
        return known is not None and known.type == EntityType.COUNTRY

    def fallback(self, person: Mention, role: list[Token]) -> tuple[str | None, bool]:
        """The state (or organization, for titles such as Secretary-General) the context points to: the one named
        earlier in the sentence nearest to the name by the parse and not claimed by another official, else the
        dateline's state if no official of the sentence holds an office of it ("A, Niger's prime minister, received
        Deputy Secretary of State C" in an article from Niamey: C is the visitor), else the article's first; and
        whether it is only the article's first."""
        wanted = EntityType.ORGANIZATION if self.words.wants_organization(role) else EntityType.COUNTRY
        sent, name = self.doc[person.start].sent, self.doc[person.end - 1]
        others = self._counterparts_states(person)
        earlier = [m for m in self.ents.mentions if sent.start <= m.start < person.start and m.type == wanted
                   and m.role != "place" and (sent.start, m.key) not in self.explicit
                   and not self._quoted(sent, m.start)]
        earlier.sort(key=lambda m: (_tree_distance(name, self.doc[m.end - 1]), -m.start))
        candidates = [m.key for m in earlier]
        if wanted == EntityType.COUNTRY:
            scene = self._scene_state(sent)
            if scene is not None and (sent.start, scene) not in self.explicit:
                candidates.insert(0, scene)  # "In Beijing, foreign ministry spokesman X said"
            candidates.append(self._state_reacting_before(sent))
        if wanted == EntityType.COUNTRY and (sent.start, self.dateline_state) not in self.explicit:
            candidates.append(self.dateline_state)  # the host, unless the sentence names an official of it
        candidates.append(self.first_mentioned[wanted])
        title = _role_text(role)
        for candidate in candidates:
            taken = self.words.is_unique(title) and any(
                o.organization == candidate and o.person != person.key and _role_text(o.role).lower() == title.lower()
                for o in self.found)
            if candidate is not None and candidate not in others and not taken:
                return candidate, candidates.index(candidate) == len(candidates) - 1
        return None, False

    def _described_holder(self, title: list[Token]) -> Token | None:
        """The organization a title is held in that the text describes but does not name ("the mission's acting
        head", "the head of the mission", "Dhlakama, the leader of the rebel movement"), if any: whose office no
        state guessed from the context is."""
        doc, first, last = self.doc, title[0].i, title[-1].i
        holders = [doc[first - 2]] if first >= 2 and doc[first - 1].tag_ == "POS" else []
        if last + 1 < len(doc) and doc[last + 1].lower_ == "of":
            objects = [c for c in doc[last + 1].children if c.dep_ == "pobj"]
            holders += objects + [c for o in objects for c in o.children if c.dep_ == "poss"]
        return next((t for t in holders if self.ents.at(t) is None
                     and self.ents.reference_kind(t) in ("Organization", "Bloc")), None)

    def _dictionary_organization(self, person: Mention) -> str | None:
        """The one organization, not a state, the actor dictionary gives this person an office in on the article's
        day (Dhlakama leads Renamo), if there is one."""
        held = {t.affiliation for t in self.ents.gazetteer.terms(self.ents.entities[person.key].name, self.published)}
        return held.pop() if len(held) == 1 and not self._state(next(iter(held))) else None

    def _quoted(self, sent: Span, i: int) -> bool:
        """Whether a token lies inside a quotation of the sentence: what someone said names no office's state."""
        return sum(t.text in _QUOTES for t in self.doc[sent.start:i]) % 2 == 1

    def _counterparts_states(self, person: Mention) -> set[str]:
        """The states of the person's counterparts, met or called as the subject of the verb that governs them
        ("X spoke by phone with her Tongan counterpart"): the person holds the office in another state."""
        sent, name = self.doc[person.start].sent, self.doc[person.end - 1]
        states = set()
        for mention in self.ents.mentions:
            if not (sent.start <= mention.start and mention.end < sent.end
                    and self.doc[mention.end].lower_ in self.words.counterparts):
                continue
            verb = next((t for t in self.doc[mention.end].ancestors if t.pos_ in ("VERB", "AUX")), None)
            if verb is not None and name.dep_ == "nsubj" and name.head == verb:
                states.add(mention.key)
        return states

    def _scene_state(self, sent: Span) -> str | None:
        """The state of the place that opens the sentence as its scene ("In Beijing, ...", "In Sweden, ..."):
        where a bare title of the sentence is held."""
        if len(sent) < 3 or sent[0].lower_ != "in":
            return None
        place = self.ents.at(sent[1])
        if place is None or place.end >= sent.end or self.doc[place.end].text != ",":
            return None
        return self._place_state(place.key)

    def _state_reacting_before(self, sent: Span) -> str | None:
        """The state that answers or speaks in the sentence before, as the subject of its main verb, with no one else
        named there ("Beijing reacted sharply. Foreign ministry spokesman X said ...": X speaks for China; not
        "Chile sent tents. Health Minister X thanked the donors", where the host's minister may thank)."""
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        if before.root.lemma_.lower() not in self.words.reaction_verbs:
            return None
        named = [m for m in self.ents.mentions if before.start <= m.start < before.end and m.role not in ("place", "credit")]
        if any(m.type == EntityType.PERSON for m in named):
            return None
        subjects = [m for m in named if self.doc[m.end - 1].dep_ == "nsubj" and self.doc[m.end - 1].head == before.root]
        states = {self.ents.state_of(m.key) for m in subjects if m.type in _ACTOR_TYPES}
        state = states.pop() if len(states) == 1 else None
        return state if state is not None and self.ents.type_of(state) == EntityType.COUNTRY else None

    def state_of_list(self, person: Mention) -> str | None:
        """``Defence Minister A, Interior Minister B and Energy Minister C``: a bare title in a list of titled people
        takes the one state that the offices stated or known of the others give."""
        people = [m for m in self.ents.mentions if m.type == EntityType.PERSON]
        at = people.index(person)
        listed = {person.key}
        for step in (-1, 1):  # the neighbours reached over commas, "and" and titles only
            i = at
            while 0 <= i + step < len(people) and self._titles_between(people[min(i, i + step)], people[max(i, i + step)]):
                i += step
                listed.add(people[i].key)
        states = {self.ents.state_of(o.organization) for o in self.found if o.person in listed - {person.key}
                  and o.confidence > self.words.inferred_confidence}  # a state's own body stands for the state
        states = {s for s in states if self.ents.type_of(s) == EntityType.COUNTRY}
        return states.pop() if len(states) == 1 else None

    def _titles_between(self, first: Mention, second: Mention) -> bool:
        """Only a comma or "and" and the second one's title lie between two names of one sentence, or, in a list
        set off by semicolons, between the semicolon that ends the first one's apposition and the second name."""
        gap = self.doc[first.end:second.start]
        if self.doc[first.start].sent != self.doc[second.start].sent:
            return False
        semicolons = [t.i for t in gap if t.text == ";"]
        if semicolons and not any(t.pos_ in ("VERB", "AUX") for t in self.doc[first.end:semicolons[-1]]):
            gap = self.doc[semicolons[-1]:second.start]  # "A, an aide to X; B, head of Y; and Deputy Minister C"
        if not 0 < len(gap) <= 6 or gap[0].text not in (",", ";", "and"):
            return False
        return all(t.text in (",", ";") or t.lower_ == "and" or self.words.is_word(t) or t.is_title for t in gap)

    def region_led(self, person: Mention) -> str | None:
        """The state of the region whose office the person's title names ("Tigray's leader, X", "X, the governor of
        Darfur"): the office is of the region's state, but its holder acts for no state (not a city's governor)."""
        doc, sent = self.doc, self.doc[person.start].sent
        i = person.start - 1 - (person.start > sent.start and doc[person.start - 1].text == ",")
        while i >= sent.start and (self.words.is_word(doc[i]) or doc[i].text == "'s"):
            i -= 1
        before = self.ents.at(doc[i]) if sent.start <= i < person.start - 1 else None
        i = person.end + 1 if person.end < sent.end and doc[person.end].text == "," else sent.end
        while i < sent.end and (self.words.is_word(doc[i]) or doc[i].lower_ in ("the", "of")):
            i += 1
        after = self.ents.at(doc[i]) if i < sent.end and doc[i - 1].lower_ == "of" else None
        for mention in (before, after):
            known = self.ents.gazetteer.entities.get(mention.key) if mention is not None else None
            if known is not None and known.type == EntityType.LOCATION and known.kind in self.words.region_kinds:
                return known.located_in
        return None

    # -- driver --------------------------------------------------------------------------------
    def record(self, person: Mention, organization: str, role: list[Token] | str, explicit: bool,
               inferred: bool = False, known: bool = False, acts: bool = True, held: bool = True) -> None:
        """One office; ``acts``: its holder acts for the organization (not a region's leader); ``held``: the office
        is still held (an earlier one, "Machar, then his deputy", leaves whom the person acts for to other offices)."""
        role_text = _role_text(role) or "official"
        span = self.doc[person.start:person.end]
        confidence = (self.words.known_confidence if known else
                      self.words.inferred_confidence if inferred else self.words.stated_confidence)
        self.found.append(OfficeHolding(person.key, organization, role_text, self.ents.evidence(span.sent), confidence))
        self.ents.title_words.setdefault(person.key, set()).update(role_text.lower().split())
        state = self.ents.state_of(organization)  # a state's own body: its official acts for the state
        if acts and held:  # "Putin said": Russia acts, though the article does not name it
            self.affiliate(person, state)
        elif organization not in self.ents.entities:
            self.ents.entities[organization] = self.ents.gazetteer.entities[organization].to_entity()
        if not acts:
            self.unaffiliated.add(person.key)
        if explicit:
            self.explicit.update({(span.sent.start, organization), (span.sent.start, state)})
            self.titled.add((person.key, organization))

    def tied(self, organization: str) -> bool:
        """Whether the article ties people to the state a title is guessed to be of: it names the state by a demonym
        ("Chinese officials"), as the holder of a government or a title ("Chile's government", "Peru's foreign
        ministry", "Peru's envoy") or names one of its bodies ("the Pentagon"); an organization is tied as named."""
        entity = self.ents.entities.get(organization) or self.ents.gazetteer.entities[organization]  # a dateline's
        if entity.type != EntityType.COUNTRY:  # state may be named nowhere else
            return True
        return any(self._ties(m) for m in self.ents.mentions if m.key == organization) or any(
            m.type == EntityType.ORGANIZATION and (known := self.ents.gazetteer.entities.get(m.key)) is not None
            and known.located_in == organization for m in self.ents.mentions)

    def _ties(self, mention: Mention) -> bool:
        """A state's mention that ties people to it: a demonym, or the holder of a government or a title."""
        if mention.role == "demonym":
            return True
        name = self.doc[mention.end - 1]
        return name.dep_ in ("poss", "compound") and (
            self.ents.refers_to(name.head, EntityType.COUNTRY) or self.words.is_word(name.head))

    def affiliate(self, person: Mention, organization: str) -> None:
        """The state a person acts for in the events, without an office (a title whose state is only guessed)."""
        if organization not in self.ents.entities:
            self.ents.entities[organization] = self.ents.gazetteer.entities[organization].to_entity()
        if person.key not in self.unaffiliated:
            self.ents.affiliation.setdefault(person.key, organization)

    def _heads_only(self) -> set[str]:
        """The people whose only offices found are to head a body ("the bloc, chaired by Nigeria's X", "X, who chairs
        the bloc"): that says nothing of the office in their own state the actor dictionary may give."""
        people = {o.person for o in self.found}
        return people - {o.person for o in self.found if o.role != "head"}

    def run(self) -> list[OfficeHolding]:
        people = [m for m in self.ents.mentions if m.type == EntityType.PERSON]
        pending: list[tuple[Mention, list[Token]]] = []
        for person in people:
            before_role, before_org = self.title_before(person)
            has_title = self.words.has_head(before_role)
            after_role, after_org = self.title_after(person)
            led = self.led_by(person)
            listed = self.list_of(person)
            counterpart = self.counterpart(person)
            if counterpart:  # "his Chinese counterpart, Wang Yi"
                self.record(person, counterpart[1], counterpart[0], explicit=False)  # claims no state from the guesses
            if led:
                self.record(person, led[0], "head", explicit=False)
            if listed:
                self.record(person, listed, before_role if has_title else "official", explicit=True)
            if has_title and before_org and not self._readdressed(person, before_org, after_role and after_org):
                self.record(person, before_org, before_role, explicit=True)
            if after_role and after_org:
                self.record(person, after_org, after_role, explicit=True, held=not self._earlier(person))
            heads = self.heads_by_clause(person)
            if heads:
                self.record(person, heads, "head", explicit=False)
            title = before_role if has_title else after_role
            stated = (before_org if has_title else None) or (after_org if after_role else None) or listed
            region_state = self.region_led(person) if title and not stated else None
            if region_state:
                self.record(person, region_state, title, explicit=True, acts=False)
            elif title and not stated and not (led and self.ents.type_of(led[0]) == EntityType.COUNTRY):
                pending.append((person, title))
            elif not title and not stated:
                self.nationality(person)
        stated = {person for person, _ in self.titled}
        pending = [(person, title) for person, title in pending
                   if person.key not in stated]  # the article states the office elsewhere: no guessing
        unknown = []
        for person, title in pending:
            term = self.known(person, title)
            if term:
                self.record(person, term.affiliation, title, explicit=False, known=True)
            else:
                unknown.append((person, title))
        for person, title in unknown:
            holder = self._described_holder(title)
            if holder is not None:  # the body the title describes, or the one the dictionary gives: no state's guess
                body = self._refer(holder, exclude=person.key) or self._dictionary_organization(person)
                if body:
                    self.record(person, body, title, explicit=False, inferred=True)
                continue
            listed = self.state_of_list(person)
            own = None if listed or self.words.wants_organization(title) else self._own_state(person)
            if own:  # a state the dictionary gives the person at another time: the person's own, not a guess
                self.record(person, own, title, explicit=False, inferred=True)
                continue
            organization, only_first = (listed, False) if listed else self.fallback(person, title)
            baseless = only_first and self.words.is_rank(title)
            if organization and not baseless and (listed or self.tied(organization) or organization
                                                      == self._state_reacting_before(self.doc[person.start].sent)):
                self.record(person, organization, title, explicit=False, inferred=True)
            elif organization:  # a guess the text does not back: no office, though the person still acts for it
                self.affiliate(person, organization)
        heads_only = self._heads_only()
        for person in people:  # untitled ("Erdogan said"), or told only as a body's head: the dictionary's office
            if (person.key not in self.ents.affiliation or person.key in heads_only) and person.key not in self.unaffiliated:
                term = self.known(person, None)
                if term:
                    self.record(person, term.affiliation, term.role, explicit=False, known=True)
        return self.found


def find_offices(ents: ArticleEntities, published: date | None = None) -> list[OfficeHolding]:
    """Every office stated in the article; also fills ``ents.affiliation`` for event attribution."""
    return _OfficeFinder(ents, published).run()
