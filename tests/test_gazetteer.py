"""kg.gazetteer: names, keys and roles of known entities; entity-ruler patterns."""

from __future__ import annotations

import pytest

from datetime import date

from kg.gazetteer import ROLE_LABELS, Gazetteer, Term
from kg.model import EntityType

# -- a small gazetteer built from data written here: the lookup rules ------------------------------
COUNTRIES = [
    {"name": "Chile", "iso2": "CL", "iso3": "CHL", "aliases": ["Republic of Chile"], "demonyms": ["Chilean", "Chileans"],
     "geonameid": 3895114},
    {"name": "Côte d'Ivoire", "iso2": "CI", "iso3": "CIV", "aliases": ["Ivory Coast"], "demonyms": ["Ivorian"]},
    {"name": "United States", "iso2": "US", "iso3": "USA", "aliases": ["US", "U.S."], "demonyms": ["American"],
     "metonyms": ["Washington", "White House"]},
]
ORGANIZATIONS = [{"name": "Andean Fisheries Council", "aliases": ["AFC"]}]
REGIONS = [{"name": "Atacama Desert", "country": "CHL", "aliases": ["Atacama"]}]
CITIES = {
    "countries": {"CL": {"iso": "CL", "capital": "Santiago"}, "CI": {"iso": "CI", "capital": "Yamoussoukro"}},
    "cities": {
        "1": {"geonameid": 1, "name": "Santiago", "countrycode": "CL", "population": 5_000_000,
              "latitude": -33.45694, "longitude": -70.64827},
        "2": {"geonameid": 2, "name": "Valparaíso", "countrycode": "CL", "population": 300_000,
              "latitude": -33.03932, "longitude": -71.62725},
        "3": {"geonameid": 3, "name": "Tinytown", "countrycode": "CL", "population": 900, "latitude": 0.0,
              "longitude": 0.0},
        "4": {"geonameid": 4, "name": "Abidjan", "countrycode": "CI", "population": 3_600_000,
              "latitude": 5.35444, "longitude": -4.00167},
        "5": {"geonameid": 5, "name": "Puerto Chile", "countrycode": "CL", "population": 40_000,
              "latitude": -30.0, "longitude": -71.0},
    },
}


PEOPLE = [
    {"name": "Ana Soto", "aliases": ["Soto"], "affiliation": "CHL", "affiliation_type": "country",
     "role": "Foreign Minister", "start": "2019-03", "end": "2022-02"},
    {"name": "Ana Soto", "aliases": ["Soto"], "affiliation": "Andean Fisheries Council",
     "affiliation_type": "organization", "role": "Secretary-General", "start": "2023"},
]


@pytest.fixture(scope="module")
def small() -> Gazetteer:
    return Gazetteer(COUNTRIES, ORGANIZATIONS, REGIONS, CITIES, PEOPLE)


def test_country_name_alias_demonym_metonym(small):
    assert (small.lookup("Chile").key, small.lookup("Chile").role) == ("country/CHL", "name")
    assert small.lookup("Republic of Chile").key == "country/CHL"
    assert (small.lookup("Chileans").key, small.lookup("Chileans").role) == ("country/CHL", "demonym")
    assert (small.lookup("White House").key, small.lookup("White House").role) == ("country/USA", "metonym")
    assert small.lookup("U.S.").key == "country/USA"


def test_country_entity_carries_codes(small):
    chile = small.entities["country/CHL"]
    assert (chile.type, chile.name, chile.iso2, chile.iso3, chile.geonames_id) == (
        EntityType.COUNTRY, "Chile", "CL", "CHL", 3895114)


def test_capital_names_its_country_and_cities_are_locations(small):
    assert (small.lookup("Santiago").key, small.lookup("Santiago").role) == ("country/CHL", "capital")
    # a capital missing from the city list still names its country
    assert small.lookup("Yamoussoukro").key == "country/CIV"
    valparaiso = small.lookup("Valparaiso")  # ASCII spelling of an accented city
    assert valparaiso is not None and valparaiso.role == "city"
    place = small.entities[valparaiso.key]
    assert (place.type, place.located_in, place.latitude, place.longitude) == (
        EntityType.LOCATION, "country/CHL", -33.03932, -71.62725)
    capital = small.entities["location/santiago"]  # the city, for where it is written as a place ("talks in Santiago")
    assert (capital.type, capital.located_in, capital.latitude) == (EntityType.LOCATION, "country/CHL", -33.45694)
    assert small.lookup("Tinytown") is None  # too small


