"""Web pages kept on disk once fetched, so that building again from the same URLs reads no network.

One file per URL, named by the SHA-256 of the URL: a line of JSON (where the page came from, its type and
the validators a feed is asked again with), then the body as it was received. The folder is
``$KG_CACHE_DIR`` if set, else ``conflict-kg/pages`` in the user's cache folder (``$XDG_CACHE_HOME``, else
``~/.cache``); deleting it is always safe.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as folder:
...     cache = PageCache(Path(folder))
...     cache.put("https://example.org/a", Page("https://example.org/a", "text/html", b"<p>Hi</p>"))
...     cache.get("https://example.org/a").body, cache.get("https://example.org/b")
(b'<p>Hi</p>', None)
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from ..atomic import atomic_output

__all__ = ["Page", "PageCache", "default_cache_folder"]


@dataclass(frozen=True)
class Page:
    """A fetched page: the URL it came from after redirects, its media type (``text/html``) and body, and
    the validators the server gave (``ETag``, ``Last-Modified``)."""

    url: str
    media_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None


def default_cache_folder() -> Path:
    """Where fetched pages are kept unless told otherwise (see the module's description)."""
    if os.environ.get("KG_CACHE_DIR"):
        return Path(os.environ["KG_CACHE_DIR"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "conflict-kg" / "pages"


class PageCache:
    """The pages fetched before, by URL, in a folder (made on the first write)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _file(self, url: str) -> Path:
        return self.folder / hashlib.sha256(url.encode("utf-8")).hexdigest()

    def get(self, url: str) -> Page | None:
        """The page kept for this URL, or None (also when its file is unreadable: it is fetched again)."""
        try:
            data = self._file(url).read_bytes()
            header, _, body = data.partition(b"\n")
            return Page(**json.loads(header), body=body)
        except (OSError, ValueError, TypeError):
            return None

    def put(self, url: str, page: Page) -> None:
        """Keep a page for this URL (replacing what was kept), written whole or not at all."""
        header = {name: value for name, value in asdict(page).items() if name != "body"}
        with atomic_output(self._file(url), "the page cache") as stream:
            stream.write(json.dumps(header).encode("utf-8") + b"\n" + page.body)
