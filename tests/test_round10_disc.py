"""Argument frames of the tenth round (sentences written for these tests): a riot predicate after a demonstration
noun ("Aksi unjuk rasa ... berakhir ricuh", "Demo ... diwarnai kerusuhan") is that demonstration's riot, by its crowd
against its target, and codes one act, not two."""

from coding import codes, coder, triples

code = coder("2024-03-01")


def test_riot_predicate_is_the_demonstrations_riot(pipeline):
    ev = code(pipeline, "Aksi unjuk rasa mahasiswa di depan gedung DPRD Jawa Timur berakhir ricuh.")
    assert codes(ev) == {("145", "IDNEDU", "IDNLEG")}, codes(ev)
    assert all("+demo-riot" in e.rule for e in ev)


def test_riot_noun_after_demonstration_takes_its_crowd(pipeline):
    ev = code(pipeline, "Demo buruh di Surabaya dan Malang diwarnai kerusuhan.")
    assert ("14", "IDNLAB", None) in triples(ev), triples(ev)


def test_coordinated_riot_is_a_second_act(pipeline):
    ev = code(pipeline, "Unjuk rasa mahasiswa di depan gedung DPRD Jawa Timur dan kerusuhan di Surabaya terjadi kemarin.")
    assert not [e for e in ev if "+demo-riot" in e.rule], [(e.code, e.rule) for e in ev]
