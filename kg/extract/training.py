"""Training the event classifier and the completion of open events from annotated articles (``make train``;
also each fold of ``make cv``).

An annotated article (``data/annotated``) lists its entities with their aliases and its relations with the
evidence that states them. A candidate pair is a positive example of a kind when the article states that
relation between the two entities (by any of their names) and the candidate's sentence holds most of the
relation's evidence; every other candidate is a negative example of that kind, the statements the annotators
left out on purpose (negated, hypothetical, one side's claim) included. One logistic regression per kind
(scikit-learn, a fixed seed: two trainings give the same model), saved as the weights that matter.

A filler of an open event (:mod:`kg.extract.completion`) is a positive example when the article states that
relation between the event's known side and the filler; one logistic regression weighs every filler.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..model import Entity, EventType
from .candidates import Candidate
from .completion import OpenEvent

__all__ = ["GOLD_KINDS", "Example", "completion_examples_of", "examples_of", "fit", "fit_completion", "name_form",
           "save"]

GOLD_KINDS = {
    "mediates": EventType.MEDIATION, "requestsAssistance": EventType.ASSISTANCE_REQUEST,
    "deploys": EventType.DEPLOYMENT, "providesAid": EventType.AID_PROVISION, "meetsWith": EventType.MEETING,
    "agreesWith": EventType.AGREEMENT, "attacks": EventType.ATTACK, "accuses": EventType.ACCUSATION,
    "sanctions": EventType.SANCTION, "threatens": EventType.THREAT,
}
"""The annotation's relation names of the ten event kinds."""
_EVIDENCE_SHARE = 0.6  # of the evidence's words the sentence must hold
_MIN_COUNT = 2  # a feature seen fewer times in training is left out


@dataclass(frozen=True)
class Example:
    """A candidate's features and the kinds of event it states."""

    features: tuple[str, ...]
    kinds: frozenset[EventType]
    place: bool


def name_form(name: str) -> str:
    """A name as the scorer compares it: no accents, case, punctuation, possessive or leading article."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[\-\u2010-\u2015/]", " ", text)
    text = re.sub(r"[^\w\s]", "", text)
    return re.sub(r"\s+", " ", re.sub(r"^the\s+", "", text.strip())).strip()


def _words(text: str) -> set[str]:
    return set(name_form(text).split())


def _gold_entities(entities: dict[str, Entity], gold: dict) -> dict[str, set[str]]:
    """Each extracted entity's key -> the gold entities it is (by any name)."""
    gold_forms = {item["name"]: {name_form(item["name"]), *(name_form(a) for a in item.get("aliases", []) if a)}
                  for item in gold.get("entities", [])}
    found: dict[str, set[str]] = {}
    for key, entity in entities.items():
        forms = {name_form(name) for name in (entity.name, *entity.alt_names)}
        found[key] = {name for name, gold_names in gold_forms.items() if forms & gold_names}
    return found


def examples_of(entities: dict[str, Entity], candidates: Iterable[Candidate], gold: dict) -> list[Example]:
    """The labelled examples of one annotated article (its extracted entities, its candidates, its gold)."""
    is_gold = _gold_entities(entities, gold)
    relations = [(GOLD_KINDS[r["type"]], r["subject"], r["object"], _words(r.get("evidence", "")))
                 for r in gold.get("relations", []) if r["type"] in GOLD_KINDS]
    examples = []
    for candidate in candidates:
        sentence = _words(candidate.evidence.text)
        actors, targets = is_gold.get(candidate.actor, set()), is_gold.get(candidate.target, set())
        kinds = set()
        for kind, subject, obj, evidence in relations:
            stated = (subject in actors and obj in targets) or (kind.symmetric and subject in targets and obj in actors)
            if stated and (not evidence or len(evidence & sentence) >= _EVIDENCE_SHARE * len(evidence)):
                kinds.add(kind)
        examples.append(Example(tuple(candidate.features), frozenset(kinds), candidate.target_is_place))
    return examples


