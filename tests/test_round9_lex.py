"""Trigger-lexicon rows of the ninth round (lex), on sentences written for these tests."""

from coding import coder, codes

code = coder("2024-06-10")


def test_damaged_is_a_state_not_a_riot(pipeline):
    # bare "rusak" (damaged) describes the result; only the act "merusak" is rioting
    ev = code(pipeline, "Bentrokan di depan kantor DPRD itu membuat tujuh mobil polisi rusak dan dua pos jaga terbakar.")
    assert not any(e.trigger.lower() == "rusak" for e in ev), codes(ev)
    ev = code(pipeline, "Ratusan pengunjuk rasa merusak pagar gedung DPRD Jawa Tengah.")
    assert any(e.code == "145" for e in ev), codes(ev)


def test_projectiles_are_rockets(pipeline):
    ev = code(pipeline, "Hizbullah meluncurkan belasan proyektil ke wilayah utara Israel pada Minggu malam.")
    assert any(e.code == "194" and e.source.code[:3] == "LBN" for e in ev), codes(ev)
    ev = code(pipeline, "Hamas menembakkan lima proyektil ke Israel pada Senin pagi.")
    assert any(e.code == "194" and e.source.code == "PSEREB" for e in ev), codes(ev)
    ev = code(pipeline, "Serangan proyektil Hizbullah terhadap Israel berlanjut pada Selasa.")
    assert any(e.code == "194" for e in ev), codes(ev)


def test_a_show_of_force_is_not_aimed_at_the_own_forces(pipeline):
    # the escort named after the verb is the acting state's own coast guard: no 150 China -> China
    ev = code(pipeline, "Beijing juga mengirimkan kapal survei yang dikawal oleh kapal coast guard mereka.")
    assert not any(e.code.startswith("15") and e.target and e.target.code[:3] == e.source.code[:3] for e in ev), codes(ev)


def test_providing_shelter_is_humanitarian_aid(pipeline):
    ev = code(pipeline, "Pemerintah Kabupaten Pidie menyediakan tempat penampungan bagi pengungsi Rohingya.")
    assert ("073", "IDNGOV", "MMRREF") in codes(ev), codes(ev)
    # the noun before a passive giving verb, also inside a relative clause naming the place
    ev = code(pipeline, "Para pengungsi Rohingya kabur dari penampungan yang disediakan pemerintah daerah.")
    assert ("073", "IDNGOV", "MMRREF") in codes(ev), codes(ev)
    # a bare shelter is a place, no event
    assert not code(pipeline, "Penampungan itu berada di dekat pelabuhan Lhokseumawe.")


def test_an_air_raid_siren_is_no_air_strike(pipeline):
    ev = code(pipeline, "Hizbullah menembakkan roket ke Haifa yang memicu sirene serangan udara di seluruh Israel utara.")
    assert not any(e.code == "195" for e in ev), codes(ev)
    ev = code(pipeline, "Israel melancarkan serangan udara terhadap Hizbullah di Lebanon selatan.")
    assert any(e.code == "195" for e in ev), codes(ev)


def test_a_predicted_act_is_not_coded(pipeline):
    # "diperkirakan / diprediksi akan": others predict it, the actor has neither done nor announced it
    ev = code(pipeline, "Hizbullah diperkirakan akan mengumumkan gencatan senjata dengan Israel pada Jumat.")
    assert not any(e.code.startswith("08") for e in ev), codes(ev)
    ev = code(pipeline, "Kedua menteri diprediksi bakal menandatangani perjanjian dagang itu bulan depan.")
    assert not ev, codes(ev)
    # an estimate of a number is no prediction cue
    ev = code(pipeline, "Israel menembakkan rudal ke Gaza yang diperkirakan menewaskan 20 orang.")
    assert any(e.code == "195" for e in ev), codes(ev)


def test_provoking_is_a_speakers_accusation(pipeline):
    # "memprovokasi / menghasut" is a charge: the speaker accuses the one said to provoke
    ev = code(pipeline, "“KKB memprovokasi warga Wamena,” kata Kapolda Papua.")
    assert ("112", "IDNCOP", "IDNREB") in codes(ev), codes(ev)
    ev = code(pipeline, "Menurut Menlu Rusia, Amerika Serikat menghasut kerusuhan di Georgia.")
    assert ("112", "RUSGOV", "USAGOV") in codes(ev), codes(ev)
    # without a speaker it is the narrator's description: only the arrest is an event
    ev = code(pipeline, "Polisi menangkap tiga orang yang diduga memprovokasi kericuhan di depan gedung DPR.")
    assert {e.code[:2] for e in ev} == {"17"}, codes(ev)


def test_carrying_out_a_provocation_is_the_speakers_criticism(pipeline):
    ev = code(pipeline, "“Sekali lagi, Korea Utara melakukan tindakan provokatif di Semenanjung Korea,” kata Kementerian Luar Negeri Jepang.")
    assert ("111", "JPNGOV", "PRKGOV") in codes(ev), codes(ev)
    # the narrator's description alone is no event
    ev = code(pipeline, "Korea Utara melakukan aksi provokasi di perbatasan pada Senin.")
    assert not any(e.code.startswith("11") for e in ev), codes(ev)


def test_venting_protest_is_one_demonstration(pipeline):
    # "meluapkan / melampiaskan protes": the crowd voices its protest (one 141 by the crowd), the bare noun does not
    # pick up an unrelated source
    ev = code(pipeline, "Ratusan mahasiswa meluapkan protes di depan Kedutaan Besar Australia di Jakarta.")
    assert ("141", "IDNEDU", "AUSGOV") in codes(ev), codes(ev)
    assert all(e.source.code == "IDNEDU" for e in ev), codes(ev)
