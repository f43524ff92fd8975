"""kg.graph.rewrite: parameters bound with VALUES where the query says, never as the user's text; DISTINCT on
the query's own SELECT only."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import EntityNotFoundError, QueryError
from kg.graph.query import run_query, select
from kg.graph.rewrite import bind, distinct_rows

SUDAN = "<https://w3id.org/conflict-kg/resource/country/SDN>"
RUSSIA = "<https://w3id.org/conflict-kg/resource/country/RUS>"


def test_every_values_block_of_the_variable_is_filled():
    query = (f"SELECT * WHERE {{ {{ SELECT ?x WHERE {{ VALUES ?c {{ {RUSSIA} }} ?x ?p ?c }} }} "
             f"UNION {{ VALUES ?c {{ }} ?c ?p ?x }} }}")
    bound = bind(query, {"c": SUDAN})
    assert bound.count(SUDAN) == 2 and RUSSIA not in bound
    assert list(ox.Store().query(bound)) == []  # still SPARQL


def test_other_values_blocks_are_left_alone():
    query = f"SELECT * WHERE {{ VALUES ?c {{ {RUSSIA} }} VALUES (?a ?b) {{ (1 2) }} VALUES ?k {{ ckg:Threat }} ?c ?k ?a }}"
    assert bind(query, {"c": SUDAN}) == query.replace(RUSSIA, SUDAN)


def test_a_variable_without_a_block_gets_one_in_the_where_group():
    assert bind("SELECT ?p { ?p ckg:officialOf ?c }", {"c": SUDAN}) == f"SELECT ?p {{ VALUES ?c {{ {SUDAN} }} ?p ckg:officialOf ?c }}"
    construct = "CONSTRUCT { ?p a ckg:Person } WHERE { ?p ckg:officialOf ?c }"
    assert bind(construct, {"c": SUDAN}) == construct.replace("WHERE {", f"WHERE {{ VALUES ?c {{ {SUDAN} }}")


@pytest.mark.parametrize("query, message", [
    ("SELECT ?p WHERE { ?p ckg:officialOf ?c }", r"no \?country to bind \(its variables: \?c, \?p\)"),
    ("SELECT ?x WHERE { { SELECT ?x WHERE { ?x ckg:officialOf ?country } } }", r"\?country is used only inside a subquery"),
])
def test_a_parameter_the_query_cannot_take_is_refused(query, message):
    with pytest.raises(QueryError, match=message):
        bind(query, {"country": SUDAN})


def test_an_empty_block_is_a_parameter_that_must_be_given():
    query = "SELECT ?p WHERE { VALUES ?country { } ?p ckg:officialOf ?country }"
    with pytest.raises(QueryError, match=r"needs a value for \?country .*--param country=NAME"):
        bind(query, {})
    assert SUDAN in bind(query, {"country": SUDAN})


def test_parameters_are_looked_up_and_bound(toy_graph):
    query = "SELECT ?label WHERE { VALUES ?country { } ?country rdfs:label ?label }"
    assert select(toy_graph, query, parameters={"country": "santiago"}) == [{"label": "Chile"}]
    assert select(toy_graph, query, parameters={"country": "PE"}, timeout=5) == [{"label": "Peru"}]


@pytest.mark.parametrize("hostile", [
    "Chile> } ?s ?p ?o { <x",
    'Chile" } UNION { ?s ?p ?o } #',
    "Chile } } ; DROP ALL",
])
def test_a_name_is_never_pasted_into_the_query(toy_graph, hostile):
    with pytest.raises(EntityNotFoundError, match="no entity called"):
        run_query(toy_graph, "SELECT ?label WHERE { ?country rdfs:label ?label }", parameters={"country": hostile})


@pytest.mark.parametrize("query, expected", [
    ("SELECT ?x WHERE { ?x ?p ?o }", "SELECT DISTINCT ?x WHERE { ?x ?p ?o }"),
    ("select*{?x ?p ?o}", "select DISTINCT*{?x ?p ?o}"),
    ("# SELECT in a comment\nSELECT distinct ?x { ?x ?p ?o }", None),
    ("SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?x WHERE { ?x ?p ?o } } }",
     "SELECT DISTINCT (COUNT(*) AS ?n) WHERE { { SELECT ?x WHERE { ?x ?p ?o } } }"),
    ("ASK { { SELECT ?x WHERE { ?x ?p ?o } } }", None),
    ("CONSTRUCT WHERE { ?x ?p ?o }", None),
    ('SELECT ?x WHERE { ?x rdfs:label "SELECT" }', 'SELECT DISTINCT ?x WHERE { ?x rdfs:label "SELECT" }'),
])
def test_distinct_goes_after_the_query_s_own_select(query, expected):
    assert distinct_rows(query) == (expected or query)
