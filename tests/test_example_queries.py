"""examples/queries: every analyst query is documented, runs on the example graph and finds what it promises."""

from __future__ import annotations

import re

import pytest

from kg.graph.guard import network_access
from kg.graph.query import select
from kg.graph.store import KnowledgeGraph

from conftest import REPO

QUERIES = sorted((REPO / "examples" / "queries").glob("*.rq"))
EXPECT = re.compile(r"^#\s*expect:\s*(.+)$")


def expectations(text: str) -> list[dict[str, str]]:
    """The ``# expect: col=value; col=value`` lines, each as a dict."""
    out = []
    for line in text.splitlines():
        match = EXPECT.match(line.strip())
        if match:
            pairs = [part.split("=", 1) for part in match[1].split(";") if part.strip()]
            assert all(len(pair) == 2 for pair in pairs), line
            out.append({name.strip(): value.strip() for name, value in pairs})
    return out


def header(text: str) -> list[str]:
    """The comment lines before the query, without the expect lines."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if not EXPECT.match(line):
            lines.append(line.lstrip("# ").strip())
    return [line for line in lines if line]


@pytest.fixture(scope="module")
def examples_store(example_extractions) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_many(example_extractions)
    return graph


def test_there_are_example_queries():
    assert len(QUERIES) >= 9


def test_expect_parser():
    assert expectations("# top\n# expect: a=1; b=Saudi Arabia\n#expect: c=x=y\nSELECT") == [
        {"a": "1", "b": "Saudi Arabia"}, {"c": "x=y"}]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_is_documented(path):
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), f"{path.name} has no comment on top"
    assert " ".join(header(text)).count(" ") >= 3, f"{path.name}: the comment says too little"
    assert expectations(text), f"{path.name} has no '# expect:' line"
    assert not network_access(text)


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_is_standalone_sparql(path):
    """It declares its prefixes, so Jena's arq, an Oxigraph server or SPARQLWrapper take it as it is."""
    import pyoxigraph

    assert list(pyoxigraph.Store().query(path.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_query_finds_what_it_expects(examples_store, path):
    text = path.read_text(encoding="utf-8")
    rows = select(examples_store, text, timeout=30)
    assert rows, f"{path.name} returned no rows"
    for expected in expectations(text):
        assert set(expected) <= set(rows[0]), f"{path.name}: unknown column in {expected}"
        assert any(all(row[name] == value for name, value in expected.items()) for row in rows), (
            f"{path.name}: no row with {expected}; first rows: {rows[:5]}")


ENTITY_PARAMETER = re.compile(r"VALUES \?(\w+) \{ <https://w3id\.org/conflict-kg/resource/")


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_a_parameter_is_shown_with_its_command(path):
    """A query whose VALUES block holds an entity says in its comment how to give another one."""
    text = path.read_text(encoding="utf-8")
    for name in ENTITY_PARAMETER.findall(text):
        assert f"--param {name}=" in " ".join(header(text)), f"{path.name}: ?{name} is not shown with --param"


@pytest.mark.parametrize("name, parameters, expected", [
    ("officials.rq", {"country": "Sudan"}, {"person": "Omar al-Bashir", "role": "President"}),
    ("entity.rq", {"entity": "RSF"}, {"label": "Rapid Support Forces", "relation": "mediates", "other": "Saudi Arabia"}),
    ("evidence.rq", {"actor": "Kenya", "target": "haiti"}, {"article": "09-kenya-police-haiti"}),
    ("co-mentions.rq", {"entity": "rsf"}, {"other": "Sudanese Armed Forces"}),
    ("timeline.rq", {"country": "IRN"}, {"month": "2024-01", "type": "Accusation"}),
    ("sanctions.rq", {"country": "Russia"}, {"type": "Sanction", "by": "United States"}),
])
def test_a_query_takes_another_entity(examples_store, name, parameters, expected):
    text = (REPO / "examples" / "queries" / name).read_text(encoding="utf-8")
    rows = select(examples_store, text, parameters=parameters, timeout=30)
    default = select(examples_store, text, timeout=30)
    assert rows != default
    assert any(all(row[column] == value for column, value in expected.items()) for row in rows), rows[:5]
