from datetime import date

from peristiwa.timeplace.dates import DateResolver, parse_iso

R = DateResolver()
BASE = date(2022, 11, 8)  # a Tuesday


def test_weekday_with_numeric_date():
    assert R.resolve("Juru bicara itu pada Senin (7/11) membantah laporan.", BASE) == ("2022-11-07", "Senin (7/11)")


def test_numeric_date_with_year_and_two_digit_year():
    assert R.resolve("Polisi menangkapnya kemarin (20/10/2019).", BASE)[0] == "2019-10-20"
    assert R.resolve("rapat digelar (3/2/21) di Jakarta", BASE)[0] == "2021-02-03"


def test_bare_weekday_is_the_most_recent_one():
    assert R.resolve("Menteri itu mengonfirmasi pada hari Rabu bahwa ...", BASE) == ("2022-11-02", "pada hari Rabu")


def test_day_month_without_year_prefers_the_past():
    assert R.resolve("Presiden berpidato pada 27 September di depan sidang.", BASE)[0] == "2022-09-27"
    assert R.resolve("Kesepakatan diteken 20 Desember lalu.", BASE)[0] == "2021-12-20"


def test_relative_phrases():
    assert R.resolve("Ia mengundurkan diri awal bulan ini.", BASE) == ("2022-11-01", "awal bulan ini")
    assert R.resolve("Demonstrasi terjadi pekan lalu.", BASE)[0] == "2022-11-01"
    assert R.resolve("Kapal itu ditahan kemarin.", BASE)[0] == "2022-11-07"
    assert R.resolve("Dua hari lalu mereka bertemu.", BASE)[0] == "2022-11-06"


def test_month_and_year():
    assert R.resolve("sebelum pemilihan presiden AS pada bulan November 2016.", BASE)[0] == "2016-11-01"


def test_no_date_or_no_base():
    assert R.resolve("Kedua negara sepakat memperkuat kerja sama.", BASE) is None
    assert R.resolve("Ia datang pada hari Rabu.", None) is None
    assert R.resolve("pada 1 April 2024 serangan terjadi", None)[0] == "2024-04-01"


def test_parse_iso():
    assert parse_iso("2022-11") == date(2022, 11, 1)
    assert parse_iso("2019-10-20T10:00") == date(2019, 10, 20)
    assert parse_iso("bukan tanggal") is None and parse_iso(None) is None
