"""kg.sources.web and kg.sources.feeds against local HTTP servers on 127.0.0.1 (``serve``, tests/servers.py).

The reader is given ``allow_private`` (the servers are on the loopback address) except where the guard
against private addresses is the subject; the limits are small so that the failing tests stay fast.
"""

from __future__ import annotations

import time
from datetime import date

import pytest

from kg.errors import InputError
from kg.sources.feeds import Feed, read_feed
from kg.sources.readers import read_articles
from kg.sources.web import USER_AGENT, WebReader

from servers import GRAIN, HAITI, HTML, VILLAGES, gzip_bomb, rss, site

DEADLINE = 1.5
MARGIN = 1.0

@pytest.fixture
def reader(tmp_path):
    """``reader(**options)``: a web reader for local servers, with its own cache and small limits."""

    def make(**options) -> WebReader:
        settings = {"allow_private": True, "cache": tmp_path / "pages", "deadline": DEADLINE, "timeout": 1.0,
                    "backoff": 0.05, "max_bytes": 2**20}
        return WebReader(**(settings | options))

    return make


def fails(web: WebReader, url: str, *message: str) -> str:
    """Read a page that cannot be read: the InputError's text, after checking it names the URL and each of
    ``message``, and came within the deadline (and a margin)."""
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        web.read_page(url, lambda origin, text: None)
    assert time.monotonic() - started < DEADLINE + MARGIN
    assert caught.value.origin == url
    for part in message:
        assert part in caught.value.reason
    return caught.value.reason


def test_a_page_gives_its_article_title_date_url_and_site(serve, reader):
    server = serve(site({"/world/haiti": (200, HTML, HAITI)}))
    url = server.url + "/world/haiti"
    article = reader().read_page(url, lambda origin, text: None)
    assert "400 Kenyan police officers landed in Port-au-Prince" in article.text
    assert "Contact us" not in article.text and "Home" not in article.text
    assert article.title == "Kenyan police land in Haiti to lead the security mission"
    assert article.date == date(2024, 6, 25)
    assert (article.url, article.source, article.origin) == (url, "Harbour Times", url)
    assert article.id == server.url.removeprefix("http://") + "/world/haiti"
    assert server.seen[-1][1]["User-Agent"] == USER_AGENT and USER_AGENT.startswith("conflict-kg/0.")


def test_a_missing_page_is_reported_with_its_status(serve, reader):
    server = serve(site({}))
    fails(reader(), server.url + "/gone", "404 Not Found")


def test_a_redirect_loop_stops_after_five_redirects(serve, reader):
    def loop(handler):
        if handler.path == "/robots.txt":
            return handler.whole(404, "text/plain", b"")
        handler.whole(302, "text/plain", b"", ("Location", handler.path))

    server = serve(loop)
    fails(reader(), server.url + "/loop", "more than 5 redirects")
    assert server.requests == 1 + 6  # robots.txt, then the page and five redirects to it


def test_redirects_are_followed_to_the_page(serve, reader):
    server = serve(site({"/old": (301, "text/plain", b""), "/new": (200, HTML, VILLAGES)}))
    server.behaviour = redirecting(server.behaviour, {"/old": "/new"})
    article = reader().read_page(server.url + "/old", lambda origin, text: None)
    assert article.url == server.url + "/new" and "Tavush" in article.text


def redirecting(behaviour, moves: dict[str, str]):
    def answer(handler):
        if handler.path in moves:
            handler.whole(301, "text/plain", b"", ("Location", moves[handler.path]))
        else:
            behaviour(handler)
    return answer


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x"])
def test_a_redirect_out_of_http_is_refused(serve, reader, target):
    server = serve(site({}))
    server.behaviour = redirecting(server.behaviour, {"/page": target})
    fails(reader(), server.url + "/page", "only http and https")


def test_a_slow_server_meets_the_deadline(serve, reader):
    def slow(handler):
        if handler.path == "/robots.txt":
            return handler.whole(404, "text/plain", b"")
        handler.head(200, HTML)
        handler.trickle(iter(lambda: b" ", None), 0.2)

    fails(reader(), serve(slow).url + "/slow", "deadline", "1.5 s")


