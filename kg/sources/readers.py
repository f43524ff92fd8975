"""Read articles from files, folders and standard input.

One reader per input format; every reader yields :class:`kg.model.Article` and raises
:class:`kg.errors.InputError` naming the file and line (or record) it could not read.

>>> import io
>>> [a.id for a in read_jsonl(io.StringIO('{"id": "a1", "text": "Hi."}\\n'), "x.jsonl")]
['a1']
"""

from __future__ import annotations

import json
import re
import reprlib
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import InputError
from ..model import Article, well_formed
from .decoding import decode
from .newstext import find_publication_date

if TYPE_CHECKING:
    from .web import WebReader

__all__ = ["ARTICLE_SUFFIXES", "DOCUMENT_SUFFIXES", "MAX_TITLE_CHARS", "Limits", "distinct_ids", "is_web_address",
           "iter_input_files", "read_articles", "read_jsonl", "read_path", "visible", "within_limits"]

ARTICLE_SUFFIXES = (".txt", ".jsonl", ".json", ".html", ".htm")
DOCUMENT_SUFFIXES = {".pdf": "a PDF document", ".docx": "a Word document", ".doc": "a Word document",
                     ".odt": "an OpenDocument text", ".rtf": "an RTF document", ".epub": "an e-book"}
ErrorHandler = Callable[[InputError], None]
_MIN_PAGE_WORDS = 5
NoticeHandler = Callable[[str, str], None]  # (origin, message): something a user should know, not an error
PassedOverHandler = Callable[[Path], None]  # a file in a folder that is no article and no document: not read
_WEB_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)
MAX_TITLE_CHARS = 500  # every part of a long article repeats its title (benchmarks/memory_results.md)


@dataclass(frozen=True)
class Limits:
    """How big an input may be: a whole file (``.jsonl`` is streamed and has no limit) and one article,
    which is split (``oversize="split"``) or skipped (``"skip"``) when longer. A split cuts at paragraph ends,
    else at sentence ends (a line break ends one too), and cuts a sentence with no end at a word boundary
    once it is longer than ``max_sentence_chars``: the parts are parsed and written apart and carry a title of
    at most ``MAX_TITLE_CHARS``, so none costs more memory than an ordinary article (benchmarks/long_article.py)."""

    max_file_bytes: int = 20 * 1024 * 1024
    max_chars: int = 100_000
    oversize: str = "split"
    max_sentence_chars: int = 5_000


# characters a web page puts inside words and names that print as nothing (soft hyphen, zero-width space, word
# joiner, a byte-order mark inside the text) or as a hyphen (the non-breaking hyphen): the parser would see a
# word broken in two ("Mozam\u00adbique") or an unknown one ("al\u2011Burhan")
_INVISIBLE = str.maketrans({"\u00ad": None, "\u200b": None, "\u2060": None, "\ufeff": None, "\u2011": "-"})


def visible(text: str) -> str:
    """``text`` without the characters that print as nothing, and with plain hyphens for non-breaking ones.

    >>> visible("Mozam\u00adbique and al\u2011Burhan")
    'Mozambique and al-Burhan'
    """
    return text.translate(_INVISIBLE)


def _ignore(origin: str, message: str) -> None:
    """The default notice handler: notices are not errors, so nothing happens."""


def _raise(error: InputError) -> None:
    raise error


def _parse_date(value: object, origin: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10] if isinstance(value, (str, int)) else "")
    except ValueError:
        written = find_publication_date(value) if isinstance(value, str) else None  # "Dec 5, 2024", an RFC 822 date
        if written is None:
            raise InputError(origin, f"'date' is not an ISO date (YYYY-MM-DD): {reprlib.repr(value)}") from None
        return written


