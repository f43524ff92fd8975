"""Where an event happened (``ckg:occurredIn``), when the text says it: "strikes on Kharkiv", "talks in
Jeddah", "met in Doha", "the Jeddah talks".

A country or place is a candidate of its sentence when it is the object of a preposition of
``ontology/lexicon/places.json`` or named before a noun; the words it is attached to (the preposition's head,
and the verb or object the head is bound to) are its anchors. An event of that sentence occurred there when its
trigger is one of the anchors; an attack on a place occurred at that place. The candidates are read off the
parse (:func:`place_cues`, when an article is analysed), the events placed when they are finished
(:func:`locate`): the trained layer's events are made after the parse is gone.

>>> from kg.extract.extractor import Extractor
>>> from kg.model import Article
>>> [(e.type.value, e.occurred_in) for e in Extractor().extract(Article("p", "Russia and Ukraine held talks in Jeddah.")).events]
[('Meeting', 'location/jeddah')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Entity, EntityType, Event, EventType
from ..resources import load_json
from .entities import ArticleEntities, first_conjunct

__all__ = ["PlaceCue", "PlaceWords", "locate", "place_cues"]

_PLACES = (EntityType.LOCATION, EntityType.COUNTRY)


@dataclass(frozen=True)
class PlaceWords:
    """The words that put an event somewhere (``ontology/lexicon/places.json``)."""

    prepositions: frozenset[str]
    attack_prepositions: frozenset[str]
    lifting_dependencies: frozenset[str]  # an event noun with this role lends its place to its verb, and back
    light_verbs: frozenset[str]  # the verbs an event noun lends its place to ("held talks in Jeddah")

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "PlaceWords":
        data = load_json("lexicon/places.json")
        return cls(*(frozenset(data[name]) for name in ("prepositions", "attack_prepositions", "lifting_dependencies",
                                                         "light_verbs")))


@dataclass(frozen=True)
class PlaceCue:
    """A place one sentence attaches to some words (``anchors``); ``attacks_only``: it can place only an attack."""

    place: str
    anchors: frozenset[str]
    attacks_only: bool = False


def place_cues(ents: ArticleEntities, words: PlaceWords | None = None) -> dict[int, list[PlaceCue]]:
    """The places each sentence attaches to words, by the start of the sentence's evidence."""
    words = words or PlaceWords.default()
    cues: dict[int, list[PlaceCue]] = {}
    for mention in ents.mentions:
        if mention.type not in _PLACES:
            continue
        root = first_conjunct(ents.doc[mention.start:mention.end].root)  # "strikes on Kharkiv and Odesa"
        if root.dep_ == "compound" and mention.type == EntityType.LOCATION:  # "the Jeddah talks"
            head, attacks_only = root.head, False
        elif root.dep_ == "pobj" and root.head.lower_ in words.prepositions | words.attack_prepositions:
            head, attacks_only = root.head.head, root.head.lower_ not in words.prepositions
        else:
            continue
        anchors = {head}
        if head.dep_ in words.lifting_dependencies and head.head.lemma_.lower() in words.light_verbs:
            anchors.add(head.head)  # "held talks in Jeddah" read as talks-in-Jeddah
        anchors.update(child for child in head.children if child.dep_ in words.lifting_dependencies)  # ... as held-in
        start = ents.evidence(root.sent).start
        cues.setdefault(start, []).append(PlaceCue(mention.key, frozenset(t.text for t in anchors), attacks_only))
    return cues


def locate(events: Iterable[Event], cues: dict[int, list[PlaceCue]], entities: dict[str, Entity]) -> list[Event]:
    """The events, each with the place it occurred in when its sentence gives one (a place before a country,
    the first one of each kind); a deployment's destination is not where it occurred."""
    placed = []
    for event in events:
        found = [cue.place for cue in cues.get(event.evidence.start, ())
                 if event.trigger in cue.anchors and (event.type == EventType.ATTACK or not cue.attacks_only)
                 and not (event.type == EventType.DEPLOYMENT and cue.place == event.target) and cue.place in entities]
        if event.type == EventType.ATTACK and _type(entities, event.target) == EntityType.LOCATION:
            found.insert(0, event.target)  # "drones struck Chasiv Yar"
        found.sort(key=lambda key: _type(entities, key) != EntityType.LOCATION)
        placed.append(replace(event, occurred_in=found[0]) if found else event)
    return placed


def _type(entities: dict[str, Entity], key: str) -> EntityType | None:
    entity = entities.get(key)
    return entity.type if entity is not None else None
