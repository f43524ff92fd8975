"""kg build's inputs and exit codes: no readable article is exit status 1 with one line and nothing written,
every file seen and not read is named, nothing new is not a failure, Ctrl-C stops with status 130."""

from __future__ import annotations

import json
import re
import signal

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.faults import FAULT_VARIABLE
from kg.graph.store import KnowledgeGraph

from test_cli_store import invoke, snapshot, write_articles

COUNTRIES = ["Kenya", "Chile", "Peru", "Turkey", "Egypt", "Qatar", "Norway", "Ghana", "Mali", "Chad", "Iran", "Iraq"]


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def documents(folder):
    """A folder holding only documents the build cannot read."""
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    (folder / "brief.docx").write_bytes(b"PK\x03\x04" + bytes(60))
    return folder


def corpus(path, count: int):
    """JSON Lines of ``count`` short articles, ``k000``, ``k001``..."""
    lines = []
    for number in range(count):
        a, b, c = (COUNTRIES[(number + shift) % len(COUNTRIES)] for shift in (0, 3, 7))
        lines.append(json.dumps({"id": f"k{number:03d}", "date": "2024-03-01",
                                 "text": f"{a} deployed {number + 2} troops to {b}. {c} mediated talks between {a} and {b}."}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


@pytest.mark.parametrize("target", [["-o", "graph.ttl"], ["--store", "kg.db"]], ids=["file", "store"])
def test_a_folder_of_documents_only_is_exit_1_and_leaves_nothing(runner, tmp_path, extractor, monkeypatch, target):
    monkeypatch.chdir(tmp_path)
    documents(tmp_path / "in")
    result = invoke(runner, ["build", "in", *target])
    assert result.exit_code == 1, result.text
    assert re.search(r"report\.pdf: a PDF document, not read", result.text)
    assert re.search(r"brief\.docx: a Word document, not read", result.text)
    assert last_line(result.text) == "error no article read from the inputs (2 skipped): nothing written"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in"]


@pytest.mark.parametrize("source, reason", [
    ("empty", "no article found in them"),
    ("empty/none.jsonl", "no article found in them"),
    ("missing.txt", "1 skipped"),
    ("ftp://example.org/news/ceasefire.txt", "1 skipped"),
], ids=["empty folder", "empty file", "mistyped path", "web address"])
def test_no_readable_input_is_exit_1_with_one_line(runner, tmp_path, extractor, monkeypatch, source, reason):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    if source.endswith(".jsonl"):
        (tmp_path / source).write_text("", encoding="utf-8")
    result = invoke(runner, ["build", source, "--store", "kg.db", "-o", "graph.ttl", "--strict"])
    assert result.exit_code == 1, result.text
    assert last_line(result.text) == f"error no article read from the inputs ({reason}): nothing written"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["empty"]  # no store, no 0-byte file


def test_an_address_of_another_scheme_is_refused_clearly(runner, tmp_path, extractor):
    result = invoke(runner, ["build", "ftp://example.org/news/ceasefire.txt", "-o", str(tmp_path / "g.ttl")])
    assert "ftp://example.org/news/ceasefire.txt: only http and https addresses are read" in result.text


def test_every_file_of_a_folder_is_read_or_named(runner, tmp_path, extractor):
    folder = write_articles(tmp_path / "in")
    (folder / "README.md").write_text("# Where these come from\n", encoding="utf-8")
    (folder / ".DS_Store").write_bytes(bytes(16))
    (folder / ".git").mkdir()
    (folder / ".git" / "notes.txt").write_text("Chile deployed troops to Peru.\n", encoding="utf-8")
    result = invoke(runner, ["build", str(folder), "-o", str(tmp_path / "g.ttl"), "--strict"])
    assert result.exit_code == 0, result.text  # a README is no skipped article
    assert f"{folder / 'README.md'}: not an article file: not read" in result.text
    assert re.search(r"^3 articles, 0 skipped, 1 other file not read,", last_line(result.text)), result.text
    assert ".DS_Store" not in result.text and ".git" not in result.text  # hidden files are not looked at

    documents(folder / "scans")
    strict = invoke(runner, ["build", str(folder), "-o", str(tmp_path / "g.ttl"), "--strict"])
    assert strict.exit_code == 1, strict.text  # documents are skipped articles
    assert re.search(r"^3 articles, 2 skipped, 1 other file not read,", last_line(strict.text)), strict.text


def test_nothing_new_is_not_a_failure(runner, tmp_path, extractor):
    folder = write_articles(tmp_path / "in")
    store = tmp_path / "kg.db"
    assert invoke(runner, ["build", str(folder), "--store", str(store)]).exit_code == 0
    again = invoke(runner, ["build", str(folder), "--store", str(store), "--strict", "-o", str(tmp_path / "g.nq")])
    assert again.exit_code == 0, again.text
    assert last_line(again.text) == f"nothing new: 3 articles already in the store, 0 skipped -> {store} and {tmp_path / 'g.nq'}"
    assert (tmp_path / "g.nq").stat().st_size > 0  # the store, exported as asked


def test_ctrl_c_stores_whole_batches_says_how_many_and_exits_130(runner, tmp_path, extractor, monkeypatch):
    source = corpus(tmp_path / "corpus.jsonl", 150)
    store = tmp_path / "kg.db"
    monkeypatch.setenv(FAULT_VARIABLE, "articles-loaded:interrupt")  # SIGINT during the first write, as Ctrl-C
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # a test worker may ignore SIGINT
    try:
        stopped = invoke(runner, ["build", str(source), "--store", str(store), "--batch-size", "4"])
    finally:
        signal.signal(signal.SIGINT, previous)
    assert stopped.exit_code == 130, stopped.text
    match = re.fullmatch(r"interrupted: (\d+) articles stored; run the same command again to resume",
                         last_line(stopped.text))
    assert match, stopped.text
    stored = int(match[1])
    assert 0 < stored < 150
    assert snapshot(store)[0] == stored  # what it says is what the store holds, opened as it was left

    monkeypatch.delenv(FAULT_VARIABLE)
    resumed = invoke(runner, ["build", str(source), "--store", str(store), "--batch-size", "4"])
    assert resumed.exit_code == 0, resumed.text
    assert f"{150 - stored} articles ({stored} already in the store)" in resumed.text
    assert KnowledgeGraph(store, read_only=True).articles == 150


def test_ctrl_c_in_any_command_is_exit_130(runner, tmp_path, monkeypatch):
    def interrupted(graph):
        raise KeyboardInterrupt

    monkeypatch.setattr("kg.graph.stats.graph_stats", interrupted)
    graph = tmp_path / "g.ttl"
    graph.write_text("", encoding="utf-8")
    result = invoke(runner, ["stats", str(graph)])
    assert result.exit_code == 130, result.text
    assert last_line(result.text) == "interrupted"
