"""Language identification and the language gate of prepare()."""

from __future__ import annotations

import pytest

from peristiwa.clean.langid import LanguageIdentifier, default_identifier, prepare
from peristiwa.records import CleanDocument, Document, Skipped

INDONESIAN = (
    "JAKARTA, KOMPAS.com - Pemerintah kabupaten menyalurkan bantuan beras kepada warga yang terdampak banjir "
    "di tiga kecamatan. Bupati mengatakan bahwa bantuan itu akan terus diberikan karena banyak warga belum "
    "bisa kembali ke rumah mereka.\nBaca juga: Banjir Rendam Ratusan Rumah"
)
MALAY = (
    "Jabatan Meteorologi mengeluarkan amaran hujan lebat di beberapa negeri pantai timur. Menurut kenyataan "
    "itu, penduduk di kawasan rendah dinasihatkan supaya berwaspada kerana paras air sungai dijangka meningkat. "
    "Pihak berkuasa tempatan turut menyediakan pusat pemindahan sementara bagi mangsa yang terjejas."
)
MALAY_2 = (
    "Kerajaan negeri akan memperkenalkan skim bantuan baharu untuk peniaga kecil selepas ramai yang terjejas "
    "akibat penutupan pasar. Exco berkata permohonan boleh dibuat secara dalam talian mulai minggu hadapan."
)
ENGLISH = (
    "The regional government distributed rice to residents affected by the floods in three districts. The "
    "regent said the aid would continue because many residents could not yet return to their homes."
)


@pytest.fixture(scope="module")
def ident() -> LanguageIdentifier:
    return default_identifier()


def test_indonesian_is_kept(ident):
    code, conf = ident.identify(INDONESIAN)
    assert code == "id" and conf > 0.5
    out = prepare(Document(id="i", text=INDONESIAN, origin="f.txt"))
    assert isinstance(out, CleanDocument)
    assert out.language == "id"
    assert "Baca juga" not in out.text  # prepare cleans


@pytest.mark.parametrize("text", [MALAY, MALAY_2])
def test_malay_is_skipped_with_reason(text):
    out = prepare(Document(id="m", text=text, origin="m.txt"))
    assert isinstance(out, Skipped)
    assert out.stage == "language"
    assert out.id == "m" and out.origin == "m.txt"
    assert out.reason.startswith("language: ms (Malay), confidence ")
    assert float(out.reason.rsplit(" ", 1)[1]) >= 0.6


def test_english_is_skipped_with_reason():
    out = prepare(Document(id="e", text=ENGLISH))
    assert isinstance(out, Skipped) and out.stage == "language"
    assert out.reason.startswith("language: en (English), confidence ")


def test_short_text_is_kept_as_indonesian(ident):
    assert ident.identify("Oke, siap.") == ("und", 0.0)
    out = prepare(Document(id="s", text="Oke, siap."))
    assert isinstance(out, CleanDocument) and out.language == "id"


def test_only_boilerplate_is_skipped_at_clean_stage():
    out = prepare(Document(id="b", text="ADVERTISEMENT\nBaca juga: Judul Lain\n"))
    assert isinstance(out, Skipped) and out.stage == "clean"
    assert "empty" in out.reason


def test_lexical_tie_break_overrides_a_malay_verdict_without_malaysian_words(ident):
    sample = "Polisi mengatakan bahwa tersangka ditangkap karena membawa narkoba di perbatasan."
    assert ident.malay_or_indonesian(sample, "ms", 1.0)[0] == "id"
    assert ident.malay_or_indonesian(MALAY, "ms", 1.0)[0] == "ms"
    # a strong Malaysian signal overrides an Indonesian verdict too
    assert ident.malay_or_indonesian(MALAY_2 + " " + MALAY, "id", 0.9)[0] == "ms"


def test_lexical_counts(ident):
    assert ident.lexical_counts("Kerana kerajaan berkata bahawa polis selepas itu") == (0, 5)
    assert ident.lexical_counts("Karena pemerintah bilang bahwa polisi setelah itu") == (5, 0)


def test_sample_is_cut_at_a_space(ident):
    long = ("kata " * 1000).strip()
    s = ident.sample(long)
    assert len(s) <= ident.sample_chars and not s.endswith(" ") and s.endswith("kata")
