"""The user's own gazetteer (``kg build --gazetteer my-actors.tsv``): names the shipped gazetteer lacks (a local
militia, a new envoy, an outlet's spelling of a known name), and names it must never read as an entity.

The file is UTF-8 and tab-separated, as the shipped sources are (``ontology/gazetteer/sources``): a header row
naming the columns, then one entry per row; ``#`` starts a comment line, blank lines are skipped, list cells
separate their items with ``|``. The columns:

- ``name`` and ``type`` (required): ``organization``, ``location``, ``person``, ``country`` (only to give a
  known country more names) or ``block`` (the name, and its aliases, are never an entity);
- ``aliases``: other names of the same entity;
- ``country``: the ISO alpha-3 code of the country an organization belongs to or a place lies in; for a
  person, the state or organization (its name) the person serves in ``role``;
- ``kind``: the gazetteer's class of an organization or place (``armed_group``, ``news_agency``...);
- ``role``, ``start``, ``end``: a person's office, from ``YYYY`` or ``YYYY-MM`` until ``end`` (empty: still
  in office);
- ``case_sensitive``: ``yes`` to match every name of the entry only as written (all-capital names always are).

An entry naming an entity the gazetteer knows adds to it (its aliases, kind and country); a name the shipped
gazetteer gives another entity becomes the user's. :class:`kg.gazetteer.Gazetteer` merges the entries.

The default file, when ``--gazetteer`` is not given, is named by the environment variable
``CONFLICT_KG_GAZETTEER`` (empty: none), else by ``gazetteer`` in ``conflict-kg.toml`` or in the
``[tool.conflict-kg]`` table of ``pyproject.toml`` in the working folder (relative to that file).

>>> user = UserGazetteer("name\\ttype\\taliases\\nKataib Sayyid al-Shuhada\\torganization\\tKSS\\n", "mine.tsv")
>>> [(entry.line, entry.name, entry.type, entry.aliases) for entry in user.entries]
[(2, 'Kataib Sayyid al-Shuhada', 'organization', ('KSS',))]
>>> UserGazetteer("name\\ttype\\nMagnolia\\tflower\\n", "mine.tsv").entries
Traceback (most recent call last):
...
kg.errors.GazetteerError: [E013] mine.tsv, line 2: type 'flower' is not one of organization, location, person, country, block
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from dataclasses import astuple, dataclass, field
from functools import cached_property
from pathlib import Path

from .errors import GazetteerError

__all__ = ["ENVIRONMENT_VARIABLE", "UserEntry", "UserGazetteer", "default_user_gazetteer", "read_user_gazetteer"]

ENVIRONMENT_VARIABLE = "CONFLICT_KG_GAZETTEER"
TYPES = ("organization", "location", "person", "country", "block")
COLUMNS = ("name", "type", "aliases", "country", "kind", "role", "start", "end", "case_sensitive", "note")
_MONTH = re.compile(r"\d{4}(-(0[1-9]|1[0-2]))?")
_ONLY_FOR = {"kind": ("organization", "location"), "role": ("person",), "start": ("person",), "end": ("person",)}


@dataclass(frozen=True)
class UserEntry:
    """One row of a user gazetteer (``line``: its line number, for messages)."""

    line: int
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    kind: str | None = None
    role: str | None = None
    start: str | None = None
    end: str | None = None
    case_sensitive: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class UserGazetteer:
    """A user gazetteer's text and where it came from; equal texts are the same gazetteer (it travels to worker
    processes and Dask tasks with the extractor's factory, so the file need only be readable where the build
    runs)."""

    text: str
    origin: str = field(default="user gazetteer", compare=False)

    @cached_property
    def entries(self) -> tuple[UserEntry, ...]:
        """The entries, or a :class:`~kg.errors.GazetteerError` naming the file and the line of the first bad one."""
        return tuple(_parse(self.text, self.origin))

    @cached_property
    def digest(self) -> str:
        """What the entries say, in ten hex digits: it changes when they change (not with comments or line
        numbers), and with it the version of the extractor that reads the gazetteer."""
        stated = "\n".join(repr(astuple(entry)[1:]) for entry in self.entries)
        return hashlib.sha1(stated.encode("utf-8")).hexdigest()[:10]

    def error(self, entry: UserEntry, reason: str) -> GazetteerError:
        return GazetteerError(self.origin, entry.line, reason)


def read_user_gazetteer(path: str | Path) -> UserGazetteer:
    """The user gazetteer in this file, checked line by line."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise GazetteerError(str(path), None, f"cannot read the gazetteer ({getattr(error, 'strerror', None) or error})") from None
    gazetteer = UserGazetteer(text, str(path))
    gazetteer.entries  # noqa: B018 - read now: a bad line is reported before any work
    return gazetteer


