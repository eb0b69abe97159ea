"""A fronted meeting clause ("Dalam pertemuan yang dihadiri oleh X / dengan X, Y ...") names the party the main
clause's mutual act is with, and the attendee meets the main clause's subject (sentences written for these
tests)."""

from coding import coder, pairs


code = coder("2025-03-05")


def test_fronted_meeting_partner_of_the_main_clause(pipeline):
    ev = code(pipeline, "Dalam pertemuan yang dihadiri oleh Presiden Rusia itu, para pemimpin ASEAN mencapai "
                        "kesepakatan baru.")
    assert frozenset(("ASN", "RUS")) in pairs(ev, "05"), pairs(ev, "05")
    assert frozenset(("ASN", "RUS")) in pairs(ev, "04"), pairs(ev, "04")


def test_no_partner_without_a_fronted_meeting(pipeline):
    ev = code(pipeline, "Para pemimpin ASEAN mencapai kesepakatan baru di Jakarta.")
    assert not pairs(ev, "05"), pairs(ev, "05")
