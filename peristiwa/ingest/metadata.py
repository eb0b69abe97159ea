"""Metadata found in the text itself (datelines) and in URLs (dates).

``extract_dateline(text)`` recognises the prefixes Indonesian outlets put before
the first sentence::

    JAKARTA, KOMPAS.com - ...           place + outlet
    Nusa Dua (ANTARA News) - ...        place + (outlet)
    TRIBUNNEWS.COM, JAKARTA - ...       outlet + place
    Liputan6.com, Jakarta - ...         outlet + place
    date 2022-11 IslamTimes - ...       date + outlet
    - Satresnarkoba ...                 scraped content whose place was cut off

``date_from_url(url)`` reads a publication date from URL paths such as
``/read/2019/09/10/...``, ``/2019/10/20/``, ``/berita/20191020...`` and
``?date=2019-10-20``.
"""

from __future__ import annotations

import datetime as _dt
import re

from peristiwa.records import Dateline

__all__ = ["extract_dateline", "date_from_url", "normalise_date", "KNOWN_OUTLETS"]

# Outlet names that carry no domain suffix but are outlets, not places.
KNOWN_OUTLETS = frozenset(
    s.lower()
    for s in (
        "ANTARA", "ANTARA News", "ANTARANEWS", "KOMPAS", "KOMPAS TV", "Kompas.TV", "Tempo",
        "TEMPO", "detik", "detikcom", "detikNews", "CNN Indonesia", "IDN Times", "VIVA",
        "Republika", "Okezone", "Sindonews", "SINDOnews", "Tribunnews", "iNews", "Kumparan",
        "kumparan", "Tirto", "Beritasatu", "Gatra", "Suara", "IslamTimes", "Islam Times",
        "Medcom", "Metrotvnews", "JPNN", "Merdeka", "Liputan6", "Bisnis", "Kontan", "RRI",
        "VOA", "VOA Indonesia", "BBC", "BBC Indonesia", "BBC News Indonesia", "MINA",
        "DDTCNews", "MONITOR", "GOTVNEWS", "Antv", "Senja News", "NewsBerita", "Xinhua",
        "Reuters", "AFP", "AP", "Sputnik", "Parstoday", "Pars Today", "Mehr", "IRNA",
        "ABNA", "Kompas TV", "Tribun", "TVRI", "MetroTV", "Metro TV", "tvOne", "iNewsTV",
        "Sindo", "Jawa Pos", "JawaPos", "Pikiran Rakyat", "Media Indonesia", "Serambi",
        "Harian Jogja", "Warta Ekonomi", "Hidayatullah", "Eramuslim", "Era.id", "CNBC Indonesia",
        "Sputnik Indonesia", "Warta Kota", "WartaKotaLive", "Teritorial", "Antara",
    )
)

_DASH = r"(?:-{1,2}|[\u2013\u2014]|\u201a\u00c4\u00ec|\u201a\u00c4\u00ee)"  # - -- – — and their MacRoman mojibake
_WS = r"[ \t\u00a0]"
_NAME = r"[A-Za-z\u00c0-\u024f](?:[\w.&'\u00c0-\u024f]|-(?=\w))*"  # one word of a place or outlet
_PHRASE = rf"{_NAME}(?:{_WS}+{_NAME}){{0,4}}"  # up to five words

# "date 2022-11 " prefix (as in some scraped corpora)
_DATE_PREFIX = re.compile(rf"date{_WS}+(?P<date>\d{{4}}-\d{{2}}(?:-\d{{2}})?){_WS}+")

# PLACE (OUTLET) -
_PAREN = re.compile(
    rf"(?P<a>{_PHRASE}){_WS}*\((?P<b>[^()\n]{{2,40}})\){_WS}*{_DASH}{_WS}*"
)
# A, B -   (either order); the dash may be unspaced ("Bisnis.com, JAKARTA--Aksi")
_COMMA = re.compile(
    rf"(?P<a>{_PHRASE}){_WS}*,{_WS}*(?P<b>{_PHRASE}?)(?P<dot>\.)?{_WS}*{_DASH}{_WS}*"
)
# A -  (single part: place or outlet)
_SINGLE = re.compile(rf"(?P<a>{_PHRASE}){_WS}*{_DASH}{_WS}*")
# Only punctuation where the scraper cut the place and outlet ("- Satresnarkoba", ", , - ")
_LEADING_DASH = re.compile(rf"(?:[\s,]|\u00ac\u2020)*{_DASH}(?:[ \t,]|\u00a0|\u00ac\u2020)*(?=\S)")

_DOMAIN = re.compile(r"\.(?:com|co\.id|co|id|net|org|tv|news|info|web\.id|or\.id|go\.id|my\.id)\b", re.I)
_DOMAINISH_WORD = re.compile(r"(?i)(news|times|tv|pos|post|\.com|\.id)$")

_MAX_PREFIX = 80  # a dateline is short


