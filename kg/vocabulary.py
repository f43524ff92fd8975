"""The graph's vocabulary, written once: entity types and the relations drawn between entities, with the
colours and shapes every picture gives them.

A relation is named by its shortcut property (``ckg:mediates``), which is also the ``relation`` of a
network edge; ``statement`` is the class of the statements behind it (``ckg:Mediation``).

>>> RELATION_OF_EVENT[EventType.DEPLOYMENT].name
'deploysTo'
>>> relation_named("Mediation").name, relation_named("deploys").name, relation_named("membership").name
('mediates', 'deploysTo', 'memberOf')
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import EntityType, EventType

__all__ = ["ENTITY_TYPES", "EVENT_CLASSES", "RELATIONS", "RELATION_OF_EVENT", "STANDING", "EntityKind", "Relation",
           "entity_kind_named", "relation_named"]


@dataclass(frozen=True)
class EntityKind:
    """An entity type as pictures show it: the node's colour and shape (as the HTML page names shapes)."""

    type: EntityType
    colour: str
    shape: str

    @property
    def name(self) -> str:
        return self.type.value


@dataclass(frozen=True)
class Relation:
    """A relation between two entities: an event kind (``event``) or a standing relation (office, membership)."""

    name: str
    statement: str
    colour: str
    event: EventType | None = None

    @property
    def symmetric(self) -> bool:
        """Whether the relation reads the same both ways (meets, agrees, fights)."""
        return self.event is not None and self.event.symmetric


ENTITY_TYPES: tuple[EntityKind, ...] = (
    EntityKind(EntityType.COUNTRY, "#4c72b0", "circle"),
    EntityKind(EntityType.PERSON, "#dd8452", "diamond"),
    EntityKind(EntityType.ORGANIZATION, "#55a868", "square"),
    EntityKind(EntityType.LOCATION, "#8c8c8c", "triangle"),
)

# the ten event kinds in a colour-blind-safe qualitative scheme; the standing relations in darker tones
RELATIONS: tuple[Relation, ...] = (
    Relation("mediates", EventType.MEDIATION.value, "#1f77b4", EventType.MEDIATION),
    Relation("requestsAssistanceFrom", EventType.ASSISTANCE_REQUEST.value, "#17becf", EventType.ASSISTANCE_REQUEST),
    Relation("deploysTo", EventType.DEPLOYMENT.value, "#d62728", EventType.DEPLOYMENT),
    Relation("providesAidTo", EventType.AID_PROVISION.value, "#2ca02c", EventType.AID_PROVISION),
    Relation("meetsWith", EventType.MEETING.value, "#9467bd", EventType.MEETING),
    Relation("agreesWith", EventType.AGREEMENT.value, "#bcbd22", EventType.AGREEMENT),
    Relation("attacks", EventType.ATTACK.value, "#8c564b", EventType.ATTACK),
    Relation("accuses", EventType.ACCUSATION.value, "#e377c2", EventType.ACCUSATION),
    Relation("sanctions", EventType.SANCTION.value, "#7f7f7f", EventType.SANCTION),
    Relation("threatens", EventType.THREAT.value, "#ff7f0e", EventType.THREAT),
    Relation("officialOf", "OfficeHolding", "#393b79"),
    Relation("memberOf", "Membership", "#637939"),
)
RELATION_OF_EVENT: dict[EventType, Relation] = {relation.event: relation for relation in RELATIONS if relation.event}
STANDING = frozenset(relation.name for relation in RELATIONS if relation.event is None)
"""The relations that are not events: offices and memberships."""
EVENT_CLASSES = tuple(event_type.value for event_type in EventType)

_ALIASES = {alias.lower(): relation for relation in RELATIONS
            for alias in (relation.name, relation.statement,
                          relation.name.removesuffix("To").removesuffix("From").removesuffix("With"))}


def relation_named(name: str) -> Relation:
    """The relation a user means: its own name, its class or a short form ('deploys'), any case."""
    try:
        return _ALIASES[name.strip().lower()]
    except KeyError:
        known = ", ".join(relation.name for relation in RELATIONS)
        raise ValueError(f"unknown relation '{name}' (one of {known})") from None


def entity_kind_named(name: str) -> EntityKind:
    """The entity type a user means, in any case."""
    for kind in ENTITY_TYPES:
        if kind.name.casefold() == name.strip().casefold():
            return kind
    raise ValueError(f"unknown entity type '{name}' (one of {', '.join(kind.name for kind in ENTITY_TYPES)})")
