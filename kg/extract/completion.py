"""The trained completion of open events: a stated event the rules found one side of, the other side taken from
the context by a model.

The rules often read an event whose other side the sentence does not name ("Pyongyang condemned the drills",
"Seoul rejected the charge"): that side is one of the parties the sentence or the two before it name. Each such
party is a filler, described by where and how it is named (how far back, its role in the parse, how often the
article names it, what the events read just before did with it); a logistic regression trained from the
annotated articles (``make train-completion``, :mod:`kg.extract.training`) gives each filler its probability,
and the likeliest one becomes the missing side of an event of the model's kinds when that probability reaches
the model's threshold. The probability is the event's confidence.

>>> from kg.model import Evidence
>>> model = {"threshold": 0.5, "kinds": ["Accusation"], "bias": -1.0, "weights": {"event:Accusation": 2.0}}
>>> completer = Completer(model)
>>> condemned = OpenEvent(EventType.ACCUSATION, ("country/PRK",), "target", "condemn", Evidence("...", 0, 3), None,
...                       Modality.ASSERTED, (Filler("country/KOR", ("event:Accusation",)),))
>>> [(e.actor, e.target, e.confidence) for e in completer.events([condemned], [])]
[('country/PRK', 'country/KOR', 0.73)]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..model import EntityType, Event, EventType, Evidence, Modality
from .entities import ArticleEntities, Mention
from .weights import ShippedModel, logistic

__all__ = ["COMPLETION_MODEL_PATH", "Completer", "Filler", "OpenEvent", "UnpairedEvent", "open_events"]

COMPLETION_MODEL_PATH = "models/completion.json"
_SENTENCES_BACK = 2  # a filler is named in the event's sentence or in one of the two before it
_ROLES_BEFORE = 600  # characters before the event within which what a filler did is one of its features
_MAX_RANK = 5  # fillers nearer than this are told apart by their rank, the others share one
_DISTANCES = (3, 8, 15, 30)  # token distances from the trigger that make a filler near, nearer or far


@dataclass(frozen=True)
class UnpairedEvent:
    """What the rules read of an event with one side only: its kind, the side they found, which side is missing,
    the trigger's token and lemma, the sentence, the date and how it is stated."""

    type: EventType
    known: tuple[str, ...]
    missing: str  # "target" or "actor"
    token: int
    trigger: str
    evidence: Evidence
    date: date | None
    modality: Modality


@dataclass(frozen=True)
class Filler:
    """A party that may be the missing side of an open event, with its features."""

    key: str
    features: tuple[str, ...]
    place: bool = False


@dataclass(frozen=True)
class OpenEvent:
    """An event with one side known and the parties that may be the other."""

    type: EventType
    known: tuple[str, ...]
    missing: str
    trigger: str
    evidence: Evidence
    date: date | None
    modality: Modality
    fillers: tuple[Filler, ...]

    def pairs(self, filler: str) -> list[tuple[str, str]]:
        """The (actor, target) pairs the open event makes with this filler as its missing side."""
        return [(known, filler) if self.missing == "target" else (filler, known) for known in self.known]


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    """The first bound the value is within ("<=8"), or past the last (">30")."""
    return next((f"<={bound}" for bound in bounds if value <= bound), f">{bounds[-1]}")


def open_events(ents: ArticleEntities, unpaired: list[UnpairedEvent], events: list[Event]) -> list[OpenEvent]:
    """Each unpaired event with the parties named in its sentence and the two before it as its fillers (not its
    known side, no place as an actor), nearest first."""
    sentences = ents.sentences
    sentence_of = {}
    for number, sent in enumerate(sentences):
        for i in range(sent.start, sent.end):
            sentence_of[i] = number
    counts: dict[str, int] = {}
    for mention in ents.mentions:
        counts[mention.key] = counts.get(mention.key, 0) + 1
    by_count = {key: rank for rank, key in enumerate(sorted(counts, key=lambda k: (-counts[k], k)))}
    stated = [event for event in events if event.modality.stated]
    found = []
    for event in unpaired:
        here = sentence_of.get(event.token, 0)
        nearest: dict[str, tuple[int, int, Mention]] = {}
        for mention in ents.mentions:
            there = sentence_of.get(mention.start)
            if there is None or not here - _SENTENCES_BACK <= there <= here or mention.key in event.known:
                continue
            if event.missing == "actor" and mention.type == EntityType.LOCATION:
                continue
            place = (here - there, abs(event.token - mention.start))
            if mention.key not in nearest or place < nearest[mention.key][:2]:
                nearest[mention.key] = (*place, mention)
        ordered = sorted(nearest.items(), key=lambda item: item[1][:2])
        fillers = tuple(Filler(key, _features(ents, event, mention, back, distance, rank, by_count[key], stated),
                               mention.type == EntityType.LOCATION)
                        for rank, (key, (back, distance, mention)) in enumerate(ordered))
        if fillers:
            found.append(OpenEvent(event.type, event.known, event.missing, event.trigger, event.evidence, event.date,
                                   event.modality, fillers))
    return found


