"""Clause frames: coordinated parties that agree with each other, "selain X, S juga V ..." (sentences written for
these tests)."""


def code(pipeline, text, date="2023-05-01"):
    return pipeline.code_text(text, doc_id="t", date=date)


def triples(events):
    return {(e.code[:2], e.source.code, e.target.code if e.target else None) for e in events}


def test_two_coordinated_states_agree_with_each_other(pipeline):
    ev = code(pipeline, "Menlu Jepang dan Menlu Vietnam menyepakati peningkatan kerja sama maritim.")
    agreed = {t for t in triples(ev) if t[0] == "03"}
    assert agreed == {("03", "JPNGOV", "VNMGOV"), ("03", "VNMGOV", "JPNGOV")}


def test_agreeing_that_something_is_so_is_no_deal_between_them(pipeline):
    ev = code(pipeline, "Jepang dan Vietnam sepakat bahwa situasi di kawasan itu semakin tegang.")
    assert not [e for e in ev if "+agree" in e.rule]
