"""The NLP stage: the trained pipeline, sentences, lemmas, clitics, offsets, CoNLL-U."""

import subprocess
import sys

from peristiwa.nlp.output import to_conllu
from peristiwa.records import Skipped

TEXT = (
    "SURABAYA, KOMPAS.com - Gubernur Jawa Timur meresmikan jembatan baru di Madura pada Senin (3/2/2025).\n"
    "Baca juga: Harga beras naik lagi\n"
    "Menurut warga, jembatannya sudah lama ditunggu.“Kami senang sekali,” kata seorang nelayan."
)


def test_sentences_tokens_and_offsets_point_into_the_original(pipeline):
    a = pipeline.analyse_text(TEXT, doc_id="t", date="2025-02-04")
    assert not isinstance(a, Skipped)
    assert a.clean.dateline is not None and a.clean.dateline.outlet == "KOMPAS.com"
    sents = pipeline.sentences(a)
    # the dateline belongs to the first sentence; "Baca juga" is boilerplate; the glued quote is split
    assert [s.text[:12] for s in sents] == ["SURABAYA, KO", "Menurut warg", "“Kami senang"]
    for s in sents:
        assert TEXT[s.start:s.end] == s.text
        for t in s.tokens:
            if t.text not in ('"', "'"):  # normalised quotes map to their original character
                assert TEXT[t.start:t.end] == t.text


def test_pos_parse_entities_lemmas_and_clitics(pipeline):
    a = pipeline.analyse_text("Polisi menangkap pelakunya di Bandung kemarin.", doc_id="c")
    toks = pipeline.sentences(a)[0].tokens
    by = {t.text: t for t in toks}
    assert by["menangkap"].upos == "VERB" and by["menangkap"].lemma == "tangkap"
    assert by["pelakunya"].clitic == "nya" and by["pelakunya"].lemma == "laku"
    assert by["Bandung"].ent_type == "LOC"
    roots = [t for t in toks if t.head == -1]
    assert len(roots) == 1
    assert all(-1 <= t.head < len(toks) for t in toks)


def test_conllu_has_ten_columns_and_one_root_per_sentence(pipeline):
    a = pipeline.analyse_text(TEXT, doc_id="t")
    out = to_conllu("t", pipeline.sentences(a))
    blocks = [b for b in out.strip().split("\n\n") if b]
    assert len(blocks) == 3
    for b in blocks:
        rows = [line.split("\t") for line in b.splitlines() if not line.startswith("#")]
        assert all(len(r) == 10 for r in rows)
        assert sum(r[6] == "0" for r in rows) == 1
        assert all("start=" in r[9] for r in rows)


def test_non_indonesian_text_is_skipped_with_a_reason(pipeline):
    a = pipeline.analyse_text("The foreign minister met his counterpart in Washington on Monday to discuss trade.")
    assert isinstance(a, Skipped) and a.stage == "language" and "en" in a.reason


def test_parse_command_prints_table_and_conllu(tmp_path):
    f = tmp_path / "berita.txt"
    f.write_text("Presiden bertemu dengan Perdana Menteri Jepang di Tokyo. Keduanya membahas perdagangan.", encoding="utf-8")
    (tmp_path / "kosong.txt").write_text("", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "peristiwa.cli", "parse", str(tmp_path), "--format", "conllu"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "# sent_id = berita-2" in run.stdout and "membahas" in run.stdout
    assert "kosong" in run.stderr and "empty" in run.stderr  # the empty file is listed with its reason
    run = subprocess.run([sys.executable, "-m", "peristiwa.cli", "parse", str(f)], capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0 and "UPOS" in run.stdout and "Tokyo" in run.stdout
