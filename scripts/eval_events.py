"""Score the event coder and the news sentence segmenter; write their sections of docs/accuracy.md.

Usage:
    python scripts/eval_events.py [--shared ../shared] [--model DIR] [--out docs/accuracy.md]

Event coding is scored with the same code as `peristiwa eval` (peristiwa.evaluate) on
  - the development gold set (shared/corpora/news/dev_gold.jsonl, 763 sentences),
  - the seed documents (shared/seeds/seeds_gold.jsonl),
  - our second gold set (data/gold/click_id_extra.jsonl, offsets into CLICK-ID articles),
    which the coder was never tuned on,
  - our third gold set (data/gold/click_id_tune.jsonl, the same format), which may be tuned on.
Sentence segmentation (clean + segment, mapped back to the original text) is scored with
scripts/eval_segment.py on the dev gold and seeds. Replaces the "## Event coding" and
"## Sentence segmentation (news)" sections of the output file and leaves the rest alone.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import platform
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))


def run_eval(pipeline, gold_path: Path, docs_path: Path | None):
    from peristiwa.evaluate import Report, gold_documents, read_gold, score, simplify
    from peristiwa.records import Skipped

    gold = read_gold(gold_path)
    documents = gold_documents(gold, docs_path)
    system, skipped = {}, []
    t0 = time.perf_counter()
    for item in pipeline.code(documents):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        system[item[0].doc.id] = [simplify(e) for e in item[1]]
    seconds = time.perf_counter() - t0
    rep = score(gold, system, Report(), texts={d.id: d.text for d in documents})
    return rep, seconds, skipped


def table(rep) -> list[str]:
    d = rep.as_dict()
    out = ["| level | P | R | F1 | tp | fp | fn |", "|---|---:|---:|---:|---:|---:|---:|"]
    for level in ("main", "strict", "loose"):
        c = rep.levels[level]
        out.append(f"| {level} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.tp} | {c.fp} | {c.fn} |")
    def acc(x: dict) -> str:
        return f"{x['right']}/{x['total']}" + ("" if x["accuracy"] is None else f" = {x['accuracy']:.3f}")

    out += ["", f"`negated` accuracy over main matches: {acc(d['negated_accuracy'])}; "
                f"`reported_by` accuracy: {acc(d['reported_by_accuracy'])}."]
    return out


def per_root(rep) -> list[str]:
    out = ["| root | P | R | F1 | tp | fp | fn |", "|---|---:|---:|---:|---:|---:|---:|"]
    for root, c in sorted(rep.per_root.items()):
        out.append(f"| {root} | {c.precision:.2f} | {c.recall:.2f} | {c.f1:.2f} | {c.tp} | {c.fp} | {c.fn} |")
    return out


def write_section(path: Path, title: str, body: list[str]) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else "# Accuracy\n\n"
    section = "\n".join([f"## {title}", "", *body]).rstrip() + "\n\n"
    pat = re.compile(rf"^## {re.escape(title)}\n.*?(?=^## (?!#)|\Z)", re.S | re.M)
    text = pat.sub(lambda _: section, text) if pat.search(text) else text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--model", default=None)
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "accuracy.md")
    args = ap.parse_args()

    import peristiwa

    pipeline = peristiwa.load(args.model)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    sets = [
        ("Development gold set", args.shared / "corpora/news/dev_gold.jsonl", None),
        ("Seed documents", args.shared / "seeds/seeds_gold.jsonl", None),
        ("Second gold set (never tuned on)", ROOT / "data/gold/click_id_extra.jsonl",
         args.shared / "corpora/news/click_id_articles.jsonl"),
        ("Third gold set (may be tuned on)", ROOT / "data/gold/click_id_tune.jsonl",
         args.shared / "corpora/news/click_id_articles.jsonl"),
    ]
    body = [
        f"Produced by `python scripts/eval_events.py` (commit {commit}, Python {platform.python_version()}); "
        "each figure can be reproduced with `peristiwa eval --gold GOLD [--docs DOCS]`. Scoring follows "
        "CODING-CONVENTIONS.md section 5: **main** = same root, source and target country parts; **strict** adds "
        "sectors and the 3-digit code; **loose** = same root in the same sentence (actors ignored), which shows how "
        "well triggers are found. Targets (issue 3): main F1 ≥ 0.70 with precision ≥ 0.75 on the development set; "
        "main precision and recall ≥ 0.8 on the seeds.",
        "",
    ]
    dev = None
    for title, gold, docs in sets:
        rep, seconds, skipped = run_eval(pipeline, gold, docs)
        if dev is None:
            dev = rep
        body += [f"### {title}: {rep.documents} documents, {rep.sentences} annotated sentences "
                 f"({seconds:.1f} s)", "", *table(rep), ""]
        if skipped:
            body += [f"Skipped: {', '.join(f'{s.id} ({s.reason})' for s in skipped)}", ""]
    body += ["### Per root on the development set (main)", "", *per_root(dev), ""]

    seg_body = ["Produced by `python scripts/eval_segment.py` (called from `scripts/eval_events.py`): clean + "
                "segment each gold document, map sentences back to the original text, and score boundaries inside "
                "the annotated region (a boundary only counts as wrong when it falls strictly inside a gold "
                "sentence; whitespace and removed boilerplate between two boundaries make them the same).", "",
                "| gold | P | R | F1 | exact sentences |", "|---|---:|---:|---:|---:|"]
    import eval_segment

    for gold in (args.shared / "corpora/news/dev_gold.jsonl", args.shared / "seeds/seeds_gold.jsonl"):
        with contextlib.redirect_stdout(io.StringIO()):
            r = eval_segment.evaluate(gold, 0)
        seg_body.append(f"| {gold.name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | "
                        f"{r['exact']}/{r['n_sent']} |")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_section(args.out, "Event coding", body)
    write_section(args.out, "Sentence segmentation (news)", seg_body + [""])
    print(args.out.read_text(encoding="utf-8"))


if __name__ == "__main__":
    main()
