"""Lemma accuracy of the peristiwa lemmatizer on a UD treebank with lemmas (gold tokens).

Usage: python scripts/eval_lemmas.py [--conllu ../shared/corpora/ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu]

Our tokens are surface tokens (clitics stay attached and are analysed as a token attribute),
so a multiword token ("rumahnya" = "rumah" + "nya") is compared with the lemma of its first
word. Lemmas are compared lower-cased; punctuation and numbers are left out. Proper nouns keep
their form in our lemmatizer and are reported separately.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spacy.tokens import Doc

ROOT = Path(__file__).resolve().parent.parent


def read(path: Path):
    """Sentences as lists of (surface form, gold lemma, gold UPOS of that word)."""
    sent, skip_until = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if sent:
                yield sent
            sent, skip_until = [], 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "." in cols[0]:
            continue
        if "-" in cols[0]:
            a, b = (int(x) for x in cols[0].split("-"))
            sent.append([cols[1], None, None])  # filled by its first word
            skip_until = b
            first_of_range = a
            continue
        i = int(cols[0])
        if skip_until and i <= skip_until:
            if i == first_of_range:
                sent[-1][1], sent[-1][2] = cols[2], cols[3]
            continue
        sent.append([cols[1], cols[2], cols[3]])
    if sent:
        yield sent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--conllu", type=Path,
                    default=ROOT.parent / "shared/corpora/ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu")
    ap.add_argument("--out", type=Path, default=None, help="also write the '## Lemmas and clitics' section here")
    args = ap.parse_args()
    from peristiwa.nlp.pipeline import load_spacy

    nlp = load_spacy()
    sents = list(read(args.conllu))
    right = total = prop_right = prop_total = 0
    for sent in sents:
        doc = Doc(nlp.vocab, words=[w for w, _, _ in sent])
        for name, proc in nlp.pipeline:
            if name != "peristiwa_sentences":
                doc = proc(doc)
        for tok, (_, lemma, upos) in zip(doc, sent):
            if upos in ("PUNCT", "NUM", "SYM", None) or lemma in (None, "_"):
                continue
            ok = tok.lemma_.lower() == lemma.lower()
            if upos == "PROPN":
                prop_total += 1
                prop_right += ok
            else:
                total += 1
                right += ok
    lines = [
        f"{args.conllu.name}: {len(sents)} sentences",
        f"lemma accuracy, words other than proper nouns: {right}/{total} = {right / total:.3f}",
        f"lemma accuracy, proper nouns: {prop_right}/{prop_total} = {prop_right / prop_total:.3f}",
    ]
    print("\n".join(lines))
    if args.out:
        import sys

        sys.path.insert(0, str(ROOT / "scripts"))
        from eval_events import write_section

        write_section(args.out, "Lemmas and clitics", [
            "Produced by `python scripts/eval_lemmas.py --out docs/accuracy.md` (gold tokens of the current "
            "UD Indonesian-GSD test, the only treebank here with lemmas; punctuation and numbers left out).", "",
            "| words | lemma accuracy |", "|---|---:|",
            f"| content and function words (not PROPN) | {right}/{total} = {right / total:.3f} |",
            f"| proper nouns (kept as written) | {prop_right}/{prop_total} = {prop_right / prop_total:.3f} |", "",
            "Lemmas come from the packaged root-word table (the news-attested part of the nlp-id lemma "
            "dictionary, MIT) for nouns, verbs and adjectives; function words are their own lemma and full "
            "reduplication is reduced (`anak-anak` → `anak`). Clitics (`-nya`, `-lah`, `-kah`, `-pun`, `-ku`, "
            "`-mu`) stay attached to their token, as in the CoNLL 2017 GSD release the parser is trained on, and "
            "are analysed as a token attribute (`Token._.clitic`, the `Clitic=` field of `peristiwa parse` "
            "CoNLL-U output), with the lemma taken from the stem (`pelakunya` → `laku`, clitic `nya`). "
            "Remaining differences are mostly UD conventions (`ia` → `dia`) and lemma-dictionary gaps.", ""])


if __name__ == "__main__":
    main()
