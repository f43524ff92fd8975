"""Local HTTP servers on 127.0.0.1 that behave as a test tells them, well or badly.

``serve(behaviour)`` (a fixture of conftest.py) starts one: a ``http.server`` on a free port whose answer to
every GET and POST is ``behaviour(handler)``. The tests of the remote store (tests/adversarial) and of the
web reader (tests/sources, tests/cli) use them; nothing leaves the machine.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SAFETY_STOP = 20.0  # misbehaviour ends after this long even if the client never gives up


def gzip_bomb(decompressed: int) -> bytes:
    """``decompressed`` zero bytes, gzip-compressed (about a thousandth of the size)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(2**20)
    return b"".join(packer.compress(block) for _ in range(decompressed // len(block))) + packer.flush()


class Misbehaving(BaseHTTPRequestHandler):
    """Answers every request with ``self.server.behaviour(self)``, after noting its path and headers in
    ``self.server.seen``; keeps quiet on stderr."""

    def do_POST(self) -> None:  # noqa: N802 (the name http.server calls)
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.answer()

    def do_GET(self) -> None:  # noqa: N802
        self.answer()

    def answer(self) -> None:
        self.server.requests += 1
        self.server.seen.append((self.path, dict(self.headers)))
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


def start_server(behaviour: Callable[[Misbehaving], None]) -> ThreadingHTTPServer:
    """A running server on 127.0.0.1 that answers with ``behaviour``; ``.url`` is its address, ``.requests``
    the number of requests it has had and ``.seen`` their paths and headers. Stop it with ``stop_server``."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Misbehaving)
    server.daemon_threads = True
    server.behaviour = behaviour
    server.requests = 0
    server.seen = []
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stop_server(server: ThreadingHTTPServer) -> None:
    server.shutdown()
    server.server_close()


def site(pages: dict[str, tuple[int, str, bytes]]) -> Callable[[Misbehaving], None]:
    """A behaviour that serves ``pages`` by path (with the query): ``(status, content type, body)`` each, and
    ``404 Not Found`` for any other path."""

    def answer(handler: Misbehaving) -> None:
        status, content_type, body = pages.get(handler.path, (404, "text/plain", b"not found"))
        handler.whole(status, content_type, body)

    return answer


def article_page(title: str, day: str, *paragraphs: str) -> bytes:
    """A news page in HTML: the site's menu, then the article with its headline, date and paragraphs."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f'<!DOCTYPE html><html><head><title>{title}</title><meta property="article:published_time" '
            f'content="{day}"><meta property="og:site_name" content="Harbour Times"></head><body>'
            f'<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{title}</h1>'
            f'<time datetime="{day}">{day}</time>{text}</article><footer>Contact us</footer></body></html>'
            ).encode("utf-8")


HTML = "text/html; charset=utf-8"
HAITI = article_page(
    "Kenyan police land in Haiti to lead the security mission", "2024-06-25",
    "The first 400 Kenyan police officers landed in Port-au-Prince on Tuesday, the vanguard of a multinational "
    "mission approved by the United Nations Security Council to help the Haitian National Police against "
    "the armed gangs that hold most of the capital.",
    "President William Ruto said the officers would restore order so that Haitians can choose their leaders. "
    "The mission is paid for mostly by the United States.")
VILLAGES = article_page(
    "Armenia agrees to return four villages to Azerbaijan", "2024-04-19",
    "Armenia agreed on Friday to hand back four abandoned border villages in the Tavush region to Azerbaijan, "
    "the first result of talks on the border between the two countries since the war of 2020.",
    "Prime Minister Nikol Pashinyan said the step would secure peace; residents of nearby Armenian villages "
    "protested against the decision.")
GRAIN = article_page(
    "Russia quits the Black Sea grain deal", "2023-07-17",
    "Russia said on Monday that it was suspending its part in the Black Sea Grain Initiative, the agreement "
    "brokered by Turkey and the United Nations that let Ukraine ship grain through the Black Sea.",
    "The Kremlin said its demands for the export of Russian food and fertiliser had not been met.")


def rss(*items: tuple[str, str, str]) -> bytes:
    """An RSS 2.0 feed of items given as (title, link, publication date in RFC 822)."""
    body = "".join(f"<item><title>{title}</title><link>{link}</link><pubDate>{day}</pubDate></item>"
                   for title, link, day in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Harbour Times</title>'
            f"<link>http://example.org/</link><description>World news</description>{body}</channel></rss>").encode()
