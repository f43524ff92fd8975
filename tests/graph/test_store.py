"""kg.graph.store: incremental builds on disk, replacing and removing articles, entity descriptions, persistence."""

from __future__ import annotations

import gc
from datetime import date

import pytest
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS

from kg.errors import InputError
from kg.gazetteer import Gazetteer
from kg.graph.namespace import CKG, ENTITY_GRAPH, article_iri, entity_iri
from kg.graph.rdflib_graphs import to_rdflib_dataset, to_rdflib_graph
from kg.graph.store import KnowledgeGraph
from kg.model import Article, Extraction

SHORT_TEXTS = {
    "s1": "Chile deployed troops to Bolivia on Monday.",
    "s2": "Peru imposed sanctions on Chile.",
    "s3": "Turkey mediated talks between Russia and Ukraine in Istanbul.",
    "s4": "Kenya sent police officers to Haiti. Foreign Minister Ana Soto of Chile met President William Ruto of Kenya.",
    "s5": "Russia deployed troops to Kazakhstan on Thursday.",
}


@pytest.fixture(scope="module")
def short_extractions(extractor) -> list[Extraction]:
    """Five short articles of my own, through the real pipeline (parsed once per module)."""
    articles = [Article(key, text, title=f"Story {key}", date=date(2024, 1, int(key[1])))
                for key, text in SHORT_TEXTS.items()]
    return list(extractor.extract_many(articles))


def known(article_id: str, text: str, *keys: str) -> Extraction:
    """A hand-built extraction that mentions gazetteer entities and states nothing else."""
    gazetteer = Gazetteer.default()
    entities = {key: gazetteer.entities[key].to_entity() for key in keys}
    return Extraction(Article(article_id, text), entities, related=gazetteer.containers(entities))


def one_shot(extractions) -> KnowledgeGraph:
    graph = KnowledgeGraph()
    graph.add_many(extractions)
    return graph


def quad_set(graph: KnowledgeGraph) -> set:
    return set(to_rdflib_dataset(graph).quads((None, None, None, None)))


def triple_count(graph: KnowledgeGraph) -> int:
    return sum(1 for _ in graph.triples())


def entity_labels(graph: KnowledgeGraph) -> dict[str, str]:
    """Entity IRI -> its rdfs:label in ckr:graph/entities."""
    context = to_rdflib_dataset(graph).graph(URIRef(ENTITY_GRAPH))
    return {str(s): str(o) for s, o in context.subject_objects(RDFS.label)}


def subjects_anywhere(graph: KnowledgeGraph, node: URIRef) -> int:
    return sum(1 for q in graph.quads() if q.subject.value == str(node))


# -- incremental builds ------------------------------------------------------------------------------
def test_two_increments_on_disk_equal_one_shot_in_memory(tmp_path, short_extractions):
    k = 2
    disk = KnowledgeGraph(tmp_path / "kg.db")
    assert disk.add_many(short_extractions[:k]) == k
    disk.flush()
    assert disk.add_many(short_extractions[k:]) == len(short_extractions) - k
    disk.flush()
    memory = one_shot(short_extractions)
    assert disk.articles == memory.articles == len(SHORT_TEXTS)
    assert len(to_rdflib_graph(memory)) > 50
    assert isomorphic(to_rdflib_graph(disk), to_rdflib_graph(memory))
    assert quad_set(disk) == quad_set(memory)


def test_two_increments_of_hand_built_articles(tmp_path, toy_extractions):
    from conftest import _toy_extractions

    disk = KnowledgeGraph(tmp_path / "kg.db")
    disk.add_many(toy_extractions[:1])
    disk.add_many(toy_extractions[1:])
    memory = one_shot(_toy_extractions())
    assert isomorphic(to_rdflib_graph(disk), to_rdflib_graph(memory))
    assert quad_set(disk) == quad_set(memory)


