"""A fronted adverbial clause's act is done by the main clause's subject (sentences written for these tests)."""

from coding import coder


code = coder("2025-03-05")


def pairs(events, root):
    return {frozenset((e.source.code, e.target.code)) for e in events if e.code.startswith(root) and e.target}


def test_genitive_meeting_in_fronted_phrase_is_the_main_subjects(pipeline):
    ev = code(pipeline, "Dalam pertemuannya dengan Presiden Emmanuel Macron di Istana Elysee, Paris, Presiden Prabowo "
                        "menegaskan pentingnya perdagangan kedua negara.")
    assert frozenset(("IDNGOV", "FRAGOV")) in pairs(ev, "04"), [(e.code, e.source.code, e.target and e.target.code) for e in ev]
