"""Authoring helper: generate Indonesian inflected surface forms from a root.

The event lexicons in ``peristiwa/data/events/`` list explicit surface forms (the
matcher does no morphology).  This helper proposes the forms of a root so an
analyst can paste the ones that really occur into ``verbs.tsv`` / ``nouns.tsv``.
It is not used at run time.

    python scripts/expand_forms.py tangkap
    python scripts/expand_forms.py tembak --suffix kan i
    python scripts/expand_forms.py serang --code 190 --tsv      # verbs.tsv rows
    python scripts/expand_forms.py temu --ber                   # bertemu

meN- allomorphy follows standard Indonesian (Tata Bahasa Baku):
  vowel, g, h, kh          -> meng-   (mengancam, menggelar, menghadiri)
  k + vowel                -> meng-, k drops   (kecam -> mengecam)
  k + consonant            -> mengk-  (kritik -> mengkritik, klaim -> mengklaim)
  p + vowel                -> mem-, p drops    (pukul -> memukul)
  p + consonant, b, f, v   -> mem-    (protes -> memprotes, bantu -> membantu)
  t + vowel                -> men-, t drops    (tangkap -> menangkap)
  t + consonant, d, c, j, z, sy -> men- (culik -> menculik, desak -> mendesak)
  s + vowel                -> meny-, s drops   (serang -> menyerang)
  l, r, m, n, w, y, ny, ng -> me-     (larang -> melarang, minta -> meminta)
  one-syllable roots       -> menge-  (bom -> mengebom)
The same rules with pe- give the peN-...-an nominalisation (penangkapan, penyerangan).
Loanwords often keep the initial consonant in practice (mengkonfirmasi next to
mengonfirmasi, menyosialisasikan/mensosialisasikan): pass --keep to add that variant.
"""

from __future__ import annotations

import argparse
import re

VOWELS = "aeiou"


def _syllables(root: str) -> int:
    return len(re.findall(r"[aeiou]+", root))


def nasal(root: str, base: str = "me", keep: bool = False) -> list[str]:
    """meN-/peN- prefixation of ``root`` (base "me" or "pe")."""
    r = root
    forms: list[str] = []
    if _syllables(r) == 1:
        forms.append(base + "nge" + r)
        forms.append(base + ("m" if r[0] in "bp" else "n" if r[0] in "tdcj" else "ng") + r)
        return forms
    c0 = r[0]
    c1 = r[1] if len(r) > 1 else ""
    if c0 in VOWELS or c0 in "gh":
        forms.append(base + "ng" + r)
    elif c0 == "k":
        if c1 in VOWELS and not r.startswith("kh"):
            forms.append(base + "ng" + r[1:])
            if keep:
                forms.append(base + "ng" + r)
        else:
            forms.append(base + "ng" + r)
    elif c0 == "p":
        if c1 in VOWELS and not r.startswith("per"):
            forms.append(base + "m" + r[1:])
            if keep:
                forms.append(base + "m" + r)
        else:
            forms.append(base + "m" + r)
    elif c0 in "bfv":
        forms.append(base + "m" + r)
    elif c0 == "t":
        if c1 in VOWELS:
            forms.append(base + "n" + r[1:])
            if keep:
                forms.append(base + "n" + r)
        else:
            forms.append(base + "n" + r)
    elif c0 in "dcjz" or r.startswith("sy"):
        forms.append(base + "n" + r)
    elif c0 == "s":
        if c1 in VOWELS:
            forms.append(base + "ny" + r[1:])
            if keep:
                forms.append(base + "n" + r)
        else:
            forms.append(base + "n" + r)
    else:  # l r m n w y ny ng
        forms.append(base + r)
    # dedupe, keep order
    out: list[str] = []
    for f in forms:
        if f not in out:
            out.append(f)
    return out


def ber(root: str) -> str:
    if root.startswith("r") or root.startswith("ber"):
        return "be" + root
    if root.startswith("ker"):  # bekerja
        return "be" + root
    return "ber" + root


def ter(root: str) -> str:
    return ("te" if root.startswith("r") else "ter") + root


def expand(
    root: str,
    suffixes: tuple[str, ...] = ("",),
    *,
    men: bool = True,
    di: bool = True,
    ter_: bool = False,
    bare: bool = True,
    ber_: bool = False,
    keep: bool = False,
) -> list[tuple[str, str]]:
    """Return (form, voice) pairs for a root with the given suffixes ("", "kan", "i")."""
    out: list[tuple[str, str]] = []
    for suf in suffixes:
        stem = root + suf
        if men:
            for f in nasal(root, "me", keep):
                out.append((f + suf, "active"))
        if di:
            out.append(("di" + stem, "passive"))
        if bare:
            out.append((stem, "active"))
    if ter_:
        out.append((ter(root), "passive"))
    if ber_:
        out.append((ber(root), "intrans"))
    seen: set[str] = set()
    res = []
    for f, v in out:
        if f not in seen:
            seen.add(f)
            res.append((f, v))
    return res


def nominals(root: str, keep: bool = False) -> list[str]:
    """peN-...-an and -an nominalisations."""
    out = [f + "an" for f in nasal(root, "pe", keep)]
    out.append(root + "an")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("root")
    ap.add_argument("--suffix", nargs="*", default=[], help="extra suffixes: kan i")
    ap.add_argument("--ter", action="store_true", help="add ter- form")
    ap.add_argument("--ber", action="store_true", help="add ber- form")
    ap.add_argument("--keep", action="store_true", help="add loanword variant keeping the initial consonant")
    ap.add_argument("--nouns", action="store_true", help="print peN-an / -an nominalisations")
    ap.add_argument("--code", default="", help="with --tsv: CAMEO code column")
    ap.add_argument("--tsv", action="store_true", help="print verbs.tsv rows")
    a = ap.parse_args()
    sufs = tuple([""] + [s.lstrip("-") for s in a.suffix])
    forms = expand(a.root, sufs, ter_=a.ter, ber_=a.ber, keep=a.keep)
    for f, v in forms:
        if a.tsv:
            print(f"{f}\t{a.code}\t{v}\t\t\t")
        else:
            print(f"{f}\t{v}")
    if a.nouns:
        for n in nominals(a.root, a.keep):
            print(f"{n}\tnoun")


if __name__ == "__main__":
    main()
