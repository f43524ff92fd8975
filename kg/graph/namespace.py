"""The conflict-kg vocabulary and every IRI the project makes: entities, articles, the entity graph, GeoNames
features.

Terms are IRI strings (``ckg.mentions``, ``rdfs.label``), which is what Oxigraph takes; a ``ckg`` term the
ontology does not define is an error, as in rdflib's ``DefinedNamespace``. For rdflib users, :data:`CKG`
is that ``DefinedNamespace`` and :data:`CKR` the resource ``Namespace``; they are made on first use, so that
reading or querying a graph does not load rdflib.

>>> entity_iri("country/RUS")
'https://w3id.org/conflict-kg/resource/country/RUS'
>>> key_of(entity_iri("person/sergey-lavrov")), key_of("https://example.org/x")
('person/sergey-lavrov', '')
>>> article_iri("d01/part 2")
'https://w3id.org/conflict-kg/resource/article/d01%2Fpart%202'
>>> ckg.mediates, rdfs.label
('https://w3id.org/conflict-kg/ontology#mediates', 'http://www.w3.org/2000/01/rdf-schema#label')
>>> ckg.bombs
Traceback (most recent call last):
...
AttributeError: 'bombs' is not a term of https://w3id.org/conflict-kg/ontology#
"""

from __future__ import annotations

from urllib.parse import quote

__all__ = ["CKG", "CKG_TERMS", "CKR", "ENTITY_GRAPH", "EVENT_GRAPH", "GEONAMES", "ONTOLOGY", "PREFIXES", "RESOURCE",
           "Vocabulary", "article_iri", "ckg", "dcterms", "entity_iri", "geo", "geonames_iri", "key_of", "prov",
           "publisher_iri", "rdf", "rdfs", "schema", "skos", "statement_iri", "xsd"]

ONTOLOGY = "https://w3id.org/conflict-kg/ontology#"
RESOURCE = "https://w3id.org/conflict-kg/resource/"
GEONAMES = "https://sws.geonames.org/"
ENTITY_GRAPH = RESOURCE + "graph/entities"
"""The named graph holding one description per entity."""
EVENT_GRAPH = RESOURCE + "graph/events"
"""The named graph holding one event node per happening, merged from the reports of the articles."""

PREFIXES = {
    "ckg": ONTOLOGY,
    "ckr": RESOURCE,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "schema": "http://schema.org/",
}
"""The prefixes every query has predeclared and every export declares."""

CKG_TERMS = (
    # classes
    "Entity", "Actor", "Country", "Person", "Organization", "Location", "Article", "Event", "Mediation",
    "AssistanceRequest", "Deployment", "AidProvision", "Meeting", "Agreement", "Attack", "Accusation", "Sanction",
    "Threat", "Report", "StandingRelation", "OfficeHolding", "Membership",
    # event and statement properties
    "actor", "target", "place", "occurredIn", "reportedIn", "evidence", "evidenceStart", "evidenceEnd", "trigger",
    "confidence", "holder", "organization", "role", "member", "modality", "hasReport", "reportCount", "mergeKey",
    # the modalities of an event (SKOS concepts of the scheme ModalityScheme)
    "ModalityScheme", "Asserted", "Negated", "Hypothetical", "Planned", "Claimed",
    # article and entity properties
    "mentions", "contentHash", "isoAlpha2", "isoAlpha3", "geonamesId", "locatedIn",
    # shortcut edges
    "mediates", "requestsAssistanceFrom", "deploysTo", "providesAidTo", "meetsWith", "agreesWith", "attacks",
    "accuses", "sanctions", "threatens", "officialOf", "memberOf",
)
"""The terms of ``ontology/conflict-kg.ttl`` (prefix ``ckg:``)."""


class Vocabulary:
    """The terms of a namespace as IRI strings; with ``terms``, any other name is an ``AttributeError``."""

    def __init__(self, base: str, terms: tuple[str, ...] | None = None):
        self._base = base
        self._terms = frozenset(terms) if terms is not None else None

    def __getattr__(self, name: str) -> str:
        if name.startswith("_") or (self._terms is not None and name not in self._terms):
            raise AttributeError(f"'{name}' is not a term of {self._base}")
        iri = self._base + name
        setattr(self, name, iri)
        return iri

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)


ckg = Vocabulary(ONTOLOGY, CKG_TERMS)
rdf = Vocabulary("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
rdfs = Vocabulary(PREFIXES["rdfs"])
skos = Vocabulary(PREFIXES["skos"])
dcterms = Vocabulary(PREFIXES["dcterms"])
prov = Vocabulary(PREFIXES["prov"])
xsd = Vocabulary(PREFIXES["xsd"])
geo = Vocabulary(PREFIXES["geo"])  # W3C WGS84 positions: geo:lat, geo:long
schema = Vocabulary(PREFIXES["schema"])


def entity_iri(key: str) -> str:
    """An entity's IRI: its key in the resource namespace."""
    return RESOURCE + key


def key_of(iri: str) -> str:
    """The entity key of an entity IRI ('country/UKR'), or '' for an IRI outside the resource namespace."""
    return iri[len(RESOURCE):] if iri.startswith(RESOURCE) else ""


def article_iri(article_id: str) -> str:
    """An article's IRI (and the name of its graph): its id, escaped, below ``article/``."""
    return RESOURCE + "article/" + quote(article_id, safe="")


def publisher_iri(name: str) -> str:
    """The IRI of an article's publisher (a ``dcterms:Agent``): its name, escaped, below ``publisher/``."""
    return RESOURCE + "publisher/" + quote(name.strip(), safe="")


def statement_iri(kind: str, digest: str) -> str:
    """The IRI of an event or statement (``event``, ``report``, ``office``, ``membership``) named by a digest of what it
    states."""
    return f"{RESOURCE}{kind}/{digest}"


def geonames_iri(geonames_id: int) -> str:
    """The GeoNames feature of this id."""
    return f"{GEONAMES}{geonames_id}/"


def __getattr__(name: str):
    if name in ("CKG", "CKR"):
        from . import _rdflib_namespaces

        return getattr(_rdflib_namespaces, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
