"""The entity network: the graph as networkx, cut down by filters, and drawn.

- :mod:`~kg.network.convert`: a graph to a networkx ``MultiDiGraph`` (one edge per statement);
- :mod:`~kg.network.filters`: focus, relations, entity types, dates, confidence;
- :mod:`~kg.network.summary`: what a picture shows and where it comes from, counted once for all;
- :mod:`~kg.network.placement`, :mod:`~kg.network.room`, :mod:`~kg.network.palette`: where nodes and labels go
  and how they look;
- :mod:`~kg.network.html`, :mod:`~kg.network.draw`, :mod:`~kg.network.timeline`: the interactive page,
  the static figure and the timeline;
- :mod:`~kg.network.gexf`, :mod:`~kg.network.graphml`: files for Gephi, yEd, Cytoscape.
"""
