"""Throughput of a pipeline over real news: words/s of nlp.pipe in one process + peak RSS.

    python training/speed.py MODEL_DIR [--shared ../shared --n 1000 --batch-size 128]

Words = non-whitespace tokens. The timing includes tokenisation. Texts are read before timing.
"""
import argparse
import json
import resource
import time
from pathlib import Path

import spacy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=128)
    ap.add_argument("--disable", default="")
    ap.add_argument("--peristiwa", action="store_true",
                    help="load via peristiwa.nlp.pipeline.load_spacy (adds rule sentence setter + lemmatizer)")
    args = ap.parse_args()
    texts = []
    with open(args.shared / "corpora/news/click_id_articles.jsonl", encoding="utf8") as f:
        for line in f:
            t = (json.loads(line).get("content") or "").strip()
            if t:
                texts.append(t)
            if len(texts) >= args.n:
                break
    exclude = [d for d in args.disable.split(",") if d]
    if args.peristiwa:
        from peristiwa.nlp.pipeline import load_spacy

        nlp = load_spacy(args.model, exclude=exclude)
    else:
        nlp = spacy.load(args.model, exclude=exclude)
    list(nlp.pipe(texts[:20]))  # warm-up
    t0 = time.perf_counter()
    n_words = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size):
        n_words += sum(1 for t in doc if not t.is_space)
    dt = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"model": str(args.model), "pipeline": nlp.pipe_names, "docs": len(texts),
                      "words": n_words, "seconds": round(dt, 1),
                      "words_per_sec": round(n_words / dt), "peak_rss_mb": round(rss_mb)}))


if __name__ == "__main__":
    main()
