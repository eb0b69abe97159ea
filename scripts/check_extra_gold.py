#!/usr/bin/env python3
"""Validate data/gold/click_id_extra.jsonl, the second (held-out) gold set.

The gold file holds offsets and codes only; the text is looked up in the CLICK-ID
corpus: document id "click_id_articles:N" is line N (1-based) of
click_id_articles.jsonl and its text is that line's `content` field.

Checks, for every document and sentence:

* the id has the form click_id_articles:N, N is a line of the corpus, ids are unique;
  the document has no corpus text (no `text`/`title`/`content` fields anywhere);
  `date` and `url` equal the corpus record's;
* 0 <= start < end <= len(content); the span neither starts nor ends in whitespace;
  sentences of a document are in order and do not overlap;
* every event has code, source, target, negated, reported_by, trigger; the code is
  in the CAMEO table; source, target and reported_by are well-formed actor codes
  (target and reported_by may be null); negated is a boolean; the trigger is a
  non-empty string that occurs in the sentence;
* actor codes: a country part (ISO 3166-1 alpha-3, or "---" for an unknown country)
  followed by exactly one sector from the conventions' list, or an international code
  standing alone (UNO EUR ASN NAT IGO NGO MNC WST; WST may also take a sector).

Then prints counts: documents, sentences (and how many have no events), events, and
events per CAMEO root.  Exits 1 if any check failed.

Usage: python scripts/check_extra_gold.py [--gold FILE] [--corpus FILE] [--cameo FILE]
Reads ../shared at run time (the corpus and the CAMEO table are not in the repository).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_GOLD = ROOT / "data" / "gold" / "click_id_extra.jsonl"
DEFAULT_CORPUS = SHARED / "corpora" / "news" / "click_id_articles.jsonl"
DEFAULT_CAMEO = SHARED / "ontology" / "cameo_codes.tsv"

ID_PREFIX = "click_id_articles:"

# ISO 3166-1 alpha-3 (249 codes).
ISO3 = set("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD
BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR
COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH
ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL
GTM GUF GUM GUY HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR
JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR
MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL
NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY
PSE PYF QAT REU ROU RUS RWA SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP
SUR SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA
UGA UKR UMI URY USA UZB VAT VCT VEN VGB VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())

# International bodies: the code stands in place of the country, with no sector.
INTERNATIONAL = {"UNO", "EUR", "ASN", "NAT", "IGO", "NGO", "MNC"}
# Blocs named as such ("Barat"): alone, or with a sector (e.g. WSTMIL).
BLOCS = {"WST"}
UNKNOWN_COUNTRY = "---"
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB",
    "MED", "BUS", "EDU", "LAB", "REF", "CRM", "CVL",
}
EVENT_FIELDS = ("code", "source", "target", "negated", "reported_by", "trigger")
TEXT_FIELDS = {"text", "title", "content", "sentence"}


def actor_problem(code) -> str | None:
    """None if `code` is a well-formed actor code, else what is wrong with it."""
    if not isinstance(code, str) or not code:
        return f"actor code must be a non-empty string, got {code!r}"
    if code in INTERNATIONAL or code in BLOCS:
        return None
    if len(code) != 6:
        return f"actor code {code!r}: expected country part + one sector (6 characters)"
    country, sector = code[:3], code[3:]
    if sector not in SECTORS:
        return f"actor code {code!r}: unknown sector {sector!r}"
    if country in ISO3 or country == UNKNOWN_COUNTRY or country in BLOCS:
        return None
    if country in INTERNATIONAL:
        return f"actor code {code!r}: international code {country!r} takes no sector"
    return f"actor code {code!r}: {country!r} is not ISO 3166-1 alpha-3 or '---'"


def load_cameo(path: Path) -> set[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return {row["code"] for row in csv.DictReader(f, delimiter="\t")}


def load_corpus(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--cameo", type=Path, default=DEFAULT_CAMEO)
    args = ap.parse_args(argv)

    cameo = load_cameo(args.cameo)
    corpus = load_corpus(args.corpus)
    errors: list[str] = []

    def err(where: str, msg: str) -> None:
        errors.append(f"{where}: {msg}")

    n_docs = n_sents = n_empty = n_events = 0
    roots: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    negated = reported = 0
    seen_ids: set[str] = set()

    with args.gold.open(encoding="utf-8") as f:
        lines = [(i, line) for i, line in enumerate(f, 1) if line.strip()]
    for lineno, line in lines:
        where = f"{args.gold.name}:{lineno}"
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, f"invalid JSON ({e})")
            continue
        n_docs += 1
        doc_id = doc.get("id")
        where = f"{where} {doc_id}"
        extra = TEXT_FIELDS & set(doc)
        if extra:
            err(where, f"document carries corpus text fields {sorted(extra)}")
        m = re.fullmatch(re.escape(ID_PREFIX) + r"([1-9][0-9]*)", str(doc_id))
        if not m:
            err(where, f"id must look like {ID_PREFIX}N")
            continue
        if doc_id in seen_ids:
            err(where, "duplicate id")
        seen_ids.add(doc_id)
        n = int(m.group(1))
        if n > len(corpus):
            err(where, f"line {n} is past the end of the corpus ({len(corpus)} lines)")
            continue
        rec = corpus[n - 1]
        content = rec.get("content") or ""
        if not content.strip():
            err(where, "corpus content is empty")
        for key in ("date", "url"):
            if doc.get(key) != rec.get(key):
                err(where, f"{key} {doc.get(key)!r} != corpus {rec.get(key)!r}")
        sents = doc.get("sentences")
        if not isinstance(sents, list) or not sents:
            err(where, "no sentences")
            continue
        prev_end = -1
        for k, s in enumerate(sents):
            sw = f"{where} sentence {k}"
            n_sents += 1
            extra = TEXT_FIELDS & set(s)
            if extra:
                err(sw, f"sentence carries corpus text fields {sorted(extra)}")
            start, end = s.get("start"), s.get("end")
            if not (isinstance(start, int) and isinstance(end, int)):
                err(sw, "start/end must be integers")
                continue
            if not 0 <= start < end <= len(content):
                err(sw, f"span {start}-{end} outside content (length {len(content)})")
                continue
            sent = content[start:end]
            if sent[0].isspace() or sent[-1].isspace():
                err(sw, f"span {start}-{end} starts or ends in whitespace: {sent[:40]!r}…")
            if start < prev_end:
                err(sw, f"span {start}-{end} overlaps or precedes the previous sentence")
            prev_end = end
            events = s.get("events")
            if not isinstance(events, list):
                err(sw, "events must be a list")
                continue
            if not events:
                n_empty += 1
            for j, e in enumerate(events):
                ew = f"{sw} event {j}"
                n_events += 1
                missing = [k2 for k2 in EVENT_FIELDS if k2 not in e]
                if missing:
                    err(ew, f"missing fields {missing}")
                    continue
                code = e["code"]
                if code not in cameo:
                    err(ew, f"code {code!r} not in the CAMEO table")
                else:
                    roots[code[:2]] += 1
                    codes[code] += 1
                p = actor_problem(e["source"])
                if p:
                    err(ew, "source: " + p)
                for key in ("target", "reported_by"):
                    if e[key] is not None:
                        p = actor_problem(e[key])
                        if p:
                            err(ew, f"{key}: " + p)
                if not isinstance(e["negated"], bool):
                    err(ew, "negated must be a boolean")
                elif e["negated"]:
                    negated += 1
                if e["reported_by"] is not None:
                    reported += 1
                trig = e["trigger"]
                if not isinstance(trig, str) or not trig.strip():
                    err(ew, "trigger must be a non-empty string")
                elif trig not in sent:
                    err(ew, f"trigger {trig!r} does not occur in the sentence")

    print(f"gold:      {args.gold}")
    print(f"documents: {n_docs}")
    print(f"sentences: {n_sents} ({n_empty} with no events)")
    print(f"events:    {n_events} (negated {negated}, with reported_by {reported})")
    print("per root:  " + ", ".join(f"{r}:{roots[r]}" for r in sorted(roots)))
    print(f"codes:     {len(codes)} distinct")
    if errors:
        print(f"\n{len(errors)} problem(s):", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
