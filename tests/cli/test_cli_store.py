"""kg.cli with a store: build into --store, query, export, remove, stats, update and viz through Typer's runner."""

from __future__ import annotations

import csv
import gc
import json
import re
import shutil
import socket
import time
from dataclasses import dataclass

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.namespace import CKG
from kg.graph.store import KnowledgeGraph

ARTICLES = {
    "chile.txt": "Chile moves troops\n\nChile deployed troops to Bolivia on Monday.\n",
    "peru.txt": "Peru punishes Chile\n\nPeru imposed sanctions on Chile.\n",
    "kenya.txt": "Kenya sends police\n\nKenya sent police officers to Haiti.\n",
}
RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . "
           "?s ?t ?u }")
INSERTED = "ASK { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


@dataclass
class Ran:
    """What a command did: its exit status, its standard output, and everything it printed."""

    exit_code: int
    stdout: str
    text: str


def invoke(runner: CliRunner, args: list[str]) -> Ran:
    """Run a command and let go of its result, whose traceback would keep the command's store open."""
    result = runner.invoke(app, args)
    text = result.output
    try:
        text += result.stderr
    except ValueError:  # stderr mixed into output
        pass
    ran = Ran(result.exit_code, result.stdout, text)
    failed = result.exception is not None
    del result
    if failed:  # the traceback held the command's frames (and its store) in reference cycles
        gc.collect()
    return ran


def write_articles(folder, articles=ARTICLES):
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(store) -> tuple[int, int, set]:
    """(articles, distinct triples, quads) of a store, opened read-only and closed again."""
    graph = KnowledgeGraph(store, read_only=True)
    try:
        return graph.articles, sum(1 for _ in graph.triples()), {str(q) for q in graph.quads()}
    finally:
        del graph


@pytest.fixture(scope="module")
def built(tmp_path_factory, extractor):
    """A store built once from three short articles, and the folder they came from."""
    base = tmp_path_factory.mktemp("built")
    folder = write_articles(base / "articles")
    store = base / "kg.db"
    result = invoke(CliRunner(), ["build", str(folder), "--store", str(store)])
    assert result.exit_code == 0, result.text
    return folder, store


@pytest.fixture
def store(built, tmp_path):
    """A private copy of the built store (tests may change it)."""
    copy = tmp_path / "kg.db"
    shutil.copytree(built[1], copy)
    return copy


@pytest.fixture(scope="module")
def graph_file(built, tmp_path_factory):
    path = tmp_path_factory.mktemp("file") / "graph.ttl"
    result = invoke(CliRunner(), ["export", "--store", str(built[1]), "-o", str(path)])
    assert result.exit_code == 0, result.text
    return path


def articles_in_stats(text: str) -> int:
    match = re.search(r"articles\s*\S\s*(\d+)", text)
    assert match, text
    return int(match[1])


# -- build ---------------------------------------------------------------------------------------------
def test_build_twice_into_a_store_changes_nothing(runner, tmp_path, extractor):
    folder = write_articles(tmp_path / "in")
    store = tmp_path / "kg.db"
    first = invoke(runner, ["build", str(folder), "--store", str(store)])
    assert first.exit_code == 0, first.text
    assert re.search(r"\b3 articles, 0 skipped", first.text), first.text
    before = snapshot(store)
    assert before[0] == 3 and before[1] > 30

    again = invoke(runner, ["build", str(folder), "--store", str(store)])
    text = again.text
    assert again.exit_code == 0, text
    assert "nothing new: 3 articles already in the store" in text, text
    assert snapshot(store) == before


def test_build_a_changed_article_replaces_it(runner, tmp_path, extractor):
    folder = write_articles(tmp_path / "in")
    store = tmp_path / "kg.db"
    assert invoke(runner, ["build", str(folder), "--store", str(store)]).exit_code == 0
    (folder / "peru.txt").write_text("Peru punishes Ecuador\n\nPeru imposed sanctions on Ecuador.\n", encoding="utf-8")
    result = invoke(runner, ["build", str(folder), "--store", str(store)])
    assert re.search(r"\b1 article \(2 already in the store\)", result.text), result.text
    ask = invoke(runner, ["query", "--store", str(store), 'ASK { ?e a ckg:Sanction ; ckg:target ?t . '
                                                                '?t ckg:isoAlpha3 "CHL" }'])
    assert ask.stdout.strip() == "false"
    assert snapshot(store)[0] == 3


