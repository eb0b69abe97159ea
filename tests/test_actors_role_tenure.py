"""A role the text gives a person of the same country names the office they hold at the time of the
event, even where the lexicon's tenure rows say otherwise (CODING-CONVENTIONS.md section 2: people are
coded by their role as the text introduces it). A role of another country's person does not win."""

from datetime import date


def codes(pipeline, text, on):
    a = pipeline.analyse_text(text, doc_id="t", date=on)
    found = pipeline.coder.recognizer.find(a.spacy_doc, date.fromisoformat(on))
    return {m.text: m.code for m in found.mentions}


def test_the_texts_role_wins_over_the_tenure_rows_of_the_same_country(pipeline):
    # people.tsv has Sugiono in the DPR until October 2024
    found = codes(pipeline, "Menlu Sugiono menerima para duta besar di Jakarta.", "2024-05-02")
    assert found["Menlu Sugiono"] == "IDNGOV"
    # with no role, the tenure rows decide
    found = codes(pipeline, "Sugiono menerima para duta besar di Jakarta.", "2024-05-02")
    assert found["Sugiono"] == "IDNLEG"


def test_a_known_foreign_person_keeps_their_country_under_a_home_role(pipeline):
    found = codes(pipeline, "Menlu Wang Yi menerima para duta besar di Beijing.", "2023-09-01")
    assert found["Menlu Wang Yi"].startswith("CHN")
