"""Rule-based sentence segmentation for (cleaned) Indonesian news text.

``segment(text)`` returns ``[(start, end), ...]`` spans over ``text`` that
exclude surrounding whitespace.  It is one regex pass over candidate
boundaries, so it is linear and fast.  Rules:

* a newline always ends a sentence;
* ``.``, ``!``, ``?``, ``…``/``...`` followed by closing quotes/brackets,
  whitespace and a sentence start (capital letter, digit, opening quote or
  bracket) end a sentence — so ``"Saya tidak ...," katanya.`` stays one
  sentence, ``".” kantor berita ...`` (lower case) does not split, and a
  boundary inside a quotation (``kebohongan murni. Jadi, kami ...``) splits;
* no split after abbreviations and titles (``Dr.``, ``Prof.``, ``H.``,
  ``Jr.``, ``No.``, ``a.n.``, ``S.H.``, ``M.Si.``, ``Kol.``, ...), after single
  capital initials (``Elaine L. Chao``) or dotted acronyms, nor after a list
  number at the start of a line (``1. Indonesia ...``);
* ``dll.``, ``dsb.``, ``dst.``, ``etc.`` end a sentence only before a capital;
* numbers (``1.000``, ``3,5``, ``09.00``), URLs and e-mails contain no
  whitespace after their dots, so they never split.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from peristiwa.records import CleanDocument

__all__ = ["segment", "original_spans", "ABBREVIATIONS"]

# Lower-cased tokens (without the final dot) after which a dot is not a sentence end.
ABBREVIATIONS = frozenset(
    """
    dr drs dra prof ir h hj kh k.h st s.t s.h s.e s.pd s.sos s.ip s.kom s.ag s.psi m.si m.sc m.h m.m m.pd
    m.kom m.a m.t m.ag m.hum m.ap ph.d phd b.a b.sc ll.m lc dr.h
    jr sr mr mrs ms mme mlle messrs hon rev
    no nos nr tel telp fax hlm vol
    a.n u.p yth sdr sdri bpk bp ny nn tn
    kol letkol mayjen brigjen jend laksda laksma marsda marsma kapt lettu letda serka sertu
    kompol akbp akp iptu ipda aiptu aipda bripka brigpol bharada irjen komjen
    pol ltd inc corp co bros
    jl jln gg kec kab kel ds prov
    rp usd
    vs cf ca
    a.s u.s u.k p.m a.m
    """.split()
)
# All-caps tokens are initials or acronyms ("berinisial MS.", "PBB."), not abbreviations,
# except these.
CAPS_ABBREVIATIONS = frozenset("kh h hj jr dr prof ir drs".split())
# Abbreviations that may end a sentence: split only when a capital follows.
FINAL_ABBREVIATIONS = frozenset("dll dsb dst dkk tsb etc tbk".split())

_OPEN = "\"'\u201c\u2018(\u00ab\\["
_CLOSE = "\"'\u201d\u2019)\\]\u00bb"

# candidate: sentence-final punctuation, closers, whitespace (no newline), then a sentence start
_CANDIDATE = re.compile(
    rf"(?P<punct>\.{{2,}}|\u2026|[.!?]+)(?P<close>[{_CLOSE}]*)(?P<space>[ \t\u00a0]+)(?=(?P<next>[{_OPEN}]*[\w\u00c0-\u024f]))"
)
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,3}")
_LIST_ITEM = re.compile(r"\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4}")


def _is_sentence_start(next_text: str) -> bool:
    """The text after the whitespace begins a sentence (capital or digit, maybe after an opener)."""
    for ch in next_text:
        if ch in _OPEN:
            continue
        return ch.isupper() or ch.isdigit()
    return False


def _split_here(text: str, m: re.Match[str]) -> bool:
    punct = m.group("punct")
    nxt = m.group("next")
    if not _is_sentence_start(nxt):
        return False
    if punct != ".":
        return True  # ! ? ... and ellipses before a capital
    if m.group("close"):
        return True  # 'murni." Jadi' : a closed quotation ended
    start = m.start()
    # the token just before the dot
    line_start = text.rfind("\n", 0, start) + 1
    tb = _TOKEN_BEFORE.search(text, max(line_start, start - 40), start)
    if tb is None:
        return True
    token = tb.group(1).lstrip(_OPEN)
    low = token.lower()
    if low in FINAL_ABBREVIATIONS:
        return True  # already known to be followed by a capital
    if low in ABBREVIATIONS and (not token.isupper() or len(token) == 1 or low in CAPS_ABBREVIATIONS):
        return False
    if len(token) == 1 and token.isupper():
        return False  # initial: "Elaine L. Chao", "H. Ahmad"
    if _DOTTED.fullmatch(token) and not token.isdigit():
        return False  # "S.H", "a.n", "U.S", "M.Si"
    if _LIST_ITEM.fullmatch(token) and not text[line_start : tb.start(1)].strip():
        return False  # "1. Indonesia mengutuk ...", "b. ..." at the start of a line
    return True


def segment(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` over ``text``, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    pos = 0
    while pos < n:
        nl = text.find("\n", pos)
        line_end = n if nl < 0 else nl
        _segment_line(text, pos, line_end, spans)
        pos = line_end + 1
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def _segment_line(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    cur = start
    for m in _CANDIDATE.finditer(text, start, end):
        if _split_here(text, m):
            _add(text, cur, m.start("space"), spans)
            cur = m.end("space")
    _add(text, cur, end, spans)


def original_spans(clean: "CleanDocument", spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``clean.text`` (default: ``segment(clean.text)``) in original offsets.

    The sentence that directly follows a stripped dateline is extended back to
    the dateline's start, so that "Jakarta (ANTARA) - Lima negara ..." is one
    sentence of the original text, as annotators mark it.
    """
    if spans is None:
        spans = segment(clean.text)
    out = [clean.offsets.span_to_original(s, e) for s, e in spans]
    dl = clean.dateline
    if dl is not None and dl.end > dl.start:
        text = clean.doc.text
        for k, (s, e) in enumerate(out):
            if s >= dl.end:
                if not text[dl.end : s].strip():
                    out[k] = (dl.start, e)
                break
    return out
