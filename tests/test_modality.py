"""Modality accuracy on the project's own modality cases (data/modality): it may not fall more than 0.03 below
the figures recorded in data/modality/recorded.json (rewritten when the reading improves)."""

from __future__ import annotations

import json

import pytest

from conftest import REPO, load_script

pytestmark = pytest.mark.slow  # 114 short texts through the pipeline
RECORDED = json.loads((REPO / "data" / "modality" / "recorded.json").read_text(encoding="utf-8"))
ALLOWED_DROP = 0.03


@pytest.fixture(scope="module")
def result() -> dict:
    module = load_script(REPO / "scripts" / "score_modality.py")
    return module.score(module.read_cases())


def test_every_listed_event_is_counted(result):
    assert result["events"] == sum(count for _, _, count in result["confusion"]) > 150


def test_modality_accuracy_stays_near_the_recorded_figure(result):
    assert result["accuracy"] >= RECORDED["accuracy"] - ALLOWED_DROP, result["wrong"][:20]


def test_modality_of_the_events_found_stays_near_the_recorded_figure(result):
    assert result["accuracy_found"] >= RECORDED["accuracy_found"] - ALLOWED_DROP, result["wrong"][:20]
