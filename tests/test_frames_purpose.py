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
