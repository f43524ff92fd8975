"""kg.graph.remote against misbehaving HTTP servers on 127.0.0.1: each one ends in a clear StoreError, in time.

One server per test, a ``http.server`` on a free port of 127.0.0.1 (as tests/graph/test_remote.py starts its
Oxigraph server there), whose answer to every POST is one kind of misbehaviour. The limits are small (a 1.5 s
deadline, a 1 MiB answer) so that the suite stays fast; every test checks the message and the time taken.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.errors import StoreError
from kg.graph.remote import RemoteGraph

DEADLINE = 1.5
MARGIN = 1.0  # the time a failing request may take beyond its deadline
SIZE_CAP = 2**20
SAFETY_STOP = 20.0  # misbehaviour ends after this long even if the client never gives up (today's code did not)
RESULTS = "application/sparql-results+json"


def gzip_bomb(decompressed: int) -> bytes:
    """``decompressed`` zero bytes, gzip-compressed (about a thousandth of the size)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(2**20)
    return b"".join(packer.compress(block) for _ in range(decompressed // len(block))) + packer.flush()


class Misbehaving(BaseHTTPRequestHandler):
    """Answers every POST with ``self.server.behaviour(self)``; keeps quiet on stderr."""

    def do_POST(self) -> None:  # noqa: N802 (the name http.server calls)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.requests += 1
        self.server.behaviour(self)

    def log_message(self, *args) -> None:
        pass

    def head(self, status: int, content_type: str, *headers: tuple[str, str]) -> None:
        """The status line and headers, sent now; a body without a length ends with the connection."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.flush()

    def whole(self, status: int, content_type: str, body: bytes, *headers: tuple[str, str]) -> None:
        self.head(status, content_type, ("Content-Length", str(len(body))), *headers)
        self.wfile.write(body)

    def trickle(self, data: Iterator[bytes], pause: float) -> None:
        """Write pieces of ``data`` one by one, ``pause`` seconds apart, until the client hangs up."""
        stop = time.monotonic() + SAFETY_STOP
        try:
            for piece in data:
                if time.monotonic() > stop:
                    return
                self.wfile.write(piece)
                self.wfile.flush()
                time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            return


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


@pytest.fixture
def serve() -> Iterator[Callable[[Callable[[Misbehaving], None]], ThreadingHTTPServer]]:
    """``serve(behaviour)``: a running server on 127.0.0.1 that answers with ``behaviour``."""
    running: list[ThreadingHTTPServer] = []

    def start(behaviour: Callable[[Misbehaving], None]) -> ThreadingHTTPServer:
        server = ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
        server.daemon_threads = True
        server.behaviour = behaviour
        server.requests = 0
        server.url = f"http://127.0.0.1:{server.server_address[1]}"
        threading.Thread(target=server.serve_forever, daemon=True).start()
        running.append(server)
        return server

    yield start
    for server in running:
        server.shutdown()
        server.server_close()


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
