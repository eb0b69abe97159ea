"""Lexicon round lex3: arrivals that are visits, on sentences written for these tests."""

from coding import coder, codes


code = coder("2023-08-05")


def test_going_to_a_headquarters_is_a_visit(pipeline):
    ev = code(pipeline, "Kepala Staf Angkatan Darat Jepang mendatangi markas Kostrad di Jakarta, Senin.")
    assert any(e.code == "042" and (e.source.code[:3], e.target.code[:3]) == ("JPN", "IDN") for e in ev), codes(ev)
    # a domestic crowd going to an office is no visit
    ev = code(pipeline, "Ratusan warga mendatangi kantor Kementerian Agraria untuk menanyakan sertifikat tanah.")
    assert not any(e.code == "042" for e in ev), codes(ev)
    # without a seat of power or headquarters "mendatangi" is no visit
    assert not any(e.code == "042" for e in code(pipeline, "Menlu Australia mendatangi lokasi banjir di Kalimantan."))


def test_coming_to_the_palace_is_a_visit(pipeline):
    ev = code(pipeline, "Menteri Luar Negeri Singapura datang ke Istana Bogor untuk bertemu Presiden.")
    assert any(e.code == "042" and (e.source.code, e.target.code) == ("SGPGOV", "IDNGOV") for e in ev), codes(ev)
    # "datang" alone is no event
    assert not any(e.code == "042" for e in code(pipeline, "Menlu Singapura datang terlambat karena hujan."))


def test_english_names_of_the_us_army(pipeline):
    ev = code(pipeline, "Jenderal United States Army Pacific mengunjungi markas TNI AD di Jakarta.")
    assert any(e.code == "042" and e.source.code == "USAMIL" for e in ev), codes(ev)


def test_protest_as_the_motive_of_another_act_is_no_demonstration(pipeline):
    ev = code(pipeline, "Pemerintah Malaysia memanggil pulang duta besarnya di Canberra sebagai sikap protes atas penyadapan Australia.")
    assert not any(e.code.startswith("14") for e in ev), codes(ev)
    # the act done as a protest keeps its code
    assert any(e.code == "161" and (e.source.code, e.target.code) == ("MYSGOV", "AUSGOV") for e in ev), codes(ev)
    # a protest rally is still one
    ev = code(pipeline, "Massa menggelar aksi protes di depan Kedutaan Besar Amerika Serikat.")
    assert any(e.code == "141" and e.target.code == "USAGOV" for e in ev), codes(ev)


def test_surrounding_an_embassy_or_office_is_a_protest(pipeline):
    ev = code(pipeline, "Ratusan mahasiswa mengepung Kedutaan Besar Prancis di Jakarta, Jumat.")
    assert any(e.code == "141" and e.target.code == "FRAGOV" for e in ev), codes(ev)
    # haze surrounding a town is no event
    assert not code(pipeline, "Kabut asap mengepung kota Pekanbaru sejak pekan lalu.")


def test_forces_withdrawing_from_a_place_is_a_military_withdrawal(pipeline):
    ev = code(pipeline, "Tentara Thailand menarik diri dari wilayah perbatasan Kamboja pada Senin pagi.")
    assert any(e.code == "0874" and e.source.code == "THAMIL" for e in ev), codes(ev)
    # a party leaving a coalition is no troop withdrawal
    ev = code(pipeline, "Partai Demokrat menarik diri dari posisi di kabinet koalisi.")
    assert not any(e.code == "0874" for e in ev), codes(ev)
