"""Extraction: from articles to :class:`kg.model.Extraction` (entities, offices, memberships, events).

- :mod:`~kg.extract.registry`: the extractor protocol and the registry that finds extractors by name;
- :mod:`~kg.extract.extractor`: the default extractor, the spaCy pipeline read by the modules below;
- :mod:`~kg.extract.pipeline`: the spaCy pipeline and conflict-kg's components;
- :mod:`~kg.extract.entities`, :mod:`~kg.extract.officials`, :mod:`~kg.extract.events`,
  :mod:`~kg.extract.dates`, :mod:`~kg.extract.roles`: what is read off each parse;
- :mod:`~kg.extract.lexicon`: the trigger words and word classes the events are read with;
- :mod:`~kg.extract.parallel`: any extractor on worker processes or a Dask cluster.
"""

__all__ = ["DEFAULT_EXTRACTOR"]

DEFAULT_EXTRACTOR = "spacy"
"""The name of the extractor ``kg build`` uses unless told otherwise."""
