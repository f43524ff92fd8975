"""From extractions to RDF quads: one named graph per article, plus one graph of entity descriptions.

IRIs are deterministic: entities by key (``ckr:country/RUS``), articles by their id, reports of events and
statements by a hash of what they state, so building the same input twice gives the same graph.
An article's statements are N-Quads text for the store to parse (quicker than making a Python object
per quad), their terms written by pyoxigraph.
"""

from __future__ import annotations

import hashlib
from datetime import date
from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import Literal, NamedNode, Quad

from ..model import Entity, EntityType, Event, EventType, Evidence, Extraction, Modality
from ..vocabulary import RELATION_OF_EVENT
from .happenings import Details, Report, merge_key
from .namespace import (
    ENTITY_GRAPH,
    Vocabulary,
    article_iri,
    ckg,
    dcterms,
    entity_iri,
    geo,
    geonames_iri,
    prov,
    publisher_iri,
    rdf,
    rdfs,
    schema,
    skos,
    statement_iri,
    xsd,
)
from .written import parse_written

__all__ = ["StatedReport", "article_nquads", "article_quads", "article_statements", "entity_description"]

StatedReport = tuple[str, Report, Details]  # a report's merge key, its grouping and what its event node takes of it


class _Terms:
    """The N-Triples form (``<iri>``) of a vocabulary's terms, each made on first use and then kept."""

    def __init__(self, vocabulary: Vocabulary):
        self._vocabulary = vocabulary

    def __getattr__(self, name: str) -> str:
        term = str(NamedNode(self._vocabulary[name]))
        setattr(self, name, term)
        return term


_CKG, _DCT, _GEO, _PROV, _RDF, _RDFS, _SCHEMA, _SKOS, _XSD = map(
    _Terms, (ckg, dcterms, geo, prov, rdf, rdfs, schema, skos, xsd))
_SHORTCUT_TERMS = {event_type: getattr(_CKG, relation.name) for event_type, relation in RELATION_OF_EVENT.items()}
_ENTITY_GRAPH = str(NamedNode(ENTITY_GRAPH))


@lru_cache(maxsize=8192)
def _entity(key: str) -> str:
    """An entity's IRI term (the same entities recur in every article: kept)."""
    return str(NamedNode(entity_iri(key)))


def _statement(kind: str, *stated: object) -> str:
    """The IRI term of an event or statement, from a digest of what it states."""
    digest = hashlib.sha1("\x1f".join(str(part) for part in stated).encode("utf-8")).hexdigest()[:20]
    return str(NamedNode(statement_iri(kind, digest)))


def _iri_of(term: str) -> str:
    """The IRI of an IRI term in N-Triples form (``<iri>``)."""
    return term[1:-1]


def _text(value: str, language: str | None = None) -> str:
    return str(Literal(value, language=language))


@lru_cache(maxsize=8192)
def _name(name: str) -> str:
    """An English name's literal term (the names of the same entities recur in every article: kept)."""
    return _text(name, "en")


def _typed(value: int | str, datatype: str) -> str:
    """A number or an ISO date with its datatype (such values need no escaping)."""
    return f'"{value}"^^{datatype}'


