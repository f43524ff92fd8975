"""The calibration of event confidence (scripts/calibrate_confidence.py): shares of right events, drawn toward
the class's share where a way of finding events was seen a few times."""

from __future__ import annotations

from collections import Counter

import pytest

from conftest import REPO, load_script
from kg.model import EventType


@pytest.fixture(scope="module")
def calibration():
    return load_script(REPO / "scripts" / "calibrate_confidence.py")


def counted(**figures: tuple[int, int]) -> Counter:
    found = Counter()
    for name, (right, total) in figures.items():
        event, basis = name.split("_")
        found[(EventType(event), basis), "right"] = right
        found[(EventType(event), basis), "found"] = total
    return found


def test_a_well_seen_way_keeps_about_its_own_share(calibration):
    table = calibration.table(counted(Attack_verb=(180, 200), Attack_noun=(20, 40), Threat_verb=(10, 20)))
    assert table["events"]["Attack"]["verb"] == pytest.approx(0.9, abs=0.01)
    assert table["counts"]["Attack"]["noun"] == [20, 40]
    assert table["overall"] == [210, 260]


def test_a_way_seen_rarely_is_drawn_toward_its_class(calibration):
    table = calibration.table(counted(Attack_verb=(180, 200), Attack_context=(1, 1), Threat_verb=(10, 20)))
    attack = table["events"]["Attack"]
    assert 0.85 < attack["context"] < 0.95  # one right event of one is no certainty
    assert attack["presence"] == attack["noun"]  # never seen: the class's share
    assert table["events"]["Threat"]["verb"] < attack["verb"]
