"""Event anaphora: a reaction to "serangan itu", "langkah tersebut" targets the actor of the act the
story has just reported (sentences written for these tests)."""

from coding import coder, triples


code = coder("2023-05-01")


def test_support_for_an_attack_named_by_an_anaphor_targets_the_attacker(pipeline):
    ev = code(pipeline, "Militer Prancis melancarkan serangan terhadap kelompok ISIS di Suriah pada Senin. "
                        "Serangan tersebut didukung oleh Belgia dan Yordania.")
    support = {t for t in triples(ev) if t[0] == "05"}
    assert support and all(t[2][:3] == "FRA" for t in support)
    assert {t[1][:3] for t in support} == {"BEL", "JOR"}
    assert any("act-anaphor" in e.rule for e in ev if e.code.startswith("05"))


def test_criticism_of_an_anaphoric_act_targets_its_actor(pipeline):
    ev = code(pipeline, "Pasukan Rusia menembaki sebuah desa di Ukraina timur. "
                        "Pemerintah Jerman mengecam keras serangan itu.")
    assert ("11", "DEUGOV", "RUSMIL") in triples(ev)


def test_an_anaphoric_act_as_instrument_is_no_target(pipeline):
    ev = code(pipeline, "Pasukan Rusia menembaki sebuah desa di Ukraina timur. "
                        "Pemerintah Jerman tidak melanggar hukum dengan tindakan itu.")
    assert not [e for e in ev if "act-anaphor" in e.rule]


def test_an_attack_anaphor_needs_a_reported_attack(pipeline):
    ev = code(pipeline, "Presiden Prancis bertemu Raja Yordania di Amman. Serangan itu didukung oleh Belgia.")
    assert not [e for e in ev if "act-anaphor" in e.rule]
