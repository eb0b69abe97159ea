"""Argument frames of the eleventh round (sentences written for these tests): a talk, deal or truce told with a
verb and no party named is between the two parties the story last named together ("X dan Y"), unless the
sentence names a third party; a group with a list in apposition ("para utusan ..., yakni A, B, dan C") is each
listed actor; a mutual act with no subject whose two parties follow it ("antara kedua negara") is between them; an actor
in a setting before a comma ("di depan Kantor KPU, polisi ...") is no first item of a list the next clause's subject ends;
force named as "tindakan kekerasan yang dilakukan oleh X" is not aimed at the one who condemns it; a protest or
criticism drawn by an act ("X memicu protes dari Y", "kecaman mengalir dari Y") is Y's, against X; a passive relative
clause telling how a weapon was used ("roket yang ditembakkan dari Lebanon") is the act of force itself; the one who
announces a mutual act already coded with its parties ("... antara X dan Y diumumkan oleh Z") is no party to it; those
killed or hurt by an attack ("X tewas akibat serangan rudal Y") are its target; a meeting, deal or cooperation with
no party of its own that "melibatkan A, B, dan C" is one act per pair of them; "yang terberat dijatuhkan" is a relative
clause like "yang dijatuhkan"."""

from coding import coder, pairs, triples

code = coder("2024-03-01")


def test_partyless_deal_is_the_storys_pair(pipeline):
    ev = code(pipeline, "Militer Thailand dan Kamboja saling menembak di perbatasan pekan lalu. "
                        "Kesepakatan damai akhirnya dicapai pada Minggu malam di Kuala Lumpur.")
    got = [e for e in ev if e.sentence_index == 1]
    assert pairs(got, "05") == {frozenset(("THA", "KHM"))}, triples(got)
    assert all("+story-pair" in e.rule for e in got)


def test_partyless_deal_with_third_party_named_is_not_filled(pipeline):
    ev = code(pipeline, "Militer Thailand dan Kamboja saling menembak di perbatasan pekan lalu. "
                        "Kesepakatan damai akhirnya dicapai di hadapan Menlu Malaysia.")
    assert not [e for e in ev if "+story-pair" in e.rule], [(e.code, e.rule) for e in ev]


def test_partyless_meeting_noun_is_not_filled(pipeline):
    ev = code(pipeline, "Menlu Jepang dan Menlu Korea Selatan bertemu di Tokyo. "
                        "Pertemuan ini merupakan pertemuan kedua tahun ini.")
    assert not [e for e in ev if "+story-pair" in e.rule], [(e.code, e.rule) for e in ev]


def test_group_with_apposed_list_is_each_member(pipeline):
    ev = code(pipeline, "Para duta besar yang diterima Presiden Prabowo di Istana Merdeka pada Senin pagi, yakni Duta "
                        "Besar Jerman untuk Indonesia, Duta Besar Prancis untuk Indonesia, dan Duta Besar Jepang.")
    assert {("04", "IDNGOV", "DEUGOV"), ("04", "IDNGOV", "FRAGOV"), ("04", "IDNGOV", "JPNGOV")} <= triples(ev), \
        triples(ev)
    assert any("+apposed-list" in e.rule for e in ev)


def test_single_actor_before_yakni_is_not_expanded(pipeline):
    ev = code(pipeline, "Menlu Sugiono mengecam Israel, yakni pemerintahan Netanyahu, dan Amerika Serikat.")
    assert not [e for e in ev if "+apposed-list" in e.rule], [(e.code, e.rule) for e in ev]


def test_mutual_act_with_both_parties_after_it(pipeline):
    ev = code(pipeline, "Menlu Jepang dan Menlu Korea Selatan tiba di Seoul pada Minggu. "
                        "Perjanjian perdagangan antara kedua negara telah disepakati pada Senin.")
    got = [e for e in ev if e.sentence_index == 1]
    assert pairs(got, "05") == {frozenset(("JPN", "KOR"))}, triples(got)
    assert any("+pair-object" in e.rule for e in got)


def test_mutual_noun_with_both_parties_as_possibility_not_coded(pipeline):
    ev = code(pipeline, "Menlu Jepang dan Menlu Korea Selatan tiba di Seoul pada Minggu. "
                        "Perundingan antara kedua negara bisa berakhir tanpa hasil.")
    assert not [e for e in ev if "+pair-object" in e.rule], [(e.code, e.rule) for e in ev]


