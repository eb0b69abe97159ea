"""Trigger-lexicon rules of the seventh round (triggers2), on sentences written for these tests."""

from coding import coder, codes


code = coder("2025-03-05")


def test_a_welcome_is_hosting(pipeline):
    ev = code(pipeline, "Presiden Prabowo mengucapkan selamat datang kepada Perdana Menteri Jepang di Istana Merdeka.")
    assert any(e.code == "043" and (e.source.code, e.target.code) == ("IDNGOV", "JPNGOV") for e in ev), codes(ev)
    # a quoted welcome: the speaker is the host, the welcomed actor the guest
    ev = code(pipeline, "“Kanselir Jerman Olaf Scholz, selamat datang di Jakarta,” kata Presiden Prabowo, Senin.")
    assert any(e.code == "043" and (e.source.code, e.target.code) == ("IDNGOV", "DEUGOV") for e in ev), codes(ev)
    # a slogan without a political guest is no event
    assert not code(pipeline, "Selamat datang di era belanja daring, kata pengelola pusat perbelanjaan itu.")


def test_drawing_up_an_indictment_is_a_charge(pipeline):
    ev = code(pipeline, "Jaksa penuntut umum menyusun dakwaan terhadap tersangka korupsi proyek jalan tol itu.")
    assert any(e.code == "1121" and e.source.code == "IDNJUD" for e in ev), codes(ev)


def test_regarding_a_state_as_a_friend_is_praise(pipeline):
    ev = code(pipeline, "Presiden Prabowo menganggap Jepang sebagai sahabat lama Indonesia.")
    assert any(e.code == "051" and (e.source.code, e.target.code) == ("IDNGOV", "JPNGOV") for e in ev), codes(ev)
    # blame keeps its own row
    ev = code(pipeline, "Pemerintah Ukraina menganggap Rusia bertanggung jawab atas serangan itu.")
    assert not any(e.code == "051" for e in ev), codes(ev)


def test_harassing_fishermen_is_coercion(pipeline):
    ev = code(pipeline, "Kapal penjaga pantai Vietnam mengganggu nelayan Indonesia di Laut Natuna Utara.")
    assert any(e.code == "170" and e.target.code[:3] == "IDN" for e in ev), codes(ev)
    # without fishermen "mengganggu" (disturb) is no event
    assert not any(e.code.startswith("17") for e in code(pipeline, "Hujan deras mengganggu aktivitas warga Jakarta."))


def test_attending_a_meeting_is_044_without_a_named_partner(pipeline):
    ev = code(pipeline, "Menlu Prancis menghadiri pertemuan para menteri luar negeri ASEAN di Jakarta.")
    assert any(e.code == "044" and e.source.code == "FRAGOV" for e in ev), codes(ev)
    # a summit named as an actor keeps the bare verb row
    ev = code(pipeline, "Presiden Prabowo menghadiri KTT ASEAN di Kuala Lumpur.")
    assert any(e.code == "044" and (e.source.code, e.target.code) == ("IDNGOV", "ASN") for e in ev), codes(ev)


def test_anger_at_a_state_is_disapproval(pipeline):
    ev = code(pipeline, "Pemerintah Malaysia marah besar kepada Singapura karena penyadapan itu.")
    assert any(e.code == "110" and (e.source.code, e.target.code) == ("MYSGOV", "SGPGOV") for e in ev), codes(ev)
    # anger without a target after the preposition is no event
    assert not any(e.code.startswith("11") for e in code(pipeline, "Pelatih itu marah pada saat timnya kalah."))
