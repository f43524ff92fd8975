"""Entity descriptions kept in step with the articles of a store.

``ckr:graph/entities`` holds one description (type, one ``rdfs:label`` and the same ``skos:prefLabel``,
identifiers) of every entity an article mentions, and of every country a described place lies in. Descriptions
come from the :class:`kg.model.Entity` objects of the extractions: a known entity (``Entity.known``) is
labelled with its name, any other with the canonical one of all the names the articles give it. When articles
are taken out or loaded from a file, the descriptions are worked out again from the store alone: an entity
keeps its identifiers, and its label while some article still uses that name (a known entity's name is among
the names of every article that mentions it); an entity no article mentions keeps its description only while a
described place lies in it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

import pyoxigraph as ox

from ..faults import reached
from ..model import Entity, EntityType
from .namespace import ENTITY_GRAPH, ckg, entity_iri, geo, key_of, rdf, rdfs, skos
from .rdf import entity_description

__all__ = ["Changes", "Descriptions", "canonical_name"]

_ENTITY_GRAPH = ox.NamedNode(ENTITY_GRAPH)
_ALT_LABEL = ox.NamedNode(skos.altLabel)
_LABEL = ox.NamedNode(rdfs.label)
_NAMES = (_LABEL, ox.NamedNode(skos.prefLabel))  # the label, written twice (rdf.entity_description)
_TYPE = ox.NamedNode(rdf.type)
_LOCATED_IN = ox.NamedNode(ckg.locatedIn)
_ISO2, _ISO3, _GEONAMES_ID = (ox.NamedNode(ckg.isoAlpha2), ox.NamedNode(ckg.isoAlpha3), ox.NamedNode(ckg.geonamesId))
_LAT, _LONG = ox.NamedNode(geo.lat), ox.NamedNode(geo.long)
_ENTITY_TYPES = {ckg[entity_type.value]: entity_type for entity_type in EntityType}
_LABELS_KEPT = 32_768  # the memo's bounds: benchmarks/memory_results.md
_LABELS_KEPT_ALL = 262_144


def canonical_name(names: Iterable[str]) -> str:
    """The name an entity is labelled with, whatever order articles came in: the longest, then first."""
    return min(names, key=lambda n: (-len(n), n))


class Descriptions:
    """The entity graph of ``store``. It must change only through this object (a write made otherwise is
    followed by :meth:`forget`); ``empty`` says that the store holds nothing yet."""

    def __init__(self, store: ox.Store, *, empty: bool):
        self.store = store
        self.memo = _Memo(_LABELS_KEPT, complete=empty, complete_size=_LABELS_KEPT_ALL)

    def forget(self) -> None:
        """Forget what is known of the stored descriptions (after a write that did not go through here)."""
        self.memo.forget()

    def all(self) -> set[ox.Quad]:
        """Every statement of the entity graph."""
        return set(self.store.quads_for_pattern(None, None, None, _ENTITY_GRAPH))

    def for_added(self, entities: Iterable[Entity]) -> Changes:
        """The changes that describe these entities of articles that were only added, none taken out: each
        is mentioned, and an entity not known is labelled with the canonical one of its stored label and its
        new names, so the articles need not be searched."""
        merged: dict[str, tuple[Entity, set[str]]] = {}
        for entity in entities:
            _, names = merged.setdefault(entity.key, (entity, set()))
            names.update(entity.alt_names, (entity.name,))
        changes = Changes(self.store, self.memo)
        for entity, names in merged.values():
            node = ox.NamedNode(entity_iri(entity.key))
            label = entity.name if entity.known else canonical_name(names | changes.labels_of(node))
            changes.describe(node, entity_description(entity, label))
        return changes

    def refresh(self, keys: set[str], entities: dict[str, Entity]) -> None:
        """Bring the descriptions of these entities (and of the countries their places lie in) in step with
        what the articles now say, after article graphs were dropped, replaced or loaded. ``entities`` are the
        entities of newly added extractions, described as they say (a related entity no article names too);
        the others as the store describes them, with the label the names still in the articles call for."""
        changes = Changes(self.store, self.memo)
        current = {key: changes.stored(ox.NamedNode(entity_iri(key))) for key in keys | set(entities)}
        containers = {key_of(quad.object.value) for statements in current.values() for quad in statements
                      if quad.predicate == _LOCATED_IN} - {""}
        current |= {key: changes.stored(ox.NamedNode(entity_iri(key))) for key in containers - set(current)}
        unmentioned: list[ox.NamedNode] = []
        for key, stored in sorted(current.items()):
            node, given = ox.NamedNode(entity_iri(key)), entities.get(key)
            names = {q.object.value for q in self.store.quads_for_pattern(node, _ALT_LABEL, None, None)
                     if q.graph_name != _ENTITY_GRAPH}
            if given is not None:
                label = given.name if given.known or not names else canonical_name(names)
                changes.describe(node, entity_description(given, label), stored)
            elif names and (entity := self._stored_entity(key, stored)) is not None:
                # a known entity's name is among the names, and an unknown one's label while its article stays
                label = canonical_name(({q.object.value for q in stored if q.predicate == _LABEL} & names) or names)
                changes.describe(node, entity_description(entity, label), stored)
            else:
                unmentioned.append(node)
        changes.apply()
        # what no article mentions stays described only while a described place lies in it (places go first)
        pointed_at = [node for node in unmentioned if self._has_places(node)]
        for node in unmentioned:
            if node not in pointed_at:
                changes.describe(node, ())
        changes.apply()
        for node in pointed_at:
            if not self._has_places(node):
                changes.describe(node, ())
        changes.apply()

    def _has_places(self, node: ox.NamedNode) -> bool:
        return any(self.store.quads_for_pattern(None, _LOCATED_IN, node, _ENTITY_GRAPH))

    def _stored_entity(self, key: str, stored: set[ox.Quad]) -> Entity | None:
        """The entity as its stored description has it (its type from the articles when the description has
        none); None for an entity of no known type."""
        values = {quad.predicate: quad.object.value for quad in stored}
        entity_type = _ENTITY_TYPES.get(values.get(_TYPE, ""))
        if entity_type is None:
            types = self.store.quads_for_pattern(ox.NamedNode(entity_iri(key)), _TYPE, None, None)
            entity_type = next((_ENTITY_TYPES[q.object.value] for q in types if q.object.value in _ENTITY_TYPES), None)
        if entity_type is None:
            return None
        geonames_id = values.get(_GEONAMES_ID)
        return Entity(key, entity_type, values.get(_LABEL, ""), iso2=values.get(_ISO2), iso3=values.get(_ISO3),
                      geonames_id=int(geonames_id) if geonames_id and geonames_id.isdigit() else None,
                      located_in=key_of(values[_LOCATED_IN]) or None if _LOCATED_IN in values else None,
                      latitude=_number(values.get(_LAT)), longitude=_number(values.get(_LONG)))


def _number(text: str | None) -> float | None:
    try:
        return float(text) if text is not None else None
    except ValueError:
        return None


class Changes:
    """Differences to the entity graph, collected and then written together."""

    def __init__(self, store: ox.Store, memo: _Memo):
        self.store = store
        self.memo = memo
        self.removed: list[ox.Quad] = []
        self.added: list[ox.Quad] = []
        self.described: dict[str, tuple[ox.Quad, ...]] = {}

    def labels_of(self, node: ox.NamedNode) -> set[str]:
        """The entity's labels in the entity graph now."""
        label = self.memo.label(node.value)
        if label is not None:
            return {label}
        return {quad.object.value for quad in self._stored(node, known=False) if quad.predicate == _LABEL}

    def stored(self, node: ox.NamedNode) -> set[ox.Quad]:
        """The entity's statements in the entity graph now."""
        return self._stored(node, known=self.memo.label(node.value) is not None)

    def describe(self, node: ox.NamedNode, description: Iterable[ox.Quad], current: set[ox.Quad] | None = None) -> None:
        """Make ``description`` the entity's statements in the entity graph (``current``: what it holds now,
        if the caller has read it)."""
        wanted = tuple(description)
        known = self.memo.holds(node.value, wanted)
        if known is True:
            return  # the store holds this description already
        if current is None:
            current = self._stored(node, known=known is not None)
        self.removed.extend(current - set(wanted))
        self.added.extend(set(wanted) - current)
        self.described[node.value] = wanted

    def _stored(self, node: ox.NamedNode, *, known: bool) -> set[ox.Quad]:
        """The entity's statements in the entity graph, read unless the memo tells that there are none
        (``known``: the memo has this entity)."""
        if not known and self.memo.complete:
            return set()
        return set(self.store.quads_for_pattern(node, None, None, _ENTITY_GRAPH))

    def apply(self) -> None:
        try:
            for quad in self.removed:
                self.store.remove(quad)
            reached("labels-removed")
            self.store.extend(self.added)
        except BaseException:
            self.memo.forget()  # the write may have happened in part
            raise
        self.memo.update(self.described)
        self.removed, self.added, self.described = [], [], {}


