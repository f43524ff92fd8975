"""examples/analysis.py: builds the example graph, queries it into lists of dicts and draws a figure."""

from __future__ import annotations


import pytest

from conftest import REPO, load_script


@pytest.mark.slow  # builds the example graph with its own spaCy pipeline
def test_the_analysis_runs_and_draws(tmp_path):
    analysis = load_script(REPO / "examples" / "analysis.py")
    rows = analysis.main(tmp_path)
    assert any(row["mediator"] == "China" and row["party"] == "Iran" for row in rows["mediations"])
    assert all(isinstance(row, dict) and int(row["reports"]) >= 1 for row in rows["mediations"])
    assert {"type": "Mediation", "actor": "Saudi Arabia", "target": "Rapid Support Forces",
            "article": "14-sudan-jeddah-talks"} in rows["around_rsf"]
    assert (tmp_path / "mediators.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
