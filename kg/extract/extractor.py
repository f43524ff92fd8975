"""The default extractor (registered as ``spacy``): the spaCy parse, then entities, offices, memberships and
events read off it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language

from ..errors import InputError
from ..gazetteer import Gazetteer
from ..model import Article, Extraction
from ..sources.readers import ErrorHandler
from .entities import resolve_entities
from .events import find_events
from .officials import find_memberships, find_offices
from .pipeline import load_pipeline

__all__ = ["Extractor"]

_BATCHES_PER_ZONE = 32  # parse batches per spaCy memory zone (benchmarks/memory_results.md)


class Extractor:
    """Runs the spaCy pipeline over articles in batches and reads the graph facts off each parse.

    >>> extractor = Extractor()
    >>> [(event.type.value, event.actor, event.target) for event in
    ...  extractor.extract(Article("a1", "Moscow deployed troops to Syria.")).events]
    [('Deployment', 'country/RUS', 'country/SYR')]
    """

    def __init__(self, nlp: Language | None = None, *, model: str | None = None, batch_size: int = 64):
        self.nlp = nlp or load_pipeline(model)
        self.gazetteer = Gazetteer.default()
        self.batch_size = batch_size

    def _read(self, article: Article, doc) -> Extraction:
        ents = resolve_entities(doc, self.gazetteer)
        offices = find_offices(ents)
        memberships = find_memberships(ents)
        events = find_events(ents, article.date)
        used = {key for event in events for key in (event.actor, event.target)}
        used |= {key for office in offices for key in (office.person, office.organization)}
        used |= {key for membership in memberships for key in (membership.member, membership.organization)}
        incidental = ents.incidental() - used
        entities = {key: entity for key, entity in ents.entities.items() if key not in incidental}
        return Extraction(article, entities, events, offices, memberships, self.gazetteer.containers(entities))

    def close(self) -> None:
        """Nothing to let go of: the pipeline is shared by every extractor of this process."""

    def extract(self, article: Article) -> Extraction:
        """Everything one article states."""
        return self._read(article, self.nlp(article.text))

    def extract_many(self, articles: Iterable[Article], on_error: ErrorHandler | None = None) -> Iterator[Extraction]:
        """Stream extractions; the parser works on batches of ``batch_size`` articles.

        With ``on_error``, an article whose analysis fails is reported (as an :class:`InputError` naming
        it) and skipped instead of stopping the stream.

        Articles are parsed ``_BATCHES_PER_ZONE`` batches (2,048 articles by default) at a time inside a spaCy
        memory zone, so the strings of one chunk's new names are freed after it: memory stays flat however long
        the stream."""
        stream = iter(articles)
        while chunk := list(islice(stream, self.batch_size * _BATCHES_PER_ZONE)):
            with self.nlp.memory_zone():
                yield from self._read_chunk(chunk, on_error)

    def _read_chunk(self, articles: list[Article], on_error: ErrorHandler | None) -> Iterator[Extraction]:
        pairs = ((article.text, article) for article in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            try:
                yield self._read(article, doc)
            except Exception as error:  # one odd article must not cost the others
                if on_error is None:
                    raise
                on_error(InputError(article.origin or article.id, f"analysis failed ({type(error).__name__}: {error})"))
