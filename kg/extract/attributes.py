"""The token attributes that spaCy's rule components set after the parse (part of speech, morphology,
lemmas), set as those components set them but decided once per kind of token.

spaCy's ruler runs a :class:`~spacy.matcher.Matcher` over every document, and its set predicates (``IN``,
``NOT_IN``, ``REGEX``) call Python for every token and pattern: about a sixth of the parse's time. A rule of
the small English pipelines reads only a token's tag, lower-case form, dependency label and whether it is white
space. :class:`AttributeRules` answers each check of a rule once per value of the attribute it reads (a word's
answers are a bit mask), and decides which rules hold once per combination of the four masks. The result is the
ruler's (later rules win, every rule matched against the tokens as the parser left them); a pipeline whose
rules read anything else keeps spaCy's ruler (:meth:`AttributeRules.supports`).

spaCy's lemmatizer goes through the document token by token, though its answer depends only on a token's
form, part of speech and morphology: :class:`RememberedLemmas` asks it once per combination and sets a
document's lemmas in one step.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs
from spacy.vocab import Vocab

__all__ = ["AttributeRules", "RememberedLemmas"]

KEY_ATTRIBUTES = ("TAG", "LOWER", "DEP", "IS_SPACE")
PREDICATES = ("IN", "NOT_IN", "REGEX")
MAX_REMEMBERED_VALUES = 1 << 17  # answers kept (one per word and attribute, or per lemma key) before starting afresh

Masks = tuple[int, ...]


def _check(strings: StringStore, value) -> Callable[[int], bool]:
    """A check of one attribute's value (a string's hash, or 0/1 for a flag) against one pattern value."""
    if isinstance(value, bool):
        return lambda actual: actual == int(value)
    if isinstance(value, str):
        wanted = strings.add(value) if value else 0
        return lambda actual: actual == wanted
    ((predicate, argument),) = value.items()
    if predicate == "REGEX":
        pattern = re.compile(argument)
        return lambda actual: bool(pattern.search(strings[actual]))
    members = {strings.add(member) if member else 0 for member in argument}
    return (lambda actual: actual in members) if predicate == "IN" else (lambda actual: actual not in members)


class _Attribute:
    """The checks that the rules make on one attribute, and each value's answers as a bit mask."""

    def __init__(self) -> None:
        self.checks: list[Callable[[int], bool]] = []
        self.answers: dict[int, int] = {}

    def add(self, check: Callable[[int], bool]) -> int:
        self.checks.append(check)
        return 1 << (len(self.checks) - 1)

    def mask(self, value: int) -> int:
        mask = self.answers.get(value)
        if mask is None:
            if len(self.answers) >= MAX_REMEMBERED_VALUES:
                self.answers.clear()
            mask = self.answers[value] = sum(1 << bit for bit, check in enumerate(self.checks) if check(value))
        return mask


class _Rule:
    """One rule: alternative patterns (each a sequence of tokens, each token the masks it needs per attribute),
    the attributes it sets and the index, within a match, of the token it sets them on."""

    def __init__(self, order: int, patterns: list[list[Masks]], attrs: dict, index: int) -> None:
        self.order, self.patterns, self.attrs, self.index = order, patterns, attrs, index


def _holds(needed: Masks, masks: Masks) -> bool:
    return all(have & need == need for have, need in zip(masks, needed))


