"""kg.graph.remote against misbehaving HTTP servers on 127.0.0.1: each one ends in a clear StoreError, in time.

One server per test, a ``http.server`` on a free port of 127.0.0.1 (``serve``, tests/servers.py; as
tests/graph/test_remote.py starts its Oxigraph server there), whose answer to every POST is one kind of
misbehaviour. The limits are small (a 1.5 s deadline, a 1 MiB answer) so that the suite stays fast; every
test checks the message and the time taken.
"""

from __future__ import annotations

import time
from http.server import ThreadingHTTPServer

import pytest

from kg.errors import StoreError
from kg.graph.remote import RemoteGraph

from servers import Misbehaving, gzip_bomb

DEADLINE = 1.5
MARGIN = 1.0  # the time a failing request may take beyond its deadline
SIZE_CAP = 2**20
RESULTS = "application/sparql-results+json"


def slow_body(handler: Misbehaving) -> None:
    handler.head(200, RESULTS)
    handler.trickle(iter(lambda: b" ", None), 0.2)


def slow_headers(handler: Misbehaving) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
    handler.trickle(iter(lambda: b"X", None), 0.2)  # one endless header line


def endless_body(handler: Misbehaving) -> None:
    handler.head(200, RESULTS)
    handler.trickle(iter(lambda: b" " * 2**16, None), 0)


def garbage_body(handler: Misbehaving) -> None:
    handler.whole(200, RESULTS, b"\x89PNG\r\n\x1a\n not the results of a query")


def broken_solutions(handler: Misbehaving) -> None:
    handler.whole(200, RESULTS, b'{"head": {"vars": ["s"]}, "results": {"bindings": [{"s": garbage')


def redirect_loop(handler: Misbehaving) -> None:
    handler.whole(307, "text/plain", b"", ("Location", handler.path))


def server_error(handler: Misbehaving) -> None:
    handler.whole(500, "text/plain", b"java.lang.NullPointerException")


def wrong_content_type(handler: Misbehaving) -> None:
    handler.whole(200, "text/html", b"<html><body>Log in to continue</body></html>")


BOMB = gzip_bomb(64 * 2**20)


def decompression_bomb(handler: Misbehaving) -> None:
    handler.whole(200, RESULTS, BOMB, ("Content-Encoding", "gzip"))


def always_busy(handler: Misbehaving) -> None:
    handler.whole(503, "text/plain", b"busy", ("Retry-After", "3600"))


def fails(server: ThreadingHTTPServer, *message: str, **limits) -> str:
    """Ask the server something with small limits; the StoreError's text, after checking that it names the
    server and each of ``message`` and that it came within the deadline (and a margin)."""
    graph = RemoteGraph(server.url, **({"deadline": DEADLINE, "max_response_bytes": SIZE_CAP} | limits))
    started = time.monotonic()
    with pytest.raises(StoreError) as caught:
        graph.query("ASK { ?s ?p ?o }")
    assert time.monotonic() - started < DEADLINE + MARGIN
    text = str(caught.value)
    assert server.url in text
    for part in message:
        assert part in text
    return text


def test_a_server_that_trickles_its_body_meets_the_deadline(serve):
    fails(serve(slow_body), "deadline", "1.5 s")


def test_a_server_that_trickles_its_headers_meets_the_deadline(serve):
    fails(serve(slow_headers), "deadline", "1.5 s")


def test_an_endless_body_stops_at_the_size_cap(serve):
    fails(serve(endless_body), "larger than", "1048576 bytes")


@pytest.mark.parametrize("behaviour", [garbage_body, broken_solutions])
def test_a_body_that_is_not_query_results_is_reported(serve, behaviour):
    fails(serve(behaviour), "not SPARQL query results", "Parser error")


def test_a_redirect_is_reported_not_followed(serve):
    server = serve(redirect_loop)
    fails(server, "redirects to", "/query")
    assert server.requests == 1


def test_a_server_error_is_reported_with_its_text(serve):
    fails(serve(server_error), "500", "NullPointerException")


def test_an_answer_of_another_type_is_reported(serve):
    fails(serve(wrong_content_type), "text/html")


def test_a_decompression_bomb_stops_at_the_size_cap(serve):
    assert len(BOMB) < SIZE_CAP
    fails(serve(decompression_bomb), "decompressed", "larger than", "1048576 bytes")


def test_retries_of_a_busy_server_stay_within_the_deadline(serve):
    server = serve(always_busy)
    text = fails(server, "503", retries=10, backoff=0.15)
    assert server.requests == 4 and "tried 4 times" in text  # after pauses of 0.15, 0.3 and 0.6 s: 1.2 more would pass 1.5
