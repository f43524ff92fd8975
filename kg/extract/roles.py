"""The vocabulary of titles (``ontology/lexicon/roles.json``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from ..resources import load_json

__all__ = ["RoleWords"]


@dataclass(frozen=True)
class RoleWords:
    """The vocabulary of titles, read from ``roles.json``."""

    words: frozenset[str]
    heads: frozenset[str]
    organization_heads: frozenset[str]
    lead_verbs: frozenset[str]
    unique_titles: frozenset[str]
    honorifics: frozenset[str]  # "Mr", "Dr": forms of address, no part of a name
    lead_ins: frozenset[str]  # "Citing", "Quoting": words that open a sentence before a name
    reaction_verbs: frozenset[str]  # "reacted", "rejected": a state answering, whose official the next sentence quotes
    region_kinds: frozenset[str]  # places whose leader acts for no state ("Tigray's leader"), unlike a city's mayor
    state_body_kinds: frozenset[str]  # organizations of one state's government: their officials speak for the state
    counterparts: frozenset[str]  # "counterpart": the same office as another person's, in the state named before it
    local_titles: frozenset[str]  # "mayor", "governor": offices of a city's or a province's own government
    ranks: frozenset[str]  # "General", "Sheikh": ranks and forms of address that name no office
    posting_titles: frozenset[str]  # "ambassador", "envoy": an office posted to the organization named before it
    group_titles: frozenset[str]  # "leader", "commander": the head of a movement or body ("its leader, X")
    stated_confidence: float  # of an office the text states
    inferred_confidence: float  # of an office whose state is taken from the context
    known_confidence: float  # of an office whose state the actor dictionary gives

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "RoleWords":
        data = load_json("lexicon/roles.json")
        titles = [t.lower() for t in data["titles"]]
        words = {w for t in titles for w in t.replace("-", " - ").split()} | {m.lower() for m in data["modifiers"]}
        heads = {t.split()[-1] for t in titles} | {t for t in titles}
        org_heads = {t.split()[-1] for t in data["organization_titles"]} | set(data["organization_titles"])
        return cls(frozenset(words | {"-"}), frozenset(heads), frozenset(org_heads), frozenset(data["lead_verbs"]),
                   frozenset(data["unique_titles"]), frozenset(data["honorifics"]), frozenset(data["lead_ins"]),
                   frozenset(data["reaction_verbs"]), frozenset(data["region_kinds"]["kinds"]),
                   frozenset(data["state_body_kinds"]["kinds"]), frozenset(data["counterparts"]),
                   frozenset(data["local_titles"]["words"]), frozenset(data["ranks"]["words"]),
                   frozenset(data["posting_titles"]["words"]), frozenset(data["group_titles"]["words"]),
                   data["confidence"]["stated"], data["confidence"]["inferred"], data["confidence"]["known"])

    def is_unique(self, role: str) -> bool:
        """A title one person holds at a time ("President", "Foreign Minister"), whatever its modifiers."""
        words = [w for w in role.lower().split() if w not in ("acting", "interim", "caretaker", "the", "current")]
        return " ".join(words) in self.unique_titles

    def is_group_title(self, tokens: list[Token]) -> bool:
        """A bare title of the head of a movement or body ("leader", "its own chief"), with no portfolio before it."""
        words = [t.lower_ for t in tokens if t.lower_ not in ("own", "new", "acting", "interim")]
        return " ".join(words) in self.group_titles

    def is_local(self, title: Token) -> bool:
        """A title of a city's or a province's own government ("mayor", "the district commissioner")."""
        words = [c.lower_ for c in title.lefts if c.dep_ in ("compound", "amod")] + [title.lower_]
        return any(" ".join(words[i:]) in self.local_titles for i in range(len(words)))

    def is_rank(self, tokens: list[Token]) -> bool:
        """A title made of ranks or forms of address alone ("Lieutenant General", "Sheikh"), no office."""
        words = [t.lower_.rstrip(".") for t in tokens if not t.is_punct]
        return bool(words) and all(w in self.ranks for w in words)

    def is_word(self, token: Token) -> bool:
        return token.lower_ in self.words or token.lower_.rstrip(".") in self.words

    def has_head(self, tokens: list[Token]) -> bool:
        text = " ".join(t.lower_ for t in tokens)
        return any(t.lower_ in self.heads or t.lower_.rstrip(".") in self.heads for t in tokens) or text in self.heads

    def wants_organization(self, tokens: list[Token]) -> bool:
        """Whether the title belongs to an organization (Secretary-General) rather than a state."""
        if not tokens:
            return False
        words = tokens[0].doc[tokens[0].i:tokens[-1].i + 1].text.lower().split()
        return words[-1] in self.organization_heads