def _first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def _title(text: str | None, room: int = MAX_TITLE_CHARS) -> str | None:
    """``text`` as a title of at most ``room`` characters: a longer one is cut at a word boundary (in its second
    half, else anywhere) and ends in "…"; a title that fits is kept as it is.

    >>> _title("Kenya sends police to Haiti", 20)
    'Kenya sends police…'
    """
    if not text or len(text) <= room:
        return text or None
    kept = text[:room - 1]
    boundary = kept.rfind(" ")
    return (kept[:boundary] if boundary > room // 2 else kept).rstrip() + "…"


def article_from_record(record: object, origin: str, on_notice: NoticeHandler = _ignore) -> Article:
    """Build an article from one JSON record with ``id``, ``text`` and optional metadata; half a character in
    them (a lone surrogate escape, as a string cut in the middle of an emoji leaves) is replaced, and said."""
    if not isinstance(record, dict):
        raise InputError(origin, "a record must be a JSON object with 'id' and 'text'")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(origin, "the record has no 'text'")
    values = {"text": visible(text)} | {name: _optional_text(record, name) for name in ("id", "title", "url", "source")}
    values["title"] = _title(values["title"])
    if values["id"] is None:
        raise InputError(origin, "the record has no 'id' (text or a number)")
    published = _parse_date(record.get("date"), origin) or find_publication_date(text)
    repaired = [name for name, value in values.items() if value is not None and well_formed(value) != value]
    if repaired:
        on_notice(origin, f"half a character (a lone UTF-16 surrogate) in {', '.join(repaired)}: replaced by U+FFFD")
    return Article(**values, date=published, origin=origin)


def _optional_text(record: dict, field: str) -> str | None:
    """A field as text (a number becomes its digits), or None when missing, empty, a JSON object or a list."""
    value = record.get(field)
    return None if value in (None, "") or isinstance(value, (dict, list)) else str(value)


def read_jsonl(stream: Iterable[str | bytes], name: str, on_error: ErrorHandler = _raise,
               on_notice: NoticeHandler = _ignore) -> Iterator[Article]:
    """One article per non-empty line of a JSON Lines stream (text, or bytes decoded line by line); a bad
    line goes to ``on_error``."""
    for number, line in enumerate(stream, start=1):
        origin = f"{name}:{number}"
        try:
            if isinstance(line, bytes):
                line = _decoded(line[3:] if number == 1 and line.startswith(b"\xef\xbb\xbf") else line, origin, on_notice)
            if not line.strip():
                continue
            try:
                record = _loads(line, origin)
            except json.JSONDecodeError as error:
                raise InputError(origin, f"not valid JSON ({error.msg}, column {error.colno})") from None
            article = article_from_record(record, origin, on_notice)
        except InputError as error:
            on_error(error)
            continue
        yield article


def read_json(path: Path, on_error: ErrorHandler = _raise, on_notice: NoticeHandler = _ignore) -> Iterator[Article]:
    """A JSON file holding one record or a list of records; a bad record goes to ``on_error``."""
    try:
        data = _loads(_decoded(path.read_bytes(), str(path), on_notice), str(path))
    except json.JSONDecodeError as error:
        raise InputError(f"{path}:{error.lineno}", f"not valid JSON ({error.msg})") from None
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, start=1):
        try:
            article = article_from_record(record, f"{path} record {number}", on_notice)
        except InputError as error:
            on_error(error)
            continue
        yield article


