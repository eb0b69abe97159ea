"""Sentence segmentation of cleaned Indonesian news text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from peristiwa.clean.cleaner import clean_document
from peristiwa.clean.segment import segment
from peristiwa.records import Document


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in segment(text)]


def test_simple_split_and_spans_exclude_whitespace():
    text = "  Presiden tiba di Bandung.  Ia disambut gubernur!   Apakah acara berjalan lancar?  "
    spans = segment(text)
    assert [text[s:e] for s, e in spans] == [
        "Presiden tiba di Bandung.",
        "Ia disambut gubernur!",
        "Apakah acara berjalan lancar?",
    ]
    for s, e in spans:
        assert not text[s].isspace() and not text[e - 1].isspace()


def test_newline_always_splits():
    assert sents("Judul tanpa titik\nKalimat pertama dimulai di sini\nDan kalimat kedua.") == [
        "Judul tanpa titik",
        "Kalimat pertama dimulai di sini",
        "Dan kalimat kedua.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Utusan Filipina Theodoro Locsin Jr. Utusan itu hadir bersama rombongan.",
        "Acara dibuka oleh Dr. Budi Santoso dan Prof. Siti Rahma di aula kampus.",
        "Rombongan dipimpin H. Ahmad Fauzi bersama Hj. Aminah dari Bandung.",
        "Kantor itu berada di Jl. Merdeka No. 17 di pusat kota.",
        "Surat ditandatangani a.n. Kepala Dinas oleh sekretarisnya.",
        "Kuasa hukumnya, Andi Wijaya S.H. M.Si. Hadir dalam sidang kemarin.",
        "Utusan Amerika Serikat Hon. Elaine L. Chao tiba di istana.",
        "Menteri Retno L.P. Marsudi menerima tamu negara.",
        "Pesawat mendarat pukul 09.00 WIB dengan 1.000 penumpang dan kerugian 3,5 miliar.",
        "Informasi lengkap ada di www.contoh-berita.id dan surel redaksi@contoh.id setiap hari.",
        "Kombes Pol. Yusri Yunus menjelaskan kronologi kejadian.",
    ],
)
def test_no_split_inside(text):
    assert sents(text) == [text]


def test_capitalised_all_caps_initials_end_sentences():
    assert sents("Polisi menahan tersangka berinisial MS. Tersangka kini ditahan di polres.") == [
        "Polisi menahan tersangka berinisial MS.",
        "Tersangka kini ditahan di polres.",
    ]
    assert sents("Keputusan itu diambil oleh PBB. Indonesia menyambut baik.") == [
        "Keputusan itu diambil oleh PBB.",
        "Indonesia menyambut baik.",
    ]


def test_dll_splits_only_before_capital():
    assert sents("Warga membawa beras, minyak, gula, dll. Bantuan dibagikan sore hari.") == [
        "Warga membawa beras, minyak, gula, dll.",
        "Bantuan dibagikan sore hari.",
    ]
    text = "Warga membawa beras, minyak, dsb. untuk dibagikan."
    assert sents(text) == [text]


def test_list_numbers_at_line_start():
    text = "Isi pernyataan:\n1. Indonesia mengutuk kekerasan itu.\n2. Indonesia meminta PBB bertindak."
    assert sents(text) == [
        "Isi pernyataan:",
        "1. Indonesia mengutuk kekerasan itu.",
        "2. Indonesia meminta PBB bertindak.",
    ]


@pytest.mark.parametrize("q_open, q_close", [('"', '"'), ("\u201c", "\u201d")])
def test_quotes(q_open, q_close):
    one = f"{q_open}Saya tidak pernah bertemu dengan pejabat mana pun,{q_close} katanya."
    assert sents(one) == [one]
    text = (
        f"{q_open}Ada laporan yang benar, tetapi sebagian besar adalah kebohongan murni. Jadi, kami tidak dapat "
        f"berkomentar,{q_close} kata Peskov. {q_open}Saya tidak tahu.{q_close} Ia lalu pergi."
    )
    assert sents(text) == [
        f"{q_open}Ada laporan yang benar, tetapi sebagian besar adalah kebohongan murni.",
        f"Jadi, kami tidak dapat berkomentar,{q_close} kata Peskov.",
        f"{q_open}Saya tidak tahu.{q_close}",
        "Ia lalu pergi.",
    ]


def test_quote_followed_by_lowercase_attribution_stays_one_sentence():
    text = 'Pertemuan diadakan "setiap hari sesuai praktik diplomatik." kantor berita itu melaporkan.'
    assert sents(text) == [text]
    text = 'Dia bertanya, "Mengapa?" tanya wartawan itu.'
    assert sents(text) == [text]


def test_ellipsis():
    assert sents("Kami menunggu... Akhirnya bantuan datang. Lalu\u2026 Semua lega.") == [
        "Kami menunggu...",
        "Akhirnya bantuan datang.",
        "Lalu\u2026",
        "Semua lega.",
    ]
    text = "Ia ragu... tetapi tetap berangkat."
    assert sents(text) == [text]


def test_empty_and_whitespace():
    assert segment("") == []
    assert segment(" \n \n ") == []


def test_glued_seed_style_text_after_cleaning():
    # sentences glued by a scraper, as in the seed documents
    raw = (
        " date 2022-11 IslamTimes - Juru bicara membantah laporan itu pada Senin (7/11).\n\n"
        "Ia berkata, \u201cOrang-orang mengklaim banyak hal. Saya tidak punya apa pun untuk dibacakan kepada Anda.\u201d"
        "Laporan itu mengacu pada berita hari Minggu.Menurut laporan itu, tujuannya mencegah eskalasi."
        "\u201cIni bukan gertakan.\u201d\u201cKami serius.\u201dPrice menambahkan hal itu.[IT/r]"
    )
    doc = Document(id="s", text=raw)
    clean = clean_document(doc)
    got = [raw[slice(*clean.offsets.span_to_original(s, e))] for s, e in segment(clean.text)]
    assert got == [
        "Juru bicara membantah laporan itu pada Senin (7/11).",
        "Ia berkata, \u201cOrang-orang mengklaim banyak hal.",
        "Saya tidak punya apa pun untuk dibacakan kepada Anda.\u201d",
        "Laporan itu mengacu pada berita hari Minggu.",
        "Menurut laporan itu, tujuannya mencegah eskalasi.",
        "\u201cIni bukan gertakan.\u201d",
        "\u201cKami serius.\u201d",
        "Price menambahkan hal itu.",
    ]
    assert clean.dateline.date == "2022-11" and clean.dateline.outlet == "IslamTimes"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab AB.!?\"\u201c\u201d\n\t,1")), max_size=120))
def test_spans_are_ordered_trimmed_and_within_text(text):
    spans = segment(text)
    prev_end = 0
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert "\n" not in text[s:e]
        prev_end = e
    # nothing but whitespace is left out
    covered = set()
    for s, e in spans:
        covered.update(range(s, e))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)


def test_original_spans_extend_first_sentence_to_dateline():
    from peristiwa.clean.segment import original_spans

    raw = "Jakarta (ANTARA) - Lima negara mengirim utusan. Mereka diterima presiden.\nBaca juga: Judul Lain\nAcara selesai."
    clean = clean_document(Document(id="a", text=raw))
    got = [raw[s:e] for s, e in original_spans(clean)]
    assert got == [
        "Jakarta (ANTARA) - Lima negara mengirim utusan.",
        "Mereka diterima presiden.",
        "Acara selesai.",
    ]
