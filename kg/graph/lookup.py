"""Finding the entity a user names (``kg query --param country=Sudan``, ``kg viz --focus RSF``): by its IRI,
its key (``country/SDN``, or its end: ``SDN``), its label, its ISO code, or one of the names the articles call
it by (``skos:altLabel``: "RSF" for the Rapid Support Forces), in any case. A name that fits no entity, or
fits several equally well, is an :class:`~kg.errors.EntityNotFoundError` that lists the closest names or the
entities it could mean.

>>> names = [Name(RESOURCE + "organization/rapid-support-forces", "Rapid Support Forces", LABEL),
...          Name(RESOURCE + "organization/rapid-support-forces", "RSF", ALIAS),
...          Name(RESOURCE + "country/SDN", "Sudan", LABEL), Name(RESOURCE + "country/SDN", "SDN", CODE)]
>>> find_entity("rsf", names)
'https://w3id.org/conflict-kg/resource/organization/rapid-support-forces'
>>> find_entity("country/sdn", names) == find_entity("SDN", names) == find_entity("Sudan", names)
True
>>> find_entity("Sudn", names)
Traceback (most recent call last):
...
kg.errors.EntityNotFoundError: [E012] no entity called 'Sudn' in the graph (did you mean Sudan?)
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import NamedTuple

from ..errors import EntityNotFoundError
from .namespace import RESOURCE, key_of
from .protocol import Graph

__all__ = ["ALIAS", "CODE", "LABEL", "Name", "find_entity", "graph_names"]

LABEL, CODE, ALIAS = 0, 1, 2
"""How a name belongs to its entity, best first: its label, its ISO code, another name the articles use."""

_NAMES = f"""
SELECT DISTINCT ?entity ?name ?rank WHERE {{
  {{ ?entity rdfs:label ?name BIND({LABEL} AS ?rank) }}
  UNION {{ ?entity ckg:isoAlpha3|ckg:isoAlpha2 ?name BIND({CODE} AS ?rank) }}
  UNION {{ ?entity skos:altLabel ?name BIND({ALIAS} AS ?rank) }}
  FILTER(STRSTARTS(STR(?entity), "{RESOURCE}"))
}}"""


class Name(NamedTuple):
    """One name of an entity, and how it belongs to it (:data:`LABEL`, :data:`CODE` or :data:`ALIAS`)."""

    entity: str
    text: str
    rank: int


def graph_names(graph: Graph) -> list[Name]:
    """Every name of every entity in a graph: labels, ISO codes and the names the articles use."""
    from .query import select

    return [Name(row["entity"], row["name"], int(row["rank"])) for row in select(graph, _NAMES)]


def find_entity(wanted: str, names: Iterable[Name]) -> str:
    """The IRI of the one entity ``wanted`` names (see the module's description), or an
    :class:`~kg.errors.EntityNotFoundError`."""
    names = list(names)
    iri = wanted.strip().removeprefix("<").removesuffix(">")
    if iri.startswith("ckr:"):
        iri = RESOURCE + iri[len("ckr:"):]
    folded = iri.casefold()
    entities = {name.entity for name in names}
    by_key = sorted(entity for entity in entities
                    if entity == iri or (key := key_of(entity).casefold()) == folded or key.endswith("/" + folded))
    by_name: dict[int, set[str]] = {}
    for name in names:
        if name.text.casefold() == folded:
            by_name.setdefault(name.rank, set()).add(name.entity)
    for found in (by_key, *(sorted(by_name[rank]) for rank in sorted(by_name))):
        if len(found) == 1:
            return found[0]
        if found:
            labels = {name.entity: name.text for name in names if name.rank == LABEL}
            choices = ", ".join(f"{labels.get(entity, key_of(entity))} ({key_of(entity)})" for entity in found)
            raise EntityNotFoundError(f"'{wanted}' could be any of {choices}: give one of these keys instead")
    entity_of = {name.text.casefold(): name for name in sorted(names, key=lambda name: -name.rank)}
    close: dict[str, str] = {}  # one name per entity, the closest
    for text in difflib.get_close_matches(wanted.strip().casefold(), entity_of, n=12, cutoff=0.6):
        close.setdefault(entity_of[text].entity, entity_of[text].text)
    close = list(close.values())[:3]
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise EntityNotFoundError(f"no entity called '{wanted}' in the graph{hint}")
