"""From extractions to RDF: one named graph per article, plus one graph of entity descriptions.

IRIs are deterministic: entities by key (``ckr:country/RUS``), articles by their id, events and
statements by a hash of what they state, so building the same input twice gives the same graph.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from .model import Entity, EntityType, Event, EventType, Extraction
from .namespace import CKG, CKR, PREFIXES

__all__ = ["KnowledgeGraph", "SHORTCUTS", "article_iri", "entity_iri"]

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


def entity_iri(key: str) -> URIRef:
    return CKR[key]


def article_iri(article_id: str) -> URIRef:
    return CKR["article/" + quote(article_id, safe="")]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:20]


def _canonical(names: Iterable[str]) -> str:
    """The name an entity is labelled with, whatever order articles came in: the longest, then first."""
    return min(names, key=lambda n: (-len(n), n))


class KnowledgeGraph:
    """The merged graph of many articles, as an rdflib ``Dataset`` with a named graph per article."""

    def __init__(self) -> None:
        self.dataset = Dataset()
        for prefix, namespace in PREFIXES.items():
            self.dataset.bind(prefix, namespace)
        self._entities: dict[str, Entity] = {}
        self._canonical_names: dict[str, set[str]] = {}
        self._article_ids: set[str] = set()

    @property
    def articles(self) -> int:
        """How many distinct articles the graph holds."""
        return len(self._article_ids)

    # -- adding -------------------------------------------------------------------------------
    def add(self, extraction: Extraction) -> None:
        """Add one article's facts as its named graph, replacing an article of the same id; merge its entities."""
        article = extraction.article
        node = article_iri(article.id)
        graph = self.dataset.graph(node)
        graph.remove((None, None, None))
        graph.add((node, RDF.type, CKG.Article))
        graph.add((node, DCTERMS.identifier, Literal(article.id)))
        graph.add((node, CKG.contentHash, Literal(article.content_hash)))
        if article.title:
            graph.add((node, DCTERMS.title, Literal(article.title)))
        if article.date:
            graph.add((node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
        if article.url:
            graph.add((node, DCTERMS.source, URIRef(quote(article.url, safe=":/?#[]@!$&'()*+,;=%"))))
        if article.source:
            graph.add((node, DCTERMS.publisher, Literal(article.source)))
        for key, entity in extraction.entities.items():
            self._merge(entity)
            graph.add((node, CKG.mentions, entity_iri(key)))
            graph.add((entity_iri(key), RDF.type, CKG[entity.type.value]))
            for name in entity.alt_names | {entity.name}:
                graph.add((entity_iri(key), SKOS.altLabel, Literal(name, lang="en")))
        for event in extraction.events:
            self._add_event(graph, node, article.id, event)
        for office in extraction.offices:
            statement = CKR["office/" + _digest(article.id, office.person, office.organization, office.role)]
            graph.add((statement, RDF.type, CKG.OfficeHolding))
            graph.add((statement, CKG.holder, entity_iri(office.person)))
            graph.add((statement, CKG.organization, entity_iri(office.organization)))
            graph.add((statement, CKG.role, Literal(office.role)))
            self._provenance(graph, statement, node, office.evidence)
            graph.add((entity_iri(office.person), CKG.officialOf, entity_iri(office.organization)))
        for membership in extraction.memberships:
            statement = CKR["membership/" + _digest(article.id, membership.member, membership.organization)]
            graph.add((statement, RDF.type, CKG.Membership))
            graph.add((statement, CKG.member, entity_iri(membership.member)))
            graph.add((statement, CKG.organization, entity_iri(membership.organization)))
            self._provenance(graph, statement, node, membership.evidence)
            graph.add((entity_iri(membership.member), CKG.memberOf, entity_iri(membership.organization)))
        self._article_ids.add(article.id)

    @staticmethod
    def _provenance(graph: Graph, statement: URIRef, article: URIRef, evidence) -> None:
        graph.add((statement, CKG.reportedIn, article))
        graph.add((statement, CKG.evidence, Literal(evidence.text)))
        graph.add((statement, CKG.evidenceStart, Literal(evidence.start, datatype=XSD.integer)))
        graph.add((statement, CKG.evidenceEnd, Literal(evidence.end, datatype=XSD.integer)))

    def _add_event(self, graph: Graph, article: URIRef, article_id: str, event: Event) -> None:
        node = CKR["event/" + _digest(article_id, event.type.value, event.actor, event.target, event.evidence.start)]
        graph.add((node, RDF.type, CKG[event.type.value]))
        graph.add((node, CKG.actor, entity_iri(event.actor)))
        role = CKG.place if event.target_is_place and event.type == EventType.DEPLOYMENT else CKG.target
        graph.add((node, role, entity_iri(event.target)))
        self._provenance(graph, node, article, event.evidence)
        graph.add((node, CKG.trigger, Literal(event.trigger)))
        graph.add((node, CKG.confidence, Literal(f"{event.confidence:.2f}", datatype=XSD.decimal)))
        if event.date:
            graph.add((node, DCTERMS.date, Literal(event.date, datatype=XSD.date)))
        graph.add((entity_iri(event.actor), SHORTCUTS[event.type], entity_iri(event.target)))

    def _merge(self, entity: Entity) -> None:
        known = self._entities.setdefault(entity.key, entity)
        if known is not entity:
            for field in ("iso2", "iso3", "geonames_id", "located_in"):
                if getattr(known, field) is None:
                    setattr(known, field, getattr(entity, field))
        self._canonical_names.setdefault(entity.key, set()).add(entity.name)

    # -- entity descriptions --------------------------------------------------------------------
    def _describe_entities(self) -> None:
        graph = self.dataset.graph(ENTITY_GRAPH)
        graph.remove((None, None, None))
        for key, entity in self._entities.items():
            node = entity_iri(key)
            graph.add((node, RDF.type, CKG[entity.type.value]))
            graph.add((node, RDFS.label, Literal(_canonical(self._canonical_names[key]), lang="en")))
            if entity.iso2:
                graph.add((node, CKG.isoAlpha2, Literal(entity.iso2)))
            if entity.iso3:
                graph.add((node, CKG.isoAlpha3, Literal(entity.iso3)))
            if entity.geonames_id:
                graph.add((node, CKG.geonamesId, Literal(str(entity.geonames_id))))
                graph.add((node, SKOS.exactMatch, URIRef(f"https://sws.geonames.org/{entity.geonames_id}/")))
            if entity.located_in in self._entities and entity.type == EntityType.LOCATION:
                graph.add((node, CKG.locatedIn, entity_iri(entity.located_in)))

    def finish(self) -> Dataset:
        """The dataset with entity descriptions written; call after the last ``add``."""
        self._describe_entities()
        return self.dataset

    def union(self) -> Graph:
        """All named graphs merged into one plain graph (for Turtle, N-Triples and JSON-LD)."""
        merged = Graph()
        for prefix, namespace in PREFIXES.items():
            merged.bind(prefix, namespace)
        for s, p, o, _ in self.finish().quads((None, None, None, None)):
            merged.add((s, p, o))
        return merged
