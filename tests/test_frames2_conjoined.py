"""A verb conjoined to an earlier one ("..., serta / dan <verb>") shares its subject, not the nearest actor on its
left (sentences written for these tests)."""

from coding import coder


code = coder("2025-03-05")


def test_conjoined_verb_takes_the_first_verbs_subject(pipeline):
    ev = code(pipeline, "Presiden Prancis memuji keberanian tentara Ukraina, serta memperingatkan Rusia agar "
                        "menghentikan serangan.")
    warn = [e for e in ev if e.code.startswith("13")]
    assert warn and all(e.source.code == "FRAGOV" for e in warn), [(e.code, e.source.code) for e in ev]


def test_conjoined_verb_in_a_title_case_headline(pipeline):
    ev = code(pipeline, "Malaysia Mengecam Serangan Rusia ke Kyiv dan Mendesak PBB Segera Bertindak")
    appeals = [e for e in ev if e.code.startswith("02")]
    assert appeals and all(e.source.code == "MYSGOV" for e in appeals), [(e.code, e.source.code) for e in ev]
