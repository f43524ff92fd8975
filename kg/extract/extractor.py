"""The default extractor (registered as ``spacy``): the spaCy parse, then entities, offices and memberships
read off it by rules, and events: candidate pairs the trained layer decides on, the rules' own events among
them (``rules``, registered too, keeps the rules' events alone)."""

from __future__ import annotations

import gc

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import islice

from spacy.language import Language

from ..errors import InputError
from ..gazetteer import Gazetteer
from .. import __version__
from ..model import Article, Entity, EntityType, Event, EventType, Extraction, Membership, OfficeHolding
from ..resources import data_version
from ..sources.readers import ErrorHandler
from ..user_gazetteer import UserGazetteer
from .candidates import Candidate, find_candidates
from .classifier import EventClassifier
from .completion import Completer, OpenEvent, UnpairedEvent, open_events
from .entities import resolve_entities
from .events import find_events
from .memberships import find_memberships
from .officials import find_offices
from .places import PlaceCue, locate, place_cues
from .pipeline import CHUNKS_REMEMBERED, load_pipeline, remember_chunks
from .tokens import remember_sentences

__all__ = ["Analysis", "Extractor", "freeze_loaded_objects"]

_BATCHES_PER_ZONE = 32  # parse batches per spaCy memory zone (benchmarks/memory_results.md)
_YOUNG_OBJECTS = 10_000  # new objects between collections of the youngest generation, once loaded (kg build: the
# collector's time after loading, 0.10 -> 0.04 s per 300 articles)
_CHARS_PER_BATCH = 128_000  # a parse batch's memory grows with its text: a batch holds at most this much (ibid.)


_ACTORS = frozenset({EntityType.COUNTRY, EntityType.PERSON, EntityType.ORGANIZATION})
_TARGET_TYPES = {  # the rdfs:range of the shortcut property in ontology/conflict-kg.ttl, where narrower than any entity
    EventType.DEPLOYMENT: frozenset({EntityType.COUNTRY, EntityType.LOCATION}),
    EventType.MEETING: _ACTORS, EventType.AGREEMENT: _ACTORS, EventType.ACCUSATION: _ACTORS,
    EventType.ASSISTANCE_REQUEST: _ACTORS,
}


def _target_in_range(event: Event, entities: dict[str, Entity]) -> bool:
    """Whether the event's target is of a type the ontology allows its kind (forces are not deployed to an
    armed group, and no one meets a place), so the graph stays consistent with the ontology."""
    allowed = _TARGET_TYPES.get(event.type)
    target = entities.get(event.target)
    return allowed is None or target is None or target.type in allowed


