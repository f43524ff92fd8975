"""Dirty corpora and interruptions: every bad input is reported with its reason, the good ones are built, and a
build killed part way then run again gives the graph of an uninterrupted build."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.building import build
from kg.cli import app
from kg.graph.store import KnowledgeGraph

from conftest import REPO
from forked import run_kg, start_kg

GOOD = "Kenya sent police officers to Haiti on Monday, the interior ministry said."


def dirty_folder(folder: Path) -> dict[str, str]:
    """A folder of good and bad inputs; returns the skip reason expected for each bad one."""
    folder.mkdir()
    (folder / "good.txt").write_text("Police for Haiti\n\n" + GOOD + "\n", encoding="utf-8")
    (folder / "quotes.txt").write_text('Names\n\nPresident "Ana" O\'Neil-Soto 🚀 of Chile met President Dina Boluarte '
                                       "of Peru in Lima.\n", encoding="utf-8")
    (folder / "windows.txt").write_bytes("Turkey mediated talks between Russia and Ukraine in Istanbul – the "
                                         "négociations went on.\n".encode("cp1252"))
    lines = [json.dumps({"id": "j1", "text": "Peru imposed sanctions on Chile."}), "{not json", json.dumps({"id": "j3"}),
             json.dumps({"id": "j4", "text": "Mali asked Russia for military assistance."})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.txt").write_text("  \n\n", encoding="utf-8")
    (folder / "report.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    (folder / "server.txt").write_text("GET /index.html 200\n" * 4000, encoding="utf-8")  # 80 KB log
    (folder / "long.txt").write_text("Long read\n\n" + "\n\n".join([GOOD] * 60) + "\n", encoding="utf-8")
    return {
        "feed.jsonl:2": "not valid JSON",
        "feed.jsonl:3": "no 'text'",
        "empty.txt": "empty",
        "report.txt": "binary content: this is a PDF document",
        "blob.txt": "binary content",
        "nav.html": "no article text",
        "server.txt": "more than the 0.05 MB an article file may have",
    }


def test_a_dirty_folder_builds_the_good_articles_and_reports_each_bad_one(tmp_path, extractor):
    expected = dirty_folder(tmp_path / "in")
    errors = tmp_path / "skipped.jsonl"
    args = ["build", str(tmp_path / "in"), str(tmp_path / "missing"), "--store", str(tmp_path / "kg.db"),
            "--errors", str(errors), "--max-file-mb", "0.05", "--max-chars", "2000"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    reported = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    by_origin = {Path(r["origin"].split(":")[0]).name + (":" + r["origin"].split(":")[1] if ":" in r["origin"] else ""): r
                 for r in reported}
    for origin, reason in [*expected.items(), ("missing", "no such file or folder")]:
        assert reason in by_origin[origin]["reason"], (origin, by_origin.get(origin))
        assert by_origin[origin]["code"] == "E001"
    assert len(reported) == len(expected) + 1
    assert "read as cp1252" in result.output and "windows.txt" in result.output
    assert "split into" in result.output and "long.txt" in result.output
    graph = KnowledgeGraph(tmp_path / "kg.db", read_only=True)
    ids = {row[0].value for row in graph.query("SELECT ?id WHERE { ?a a ckg:Article ; dcterms:identifier ?id }")}
    assert {"good", "quotes", "windows", "j1", "j4", "long-part1", "long-part2"} <= ids
    assert not ids & {"empty", "report", "blob", "nav", "server", "j3"}
    names = {row[0].value for row in graph.query("SELECT ?n WHERE { ?e skos:altLabel ?n }")}
    assert "Ukraine" in names  # the Windows-1252 article was read
    del graph


def test_strict_turns_a_skip_into_exit_status_1(tmp_path, extractor):
    dirty_folder(tmp_path / "in")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "in" / "feed.jsonl"), "-o", str(tmp_path / "g.ttl"), "--strict"])
    assert result.exit_code == 1
    assert (tmp_path / "g.ttl").exists()


def test_oversize_skip(tmp_path, extractor):
    dirty_folder(tmp_path / "in")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "in" / "long.txt"), "-o", str(tmp_path / "g.ttl"),
                                      "--max-chars", "2000", "--oversize", "skip"])
    assert result.exit_code == 1  # its only article skipped: nothing read, nothing written
    assert "more than the 2,000 an article may have" in result.output
    assert not (tmp_path / "g.ttl").exists()


def test_an_unwritable_error_report_is_refused_before_any_work(tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(tmp_path), "-o", str(tmp_path / "g.ttl"),
                                      "--errors", str(tmp_path / "file" / "errors.jsonl")])
    assert result.exit_code == 2
    assert "cannot write the error report" in result.output


def corpus(folder: Path, count: int) -> Path:
    countries = ["Kenya", "Chile", "Peru", "Turkey", "Egypt", "Qatar", "Norway", "Ghana", "Mali", "Chad", "Iran", "Iraq"]
    folder.mkdir()
    lines = []
    for number in range(count):
        a, b, c = (countries[(number + shift) % len(countries)] for shift in (0, 3, 7))
        text = (f"{a} deployed {number + 2} troops to {b} on Monday. {c} mediated talks between {a} and {b} in Geneva. "
                f"{b} accused {a} of shelling border villages for the {number + 1}th time.")
        lines.append(json.dumps({"id": f"k{number:03d}", "text": text, "date": "2024-03-01"}))
    path = folder / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.slow
def test_a_build_killed_part_way_then_resumed_equals_an_uninterrupted_build(tmp_path):
    source = corpus(tmp_path / "in", 120)
    store = tmp_path / "kg.db"
    child = start_kg("build", source, "--store", store, "--batch-size", "4")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.is_alive():  # killed once some batches are committed
        logs = list(store.glob("*.log")) if store.exists() else []
        if sum(log.stat().st_size for log in logs) > 1_500_000:  # a few writes of ~0.3-0.7 MB each done (6.3 MB in all)
            break
        time.sleep(0.05)
    assert child.is_alive(), "the build ended before it could be killed"
    child.kill()
    child.join()

    resumed = run_kg("build", source, "--store", store)
    assert resumed.returncode == 0, resumed.output
    assert "already in the store" in resumed.output  # the killed run had committed whole batches
    whole = tmp_path / "whole.db"
    assert run_kg("build", source, "--store", whole).returncode == 0
    assert _quads(store) == _quads(whole)


def _quads(store: Path) -> set[str]:
    graph = KnowledgeGraph(store, read_only=True)
    try:
        return {str(quad) for quad in graph.quads()}
    finally:
        del graph


@pytest.mark.slow
def test_a_sample_of_the_generated_corpus_builds_without_one_analysis_failure(tmp_path, extractor):
    """The fixed sample of ``make corpus-check``: 300 generated articles (seeded), no article skipped."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    from news_corpus import write_corpus

    corpus = tmp_path / "generated.jsonl"
    write_corpus(300, corpus, seed=11)
    skipped: list = []
    graph, report = build([corpus], extractor=extractor, on_error=skipped.append)
    assert skipped == [] and report.articles == 300
