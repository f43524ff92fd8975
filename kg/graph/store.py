"""The knowledge graph in an embedded Oxigraph store, in memory or on disk.

Each article is one named graph (its IRI is the article's), queried together as one union graph;
``ckr:graph/entities`` holds one description per entity (:mod:`kg.graph.descriptions`), kept in step with
the articles: adding an article again replaces its graph, removing it takes out everything only it
supported. ``ckr:graph/events`` holds one event node per happening, merged from the reports of the articles
(:mod:`kg.graph.happenings`) and worked out again for the happenings every write touches. A write that takes several steps records what it changes until its last step
(:mod:`kg.graph.journal`): one stopped part way is undone when the store is next opened for writing, and a build
run again redoes it. Oxigraph was chosen by measurement (README, "Store"): at a million triples it answers the
example queries in milliseconds where rdflib's memory store takes seconds to minutes.

>>> graph = KnowledgeGraph()          # in memory; KnowledgeGraph("kg.db") persists on disk
>>> graph.articles
0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from functools import partial, wraps
from pathlib import Path

import pyoxigraph as ox

from ..errors import DiskFullError, InputError, StoreError, is_disk_full
from ..faults import reached
from ..markup import reject_entity_declarations
from ..model import Extraction
from .bulkload import bulk_load, graphs_in
from .descriptions import Changes, Descriptions
from .formats import FORMATS, XML_FORMATS, rdf_format_of
from .happenings import Happenings
from .journal import (
    EVENTS_DUE_GRAPH,
    IMPORT_GRAPH,
    WRITE_GRAPH,
    events_due_record,
    import_record,
    recorded_events_due,
    recorded_imports,
    recorded_write,
    write_record,
)
from .namespace import ENTITY_GRAPH, EVENT_GRAPH, PREFIXES, article_iri, ckg, dcterms, key_of, prov, rdf
from .writes import Batch, plan_batch
from .written import load_written

__all__ = ["KnowledgeGraph"]

_ENTITY_GRAPH = ox.NamedNode(ENTITY_GRAPH)
_EVENT_GRAPH = ox.NamedNode(EVENT_GRAPH)
_IDENTIFIER = ox.NamedNode(dcterms.identifier)
_HASH = ox.NamedNode(ckg.contentHash)
_MENTIONS = ox.NamedNode(ckg.mentions)
_TYPE = ox.NamedNode(rdf.type)
_ARTICLE = ox.NamedNode(ckg.Article)
_GENERATED_BY = ox.NamedNode(prov.wasGeneratedBy)


def _reports_full_disk(write: Callable) -> Callable:
    """A write of the graph that fails for a full disk raises :class:`DiskFullError` naming the store."""

    @wraps(write)
    def run(self: KnowledgeGraph, *args, **kwargs):
        try:
            return write(self, *args, **kwargs)
        except OSError as error:
            if is_disk_full(error):
                raise DiskFullError(str(self.path or "the in-memory store")) from None
            raise

    return run


class KnowledgeGraph:
    """The merged graph of many articles; ``path`` makes it persistent (created if missing; one process at a
    time may write to it). Change it through its methods: ``store``, the Oxigraph store below, is there to
    read. Opened for writing, a store a write was stopped in is repaired; read only, it is refused.
    ``unfinished_imports``: the files whose import into it did not finish."""

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
        self.entities = Descriptions(self.store, empty=self._is_empty())
        self.happenings = Happenings(self.store)
        self.unfinished_imports = recorded_imports(self.store)
        self.events_due = recorded_events_due(self.store)
        if self.store.contains_named_graph(WRITE_GRAPH):
            if read_only:
                raise StoreError(str(self.path), "a write to it did not finish (the process was stopped or the disk "
                                                 "was full): open it for writing once, e.g. by running the build again")
            self._undo_unfinished_write()
        if self.events_due and not read_only:
            self.flush()

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

    def contains(self, article_id: str) -> bool:
        """Whether an article of this id is stored."""
        return self.store.contains_named_graph(ox.NamedNode(article_iri(article_id)))

    def generated_by(self, article_id: str) -> str | None:
        """The version of the extractor that made the stored article's statements (None if it says none)."""
        graph = ox.NamedNode(article_iri(article_id))
        for quad in self.store.quads_for_pattern(graph, _GENERATED_BY, None, graph):
            for version in self.store.quads_for_pattern(quad.object, _IDENTIFIER, None, graph):
                return version.object.value
        return None

    def mentioned_in(self, graphs: Iterable[ox.NamedNode]) -> set[str]:
        """The keys of the entities these article graphs mention."""
        return {key_of(q.object.value) for graph in graphs
                for q in self.store.quads_for_pattern(None, _MENTIONS, None, graph)}

    def descriptions(self) -> set[ox.Quad]:
        """The statements of the entity graph (``ckr:graph/entities``)."""
        return self.entities.all()

    def derived(self) -> set[ox.Quad]:
        """What the store works out from its articles: the entity graph and the event graph."""
        return self.entities.all() | self.happenings.all()

    def _is_empty(self) -> bool:
        return next(iter(self.store), None) is None

    # -- changing it ---------------------------------------------------------------------------
    def add(self, extraction: Extraction) -> None:
        """Add one article, replacing an article of the same id or the same text."""
        self.add_many([extraction])

    def add_many(self, extractions: Iterable[Extraction]) -> int:
        """Add articles as one write; returns how many were given. An article replaces any stored or
        earlier-given article of the same id or the same text; entity descriptions are refreshed once, and the
        event graph is whole when it returns."""
        extractions = list(extractions)
        self.prepare_add(extractions)()
        self.flush()
        return len(extractions)

    def prepare_add(self, extractions: Iterable[Extraction]) -> Callable[[], None]:
        """Work out the write that adds these articles (as :meth:`add_many`) without changing the graph; the
        function returned makes it. That function does the bulk of its work without Python's lock, so a build
        runs it on another thread while it parses on; the graph must not change in between. A write of new
        articles leaves the happenings of merge keys that had reports before to the next :meth:`flush` (a build
        flushes every 512 articles and at its end), so that each is worked out once for many writes."""
        batch = plan_batch(extractions)
        replaced = {old for article_id, content_hash in zip(batch.ids, batch.hashes)
                    for old in (article_id, self.article_id_with_hash(content_hash))
                    if old is not None and self.contains(old)}
        if replaced:
            return partial(self._replace, replaced, batch)
        return partial(self._insert, batch, self.entities.for_added(batch.entities),
                       self.happenings.stated(batch.merge_keys))

    @_reports_full_disk
    def _insert(self, batch: Batch, changes: Changes, due: set[str]) -> None:
        """Write new articles: their statements, the record of the write and the merge keys ``due`` (those with
        reports stored before, whose happenings wait for the next flush) in one atomic load, then the happenings
        of the other merge keys and the descriptions."""
        written = [article_iri(article_id) for article_id in batch.ids]
        record = write_record(map(ox.NamedNode, written), batch.by_key(), batch.merge_keys)
        record += events_due_record(due - self.events_due)
        self.events_due |= due
        with self._recorded_write():
            load_written(self.store, record + batch.statements)
            reached("articles-loaded")
            self.happenings.refresh(batch.merge_keys - due, fresh=written, given=batch.reports_by_key(), new=True)
            changes.apply()

    @_reports_full_disk
    def _replace(self, replaced: set[str], batch: Batch | None) -> None:
        """Take out the stored articles ``replaced`` and write the batch's (none: a removal), recorded first."""
        dropped = {ox.NamedNode(article_iri(old)) for old in replaced}
        touched = self.mentioned_in(dropped)
        given = batch.by_key() if batch is not None else {}
        written = {ox.NamedNode(article_iri(article_id)) for article_id in batch.ids} if batch is not None else set()
        happenings = self.happenings.keys_in(dropped) | (batch.merge_keys if batch is not None else set())
        with self._recorded_write():
            load_written(self.store, write_record(dropped | written, touched | set(given), happenings))
            reached("write-recorded")
            for graph in dropped:
                self.store.remove_graph(graph)
            reached("graphs-dropped")
            if batch is not None:
                load_written(self.store, batch.statements)
                reached("articles-loaded")
            self.happenings.refresh(happenings, fresh={graph.value for graph in written},
                                    given=batch.reports_by_key() if batch is not None else None)
            self.entities.refresh(touched, given)

    @contextmanager
    def _recorded_write(self) -> Iterator[None]:
        """Around a write that records itself: its record taken out when it is done, the write undone if it
        fails (if that fails too, as it may on a full disk, the next opening undoes it)."""
        try:
            yield
        except BaseException:
            with suppress(OSError):
                self._undo_unfinished_write()
            raise
        reached("entities-described")
        self.store.remove_graph(WRITE_GRAPH)

    def _undo_unfinished_write(self) -> None:
        """Undo the write recorded in the store: drop the article graphs it replaced or filled, and bring the
        descriptions of its entities and its happenings in step with the articles that stay."""
        graphs, keys, happenings = recorded_write(self.store)
        for graph in graphs:
            self._drop_graph(graph)
        self.happenings.refresh(happenings)
        self.entities.forget()
        self.entities.refresh(keys, {})
        self.store.remove_graph(WRITE_GRAPH)
        self.flush()

    def remove(self, article_id: str) -> bool:
        """Take out an article and every statement only it supported; False if it was not there."""
        if not self.contains(article_id):
            return False
        self._replace({article_id}, None)
        return True

    def _drop_graph(self, graph: ox.NamedNode) -> set[str]:
        """Remove a named graph; returns the keys of the entities it mentioned."""
        if not self.store.contains_named_graph(graph):
            return set()
        keys = self.mentioned_in([graph])
        self.store.remove_graph(graph)
        return keys

    @_reports_full_disk
    def load(self, path: str | Path, *, workers: int | None = None) -> None:
        """Import an RDF file of any export format: the named graphs of ``.nq``/``.trig`` (an article's graph
        replaces the stored one of the same name; entity descriptions and happenings are brought in step), the triples of
        ``.ttl``/``.nt``/``.jsonld``/``.rdf`` into the default graph. Bulk loaded on ``workers`` threads. Into a
        non-empty graph the file is checked whole before anything changes; a failed load into an empty one leaves
        it empty. An RDF/XML file with a DTD is refused, unread (its entities could expand to gigabytes). An import
        stopped part way stays in ``unfinished_imports`` until the file is imported again."""
        path = Path(path)
        rdf_format = rdf_format_of(path)
        if rdf_format is None:
            raise InputError(str(path), f"unknown RDF extension '{path.suffix}' (expected one of {', '.join(FORMATS)})")
        if rdf_format in XML_FORMATS:
            reject_entity_declarations(path)
        self.entities.forget()
        empty = self._is_empty()
        graphs, touched = (set(), set()) if empty else graphs_in(path, rdf_format)
        record = import_record(path)
        self.store.add(record)
        if empty:
            try:
                bulk_load(self.store, path, rdf_format, workers=workers)
            except InputError:
                self.store.clear()
                raise
        else:
            articles = graphs - {_ENTITY_GRAPH, _EVENT_GRAPH}
            happenings = self.happenings.keys_in(articles)
            for graph in articles:
                touched |= self._drop_graph(graph)
            bulk_load(self.store, path, rdf_format, workers=workers)
            self.happenings.refresh(happenings | self.happenings.keys_in(articles))
            self.entities.refresh(touched | self.mentioned_in(graphs), {})
        self.store.remove(record)
        self.unfinished_imports = recorded_imports(self.store)
        if not self.unfinished_imports:
            self.store.remove_graph(IMPORT_GRAPH)
        self.flush()

    @_reports_full_disk
    def extend(self, quads: Iterable[ox.Quad]) -> None:
        """Add statements as they are, entity descriptions included (a copy of part of another graph)."""
        self.entities.forget()
        self.store.extend(quads)

    @_reports_full_disk
    def update(self, update: str) -> None:
        """Apply a SPARQL Update (the project's prefixes predeclared)."""
        self.entities.forget()
        self.store.update(update, prefixes=PREFIXES)

    @_reports_full_disk
    def flush(self) -> None:
        """Work out the happenings left to it (and take out their record), and make every write durable (an
        on-disk store)."""
        if self.events_due:
            self.happenings.refresh(self.events_due, fresh=())
            self.store.remove_graph(EVENTS_DUE_GRAPH)
            self.events_due = set()
        if self.path is not None:
            self.store.flush()

    # -- reading it ----------------------------------------------------------------------------
    def query(self, query: str):
        """Run a SPARQL query on the union of the graphs (the project's prefixes predeclared)."""
        return self.store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)

    def quads(self) -> Iterator[ox.Quad]:
        """Every statement with its graph."""
        return self.store.quads_for_pattern(None, None, None, None)

    def triples(self) -> Iterator[ox.Triple]:
        """The union of all graphs, each triple once (streamed by Oxigraph, not held in memory here)."""
        return iter(self.store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True))