def test_increments_keep_located_in_of_a_place_stored_before_its_country(tmp_path):
    istanbul = known("a", "Istanbul was calm.", "location/istanbul")
    turkey = known("b", "Turkey was calm.", "country/TUR")
    disk = KnowledgeGraph(tmp_path / "kg.db")
    disk.add(istanbul)
    disk.add(turkey)
    memory = one_shot([known("a", "Istanbul was calm.", "location/istanbul"),
                       known("b", "Turkey was calm.", "country/TUR")])
    assert (URIRef(entity_iri("location/istanbul")), CKG.locatedIn, URIRef(entity_iri("country/TUR"))) in to_rdflib_graph(memory)
    assert isomorphic(to_rdflib_graph(disk), to_rdflib_graph(memory))


# -- replacing and removing ----------------------------------------------------------------------------
def test_re_adding_an_article_changes_nothing(toy_graph):
    from conftest import _toy_extractions

    before_triples, before_quads = triple_count(toy_graph), quad_set(toy_graph)
    toy_graph.add(_toy_extractions()[0])
    assert toy_graph.articles == 2
    assert triple_count(toy_graph) == before_triples
    assert quad_set(toy_graph) == before_quads


def test_same_text_under_another_id_replaces_the_first(toy_graph):
    from conftest import _toy_extractions

    second = _toy_extractions()[1]
    second.article.id = "t2-again"
    toy_graph.add(second)
    assert toy_graph.articles == 2  # t1 and the new id; t2 is gone
    assert not toy_graph.contains("t2")
    assert toy_graph.contains("t2-again")
    assert toy_graph.article_id_with_hash(second.article.content_hash) == "t2-again"
    union = to_rdflib_graph(toy_graph)
    assert str(union.value(URIRef(article_iri("t2-again")), DCTERMS.identifier)) == "t2-again"
    assert (URIRef(article_iri("t2")), RDF.type, CKG.Article) not in union


def test_same_text_twice_in_one_batch_is_stored_once():
    graph = KnowledgeGraph()
    graph.add_many([known("x1", "Chile was calm.", "country/CHL"), known("x2", "Chile was calm.", "country/CHL")])
    assert graph.articles == 1
    assert graph.contains("x2") and not graph.contains("x1")


def test_same_id_twice_in_one_batch_keeps_the_last_version():
    batch = one_shot([known("v", "Chile was calm.", "country/CHL"), known("v", "Peru was calm.", "country/PER")])
    last = one_shot([known("v", "Peru was calm.", "country/PER")])
    assert isomorphic(to_rdflib_graph(batch), to_rdflib_graph(last))


def test_one_batch_keeps_the_last_article_of_each_text_and_each_id():
    graph = KnowledgeGraph()
    graph.add_many([known("a", "Chile was calm.", "country/CHL"), known("b", "Chile was calm.", "country/CHL"),
                    known("b", "Peru was calm.", "country/PER"), known("c", "Chile was calm.", "country/CHL")])
    assert graph.articles == 2
    assert not graph.contains("a")
    assert graph.article_id_with_hash(known("x", "Peru was calm.", "country/PER").article.content_hash) == "b"
    assert graph.article_id_with_hash(known("x", "Chile was calm.", "country/CHL").article.content_hash) == "c"


def test_remove_then_add_again_restores_the_graph(toy_graph):
    from conftest import _toy_extractions

    before = to_rdflib_graph(toy_graph)
    before_quads = quad_set(toy_graph)
    assert toy_graph.remove("t1") is True
    assert toy_graph.articles == 1
    assert not toy_graph.contains("t1")
    toy_graph.add(_toy_extractions()[0])
    assert isomorphic(to_rdflib_graph(toy_graph), before)
    assert quad_set(toy_graph) == before_quads