def _loads(text: str, origin: str) -> object:
    """The value of a JSON document, or the :class:`json.JSONDecodeError` of bad syntax; what else Python's
    parser fails on (nesting deeper than its stack, a number of more than 4,300 digits) is an InputError."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise InputError(origin, "JSON nested too deeply to read") from None
    except ValueError as error:  # "Exceeds the limit (4300 digits) for integer string conversion...; use sys..."
        raise InputError(origin, f"not readable as JSON ({str(error).split(';')[0]})") from None


def read_text(text: str, article_id: str, origin: str) -> Article:
    """A plain-text article: the title is its first non-empty line (cut to ``MAX_TITLE_CHARS``)."""
    if not text.strip():
        raise InputError(origin, "the article is empty")
    text = visible(text)
    return Article(id=article_id, text=text, title=_title(_first_line(text)), date=find_publication_date(text),
                   origin=origin)


def read_html(path: Path, on_notice: NoticeHandler = _ignore) -> Article:
    """The main text and metadata of a web page saved as a file."""
    return article_from_html(path.read_bytes(), path.stem, str(path), on_notice)


def article_from_html(data: bytes, article_id: str, origin: str, on_notice: NoticeHandler = _ignore,
                      url: str | None = None, site: str | None = None) -> Article:
    """The main text and metadata of a web page, extracted with trafilatura; ``url`` and ``site``: where it
    was fetched, when the page does not say."""
    import trafilatura

    page = _decoded(data, origin, on_notice)
    extracted = trafilatura.bare_extraction(page, with_metadata=True, favor_precision=True)
    document = extracted.as_dict() if extracted is not None else None
    words = len((document or {}).get("text", "").split()) if document else 0
    if words < _MIN_PAGE_WORDS:  # a menu, a cookie banner, a login form
        raise InputError(origin, f"no article text found in the HTML page ({words} words)")
    text = visible(document["text"])
    published = _parse_date(document.get("date"), origin) if document.get("date") else None
    return Article(
        id=article_id,
        text=text,
        title=_title(document.get("title")),
        date=published or find_publication_date(text),
        url=document.get("url") or url,
        source=document.get("sitename") or site,
        origin=origin,
    )


def read_path(path: Path, on_error: ErrorHandler = _raise, on_notice: NoticeHandler = _ignore,
              limits: Limits = Limits()) -> Iterator[Article]:
    """Every article in one file, chosen by its extension."""
    suffix = path.suffix.lower()
    if suffix in DOCUMENT_SUFFIXES:
        raise InputError(str(path), f"{DOCUMENT_SUFFIXES[suffix]}, not read: save it as text (.txt) or a web page "
                                    f"(.html) to build from it")
    if suffix not in ARTICLE_SUFFIXES:
        raise InputError(str(path), f"unknown extension '{suffix}' (expected one of {', '.join(ARTICLE_SUFFIXES)})")
    if suffix == ".jsonl":
        with path.open("rb") as stream:
            yield from read_jsonl(stream, str(path), on_error, on_notice)
        return
    size = path.stat().st_size
    if size > limits.max_file_bytes:
        raise InputError(str(path), f"{size / 2**20:.3g} MB is more than the {limits.max_file_bytes / 2**20:.3g} MB "
                                    f"an article file may have (--max-file-mb)")
    if suffix == ".json":
        yield from read_json(path, on_error, on_notice)
    elif suffix in (".html", ".htm"):
        yield read_html(path, on_notice)
    else:
        yield read_text(_decoded(path.read_bytes(), str(path), on_notice), path.stem, str(path))


def _decoded(data: bytes, origin: str, on_notice: NoticeHandler) -> str:
    text, encoding = decode(data, origin)
    if encoding != "utf-8":
        on_notice(origin, f"not UTF-8: read as {encoding}")
    return text


def is_web_address(item: str | Path) -> bool:
    """Whether a command-line input is an address of any scheme (``https://...``, ``ftp://...``) rather than a path."""
    return isinstance(item, str) and _WEB_ADDRESS.match(item) is not None


def iter_input_files(inputs: Iterable[str | Path], on_passed_over: PassedOverHandler = lambda path: None
                     ) -> Iterator[Path | None]:
    """Expand the command-line inputs: ``-`` as None, a file as itself, a folder as its files, recursively,
    hidden ones (``.git``, ``.DS_Store``) left out: the article files and the documents (.pdf, .docx: read_path
    refuses them by name), in order; any other file goes to ``on_passed_over``."""
    for item in inputs:
        if str(item) == "-":
            yield None
            continue
        path = Path(item)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in found.relative_to(path).parts):
                    continue
                if found.suffix.lower() in (*ARTICLE_SUFFIXES, *DOCUMENT_SUFFIXES):
                    yield found
                else:
                    on_passed_over(found)
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


def read_articles(inputs: Iterable[str | Path], on_error: ErrorHandler = _raise, on_notice: NoticeHandler = _ignore,
                  limits: Limits = Limits(), on_passed_over: PassedOverHandler = lambda path: None,
                  web: WebReader | None = None) -> Iterator[Article]:
    """All articles of all inputs, in order, each within ``limits``; an unreadable path, file, line or record
    goes to ``on_error``, a fact worth telling (an encoding guessed, an article split) to ``on_notice``, a file
    of a folder that is neither an article nor a document (a README.md) to ``on_passed_over``. An input may
    also be a web page's URL or a :class:`~kg.sources.feeds.Feed`, read by ``web`` (a
    :class:`~kg.sources.web.WebReader`; by default one with the cache in its usual folder)."""
    from .web import WebReader, is_url  # here: the web reader reads pages with this module

    for item in inputs:
        if is_url(item) or not isinstance(item, (str, Path)):  # a page or a feed
            web = web or WebReader(max_bytes=limits.max_file_bytes)
            yield from within_limits(web.read(item, on_error, on_notice), limits, on_error, on_notice)
            continue
        if is_web_address(item):  # "ftp://", "file://": not a path either
            on_error(InputError(str(item), "only http and https addresses are read from the web"))
            continue
        try:
            paths = list(iter_input_files([item], on_passed_over))
        except InputError as error:
            on_error(error)
            continue
        for path in paths:
            try:
                articles = read_stdin(on_error=on_error) if path is None else read_path(path, on_error, on_notice, limits)
                yield from within_limits(articles, limits, on_error, on_notice)
            except InputError as error:
                on_error(error)
            except (UnicodeDecodeError, OSError) as error:
                reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
                on_error(InputError("<stdin>" if path is None else str(path), reason))