def _features(ents: ArticleEntities, unpaired: UnpairedEvent, mention: Mention, back: int, distance: int, rank: int,
              count_rank: int, stated: list[Event]) -> tuple[str, ...]:
    """What the model weighs of one filler: the event's kind and missing side, the filler's type, how far back and
    where in the parse it is named, how often the article names it, and what the events read just before did
    with it."""
    token = ents.doc[mention.start]
    kind, side, kind_of = unpaired.type.value, unpaired.missing, mention.type.value
    features = {
        f"event:{kind}", f"missing:{side}", f"type:{kind_of}", f"event_missing_type:{kind}_{side}_{kind_of}",
        f"back:{back}", f"event_back:{kind}_{back}", f"dep:{token.dep_}", f"head_dep:{token.head.dep_}",
        f"back_dep:{back}_{token.dep_}", f"role:{mention.role}", f"rank:{min(rank, _MAX_RANK)}",
        f"count_rank:{min(count_rank, _MAX_RANK + 1)}", f"distance:{_bucket(distance, _DISTANCES)}",
        f"trigger:{unpaired.trigger}", "before" if mention.start < unpaired.token else "after",
    }
    for event in stated:
        if mention.key in (event.actor, event.target) and 0 <= unpaired.evidence.start - event.evidence.start <= _ROLES_BEFORE:
            role = f"{'actor' if event.actor == mention.key else 'target'}:{event.type.value}"
            features |= {f"did:{role}", f"event_did:{kind}_{role}"}
            if set(unpaired.known) & {event.actor, event.target}:
                features.add("paired_before")
    gazetteer = ents.gazetteer.entities
    if any(key in gazetteer and gazetteer[key].located_in == mention.key for key in unpaired.known):
        features.add("holds_known_place")
    return tuple(sorted(features))


class Completer(ShippedModel):
    """The model's bias, feature weights, threshold and kinds: which filler completes an open event, if any; the
    shipped one (:meth:`default`) is None when there is none."""

    MODEL_PATH = COMPLETION_MODEL_PATH

    def __init__(self, model: dict):
        super().__init__(model)
        self.threshold: float = model["threshold"]
        self.bias: float = model["bias"]
        self.weights: dict[str, float] = model["weights"]
        self.kinds = frozenset(EventType(kind) for kind in model["kinds"])

    def probability(self, filler: Filler) -> float:
        """How likely the filler is the missing side of its event."""
        return logistic(self.bias + sum(self.weights.get(feature, 0.0) for feature in filler.features))

    def events(self, open_events: list[OpenEvent], events: list[Event]) -> list[Event]:
        """The events the likeliest filler of each open event makes, where its probability reaches the threshold
        and the article does not already state that pair."""
        known = {(e.type, e.actor, e.target) for e in events if e.modality.stated}
        known |= {(e.type, e.target, e.actor) for e in events if e.modality.stated and e.type.symmetric}
        found = []
        for open_event in (e for e in open_events if e.type in self.kinds):
            # the nearest of the likeliest fillers (they come nearest first)
            probability, filler = max(((self.probability(f), f) for f in open_event.fillers), key=lambda p: p[0])
            if probability < self.threshold:
                continue
            kind = open_event.type
            for actor, target in open_event.pairs(filler.key):
                if (kind, actor, target) in known:
                    continue
                known |= {(kind, actor, target), *([(kind, target, actor)] if kind.symmetric else [])}
                found.append(Event(kind, actor, target, open_event.evidence, open_event.trigger, round(probability, 2),
                                   open_event.date, target_is_place=filler.place and open_event.missing == "target",
                                   modality=open_event.modality))
        return found
