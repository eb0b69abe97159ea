"""Coder rules that read beyond the clause: the two parties of a story ("kedua negara",
"keduanya"), with sentences written for these tests."""

from coding import coder, triples


code = coder("2023-05-01")


def test_kedua_pihak_are_the_two_parties_of_the_story(pipeline):
    ev = code(pipeline, "Presiden Jokowi bertemu Presiden Xi Jinping di Beijing. "
                        "Kedua pihak setuju untuk meningkatkan kerja sama perdagangan.")
    agreed = {t for t in triples(ev) if t[0] == "03"}
    assert agreed == {("03", "IDNGOV", "CHNGOV"), ("03", "CHNGOV", "IDNGOV")}


def test_keduanya_in_a_mutual_act_gives_one_event(pipeline):
    ev = code(pipeline, "Menlu Retno menerima Menlu Rusia Sergei Lavrov di Jakarta. "
                        "Keduanya membahas situasi di Ukraina.")
    talks = [e for e in ev if e.code.startswith("046")]
    assert len(talks) == 1 and {talks[0].source.code, talks[0].target.code} == {"IDNGOV", "RUSGOV"}


def test_kedua_pemimpin_negara_skips_crowds_and_never_acts_on_itself(pipeline):
    ev = code(pipeline, "Warga Jepang menyambut Perdana Menteri Australia di Tokyo, lalu Perdana Menteri Jepang "
                        "menerima tamunya. Kedua pemimpin negara sepakat memperkuat hubungan bilateral.")
    paired = [e for e in ev if "coref:kedua" in e.rule]
    assert paired
    for e in paired:
        assert e.source.code in ("JPNGOV", "AUSGOV") and e.target.code in ("JPNGOV", "AUSGOV")
        assert e.source.code != e.target.code


def test_kedua_terduga_is_not_the_pair_of_the_story(pipeline):
    ev = code(pipeline, "Menlu Retno bertemu Menlu Jepang di Tokyo. Kedua terduga pelaku ditangkap polisi di Bekasi.")
    assert not [e for e in ev if "coref:kedua" in e.rule]


def test_force_without_a_named_target_is_aimed_at_the_place(pipeline):
    ev = code(pipeline, "Angkatan udara Rusia membombardir sejumlah gudang di kota Kharkiv pada Selasa malam.")
    assert ("19", "RUSMIL", "UKRCVL") in triples(ev)
    e = [x for x in ev if x.code.startswith("19")][0]
    assert "place:di" in e.rule and e.target.text == "Kharkiv"


def test_place_target_only_for_force_not_for_statements(pipeline):
    ev = code(pipeline, "Presiden Prancis memuji para relawan di Marseille.")
    assert not [e for e in ev if e.target is not None and e.target.code.startswith("FRA") and "place:" in e.rule]


def test_an_outlet_quoted_as_origin_of_the_news_is_not_the_actor(pipeline):
    ev = code(pipeline, "Dilansir Reuters, pesawat tempur menjatuhkan bom di Gaza.")
    assert not [e for e in ev if e.source.code.endswith("MED")]
    ev = code(pipeline, "Menurut laporan Al Jazeera, militer Israel menembaki warga di Rafah.")
    assert not [e for e in ev if e.source.code.endswith("MED")]


def test_an_outlet_may_still_criticise_in_its_own_voice(pipeline):
    ev = code(pipeline, "Harian Global Times mengecam kunjungan Menteri Luar Negeri Amerika Serikat ke Taiwan.")
    assert [e for e in ev if e.code.startswith("11") and e.source.code == "CHNMED"]


def test_a_truce_between_two_parties_is_one_event_per_direction(pipeline):
    ev = code(pipeline, "Armenia dan Azerbaijan menyepakati gencatan senjata di Nagorno-Karabakh.")
    assert {("08", "ARMGOV", "AZEGOV"), ("08", "AZEGOV", "ARMGOV")} <= triples(ev)


def test_a_meeting_stays_one_event(pipeline):
    ev = code(pipeline, "Presiden Prancis dan Kanselir Jerman bertemu di Paris pada Senin.")
    meetings = [e for e in ev if e.code.startswith("04")]
    assert len(meetings) == 1


