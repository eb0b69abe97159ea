"""The actor right before "yang" is the subject of the relative clause it opens, even after a preposition
(sentences written for these tests)."""

from coding import coder


code = coder("2025-03-05")


def triples(events):
    return {(e.code[:2], e.source.code[:3], e.target.code[:3] if e.target else None) for e in events}


def test_relative_clause_subject_after_preposition(pipeline):
    ev = code(pipeline, "Para mahasiswa mengirim surat terbuka kepada Presiden Rusia Vladimir Putin yang baru saja "
                        "mengecam Ukraina.")
    assert ("11", "RUS", "UKR") in triples(ev), triples(ev)
    assert not any(e.code.startswith("11") and e.source.code.startswith("IDN") and e.target
                   and e.target.code.startswith("UKR") for e in ev), triples(ev)


def test_verbal_noun_actor_after_kepada_is_the_target(pipeline):
    ev = code(pipeline, "Ratusan warga juga membentangkan spanduk bernada kecaman kepada Presiden Rusia Vladimir Putin.")
    assert ("11", "IDN", "RUS") in triples(ev), triples(ev)