def test_place_before_a_comma_is_no_coordinated_subject(pipeline):
    ev = code(pipeline, "Setelah kericuhan di depan Kantor KPU, polisi menangkap dua provokator.")
    arrests = [e for e in ev if e.code.startswith("17")]
    assert arrests and {e.source.code for e in arrests} == {"IDNCOP"}, triples(ev)


def test_force_noun_in_relative_clause_is_not_aimed_at_the_critic(pipeline):
    ev = code(pipeline, "Pemerintah Malaysia mengecam tindakan kekerasan yang dilakukan oleh tentara Myanmar di Rakhine.")
    force = [e for e in ev if e.code.startswith("17")]
    assert force and all(e.source.code == "MMRMIL" and e.target and e.target.code.startswith("MMR") for e in force), \
        triples(ev)


def test_protest_drawn_by_an_act_is_against_its_doer(pipeline):
    ev = code(pipeline, "Pernyataan Presiden Prancis itu memicu gelombang protes dari mahasiswa Aljazair.")
    assert ("14", "DZAEDU", "FRAGOV") in triples(ev), triples(ev)
    assert any("+elicited" in e.rule for e in ev)


def test_criticism_flowing_from_a_group_is_not_by_the_criticised(pipeline):
    ev = code(pipeline, "Sejak Presiden Brasil mengumumkan rencana itu, kecaman terus mengalir dari organisasi "
                        "masyarakat di Jakarta.")
    assert not [e for e in ev if e.code.startswith("11") and e.source.code.startswith("BRA")], triples(ev)


def test_weapon_fired_in_relative_clause_is_the_act_of_force(pipeline):
    ev = code(pipeline, "Tentara Israel membalas serangan roket yang ditembakkan dari Lebanon pada Senin malam.")
    fired = [e for e in ev if "+weapon-fired" in e.rule]
    assert fired and {(e.source.code[:3], e.target.code[:3]) for e in fired} == {("LBN", "ISR")}, triples(ev)


def test_tear_gas_fired_by_police_in_relative_clause(pipeline):
    ev = code(pipeline, "Warga berlarian menghindari gas air mata yang ditembakkan polisi di depan gedung DPRD Jawa Barat.")
    assert ("17", "IDNCOP", "IDNCVL") in triples(ev), triples(ev)


def test_captives_described_by_relative_clause_still_background(pipeline):
    ev = code(pipeline, "Para sandera yang ditawan oleh kelompok bersenjata itu dalam keadaan sehat.")
    assert not ev, triples(ev)


def test_announcer_of_an_act_with_its_parties_is_no_party(pipeline):
    ev = code(pipeline, "Kesepakatan gencatan senjata antara Thailand dan Kamboja diumumkan oleh Perdana Menteri Malaysia "
                        "di Kuala Lumpur.")
    assert not [e for e in ev if e.source.code.startswith("MYS")], triples(ev)
    assert pairs(ev, "08") == {frozenset(("THA", "KHM"))}, triples(ev)


def test_those_killed_by_an_attack_are_its_target(pipeline):
    ev = code(pipeline, "Tiga warga Ukraina dilaporkan tewas akibat serangan rudal Rusia pada Senin pagi.")
    assert ("19", "RUSGOV", "UKRCVL") in triples(ev), triples(ev)
    assert any("+victims" in e.rule for e in ev)


def test_mutual_act_involving_listed_parties_pairs_them(pipeline):
    ev = code(pipeline, "Latihan gabungan itu digelar selama dua pekan dan melibatkan militer Australia, Singapura, "
                        "dan Filipina.")
    assert pairs(ev, "06") == {frozenset(("AUS", "SGP")), frozenset(("AUS", "PHL")), frozenset(("SGP", "PHL"))}, \
        triples(ev)
    assert all("+involved" in e.rule for e in ev if e.code.startswith("06"))


def test_victims_of_unattributed_force_take_the_storys_armed_party(pipeline):
    ev = code(pipeline, "Polisi berjaga di depan gedung DPRD Jawa Barat sejak pagi. "
                        "Puluhan mahasiswa menjadi korban karena tembakan gas air mata.")
    assert ("17", "IDNCOP", "IDNEDU") in triples(ev), triples(ev)


def test_superlative_relative_clause_is_background(pipeline):
    ev = code(pipeline, "Presiden Prancis mengatakan, sanksi ini merupakan yang terberat dijatuhkan terhadap negara lain.")
    assert not [e for e in ev if e.code.startswith("16")], triples(ev)
