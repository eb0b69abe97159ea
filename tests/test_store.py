"""The DuckDB store: ingest, idempotence, deduplication across documents, the claims
ledger, queries and statistics.  Documents are sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import json

import duckdb
import pytest

from peristiwa.records import Document, Skipped
from peristiwa.store.db import Store, StoreError, text_hash
from peristiwa.store.ingest import ingest
from peristiwa.store.query import FilterError, Filters, actors, dyads, get_event, query_events, query_mentions, stats

MEETING_A = (
    "Menteri Luar Negeri Indonesia Sugiono bertemu dengan Menteri Luar Negeri Australia Penny Wong "
    "di Jakarta pada Senin (6/5/2024). Keduanya membahas kerja sama maritim."
)
MEETING_B = (
    "Menlu RI Sugiono dan Menlu Australia Penny Wong mengadakan pertemuan di Jakarta, Senin (6/5/2024), "
    "untuk membahas keamanan kawasan."
)
DENIAL = "Pemerintah Australia membantah bahwa Menlu Australia bertemu dengan Menlu Indonesia pada Senin (6/5/2024)."
SECOND_HAND = (
    "Juru bicara Kementerian Luar Negeri RI mengatakan Menlu Sugiono bertemu dengan Menlu Australia Penny Wong "
    "di Jakarta pada Senin (6/5/2024)."
)
ARREST = "Polisi menangkap tiga orang tersangka penyelundupan narkoba di Medan, Kamis (9/5/2024)."
LATER_MEETING = (
    "Menteri Luar Negeri Indonesia Sugiono bertemu dengan Menteri Luar Negeri Australia Penny Wong "
    "di Canberra pada Senin (10/6/2024)."
)


def doc(i: str, text: str, date: str, source: str) -> Document:
    return Document(id=i, text=text, date=date, source=source, url=f"https://{source}/berita/{i}", origin=f"test:{i}")


CORPUS = [
    doc("a", MEETING_A, "2024-05-06", "satu.example"),
    doc("b", MEETING_B, "2024-05-07", "dua.example"),
    doc("c", DENIAL, "2024-05-07", "tiga.example"),
    doc("d", SECOND_HAND, "2024-05-08", "empat.example"),
    doc("e", ARREST, "2024-05-09", "satu.example"),
    doc("f", LATER_MEETING, "2024-06-10", "dua.example"),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    bad = [
        Skipped("broken", "test:broken", "not valid UTF-8"),
        Document(id="empty", text="   ", origin="test:empty"),
        Document(id="english", text="The minister met his counterpart in Jakarta on Monday to discuss trade.", origin="test:en"),
    ]
    with Store.open(path) as st:
        summary = ingest(CORPUS + bad, st, batch_size=3)
    assert summary.progress.documents == len(CORPUS)
    return path


@pytest.fixture()
def store(store_path):
    with Store.open(store_path, read_only=True) as st:
        yield st


def meeting_events(store):
    total, rows = query_events(store, Filters.make(dyad=["IDNGOV:AUSGOV"], root=["04"], date_to="2024-05-31"))
    return [r for r in rows if r["code"].startswith("04") and r["code"] != "046"]


def test_every_input_is_stored_or_skipped_with_a_reason(store):
    counts = store.counts()
    assert counts["documents"] == len(CORPUS)
    skipped = {s["doc_id"]: s for s in store.skipped()}
    assert set(skipped) == {"broken", "empty", "english"}
    assert all(s["reason"] for s in skipped.values())
    assert skipped["english"]["stage"] == "language"


def test_documents_and_their_events_are_complete(store):
    rows = store.con.execute(
        "SELECT d.doc_id, d.n_events, count(m.mention_id) FROM documents d LEFT JOIN mentions m USING (doc_hash) GROUP BY ALL"
    ).fetchall()
    assert {r[0] for r in rows} == {d.id for d in CORPUS}
    for doc_id, n_events, n_mentions in rows:
        assert n_events == n_mentions, doc_id
    assert store.con.execute("SELECT count(*) - count(DISTINCT mention_id) FROM mentions").fetchone()[0] == 0


def test_reports_of_one_meeting_become_one_event_with_counts(store):
    positives = [r for r in meeting_events(store) if not r["negated"]]
    assert len(positives) == 1, positives
    ev = positives[0]
    # outlets satu, dua and empat report the same 6 May meeting (empat second-hand)
    assert ev["num_mentions"] == 3
    assert ev["num_sources"] == 3
    assert ev["num_articles"] == 3
    assert ev["date"] == dt.date(2024, 5, 6)
    assert {ev["source_code"], ev["target_code"]} == {"IDNGOV", "AUSGOV"}


def test_a_meeting_a_month_later_is_another_event(store):
    total, rows = query_events(store, Filters.make(dyad=["IDNGOV:AUSGOV"], root=["04"], date_from="2024-06-01"))
    assert total >= 1
    assert all(r["date"] == dt.date(2024, 6, 10) and r["num_articles"] == 1 for r in rows)


def test_denial_is_a_separate_negated_event_of_the_same_action(store):
    negatives = [r for r in meeting_events(store) if r["negated"]]
    assert len(negatives) == 1
    positive = next(r for r in meeting_events(store) if not r["negated"])
    event = get_event(store, positive["event_id"])
    assert negatives[0]["event_id"] in event["related_events"]


def test_claims_ledger_lists_asserters_deniers_and_second_hand_reports(store):
    positive = next(r for r in meeting_events(store) if not r["negated"])
    event = get_event(store, positive["event_id"])
    ledger = event["ledger"]
    assert "satu.example" in ledger["asserted_by"] and "dua.example" in ledger["asserted_by"]
    assert "IDNGOV" in ledger["asserted_by"]  # the spokesperson quoted by empat.example
    assert "empat.example" in ledger["reported_second_hand_by"]
    assert ledger["denied_by"] == ["AUSGOV"]
    denial = next(c for c in ledger["claims"] if c["stance"] == "denies")
    assert denial["reported_in"] == "tiga.example" and denial["doc_id"] == "c"
    assert len(event["mentions"]) == 3
    for m in event["mentions"]:
        s = m["sentence"]
        assert s[m["start"] - m["sentence_start"] : m["end"] - m["sentence_start"]] == m["trigger"]


def test_filters(store):
    total, rows = query_events(store, Filters.make(actor=["IDNCOP"]))
    assert total == 1 and rows[0]["code"].startswith("17")
    assert query_events(store, Filters.make(country=["AUS"], negated=True))[0] == 1
    assert query_events(store, Filters.make(quad_class=["4"]))[0] == 1
    assert query_events(store, Filters.make(code=["173"]))[0] == 1
    assert query_events(store, Filters.make(date_from="2024-06-01", date_to="2024-06-30"))[0] >= 1
    assert query_events(store, Filters.make(date_from="2030-01-01"))[0] == 0
    total, rows = query_events(store, Filters.make(outlet=["tiga.example"]))
    assert total >= 1 and all(r["negated"] or r["code"].startswith("016") for r in rows)
    total, rows = query_events(store, Filters.make(text="narkoba"))
    assert total == 1 and rows[0]["trigger"] == "menangkap"
    # a value that looks like SQL is just a value
    assert query_events(store, Filters.make(text="'; DROP TABLE events; --"))[0] == 0
    assert store.counts()["events"] > 0


def test_mentions_level_query_and_pagination(store):
    total, rows = query_mentions(store, Filters.make(outlet=["satu.example"]))
    assert total == len(rows) and {r["doc_id"] for r in rows} == {"a", "e"}
    total_all, page1 = query_events(store, limit=2, offset=0)
    _, page2 = query_events(store, limit=2, offset=2)
    assert len(page1) == 2 and not {r["event_id"] for r in page1} & {r["event_id"] for r in page2}
    assert total_all == store.counts()["events"]


@pytest.mark.parametrize(
    "kw",
    [{"date_from": "kemarin"}, {"root": ["99x"]}, {"quad_class": ["7"]}, {"actor": ["US A"]}, {"dyad": ["USA"]},
     {"date_from": "2024-06-01", "date_to": "2024-01-01"}],
)
def test_bad_filters_raise_clear_errors(kw):
    with pytest.raises(FilterError):
        Filters.make(**kw)


def test_actors_dyads_and_stats(store):
    acts = {a["code"]: a for a in actors(store)}
    assert acts["IDNGOV"]["as_source"] >= 1 and acts["AUSGOV"]["events"] >= 2
    top = dyads(store, level="country")
    assert any(d["source"] in ("IDN", "AUS") and d["target"] in ("IDN", "AUS") for d in top)
    s = stats(store)
    assert s["totals"]["events"] == store.counts()["events"]
    periods = {r["period"] for r in s["timeline_quad_class"]}
    assert {"2024-05-01", "2024-06-01"} <= periods
    may_quad4 = [r for r in s["timeline_quad_class"] if r["period"] == "2024-05-01" and r["quad_class"] == 4]
    assert may_quad4 and may_quad4[0]["events"] == 1
    assert sum(r["events"] for r in s["by_root"]) == s["totals"]["events"]
    assert all("mean_goldstein" in r for r in s["goldstein_by_dyad"])
    with pytest.raises(FilterError):
        stats(store, interval="fortnight")


def test_ingest_is_idempotent(tmp_path):
    path = tmp_path / "again.duckdb"
    docs = CORPUS[:2]
    with Store.open(path) as st:
        first = ingest(docs, st)
        before = st.counts()
        # the same texts again, under other ids: nothing is coded again
        renamed = [doc(d.id + "-copy", d.text, d.date, d.source) for d in docs]
        second = ingest(docs + renamed, st)
        assert st.counts() == before
    assert first.progress.documents == 2
    assert second.progress.documents == 0 and second.progress.already == 4


def test_store_refuses_foreign_files(tmp_path):
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a peristiwa store"):
        Store.open(other)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"\x00\x01 not a database at all" * 100)
    with pytest.raises(StoreError):
        Store.open(junk)
    with pytest.raises(StoreError, match="no store"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_text_hash_ignores_whitespace_only_changes():
    assert text_hash("Polisi  menangkap\n tersangka.") == text_hash("Polisi menangkap tersangka.")
    assert text_hash("Polisi menangkap tersangka.") != text_hash("Polisi menangkap dua tersangka.")


def test_json_roundtrip_of_an_event(store):
    _, rows = query_events(store, limit=1)
    event = get_event(store, rows[0]["event_id"])
    assert json.loads(json.dumps(event, default=str))["event_id"] == rows[0]["event_id"]
    assert get_event(store, "does-not-exist") is None


def test_bad_inputs_are_skipped_with_reasons_while_the_rest_is_stored(tmp_path):
    import subprocess
    import sys

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(ARREST, encoding="utf-8")
    (corpus / "binary.bin").write_bytes(bytes(range(256)) * 64)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "huge.txt").write_text((MEETING_A + "\n") * (1_100_000 // len(MEETING_A) + 1), encoding="utf-8")
    (corpus / "gone.txt").symlink_to(tmp_path / "does-not-exist.txt")
    (corpus / "lines.jsonl").write_text('{"id": "ok", "text": "' + MEETING_B + '"}\n{"id": "broken", "text": \n', encoding="utf-8")
    db = tmp_path / "bad.duckdb"
    proc = subprocess.run(
        [sys.executable, "-m", "peristiwa", "ingest", str(corpus), "--db", str(db)], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    with Store.open(db, read_only=True) as st:
        stored = {r[0] for r in st.con.execute("SELECT doc_id FROM documents").fetchall()}
        skipped = {s["origin"].split("/")[-1]: s for s in st.skipped()}
    assert stored == {"good", "ok"}
    reasons = {k.split(":")[0]: v["reason"] for k, v in skipped.items()}
    assert set(reasons) == {"binary.bin", "empty.txt", "huge.txt", "gone.txt", "lines.jsonl"}, skipped
    assert "too large" in reasons["huge.txt"]
    for name in reasons:
        assert name in proc.stderr  # the summary lists every skipped input


def test_sentence_offset_is_the_occurrence_that_holds_the_trigger():
    from peristiwa.records import EventRecord
    from peristiwa.store.db import sentence_start

    headline = "Polisi Tangkap Provokator"
    text = f"{headline}\n\nJAKARTA - Kericuhan terjadi.\n{headline}\nPolisi menangkap dua orang."
    second = text.index(headline, 1)
    trigger = second + headline.index("Tangkap")
    ev = EventRecord(
        doc_id="x", event_id="1", sentence_index=2, sentence=headline, start=trigger, end=trigger + 7,
        trigger="Tangkap", code="173", root_code="17", quad_class=4, goldstein=-5.0, plover=None, source=None,
        target=None, negated=False, reported_by=None, date=None, date_text=None, location=None, rule="test",
    )  # fmt: skip
    assert sentence_start(text, ev) == second
    first = EventRecord(**{**{f: getattr(ev, f) for f in ev.__slots__}, "start": 7, "end": 14})
    assert sentence_start(text, first) == 0


def test_same_actors_same_day_at_different_places_stay_apart(tmp_path):
    medan = "Polisi menangkap tiga orang tersangka pencurian di Medan, Kamis (9/5/2024)."
    medan_again = "Aparat kepolisian menangkap tiga tersangka pencurian di Medan pada Kamis (9/5/2024)."
    surabaya = "Polisi menangkap dua orang tersangka perampokan di Surabaya, Kamis (9/5/2024)."
    docs = [
        doc("m1", medan, "2024-05-09", "satu.example"),
        doc("m2", medan_again, "2024-05-10", "dua.example"),
        doc("s1", surabaya, "2024-05-09", "tiga.example"),
    ]
    with Store.open(tmp_path / "places.duckdb") as st:
        ingest(docs, st)
        _, rows = query_events(st, Filters.make(code=["173"]))
    by_place = {r["location_name"]: r for r in rows}
    assert set(by_place) == {"Medan", "Surabaya"}, rows
    assert by_place["Medan"]["num_articles"] == 2 and by_place["Surabaya"]["num_articles"] == 1