def test_a_huge_page_stops_at_the_size_cap(serve, reader):
    def endless(handler):
        if handler.path == "/robots.txt":
            return handler.whole(404, "text/plain", b"")
        handler.head(200, HTML)
        handler.trickle(iter(lambda: b"<p>war</p>" * 6000, None), 0)

    fails(reader(), serve(endless).url + "/huge", "larger than", "1048576 bytes")


def test_a_gzip_bomb_stops_at_the_decompression_cap(serve, reader):
    bomb = gzip_bomb(64 * 2**20)
    assert len(bomb) < 2**20

    def bombing(handler):
        handler.whole(200, HTML, bomb, ("Content-Encoding", "gzip"))

    fails(reader(), serve(bombing).url + "/bomb", "decompressed", "larger than")


def test_a_response_that_is_not_html_is_reported(serve, reader):
    server = serve(site({"/report.pdf": (200, "application/pdf", b"%PDF-1.7 not a web page"),
                         "/feed": (200, "application/rss+xml", rss())}))
    fails(reader(), server.url + "/report.pdf", "not a web page", "application/pdf")
    fails(reader(), server.url + "/feed", "application/rss+xml", "--feed")


def test_robots_txt_is_obeyed(serve, reader):
    robots = b"User-agent: *\nAllow: /\n\nUser-agent: conflict-kg\nDisallow: /private/\n"
    server = serve(site({"/robots.txt": (200, "text/plain", robots), "/private/haiti": (200, HTML, HAITI),
                         "/world/haiti": (200, HTML, HAITI)}))
    web = reader()
    fails(web, server.url + "/private/haiti", "robots.txt does not allow conflict-kg")
    assert web.read_page(server.url + "/world/haiti", lambda origin, text: None).title.startswith("Kenyan")
    assert [path for path, _ in server.seen] == ["/robots.txt", "/world/haiti"]  # robots.txt read once


def test_the_crawl_delay_of_robots_txt_is_kept_between_requests(serve, reader):
    robots = b"User-agent: *\nCrawl-delay: 1\n"
    server = serve(site({"/robots.txt": (200, "text/plain", robots), "/haiti": (200, HTML, HAITI),
                         "/grain": (200, HTML, GRAIN)}))
    web = reader()
    web.read_page(server.url + "/haiti", lambda origin, text: None)
    started = time.monotonic()
    web.read_page(server.url + "/grain", lambda origin, text: None)
    assert 0.9 < time.monotonic() - started < 1.9


def test_a_site_whose_robots_txt_fails_is_not_read(serve, reader):
    server = serve(site({"/robots.txt": (500, "text/plain", b"oops"), "/world/haiti": (200, HTML, HAITI)}))
    fails(reader(), server.url + "/world/haiti", "robots.txt could not be read", "500")
    assert [path for path, _ in server.seen] == ["/robots.txt"]


def test_a_busy_server_is_asked_again(serve, reader):
    answers = iter([(503, "text/plain", b"busy"), (429, "text/plain", b"slow down"), (200, HTML, GRAIN)])

    def busy_then_ready(handler):
        if handler.path == "/robots.txt":
            return handler.whole(404, "text/plain", b"")
        handler.whole(*next(answers))

    server = serve(busy_then_ready)
    article = reader().read_page(server.url + "/grain", lambda origin, text: None)
    assert "Black Sea Grain Initiative" in article.text
    assert server.requests == 1 + 3


def test_the_cache_makes_a_second_read_fetch_nothing(serve, reader):
    server = serve(site({"/world/haiti": (200, HTML, HAITI)}))
    first = reader().read_page(server.url + "/world/haiti", lambda origin, text: None)
    asked = server.requests
    second = reader().read_page(server.url + "/world/haiti", lambda origin, text: None)  # a new build
    assert server.requests == asked == 2  # robots.txt and the page, once
    assert second == first
    reader(cache=None).read_page(server.url + "/world/haiti", lambda origin, text: None)
    assert server.requests == asked + 2


def test_private_addresses_are_refused_by_default(serve, reader):
    server = serve(site({"/world/haiti": (200, HTML, HAITI)}))
    port = server.server_address[1]
    reason = fails(reader(allow_private=False), server.url + "/world/haiti", "127.0.0.1", "--allow-private")
    assert "robots.txt" not in reason  # the page's own address is refused, before its site's robots.txt is asked
    fails(reader(allow_private=False), f"http://localhost:{port}/world/haiti", "'localhost'", "loopback")
    assert server.requests == 0


