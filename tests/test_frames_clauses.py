"""Clause frames: coordinated parties that agree with each other, "selain X, S juga V ..." (sentences written for
these tests)."""

from coding import coder, triples


code = coder("2023-05-01")


def test_two_coordinated_states_agree_with_each_other(pipeline):
    ev = code(pipeline, "Menlu Jepang dan Menlu Vietnam menyepakati peningkatan kerja sama maritim.")
    agreed = {t for t in triples(ev) if t[0] == "03"}
    assert agreed == {("03", "JPNGOV", "VNMGOV"), ("03", "VNMGOV", "JPNGOV")}


def test_agreeing_that_something_is_so_is_no_deal_between_them(pipeline):
    ev = code(pipeline, "Jepang dan Vietnam sepakat bahwa situasi di kawasan itu semakin tegang.")
    assert not [e for e in ev if "+agree" in e.rule]


def test_states_listed_after_yakni_are_the_visitors(pipeline):
    ev = code(pipeline, "Tiga negara yang mengirimkan delegasi untuk melakukan kunjungan resmi kepada Presiden Brasil, "
                        "yakni Argentina, Meksiko, dan Peru.")
    visits = {t for t in triples(ev) if t[0] == "04"}
    assert visits == {("04", "ARGGOV", "BRAGOV"), ("04", "MEXGOV", "BRAGOV"), ("04", "PERGOV", "BRAGOV")}


def test_a_named_source_is_not_replaced_by_a_list(pipeline):
    ev = code(pipeline, "Presiden Prancis melakukan kunjungan kenegaraan kepada Presiden Brasil, yakni Argentina dan Chile.")
    assert not [e for e in ev if "+listed" in e.rule]


def test_between_a_crowd_and_a_group_of_named_forces(pipeline):
    ev = code(pipeline, "Bentrokan terjadi antara warga desa dan tim terpadu dari Polri dan TNI di Kalimantan Barat.")
    clash = {t for t in triples(ev) if t[0] == "17"}
    assert ("17", "IDNCOP", "IDNCVL") in clash and ("17", "IDNMIL", "IDNCVL") in clash


def test_an_alias_after_atau_keeps_the_coordination(pipeline):
    ev = code(pipeline, "TNI Angkatan Laut dan Angkatan Darat Amerika Serikat atau US Army menggelar latihan gabungan "
                        "di Surabaya.")
    assert any(e.code.startswith("06") and {e.source.code[:3], e.target.code[:3]} == {"IDN", "USA"} for e in ev)


def test_a_policy_with_no_owner_is_the_government_of_its_opponent(pipeline):
    ev = code(pipeline, "Fraksi Partai Demokrat menolak kebijakan kenaikan tarif listrik.")
    assert ("12", "IDNPTY", "IDNGOV") in triples(ev) or ("12", "IDNLEG", "IDNGOV") in triples(ev)


def test_a_policy_names_its_owner(pipeline):
    ev = code(pipeline, "Ribuan buruh protes kebijakan pemerintah Jepang soal upah minimum.")
    assert any(t[0] == "14" and t[2] == "JPNGOV" for t in triples(ev))