def test_a_planned_visit_is_not_reciprocated(pipeline):
    ev = code(pipeline, "Perdana Menteri India akan bertemu dengan Presiden Brasil pekan depan.")
    assert [(e.source.code, e.target.code) for e in ev if e.code == "036"] == [("INDGOV", "BRAGOV")]


def test_a_bracketed_abbreviation_does_not_cut_a_role_from_its_country(pipeline):
    ev = code(pipeline, "Menteri Pertahanan (Menhan) Australia Richard Marles mengunjungi Jakarta.")
    assert ("04", "AUSGOV", "IDNGOV") in triples(ev)
    ev = code(pipeline, "Indonesia mengecam pernyataan Perdana Menteri (PM) Kanada soal Papua.")
    assert ("11", "IDNGOV", "CANGOV") in triples(ev)


def test_an_actor_does_not_meet_itself(pipeline):
    ev = code(pipeline, "Presiden menerima kunjungan kehormatan Menteri Luar Negeri di Istana Merdeka.")
    assert not [e for e in ev if e.target is not None and e.source.code == e.target.code]


def test_an_appeal_within_one_government_keeps_the_same_code(pipeline):
    ev = code(pipeline, "Kementerian Kesehatan mendesak pemerintah daerah mempercepat vaksinasi.")
    assert [e for e in ev if e.code[:2] in ("02", "10") and e.source.code == e.target.code == "IDNGOV"]


def test_an_arrest_reported_in_a_relative_clause_is_coded(pipeline):
    ev = code(pipeline, "Polisi menyebut dua terduga teroris yang ditangkap Densus 88 di Medan merupakan anggota jaringan JAD.")
    assert [e for e in ev if e.code.startswith("17") and e.source.code == "IDNCOP"]


def test_a_decision_to_act_is_not_a_purpose_clause(pipeline):
    ev = code(pipeline, "Pemerintah Malaysia memutuskan untuk mengusir diplomat Korea Utara.")
    assert ("16", "MYSGOV", "PRKGOV") in triples(ev)
    ev = code(pipeline, "Pemerintah Malaysia mengirim utusan untuk mengusir diplomat Korea Utara.")
    assert not [e for e in ev if e.code.startswith("16")]
    # an arrival carries out a meeting it comes for (the arrival begins the visit), not other purposes
    ev = code(pipeline, "Menteri Luar Negeri Jepang datang ke Jakarta untuk menemui Presiden Indonesia.")
    assert [e for e in ev if e.trigger == "menemui"]
    ev = code(pipeline, "Menteri Luar Negeri Jepang datang ke Jakarta untuk memprotes kebijakan Indonesia.")
    assert not [e for e in ev if e.trigger == "memprotes"]


STORY = ("Ribuan buruh berunjuk rasa di depan Gedung DPR menolak RUU Cipta Kerja. "
         "Buruh kembali berdemo di depan gerbang Gedung DPR. "
         "Aksi unjuk rasa itu berlangsung hingga sore. "
         "Unjuk rasa kemudian berakhir ricuh pada malam hari.")


def test_a_protest_without_actors_takes_the_story_institution_and_crowd(pipeline):
    ev = code(pipeline, STORY)
    framed = [e for e in ev if "story-institution" in e.rule]
    assert framed, [(e.code, e.rule) for e in ev]
    assert all(e.root_code == "14" and e.target.code == "IDNLEG" and e.source.code == "IDNLAB" for e in framed)


def test_a_single_mention_is_no_story_institution(pipeline):
    ev = code(pipeline, "Mahasiswa berdemo di depan Gedung DPR. Unjuk rasa berakhir ricuh pada malam hari.")
    assert not [e for e in ev if "story-" in e.rule]


def test_a_protest_named_as_a_modifier_takes_no_story_crowd(pipeline):
    ev = code(pipeline, STORY + " Peserta demo kemudian pulang ke rumah masing-masing.")
    assert not [e for e in ev if "story-crowd" in e.rule and "Peserta" in e.sentence]


def test_passive_force_with_no_agent_takes_the_armed_party_just_named(pipeline):
    ev = code(pipeline, "Densus 88 menggelar operasi di Bekasi. Dua terduga teroris ditangkap di sebuah rumah kontrakan.")
    assert ("17", "IDNCOP", "IDNREB") in triples(ev)
    assert any("story-force" in e.rule for e in ev)


