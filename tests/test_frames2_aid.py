"""Aid nouns (07x) target their beneficiary after "untuk / bagi"; the beneficiary is not the giver
(sentences written for these tests)."""

from coding import coder, triples


code = coder("2025-03-05")


def test_aid_noun_targets_beneficiary_after_untuk(pipeline):
    ev = code(pipeline, "Bantuan kemanusiaan pemerintah Malaysia untuk pengungsi Sudan diberangkatkan pekan ini.")
    assert ("07", "MYSGOV", "SDNREF") in triples(ev) or ("07", "MYSGOV", "SDNCVL") in triples(ev), triples(ev)


def test_beneficiary_after_untuk_is_not_the_giver(pipeline):
    ev = code(pipeline, "Presiden Lepas Kapal Perang Pembawa Bantuan Kemanusiaan untuk Sudan")
    assert not any(e.code.startswith("07") and e.source.code.startswith("SDN") for e in ev), triples(ev)


def test_aid_carried_from_a_giver_goes_to_the_beneficiary(pipeline):
    ev = code(pipeline, "Kapal Angkatan Laut Jepang yang membawa bantuan kemanusiaan dari pemerintah Jepang untuk "
                        "pengungsi Sudan tiba di Port Sudan.")
    aid = [e for e in ev if e.code.startswith("07")]
    assert aid and all(e.target is not None and e.target.code[:3] == "SDN" for e in aid), triples(ev)
