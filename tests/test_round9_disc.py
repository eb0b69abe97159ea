"""An act whose source or target (or a meeting's second party) the sentence does not name takes it from the
act of the same root coded in the sentence right before, when the side it names agrees (sentences written
for these tests)."""

from coding import coder, pairs, triples


code = coder("2024-03-01")


def _carried(ev):
    return [e for e in ev if "+prev-same-root" in e.rule]


def test_talks_with_no_party_go_on_the_meeting_before(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Jepang di Tokyo. "
                        "Isu perdagangan dan investasi juga dibahas.")
    assert frozenset(("IDN", "JPN")) in pairs([e for e in ev if e.sentence_index == 1], "04"), triples(ev)
    assert _carried(ev)


def test_target_carried_when_the_source_agrees(pipeline):
    ev = code(pipeline, "Presiden Prabowo mengecam Israel atas serangan di Rafah. Prabowo juga mengutuk dengan keras.")
    assert ("11", "IDNGOV", "ISRGOV") in triples([e for e in ev if e.sentence_index == 1]), triples(ev)


def test_protest_note_goes_to_the_envoy_summoned(pipeline):
    ev = code(pipeline, "Kementerian Luar Negeri memanggil Duta Besar Malaysia di Jakarta. Kemlu juga memprotes keras.")
    assert ("11", "IDNGOV", "MYSGOV") in triples([e for e in ev if e.sentence_index == 1]), triples(ev)


def test_only_the_sentence_right_before(pipeline):
    ev = code(pipeline, "Presiden Prabowo mengecam Israel atas serangan di Rafah. Cuaca di Jakarta cerah. "
                        "Prabowo juga mengutuk dengan keras.")
    assert not [e for e in ev if e.sentence_index == 2], triples(ev)


def test_a_noun_naming_the_meeting_again_is_no_new_event(pipeline):
    ev = code(pipeline, "Presiden Jokowi bertemu Perdana Menteri Jepang di Istana Bogor. "
                        "Pertemuan ini merupakan pertemuan kedua tahun ini.")
    assert not [e for e in ev if e.sentence_index == 1], triples(ev)
    assert not _carried(ev)


def test_a_side_that_disagrees_carries_nothing(pipeline):
    ev = code(pipeline, "Presiden Prabowo mengecam Israel atas serangan di Rafah. Kanselir Jerman juga mengutuk dengan keras.")
    assert not _carried(ev), triples(ev)
