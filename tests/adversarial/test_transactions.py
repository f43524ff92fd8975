"""Nothing lost: a store write stopped at any step (the process killed, the disk full), then run again, gives
the store an uninterrupted run gives; an import stopped part way says so; a killed export leaves no litter.

Faults are injected where the writes name their steps (:mod:`kg.faults`): each run that is to stop is a
``kg`` process of its own (forked from the test process), with ``KG_FAULT`` set."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import StoreError
from kg.faults import FAULT_VARIABLE, KILLED
from kg.graph.store import KnowledgeGraph

from forked import run_kg as kg

pytestmark = pytest.mark.slow

COUNTRIES = ["Kenya", "Chile", "Peru", "Turkey", "Egypt", "Qatar", "Norway", "Ghana"]
OTHER_COUNTRIES = ["Brazil", "Japan", "Canada", "Sweden", "Nigeria", "Vietnam", "Poland", "Morocco"]
PEOPLE = ["Ana Soto", "Jon Kowalski", "Maria Lindqvist", "Tomas Herrera", "Ingrid Halvorsen", "Pedro Alvarado",
          "Karim Haddad", "Lena Novak", "Oscar Mendes", "Yusuf Demir", "Clara Jensen", "Diego Navarro"]


def articles(path: Path, numbers: range, countries: list[str], people: list[str]) -> Path:
    """A JSON Lines file of articles ``k<number>``, each naming three of ``countries`` and one of ``people``."""
    lines = []
    for number in numbers:
        a, b, c = (countries[(number + shift) % len(countries)] for shift in (0, 3, 5))
        person = people[number % len(people)]
        text = (f"{a} deployed {number + 2} troops to {b} on Monday. President {person} of {c} mediated talks between "
                f"{a} and {b} in Geneva. {b} accused {a} of shelling border villages.")
        lines.append(json.dumps({"id": f"k{number:03d}", "text": text, "date": "2024-03-01"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def quads(store: Path) -> list[str]:
    graph = KnowledgeGraph(store, read_only=True)
    try:
        return sorted(str(quad) for quad in graph.quads())
    finally:
        del graph
        gc.collect()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    """A store of eight articles, and what is built on it: new articles, or changed versions of the stored ones
    (both naming entities the store does not describe yet)."""
    folder = tmp_path_factory.mktemp("txn")
    base = folder / "base.db"
    built = kg("build", articles(folder / "base.jsonl", range(8), COUNTRIES, PEOPLE[:6]), "--store", base,
               "--batch-size", "4")
    assert built.returncode == 0, built.output
    return {"base": base, "new": articles(folder / "new.jsonl", range(8, 16), OTHER_COUNTRIES, PEOPLE[6:]),
            "changed": articles(folder / "changed.jsonl", range(8), OTHER_COUNTRIES, PEOPLE[6:])}


@pytest.fixture(scope="module")
def uninterrupted(inputs, tmp_path_factory) -> dict[str, list[str]]:
    """The stores of uninterrupted builds of each input on the base store, as sorted N-Quads."""
    found = {}
    for name in ("new", "changed"):
        store = tmp_path_factory.mktemp(name) / "kg.db"
        shutil.copytree(inputs["base"], store)
        ran = kg("build", inputs[name], "--store", store, "--batch-size", "4")
        assert ran.returncode == 0, ran.output
        found[name] = quads(store)
    return found


BOUNDARIES = [("new", "articles-loaded"), ("new", "labels-removed"), ("new", "entities-described"),
              ("changed", "write-recorded"), ("changed", "graphs-dropped"), ("changed", "articles-loaded"),
              ("changed", "labels-removed"), ("changed", "entities-described")]


@pytest.mark.parametrize(("corpus", "step"), BOUNDARIES, ids=[f"{c}-{s}" for c, s in BOUNDARIES])
def test_a_build_killed_at_a_step_of_a_batch_then_resumed_equals_an_uninterrupted_build(
        corpus, step, inputs, uninterrupted, tmp_path):
    store = tmp_path / "kg.db"
    shutil.copytree(inputs["base"], store)
    killed = kg("build", inputs[corpus], "--store", store, "--batch-size", "4", fault=step)
    assert killed.returncode == KILLED, killed.output  # the step was reached
    with pytest.raises(StoreError, match="did not finish"):  # read as it is, the store says it is not whole
        KnowledgeGraph(store, read_only=True)
    resumed = kg("build", inputs[corpus], "--store", store, "--batch-size", "4")
    assert resumed.returncode == 0, resumed.output
    assert quads(store) == uninterrupted[corpus]


def test_a_full_disk_in_a_build_is_a_clear_error_and_the_store_stays_whole(inputs, uninterrupted, tmp_path,
                                                                            monkeypatch):
    store = tmp_path / "kg.db"
    shutil.copytree(inputs["base"], store)
    monkeypatch.setenv(FAULT_VARIABLE, "articles-loaded:disk-full")
    full = CliRunner().invoke(app, ["build", str(inputs["new"]), "--store", str(store), "--batch-size", "4"])
    assert full.exit_code == 2, full.output
    assert f"[E007] no space left on {store}" in full.output
    del full  # its traceback holds the graph, open for writing
    gc.collect()
    assert quads(store) == quads(inputs["base"])  # the batch that failed was undone
    monkeypatch.delenv(FAULT_VARIABLE)
    assert kg("build", inputs["new"], "--store", store, "--batch-size", "4").returncode == 0
    assert quads(store) == uninterrupted["new"]


@pytest.fixture(scope="module")
def export(inputs, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "base.nq"
    assert kg("export", "--store", inputs["base"], "-o", path).returncode == 0
    return path


def test_a_full_disk_in_an_import_is_not_called_bad_input(export, tmp_path, monkeypatch):
    monkeypatch.setenv(FAULT_VARIABLE, "import-block:disk-full")
    store = tmp_path / "kg.db"
    full = CliRunner().invoke(app, ["import", str(export), "--store", str(store)])
    assert full.exit_code == 2, full.output
    assert f"[E007] no space left on {store}" in full.output and "E001" not in full.output


def test_a_killed_import_is_reported_until_the_file_is_imported_again(export, inputs, tmp_path):
    store = tmp_path / "kg.db"
    assert kg("import", export, "--store", store, fault="import-block").returncode == KILLED
    stats = kg("stats", "--store", store)
    assert stats.returncode == 2 and "did not finish" in stats.output and export.name in stats.output
    again = kg("import", export, "--store", store)
    assert again.returncode == 0, again.output
    assert kg("stats", "--store", store).returncode == 0
    assert quads(store) == quads(inputs["base"])


def test_a_killed_export_leaves_a_temporary_file_the_next_export_removes(inputs, tmp_path):
    output = tmp_path / "out" / "graph.nq"
    assert kg("export", "--store", inputs["base"], "-o", output, fault="output-written").returncode == KILLED
    assert not output.exists() and len(list(output.parent.iterdir())) == 1  # the temporary file, left
    assert kg("export", "--store", inputs["base"], "-o", output).returncode == 0
    assert [path.name for path in output.parent.iterdir()] == ["graph.nq"]
