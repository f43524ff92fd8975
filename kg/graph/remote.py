"""A graph kept in a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB) instead of on disk.

``kg build --store http://host:7878`` writes there and ``kg query`` / ``kg viz`` read there, with the same
model as the embedded store: one named graph per article and ``ckr:graph/entities``. Each batch of articles
is one SPARQL Update request, so the server stores it whole or not at all; the entity descriptions it
rewrites are worked out here, on a small in-memory copy of what the batch touches, by the same code as the
embedded store's. Connection errors are retried with back-off before they are reported.

Every request has a total deadline (``deadline``, 600 s: its retries and their pauses included; ``timeout``,
60 s, bounds each wait within it) and its answer a size limit (``max_response_bytes``, 512 MiB, as sent and
decompressed). Redirects are not followed (a POST redirected by 301 or 302 would come back as a GET). A
server that breaks one of these rules, or answers with something other than query results, is reported
with a :class:`~kg.errors.StoreError` naming the endpoint and the limit.

Endpoints by URL: ``http://host:7878`` is an Oxigraph server (``/query``, ``/update``), a URL with a path
``http://host:3030/ds`` a Fuseki dataset (``/ds/query``, ``/ds/update``; configure the dataset with
``unionDefaultGraph``), ``http://host:7200/repositories/kg`` a GraphDB repository; a ``oxigraph+``,
``fuseki+`` or ``graphdb+`` prefix on the scheme says it outright.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

import pyoxigraph as ox

from ..errors import StoreError
from ..model import Extraction
from .namespace import ENTITY_GRAPH, PREFIXES, article_iri, ckg, entity_iri, key_of
from .store import KnowledgeGraph

__all__ = ["Endpoints", "RemoteGraph", "is_remote"]

_E = f"<{ENTITY_GRAPH}>"
_LOCATED_IN = ox.NamedNode(ckg.locatedIn)
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9"
_ANSWERS = ("application/sparql-results+json", "application/json", "application/n-triples")
_BUSY = (502, 503, 504)
_HEADER = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())


def is_remote(location: str) -> bool:
    """Whether a ``--store`` names a server rather than a folder."""
    return location.split("+", 1)[-1].startswith(("http://", "https://"))


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries and updates, and the query parameters it needs for the union graph."""

    query: str
    update: str
    union_parameters: tuple[tuple[str, str], ...] = ()

    @classmethod
    def for_url(cls, url: str) -> Endpoints:
        kind, _, address = url.partition("+") if "+" in url.split("://", 1)[0] else ("", "", url)
        base = address.rstrip("/")
        path = urlsplit(base).path
        kind = kind or ("graphdb" if "/repositories/" in path else "fuseki" if path else "oxigraph")
        if kind == "oxigraph":
            return cls(base + "/query", base + "/update", (("union-default-graph", ""),))
        if kind == "fuseki":
            return cls(base + "/query", base + "/update")
        if kind == "graphdb":
            return cls(base, base + "/statements")
        raise StoreError(url, f"unknown kind of server '{kind}' (oxigraph, fuseki or graphdb)")


