"""Purpose clauses: what "untuk" introduces (sentences written for these tests)."""


def reasons(pipeline, text, trigger):
    a = pipeline.analyse_text(text, doc_id="t", date="2023-05-01")
    tr = []
    pipeline.coder.code(a, trace=tr)
    return [t.get("reason", "") for t in tr if t["kind"] == "trigger" and t["text"].lower() == trigger]


def test_untuk_before_an_actor_is_no_purpose_clause(pipeline):
    why = reasons(pipeline, "Menteri Luar Negeri Retno Marsudi mengatakan duta besar untuk Jepang ditarik pulang ke "
                            "Jakarta.", "ditarik pulang")
    assert why and not any(r.startswith("purpose clause") for r in why)


def test_untuk_before_a_verb_is_still_a_purpose(pipeline):
    why = reasons(pipeline, "Menlu Jepang kembali ke Tokyo untuk menarik pulang duta besarnya dari Beijing.",
                  "menarik pulang")
    assert why and all(r.startswith("purpose clause") for r in why)


def test_the_purpose_of_using_an_occasion_is_carried_out(pipeline):
    ev = pipeline.code_text("Menlu Jepang memanfaatkan kunjungan itu untuk bertemu dengan Menlu Korea Selatan.",
                            doc_id="t", date="2023-05-01")
    assert any(e.code.startswith("04") and {e.source.code, e.target.code} == {"JPNGOV", "KORGOV"} for e in ev)


def test_the_purpose_of_a_planned_arrival_stays_a_purpose(pipeline):
    why = reasons(pipeline, "Menlu Jepang akan tiba di Seoul untuk bertemu dengan Menlu Korea Selatan.", "bertemu")
    assert why and all(r.startswith("purpose clause") for r in why)


def test_envoys_sent_to_meet_someone_meet_him(pipeline):
    why = reasons(pipeline, "Pemerintah Jepang mengirimkan utusan khusus untuk menemui Presiden Brasil di Brasilia.",
                  "menemui")
    assert why and not any(r.startswith("purpose clause") for r in why)
