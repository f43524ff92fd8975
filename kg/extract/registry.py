"""Extractors by name: the protocol a build drives, and the registry that finds an extractor for
``kg build --extractor NAME``.

An extractor factory is a function registered under a name that takes the keyword options ``model`` (a
spaCy pipeline's name, or None for the default), ``batch_size`` and, if it reads one, ``gazetteer`` (a
:class:`~kg.user_gazetteer.UserGazetteer`) and returns an object with
``extract_many``, ``close`` and a ``version`` string. Register one in code with ``@extractors.register("name")``, or from another
package with an entry point in the group ``kg_extractors``, as spaCy's registries do. A factory with its
options (:func:`extractor_factory`) pickles, so worker processes and Dask workers make their own extractor.

>>> "spacy" in registered_extractors()
True
>>> extractor_factory("no-such-extractor")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
kg.errors.ExtractorNotFoundError: [E006] no extractor called 'no-such-extractor' (registered: ...spacy...)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
import inspect
from functools import partial
from typing import TYPE_CHECKING, Protocol

import catalogue

from ..errors import ExtractorNotFoundError, KGError
from ..model import Article, Extraction
from ..sources.readers import ErrorHandler
from ..user_gazetteer import UserGazetteer
from . import DEFAULT_EXTRACTOR

if TYPE_CHECKING:
    from .extractor import Extractor

__all__ = ["DEFAULT_EXTRACTOR", "ExtractsArticles", "extractor_factory", "extractors", "registered_extractors"]

extractors = catalogue.create("kg", "extractors", entry_points=True)


class ExtractsArticles(Protocol):
    """What a build drives: extractions streamed in the order of the articles, the extractor's ``version``
    (what makes it read an article as it does: a store re-reads the articles an older version made), and a
    way to let go of what the extractor holds (worker processes, a cluster)."""

    version: str

    def extract_many(self, articles: Iterable[Article], on_error: ErrorHandler | None = None) -> Iterator[Extraction]:
        """The extraction of every article; with ``on_error``, an article whose analysis fails is reported (as
        an :class:`~kg.errors.InputError` naming it) and skipped."""

    def close(self) -> None:
        """Let go of what the extractor holds."""


@extractors.register(DEFAULT_EXTRACTOR)
def spacy_extractor(*, model: str | None = None, batch_size: int = 64, gazetteer: UserGazetteer | None = None) -> Extractor:
    """The spaCy pipeline ``model`` with conflict-kg's gazetteer (and the user's), rules and components; events
    decided by the shipped trained layer."""
    from .extractor import Extractor

    return Extractor(model=model, batch_size=batch_size, gazetteer=gazetteer)


@extractors.register("rules")
def rules_extractor(*, model: str | None = None, batch_size: int = 64, gazetteer: UserGazetteer | None = None) -> Extractor:
    """The same, with the rules' events alone (no trained layer): to compare with."""
    from .extractor import Extractor

    return Extractor(model=model, batch_size=batch_size, classifier=None, completer=None,
                     gazetteer=gazetteer)


def registered_extractors() -> list[str]:
    """The names of every registered extractor (entry points included)."""
    return sorted(extractors.get_all())


def extractor_factory(name: str = DEFAULT_EXTRACTOR, *, model: str | None = None, batch_size: int = 64,
                      gazetteer: UserGazetteer | None = None) -> Callable[[], ExtractsArticles]:
    """A picklable function that makes the extractor registered as ``name`` with these options (the user's
    ``gazetteer`` travels with it: worker processes and Dask tasks read the same names)."""
    try:
        factory = extractors.get(name)
    except catalogue.RegistryError:
        raise ExtractorNotFoundError(name, registered_extractors()) from None
    if gazetteer is None:
        return partial(factory, model=model, batch_size=batch_size)
    if "gazetteer" not in inspect.signature(factory).parameters:
        raise KGError(f"the extractor '{name}' reads no user gazetteer: build without --gazetteer")
    return partial(factory, model=model, batch_size=batch_size, gazetteer=gazetteer)
