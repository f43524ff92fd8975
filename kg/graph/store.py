"""The knowledge graph in an embedded Oxigraph store, in memory or on disk.

Each article is one named graph (its IRI is the article's), queried together as one union graph;
``ckr:graph/entities`` holds one description per entity (type, label, identifiers), kept in step
with the articles: adding an article again replaces its graph, removing it takes out everything
only it supported. Oxigraph was chosen by measurement (README, "Store"): at a million triples it
answers the example queries in milliseconds where rdflib's memory store takes seconds to minutes.

>>> graph = KnowledgeGraph()          # in memory; KnowledgeGraph("kg.db") persists on disk
>>> graph.articles
0
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

import pyoxigraph as ox
import rdflib

from .bulkload import bulk_load, read_error
from ..errors import InputError, StoreError
from .formats import FORMATS, rdf_format_of
from ..gazetteer import Gazetteer
from ..model import Extraction
from .namespace import CKG, PREFIXES
from .rdf import ENTITY_GRAPH, article_iri, article_nquads, entity_description

__all__ = ["KnowledgeGraph"]

_ENTITY_GRAPH = ox.NamedNode(str(ENTITY_GRAPH))
_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_IDENTIFIER = ox.NamedNode("http://purl.org/dc/terms/identifier")
_HASH = ox.NamedNode(str(CKG.contentHash))
_MENTIONS = ox.NamedNode(str(CKG.mentions))
_TYPE = ox.NamedNode(str(rdflib.RDF.type))
_ARTICLE = ox.NamedNode(str(CKG.Article))
_LOCATED_IN = ox.NamedNode(str(CKG.locatedIn))
_LABELS_KEPT = 32_768  # ~9 MB (about 280 bytes a label)
_LABELS_KEPT_ALL = 262_144  # ~75 MB; past that many entities a store opened empty reads like any other


class KnowledgeGraph:
    """The merged graph of many articles; ``path`` makes it persistent (created if missing). Change it through
    its methods: ``store``, the Oxigraph store below, is there to read."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.store = ox.Store(str(self.path))
        except (OSError, RuntimeError) as error:
            reason = "another process is writing to it" if "lock" in str(error).lower() else str(error)
            raise StoreError(str(self.path), f"cannot open the store ({reason})") from None
        self._labels = _Labels(_LABELS_KEPT, complete=self._is_empty(), complete_size=_LABELS_KEPT_ALL)

    # -- what is in it -------------------------------------------------------------------------
    @property
    def articles(self) -> int:
        """How many articles the graph holds."""
        return sum(1 for _ in self.store.quads_for_pattern(None, _TYPE, _ARTICLE, None))

    def article_id_with_hash(self, content_hash: str) -> str | None:
        """The id of the article stored with this text, if any."""
        for quad in self.store.quads_for_pattern(None, _HASH, ox.Literal(content_hash), None):
            for id_quad in self.store.quads_for_pattern(quad.subject, _IDENTIFIER, None, quad.graph_name):
                return id_quad.object.value
        return None

    def _is_empty(self) -> bool:
        return next(iter(self.store), None) is None

    def contains(self, article_id: str) -> bool:
        return self.store.contains_named_graph(ox.NamedNode(str(article_iri(article_id))))

    # -- changing it ---------------------------------------------------------------------------
    def add(self, extraction: Extraction) -> None:
        """Add one article, replacing an article of the same id or the same text."""
        self.add_many([extraction])

    def add_many(self, extractions: Iterable[Extraction]) -> int:
        """Add articles as one write; returns how many were given. An article replaces any stored or
        earlier-given article of the same id or the same text; entity descriptions are refreshed once."""
        extractions = list(extractions)
        self.prepare_add(extractions)()
        return len(extractions)

    def prepare_add(self, extractions: Iterable[Extraction]) -> Callable[[], None]:
        """Work out the write that adds these articles (as :meth:`add_many`) without changing the graph; the
        function returned makes it. That function does the bulk of its work without Python's lock, so a build
        runs it on another thread while it parses on; the graph must not change in between."""
        pending: dict[str, Extraction] = {}
        for extraction in extractions:
            article = extraction.article
            for earlier_id, earlier in list(pending.items()):
                if earlier_id == article.id or earlier.article.content_hash == article.content_hash:
                    del pending[earlier_id]
            pending[article.id] = extraction
        statements = "".join(article_nquads(extraction) for extraction in pending.values())
        names: dict[str, set[str]] = {}
        for extraction in pending.values():
            for key, entity in extraction.entities.items():
                names.setdefault(key, set()).update(entity.alt_names, (entity.name,))
        replaced = {old for extraction in pending.values()
                    for old in (extraction.article.id, self.article_id_with_hash(extraction.article.content_hash))
                    if old is not None and self.contains(old)}
        if replaced:
            return partial(self._replace, replaced, statements, set(names))
        changes, _ = self._description_changes(set(names), added=names)  # only additions: every entity is mentioned
        return partial(self._insert, statements, changes)

    def _insert(self, statements: str, changes: _Changes) -> None:
        self.store.load(statements, format=ox.RdfFormat.N_QUADS)
        changes.apply()

    def _replace(self, replaced: set[str], statements: str, keys: set[str]) -> None:
        touched = keys.union(*(self._drop_article(article_id) for article_id in replaced))
        self.store.load(statements, format=ox.RdfFormat.N_QUADS)
        self._describe(touched)

    def load(self, path: str | Path, *, workers: int | None = None) -> None:
        """Import an RDF file of any export format: the named graphs of ``.nq``/``.trig`` (an article's graph
        replaces the stored one of the same name; entity descriptions are brought in step), the triples of
        ``.ttl``/``.nt``/``.jsonld`` into the default graph. Bulk loaded on ``workers`` threads. Into a non-empty
        graph the file is checked whole before anything changes; a failed load into an empty one leaves it empty."""
        path = Path(path)
        rdf_format = rdf_format_of(path)
        if rdf_format is None:
            raise InputError(str(path), f"unknown RDF extension '{path.suffix}' (expected one of {', '.join(FORMATS)})")
        self._labels.forget()
        if self._is_empty():
            try:
                bulk_load(self.store, path, rdf_format, workers=workers)
            except InputError:
                self.store.clear()
                raise
        else:
            graphs, touched = _graphs_and_entities(path, rdf_format)
            for graph in graphs - {_ENTITY_GRAPH}:
                touched |= self._drop_graph(graph)
            bulk_load(self.store, path, rdf_format, workers=workers)
            self._describe(touched | self.mentioned_in(graphs))
        self.flush()

    def remove(self, article_id: str) -> bool:
        """Take out an article and every statement only it supported; False if it was not there."""
        if not self.contains(article_id):
            return False
        self._describe(self._drop_article(article_id))
        return True

    def _drop_article(self, article_id: str) -> set[str]:
        return self._drop_graph(ox.NamedNode(str(article_iri(article_id))))

    def _drop_graph(self, graph: ox.NamedNode) -> set[str]:
        """Remove a named graph; returns the keys of the entities it mentioned."""
        if not self.store.contains_named_graph(graph):
            return set()
        keys = self.mentioned_in([graph])
        self.store.remove_graph(graph)
        return keys

    def mentioned_in(self, graphs: Iterable[ox.NamedNode]) -> set[str]:
        """The keys of the entities these article graphs mention."""
        return {_key(q.object) for graph in graphs for q in self.store.quads_for_pattern(None, _MENTIONS, None, graph)}

    def _describe(self, keys: set[str]) -> None:
        """Bring the descriptions of these entities (and of the countries their places lie in) in step with
        what the articles now say: an entity some article mentions is described, and so is a country a
        described place lies in; anything else loses its description. Only what differs is written."""
        changes, unmentioned = self._description_changes(keys)
        changes.apply()
        known = Gazetteer.default().entities
        for key in unmentioned:  # a country kept only because described places lie in it
            node = _entity_node(key)
            kept = key in known and any(self.store.quads_for_pattern(None, _LOCATED_IN, node, _ENTITY_GRAPH))
            changes.describe(node, entity_description(key, (), known[key]) if kept else [])
        changes.apply()

    def _description_changes(self, keys: set[str], *, added: dict[str, set[str]] | None = None
                             ) -> tuple[_Changes, list[str]]:
        """The description changes of these entities (and of the countries their places lie in) that the
        articles' mentions call for, and the keys no article mentions (undecided: see :meth:`_describe`).

        ``added`` (entity key -> names) says that articles naming these entities were only added, none
        taken out: each is then mentioned, and its label is the canonical one of its current label and
        the new names, so the articles need not be searched."""
        known = Gazetteer.default().entities
        containers = {known[k].located_in for k in keys if k in known and known[k].located_in}
        unmentioned, changes = [], _Changes(self.store, self._labels)
        for key in (keys | containers) - {""}:
            node = _entity_node(key)
            if key in known:  # described from the gazetteer: what matters is whether any article mentions it
                mentioned = added is not None or any(self.store.quads_for_pattern(None, _MENTIONS, node, None))
                names = ()
            elif added is not None:
                names = added[key] | changes.labels_of(node)
                mentioned = True
            else:  # labelled from the names the articles use
                names = {q.object.value for q in self.store.quads_for_pattern(node, _ALT_LABEL, None, None)
                         if q.graph_name != _ENTITY_GRAPH}
                mentioned = bool(names)
            if mentioned:
                changes.describe(node, entity_description(key, names, known.get(key)))
            else:
                unmentioned.append(key)
        return changes, unmentioned

    # -- reading it ----------------------------------------------------------------------------
    def descriptions(self) -> set[ox.Quad]:
        """The statements of the entity graph (``ckr:graph/entities``)."""
        return set(self.store.quads_for_pattern(None, None, None, _ENTITY_GRAPH))

    def query(self, query: str):
        """Run a SPARQL query on the union of the graphs (the project's prefixes predeclared)."""
        return self.store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add statements as they are, entity descriptions included (a copy of part of another graph)."""
        self._labels.forget()
        self.store.extend(quads)

    def update(self, update: str) -> None:
        """Apply a SPARQL Update (the project's prefixes predeclared)."""
        self._labels.forget()
        self.store.update(update, prefixes=PREFIXES)

    def quads(self) -> Iterator[ox.Quad]:
        return self.store.quads_for_pattern(None, None, None, None)

    def triples(self) -> Iterator[ox.Triple]:
        """The union of all graphs, each triple once (streamed by Oxigraph, not held in memory here)."""
        return iter(self.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True))

    def union(self) -> rdflib.Graph:
        """All graphs merged into one rdflib ``Graph`` (for rdflib and pySHACL users)."""
        graph = rdflib.Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        graph.parse(data=ox.serialize(self.triples(), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
        return graph

    def dataset(self) -> rdflib.Dataset:
        """The named graphs as an rdflib ``Dataset``."""
        dataset = rdflib.Dataset()
        dataset.parse(data=ox.serialize(self.quads(), format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
        return dataset

    def flush(self) -> None:
        """Make every write durable (an on-disk store)."""
        if self.path is not None:
            self.store.flush()


class _Changes:
    """Differences to the entity graph, collected and then written together."""

    def __init__(self, store: ox.Store, labels: _Labels):
        self.store = store
        self.labels = labels
        self.removed: list[ox.Quad] = []
        self.added: list[ox.Quad] = []
        self.described: dict[str, str | None] = {}

    def labels_of(self, node: ox.NamedNode) -> set[str]:
        """The entity's labels in the entity graph now."""
        label = self.labels.get(node.value)
        if label is not None:
            return {label}
        return {quad.object.value for quad in self._stored(node, label) if quad.predicate == _LABEL}

    def describe(self, node: ox.NamedNode, description: list[ox.Quad]) -> None:
        """Make ``description`` the entity's statements in the entity graph."""
        label = next((quad.object.value for quad in description if quad.predicate == _LABEL), None)
        held = self.labels.get(node.value)
        if label is not None and held == label:
            return  # an entity's description follows from its key and label: the store holds this one
        current, wanted = self._stored(node, held), set(description)
        self.removed.extend(current - wanted)
        self.added.extend(wanted - current)
        self.described[node.value] = label

    def _stored(self, node: ox.NamedNode, held: str | None) -> set[ox.Quad]:
        """The entity's statements in the entity graph, read only if the labels cannot tell (``held``: its label
        there as the labels know it)."""
        if held is None and self.labels.complete:
            return set()
        return set(self.store.quads_for_pattern(node, None, None, _ENTITY_GRAPH))

    def apply(self) -> None:
        try:
            for quad in self.removed:
                self.store.remove(quad)
            self.store.extend(self.added)
        except BaseException:
            self.labels.forget()  # the write may have happened in part
            raise
        self.labels.update(self.described)
        self.removed, self.added, self.described = [], [], {}


class _Labels:
    """The labels of described entities, each standing for the description it determines (with the entity's
    key), which the store then holds exactly: describing such an entity again reads nothing. Reads decode
    the terms they return and load RocksDB's index and cache blocks (which pyoxigraph does not let us bound):
    reading every entity's, a 20,000-article build peaked at 839 MB, against 709 MB without these reads.

    Of a store opened empty this holds every described entity (``complete``: one not held is not described,
    so a new entity needs no read either) up to ``complete_size``; otherwise, the ``size`` last described.
    The entity graph must change only through :class:`_Changes`; anything else calls :meth:`forget`."""

    def __init__(self, size: int, *, complete: bool, complete_size: int):
        self.size, self.complete_size = size, complete_size
        self.complete = complete
        self.by_iri: OrderedDict[str, str] = OrderedDict()

    def get(self, iri: str) -> str | None:
        label = self.by_iri.get(iri)
        if label is not None:
            self.by_iri.move_to_end(iri)
        return label

    def update(self, described: dict[str, str | None]) -> None:
        for iri, label in described.items():
            if label is None:
                self.by_iri.pop(iri, None)
            else:
                self.by_iri[iri] = label
                self.by_iri.move_to_end(iri)
        if len(self.by_iri) > (self.complete_size if self.complete else self.size):
            self.complete = False
            while len(self.by_iri) > self.size:
                self.by_iri.popitem(last=False)

    def forget(self) -> None:
        self.by_iri.clear()
        self.complete = False


def _entity_node(key: str) -> ox.NamedNode:
    return ox.NamedNode(PREFIXES["ckr"] + key)


def _key(node: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    """The entity key of a ``ckr:`` IRI ('country/UKR'), or '' for anything else."""
    prefix = PREFIXES["ckr"]
    return node.value[len(prefix):] if isinstance(node, ox.NamedNode) and node.value.startswith(prefix) else ""


def _graphs_and_entities(path: Path, rdf_format: ox.RdfFormat) -> tuple[set[ox.NamedNode], set[str]]:
    """Read the whole file once: the named graphs it fills and the entities its entity graph describes; a
    syntax error is an :class:`InputError` with the line."""
    graphs: set[ox.NamedNode] = set()
    described: set[str] = set()
    try:
        for quad in ox.parse(path=str(path), format=rdf_format):
            if isinstance(quad.graph_name, ox.NamedNode):
                graphs.add(quad.graph_name)
                if quad.graph_name == _ENTITY_GRAPH:
                    described.add(_key(quad.subject))
    except (SyntaxError, OSError) as error:
        raise read_error(path, rdf_format, error) from None
    return graphs, described
