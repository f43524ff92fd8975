"""kg.graph.namespace: every IRI from one place, the ckg terms those of the ontology, rdflib namespaces alike."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, SKOS, Graph, URIRef

from kg.graph.namespace import CKG, CKG_TERMS, CKR, ONTOLOGY, article_iri, ckg, entity_iri, key_of, statement_iri

from conftest import ONTOLOGY as ONTOLOGY_FOLDER


def test_the_ckg_terms_are_the_ontology_s():
    ontology = Graph().parse(ONTOLOGY_FOLDER / "conflict-kg.ttl", format="turtle")
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.ConceptScheme, SKOS.Concept)
    declared = {str(term)[len(ONTOLOGY):] for kind in kinds
                for term in ontology.subjects(RDF.type, kind) if str(term).startswith(ONTOLOGY)}
    assert set(CKG_TERMS) == declared


def test_a_term_the_ontology_lacks_is_an_error_in_both_forms():
    with pytest.raises(AttributeError):
        ckg.bombs
    with pytest.raises(AttributeError):
        CKG.bombs


def test_string_and_rdflib_terms_name_the_same_iris():
    assert all(URIRef(ckg[term]) == CKG[term] for term in CKG_TERMS)
    assert URIRef(entity_iri("country/RUS")) == CKR["country/RUS"]


def test_keys_and_iris_go_both_ways():
    for key in ("country/RUS", "person/sergey-lavrov", "location/nagorno-karabakh"):
        assert key_of(entity_iri(key)) == key
    assert key_of(article_iri("a1")) == "article/a1"
    assert key_of("https://example.org/country/RUS") == ""


def test_article_ids_are_escaped_into_one_path_segment():
    assert article_iri("d01/part 2#x").rsplit("/", 1)[-1] == "d01%2Fpart%202%23x"
    assert statement_iri("event", "ab12").endswith("/event/ab12")