class _GraphWriter:
    """Collects the statements of one named graph as N-Quads lines; terms are given in N-Triples form,
    written by pyoxigraph (which escapes them)."""

    def __init__(self, graph: str):
        self.end = f" {graph} .\n"
        self.lines: list[str] = []

    def add(self, subject: str, predicate: str, value: str) -> None:
        self.lines.append(f"{subject} {predicate} {value}{self.end}")

    def nquads(self) -> str:
        return "".join(self.lines)

    def quads(self) -> list[Quad]:
        return parse_written(self.nquads())

    def provenance(self, statement: str, article: str, evidence: Evidence, quoted: str | None = None) -> None:
        """Where the statement is made; ``quoted``: the evidence's literal term, if the caller has made it."""
        self.add(statement, _CKG.reportedIn, article)
        self.add(statement, _CKG.evidence, quoted or _text(evidence.text))
        self.add(statement, _CKG.evidenceStart, _typed(evidence.start, _XSD.integer))
        self.add(statement, _CKG.evidenceEnd, _typed(evidence.end, _XSD.integer))

    def report(self, article: str, article_id: str, event: Event, published: date | None) -> StatedReport:
        """The article's statement of an event (a ``ckg:Report``): the event nodes that merge the reports of
        every article are made from these in the store (:mod:`kg.graph.happenings`), the report returned for that."""
        unasserted = () if event.modality == Modality.ASSERTED else (event.modality.value,)
        node = _statement("report", article_id, event.type.value, event.actor, event.target, event.evidence.start,
                          *unasserted)
        actor, target = _entity(event.actor), _entity(event.target)
        key = merge_key(event.type.value, event.actor, event.target, event.type.symmetric)
        place = event.target_is_place and event.type == EventType.DEPLOYMENT
        lead = ((_CKG.actor, actor), (_CKG.place if place else _CKG.target, target),
                (_CKG.evidence, _text(event.evidence.text)), (_CKG.trigger, _text(event.trigger)))
        confidence = f"{event.confidence:.2f}"
        self.add(node, _RDF.type, _CKG.Report)
        self.add(node, _CKG.mergeKey, _text(key))
        self.add(node, *lead[0])
        self.add(node, *lead[1])
        places = (_entity(event.occurred_in),) if event.occurred_in else ()
        for where in places:
            self.add(node, _CKG.occurredIn, where)
        self.provenance(node, article, event.evidence, lead[2][1])
        self.add(node, *lead[3])
        self.add(node, _CKG.confidence, _typed(confidence, _XSD.decimal))
        if event.date:
            self.add(node, _DCT.date, _typed(event.date.isoformat(), _XSD.date))
        self.add(node, _CKG.modality, getattr(_CKG, event.modality.value))
        if event.modality == Modality.ASSERTED:  # the shortcut edges state facts (docs/CONTRACT.md)
            self.add(actor, _SHORTCUT_TERMS[event.type], target)
        article_value = _iri_of(article)
        return key, Report(_iri_of(node), article_value, event.modality.value, event.date, published), Details(
            article_value, confidence, places, lead)


def article_nquads(extraction: Extraction) -> str:
    """Everything one article states, as N-Quads in its own named graph (the graph IRI is the article's IRI)."""
    return article_statements(extraction)[0]


def article_statements(extraction: Extraction) -> tuple[str, list[StatedReport]]:
    """What :func:`article_nquads` gives, and the article's reports of events as the store's event graph takes them."""
    article = extraction.article
    node = str(NamedNode(article_iri(article.id)))
    out = _GraphWriter(node)
    out.add(node, _RDF.type, _CKG.Article)
    out.add(node, _DCT.identifier, _text(article.id))
    out.add(node, _CKG.contentHash, _text(article.content_hash))
    if article.title:
        out.add(node, _DCT.title, _text(article.title))
    if article.date:
        out.add(node, _DCT.date, _typed(article.date.isoformat(), _XSD.date))
    if article.url and (source := _web_address(article.url)) is not None:
        out.add(node, _DCT.source, str(source))
    if article.source and article.source.strip():  # an agent with a name (DCMI's range of dcterms:publisher)
        publisher = str(NamedNode(publisher_iri(article.source)))
        out.add(node, _DCT.publisher, publisher)
        out.add(publisher, _RDF.type, _DCT.Agent)
        out.add(publisher, _RDFS.label, _text(article.source.strip()))
    if extraction.generated_by:
        activity = _statement("extraction", extraction.generated_by)
        out.add(node, _PROV.wasGeneratedBy, activity)
        out.add(activity, _RDF.type, _PROV.Activity)
        out.add(activity, _DCT.identifier, _text(extraction.generated_by))
    for key, entity in extraction.entities.items():
        entity_term = _entity(key)
        out.add(node, _CKG.mentions, entity_term)
        out.add(entity_term, _RDF.type, getattr(_CKG, entity.type.value))
        for name in sorted(entity.alt_names | {entity.name}):
            out.add(entity_term, _SKOS.altLabel, _name(name))
    reports = [out.report(node, article.id, event, article.date) for event in extraction.events]
    for office in extraction.offices:
        statement = _statement("office", article.id, office.person, office.organization, office.role)
        person, organization = _entity(office.person), _entity(office.organization)
        out.add(statement, _RDF.type, _CKG.OfficeHolding)
        out.add(statement, _CKG.holder, person)
        out.add(statement, _CKG.organization, organization)
        out.add(statement, _CKG.role, _text(office.role))
        if office.confidence is not None:
            out.add(statement, _CKG.confidence, _typed(f"{office.confidence:.2f}", _XSD.decimal))
        out.provenance(statement, node, office.evidence)
        out.add(person, _CKG.officialOf, organization)
    for membership in extraction.memberships:
        statement = _statement("membership", article.id, membership.member, membership.organization)
        member, organization = _entity(membership.member), _entity(membership.organization)
        out.add(statement, _RDF.type, _CKG.Membership)
        out.add(statement, _CKG.member, member)
        out.add(statement, _CKG.organization, organization)
        out.provenance(statement, node, membership.evidence)
        out.add(member, _CKG.memberOf, organization)
    return out.nquads(), reports


