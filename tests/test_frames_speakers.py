"""Speakers of judgements: "Bagi X, ..." is X's view (sentences written for these tests)."""

from coding import coder, triples


code = coder("2023-05-01")


def test_bagi_x_is_the_judge(pipeline):
    ev = code(pipeline, "Bagi pemerintah Malaysia, kebijakan Australia itu tidak dapat diterima.")
    assert ("11", "MYSGOV", "AUSGOV") in triples(ev)


def test_bagi_inside_a_clause_is_no_speaker(pipeline):
    ev = code(pipeline, "Kebijakan Australia itu tidak dapat diterima bagi pemerintah Malaysia.")
    assert ("11", "MYSGOV", "AUSGOV") not in triples(ev)


def test_a_judgement_goes_on_in_the_view_of_the_previous_sentence(pipeline):
    ev = code(pipeline, "Menurut Kemlu Jepang, peluncuran rudal oleh Korea Utara itu menyakiti perasaan rakyat Jepang. "
                        "Tindakan tersebut juga merupakan pelanggaran hukum internasional.")
    later = [e for e in ev if "+view-continues" in e.rule]
    assert later and all(e.source.code == "JPNGOV" and e.target.code.startswith("PRK") for e in later)


def test_a_judgement_after_a_narrated_sentence_has_no_speaker(pipeline):
    ev = code(pipeline, "Korea Utara meluncurkan rudal ke laut. "
                        "Tindakan tersebut merupakan pelanggaran hukum internasional.")
    assert not [e for e in ev if e.code.startswith("112")]
