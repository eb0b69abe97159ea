"""Measure how well the event lexicons cover the triggers of a gold file.

    python scripts/lexicon_coverage.py                       # ../shared dev gold + seeds
    python scripts/lexicon_coverage.py path/to/gold.jsonl ...
    python scripts/lexicon_coverage.py --misses 011 145      # list uncovered triggers of these roots

For every gold event it checks whether the trigger text contains at least one form of
verbs.tsv / nouns.tsv / a light verb + noun combination (whole words, lowercase, with the
clitics -nya/-lah/-kah/-pun stripped as the matcher does), and whether one of those
matches carries the same CAMEO root as the gold code.  It also reports, as a rough
precision proxy, how many lexicon matches in the annotated sentences fall inside a gold
trigger of the same root (only an indication: the coder adds actor checks, blockers,
cues and the complement map on top of the bare matches).

This is a development measure, not a test: it reads gold data that is not shipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVENTS = ROOT / "peristiwa" / "data" / "events"
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = [SHARED / "corpora/news/dev_gold.jsonl", SHARED / "seeds/seeds_gold.jsonl"]
TOKEN = re.compile(r"[\w]+(?:-[\w]+)*|[.,;:!?()\"“”]", re.UNICODE)
PUNCT = set(".,;:!?()\"“”")
CLITICS = ("nya", "lah", "kah", "pun")


def read_tsv(name: str) -> list[dict[str, str]]:
    with (EVENTS / name).open(encoding="utf-8") as f:
        lines = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def tokens(text: str) -> list[str]:
    return [t.lower() for t in TOKEN.findall(text)]


def _clause(seq: list[str], stops) -> list[str]:
    """The tokens of ``seq`` up to (not including) the first punctuation token in ``stops``."""
    for k, t in enumerate(seq):
        if t in stops:
            return seq[:k]
    return seq


def variants(tok: str) -> list[str]:
    out = [tok]
    for c in CLITICS:
        if tok.endswith(c) and len(tok) > len(c) + 3:
            out.append(tok[: -len(c)])
    return out


WINDOW = 8


class Lexicon:
    """A small re-implementation of the matching rules in peristiwa/data/events/README.md.

    Leftmost-longest, non-overlapping matches of blockers, literal verb/noun forms and
    light verb (+ fillers) + noun combinations; object-constrained rows need one of their
    object words in the window after the trigger (passive rows: also before it).
    """

    def __init__(self) -> None:
        self.literal: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
        for r in read_tsv("verbs.tsv"):
            self.literal[tuple(r["form"].split())].append(r)
        self.nouns: dict[tuple[str, ...], list[dict[str, str]]] = defaultdict(list)
        for r in read_tsv("nouns.tsv"):
            self.nouns[tuple(r["form"].split())].append(r)
            if r["standalone"] == "yes":
                self.literal[tuple(r["form"].split())].append(dict(r, voice="active"))
        self.light: dict[tuple[str, ...], dict[str, str]] = {tuple(r["form"].split()): r for r in read_tsv("light_verbs.tsv")}
        self.blockers = {tuple(r["form"].split()) for r in read_tsv("blockers.tsv")}
        cues = read_tsv("cues.tsv")
        self.fillers = {tuple(r["form"].split()) for r in cues if r["kind"] == "filler"}
        self.intent = {tuple(r["form"].split()) for r in cues if r["kind"] == "intent"}
        self.anaphora = {tuple(r["form"].split()) for r in cues if r["kind"] == "anaphora"}
        self.intent_map = {r["event"]: r["code"] for r in read_tsv("complement_map.tsv") if r["governor"] == "intent"}
        keys = list(self.literal) + list(self.nouns) + list(self.light) + list(self.blockers)
        self.maxlen = max(len(k) for k in keys)

    def _keys_at(self, toks: list[str], i: int, table) -> list[tuple[str, ...]]:
        found = []
        for n in range(1, self.maxlen + 1):
            if i + n > len(toks):
                break
            seq = toks[i : i + n]
            for v in variants(seq[-1]):
                key = tuple(seq[:-1] + [v])
                if key in table:
                    found.append(key)
        return found

    @staticmethod
    def _has_object(toks: list[str], i: int, j: int, obj: str, passive: bool) -> bool:
        after = _clause(toks[j : j + WINDOW], ".;:!?")
        before = _clause(toks[max(0, i - WINDOW) : i][::-1], ".;:!?")[::-1] if passive else []
        for item in obj.split("|"):
            it = item.split()
            for win in (after, before):
                for k in range(len(win) - len(it) + 1):
                    if all(w == t or w.startswith(t) and len(w) - len(t) <= 3 for w, t in zip(win[k : k + len(it)], it)):
                        return True
        return False

    def _choose(self, toks, i, j, rows, passive_default=False) -> set[str]:
        """Codes of the rows that apply: satisfied constrained rows beat bare rows."""
        constrained = [r for r in rows if r.get("object")
                       and self._has_object(toks, i, j, r["object"], r.get("voice") == "passive" or passive_default)]
        if constrained:
            return {r["code"] for r in constrained}
        return {r["code"] for r in rows if not r.get("object")}

    def matches(self, toks: list[str]) -> list[tuple[int, int, set[str]]]:
        out = []
        i = 0
        while i < len(toks):
            cands: list[tuple[int, int, set[str]]] = []  # (span length, priority, codes)
            for key in self._keys_at(toks, i, self.blockers):
                cands.append((len(key), 3, set()))
            for key in self._keys_at(toks, i, self.literal):
                codes = self._choose(toks, i, i + len(key), self.literal[key])
                if codes and self._anaphoric(toks, i + len(key), self.literal[key]):
                    cands.append((len(key), 2, set()))  # "serangan tersebut": already reported
                elif codes:
                    cands.append((len(key), 2, codes))
            for key in self._keys_at(toks, i, self.light):
                lv = self.light[key]
                allowed = set(lv["nouns"].split("|")) if lv["nouns"] else None
                j, skipped = i + len(key), 0
                while j < len(toks) and skipped <= 3:
                    for nkey in self._keys_at(toks, j, self.nouns):
                        if allowed is None or nkey[0] in allowed:
                            codes = self._choose(toks, j, j + len(nkey), self.nouns[nkey])
                            if codes:
                                cands.append((j + len(nkey) - i, 1, codes))
                    if toks[j].isdigit() or (toks[j],) in self.fillers:
                        j += 1
                        skipped += 1
                    else:
                        break
            if not cands:
                i += 1
                continue
            n, prio, codes = max(cands, key=lambda c: (c[0], c[1]))
            if codes:
                out.append((i, i + n, self._intent(toks, i, codes)))
            i += n
        return out

    def _anaphoric(self, toks: list[str], j: int, rows: list[dict[str, str]]) -> bool:
        """A standalone noun followed by tersebut/itu/ini ... with no "oleh" agent after it."""
        if not any("standalone" in r for r in rows):
            return False
        nxt = [tuple(toks[j : j + n]) for n in (1, 2)]
        if not any(k in self.anaphora for k in nxt):
            return False
        return "oleh" not in toks[j : j + 6]

    def _intent(self, toks: list[str], i: int, codes: set[str]) -> set[str]:
        """Apply the intent map when an intent cue stands in the 4 tokens before the match."""
        window = _clause(toks[max(0, i - 4) : i][::-1], PUNCT)[::-1]
        cue = any(tuple(window[k : k + n]) in self.intent for n in (1, 2, 3) for k in range(len(window)))
        if not cue:
            return codes
        out = set()
        for c in codes:
            best = max((p for p in self.intent_map if c.startswith(p)), key=len, default=None)
            m = self.intent_map[best] if best else "="
            out.add(c if m in ("=", "-") else m)
        return out


def find_spans(stoks: list[str], ttoks: list[str]) -> list[tuple[int, int]]:
    """Token spans of the trigger in the sentence (all occurrences)."""
    n = len(ttoks)
    return [(i, i + n) for i in range(len(stoks) - n + 1) if n and stoks[i : i + n] == ttoks]


def contains_form(lex: Lexicon, ttoks: list[str]) -> bool:
    """Brief metric: the trigger contains at least one verb/noun form (whole words, constraints ignored)."""
    for i in range(len(ttoks)):
        if lex._keys_at(ttoks, i, lex.literal) or lex._keys_at(ttoks, i, lex.nouns):
            return True
    return False


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="*", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--misses", nargs="*", default=None, help="print gold triggers not found in context, for these roots (no value: all)")
    ap.add_argument("--spurious", type=int, default=0, metavar="N", help="print the N most frequent matches that hit no gold trigger")
    ap.add_argument("--docs", type=Path, default=SHARED / "corpora/news/click_id_articles.jsonl",
                    help="corpus for gold files without text (ids 'click_id_articles:N' = line N, field content)")
    a = ap.parse_args()
    docs: list[str] | None = None
    lex = Lexicon()
    total, has_form, found = Counter(), Counter(), Counter()
    misses: dict[str, Counter] = defaultdict(Counter)
    spurious: Counter = Counter()
    m_all = m_ok = 0
    for path in a.gold:
        for line in path.open(encoding="utf-8"):
            doc = json.loads(line)
            text = doc.get("text")
            if text is None:  # offsets-only gold: look the document up by line number
                if docs is None:
                    docs = [json.loads(ln).get("content", "") for ln in a.docs.open(encoding="utf-8")]
                text = docs[int(doc["id"].rsplit(":", 1)[1]) - 1]
            for s in doc["sentences"]:
                stoks = tokens(s.get("text") or text[s["start"] : s["end"]])
                ms = lex.matches(stoks)
                gold = []
                for e in s["events"]:
                    root = e["code"][:2]
                    ttoks = tokens(e["trigger"])
                    spans = find_spans(stoks, ttoks)
                    gold.append((spans, root))
                    total[root] += 1
                    if contains_form(lex, ttoks):
                        has_form[root] += 1
                    hit = any(i < b and a_ < j and root in {c[:2] for c in codes}
                              for i, j, codes in ms for a_, b in spans)
                    if hit:
                        found[root] += 1
                    else:
                        misses[root][e["trigger"].lower()] += 1
                for i, j, codes in ms:
                    roots = {c[:2] for c in codes}
                    m_all += 1
                    if any(r in roots and i < b and a_ < j for spans, r in gold for a_, b in spans):
                        m_ok += 1
                    else:
                        spurious[(" ".join(stoks[i:j]), "/".join(sorted(codes)))] += 1
    n = sum(total.values())
    print(f"gold events: {n}")
    print(f"trigger contains a verbs/nouns form (whole word):        {sum(has_form.values())}/{n} = {sum(has_form.values()) / n:.1%}")
    print(f"found in context by the matching rules, same root:      {sum(found.values())}/{n} = {sum(found.values()) / n:.1%}")
    print(f"matches in annotated sentences on a same-root trigger:  {m_ok}/{m_all} = {m_ok / max(m_all, 1):.1%}"
          "  (precision proxy: no actor checks, cues or complement map applied)")
    print("\nroot  events  contains-form  found-in-context")
    for r in sorted(total):
        print(f"  {r}  {total[r]:6d}  {has_form[r] / total[r]:13.0%}  {found[r] / total[r]:16.0%}")
    if a.misses is not None:
        for r in sorted(misses):
            if a.misses and r not in a.misses:
                continue
            print(f"\nmissed {r}: " + "; ".join(f"{t} ({c})" if c > 1 else t for t, c in misses[r].most_common()))
    if a.spurious:
        print("\nmatches on no gold trigger of the same root:")
        for (form, codes), c in spurious.most_common(a.spurious):
            print(f"  {c:3d}  {form}  [{codes}]")


if __name__ == "__main__":
    main()
