"""Convert the training corpora to spaCy DocBin files (training/corpus/, git-ignored).

UD docs carry POS/morph/heads/deps and *missing* NER annotation (ent_iob unset);
NER docs carry entities only (POS, morph, heads missing). spaCy's components skip
missing annotation, so one shared pipeline can be trained on both.

    python training/convert.py SHARED OUTDIR [--nergrit]
"""
import argparse
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

NERGRIT_MAP = {"PERSON": "PER", "PLACE": "LOC", "ORGANISATION": "ORG"}


def read_conllu(path):
    """Yield sentences as lists of (form, upos, feats, head, deprel, space_after).
    Multiword-token ranges are skipped: syntactic words are used."""
    sent = []
    for line in open(path, encoding="utf8"):
        line = line.rstrip("\n")
        if not line:
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        space = "SpaceAfter=No" not in cols[9]
        sent.append((cols[1], cols[3], cols[5], int(cols[6]), cols[7], space))
    if sent:
        yield sent


def conllu_docs(vocab, path, n_sents=10, strip_subtypes=False):
    """Group n_sents sentences per Doc (like `spacy convert -n 10`)."""
    batch = []

    def make(batch):
        words, spaces, pos, morphs, heads, deps, starts = [], [], [], [], [], [], []
        for sent in batch:
            off = len(words)
            for i, (form, upos, feats, head, dep, sp) in enumerate(sent):
                words.append(form)
                spaces.append(sp)
                pos.append(upos)
                morphs.append("" if feats == "_" else feats)
                heads.append(off + head - 1 if head > 0 else off + i)
                if strip_subtypes:
                    dep = dep.split(":")[0]
                deps.append("ROOT" if dep == "root" else dep)
                starts.append(i == 0)
            spaces[-1] = True
        return Doc(vocab, words=words, spaces=spaces, pos=pos, morphs=morphs,
                   heads=heads, deps=deps, sent_starts=starts)

    for sent in read_conllu(path):
        batch.append(sent)
        if len(batch) == n_sents:
            yield make(batch)
            batch = []
    if batch:
        yield make(batch)


def read_bio(path, sep=None, label_map=None):
    sent = []
    for line in open(path, encoding="utf8"):
        line = line.strip()
        if not line:
            if sent:
                yield sent
            sent = []
            continue
        cols = line.split(sep)
        word, tag = cols[0], cols[-1]
        if tag != "O" and label_map:
            pre, lab = tag.split("-", 1)
            tag = f"{pre}-{label_map.get(lab, lab)}"
        sent.append((word, tag))
    if sent:
        yield sent


def fix_bio(tags):
    """Repair I- without a preceding B-/I- of the same label."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def ner_docs(vocab, path, sep=None, label_map=None):
    for sent in read_bio(path, sep, label_map):
        words = [w for w, _ in sent]
        yield Doc(vocab, words=words, ents=fix_bio([t for _, t in sent]))


def save(docs, path):
    db = DocBin(store_user_data=False)
    n = 0
    for d in docs:
        db.add(d)
        n += len(d)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    print(f"{path}: {len(db)} docs, {n} tokens")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("shared", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args()
    vocab = spacy.blank("id").vocab
    ud = args.shared / "corpora/ud"
    old = ud / "UD_Indonesian-GSD/old_v2.0_2017"
    ner = args.shared / "corpora/ner"
    o = args.out
    save(conllu_docs(vocab, old / "id-ud-train.conllu"), o / "ud_gsd2017/train.spacy")
    save(conllu_docs(vocab, old / "id-ud-dev.conllu"), o / "ud_gsd2017/dev.spacy")
    save(conllu_docs(vocab, ud / "UD_Indonesian-CSUI/id_csui-ud-train.conllu"), o / "ud_csui/train.spacy")
    save(ner_docs(vocab, ner / "idner_news_2k/train.txt"), o / "idner/train.spacy")
    save(ner_docs(vocab, ner / "idner_news_2k/dev.txt"), o / "idner/dev.spacy")
    save(ner_docs(vocab, ner / "indonlu_nergrit/train_preprocess.txt", "\t", NERGRIT_MAP),
         o / "nergrit/train.spacy")
    save(ner_docs(vocab, ner / "indonlu_nergrit/valid_preprocess.txt", "\t", NERGRIT_MAP),
         o / "nergrit/dev.spacy")


if __name__ == "__main__":
    main()
