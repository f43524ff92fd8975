"""From extractions to RDF quads: one named graph per article, plus one graph of entity descriptions.

IRIs are deterministic: entities by key (``ckr:country/RUS``), articles by their id, events and
statements by a hash of what they state, so building the same input twice gives the same graph.
Quads are pyoxigraph terms, ready for the store.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from collections.abc import Iterable
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad
from rdflib import URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from .gazetteer import Known
from .model import EntityType, Event, EventType, Evidence, Extraction
from .namespace import CKG, CKR

__all__ = ["ENTITY_GRAPH", "SHORTCUTS", "article_iri", "article_quads", "canonical_name", "entity_description",
           "entity_iri", "entity_type_of"]

SHORTCUTS = {
    EventType.MEDIATION: CKG.mediates,
    EventType.ASSISTANCE_REQUEST: CKG.requestsAssistanceFrom,
    EventType.DEPLOYMENT: CKG.deploysTo,
    EventType.AID_PROVISION: CKG.providesAidTo,
    EventType.MEETING: CKG.meetsWith,
    EventType.AGREEMENT: CKG.agreesWith,
    EventType.ATTACK: CKG.attacks,
    EventType.ACCUSATION: CKG.accuses,
    EventType.SANCTION: CKG.sanctions,
    EventType.THREAT: CKG.threatens,
}
ENTITY_GRAPH = CKR["graph/entities"]
_KEY_TYPES = {"country": EntityType.COUNTRY, "person": EntityType.PERSON,
              "organization": EntityType.ORGANIZATION, "location": EntityType.LOCATION}


def entity_iri(key: str) -> URIRef:
    return CKR[key]


def article_iri(article_id: str) -> URIRef:
    return CKR["article/" + quote(article_id, safe="")]


def entity_type_of(key: str) -> EntityType:
    """An entity key starts with its type: ``country/RUS`` is a Country."""
    return _KEY_TYPES[key.split("/", 1)[0]]


def canonical_name(names: Iterable[str]) -> str:
    """The name an entity is labelled with, whatever order articles came in: the longest, then first."""
    return min(names, key=lambda n: (-len(n), n))


@lru_cache(maxsize=4096)
def _n(term: URIRef | str) -> NamedNode:
    """The pyoxigraph node of an IRI (the vocabulary and the entities recur in every article: kept)."""
    return NamedNode(str(term))


def _text(value: str) -> Literal:
    return Literal(value)


def _typed(value: object, datatype: URIRef) -> Literal:
    return Literal(str(value), datatype=_n(datatype))


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


class _GraphWriter:
    """Collects the quads of one named graph."""

    def __init__(self, graph: URIRef):
        self.graph = _n(graph)
        self.quads: list[Quad] = []

    def add(self, subject: URIRef, predicate: URIRef, value: URIRef | Literal) -> None:
        obj = value if isinstance(value, Literal) else _n(value)
        self.quads.append(Quad(_n(subject), _n(predicate), obj, self.graph))

    def provenance(self, statement: URIRef, article: URIRef, evidence: Evidence) -> None:
        self.add(statement, CKG.reportedIn, article)
        self.add(statement, CKG.evidence, _text(evidence.text))
        self.add(statement, CKG.evidenceStart, _typed(evidence.start, XSD.integer))
        self.add(statement, CKG.evidenceEnd, _typed(evidence.end, XSD.integer))

    def event(self, article: URIRef, article_id: str, event: Event) -> None:
        node = CKR["event/" + _digest(article_id, event.type.value, event.actor, event.target, event.evidence.start)]
        self.add(node, RDF.type, CKG[event.type.value])
        self.add(node, CKG.actor, entity_iri(event.actor))
        place = event.target_is_place and event.type == EventType.DEPLOYMENT
        self.add(node, CKG.place if place else CKG.target, entity_iri(event.target))
        self.provenance(node, article, event.evidence)
        self.add(node, CKG.trigger, _text(event.trigger))
        self.add(node, CKG.confidence, _typed(f"{event.confidence:.2f}", XSD.decimal))
        if event.date:
            self.add(node, DCTERMS.date, _typed(event.date.isoformat(), XSD.date))
        self.add(entity_iri(event.actor), SHORTCUTS[event.type], entity_iri(event.target))


def article_quads(extraction: Extraction) -> list[Quad]:
    """Everything one article states, in its own named graph (the graph IRI is the article's IRI)."""
    article = extraction.article
    node = article_iri(article.id)
    out = _GraphWriter(node)
    out.add(node, RDF.type, CKG.Article)
    out.add(node, DCTERMS.identifier, _text(article.id))
    out.add(node, CKG.contentHash, _text(article.content_hash))
    if article.title:
        out.add(node, DCTERMS.title, _text(article.title))
    if article.date:
        out.add(node, DCTERMS.date, _typed(article.date.isoformat(), XSD.date))
    if article.url and (source := _web_address(article.url)) is not None:
        out.add(node, DCTERMS.source, source)
    if article.source:
        out.add(node, DCTERMS.publisher, _text(article.source))
    for key, entity in extraction.entities.items():
        out.add(node, CKG.mentions, entity_iri(key))
        out.add(entity_iri(key), RDF.type, CKG[entity.type.value])
        for name in sorted(entity.alt_names | {entity.name}):
            out.add(entity_iri(key), SKOS.altLabel, Literal(name, language="en"))
    for event in extraction.events:
        out.event(node, article.id, event)
    for office in extraction.offices:
        statement = CKR["office/" + _digest(article.id, office.person, office.organization, office.role)]
        out.add(statement, RDF.type, CKG.OfficeHolding)
        out.add(statement, CKG.holder, entity_iri(office.person))
        out.add(statement, CKG.organization, entity_iri(office.organization))
        out.add(statement, CKG.role, _text(office.role))
        out.provenance(statement, node, office.evidence)
        out.add(entity_iri(office.person), CKG.officialOf, entity_iri(office.organization))
    for membership in extraction.memberships:
        statement = CKR["membership/" + _digest(article.id, membership.member, membership.organization)]
        out.add(statement, RDF.type, CKG.Membership)
        out.add(statement, CKG.member, entity_iri(membership.member))
        out.add(statement, CKG.organization, entity_iri(membership.organization))
        out.provenance(statement, node, membership.evidence)
        out.add(entity_iri(membership.member), CKG.memberOf, entity_iri(membership.organization))
    return out.quads


def _web_address(url: str) -> URIRef | None:
    """The article's address as an IRI, or None for text that is no http(s) address (it is left out)."""
    iri = quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%")
    if not iri.lower().startswith(("http://", "https://")):
        return None
    try:
        NamedNode(iri)
    except ValueError:
        return None
    return URIRef(iri)


def entity_description(key: str, names: Iterable[str], known: Known | None) -> list[Quad]:
    """The entity's type, one ``rdfs:label`` and its identifiers, in the entity graph.

    The label is the gazetteer's name for a known entity, else the canonical one of the names the
    articles use; a known place also gets the country it lies in (``ckg:locatedIn``), which the store
    then describes too.
    """
    out = _GraphWriter(ENTITY_GRAPH)
    node = entity_iri(key)
    out.add(node, RDF.type, CKG[entity_type_of(key).value])
    out.add(node, RDFS.label, Literal(known.name if known else canonical_name(names), language="en"))
    if known is None:
        return out.quads
    if known.iso2:
        out.add(node, CKG.isoAlpha2, _text(known.iso2))
    if known.iso3:
        out.add(node, CKG.isoAlpha3, _text(known.iso3))
    if known.geonames_id:
        out.add(node, CKG.geonamesId, _text(str(known.geonames_id)))
        out.add(node, SKOS.exactMatch, URIRef(f"https://sws.geonames.org/{known.geonames_id}/"))
    if known.located_in and known.type == EntityType.LOCATION:
        out.add(node, CKG.locatedIn, entity_iri(known.located_in))
    return out.quads
