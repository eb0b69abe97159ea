"""Trigger-lexicon rules of the sixth round, on sentences written for these tests."""

from coding import coder, codes


code = coder("2025-03-05")


def test_agreeing_to_a_ceasefire_is_a_truce_not_a_cooperation_intent(pipeline):
    ev = code(pipeline, "Pemerintah Sudan dan kelompok RSF sepakat untuk melakukan gencatan senjata selama sepekan.")
    assert any(e.code == "0871" for e in ev), codes(ev)
    assert not any(e.code == "030" for e in ev), codes(ev)


def test_menerima_a_guest_role_is_hosting(pipeline):
    # "tamu negara" is an actor (a role), so the host verb must not be a literal that runs into it
    ev = code(pipeline, "Presiden Prabowo menerima tamu negara dari Vietnam di Istana Bogor.")
    assert any(e.code.startswith("043") and e.source.code == "IDNGOV" for e in ev), codes(ev)


def test_a_noun_trigger_whose_actor_follows_it_still_fires(pipeline):
    # "aparat", "massa", "pasukan" are actors: the noun is the head and the actor its genitive source
    ev = code(pipeline, "Kekerasan aparat terhadap mahasiswa di Makassar menuai kecaman.")
    assert ("175", "IDNCOP", "IDNEDU") in codes(ev), codes(ev)


def test_head_plus_object_rows_replace_literals_that_span_an_actor():
    from peristiwa.events.lexicon import load_event_lexicon

    lex = load_event_lexicon()
    heads = {(t.form, t.code) for t in lex.triggers if t.objects}
    for head, code in [("aksi", "141"), ("penarikan", "087"), ("latihan", "150"), ("kekerasan", "175"), ("penutupan", "161")]:
        assert ((head,), code) in heads, (head, code)
    forms = {" ".join(t.form) for t in lex.triggers if t.standalone}
    for dead in ("aksi massa", "penarikan pasukan", "latihan militer", "pengusiran duta besar", "serangan militer"):
        assert dead not in forms, dead


def test_announcing_a_review_is_considering_policy_now(pipeline):
    ev = code(pipeline, "Pemerintah Indonesia akan meninjau ulang kerja sama militer dengan Australia.")
    assert any(e.code == "014" and e.source.code == "IDNGOV" for e in ev), codes(ev)


def test_holding_someone_responsible_is_blame(pipeline):
    ev = code(pipeline, "Pemerintah Ukraina menganggap Rusia bertanggung jawab atas ledakan di bendungan itu.")
    assert any(e.code.startswith("112") and (e.source.code, e.target.code) == ("UKRGOV", "RUSGOV") for e in ev), codes(ev)
    # an opinion verb without "bertanggung jawab" is no event
    assert not code(pipeline, "Menlu Retno menilai hubungan Indonesia dan Jepang berjalan baik.")


def test_bare_persecution_noun_does_not_make_its_victim_the_agent(pipeline):
    ev = code(pipeline, "Dugaan persekusi mahasiswa Papua di Surabaya memicu kemarahan.")
    assert not [e for e in ev if e.code.startswith("18")], codes(ev)


def test_refusing_to_listen_is_a_rejection_not_a_negated_act(pipeline):
    ev = code(pipeline, "Pemerintah Israel tidak mau mendengar seruan PBB.")
    rej = [e for e in ev if e.code.startswith("12")]
    assert rej and (rej[0].source.code, rej[0].target.code) == ("ISRGOV", "UNO") and not rej[0].negated, codes(ev)


def test_stressing_the_importance_of_cooperation_is_intent_to_cooperate(pipeline):
    ev = code(pipeline, "Menlu Sugiono menekankan pentingnya kerja sama maritim dengan Vietnam.")
    assert any(e.code.startswith("03") and e.source.code == "IDNGOV" and e.target and e.target.code == "VNMGOV" for e in ev), codes(ev)


def test_opening_room_for_cooperation_is_intent_for_both_parties(pipeline):
    ev = code(pipeline, "Indonesia dan Brasil akan membuka peluang kerja sama di bidang energi.")
    pairs = {(e.source.code, e.target.code) for e in ev if e.code.startswith("03") and e.target}
    assert {("IDNGOV", "BRAGOV"), ("BRAGOV", "IDNGOV")} & pairs, codes(ev)


def test_memperingati_an_armed_party_is_a_warning_but_a_commemoration_is_not(pipeline):
    ev = code(pipeline, "Amerika Serikat telah memperingati Hizbullah agar tidak memperluas konflik.")
    assert any(e.code.startswith("13") and (e.source.code, e.target.code) == ("USAGOV", "LBNREB") for e in ev), codes(ev)
    ev = code(pipeline, "Pemerintah Malaysia memperingati hari ulang tahun angkatan bersenjatanya di Kuala Lumpur.")
    assert not [e for e in ev if e.code.startswith("13")], codes(ev)


def test_exchanging_blows_is_fighting_and_exchanging_prisoners_stays_an_exchange(pipeline):
    ev = code(pipeline, "Militer Thailand dan militer Kamboja saling bertukar serangan di perbatasan.")
    assert any(e.code.startswith("19") for e in ev), codes(ev)
    ev = code(pipeline, "Rusia dan Ukraina saling bertukar tahanan perang pada Jumat.")
    assert any(e.code.startswith("084") for e in ev) and not any(e.code.startswith("19") for e in ev), codes(ev)


def test_sending_a_message_to_a_state_is_consultation(pipeline):
    ev = code(pipeline, "Pemerintah Korea Selatan mengirim pesan kepada Korea Utara melalui saluran militer.")
    assert any(e.code.startswith("04") and (e.source.code, e.target.code) == ("KORGOV", "PRKGOV") for e in ev), codes(ev)


def test_a_war_naming_both_sides_is_an_event_a_bare_war_is_a_topic(pipeline):
    ev = code(pipeline, "Sekjen PBB menyoroti perang Sudan melawan kelompok RSF yang terus berlanjut.")
    assert any(e.code.startswith("19") and e.source.code.startswith("SDN") for e in ev), codes(ev)
    ev = code(pipeline, "Pemerintah Jepang membahas dampak perang terhadap harga energi.")
    assert not [e for e in ev if e.code.startswith("19")], codes(ev)
