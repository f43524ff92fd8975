"""A map of events by the place they occurred in (``ckg:occurredIn``): one self-contained HTML page, an SVG of the
country outlines shipped in ``ontology/world`` (Natural Earth 1:110m, public domain) with a dot per place that
has coordinates and the countries events occurred in shaded; hovering over a dot or a country lists its events.
Nothing is loaded from anywhere: no tiles, no script, no font (a Content-Security-Policy forbids them).

>>> from kg.graph.store import KnowledgeGraph
>>> page = map_document(KnowledgeGraph())
>>> "<svg" in page and "//" not in page  # no address at all
True
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..atomic import atomic_output
from ..graph.events_table import event_table
from ..graph.namespace import key_of
from ..graph.protocol import Graph
from ..graph.query import select
from ..model import STATED, Modality
from ..resources import load_json

__all__ = ["PlacedEvents", "map_document", "placed_events", "write_map"]

_WIDTH, _NORTH, _SOUTH = 1000, 84.0, -58.0  # equirectangular, the inhabited latitudes
_SCALE = _WIDTH / 360
_LISTED = 12  # events named in one tooltip; the rest are counted
_PLACES = """
SELECT ?event ?place ?country WHERE {
  ?event ckg:occurredIn ?place .
  OPTIONAL { ?place ckg:locatedIn ?container }
  BIND (COALESCE(?container, ?place) AS ?country)
}"""


@dataclass
class PlacedEvents:
    """The events of one place: at a point (``lat``/``lon``) or, without coordinates, on the country it is or lies
    in (``key``: ``country/ISR``)."""

    label: str
    key: str
    lat: float | None = None
    lon: float | None = None
    events: list[str] = field(default_factory=list)  # one line per event


def placed_events(graph: Graph, *, modalities: Iterable[Modality] | None = STATED, since: date | None = None,
                  until: date | None = None, min_confidence: float | None = None) -> list[PlacedEvents]:
    """The places events occurred in (events of these modalities, dates and confidence), with a line per event
    (date, class, actor, target), most events first."""
    where = {row["event"]: row for row in select(graph, _PLACES)}
    places: dict[tuple, PlacedEvents] = {}
    for row in event_table(graph, modalities=modalities):
        found = where.get(row["event_id"])
        day = row["event_date"] or ""
        if (found is None or (since and day < since.isoformat()) or (until and day > until.isoformat())
                or (min_confidence is not None and float(row["confidence"] or 0) < min_confidence)):
            continue
        if row["latitude"] is not None and row["longitude"] is not None:
            key = (row["location"], float(row["latitude"]), float(row["longitude"]))
            place = places.setdefault(key, PlacedEvents(row["location"], found["place"], key[1], key[2]))
        else:
            country = key_of(found["country"])
            place = places.setdefault((country,), PlacedEvents(row["location"], country))
        place.events.append(f"{row['event_date'] or 'undated'}  {row['event_class']}: {row['actor1']} -> {row['actor2']}")
    return sorted(places.values(), key=lambda p: (-len(p.events), p.label))


def write_map(graph: Graph, path: str | Path, *, title: str = "conflict-kg events by place", **filters) -> int:
    """Write the map page atomically (``filters``: those of :func:`placed_events`); returns how many events it
    places."""
    places = placed_events(graph, **filters)
    with atomic_output(path, "the map") as stream:
        stream.write(_page(places, title).encode("utf-8"))
    return sum(len(place.events) for place in places)


def map_document(graph: Graph, *, title: str = "conflict-kg events by place", **filters) -> str:
    """The map page as text (``filters``: those of :func:`placed_events`)."""
    return _page(placed_events(graph, **filters), title)


def _page(places: list[PlacedEvents], title: str) -> str:
    shaded = defaultdict(list)
    for place in places:
        if place.lat is None:
            shaded[place.key].extend(place.events)
    shapes = []
    for feature in _outlines()["features"]:
        key, name = feature["properties"]["key"], feature["properties"]["name"]
        events = shaded.pop(key, [])
        shapes.append(f'<path class="{"hit" if events else "land"}" d="{_path(feature["geometry"]["coordinates"])}">'
                      f'<title>{_tooltip(name, events)}</title></path>')
    dots = []
    for place in (p for p in reversed(places) if p.lat is not None):  # the busiest drawn last, on top
        x, y = _point(place.lon, place.lat)
        radius = 3 + 2 * len(place.events) ** 0.5
        dots.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}"><title>{_tooltip(place.label, place.events)}'
                    f'</title></circle>')
    counted = sum(len(place.events) for place in places)
    unmapped = sum(len(events) for events in shaded.values())  # no coordinates, no country outline at this scale
    note = f"{counted} events in {len(places)} places" + (f" ({unmapped} at places the map cannot locate)" if unmapped else "")
    height = (_NORTH - _SOUTH) * _SCALE
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{html.escape(title)}</title>
<style>
body {{ font: 14px sans-serif; margin: 1em; color: #222; }}
svg {{ width: 100%; height: auto; background: #dfeaf2; }}
path.land {{ fill: #f3f1ea; stroke: #999; stroke-width: 0.4; }}
path.hit {{ fill: #f2b28c; stroke: #7a4a2f; stroke-width: 0.6; }}
path:hover {{ fill: #e07b45; }}
circle {{ fill: #b2182b; fill-opacity: 0.7; stroke: #fff; stroke-width: 0.8; }}
circle:hover {{ fill-opacity: 1; }}
</style></head>
<body><h1>{html.escape(title)}</h1>
<svg viewBox="0 0 {_WIDTH} {height:.0f}" role="img" aria-label="{html.escape(note)}">
{chr(10).join(shapes)}
{chr(10).join(dots)}
</svg>
<p>{html.escape(note)}: a dot per place (the bigger, the more events), shaded countries where the text names only
the country; hover for the events. Country outlines: Natural Earth 1:110m (public domain).</p>
</body></html>
"""


def _tooltip(name: str, events: list[str]) -> str:
    lines = [name] + events[:_LISTED] + ([f"... and {len(events) - _LISTED} more"] if len(events) > _LISTED else [])
    return html.escape("\n".join(lines))


def _point(lon: float, lat: float) -> tuple[float, float]:
    return (lon + 180) * _SCALE, (_NORTH - max(min(lat, _NORTH), _SOUTH)) * _SCALE


def _path(polygons: list) -> str:
    parts = []
    for polygon in polygons:
        for ring in polygon:
            points = [_point(lon, lat) for lon, lat in ring]
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
    return "".join(parts)


@lru_cache(maxsize=1)
def _outlines() -> dict:
    return load_json("world/countries-110m.geojson")
