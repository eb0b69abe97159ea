"""A literal trigger row whose words contain an actor word ("serangan teroris", "operasi militer", "dilaporkan ke polisi",
"dijadikan tersangka") names the act, and the actor starting inside it stays an argument: the trigger span ends where
the actor begins (sentences written for these tests)."""

from coding import coder, triples

code = coder("2024-03-01")


def test_terror_attack_row_keeps_the_terrorists_as_source(pipeline):
    ev = code(pipeline, "Serangan teroris terhadap polisi di Makassar menewaskan dua orang.")
    assert ("18", "IDNREB", "IDNCOP") in triples(ev), triples(ev)


def test_military_operation_row_keeps_the_army_as_source(pipeline):
    ev = code(pipeline, "Operasi militer Israel di Rafah terus berlanjut.")
    assert [e for e in ev if e.code == "190" and e.source.code == "ISRMIL"], triples(ev)


def test_reported_to_police_and_named_suspect(pipeline):
    ev = code(pipeline, "Wali kota itu dilaporkan ke polisi oleh sejumlah aktivis antikorupsi.")
    assert [e for e in ev if e.code == "1121"], triples(ev)
    ev = code(pipeline, "Bupati itu dijadikan tersangka oleh KPK.")
    assert ("11", "IDNJUD", "IDNGOV") in triples(ev), triples(ev)


def test_an_exchange_of_captives_inside_an_agreement_is_no_release(pipeline):
    ev = code(pipeline, "Kesepakatan itu juga mengatur pertukaran tahanan antara kedua negara.")
    assert not [e for e in ev if e.code.startswith("084")], [(e.code, e.trigger) for e in ev]
