"""Read the articles an RSS or Atom feed links to: ``kg build --feed URL [--since DATE]``.

The feed is parsed with feedparser and asked for again at every build (with the validators of the copy kept,
so an unchanged feed costs the server a ``304 Not Modified``); the pages of its items come from the cache
once fetched. Each item's page is read as a web page (:class:`~kg.sources.web.WebReader`); the item's title
and date stand in for those the page does not give. Items published before ``since`` are left out, and said.
A feed that declares XML entities is refused: they are not expanded.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date

from ..errors import InputError
from ..model import Article
from .readers import MAX_TITLE_CHARS, ErrorHandler, NoticeHandler
from .web import WebReader

__all__ = ["Feed", "read_feed"]


@dataclass(frozen=True)
class Feed:
    """An RSS or Atom feed to read the items of, those published before ``since`` left out."""

    url: str
    since: date | None = None


def read_feed(feed: Feed, web: WebReader, on_error: ErrorHandler, on_notice: NoticeHandler) -> Iterator[Article]:
    """The articles of the feed's items, in the feed's order; an item that cannot be read goes to ``on_error``."""
    import feedparser

    try:
        page = web.fetch(feed.url, revalidate=True)
    except InputError as error:
        on_error(error)
        return
    if b"<!entity" in page.body.lower():
        on_error(InputError(feed.url, "the feed declares XML entities (they could expand without end): not read"))
        return
    parsed = feedparser.parse(io.BytesIO(page.body), response_headers={"content-location": page.url})
    if not parsed.entries and (parsed.bozo or not parsed.version):
        reason = f" ({parsed.get('bozo_exception')})" if parsed.bozo else ""
        on_error(InputError(feed.url, f"not an RSS or Atom feed{reason}"))
        return
    earlier = 0
    for number, item in enumerate(parsed.entries, start=1):
        published = _published(item)
        if feed.since is not None and published is not None and published < feed.since:
            earlier += 1
            continue
        if not item.get("link"):
            on_error(InputError(f"{feed.url} item {number}", "the item links to no page"))
            continue
        try:
            article = web.read_page(item["link"], on_notice)
        except InputError as error:
            on_error(error)
            continue
        yield replace(article, title=article.title or item.get("title", "")[:MAX_TITLE_CHARS] or None,
                      date=article.date or published)
    if earlier:
        on_notice(feed.url, f"{earlier} of {len(parsed.entries)} items published before {feed.since} left out (--since)")


def _published(item) -> date | None:
    """The day an item was published (or else last updated), if the feed says."""
    moment = item.get("published_parsed") or item.get("updated_parsed")
    return date(*moment[:3]) if moment else None
