"""Copy a trained pipeline into the package (peristiwa/data/model/), keeping only what
spacy.load needs, and fill in meta.json.

    python training/package.py training/work/output/model-best peristiwa/data/model
"""
import json
import shutil
import sys
from pathlib import Path

import spacy

META = {
    "lang": "id",
    "name": "peristiwa_news_sm",
    "version": "0.1.0",
    "description": (
        "Indonesian tagger (UPOS + features via morphologizer), dependency parser and NER "
        "(PER, ORG, LOC) for peristiwa, sharing one CNN tok2vec with floret static vectors "
        "trained on CLICK-ID news. Lemmas and sentence segmentation are added by rule "
        "components at load time by peristiwa; this directory has no senter."
    ),
    "author": "peristiwa",
    "license": "CC BY-SA 4.0",
    "sources": [
        {"name": "UD Indonesian-GSD v2.0 (CoNLL 2017 shared-task release)", "license": "CC BY-SA 4.0"},
        {"name": "idner-news-2k (Khairunnisa et al. 2020)", "license": "MIT"},
        {"name": "IndoNLU NERGrit", "license": "Apache-2.0"},
        {"name": "CLICK-ID news articles (vectors only)", "license": "CC BY 4.0"},
    ],
}


def main(src, dst):
    src, dst = Path(src), Path(dst)
    nlp = spacy.load(src)
    nlp.meta.update({k: v for k, v in META.items()})
    nlp.meta.pop("performance", None)
    if dst.exists():
        shutil.rmtree(dst)
    nlp.to_disk(dst)
    # scores go to docs/accuracy.md via scripts/eval_nlp.py, not into the model's meta
    meta = json.loads((dst / "meta.json").read_text())
    meta.pop("performance", None)
    (dst / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    for f in sorted(dst.rglob("*")):
        if f.is_file():
            print(f"{f.stat().st_size / 1e6:8.2f} MB  {f.relative_to(dst)}")
    print(f"total {sum(f.stat().st_size for f in dst.rglob('*') if f.is_file()) / 1e6:.1f} MB")


if __name__ == "__main__":
    main(*sys.argv[1:3])