def test_the_address_a_connection_reaches_is_checked_too(serve, reader, monkeypatch):
    """A name that resolved to a public address when checked, and to a private one when connecting (DNS
    rebinding), is refused at the connection, before the request is sent."""
    import kg.net.addresses

    monkeypatch.setattr(kg.net.addresses, "check_host", lambda host, port: None)
    server = serve(site({"/world/haiti": (200, HTML, HAITI)}))
    fails(reader(allow_private=False), server.url + "/world/haiti", "the connection reached 127.0.0.1")
    assert server.requests == 0


def test_a_feed_gives_the_articles_of_its_items(serve, reader):
    server = serve(site({}))
    feed = rss(("Kenyan police in Haiti", server.url + "/haiti", "Tue, 25 Jun 2024 18:00:00 GMT"),
               ("Four villages", server.url + "/villages", "Fri, 19 Apr 2024 12:00:00 GMT"),
               ("Grain deal ends", server.url + "/grain", "Mon, 17 Jul 2023 09:00:00 GMT"),
               ("Gone", server.url + "/gone", "Wed, 26 Jun 2024 08:00:00 GMT"))
    server.behaviour = site({"/feed.xml": (200, "application/rss+xml", feed), "/haiti": (200, HTML, HAITI),
                             "/villages": (200, HTML, VILLAGES), "/grain": (200, HTML, GRAIN)})
    errors, notices = [], []
    articles = list(read_feed(Feed(server.url + "/feed.xml", since=date(2024, 1, 1)), reader(), errors.append,
                              lambda origin, text: notices.append((origin, text))))
    assert [a.date for a in articles] == [date(2024, 6, 25), date(2024, 4, 19)]
    assert [(e.origin, "404" in e.reason) for e in errors] == [(server.url + "/gone", True)]
    assert notices == [(server.url + "/feed.xml", "1 of 4 items published before 2024-01-01 left out (--since)")]
    assert "/grain" not in [path for path, _ in server.seen]


def test_a_feed_is_asked_again_with_its_validators(serve, reader):
    def with_etag(handler):
        if handler.path == "/feed.xml" and handler.headers.get("If-None-Match") == '"v1"':
            return handler.whole(304, "application/rss+xml", b"")
        if handler.path == "/feed.xml":
            return handler.whole(200, "application/rss+xml", feed, ("ETag", '"v1"'))
        site({"/villages": (200, HTML, VILLAGES)})(handler)

    server = serve(with_etag)
    feed = rss(("Four villages", server.url + "/villages", "Fri, 19 Apr 2024 12:00:00 GMT"))
    for _ in range(2):
        [article] = read_feed(Feed(server.url + "/feed.xml"), reader(), pytest.fail, lambda origin, text: None)
        assert "Tavush" in article.text
    assert [path for path, _ in server.seen] == ["/robots.txt", "/feed.xml", "/villages", "/robots.txt", "/feed.xml"]


def test_a_feed_with_entities_is_refused(serve, reader):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              b'<rss version="2.0"><channel><title>&b;</title></channel></rss>')
    server = serve(site({"/feed.xml": (200, "application/rss+xml", laughs)}))
    errors = []
    assert list(read_feed(Feed(server.url + "/feed.xml"), reader(), errors.append, lambda o, t: None)) == []
    assert "declares XML entities" in errors[0].reason


def test_a_page_that_is_no_feed_is_reported(serve, reader):
    server = serve(site({"/feed.xml": (200, HTML, HAITI)}))
    errors = []
    assert list(read_feed(Feed(server.url + "/feed.xml"), reader(), errors.append, lambda o, t: None)) == []
    assert "not an RSS or Atom feed" in errors[0].reason


def test_read_articles_reads_urls_among_files(serve, reader, tmp_path):
    server = serve(site({"/haiti": (200, HTML, HAITI)}))
    text = tmp_path / "villages.txt"
    text.write_text("Armenia agreed to return four villages to Azerbaijan.", encoding="utf-8")
    errors = []
    articles = list(read_articles([str(text), server.url + "/haiti", server.url + "/gone"], errors.append,
                                  web=reader()))
    assert [a.id for a in articles] == ["villages", server.url.removeprefix("http://") + "/haiti"]
    assert [e.origin for e in errors] == [server.url + "/gone"]