def test_build_keeps_one_article_for_one_text(runner, tmp_path, extractor):
    folder = write_articles(tmp_path / "in", {"a.txt": ARTICLES["peru.txt"], "b.txt": ARTICLES["peru.txt"]})
    store = tmp_path / "kg.db"
    result = invoke(runner, ["build", str(folder), "--store", str(store)])
    assert result.exit_code == 0, result.text
    assert snapshot(store)[0] == 1


def test_a_changed_user_gazetteer_reads_the_articles_again(runner, tmp_path, extractor, monkeypatch):
    monkeypatch.delenv("CONFLICT_KG_GAZETTEER", raising=False)
    folder = write_articles(tmp_path / "in", {"dessie.txt": "Dessie fighters clash\n\nDessie attacked Ethiopia on Monday.\n"})
    store, mine = tmp_path / "kg.db", tmp_path / "mine.tsv"
    assert invoke(runner, ["build", str(folder), "--store", str(store)]).exit_code == 0
    is_the_militia = 'ASK { ?e a ckg:Attack ; ckg:actor ?a . ?a a ckg:Organization ; rdfs:label "Dessie"@en }'
    assert invoke(runner, ["query", "--store", str(store), is_the_militia]).stdout.strip() == "false"

    mine.write_text("name\ttype\tcountry\tkind\nDessie\torganization\tETH\tarmed_group\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # the default file, from the working folder's configuration
    (tmp_path / "conflict-kg.toml").write_text('gazetteer = "mine.tsv"\n', encoding="utf-8")
    again = invoke(runner, ["build", str(folder), "--store", str(store)])
    assert again.exit_code == 0, again.text
    assert "mine.tsv: 1 entries merged" in again.text and "(1 read again" in again.text, again.text
    assert invoke(runner, ["query", "--store", str(store), is_the_militia]).stdout.strip() == "true"
    unchanged = invoke(runner, ["build", str(folder), "--store", str(store), "--gazetteer", str(mine)])
    assert "1 article already in the store" in unchanged.text, unchanged.text


def test_a_bad_user_gazetteer_line_stops_the_build_naming_file_and_line(runner, tmp_path):
    folder = write_articles(tmp_path / "in")
    mine = tmp_path / "mine.tsv"
    mine.write_text("name\ttype\tcountry\nTawila\tlocation\tSDN\nFano\tarmed group\n", encoding="utf-8")
    result = invoke(runner, ["build", str(folder), "--store", str(tmp_path / "kg.db"), "--gazetteer", str(mine)])
    assert result.exit_code == 2
    assert f"[E013] {mine}, line 3: type 'armed group' is not one of" in result.text, result.text
    assert not (tmp_path / "kg.db").exists()


def test_build_needs_an_output_or_a_store(runner, tmp_path):
    folder = write_articles(tmp_path / "in")
    result = invoke(runner, ["build", str(folder)])
    assert result.exit_code == 2
    assert "--store" in result.text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


# -- query ---------------------------------------------------------------------------------------------
COUNTRIES = "SELECT DISTINCT ?label ?iso WHERE { ?c a ckg:Country ; rdfs:label ?label ; ckg:isoAlpha3 ?iso } ORDER BY ?label"
EXPECTED_COUNTRIES = [("Bolivia", "BOL"), ("Chile", "CHL"), ("Haiti", "HTI"), ("Kenya", "KEN"), ("Peru", "PER")]


def test_query_csv(runner, built):
    result = invoke(runner, ["query", "--store", str(built[1]), COUNTRIES, "--format", "csv"])
    assert result.exit_code == 0, result.text
    lines = result.stdout.splitlines()
    assert lines[0] == "label,iso"
    assert [tuple(line.split(",")) for line in lines[1:]] == EXPECTED_COUNTRIES


def test_query_tsv(runner, built):
    result = invoke(runner, ["query", "--store", str(built[1]), COUNTRIES, "--format", "tsv"])
    assert result.exit_code == 0, result.text
    lines = result.stdout.splitlines()
    assert lines[0] == "?label\t?iso"
    assert lines[1] == '"Bolivia"@en\t"BOL"'
    assert len(lines) == 1 + len(EXPECTED_COUNTRIES)


def test_query_json(runner, built):
    result = invoke(runner, ["query", "--store", str(built[1]), COUNTRIES, "--format", "json"])
    assert result.exit_code == 0, result.text
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["label", "iso"]
    bindings = data["results"]["bindings"]
    assert [(b["label"]["value"], b["iso"]["value"]) for b in bindings] == EXPECTED_COUNTRIES
    assert bindings[0]["label"]["xml:lang"] == "en"


def test_query_reads_a_rq_file(runner, built, tmp_path):
    path = tmp_path / "countries.rq"
    path.write_text("# the countries\n" + COUNTRIES + "\n", encoding="utf-8")
    result = invoke(runner, ["query", "--store", str(built[1]), str(path), "--format", "csv"])
    assert result.exit_code == 0, result.text
    assert len(result.stdout.splitlines()) == 1 + len(EXPECTED_COUNTRIES)


def test_query_ask_on_a_graph_file(runner, graph_file):
    yes = invoke(runner, ["query", str(graph_file), 'ASK { ?c ckg:isoAlpha3 "KEN" ; ckg:deploysTo ?d }'])
    assert yes.exit_code == 0, yes.text
    assert yes.stdout.strip() == "true"
    no = invoke(runner, ["query", str(graph_file), 'ASK { ?c ckg:isoAlpha3 "ZZZ" }'])
    assert no.exit_code == 1, no.text
    assert no.stdout.strip() == "false"


def test_query_construct_prints_turtle(runner, graph_file):
    result = invoke(runner, ["query", str(graph_file),
                                 "CONSTRUCT { ?a ckg:deploysTo ?b } WHERE { ?e a ckg:Deployment ; ckg:actor ?a ; "
                                 "ckg:target|ckg:place ?b }"])
    assert result.exit_code == 0, result.text
    graph = Graph().parse(data=result.stdout, format="turtle")
    pairs = {(str(s).rsplit("/", 1)[-1], str(o).rsplit("/", 1)[-1]) for s, _, o in graph}
    assert pairs == {("CHL", "BOL"), ("KEN", "HTI")}
    assert all(p == CKG.deploysTo for p in graph.predicates())


def test_query_syntax_error(runner, built):
    result = invoke(runner, ["query", "--store", str(built[1]), "SELECT * WHERE { ?s ?p }"])
    assert result.exit_code == 2
    assert re.search(r"\b1:\d+", result.text), result.text
    assert "Traceback" not in result.text


def test_query_refuses_service(runner, built):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    port = server.getsockname()[1]
    try:
        result = invoke(runner, ["query", "--store", str(built[1]),
                                     f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"])
        assert result.exit_code == 2
        assert "--allow-service" in result.text
        server.settimeout(0.3)
        with pytest.raises(socket.timeout):
            server.accept()
    finally:
        server.close()


def test_query_timeout(runner, built):
    started = time.monotonic()
    result = invoke(runner, ["query", "--store", str(built[1]), "--timeout", "0.5", RUNAWAY])
    assert result.exit_code == 2, result.text
    assert time.monotonic() - started < 5
    assert "0.5 s" in result.text
    # the store still answers
    again = invoke(runner, ["query", "--store", str(built[1]), "ASK { ?a a ckg:Article }"])
    assert again.exit_code == 0 and again.stdout.strip() == "true"


@pytest.mark.parametrize("on_a_file", [False, True])
def test_query_parameters_name_entities(runner, built, graph_file, on_a_file):
    where = [str(graph_file)] if on_a_file else ["--store", str(built[1])]
    query = "SELECT ?to WHERE { VALUES ?from { } ?from ckg:deploysTo/rdfs:label ?to }"
    for name in ("Kenya", "KE", "country/ken"):
        result = invoke(runner, ["query", *where, query, "--param", f"from={name}"])
        assert result.exit_code == 0, result.text
        assert result.stdout.splitlines() == ["to", "Haiti"]
    missing = invoke(runner, ["query", *where, query])
    assert missing.exit_code == 2 and "--param from=NAME" in missing.text


def test_a_query_default_is_said_unless_a_parameter_replaces_it(runner, built):
    query = "SELECT ?to WHERE { VALUES ?from { <https://w3id.org/conflict-kg/resource/country/KEN> } " \
            "VALUES ?class { ckg:Deployment ckg:Meeting } ?from ckg:deploysTo/rdfs:label ?to }"
    result = invoke(runner, ["query", "--store", str(built[1]), query])
    assert result.exit_code == 0 and result.stdout.splitlines() == ["to", "Haiti"], result.text
    assert "?from is <country/KEN> by the query's own VALUES block; --param from=NAME" in result.text
    assert "?class" not in result.text  # several terms: part of the query, not a parameter's default
    told = invoke(runner, ["query", "--store", str(built[1]), query, "--param", "from=Kenya"])
    assert told.exit_code == 0 and "VALUES block" not in told.text


@pytest.mark.parametrize("args, message", [
    (["--param", "from=Kenia"], "[E012] no entity called 'Kenia' in the graph (did you mean Kenya?)"),
    (["--param", "Kenya"], "write NAME=VALUE"),
    (["--param", "to=Kenya"], "the query has no ?to to bind"),
])
def test_query_bad_parameters_are_explained(runner, built, args, message):
    result = invoke(runner, ["query", "--store", str(built[1]), "SELECT ?x WHERE { ?from ckg:deploysTo ?x }", *args])
    assert result.exit_code == 2
    assert message in result.text


@pytest.mark.parametrize("query, message", [
    ("examples/queries/mediator.rq", "no such query file: examples/queries/mediator.rq"),
    ("SELCT ?x WHERE { ?x ?p ?o }", "expected SELECT, ASK, CONSTRUCT or DESCRIBE at 1:1, found 'SELCT'"),
    ("SELECT ?x WHERE { ?x foaf:name ?n }", "unknown prefix 'foaf:'"),
    ("DELETE WHERE { ?s ?p ?o }", "run it with `kg update`"),
])
def test_query_errors_help(runner, built, query, message):
    result = invoke(runner, ["query", "--store", str(built[1]), query])
    assert result.exit_code == 2
    assert message in result.text and "Traceback" not in result.text


def test_query_needs_a_graph(runner, tmp_path):
    result = invoke(runner, ["query", "--store", str(tmp_path / "nowhere.db"), "ASK {}"])
    assert result.exit_code == 2
    assert not (tmp_path / "nowhere.db").exists()


# -- export --------------------------------------------------------------------------------------------
def test_export_trig(runner, built, tmp_path):
    out = tmp_path / "x.trig"
    result = invoke(runner, ["export", "--store", str(built[1]), "-o", str(out)])
    assert result.exit_code == 0, result.text
    assert "3 articles" in result.text
    dataset = Dataset()
    dataset.parse(out, format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert {name.rsplit("/", 1)[-1] for name in names if "/article/" in name} == {"chile", "peru", "kenya"}
    assert any(name.endswith("graph/entities") for name in names)
    assert len(list(dataset.quads((None, None, None, None)))) == len(snapshot(built[1])[2])


def test_export_to_stdout_is_turtle(runner, built):
    result = invoke(runner, ["export", "--store", str(built[1]), "-o", "-"])
    assert result.exit_code == 0, result.text
    graph = Graph().parse(data=result.stdout, format="turtle")
    assert len(set(graph.subjects(RDF.type, CKG.Article))) == 3
    assert len(graph) == snapshot(built[1])[1]


# -- import ----------------------------------------------------------------------------------------------
def test_import_an_export_restores_the_store(runner, built, tmp_path):
    dump = tmp_path / "all.nq"
    assert invoke(runner, ["export", "--store", str(built[1]), "-o", str(dump)]).exit_code == 0
    restored = tmp_path / "restored.db"
    result = invoke(runner, ["import", str(dump), "--store", str(restored), "--workers", "2"])
    assert result.exit_code == 0, result.text
    assert "3 articles" in result.text
    assert snapshot(restored) == snapshot(built[1])


def test_import_a_broken_file_names_its_line_and_keeps_the_store(runner, store, tmp_path):
    broken = tmp_path / "broken.nq"
    broken.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> <http://example.org/g> .\n"
                      "<http://example.org/a> <http://example.org/b> .\n", encoding="utf-8")
    before = snapshot(store)
    result = invoke(runner, ["import", str(broken), "--store", str(store)])
    assert result.exit_code == 2
    assert f"{broken}:2" in result.text.replace("\n", "")
    assert snapshot(store) == before


# -- remove and stats ------------------------------------------------------------------------------------
def test_remove_then_stats(runner, store):
    before = invoke(runner, ["stats", "--store", str(store)])
    assert before.exit_code == 0, before.text
    assert articles_in_stats(before.stdout) == 3
    removed = invoke(runner, ["remove", "--store", str(store), "peru"])
    assert removed.exit_code == 0, removed.text
    assert "removed 1" in removed.text
    after = invoke(runner, ["stats", "--store", str(store)])
    assert after.exit_code == 0, after.text
    assert articles_in_stats(after.stdout) == 2
    assert re.search(r"events: Sanction\s*\S\s*0\b", after.stdout), after.stdout
    assert re.search(r"events: Deployment\s*\S\s*2\b", after.stdout), after.stdout


def test_remove_unknown_id(runner, store):
    before = snapshot(store)
    result = invoke(runner, ["remove", "--store", str(store), "no-such-article"])
    assert result.exit_code == 1
    assert "no-such-article" in result.text
    assert snapshot(store) == before


def test_stats_of_a_graph_file(runner, graph_file):
    result = invoke(runner, ["stats", str(graph_file)])
    assert result.exit_code == 0, result.text
    assert articles_in_stats(result.stdout) == 3


# -- update ----------------------------------------------------------------------------------------------
def test_update_changes_the_store(runner, store):
    before = snapshot(store)
    result = invoke(runner, ["update", "--store", str(store),
                                 "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"])
    assert result.exit_code == 0, result.text
    after = snapshot(store)
    assert after[1] == before[1] + 1
    ask = invoke(runner, ["query", "--store", str(store), INSERTED])
    assert ask.exit_code == 0 and ask.stdout.strip() == "true"


def test_query_cannot_update(runner, store):
    before = snapshot(store)
    result = invoke(runner, ["query", "--store", str(store),
                                 "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"])
    assert result.exit_code == 2, result.text
    assert snapshot(store) == before
    ask = invoke(runner, ["query", "--store", str(store), INSERTED])
    assert ask.exit_code == 1 and ask.stdout.strip() == "false"


def test_update_refuses_service(runner, store):
    before = snapshot(store)
    result = invoke(runner, ["update", "--store", str(store),
                                 "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"])
    assert result.exit_code == 2
    assert "--allow-service" in result.text
    assert snapshot(store) == before


def test_update_syntax_error(runner, store):
    before = snapshot(store)
    result = invoke(runner, ["update", "--store", str(store), "INSERT DATA { <http://example.org/a> }"])
    assert result.exit_code == 2
    assert re.search(r"\b1:\d+", result.text), result.text
    assert snapshot(store) == before


# -- viz -------------------------------------------------------------------------------------------------
def test_viz_writes_a_png(runner, built, tmp_path):
    out = tmp_path / "net.png"
    result = invoke(runner, ["viz", "--store", str(built[1]), "-o", str(out)])
    assert result.exit_code == 0, result.text
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert re.search(r"\b5 entities, 3 edges", result.text), result.text


def test_viz_writes_a_self_contained_page_by_default(runner, built, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, ["viz", "--store", str(built[1])])
    assert result.exit_code == 0, result.text
    page = (tmp_path / "network.html").read_text(encoding="utf-8")
    assert "<canvas" in page and "Bolivia" in page
    assert not re.search(r"""<script[^>]+src=|<link[^>]+href=["']https?:""", page)


@pytest.mark.parametrize("args, entities, edges", [
    (["--relation", "sanctions"], 2, 1),
    (["--focus", "Chile", "--hops", "1"], 3, 2),
    (["--focus", "country/KEN", "--relation", "deploys,sanctions"], 2, 1),
    (["--focus", "HT"], 2, 1),  # an ISO code: the lookup kg query's --param uses
    (["--entity-type", "Country", "--relation", "deploys", "--min-confidence", "0.5"], 4, 2),
    (["--relation", "sanctions", "--modality", "all"], 2, 1),
])
def test_viz_filters_apply_to_gephi_files(runner, built, tmp_path, args, entities, edges):
    out = tmp_path / "net.graphml"
    result = invoke(runner, ["viz", "--store", str(built[1]), "-o", str(out), *args])
    assert result.exit_code == 0, result.text
    assert f"{entities} entities, {edges} edges" in result.text
    import networkx as nx

    network = nx.read_graphml(out, force_multigraph=True)
    assert (network.number_of_nodes(), network.number_of_edges()) == (entities, edges)


def test_viz_timeline(runner, graph_file, tmp_path):
    out = tmp_path / "timeline.svg"
    result = invoke(runner, ["viz", str(graph_file), "--timeline", "-o", str(out)])
    assert result.exit_code == 0, result.text
    assert out.read_bytes().startswith(b"<?xml")
    assert "events by" in result.text


@pytest.mark.parametrize("args, message", [
    (["--relation", "bombs"], "unknown relation 'bombs'"),
    (["--focus", "Atlantis"], "no entity called 'Atlantis'"),
    (["--timeline", "-o", "t.html"], "t.html"),
    (["-o", "net.gif"], "net.gif"),
    (["--since", "2024-13-01"], "2024-13-01"),
    (["--modality", "rumoured"], "rumoured: use asserted"),
])
def test_viz_bad_options_are_explained(runner, graph_file, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, ["viz", str(graph_file), *args])
    assert result.exit_code == 2
    assert message in result.text
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("args, reason", [
    (["--since", "2030-01-01", "-o", "net.png"], "no edge passes --since 2030-01-01 (--modality asserted,planned)"),
    (["--since", "2030-01-01", "-o", "net.html"], "no edge passes --since 2030-01-01"),
    (["--since", "2030-01-01", "--timeline", "-o", "timeline.png"], "no edge passes --since 2030-01-01"),
    (["--relation", "sanctions", "--modality", "negated,claimed", "-o", "net.graphml"],
     "no edge passes --relation sanctions (--modality negated,claimed)"),
    (["--min-reports", "50", "-o", "net.png"], "no edge passes --min-reports 50 (--modality asserted,planned)"),
])
def test_viz_with_nothing_to_draw_warns_and_writes_nothing(runner, graph_file, tmp_path, monkeypatch, args, reason):
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, ["viz", str(graph_file), *args])
    assert result.exit_code == 1, result.text
    assert f"warning nothing to draw: {reason}" in result.text
    assert f"{args[-1]} not written" in result.text
    assert not list(tmp_path.iterdir())


def test_viz_focus_takes_the_names_the_articles_use(runner, toy_graph, tmp_path):
    from kg.graph.export import write_graph

    write_graph(toy_graph, tmp_path / "toy.nq")
    out = tmp_path / "forum.graphml"
    result = invoke(runner, ["viz", str(tmp_path / "toy.nq"), "--focus", "pf", "-o", str(out)])  # Pacific Forum
    assert result.exit_code == 0, result.text
    assert "2 entities, 1 edges" in result.text


# -- a store another program has open -------------------------------------------------------------------
@pytest.mark.parametrize("command", [
    ["remove", "peru"],
    ["import", "graph.nq"],
    ["update", "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"],
])
def test_a_store_in_use_is_reported_not_a_traceback(runner, store, command):
    held = KnowledgeGraph(store)  # stands for another program writing to the store
    try:
        result = invoke(runner, [command[0], "--store", str(store), *command[1:]])
    finally:
        del held
        gc.collect()
    assert result.exit_code == 2, result.text
    assert str(store) in result.text


# -- events several articles report ---------------------------------------------------------------
HAITI = {
    "wire.txt": "Kenyan police land in Haiti\n2024-06-25\n\nKenya deployed police officers to Haiti on Tuesday.\n",
    "daily.txt": "First Kenyan contingent reaches Port-au-Prince\n2024-06-26\n\nKenya sent police officers to Haiti.\n",
    "weekly.txt": "Kenya's Haiti mission begins\n2024-06-28\n\nKenya deployed police officers to Haiti this week.\n",
}


def test_min_reports_in_the_event_table_and_the_network(runner, tmp_path, extractor):
    store = tmp_path / "kg.db"
    folder = write_articles(tmp_path / "haiti", {**HAITI, "peru.txt": ARTICLES["peru.txt"]})
    assert invoke(runner, ["build", str(folder), "--store", str(store)]).exit_code == 0
    table = tmp_path / "events.csv"
    result = invoke(runner, ["export", "--store", str(store), "-o", str(table), "--min-reports", "3"])
    assert result.exit_code == 0, result.text
    [row] = list(csv.DictReader(table.open(encoding="utf-8")))
    assert (row["event_class"], row["num_reports"], row["articles"]) == ("Deployment", "3", "daily;weekly;wire")
    result = invoke(runner, ["viz", "--store", str(store), "-o", str(tmp_path / "n.gexf"), "--min-reports", "2"])
    assert result.exit_code == 0 and "2 entities, 1 edges" in result.text, result.text
    result = invoke(runner, ["export", "--store", str(store), "-o", str(tmp_path / "all.ttl"), "--min-reports", "2"])
    assert result.exit_code == 2 and "--min-reports applies to the event table" in result.text
    assert not (tmp_path / "all.ttl").exists()


def test_the_event_table_shows_denied_events_when_asked(runner, tmp_path, extractor):
    folder = write_articles(tmp_path / "news", {"denial.txt": "Border tensions rise\n2024-03-02\n\n"
                                                "Chad denied sending troops to Sudan. Egypt deployed troops to Libya.\n"})
    graph = tmp_path / "graph.ttl"
    assert invoke(runner, ["build", str(folder), "-o", str(graph)]).exit_code == 0
    shown = {}
    for modality in ("asserted,planned", "all", "negated"):
        table = tmp_path / f"{modality}.csv"
        result = invoke(runner, ["export", str(graph), "-o", str(table), "--modality", modality])
        assert result.exit_code == 0, result.text
        shown[modality] = {(row["actor1"], row["modality"]) for row in csv.DictReader(table.open(encoding="utf-8"))}
    assert shown["asserted,planned"] == {("Egypt", "Asserted")}
    assert shown["negated"] == {("Chad", "Negated")}
    assert shown["all"] == shown["asserted,planned"] | shown["negated"]
    result = invoke(runner, ["export", str(graph), "-o", str(tmp_path / "all.nt"), "--modality", "negated"])
    assert result.exit_code == 2 and "--modality applies to the event table" in result.text


def test_an_import_into_a_store_merges_its_reports_with_the_stored_ones(runner, tmp_path, extractor):
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    assert invoke(runner, ["build", str(write_articles(tmp_path / "a", {"wire.txt": HAITI["wire.txt"]})),
                           "--store", str(first)]).exit_code == 0
    rest = {name: text for name, text in HAITI.items() if name != "wire.txt"}
    assert invoke(runner, ["build", str(write_articles(tmp_path / "b", rest)), "--store", str(second)]).exit_code == 0
    dump = tmp_path / "second.nq"
    assert invoke(runner, ["export", "--store", str(second), "-o", str(dump)]).exit_code == 0
    assert invoke(runner, ["import", str(dump), "--store", str(first)]).exit_code == 0
    everything = tmp_path / "all.db"
    assert invoke(runner, ["build", str(write_articles(tmp_path / "c", HAITI)), "--store", str(everything)]).exit_code == 0
    assert snapshot(first) == snapshot(everything)
