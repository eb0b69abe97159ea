"""X mengatakan Y ...: Y acts even when the parser makes Y the object of the reporting verb (sentences written
for these tests)."""

from coding import coder


code = coder("2025-03-05")


def test_coordinated_subject_of_reported_clause_acts(pipeline):
    ev = code(pipeline, "Menteri Pertahanan Prancis mengatakan militer Jerman dan Belanda telah berhasil melancarkan "
                        "serangan terhadap kelompok ISIS.")
    srcs = {e.source.code[:3] for e in ev if e.code.startswith("19")}
    assert {"DEU", "NLD"} <= srcs, srcs
    assert "FRA" not in srcs


def test_reporting_verb_with_a_plain_object_keeps_its_subject(pipeline):
    ev = code(pipeline, "Raja Yordania menjelaskan kesiapan negaranya saat menerima telepon dari Presiden Mesir.")
    assert any(e.code.startswith("04") and {e.source.code[:3], e.target.code[:3]} == {"JOR", "EGY"} for e in ev if e.target), \
        [(e.code, e.source.code, e.target and e.target.code) for e in ev]
