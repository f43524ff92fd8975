"""Merging on the project's own set of several reports per happening (data/dedup): the share of pairs merged
and of look-alikes kept apart may not fall more than 0.03 below data/dedup/recorded.json."""

from __future__ import annotations

import json

import pytest

from conftest import REPO, load_script

RECORDED = json.loads((REPO / "data" / "dedup" / "recorded.json").read_text(encoding="utf-8"))
ALLOWED_DROP = 0.03


@pytest.fixture(scope="module")
def result(extractor) -> dict:
    module = load_script(REPO / "scripts" / "score_merging.py")
    return module.score(extractor, details=True)


def test_most_pairs_of_both_kinds_are_found(result):
    assert result["articles"] == 24
    assert result["same"]["found"] >= 0.7 * result["same"]["pairs"] and result["same"]["pairs"] > 30
    assert result["lookalike"]["found"] >= 0.7 * result["lookalike"]["pairs"] and result["lookalike"]["pairs"] > 30


def test_reports_of_one_happening_stay_merged(result):
    assert result["same"]["rate"] >= RECORDED["merged"] - ALLOWED_DROP, result["wrong"]


def test_look_alikes_stay_apart(result):
    assert result["lookalike"]["rate"] >= RECORDED["apart"] - ALLOWED_DROP, result["wrong"]
