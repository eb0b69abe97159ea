"""Build the CAMEO table that ships with peristiwa from the shared ontology.

Usage: python scripts/build_ontology.py [--shared ../shared]

Writes peristiwa/data/ontology/cameo.tsv: code, root, label, goldstein,
quad_class, plover_event, plover_mode, plover_context. Sources: CAMEO labels
and Goldstein values from the GDELT CAMEO lookups (open use with attribution to
the GDELT Project); PLOVER mapping from openeventdata/PLOVER CAMEO2PLOVER
(CC BY-SA 4.0). See peristiwa/data/ontology/NOTICE.md.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
OUT = HERE / "peristiwa" / "data" / "ontology" / "cameo.tsv"
FIELDS = ["code", "root", "label", "goldstein", "quad_class", "plover_event", "plover_mode", "plover_context"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(HERE.parent / "shared"))
    args = ap.parse_args()
    src = Path(args.shared) / "ontology" / "cameo_codes.tsv"
    rows = []
    with src.open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            rows.append({k: (r.get(k) or "").strip() for k in FIELDS})
    with OUT.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=FIELDS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main()
