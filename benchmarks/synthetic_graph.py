"""A synthetic graph shaped like conflict-kg's output, for the store benchmark.

Articles mention countries from the gazetteer and made-up people and organizations; each states events of
all ten types, offices and memberships, written with the project's own RDF writer (kg.graph.rdf), so the
triples have the real shape: one named graph per article, event nodes with evidence, shortcut edges.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from kg.model import Article, Entity, EntityType, Event, EventType, Evidence, Extraction, Membership, OfficeHolding

_COUNTRIES = ["AFG", "ARM", "AZE", "BLR", "CHN", "COD", "EGY", "ETH", "FRA", "GBR", "IND", "IRN", "ISR", "JPN", "KOR",
              "LBN", "MLI", "NER", "NGA", "PAK", "PRK", "QAT", "RUS", "SAU", "SDN", "SOM", "SYR", "TUR", "UKR", "USA",
              "VEN", "YEM", "COL", "CUB", "NOR", "KEN", "RWA", "TCD", "MOZ", "ZAF", "KAZ"]
_GIVEN = ["Amal", "Boris", "Chen", "Dina", "Emre", "Farah", "Goran", "Hana", "Ivan", "Jamal", "Kenji", "Lina"]
_FAMILY = ["Aziz", "Berg", "Costa", "Dlamini", "Ekwueme", "Farouk", "Gupta", "Haddad", "Ivanova", "Jensen"]
_ROLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Spokesperson", "Envoy"]
_SENTENCE = ("{a} and {b} were named in a report on {n} events that officials described on {day} as part of a "
             "wider pattern across the region.")


def _entity(key: str, kind: EntityType, name: str) -> Entity:
    return Entity(key, kind, name, {name.split()[-1]} if kind == EntityType.PERSON else set())


def extractions(count: int, seed: int = 7) -> Iterator[Extraction]:
    """``count`` articles of about 115 triples each (so 9,000 articles make about a million triples)."""
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    people = [f"{g} {f}" for g in _GIVEN for f in _FAMILY]
    organizations = [f"{w} Front {i}" for i, w in enumerate(["Liberation", "Unity", "Defence", "Peace"] * 50)]
    for number in range(count):
        published = start + timedelta(days=rng.randrange(1800))
        countries = rng.sample(_COUNTRIES, 4)
        person = rng.choice(people)
        organization = rng.choice(organizations)
        entities = {f"country/{c}": _entity(f"country/{c}", EntityType.COUNTRY, c) for c in countries}
        person_key = "person/" + person.lower().replace(" ", "-")
        org_key = "organization/" + organization.lower().replace(" ", "-")
        place_key = f"location/region-{rng.randrange(300)}"
        entities[person_key] = _entity(person_key, EntityType.PERSON, person)
        entities[org_key] = _entity(org_key, EntityType.ORGANIZATION, organization)
        entities[place_key] = _entity(place_key, EntityType.LOCATION, place_key.split("/")[1].title())
        text = " ".join(_SENTENCE.format(a=countries[i % 4], b=organization, n=rng.randrange(99), day=published)
                        for i in range(6))
        sentences = [Evidence(text[i * 160:(i + 1) * 160], i * 160, (i + 1) * 160) for i in range(6)]
        events = []
        for i, kind in enumerate(rng.sample(list(EventType), 6)):
            actor, target = rng.sample(countries, 2)
            is_place = kind == EventType.DEPLOYMENT and rng.random() < 0.5
            events.append(Event(kind, f"country/{actor}", place_key if is_place else f"country/{target}",
                                sentences[i], kind.value.lower(), 0.85, published - timedelta(days=rng.randrange(5)),
                                target_is_place=is_place))
        offices = [OfficeHolding(person_key, f"country/{countries[0]}", rng.choice(_ROLES), sentences[0])]
        memberships = [Membership(f"country/{countries[1]}", org_key, sentences[1])]
        article = Article(f"synthetic-{number:07d}", text, f"Synthetic article {number}", published,
                          f"https://example.org/news/{number}", "Synthetic Wire")
        yield Extraction(article, entities, events, offices, memberships)
