"""Actor rules of round 7 (actors2), with sentences written for these tests."""

from coding import coder, triples


code = coder("2021-03-01")


def test_a_building_names_the_institution_it_houses(pipeline):
    # "kantor / gedung + institution": a riot's target is the institution, not the region named after it
    ev = code(pipeline, "Massa membakar gedung DPRD Kalimantan Timur pada Senin malam.")
    assert ("14", "IDNCVL", "IDNLEG") in triples(ev)
    ev = code(pipeline, "Ratusan orang merusak kantor Bupati Jayawijaya.")
    assert {t for t in triples(ev) if t[0] in ("14", "17")} and all(
        t[2] == "IDNGOV" for t in triples(ev) if t[0] in ("14", "17"))


def test_a_building_named_with_its_country_still_names_that_country(pipeline):
    ev = code(pipeline, "Ribuan pengunjuk rasa berkumpul di depan gedung Kedutaan Besar Jepang, mendesak agar "
                        "negara itu meminta maaf.")
    assert {t[2] for t in triples(ev) if t[0] == "02"} == {"JPNGOV"}
