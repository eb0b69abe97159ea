"""The event coder on sentences written for these tests (CODING-CONVENTIONS.md rules)."""

import pytest
from coding import coder, triples


code = coder("2025-03-05")


def test_active_verb_source_subject_target_object(pipeline):
    ev = code(pipeline, "Pemerintah Malaysia mengecam Israel atas serangan ke kamp pengungsi.")
    assert ("11", "MYSGOV", "ISRGOV") in triples(ev)
    e = [x for x in ev if x.code.startswith("11")][0]
    assert e.quad_class == 3 and e.goldstein < 0 and e.plover and e.rule
    assert e.trigger == "mengecam"


def test_passive_with_oleh_agent_date_and_place(pipeline):
    ev = code(pipeline, "Tiga pemuda ditangkap oleh polisi di Makassar pada Selasa (4/3/2025).")
    e = [x for x in ev if x.code.startswith("17")]
    assert e, ev
    e = e[0]
    assert (e.source.code, e.target.code) == ("IDNCOP", "IDNCVL")
    assert e.date == "2025-03-04" and e.date_text.endswith("(4/3/2025)")
    assert e.location is not None and e.location.name == "Makassar" and e.location.country == "IDN"


def test_mutual_meeting_is_one_event(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Indonesia bertemu dengan Menteri Luar Negeri Jepang di Tokyo.")
    meetings = [e for e in ev if e.code.startswith("04")]
    assert len(meetings) == 1
    assert {meetings[0].source.code, meetings[0].target.code} == {"IDNGOV", "JPNGOV"}


def test_light_verb_with_noun_trigger(pipeline):
    ev = code(pipeline, "Militer Israel melancarkan serangan udara terhadap Hamas.")
    assert ("19", "ISRMIL", "PSEREB") in triples(ev)
    assert [e for e in ev if e.code.startswith("19")][0].code == "195"  # air strike


def test_compound_source_gives_one_event_per_actor(pipeline):
    ev = code(pipeline, "Amerika Serikat dan Jepang mengecam Korea Utara.")
    assert {("11", "USAGOV", "PRKGOV"), ("11", "JPNGOV", "PRKGOV")} <= triples(ev)


def test_negation(pipeline):
    ev = code(pipeline, "Pemerintah Rusia tidak pernah bertemu dengan pejabat Ukraina.")
    meet = [e for e in ev if e.code.startswith("04")]
    assert meet and meet[0].negated


def test_intent_is_coded_with_the_intent_code_not_as_a_meeting(pipeline):
    ev = code(pipeline, "Presiden Prabowo akan mengunjungi Tiongkok bulan depan.")
    assert [e.code for e in ev] == ["036"]
    assert ev[0].source.code == "IDNGOV" and ev[0].target.code == "CHNGOV"


def test_denial_gives_016_and_the_denied_act_negated_reported_by_the_denier(pipeline):
    ev = code(pipeline, "Kementerian Pertahanan Australia membantah bahwa Australia dan China mengadakan perundingan rahasia.")
    deny = [e for e in ev if e.code == "016"]
    assert deny and deny[0].source.code == "AUSGOV" and deny[0].target is None and not deny[0].negated
    talks = [e for e in ev if e.code.startswith("04")]
    assert talks and talks[0].negated and talks[0].reported_by.code == "AUSGOV"
    assert {talks[0].source.code, talks[0].target.code} == {"AUSGOV", "CHNGOV"}


def test_reported_speech_menurut(pipeline):
    ev = code(pipeline, "Menurut Kapolri, polisi menangkap lima tersangka teroris di Bekasi.")
    arrest = [e for e in ev if e.code.startswith("17")]
    assert arrest and arrest[0].reported_by is not None and arrest[0].reported_by.code == "IDNCOP"


def test_quote_attributed_after_closing_quote(pipeline):
    ev = code(pipeline, "“Kami mengecam keras tindakan Israel,” kata juru bicara Kementerian Luar Negeri Malaysia.")
    crit = [e for e in ev if e.code.startswith("11")]
    assert crit and crit[0].source.code == "MYSGOV" and crit[0].target.code == "ISRGOV"


def test_decline_to_comment_has_no_target_and_its_topic_is_not_coded(pipeline):
    ev = code(pipeline, "Kedutaan Besar Inggris menolak berkomentar mengenai penangkapan aktivis itu.")
    assert [(e.code, e.source.code, e.target) for e in ev] == [("011", "GBRGOV", None)]


def test_person_introduced_with_role_keeps_code_by_surname(pipeline):
    text = ("Menteri Luar Negeri Malaysia Rahmat Budiman tiba di Jakarta pada Senin. "
            "Budiman kemudian bertemu dengan Presiden Prabowo di Istana Merdeka.")
    ev = code(pipeline, text)
    meet = [e for e in ev if e.code.startswith("04") and e.sentence_index == 1]
    assert meet and {meet[0].source.code, meet[0].target.code} == {"MYSGOV", "IDNGOV"}


def test_office_holders_are_coded_by_date(pipeline):
    text = "Prabowo Subianto mengkritik Amerika Serikat."
    assert ("11", "IDNOPP", "USAGOV") in triples(code(pipeline, text, date="2018-05-01"))
    assert ("11", "IDNGOV", "USAGOV") in triples(code(pipeline, text, date="2025-05-01"))


def test_conditional_and_blocked_phrases_are_not_coded(pipeline):
    assert not [e for e in code(pipeline, "Jika Korea Utara menyerang Jepang, kawasan itu akan kacau.")
                if e.code.startswith("19")]
    assert code(pipeline, "Wakil presiden itu dirawat di rumah sakit karena serangan jantung.") == []
    assert code(pipeline, "Harga cabai di pasar tradisional naik dua kali lipat pekan ini.") == []


def test_event_ids_are_stable_and_records_serialise(pipeline):
    text = "Polisi Thailand menangkap dua warga Kamboja di Bangkok."
    a, b = code(pipeline, text), code(pipeline, text)
    assert a and [e.event_id for e in a] == [e.event_id for e in b]
    d = a[0].to_dict()
    for field in ("doc_id", "event_id", "sentence_index", "sentence", "start", "end", "trigger", "code", "root_code",
                  "quad_class", "goldstein", "plover", "source", "target", "negated", "reported_by", "date",
                  "date_text", "location", "rule"):
        assert field in d
    assert text[d["start"]:d["end"]] == d["trigger"]


@pytest.mark.parametrize("text", [
    "",
    " . , ; ",
    "qwx zzkt plorf vvv " * 20,
    "Polisi " + "dan warga " * 2500 + "bertemu.",  # a 5,000-token sentence
    "!!!\n\n\n???",
])
def test_bad_input_never_crashes(pipeline, text):
    assert isinstance(code(pipeline, text), list)


def test_roles_without_a_country_take_the_country_in_context(pipeline):
    text = "Myanmar memberlakukan jam malam di seluruh negeri. Polisi menangkap puluhan demonstran di Yangon."
    assert ("17", "MMRCOP", "MMRCVL") in triples(code(pipeline, text))
    # without a foreign country nearby the home country (dateline, else Indonesia) applies
    assert ("17", "IDNCOP", "IDNCVL") in triples(code(pipeline, "Polisi menangkap puluhan demonstran di Bandung."))


def test_passive_relative_clauses_are_background_not_events(pipeline):
    ev = code(pipeline, "Keluarga warga yang ditahan polisi Malaysia mendatangi kantor Kedutaan Besar Malaysia.")
    assert not [e for e in ev if e.code.startswith("17")]
    # an active relative clause is an event: "laporan yang menuduh ..."
    ev = code(pipeline, "Media Amerika menerbitkan laporan yang menuduh Rusia mencampuri pemilu.")
    assert ("11", "USAMED", "RUSGOV") in triples(ev)


def test_a_recalled_ambassador_is_recalled_from_the_host_state(pipeline):
    ev = code(pipeline, "Pemerintah Indonesia memanggil pulang duta besarnya di Canberra.")
    assert ("16", "IDNGOV", "AUSGOV") in triples(ev)
    ev = code(pipeline, "Kementerian Luar Negeri memanggil pulang Duta Besar Indonesia untuk Brasil.")
    assert ("16", "IDNGOV", "BRAGOV") in triples(ev)


def test_an_expelled_ambassador_keeps_his_own_state_as_target(pipeline):
    ev = code(pipeline, "Pemerintah Indonesia mengusir duta besar Australia di Jakarta.")
    assert not [t for t in triples(ev) if t[0] == "16" and t[2] == "IDNGOV"]


def test_a_former_foreign_minister_is_coded_for_his_time(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Marty Natalegawa mengecam Australia.", date="2013-11-19")
    assert ("11", "IDNGOV", "AUSGOV") in triples(ev)


def test_a_visit_to_a_place_is_a_visit_to_its_state(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Jepang tiba di Indonesia untuk kunjungan kerja selama dua hari.")
    assert ("04", "JPNGOV", "IDNGOV") in triples(ev)
    ev = code(pipeline, "Menteri Luar Negeri Jepang bertandang ke Asia Tenggara pekan ini.")
    assert not [t for t in triples(ev) if t[0] == "04"]


def test_a_judgement_is_criticism_by_its_speaker_of_the_judged(pipeline):
    ev = code(pipeline, "Pemerintah Malaysia menilai tindakan militer Myanmar itu mencederai demokrasi.")
    assert ("11", "MYSGOV", "MMRMIL") in triples(ev)
    ev = code(pipeline, "Kebijakan Presiden Filipina, kata Menlu Vietnam, tidak dapat diterima.")
    assert ("11", "VNMGOV", "PHLGOV") in triples(ev)


def test_a_judgement_without_a_speaker_is_the_narrators_and_no_event(pipeline):
    ev = code(pipeline, "Tindakan militer Myanmar itu mencederai demokrasi.")
    assert not [t for t in triples(ev) if t[0] == "11"]


def test_mencederai_a_person_is_no_judgement(pipeline):
    ev = code(pipeline, "Kata Menlu Vietnam, polisi Filipina mencederai dua nelayan.")
    assert not [e for e in ev if e.code == "111"]


def test_an_attack_aimed_at_an_armed_group_and_a_policy_aimed_at_citizens(pipeline):
    ev = code(pipeline, "Jet tempur Amerika Serikat menargetkan Houthi di Yaman.")
    assert ("19", "USAGOV", "YEMREB") in triples(ev) or ("19", "USAMIL", "YEMREB") in triples(ev)
    ev = code(pipeline, "Pemerintah Indonesia menargetkan pertumbuhan ekonomi lima persen.")
    assert not [t for t in triples(ev) if t[0] == "19"]
    ev = code(pipeline, "Program bantuan pemerintah menyasar warga miskin di Jawa Barat.")
    assert not [t for t in triples(ev) if t[0] == "19"]


def test_a_merchant_ship_is_of_no_country_unless_one_is_named(pipeline):
    ev = code(pipeline, "Houthi menyerang kapal kargo Israel di Laut Merah. Houthi juga menyerang kapal tanker di Teluk Aden.")
    assert {("19", "YEMREB", "ISRBUS"), ("19", "YEMREB", "---BUS")} <= triples(ev)


def test_a_hyphenated_pair_after_a_mutual_noun_gives_the_two_parties(pipeline):
    ev = code(pipeline, "Perundingan Jepang-Korea Selatan digelar di Seoul pekan ini.")
    assert ("04", "JPNGOV", "KORGOV") in triples(ev) or ("04", "KORGOV", "JPNGOV") in triples(ev)
    ev = code(pipeline, "Kesepakatan gencatan senjata Rusia-Ukraina dimulai pada Senin.")
    assert {("08", "RUSGOV", "UKRGOV"), ("08", "UKRGOV", "RUSGOV")} <= triples(ev)
    # an intent keeps its own subject: the pair only names the dialogue
    ev = code(pipeline, "Menlu Jepang akan berpartisipasi dalam Dialog Strategis Jepang-Korea Selatan.")
    assert not [t for t in triples(ev) if t[1] == "KORGOV"]


def test_a_commitment_of_the_two_parties_is_an_intent_of_each(pipeline):
    ev = code(pipeline, "Presiden Prabowo menerima PM Jepang di Istana Merdeka. "
                        "Pertemuan itu menandai komitmen kedua negara untuk mempererat kerja sama maritim.")
    assert {("03", "IDNGOV", "JPNGOV"), ("03", "JPNGOV", "IDNGOV")} <= triples(ev)
    # a bare commitment with no parties named with it stays a topic
    ev = code(pipeline, "Komitmen terhadap lingkungan menjadi tema forum itu.")
    assert not [t for t in triples(ev) if t[0] == "03"]


def test_suspects_named_in_the_passive_without_agent_are_named_by_the_story_police(pipeline):
    ev = code(pipeline, "Polres Bogor menangkap dua pria di Cibinong. Pemuda Andi kemudian ditetapkan sebagai tersangka.")
    assert ("11", "IDNCOP", "IDNCVL") in triples(ev)
    # nothing is charged without police or prosecutors in the story
    ev = code(pipeline, "Warga Cibinong resah. Pemuda Andi kemudian ditetapkan sebagai tersangka.")
    assert not [e for e in ev if e.code == "1121"]


def test_an_envoy_with_no_country_received_by_the_home_state_is_foreign(pipeline):
    ev = code(pipeline, "Presiden Prabowo menerima delegasi di Istana Bogor pada Senin.")
    assert ("04", "IDNGOV", "---GOV") in triples(ev)
    # a minister with no country stays home, and a meeting with oneself is no event
    ev = code(pipeline, "Presiden Prabowo bertemu dengan menteri di Istana Bogor.")
    assert not [t for t in triples(ev) if t[0] == "04" and "---GOV" in t]


def test_a_serial_comma_before_dan_keeps_the_coordination(pipeline):
    ev = code(pipeline, "Jepang, Korea Selatan, dan Australia mengecam Korea Utara atas uji coba rudal itu.")
    assert {("11", "JPNGOV", "PRKGOV"), ("11", "KORGOV", "PRKGOV"), ("11", "AUSGOV", "PRKGOV")} <= triples(ev)


def test_a_coordinated_source_is_not_also_a_target_of_the_others(pipeline):
    ev = code(pipeline, "Jepang dan Korea Selatan mengecam Korea Utara dan Korea Selatan.")
    assert not [t for t in triples(ev) if t[1] == "JPNGOV" and t[2] == "KORGOV"]


def test_agreeing_on_cooperation_is_intent_and_a_hyphenated_subject_names_both_parties(pipeline):
    ev = code(pipeline, "Jepang-Vietnam Sepakati Penguatan Kerja Sama Maritim")
    assert {("03", "JPNGOV", "VNMGOV"), ("03", "VNMGOV", "JPNGOV")} <= triples(ev)
    ev = code(pipeline, "Indonesia dan Jepang menyepakati kerja sama maritim.")
    assert ("03", "IDNGOV", "JPNGOV") in triples(ev)
    # a concluded agreement stays 057
    ev = code(pipeline, "Indonesia dan Jepang menyepakati perjanjian perdagangan bebas.")
    assert ("05", "IDNGOV", "JPNGOV") in triples(ev)


def test_leaders_with_no_country_received_by_the_home_state_are_foreign_guests(pipeline):
    ev = code(pipeline, "Perdana Menteri Malaysia menerima kunjungan kehormatan para kepala negara di Putrajaya.")
    assert ("04", "MYSGOV", "---GOV") in triples(ev)


def test_a_clash_between_a_modified_crowd_and_police_is_repression_by_the_police(pipeline):
    ev = code(pipeline, "Bentrokan terjadi antara warga setempat dengan polisi di Makassar.")
    clash = {t for t in triples(ev) if t[0] == "17"}
    assert clash == {("17", "IDNCOP", "IDNCVL")}


def test_a_clash_between_two_armed_parties_runs_both_ways(pipeline):
    ev = code(pipeline, "Bentrokan terjadi antara tentara India dan tentara China di perbatasan.")
    assert {("19", "INDMIL", "CHNMIL"), ("19", "CHNMIL", "INDMIL")} <= triples(ev) or \
        {("17", "INDMIL", "CHNMIL"), ("17", "CHNMIL", "INDMIL")} <= triples(ev)
