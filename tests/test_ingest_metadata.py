"""Datelines at the start of the text, dates in URLs and record date fields."""

from __future__ import annotations

import pytest

from peristiwa.ingest.metadata import date_from_url, extract_dateline, normalise_date


@pytest.mark.parametrize(
    "text, place, outlet, date, prefix",
    [
        ("JAKARTA, KOMPAS.com - Presiden melantik menteri.", "Jakarta", "KOMPAS.com", None, "JAKARTA, KOMPAS.com - "),
        ("Nusa Dua (ANTARA News) - Menteri membuka konferensi.", "Nusa Dua", "ANTARA News", None, "Nusa Dua (ANTARA News) - "),
        ("Jakarta (ANTARA) - Lima negara mengirim utusan.", "Jakarta", "ANTARA", None, "Jakarta (ANTARA) - "),
        ("TRIBUNNEWS.COM, JAKARTA \u2013 Ratusan warga berunjuk rasa.", "Jakarta", "TRIBUNNEWS.COM", None, "TRIBUNNEWS.COM, JAKARTA \u2013 "),
        ("Liputan6.com, Jakarta - Polisi menangkap tersangka.", "Jakarta", "Liputan6.com", None, "Liputan6.com, Jakarta - "),
        ("REPUBLIKA.CO.ID, JALUR GAZA -- Serangan udara menewaskan warga.", "Jalur Gaza", "REPUBLIKA.CO.ID", None, "REPUBLIKA.CO.ID, JALUR GAZA -- "),
        ("BANDAR SERI BEGAWAN, iNews.id - ASEAN menegaskan sikapnya.", "Bandar Seri Begawan", "iNews.id", None, "BANDAR SERI BEGAWAN, iNews.id - "),
        ("Jakarta, CNN Indonesia -- Kepala polisi menuturkan.", "Jakarta", "CNN Indonesia", None, "Jakarta, CNN Indonesia -- "),
        ("JAKARTA - Pemerintah menaikkan harga bahan bakar.", "Jakarta", None, None, "JAKARTA - "),
        ("JAYAPURA-Kontak tembak terjadi lagi.", "Jayapura", None, None, "JAYAPURA-"),
        ("Suara.com - Mahasiswa berdemo di depan gedung DPR.", None, "Suara.com", None, "Suara.com - "),
        (" date 2022-11 IslamTimes - Juru bicara membantah.", None, "IslamTimes", "2022-11", "date 2022-11 IslamTimes - "),
        ("date 2017-07 SRIPOKU.COM, JAKARTA - Pemerintah mengutuk.", "Jakarta", "SRIPOKU.COM", "2017-07", "date 2017-07 SRIPOKU.COM, JAKARTA - "),
        ("- Satresnarkoba Polres menangkap dua orang.", None, None, None, "- "),
        (", , - Ketua partai berpesan.", None, None, None, ", , - "),
    ],
)
def test_dateline_variants(text, place, outlet, date, prefix):
    d = extract_dateline(text)
    assert d is not None
    assert (d.place, d.outlet, d.date) == (place, outlet, date)
    assert text[d.start : d.end] == prefix


def test_dateline_offsets_are_original_after_leading_space():
    text = "  \nJakarta (ANTARA) - Menteri hadir."
    d = extract_dateline(text)
    assert d.start == 3 and text[d.end :].startswith("Menteri")


def test_dateline_after_headline_line():
    text = "Menteri Bertemu Warga Korban Banjir\nPOJOKBERITA.NET, Surabaya \u2013 Menteri sosial mengunjungi posko."
    d = extract_dateline(text)
    assert d is not None and d.place == "Surabaya" and d.outlet == "POJOKBERITA.NET"
    assert text[d.end :].startswith("Menteri sosial")


@pytest.mark.parametrize(
    "text",
    [
        "Presiden Joko Widodo - yang baru dilantik - menyapa warga.",
        "Juru bicara Karine Jean-Pierre mengatakan hal itu.",
        "RUSUH DI PAPUA - Massa membakar gedung.",  # a kicker, not a place
        "Polisi menangkap dua tersangka. Jakarta - kota yang sibuk.",
        "",
        "Kalimat biasa tanpa dateline sama sekali.",
    ],
)
def test_no_dateline(text):
    assert extract_dateline(text) is None


def test_dash_on_later_line_is_not_a_dateline():
    assert extract_dateline("Paragraf pertama selesai.\n- butir daftar pertama") is None


@pytest.mark.parametrize(
    "url, date",
    [
        ("https://regional.kompas.com/read/2019/09/10/21485171/judul", "2019-09-10"),
        ("https://news.okezone.com/read/2019/10/20/337/2833319/judul", "2019-10-20"),
        ("https://contoh.id/2019/10/20/judul-berita", "2019-10-20"),
        ("https://contoh.id/berita/20191020123456/judul", "2019-10-20"),
        ("https://contoh.id/d-20191020/judul", "2019-10-20"),
        ("https://contoh.id/arsip?date=2019-10-20&p=2", "2019-10-20"),
        ("https://contoh.id/arsip?tanggal=20/10/2019", "2019-10-20"),
        ("https://contoh.blogspot.com/2019/10/judul.html", "2019-10"),
        ("https://contoh.id/news/2020-03-05/judul", "2020-03-05"),
        ("https://m.antaranews.com/amp/berita/1122914/judul", None),
        ("https://contoh.id/read/2019/13/45/judul", None),  # not a date
        ("https://contoh.id/berita/20191399/judul", None),
        ("", None),
        (None, None),
    ],
)
def test_date_from_url(url, date):
    assert date_from_url(url) == date


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2019-09-10", "2019-09-10"),
        ("2019-09-10 21:48:00", "2019-09-10"),
        ("2019-09-10T21:48:00+07:00", "2019-09-10"),
        ("2022-11", "2022-11"),
        ("16/09/2019", "2019-09-16"),
        ("20191020", "2019-10-20"),
        ("-", None),
        ("", None),
        (None, None),
        ("bukan tanggal", None),
        ("Senin, 21 Oktober 2019 10:00 WIB", "2019-10-21"),
    ],
)
def test_normalise_date(value, iso):
    assert normalise_date(value) == iso


def test_glued_dash_needs_a_real_all_caps_place():
    assert extract_dateline("AS-Rusia Sepakat Membuka Dialog") is None
    assert extract_dateline("TNI-Polri menggelar apel bersama.") is None
