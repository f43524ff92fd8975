"""What the rules read of every token of one parse, read off the document's arrays once.

spaCy makes a new ``Token`` object on every ``doc[i]``, ``token.head`` and ``token.children``, looks its strings
up again on every ``token.lemma_`` or ``token.dep_``, and finds a token's sentence (``token.sent``) by scanning
the whole document. Rules that visit the same tokens many times (every pair of names in a sentence) read them
here instead, by position: plain lists of strings and indices, made once per article.

>>> from kg.extract.pipeline import load_pipeline
>>> tokens = TokenTable(load_pipeline()("Troops left Kabul. They returned."))
>>> tokens.lemma[1], tokens.head[0], tokens.dep[0], tokens.children(1), tokens.sentence_of(5)
('leave', 1, 'nsubj', [0, 2, 3], (4, 7))
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

import numpy
from spacy.attrs import DEP, ENT_IOB, HEAD, IS_STOP, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

__all__ = ["TokenTable", "doc_text", "remember_sentences", "sentence_starts"]

_COLUMNS = [HEAD, DEP, LEMMA, LOWER, ORTH, POS, TAG, IS_STOP, ENT_IOB]
_OUTSIDE = 2  # ENT_IOB on the array: 1 inside an entity, 2 outside, 3 its first token (0: not set)
_MAX_NAMES = 1 << 17  # strings remembered by their hash (a hash always names the same string) before starting afresh
_NAMES: dict[int, str] = {}


def sentence_starts(doc: Doc) -> list[int]:
    """Where the document's sentences start (those of ``doc.sents``), read off its array: no span is made."""
    if not len(doc):
        return []
    flags = doc.to_array(SENT_START)
    return [0, *(numpy.flatnonzero(flags[1:] == 1) + 1).tolist()]


def doc_text(doc: Doc) -> str:
    """The document's text (``doc.text``), joined from its array: spaCy makes a token of every word for it."""
    if not len(doc):
        return ""
    orths, spaces = doc.to_array([ORTH, SPACY]).T.tolist()
    return "".join([word + " " if space else word for word, space in zip(_names(orths, doc.vocab.strings), spaces)])


def _names(ids: list[int], strings: StringStore) -> list[str]:
    """The strings of these hashes (spaCy's symbols too), each looked up in the string store once."""
    if len(_NAMES) >= _MAX_NAMES:
        _NAMES.clear()
    found = list(map(_NAMES.get, ids))  # most are known: one lookup each in C; the loop below only fills the gaps
    if None not in found:  # the usual case once the words were seen: no loop in Python
        return found
    for position, name in enumerate(found):
        if name is None:
            found[position] = _NAMES[ids[position]] = strings[ids[position]]
    return found


class TokenTable:
    """Each token's head (an index), dependency label, lemma (as given and lower-cased), lower-case form, text, part
    of speech, tag, whether it is a stop word and whether it stands outside every named entity; its children and its
    sentence on request."""

    def __init__(self, doc: Doc):
        rows = doc.to_array(_COLUMNS)
        count = len(doc)
        self.head: list[int] = (rows[:, 0].astype(numpy.int64) + numpy.arange(count)).tolist()  # HEAD: an offset
        columns = rows[:, 1:].T.tolist()
        strings = doc.vocab.strings
        self.dep, self.lemma, self.lower, self.text, self.pos, self.tag = (_names(column, strings) for column in columns[:6])
        self.lemma_lower = [lemma.lower() for lemma in self.lemma]
        self.is_stop = [bool(flag) for flag in columns[6]]
        self.outside_entity = [iob == _OUTSIDE for iob in columns[7]]
        self._sentence_starts = sentence_starts(doc)
        self._children: list[list[int]] | None = None
        self._length = count
        self.doc = doc  # the parse the columns were read off, for the tokens they point at

    def indices_with(self, column: str, words: Iterable[str]) -> list[int]:
        """The positions of the tokens whose string in ``column`` (``text``, ``lower``, ``lemma``, ``lemma_lower``...)
        is one of ``words``."""
        wanted = words if isinstance(words, (set, frozenset)) else set(words)
        if not wanted:
            return []
        return [i for i, word in enumerate(getattr(self, column)) if word in wanted]

    def tokens_with(self, column: str, words: Iterable[str]) -> list[Token]:
        """The tokens of :meth:`indices_with`: only they become Python objects."""
        doc = self.doc
        return [doc[i] for i in self.indices_with(column, words)]

    def children(self, i: int) -> list[int]:
        """The indices of the token's syntactic children, in order (as ``token.children`` gives them)."""
        if self._children is None:
            self._children = [[] for _ in range(self._length)]
            for child, head in enumerate(self.head):
                if child != head:
                    self._children[head].append(child)
        return self._children[i]

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The start and end of the sentence that holds token ``i`` (those of ``doc[i].sent``)."""
        return _sentence_bounds(self._sentence_starts, self._length, i)


def _sentence_bounds(starts: list[int], length: int, i: int) -> tuple[int, int]:
    """The start and end of the sentence that holds token ``i``, given the sentence starts of a document of
    ``length`` tokens."""
    position = bisect_right(starts, i)
    return starts[position - 1], starts[position] if position < len(starts) else length


def remember_sentences(doc: Doc) -> None:
    """Have ``token.sent`` and ``span.sent`` of this document find their sentence (the one that holds the token,
    or the span's first token) among its sentence starts, read once: spaCy scans the whole document on every
    call. The spans are those spaCy gives; the hooks hold no reference to the document."""
    starts = sentence_starts(doc)
    length = len(doc)

    def sentence(doc: Doc, i: int) -> Span:
        return Span(doc, *_sentence_bounds(starts, length, i))

    doc.user_token_hooks["sent"] = lambda token: sentence(token.doc, token.i)
    doc.user_span_hooks["sent"] = lambda span: sentence(span.doc, span.start)
