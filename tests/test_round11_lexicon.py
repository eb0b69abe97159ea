"""Trigger lexicon of the eleventh round (sentences written for these tests): the one who announces a ceasefire in the
passive ("gencatan senjata ... diumumkan oleh X") is not a party to it; the truce is coded from its noun, between the
parties it names; police spraying water at a crowd ("menyemprotkan air") is repression like a water cannon; an attack on worshippers or a place of worship ("menyerang jemaah", "serangan ... ke Masjid
Al-Aqsa") is violent repression (175), other attacks stay conventional force (190); what is hoped for ("dengan harapan tercapainya ...", "berharap agar ...") has
not happened."""

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


def test_attack_on_worshippers_is_repression(pipeline):
    ev = code(pipeline, "Polisi Israel menyerang jemaah Palestina di kompleks Masjid Al-Aqsa pada Jumat malam.")
    assert ("17", "ISRCOP", "PSECVL") in triples(ev), triples(ev)
    ev = code(pipeline, "Pemerintah Malaysia mengecam serangan Israel ke Masjid Al-Aqsa.")
    assert ("17", "ISRGOV", "PSECVL") in triples(ev), triples(ev)


def test_other_attacks_stay_conventional_force(pipeline):
    ev = code(pipeline, "Militer Israel menyerang Hamas di Gaza.")
    assert ("19", "ISRMIL", "PSEREB") in triples(ev), triples(ev)


def test_a_hoped_for_ceasefire_is_not_coded(pipeline):
    ev = code(pipeline, "Kedua delegasi kembali ke Doha dengan harapan tercapainya gencatan senjata permanen antara Israel dan Hamas.")
    assert not [e for e in ev if e.code.startswith("08")], [(e.code, e.trigger) for e in ev]
    ev = code(pipeline, "Gencatan senjata antara Israel dan Hamas mulai berlaku pada Jumat pagi.")
    assert ("08", "ISRGOV", "PSEREB") in triples(ev), triples(ev)