def test_an_organization_seat_names_the_organization_and_stays_a_city():
    seated = Gazetteer(COUNTRIES, [{**ORGANIZATIONS[0], "seats": ["Valparaíso"]}], REGIONS, CITIES, PEOPLE)
    seat = seated.lookup("Valparaíso")
    assert (seat.key, seat.role) == ("organization/andean-fisheries-council", "capital")
    assert seated.entities["location/valparaiso"].type == EntityType.LOCATION  # where it is written as a place


def test_a_capital_spelt_without_its_accents_still_names_its_country():
    cities = {**CITIES, "countries": {**CITIES["countries"], "CL": {"iso": "CL", "capital": "Valparaiso"}}}
    accented = Gazetteer(COUNTRIES, ORGANIZATIONS, REGIONS, cities, PEOPLE)  # GeoNames writes "Bogota", "Bogotá"
    for text in ("Valparaíso", "Valparaiso"):
        assert (accented.lookup(text).key, accented.lookup(text).role) == ("country/CHL", "capital")
    assert accented.entities["location/valparaiso"].type == EntityType.LOCATION


def test_an_english_spelling_of_a_capital_names_the_state_and_its_geonames_city():
    spelt = [{**COUNTRIES[0], "capital_names": ["Santiago de Chile"]}, *COUNTRIES[1:]]
    gazetteer = Gazetteer(spelt, ORGANIZATIONS, REGIONS, CITIES, PEOPLE)
    found = gazetteer.lookup("Santiago de Chile")
    assert (found.key, found.role) == ("country/CHL", "capital")
    assert gazetteer.capital_cities["country/CHL"] == "location/santiago"
    assert Gazetteer(COUNTRIES, ORGANIZATIONS, REGIONS, CITIES, PEOPLE).lookup("Santiago de Chile") is None


def test_land_borders_are_read_from_the_geonames_neighbours_of_each_country():
    """A state borders those GeoNames lists as its neighbours and that the gazetteer knows, no other."""
    with_peru = [*COUNTRIES, {"name": "Peru", "iso2": "PE", "iso3": "PER", "demonyms": ["Peruvian"]}]
    listed = {"CL": {"iso": "CL", "neighbours": "PE,AR,BO"}, "PE": {"iso": "PE", "neighbours": "CL,EC"},
              "US": {"iso": "US", "neighbours": "CA,MX"}}
    gazetteer = Gazetteer(with_peru, ORGANIZATIONS, REGIONS, {**CITIES, "countries": listed}, PEOPLE)
    assert gazetteer.bordering("country/CHL", "country/PER") and gazetteer.bordering("country/PER", "country/CHL")
    assert not gazetteer.bordering("country/CHL", "country/USA")
    assert gazetteer.borders["country/CHL"] == {"country/PER"}  # Argentina and Bolivia are not in this gazetteer


def test_armed_forces_at_war_inside_their_state_are_told_from_the_day_the_war_began():
    forces = [{"name": "Chilean Coastal Army", "kind": "warring_military", "country": "CHL", "at_war_since": "2030-06"},
              {"name": "Ivorian Navy", "kind": "military", "country": "CIV"}]
    gazetteer = Gazetteer(COUNTRIES, forces, REGIONS, CITIES, PEOPLE)
    assert gazetteer.warring_military("country/CHL", date(2030, 6, 2)) == "organization/chilean-coastal-army"
    assert gazetteer.warring_military("country/CHL", None) == "organization/chilean-coastal-army"
    assert gazetteer.warring_military("country/CHL", date(2030, 5, 31)) is None
    assert gazetteer.warring_military("country/CIV", date(2031, 1, 1)) is None  # armed forces at war with no one


def test_lookup_skips_a_leading_the_and_spaces(small):
    assert small.lookup("the United States").key == "country/USA"
    assert small.lookup("The Andean Fisheries Council").key == "organization/andean-fisheries-council"
    assert small.lookup("  Ivory Coast ").key == "country/CIV"
    assert small.lookup("Cote dIvoire").key == "country/CIV"  # the ASCII spelling


def test_organization_names_are_case_insensitive_but_acronyms_are_not(small):
    assert small.lookup("ANDEAN FISHERIES COUNCIL").key == "organization/andean-fisheries-council"
    assert small.lookup("andean fisheries council").key == "organization/andean-fisheries-council"
    assert small.lookup("AFC").key == "organization/andean-fisheries-council"
    assert small.lookup("afc") is None
    assert small.lookup("Afc") is None


def test_country_names_are_case_insensitive_but_acronyms_are_not(small):
    assert small.lookup("US").key == "country/USA"
    assert small.lookup("us") is None  # the pronoun is not the United States
    assert small.lookup("CHILE").key == "country/CHL"
    assert small.lookup("cote d'ivoire").key == "country/CIV"


