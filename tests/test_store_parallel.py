"""Ingest in parallel (local processes, a real Dask LocalCluster) and resume after a real
``kill -9``: every document stored exactly once, nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from peristiwa.records import Document
from peristiwa.store.db import Store
from peristiwa.store.ingest import ingest

MINISTERS = [
    ("Indonesia", "Sugiono"), ("Australia", "Penny Wong"), ("Jepang", "Yoko Kamikawa"),
    ("Malaysia", "Mohamad Hasan"), ("Singapura", "Vivian Balakrishnan"), ("Filipina", "Enrique Manalo"),
]  # fmt: skip
CITIES = ["Jakarta", "Canberra", "Tokyo", "Kuala Lumpur", "Singapura", "Manila", "Bali", "Surabaya"]
VERBS = ["bertemu dengan", "mengecam", "memuji", "mengundang"]


def synthetic_corpus(n: int) -> list[dict]:
    """n distinct short news texts written from templates (no corpus text)."""
    out = []
    for i in range(n):
        (ca, a), (cb, b) = MINISTERS[i % 6], MINISTERS[(i // 6 + 1 + i) % 6]
        if ca == cb:
            (cb, b) = MINISTERS[(i + 1) % 6]
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        text = (
            f"Menteri Luar Negeri {ca} {a} {VERBS[i % 4]} Menteri Luar Negeri {cb} {b} di {CITIES[i % 8]} "
            f"pada Senin ({day}/{month}/2024). Pertemuan ke-{i} itu membahas kerja sama ekonomi dan keamanan kawasan."
        )
        out.append({"id": f"n{i:04d}", "text": text, "date": f"2024-{month:02d}-{day:02d}", "source": f"outlet{i % 5}.example"})
    return out


def as_documents(rows: list[dict]) -> list[Document]:
    return [Document(id=r["id"], text=r["text"], date=r["date"], source=r["source"], origin="test") for r in rows]


def store_contents(path: Path) -> tuple[dict, set]:
    with Store.open(path, read_only=True) as st:
        docs = dict(st.con.execute("SELECT doc_id, n_events FROM documents").fetchall())
        mentions = set(
            st.con.execute("SELECT doc_id, event_id, code, source_code, target_code FROM mentions").fetchall()
        )
        dup_docs = st.con.execute("SELECT count(*) - count(DISTINCT doc_hash) FROM documents").fetchall()[0][0]
        dup_mentions = st.con.execute("SELECT count(*) - count(DISTINCT mention_id) FROM mentions").fetchall()[0][0]
        per_doc = st.con.execute(
            "SELECT count(*) FROM documents d WHERE n_events <> (SELECT count(*) FROM mentions m WHERE m.doc_hash = d.doc_hash)"
        ).fetchall()[0][0]
    assert dup_docs == 0 and dup_mentions == 0 and per_doc == 0
    return docs, mentions


@pytest.fixture(scope="module")
def serial_reference(tmp_path_factory):
    rows = synthetic_corpus(40)
    path = tmp_path_factory.mktemp("serial") / "serial.duckdb"
    with Store.open(path) as st:
        ingest(as_documents(rows), st, batch_size=8)
    return rows, store_contents(path)


def test_local_processes_store_the_same_as_one_process(tmp_path, serial_reference):
    rows, (ref_docs, ref_mentions) = serial_reference
    assert len(ref_docs) == 40 and len(ref_mentions) >= 20
    path = tmp_path / "workers.duckdb"
    with Store.open(path) as st:
        summary = ingest(as_documents(rows), st, workers=2, batch_size=4)
    assert summary.progress.documents == 40
    assert store_contents(path) == (ref_docs, ref_mentions)


def test_dask_local_cluster_stores_the_same_as_one_process(tmp_path, serial_reference):
    distributed = pytest.importorskip("distributed")
    rows, reference = serial_reference
    path = tmp_path / "dask.duckdb"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            with Store.open(path) as st:
                summary = ingest(as_documents(rows), st, dask=client, batch_size=4)
            # the work really ran on both workers: each loaded its own pipeline
            ran_on = client.run(lambda: __import__("peristiwa.store.ingest").store.ingest._pipeline.cache_info().currsize)
    assert summary.progress.documents == 40
    assert store_contents(path) == reference
    assert len(ran_on) == 2 and all(v >= 1 for v in ran_on.values())


def test_dask_address_from_the_command_line(tmp_path):
    distributed = pytest.importorskip("distributed")
    rows = synthetic_corpus(6)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "cli.duckdb"
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        proc = subprocess.run(
            [sys.executable, "-m", "peristiwa", "ingest", str(corpus), "--db", str(db), "--dask", cluster.scheduler_address],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "6 document(s) coded" in proc.stderr
    docs, _ = store_contents(db)
    assert len(docs) == 6


def test_resume_after_kill_minus_9(tmp_path, serial_reference):
    rows = synthetic_corpus(160)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "peristiwa", "ingest", str(corpus), "--db", str(db), "--batch-size", "4"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    try:
        deadline = time.monotonic() + 240
        line = ""
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            if line.startswith("stored ") and not line.startswith("stored 0 "):
                break
            assert line or proc.poll() is None, "ingest ended before it stored anything"
        else:
            pytest.fail("ingest never reported a stored batch")
        time.sleep(0.5)  # let it get into the middle of further batches
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    partial, _ = store_contents(db)
    assert 0 < len(partial) < len(rows), "the kill should land halfway"

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(partial)} already stored" in rerun.stderr
    docs, mentions = store_contents(db)
    assert set(docs) == {r["id"] for r in rows}

    # the resumed store holds exactly what one uninterrupted run stores
    clean = tmp_path / "clean.duckdb"
    with Store.open(clean) as st:
        ingest(as_documents(rows), st, batch_size=16)
    assert store_contents(clean) == (docs, mentions)
