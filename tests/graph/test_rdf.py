"""kg.graph.rdf: deterministic IRIs, one node per entity, shortcut edges, labels, SHACL conformance."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.graph.namespace import CKG, ENTITY_GRAPH, article_iri, entity_iri
from kg.graph.rdflib_graphs import to_rdflib_dataset, to_rdflib_graph
from kg.graph.store import KnowledgeGraph
from kg.model import Entity, EntityType, Modality
from kg.vocabulary import RELATION_OF_EVENT

from conftest import ONTOLOGY

GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
ENTITY_CLASSES = [CKG.Country, CKG.Person, CKG.Organization, CKG.Location]
EVENT_CLASSES = {CKG[event.value]: CKG[relation.name] for event, relation in RELATION_OF_EVENT.items()}


def build(extractions) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    for extraction in extractions:
        graph.add(extraction)
    return graph


def sorted_ntriples(graph: Graph) -> list[str]:
    return sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())


def entity_nodes(graph: Graph) -> set:
    return {s for cls in ENTITY_CLASSES for s in graph.subjects(RDF.type, cls)}


# -- hand-built extractions --------------------------------------------------------------------
def test_same_input_gives_the_same_graph(toy_extractions):
    from conftest import _toy_extractions

    first = to_rdflib_graph(build(toy_extractions))
    second = to_rdflib_graph(build(_toy_extractions()))
    assert isomorphic(first, second)
    assert sorted_ntriples(first) == sorted_ntriples(second)


def test_article_order_does_not_change_the_graph(toy_extractions):
    from conftest import _toy_extractions

    forward = to_rdflib_graph(build(toy_extractions))
    backward = to_rdflib_graph(build(list(reversed(_toy_extractions()))))
    assert sorted_ntriples(forward) == sorted_ntriples(backward)


def test_article_metadata(toy_graph):
    union = to_rdflib_graph(toy_graph)
    node = URIRef(article_iri("t1"))
    assert (node, RDF.type, CKG.Article) in union
    assert union.value(node, CKG.contentHash) is not None
    assert str(union.value(node, DCTERMS.identifier)) == "t1"
    assert union.value(node, DCTERMS.date) == Literal("2024-06-04", datatype=XSD.date)
    assert set(union.objects(node, CKG.mentions)) == {
        URIRef(entity_iri(k)) for k in ("country/CHL", "country/PER", "location/atacama", "person/ana-soto",
                                "organization/pacific-forum")
    }


def test_the_publisher_is_an_agent_with_a_name(toy_extractions):
    """dcterms:publisher points to a dcterms:Agent (DCMI's range) named by its label, one node per name."""
    toy_extractions[1].article.source = " Example Wire "
    union = to_rdflib_graph(build(toy_extractions))
    [publisher] = set(union.objects(None, DCTERMS.publisher))
    assert isinstance(publisher, URIRef) and (publisher, RDF.type, DCTERMS.Agent) in union
    assert list(union.objects(publisher, RDFS.label)) == [Literal("Example Wire")]
    assert set(union.subjects(DCTERMS.publisher, publisher)) == {URIRef(article_iri("t1")), URIRef(article_iri("t2"))}


def test_an_entity_has_one_preferred_label_and_a_geonames_link_for_things(toy_graph):
    """The canonical name is both rdfs:label and the one skos:prefLabel (altLabels are rdfs:labels under SKOS
    entailment); GeoNames is linked with schema:sameAs, which does not make the entity a skos:Concept."""
    union = to_rdflib_graph(toy_graph)
    node = URIRef(entity_iri("country/CHL"))
    assert list(union.objects(node, SKOS.prefLabel)) == list(union.objects(node, RDFS.label)) == [
        Literal("Chile", lang="en")]
    assert list(union.objects(node, URIRef("http://schema.org/sameAs"))) == [
        URIRef("https://sws.geonames.org/3895114/")]
    assert not list(union.triples((None, SKOS.exactMatch, None)))


def test_one_node_per_country_across_articles(toy_graph):
    union = to_rdflib_graph(toy_graph)
    chile = URIRef(entity_iri("country/CHL"))
    assert list(union.subjects(CKG.isoAlpha3, Literal("CHL"))) == [chile]
    assert (URIRef(article_iri("t1")), CKG.mentions, chile) in union
    assert (URIRef(article_iri("t2")), CKG.mentions, chile) in union
    assert set(union.objects(URIRef(entity_iri("country/PER")), SKOS.altLabel)) >= {Literal("Lima", lang="en")}


def test_every_event_has_its_shortcut_edge(toy_graph):
    union = to_rdflib_graph(toy_graph)
    events = 0
    for cls, shortcut in EVENT_CLASSES.items():
        for event in union.subjects(RDF.type, cls):
            events += 1
            actor = union.value(event, CKG.actor)
            target = union.value(event, CKG.target) or union.value(event, CKG.place)
            assert (actor, shortcut, target) in union
            assert union.value(event, CKG.evidence) is not None
            assert union.value(event, CKG.reportedIn) is not None
    assert events == 3


@pytest.mark.parametrize("modality", [Modality.NEGATED, Modality.HYPOTHETICAL, Modality.PLANNED, Modality.CLAIMED])
def test_every_event_has_its_modality_and_only_asserted_ones_a_shortcut(toy_extractions, modality):
    asserted = to_rdflib_graph(build(toy_extractions))
    toy_extractions[1].events[0].modality = modality  # "Peru imposed sanctions on Chile"
    union = to_rdflib_graph(build(toy_extractions))
    [sanction] = union.subjects(RDF.type, CKG.Sanction)
    assert union.value(sanction, CKG.modality) == CKG[modality.value]
    assert (URIRef(entity_iri("country/PER")), CKG.sanctions, URIRef(entity_iri("country/CHL"))) not in union
    [report] = union.objects(sanction, CKG.hasReport)
    assert union.value(report, CKG.modality) == CKG[modality.value]
    assert report not in set(asserted.subjects(RDF.type, CKG.Report))  # its own report, not the asserted one's
    [deployment] = union.subjects(RDF.type, CKG.Deployment)
    assert union.value(deployment, CKG.modality) == CKG.Asserted
    assert (URIRef(entity_iri("country/CHL")), CKG.deploysTo, URIRef(entity_iri("location/atacama"))) in union


def test_the_superclasses_are_stated_for_stores_that_infer_nothing(toy_graph):
    from kg.graph.query import select

    [events] = select(toy_graph, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ckg:Event }")
    assert events["n"] == "3"
    actors = {row["a"] for row in select(toy_graph, "SELECT DISTINCT ?a WHERE { ?a a ckg:Actor }")}
    entities = {row["e"] for row in select(toy_graph, "SELECT DISTINCT ?e WHERE { ?e a ckg:Entity }")}
    assert entity_iri("location/atacama") in entities - actors
    assert {entity_iri("country/CHL"), entity_iri("person/ana-soto"), entity_iri("organization/pacific-forum")} <= actors


def test_deployment_to_a_place_uses_ckg_place(toy_graph):
    union = to_rdflib_graph(toy_graph)
    [event] = union.subjects(RDF.type, CKG.Deployment)
    assert union.value(event, CKG.place) == URIRef(entity_iri("location/atacama"))
    assert union.value(event, CKG.target) is None


def test_statements_carry_provenance(toy_graph):
    union = to_rdflib_graph(toy_graph)
    [office] = union.subjects(RDF.type, CKG.OfficeHolding)
    assert union.value(office, CKG.role) == Literal("Foreign Minister")
    assert union.value(office, CKG.reportedIn) == URIRef(article_iri("t1"))
    assert (URIRef(entity_iri("person/ana-soto")), CKG.officialOf, URIRef(entity_iri("country/CHL"))) in union
    assert (URIRef(entity_iri("country/CHL")), CKG.memberOf, URIRef(entity_iri("organization/pacific-forum"))) in union


def test_one_label_per_entity(toy_extractions):
    """A gazetteer entity keeps the gazetteer's name whatever the articles call it; another entity is
    labelled with the longest name the articles use."""
    second = toy_extractions[1]
    second.entities["country/PER"].add_name("Republic of Peru")
    union = to_rdflib_graph(build(toy_extractions))
    for node in entity_nodes(union):
        assert len(list(union.objects(node, RDFS.label))) == 1, node
    assert union.value(URIRef(entity_iri("country/PER")), RDFS.label) == Literal("Peru", lang="en")
    assert union.value(URIRef(entity_iri("person/ana-soto")), RDFS.label) == Literal("Ana Soto", lang="en")
    assert Literal("Republic of Peru", lang="en") in set(union.objects(URIRef(entity_iri("country/PER")), SKOS.altLabel))


def test_named_graph_per_article(toy_graph):
    dataset = to_rdflib_dataset(toy_graph)
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert {URIRef(article_iri("t1")), URIRef(article_iri("t2")), URIRef(ENTITY_GRAPH)} <= names
    t2 = dataset.graph(URIRef(article_iri("t2")))
    assert (URIRef(article_iri("t2")), RDF.type, CKG.Article) in t2
    assert (URIRef(article_iri("t1")), RDF.type, CKG.Article) not in t2


def test_article_ids_are_quoted_in_iris(toy_extractions):
    toy_extractions[1].article.id = "my article/2#x"
    union = to_rdflib_graph(build(toy_extractions))
    [node] = [s for s in union.subjects(RDF.type, CKG.Article) if str(s) != str(URIRef(article_iri("t1")))]
    assert " " not in str(node) and "#" not in str(node).split("/resource/")[1]


def test_an_article_added_again_replaces_its_statements(toy_extractions):
    """Same id, new content: the article's named graph is replaced, not doubled (an update)."""
    first, second = toy_extractions
    second.article.id = first.article.id
    graph = build([first, second])
    union = to_rdflib_graph(graph)
    assert len(set(union.subjects(RDF.type, CKG.Article))) == graph.articles == 1
    assert len(list(union.subjects(RDF.type, CKG.Sanction))) == 1
    assert not list(union.subjects(RDF.type, CKG.Deployment))


@pytest.mark.slow  # pySHACL with RDFS inference
def test_toy_graph_conforms_to_shapes(toy_graph):
    conforms, text = validate(to_rdflib_graph(toy_graph))
    assert conforms, text


@pytest.mark.slow  # pySHACL with RDFS inference
def test_shapes_catch_a_broken_graph(toy_graph):
    """The SHACL check can fail: an entity with two preferred labels and an event without evidence do not conform."""
    union = to_rdflib_graph(toy_graph)
    union.add((URIRef(entity_iri("country/CHL")), SKOS.prefLabel, Literal("Republic of Chile", lang="en")))
    [event] = union.subjects(RDF.type, CKG.Sanction)
    union.remove((event, CKG.evidence, None))
    conforms, _ = validate(union)
    assert not conforms


@pytest.mark.slow  # pySHACL with RDFS inference
def test_one_canonical_name_holds_under_skos_entailment(toy_graph):
    """SKOS makes skos:altLabel a sub-property of rdfs:label: with an rdfs:label added for every altLabel, Peru has
    several rdfs:labels and the graph still conforms, since the shapes ask for exactly one skos:prefLabel; a second
    skos:prefLabel is what they refuse."""
    union = to_rdflib_graph(toy_graph)
    for entity, name in list(union.subject_objects(SKOS.altLabel)):
        union.add((entity, RDFS.label, name))
    peru = URIRef(entity_iri("country/PER"))
    assert len(set(union.objects(peru, RDFS.label))) > 1
    conforms, text = validate(union)
    assert conforms, text
    union.add((peru, SKOS.prefLabel, Literal("Lima", lang="en")))
    conforms, text = validate(union)
    assert not conforms and "exactly one skos:prefLabel" in text


@pytest.mark.slow  # pySHACL with RDFS inference
@pytest.mark.parametrize("modalities", [("Negated", "Asserted"), ("Maybe",)])
def test_shapes_catch_a_second_or_unknown_modality(toy_graph, modalities):
    union = to_rdflib_graph(toy_graph)
    [event] = union.subjects(RDF.type, CKG.Sanction)
    union.remove((event, CKG.modality, None))
    for name in modalities:
        union.add((event, CKG.modality, URIRef(CKG._NS + name)))
    conforms, _ = validate(union)
    assert not conforms


def test_located_in_points_to_a_described_entity(toy_extractions):
    atacama = toy_extractions[0].entities["location/atacama"]
    atacama.located_in = "country/BOL"  # a country no article mentions, related to the place
    toy_extractions[0].related["country/BOL"] = Entity("country/BOL", EntityType.COUNTRY, "Bolivia", known=True)
    union = to_rdflib_graph(build(toy_extractions))
    assert (URIRef(entity_iri("location/atacama")), CKG.locatedIn, URIRef(entity_iri("country/BOL"))) in union
    assert URIRef(entity_iri("country/BOL")) not in set(union.objects(None, CKG.mentions))
    for place, country in union.subject_objects(CKG.locatedIn):
        assert {t for t in union.objects(country, RDF.type)} & set(ENTITY_CLASSES), (place, country)
        assert union.value(country, RDFS.label) is not None
    conforms, text = validate(union)
    assert conforms, text


@pytest.mark.slow  # pySHACL with RDFS inference
def test_attack_on_a_place_conforms(toy_extractions):
    from kg.model import Event, EventType

    first = toy_extractions[0]
    evidence = first.events[0].evidence
    first.events.append(Event(EventType.ATTACK, "country/PER", "location/atacama", evidence, "struck", 0.85,
                              target_is_place=True))
    conforms, text = validate(to_rdflib_graph(build(toy_extractions)))
    assert conforms, text


def test_where_an_event_occurred_and_the_place_s_coordinates(toy_extractions):
    first = toy_extractions[0]
    first.entities["location/arica"] = Entity("location/arica", EntityType.LOCATION, "Arica", geonames_id=3899361,
                                              located_in="country/CHL", latitude=-18.4746, longitude=-70.29792, known=True)
    first.events[1].occurred_in = "location/arica"  # the meeting
    union = to_rdflib_graph(build(toy_extractions))
    arica = URIRef(entity_iri("location/arica"))
    [meeting] = union.subjects(RDF.type, CKG.Meeting)
    assert list(union.objects(meeting, CKG.occurredIn)) == [arica]
    assert [(union.value(arica, GEO.lat).toPython(), union.value(arica, GEO.long).toPython())] == [
        (Decimal("-18.47460"), Decimal("-70.29792"))]
    assert union.value(arica, CKG.geonamesId) == Literal("3899361")
    conforms, text = validate(union)
    assert conforms, text
    union.set((meeting, CKG.occurredIn, URIRef(entity_iri("person/ana-soto"))))
    union.set((arica, GEO.lat, Literal("north")))
    conforms, text = validate(union)
    assert not conforms and "ckg:occurredIn must point to a ckg:Country" in text and "geo:lat is at most one" in text


# -- the example articles, through the extractor -------------------------------------------------
def validate(graph: Graph) -> tuple[bool, str]:
    import pyshacl

    shapes = Graph().parse(ONTOLOGY / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ONTOLOGY / "conflict-kg.ttl", format="turtle")
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    return conforms, text


@pytest.fixture(scope="module")
def examples_graph(example_extractions) -> KnowledgeGraph:
    return build(example_extractions)


@pytest.mark.slow  # the examples built a second time
def test_examples_build_deterministically(extractor, example_articles, examples_graph):
    again = to_rdflib_graph(build(extractor.extract_many(example_articles)))
    first = to_rdflib_graph(examples_graph)
    assert isomorphic(first, again)
    assert sorted_ntriples(first) == sorted_ntriples(again)


def test_examples_one_node_per_country(examples_graph, example_extractions):
    union = to_rdflib_graph(examples_graph)
    codes = Counter(str(code) for code in union.objects(None, CKG.isoAlpha3))
    assert codes, "no country found in the examples"
    assert max(codes.values()) == 1, codes
    # a country mentioned by two articles is one node mentioned by both
    by_country = Counter(k for x in example_extractions for k in x.entities if k.startswith("country/"))
    shared = [k for k, n in by_country.items() if n >= 2]
    assert shared
    for key in shared:
        articles = set(union.subjects(CKG.mentions, URIRef(entity_iri(key))))
        assert len(articles) == by_country[key]


def test_examples_events_have_shortcuts_and_evidence(examples_graph, example_articles):
    union = to_rdflib_graph(examples_graph)
    texts = {a.id: a.text for a in example_articles}
    count = 0
    for cls, shortcut in EVENT_CLASSES.items():
        for event in union.subjects(RDF.type, cls):
            count += 1
            actor = union.value(event, CKG.actor)
            targets = list(union.objects(event, CKG.target)) + list(union.objects(event, CKG.place))
            assert targets
            asserted = union.value(event, CKG.modality) == CKG.Asserted
            for target in targets:
                assert ((actor, shortcut, target) in union) or not asserted
            assert 0 <= float(union.value(event, CKG.confidence).toPython()) <= 1
            reports = list(union.objects(event, CKG.hasReport))
            assert union.value(event, CKG.reportCount).toPython() == len(set(union.objects(event, CKG.reportedIn)))
            assert str(union.value(event, CKG.evidence)) in {str(union.value(r, CKG.evidence)) for r in reports}
            for report in reports:
                article = union.value(report, CKG.reportedIn)
                assert (event, CKG.reportedIn, article) in union
                text = texts[str(union.value(article, DCTERMS.identifier))]
                start = union.value(report, CKG.evidenceStart).toPython()
                end = union.value(report, CKG.evidenceEnd).toPython()
                assert str(union.value(report, CKG.evidence)) in text[start:end]
    assert count >= 10


def test_examples_one_label_per_entity(examples_graph):
    union = to_rdflib_graph(examples_graph)
    nodes = entity_nodes(union)
    assert nodes
    for node in nodes:
        labels = list(union.objects(node, RDFS.label))
        assert len(labels) == 1, (node, labels)
        assert str(labels[0]).strip()


def test_examples_every_mentioned_entity_has_one_type(examples_graph):
    union = to_rdflib_graph(examples_graph)
    for node in set(union.objects(None, CKG.mentions)):
        types = {t for t in union.objects(node, RDF.type) if t in ENTITY_CLASSES}
        assert len(types) == 1, (node, types)


@pytest.mark.slow
def test_examples_graph_conforms_to_shapes(examples_graph):
    conforms, text = validate(to_rdflib_graph(examples_graph))
    assert conforms, text


def test_entity_types_match_the_model(example_extractions, examples_graph):
    union = to_rdflib_graph(examples_graph)
    for extraction in example_extractions:
        for key, entity in extraction.entities.items():
            assert (URIRef(entity_iri(key)), RDF.type, CKG[entity.type.value]) in union


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/news?id=1", "https://example.org/news?id=1"), ("http://ex.org/a b", "http://ex.org/a%20b"),
    ("not a url", None), ("javascript:alert(1)", None), ("http://[bad", None), ("  ", None),
])
def test_an_article_address_is_kept_only_when_it_is_a_web_address(url, expected):
    from kg.graph.rdf import article_quads
    from kg.model import Article, Extraction

    sources = [q.object.value for q in article_quads(Extraction(Article("a", "Text.", url=url), {}))
               if q.predicate.value == "http://purl.org/dc/terms/source"]
    assert sources == ([expected] if expected else [])


