"""Errors that help: what is wrong with a SPARQL query, said in the user's terms instead of the parser's
(which answers "expected CONSTRUCT" to a misspelt SELECT, and a list of Unicode ranges to an unknown prefix).

>>> check_form("SELCT ?x WHERE { ?x a ckg:Country }")
Traceback (most recent call last):
...
kg.errors.QueryError: [E010] expected SELECT, ASK, CONSTRUCT or DESCRIBE at 1:1, found 'SELCT'
>>> check_form("PREFIX ex: <http://example.org/>\\nDELETE WHERE { ?x ex:p ?y }")
Traceback (most recent call last):
...
kg.errors.QueryError: [E010] this is a SPARQL UPDATE (DELETE), not a query: run it with `kg update`
>>> check_update_form("SELECT ?x WHERE { ?x a ckg:Country }")
Traceback (most recent call last):
...
kg.errors.QueryError: [E010] this is a SPARQL query (SELECT), not an update: run it with `kg query`
>>> explain("SELECT * WHERE { ?x wgs:lat ?y }", "error at 1:26: expected one of Prefix not found, ['%'], ...")
"unknown prefix 'wgs:' at 1:21 (declared: ckg, ckr, dcterms, geo, owl, prov, rdfs, schema, skos, xsd); declare it with PREFIX wgs: <...>"
"""

from __future__ import annotations

import re

from ..errors import QueryError
from .guard import terminals
from .namespace import PREFIXES

__all__ = ["check_form", "check_update_form", "explain"]

QUERY_FORMS = ("select", "ask", "construct", "describe")
UPDATE_OPERATIONS = ("insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with")
_LONGEST_MESSAGE = 200
"""The parser's message is cut after this many characters (its lists of expected characters run to pages)."""


def _position(text: str, offset: int) -> str:
    """``line:column`` of an offset, both counted from 1."""
    return f"{text.count(chr(10), 0, offset) + 1}:{offset - text.rfind(chr(10), 0, offset)}"


def _declared(query: str) -> tuple[set[str], list[re.Match]]:
    """The prefixes a query may use (its own and the predeclared ones), and its terminals after the prologue."""
    declared, tokens = set(PREFIXES), list(terminals(query))
    index = 0
    while index < len(tokens) and tokens[index].lastgroup == "word" and tokens[index].group().strip().lower() in ("prefix", "base"):
        if tokens[index].group().strip().lower() == "prefix" and index + 1 < len(tokens) and tokens[index + 1].lastgroup == "name":
            declared.add(tokens[index + 1].group("prefix") or "")
            index += 1
        index += 2  # the keyword, and the IRI
    return declared, tokens[index:]


def check_form(query: str) -> None:
    """A :class:`~kg.errors.QueryError` unless the query, after its PREFIX and BASE lines, begins with SELECT,
    ASK, CONSTRUCT or DESCRIBE; an update is sent to ``kg update``."""
    _, body = _declared(query)
    if not body:
        raise QueryError("the query is empty")
    first = body[0].group(body[0].lastgroup)
    if body[0].lastgroup == "word" and first.lower() in QUERY_FORMS:
        return
    if body[0].lastgroup == "word" and first.lower() in UPDATE_OPERATIONS:
        raise QueryError(f"this is a SPARQL UPDATE ({first.upper()}), not a query: run it with `kg update`")
    raise QueryError(f"expected SELECT, ASK, CONSTRUCT or DESCRIBE at {_position(query, body[0].start(body[0].lastgroup))}, "
                     f"found '{first[:40]}'")


def check_update_form(update: str) -> None:
    """A :class:`~kg.errors.QueryError` if the update, after its PREFIX and BASE lines, begins with a query form:
    a query is sent to ``kg query`` (any other mistake is left to the engine's parser)."""
    _, body = _declared(update)
    first = body[0].group(body[0].lastgroup) if body else ""
    if body and body[0].lastgroup == "word" and first.lower() in QUERY_FORMS:
        raise QueryError(f"this is a SPARQL query ({first.upper()}), not an update: run it with `kg query`")


def explain(request: str, message: str) -> str:
    """The engine's syntax error ``message`` about ``request``, in the user's terms: an undeclared prefix (an
    error wherever it is) is named with the prefixes that are declared; any other message is kept, cut to a
    readable length."""
    declared, body = _declared(request)
    for token in body:
        if token.lastgroup != "name":
            continue
        blank_node = token.start("name") > 0 and request[token.start("name") - 1] == "_"
        if (prefix := token.group("prefix") or "") not in declared and not blank_node:
            return (f"unknown prefix '{prefix}:' at {_position(request, token.start('name'))} (declared: "
                    f"{', '.join(sorted(filter(None, declared)))}); declare it with PREFIX {prefix}: <...>")
    cut = message if len(message) <= _LONGEST_MESSAGE else message[:_LONGEST_MESSAGE] + " ..."
    return f"SPARQL syntax {cut}"
