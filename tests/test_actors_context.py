"""Actor recognition inside whole texts: appositions, names, pronouns and the story's parties,
with sentences written for these tests."""

from datetime import date


def actors(pipeline, text, on="2023-05-01"):
    a = pipeline.analyse_text(text, doc_id="t", date=on)
    found = pipeline.coder.recognizer.find(a.spacy_doc, date.fromisoformat(on) if on else None)
    return [(m.text, m.code) for m in found.mentions]


def test_a_comma_closing_a_fronted_clause_is_no_apposition(pipeline):
    found = actors(pipeline, "Selain menahan para tersangka, Bareskrim juga menyita dua mobil.")
    assert ("Bareskrim", "IDNCOP") in found
    assert not [t for t, _ in found if "," in t]
    found = actors(pipeline, "Sesudah menerima para duta besar, Prabowo menggelar rapat terbatas.")
    assert not [t for t, _ in found if "," in t]


def test_an_institution_tagged_as_a_person_is_not_a_name_in_apposition(pipeline):
    found = actors(pipeline, "Polisi menangkap dua terduga teroris, Densus 88 kemudian menggeledah rumah mereka.")
    assert ("Densus 88", "IDNCOP") in found


def test_a_closed_apposition_still_names_the_role(pipeline):
    found = actors(pipeline, "Menteri Luar Negeri Jepang, Yoshimasa Hayashi, menerima tamunya di Tokyo.")
    assert found[0][1] == "JPNGOV" and "Hayashi" in found[0][0]


def test_two_known_people_side_by_side_are_two_names(pipeline):
    found = actors(pipeline, "Sesudah menemui Menteri Luar Negeri, Retno Marsudi Blinken terbang ke Tokyo.",
                   on="2021-12-14")
    assert ("Blinken", "USAGOV") in found
    assert [c for t, c in found if t.endswith("Retno Marsudi")] == ["IDNGOV"]


def test_a_person_span_running_into_a_role_stops_before_it(pipeline):
    from spacy.tokens import Span

    text = ("Presiden Republik Indonesia Joko Widodo Berjumpa Presiden Prancis Emmanuel Macron di Paris. "
            "Presiden Macron kemudian menyambut Presiden Jokowi.")
    a = pipeline.analyse_text(text, doc_id="t", date="2023-05-01")
    doc = a.spacy_doc
    words = [t.text for t in doc]
    start, end = words.index("Joko"), words.index("Prancis")  # the tagger over-extends "Joko ... Presiden"
    doc.ents = [Span(doc, start, end, label="PER")]
    found = pipeline.coder.recognizer.find(doc, date(2023, 5, 1))
    codes = [(m.text, m.code) for m in found.mentions]
    assert ("Presiden", "IDNGOV") not in codes  # "Presiden" is never remembered as a name
    assert [c for t, c in codes if t.endswith("Macron")] == ["FRAGOV", "FRAGOV"]


def test_a_title_case_modifier_stands_between_a_role_and_its_country(pipeline):
    found = actors(pipeline, "Wakil Perdana Menteri Pertama Ukraina tiba di Jakarta, lalu Menteri Senior Singapura "
                             "menyusul pada sore harinya.")
    assert [c for _, c in found][:2] == ["UKRGOV", "SGPGOV"]


def test_the_city_of_a_dateline_left_in_is_not_an_actor(pipeline):
    found = actors(pipeline, "Detik.com, Jakarta Menteri Luar Negeri Jepang bertandang ke Istana Merdeka.")
    assert found and found[0][1] == "JPNGOV"


def test_a_headline_name_stops_before_an_ordinary_word_and_another_person(pipeline):
    found = actors(pipeline, "Raja Yordania Hingga PM Jepang Temui Jokowi\nPresiden Joko Widodo menerima "
                             "para tamu negara di Istana Merdeka.", on="2019-10-20")
    assert ("Raja Yordania", "JORGOV") in found and ("PM Jepang", "JPNGOV") in found
    assert [c for t, c in found if t == "Jokowi"] == ["IDNGOV"]


def test_refugees_without_a_country_come_from_where_the_story_says(pipeline):
    text = ("Warga di Aceh Timur menolak kedatangan para pengungsi. Pemerintah Indonesia akhirnya menampung "
            "ke-80 pengungsi Suriah itu di sebuah gedung sekolah.")
    found = actors(pipeline, text)
    assert [c for t, c in found if "pengungsi" in t] == ["SYRREF", "SYRREF"]
    assert [c for t, c in found if t == "Warga"] == ["IDNCVL"]
    # no refugees' country named: the home default stays
    found = actors(pipeline, "Warga menolak para pengungsi itu turun dari kapal.")
    assert [c for t, c in found if "pengungsi" in t] == ["IDNREF"]


def test_a_known_surname_ends_a_name_written_another_way(pipeline):
    found = actors(pipeline, "Menlu Sergeyevich Lavrov menerima Menlu Retno Marsudi di Moskow.", on="2019-05-01")
    assert found[0][1] == "RUSGOV" and found[0][0].endswith("Lavrov")


def test_a_name_keeps_the_code_its_text_introduced_it_with(pipeline):
    # undated: "Retno" alone would be her latest office (a UN envoy); this text introduced her as Indonesia's minister
    text = "Menteri Luar Negeri RI Retno Marsudi menerima Menlu Jepang di Jakarta. Menurut Retno, keduanya membahas perdagangan."
    found = actors(pipeline, text, on=None)
    assert [c for t, c in found if t == "Retno"] == ["IDNGOV"]


def test_an_affixed_ordinary_word_ends_a_headline_name(pipeline):
    from spacy.tokens import Span

    a = pipeline.analyse_text("Presiden Prancis Emmanuel Macron Bertemu Presiden Joko Widodo. Macron lalu pulang.",
                              doc_id="t", date="2019-05-01")
    doc = a.spacy_doc
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index("Emmanuel"), words.index("Bertemu") + 1, label="PER")]  # over-extended
    found = [(m.text, m.code) for m in pipeline.coder.recognizer.find(doc, date(2019, 5, 1)).mentions]
    assert ("Presiden Prancis Emmanuel Macron", "FRAGOV") in found
    assert [c for t, c in found if t.startswith("Presiden Joko")] == ["IDNGOV"]
