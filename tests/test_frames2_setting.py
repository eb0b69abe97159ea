"""An actor after a preposition of setting ("dalam G20", "di Moskow", "dari Kairo") is not the patient found to
the right of a verb (sentences written for these tests)."""

from coding import coder


code = coder("2025-03-05")


def test_forum_after_dalam_is_not_the_target(pipeline):
    ev = code(pipeline, "Kedua negara sepakat untuk memperluas kerja sama dalam ASEAN.")
    assert not any(e.target is not None and e.target.code == "ASN" for e in ev), \
        [(e.code, e.source.code, e.target and e.target.code) for e in ev]


def test_agent_after_oleh_is_still_the_target_of_a_rejection(pipeline):
    ev = code(pipeline, "Fraksi PKS menolak kenaikan tarif listrik oleh pemerintah.")
    assert any(e.code.startswith("12") and e.target is not None and e.target.code == "IDNGOV" for e in ev), \
        [(e.code, e.source.code, e.target and e.target.code) for e in ev]
