"""Event lexicons, read from the TSV data in ``peristiwa/data/events`` (see its README.md).

verbs.tsv and nouns.tsv (triggers), light_verbs.tsv, cues.tsv, blockers.tsv,
complement_map.tsv (how a governing act absorbs the act it governs) and
refinements.tsv (code changes that depend on who acts on whom). An analyst can
point :func:`load_event_lexicon` at a folder with files of the same names; missing
files there fall back to the packaged ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from peristiwa.paths import DATA_DIR
from peristiwa.tsv import lexicon_file, read_tsv

EVENTS_DIR = DATA_DIR / "events"
VOICES = frozenset({"active", "passive", "mutual", "intrans", "noun"})
CLITICS = ("nya", "lah", "kah", "pun")
OBJECT_WINDOW = 8


@dataclass(frozen=True, slots=True)
class Trigger:
    form: tuple[str, ...]  # lowercase tokens
    code: str
    voice: str  # active | passive | mutual | intrans | judged | noun
    objects: tuple[tuple[str, ...], ...]  # object constraint items (empty: none)
    preps: frozenset[str]
    standalone: bool  # nouns: may fire without a light verb; verbs: True
    source: str  # file:line
    order: int  # file order, for ties

    @property
    def is_noun(self) -> bool:
        return self.voice == "noun"


@dataclass(frozen=True, slots=True)
class LightVerb:
    form: tuple[str, ...]
    voice: str
    nouns: frozenset[str]  # first tokens of the nouns it may take (empty: any)
    source: str


@dataclass(frozen=True, slots=True)
class Cue:
    form: tuple[str, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class Refinement:
    code: str
    forms: frozenset[str]
    source: frozenset[str]  # sectors, or {"*"}
    target: frozenset[str]
    scope: str  # any | domestic | international
    new_code: str  # a code, or "-" to drop the event
    line: str


def _items(text: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(w.split()) for w in (x.strip().lower() for x in text.split("|")) if w)


def _set(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split("|") if w.strip())


def strip_clitic(word: str) -> str | None:
    for c in CLITICS:
        if word.endswith(c) and len(word) - len(c) >= 3:
            return word[: -len(c)]
    return None


def item_matches(token: str, item: str) -> bool:
    """An object item matches a token equal to it or extending it by at most three letters."""
    return token == item or (token.startswith(item) and len(token) - len(item) <= 3)


class EventLexicon:
    def __init__(self, triggers: list[Trigger], light_verbs: list[LightVerb], cues: list[Cue],
                 blockers: list[tuple[str, ...]], complements: dict[tuple[str, str], str],
                 refinements: list[Refinement]):
        self.triggers = triggers
        self.light_verbs = light_verbs
        self.cues = cues
        self.blockers = blockers
        self.complements = complements
        self.refinements = refinements
        self._trig = self._index(triggers)
        self._light = self._index(light_verbs)
        self._cues = self._index(cues)
        self._block = self._index([Cue(b, "blocker") for b in blockers])
        self.cue_kinds = frozenset(c.kind for c in cues)
        # words that can start a trigger, light verb, blocker or cue: every other token is skipped fast
        self.trigger_starts = frozenset(self._trig) | frozenset(self._light) | frozenset(self._block)
        self.cue_starts = frozenset(self._cues)
        self.filler_words = frozenset(c.form[0] for c in cues if c.kind == "filler" and len(c.form) == 1)

    @staticmethod
    def _index(items):
        idx: dict[str, list] = {}
        for it in items:
            idx.setdefault(it.form[0], []).append(it)
        for lst in idx.values():
            lst.sort(key=lambda x: -len(x.form))
        return idx

    @staticmethod
    def _match_len(form: tuple[str, ...], words: list[str], i: int) -> bool:
        L = len(form)
        if i + L > len(words):
            return False
        for k in range(L):
            w = words[i + k]
            if w == form[k]:
                continue
            if k == L - 1 and strip_clitic(w) == form[k]:  # clitic fallback on the last token
                continue
            return False
        return True

    def may_start(self, starts: frozenset[str], word: str) -> bool:
        if word in starts:
            return True
        stripped = strip_clitic(word)
        return stripped is not None and stripped in starts

    def _at(self, idx, words: list[str], i: int) -> list:
        keys = {words[i]}
        s = strip_clitic(words[i])
        if s:
            keys.add(s)
        out = []
        for key in keys:
            for it in idx.get(key, ()):
                if self._match_len(it.form, words, i):
                    out.append(it)
        out.sort(key=lambda x: -len(x.form))
        return out

    def triggers_at(self, words: list[str], i: int) -> list[Trigger]:
        """Trigger rows whose form matches at ``i``, longest first, file order within a form."""
        return sorted(self._at(self._trig, words, i), key=lambda t: (-len(t.form), t.order))

    def light_at(self, words: list[str], i: int) -> LightVerb | None:
        hits = self._at(self._light, words, i)
        return hits[0] if hits else None

    def blocker_at(self, words: list[str], i: int) -> int:
        """Length of the longest blocker starting at ``i`` (0 when none)."""
        hits = self._at(self._block, words, i)
        return len(hits[0].form) if hits else 0

    def cue_at(self, words: list[str], i: int) -> Cue | None:
        hits = self._at(self._cues, words, i)
        return hits[0] if hits else None

    def complement(self, governor: str, code: str) -> str | None:
        """Result of a governor absorbing an act with ``code``: a code, '=' (keep), '-' (drop) or None (no rule)."""
        for k in range(len(code), 1, -1):
            hit = self.complements.get((governor, code[:k]))
            if hit is not None:
                return hit
        return None


def read_event_lexicon(folder: Path) -> EventLexicon:
    def path(name: str) -> Path:
        return lexicon_file(folder, name, EVENTS_DIR)

    triggers: list[Trigger] = []
    f = path("verbs.tsv")
    for n, r in read_tsv(f):
        if r.get("form"):
            triggers.append(Trigger(tuple(r["form"].lower().split()), r["code"], r.get("voice") or "active",
                                    _items(r.get("object", "")), _set(r.get("preps", "").lower()), True,
                                    f"{f.name}:{n}", len(triggers)))
    f = path("nouns.tsv")
    for n, r in read_tsv(f):
        if r.get("form"):
            triggers.append(Trigger(tuple(r["form"].lower().split()), r["code"], "noun", _items(r.get("object", "")),
                                    frozenset(), (r.get("standalone") or "no").lower() in ("yes", "ya", "true", "1"),
                                    f"{f.name}:{n}", len(triggers)))
    f = path("light_verbs.tsv")
    light = [LightVerb(tuple(r["form"].lower().split()), r.get("voice") or "active", _set(r.get("nouns", "").lower()),
                       f"{f.name}:{n}") for n, r in read_tsv(f) if r.get("form")]
    cues = [Cue(tuple(r["form"].lower().split()), r["kind"]) for _, r in read_tsv(path("cues.tsv")) if r.get("form")]
    blockers = [tuple(r["form"].lower().split()) for _, r in read_tsv(path("blockers.tsv"), required=False) if r.get("form")]
    complements = {(r["governor"], r["event"]): r["code"]
                   for _, r in read_tsv(path("complement_map.tsv"), required=False) if r.get("governor")}
    f = path("refinements.tsv")
    refinements = [
        Refinement(r["code"], _set(r.get("forms", "").lower()), _set(r.get("source", "*")), _set(r.get("target", "*")),
                   r.get("scope") or "any", r["new_code"], f"{f.name}:{n}")
        for n, r in read_tsv(f, required=False) if r.get("code")
    ]
    return EventLexicon(triggers, light, cues, blockers, complements, refinements)


@lru_cache(maxsize=4)
def load_event_lexicon(folder: str | None = None) -> EventLexicon:
    return read_event_lexicon(Path(folder) if folder else EVENTS_DIR)
