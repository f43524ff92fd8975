"""Hostile records in a JSON Lines corpus: each bad line is reported by number and skipped, the records around it
are built, and nothing read from the input (markup, ANSI escapes, half a character) reaches the terminal as
anything but plain text or stops the build."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import pytest
from rich.console import Console
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.namespace import ONTOLOGY

GOOD = "Kenya sent police officers to Haiti on Monday, the interior ministry said."
LINK = "[link=http://evil.example]click[/link]"
RED = "a\x1b[31m"


def good(number: int) -> str:
    return json.dumps({"id": f"g{number}", "text": f"{GOOD} Statement {number}."})


# line number -> (the line, what the build says about it: "skipped" with this reason, or "note")
HOSTILE = {
    2: ('{"id": "s1", "text": "Kenya \\ud800 sent police officers to Haiti."}', ("note", "lone UTF-16 surrogate")),
    4: ('{"id": "d1", "text": "x", "meta": ' + "[" * 3000 + "]" * 3000 + "}", ("skipped", "nested too deeply")),
    6: ('{"id": ' + "1" * 5000 + ', "text": "x"}', ("skipped", "5000 digits")),
    8: (json.dumps({"id": "m1", "text": GOOD, "date": "[/]"}), ("skipped", "'date' is not an ISO date")),
    10: (json.dumps({"id": LINK, "text": GOOD}), None),
    11: (json.dumps({"id": LINK, "text": GOOD}), ("skipped", "the same article as")),
    13: (json.dumps({"id": RED, "text": GOOD + " Red."}), None),
    14: (json.dumps({"id": RED, "text": GOOD + " Again."}), ("renamed", "is already used")),
    16: (json.dumps({"id": "[/] closing", "text": GOOD + " Later."}), None),
}


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory, extractor):
    """``kg build`` of one JSONL file, good records around each hostile one, printed on a colour terminal
    (so that obeyed markup or escapes would show), written as N-Quads: (exit code, what it printed, the graph)."""
    folder = tmp_path_factory.mktemp("hostile")
    lines = [HOSTILE[number][0] if number in HOSTILE else good(number) for number in range(1, 18)]
    source = folder / "feed.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    graph = folder / "graph.nq"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("kg.cli._common.console", Console(stderr=True, force_terminal=True, color_system="standard",
                                                        width=400))
        result = CliRunner().invoke(app, ["build", str(source), "-o", str(graph)])
    return result.exit_code, result.output, source, graph


def identifiers(graph) -> set[str]:
    """The ids of the articles in an N-Quads file (read strictly as UTF-8 by oxigraph)."""
    store = ox.Store()
    store.load(path=graph, format=ox.RdfFormat.N_QUADS)
    rows = store.query(f"SELECT ?id WHERE {{ GRAPH ?g {{ ?a a <{ONTOLOGY}Article> ; "
                       "<http://purl.org/dc/terms/identifier> ?id } }")
    return {row["id"].value for row in rows}


def test_each_hostile_line_is_reported_by_number_and_the_others_are_built(hostile_build):
    exit_code, printed, source, graph = hostile_build
    assert exit_code == 0, printed
    plain = re.sub(r"\x1b\[[0-9;]*m", "", printed)  # the labels' own colours
    for number, (_, said) in HOSTILE.items():
        if said is not None:
            label, reason = said
            assert re.search(rf"^{label} .*{re.escape(f'{source}:{number}')}: .*{re.escape(reason)}", plain, re.M), \
                (number, printed)
    assert re.search(r"^13 articles, 4 skipped", plain, re.M), printed
    expected = {f"g{number}" for number in range(1, 18) if number not in HOSTILE}
    assert identifiers(graph) == expected | {"s1", LINK, RED, f"{RED}-2", "[/] closing"}


def test_markup_and_escapes_in_the_input_are_printed_as_text(hostile_build):
    _, printed, _, _ = hostile_build
    assert f"(id '{LINK}')" in printed  # shown as written: not a hyperlink
    assert "\x1b]8;" not in printed  # no terminal hyperlink at all
    assert "\x1b[31m" not in printed  # the id's escape did not turn the terminal red
    assert "id 'a' is already used, stored as 'a-2'" in printed


def test_query_table_shows_values_as_written(hostile_build):
    _, _, _, graph = hostile_build
    result = CliRunner().invoke(app, ["query", str(graph), "-f", "table",
                                      "SELECT ?id WHERE { ?a a ckg:Article ; dcterms:identifier ?id }"])
    assert result.exit_code == 0, result.output
    assert "[/] closing" in result.output and LINK in result.output
    assert "\x1b" not in result.output


def test_a_file_name_not_in_utf8_is_built_and_reported(tmp_path, extractor):
    folder = tmp_path / "in"
    folder.mkdir()
    try:
        (folder / "caf\udce9.txt").write_text(f"Kenya acts\n\n{GOOD}\n", encoding="utf-8")  # the byte 0xE9
        (folder / "blob\udcff.txt").write_bytes(b"%PDF-1.7\n")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 file names")
    errors = tmp_path / "skipped.jsonl"
    graph = tmp_path / "graph.nq"
    result = CliRunner().invoke(app, ["build", str(folder), "-o", str(graph), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert "blob\ufffd.txt: binary content" in result.output
    [reported] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert reported["origin"] == str(folder / "blob\udcff.txt")  # the name as the file system has it
    assert identifiers(graph) == {"caf\ufffd"}
