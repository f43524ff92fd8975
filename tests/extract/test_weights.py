"""kg.extract.weights: what the trained layers share (the shipped model's file, its version, the logistic)."""

from __future__ import annotations

import json

import pytest

from kg.extract.classifier import EventClassifier
from kg.extract.completion import Completer
from kg.extract.weights import ShippedModel, logistic


def test_the_logistic_is_a_probability_even_for_huge_scores():
    assert logistic(0.0) == 0.5
    assert logistic(2.0) == pytest.approx(0.8808, abs=1e-4)
    assert 0.0 < logistic(-1e9) < 1e-12 and 1 - 1e-12 < logistic(1e9) < 1.0


def test_a_model_is_named_by_its_json_and_loads_from_a_file(tmp_path):
    model = {"threshold": 0.5, "kinds": ["Accusation"], "bias": 0.0, "weights": {"a": 1.0}}
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    loaded = Completer.load(path)
    assert loaded.version == Completer(model).version
    assert loaded.version != Completer(model | {"threshold": 0.6}).version


def test_each_layer_finds_its_own_shipped_model():
    completer = Completer.default()
    assert isinstance(completer, Completer) and Completer.default() is completer
    assert EventClassifier.default() is None  # no event classifier ships
    assert {Completer.MODEL_PATH, EventClassifier.MODEL_PATH} == {"models/completion.json", "models/events.json"}
    assert issubclass(Completer, ShippedModel) and issubclass(EventClassifier, ShippedModel)