def test_an_article_names_the_extractor_version_that_made_it(toy_extractions):
    toy_extractions[0].generated_by = "conflict-kg 0.1.0; pipeline en_test 1.0; data abc; events rules"
    union = to_rdflib_graph(build(toy_extractions))
    activity = union.value(URIRef(article_iri("t1")), PROV.wasGeneratedBy)
    assert (activity, RDF.type, PROV.Activity) in union
    assert str(union.value(activity, DCTERMS.identifier)) == toy_extractions[0].generated_by
    assert union.value(URIRef(article_iri("t2")), PROV.wasGeneratedBy) is None


def test_statements_read_without_checks_are_those_a_strict_parser_reads():
    """The N-Quads written here are read leniently (kg.graph.written): awkward text, names and addresses give the
    same quads as a parse that checks every term."""
    from datetime import date

    import pyoxigraph as ox

    from kg.graph.rdf import article_nquads
    from kg.graph.written import load_written, parse_written
    from kg.model import Article, Event, EventType, Evidence, Extraction

    text = 'Kyiv said "the \\ strike"\nhit Ukraine\ton 1 May; Київ — ☃ déjà vu.'
    extraction = Extraction(Article("odd id/é 1", text, title='A "title"\twith\\ escapes', date=date(2024, 5, 2),
                                    url="https://example.org/a path/ü?q=1&x=\"y\"", source=' Agence "X" '),
                            generated_by="rules 1.0 (spaCy 3)")
    extraction.entities["country/UKR"] = Entity("country/UKR", EntityType.COUNTRY, "Україна",
                                                alt_names={'Ukraine "UA"', "Ukr\\aine"})
    extraction.entities["country/RUS"] = Entity("country/RUS", EntityType.COUNTRY, "Russia")
    extraction.events.append(Event(EventType.ATTACK, "country/RUS", "country/UKR", Evidence(text, 0, len(text)),
                                   'hit "hard"', 0.9, date=date(2024, 5, 1)))
    nquads = article_nquads(extraction)
    strict = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
    assert parse_written(nquads) == list(strict)
    lenient, checked = ox.Store(), ox.Store()
    load_written(lenient, nquads)
    checked.load(nquads, format=ox.RdfFormat.N_QUADS)
    assert set(lenient) == set(checked)
