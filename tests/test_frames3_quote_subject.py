"""A quote that opens with its verb drops the speaker's "kami": the speaker's side acts (sentences written
for these tests)."""

from coding import coder


code = coder("2025-03-05")


def triples(events):
    return {(e.code[:2], e.source.code[:3], e.target.code[:3] if e.target else None) for e in events}


def test_verb_first_quote_takes_the_speaker(pipeline):
    ev = code(pipeline, '"Sudah menangkap empat orang anggota jaringan teroris JAD di Bekasi," kata Kapolda Metro Jaya.')
    assert any(e.code.startswith("17") and e.source.code == "IDNCOP" for e in ev), triples(ev)


def test_quote_with_its_own_subject_keeps_it(pipeline):
    ev = code(pipeline, '"Densus 88 sudah menangkap empat orang anggota jaringan teroris JAD," kata Menteri Dalam Negeri.')
    assert not any(e.code.startswith("17") and e.source.code.endswith("GOV") for e in ev), triples(ev)
