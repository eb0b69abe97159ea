"""Coder rules that read beyond the clause: the two parties of a story ("kedua negara",
"keduanya"), with sentences written for these tests."""


def code(pipeline, text, date="2023-05-01"):
    return pipeline.code_text(text, doc_id="t", date=date)


def triples(events):
    return {(e.code[:2], e.source.code, e.target.code if e.target else None) for e in events}


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
