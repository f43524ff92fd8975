"""The RDF graph: writing extractions as RDF, keeping them in a store, querying and exporting them.

- :mod:`~kg.graph.namespace`: the ``ckg:`` vocabulary and every IRI the project makes;
- :mod:`~kg.graph.rdf`: extractions to N-Quads, one named graph per article, and entity descriptions;
- :mod:`~kg.graph.protocol`: the :class:`~kg.graph.protocol.Graph` protocol both stores implement;
- :mod:`~kg.graph.store`: the embedded Oxigraph store (:class:`~kg.graph.store.KnowledgeGraph`), with
  :mod:`~kg.graph.writes` (planning a batch), :mod:`~kg.graph.descriptions` (the entity graph kept in step
  with the articles) and :mod:`~kg.graph.bulkload` (RDF files loaded on several threads);
- :mod:`~kg.graph.remote`: a SPARQL 1.1 server as the store;
- :mod:`~kg.graph.query`, :mod:`~kg.graph.update`, :mod:`~kg.graph.stats`: SPARQL over a graph;
- :mod:`~kg.graph.guard`: what a SPARQL request may do before the engine sees it (network, nesting, size);
- :mod:`~kg.graph.formats`, :mod:`~kg.graph.export`: RDF file formats and writing them;
- :mod:`~kg.graph.rdflib_graphs`: a graph as rdflib objects, for rdflib and pySHACL users.
"""
