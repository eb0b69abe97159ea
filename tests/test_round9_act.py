"""Actor rules and lexicon rows of round 9 (actors), with sentences written for these tests."""

from datetime import date


def actors(pipeline, text, on="2024-02-01"):
    a = pipeline.analyse_text(text, doc_id="t", date=on)
    return [(m.text, m.code) for m in pipeline.coder.recognizer.find(a.spacy_doc, date.fromisoformat(on)).mentions]


def codes_of(pipeline, text, on="2024-02-01"):
    return {code for _, code in actors(pipeline, text, on)}


def test_spellings_of_countries_news_uses(pipeline):
    # English spellings Indonesian news writes next to the Indonesian ones
    assert "CHLGOV" in codes_of(pipeline, "Chile mengecam keputusan itu pada Selasa.")
    assert "MEXGOV" in codes_of(pipeline, "Pemerintah Mexico menolak rencana tersebut.")
    assert "SYRGOV" in codes_of(pipeline, "Syria menuduh Israel melanggar gencatan senjata.")
    assert ("warga Chile", "CHLCVL") in actors(pipeline, "Ribuan warga Chile berunjuk rasa di Santiago.")


def test_territories_with_their_own_code(pipeline):
    assert "GRLGOV" in codes_of(pipeline, "Greenland menolak tawaran pembelian dari Washington.")
    assert "MACGOV" in codes_of(pipeline, "Pemerintah Makau memperketat aturan kasino.")


def test_place_names_containing_a_country_or_bloc_word(pipeline):
    # "New Mexico" is a US state; "Lombok Barat", "Sahara Barat" are not the West
    assert "MEXGOV" not in codes_of(pipeline, "Gubernur New Mexico mengkritik kebijakan imigrasi federal.")
    found = codes_of(pipeline, "Bupati Lombok Barat menemui para nelayan.")
    assert "WST" not in found and "IDNGOV" in found
    found = codes_of(pipeline, "Maroko menegaskan klaimnya atas Sahara Barat.")
    assert "WST" not in found


def test_a_role_with_no_sector_from_a_country_is_that_state(pipeline):
    # "Petugas dari X": officials sent by that state (a role with nothing else to inherit from)
    assert ("Petugas dari Vietnam", "VNMGOV") in actors(pipeline, "Petugas dari Vietnam memperingatkan kapal nelayan "
                                                                   "Filipina agar keluar dari perairan itu.")
    # a bloc after "dari" is no state; "petugas" alone stays no actor
    assert not any(t.startswith("Petugas") for t, _ in actors(pipeline, "Petugas dari Barat datang terlambat."))
    assert not any(t.startswith("Petugas") for t, _ in actors(pipeline, "Petugas segera memadamkan api."))


def test_a_media_role_takes_the_outlet_named_in_apposition(pipeline):
    # "Media yang ..., <outlet>, ...": the outlet's country, not the story's
    found = actors(pipeline, "Media yang dekat dengan pemerintah Iran, Press TV, mengecam sanksi baru Uni Eropa.")
    assert ("Media", "IRNMED") in found
    # no outlet in apposition: the role keeps the story's country
    found = actors(pipeline, "Media setempat, menurut warga, melaporkan kerusuhan itu.")
    assert ("Media", "IDNMED") in found


def test_a_mission_names_the_city_it_sits_in_not_another_actor(pipeline):
    # "KBRI Kuala Lumpur", "KJRI Jeddah": the Indonesian mission there, no Malaysian or Saudi actor
    found = actors(pipeline, "KBRI Kuala Lumpur memulangkan 120 pekerja migran pada Senin.")
    assert [c for _, c in found if c.endswith("GOV")] == ["IDNGOV"]
    found = actors(pipeline, "Staf KJRI Jeddah menjemput jemaah yang tersesat.")
    assert "SAUGOV" not in {c for _, c in found}
    # a capital not after a mission still acts for its state
    assert ("Kuala Lumpur", "MYSGOV") in actors(pipeline, "Kuala Lumpur menolak tuduhan itu.")


