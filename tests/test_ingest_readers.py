"""Readers: every input ends as a Document or a Skipped with a clear reason."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from peristiwa.ingest.readers import read_inputs, record_to_document
from peristiwa.records import Document, Skipped

FIXTURES = Path(__file__).parent / "fixtures"

KALIMAT = (
    "JAKARTA, KOMPAS.com - Presiden menerima kunjungan Perdana Menteri di Istana Merdeka pada Senin pagi. "
    "Kedua pemimpin membahas kerja sama perdagangan dan keamanan maritim."
)


def _docs(items):
    return [x for x in items if isinstance(x, Document)]


def _skips(items):
    return [x for x in items if isinstance(x, Skipped)]


# --------------------------------------------------------------------------- txt


def test_txt_one_document_per_file_id_is_stem(tmp_path):
    p = tmp_path / "berita_satu.txt"
    p.write_text(KALIMAT, encoding="utf-8")
    (out,) = list(read_inputs([p]))
    assert isinstance(out, Document)
    assert out.id == "berita_satu"
    assert out.text == KALIMAT
    assert out.origin == str(p)


def test_single_path_string_is_accepted(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Gubernur meninjau lokasi banjir di pinggiran kota.", encoding="utf-8")
    (out,) = list(read_inputs(str(p)))
    assert isinstance(out, Document) and out.id == "a"


def test_folder_recursion_sorted_and_duplicate_stems_unique(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "dalam").mkdir(parents=True)
    (tmp_path / "b" / "x.txt").write_text("Polisi menangkap dua tersangka pencurian.", encoding="utf-8")
    (tmp_path / "a" / "dalam" / "x.txt").write_text("Warga menggelar doa bersama di masjid.", encoding="utf-8")
    (tmp_path / "a" / "y.txt").write_text("Menteri meresmikan pelabuhan baru.", encoding="utf-8")
    out = list(read_inputs([tmp_path]))
    assert all(isinstance(d, Document) for d in out)
    # sorted by relative path: a/dalam/x.txt, a/y.txt, b/x.txt
    assert [d.text.split()[0] for d in out] == ["Warga", "Menteri", "Polisi"]
    ids = [d.id for d in out]
    assert ids[0] == "x" and ids[1] == "y"
    assert ids[2] == "b/x"  # second "x" gets its relative path
    assert len(set(ids)) == 3


def test_missing_path_is_skipped_not_raised(tmp_path):
    out = list(read_inputs([tmp_path / "tidak_ada.txt"]))
    assert len(out) == 1 and isinstance(out[0], Skipped)
    assert out[0].reason == "not found"


# --------------------------------------------------------------------------- encodings and bad input


def test_cp1252_file_is_decoded(tmp_path):
    p = tmp_path / "lama.txt"
    text = "Menteri berkata, \u201cKami akan bertindak tegas terhadap pelaku,\u201d di kafe Caf\u00e9 Jakarta."
    p.write_bytes(text.encode("cp1252"))
    (out,) = list(read_inputs([p]))
    assert isinstance(out, Document)
    assert out.text == text
    assert out.meta.get("encoding") == "cp1252"


def test_latin1_file_is_decoded(tmp_path):
    p = tmp_path / "latin.txt"
    text = "Delegasi dari Fran\u00e7ois bertemu pejabat di Bandung pada hari Selasa."
    p.write_bytes(text.encode("latin-1"))
    (out,) = list(read_inputs([p]))
    assert isinstance(out, Document) and out.text == text


def test_invalid_utf8_bytes_are_replaced_not_fatal(tmp_path):
    p = tmp_path / "rusak.txt"
    good = "Gubernur \u201cmenolak\u201d usulan itu dan berkata akan mengkaji ulang."
    data = good.encode("utf-8")
    cut = len("Gubernur \u201cmenolak\u201d usulan".encode("utf-8"))
    data = data[:cut] + b"\xff\xfe" + data[cut:]  # bad bytes between two ASCII words
    p.write_bytes(data)
    (out,) = list(read_inputs([p]))
    assert isinstance(out, Document)
    assert "\ufffd" in out.text
    assert "\u201cmenolak\u201d" in out.text  # the valid UTF-8 stays intact
    assert out.meta["encoding"] == "utf-8 (replaced)"


def test_empty_file_is_skipped(tmp_path):
    p = tmp_path / "kosong.txt"
    p.write_bytes(b"")
    (out,) = list(read_inputs([p]))
    assert isinstance(out, Skipped) and out.reason == "empty file"


def test_whitespace_only_file_is_skipped_as_empty(tmp_path):
    p = tmp_path / "spasi.txt"
    p.write_text("  \n\n\t  \n", encoding="utf-8")
    (out,) = list(read_inputs([p]))
    assert isinstance(out, Skipped) and out.reason.startswith("empty")


def test_binary_file_is_skipped(tmp_path):
    p = tmp_path / "gambar.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (out,) = list(read_inputs([p]))
    assert isinstance(out, Skipped)
    assert out.reason.startswith("binary file")


def test_unknown_extension_is_sniffed(tmp_path):
    (tmp_path / "catatan.md").write_text("Wali kota membuka festival budaya di alun-alun.", encoding="utf-8")
    (tmp_path / "data.bin").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "halaman.xyz").write_text(
        "<!DOCTYPE html><html><body><p>Camat meninjau posko pengungsian korban longsor di desa itu.</p></body></html>",
        encoding="utf-8",
    )
    out = {x.id: x for x in read_inputs([tmp_path])}
    assert isinstance(out["catatan"], Document)
    assert isinstance(out["data"], Skipped) and out["data"].reason.startswith("binary file")
    assert isinstance(out["halaman"], Document) and "posko pengungsian" in out["halaman"].text


def test_bad_input_does_not_stop_the_rest(tmp_path):
    (tmp_path / "1_kosong.txt").write_bytes(b"")
    (tmp_path / "2_biner.txt").write_bytes(b"\x00" * 50)
    (tmp_path / "3_baik.txt").write_text("DPR mengesahkan rancangan undang-undang itu.", encoding="utf-8")
    out = list(read_inputs([tmp_path]))
    assert [type(x).__name__ for x in out] == ["Skipped", "Skipped", "Document"]
    assert out[2].id == "3_baik"


def test_large_text_file_20mb(tmp_path):
    p = tmp_path / "besar.txt"
    para = "Pemerintah daerah menyalurkan bantuan beras kepada warga terdampak banjir di tiga kecamatan. "
    n = 20_000_000 // len(para) + 1
    p.write_text(para * n, encoding="utf-8")
    (out,) = list(read_inputs([p]))
    assert isinstance(out, Document)
    assert len(out.text) >= 20_000_000


# --------------------------------------------------------------------------- jsonl


def test_jsonl_records_bad_line_and_missing_id(tmp_path):
    p = tmp_path / "arsip.jsonl"
    lines = [
        json.dumps({"id": "d1", "text": "Presiden melantik menteri baru di istana.", "date": "2020-01-15",
                    "url": "https://contoh.id/a", "source": "contoh.id", "title": "Pelantikan", "kategori": "politik"}),
        '{"id": "d2", "text": "kalimat rusak"',  # bad JSON
        "",
        json.dumps({"text": "Bupati meninjau pasar tradisional."}),  # no id
        json.dumps(["bukan", "objek"]),
        json.dumps({"id": "d5", "text": "   "}),
        json.dumps({"id": "d6", "judul": "tanpa teks"}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = list(read_inputs([p]))
    assert len(out) == 6
    d1 = out[0]
    assert isinstance(d1, Document)
    assert (d1.id, d1.date, d1.url, d1.source, d1.title) == ("d1", "2020-01-15", "https://contoh.id/a", "contoh.id", "Pelantikan")
    assert d1.meta["kategori"] == "politik"
    assert d1.origin.endswith("arsip.jsonl:1")
    bad = out[1]
    assert isinstance(bad, Skipped) and "line 2" in bad.reason and "bad JSON" in bad.reason
    assert bad.id == "arsip:2"
    assert isinstance(out[2], Document) and out[2].id == "arsip:4"
    assert isinstance(out[3], Skipped) and "not a JSON object" in out[3].reason
    assert isinstance(out[4], Skipped) and out[4].reason.startswith("empty")
    assert isinstance(out[5], Skipped) and "no text field" in out[5].reason


def test_jsonl_click_id_layout_uses_content_and_record_date(tmp_path):
    p = tmp_path / "click_like.jsonl"
    rec = {
        "source": "Kompas.com",
        "title": "Polisi Tangkap Pengedar",
        "date": "2019-09-10",
        "url": "https://regional.kompas.com/read/2019/09/10/21485171/polisi-tangkap-pengedar",
        "content": "- Polisi menangkap seorang pengedar di Jalan Merdeka.,Penangkapan itu hasil pengembangan kasus.",
        "category": "News",
    }
    p.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    (d,) = list(read_inputs([p]))
    assert isinstance(d, Document)
    assert d.id == "click_like:1"
    assert d.text == rec["content"]
    assert d.source == "Kompas.com" and d.title == "Polisi Tangkap Pengedar"
    assert d.date == "2019-09-10" and d.meta["date_from"] == "record"
    assert d.meta["category"] == "News"


def test_jsonl_columns_mapping(tmp_path):
    p = tmp_path / "kustom.jsonl"
    p.write_text(json.dumps({"kode": "x9", "isi": "Jaksa menuntut terdakwa lima tahun penjara.", "tgl": "12/03/2022"}) + "\n", encoding="utf-8")
    (d,) = list(read_inputs([p], columns={"id": "kode", "text": "isi", "date": "tgl"}))
    assert isinstance(d, Document)
    assert (d.id, d.date) == ("x9", "2022-03-12")


def test_unknown_column_mapping_field_is_an_error():
    with pytest.raises(ValueError):
        list(read_inputs([], columns={"isi": "text"}))


def test_date_from_url_when_record_has_none(tmp_path):
    p = tmp_path / "u.jsonl"
    p.write_text(json.dumps({"id": "u1", "text": "Menlu bertemu duta besar.", "url": "https://contoh.id/read/2019/10/20/123/menlu"}) + "\n", encoding="utf-8")
    (d,) = list(read_inputs([p]))
    assert d.date == "2019-10-20" and d.meta["date_from"] == "url"


def test_date_from_dateline_when_no_record_or_url(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text(" date 2022-11 IslamTimes - Juru bicara membantah laporan itu.", encoding="utf-8")
    (d,) = list(read_inputs([p]))
    assert d.date == "2022-11" and d.meta["date_from"] == "dateline"


def test_jsonl_invalid_utf8_line_is_decoded(tmp_path):
    p = tmp_path / "campur.jsonl"
    good = json.dumps({"id": "a", "text": "Kapolda memimpin apel siaga."}, ensure_ascii=False).encode("utf-8")
    legacy = '{"id": "b", "text": "Caf\u00e9 itu ditutup polisi."}'.encode("cp1252")
    p.write_bytes(good + b"\n" + legacy + b"\n")
    out = list(read_inputs([p]))
    assert [x.id for x in out] == ["a", "b"]
    assert out[1].text == "Caf\u00e9 itu ditutup polisi."


def test_json_list_file(tmp_path):
    p = tmp_path / "kumpulan.json"
    p.write_text(json.dumps([{"id": "j1", "text": "Warga memprotes penggusuran."}, 5]), encoding="utf-8")
    out = list(read_inputs([p]))
    assert isinstance(out[0], Document) and out[0].id == "j1"
    assert isinstance(out[1], Skipped) and "not a JSON object" in out[1].reason


def test_record_to_document_direct():
    d = record_to_document({"text": "Kepala desa menyambut tamu."}, default_id="f:3", origin="f:3")
    assert isinstance(d, Document) and d.id == "f:3" and d.date is None


# --------------------------------------------------------------------------- csv


def test_csv_with_custom_columns_fixture():
    path = FIXTURES / "berita_kolom_kustom.csv"
    cols = {"id": "kode", "text": "isi_berita", "date": "tanggal_terbit", "url": "tautan", "source": "media", "title": "judul"}
    out = list(read_inputs([path], columns=cols))
    assert len(out) == 3
    a, b, c = out
    assert isinstance(a, Document) and a.id == "k-001" and a.date == "2021-04-05"
    assert a.title == "Jembatan Gantung Diresmikan" and a.source == "Contoh Berita"
    assert isinstance(b, Document) and b.id == "k-002"
    assert '"Kami hanya minta keadilan,"' in b.text
    assert b.date == "2021-04-12" and b.meta["date_from"] == "url"  # from /berita/20210412...
    assert isinstance(c, Skipped) and c.id == "k-003" and c.reason.startswith("empty")


def test_csv_long_field_and_default_columns(tmp_path):
    p = tmp_path / "panjang.csv"
    long_text = "Panitia pemilu menghitung ulang suara di beberapa tempat pemungutan. " * 5000  # ~350 KB > csv default limit
    p.write_text('id,text\n"p1","' + long_text + '"\n"p2","Bawaslu menerima laporan pelanggaran."\n', encoding="utf-8")
    out = list(read_inputs([p]))
    assert [type(x).__name__ for x in out] == ["Document", "Document"]
    assert len(out[0].text) == len(long_text)


def test_csv_bad_row_is_skipped_rest_continues(tmp_path):
    p = tmp_path / "rusak.csv"
    p.write_text('id,text\na1,"Satu kalimat yang baik."\na2,"lebih",kolom,dari,header\na3,"Kalimat ketiga tetap dibaca."\n', encoding="utf-8")
    out = list(read_inputs([p]))
    assert [type(x).__name__ for x in out] == ["Document", "Skipped", "Document"]
    assert "row" in out[1].reason


def test_tsv(tmp_path):
    p = tmp_path / "tab.tsv"
    p.write_text("id\ttext\nt1\tMenteri mengunjungi korban gempa.\n", encoding="utf-8")
    (d,) = list(read_inputs([p]))
    assert isinstance(d, Document) and d.id == "t1"


# --------------------------------------------------------------------------- html


def test_html_fixture_text_and_metadata():
    (d,) = list(read_inputs([FIXTURES / "berita_kebijakan.html"]))
    assert isinstance(d, Document)
    assert d.id == "berita_kebijakan"
    assert d.title == "Menteri Bahas Harga Pangan dengan Gubernur"
    assert d.date == "2021-03-04"
    assert d.url == "https://contoh-berita.id/read/2021/03/04/menteri-bahas-harga-pangan"
    assert "operasi pasar serentak" in d.text
    assert "Beranda" not in d.text  # navigation is not main text
    assert not d.text.startswith(d.title)  # the headline is not repeated in the text


def test_html_without_body_text_is_skipped(tmp_path):
    p = tmp_path / "kosong.html"
    p.write_text("<html><head><title>x</title><script>var a = 1;</script></head><body>  </body></html>", encoding="utf-8")
    (out,) = list(read_inputs([p]))
    assert isinstance(out, Skipped) and out.reason == "html: no body text"


def test_short_html_paragraph_is_kept(tmp_path):
    p = tmp_path / "pendek.htm"
    p.write_text("<html><body><p>Kapolres memimpin patroli malam.</p></body></html>", encoding="utf-8")
    (d,) = list(read_inputs([p]))
    assert isinstance(d, Document) and "patroli malam" in d.text


# --------------------------------------------------------------------------- stdin


def test_stdin_plain_text():
    out = list(read_inputs(["-"], stdin=io.StringIO(KALIMAT)))
    assert len(out) == 1 and isinstance(out[0], Document)
    assert out[0].id == "stdin" and out[0].text == KALIMAT and out[0].origin == "<stdin>"


def test_stdin_jsonl_binary_stream():
    data = (
        json.dumps({"id": "s1", "text": "Gubernur melantik bupati."}) + "\n" + "{rusak\n"
        + json.dumps({"id": "s3", "text": "Warga antre minyak goreng."}) + "\n"
    ).encode("utf-8")
    out = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [type(x).__name__ for x in out] == ["Document", "Skipped", "Document"]
    assert out[1].id == "stdin:2" and "line 2" in out[1].reason


def test_stdin_empty():
    (out,) = list(read_inputs(["-"], stdin=io.StringIO("")))
    assert isinstance(out, Skipped) and out.reason.startswith("empty")


def test_symlink_loop_in_folder_terminates(tmp_path):
    (tmp_path / "a.txt").write_text("Menteri meninjau gudang logistik.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    out = list(read_inputs([tmp_path]))
    assert [d.id for d in out] == ["a"]


def test_jsonl_sniffed_without_extension(tmp_path):
    p = tmp_path / "ekspor"
    p.write_text(json.dumps({"id": "z1", "text": "Kapal patroli mengusir kapal asing."}) + "\n", encoding="utf-8")
    (d,) = list(read_inputs([p]))
    assert isinstance(d, Document) and d.id == "z1"