def _is_outlet(part: str) -> bool:
    p = part.strip()
    if not p:
        return False
    if _DOMAIN.search(p):
        return True
    if p.lower() in KNOWN_OUTLETS:
        return True
    return bool(_DOMAINISH_WORD.search(p)) and len(p.split()) <= 3


_NOT_IN_PLACE = frozenset({"di", "ke", "dan", "yang", "dari", "untuk", "dengan", "pada"})


def _looks_like_place(part: str) -> bool:
    words = part.split()
    if not words or len(words) > 4:
        return False
    if len(words) > 3 and not part.isupper():
        return False  # "Kantor Berita Internasional Ahlulbait"
    if any(w.lower() in _NOT_IN_PLACE for w in words):
        return False  # a kicker such as "RUSUH DI PAPUA"
    # every word capitalised (JAKARTA, Nusa Dua, BANDAR SERI BEGAWAN), short connectives allowed
    return all(w[0].isupper() or w.lower() in {"de", "al", "el", "dc"} for w in words)


def _title(place: str) -> str:
    out = []
    for w in place.split():
        if w.isupper() and len(w) > 2:
            w = "-".join(p.capitalize() for p in w.split("-"))
        out.append(w)
    return " ".join(out)


_UPPER_LOWER = re.compile(r"[A-Z][a-z]")


def _starts_sentence(text: str, pos: int) -> bool:
    """The text after a place-only dateline starts like a sentence (capital, digit or quote)."""
    if pos >= len(text):
        return False
    ch = text[pos]
    return ch.isupper() or ch.isdigit() or ch in "\"'\u201c\u2018\n"


def _ok_following(text: str, end: int) -> bool:
    """The dateline must be followed by the start of the text proper."""
    if end >= len(text):
        return False
    ch = text[end]
    return ch.isalnum() or ch in "\"'\u201c\u2018(\u201a\n"


def _match_at(text: str, pos: int) -> Dateline | None:
    """Try to read a dateline starting exactly at ``pos``."""
    date = None
    start = pos
    m = _DATE_PREFIX.match(text, pos)
    if m:
        date = m.group("date")
        pos = m.end()
    limit = min(len(text), pos + _MAX_PREFIX + 20)
    window = text[:limit]

    m = _PAREN.match(window, pos)
    if m and _ok_following(text, m.end()) and m.end() - pos <= _MAX_PREFIX:
        a, b = m.group("a").strip(), m.group("b").strip()
        if _looks_like_place(a):
            return Dateline(place=_title(a), outlet=b, date=date, start=start, end=m.end())

    m = _COMMA.match(window, pos)
    if m and m.group("b") and _ok_following(text, m.end()) and m.end() - pos <= _MAX_PREFIX:
        a, b = m.group("a").strip(), m.group("b").strip()
        if m.group("dot"):
            b += "."  # "Gaza, Jalur Gaza.-"
        a_out, b_out = _is_outlet(a), _is_outlet(b)
        if a_out and not b_out and _looks_like_place(b):
            return Dateline(place=_title(b.rstrip(".")), outlet=a, date=date, start=start, end=m.end())
        if b_out and not a_out and _looks_like_place(a):
            return Dateline(place=_title(a), outlet=b, date=date, start=start, end=m.end())
        if not a_out and not b_out and _looks_like_place(a) and _looks_like_place(b):
            # "Jakarta, MINA": place first is the common order
            return Dateline(place=_title(a), outlet=b.rstrip("."), date=date, start=start, end=m.end())

    m = _SINGLE.match(window, pos)
    if m and _ok_following(text, m.end()) and m.end() - pos <= _MAX_PREFIX:
        a = m.group("a").strip()
        # a spaced dash is required unless the part is an outlet or ALL CAPS ("JAYAPURA-Kontak")
        dash_spaced = m.group(0)[len(m.group("a")):].strip() != m.group(0)[len(m.group("a")):]
        if _is_outlet(a):
            if dash_spaced or _DOMAIN.search(a):
                return Dateline(place=None, outlet=a, date=date, start=start, end=m.end())
        elif _looks_like_place(a) and _starts_sentence(text, m.end()):
            if dash_spaced or (a.isupper() and len(a) >= 4 and _UPPER_LOWER.match(text, m.end())):
                return Dateline(place=_title(a), outlet=None, date=date, start=start, end=m.end())

    m = _LEADING_DASH.match(window, pos)
    if m:
        return Dateline(place=None, outlet=None, date=date, start=start, end=m.end())

    if date is not None:
        # "date 2022-08 Bagaimana ..." : the date alone
        return Dateline(place=None, outlet=None, date=date, start=start, end=pos)
    return None


_LINE_START = re.compile(r"\n[ \t\u00a0]*")


