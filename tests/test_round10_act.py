"""Coreference rules of round 10 (actors, second helper), with sentences written for these tests."""

from datetime import date


def mentions(pipeline, text, on="2024-02-01"):
    a = pipeline.analyse_text(text, doc_id="t", date=on)
    return [(m.text, m.code) for m in pipeline.coder.recognizer.find(a.spacy_doc, date.fromisoformat(on)).mentions]


def pronoun_codes(pipeline, text, word="mereka"):
    return [code for t, code in mentions(pipeline, text) if t.lower() == word]


def test_an_object_pronoun_never_means_its_clause_subject(pipeline):
    # "warga menolak mereka": "mereka" are the ones refused, not the villagers
    text = ("Ratusan pengungsi Rohingya tiba di pantai Bireuen pada Senin pagi. "
            "Warga desa setempat menolak mereka dan meminta pemerintah memindahkan mereka.")
    assert pronoun_codes(pipeline, text) == ["MMRREF", "MMRREF"]
    # the actor right before the verb is that verb's subject ("meminta UNHCR memindahkan mereka")
    text = ("Para pengungsi Rohingya itu ditampung di balai desa. "
            "Warga meminta UNHCR memindahkan mereka ke tempat lain.")
    assert pronoun_codes(pipeline, text) == ["MMRREF"]


def test_a_subject_pronoun_still_means_the_subject(pipeline):
    # not an object: the usual antecedent (the subject of the latest sentence with an actor)
    text = "Ribuan mahasiswa berkumpul di depan gedung DPR. Mereka menuntut pembatalan undang-undang itu."
    assert pronoun_codes(pipeline, text) == ["IDNEDU"]


def test_a_pronoun_after_a_verb_of_saying_may_mean_the_speaker(pipeline):
    # "X mengatakan mereka ...": the pronoun opens the reported clause, its subject may be X
    text = ("Kelompok pemberontak Houthi di Yaman, yang didukung Iran, mengatakan mereka yang menembakkan rudal "
            "ke kapal tanker itu.")
    assert pronoun_codes(pipeline, text) == ["YEMREB"]


def test_a_singular_pronoun_prefers_the_subject_of_the_sentence_before(pipeline):
    # "ia / dia / beliau" in a later sentence: the first person of the antecedent's sentence (its subject), not
    # the nearest one (the object)
    text = ("Perdana Menteri Thailand Srettha Thavisin menerima Menteri Luar Negeri Kamboja di Bangkok pada Senin. "
            "Ia kemudian mengecam penembakan di perbatasan kedua negara.")
    assert pronoun_codes(pipeline, text, "ia") == ["THAGOV"]
    # in the same sentence the nearest person stays the antecedent
    text = "Menteri Luar Negeri Kamboja mengatakan Perdana Menteri Thailand, yang ia temui kemarin, menolak usulan itu."
    assert pronoun_codes(pipeline, text, "ia") == ["THAGOV"]
