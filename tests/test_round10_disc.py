"""Argument frames of the tenth round (sentences written for these tests): a riot predicate after a demonstration
noun ("Aksi unjuk rasa ... berakhir ricuh", "Demo ... diwarnai kerusuhan") is that demonstration's riot, by its crowd
against its target, and codes one act, not two; an actor right after "membahas / membicarakan" is the topic
talked about, not the partner of the talks; what a protest demands or rejects right after its noun ("aksi buruh
menuntut ...") is coded as that protest; captives released with no releaser named are freed by who holds them ("yang
disandera oleh X", "dari penjara X"); a reaction with no target is aimed at the doer of the act it reacts to ("Menanggapi ...
oleh X, Y memprotes", "mengecam serangan yang dilakukan X"); force against "ratusan lainnya" is by the same party on the same
victims as the act of force told just before; a foreign visitor arriving at a facility the gazetteer does not know ("tiba di
Bandara ...") visits the home state."""

from coding import coder, codes, triples

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


def test_actor_talked_about_is_no_partner(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Jepang juga membicarakan ancaman rudal Korea Utara dalam pidatonya.")
    assert not [e for e in ev if e.code.startswith("04")], triples(ev)


def test_topic_object_takes_no_partner_from_the_sentence_before(pipeline):
    ev = code(pipeline, "Menlu Retno Marsudi bertemu Menlu Australia di Canberra. "
                        "Ia juga mendukung kerja sama iklim dan membahas Myanmar.")
    assert not [e for e in ev if e.sentence_index == 1 and e.code.startswith("04")], triples(ev)


def test_talks_partner_after_dengan_still_coded(pipeline):
    ev = code(pipeline, "Menlu Retno Marsudi membahas Laut China Selatan dengan Menlu Wang Yi.")
    assert ("04", "IDNGOV", "CHNGOV") in triples(ev), triples(ev)


def test_what_a_protest_demands_is_the_protest(pipeline):
    ev = code(pipeline, "Aksi unjuk rasa buruh menuntut kenaikan upah di depan Kantor Gubernur Jawa Barat berlangsung damai.")
    assert not [e for e in ev if e.code.startswith("10")], [(e.code, e.rule) for e in ev]
    assert [e for e in ev if e.code.startswith("14")], [(e.code, e.rule) for e in ev]


def test_a_demand_with_its_own_subject_stays(pipeline):
    ev = code(pipeline, "Setelah aksi di depan gedung DPR, Partai Buruh menuntut pemerintah menaikkan upah.")
    assert [e for e in ev if e.code.startswith("10")], [(e.code, e.rule) for e in ev]


def test_captives_held_by_a_named_group_are_released_by_it(pipeline):
    ev = code(pipeline, "Sepuluh warga Thailand yang disandera oleh Hamas dibebaskan pada Jumat.")
    rel = [e for e in ev if e.code.startswith("084")]
    assert [(e.source.code, e.target.code) for e in rel] == [("PSEREB", "THACVL")], triples(ev)
    assert all("+captive-holder" in e.rule for e in rel)


def test_prisoners_leaving_a_states_prison_are_released_by_it(pipeline):
    ev = code(pipeline, "Tiga nelayan Filipina dibebaskan dari penjara Malaysia kemarin.")
    assert ("08", "MYSGOV", "PHLCVL") in triples(ev), triples(ev)


def test_captives_of_the_holders_own_country_need_a_named_releaser(pipeline):
    ev = code(pipeline, "Warga Malaysia yang ditahan oleh polisi Malaysia dibebaskan kemarin.")
    assert not [e for e in ev if "+captive-holder" in e.rule], [(e.code, e.rule) for e in ev]


def test_fronted_reaction_clause_names_the_target(pipeline):
    ev = code(pipeline, "Menanggapi pelanggaran wilayah yang dilakukan oleh Vietnam, Kementerian Luar Negeri RI mengirim "
                        "protes keras.")
    assert ("11", "IDNGOV", "VNMGOV") in triples(ev), triples(ev)
    assert any("+act-agent" in e.rule for e in ev)


def test_others_are_more_victims_of_the_same_force(pipeline):
    ev = code(pipeline, "Indonesia mengecam tindak kekerasan tentara Myanmar di Rakhine yang menyebabkan puluhan warga "
                        "tewas dan penangkapan ratusan lainnya.")
    arrests = [e for e in ev if e.code.startswith("17") and "+others-of" in e.rule]
    assert [(e.source.code[:3], e.target.code[:3]) for e in arrests] == [("MMR", "MMR")], triples(ev)


def test_foreign_visitor_arriving_at_an_unknown_place_visits_home(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Jepang tiba di Bandara Soekarno-Hatta sekitar pukul 13.40 WIB.")
    visits = [e for e in ev if e.code.startswith("042")]
    assert [(e.source.code, e.target.code) for e in visits] == [("JPNGOV", "IDNGOV")], triples(ev)
    assert "+home-visit" in visits[0].rule


def test_home_visitor_at_an_unknown_place_visits_no_one(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Retno Marsudi tiba di Bandara Kualanamu pukul 10.00 WIB.")
    assert not [e for e in ev if e.code.startswith("04")], triples(ev)