def test_remove_takes_out_only_what_that_article_supported(toy_graph):
    assert toy_graph.remove("t1")
    labels = entity_labels(toy_graph)
    only_t1 = ["location/atacama", "person/ana-soto", "organization/pacific-forum"]
    for key in only_t1:
        assert str(URIRef(entity_iri(key))) not in labels
        assert subjects_anywhere(toy_graph, URIRef(entity_iri(key))) == 0
    # Chile and Peru are also mentioned by t2
    assert labels[str(URIRef(entity_iri("country/CHL")))] == "Chile"
    assert labels[str(URIRef(entity_iri("country/PER")))] == "Peru"
    union = to_rdflib_graph(toy_graph)
    assert (URIRef(article_iri("t2")), CKG.mentions, URIRef(entity_iri("country/CHL"))) in union
    assert (URIRef(entity_iri("country/PER")), CKG.sanctions, URIRef(entity_iri("country/CHL"))) in union
    # the names only t1 used are gone, those of t2 stay
    alt = {str(o) for o in union.objects(URIRef(entity_iri("country/CHL")), URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))}
    assert "Santiago" not in alt
    assert {str(o) for o in union.objects(URIRef(entity_iri("country/PER")), URIRef("http://www.w3.org/2004/02/skos/core#altLabel"))} >= {"Lima"}
    # t1's events, office and membership are gone
    assert not list(union.subjects(RDF.type, CKG.Deployment))
    assert not list(union.subjects(RDF.type, CKG.OfficeHolding))
    assert not list(union.subjects(RDF.type, CKG.Membership))
    assert (URIRef(entity_iri("country/CHL")), CKG.deploysTo, URIRef(entity_iri("location/atacama"))) not in union


def test_removing_every_article_empties_the_store(toy_graph):
    assert toy_graph.remove("t1") and toy_graph.remove("t2")
    assert toy_graph.articles == 0
    assert list(toy_graph.quads()) == []


def test_remove_unknown_id_returns_false(toy_graph):
    before = quad_set(toy_graph)
    assert toy_graph.remove("no-such-article") is False
    assert toy_graph.remove("t1") is True
    assert toy_graph.remove("t1") is False
    assert quad_set(toy_graph) != before


def test_remove_drops_located_in_towards_a_removed_country():
    graph = one_shot([known("a", "Istanbul was calm.", "location/istanbul"),
                      known("b", "Turkey was calm.", "country/TUR")])
    assert (URIRef(entity_iri("location/istanbul")), CKG.locatedIn, URIRef(entity_iri("country/TUR"))) in to_rdflib_graph(graph)
    assert graph.remove("b")
    assert isomorphic(to_rdflib_graph(graph), to_rdflib_graph(one_shot([known("a", "Istanbul was calm.", "location/istanbul")])))


# -- entity descriptions ------------------------------------------------------------------------------
def test_label_of_a_known_country_is_the_gazetteer_name(toy_graph):
    # the articles call Chile "Chile" and "Santiago"; the longest name would be "Santiago"
    labels = entity_labels(toy_graph)
    assert labels[str(URIRef(entity_iri("country/CHL")))] == Gazetteer.default().entities["country/CHL"].name == "Chile"
    assert to_rdflib_graph(toy_graph).value(URIRef(entity_iri("country/CHL")), RDFS.label) == Literal("Chile", lang="en")


def test_label_of_an_unknown_entity_is_its_longest_name(toy_graph):
    labels = entity_labels(toy_graph)
    assert labels[str(URIRef(entity_iri("organization/pacific-forum")))] == "Pacific Forum"  # not "PF"
    assert labels[str(URIRef(entity_iri("person/ana-soto")))] == "Ana Soto"  # not "Soto"


def test_label_of_a_country_named_by_a_capital_only():
    graph = KnowledgeGraph()
    entity = Gazetteer.default().entities["country/RUS"].to_entity()
    entity.add_name("Moscow")  # as long as "Russia", and first in the alphabet
    graph.add(Extraction(Article("m", "Moscow said no."), {"country/RUS": entity}))
    assert entity_labels(graph) == {str(URIRef(entity_iri("country/RUS"))): "Russia"}


def test_one_label_per_entity(toy_graph):
    context = to_rdflib_dataset(toy_graph).graph(URIRef(ENTITY_GRAPH))
    subjects = list(context.subjects(RDFS.label))
    assert len(subjects) == len(set(subjects)) == 5


