"""Palestinian territories and roles placed in a country (sentences written for these tests)."""

from datetime import date


def actors(pipeline, text, on="2024-02-01"):
    a = pipeline.analyse_text(text, doc_id="t", date=on)
    return [(m.text, m.code) for m in pipeline.coder.recognizer.find(a.spacy_doc, date.fromisoformat(on)).mentions]


def test_gaza_is_palestinian(pipeline):
    found = actors(pipeline, "Menteri Luar Negeri Malaysia menemui warga Gaza yang dirawat di Kuala Lumpur.")
    assert ("warga Gaza", "PSECVL") in found


def test_a_role_placed_after_its_common_noun_takes_the_country_of_the_place(pipeline):
    # "korban <noun> di X", "warga <adj> di X": up to two common nouns between the role and the place
    found = actors(pipeline, "Pemerintah Malaysia mengirim bantuan untuk korban gempa bumi di Turki.")
    assert ("korban gempa bumi di Turki", "TURCVL") in found