def freeze_loaded_objects() -> None:
    """Collect what loading left behind, then move every object the collector tracks into its permanent
    generation (``gc.freeze``), so that the pipeline, gazetteer and models, which live as long as the process, are
    no longer walked by every collection. For a process that exists to run one extractor (``kg build`` calls it
    once after making its extractor, and every ``--jobs`` worker after making its own), never a side effect of
    making one: it freezes the caller's objects too, and cyclic garbage among frozen objects is never collected
    (only ``gc.unfreeze()`` undoes it). The youngest generation is then collected after ``_YOUNG_OBJECTS`` new
    objects rather than 700: most of what the rules make dies young, freed before a collection walks it."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(_YOUNG_OBJECTS, *gc.get_threshold()[1:])


@dataclass
class Analysis:
    """What the rules read off one parse, and the candidate events for the trained layer (none of the parse is
    kept)."""

    article: Article
    entities: dict[str, Entity]
    incidental: set[str]  # entities named only in passing, left out unless a statement uses them
    offices: list[OfficeHolding]
    memberships: list[Membership]
    rule_events: list[Event]
    candidates: list[Candidate]
    places: dict[int, list[PlaceCue]]  # where each sentence says things happened, by the sentence's start
    open_events: list[OpenEvent] = field(default_factory=list)  # stated events of one side, for the completion


class Extractor:
    """Runs the spaCy pipeline over articles in batches and reads the graph facts off each parse; events are
    decided by ``classifier``: the shipped model when it is not given (``...``), the rules alone with None; the
    events the rules found one side of are completed by ``completer`` (the shipped model when not given, none
    with None); names known from the shipped gazetteer merged with the user's ``gazetteer``, if given.

    >>> extractor = Extractor()
    >>> [(event.type.value, event.actor, event.target) for event in
    ...  extractor.extract(Article("a1", "Moscow deployed troops to Syria.")).events]
    [('Deployment', 'country/RUS', 'country/SYR')]
    """

    def __init__(self, nlp: Language | None = None, *, model: str | None = None, batch_size: int = 64,
                 classifier: EventClassifier | None = ..., completer: Completer | None = ...,  # type: ignore[assignment]
                 gazetteer: UserGazetteer | None = None):
        self.gazetteer = Gazetteer.load(gazetteer)  # first: a user gazetteer that does not fit fails before the parse
        self.user_gazetteer = gazetteer
        self.nlp = nlp or load_pipeline(model, gazetteer)
        self.batch_size = batch_size
        self.classifier = EventClassifier.default() if classifier is ... else classifier
        self.completer = Completer.default() if completer is ... else completer
        self.remembered: set[str] = set()  # the chunks this extractor had the tokenizer remember

    @cached_property
    def version(self) -> str:
        """What makes this extractor read an article as it does: conflict-kg's version, the pipeline's, the data's,
        the event model's and the user gazetteer's (a graph keeps it with every article it made)."""
        return self._version(self.classifier, self.completer)

    def _version(self, classifier: EventClassifier | None, completer: Completer | None) -> str:
        pipeline = f"{self.nlp.meta['lang']}_{self.nlp.meta['name']} {self.nlp.meta['version']}"
        events = f"model {classifier.version}" if classifier is not None else "rules"
        events += f", completion {completer.version}" if completer is not None else ""
        user = f"; user gazetteer {self.user_gazetteer.digest}" if self.user_gazetteer else ""
        return f"conflict-kg {__version__}; pipeline {pipeline}; data {data_version()}; events {events}{user}"

    def analyse(self, article: Article, doc, *, candidates: bool = True) -> Analysis:
        """The rules' reading of one parse and (unless told not to) the candidate events of it."""
        remember_sentences(doc)  # the rules ask many a token for its sentence
        ents = resolve_entities(doc, self.gazetteer, article.date)
        offices = find_offices(ents, article.date)  # first: an official named later acts for the state of the office
        memberships = find_memberships(ents, offices)
        unpaired: list[UnpairedEvent] = []
        events = find_events(ents, article.date, memberships=memberships, unpaired=unpaired)
        return Analysis(article, ents.entities, ents.incidental(), offices, memberships, events,
                        find_candidates(ents, [e for e in events if e.modality.stated], article.date) if candidates else [],
                        place_cues(ents), open_events(ents, unpaired, events))

    def finish(self, analysis: Analysis, classifier: EventClassifier | None,
               completer: Completer | None = ...) -> Extraction:  # type: ignore[assignment]
        """The extraction an analysis gives with this classifier (None: the rules' events) and this completer of
        events found with one side (this extractor's when not given; None: none)."""
        completer = self.completer if completer is ... else completer
        events = analysis.rule_events
        if classifier is not None:  # it decides what is stated; what the rules read as denied or supposed stays
            events = classifier.events(analysis.candidates) + [e for e in events if not e.modality.stated]
        if completer is not None:
            events = events + completer.events(analysis.open_events, events)
        events = [event for event in events if _target_in_range(event, analysis.entities)
                  and not self._party_gone(event, analysis.article.date)]
        events = locate(events, analysis.places, analysis.entities)
        used = {key for event in events for key in (event.actor, event.target, event.occurred_in) if key}
        used |= {key for office in analysis.offices for key in (office.person, office.organization)}
        used |= {key for membership in analysis.memberships for key in (membership.member, membership.organization)}
        left_out = analysis.incidental - used
        entities = {key: entity for key, entity in analysis.entities.items() if key not in left_out}
        return Extraction(analysis.article, entities, events, analysis.offices, analysis.memberships,
                          self.gazetteer.containers(entities),
                          generated_by=self.version if (classifier, completer) == (self.classifier, self.completer)
                          else self._version(classifier, completer))

    def _party_gone(self, event: Event, day: date | None) -> bool:
        """Whether a party of the event is a state that no longer existed when the article was published ("since
        the collapse of the Soviet Union" in 2024): such a state is named as history, it does not act."""
        return any(self.gazetteer.ended_before(key, day) for key in (event.actor, event.target) if key)

    def close(self) -> None:
        """Nothing to let go of: the pipeline is shared by every extractor of this process."""

    def extract(self, article: Article) -> Extraction:
        """Everything one article states."""
        return self._extraction(article, self.nlp(article.text))

    def _extraction(self, article: Article, doc) -> Extraction:
        analysis = self.analyse(article, doc, candidates=self.classifier is not None)
        return self.finish(analysis, self.classifier)

    def extract_many(self, articles: Iterable[Article], on_error: ErrorHandler | None = None) -> Iterator[Extraction]:
        """Stream extractions; the parser works on batches of ``batch_size`` articles (fewer when they hold more
        than ``_CHARS_PER_BATCH`` characters: a batch's memory grows with its text).

        With ``on_error``, an article whose analysis fails is reported (as an :class:`InputError` naming
        it) and skipped instead of stopping the stream.

        Articles are parsed ``_BATCHES_PER_ZONE`` batches (2,048 articles by default) at a time inside a spaCy
        memory zone, so the strings of one chunk's new names are freed after it: memory stays flat however long
        the stream. Before each zone, the words its articles use more than once are tokenized outside it, where the
        tokenizer remembers them (up to ``CHUNKS_REMEMBERED`` words an extractor)."""
        return self._stream(articles, on_error, self._extraction)

    def analyse_many(self, articles: Iterable[Article], on_error: ErrorHandler | None = None) -> Iterator[Analysis]:
        """Stream analyses (for training and cross-validation, which try several classifiers on one parse)."""
        return self._stream(articles, on_error, self.analyse)

    def _stream(self, articles: Iterable[Article], on_error: ErrorHandler | None, read: Callable) -> Iterator:
        stream = iter(articles)
        while chunk := list(islice(stream, self.batch_size * _BATCHES_PER_ZONE)):
            self._remember_frequent_words(chunk)
            with self.nlp.memory_zone():
                for batch in _parse_batches(chunk, self.batch_size):
                    pairs = ((article.text, article) for article in batch)
                    for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=len(batch)):
                        try:
                            yield read(article, doc)
                        except Exception as error:  # one odd article must not cost the others
                            if on_error is None:
                                raise
                            on_error(InputError(article.origin or article.id,
                                                f"analysis failed ({type(error).__name__}: {error})"))

    def _remember_frequent_words(self, articles: list[Article]) -> None:
        """Have the tokenizer remember the words these articles use more than once, while there is room."""
        room = CHUNKS_REMEMBERED - len(self.remembered)
        if room <= 0:
            return
        counts = Counter(word for article in articles for word in article.text.split())
        new = [word for word, count in counts.most_common() if count > 1 and word not in self.remembered][:room]
        remember_chunks(self.nlp, new)
        self.remembered.update(new)


def _parse_batches(articles: list[Article], size: int) -> Iterator[list[Article]]:
    """The articles in order, in batches of at most ``size`` articles and ``_CHARS_PER_BATCH`` characters (an
    article longer than that alone)."""
    batch: list[Article] = []
    chars = 0
    for article in articles:
        if batch and (len(batch) == size or chars + len(article.text) > _CHARS_PER_BATCH):
            yield batch
            batch, chars = [], 0
        batch.append(article)
        chars += len(article.text)
    if batch:
        yield batch
