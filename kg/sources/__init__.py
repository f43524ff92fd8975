"""Sources: where articles come from.

- :mod:`~kg.sources.readers`: files, folders, JSON Lines and standard input to :class:`kg.model.Article`;
- :mod:`~kg.sources.decoding`: bytes to text (binary files refused, encodings found);
- :mod:`~kg.sources.newstext`: the furniture of a news text (headlines, bylines, datelines) and its
  publication date.
"""