class _Memo:
    """What the store's descriptions are, so that describing an entity again reads nothing: the label of each
    described entity, and of those with identifiers a fingerprint of the whole description. Reads decode the
    terms they return and load RocksDB's index and cache blocks, which pyoxigraph does not let us bound.

    Of a store opened empty this holds every described entity (``complete``: one not held is not described,
    so a new entity needs no read either) up to ``complete_size``; otherwise, the ``size`` last described."""

    def __init__(self, size: int, *, complete: bool, complete_size: int):
        self.size, self.complete_size = size, complete_size
        self.complete = complete
        self.labels: OrderedDict[str, str] = OrderedDict()
        self.fingerprints: dict[str, int] = {}  # of descriptions with more than a type and a label

    def label(self, iri: str) -> str | None:
        label = self.labels.get(iri)
        if label is not None:
            self.labels.move_to_end(iri)
        return label

    def holds(self, iri: str, description: tuple[ox.Quad, ...]) -> bool | None:
        """Whether the store holds exactly this description of the entity; None if the memo cannot tell."""
        label = self.label(iri)
        if label is None:
            return None
        return label == _label_of(description) and self.fingerprints.get(iri) == _fingerprint(description)

    def update(self, described: dict[str, tuple[ox.Quad, ...]]) -> None:
        for iri, description in described.items():
            label = _label_of(description)
            if label is None:
                self.labels.pop(iri, None)
                self.fingerprints.pop(iri, None)
                continue
            self.labels[iri] = label
            self.labels.move_to_end(iri)
            fingerprint = _fingerprint(description)
            if fingerprint is None:
                self.fingerprints.pop(iri, None)
            else:
                self.fingerprints[iri] = fingerprint
        if len(self.labels) > (self.complete_size if self.complete else self.size):
            self.complete = False
            while len(self.labels) > self.size:
                self.fingerprints.pop(self.labels.popitem(last=False)[0], None)

    def forget(self) -> None:
        self.labels.clear()
        self.fingerprints.clear()
        self.complete = False


def _label_of(description: tuple[ox.Quad, ...]) -> str | None:
    return next((quad.object.value for quad in description if quad.predicate == _LABEL), None)


def _fingerprint(description: tuple[ox.Quad, ...]) -> int | None:
    """What, besides its label, makes a description (None for a plain type and label)."""
    if len(description) <= 2:
        return None
    return hash(frozenset(quad for quad in description if quad.predicate not in _NAMES))
