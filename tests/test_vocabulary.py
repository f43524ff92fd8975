"""kg.vocabulary: relations and entity types written once, and what users may call them."""

from __future__ import annotations

import pytest

from kg.model import EntityType, EventType
from kg.vocabulary import (
    ENTITY_TYPES,
    EVENT_CLASSES,
    RELATION_OF_EVENT,
    RELATIONS,
    STANDING,
    entity_kind_named,
    relation_named,
)


def test_every_event_type_has_one_relation_and_the_standing_ones_none():
    assert set(RELATION_OF_EVENT) == set(EventType)
    assert STANDING == {"officialOf", "memberOf"}
    assert len({relation.name for relation in RELATIONS}) == len({relation.colour for relation in RELATIONS}) == 12
    assert EVENT_CLASSES == tuple(relation.statement for relation in RELATIONS if relation.event)


def test_symmetric_relations_are_the_symmetric_event_types():
    assert {r.name for r in RELATIONS if r.symmetric} == {"meetsWith", "agreesWith", "attacks"}


@pytest.mark.parametrize("name, expected", [("mediates", "mediates"), ("Mediation", "mediates"), ("DEPLOYS", "deploysTo"),
                                            ("requestsAssistance", "requestsAssistanceFrom"), (" membership ", "memberOf")])
def test_a_relation_by_its_name_class_or_short_form(name, expected):
    assert relation_named(name).name == expected


def test_unknown_names_list_the_known_ones():
    with pytest.raises(ValueError, match="unknown relation 'bombs' .*mediates.*memberOf"):
        relation_named("bombs")
    with pytest.raises(ValueError, match="unknown entity type 'Planet' .*Country.*Location"):
        entity_kind_named("Planet")


def test_entity_types_in_any_case():
    assert [kind.type for kind in ENTITY_TYPES] == list(EntityType)
    assert entity_kind_named("organization").name == "Organization"
