"""The conflict-kg vocabulary as an rdflib ``DefinedNamespace``, and the resource namespace."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = ["CKG", "CKR", "PREFIXES"]


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