class EntityGraphReads:
    """A store that counts the reads of the entity graph and passes everything on."""

    def __init__(self, store):
        self.store = store
        self.reads = 0

    def quads_for_pattern(self, subject, predicate, object, graph_name):
        self.reads += graph_name is not None and graph_name.value == str(URIRef(ENTITY_GRAPH))
        return self.store.quads_for_pattern(subject, predicate, object, graph_name)

    def __getattr__(self, name):
        return getattr(self.store, name)


CALM = {"a": ("Chile and Peru were calm.", "country/CHL", "country/PER"), "b": ("Peru was calm again.", "country/PER"),
        "b2": ("Peru was calm for a third day.", "country/PER"), "c": ("Bolivia was calm.", "country/BOL")}


def test_a_graph_started_empty_describes_entities_without_reading_them():
    graph = one_shot([known("a", *CALM["a"])])
    graph.entities.store = counting = EntityGraphReads(graph.entities.store)
    for key in ("b", "b2", "c"):  # c is new: the graph knows every entity it described
        graph.add(known(key, *CALM[key]))
    assert counting.reads == 0
    graph.entities.store = counting.store
    assert quad_set(graph) == quad_set(one_shot([known(key, *args) for key, args in CALM.items()]))


def test_a_reopened_graph_reads_a_description_once_then_knows_it(tmp_path):
    graph = KnowledgeGraph(tmp_path / "kg.db")
    graph.add(known("a", *CALM["a"]))
    del graph
    gc.collect()
    graph = KnowledgeGraph(tmp_path / "kg.db")
    graph.entities.store = counting = EntityGraphReads(graph.entities.store)
    graph.add(known("b", *CALM["b"]))
    assert counting.reads == 1  # Peru, described before the graph was opened
    graph.add(known("b2", *CALM["b2"]))
    assert counting.reads == 1
    graph.add(known("c", *CALM["c"]))
    assert counting.reads == 2
    graph.entities.store = counting.store
    assert quad_set(graph) == quad_set(one_shot([known(key, *args) for key, args in CALM.items()]))


def test_past_its_limit_a_graph_started_empty_reads_what_it_no_longer_knows(monkeypatch):
    monkeypatch.setattr("kg.graph.descriptions._LABELS_KEPT_ALL", 2)
    monkeypatch.setattr("kg.graph.descriptions._LABELS_KEPT", 0)
    graph = one_shot([known("a", *CALM["a"]), known("c", *CALM["c"])])  # three entities: past the limit
    graph.entities.store = counting = EntityGraphReads(graph.entities.store)
    graph.add(known("b", *CALM["b"]))
    assert counting.reads >= 1
    graph.entities.store = counting.store
    assert quad_set(graph) == quad_set(one_shot([known(key, *CALM[key]) for key in ("a", "c", "b")]))


def test_descriptions_follow_a_sparql_update_of_the_entity_graph():
    graph = one_shot([known("a", "Chile was calm.", "country/CHL")])
    graph.update(f"DELETE WHERE {{ GRAPH <{URIRef(ENTITY_GRAPH)}> {{ ?s ?p ?o }} }}")
    graph.add(known("b", "Chile was calm again.", "country/CHL"))
    assert entity_labels(graph) == {str(URIRef(entity_iri("country/CHL"))): "Chile"}


# -- persistence ---------------------------------------------------------------------------------------
def test_store_persists_across_reopening(tmp_path, toy_extractions):
    path = tmp_path / "kg.db"
    graph = KnowledgeGraph(path)
    graph.add_many(toy_extractions)
    graph.flush()
    expected = quad_set(graph)
    del graph
    gc.collect()

    again = KnowledgeGraph(path)
    assert again.articles == 2
    assert quad_set(again) == expected
    assert again.remove("t2")
    again.flush()
    del again
    gc.collect()

    reader = KnowledgeGraph(path, read_only=True)
    assert reader.articles == 1
    assert reader.contains("t1") and not reader.contains("t2")
    from kg.graph.query import select

    rows = select(reader, "SELECT DISTINCT ?n WHERE { ?c a ckg:Country ; rdfs:label ?n } ORDER BY ?n")
    assert [row["n"] for row in rows] == ["Chile", "Peru"]
    with pytest.raises(Exception):
        reader.remove("t1")
    assert reader.articles == 1


