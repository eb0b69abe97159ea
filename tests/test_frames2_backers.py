"""States backing an act of force ("dengan dukungan (dari) X, Y dan Z") cooperate militarily with those who
act (CAMEO 062) (sentences written for these tests)."""

from coding import coder


code = coder("2025-03-05")


def test_backers_of_an_attack_cooperate_militarily_with_the_attacker(pipeline):
    ev = code(pipeline, "Militer Prancis melancarkan serangan udara terhadap kelompok ISIS dengan dukungan dari Belgia, "
                        "Jerman, dan Belanda.")
    pairs = {frozenset((e.source.code[:3], e.target.code[:3])) for e in ev if e.code.startswith("06") and e.target}
    assert {frozenset(("FRA", "BEL")), frozenset(("FRA", "DEU")), frozenset(("FRA", "NLD"))} <= pairs, pairs
    assert any(e.code.startswith("19") and e.source.code == "FRAMIL" for e in ev)


def test_support_of_a_statement_is_not_military_cooperation(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Prancis mengecam Iran dengan dukungan dari Jerman.")
    assert not any(e.code.startswith("06") for e in ev)
