"""What a SPARQL request may do before the engine sees it: reach the network (SERVICE, LOAD, a remote FROM or
USING), nest deeper than the engine survives, or, for a query, run longer than a query should be.

The request is read by a lexer of the SPARQL 1.1 grammar's terminals (IRIs, prefixed names, variables,
strings, comments, ...), so no spelling hides a keyword: case, comments, prefixes and escapes are read as
the engine reads them, and the time taken grows with the length of the request only (a string never closed
is a syntax error at once, not a search to the end for every quote). Where pyoxigraph reads more than the
grammar says, the guard follows it: a name beginning with SERVICE or LOAD is the keyword (``SERVICE:x`` and
``SERVICEex:x`` call ``:x`` and ``ex:x``), and so for FROM, USING, PREFIX and BASE. ``\\u`` escapes are read
both ways, as pyoxigraph does (inside IRIs and strings only) and as the specification does (anywhere,
before parsing); a request is refused if either reading reaches out.

>>> network_access("PREFIX : <http://host/> SELECT * WHERE { SERVICE:x { ?s ?p ?o } }")
('SERVICE',)
>>> network_access("SELECT ?service WHERE { ?service ckg:label 'SERVICE' } # SERVICE")
()
>>> network_access("SELECT * FROM <http://example.org/data> WHERE { ?s ?p ?o }")
('FROM <http://example.org/data>',)
>>> check_request("SELECT * WHERE " + "{ " * 300 + "} " * 300)
Traceback (most recent call last):
...
kg.errors.QueryError: [E010] the query nests { ( [ << or ! deeper than 64 levels
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

from ..errors import QueryError
from .namespace import PREFIXES

__all__ = ["MAX_NESTING", "MAX_QUERY_LENGTH", "check_request", "network_access", "terminals"]

MAX_NESTING = 64
"""The deepest nesting of ``{ ( [ <<`` and ``!`` a request may have. pyoxigraph 0.5.13 crashes the process on
3,000 nested ``{`` or ``[`` and 10,000 ``!``, and takes over 15 s to parse 128 nested ``[`` or ``<<``."""
MAX_QUERY_LENGTH = 1_000_000
"""The longest query, in characters; updates are not limited (they may carry a large INSERT DATA)."""
OWN_NAMESPACE = "https://w3id.org/conflict-kg/"
REMOTE_SCHEMES = frozenset({"http", "https", "ftp"})

_KEYWORDS = ("service", "load", "from", "using", "named", "prefix", "base")
"""The keywords the decision turns on; a word or prefixed name beginning with none of them is passed over."""
_NETWORK_KEYWORDS = ("service", "load")
_DATASET_KEYWORDS = ("from", "using")

# the SPARQL 1.1 grammar's terminals (https://www.w3.org/TR/sparql11-query/#terminals); \u escapes also in IRIs
_NAME_CHAR = r"\w\-\u00B7\u0300-\u036F\u203F\u2040"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_LOCAL_ESCAPE = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_TERMINALS = {
    "iri": rf"<(?:[^<>\"{{}}|^`\\\x00-\x20]|{_UCHAR})*+>",
    "string": r'"""(?:"{0,2}(?:[^"\\]|\\[\s\S]))*+"""' + r"|'''(?:'{0,2}(?:[^'\\]|\\[\s\S]))*+'''"
              + r'|"(?:[^"\\\n\r]|\\[^\n\r])*+"' + r"|'(?:[^'\\\n\r]|\\[^\n\r])*+'",
    "unclosed": r"[\"']",  # a quote that begins no string: a syntax error (a string never closed)
    "comment": r"#[^\n\r]*",
    "variable": rf"[?$][{_NAME_CHAR}]*",
    "language": r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*",
    "name": rf"(?P<prefix>[^\W\d_](?:[{_NAME_CHAR}]++|\.++(?=[{_NAME_CHAR}]))*+)?:"  # dots inside, not at the end
            rf"(?P<local>(?:[{_NAME_CHAR}:]++|{_LOCAL_ESCAPE}|(?<!:)\.++(?=[{_NAME_CHAR}:%\\]))*+)",
    "word": r"[A-Za-z_]\w*",
    "open": r"[{(\[]|<<",
    "close": r"[})\]]|>>",
    "negation": r"!(?!=)",
    "other": r"[\s\S]",
}
_ALTERNATIVES = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _TERMINALS.items())
_TOKEN = re.compile(rf"\s*(?:{_ALTERNATIVES})")
"""One terminal, after white space."""


def _unnamed(kind: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", _TERMINALS[kind])


_INERT = (rf"(?:(?:{'|'.join(_unnamed(kind) for kind in ('iri', 'string', 'comment', 'variable', 'language'))}"
          rf"|(?!(?i:{'|'.join(_KEYWORDS)}))(?:{_unnamed('name')}|{_unnamed('word')})"
          rf"|\d+|<(?!<)|>(?!>)|!=|[^\w\s{{}}()\[\]<>!\"'#?$@:])\s*)++")
_STEP = re.compile(rf"\s*(?:(?P<inert>{_INERT})|{_ALTERNATIVES})")
"""A run of terminals the decision passes over (IRIs, strings, variables, names that are no keyword, ...) as
one match, or else one terminal: what keeps the guard fast on a large INSERT DATA."""
_UCHAR_ESCAPE = re.compile(_UCHAR)
_LOCAL_NAME_ESCAPE = re.compile(r"\\(.)")


def terminals(request: str) -> Iterator[re.Match]:
    """The request's terminals in order, comments left out, as the guard reads them: each a match whose
    ``lastgroup`` names its kind (``iri``, ``string``, ``variable``, ``name``, ``word``, ``open``, ``close``,
    ``other``...). A string never closed ends them.

    >>> [token.group(token.lastgroup) for token in terminals("SELECT ?x { ?x a ckg:Country } # why")]
    ['SELECT', '?x', '{', '?x', 'a', 'ckg:Country', '}']
    """
    position = 0
    while (token := _TOKEN.match(request, position)) is not None and token.lastgroup != "unclosed":
        position = token.end()
        if token.lastgroup != "comment" and not token.group().isspace():
            yield token


def _unescaped(text: str) -> str:
    """The text with its ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes replaced by the characters they stand for."""
    def character(match: re.Match) -> str:
        code = int(match.group()[2:], 16)
        return chr(code) if code <= 0x10FFFF else match.group()

    return _UCHAR_ESCAPE.sub(character, text)


class _Reading:
    """One pass of the lexer over a request: what reaches the network and how deep it nests. A string never
    closed is a syntax error for pyoxigraph's reading (``strict``); for the specification's reading, where a
    decoded ``\u0022`` may open one, the reading ends there, as a parser following it would."""

    def __init__(self, request: str, limit: int | None, strict: bool):
        self.request = request
        self.strict = strict
        self.position = 0
        self.prefixes = {prefix: {namespace} for prefix, namespace in PREFIXES.items()}
        self.bases: set[str] = set()
        self.found: list[str] = []
        self.deepest = 0
        self._read(limit)

    def _next(self, pattern: re.Pattern = _TOKEN) -> re.Match | None:
        """The next terminal (with ``_STEP``: or run of terminals passed over), comments skipped."""
        while (token := pattern.match(self.request, self.position)) is not None:
            self.position = token.end()
            if token.lastgroup == "unclosed":
                return self._unclosed(token.start("unclosed"))
            if token.lastgroup != "comment":
                return token
        return None

    def _unclosed(self, start: int) -> None:
        if self.strict:
            line = self.request.count("\n", 0, start) + 1
            column = start - self.request.rfind("\n", 0, start)
            raise QueryError(f"SPARQL syntax error at {line}:{column}: a string is opened and never closed")
        self.position = len(self.request)

    def _read(self, limit: int | None) -> None:
        depth = negations = 0
        while (token := self._next(_STEP)) is not None:
            kind = token.lastgroup
            negations = negations + 1 if kind == "negation" else 0
            if kind == "open":
                depth += 1
            elif kind == "close":
                depth -= 1
            elif kind in ("word", "name"):
                self._keyword(token)
            self.deepest = max(self.deepest, depth + negations)
            if limit is not None and self.deepest > limit:
                return

    def _keyword(self, token: re.Match) -> None:
        """Act on a word or prefixed name that begins with a keyword."""
        head, tail = _split_keyword(token)
        if head in _NETWORK_KEYWORDS:
            self.found.append(head.upper())
        elif head in _DATASET_KEYWORDS:
            self._dataset(head.upper(), tail)
        elif head == "prefix":
            name = tail or self._next()
            if name is not None and name.lastgroup == "name" and not name.group("local"):
                iri = self._next()
                if iri is not None and iri.lastgroup == "iri":
                    self.prefixes.setdefault(name.group("prefix") or "", set()).update(self._iris(iri))
        elif head == "base":
            iri = self._next()
            if iri is not None and iri.lastgroup == "iri":
                self.bases.update(self._iris(iri))

    def _dataset(self, keyword: str, tail: re.Match | None) -> None:
        """FROM / USING [NAMED] and its source: every reading of what follows is checked."""
        sources = [tail or self._next()]
        if sources[0] is not None and sources[0].lastgroup in ("word", "name"):
            head, named_tail = _split_keyword(sources[0])
            if head == "named":
                sources.append(named_tail or self._next())
        for source in filter(None, sources):
            self.found.extend(f"{keyword} <{iri}>" for iri in sorted(self._iris(source)) if _is_remote(iri))

    def _iris(self, token: re.Match) -> set[str]:
        """Every IRI an IRI or prefixed name may stand for: a prefix or BASE declared twice (or a name misread
        as one) gives several; an undeclared prefix none (the engine refuses it)."""
        if token.lastgroup == "iri":
            iri = _unescaped(token.group("iri")[1:-1])
            return {iri} | {urljoin(base, iri) for base in self.bases}
        if token.lastgroup == "name":
            local = _LOCAL_NAME_ESCAPE.sub(r"\1", token.group("local") or "")
            return {namespace + local for namespace in self.prefixes.get(token.group("prefix") or "", ())}
        return set()


def _split_keyword(token: re.Match) -> tuple[str | None, re.Match | None]:
    """The keyword a word or prefixed name begins with, as pyoxigraph reads it, and the terminal that follows
    it within the same text (``FROMex:x`` is FROM and ``ex:x``); ``(None, None)`` for no keyword."""
    text = token.group(token.lastgroup)
    for keyword in _KEYWORDS:
        if text.lower().startswith(keyword):
            rest = text[len(keyword):]
            return keyword, (_TOKEN.match(rest) if rest else None)
    return None, None


def _is_remote(iri: str) -> bool:
    return urlsplit(iri).scheme.lower() in REMOTE_SCHEMES and not iri.startswith(OWN_NAMESPACE)


def _readings(request: str, limit: int | None = None) -> list[_Reading]:
    """The request read as pyoxigraph reads it and, if it holds ``\\u`` escapes, as the specification does."""
    readings = [_Reading(request, limit, strict=True)]
    if "\\u" in request or "\\U" in request:
        readings.append(_Reading(_unescaped(request), limit, strict=False))
    return readings


def network_access(request: str) -> tuple[str, ...]:
    """What in a query or update reaches out to the network: each SERVICE and LOAD, and each FROM or USING
    (NAMED) of an http, https or ftp IRI outside the project's namespace; ``()`` for none."""
    return tuple(dict.fromkeys(found for reading in _readings(request) for found in reading.found))


def check_request(request: str, *, update: bool = False, allow_network: bool = False) -> None:
    """A :class:`~kg.errors.QueryError` for a request nested deeper than :data:`MAX_NESTING`, a query longer
    than :data:`MAX_QUERY_LENGTH` and, unless ``allow_network``, a request that reaches out to the network."""
    what = "update" if update else "query"
    if not update and len(request) > MAX_QUERY_LENGTH:
        raise QueryError(f"the query is longer than {MAX_QUERY_LENGTH:,} characters")
    readings = _readings(request, MAX_NESTING)
    if any(reading.deepest > MAX_NESTING for reading in readings):
        raise QueryError(f"the {what} nests {{ ( [ << or ! deeper than {MAX_NESTING} levels")
    found = tuple(dict.fromkeys(found for reading in readings for found in reading.found))
    if found and not allow_network:
        raise QueryError(f"the {what} reaches out to the network ({', '.join(found)}); "
                         f"pass --allow-service to allow it")
