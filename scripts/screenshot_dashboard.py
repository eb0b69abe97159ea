"""Screenshot of the dashboard on real news, for the README (docs/dashboard.png).

Codes the news in ``../shared/corpora/news/`` (the dev articles and a seeded sample of the
CLICK-ID articles) into a temporary store, serves it with ``peristiwa.api.create_app`` on a
free localhost port, and photographs the dashboard with Debian's headless Chromium
(Playwright, ``/usr/bin/chromium``).  The corpus stays in the temporary folder.

    python scripts/screenshot_dashboard.py [--click 1500] [--workers 1] [--hash '#/'] [--out docs/dashboard.png]

About 3 minutes on one core for the 155 dev articles and 1,500 CLICK-ID articles.
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "corpora" / "news"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def sample_click(path: Path, n: int, seed: int, out: Path) -> int:
    """A seeded random sample of ``n`` CLICK-ID articles with text, as JSON Lines at ``out``."""
    with path.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    rows = [r for r in rows if (r.get("content") or "").strip()]
    random.Random(seed).shuffle(rows)
    with out.open("w", encoding="utf-8") as f:
        for i, r in enumerate(rows[:n]):
            date = r.get("date") if r.get("date") not in (None, "", "-") else None
            rec = {"id": f"click{i:05d}", "text": r["content"], "date": date, "url": r.get("url"), "source": r.get("source")}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return min(n, len(rows))


def serve(app):
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("server did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{sock.getsockname()[1]}", server, thread


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--news", type=Path, default=NEWS, help="folder with dev_articles.jsonl and click_id_articles.jsonl")
    ap.add_argument("--click", type=int, default=1500, help="CLICK-ID articles to add (0: dev articles only)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--db", type=Path, default=None, help="reuse (or keep) this store instead of a temporary one")
    ap.add_argument(
        "--hash",
        default="#/?date_from=2019-09-01&date_to=2019-10-31&interval=day",
        help="dashboard view to photograph (default: Sep-Oct 2019, the months of most CLICK-ID articles, per day; '#/' for all)",
    )
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "dashboard.png")
    ap.add_argument("--width", type=int, default=1440)
    ap.add_argument("--height", type=int, default=1500)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()

    from playwright.sync_api import sync_playwright

    from peristiwa.api import create_app
    from peristiwa.ingest.readers import read_inputs
    from peristiwa.store.db import Store
    from peristiwa.store.ingest import ingest

    with tempfile.TemporaryDirectory(prefix="peristiwa-shot-") as tmp:
        db = args.db or Path(tmp) / "events.duckdb"
        inputs = [args.news / "dev_articles.jsonl"]
        if args.click:
            sample = Path(tmp) / "click_sample.jsonl"
            n = sample_click(args.news / "click_id_articles.jsonl", args.click, args.seed, sample)
            inputs.append(sample)
            print(f"CLICK-ID sample: {n} articles", file=sys.stderr)
        t0 = time.monotonic()
        with Store.open(db) as store:
            summary = ingest(read_inputs(inputs), store, workers=args.workers)
        print(
            f"ingested in {time.monotonic() - t0:.0f} s: {summary.progress.documents} new documents, "
            f"{summary.events_total} events from {summary.mentions_total} mentions",
            file=sys.stderr,
        )
        base, server, thread = serve(create_app(db))
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=args.chromium, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": args.width, "height": args.height}, device_scale_factor=1)
                errors: list[str] = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                page.goto(base + "/" + args.hash)
                page.wait_for_selector("body[data-loading=false]", state="attached", timeout=60_000)
                page.wait_for_timeout(4000)  # the force layout of the network settles
                args.out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out))
                browser.close()
            if errors:
                print("browser errors:", *errors, sep="\n  ", file=sys.stderr)
        finally:
            server.should_exit = True
            thread.join(10)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
