"""Write ``ontology/world/countries-110m.geojson``: the country outlines ``kg viz --map`` draws, from Natural
Earth's 1:110m admin-0 countries (public domain) as geopandas 0.14 shipped them (``naturalearth_lowres``).

Run once, offline after the download (the shapes never change with the code)::

    pip download geopandas==0.14.4 --no-deps -d /tmp/wheels
    pip install 'conflict-kg[outlines]'           # pyshp, to read the shapefile
    .venv/bin/python scripts/build_world_outlines.py /tmp/wheels/geopandas-0.14.4-py3-none-any.whl

Each country is a GeoJSON feature with its entity key (``country/FRA``, as the graph names it) and name; the
coordinates are rounded to 0.1 degree (the map is a few hundred pixels wide) and a point that repeats the one
before it is dropped.
"""

from __future__ import annotations

import argparse
import io
import json
import zipfile
from pathlib import Path

import shapefile

OUTPUT = Path(__file__).resolve().parent.parent / "ontology" / "world" / "countries-110m.geojson"
LAYER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
# Natural Earth gives these no ISO code (-99); the gazetteer's keys
KEYS = {"France": "country/FRA", "Norway": "country/NOR", "Kosovo": "country/XKX", "N. Cyprus": "country/northern-cyprus",
        "Somaliland": "country/somaliland"}
PRECISION = 1  # decimals kept


def rings(shape) -> list[list[list[float]]]:
    """The shape's rings, rounded, without repeated points; rings that shrink below a triangle are dropped."""
    bounds = [*shape.parts, len(shape.points)]
    kept = []
    for start, end in zip(bounds, bounds[1:]):
        ring: list[list[float]] = []
        for x, y in shape.points[start:end]:
            point = [round(x, PRECISION), round(y, PRECISION)]
            if not ring or ring[-1] != point:
                ring.append(point)
        if len(ring) >= 4:
            kept.append(ring)
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("wheel", type=Path, help="geopandas-0.14.4-py3-none-any.whl")
    arguments = parser.parse_args()
    with zipfile.ZipFile(arguments.wheel) as wheel:
        layer = {ext: io.BytesIO(wheel.read(f"{LAYER}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(**layer, encoding="latin-1")  # the .cpg says UTF-8; the names are Latin-1
    features = []
    for item in reader.iterShapeRecords():
        name, iso3 = item.record["name"], item.record["iso_a3"]
        key = KEYS.get(name, f"country/{iso3}")
        polygons = [[ring] for ring in rings(item.shape)]  # Natural Earth 110m: outer rings only
        if polygons:
            features.append({"type": "Feature", "properties": {"key": key, "name": name},
                             "geometry": {"type": "MultiPolygon", "coordinates": polygons}})
    features.sort(key=lambda feature: feature["properties"]["key"])
    collection = {"type": "FeatureCollection",
                  "source": "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), "
                            "as shipped by geopandas 0.14.4 (naturalearth_lowres); rounded to 0.1 degree",
                  "features": features}
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(features)} countries -> {OUTPUT} ({OUTPUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
