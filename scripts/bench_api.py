"""Benchmark the HTTP API: POST /v1/code latency and GET /v1/events latency on a large store.

Usage:
    python scripts/bench_api.py [--events 100000] [--code-repeat 30] [--repeat 100] [--shared ../shared]

Builds a store of about ``--events`` canonical events from synthetic mention rows
(``scripts/bench_store.py``'s generator: random actors, codes, dates, outlets drawn from
the real ontology; ``Store.insert_mentions`` then ``rebuild_events``), starts
``peristiwa serve`` on it in a subprocess on a free localhost port, and times requests
from this process with one keep-alive httpx client, one request at a time:

- ``POST /v1/code`` with a ~500-word article: the first article of
  corpora/news/click_id_articles.jsonl with 450-600 words that names a minister or
  president, read at run time (never stored); 3 warm-up calls first;
- ``GET /v1/events`` without and with filters.

Prints Markdown for docs/benchmarks.md.  Not a test: run it on an idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE / "scripts"))


def pick_article(shared: Path, lo: int = 450, hi: int = 600) -> tuple[str, str]:
    """The first article of lo..hi words that names a minister or president (so it has events)."""
    path = shared / "corpora" / "news" / "click_id_articles.jsonl"
    with path.open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            row = json.loads(line)
            text = next((row[k] for k in ("text", "content", "body", "article") if isinstance(row.get(k), str)), "")
            if lo <= len(text.split()) <= hi and ("Menteri" in text or "Presiden" in text):
                return text, f"{path.name} line {i + 1}"
    raise SystemExit(f"no article of {lo}-{hi} words in {path}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentiles(times: list[float]) -> tuple[float, float, float]:
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))], times[-1]


def time_calls(fn, repeat: int, warm: int = 3) -> tuple[float, float, float]:
    for _ in range(warm):
        fn()
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    return percentiles(out)


def main() -> None:
    import httpx

    from bench_store import machine, synthetic_mentions
    from peristiwa.store.db import Store

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000, help="canonical events wanted (about)")
    ap.add_argument("--repeat", type=int, default=100, help="timed GET requests per case")
    ap.add_argument("--code-repeat", type=int, default=30, help="timed POST /v1/code requests")
    ap.add_argument("--shared", type=Path, default=HERE.parent / "shared")
    args = ap.parse_args()

    article, where = pick_article(args.shared)
    tmp = Path(tempfile.mkdtemp(prefix="bench-api-"))
    db = tmp / "events.duckdb"
    t0 = time.perf_counter()
    table = synthetic_mentions(int(args.events * 2.75))  # ~2.7 mentions per canonical event
    with Store.open(db) as st:
        st.insert_mentions(table)
        n_events = st.rebuild_events()
        n_mentions = st.counts()["mentions"]
    del table
    t_build = time.perf_counter() - t0

    port = free_port()
    log = (tmp / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-c", "from peristiwa.cli import app; app()", "serve", "--db", str(db), "--port", str(port), "--log-level", "warning"],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=120) as c:
            deadline = time.monotonic() + 120
            while True:  # wait for the server and for the pipeline it loads at startup
                try:
                    h = c.get("/v1/health").json()
                    if h["model_loaded"]:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit(f"server did not come up: {(tmp / 'serve.log').read_text()}")
                time.sleep(0.2)

            payload = {"text": article, "date": "2024-01-15", "source": "bench.example"}
            r = c.post("/v1/code", json=payload)
            r.raise_for_status()
            n_coded = len(r.json()["events"])
            code = time_calls(lambda: c.post("/v1/code", json=payload).raise_for_status(), args.code_repeat)

            cases = [
                ("no filter, newest 50 (default page)", {}),
                ("no filter, 1,000 rows", {"limit": 1000}),
                ("actor IDN", {"actor": "IDN"}),
                ("dyad IDNGOV:CHNGOV, one year", {"dyad": "IDNGOV:CHNGOV", "date_from": "2021-01-01", "date_to": "2021-12-31"}),
                ("country USA, root 19, three years", {"country": "USA", "root": "19", "date_from": "2020-01-01", "date_to": "2022-12-31"}),
                ("quad_class 4, negated, by Goldstein", {"quad_class": "4", "negated": "true", "order": "goldstein"}),
                ("outlet (over its mentions)", {"outlet": "outlet7.example"}),
                ("text search (over its mentions)", {"text": "sintetis", "limit": 20}),
                ("deep page, offset 50,000", {"offset": 50_000}),
            ]
            rows = []
            for name, params in cases:
                total = c.get("/v1/events", params=params).json()["total"]
                p50, p95, mx = time_calls(lambda: c.get("/v1/events", params=params).raise_for_status(), args.repeat)
                rows.append((name, total, p50, p95, mx))
            stats = time_calls(lambda: c.get("/v1/stats").raise_for_status(), max(10, args.repeat // 5))
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)

    words = len(article.split())
    print(f"\nMachine: {machine()}.\n")
    print(
        f"Command: `python scripts/bench_api.py --events {args.events} --repeat {args.repeat} "
        f"--code-repeat {args.code_repeat}`\n"
    )
    print(
        f"Server: `peristiwa serve` (uvicorn, one process) in a subprocess; client: one httpx keep-alive "
        f"connection, one request at a time, over localhost. Store: {n_mentions:,} synthetic mentions → "
        f"**{n_events:,} canonical events** (built in {t_build:.0f} s).\n"
    )
    print("| request | matches | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    print(f"| `POST /v1/code`, {words}-word article ({n_coded} events) | | {code[0]:.0f} | {code[1]:.0f} | {code[2]:.0f} |")
    for name, total, p50, p95, mx in rows:
        print(f"| `GET /v1/events` {name} | {total:,} | {p50:.1f} | {p95:.1f} | {mx:.1f} |")
    print(f"| `GET /v1/stats` (monthly, all events) | | {stats[0]:.1f} | {stats[1]:.1f} | {stats[2]:.1f} |")
    print(f"\nArticle: {where} (read at run time).")


if __name__ == "__main__":
    main()
