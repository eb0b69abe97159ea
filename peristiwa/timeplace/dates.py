"""Event dates from the sentence, resolved against the document date.

Expressions found (first one in the sentence wins; ``date_text`` keeps the words):
"Senin (7/11)", "(20/10/2019)", "pada hari Rabu", "Rabu malam", "27 September",
"1 April 2024", "bulan November 2016", "kemarin", "hari ini", "pekan lalu",
"awal bulan ini", "bulan lalu", "dua hari lalu". Explicit dates and weekdays are
resolved with dateparser relative to the document date (preferring the past);
relative phrases dateparser does not know are resolved here.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Nopember|Desember"
DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
NUMBERS = {"satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "sepekan": 7, "seminggu": 7}

PATTERNS = [
    ("numeric", re.compile(rf"(?:\b(?:{DAYS})\s*)?\((\d{{1,2}})[/-](\d{{1,2}})(?:[/-](\d{{2,4}}))?\)")),
    ("dmy", re.compile(rf"\b(\d{{1,2}})\s+({MONTHS})(?:\s+(\d{{4}}))?\b")),
    ("month", re.compile(rf"\bbulan\s+({MONTHS})(?:\s+(\d{{4}}))?\b")),
    ("weekday", re.compile(rf"\b(?:pada\s+)?(?:hari\s+)?({DAYS})\b(?!\s*\()")),
    ("relative", re.compile(
        r"\b(kemarin|hari ini|pekan lalu|minggu lalu|bulan lalu|awal bulan ini|akhir pekan lalu|"
        r"(?:satu|dua|tiga|empat|lima|enam|tujuh|\d+)\s+hari\s+(?:lalu|yang lalu|sebelumnya))\b",
        re.IGNORECASE)),
]


def parse_iso(text: str | None) -> date | None:
    if not text:
        return None
    try:
        parts = [int(p) for p in text[:10].split("-")]
        while len(parts) < 3:
            parts.append(1)
        return date(*parts[:3])
    except (ValueError, TypeError):
        return None


class DateResolver:
    """Stateless; dateparser is imported on first use (it is slow to import)."""

    def resolve(self, sentence: str, doc_date: date | None) -> tuple[str, str] | None:
        # the most specific expression wins: explicit dates before weekdays before relative words
        for kind, rx in PATTERNS:
            m = rx.search(sentence)
            if m is None:
                continue
            when = self._resolve(kind, m, doc_date)
            if when is not None:
                return when.isoformat(), m.group(0).strip()
        return None

    def _resolve(self, kind: str, m: re.Match, doc_date: date | None) -> date | None:
        base = doc_date
        if kind == "numeric":
            day, month = int(m.group(1)), int(m.group(2))
            year = int(m.group(3)) if m.group(3) else (base.year if base else None)
            if year is None:
                return None
            if year < 100:
                year += 2000
            try:
                d = date(year, month, day)
            except ValueError:
                return None
            if not m.group(3) and base and d > base + timedelta(days=7):
                d = d.replace(year=d.year - 1)
            return d
        if kind == "relative":
            if base is None:
                return None
            phrase = m.group(1).lower()
            if phrase == "kemarin":
                return base - timedelta(days=1)
            if phrase == "hari ini":
                return base
            if phrase in ("pekan lalu", "minggu lalu", "akhir pekan lalu"):
                return base - timedelta(days=7)
            if phrase == "bulan lalu":
                first = base.replace(day=1) - timedelta(days=1)
                return first.replace(day=1)
            if phrase == "awal bulan ini":
                return base.replace(day=1)
            num = phrase.split()[0]
            n = NUMBERS.get(num) or (int(num) if num.isdigit() else None)
            return base - timedelta(days=n) if n else None
        if kind in ("dmy", "month", "weekday"):
            if kind != "dmy" and base is None:
                return None
            import dateparser

            settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
            if base is not None:
                settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
            text = m.group(0)
            if kind == "weekday":
                text = m.group(1)
            elif kind == "month":
                text = " ".join(g for g in m.groups() if g)
            parsed = dateparser.parse(text.replace("Nopember", "November"), languages=["id"], settings=settings)
            if parsed is None:
                return None
            d = parsed.date()
            if kind == "month":
                d = d.replace(day=1)
            if kind == "weekday" and base is not None and base.weekday() == d.weekday() + 0 and d == base - timedelta(days=7):
                d = base  # "Senin" in a Monday paper is today
            return d
        return None
