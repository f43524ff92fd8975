"""``kg build`` from the web: URLs and ``--feed`` against a local server on 127.0.0.1 (``--allow-private``),
each fetched page kept in the cache folder ``$KG_CACHE_DIR``."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF
from typer.testing import CliRunner

from kg.cli import app
from kg.graph.namespace import CKG

from servers import GRAIN, HAITI, HTML, VILLAGES, rss, site


@pytest.fixture
def kg(tmp_path):
    """``kg(*arguments)``: run a command with the page cache in the test's folder; (exit code, all it printed)."""
    runner = CliRunner()

    def run(*arguments: str) -> tuple[int, str]:
        result = runner.invoke(app, list(arguments), env={"KG_CACHE_DIR": str(tmp_path / "cache")})
        return result.exit_code, result.output

    return run


@pytest.fixture
def news(serve):
    """A news site with three articles and a feed of them (and of one page that is gone)."""
    server = serve(site({}))
    feed = rss(("Kenyan police in Haiti", server.url + "/haiti", "Tue, 25 Jun 2024 18:00:00 GMT"),
               ("Four villages", server.url + "/villages", "Fri, 19 Apr 2024 12:00:00 GMT"),
               ("Grain deal ends", server.url + "/grain", "Mon, 17 Jul 2023 09:00:00 GMT"))
    server.behaviour = site({"/feed.xml": (200, "application/rss+xml", feed), "/haiti": (200, HTML, HAITI),
                             "/villages": (200, HTML, VILLAGES), "/grain": (200, HTML, GRAIN)})
    server.host = server.url.removeprefix("http://")
    return server


def sources_in(path) -> dict[str, str]:
    """The articles of a graph file: id -> the URL it was read from."""
    graph = Graph().parse(path)
    return {str(graph.value(a, DCTERMS.identifier)): str(graph.value(a, DCTERMS.source))
            for a in graph.subjects(RDF.type, CKG.Article)}


def test_pages_are_built_a_missing_one_skipped_and_a_rebuild_reads_no_network(kg, news, tmp_path, extractor):
    pages = [news.url + "/haiti", news.url + "/gone", news.url + "/villages"]
    status, text = kg("build", *pages, "--allow-private", "-o", str(tmp_path / "first.ttl"))
    assert status == 0, text
    assert f"{news.url}/gone: the server answered 404 Not Found" in text and "2 articles, 1 skipped" in text
    assert sources_in(tmp_path / "first.ttl") == {f"{news.host}/haiti": news.url + "/haiti",
                                                  f"{news.host}/villages": news.url + "/villages"}
    asked = news.requests
    status, text = kg("build", news.url + "/haiti", news.url + "/villages", "--allow-private",
                      "-o", str(tmp_path / "again.ttl"))
    assert status == 0, text
    assert news.requests == asked  # both pages from the cache
    assert sources_in(tmp_path / "again.ttl") == sources_in(tmp_path / "first.ttl")
    status, text = kg("build", news.url + "/haiti", "--allow-private", "--no-cache", "-o", str(tmp_path / "new.ttl"))
    assert status == 0 and news.requests == asked + 2  # robots.txt and the page


def test_strict_exits_1_when_a_page_was_skipped(kg, news, tmp_path, extractor):
    status, text = kg("build", news.url + "/haiti", news.url + "/gone", "--allow-private", "--strict",
                      "-o", str(tmp_path / "out.ttl"))
    assert status == 1 and "404" in text


def test_a_feed_is_built_from_its_items_since_a_day(kg, news, tmp_path, extractor):
    status, text = kg("build", "--feed", news.url + "/feed.xml", "--since", "2024-01-01", "--allow-private",
                      "-o", str(tmp_path / "feed.ttl"))
    assert status == 0, text
    assert "1 of 3 items published before 2024-01-01 left out" in text
    assert set(sources_in(tmp_path / "feed.ttl")) == {f"{news.host}/haiti", f"{news.host}/villages"}


def test_a_private_address_is_refused_without_allow_private(kg, news, tmp_path, extractor):
    local = tmp_path / "chile.txt"
    local.write_text("Chile deployed troops to Bolivia on Monday.", encoding="utf-8")
    status, text = kg("build", str(local), news.url + "/haiti", "-o", str(tmp_path / "out.ttl"))
    assert status == 0, text
    assert "127.0.0.1, a private, loopback or link-local address" in text and "1 article, 1 skipped" in text
    assert news.requests == 0


def test_since_goes_with_feed(kg, news, tmp_path):
    status, text = kg("build", news.url + "/haiti", "--since", "2024-01-01", "-o", str(tmp_path / "out.ttl"))
    assert status == 2 and "--since goes with --feed" in text
