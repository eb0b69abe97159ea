"""CAMEO ontology: labels, Goldstein values, QuadClass and PLOVER mapping.

Loaded from the packaged ``data/ontology/cameo.tsv`` (see its NOTICE.md).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from peristiwa.paths import DATA_DIR


# Mutual actions, coded once with direction ignored (CODING-CONVENTIONS.md section 2):
# meetings and talks (04x), formal agreements (057), material cooperation (06x).
MUTUAL_CODE_PREFIXES = ("04", "057", "06")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def plover(self) -> dict[str, str] | None:
        if not self.plover_event:
            return None
        out = {"event": self.plover_event}
        if self.plover_mode:
            out["mode"] = self.plover_mode
        if self.plover_context:
            out["context"] = self.plover_context
        return out


class Ontology:
    """Immutable lookup of CAMEO codes."""

    def __init__(self, codes: dict[str, CameoCode]):
        self._codes = codes

    def __contains__(self, code: str) -> bool:
        return code in self._codes

    def __getitem__(self, code: str) -> CameoCode:
        return self._codes[code]

    def get(self, code: str) -> CameoCode | None:
        return self._codes.get(code)

    def codes(self) -> list[str]:
        return list(self._codes)

    def roots(self) -> list[str]:
        return sorted({c.root for c in self._codes.values()})


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    path = DATA_DIR / "ontology" / "cameo.tsv"
    codes: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            codes[r["code"]] = CameoCode(
                code=r["code"],
                root=r["root"],
                label=r["label"],
                goldstein=float(r["goldstein"]),
                quad_class=int(r["quad_class"]),
                plover_event=r["plover_event"] or None,
                plover_mode=r["plover_mode"] or None,
                plover_context=r["plover_context"] or None,
            )
    return Ontology(codes)
