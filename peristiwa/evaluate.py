"""Score coded events against a gold file (CODING-CONVENTIONS.md section 5).

Gold format (JSON Lines): ``{id, url, date, text, sentences: [{start, end, text,
events: [{code, source, target, negated, reported_by, trigger}]}]}``. Only the
listed sentences are scored; a system event belongs to the gold sentence that
contains its trigger's start offset.

* **main**: same two-digit root, same source country part, same target country
  part (both null agree); direction ignored for mutual actions (04x, 057, 06x).
* **strict**: main plus the full actor codes (sectors) and the same three-digit code.
* **loose**: same root only (actors ignored): how well triggers are found.

``negated`` and ``reported_by`` are accuracies over main-matched pairs
(reported_by: equal full code, both null agreeing).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from peristiwa.ontology import MUTUAL_CODE_PREFIXES
from peristiwa.records import Document



def _country(code: str | None) -> str | None:
    return code[:3] if code else None


def _mutual(code: str) -> bool:
    return code.startswith(MUTUAL_CODE_PREFIXES)


def match_main(g: dict, s: dict) -> bool:
    if g["code"][:2] != s["code"][:2]:
        return False
    gs, gt, ss, st = _country(g["source"]), _country(g["target"]), _country(s["source"]), _country(s["target"])
    if gs == ss and gt == st:
        return True
    return _mutual(g["code"]) and gs == st and gt == ss


def match_strict(g: dict, s: dict) -> bool:
    if g["code"][:3] != s["code"][:3]:
        return False
    if g["source"] == s["source"] and g["target"] == s["target"]:
        return True
    return _mutual(g["code"]) and g["source"] == s["target"] and g["target"] == s["source"]


def match_loose(g: dict, s: dict) -> bool:
    return g["code"][:2] == s["code"][:2]


LEVELS = {"main": match_main, "strict": match_strict, "loose": match_loose}


def pair(gold: list[dict], system: list[dict], match) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, gold events in order."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            if si not in used and match(g, s):
                used.add(si)
                pairs.append((gi, si))
                break
    return pairs


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Report:
    levels: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in LEVELS})
    per_root: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    negated: Counter = field(default_factory=Counter)
    reported_by: Counter = field(default_factory=Counter)
    misses: list[dict] = field(default_factory=list)
    false: list[dict] = field(default_factory=list)
    documents: int = 0
    sentences: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "sentences": self.sentences,
            **{k: v.as_dict() for k, v in self.levels.items()},
            "negated_accuracy": _acc(self.negated),
            "reported_by_accuracy": _acc(self.reported_by),
            "per_root": {r: c.as_dict() for r, c in sorted(self.per_root.items())},
            "misses": self.misses,
            "false_events": self.false,
            "skipped": self.skipped,
        }


def _acc(c: Counter) -> dict:
    n = c["right"] + c["wrong"]
    return {"right": c["right"], "total": n, "accuracy": round(c["right"] / n, 4) if n else None}


def simplify(rec) -> dict:
    return {
        "code": rec.code,
        "source": rec.source.code if rec.source else None,
        "target": rec.target.code if rec.target else None,
        "negated": rec.negated,
        "reported_by": rec.reported_by.code if rec.reported_by else None,
        "trigger": rec.trigger,
        "start": rec.start,
        "rule": rec.rule,
    }


def read_gold(path: Path) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    return out


def gold_documents(gold: list[dict], docs_path: Path | None = None) -> list[Document]:
    """The documents to code: the gold file's own text, or the same ids read from ``docs_path``
    with the ordinary readers (so a JSONL without ids gets ``<file stem>:<line>`` ids)."""
    from peristiwa.ingest.readers import read_inputs

    wanted = {str(g["id"]) for g in gold}
    found: dict[str, Document] = {}
    if docs_path is not None:
        for d in read_inputs([str(docs_path)]):
            if isinstance(d, Document) and d.id in wanted:
                found[d.id] = d
    out = []
    for g in gold:
        gid = str(g["id"])
        d = found.get(gid)
        if d is None:
            d = Document(id=gid, text=g.get("text") or "", origin=f"gold:{gid}")
        d.date = g.get("date") or d.date
        d.url = g.get("url") or d.url
        if g.get("text"):
            d.text = g["text"]
        out.append(d)
    return out


def score(gold: list[dict], system: dict[str, list[dict]], report: Report | None = None,
          texts: dict[str, str] | None = None) -> Report:
    """``system`` maps document id -> simplified events (see :func:`simplify`); ``texts`` gives
    document texts for gold files that carry only offsets."""
    rep = report or Report()
    texts = texts or {}
    for g in gold:
        rep.documents += 1
        events = system.get(str(g["id"]), [])
        doc_text = g.get("text") or texts.get(str(g["id"]), "")
        for sent in g["sentences"]:
            rep.sentences += 1
            sent = {**sent, "text": sent.get("text") or doc_text[sent["start"]:sent["end"]]}
            sys_events = [e for e in events if sent["start"] <= e["start"] < sent["end"]]
            gold_events = sent["events"]
            for level, fn in LEVELS.items():
                pairs = pair(gold_events, sys_events, fn)
                c = rep.levels[level]
                c.tp += len(pairs)
                c.fp += len(sys_events) - len(pairs)
                c.fn += len(gold_events) - len(pairs)
                if level != "main":
                    continue
                matched_g = {gi for gi, _ in pairs}
                matched_s = {si for _, si in pairs}
                for gi, si in pairs:
                    ge, se = gold_events[gi], sys_events[si]
                    rep.negated["right" if bool(ge["negated"]) == bool(se["negated"]) else "wrong"] += 1
                    rep.reported_by["right" if ge.get("reported_by") == se.get("reported_by") else "wrong"] += 1
                    rep.per_root[ge["code"][:2]].tp += 1
                for gi, ge in enumerate(gold_events):
                    if gi not in matched_g:
                        rep.per_root[ge["code"][:2]].fn += 1
                        rep.misses.append({"doc": g["id"], "sentence": sent["text"], "gold": ge,
                                           "system": [e for e in sys_events]})
                for si, se in enumerate(sys_events):
                    if si not in matched_s:
                        rep.per_root[se["code"][:2]].fp += 1
                        rep.false.append({"doc": g["id"], "sentence": sent["text"], "system": se, "gold": gold_events})
    return rep
