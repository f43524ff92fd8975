"""kg.graph.lookup: an entity found by its IRI, key, label, ISO code or another name the articles use, in any
case; ambiguous and unknown names explained."""

from __future__ import annotations

import pytest

from kg.errors import EntityNotFoundError
from kg.graph.lookup import ALIAS, CODE, LABEL, Name, find_entity, graph_names
from kg.graph.namespace import RESOURCE
from kg.graph.store import KnowledgeGraph
from kg.model import Article, Entity, EntityType, Extraction

CHL, PER, FORUM = (RESOURCE + key for key in ("country/CHL", "country/PER", "organization/pacific-forum"))


@pytest.mark.parametrize("wanted, entity", [
    ("Chile", CHL), ("chile", CHL), ("  CHILE ", CHL),  # label, any case
    ("CHL", CHL), ("cl", CHL),  # ISO codes
    ("Santiago", CHL), ("lima", PER), ("PF", FORUM), ("pf", FORUM),  # names the articles use
    ("country/PER", PER), ("ckr:country/PER", PER), (PER, PER), (f"<{PER}>", PER),  # key and IRI
])
def test_an_entity_is_found_by_any_of_its_names(toy_graph, wanted, entity):
    assert find_entity(wanted, graph_names(toy_graph)) == entity


def test_unknown_names_list_the_closest(toy_graph):
    with pytest.raises(EntityNotFoundError, match=r"\[E012\] no entity called 'Chle'.*did you mean Chile"):
        find_entity("Chle", graph_names(toy_graph))
    with pytest.raises(EntityNotFoundError, match=r"no entity called 'Atlantis' in the graph$"):
        find_entity("Atlantis", graph_names(toy_graph))


def test_a_label_beats_another_entity_s_alias():
    names = [Name(CHL, "Chile", LABEL), Name(CHL, "Atacama", ALIAS), Name(RESOURCE + "location/atacama", "Atacama", LABEL)]
    assert find_entity("atacama", names) == RESOURCE + "location/atacama"


def test_a_code_beats_an_alias():
    names = [Name(PER, "PE", CODE), Name(FORUM, "PE", ALIAS)]
    assert find_entity("pe", names) == PER


def test_a_name_two_entities_share_equally_is_ambiguous():
    names = [Name(CHL, "Chile", LABEL), Name(PER, "Peru", LABEL), Name(CHL, "Andes", ALIAS), Name(PER, "Andes", ALIAS)]
    with pytest.raises(EntityNotFoundError, match=r"'Andes' could be any of Chile \(country/CHL\), Peru \(country/PER\)"):
        find_entity("Andes", names)


def test_an_organization_by_its_acronym():
    text = "The Rapid Support Forces (RSF) agreed to talks."
    rsf = Entity("organization/rapid-support-forces", EntityType.ORGANIZATION, "Rapid Support Forces", {"RSF"})
    graph = KnowledgeGraph()
    graph.add(Extraction(Article("s1", text), {rsf.key: rsf}, []))
    assert find_entity("rsf", graph_names(graph)) == RESOURCE + rsf.key