def article_quads(extraction: Extraction) -> list[Quad]:
    """Everything one article states, as pyoxigraph quads (see :func:`article_nquads`)."""
    return parse_written(article_nquads(extraction))


def _web_address(url: str) -> NamedNode | None:
    """The article's address as an IRI, or None for text that is no http(s) address (it is left out)."""
    iri = quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%")
    if not iri.lower().startswith(("http://", "https://")):
        return None
    try:
        return NamedNode(iri)
    except ValueError:
        return None


def entity_description(entity: Entity, label: str) -> tuple[Quad, ...]:
    """The entity's description in the entity graph: its type (and superclasses), ``label`` as its one
    ``rdfs:label`` and ``skos:prefLabel`` (the one that stays one under SKOS entailment, where every
    ``skos:altLabel`` is an ``rdfs:label`` too), and the identifiers it has: ISO codes, GeoNames id and feature
    (``schema:sameAs``), and for a place the country it lies in (``ckg:locatedIn``, which the graph then
    describes too) and its coordinates (``geo:lat``, ``geo:long``)."""
    place = entity.type == EntityType.LOCATION
    return _description(entity.key, entity.type, label, entity.iso2, entity.iso3, entity.geonames_id,
                        entity.located_in if place else None, *((entity.latitude, entity.longitude) if place else (None, None)))


@lru_cache(maxsize=8192)
def _description(key: str, entity_type: EntityType, label: str, iso2: str | None, iso3: str | None,
                 geonames_id: int | None, located_in: str | None, latitude: float | None,
                 longitude: float | None) -> tuple[Quad, ...]:
    """Made once for an entity described again and again (the same countries recur in every batch)."""
    out, node = _GraphWriter(_ENTITY_GRAPH), _entity(key)
    out.add(node, _RDF.type, getattr(_CKG, entity_type.value))
    if entity_type != EntityType.LOCATION:  # the superclasses too, for a store that infers nothing
        out.add(node, _RDF.type, _CKG.Actor)
    out.add(node, _RDF.type, _CKG.Entity)
    out.add(node, _RDFS.label, _text(label, "en"))
    out.add(node, _SKOS.prefLabel, _text(label, "en"))
    if iso2:
        out.add(node, _CKG.isoAlpha2, _text(iso2))
    if iso3:
        out.add(node, _CKG.isoAlpha3, _text(iso3))
    if geonames_id:
        out.add(node, _CKG.geonamesId, _text(str(geonames_id)))
        out.add(node, _SCHEMA.sameAs, str(NamedNode(geonames_iri(geonames_id))))  # not skos:exactMatch: no Concept
    if located_in:
        out.add(node, _CKG.locatedIn, _entity(located_in))
    if latitude is not None and longitude is not None:
        out.add(node, _GEO.lat, _typed(f"{latitude:.5f}", _XSD.decimal))
        out.add(node, _GEO.long, _typed(f"{longitude:.5f}", _XSD.decimal))
    return tuple(out.quads())