def within_limits(articles: Iterable[Article], limits: Limits, on_error: ErrorHandler = _raise,
                  on_notice: NoticeHandler = _ignore) -> Iterator[Article]:
    """Articles no longer than ``limits.max_chars``: a longer one is skipped, or split (see :class:`Limits`)
    into parts ``id-part1``, ``id-part2``... built as articles of their own."""
    for article in articles:
        if len(article.text) <= limits.max_chars:
            yield article
        elif limits.oversize == "skip":
            on_error(InputError(article.origin, f"{len(article.text):,} characters, more than the "
                                                f"{limits.max_chars:,} an article may have (--max-chars)"))
        else:
            parts, cuts = _split(article.text, limits.max_chars, limits.max_sentence_chars)
            on_notice(article.origin, f"{len(article.text):,} characters: split into {len(parts)} parts of at most "
                                      f"{limits.max_chars:,} (--max-chars)")
            if cuts:
                on_notice(article.origin, f"no sentence end within {limits.max_sentence_chars:,} characters: "
                                          f"cut at a word boundary {cuts:,} times")
            for number, part in enumerate(parts, start=1):
                yield replace(article, id=f"{article.id}-part{number}", text=part, title=_part_title(article, number))


def _part_title(article: Article, number: int) -> str | None:
    """The title of part ``number``: the article's, then "(part N)" from the second part on, within
    ``MAX_TITLE_CHARS`` (the same title again when the part is read as an article of its own)."""
    if number == 1:
        return _title(article.title)
    suffix = f" (part {number})"
    return _title(article.title or article.id, MAX_TITLE_CHARS - len(suffix)) + suffix


_PARAGRAPH_END = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+|\n\s*")


def _split(text: str, size: int, sentence_size: int) -> tuple[list[str], int]:
    """Parts of at most ``size`` characters that join back to ``text``, cut at paragraph ends, else at
    sentence ends; a sentence longer than ``sentence_size`` is cut at word boundaries, each cut ending a part.
    Also returns the number of those cuts."""
    parts: list[str] = []
    current, cuts = "", 0
    for unit, cut in _units(text, size, sentence_size):
        if current and len(current) + len(unit) > size:
            parts.append(current)
            current = ""
        current += unit
        if cut:
            parts.append(current)
            current, cuts = "", cuts + 1
    parts.append(current)
    return [part for part in parts if part.strip()], cuts


def _units(text: str, size: int, sentence_size: int) -> Iterator[tuple[str, bool]]:
    """The text in order as ``(unit, cut)``: paragraphs of at most ``size`` characters, the sentences of a
    longer one, and a sentence longer than ``sentence_size`` in pieces (``cut`` True on all but its last)."""
    for paragraph in _pieces_after(_PARAGRAPH_END, text):
        if len(paragraph) <= size:
            yield paragraph, False
            continue
        for sentence in _pieces_after(_SENTENCE_END, paragraph):
            start = 0
            while len(sentence) - start > sentence_size:
                end = sentence.rfind(" ", start, start + sentence_size) + 1 or start + sentence_size
                yield sentence[start:end], True
                start = end
            yield sentence[start:], False


def _pieces_after(pattern: re.Pattern, text: str) -> Iterator[str]:
    """``text`` cut after every match of ``pattern``."""
    start = 0
    for match in pattern.finditer(text):
        yield text[start:match.end()]
        start = match.end()
    if start < len(text):
        yield text[start:]


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
