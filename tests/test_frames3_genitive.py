"""A mutual noun whose first party follows it as a genitive and whose partner follows "dengan / bersama"
("pertemuan X dengan Y") names both parties (sentences written for these tests)."""

from coding import coder, pairs


code = coder("2025-03-05")


def test_meeting_genitive_party_with_partner(pipeline):
    ev = code(pipeline, "Hasil itu lahir dari pertemuan tertutup Menteri Luar Negeri Indonesia dengan Menlu Jepang di Tokyo.")
    assert frozenset(("IDN", "JPN")) in pairs(ev, "04"), pairs(ev, "04")


def test_joint_exercise_genitive_party_with_partner(pipeline):
    ev = code(pipeline, "Acara itu adalah latihan bersama tentara Australia dengan prajurit TNI.")
    assert frozenset(("AUS", "IDN")) in pairs(ev, "06"), pairs(ev, "06")


def test_no_genitive_party_without_partner(pipeline):
    ev = code(pipeline, "Hasil itu lahir dari pertemuan tertutup Menteri Luar Negeri Indonesia di Tokyo.")
    assert not [e for e in ev if e.code.startswith("04")], pairs(ev, "04")


def test_visit_genitive_party_before_ke(pipeline):
    ev = code(pipeline, "Media Turki juga memberitakan kunjungan Presiden Prabowo ke Moskow pekan lalu.")
    assert frozenset(("IDN", "RUS")) in pairs(ev, "04"), pairs(ev, "04")


def test_mutual_partner_is_the_first_party_of_another_state(pipeline):
    ev = code(pipeline, "Pertemuan bilateral Menlu Sugiono, Menteri BUMN Erick Thohir, dan Menlu Jepang di Tokyo.")
    assert frozenset(("IDN", "JPN")) in pairs(ev, "04"), pairs(ev, "04")
