"""Negation under a denial verb, and the speaker of a coordinated reporting verb (sentences written
for these tests)."""


def events(pipeline, text):
    return [(e.code, e.source.code if e.source else None, e.target.code if e.target else None, e.negated,
             e.reported_by.code if e.reported_by else None) for e in pipeline.code_text(text, date="2023-03-02")]


def test_not_denying_a_meeting_admits_it(pipeline):
    found = events(pipeline, "Menteri Pertahanan Jepang tidak membantah bertemu dengan Duta Besar Rusia di Tokyo.")
    meet = [e for e in found if e[0].startswith("04")]
    assert meet and not any(e[3] for e in meet)
    assert not [e for e in found if e[0] == "016"]  # no denial either


def test_denying_a_meeting_still_negates_it(pipeline):
    found = events(pipeline, "Menteri Pertahanan Jepang membantah bertemu dengan Duta Besar Rusia di Tokyo.")
    meet = [e for e in found if e[0].startswith("04")]
    assert meet and all(e[3] for e in meet)
    assert [e for e in found if e[0] == "016"]


def test_a_reporting_verb_after_namun_shares_the_first_verbs_subject(pipeline):
    found = events(pipeline, "Menteri Pertahanan Jepang tidak membantah bertemu dengan Duta Besar Rusia, namun "
                             "menyebut keduanya tidak membicarakan latihan militer.")
    talks = [e for e in found if e[0].startswith("046")]
    assert talks and talks[0][3] is True
    assert talks[0][4] == "JPNGOV"  # the minister says so, not the ambassador named last