def test_organization_and_region(small):
    org = small.lookup("Andean Fisheries Council")
    assert org.role == "organization"
    assert small.entities[org.key].type == EntityType.ORGANIZATION
    region = small.lookup("Atacama")
    assert region.role == "region"
    assert small.entities[region.key].type == EntityType.LOCATION
    assert small.entities[region.key].located_in == "country/CHL"


def test_unknown_name(small):
    assert small.lookup("Atlantis") is None
    assert small.lookup("") is None


def test_ruler_patterns_small(small):
    patterns = list(small.ruler_patterns())
    assert all(set(p) == {"label", "pattern", "id"} for p in patterns if p["label"] != "PERSON")
    by_text = {p["pattern"]: p for p in patterns}
    assert by_text["Ana Soto"] == {"label": "PERSON", "pattern": "Ana Soto"}  # the actor dictionary's people
    assert by_text["Soto"] == {"label": "PERSON", "pattern": "Soto"}
    assert by_text["Santiago"] == {"label": "GPE", "pattern": "Santiago", "id": "country/CHL#capital"}
    assert by_text["Chileans"]["label"] == "NORP"
    assert by_text["AFC"]["label"] == "ORG"
    assert by_text["Atacama"]["label"] == "LOC"
    assert by_text["Abidjan"]["label"] == "GPE"  # a big city is in the ruler
    assert "Valparaíso" not in by_text  # a small city is left to the NER
    assert by_text["Puerto Chile"]["id"] == "location/puerto-chile#city"  # ... unless it holds a country's name


# -- the shipped gazetteer -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def test_default_is_cached(gaz):
    assert Gazetteer.default() is gaz


@pytest.mark.parametrize(
    ("name", "key", "role"),
    [
        ("France", "country/FRA", "name"),
        ("Armenia", "country/ARM", "name"),
        ("Türkiye", "country/TUR", "name"),
        ("U.S.", "country/USA", "name"),
        ("UK", "country/GBR", "name"),
        ("Paris", "country/FRA", "capital"),
        ("Ankara", "country/TUR", "capital"),
        ("Yerevan", "country/ARM", "capital"),
        ("Kyiv", "country/UKR", "capital"),
        ("French", "country/FRA", "demonym"),
        ("Russians", "country/RUS", "demonym"),
    ],
)
def test_default_countries(gaz, name, key, role):
    found = gaz.lookup(name)
    assert found is not None, name
    assert (found.key, found.role) == (key, role)


def test_default_country_codes(gaz):
    armenia = gaz.entities["country/ARM"]
    assert (armenia.type, armenia.iso2, armenia.iso3, armenia.name) == (EntityType.COUNTRY, "AM", "ARM", "Armenia")


def test_default_dependent_territories_are_places_and_states_countries(gaz):
    assert gaz.entities["country/HKG"].type == EntityType.LOCATION
    assert gaz.entities["country/ESH"].type == EntityType.LOCATION
    assert gaz.entities["country/TWN"].type == EntityType.COUNTRY


@pytest.mark.parametrize("key", ["country/ATA", "country/COK", "country/NIU"])
def test_territories_iso_lists_as_not_independent_are_places(gaz, key):
    assert gaz.entities[key].type == EntityType.LOCATION


@pytest.mark.parametrize("acronym", ["NATO", "ICRC", "CSTO"])
def test_default_organization_acronyms(gaz, acronym):
    found = gaz.lookup(acronym)
    assert found is not None, acronym
    assert found.role == "organization"
    assert gaz.entities[found.key].type == EntityType.ORGANIZATION


def test_default_acronym_and_full_name_are_one_entity(gaz):
    assert gaz.lookup("ICRC").key == gaz.lookup("International Committee of the Red Cross").key
    assert gaz.lookup("CSTO").key == gaz.lookup("Collective Security Treaty Organization").key


def test_default_region(gaz):
    found = gaz.lookup("Nagorno-Karabakh")
    assert found is not None and found.role == "region"
    assert gaz.entities[found.key].type == EntityType.LOCATION


def test_default_ruler_patterns(gaz):
    patterns = list(gaz.ruler_patterns())
    assert len(patterns) > 1000
    labels = set(ROLE_LABELS.values())
    people = [p for p in patterns if p["label"] == "PERSON"]
    assert people and all(set(p) == {"label", "pattern"} and gaz.terms(p["pattern"]) for p in people)
    for pattern in (p for p in patterns if p["label"] != "PERSON"):
        assert set(pattern) == {"label", "pattern", "id"}
        assert pattern["label"] in labels
        key, _, role = pattern["id"].partition("#")
        assert key in gaz.entities and role in ROLE_LABELS
        assert isinstance(pattern["pattern"], str) and pattern["pattern"].strip()
    ids = {p["pattern"]: p.get("id") for p in patterns}
    assert ids["Yerevan"] == "country/ARM#capital"