def default_user_gazetteer(folder: Path | None = None) -> Path | None:
    """The user gazetteer to use when none is given: the environment variable's, else the one the configuration
    of ``folder`` (default: the working folder) names, else None."""
    if ENVIRONMENT_VARIABLE in os.environ:
        return Path(os.environ[ENVIRONMENT_VARIABLE]) if os.environ[ENVIRONMENT_VARIABLE].strip() else None
    folder = folder or Path.cwd()
    for config, table in ((folder / "conflict-kg.toml", ()), (folder / "pyproject.toml", ("tool", "conflict-kg"))):
        if not config.is_file():
            continue
        try:
            settings = tomllib.loads(config.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise GazetteerError(str(config), None, f"cannot read the configuration ({error})") from None
        for name in table:
            settings = settings.get(name, {})
        if "gazetteer" in settings:
            if not isinstance(settings["gazetteer"], str):
                raise GazetteerError(str(config), None, "'gazetteer' must be the path of a file")
            return config.parent / settings["gazetteer"]
    return None


def _parse(text: str, origin: str) -> list[UserEntry]:
    header: list[str] | None = None
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        while len(cells) > 1 and not cells[-1]:
            cells.pop()  # a spreadsheet's trailing empty cells
        if header is None:
            header = _header(cells, origin, number)
            continue
        if len(cells) > len(header):
            raise GazetteerError(origin, number, f"{len(cells)} cells for {len(header)} columns (a name holds no tab)")
        entries.append(_entry(dict(zip(header, cells)), origin, number))
    if header is None:
        raise GazetteerError(origin, None, f"no header row (tab-separated column names: {', '.join(COLUMNS)})")
    return entries


def _header(cells: list[str], origin: str, number: int) -> list[str]:
    columns = [cell.lower() for cell in cells]
    unknown = [cell for cell in columns if cell not in COLUMNS]
    if unknown:
        raise GazetteerError(origin, number, f"unknown column '{unknown[0]}' (columns: {', '.join(COLUMNS)})")
    for required in ("name", "type"):
        if required not in columns:
            raise GazetteerError(origin, number, f"the header has no '{required}' column")
    return columns


def _entry(row: dict[str, str], origin: str, number: int) -> UserEntry:
    def wrong(reason: str) -> GazetteerError:
        return GazetteerError(origin, number, reason)

    name, kind = row.get("name", ""), row.get("type", "").lower()
    if len(name) < 2 or "|" in name:
        raise wrong(f"'{name}' is not a name (two characters at least, no '|')")
    if kind not in TYPES:
        raise wrong(f"type '{kind}' is not one of {', '.join(TYPES)}")
    for column, types in _ONLY_FOR.items():
        if row.get(column) and kind not in types:
            raise wrong(f"'{column}' is for {' and '.join(types)} entries, not {kind}")
    if row.get("country") and kind in ("country", "block"):
        raise wrong(f"'country' is not for {kind} entries")
    for column in ("start", "end"):
        if row.get(column) and not _MONTH.fullmatch(row[column]):
            raise wrong(f"{column} '{row[column]}' is not YYYY or YYYY-MM")
    if kind == "person" and (bool(row.get("role")) != bool(row.get("country")) or (row.get("role") and not row.get("start"))):
        raise wrong("a person's office needs role, country (the state or organization served) and start")
    if row.get("case_sensitive", "").lower() not in ("", "yes"):
        raise wrong(f"case_sensitive is 'yes' or empty, not '{row['case_sensitive']}'")
    aliases = tuple(dict.fromkeys(alias.strip() for alias in row.get("aliases", "").split("|") if alias.strip()))
    if any(len(alias) < 2 for alias in aliases):
        raise wrong("an alias is a name of two characters at least")
    country = row.get("country") or None
    return UserEntry(number, name, kind, aliases, country.upper() if country and kind != "person" else country,
                     row.get("kind") or None, row.get("role") or None, row.get("start") or None, row.get("end") or None,
                     row.get("case_sensitive", "").lower() == "yes")
