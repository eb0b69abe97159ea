"""Trigger-lexicon rules of the sixth round, on sentences written for these tests."""


def code(pipeline, text, date="2025-03-05"):
    return pipeline.code_text(text, doc_id="t", date=date)


def codes(events):
    return {(e.code, e.source.code, e.target.code if e.target else None) for e in events}


def test_agreeing_to_a_ceasefire_is_a_truce_not_a_cooperation_intent(pipeline):
    ev = code(pipeline, "Pemerintah Sudan dan kelompok RSF sepakat untuk melakukan gencatan senjata selama sepekan.")
    assert any(e.code == "0871" for e in ev), codes(ev)
    assert not any(e.code == "030" for e in ev), codes(ev)
