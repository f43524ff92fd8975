"""kg.graph.remote against a real Oxigraph server on 127.0.0.1: the same graph as the embedded store, whole batches."""

from __future__ import annotations

import dataclasses
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from typer.testing import CliRunner

from kg.building import build
from kg.cli import app
from kg.errors import QueryError, StoreError
from kg.extract.parallel import DaskExtractor
from kg.extract.registry import extractor_factory
from kg.graph.export import write_graph
from kg.graph.protocol import Graph
from kg.graph.query import select
from kg.graph.remote import Endpoints, RemoteGraph, is_remote
from kg.graph.store import KnowledgeGraph
from kg.model import Article

SERVER = Path(sys.executable).parent / "oxigraph"
TEXTS = {
    "r1": "Turkey mediated talks between Russia and Ukraine in Istanbul on Tuesday.",
    "r2": "Kenya sent police officers to Haiti at the request of the Haitian government.",
    "r3": "Peru imposed sanctions on Chile. Foreign Minister Ana Soto of Chile met President Dina Boluarte of Peru.",
    "r4": "Mali asked Russia for military assistance after fighting near Gao.",
    "r5": "Iran accused Israel of attacking its consulate in Damascus.",
    "r6": "Qatar and Egypt mediated between Israel and Hamas in Doha.",
}


