"""Packaged word lists of the NLP stage: lemmas, roots, clitics, abbreviations."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from peristiwa.paths import DATA_DIR

LEXICON_DIR = DATA_DIR / "lexicon"
# Enclitics, longest first. -ku/-mu only where the stem is a known word.
CLITICS = ("nya", "lah", "kah", "pun", "tah", "ku", "mu")


def _lines(name: str) -> list[str]:
    out = []
    with (LEXICON_DIR / name).open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


@dataclass(frozen=True)
class Lexicon:
    lemmas: dict[str, str]
    roots: frozenset[str]
    non_clitics: frozenset[str]
    abbreviations: tuple[str, ...]

    def known(self, word: str) -> bool:
        return word in self.roots or word in self.lemmas

    def split_clitic(self, lower: str) -> tuple[str, str]:
        """('rumahnya') -> ('rumah', 'nya'); words that only look cliticised stay whole."""
        if len(lower) < 5 or lower in self.non_clitics or self.known(lower):
            return lower, ""
        for c in CLITICS:
            if lower.endswith(c):
                stem = lower[: -len(c)].rstrip("-")
                if len(stem) >= 2 and self.known(stem):
                    return stem, c
                if c in ("nya", "lah", "kah", "pun") and len(stem) >= 3 and stem.isalpha():
                    # An unknown stem (a name, a new word): -nya/-lah/-kah/-pun are still
                    # productive clitics; -ku/-mu are not split without a known stem.
                    return stem, c
        return lower, ""

    def lemma(self, lower: str) -> str:
        hit = self.lemmas.get(lower)
        if hit is not None:
            return hit
        stem, clitic = self.split_clitic(lower)
        if clitic:
            return self.lemmas.get(stem, stem)
        return lower


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lemmas = {}
    for line in _lines("lemmas.tsv"):
        k, _, v = line.partition("\t")
        lemmas[k] = v
    return Lexicon(
        lemmas=lemmas,
        roots=frozenset(_lines("roots.txt")),
        non_clitics=frozenset(_lines("non_clitics.txt")),
        abbreviations=tuple(_lines("abbreviations.txt")),
    )