class RemoteGraph:
    """A graph in a SPARQL server: a :class:`~kg.graph.protocol.Graph`, as the embedded store is."""

    def __init__(self, url: str, *, retries: int = 4, backoff: float = 0.5, timeout: float = 60.0,
                 deadline: float = 600.0, max_response_bytes: int = 512 * 2**20):
        """``timeout``: seconds to wait for the server at any one time; ``deadline``: seconds one request may
        take in all, retries and their back-off included; ``max_response_bytes``: the size of an answer, as
        sent and decompressed. Requests the server could not be reached for, or answered 502, 503 or 504 to,
        are tried again up to ``retries`` times, after pauses of ``backoff`` seconds doubling each time, while
        the pause ends before the deadline."""
        from ..net.deadline import deadline_session  # here, not at the top: a store in a folder needs no HTTP client
        from ..net.exchange import Patience

        self.url = url
        self.endpoints = Endpoints.for_url(url)
        self.deadline = deadline
        self.patience = Patience(timeout, max_response_bytes, retries, backoff, _BUSY)
        self.session = deadline_session()

    # -- the protocol --------------------------------------------------------------------------------
    def _post(self, endpoint: str, data: str, content_type: str, accept: str | None = None,
              parameters: Iterable[tuple[str, str]] = ()) -> tuple[str, bytes]:
        """POST to an endpoint; the answer's content type and body, or a :class:`StoreError`."""
        from ..net.deadline import Deadline
        from ..net.exchange import TransferError, busy_failure, send

        headers = {"Content-Type": f"{content_type}; charset=utf-8", "Accept-Encoding": "gzip, deflate"}
        headers |= {"Accept": accept} if accept else {}
        try:
            with Deadline(self.deadline) as deadline:
                answer = send(self.session, "POST", endpoint, deadline, self.patience, idempotent=False,
                              params=list(parameters), data=data.encode("utf-8"), headers=headers)
        except TransferError as failure:
            raise StoreError(endpoint, str(failure)) from None
        if 300 <= answer.status < 400:
            raise StoreError(endpoint, f"the server redirects to {answer.headers.get('Location')} "
                                       f"({answer.status}), which is not followed: give that address as the store")
        if answer.status in self.patience.busy:
            raise StoreError(endpoint, busy_failure(answer, deadline))
        if answer.status >= 400:
            raise StoreError(endpoint, f"the server refused the request ({answer.status}: {answer.text})")
        return answer.headers.get("Content-Type", ""), answer.body

    def query(self, query: str):
        """Run a query on the union of the graphs; pyoxigraph's result types, as the embedded store gives:
        solutions or a boolean, or a list of triples for CONSTRUCT and DESCRIBE. Answers are read as JSON or
        N-Triples only, never as XML (whose entities could expand to gigabytes)."""
        content_type, payload = self._post(self.endpoints.query, _HEADER + query, "application/sparql-query",
                                           _ACCEPT, self.endpoints.union_parameters)
        media_type = content_type.split(";", 1)[0].strip().lower()
        if media_type not in _ANSWERS:
            raise StoreError(self.endpoints.query, f"the answer is of type '{media_type}', not SPARQL query results "
                                                   f"(JSON) or N-Triples")
        try:
            if media_type == "application/n-triples":
                return list(ox.parse(payload, format=ox.RdfFormat.N_TRIPLES))
            results = ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)
            if isinstance(results, ox.QuerySolutions):
                for _ in results:  # solutions are parsed as they are read: read them once here, to find broken ones
                    pass
                results = ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)
            return results
        except (SyntaxError, ValueError) as error:
            raise StoreError(self.endpoints.query, f"the answer is not SPARQL query results or N-Triples "
                                                   f"({error})") from None

    def update(self, update: str) -> None:
        """Apply a SPARQL Update (one request: the server applies it whole or not at all)."""
        self._post(self.endpoints.update, _HEADER + update, "application/sparql-update")

    def _rows(self, query: str) -> list[dict[str, ox.NamedNode | ox.Literal]]:
        result = self.query(query)
        names = [variable.value for variable in result.variables]
        return [{name: row[name] for name in names} for row in result]

    # -- what is in it -------------------------------------------------------------------------------
    @property
    def articles(self) -> int:
        [row] = self._rows("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a ckg:Article }")
        return int(row["n"].value)

    def article_id_with_hash(self, content_hash: str) -> str | None:
        rows = self._rows(f"SELECT ?id WHERE {{ GRAPH ?g {{ ?a ckg:contentHash {str(ox.Literal(content_hash))} ; "
                          f"dcterms:identifier ?id }} }} LIMIT 1")
        return rows[0]["id"].value if rows else None

    def contains(self, article_id: str) -> bool:
        return bool(self.query(f"ASK {{ GRAPH <{article_iri(article_id)}> {{ ?s ?p ?o }} }}"))

    def generated_by(self, article_id: str) -> str | None:
        iri = article_iri(article_id)
        rows = self._rows(f"SELECT ?v WHERE {{ GRAPH <{iri}> {{ <{iri}> prov:wasGeneratedBy/dcterms:identifier ?v }} }} LIMIT 1")
        return rows[0]["v"].value if rows else None

    def quads(self) -> list[ox.Quad]:
        """Every statement with its graph (for exports that keep the graphs)."""
        return self._quads("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")

    def triples(self) -> list[ox.Triple]:
        """The union of all graphs, each triple once."""
        return self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")

    def flush(self) -> None:
        """Nothing to do: every batch is committed by the server when its request returns."""

    # -- changing it ---------------------------------------------------------------------------------
    def prepare_add(self, extractions: Iterable[Extraction]) -> Callable[[], None]:
        """The function that adds these articles (as :meth:`add_many`): all of the work, reading the server
        included, is left to it, so a build runs it on another thread while it parses on."""
        return partial(self.add_many, list(extractions))

    def add_many(self, extractions: Iterable[Extraction]) -> int:
        """Add articles in one request, replacing stored articles of the same id or text (see KnowledgeGraph)."""
        extractions = list(extractions)
        if not extractions:
            return 0
        ids = {e.article.id for e in extractions}
        hashes = {e.article.content_hash for e in extractions}
        replaced = self._articles_with(ids, hashes)
        working = self._working_copy(replaced, {key for e in extractions for key in (*e.entities, *e.related)})
        before = working.descriptions()
        count = working.add_many(extractions)
        added = [quad for graph in sorted({ox.NamedNode(article_iri(i)) for i in ids}, key=str)
                 for quad in working.store.quads_for_pattern(None, None, None, graph)]
        self._apply(replaced, added, working, before)
        return count

    def remove(self, article_id: str) -> bool:
        """Take out an article and what only it supported; False if it was not there."""
        graph = ox.NamedNode(article_iri(article_id))
        if not self.contains(article_id):
            return False
        working = self._working_copy({graph}, set())
        before = working.descriptions()
        working.remove(article_id)
        self._apply({graph}, [], working, before)
        return True

    def load(self, path: str | Path, *, workers: int | None = None) -> None:
        """Import an RDF file as :meth:`KnowledgeGraph.load` does (an article graph in it replaces the stored one
        of the same name, the entity descriptions brought in step), in one request. The file is read here, into
        memory, and checked whole before the server is changed: for millions of statements, the server's own
        bulk loader is faster. ``workers``: threads reading the file."""
        incoming = KnowledgeGraph()
        incoming.load(path, workers=workers)
        graphs = {quad.graph_name for quad in incoming.quads() if isinstance(quad.graph_name, ox.NamedNode)}
        graphs.discard(ox.NamedNode(ENTITY_GRAPH))
        described = {key_of(quad.subject.value) for quad in incoming.descriptions()}
        working = self._working_copy(graphs, incoming.mentioned_in(graphs) | described)
        before = working.descriptions()
        working.load(path, workers=workers)
        added = [quad for quad in working.quads() if quad.graph_name in graphs or isinstance(quad.graph_name, ox.DefaultGraph)]
        self._apply(graphs, added, working, before)

    def _articles_with(self, ids: set[str], hashes: set[str]) -> set[ox.NamedNode]:
        """The stored article graphs with one of these ids or texts."""
        graphs = " ".join(f"<{article_iri(i)}>" for i in sorted(ids))
        values = " ".join(str(ox.Literal(h)) for h in sorted(hashes))
        rows = self._rows(f"SELECT DISTINCT ?g WHERE {{ {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?a a ckg:Article }} }} "
                          f"UNION {{ VALUES ?h {{ {values} }} GRAPH ?g {{ ?a ckg:contentHash ?h }} }} }}")
        return {row["g"] for row in rows}

    def _working_copy(self, replaced: set[ox.NamedNode], keys: set[str]) -> KnowledgeGraph:
        """An in-memory graph holding what a change to these articles and entities reads: the replaced
        articles' nodes and mentions, and for every touched entity (and every country a touched place lies in)
        its names in each article, its description and the places described as lying in it."""
        copy = KnowledgeGraph()
        if replaced:
            graphs = " ".join(str(g) for g in sorted(replaced, key=str))
            copy.extend(self._quads(
                f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ ?s a ckg:Article ; ?p ?o }} }}"))
            keys = keys | copy.mentioned_in(replaced)
        self._copy_entities(copy, keys)
        containers = {key_of(q.object.value) for q in copy.store.quads_for_pattern(None, _LOCATED_IN, None, None)}
        self._copy_entities(copy, containers - keys - {""})
        return copy

    def _copy_entities(self, copy: KnowledgeGraph, keys: set[str]) -> None:
        if not keys:
            return
        entities = " ".join(f"<{entity_iri(key)}>" for key in sorted(keys))
        copy.extend(self._quads(
            f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {entities} }} GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER(?g = {_E} || ?p = skos:altLabel) }}"))
        copy.extend(self._quads(
            f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?o {{ {entities} }} BIND(ckg:locatedIn AS ?p) BIND({_E} AS ?g) "
            f"GRAPH ?g {{ ?s ?p ?o }} }}"))

    def _quads(self, query: str) -> list[ox.Quad]:
        return [ox.Quad(row["s"], row["p"], row["o"], row["g"]) for row in self._rows(query)]

    def _apply(self, dropped: set[ox.NamedNode], added: list[ox.Quad], working: KnowledgeGraph, before: set[ox.Quad]) -> None:
        """One update: drop the replaced graphs, insert the new ones, and change the entity descriptions from
        ``before`` to what the working copy holds now."""
        after = working.descriptions()
        parts = [f"DROP SILENT GRAPH {graph}" for graph in sorted(dropped, key=str)]
        if before - after:
            parts.append("DELETE DATA { " + _data(before - after) + " }")
        if added or after - before:
            parts.append("INSERT DATA { " + _data([*added, *(after - before)]) + " }")
        if parts:
            self.update(" ;\n".join(parts))


def _data(quads: Iterable[ox.Quad]) -> str:
    """Quads as the body of INSERT DATA / DELETE DATA, a GRAPH block per named graph (the default graph's triples
    as they are)."""
    by_graph: dict[ox.NamedNode | ox.DefaultGraph, list[ox.Triple]] = {}
    for quad in quads:
        by_graph.setdefault(quad.graph_name, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    blocks = []
    for graph, triples in sorted(by_graph.items(), key=lambda item: str(item[0])):
        text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        blocks.append(f"GRAPH {graph} {{ {text} }}" if isinstance(graph, ox.NamedNode) else text)
    return " ".join(blocks)

