"""Train floret (hashed subword) vectors on CLICK-ID news text + the training-split text.

Text is tokenised with spaCy's `id` tokenizer (the same one the pipeline uses), case kept
(the pipeline's StaticVectors use key_attr ORTH). Output: a spaCy vectors model directory
(`spacy init vectors --mode floret`) that `config.cfg` loads via [paths.vectors].

    python training/vectors.py SHARED WORKDIR [--dim 100 --bucket 50000 --epoch 10]
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

import spacy


def iter_texts(shared: Path):
    with open(shared / "corpora/news/click_id_articles.jsonl", encoding="utf8") as f:
        for line in f:
            text = (json.loads(line).get("content") or "").strip()
            if text:
                yield text
    # training splits only (never dev/test): UD GSD 2017 train, idner train, NERGrit train
    ud = shared / "corpora/ud/UD_Indonesian-GSD/old_v2.0_2017/id-ud-train.conllu"
    for line in open(ud, encoding="utf8"):
        if line.startswith("# text = "):
            yield line[9:].strip()
    for path, sep in [(shared / "corpora/ner/idner_news_2k/train.txt", None),
                      (shared / "corpora/ner/indonlu_nergrit/train_preprocess.txt", "\t")]:
        words = []
        for line in open(path, encoding="utf8"):
            line = line.strip()
            if not line:
                if words:
                    yield " ".join(words)
                words = []
            else:
                words.append(line.split(sep)[0])
        if words:
            yield " ".join(words)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", type=Path)
    ap.add_argument("workdir", type=Path)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--bucket", type=int, default=50000)
    ap.add_argument("--epoch", type=int, default=10)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    txt = args.workdir / "vectors_corpus.txt"
    if not txt.exists():
        tok = spacy.blank("id").tokenizer
        n = 0
        with open(txt, "w", encoding="utf8") as out:
            for doc in tok.pipe(iter_texts(args.shared), batch_size=256):
                toks = [t.text for t in doc if not t.is_space and not any(c.isspace() for c in t.text)]
                n += len(toks)
                out.write(" ".join(toks) + "\n")
        print(f"tokenised corpus: {n} tokens -> {txt}", file=sys.stderr)
    import floret

    model = floret.train_unsupervised(
        str(txt), model="cbow", mode="floret", hashCount=2, bucket=args.bucket,
        minn=4, maxn=5, minCount=3, dim=args.dim, epoch=args.epoch, thread=args.threads,
    )
    name = f"vectors_d{args.dim}_b{args.bucket}"
    floret_file = args.workdir / f"{name}.floret"
    model.save_floret_vectors(str(floret_file))
    out_dir = args.workdir / name
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "id", str(floret_file),
                    str(out_dir), "--mode", "floret"], check=True)
    print(out_dir)


if __name__ == "__main__":
    main()