def test_writes_persist_without_explicit_flush(tmp_path, toy_extractions):
    path = tmp_path / "kg.db"
    graph = KnowledgeGraph(path)
    graph.add_many(toy_extractions)
    del graph
    gc.collect()
    assert KnowledgeGraph(path, read_only=True).articles == 2


def test_articles_counts_article_nodes(toy_extractions):
    graph = KnowledgeGraph()
    assert graph.articles == 0
    graph.add(toy_extractions[0])
    assert graph.articles == 1
    graph.add(toy_extractions[1])
    assert graph.articles == 2
    union = to_rdflib_graph(graph)
    assert graph.articles == len(set(union.subjects(RDF.type, CKG.Article)))


# -- importing files ---------------------------------------------------------------------------------
def exported(graph: KnowledgeGraph, path):
    from kg.graph.export import write_graph

    write_graph(graph, path)
    return path


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_load_an_export_into_an_empty_store_on_disk(tmp_path, toy_graph, suffix):
    path = exported(toy_graph, tmp_path / f"all{suffix}")
    disk = KnowledgeGraph(tmp_path / "kg.db")
    disk.load(path, workers=2)
    assert quad_set(disk) == quad_set(toy_graph)
    assert disk.articles == 2


def test_load_replaces_an_article_graph_and_refreshes_descriptions(tmp_path, toy_extractions):
    from conftest import _toy_extractions

    old_first = known("t1", "Bolivia was calm.", "country/BOL")
    target = one_shot([old_first, known("t3", "Chile was calm.", "country/CHL")])
    target.load(exported(one_shot(toy_extractions), tmp_path / "all.nq"))
    expected = one_shot([known("t3", "Chile was calm.", "country/CHL"), *_toy_extractions()])
    assert quad_set(target) == quad_set(expected)
    assert "Bolivia" not in entity_labels(target).values()


def test_load_brings_a_hand_edited_description_in_step(tmp_path):
    graph = one_shot([known("a", "Chile was calm.", "country/CHL")])
    edit = tmp_path / "edit.nq"
    edit.write_text(f'<{URIRef(entity_iri("country/CHL"))}> <{RDFS.comment}> "edited" <{URIRef(ENTITY_GRAPH)}> .\n', encoding="utf-8")
    graph.load(edit)
    assert quad_set(graph) == quad_set(one_shot([known("a", "Chile was calm.", "country/CHL")]))


def test_load_of_triples_joins_the_default_graph(tmp_path, toy_graph):
    path = exported(toy_graph, tmp_path / "all.ttl")
    graph = KnowledgeGraph()
    graph.load(path)
    assert isomorphic(to_rdflib_graph(graph), to_rdflib_graph(toy_graph))
    assert not list(graph.store.named_graphs())


def test_a_failed_load_into_an_empty_store_leaves_it_empty(tmp_path, toy_graph):
    path = exported(toy_graph, tmp_path / "all.nq")
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]) + "<broken\n", encoding="utf-8")
    graph = KnowledgeGraph(tmp_path / "kg.db")
    with pytest.raises(InputError) as caught:
        graph.load(path)
    assert caught.value.origin == f"{path}:{len(lines)}"
    assert not list(graph.quads())


def test_a_failed_load_into_a_store_changes_nothing(tmp_path, toy_graph):
    path = exported(toy_graph, tmp_path / "all.nq")
    path.write_text(path.read_text(encoding="utf-8") + "<broken\n", encoding="utf-8")
    target = one_shot([known("t1", "Bolivia was calm.", "country/BOL")])
    before = quad_set(target)
    with pytest.raises(InputError, match="all.nq"):
        target.load(path)
    assert quad_set(target) == before


def test_load_refuses_an_unknown_extension(tmp_path):
    path = tmp_path / "graph.owl"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="owl"):
        KnowledgeGraph().load(path)
