"""The conflict-kg namespaces as rdflib objects (for rdflib and pySHACL users); see :mod:`kg.graph.namespace`."""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from .namespace import CKG_TERMS, ONTOLOGY, RESOURCE

__all__ = ["CKG", "CKR"]


class CKG(DefinedNamespace):
    """Terms of ``ontology/conflict-kg.ttl`` (prefix ``ckg:``), as listed in ``CKG_TERMS``."""

    _NS = Namespace(ONTOLOGY)
    _fail = True
    __annotations__ = dict.fromkeys(CKG_TERMS, URIRef)


CKR = Namespace(RESOURCE)
