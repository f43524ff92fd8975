"""Imported by the fork server of :mod:`forked`: the extractor (spaCy pipeline, gazetteer, event model) made
once, its caches inherited by every ``kg`` command the server forks."""

from kg.extract.extractor import Extractor

Extractor()