class OxigraphServer:
    """``oxigraph serve`` on a free port of 127.0.0.1, its data in a folder; started and stopped by the tests."""

    def __init__(self, location: Path):
        self.location = location
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> OxigraphServer:
        self.process = subprocess.Popen([str(SERVER), "serve", "--location", str(self.location),
                                         "--bind", f"127.0.0.1:{self.port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                requests.get(self.url + "/query", params={"query": "ASK {}"}, timeout=1)
                return self
            except requests.ConnectionError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("the Oxigraph server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None


@pytest.fixture
def server(tmp_path):
    if not SERVER.exists():
        pytest.skip("the oxigraph server (pip package 'oxigraph') is not installed")
    running = OxigraphServer(tmp_path / "server").start()
    yield running
    running.stop()


@pytest.fixture(scope="module")
def extractions(extractor):
    articles = [Article(key, text, title=f"Story {key}", date=date(2024, 5, int(key[1]))) for key, text in TEXTS.items()]
    return list(extractor.extract_many(articles))


def dataset(graph: RemoteGraph) -> set[str]:
    rows = graph.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {str(ox.Quad(row["s"], row["p"], row["o"], row["g"])) for row in rows}


def local(extractions) -> set[str]:
    graph = KnowledgeGraph()
    graph.add_many(extractions)
    return {str(quad) for quad in graph.quads()}


# -- endpoints -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("url, query, update", [
    ("http://h:7878", "http://h:7878/query", "http://h:7878/update"),
    ("http://h:7878/", "http://h:7878/query", "http://h:7878/update"),
    ("http://h:3030/conflict", "http://h:3030/conflict/query", "http://h:3030/conflict/update"),
    ("https://h/repositories/kg", "https://h/repositories/kg", "https://h/repositories/kg/statements"),
    ("fuseki+http://h:3030/ds/", "http://h:3030/ds/query", "http://h:3030/ds/update"),
    ("oxigraph+https://h/base", "https://h/base/query", "https://h/base/update"),
])
def test_endpoints_by_url(url, query, update):
    endpoints = Endpoints.for_url(url)
    assert (endpoints.query, endpoints.update) == (query, update)
    assert is_remote(url)


def test_folders_are_not_remote():
    assert not is_remote("kg.db") and not is_remote("/data/http://x")


def test_unknown_kind_of_server():
    with pytest.raises(StoreError, match="unknown kind of server 'neo4j'"):
        Endpoints.for_url("neo4j+http://h:7474")


# -- the same graph as the embedded store --------------------------------------------------------------
def test_batches_give_the_graph_of_the_embedded_store(server, extractions):
    remote = RemoteGraph(server.url)
    remote.add_many(extractions[:3])
    remote.add_many(extractions[3:])
    assert dataset(remote) == local(extractions)
    assert remote.articles == len(TEXTS)
    assert remote.generated_by("r1") == extractions[0].generated_by is not None
    assert remote.generated_by("no-such-article") is None


def test_re_adding_and_replacing_by_text(server, extractions):
    remote = RemoteGraph(server.url)
    remote.add_many(extractions)
    remote.add_many(extractions[:2])
    assert dataset(remote) == local(extractions)
    moved = Article("r1-again", TEXTS["r1"], title="Story r1", date=date(2024, 5, 1))
    renamed = dataclasses.replace(extractions[0], article=moved)
    remote.add_many([renamed])
    assert not remote.contains("r1") and remote.contains("r1-again")
    assert remote.article_id_with_hash(moved.content_hash) == "r1-again"
    assert dataset(remote) == local([*extractions, renamed])


def test_remove_then_add_restores(server, extractions):
    remote = RemoteGraph(server.url)
    remote.add_many(extractions)
    before = dataset(remote)
    assert remote.remove("r3") is True
    assert dataset(remote) == local([e for e in extractions if e.article.id != "r3"])
    assert remote.remove("r3") is False
    remote.add_many([e for e in extractions if e.article.id == "r3"])
    assert dataset(remote) == before


def test_queries_see_the_union_and_syntax_errors_are_reported(server, extractions):
    remote = RemoteGraph(server.url)
    remote.add_many(extractions)
    rows = remote.query("SELECT DISTINCT ?m WHERE { ?e a ckg:Mediation ; ckg:actor/rdfs:label ?m } ORDER BY ?m")
    assert [row["m"].value for row in rows] == ["Egypt", "Qatar", "Turkey"]
    assert bool(remote.query("ASK { <https://w3id.org/conflict-kg/resource/country/KEN> ckg:deploysTo "
                             "<https://w3id.org/conflict-kg/resource/country/HTI> }"))
    assert len(remote.query("CONSTRUCT { ?a ckg:sanctions ?b } WHERE { ?a ckg:sanctions ?b }")) == 1
    with pytest.raises(StoreError, match="refused the request \\(400"):
        remote.query("SELECT WHERE {")


def test_an_import_gives_the_graph_an_import_into_the_embedded_store_gives(server, extractions, tmp_path):
    exported = KnowledgeGraph()
    exported.add_many(extractions[:4])
    export = tmp_path / "four.nq"
    write_graph(exported, export)
    remote, embedded = RemoteGraph(server.url), KnowledgeGraph()
    for graph in (remote, embedded):
        graph.add_many(extractions[2:])  # r3 and r4 are in the file too: replaced
        graph.load(export)
    assert dataset(remote) == {str(quad) for quad in embedded.quads()}
    assert remote.articles == len(TEXTS)
    triples = tmp_path / "extra.ttl"
    triples.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n", encoding="utf-8")
    remote.load(triples)
    assert bool(remote.query("ASK { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"))


def test_a_server_s_rows_are_not_repeated_and_parameters_are_bound(server, extractions):
    """The Oxigraph server's union default graph repeats rows as the embedded store does (oxigraph#1919)."""
    remote = RemoteGraph(server.url)
    remote.add_many(extractions)
    query = "SELECT ?c WHERE { ?e ckg:actor|ckg:target ?c . ?c a ckg:Country }"
    repeated = [row["c"].value for row in remote.query(query)]
    rows = select(remote, query)
    assert len(repeated) > len(rows) == len({row["c"] for row in rows})
    assert {row["c"] for row in rows} == set(repeated)
    mediated = "SELECT ?party WHERE { VALUES ?mediator { } ?e a ckg:Mediation ; ckg:actor ?mediator ; ckg:target/rdfs:label ?party }"
    assert {row["party"] for row in select(remote, mediated, parameters={"mediator": "turkey"})} == {"Russia", "Ukraine"}
    with pytest.raises(QueryError, match="expected SELECT, ASK, CONSTRUCT or DESCRIBE"):
        select(remote, "SELCT ?x WHERE { ?x ?p ?o }")


# -- the command line ------------------------------------------------------------------------------------
def test_build_query_and_viz_through_the_command_line(server, tmp_path, extractor):
    folder = tmp_path / "articles"
    folder.mkdir()
    for key, text in TEXTS.items():
        (folder / f"{key}.txt").write_text(f"Story {key}\n\n{text}\n", encoding="utf-8")
    runner = CliRunner()
    built = runner.invoke(app, ["build", str(folder), "--store", server.url])
    assert built.exit_code == 0, built.output
    again = runner.invoke(app, ["build", str(folder), "--store", server.url])
    assert "nothing new: 6 articles already in the store" in again.output
    answer = runner.invoke(app, ["query", "--store", server.url, "--format", "csv",
                                 "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ckg:Article }"])
    assert answer.exit_code == 0, answer.output
    assert answer.stdout.splitlines() == ["n", "6"]
    picture = runner.invoke(app, ["viz", "--store", server.url, "-o", str(tmp_path / "net.graphml")])
    assert picture.exit_code == 0, picture.output
    stats = runner.invoke(app, ["stats", "--store", server.url])
    assert stats.exit_code == 0 and "articles" in stats.stdout


def test_import_remove_and_update_take_a_server_as_the_other_commands_do(server, tmp_path, extractions):
    exported = KnowledgeGraph()
    exported.add_many(extractions)
    write_graph(exported, tmp_path / "all.trig")
    runner = CliRunner()
    imported = runner.invoke(app, ["import", str(tmp_path / "all.trig"), "--store", server.url])
    assert imported.exit_code == 0, imported.output
    assert f"6 articles in {server.url}" in imported.output
    removed = runner.invoke(app, ["remove", "r2", "--store", server.url])
    assert removed.exit_code == 0, removed.output
    updated = runner.invoke(app, ["update", "--store", server.url, "INSERT DATA { <http://example.org/a> "
                                  "<http://example.org/b> <http://example.org/c> }"])
    assert updated.exit_code == 0, updated.output
    remote = RemoteGraph(server.url)
    assert remote.articles == 5 and not remote.contains("r2")
    assert bool(remote.query("ASK { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"))


# -- the cluster and the server ----------------------------------------------------------------------------
@pytest.mark.slow
def test_dask_local_cluster_into_the_server_equals_a_local_build(server, tmp_path, extractor):
    folder = tmp_path / "articles"
    folder.mkdir()
    for key, text in TEXTS.items():
        (folder / f"{key}.txt").write_text(f"Story {key}\n\n{text}\n", encoding="utf-8")
    at_home, _ = build([folder], KnowledgeGraph(), extractor=extractor, batch_size=2)
    with DaskExtractor("local:2", extractor_factory(batch_size=2), batch_size=2) as workers:
        remote, report = build([folder], RemoteGraph(server.url), extractor=workers, batch_size=2)
    assert report.articles == len(TEXTS)
    assert dataset(remote) == {str(quad) for quad in at_home.quads()}


def test_a_server_killed_mid_build_keeps_whole_batches(server, tmp_path, extractor):
    folder = tmp_path / "articles"
    folder.mkdir()
    for key, text in TEXTS.items():
        (folder / f"{key}.txt").write_text(f"Story {key}\n\n{text}\n", encoding="utf-8")
    seen = []
    watcher = RemoteGraph(server.url)

    def after_each_article() -> None:
        seen.append(1)
        if len(seen) == 5:  # batches are written in the background: once the first is in, the server dies
            deadline = time.monotonic() + 20
            while watcher.articles < 2 and time.monotonic() < deadline:
                time.sleep(0.05)
            server.stop()

    with pytest.raises(StoreError) as caught:
        build([folder], RemoteGraph(server.url, retries=1, backoff=0.01), extractor=extractor, batch_size=2,
              on_article=after_each_article)
    assert server.url in str(caught.value) and "did not answer" in str(caught.value)
    server.start()
    remote = RemoteGraph(server.url)
    stored = remote.articles
    assert stored in (2, 4)  # whole batches of two, the first one at least
    whole_batches, _ = build(sorted(folder.iterdir())[:stored], KnowledgeGraph(), extractor=extractor)
    assert dataset(remote) == {str(quad) for quad in whole_batches.quads()}


def test_both_stores_implement_the_graph_protocol():
    members = [name for name in vars(Graph) if not name.startswith("_")]
    assert len(members) == 13
    for store in (KnowledgeGraph, RemoteGraph):
        assert all(callable(getattr(store, name)) or isinstance(getattr(store, name), property) for name in members)