def test_more_roles_and_institutions(pipeline):
    found = actors(pipeline, "Siswa-siswi berunjuk rasa di depan kantor PPATK, sementara YLKI dan Bea Cukai diam.")
    assert {("Siswa-siswi", "IDNEDU"), ("PPATK", "IDNGOV"), ("YLKI", "NGO"), ("Bea Cukai", "IDNGOV")} <= set(found)
    assert ("tokoh adat", "IDNCVL") in actors(pipeline, "Para tokoh adat menolak rencana relokasi itu.")


def test_a_city_placed_by_its_country_is_one_place(pipeline):
    # "di Damaskus, Suriah", "Kedutaan Besar Iran di Beirut, Lebanon": the country names where the city is
    found = actors(pipeline, "Pesawat tak berawak menyerang Kedutaan Besar Iran di Beirut, Lebanon, pada Senin.")
    assert "LBNGOV" not in {c for _, c in found}
    found = actors(pipeline, "Menlu Retno bertemu mitranya di Ankara, Turki, untuk membahas krisis itu.")
    assert "Turki" not in {t for t, _ in found}
    # a list after "dari" stays a list of states
    found = actors(pipeline, "Serangan itu didukung oleh Australia, Kanada, dan Belanda.")
    assert {"AUSGOV", "CANGOV", "NLDGOV"} <= {c for _, c in found}


def test_russian_first_deputy_prime_minister(pipeline):
    assert ("Denis Manturov", "RUSGOV") in actors(pipeline, "Denis Manturov tiba di Jakarta pada Selasa.", on="2025-06-01")


def test_a_national_red_cross_society_is_no_state(pipeline):
    found = actors(pipeline, "Bantuan diserahkan kepada Bulan Sabit Merah Palestina di Rafah.")
    assert ("Bulan Sabit Merah", "NGO") in found and "PSEGOV" not in {c for _, c in found}
    assert ("Egyptian Red Crescent", "NGO") in actors(pipeline, "Egyptian Red Crescent menerima bantuan itu.")


def test_foreign_institutions_and_party_names_with_a_country(pipeline):
    found = dict(actors(pipeline, "Partai Buruh Inggris dan Partai Demokrat AS mengecam Kemhan Rusia.")[:3])
    assert found == {"Partai Buruh Inggris": "GBRPTY", "Partai Demokrat AS": "USAPTY", "Kemhan Rusia": "RUSGOV"}
    assert ("Partai Demokrat", "IDNPTY") in actors(pipeline, "Partai Demokrat menolak usulan itu.")
    assert ("Pasukan Bela Diri Jepang", "JPNMIL") in actors(pipeline, "Pasukan Bela Diri Jepang menggelar latihan.")
    assert ("Kantor Urusan Taiwan", "CHNGOV") in actors(pipeline, "Kantor Urusan Taiwan memperingatkan Taipei.")


def test_federal_and_national_between_a_role_and_its_country(pipeline):
    assert ("Kepolisian Federal Australia", "AUSCOP") in actors(pipeline, "Kepolisian Federal Australia menangkap dua "
                                                                           "tersangka.")
    assert ("Polisi Nasional Filipina", "PHLCOP") in actors(pipeline, "Polisi Nasional Filipina membubarkan massa.")


def test_more_heads_of_state_and_ministers_by_date(pipeline):
    assert ("Lula", "BRAGOV") in actors(pipeline, "Lula mengecam serangan itu.", on="2024-03-01")
    assert ("Lula", "BRACRM") in actors(pipeline, "Lula menolak tuduhan jaksa.", on="2019-01-10")
    assert ("Trudeau", "CANGOV") in actors(pipeline, "Trudeau menemui para pengungsi.", on="2020-06-01")
    assert ("Susi Pudjiastuti", "IDNGOV") in actors(pipeline, "Susi Pudjiastuti menenggelamkan kapal asing.", on="2016-04-05")
    assert ("Lukashenko", "BLRGOV") in actors(pipeline, "Lukashenko menuduh Polandia melakukan provokasi.")
