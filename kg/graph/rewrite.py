"""What conflict-kg changes in a query's text before an engine sees it, the same for a graph file, a store and
a SPARQL server: parameters bound with VALUES, and DISTINCT on a SELECT that has neither it nor REDUCED.

A parameter (``kg query --param country=Sudan``) is bound to an RDF term (the entity's IRI, found by
:mod:`kg.graph.lookup`), never pasted into the query as the user typed it: the term, written by pyoxigraph,
fills the data of each ``VALUES ?country { ... }`` block, so that a query can place the binding where it
counts (inside a subquery) and carry a default that standalone SPARQL tools run as it is. A block left empty
(``VALUES ?country { }``) is a parameter that must be given. A variable with no VALUES block gets one at the
start of the query's WHERE group.

>>> russia, sudan = "<https://w3id.org/conflict-kg/resource/country/RUS>", "<https://w3id.org/conflict-kg/resource/country/SDN>"
>>> bind(f"SELECT ?p WHERE {{ VALUES ?country {{ {russia} }} ?p ckg:officialOf ?country }}", {"country": sudan})
'SELECT ?p WHERE { VALUES ?country { <https://w3id.org/conflict-kg/resource/country/SDN> } ?p ckg:officialOf ?country }'
>>> bind("SELECT ?p WHERE { ?p ckg:officialOf ?country }", {"country": sudan})
'SELECT ?p WHERE { VALUES ?country { <https://w3id.org/conflict-kg/resource/country/SDN> } ?p ckg:officialOf ?country }'
>>> bind("SELECT ?p WHERE { VALUES ?country { } ?p ckg:officialOf ?country }", {})
Traceback (most recent call last):
...
kg.errors.QueryError: [E010] the query needs a value for ?country (its VALUES ?country block is empty): give --param country=NAME

Oxigraph 0.5 repeats a solution once for every article graph that holds a triple it matched, when queried
through the union of the graphs (oxigraph#1919; a list of default graphs repeats them as well): a SELECT is
made DISTINCT, so that no row reaches the user twice.

>>> distinct_rows("PREFIX ex: <http://example.org/> SELECT ?x WHERE { { SELECT ?x WHERE { ?x ex:p ?y } } }")
'PREFIX ex: <http://example.org/> SELECT DISTINCT ?x WHERE { { SELECT ?x WHERE { ?x ex:p ?y } } }'
>>> distinct_rows("SELECT REDUCED * WHERE { ?s ?p ?o }"), distinct_rows("ASK { ?s ?p ?o }")
('SELECT REDUCED * WHERE { ?s ?p ?o }', 'ASK { ?s ?p ?o }')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import QueryError
from .guard import terminals

__all__ = ["bind", "defaults", "distinct_rows"]


@dataclass
class _Outline:
    """Where in a query's text the rewrites go, read off its terminals."""

    blocks: dict[str, list[tuple[int, int, bool]]] = field(default_factory=dict)
    """Each variable's single-variable VALUES data blocks: start and end of ``{ ... }``, and whether it is empty."""
    where: int | None = None
    """Just after the ``{`` that opens the query's WHERE group."""
    outer: set[str] = field(default_factory=set)
    """Variables used in the WHERE group outside any subquery."""
    inner: set[str] = field(default_factory=set)
    """Variables used inside a subquery."""
    select: tuple[int, bool] | None = None
    """The end of the query's own SELECT keyword, and whether DISTINCT or REDUCED follows it."""

    @classmethod
    def of(cls, query: str) -> _Outline:
        outline, groups = cls(), []  # for each open { }: whether it holds a subquery
        tokens = list(terminals(query))
        form = None
        for index, token in enumerate(tokens):
            kind, text = token.lastgroup, token.group(token.lastgroup)
            word = text.lower() if kind == "word" else None
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if word in ("select", "ask", "construct", "describe") and not groups:
                form = form or word
                if word == "select" and outline.select is None:
                    modifier = following is not None and following.group(following.lastgroup).lower() in ("distinct", "reduced")
                    outline.select = (token.end(), modifier)
            elif word == "select":
                groups[-1] = True
            elif word == "values" and following is not None and following.lastgroup == "variable":
                outline._values_block(following.group("variable")[1:], tokens[index + 2:])
            elif kind == "variable" and groups:
                (outline.inner if any(groups) else outline.outer).add(text[1:])
            elif text == "{":
                after_where = index > 0 and tokens[index - 1].group(tokens[index - 1].lastgroup).lower() == "where"
                if not groups and outline.where is None and (after_where or form != "construct"):
                    outline.where = token.end()
                groups.append(False)
            elif text == "}" and groups:
                groups.pop()
        return outline

    def _values_block(self, name: str, rest: list) -> None:
        if not rest or rest[0].group(rest[0].lastgroup) != "{":
            return
        for count, token in enumerate(rest):
            if token.group(token.lastgroup) == "}":
                self.blocks.setdefault(name, []).append((rest[0].start("open"), token.end(), count == 1))
                return


