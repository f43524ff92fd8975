"""ontology/shapes.ttl checks what ontology/conflict-kg.ttl says: for every property the ontology declares, the
shapes accept a subject exactly when its class lies in the property's rdfs:domain, and a value exactly when its
class lies in the rdfs:range, read from the ontology here so that the two files cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from kg.graph.namespace import ONTOLOGY as CKG

from conftest import ONTOLOGY

ONTOLOGY_GRAPH = Graph().parse(ONTOLOGY / "conflict-kg.ttl", format="turtle")
SHAPES = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")


def local(cls: URIRef) -> str:
    return str(cls)[len(CKG):]


def ckg_classes() -> set[URIRef]:
    return {c for c in ONTOLOGY_GRAPH.subjects(RDF.type, OWL.Class) if str(c).startswith(CKG)}


def concrete(classes: set[URIRef]) -> frozenset[URIRef]:
    """The classes nodes are typed with (those without subclasses) that lie in ``classes``."""
    below = {c: set(ONTOLOGY_GRAPH.transitive_subjects(RDFS.subClassOf, c)) for c in ckg_classes()}
    return frozenset(c for c in ckg_classes() if len(below[c]) == 1 and any(c in below[k] for k in classes if k in below))


def named(expression) -> set[URIRef]:
    """The classes a domain or range names: one class, or the members of an owl:unionOf."""
    if isinstance(expression, BNode):
        return set(Collection(ONTOLOGY_GRAPH, ONTOLOGY_GRAPH.value(expression, OWL.unionOf)))
    return {expression} if expression is not None else set()


@dataclass(frozen=True)
class Declared:
    """A ckg property with the concrete classes of its domain and, for an object property whose range is made
    of ckg classes, of its range (None otherwise)."""

    name: str
    domain: frozenset[URIRef]
    range: frozenset[URIRef] | None


def declared() -> list[Declared]:
    found = []
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in sorted(p for p in ONTOLOGY_GRAPH.subjects(RDF.type, kind) if str(p).startswith(CKG)):
            domain = concrete(named(ONTOLOGY_GRAPH.value(prop, RDFS.domain)))
            ranged = named(ONTOLOGY_GRAPH.value(prop, RDFS.range)) if kind == OWL.ObjectProperty else set()
            in_ckg = bool(ranged) and all(str(c).startswith(CKG) for c in ranged)
            found.append(Declared(str(prop)[len(CKG):], domain, concrete(ranged) if in_ckg else None))
    return found


PROPERTIES = declared()


def representatives() -> list[URIRef]:
    """One concrete class for each set of classes that no domain or range tells apart (the ten event classes
    are one such set)."""
    seen: dict[tuple, URIRef] = {}
    for cls in sorted(concrete(ckg_classes())):
        signature = tuple((cls in p.domain, p.range is not None and cls in p.range) for p in PROPERTIES)
        seen.setdefault(signature, cls)
    return sorted(seen.values())


@dataclass(frozen=True)
class Case:
    """One use of a property: a subject of one class, a value of another, and whether the ontology allows it."""

    prop: Declared
    subject_class: URIRef
    value_class: URIRef | None  # None: a literal
    allowed: bool

    def nodes(self) -> tuple[URIRef, URIRef | Literal]:
        name = f"{self.prop.name}/{local(self.subject_class)}/{local(self.value_class) if self.value_class else '-'}"
        value = URIRef(f"urn:test:value/{name}") if self.value_class else Literal("1", datatype=XSD.string)
        return URIRef(f"urn:test:subject/{name}"), value


def cases() -> list[Case]:
    """Each property with a subject of every class (and a value it allows), and with a value of every class (and
    a subject it allows). A datatype property is only given subjects it does not allow: a literal alone can break
    other rules (an evidence start without its end)."""
    found = []
    classes = representatives()
    for prop in PROPERTIES:
        allowed_value = min(c for c in classes if c in prop.range) if prop.range else None
        for cls in classes:
            if prop.range is not None or cls not in prop.domain:
                found.append(Case(prop, cls, allowed_value, cls in prop.domain))
        if prop.range is not None:
            subject = min(c for c in classes if c in prop.domain)
            found += [Case(prop, subject, cls, cls in prop.range) for cls in classes if cls != allowed_value]
    return found


CASES = cases()


def without_sparql(shapes: Graph) -> Graph:
    """The shapes less their SPARQL constraints: each needs an event's actor and target, or both evidence offsets,
    which no case gives one node, and pySHACL parses them again for every node, which makes the run slow."""
    kept = Graph()
    for triple in shapes:
        if triple[1] != SH.sparql:
            kept.add(triple)
    return kept


def violations(graph: Graph, inference: str) -> set[tuple]:
    """The violations: focus node, path, source shape and constraint component."""
    import pyshacl

    ontology = ONTOLOGY_GRAPH if inference != "none" else None
    _, report, _ = pyshacl.validate(graph, shacl_graph=without_sparql(SHAPES), ont_graph=ontology, inference=inference)
    return {tuple(report.value(result, p) for p in (SH.focusNode, SH.resultPath, SH.sourceShape,
                                                    SH.sourceConstraintComponent))
            for result in report.subjects(SH.resultSeverity, SH.Violation)}


def test_every_declared_property_is_covered():
    names = {p.name for p in PROPERTIES}
    assert {"meetsWith", "agreesWith", "accuses", "requestsAssistanceFrom", "actor", "reportedIn", "trigger"} <= names
    ranges = {p.name: p.range for p in PROPERTIES}
    actor_classes = {URIRef(CKG + name) for name in ("Country", "Person", "Organization")}
    assert ranges["meetsWith"] == actor_classes  # the range ckg:Actor, read as its concrete classes
    assert {local(c) for c in representatives()} == {
        "Article", "Country", "Location", "Membership", "OfficeHolding", "Organization", "Person", "Accusation", "Report"}


def typed(classes: dict[URIRef, URIRef]) -> Graph:
    graph = Graph()
    for node, cls in classes.items():
        graph.add((node, RDF.type, cls))
    return graph


@pytest.mark.parametrize("inference", ["none", pytest.param("rdfs", marks=pytest.mark.slow)])
def test_shapes_accept_exactly_the_domains_and_ranges_of_the_ontology(inference):
    """A case breaks a shape when its subject or value has a violation that a node of the same class and no
    statement at all does not have."""
    alone = {URIRef(f"urn:test:alone/{local(cls)}"): cls for cls in representatives()}
    usual = {(alone[focus], *rest) for focus, *rest in violations(typed(alone), inference) if focus in alone}
    class_of = {}
    for case in CASES:
        subject, value = case.nodes()
        class_of[subject] = case.subject_class
        if case.value_class is not None:
            class_of[value] = case.value_class
    used = typed(class_of)
    for case in CASES:
        subject, value = case.nodes()
        used.add((subject, URIRef(CKG + case.prop.name), value))
    flagged = {focus for focus, *rest in violations(used, inference) if (class_of.get(focus), *rest) not in usual}
    wrong = [(case.prop.name, local(case.subject_class), case.value_class and local(case.value_class),
              "allowed" if case.allowed else "not allowed")
             for case in CASES if (not case.allowed) != bool(flagged & set(case.nodes()))]
    assert not wrong, wrong


@pytest.mark.slow  # every annotated article through the extractor
def test_the_extractor_keeps_to_the_domains_and_ranges_on_the_annotated_articles(extractor):
    """Every statement the extractor makes of the 161 annotated articles has a subject of its property's domain
    and a value of its range (the whole corpus is too large for pySHACL; the examples go through it in
    tests/graph/test_rdf.py)."""
    from kg.graph.rdflib_graphs import to_rdflib_graph
    from kg.graph.store import KnowledgeGraph
    from kg.sources.readers import read_articles

    from conftest import ANNOTATED

    graph = KnowledgeGraph()
    for extraction in extractor.extract_many(list(read_articles([ANNOTATED / "dev.jsonl", ANNOTATED / "train.jsonl"]))):
        graph.add(extraction)
    union = to_rdflib_graph(graph)
    wrong = []
    for prop in PROPERTIES:
        for subject, value in union.subject_objects(URIRef(CKG + prop.name)):
            if not set(union.objects(subject, RDF.type)) & prop.domain:
                wrong.append((prop.name, "subject", str(subject)))
            if prop.range is not None and not set(union.objects(value, RDF.type)) & prop.range:
                wrong.append((prop.name, "value", str(value)))
    assert any(union.subject_objects(URIRef(CKG + "meetsWith")))
    assert not wrong, wrong[:20]
