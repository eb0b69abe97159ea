"""Benchmark the store: corpus ingest (1 and N local workers, Dask) and query latency.

Usage:
    python scripts/bench_store.py ingest [--articles N] [--workers 1 2] [--dask] [--shared ../shared]
    python scripts/bench_store.py query [--events 1000000] [--repeat 30]

``ingest`` runs ``peristiwa ingest`` on the first N articles of
corpora/news/click_id_articles.jsonl (all when N is 0) into a fresh store, once per
worker count, and with ``--dask`` once more on a LocalCluster of two single-threaded
worker processes started by this script; it samples the resident memory of every
process of the run (the command, its workers, the Dask scheduler and workers) every
0.2 s and reports the peak of each.

``query`` generates a store of synthetic events (random actors, codes, dates,
outlets; drawn from the real ontology), deduplicates them, then times a
dyad-and-date-range query (count + first page, as ``peristiwa query`` runs it) and
the monthly statistics (``peristiwa stats``), on a warm connection.

Prints Markdown for docs/benchmarks.md.  Not a test: run it on an idle machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "scripts"))

from bench_pipeline import cpu_name  # noqa: E402


def machine() -> str:
    import duckdb

    return (
        f"{os.cpu_count()} cores ({cpu_name()}), Python {platform.python_version()}, "
        f"DuckDB {duckdb.__version__}, {platform.system()} {platform.release()}"
    )


class MemorySampler:
    """Peak RSS per process of a set of process trees, sampled every 0.2 s."""

    def __init__(self, pids: list[int]):
        import psutil

        self.psutil = psutil
        self.roots = pids
        self.peak: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def add(self, pid: int) -> None:
        self.roots.append(pid)

    def _run(self) -> None:
        while not self._stop.is_set():
            for root in list(self.roots):
                try:
                    p = self.psutil.Process(root)
                    procs = [p] + p.children(recursive=True)
                except self.psutil.Error:
                    continue
                for q in procs:
                    try:
                        rss = q.memory_info().rss / 2**20
                        name = " ".join(q.cmdline()[:3])[-60:]
                    except self.psutil.Error:
                        continue
                    if rss > self.peak.get(q.pid, ("", 0.0))[1]:
                        self.peak[q.pid] = (name, rss)
            self._stop.wait(0.2)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def write_subset(shared: Path, n: int, out: Path) -> int:
    corpus = shared / "corpora/news/click_id_articles.jsonl"
    count = 0
    with corpus.open("rb") as src, out.open("wb") as dst:
        for line in src:
            if n and count >= n:
                break
            dst.write(line)
            count += 1
    return count


def run_ingest(corpus: Path, workers: int, dask_address: str | None, sampler_extra: list[int]) -> dict:
    import duckdb

    db = Path(tempfile.mkdtemp(prefix="bench-store-")) / "bench.duckdb"
    cmd = [sys.executable, "-m", "peristiwa", "ingest", str(corpus), "--db", str(db)]
    cmd += ["--dask", dask_address] if dask_address else ["--workers", str(workers)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with MemorySampler([proc.pid] + sampler_extra) as mem:
        _, stderr = proc.communicate()
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"ingest failed:\n{stderr}")
    con = duckdb.connect(str(db), read_only=True)
    docs = con.execute("SELECT count(*) FROM documents").fetchall()[0][0]
    mentions = con.execute("SELECT count(*) FROM mentions").fetchall()[0][0]
    events = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    skipped = con.execute("SELECT count(*) FROM skipped").fetchall()[0][0]
    words = con.execute("SELECT sum(n_chars) FROM documents").fetchall()[0][0]
    con.close()
    return {
        "label": "Dask LocalCluster, 2 workers" if dask_address else f"--workers {workers}",
        "seconds": seconds,
        "documents": docs,
        "skipped": skipped,
        "mentions": mentions,
        "events": events,
        "chars": words,
        "peaks": sorted(mem.peak.values(), key=lambda x: -x[1]),
        "db_mb": db.stat().st_size / 2**20,
    }


def ingest_main(args) -> None:
    shared = Path(args.shared)
    tmp = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    corpus = tmp / "click_id.jsonl"
    n = write_subset(shared, args.articles, corpus)
    results = []
    for w in args.workers:
        print(f"ingest {n} articles with --workers {w} …", file=sys.stderr)
        results.append(run_ingest(corpus, w, None, []))
    if args.dask:
        from distributed import LocalCluster

        print(f"ingest {n} articles on a Dask LocalCluster (2 workers) …", file=sys.stderr)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            worker_pids = [w.process.pid for w in cluster.workers.values() if getattr(w, "process", None)]
            results.append(run_ingest(corpus, 0, cluster.scheduler_address, worker_pids + [os.getpid()]))
    base = results[0]["seconds"]
    print(f"\nMachine: {machine()}. Corpus: first {n} lines of click_id_articles.jsonl.\n")
    print(f"Command: `python scripts/bench_store.py ingest --articles {args.articles} --workers {' '.join(map(str, args.workers))}{' --dask' if args.dask else ''}`\n")
    print("| run | wall s | documents | skipped | docs/s | event mentions | mentions/s | canonical events | speed-up | store MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(
            f"| {r['label']} | {r['seconds']:.0f} | {r['documents']:,} | {r['skipped']:,} | {r['documents'] / r['seconds']:.1f} | "
            f"{r['mentions']:,} | {r['mentions'] / r['seconds']:.1f} | {r['events']:,} | {base / r['seconds']:.2f}× | {r['db_mb']:.0f} |"
        )
    print("\nPeak resident memory per process (MB):\n")
    for r in results:
        peaks = "; ".join(f"`{name.strip()}` {rss:.0f}" for name, rss in r["peaks"][:6])
        print(f"- {r['label']}: {peaks}")


# -- query latency ------------------------------------------------------------------


def synthetic_mentions(n: int, seed: int = 7):
    import numpy as np
    import pyarrow as pa

    from peristiwa.ontology import load_ontology
    from peristiwa.store.db import MENTION_SCHEMA, is_mutual

    rng = np.random.default_rng(seed)
    onto = load_ontology()
    codes = [c for c in onto.codes() if len(c) >= 3]
    countries = ["IDN", "USA", "RUS", "CHN", "AUS", "JPN", "MYS", "SGP", "PHL", "GBR", "FRA", "DEU", "IND", "PAK",
                 "SAU", "IRN", "ISR", "PSE", "UKR", "PRK", "KOR", "TWN", "THA", "VNM", "MMR", "TUR", "EGY", "NLD",
                 "UNO", "EUR", "ASN", "NAT"]  # fmt: skip
    weights = np.array([30, 12, 8, 8, 5, 4, 4, 3, 3, 3, 2, 2, 2, 1, 2, 2, 2, 2, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1], float)
    weights /= weights.sum()
    sectors = ["GOV", "MIL", "COP", "JUD", "LEG", "CVL", "OPP", "MED", "BUS", "REB"]
    sw = np.array([40, 10, 10, 6, 6, 12, 4, 4, 4, 4], float)
    sw /= sw.sum()
    # about 2.5 reports per event: each mention reports one of k underlying events,
    # dated on the event's day or the day after
    k = max(1, int(n / 2.5))
    which = rng.integers(0, k, n)
    sc = rng.choice(countries, k, p=weights)[which]
    tc = rng.choice(countries, k, p=weights)[which]
    ss = rng.choice(sectors, k, p=sw)[which]
    ts = rng.choice(sectors, k, p=sw)[which]
    src = np.where(np.isin(sc, ["UNO", "EUR", "ASN", "NAT"]), sc, np.char.add(sc, ss))
    tgt = np.where(np.isin(tc, ["UNO", "EUR", "ASN", "NAT"]), tc, np.char.add(tc, ts))
    code = rng.choice(codes, k)[which]
    import datetime as dt

    start = dt.date(2019, 1, 1).toordinal()
    days = rng.integers(0, 6 * 365, k)[which] + rng.integers(0, 2, n)
    dates = [dt.date.fromordinal(start + int(d)) for d in days]
    outlets = [f"outlet{i}.example" for i in range(60)]
    outlet = rng.choice(outlets, n)
    negated = (rng.random(k) < 0.05)[which]
    rows = {
        "mention_id": [f"m{i:012x}" for i in range(n)],
        "event_id": [f"e{i:012x}" for i in range(n)],
        "doc_hash": [f"d{i // 4:012x}" for i in range(n)],
        "doc_id": [f"doc{i // 4}" for i in range(n)],
        "sentence_index": (np.arange(n) % 4).astype("int32"),
        "sentence": ["Kalimat sintetis untuk uji kinerja."] * n,
        "sentence_start": np.zeros(n, "int32"),
        "start": np.zeros(n, "int32"),
        "end": np.full(n, 7, "int32"),
        "trigger": ["Kalimat"] * n,
        "code": code,
        "base_code": [c[:3] for c in code],
        "root_code": [c[:2] for c in code],
        "label": [onto[c].label for c in code],
        "quad_class": np.array([onto[c].quad_class for c in code], "int8"),
        "goldstein": np.array([onto[c].goldstein for c in code], float),
        "plover_event": [onto[c].plover_event for c in code],
        "plover_mode": [onto[c].plover_mode for c in code],
        "source_code": src,
        "source_text": src,
        "source_start": np.zeros(n, "int32"),
        "source_end": np.zeros(n, "int32"),
        "source_country": sc,
        "source_sector": [s[3:] or None for s in src],
        "target_code": tgt,
        "target_text": tgt,
        "target_start": np.zeros(n, "int32"),
        "target_end": np.zeros(n, "int32"),
        "target_country": tc,
        "target_sector": [t[3:] or None for t in tgt],
        "negated": negated,
        "reported_by_code": [None] * n,
        "reported_by_text": [None] * n,
        "date": dates,
        "date_text": [None] * n,
        "location_name": [None] * n,
        "location_country": [None] * n,
        "lat": [None] * n,
        "lon": [None] * n,
        "rule": ["synthetic"] * n,
        "url": [None] * n,
        "outlet": outlet,
        "doc_date": dates,
        "mutual": [is_mutual(c) for c in code],
        "canonical_id": [None] * n,  # set by deduplication
        "action_key": [None] * n,
    }
    return pa.Table.from_pydict({k: list(v) if not isinstance(v, list) else v for k, v in rows.items()}, schema=MENTION_SCHEMA)


def timed(fn, repeat: int) -> tuple[float, float, float]:
    fn()  # warm
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))], times[-1]


def query_main(args) -> None:
    from peristiwa.store.db import Store
    from peristiwa.store.query import Filters, query_events, stats

    db = Path(tempfile.mkdtemp(prefix="bench-query-")) / "million.duckdb"
    t0 = time.perf_counter()
    table = synthetic_mentions(args.events)
    t_gen = time.perf_counter() - t0
    with Store.open(db) as st:
        t0 = time.perf_counter()
        st.insert_mentions(table)
        t_load = time.perf_counter() - t0
        t0 = time.perf_counter()
        n_events = st.rebuild_events()
        t_dedup = time.perf_counter() - t0
    del table
    with Store.open(db, read_only=True) as st:
        dyad = Filters.make(dyad=["IDNGOV:CHNGOV"], date_from="2021-01-01", date_to="2021-12-31")
        country = Filters.make(country=["USA"], root=["19"], date_from="2020-01-01", date_to="2022-12-31")
        cases = [
            ("dyad IDNGOV→CHNGOV, one year (count + first 100)", lambda: query_events(st, dyad, limit=100)),
            ("country USA, root 19, three years (count + first 100)", lambda: query_events(st, country, limit=100)),
            ("no filter, newest 100", lambda: query_events(st, None, limit=100)),
            ("monthly statistics, all events", lambda: stats(st, None)),
            ("monthly statistics, dyad filter", lambda: stats(st, dyad)),
        ]
        results = [(name, *timed(fn, args.repeat)) for name, fn in cases]
        total, _ = query_events(st, dyad, limit=1)
    print(f"\nMachine: {machine()}.\n")
    print(f"Command: `python scripts/bench_store.py query --events {args.events} --repeat {args.repeat}`\n")
    print(
        f"Store: {args.events:,} synthetic mentions → {n_events:,} canonical events after deduplication "
        f"({db.stat().st_size / 2**20:.0f} MB). Generating {t_gen:.1f} s, loading {t_load:.1f} s, "
        f"deduplication {t_dedup:.1f} s. The dyad query matches {total:,} events.\n"
    )
    print("| query | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|")
    for name, p50, p95, mx in results:
        print(f"| {name} | {p50:.1f} | {p95:.1f} | {mx:.1f} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    a = sub.add_parser("ingest")
    a.add_argument("--articles", type=int, default=0, help="first N articles (0: all)")
    a.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    a.add_argument("--dask", action="store_true")
    a.add_argument("--shared", default=str(HERE.parent / "shared"))
    q = sub.add_parser("query")
    q.add_argument("--events", type=int, default=1_000_000)
    q.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    ingest_main(args) if args.what == "ingest" else query_main(args)


if __name__ == "__main__":
    main()