def bind(query: str, values: Mapping[str, str]) -> str:
    """The query with each variable of ``values`` bound to its term (in N-Triples form: ``<iri>``, a literal);
    a :class:`~kg.errors.QueryError` for a variable the query does not use, one used only inside a subquery
    that has no VALUES block for it, and a parameter the query needs (an empty block) that is not given."""
    outline = _Outline.of(query)
    edits: list[tuple[int, int, str]] = []
    for name, term in values.items():
        if name in outline.blocks:
            edits += [(start, end, f"{{ {term} }}") for start, end, _ in outline.blocks[name]]
        elif name in outline.outer and outline.where is not None:
            edits.append((outline.where, outline.where, f" VALUES ?{name} {{ {term} }}"))
        elif name in outline.inner:
            raise QueryError(f"?{name} is used only inside a subquery: put `VALUES ?{name} {{ }}` there to bind it")
        else:
            used = ", ".join(f"?{variable}" for variable in sorted(outline.outer | outline.inner)) or "none"
            raise QueryError(f"the query has no ?{name} to bind (its variables: {used})")
    missing = sorted(name for name, blocks in outline.blocks.items() if name not in values and any(e for *_, e in blocks))
    if missing:
        raise QueryError(f"the query needs a value for {', '.join('?' + name for name in missing)} (its VALUES "
                         f"?{missing[0]} block is empty): give " + " ".join(f"--param {name}=NAME" for name in missing))
    for start, end, text in sorted(edits, reverse=True):
        query = query[:start] + text + query[end:]
    return query


def defaults(query: str, given: Mapping[str, object]) -> dict[str, str]:
    """The one term of each VALUES block the query fills itself, by variable, for the variables not ``given``:
    the parameters it runs with unless told otherwise (a block of several terms is part of the query's logic).

    >>> defaults("SELECT ?p WHERE { VALUES ?country { <c/NER> } VALUES ?year { } ?p ?q ?country }", {})
    {'country': '<c/NER>'}
    >>> defaults("SELECT ?p WHERE { VALUES ?class { ckg:Threat ckg:Sanction } ?p a ?class }", {})
    {}
    >>> defaults("SELECT ?p WHERE { VALUES ?country { <c/NER> } ?p ?q ?country }", {"country": "Chad"})
    {}
    """
    outline = _Outline.of(query)
    found = {name: query[start + 1:end - 1].strip() for name, blocks in outline.blocks.items()
             if name not in given for start, end, empty in blocks[:1] if not empty}
    return {name: term for name, term in found.items() if term.startswith('"') or len(term.split()) == 1}


def distinct_rows(query: str) -> str:
    """The query with DISTINCT after its SELECT, unless it has DISTINCT or REDUCED already or is no SELECT."""
    select = _Outline.of(query).select
    if select is None or select[1]:
        return query
    return f"{query[:select[0]]} DISTINCT{query[select[0]:]}"
