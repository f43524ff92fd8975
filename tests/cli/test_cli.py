"""kg.cli: ``kg build`` through Typer's test runner."""

from __future__ import annotations

import json
import re

import pytest
from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.namespace import CKG
from kg.graph.query import load_graph
from kg.graph.stats import graph_stats

from conftest import EXAMPLES


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def output_of(result) -> str:
    """Everything the command printed (the summary and messages go to stderr)."""
    text = result.output
    try:
        text += result.stderr
    except ValueError:  # stderr mixed into output
        pass
    return text


def articles_in(path) -> set[str]:
    graph = Graph().parse(path)
    return {str(graph.value(a, DCTERMS.identifier))
            for a in graph.subjects(RDF.type, CKG.Article)}


def test_build_examples(runner, tmp_path, extractor):
    out = tmp_path / "out.ttl"
    result = runner.invoke(app, ["build", str(EXAMPLES), "-o", str(out)])
    text = output_of(result)
    assert result.exit_code == 0, text
    assert "articles" in text
    match = re.search(r"(\d+) articles, (\d+) skipped", text)
    assert match, text
    written = articles_in(out)
    assert int(match[1]) == len(written) >= 12
    assert match[2] == "0"
    assert str(out) in text


def test_the_summary_counts_events_not_stated_apart(runner, tmp_path, extractor):
    source = tmp_path / "a.txt"
    source.write_text("Chile sent troops to Peru. Bolivia did not send troops to Peru.", encoding="utf-8")
    result = runner.invoke(app, ["build", str(source), "-o", str(tmp_path / "out.ttl")])
    text = output_of(result)
    assert result.exit_code == 0, text
    assert "2 event reports (1 stated: Deployment 1; 1 negated); the graph: " in text
    assert graph_stats(load_graph(tmp_path / "out.ttl"))["reports"] == 2  # the same total as kg stats gives


def test_the_summary_gives_what_the_graph_holds_with_reports_of_one_event_merged(runner, tmp_path, extractor):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text(f"Report {name}\n\nChile sent troops to Peru on 3 May 2024.", encoding="utf-8")
    out = tmp_path / "out.ttl"
    text = output_of(runner.invoke(app, ["build", str(folder), "-o", str(out)]))
    assert "2 event reports (Deployment 2); the graph: 2 entities, 1 event;" in text, text
    counts = graph_stats(load_graph(out))
    assert (sum(counts["entities"].values()), sum(counts["events"].values())) == (2, 1)


def test_bad_jsonl_line_is_reported_and_graph_written(runner, tmp_path, extractor):
    folder = tmp_path / "in"
    folder.mkdir()
    good = json.dumps({"id": "g1", "text": "Canada imposed sanctions on Iran."})
    (folder / "news.jsonl").write_text(good + "\n{broken\n" + json.dumps({"id": "g2", "text": "Chad sent troops to Niger."})
                                       + "\n", encoding="utf-8")
    (folder / "note.txt").write_text("Japan sends aid\n\nJapan sent humanitarian aid to Turkey.\n", encoding="utf-8")
    out = tmp_path / "graph.nt"
    result = runner.invoke(app, ["build", str(folder), "-o", str(out)])
    text = output_of(result)
    assert result.exit_code == 0, text
    assert "news.jsonl:2" in text
    assert "skipped" in text
    assert re.search(r"3 articles, 1 skipped", text), text
    assert articles_in(out) == {"g1", "g2", "note"}


def test_strict_exits_1_when_something_was_skipped(runner, tmp_path, extractor):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "g1", "text": "Canada imposed sanctions on Iran."}) + "\nnot json\n",
                    encoding="utf-8")
    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["build", str(path), "-o", str(out), "--strict"])
    assert result.exit_code == 1, output_of(result)
    assert "news.jsonl:2" in output_of(result)
    assert articles_in(out) == {"g1"}


def test_strict_exits_0_when_nothing_was_skipped(runner, tmp_path, extractor):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "g1", "text": "Canada imposed sanctions on Iran."}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(path), "-o", str(tmp_path / "g.ttl"), "--strict"])
    assert result.exit_code == 0, output_of(result)


def test_missing_input_is_skipped(runner, tmp_path, extractor):
    good = tmp_path / "a.txt"
    good.write_text("Canada acts\n\nCanada imposed sanctions on Iran.\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["build", str(tmp_path / "missing.jsonl"), str(good), "-o", str(out)])
    text = output_of(result)
    assert result.exit_code == 0, text
    assert "missing.jsonl" in text
    assert articles_in(out) == {"a"}


def test_unknown_model(runner, tmp_path):
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["build", str(EXAMPLES), "-o", str(out), "--model", "no_such_pipeline"])
    text = output_of(result)
    assert result.exit_code == 2, text
    assert "no_such_pipeline" in text
    assert "pip install" in text
    assert "--model" in text
    assert not out.exists()


def test_unknown_output_extension(runner, tmp_path):
    result = runner.invoke(app, ["build", str(EXAMPLES), "-o", str(tmp_path / "g.xyz")])
    text = output_of(result)
    assert result.exit_code == 2, text
    assert "'.xyz'" in text
    assert list(tmp_path.iterdir()) == []


def test_stdin_to_stdout(runner, extractor):
    record = json.dumps({"id": "s1", "text": "Canada imposed sanctions on Iran."})
    result = runner.invoke(app, ["build", "-", "-o", "-"], input=record + "\n")
    assert result.exit_code == 0, output_of(result)
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert len(list(graph.subjects(RDF.type, CKG.Sanction))) == 1


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".jsonld"])
def test_other_formats(runner, tmp_path, extractor, suffix):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "g1", "text": "Canada imposed sanctions on Iran."}) + "\n", encoding="utf-8")
    out = tmp_path / f"graph{suffix}"
    result = runner.invoke(app, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, output_of(result)
    assert out.stat().st_size > 0


def test_no_arguments_shows_help(runner):
    result = runner.invoke(app, [])
    assert "build" in result.output


def test_output_is_required(runner):
    result = runner.invoke(app, ["build", str(EXAMPLES)])
    assert result.exit_code == 2


def test_batch_size_zero_is_refused_or_harmless(runner, tmp_path, extractor):
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps({"id": "g1", "text": "Canada imposed sanctions on Iran."}) + "\n", encoding="utf-8")
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["build", str(path), "-o", str(out), "--batch-size", "0"])
    assert result.exit_code == 2 or (result.exit_code == 0 and articles_in(out) == {"g1"}), output_of(result)
