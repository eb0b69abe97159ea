"""Actor rules and lexicon rows of round 11 (actors), with sentences written for these tests."""

from datetime import date


def actors(pipeline, text, on="2024-02-01"):
    a = pipeline.analyse_text(text, doc_id="t", date=on)
    return [(m.text, m.code) for m in pipeline.coder.recognizer.find(a.spacy_doc, date.fromisoformat(on)).mentions]


def codes_of(pipeline, text, on="2024-02-01"):
    return {code for _, code in actors(pipeline, text, on)}


def test_civilians_at_a_place_abroad_are_its_people(pipeline):
    # worshippers placed at a holy site abroad, also past a relative clause, are the people of that place
    assert ("jemaah", "PSECVL") in actors(pipeline, "Pemerintah Indonesia mengecam polisi Israel yang memukuli jemaah "
                                                     "di Masjid Al-Aqsa pada Jumat.")
    assert ("jamaah", "PSECVL") in actors(pipeline, "Tentara Israel menembaki jamaah yang hendak salat di kompleks "
                                                     "Masjid Al-Aqsa.")
    # named just before, in this sentence or the previous one
    found = actors(pipeline, "Indonesia mengutuk penyerbuan polisi Israel di Masjid Al Aqsa. Puluhan warga terluka "
                             "dan seorang korban dibawa ke rumah sakit.")
    assert ("warga", "PSECVL") in found and ("korban", "PSECVL") in found
    # communities at large are not at the place; nor are civilians with nothing abroad around them
    found = actors(pipeline, "Polisi Israel menyerbu Masjid Al-Aqsa di Yerusalem. Tindakan itu melukai perasaan umat "
                             "Muslim dunia.")
    assert ("umat Muslim", "PSECVL") not in found
    assert ("warga", "IDNCVL") in actors(pipeline, "Puluhan warga Bekasi berunjuk rasa di depan kantor bupati.")


def test_martial_law_is_no_army(pipeline):
    # "darurat militer" is martial law: the army is no actor in it
    found = codes_of(pipeline, "Presiden Filipina mengumumkan darurat militer di Mindanao pada Rabu malam.")
    assert "PHLGOV" in found and not any(c.endswith("MIL") for c in found)
    # the army itself still is
    assert "PHLMIL" in codes_of(pipeline, "Militer Filipina menggempur basis pemberontak di Mindanao.")


def test_an_object_they_with_no_one_before_in_a_refugee_story(pipeline):
    # the text opens with the rejection; the refugees are named only later
    text = ("Nelayan setempat mengusir mereka kembali ke laut. Sekitar 150 pengungsi Rohingya itu terkatung-katung "
            "di perahu kayu selama dua pekan.")
    assert ("mereka", "MMRREF") in actors(pipeline, text)
    # with someone named before it, the object pronoun keeps its antecedent
    text = ("Polisi menangkap tiga penyelundup. Warga lalu mengusir mereka dari desa. Para pengungsi Rohingya "
            "ditampung di balai desa.")
    assert ("mereka", "MMRREF") not in actors(pipeline, text)


def test_plural_by_reduplication_is_the_role(pipeline):
    # "kapal-kapal kargo" is the plural of "kapal kargo": merchant ships, of no country unless one is named
    found = actors(pipeline, "Kelompok bersenjata itu menembaki kapal-kapal tanker yang berlayar ke Eropa.")
    assert ("kapal-kapal tanker", "---BUS") in found
    assert ("kapal-kapal dagang China", "CHNBUS") in actors(pipeline, "Filipina mengusir kapal-kapal dagang China dari "
                                                                       "perairannya.")
    # countries in the plural with none named are no single country, never the home state
    assert ("negara-negara", "---GOV") in actors(pipeline, "Ia mengkritik negara-negara yang diam atas serangan itu.")
    assert ("Negara-negara Barat", "WST") in actors(pipeline, "Negara-negara Barat terus memasok senjata ke Ukraina.")


def test_english_rank_general_is_a_foreign_officer(pipeline):
    found = actors(pipeline, "Komandan Armada Pasifik Amerika Serikat, General Paul Harmon, tiba di Surabaya. "
                             "General Harmon kemudian disambut Panglima Koarmada II.")
    assert ("General Harmon", "USAMIL") in found
    # company posts and names are no rank
    found = actors(pipeline, "General Manager PT Semen Padang meresmikan gudang baru.")
    assert found and all(code == "IDNBUS" for _, code in found)
    assert "MNC" in codes_of(pipeline, "General Motors menutup pabriknya di Bekasi.")
