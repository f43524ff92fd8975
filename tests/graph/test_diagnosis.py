"""kg.graph.diagnosis through run_query: a misspelt form, an update, an unknown prefix and any other syntax
error are explained in the user's terms, at the line and column the user wrote."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.graph.diagnosis import explain
from kg.graph.namespace import PREFIXES
from kg.graph.query import run_query


@pytest.mark.parametrize("query, message", [
    ("SELCT ?x WHERE { ?x ?p ?o }", "expected SELECT, ASK, CONSTRUCT or DESCRIBE at 1:1, found 'SELCT'"),
    ("PREFIX ex: <http://example.org/>\n# a comment\n  SLECT ?x WHERE { ?x ex:p ?o }",
     "expected SELECT, ASK, CONSTRUCT or DESCRIBE at 3:3, found 'SLECT'"),
    ("", "the query is empty"),
    ("INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }", "UPDATE (INSERT), not a query: run it with `kg update`"),
    ("delete where { ?s ?p ?o }", "UPDATE (DELETE)"),
    ("SELECT ?x WHERE { ?x wgs:lat ?y }", "unknown prefix 'wgs:' at 1:22 (declared: ckg, ckr, dcterms, geo, owl, prov, "
                                          "rdfs, schema, skos, xsd); declare it with PREFIX wgs: <...>"),
    ("PREFIX ex: <http://example.org/>\nSELECT ?x WHERE {\n  ?x ex:p _:b . _:b exx:q 1 }", "unknown prefix 'exx:' at 3:21 (declared: ckg, ckr, dcterms, ex,"),
])
@pytest.mark.parametrize("timeout", [None, 5])
def test_errors_say_what_is_wrong(toy_graph, query, message, timeout):
    with pytest.raises(QueryError) as caught:
        run_query(toy_graph, query, timeout=timeout)
    assert message in str(caught.value)
    assert str(caught.value).startswith("[E010]")


def test_a_syntax_error_is_placed_where_the_user_wrote_it(toy_graph):
    """DISTINCT and VALUES are put into the query's first line; the error is still reported at the user's column."""
    query = "SELECT ?x WHERE { ?x rdfs:label ?c . ?x ?p }"
    with pytest.raises(SyntaxError) as parsed:
        ox.Store().query(query, prefixes=PREFIXES)
    with pytest.raises(QueryError) as caught:
        run_query(toy_graph, query, parameters={"c": "Chile"})
    assert str(caught.value) == f"[E010] SPARQL syntax {parsed.value}"


def test_a_long_parser_message_is_cut():
    message = "error at 1:9: expected one of " + ", ".join(f"'{chr(c)}'" for c in range(65, 400))
    explained = explain("SELECT * { ?s ?p }", message)
    assert explained.startswith("SPARQL syntax error at 1:9: expected one of 'A'") and explained.endswith(" ...")
    assert len(explained) < 250
