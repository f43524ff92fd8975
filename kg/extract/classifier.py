"""The trained layer: which event, if any, a candidate pair states, and how sure that is.

One logistic regression per event kind over the candidates' features (:mod:`kg.extract.candidates`), trained
from the annotated articles by ``make train`` (:mod:`kg.extract.training`) and shipped as
``ontology/models/events.json``: the weights of the features that matter, read without any library. A
candidate becomes an event of every kind whose probability reaches the threshold; the probability is the
event's confidence, so ``--min-confidence`` means what it says.
"""

from __future__ import annotations

from ..model import Event, EventType
from .candidates import Candidate
from .weights import ShippedModel, logistic

__all__ = ["EventClassifier", "MODEL_PATH"]

MODEL_PATH = "models/events.json"
_PLACE_TARGETS = frozenset({EventType.DEPLOYMENT, EventType.ATTACK})


class EventClassifier(ShippedModel):
    """Weights per event kind (a bias and a weight per feature) and the probability an event needs; the shipped
    one (:meth:`default`) is None when there is none, and the rules then decide alone."""

    MODEL_PATH = MODEL_PATH

    def __init__(self, model: dict):
        super().__init__(model)
        self.threshold: float = model["threshold"]
        self.veto: float = model.get("veto", 0.0)  # a rule's event stays unless its probability is below this
        self.kinds = {EventType(kind): (weights["bias"], weights["weights"]) for kind, weights in model["kinds"].items()}
        self.about: dict = model.get("about", {})

    def probabilities(self, candidate: Candidate) -> dict[EventType, float]:
        """The probability of each event kind the candidate can be (a place is only deployed to or attacked)."""
        found = {}
        for kind, (bias, weights) in self.kinds.items():
            if candidate.target_is_place and kind not in _PLACE_TARGETS:
                continue
            score = bias + sum(weights.get(feature, 0.0) for feature in candidate.features)
            found[kind] = logistic(score)
        return found

    def events(self, candidates: list[Candidate]) -> list[Event]:
        """The events the candidates state, one per kind, pair and sentence (a pair that reads the same both
        ways once, in the more probable direction)."""
        kept: dict[tuple, tuple[float, Event]] = {}
        for candidate in candidates:
            for kind, probability in self.probabilities(candidate).items():
                if probability < (self.veto if kind.value in candidate.ruled else self.threshold):
                    continue
                pair = tuple(sorted((candidate.actor, candidate.target))) if kind.symmetric else (
                    candidate.actor, candidate.target)
                key = (kind, pair, candidate.evidence.start)
                if key in kept and kept[key][0] >= probability:
                    continue
                kept[key] = (probability, Event(
                    kind, candidate.actor, candidate.target, candidate.evidence, candidate.trigger,
                    round(probability, 2), candidate.date,
                    target_is_place=kind == EventType.DEPLOYMENT and candidate.target_is_place))
        return [event for _, event in kept.values()]
