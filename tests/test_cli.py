"""The commands end to end, as a user runs them (real subprocesses)."""

import csv
import json
import os
import subprocess
import sys

ARTICLE = ("JAKARTA, KOMPAS.com - Polisi menangkap dua terduga teroris di Bekasi pada Senin (3/3/2025). "
           "Pemerintah Malaysia mengecam Israel atas serangan ke kamp pengungsi.")


def run(*args, timeout=300, stdin=None):
    env = {**os.environ, "COLUMNS": "300"}  # no wrapping of Rich error boxes
    return subprocess.run([sys.executable, "-m", "peristiwa.cli", *args], capture_output=True, text=True,
                          timeout=timeout, input=stdin, env=env)


def test_code_jsonl_every_document_coded_or_listed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    rows = [{"id": "a1", "text": ARTICLE, "date": "2025-03-04", "url": "https://contoh.id/a1"},
            {"id": "a2", "text": ""},
            {"id": "a3", "text": "The president met the prime minister in London to discuss trade and security."}]
    (src / "batch.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n", encoding="utf-8")
    (src / "biner.txt").write_bytes(b"\x00\x01\x02binary\x00")
    out, skipped = tmp_path / "events.jsonl", tmp_path / "skipped.jsonl"
    r = run("code", str(src), "-o", str(out), "--skipped", str(skipped))
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {e["doc_id"] for e in events} == {"a1"}
    codes = {(e["code"][:2], e["source"]["code"], e["target"]["code"] if e["target"] else None) for e in events}
    assert ("17", "IDNCOP", "IDNREB") in codes  # "terduga teroris": militants are REB and ("11", "MYSGOV", "ISRGOV") in codes
    arrest = [e for e in events if e["code"].startswith("17")][0]
    assert arrest["date"] == "2025-03-03" and arrest["url"] == "https://contoh.id/a1"
    assert ARTICLE[arrest["start"]:arrest["end"]] == arrest["trigger"]
    reasons = {json.loads(line)["id"]: json.loads(line)["reason"] for line in skipped.read_text().splitlines()}
    assert set(reasons) >= {"a2", "a3", "biner"} and any("JSON" in v for v in reasons.values())
    assert "empty" in reasons["a2"] and "en" in reasons["a3"] and "binary" in reasons["biner"]


def test_code_csv_from_stdin_has_the_documented_columns():
    r = run("code", "-", "--format", "csv", stdin=ARTICLE)
    assert r.returncode == 0, r.stderr
    rows = list(csv.DictReader(r.stdout.splitlines()))
    assert rows and {"code", "goldstein", "quad_class", "source_code", "target_code", "negated", "reported_by_code",
                     "plover_event", "rule"} <= set(rows[0])


def test_eval_scores_a_gold_file(tmp_path):
    text = "Pemerintah Malaysia mengecam Israel. Cuaca di Jakarta cerah hari ini."
    gold = {"id": "g1", "date": "2025-01-10", "text": text, "sentences": [
        {"start": 0, "end": 35, "text": text[:35],
         "events": [{"code": "111", "source": "MYSGOV", "target": "ISRGOV", "negated": False, "reported_by": None,
                     "trigger": "mengecam"}]},
        {"start": 36, "end": len(text), "text": text[36:], "events": []}]}
    g = tmp_path / "gold.jsonl"
    g.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    rep = tmp_path / "report.json"
    r = run("eval", "--gold", str(g), "--report", str(rep))
    assert r.returncode == 0, r.stderr
    d = json.loads(rep.read_text())
    assert d["main"]["tp"] == 1 and d["main"]["fp"] == 0 and d["main"]["fn"] == 0
    assert "main" in r.stdout and "per root" in r.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    r = run("eval", "--gold", str(bad))
    assert r.returncode != 0 and "not valid JSON" in r.stderr


def test_explain_shows_actors_and_why_triggers_fired():
    r = run("explain", "Jika Korea Utara menyerang, Jepang akan mengecam Korea Utara.")
    assert r.returncode == 0, r.stderr
    assert "PRKGOV" in r.stdout and "JPNGOV" in r.stdout
    assert "conditional" in r.stdout  # the attack is conditional and not coded
