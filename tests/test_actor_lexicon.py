"""Consistency of the actor lexicons in peristiwa/data/actors (see its README.md).

Fast and offline: reads the four TSV files, checks formats, codes, dates and conflicts, and
tokenizes every pattern with a blank Indonesian spaCy tokenizer (no trained model needed).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import lru_cache

import pycountry
import pytest

from peristiwa.actors.lexicon import ACTORS_DIR, SECTORS, load_actor_lexicon, split_code
from peristiwa.tsv import read_tsv

HEADERS = {
    "countries.tsv": ["pattern", "country", "sector", "note"],
    "organizations.tsv": ["pattern", "code", "note"],
    "roles.tsv": ["pattern", "sector", "default_country", "note"],
    "people.tsv": ["name", "aliases", "code", "start", "end", "note"],
}
INTERNATIONAL = set("UNO EUR ASN NAT IGO NGO MNC WST".split())
# XKX: Kosovo has no ISO 3166-1 code; XKX is the user-assigned code of the EU and the IMF
COUNTRIES = {c.alpha_3 for c in pycountry.countries} | INTERNATIONAL | {"---", "XKX"}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def rows(name: str) -> list[tuple[int, dict[str, str]]]:
    return list(read_tsv(ACTORS_DIR / name))


def code_problem(code: str) -> str | None:
    """Why an actor code is invalid, or None."""
    country, sector = split_code(code)
    if len(code) not in (3, 6):
        return "a code is 3 or 6 characters"
    if country not in COUNTRIES:
        return f"unknown country part {country!r}"
    if sector is not None and sector not in SECTORS:
        return f"unknown sector {sector!r}"
    if sector is not None and country in INTERNATIONAL:
        return f"{country} takes no sector"
    return None


def aliases(row: dict[str, str]) -> list[str]:
    return [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]


@lru_cache(maxsize=1)
def tokenizer():
    spacy = pytest.importorskip("spacy")
    from peristiwa.nlp.lexicon import load_lexicon
    from peristiwa.nlp.pipeline import add_abbreviations

    nlp = spacy.blank("id")  # the trained model's tokenizer: the blank Indonesian one
    add_abbreviations(nlp, load_lexicon().abbreviations)
    return nlp.tokenizer


def token_form(text: str) -> str:
    return " ".join(t.text for t in tokenizer()(text))


GLUE = [(re.compile(r" ?([-/]) ?"), r"\1"), (re.compile(r" ('s|[,.)])"), r"\1"), (re.compile(r"\( "), "(")]


def matchable(pattern: str) -> bool:
    """True when some running text tokenizes into exactly the pattern's tokens: the pattern
    itself, or the pattern with the spaces around '-' and '/' and before "'s", ',' and ')'
    removed ('Al - Qaeda' is what 'Al-Qaeda' becomes; "People 's Daily" is "People's Daily")."""
    if token_form(pattern) == pattern:
        return True
    glued = pattern
    for rx, repl in GLUE:
        glued = rx.sub(repl, glued)
    return token_form(glued) == pattern


def patterns(name: str) -> list[tuple[int, str, object]]:
    """(line, pattern, what it maps to) for every pattern of a file."""
    out = []
    for n, r in rows(name):
        if name == "countries.tsv":
            out.append((n, r["pattern"], r["country"] + r["sector"]))
        elif name == "organizations.tsv":
            out.append((n, r["pattern"], r["code"]))
        elif name == "roles.tsv":
            out.append((n, r["pattern"], (r["sector"], r["default_country"])))
        else:
            for form in [r["name"], *aliases(r)]:
                out.append((n, form, r["name"]))
    return out


# -- format -------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_and_cell_count(name):
    header = None
    bad = []
    with (ACTORS_DIR / name).open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                assert header == HEADERS[name], f"{name}: header {header}"
                continue
            if len(cells) != len(header):
                bad.append(f"{name}:{n}: {len(cells)} cells, expected {len(header)}")
    assert header is not None, f"{name}: no header"
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_no_empty_patterns(name):
    key = "name" if name == "people.tsv" else "pattern"
    empty = [f"{name}:{n}" for n, r in rows(name) if not r[key]]
    assert not empty, "empty patterns: " + ", ".join(empty)
    double = [f"{name}:{n}: {p!r}" for n, p, _ in patterns(name) if p != " ".join(p.split())]
    assert not double, "patterns with extra whitespace:\n" + "\n".join(double)


# -- codes --------------------------------------------------------------------------------------


def test_country_codes_and_sectors():
    bad = []
    for n, r in rows("countries.tsv"):
        if r["country"] not in COUNTRIES:
            bad.append(f"countries.tsv:{n}: country {r['country']!r}")
        if r["sector"] and (r["sector"] not in SECTORS or r["country"] in INTERNATIONAL):
            bad.append(f"countries.tsv:{n}: sector {r['sector']!r} for {r['country']}")
    for n, r in rows("organizations.tsv"):
        if problem := code_problem(r["code"]):
            bad.append(f"organizations.tsv:{n}: {r['code']!r}: {problem}")
    for n, r in rows("roles.tsv"):
        if r["sector"] and r["sector"] not in SECTORS:
            bad.append(f"roles.tsv:{n}: sector {r['sector']!r}")
        if r["default_country"] and r["default_country"] not in COUNTRIES:
            bad.append(f"roles.tsv:{n}: default_country {r['default_country']!r}")
    for n, r in rows("people.tsv"):
        if problem := code_problem(r["code"]):
            bad.append(f"people.tsv:{n}: {r['code']!r}: {problem}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_no_pattern_with_two_codes(name):
    seen: dict[str, dict[object, list[int]]] = defaultdict(lambda: defaultdict(list))
    for n, p, target in patterns(name):
        seen[p][target].append(n)
    conflicts = [
        f"{name}: {p!r} -> " + "; ".join(f"{t} (lines {', '.join(map(str, ls))})" for t, ls in targets.items())
        for p, targets in seen.items()
        if len(targets) > 1
    ]
    assert not conflicts, "patterns mapping to two different codes (or people):\n" + "\n".join(conflicts)


def test_no_pattern_in_two_files():
    # Roles are matched case-insensitively, everything else case-sensitively; at equal length a
    # non-role entry shadows the role, so a pattern in two files is always a conflict.
    where: dict[str, list[str]] = defaultdict(list)
    for name in HEADERS:
        for n, p, _ in patterns(name):
            where[p.lower() if name == "roles.tsv" else p].append(f"{name}:{n}")
    role_forms = {p.lower() for _, p, _ in patterns("roles.tsv")}
    clashes = []
    for p, places in where.items():
        files = {pl.split(":")[0] for pl in places}
        if len(files) > 1:
            clashes.append(f"{p!r}: {', '.join(places)}")
    for name in ("countries.tsv", "organizations.tsv", "people.tsv"):
        for n, p, _ in patterns(name):
            if p != p.lower() and p.lower() in role_forms:
                clashes.append(f"{p!r}: {name}:{n} and a role of the same words")
    assert not clashes, "patterns in two files:\n" + "\n".join(clashes)


def test_patterns_are_in_token_form():
    """A pattern is compared token by token with the analysed text: it must be written the way
    the Indonesian tokenizer splits it ('Al - Qaeda', 'DPR / MPR'), or it never matches."""
    bad = []
    for name in HEADERS:
        for n, p, _ in patterns(name):
            if name == "people.tsv" and p in {r["name"] for _, r in rows("people.tsv")}:
                continue  # canonical names: checked below
            if not matchable(p):
                bad.append(f"{name}:{n}: {p!r} -> write {token_form(p)!r}")
    names: dict[str, set[str]] = defaultdict(set)
    lines: dict[str, int] = {}
    for n, r in rows("people.tsv"):
        names[r["name"]].update(aliases(r))
        lines.setdefault(r["name"], n)
    for name, forms in names.items():
        if not matchable(name) and token_form(name) not in forms:
            bad.append(f"people.tsv:{lines[name]}: name {name!r} needs the alias {token_form(name)!r}")
    assert not bad, "\n".join(bad)


# -- people -------------------------------------------------------------------------------------


def parse_date(text: str) -> date | None:
    if not text:
        return None
    assert ISO_DATE.fullmatch(text), f"not an ISO date: {text!r}"
    return date.fromisoformat(text)


def test_people_dates_valid_and_not_overlapping():
    bad = []
    periods: dict[str, list[tuple[date, date, int]]] = defaultdict(list)
    for n, r in rows("people.tsv"):
        try:
            start, end = parse_date(r["start"]), parse_date(r["end"])
        except (AssertionError, ValueError) as exc:
            bad.append(f"people.tsv:{n}: {exc}")
            continue
        if start and end and not start < end:
            bad.append(f"people.tsv:{n}: start {start} is not before end {end}")
        periods[r["name"]].append((start or date.min, end or date.max, n))
    for name, ps in periods.items():
        ps.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(ps, ps[1:]):
            if s2 < e1:
                bad.append(f"people.tsv:{n1} and {n2}: periods of {name} overlap")
    assert not bad, "\n".join(bad)


def test_people_count():
    assert len(rows("people.tsv")) >= 200


# -- the loaded lexicon -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def lexicon():
    return load_actor_lexicon()


def test_lexicon_loads(lexicon):
    kinds = {e.kind for e in lexicon.entries}
    assert kinds == {"country", "org", "role", "person"}
    assert len(lexicon.tenures) == len({r["name"] for _, r in rows("people.tsv")})


def lookup(lexicon, text: str, kind: str):
    pattern = tuple(text.split())
    found = [e for e in lexicon.candidates(pattern[0]) if e.pattern == pattern and e.kind == kind]
    assert found, f"{text!r} is not a {kind} pattern"
    return found[0]


def test_spot_checks(lexicon):
    pentagon = lookup(lexicon, "Pentagon", "country")
    assert (pentagon.country, pentagon.sector) == ("USA", "MIL")
    assert lookup(lexicon, "Korut", "country").country == "PRK"
    kpk = lookup(lexicon, "KPK", "org")
    assert (kpk.country, kpk.sector) == ("IDN", "JUD")
    assert lookup(lexicon, "Kremlin", "country").country == "RUS"
    assert lookup(lexicon, "Hamas", "org").sector == "REB"
    assert lookup(lexicon, "PBB", "org").country == "UNO"
    assert lookup(lexicon, "Al - Qaeda", "org").country == "---"
    juru_bicara = lookup(lexicon, "Juru Bicara", "role")
    assert juru_bicara.sector is None  # inherits ("Juru Bicara Kremlin" -> RUSGOV)
    assert lookup(lexicon, "Kapolri", "role").default_country == "IDN"
    assert lookup(lexicon, "Jokowi", "person").person == "Joko Widodo"
    assert lookup(lexicon, "Putin", "person").person == "Vladimir Putin"


@pytest.mark.parametrize(
    "person, day, code",
    [
        ("Prabowo Subianto", "2025-01-01", "IDNGOV"),
        ("Prabowo Subianto", "2018-01-01", "IDNOPP"),
        ("Prabowo Subianto", "2019-10-23", "IDNGOV"),  # start is inclusive
        ("Prabowo Subianto", "2019-10-22", "IDNOPP"),  # end is exclusive
        ("Joko Widodo", "2020-06-01", "IDNGOV"),
        ("Jeff Sessions", "2016-09-15", "USALEG"),  # seed 000: met Kislyak as a senator
        ("Jeff Sessions", "2017-03-02", "USAJUD"),
        ("Sergey Kislyak", "2016-09-15", "RUSGOV"),
        ("Donald Trump", "2017-03-02", "USAGOV"),
        ("Donald Trump", "2023-01-01", "USAOPP"),
        ("Donald Trump", "2025-03-17", "USAGOV"),
        ("Joe Biden", "2024-01-12", "USAGOV"),
        ("Benjamin Netanyahu", "2022-01-01", "ISROPP"),
        ("Benjamin Netanyahu", "2024-01-01", "ISRGOV"),
        ("Aung San Suu Kyi", "2018-01-01", "MMRGOV"),
        ("Aung San Suu Kyi", "2022-01-01", "MMROPP"),
        ("Ahmed al-Sharaa", "2024-01-01", "SYRREB"),
        ("Ahmed al-Sharaa", "2025-06-01", "SYRGOV"),
        ("Puan Maharani", "2020-01-01", "IDNLEG"),
        ("Budi Gunawan", "2020-01-01", "IDNSPY"),
        ("Firli Bahuri", "2021-01-01", "IDNJUD"),
        ("Antonio Guterres", "2020-01-01", "UNO"),
        ("Bashar al-Assad", "2025-06-01", "SYRGOV"),  # no later row: the nearest one
    ],
)
def test_person_code_by_date(lexicon, person, day, code):
    assert lexicon.person_code(person, date.fromisoformat(day)) == code


def test_person_code_without_date_is_latest(lexicon):
    assert lexicon.person_code("Prabowo Subianto", None) == "IDNGOV"
    assert lexicon.person_code("Nobody Known", None) is None


def test_an_undated_person_takes_the_tenure_of_the_role_that_introduces_them():
    from peristiwa.actors.lexicon import load_actor_lexicon

    lex = load_actor_lexicon()
    assert lex.person_code("Retno Marsudi", None) == "UNO"  # no date, no role: the latest tenure
    assert lex.person_code("Retno Marsudi", None, "GOV") == "IDNGOV"  # "Menlu Retno", undated
