"""The RDF graph: writing extractions as RDF, keeping them in a store, querying and exporting them.

- :mod:`~kg.graph.namespace`: the ``ckg:`` vocabulary and the ``ckr:`` resources, every IRI made here;
- :mod:`~kg.graph.rdf`: extractions to N-Quads, one named graph per article, and entity descriptions;
- :mod:`~kg.graph.protocol`: the :class:`~kg.graph.protocol.Graph` protocol every store implements;
- :mod:`~kg.graph.store`: the embedded Oxigraph store (:class:`~kg.graph.store.KnowledgeGraph`);
- :mod:`~kg.graph.remote`: a SPARQL 1.1 server as the store;
- :mod:`~kg.graph.query`, :mod:`~kg.graph.update`, :mod:`~kg.graph.stats`: SPARQL over a graph;
- :mod:`~kg.graph.formats`, :mod:`~kg.graph.export`, :mod:`~kg.graph.bulkload`: RDF files in and out.
"""
