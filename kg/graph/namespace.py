"""The conflict-kg vocabulary as an rdflib ``DefinedNamespace``, the resource namespace, and every IRI the
project makes: entities, articles, the entity graph, GeoNames features.

>>> str(entity_iri("country/RUS"))
'https://w3id.org/conflict-kg/resource/country/RUS'
>>> key_of(entity_iri("person/sergey-lavrov")), key_of("https://example.org/x")
('person/sergey-lavrov', '')
>>> str(article_iri("d01/part 2"))
'https://w3id.org/conflict-kg/resource/article/d01%2Fpart%202'
"""

from __future__ import annotations

from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["CKG", "CKR", "ENTITY_GRAPH", "GEONAMES", "PREFIXES", "article_iri", "entity_iri", "geonames_iri", "key_of"]


class CKG(DefinedNamespace):
    """Terms of ``ontology/conflict-kg.ttl`` (prefix ``ckg:``)."""

    _NS = Namespace("https://w3id.org/conflict-kg/ontology#")
    _fail = True

    # classes
    Entity: URIRef
    Actor: URIRef
    Country: URIRef
    Person: URIRef
    Organization: URIRef
    Location: URIRef
    Article: URIRef
    Event: URIRef
    Mediation: URIRef
    AssistanceRequest: URIRef
    Deployment: URIRef
    AidProvision: URIRef
    Meeting: URIRef
    Agreement: URIRef
    Attack: URIRef
    Accusation: URIRef
    Sanction: URIRef
    Threat: URIRef
    OfficeHolding: URIRef
    Membership: URIRef
    # event and statement properties
    actor: URIRef
    target: URIRef
    place: URIRef
    reportedIn: URIRef
    evidence: URIRef
    evidenceStart: URIRef
    evidenceEnd: URIRef
    trigger: URIRef
    confidence: URIRef
    holder: URIRef
    organization: URIRef
    role: URIRef
    member: URIRef
    # article and entity properties
    mentions: URIRef
    contentHash: URIRef
    isoAlpha2: URIRef
    isoAlpha3: URIRef
    geonamesId: URIRef
    locatedIn: URIRef
    # shortcut edges
    mediates: URIRef
    requestsAssistanceFrom: URIRef
    deploysTo: URIRef
    providesAidTo: URIRef
    meetsWith: URIRef
    agreesWith: URIRef
    attacks: URIRef
    accuses: URIRef
    sanctions: URIRef
    threatens: URIRef
    officialOf: URIRef
    memberOf: URIRef


CKR = Namespace("https://w3id.org/conflict-kg/resource/")
ENTITY_GRAPH = CKR["graph/entities"]
"""The named graph holding one description per entity."""
GEONAMES = Namespace("https://sws.geonames.org/")

PREFIXES = {
    "ckg": str(CKG._NS),
    "ckr": str(CKR),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}


def entity_iri(key: str) -> URIRef:
    """An entity's IRI: its key in the resource namespace."""
    return CKR[key]


def key_of(iri: str) -> str:
    """The entity key of an entity IRI ('country/UKR'), or '' for an IRI outside the resource namespace."""
    return iri[len(CKR):] if iri.startswith(CKR) else ""


def article_iri(article_id: str) -> URIRef:
    """An article's IRI (and the name of its graph): its id, escaped, below ``article/``."""
    return CKR["article/" + quote(article_id, safe="")]


def geonames_iri(geonames_id: int) -> URIRef:
    """The GeoNames feature of this id."""
    return GEONAMES[f"{geonames_id}/"]
