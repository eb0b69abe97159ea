"""Benchmark the pipeline on real news, one process.

Usage:
    python scripts/bench_pipeline.py [--articles 1000] [--shared ../shared] [--batch-size 64]

Reads the first N articles of corpora/news/click_id_articles.jsonl and times
each stage separately: reading, cleaning + language check, the spaCy pipeline
(tagging, parsing, NER, lemmas, sentences), and the event coder when it is
installed. Words are counted as whitespace-separated words of the cleaned
text. Prints a Markdown table for docs/benchmarks.md, with peak RSS.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import time
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--shared", default=str(HERE.parent / "shared"))
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()

    from peristiwa.clean.langid import prepare
    from peristiwa.ingest.readers import read_inputs
    from peristiwa.nlp.pipeline import Analyzer, load_spacy
    from peristiwa.records import Skipped

    corpus = Path(args.shared) / "corpora/news/click_id_articles.jsonl"
    t0 = time.perf_counter()
    docs = [d for d in islice(read_inputs([str(corpus)]), args.articles) if not isinstance(d, Skipped)]
    t_read = time.perf_counter() - t0

    t0 = time.perf_counter()
    prepared = [prepare(d) for d in docs]
    t_clean = time.perf_counter() - t0
    cleans = [p for p in prepared if not isinstance(p, Skipped)]
    words = sum(len(c.text.split()) for c in cleans)

    nlp = load_spacy(args.model)
    analyzer = Analyzer(nlp)
    # warm-up outside the timing (model caches, first-batch allocation)
    list(analyzer.pipe(cleans[:8]))
    t0 = time.perf_counter()
    analysed = list(analyzer.pipe(cleans, batch_size=args.batch_size))
    t_nlp = time.perf_counter() - t0

    t_code = None
    n_events = None
    try:
        from peristiwa.events.coder import Coder
    except ImportError:
        Coder = None
    if Coder is not None:
        coder = Coder()
        t0 = time.perf_counter()
        n_events = sum(len(coder.code(a)) for a in analysed)
        t_code = time.perf_counter() - t0

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True).stdout.strip()
    rows = [
        ("read (jsonl)", t_read),
        ("clean + language check", t_clean),
        ("spaCy pipeline (sentences, tagger, parser, NER, lemmas)", t_nlp),
    ]
    if t_code is not None:
        rows.append(("event coder", t_code))
    print(f"Machine: {cpu_name()}, {os.cpu_count()} cores; Python {platform.python_version()}; commit {commit}")
    print(f"Command: python scripts/bench_pipeline.py --articles {args.articles} --batch-size {args.batch_size}")
    print(f"Articles: {len(docs)} read, {len(cleans)} coded, {len(docs) - len(cleans)} skipped; words: {words:,}")
    print()
    print("| stage | seconds | words/s |")
    print("|---|---:|---:|")
    for name, t in rows:
        print(f"| {name} | {t:.2f} | {words / t:,.0f} |")
    total = sum(t for _, t in rows[1:])
    print(f"| **clean + NLP{' + coder' if t_code is not None else ''}** | {total:.2f} | {words / total:,.0f} |")
    if t_code is not None:
        print(f"\nCoder time / NLP time: {t_code / t_nlp:.1%}; events: {n_events}")
    print(f"\nPeak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
