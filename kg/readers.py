"""Read articles from files, folders and standard input.

One reader per input format; every reader yields :class:`kg.model.Article` and raises
:class:`kg.errors.InputError` naming the file and line (or record) it could not read.

>>> import io
>>> [a.id for a in read_jsonl(io.StringIO('{"id": "a1", "text": "Hi."}\\n'), "x.jsonl")]
['a1']
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import IO

from .errors import InputError
from .layout import find_publication_date
from .model import Article

__all__ = ["ARTICLE_SUFFIXES", "distinct_ids", "iter_input_files", "read_articles", "read_jsonl", "read_path"]

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")
ErrorHandler = Callable[[InputError], None]


def _raise(error: InputError) -> None:
    raise error


def _parse_date(value: object, origin: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(origin, f"'date' is not an ISO date (YYYY-MM-DD): {value!r}") from None


def _first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def article_from_record(record: object, origin: str) -> Article:
    """Build an article from one JSON record with ``id``, ``text`` and optional metadata."""
    if not isinstance(record, dict):
        raise InputError(origin, "a record must be a JSON object with 'id' and 'text'")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "the record has no 'text'")
    if record.get("id") in (None, ""):
        raise InputError(origin, "the record has no 'id'")
    published = _parse_date(record.get("date"), origin) or find_publication_date(text)
    return Article(
        id=str(record["id"]),
        text=text,
        title=record.get("title") or None,
        date=published,
        url=record.get("url") or None,
        source=record.get("source") or None,
        origin=origin,
    )


def read_jsonl(stream: Iterable[str], name: str, on_error: ErrorHandler = _raise) -> Iterator[Article]:
    """One article per non-empty line of a JSON Lines stream; a bad line goes to ``on_error``."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(origin, f"not valid JSON ({error.msg}, column {error.colno})") from None
            article = article_from_record(record, origin)
        except InputError as error:
            on_error(error)
            continue
        yield article


def read_json(path: Path, on_error: ErrorHandler = _raise) -> Iterator[Article]:
    """A JSON file holding one record or a list of records; a bad record goes to ``on_error``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as error:
        raise InputError(f"{path}:{error.lineno}", f"not valid JSON ({error.msg})") from None
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        try:
            article = article_from_record(record, f"{path} record {number}")
        except InputError as error:
            on_error(error)
            continue
        yield article


def read_text(text: str, article_id: str, origin: str) -> Article:
    """A plain-text article: the title is its first non-empty line."""
    if not text.strip():
        raise InputError(origin, "the article is empty")
    return Article(id=article_id, text=text, title=_first_line(text), date=find_publication_date(text), origin=origin)


def read_html(path: Path) -> Article:
    """The main text and metadata of a web page, extracted with trafilatura."""
    import trafilatura

    page = path.read_text(encoding="utf-8-sig", errors="replace")
    document = trafilatura.bare_extraction(page, with_metadata=True, favor_precision=True, as_dict=True)
    if not document or not (document.get("text") or "").strip():
        raise InputError(str(path), "no article text found in the HTML page")
    text = document["text"]
    published = _parse_date(document.get("date"), str(path)) if document.get("date") else None
    return Article(
        id=path.stem,
        text=text,
        title=document.get("title") or None,
        date=published or find_publication_date(text),
        url=document.get("url") or None,
        source=document.get("sitename") or None,
        origin=str(path),
    )


def read_path(path: Path, on_error: ErrorHandler = _raise) -> Iterator[Article]:
    """Every article in one file, chosen by its extension."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        with path.open(encoding="utf-8-sig") as stream:
            yield from read_jsonl(stream, str(path), on_error)
    elif suffix == ".json":
        yield from read_json(path, on_error)
    elif suffix in (".html", ".htm"):
        yield read_html(path)
    elif suffix == ".txt":
        yield read_text(path.read_text(encoding="utf-8-sig"), path.stem, str(path))
    else:
        raise InputError(str(path), f"unknown extension '{suffix}' (expected one of {', '.join(ARTICLE_SUFFIXES)})")


def iter_input_files(inputs: Iterable[str | Path]) -> Iterator[Path | None]:
    """Expand the command-line inputs: folders recursively (known extensions only), ``-`` as None."""
    for item in inputs:
        if str(item) == "-":
            yield None
            continue
        path = Path(item)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
        elif path.is_file():
            yield path
        else:
            raise InputError(str(path), "no such file or folder")


def read_stdin(stream: IO[str] | None = None, on_error: ErrorHandler = _raise) -> Iterator[Article]:
    """Standard input: JSON Lines if it starts with ``{``, else one plain-text article with id ``stdin``."""
    data = (stream or sys.stdin).read()
    if data.lstrip().startswith("{"):
        yield from read_jsonl(data.splitlines(keepends=True), "<stdin>", on_error)
    else:
        yield read_text(data, "stdin", "<stdin>")


def read_articles(inputs: Iterable[str | Path], on_error: ErrorHandler = _raise) -> Iterator[Article]:
    """All articles of all inputs, in order; an unreadable path, file, line or record goes to ``on_error``."""
    for item in inputs:
        try:
            paths = list(iter_input_files([item]))
        except InputError as error:
            on_error(error)
            continue
        for path in paths:
            try:
                yield from (read_stdin(on_error=on_error) if path is None else read_path(path, on_error))
            except InputError as error:
                on_error(error)
            except (UnicodeDecodeError, OSError) as error:
                on_error(InputError("<stdin>" if path is None else str(path), str(error)))


def distinct_ids(articles: Iterable[Article], on_error: ErrorHandler = _raise,
                 on_rename: Callable[[Article, str], None] = lambda article, old: None) -> Iterator[Article]:
    """Give every article of one run its own id: an exact repeat is skipped (through ``on_error``), a
    different text under a used id ("a.txt" in two folders) gets ``id-2``, ``id-3``... (through ``on_rename``)."""
    seen: dict[str, tuple[str, str]] = {}
    for article in articles:
        digest = article.content_hash
        if article.id in seen and seen[article.id][0] == digest:
            on_error(InputError(article.origin, f"the same article as {seen[article.id][1]} (id '{article.id}')"))
            continue
        original, number = article.id, 2
        while article.id in seen:
            article.id, number = f"{original}-{number}", number + 1
        if article.id != original:
            on_rename(article, original)
        seen[article.id] = (digest, article.origin)
        yield article