def completion_examples_of(entities: dict[str, Entity], open_events: Iterable[OpenEvent], gold: dict) -> list[Example]:
    """The labelled fillers of one annotated article's open events: the kind is the event's when the article
    states that relation between its known side and the filler (either way round for a symmetric kind)."""
    is_gold = _gold_entities(entities, gold)
    stated = {(GOLD_KINDS[r["type"]], r["subject"], r["object"]) for r in gold.get("relations", []) if r["type"] in GOLD_KINDS}
    examples = []
    for event in open_events:
        kind = event.type
        for filler in event.fillers:
            right = any((kind, subject, obj) in stated or (kind.symmetric and (kind, obj, subject) in stated)
                        for actor, target in event.pairs(filler.key)
                        for subject in is_gold.get(actor, ()) for obj in is_gold.get(target, ()))
            examples.append(Example(filler.features, frozenset({kind}) if right else frozenset(), filler.place))
    return examples


def fit_completion(examples: list[Example], *, seed: int = 7, regularization: float = 0.5, threshold: float = 0.55,
                   kinds: tuple[EventType, ...] = (EventType.ACCUSATION,), about: dict | None = None) -> dict:
    """The completion's model (as :class:`kg.extract.completion.Completer` reads it): one bias and the weights of
    the features seen at least twice, whether a filler is the missing side of its event, learnt from the fillers
    of every kind; it completes events of ``kinds`` only (cross-validated on the 453 articles of data/annotated
    and data/wire, completing the other kinds lost precision at every threshold: docs/quality.md)."""
    from sklearn.linear_model import LogisticRegression

    index, matrix = _feature_matrix(examples)
    names = sorted(index, key=index.get)
    model = LogisticRegression(C=regularization, solver="liblinear", random_state=seed, max_iter=1000)
    model.fit(matrix, [bool(e.kinds) for e in examples])
    weights = {names[n]: round(float(w), 4) for n, w in enumerate(model.coef_[0]) if abs(w) >= 1e-3}
    return {"threshold": threshold, "kinds": [kind.value for kind in kinds], "about": about or {},
            "bias": round(float(model.intercept_[0]), 4),
            "weights": dict(sorted(weights.items()))}


def _feature_matrix(examples: list[Example], index: dict[str, int] | None = None):
    """The columns of the features (those seen at least twice in these examples, unless ``index`` gives them) and
    the examples' sparse 0/1 matrix over them."""
    from scipy.sparse import csr_matrix

    if index is None:
        counts = Counter(feature for example in examples for feature in set(example.features))
        index = {feature: n for n, feature in enumerate(sorted(f for f, c in counts.items() if c >= _MIN_COUNT))}
    rows, columns = [], []
    for row, example in enumerate(examples):
        for column in sorted({index[f] for f in example.features if f in index}):
            rows.append(row)
            columns.append(column)
    return index, csr_matrix(([1.0] * len(rows), (rows, columns)), shape=(len(examples), len(index)))


def fit(examples: list[Example], *, seed: int = 7, regularization: float = 0.5, threshold: float = 0.5,
        veto: float = 0.0, class_weight: str | None = None, about: dict | None = None) -> dict:
    """The classifier's model (as :class:`kg.extract.classifier.EventClassifier` reads it) trained on these
    examples: per kind, a bias and the weights of the features seen at least twice."""
    from sklearn.linear_model import LogisticRegression

    index, _ = _feature_matrix(examples)
    names = sorted(index, key=index.get)
    kinds = {}
    for kind in EventType:
        chosen = [e for e in examples if not e.place or kind in (EventType.DEPLOYMENT, EventType.ATTACK)]
        labels = [kind in e.kinds for e in chosen]
        if not any(labels):
            continue
        _, matrix = _feature_matrix(chosen, index)
        model = LogisticRegression(C=regularization, solver="liblinear", random_state=seed, max_iter=1000,
                                   class_weight=class_weight)
        model.fit(matrix, labels)
        weights = {names[n]: round(float(w), 4) for n, w in enumerate(model.coef_[0]) if abs(w) >= 1e-3}
        kinds[kind.value] = {"bias": round(float(model.intercept_[0]), 4), "weights": dict(sorted(weights.items()))}
    return {"threshold": threshold, "veto": veto, "about": about or {}, "kinds": kinds}


def save(model: dict, path: str | Path) -> None:
    """Write a model as sorted, stable JSON (the same training gives the same bytes)."""
    Path(path).write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
