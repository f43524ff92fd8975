"""kg.graph.export: every output format, parsed back; unknown extensions; atomic writes."""

from __future__ import annotations

import json

import pytest
from rdflib import Dataset, Graph

from kg import atomic
from kg.errors import DiskFullError, OutputError
from kg.graph.export import format_for, write_graph
from kg.graph.rdflib_graphs import to_rdflib_dataset, to_rdflib_graph

RDFLIB_FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}


def quads_of(path, rdf_format: str) -> tuple[int, set]:
    dataset = Dataset()
    dataset.parse(path, format=rdf_format)
    quads = list(dataset.quads((None, None, None, None)))
    return len(quads), {(s, p, o) for s, p, o, _ in quads}


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_triple_formats_round_trip(tmp_path, toy_graph, suffix):
    path = tmp_path / f"graph{suffix}"
    write_graph(toy_graph, path)
    expected = to_rdflib_graph(toy_graph)
    parsed = Graph().parse(path, format=RDFLIB_FORMATS[suffix])
    assert len(expected) > 20
    assert len(parsed) == len(expected)


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_quad_formats_round_trip(tmp_path, toy_graph, suffix):
    path = tmp_path / f"graph{suffix}"
    write_graph(toy_graph, path)
    expected_quads = list(to_rdflib_dataset(toy_graph).quads((None, None, None, None)))
    count, triples = quads_of(path, RDFLIB_FORMATS[suffix])
    assert count == len(expected_quads)
    assert len(triples) == len(to_rdflib_graph(toy_graph))
    # one named graph per article plus the entity descriptions
    dataset = Dataset()
    dataset.parse(path, format=RDFLIB_FORMATS[suffix])
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert any(n.endswith("article/t1") for n in names)
    assert any(n.endswith("article/t2") for n in names)
    assert any(n.endswith("graph/entities") for n in names)


def test_jsonld_has_no_remote_context(tmp_path, toy_graph):
    path = tmp_path / "graph.jsonld"
    write_graph(toy_graph, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    nodes = data if isinstance(data, list) else [data]
    contexts = [node["@context"] for node in nodes if isinstance(node, dict) and "@context" in node]
    assert not any(isinstance(c, str) and c.startswith("http") for c in contexts)
    if isinstance(data, dict) and "@graph" in data:
        nodes = data["@graph"]
    assert any(node.get("@id", "").endswith("country/CHL") for node in nodes)


def test_format_is_chosen_by_extension_case_insensitively(tmp_path, toy_graph):
    assert format_for("OUT.TTL").name == "Turtle"
    path = tmp_path / "GRAPH.NT"
    write_graph(toy_graph, path)
    assert len(Graph().parse(path, format="nt")) == len(to_rdflib_graph(toy_graph))


@pytest.mark.parametrize("name", ["graph.rdfxml", "graph", "graph.ttl.bak", "graph.json"])
def test_unknown_extension(tmp_path, toy_graph, name):
    with pytest.raises(OutputError) as error:
        write_graph(toy_graph, tmp_path / name)
    assert str(error.value).startswith("[E003]")
    assert ".ttl" in str(error.value)
    assert list(tmp_path.iterdir()) == []


def test_write_is_atomic_and_leaves_no_temporary(tmp_path, toy_graph):
    path = tmp_path / "out" / "graph.ttl"
    path.parent.mkdir()
    path.write_text("old content", encoding="utf-8")
    write_graph(toy_graph, path)
    assert [p.name for p in path.parent.iterdir()] == ["graph.ttl"]
    assert "old content" not in path.read_text(encoding="utf-8")
    assert len(Graph().parse(path, format="turtle")) == len(to_rdflib_graph(toy_graph))


def test_creates_missing_parent_folders(tmp_path, toy_graph):
    path = tmp_path / "a" / "b" / "graph.nt"
    write_graph(toy_graph, path)
    assert path.is_file()


def test_unwritable_target_is_an_output_error(tmp_path, toy_graph):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError):
        write_graph(toy_graph, blocker / "graph.ttl")


def test_a_rename_failed_for_a_full_disk_says_so_and_leaves_no_temporary(tmp_path, toy_graph, monkeypatch):
    def failing_replace(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", failing_replace)
    path = tmp_path / "graph.ttl"
    with pytest.raises(DiskFullError):
        write_graph(toy_graph, path)
    assert list(tmp_path.iterdir()) == []


def test_written_file_follows_the_umask(tmp_path, toy_graph):
    import os

    umask = os.umask(0o022)
    try:
        path = tmp_path / "graph.ttl"
        write_graph(toy_graph, path)
        assert path.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(umask)


def test_dash_writes_turtle_to_stdout(capsysbinary, toy_graph):
    write_graph(toy_graph, "-")
    out = capsysbinary.readouterr().out
    assert len(Graph().parse(data=out.decode("utf-8"), format="turtle")) == len(to_rdflib_graph(toy_graph))
