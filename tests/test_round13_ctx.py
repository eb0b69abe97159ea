"""Round 13 (story context): passive legal acts with no agent, relative clauses, anti-X protests, reduplicated
nouns. Sentences written for these tests."""

from coding import coder, triples


code = coder("2019-09-25")


def test_questioned_as_witness_takes_the_storys_investigators(pipeline):
    ev = code(pipeline, "Penyidik KPK memanggil Bupati Bogor pekan ini. Bupati itu diperiksa sebagai saksi untuk tersangka Budi.")
    assert ("09", "IDNJUD", "IDNGOV") in triples(ev)


def test_questioned_without_legal_actor_in_story_is_not_coded(pipeline):
    ev = code(pipeline, "Bupati itu diperiksa sebagai saksi untuk tersangka Budi.")
    assert not [e for e in ev if e.code == "091" and e.source and e.source.code], ev


def test_anti_x_protest_targets_x(pipeline):
    ev = code(pipeline, "Ribuan warga Vietnam menggelar aksi anti-China di Hanoi.")
    assert ("14", "VNMCVL", "CHNGOV") in triples(ev)


def test_anti_government_protest_targets_the_government(pipeline):
    ev = code(pipeline, "Puluhan ribu warga Chile turun ke jalan dalam demo anti-pemerintah di Santiago.")
    assert [e for e in ev if e.code.startswith("14") and e.target and e.target.code == "CHLGOV"], ev


def test_arrest_in_relative_clause_takes_the_storys_police(pipeline):
    ev = code(pipeline, "Polres Bogor membongkar jaringan pengedar sabu. Kapolres mengatakan, pelaku yang diamankan "
                        "berinisial RS dan DN.")
    assert ("17", "IDNCOP", "IDNCRM") in triples(ev)


def test_arrest_referred_back_in_relative_clause_is_not_coded_again(pipeline):
    ev = code(pipeline, "Polres Bogor membongkar jaringan pengedar sabu. Kapolres menyebut ketiga pelaku yang ditangkap "
                        "itu berasal dari Depok.")
    assert not [e for e in ev if e.code.startswith("17")], ev


def test_charged_by_kpk_in_relative_clause_is_coded(pipeline):
    ev = code(pipeline, "Bupati Kudus menjadi kepala daerah ketiga tahun ini yang dijadikan tersangka oleh KPK.")
    assert ("11", "IDNJUD", "IDNGOV") in triples(ev)


def test_passive_relative_without_legal_agent_stays_background(pipeline):
    ev = code(pipeline, "Bupati Kudus menjadi kepala daerah ketiga yang dijadikan tersangka tahun ini.")
    assert not [e for e in ev if e.code == "1121"], ev


def test_undergoing_questioning_is_questioned_by_the_storys_investigators(pipeline):
    ev = code(pipeline, "Penyidik KPK memanggil Wakil Ketua DPRD itu. Wakil Ketua DPRD itu menjalani pemeriksaan sebagai "
                        "saksi selama lima jam.")
    assert ("09", "IDNJUD", "IDNLEG") in triples(ev)


def test_undergoing_a_health_check_is_no_event(pipeline):
    ev = code(pipeline, "Penyidik KPK memanggil Wakil Ketua DPRD itu. Wakil Ketua DPRD itu menjalani pemeriksaan "
                        "kesehatan di rumah sakit.")
    assert not [e for e in ev if e.code == "091" and e.trigger.startswith("menjalani")], ev


def test_victims_of_named_police_violence_in_relative_clause_are_coded(pipeline):
    ev = code(pipeline, "Organisasi itu mencatat lima jurnalis yang menjadi korban kekerasan aparat kepolisian di Medan.")
    assert ("17", "IDNCOP", "IDNMED") in triples(ev)


def test_victims_in_relative_clause_without_agent_stay_background(pipeline):
    ev = code(pipeline, "Organisasi itu mencatat lima jurnalis yang menjadi korban kekerasan di Medan.")
    assert not [e for e in ev if e.code.startswith("17")], ev


def test_arrest_noun_names_the_arrested_and_oleh_the_arresting(pipeline):
    ev = code(pipeline, "Penangkapan mahasiswa oleh polisi di Jakarta memicu protes.")
    assert ("17", "IDNCOP", "IDNEDU") in triples(ev)
    assert not [e for e in ev if e.code.startswith("17") and e.source.code == "IDNEDU"], ev
