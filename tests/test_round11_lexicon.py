"""Trigger lexicon of the eleventh round (sentences written for these tests): the one who announces a ceasefire in the
passive ("gencatan senjata ... diumumkan oleh X") is not a party to it; the truce is coded from its noun, between the
parties it names; police spraying water at a crowd ("menyemprotkan air") is repression like a water cannon."""

from coding import coder, triples

code = coder("2024-03-01")


def test_announcer_of_a_ceasefire_is_no_party(pipeline):
    ev = code(pipeline, "Gencatan senjata antara Rusia dan Ukraina diumumkan oleh Menteri Luar Negeri Turki di Ankara.")
    assert ("08", "TURGOV", "RUSGOV") not in triples(ev), triples(ev)
    assert ("08", "TURGOV", "UKRGOV") not in triples(ev), triples(ev)
    assert not [e for e in ev if e.trigger == "diumumkan"], [(e.code, e.trigger) for e in ev]


def test_police_spraying_water_at_a_crowd_is_repression(pipeline):
    ev = code(pipeline, "Ribuan buruh berunjuk rasa di depan kantor gubernur. Mobil polisi lalu menyemprotkan air ke arah para buruh.")
    assert ("17", "IDNCOP", "IDNLAB") in triples(ev), triples(ev)


def test_firefighters_spraying_water_is_no_event(pipeline):
    assert not code(pipeline, "Petugas pemadam kebakaran menyemprotkan air ke rumah yang terbakar.")
