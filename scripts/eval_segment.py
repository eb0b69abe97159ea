#!/usr/bin/env python3
"""Sentence-boundary evaluation of the clean + segment pipeline against gold spans.

Runs doc -> clean_document -> segment -> map back to original offsets (the
first sentence after a stripped dateline is extended to the dateline start,
as the gold spans include it), then scores sentence starts and ends.

Gold files list only some sentences (dev_gold: the first ~5 of each article;
seeds_gold: the sentences with events), so:

* recall    = gold starts/ends that are predicted boundaries;
* precision = predicted boundaries that are gold starts/ends, over those plus
  predicted boundaries falling strictly inside a gold sentence (boundaries in
  unannotated stretches are not scored);
* a predicted and a gold boundary match when only whitespace or text the
  cleaner removed (e.g. a trailing "[IT/r]") lies between them.

Usage: python scripts/eval_segment.py [--gold FILE ...] [--misses N]
Reads ../shared at run time (default: the dev and seed gold files).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from peristiwa.clean.cleaner import clean_document  # noqa: E402
from peristiwa.clean.segment import original_spans  # noqa: E402
from peristiwa.records import Document  # noqa: E402

SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = [
    SHARED / "corpora" / "news" / "dev_gold.jsonl",
    SHARED / "seeds" / "seeds_gold.jsonl",
]


def predicted_spans(doc: Document) -> tuple[list[tuple[int, int]], list[bool]]:
    """Original-offset sentence spans, and a mask of original chars that are ignorable."""
    clean = clean_document(doc)
    spans = original_spans(clean)
    ignorable = [ch.isspace() for ch in doc.text]
    for a, b, _ in clean.removed:
        for i in range(a, min(b, len(ignorable))):
            ignorable[i] = True
    return spans, ignorable


def _same(a: int, b: int, ignorable: list[bool]) -> bool:
    lo, hi = min(a, b), max(a, b)
    return all(ignorable[lo:hi])


def score_doc(doc: Document, gold: list[dict]) -> dict:
    spans, ign = predicted_spans(doc)
    pred_starts = [s for s, _ in spans]
    pred_ends = [e for _, e in spans]
    tp_gold = 0
    n_gold = 0
    for g in gold:
        n_gold += 2
        tp_gold += any(_same(g["start"], p, ign) for p in pred_starts)
        tp_gold += any(_same(g["end"], p, ign) for p in pred_ends)
    gold_starts = [g["start"] for g in gold]
    gold_ends = [g["end"] for g in gold]
    tp_pred = fp = 0
    for kind, plist, glist in (("s", pred_starts, gold_starts), ("e", pred_ends, gold_ends)):
        for p in plist:
            if any(_same(p, q, ign) for q in glist):
                tp_pred += 1
            elif any(g["start"] < p < g["end"] for g in gold):
                fp += 1
    misses = []
    exact = 0
    for g in gold:
        ok = any(_same(g["start"], s, ign) and _same(g["end"], e, ign) for s, e in spans)
        exact += ok
        if not ok:
            over = [doc.text[s:e] for s, e in spans if s < g["end"] and e > g["start"]]
            misses.append((doc.id, g["text"], over))
    return {"tp_gold": tp_gold, "n_gold": n_gold, "tp_pred": tp_pred, "fp": fp, "exact": exact, "n_sent": len(gold), "misses": misses}


def evaluate(path: Path, show: int) -> dict:
    tot = {"tp_gold": 0, "n_gold": 0, "tp_pred": 0, "fp": 0, "exact": 0, "n_sent": 0}
    misses = []
    t0 = time.perf_counter()
    n_docs = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            doc = Document(id=rec["id"], text=rec["text"], url=rec.get("url"), date=rec.get("date"))
            res = score_doc(doc, rec["sentences"])
            for k in tot:
                tot[k] += res[k]
            misses.extend(res["misses"])
            n_docs += 1
    dt = time.perf_counter() - t0
    recall = tot["tp_gold"] / tot["n_gold"] if tot["n_gold"] else 0.0
    precision = tot["tp_pred"] / (tot["tp_pred"] + tot["fp"]) if tot["tp_pred"] + tot["fp"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"== {path.name}: {n_docs} docs, {tot['n_sent']} gold sentences ({dt:.2f}s)")
    print(f"   boundary precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}")
    print(f"   exact sentence match {tot['exact']}/{tot['n_sent']} = {tot['exact'] / max(1, tot['n_sent']):.4f}")
    if misses and show:
        print(f"   misses ({len(misses)}, showing {min(show, len(misses))}):")
        for doc_id, gold_text, over in misses[:show]:
            print(f"   - [{doc_id}] GOLD: {gold_text!r}")
            for o in over:
                print(f"       PRED: {o!r}")
    return {"precision": precision, "recall": recall, "f1": f1, **tot}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, nargs="*", default=DEFAULT_GOLD)
    ap.add_argument("--misses", type=int, default=40, help="how many misses to list per file")
    args = ap.parse_args(argv)
    for path in args.gold:
        if not path.exists():
            print(f"missing gold file: {path}", file=sys.stderr)
            return 2
        evaluate(path, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