class AttributeRules:
    """spaCy's attribute ruler with its rules' decisions remembered.

    ``patterns`` are the ruler's own (``AttributeRuler.patterns``); they must pass :meth:`supports`.
    """

    def __init__(self, vocab: Vocab, name: str, patterns: Sequence[dict]) -> None:
        self.name = name
        self._attributes = [_Attribute() for _ in KEY_ATTRIBUTES]
        self._key_ids = [TAG, LOWER, DEP, IS_SPACE]
        rules = [self._rule(vocab, order, rule) for order, rule in enumerate(patterns)]
        self._single = [(rule, pattern[0]) for rule in rules for pattern in rule.patterns if len(pattern) == 1]
        self._sequences = [(rule, pattern) for rule in rules for pattern in rule.patterns if len(pattern) > 1]
        self._settings: dict[Masks, dict] = {}
        self._starts: dict[Masks, bool] = {}
        self._keys: dict[tuple[int, int, int, int], Masks] = {}  # the masks of each token's values, by the values

    def _rule(self, vocab: Vocab, order: int, rule: dict) -> _Rule:
        patterns = []
        for pattern in rule["patterns"]:
            tokens = []
            for spec in pattern:
                needed = [0] * len(KEY_ATTRIBUTES)
                for attribute, value in spec.items():
                    position = KEY_ATTRIBUTES.index(attribute)
                    needed[position] |= self._attributes[position].add(_check(vocab.strings, value))
                tokens.append(tuple(needed))
            patterns.append(tokens)
        return _Rule(order, patterns, normalize_token_attrs(vocab, dict(rule["attrs"])), rule.get("index", 0))

    @staticmethod
    def supports(patterns: Iterable[dict]) -> bool:
        """Whether every rule reads only a token's tag, lower-case form, dependency and space flag, with plain
        values or the IN, NOT_IN and REGEX predicates, sets no extension attribute and uses no operator."""
        for rule in patterns:
            if "_" in rule["attrs"]:
                return False
            for pattern in rule["patterns"]:
                for spec in pattern:
                    for attribute, value in spec.items():
                        if attribute not in KEY_ATTRIBUTES:
                            return False
                        if isinstance(value, dict) and (len(value) != 1 or next(iter(value)) not in PREDICATES):
                            return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array(self._key_ids).tolist()
        found = list(map(self._keys.get, map(tuple, rows)))  # most tokens' values were seen: one lookup each in C
        if None in found:
            tags, lowers, deps, spaces = (attribute.mask for attribute in self._attributes)
            if len(self._keys) >= MAX_REMEMBERED_VALUES:
                self._keys.clear()
            for position, key in enumerate(found):
                if key is None:
                    t, w, d, s = row = rows[position]
                    found[position] = self._keys[tuple(row)] = (tags(t), lowers(w), deps(d), spaces(s))
        keys: list[Masks] = found
        sequence_matches = self._sequence_matches(keys)
        for position, key in enumerate(keys):
            settings = self._settings.get(key)
            if settings is None:
                settings = self._settings[key] = self._merged(self._single_matches(key))
            extra = sequence_matches.get(position)
            if extra:
                settings = self._merged([*self._single_matches(key), *extra])
            if settings:
                set_token_attrs(doc[position], settings)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def _single_matches(self, key: Masks) -> list[_Rule]:
        return [rule for rule, needed in self._single if _holds(needed, key)]

    def _sequence_matches(self, keys: list[Masks]) -> dict[int, list[_Rule]]:
        """The rules whose multi-token patterns match, by the position of the token each one sets."""
        matches: dict[int, list[_Rule]] = {}
        for start, key in enumerate(keys):
            begins = self._starts.get(key)
            if begins is None:
                begins = self._starts[key] = any(_holds(pattern[0], key) for _, pattern in self._sequences)
            if not begins:
                continue
            for rule, pattern in self._sequences:
                if start + len(pattern) <= len(keys) and all(
                    _holds(needed, keys[start + offset]) for offset, needed in enumerate(pattern)
                ):
                    target = rule.index if rule.index >= 0 else len(pattern) + rule.index
                    matches.setdefault(start + target, []).append(rule)
        return matches

    @staticmethod
    def _merged(rules: list[_Rule]) -> dict:
        """The attributes the rules set, a later rule's value winning (the ruler applies them in order)."""
        settings: dict = {}
        for rule in sorted(rules, key=lambda rule: rule.order):
            settings.update(rule.attrs)
        return settings


@Language.factory("ckg_attribute_rules", default_config={"patterns": []})
def make_attribute_rules(nlp: Language, name: str, patterns: list[dict]) -> AttributeRules:
    """The attribute rules ``patterns`` (those of a pipeline's ``attribute_ruler``), remembered per kind of token."""
    return AttributeRules(nlp.vocab, name, patterns)


class RememberedLemmas:
    """A spaCy lemmatizer (rule or lookup mode) asked once per form, part of speech and morphology."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lemmatizer: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], str] = {}

    @staticmethod
    def supports(component) -> bool:
        """Whether ``component`` is spaCy's lemmatizer in a mode that reads only those three attributes."""
        return isinstance(component, Lemmatizer) and component.mode in ("rule", "lookup")

    def use(self, lemmatizer: Lemmatizer) -> None:
        """Ask ``lemmatizer`` (which must pass :meth:`supports`)."""
        self.lemmatizer = lemmatizer

    def __call__(self, doc: Doc) -> Doc:
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        hashes: dict[str, int] = {}  # this document's lemma strings, added to its (possibly zoned) string store
        overwrite = self.lemmatizer.overwrite
        for position, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            text = self._lemmas.get(key)
            if text is None:
                if len(self._lemmas) >= MAX_REMEMBERED_VALUES:
                    self._lemmas.clear()
                text = self._lemmas[key] = self.lemmatizer.lemmatize(doc[position])[0]
            lemma_hash = hashes.get(text)
            if lemma_hash is None:
                lemma_hash = hashes[text] = doc.vocab.strings.add(text)
            lemmas[position] = lemma_hash
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("ckg_remembered_lemmas")
def make_remembered_lemmas(nlp: Language, name: str) -> RememberedLemmas:
    """A lemmatizer that remembers; give it the pipeline's own with :meth:`RememberedLemmas.use`."""
    return RememberedLemmas(name)
