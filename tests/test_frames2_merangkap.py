""""A merangkap B": one person holding two offices acts under the office that names the country (sentences
written for these tests)."""

from coding import coder


code = coder("2025-03-05")


def test_concurrent_offices_take_the_named_country(pipeline):
    ev = code(pipeline, "Wakil Perdana Menteri merangkap Menteri Luar Negeri Singapura Vivian Balakrishnan mengadakan "
                        "pembicaraan dengan Menteri Luar Negeri Indonesia Sugiono.")
    assert any(e.code.startswith("04") and {e.source.code, e.target.code} == {"SGPGOV", "IDNGOV"}
               for e in ev if e.target), [(e.code, e.source.code, e.target and e.target.code) for e in ev]