def extract_dateline(text: str, *, max_lines: int = 3, max_offset: int = 400) -> Dateline | None:
    """Return the dateline prefix of ``text`` (original offsets) or None.

    The dateline is searched at the start of the text and at the start of the
    next ``max_lines - 1`` lines within the first ``max_offset`` characters
    (news pages often put the headline on the line before the dateline).
    Leading whitespace is not part of the dateline.  A line that merely
    begins with a dash (scraped content whose place was cut off) gives a
    dateline without place or outlet.
    """
    if not text:
        return None
    n = len(text) - len(text.lstrip(" \t\u00a0\r\n\ufeff"))
    positions = [n]
    if max_lines > 1:
        for m in _LINE_START.finditer(text, n, min(len(text), max_offset)):
            positions.append(m.end())
            if len(positions) >= max_lines:
                break
    for k, pos in enumerate(positions):
        if pos >= len(text):
            break
        d = _match_at(text, pos)
        if d is None:
            continue
        if k > 0 and d.place is None and d.outlet is None and d.date is None:
            continue  # a bare dash on a later line is a list item, not a dateline
        if k > 0 and d.outlet is None and d.date is None and not _prefix_is_headline(text, pos):
            continue  # "Jakarta - " on line 3 after body text: not a dateline
        return d
    return None


def _prefix_is_headline(text: str, pos: int) -> bool:
    """The lines before ``pos`` look like a headline (no sentence-final full stop)."""
    before = text[:pos].strip()
    return not before.endswith((".", "!", "?", '"', "\u201d"))


# --------------------------------------------------------------------------- dates

_URL_YMD = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?=/|$|\?|#|\.)")
_URL_YMD_DASH = re.compile(r"[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=[/_.?#-]|$)")
_URL_YM = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])(?=/)")
_URL_COMPACT = re.compile(r"(?<![\d])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{0,8})(?!\d)")
_URL_QUERY = re.compile(r"[?&](?:date|tanggal|tgl|d)=([0-9/-]{8,10})", re.I)


def _valid(y: int, m: int, d: int | None = None) -> bool:
    try:
        _dt.date(y, m, d or 1)
    except ValueError:
        return False
    return 1900 <= y <= 2100


def date_from_url(url: str | None) -> str | None:
    """ISO date (``yyyy-mm-dd``, or ``yyyy-mm`` when only a month is given) from a URL."""
    if not url:
        return None
    m = _URL_QUERY.search(url)
    if m:
        d = normalise_date(m.group(1))
        if d:
            return d
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = re.sub(r"^[a-z]+://[^/]+", "", path, flags=re.I)
    m = _URL_YMD.search(path)
    if m and _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    m = _URL_YMD_DASH.search(path)
    if m and _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    # compact yyyymmdd after a slash or dash: /berita/20191020xxxx, /d-20191020
    for m in _URL_COMPACT.finditer(path):
        s = m.start()
        if s > 0 and path[s - 1] not in "/-_":
            continue
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
    m = _URL_YM.search(path)
    if m and _valid(int(m.group(1)), int(m.group(2))):
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"
    return None


_ISO = re.compile(r"\s*((?:19|20)\d{2})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ].*)?\s*$")
_DMY = re.compile(r"\s*(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})(?:[T ,].*)?\s*$")
_YMD_COMPACT = re.compile(r"\s*((?:19|20)\d{2})(\d{2})(\d{2})\s*$")


def normalise_date(value: object) -> str | None:
    """Normalise a record's date field to ISO ``yyyy-mm-dd`` / ``yyyy-mm`` (None if unreadable).

    Accepts ISO dates and datetimes, ``dd/mm/yyyy`` (day first, the Indonesian
    order), ``yyyymmdd`` and, as a last resort, free text such as
    ``"Senin, 21 Oktober 2019 10:00 WIB"`` via dateparser.
    """
    if value is None:
        return None
    s = str(value).strip()
    if not s or s in {"-", "—", "null", "None", "nan", "NaN"}:
        return None
    m = _ISO.match(s)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if m.group(3):
            d = int(m.group(3))
            return f"{y:04d}-{mo:02d}-{d:02d}" if _valid(y, mo, d) else None
        return f"{y:04d}-{mo:02d}" if _valid(y, mo) else None
    m = _DMY.match(s)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if _valid(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
        if _valid(y, d, mo):  # month first
            return f"{y:04d}-{d:02d}-{mo:02d}"
        return None
    m = _YMD_COMPACT.match(s)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return f"{y:04d}-{mo:02d}-{d:02d}" if _valid(y, mo, d) else None
    if len(s) > 60 or not re.search(r"\d", s):
        return None
    try:
        import dateparser  # slow import: only for free-text dates
    except ImportError:  # pragma: no cover
        return None
    try:
        parsed = dateparser.parse(
            s,
            languages=["id", "en"],
            settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]},
        )
    except Exception:  # dateparser raises on odd input
        return None
    if parsed is None or not _valid(parsed.year, parsed.month, parsed.day):
        return None
    return parsed.date().isoformat()