def test_a_passive_relative_clause_takes_no_agent_from_the_story(pipeline):
    ev = code(pipeline, "Densus 88 menggelar operasi di Bekasi. Terduga teroris yang ditangkap itu berusia 30 tahun.")
    assert not [e for e in ev if "story-force" in e.rule]


def test_a_protest_against_a_bill_targets_the_legislature(pipeline):
    ev = code(pipeline, "Ribuan mahasiswa berdemo menolak RUU Penyiaran di Bandung.")
    assert ("14", "IDNEDU", "IDNLEG") in triples(ev)


def test_an_outlet_may_deny_in_its_own_voice_without_crashing_the_coder(pipeline):
    from peristiwa.records import Document, Skipped

    text = "Majalah Tempo membantah tudingan bahwa redaksinya menerima suap dari pejabat daerah."
    (item,) = list(pipeline.code([Document(id="t", text=text, date="2023-05-01")]))
    assert not isinstance(item, Skipped), item
    events = item[1]
    assert [(e.code, e.source.code) for e in events if e.code == "016"] == [("016", "IDNMED")]


def test_crowds_and_police_of_a_clearly_foreign_story_take_its_country(pipeline):
    ev = code(pipeline, "Pemerintah Hong Kong menolak tuntutan warga. Pemimpin Hong Kong menyebut aksi itu ilegal. "
                        "Polisi menangkap puluhan demonstran pada Minggu malam.")
    arrests = [e for e in ev if e.code.startswith("17")]
    assert arrests and all(e.source.code[:3] == "HKG" for e in arrests)


def test_an_indonesian_actor_keeps_the_story_indonesian(pipeline):
    ev = code(pipeline, "Presiden Jokowi mengecam Israel. Israel menolak kecaman itu. Israel membela diri. "
                        "Suasana malam itu tegang. Cuaca juga buruk. Polisi menangkap puluhan demonstran pada Minggu malam.")
    arrests = [e for e in ev if e.code.startswith("17")]
    assert arrests and all(e.source.code[:3] == "IDN" for e in arrests)


def test_keduanya_after_an_arrest_noun_is_not_the_pair_of_the_story(pipeline):
    ev = code(pipeline, "Menlu Retno bertemu Menlu Jepang di Tokyo. Penangkapan keduanya dilakukan polisi di Batam.")
    assert not [e for e in ev if "coref:kedua" in e.rule]


def test_kedua_pihak_prefers_the_two_parties_named_together(pipeline):
    ev = code(pipeline, "Presiden Amerika Serikat memuji Gedung Putih. Presiden Amerika Serikat juga memuji Pentagon. "
                        "India dan Pakistan menggelar perundingan di Doha. "
                        "Kedua pihak sepakat untuk melakukan gencatan senjata.")
    paired = [e for e in ev if "coref:kedua" in e.rule]
    assert paired
    for e in paired:
        assert {e.source.code, e.target.code} == {"INDGOV", "PAKGOV"}


def test_a_story_that_names_a_place_at_home_keeps_home_defaults(pipeline):
    text = ("Polisi menangkap dua terduga teroris di Bekasi pada Senin (3/3/2025). "
            "Pemerintah Malaysia mengecam Israel atas serangan Israel ke kamp pengungsi.")
    events = code(pipeline, text)
    arrests = [e for e in events if e.code.startswith("17")]
    assert arrests and arrests[0].source.code == "IDNCOP"


def test_a_judged_act_named_by_an_anaphor_is_the_act_of_the_party_just_told(pipeline):
    ev = code(pipeline, "Tentara Myanmar membakar sejumlah desa di Rakhine. "
                        "Menurut Kemlu Malaysia, tindakan tersebut telah menyakiti perasaan warga dunia.")
    assert ("11", "MYSGOV", "MMRMIL") in triples(ev)


def test_a_judged_anaphor_never_takes_the_judges_own_country_or_crowds(pipeline):
    ev = code(pipeline, "Warga Malaysia berkumpul di depan gedung parlemen di Kuala Lumpur. "
                        "Menurut Kemlu Malaysia, tindakan tersebut telah menyakiti perasaan warga dunia.")
    assert not [t for t in triples(ev) if t[0] == "11"]
