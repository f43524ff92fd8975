"""Read articles from the web: ``kg build https://…`` fetches a page and extracts its article.

Polite: one request at a time (a site's ``Crawl-delay`` kept between two), a User-Agent naming conflict-kg
and its version, ``robots.txt`` obeyed, a busy server (429, 503) or one out of reach asked again after a
pause that doubles. Guarded: http and https only, at most ``max_redirects`` redirects, a deadline per
request and a size limit (as sent and as decompressed) on each answer (:mod:`kg.net.exchange`), and no
private, loopback or link-local address unless ``allow_private`` (:mod:`kg.net.addresses`). Every page
fetched is kept in a :class:`~kg.sources.pagecache.PageCache`, so building again reads no network.

A page that cannot be read is an :class:`~kg.errors.InputError` naming its URL: a build reports it and goes on.

>>> article_id("https://www.example.org/world/2024/05/talks-resume/?page=2#top")
'www.example.org/world/2024/05/talks-resume?page=2'
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from .. import __version__
from ..errors import InputError
from ..model import Article
from .pagecache import Page, PageCache, default_cache_folder
from .readers import ErrorHandler, NoticeHandler, article_from_html

__all__ = ["USER_AGENT", "WebReader", "article_id", "is_url"]

USER_AGENT = f"conflict-kg/{__version__} (builds a knowledge graph from news articles)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml")
_REDIRECTS = (301, 302, 303, 307, 308)
_LONGEST_CRAWL_DELAY = 30.0  # seconds: a site asking for more is read that slowly all the same
_ROBOTS_MAX_BYTES = 512 * 1024


def is_url(item: object) -> bool:
    """Whether a command-line input is a web address rather than a path."""
    return isinstance(item, str) and item[:8].lower().startswith(("http://", "https://"))


def article_id(url: str) -> str:
    """The id of the article read from a URL: host, path and query, without scheme, fragment or final slash."""
    parts = urlsplit(url)
    return parts.netloc + parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")


class FetchError(Exception):
    """A page that could not be fetched; ``str()`` says why."""


@dataclass
class WebReader:
    """Fetches pages and reads their articles; one per build (it remembers each site's robots.txt).

    ``cache``: the folder of fetched pages (None: none kept, none read); ``max_bytes``: the largest answer;
    ``deadline``: seconds a request may take in all, retries included, ``timeout`` any one wait within it;
    ``retries`` and ``backoff``: how often, and after how long a first pause, a busy server is asked again."""

    allow_private: bool = False
    cache: Path | None = field(default_factory=default_cache_folder)
    max_bytes: int = 20 * 2**20
    deadline: float = 60.0
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0
    max_redirects: int = 5

    def __post_init__(self) -> None:
        from ..net.exchange import Patience

        self.patience = Patience(self.timeout, self.max_bytes, self.retries, self.backoff, busy=(429, 503))
        self.pages = PageCache(self.cache) if self.cache is not None else None
        self._robots: dict[str, RobotFileParser | str] = {}  # by origin: the rules, or why they could not be read
        self._last_request: dict[str, float] = {}  # by origin: when the last request to it ended

    @cached_property
    def session(self):
        """The HTTP session, made on the first request (a build of files makes none)."""
        from ..net.deadline import deadline_session

        session = deadline_session()
        session.headers["User-Agent"] = USER_AGENT
        return session

    def read(self, item, on_error: ErrorHandler, on_notice: NoticeHandler) -> Iterator[Article]:
        """The article of a page's URL, or those of a :class:`~kg.sources.feeds.Feed`; what cannot be read goes
        to ``on_error``."""
        if not isinstance(item, str):
            from .feeds import read_feed  # here: feeds are read with this module

            yield from read_feed(item, self, on_error, on_notice)
            return
        try:
            article = self.read_page(item, on_notice)
        except InputError as error:
            on_error(error)
            return
        yield article

    def read_page(self, url: str, on_notice: NoticeHandler) -> Article:
        """The article of the web page at ``url``; an :class:`~kg.errors.InputError` naming the URL if it cannot
        be fetched or is not an HTML page."""
        page = self.fetch(url)
        if page.media_type not in HTML_TYPES and (page.media_type or not page.body.lstrip().startswith(b"<")):
            hint = ": give a feed with --feed" if page.media_type in FEED_TYPES else ""
            raise InputError(url, f"not a web page: the server sent {page.media_type or 'no content type'}{hint}")
        return article_from_html(page.body, article_id(url), url, on_notice, url=page.url,
                                 site=urlsplit(page.url).hostname)

    def fetch(self, url: str, revalidate: bool = False) -> Page:
        """The page at ``url``: from the cache if it holds it (asking the server whether it changed, when
        ``revalidate``), else from the server; an :class:`~kg.errors.InputError` naming the URL if neither can."""
        kept = self.pages.get(url) if self.pages is not None else None
        if kept is not None and not revalidate:
            return kept
        validators = {"If-None-Match": kept.etag, "If-Modified-Since": kept.last_modified} if kept else {}
        try:
            final, answer = self._follow(url, {name: value for name, value in validators.items() if value}, self.patience)
        except FetchError as error:
            raise InputError(url, str(error)) from None
        if answer.status == 304 and kept is not None:
            return kept
        if not 200 <= answer.status < 300:
            raise InputError(url, f"the server answered {answer.status} {_phrase(answer.status)}".rstrip())
        page = Page(final, answer.media_type, answer.body, answer.headers.get("ETag"),
                    answer.headers.get("Last-Modified"))
        if self.pages is not None:
            self.pages.put(url, page)
        return page

    def _follow(self, url: str, headers: dict[str, str], patience, obey_robots: bool = True):
        """Request ``url``, following redirects: the final URL and its answer, or a :class:`FetchError`."""
        for _ in range(self.max_redirects + 1):
            self._vet(url)
            if obey_robots:
                self._obey_robots(url)
            answer = self._request(url, headers, patience)
            location = answer.headers.get("Location")
            if answer.status not in _REDIRECTS or not location:
                return url, answer
            url = urljoin(url, location)
        raise FetchError(f"more than {self.max_redirects} redirects (the last to {url})")

    def _vet(self, url: str) -> None:
        """Refuse a URL that is not http or https, or whose host is at an address that is not public (unless
        private addresses are allowed)."""
        from ..net.addresses import AddressRefused, check_host

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"only http and https URLs are read, not {url}")
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
            if not self.allow_private:
                check_host(parts.hostname, port)
        except AddressRefused as error:
            raise FetchError(str(error)) from None
        except ValueError as error:  # a port out of range
            raise FetchError(f"not a usable URL ({error})") from None

    def _request(self, url: str, headers: dict[str, str], patience):
        """One GET within the deadline, after the site's crawl delay; the connection's address checked."""
        from ..net.addresses import AddressRefused, check_peer
        from ..net.deadline import Deadline
        from ..net.exchange import TransferError, busy_failure, send

        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        self._wait_turn(origin)
        try:
            peer_check = None if self.allow_private or self._proxied(url) else check_peer
            with Deadline(self.deadline, peer_check) as deadline:
                answer = send(self.session, "GET", url, deadline, patience, headers=headers)
        except (TransferError, AddressRefused) as error:
            raise FetchError(str(error)) from None
        finally:
            self._last_request[origin] = time.monotonic()
        if answer.status in patience.busy:
            raise FetchError(busy_failure(answer, deadline))
        return answer

    def _proxied(self, url: str) -> bool:
        """Whether a proxy makes this request (then the connection reaches the proxy, not the host)."""
        from requests.utils import get_environ_proxies, select_proxy

        return select_proxy(url, self.session.proxies or get_environ_proxies(url)) is not None

    def _wait_turn(self, origin: str) -> None:
        """Wait out the crawl delay the site's robots.txt asks for since the last request to it."""
        rules = self._robots.get(origin)
        delay = rules.crawl_delay(USER_AGENT) if isinstance(rules, RobotFileParser) else None
        if delay and origin in self._last_request:
            time.sleep(max(0.0, min(float(delay), _LONGEST_CRAWL_DELAY) - (time.monotonic() - self._last_request[origin])))

    def _obey_robots(self, url: str) -> None:
        """Refuse a URL the site's robots.txt disallows conflict-kg (or that it could not be read for)."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise FetchError(rules)
        if not rules.can_fetch(USER_AGENT, url):
            raise FetchError(f"{origin}/robots.txt does not allow conflict-kg to read this page")

    def _read_robots(self, origin: str) -> RobotFileParser | str:
        """A site's robots.txt as RFC 9309 reads it: missing (4xx) allows all; a server error, or none of
        it read, allows nothing (the reason, then)."""
        robots = f"{origin}/robots.txt"
        rules = RobotFileParser(robots)
        try:
            _, answer = self._follow(robots, {}, replace(self.patience, max_bytes=_ROBOTS_MAX_BYTES), obey_robots=False)
        except FetchError as error:
            return f"{robots} could not be read ({error}), so no page of the site is"
        if answer.status >= 500:
            return f"{robots} could not be read (the server answered {answer.status}), so no page of the site is"
        if answer.status >= 400:
            rules.allow_all = True
        else:
            rules.parse(answer.body.decode("utf-8", "replace").splitlines())
        return rules


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
