"""Build the packaged lemma table from the nlp-id lemma dictionary (MIT, kumparan).

Usage: python scripts/build_lemmas.py [--shared ../shared]

The full dictionary has 778k inflected->root pairs (20 MB). We ship only the
pairs whose inflected form is attested in Indonesian news text we have
(CLICK-ID articles, the kumparan POS corpus, UD Indonesian GSD train), plus the
root-word list, so the table stays small (a few hundred KB) and loads fast.
Writes peristiwa/data/lexicon/lemmas.tsv and roots.txt, non_clitics.txt.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "peristiwa" / "data" / "lexicon"
WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def attested(shared: Path) -> set[str]:
    words: set[str] = set()
    with (shared / "corpora/news/click_id_articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            words.update(WORD.findall(json.loads(line).get("content", "").lower()))
    with (shared / "corpora/pos/dataset_postag.txt").open(encoding="utf-8") as f:
        for line in f:
            words.update(WORD.findall(line.split("\t", 1)[0].lower()))
    ud = shared / "corpora/ud/UD_Indonesian-GSD/old_v2.0_2017/id-ud-train.conllu"
    with ud.open(encoding="utf-8") as f:
        for line in f:
            if line and line[0].isdigit():
                words.update(WORD.findall(line.split("\t")[1].lower()))
    return words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parent / "shared"))
    args = ap.parse_args()
    shared = Path(args.shared)
    pos = shared / "corpora/pos"
    table = json.loads((pos / "lemma_dict.json").read_text(encoding="utf-8"))
    seen = attested(shared)
    pairs = sorted((k, v) for k, v in table.items() if k != v and k in seen)
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "lemmas.tsv").open("w", encoding="utf-8") as f:
        f.write("# inflected form -> root (subset of nlp-id lemma_dict.json, MIT; see NOTICE.md)\n")
        for k, v in pairs:
            f.write(f"{k}\t{v}\n")
    roots = sorted({w.strip().lower() for w in (pos / "root-word.txt").read_text(encoding="utf-8").split() if w.strip()})
    (OUT / "roots.txt").write_text("\n".join(roots) + "\n", encoding="utf-8")
    nc = sorted({w.strip().lower() for w in (pos / "non_clitics.txt").read_text(encoding="utf-8").split() if w.strip()})
    (OUT / "non_clitics.txt").write_text("\n".join(nc) + "\n", encoding="utf-8")
    print(f"{len(pairs)} lemma pairs, {len(roots)} roots, {len(nc)} non-clitic words -> {OUT}")


if __name__ == "__main__":
    main()
