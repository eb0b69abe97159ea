"""Round 12 (tune set) lexicon rows: scuffles, yielding a mandate, police/KPK legal process, watchdog NGOs,
people named suspects, provinces. Sentences written for these tests."""

from coding import coder, triples


code = coder("2019-09-25")


def test_dorong_dorongan_is_the_crowds_riot_once(pipeline):
    # the tokenizer splits "dorong-dorongan"; the police side of the scuffle is not coded again
    ev = code(pipeline, "Ratusan buruh terlibat dorong-dorongan dengan aparat kepolisian di depan kantor gubernur.")
    assert ("14", "IDNLAB", "IDNCOP") in triples(ev)
    assert not [e for e in ev if e.code.startswith("17")], ev
    assert not [e for e in ev if e.source and e.source.code == "IDNCOP" and e.code.startswith("14")], ev


def test_saling_dorong_is_145_not_175(pipeline):
    ev = code(pipeline, "Para mahasiswa saling dorong dengan polisi di gerbang kampus.")
    assert [e for e in ev if e.code == "145"], ev
    assert not [e for e in ev if e.code.startswith("17")], ev


def test_handing_back_a_mandate_is_yield(pipeline):
    ev = code(pipeline, "Ketua KPK Agus Rahardjo mengembalikan mandat pengelolaan lembaga itu kepada Presiden Joko Widodo.")
    assert ("08", "IDNJUD", "IDNGOV") in triples(ev)
    assert [e for e in ev if e.code == "080"], ev


def test_questioned_by_the_police_is_091(pipeline):
    ev = code(pipeline, "Bupati itu diperiksa oleh penyidik Polda Jawa Barat selama enam jam.")
    assert ("09", "IDNCOP", "IDNGOV") in triples(ev)


def test_wanted_list_is_accusation(pipeline):
    ev = code(pipeline, "Polda Metro Jaya menetapkan bupati itu sebagai DPO.")
    assert ("11", "IDNCOP", "IDNGOV") in triples(ev)
    assert [e for e in ev if e.code == "1121"], ev


def test_reading_out_the_indictment(pipeline):
    ev = code(pipeline, "Jaksa Penuntut Umum membacakan surat dakwaan terhadap terdakwa di Pengadilan Negeri Surabaya.")
    assert ("11", "IDNJUD", "IDNCRM") in triples(ev)


def test_watchdog_ngo_is_ngo(pipeline):
    ev = code(pipeline, "MAKI mengecam KPK karena lamban menangani kasus itu.")
    assert ("11", "NGO", "IDNJUD") in triples(ev)


def test_person_named_suspect_is_crm_after_the_day(pipeline):
    ev = coder("2019-10-01")(pipeline, "Imam Nahrawi ditahan oleh KPK di Jakarta.")
    assert ("17", "IDNJUD", "IDNCRM") in triples(ev)
    ev = coder("2019-03-01")(pipeline, "MAKI mengkritik Imam Nahrawi.")
    assert ("11", "NGO", "IDNGOV") in triples(ev)


def test_province_as_a_visited_place(pipeline):
    ev = code(pipeline, "Tim Bank Dunia mengunjungi Sulawesi Tengah untuk meninjau pemulihan pascagempa.")
    assert [e for e in ev if e.code.startswith("04") and e.target and e.target.code == "IDNGOV"], ev


def test_named_suspect_with_a_long_title_between(pipeline):
    ev = code(pipeline, "Kejaksaan Agung menetapkan mantan Direktur Utama PT Garuda Indonesia Emirsyah Satar sebagai tersangka.")
    assert [e for e in ev if e.code == "1121" and e.source.code == "IDNJUD"], ev
