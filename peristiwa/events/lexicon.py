"""Event lexicons: verb and noun triggers, light verbs and cue words, read from TSV data.

Files in ``peristiwa/data/events`` (format in its README.md). An analyst can point
:func:`load_event_lexicon` at a folder with files of the same names to extend or
replace them; missing files fall back to the packaged ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from peristiwa.paths import DATA_DIR
from peristiwa.tsv import read_tsv

EVENTS_DIR = DATA_DIR / "events"
VOICES = frozenset({"active", "passive", "mutual", "intrans", "noun"})


@dataclass(frozen=True, slots=True)
class Trigger:
    form: tuple[str, ...]  # lowercase tokens
    code: str
    voice: str  # active | passive | mutual | intrans | noun
    objects: frozenset[str]  # object constraint words (empty: none)
    preps: frozenset[str]
    standalone: bool  # nouns: may fire without a light verb
    source: str  # file:line


@dataclass(frozen=True, slots=True)
class Cue:
    form: tuple[str, ...]
    kind: str


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in text.split("|") if w.strip())


class EventLexicon:
    def __init__(self, triggers: list[Trigger], light_verbs: set[str], cues: list[Cue]):
        self.triggers = triggers
        self.light_verbs = frozenset(light_verbs)
        self.cues = cues
        idx: dict[str, list[Trigger]] = {}
        for t in triggers:
            idx.setdefault(t.form[0], []).append(t)
        for lst in idx.values():
            # longest first; object-constrained before unconstrained; verbs before nouns
            lst.sort(key=lambda t: (-len(t.form), not t.objects, t.voice == "noun"))
        self._idx = idx
        cidx: dict[str, list[Cue]] = {}
        for c in cues:
            cidx.setdefault(c.form[0], []).append(c)
        for lst in cidx.values():
            lst.sort(key=lambda c: -len(c.form))
        self._cidx = cidx
        self.cue_kinds = frozenset(c.kind for c in cues)

    def triggers_at(self, words: list[str], i: int) -> list[Trigger]:
        """Triggers whose form matches ``words`` at ``i`` (longest first)."""
        out = []
        for t in self._idx.get(words[i], ()):
            L = len(t.form)
            if i + L <= len(words) and tuple(words[i:i + L]) == t.form:
                out.append(t)
        return out

    def cue_at(self, words: list[str], i: int, kind: str | None = None) -> Cue | None:
        for c in self._cidx.get(words[i], ()):
            if kind and c.kind != kind:
                continue
            L = len(c.form)
            if i + L <= len(words) and tuple(words[i:i + L]) == c.form:
                return c
        return None


def read_event_lexicon(folder: Path) -> EventLexicon:
    def path(name: str) -> Path:
        p = folder / name
        return p if p.exists() else EVENTS_DIR / name

    triggers: list[Trigger] = []
    f = path("verbs.tsv")
    for n, r in read_tsv(f):
        if not r.get("form"):
            continue
        triggers.append(
            Trigger(tuple(r["form"].lower().split()), r["code"], r.get("voice") or "active", _words(r.get("object", "")),
                    _words(r.get("preps", "")), True, f"{f.name}:{n}")
        )
    f = path("nouns.tsv")
    for n, r in read_tsv(f):
        if not r.get("form"):
            continue
        triggers.append(
            Trigger(tuple(r["form"].lower().split()), r["code"], "noun", _words(r.get("object", "")), frozenset(),
                    (r.get("standalone") or "no").lower() in ("yes", "ya", "true", "1"), f"{f.name}:{n}")
        )
    light = {r["form"].lower() for _, r in read_tsv(path("light_verbs.tsv")) if r.get("form")}
    cues = [Cue(tuple(r["form"].lower().split()), r["kind"]) for _, r in read_tsv(path("cues.tsv")) if r.get("form")]
    return EventLexicon(triggers, light, cues)


@lru_cache(maxsize=4)
def load_event_lexicon(folder: str | None = None) -> EventLexicon:
    return read_event_lexicon(Path(folder) if folder else EVENTS_DIR)
