"""Consistency checks for the event trigger lexicons in peristiwa/data/events/."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from peristiwa.ontology import load_ontology
from peristiwa.paths import DATA_DIR

EVENTS = DATA_DIR / "events"

HEADERS = {
    "verbs.tsv": ["form", "code", "voice", "object", "preps", "note"],
    "nouns.tsv": ["form", "code", "standalone", "object", "note"],
    "light_verbs.tsv": ["form", "voice", "nouns", "note"],
    "cues.tsv": ["form", "kind", "note"],
    "blockers.tsv": ["form", "note"],
    "complement_map.tsv": ["governor", "event", "code", "note"],
    "refinements.tsv": ["code", "forms", "source", "target", "scope", "new_code", "note"],
}
VOICES = {"active", "passive", "mutual", "intrans", "judged"}
OBJECT_CLASSES = {"@armed"}
CUE_KINDS = {
    "negation", "not_negation", "intent", "report", "deny", "decline_comment", "hypothetical",
    "obligation", "purpose", "allegation", "anaphora", "filler",
}
GOVERNORS = {"intent", "02", "10", "12", "13", "112"}
SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB", "MED", "BUS", "EDU", "LAB", "REF", "CRM", "CVL"}
SCOPES = {"any", "domestic", "international"}
FORM_RE = re.compile(r"^[a-z0-9][a-z0-9\-' ]*[a-z0-9]$|^[a-z]$")


def load(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (EVENTS / name).open(encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f]
    body = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    header = body[0].split("\t")
    rows = []
    for ln in body[1:]:
        cells = ln.split("\t")
        assert len(cells) == len(header), f"{name}: wrong column count: {ln!r}"
        rows.append(dict(zip(header, cells)))
    return header, rows


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


@pytest.fixture(scope="module")
def tables():
    return {name: load(name)[1] for name in HEADERS}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_headers(name):
    header, rows = load(name)
    assert header == HEADERS[name]
    assert rows, f"{name} is empty"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_utf8_and_no_stray_whitespace(name):
    text = (EVENTS / name).read_text(encoding="utf-8")
    for ln in text.splitlines():
        if ln.startswith("#") or not ln.strip():
            continue
        for cell in ln.split("\t"):
            assert cell == cell.strip(), f"{name}: untrimmed cell in {ln!r}"


def _check_form(form: str, where: str) -> None:
    assert form == form.strip().lower(), f"{where}: form not lowercase/stripped: {form!r}"
    assert "  " not in form, f"{where}: double space in {form!r}"
    assert FORM_RE.match(form), f"{where}: unexpected characters in {form!r}"


@pytest.mark.parametrize("name", ["verbs.tsv", "nouns.tsv", "light_verbs.tsv", "cues.tsv", "blockers.tsv"])
def test_forms_lowercase(name, tables):
    for r in tables[name]:
        _check_form(r["form"], name)


def test_codes_exist(onto, tables):
    for name in ("verbs.tsv", "nouns.tsv"):
        for r in tables[name]:
            assert r["code"] in onto, f"{name}: unknown code {r['code']} for {r['form']}"
    for r in tables["complement_map.tsv"]:
        assert r["event"] in onto, r
        assert r["code"] in ("=", "-") or r["code"] in onto, r
    for r in tables["refinements.tsv"]:
        assert r["code"] in onto, r
        assert r["new_code"] == "-" or r["new_code"] in onto, r


def test_voices_and_flags(tables):
    for r in tables["verbs.tsv"]:
        assert r["voice"] in VOICES, r
    for r in tables["light_verbs.tsv"]:
        assert r["voice"] in VOICES, r
    for r in tables["nouns.tsv"]:
        assert r["standalone"] in ("yes", "no"), r


def test_passive_morphology(tables):
    """di- forms are passive (a guard against authoring slips like "ditangkap ... active")."""
    for r in tables["verbs.tsv"]:
        first = r["form"].split()[0]
        if first.startswith("di") and len(first) > 5:
            assert r["voice"] == "passive", r


def test_object_and_preps_lists(tables):
    for name in ("verbs.tsv", "nouns.tsv"):
        for r in tables[name]:
            if r["object"]:
                for item in r["object"].split("|"):
                    if item in OBJECT_CLASSES:  # an actor class, not a word
                        continue
                    _check_form(item, f"{name} object of {r['form']}")
    for r in tables["verbs.tsv"]:
        if r["preps"]:
            for item in r["preps"].split("|"):
                _check_form(item, f"preps of {r['form']}")


def test_all_roots_covered(onto, tables):
    roots = {r["code"][:2] for r in tables["verbs.tsv"]} | {r["code"][:2] for r in tables["nouns.tsv"]}
    expected = {f"{i:02d}" for i in range(1, 21)}
    assert expected <= roots, f"roots without triggers: {sorted(expected - roots)}"
    assert set(onto.roots()) == expected


@pytest.mark.parametrize("name", ["verbs.tsv", "nouns.tsv"])
def test_no_conflicting_duplicates(name, tables):
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in tables[name]:
        seen[(r["form"], r["object"])].add(r["code"])
    conflicts = {k: v for k, v in seen.items() if len(v) > 1}
    assert not conflicts, conflicts
    dup = defaultdict(int)
    for r in tables[name]:
        dup[(r["form"], r["object"])] += 1
    assert not [k for k, v in dup.items() if v > 1], "exact duplicate rows"


def test_cue_kinds(tables):
    kinds = {r["kind"] for r in tables["cues.tsv"]}
    assert kinds <= CUE_KINDS, kinds - CUE_KINDS
    assert {"negation", "intent", "report", "deny", "decline_comment", "hypothetical"} <= kinds
    pairs = defaultdict(set)
    for r in tables["cues.tsv"]:
        pairs[r["form"]].add(r["kind"])
    # a phrase cannot be both negation and not_negation
    assert not [f for f, k in pairs.items() if {"negation", "not_negation"} <= k]


def test_light_verb_noun_restrictions_refer_to_nouns(tables):
    first_tokens = {r["form"].split()[0] for r in tables["nouns.tsv"]}
    for r in tables["light_verbs.tsv"]:
        if r["nouns"]:
            unknown = [n for n in r["nouns"].split("|") if n not in first_tokens]
            assert not unknown, f"{r['form']}: no noun starts with {unknown}"


def test_blockers_do_not_shadow_triggers(tables):
    triggers = {r["form"] for r in tables["verbs.tsv"]} | {r["form"] for r in tables["nouns.tsv"]}
    shadowed = [r["form"] for r in tables["blockers.tsv"] if r["form"] in triggers]
    assert not shadowed, shadowed


def test_complement_map(tables):
    seen = set()
    for r in tables["complement_map.tsv"]:
        assert r["governor"] in GOVERNORS, r
        assert (r["governor"], r["event"]) not in seen, r
        seen.add((r["governor"], r["event"]))
    intents = {r["event"] for r in tables["complement_map.tsv"] if r["governor"] == "intent"}
    assert {f"{i:02d}" for i in range(1, 21)} <= intents, "intent map must cover every root"


def test_refinements(tables):
    for r in tables["refinements.tsv"]:
        for field in ("source", "target"):
            if r[field] != "*":
                assert set(r[field].split("|")) <= SECTORS, r
        assert r["scope"] in SCOPES, r


@pytest.mark.parametrize(
    "form,code",
    [
        ("menangkap", "173"), ("ditangkap", "173"), ("ciduk", "173"), ("mengecam", "111"), ("kecam", "111"),
        ("menuduh", "112"), ("membantah", "016"), ("bertemu", "040"), ("mengunjungi", "042"),
        ("berunjuk rasa", "141"), ("walk out", "143"), ("menyerang", "190"), ("ditembak", "193"),
        ("membombardir", "195"), ("menculik", "181"), ("menolak", "120"), ("mengancam", "130"),
        ("menolak berkomentar", "011"), ("meminta maaf", "055"), ("bekerja sama", "060"),
    ],
)
def test_core_verbs(tables, form, code):
    codes = {r["code"] for r in tables["verbs.tsv"] if r["form"] == form and not r["object"]}
    assert code in codes, (form, codes)


@pytest.mark.parametrize(
    "form,code,standalone",
    [
        ("pertemuan", "040", "yes"), ("kunjungan", "042", "yes"), ("unjuk rasa", "141", "yes"),
        ("kerusuhan", "145", "yes"), ("serangan udara", "195", "yes"), ("serangan roket", "194", "yes"),
        ("penangkapan", "173", "yes"), ("kecaman", "111", "yes"), ("gencatan senjata", "0871", "yes"),
        ("kesepakatan", "057", "no"), ("sanksi", "163", "no"), ("bantuan", "070", "no"), ("kontak senjata", "193", "yes"),
    ],
)
def test_core_nouns(tables, form, code, standalone):
    rows = [r for r in tables["nouns.tsv"] if r["form"] == form and not r["object"]]
    assert rows, form
    assert (rows[0]["code"], rows[0]["standalone"]) == (code, standalone)


def test_object_constrained_senses(tables):
    def codes(form):
        return {r["object"].split("|")[0]: r["code"] for r in tables["verbs.tsv"] if r["form"] == form and r["object"]}

    assert "057" in codes("menandatangani").values()
    assert "163" in codes("menjatuhkan").values()
    assert "161" in codes("menarik").values()
    assert "175" in codes("menembakkan").values()
    # an object-constrained-only verb must not have a bare sense
    assert not [r for r in tables["verbs.tsv"] if r["form"] == "menandatangani" and not r["object"]]
    assert not [r for r in tables["verbs.tsv"] if r["form"] == "menahan" and not r["object"]]


def test_readme_documents_every_file():
    readme = (EVENTS / "README.md").read_text(encoding="utf-8")
    for name in HEADERS:
        assert name in readme, name
    for kind in CUE_KINDS:
        assert f"`{kind}`" in readme, kind
