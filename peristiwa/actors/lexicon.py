"""Actor lexicons: countries, organisations, roles and people, read from TSV data files.

The files live in ``peristiwa/data/actors`` (see its README.md); an analyst can
extend them, or point :func:`load_actor_lexicon` at another folder with files of
the same names (missing files there fall back to the packaged ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from peristiwa.paths import DATA_DIR
from peristiwa.tsv import lexicon_file, read_tsv

ACTORS_DIR = DATA_DIR / "actors"
SECTORS = frozenset("GOV MIL COP JUD LEG SPY OPP PTY REB MED BUS EDU LAB REF CRM CVL".split())


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry; what it means depends on its kind."""

    kind: str  # country | org | role | person
    pattern: tuple[str, ...]
    country: str | None = None  # ISO3 or special code (UNO, WST, ---)
    sector: str | None = None
    default_country: str | None = None  # roles: implied country
    person: str | None = None  # people: canonical name
    source: str = ""  # file:line, for explanations


@dataclass(frozen=True, slots=True)
class Tenure:
    code: str
    start: date | None
    end: date | None


def _pattern(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _date(text: str) -> date | None:
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts[:3])


def split_code(code: str) -> tuple[str, str | None]:
    """'USAGOV' -> ('USA', 'GOV'); 'UNO' -> ('UNO', None); '---REB' -> ('---', 'REB')."""
    if len(code) > 3:
        return code[:3], code[3:6]
    return code, None


class ActorLexicon:
    """All actor patterns, indexed by their first token for longest-match lookup."""

    def __init__(self, entries: list[Entry], tenures: dict[str, list[Tenure]]):
        self.entries = entries
        self.tenures = tenures
        index: dict[str, list[Entry]] = {}
        for e in entries:
            index.setdefault(e.pattern[0], []).append(e)
        for lst in index.values():
            lst.sort(key=lambda e: -len(e.pattern))
        self._index = index

    def candidates(self, first_token: str) -> list[Entry]:
        return self._index.get(first_token, [])

    def person_code(self, person: str, on: date | None, sector: str | None = None) -> str | None:
        """The code of a known person at a date (the latest tenure when no date; with no date and the
        ``sector`` of the role that introduces them, the latest tenure in that sector: an undated
        "Menlu Retno" is the foreign minister, not the later UN envoy)."""
        tenures = self.tenures.get(person)
        if not tenures:
            return None
        if on is None and sector:
            fitting = [t for t in tenures if t.code and t.code[3:6] == sector]
            if fitting:
                return max(fitting, key=lambda t: t.start or date.min).code
        if on is not None:
            for t in tenures:
                if (t.start is None or t.start <= on) and (t.end is None or on < t.end):
                    return t.code
            # outside every tenure: the closest one in time
            def distance(t: Tenure) -> int:
                if t.end is not None and on >= t.end:
                    return (on - t.end).days
                if t.start is not None and on < t.start:
                    return (t.start - on).days
                return 0

            return min(tenures, key=distance).code
        return max(tenures, key=lambda t: t.start or date.min).code


def read_actor_lexicon(folder: Path) -> ActorLexicon:
    def path(name: str) -> Path:
        return lexicon_file(folder, name, ACTORS_DIR)

    entries: list[Entry] = []
    f = path("countries.tsv")
    for n, r in read_tsv(f):
        if r.get("pattern"):
            entries.append(
                Entry("country", _pattern(r["pattern"]), country=r["country"], sector=r.get("sector") or None,
                      source=f"{f.name}:{n}")
            )
    f = path("organizations.tsv")
    for n, r in read_tsv(f):
        if r.get("pattern"):
            country, sector = split_code(r["code"])
            entries.append(Entry("org", _pattern(r["pattern"]), country=country, sector=sector, source=f"{f.name}:{n}"))
    f = path("roles.tsv")
    for n, r in read_tsv(f):
        if r.get("pattern"):
            entries.append(
                Entry("role", _pattern(r["pattern"]), sector=r.get("sector") or None,
                      default_country=r.get("default_country") or None, source=f"{f.name}:{n}")
            )
    tenures: dict[str, list[Tenure]] = {}
    f = path("people.tsv")
    for n, r in read_tsv(f, required=False):
        name = r.get("name")
        if not name:
            continue
        tenures.setdefault(name, []).append(Tenure(r["code"], _date(r.get("start", "")), _date(r.get("end", ""))))
        forms = {name, *(a.strip() for a in r.get("aliases", "").split("|") if a.strip())}
        for form in forms:
            entries.append(Entry("person", _pattern(form), person=name, source=f"{f.name}:{n}"))
    # one person entry per (pattern, person)
    seen: set = set()
    unique = []
    for e in entries:
        key = (e.kind, e.pattern, e.person, e.country, e.sector)
        if key not in seen:
            seen.add(key)
            unique.append(e)
    return ActorLexicon(unique, tenures)


@lru_cache(maxsize=4)
def load_actor_lexicon(folder: str | None = None) -> ActorLexicon:
    return read_actor_lexicon(Path(folder) if folder else ACTORS_DIR)