@pytest.mark.slow
def test_shipped_gazetteer_files_pass_their_checker():
    """The data files are valid and equal to what scripts/build_gazetteer.py generates from pycountry."""
    import subprocess
    import sys

    from conftest import REPO

    result = subprocess.run([sys.executable, str(REPO / "scripts" / "check_gazetteer.py")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "differs from the output" not in result.stdout


# -- the actor dictionary: who held which office when ----------------------------------------------
def test_terms_of_a_person_on_a_day(small):
    assert [(t.affiliation, t.role) for t in small.terms("Ana Soto", date(2020, 6, 1))] == [
        ("country/CHL", "Foreign Minister")]
    assert [t.affiliation for t in small.terms("soto", date(2024, 1, 9))] == ["organization/andean-fisheries-council"]
    assert small.terms("Ana Soto", date(2022, 11, 1)) == []  # between the two terms
    assert len(small.terms("Ana Soto")) == 2  # no day: every term
    assert small.terms("Beto Soto") == []


def test_a_term_covers_its_first_and_last_month():
    term = Term("Ana Soto", "country/CHL", "Foreign Minister", "2019-03", "2022-02")
    assert term.covers(date(2019, 3, 1)) and term.covers(date(2022, 2, 28))
    assert not term.covers(date(2019, 2, 28)) and not term.covers(date(2022, 3, 1))
    assert Term("Ana Soto", "country/CHL", "President", "2023").covers(date(2031, 1, 1))  # still in office


def test_a_listed_place_takes_a_shared_name_from_a_world_city_which_keeps_its_city_name():
    cities = {**CITIES, "cities": {**CITIES["cities"], "6": {
        "geonameid": 6, "name": "Atacama", "countrycode": "CL", "population": 200_000, "latitude": 0.0, "longitude": 0.0}}}
    shared = Gazetteer(COUNTRIES, ORGANIZATIONS, REGIONS, cities, PEOPLE)
    assert (shared.lookup("Atacama").key, shared.lookup("Atacama").role) == ("location/atacama-desert", "region")
    assert (shared.lookup("Atacama City").key, shared.lookup("Atacama City").role) == ("location/atacama", "city")
    assert shared.lookup("Valparaíso").key == "location/valparaiso"  # a city no list names otherwise stays


def test_gaza_alone_is_the_strip_and_gaza_city_the_city():
    gazetteer = Gazetteer.default()
    assert gazetteer.lookup("Gaza").key == "location/gaza-strip"
    assert gazetteer.lookup("Gaza City").key == "location/gaza"


def test_a_known_person_named_like_a_small_town_is_in_the_ruler_as_a_person():
    patterns = list(Gazetteer.default().ruler_patterns())
    assert {"label": "PERSON", "pattern": "Rubio"} in patterns
    assert not any(p["pattern"] == "Moscow" and p["label"] == "PERSON" for p in patterns)


def test_a_state_that_ended_is_gone_only_after_its_last_month():
    ended = [*COUNTRIES, {"id": "SUN", "iso3": "SUN", "iso2": "SU", "name": "Soviet Union", "aliases": ["USSR"],
                          "demonyms": ["Soviet"], "metonyms": [], "geonameid": None, "ended": "1991-12"}]
    gazetteer = Gazetteer(ended, ORGANIZATIONS, REGIONS, CITIES, PEOPLE)
    assert gazetteer.lookup("USSR").key == "country/SUN"
    assert gazetteer.ended_before("country/SUN", date(1992, 1, 1))
    assert not gazetteer.ended_before("country/SUN", date(1991, 12, 31))
    assert not gazetteer.ended_before("country/SUN", None)
    assert not gazetteer.ended_before("country/CHL", date(2030, 1, 1))  # a state that still exists


def test_the_shipped_gazetteer_knows_dissolved_states_without_taking_current_names():
    shipped = Gazetteer.load()
    for text, key in [("Yugoslav", "country/YUG"), ("East Germans", "country/DDR"), ("Czechoslovakia", "country/CSK"),
                      ("Zairean", "country/ZAR"), ("Burma", "country/MMR"), ("East Timor", "country/TLS"),
                      ("Serbia and Montenegro", "country/SCG"), ("Serbia", "country/SRB")]:
        assert shipped.lookup(text).key == key, text


def test_the_checker_takes_a_state_that_ended_only_with_its_iso_3166_3_codes():
    import importlib.util

    from conftest import REPO

    spec = importlib.util.spec_from_file_location("check_gazetteer", REPO / "scripts" / "check_gazetteer.py")
    checker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(checker)
    state = {"id": "DDR", "iso3": "DDR", "iso2": "DD", "geonameid": None, "ended": "1990-10"}
    for entry, errors in [(state, 0), ({**state, "id": "FRA", "iso3": "FRA", "iso2": "FR"}, 1),
                          ({**state, "iso2": "DE", "ended": "1990"}, 2)]:
        report = checker.Report(quiet=True)
        checker.check_historic(entry, report)
        assert len(report.errors) == errors, report.errors


@pytest.mark.parametrize(
    ("name", "day", "affiliation", "role"),
    [
        ("Yeltsin", date(1996, 8, 1), "country/RUS", "President"),
        ("Kofi Annan", date(2004, 3, 1), "organization/united-nations", "Secretary-General"),
        ("Li Peng", date(1994, 5, 1), "country/CHN", "Premier"),
        ("Mohamed Morsi", date(2013, 1, 1), "country/EGY", "President"),
        ("Abacha", date(1995, 11, 10), "country/NGA", "Head of State"),
        ("Mengistu", date(1984, 6, 1), "country/ETH", "Chairman of the Derg"),
        ("Savimbi", date(1992, 10, 1), "organization/unita", "leader"),
        ("Najibullah", date(1989, 2, 15), "country/AFG", "President"),
        ("Raul Alfonsin", date(1985, 4, 1), "country/ARG", "President"),
        ("Pol Pot", date(1985, 1, 1), "organization/khmer-rouge", "leader"),
    ],
)
def test_the_shipped_actor_dictionary_reaches_back_before_2015(gaz, name, day, affiliation, role):
    assert (affiliation, role) in [(t.affiliation, t.role) for t in gaz.terms(gaz.person_name(name) or name, day)]


def test_a_pre_2015_leader_acts_for_no_one_outside_the_term(gaz):
    assert gaz.terms("Jacques Chirac", date(2009, 6, 1)) == []  # retired two years earlier
    assert gaz.terms("Mohamed Morsi", date(2014, 1, 1)) == []  # deposed in July 2013


def test_a_cold_war_leader_holds_no_office_after_his_fall(gaz):
    assert gaz.terms("Sani Abacha") and gaz.terms("Sani Abacha", date(1998, 7, 1)) == []  # died in June 1998
    assert gaz.terms(gaz.person_name("Noriega"), date(1991, 1, 1)) == []  # ousted in December 1989


@pytest.mark.parametrize("name", [
    "Orange Democratic Movement", "ODM", "Nepali Congress", "VMRO-DPMNE", "Transitional Federal Government",
    "State Peace and Development Council", "Zimbabwe Defence Forces",
])
def test_the_shipped_gazetteer_knows_the_parties_and_governing_councils_of_states_in_the_news(gaz, name):
    found = gaz.lookup(name)
    assert found is not None and gaz.entities[found.key].type == EntityType.ORGANIZATION, name


def test_a_party_acronym_that_is_an_ordinary_word_is_left_out(gaz):
    assert gaz.lookup("mud") is None and gaz.lookup("MUD") is None



@pytest.mark.parametrize(("acronym", "name"), [
    ("LURD", "Liberians United for Reconciliation and Democracy"),
    ("MODEL", "Movement for Democracy in Liberia"),
    ("GAM", "Free Aceh Movement"),
    ("EZLN", "Zapatista Army of National Liberation"),
    ("NSCN", "National Socialist Council of Nagaland"),
    ("FLNKS", "Kanak and Socialist National Liberation Front"),
])
def test_the_shipped_gazetteer_knows_armed_movements_of_past_wars_by_acronym_and_name(gaz, acronym, name):
    found = gaz.lookup(acronym)
    assert found is not None and gaz.entities[found.key].type == EntityType.ORGANIZATION, acronym
    assert found.key == gaz.lookup(name).key
    assert gaz.lookup(acronym.lower()) is None  # the acronym written as a word ("model") names nothing


def test_a_one_word_force_name_is_also_read_in_lower_case_but_a_phrase_is_not(gaz):
    patterns = {p["pattern"]: p.get("id") for p in gaz.ruler_patterns()}
    assert patterns["janjaweed"] == patterns["Janjaweed"]
    assert patterns["peshmerga"] == patterns["Peshmerga"]
    assert "southern movement" not in patterns and "Southern Movement" in patterns
    assert "model" not in patterns  # an all-capitals acronym keeps its case
