"""kg.graph.bulkload: line-based files loaded in blocks on several threads, errors with the file's line."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.graph.bulkload import bulk_load

EX = "http://example.org/"


def nquads(count: int) -> str:
    """``count`` N-Quads lines of different lengths over a few graphs, with a comment and a blank line."""
    lines = ["# a comment", ""]
    for n in range(count):
        lines.append(f'<{EX}s{n % 17}> <{EX}p{n % 5}> "{"x" * (n % 40)} {n}" <{EX}g{n % 3}> .')
    return "\n".join(lines) + "\n"


def loaded_in_one_piece(path, rdf_format) -> set[ox.Quad]:
    store = ox.Store()
    store.load(path=str(path), format=rdf_format)
    return set(store)


@pytest.mark.parametrize("workers", [1, 3])
def test_blocks_on_threads_load_the_same_quads_as_one_piece(tmp_path, workers):
    path = tmp_path / "data.nq"
    path.write_text(nquads(2000), encoding="utf-8")
    store = ox.Store()
    bulk_load(store, path, ox.RdfFormat.N_QUADS, workers=workers, block_bytes=997)
    assert set(store) == loaded_in_one_piece(path, ox.RdfFormat.N_QUADS)
    assert len(store) == 2000


def test_a_last_line_without_a_newline_is_loaded(tmp_path):
    path = tmp_path / "data.nq"
    path.write_text(nquads(50).rstrip("\n"), encoding="utf-8")
    store = ox.Store()
    bulk_load(store, path, ox.RdfFormat.N_QUADS, block_bytes=128)
    assert len(store) == 50


def test_n_triples_go_to_the_default_graph(tmp_path):
    path = tmp_path / "data.nt"
    path.write_text("".join(f"<{EX}s{n}> <{EX}p> <{EX}o> .\n" for n in range(300)), encoding="utf-8")
    store = ox.Store()
    bulk_load(store, path, ox.RdfFormat.N_TRIPLES, workers=2, block_bytes=256)
    assert len(store) == 300
    assert {quad.graph_name for quad in store} == {ox.DefaultGraph()}


def test_turtle_is_loaded_in_one_piece(tmp_path):
    path = tmp_path / "data.ttl"
    path.write_text(f"@prefix ex: <{EX}> .\nex:a ex:p ex:b , ex:c ;\n  ex:q \"1\" .\n", encoding="utf-8")
    store = ox.Store()
    bulk_load(store, path, ox.RdfFormat.TURTLE, block_bytes=8)
    assert len(store) == 3


@pytest.mark.parametrize("block_bytes", [64, 1 << 20])
def test_a_syntax_error_names_the_line_of_the_file(tmp_path, block_bytes):
    lines = nquads(400).splitlines()
    lines[301] = f'<{EX}s> <{EX}p> "unterminated <{EX}g> .'
    path = tmp_path / "broken.nq"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        bulk_load(ox.Store(), path, ox.RdfFormat.N_QUADS, workers=2, block_bytes=block_bytes)
    assert caught.value.origin == f"{path}:302"
    assert "N-Quads" in caught.value.reason


def test_a_syntax_error_in_turtle_names_its_line(tmp_path):
    path = tmp_path / "broken.ttl"
    path.write_text(f"<{EX}a> <{EX}p> <{EX}b> .\n\n<{EX}a> <{EX}p> .\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        bulk_load(ox.Store(), path, ox.RdfFormat.TURTLE)
    assert caught.value.origin == f"{path}:3"


@pytest.mark.parametrize("rdf_format", [ox.RdfFormat.N_QUADS, ox.RdfFormat.TURTLE])
def test_a_missing_file_is_an_input_error(tmp_path, rdf_format):
    with pytest.raises(InputError) as caught:
        bulk_load(ox.Store(), tmp_path / "missing.nq", rdf_format)
    assert caught.value.origin == str(tmp_path / "missing.nq")
