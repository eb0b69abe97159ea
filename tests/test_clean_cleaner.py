"""Cleaning: boilerplate, glue repair, quotes, whitespace, dateline, and the offset map."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peristiwa.clean.cleaner import MOJIBAKE_MAP, QUOTE_MAP, clean_document, clean_text
from peristiwa.records import Document


def clean(text: str):
    return clean_document(Document(id="t", text=text))


def original_of(c, needle: str) -> str:
    """Original text of the first occurrence of ``needle`` in the clean text."""
    i = c.text.index(needle)
    s, e = c.offsets.span_to_original(i, i + len(needle))
    return c.doc.text[s:e]


def reasons(c) -> list[str]:
    return [r for _, _, r in c.removed]


# --------------------------------------------------------------------------- boilerplate


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Baca juga: Gubernur Resmikan Pasar Baru di Pinggir Kota", "read-also link"),
        ("Baca Juga : Warga Terdampak Banjir Mulai Pulang", "read-also link"),
        ("BACA JUGA: Menteri Tinjau Bendungan", "read-also link"),
        ("Advertisement", "advertisement"),
        ("ADVERTISEMENT", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
        ("Editor: Budi Santoso", "byline"),
        ("Penulis: Siti Aminah", "byline"),
        ("Reporter : Andi", "byline"),
        ("Sumber: Antara", "byline"),
        ("Simak juga video pilihan berikut ini", "read-also link"),
        ("Lihat juga: Daftar Menteri Kabinet Baru", "related link"),
        ("Tonton juga video berikut", "related link"),
        ("Dapatkan update berita pilihan setiap hari dari kami", "promotion"),
        ("Ikuti berita terbaru kami di Google News", "promotion"),
        ("Follow kanal WhatsApp kami untuk berita terkini", "promotion"),
        ("Halaman selanjutnya", "pagination"),
        ("FOTO: Warga mengantre bantuan di balai desa", "photo caption"),
        ("Foto: Antara/Fulan", "photo caption"),
        ("Ilustrasi penangkapan tersangka oleh polisi", "photo caption"),
        ("Petugas memadamkan api di gudang (Foto: Dok. Damkar)", "photo caption"),
        ("Copyright \u00a9 2021 Contoh Berita. All rights reserved.", "copyright"),
        ("\u00a9 2021 Contoh Media", "copyright"),
        ("Selasa, 17 Desember 2019 07:56 WIB", "timestamp"),
        ("#GrowFearless with FIMELA", "hashtag"),
        ("[IT/r]", "trailing code"),
        ("(WIL)", "trailing code"),
    ],
)
def test_boilerplate_lines_removed_with_reason(line, reason):
    text = f"Presiden meresmikan bendungan di Jawa Tengah.\n{line}\nWarga menyambut gembira peresmian itu."
    c = clean(text)
    assert c.text == "Presiden meresmikan bendungan di Jawa Tengah.\nWarga menyambut gembira peresmian itu."
    assert reason in reasons(c)
    (start, end, _), = [r for r in c.removed if r[2] == reason]
    assert line in text[start:end]


def test_related_link_list_after_header():
    text = (
        "Menteri membuka pameran dagang.\n"
        "Berita Terkait\n"
        "Harga Cabai Naik Jelang Lebaran\n"
        "Pedagang Pasar Keluhkan Sepi Pembeli\n"
        "Pameran berlangsung selama tiga hari."
    )
    c = clean(text)
    assert c.text == "Menteri membuka pameran dagang.\nPameran berlangsung selama tiga hari."
    assert reasons(c).count("related links") == 3  # the header and two headlines


def test_read_also_header_removes_following_headline():
    text = "Polisi menangkap pelaku.\nBaca Juga:\nPelaku Curanmor Ditangkap di Pasar\nPelaku kini ditahan."
    c = clean(text)
    assert c.text == "Polisi menangkap pelaku.\nPelaku kini ditahan."


@pytest.mark.parametrize(
    "line",
    [
        "Foto yang beredar di media sosial menunjukkan kerumunan warga di alun-alun.",
        "Sumber daya manusia menjadi prioritas pemerintah daerah.",
        "Editorial surat kabar itu mengkritik kebijakan baru.",
        "Lihat saja hasilnya nanti, kata dia.",
    ],
)
def test_body_lines_that_look_similar_are_kept(line):
    c = clean(f"Paragraf pertama selesai.\n{line}")
    assert line in c.text


def test_inline_photo_credit_and_trailing_code():
    text = "Massa membakar ban di depan gedung (Foto: Istimewa) sambil berorasi.\nAksi berakhir sore hari. [IT/r]"
    c = clean(text)
    assert c.text == "Massa membakar ban di depan gedung sambil berorasi.\nAksi berakhir sore hari."
    assert "photo caption" in reasons(c) and "trailing code" in reasons(c)


# --------------------------------------------------------------------------- glue, quotes, whitespace


def test_glued_quote_and_sentence_repair():
    text = (
        "Ia berkata, \u201cSaya tidak punya apa pun untuk disampaikan kepada Anda.\u201dLaporan itu muncul "
        "pekan lalu dalam beberapa pekan terakhir.Menurut laporan itu, pembicaraan berlangsung rahasia."
        "\u201cKami tidak tahu.\u201d\u201cIni bukan gertakan.\u201d"
    )
    c = clean(text)
    assert 'kepada Anda." Laporan itu' in c.text
    assert "terakhir. Menurut" in c.text
    assert 'rahasia. "Kami tidak tahu." "Ini bukan gertakan."' in c.text
    assert original_of(c, "Laporan") == "Laporan"
    assert original_of(c, "Menurut laporan") == "Menurut laporan"


def test_click_id_paragraph_glue_becomes_newline():
    text = "- Polisi mengamankan dua orang.,Penangkapan itu hasil pengembangan.,\"Keduanya pemasok,\" kata Zulmi. ,Sebab lain belum jelas.,,"
    c = clean(text)
    assert c.text == 'Polisi mengamankan dua orang.\nPenangkapan itu hasil pengembangan.\n"Keduanya pemasok," kata Zulmi.\nSebab lain belum jelas.'
    assert c.dateline is not None and c.dateline.place is None


def test_comma_after_abbreviation_is_not_paragraph_glue():
    text = "Utusan Filipina Theodoro Locsin Jr., Utusan Jepang Nakayama, dan Kasau Fadjar, S.E., M.P.P., hadir."
    assert clean(text).text == text


def test_glue_does_not_split_domains_or_decimals():
    text = "Berita dari Kompas.com dan Tempo.Co dimuat pukul 09.00 dengan nilai Rp1.500,50 per unit."
    assert clean(text).text == text


def test_straight_quote_glue_uses_parity():
    c = clean('Dia berkata "Kami siap,"pungkasnya. Acara selesai."Terima kasih," kata panitia.')
    assert c.text == 'Dia berkata "Kami siap," pungkasnya. Acara selesai. "Terima kasih," kata panitia.'


def test_quotes_normalised_and_mapped_to_original_quote():
    text = "Ia menyebut \u201cdialog\u201d dan \u2018kompromi\u2019 serta \u00abdamai\u00bb."
    c = clean(text)
    assert c.text == "Ia menyebut \"dialog\" dan 'kompromi' serta \"damai\"."
    for i, ch in enumerate(c.text):
        o = c.offsets.to_original(i)
        if ch in "\"'":
            assert text[o] in QUOTE_MAP and QUOTE_MAP[text[o]] == ch
        else:
            assert text[o] == ch


def test_mojibake_quotes_and_nbsp_repaired():
    text = "Dia berkata \u201a\u00c4\u00faKami siap\u201a\u00c4\u00f9 kepada\u00ac\u2020wartawan."
    assert clean(text).text == 'Dia berkata "Kami siap" kepada wartawan.'


def test_whitespace_runs_and_paragraphs():
    text = "  Satu\t\t dua   tiga.\r\n\r\n\n  Empat\u00a0lima\u200b.  \n"
    c = clean(text)
    assert c.text == "Satu dua tiga.\nEmpat lima."
    assert original_of(c, "Empat") == "Empat"


def test_br_tags_become_newlines():
    c = clean("Kalimat pertama. <br /> <br />Kalimat kedua.")
    assert c.text == "Kalimat pertama.\nKalimat kedua."


# --------------------------------------------------------------------------- dateline


def test_dateline_stripped_and_recorded():
    text = "JAKARTA, KOMPAS.com - Presiden melantik menteri."
    c = clean(text)
    assert c.text == "Presiden melantik menteri."
    assert c.dateline.place == "Jakarta" and c.dateline.outlet == "KOMPAS.com"
    assert (0, 22, "dateline") in c.removed
    assert c.offsets.to_original(0) == 22


def test_islamtimes_prefix():
    text = " date 2022-11 IslamTimes - Juru bicara membantah laporan itu."
    c = clean(text)
    assert c.text.startswith("Juru bicara")
    assert c.dateline.date == "2022-11" and c.dateline.outlet == "IslamTimes"
    assert text[c.offsets.to_original(0)] == "J"


def test_only_boilerplate_gives_empty_text():
    c = clean("ADVERTISEMENT\nBaca juga: Judul Lain\n  \n")
    assert c.text == ""
    assert len(c.offsets) == 0


def test_clean_text_function_matches_document():
    text = "Bandung (ANTARA News) - Dua orang ditangkap.\nEditor: Fulan"
    t, m, removed, dl = clean_text(text)
    assert t == "Dua orang ditangkap." and dl.place == "Bandung"
    assert [r for _, _, r in removed] == ["dateline", "byline"]


def test_large_text_is_cleaned_linearly():
    para = "Warga memperbaiki tanggul.,Hujan turun lagi.\u201dKata dia.\u201d  Baca juga: Judul\n"
    text = para * 20000  # ~1.5 MB
    c = clean(text)
    assert len(c.text) > 1_000_000
    assert c.offsets.to_original(len(c.text) - 1) < len(text)


# --------------------------------------------------------------------------- properties of the offset map

TOKENS = [
    "Presiden", "kata", "dia", "Jakarta", "Menurut", "laporan", "Jr.", "S.H.", "1.000", "3,5", "dll.",
    ".", ",", ".,", ".,,", ":,", "!", "?", "...", "\u2026", '"', "'", "\u201c", "\u201d", "\u2018", "\u2019",
    "\u00ab", "\u00bb", " ", "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u200b", "\u00ad", "-", " - ",
    "\u2013", "Baca juga: Judul Berita Lain", "ADVERTISEMENT", "Editor: Budi", "(Foto: Antara)", "[IT/r]",
    "(WIL)", "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ", " date 2022-11 IslamTimes - ", "- ", ", , - ",
    "\u201a\u00c4\u00fa", "\u201a\u00c4\u00f9", "\u201a\u00c4\u00ec", "\u00ac\u2020", "<br />", "_x000D_",
    "#Tagar", "loading...", "Anda.\u201dLaporan", "terakhir.Menurut", "kepada,", "(trb)", ",,,",
]

texts = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=60).map("".join),
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=5)), max_size=40).map("".join),
)

_INSERTABLE = set(" \n") | set(QUOTE_MAP.values()) | set(MOJIBAKE_MAP.values())


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offset_map_properties(text):
    c = clean(text)
    assert len(c.offsets) == len(c.text)
    prev = -1
    for i, ch in enumerate(c.text):
        o = c.offsets.to_original(i)
        assert 0 <= o <= len(text)
        assert o >= prev, "offsets must be monotone non-decreasing"
        prev = o
        if o < len(text) and text[o] == ch:
            continue  # copied character
        # otherwise an inserted or normalised character
        assert ch in _INSERTABLE, (i, ch, text[o : o + 3])
        if ch in "\"'" and o < len(text) and text[o] in QUOTE_MAP and text[o : o + 3] not in MOJIBAKE_MAP:
            assert QUOTE_MAP[text[o]] == ch  # a normalised quote maps to its original quote
    assert c.offsets.to_original(len(c.text)) <= len(text)
    for start, end, reason in c.removed:
        assert 0 <= start < end <= len(text) and reason
    # the clean text is normalised
    assert c.text == c.text.strip()
    assert "  " not in c.text and "\n\n" not in c.text and "\t" not in c.text
    assert not any(q in c.text for q in QUOTE_MAP)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Presiden", "Menteri", "datang", "pergi", "hari", "ini", "besok", "rakyat", "negara"]), min_size=1, max_size=30))
def test_plain_text_is_copied_exactly(words):
    text = " ".join(words) + "."
    c = clean(text)
    assert c.text == text
    assert all(c.offsets.to_original(i) == i for i in range(len(text)))
