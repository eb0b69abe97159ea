"""Cleaning news text, keeping a way back to the original offsets.

``clean_document(doc)`` returns a :class:`~peristiwa.records.CleanDocument`
whose ``offsets`` map every character of the clean text to ``doc.text``:

* a copied character maps to itself: ``doc.text[offsets.to_original(i)] == clean.text[i]``;
* a normalised quote (`` “ ” ‘ ’ « » ``) maps to the original quote character;
* an inserted character (a space between glued sentences, a newline for the
  ``.,`` paragraph glue of the CLICK-ID corpus) maps to the original position
  where it was inserted;
* offsets are monotone non-decreasing.

What is done, in three linear regex passes (each an edit list applied in one
go, the maps composed):

1. character level, on the original text: the dateline prefix is cut (and
   kept in ``CleanDocument.dateline``); quotes normalised (also their
   MacRoman mojibake ``‚Äú``); glued sentences repaired (``Anda.”Laporan``,
   ``terakhir.Menurut``); the ``.,Penangkapan`` paragraph glue turned into a
   newline; ``<br>`` tags turned into newlines; zero-width characters,
   ``(Foto: ...)`` credits and trailing codes such as ``[IT/r]`` removed;
2. line level: boilerplate lines removed ("Baca juga: ...", "Editor: ...",
   "ADVERTISEMENT", photo captions, copyright, timestamps, related-link
   lists, share buttons, ...);
3. whitespace: runs of spaces and tabs become one space, runs containing a
   line break become one newline (a paragraph break), the ends are trimmed.

Every removal with a reason is listed in ``CleanDocument.removed`` as
``(orig_start, orig_end, reason)``.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from peristiwa.clean.segment import ABBREVIATIONS
from peristiwa.ingest.metadata import extract_dateline
from peristiwa.records import CleanDocument, Dateline, Document, OffsetMap

__all__ = ["clean_document", "clean_text", "QUOTE_MAP"]

# edit: (start, end, replacement, reason or None)
Edit = tuple[int, int, str, "str | None"]

QUOTE_MAP = {
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u301d": '"', "\u301e": '"', "\uff02": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u2039": "'",
    "\u203a": "'",
}
# UTF-8 read as MacRoman (the CLICK-ID corpus): ‚Äú = “, ‚Äù = ”, ¬† = no-break space ...
MOJIBAKE_MAP = {
    "\u201a\u00c4\u00fa": '"', "\u201a\u00c4\u00f9": '"', "\u201a\u00c4\u00f4": "'", "\u201a\u00c4\u00f2": "'",
    "\u201a\u00c4\u00ec": "\u2013", "\u201a\u00c4\u00ee": "\u2014", "\u201a\u00c4\u00b6": "\u2026",
    "\u00ac\u2020": " ",
}

# --------------------------------------------------------------------------- pass 1 patterns

_CHAR_RE = re.compile(
    "|".join(
        [
            r"(?P<moji>" + "|".join(re.escape(k) for k in MOJIBAKE_MAP) + ")",
            r"(?P<quote>[" + "".join(QUOTE_MAP) + "])",
            r"(?P<zw>[\u200b\u200c\u200d\u2060\ufeff\u00ad])",
            r"(?P<br><br\s*/?>|_x000D_)",
        ]
    ),
    re.I,
)
# ".,Penangkapan" / ".\",\"Saat" / ". ,Wacana" / ":,,Diketahui" / "orang., Padahal": CLICK-ID paragraph glue
_PARA_GLUE = re.compile(
    r"(?:[.!?](?:[\"\u201d\u2019']|\u201a\u00c4\u00f9)?|:)"
    r"(?P<glue>(?:(?:[ \t\u00a0]|\u00ac\u2020)*,)+(?P<sp>(?:[ \t\u00a0]|\u00ac\u2020)*))"
    r"(?=[\"\u201c\u201d\u2018'(\[]?[A-Z0-9]|\u201a\u00c4[\u00fa\u00f9\u00f4\u00f2][A-Z0-9]|#\w|\n)"
)
# Sentence end glued to the next sentence: "terakhir.Menurut", "Anda.”Laporan", "spekulasi.“Kami",
# "garis.”“Ini", "saja,\"pungkasnya" (closing straight quote decided by parity).
_GLUE_PLAIN = re.compile(
    r"(?<=[a-z\d)\]])[.!?](?=[A-Z][a-z]|[A-Z]{2,}\b)(?!(?i:com|co|id|net|org|tv|news|go|ac|or|sch|my|info|biz)\b)"
)
_GLUE_CLOSE_CURLY = re.compile(r"(?<=[.!?,;:\w])[\u201d\u2019](?=[\u201c\u2018\"]?[A-Za-z])")
_GLUE_OPEN_CURLY = re.compile(r"(?<=[.!?])(?=[\u201c\u2018][A-Z])")
_STRAIGHT_AFTER_PUNCT = re.compile(r"(?<=[.!?,])\"(?=[A-Za-z])")

# "(Foto: Antara/Puspa)", "(dok: istimewa)", "(Foto Kemlu RI)"
_PHOTO_CREDIT = re.compile(
    r"[ \t]*\((?:foto|photo|dok|dok\.|dokumentasi|ilustrasi|sumber foto|sumber gambar|image|istimewa)\b[^()\n]{0,150}\)",
    re.I,
)
# "[IT/r]", "(WIL)", "(ant)", "(*)", "(mdk/rnd)" at the end of a paragraph, after the sentence end
_TRAILING_CODE = re.compile(
    r"(?<=[.!?\"\u201d'])[ \t]*[\[(](?:[A-Za-z]{1,6}(?:/[A-Za-z]{1,6}){0,3}|\*{1,3})[\])][ \t]*(?=\s*$|\n|,+\S)"
)
# ",#GrowFearless with FIMELA", "(trb),,,loading..." at the very end
_TAIL_GLUE = re.compile(r"(?<=\S),+(?=(?:loading\.*|#\w[^\n]{0,60})\s*$)", re.I)
_LEADING_COMMAS = re.compile(r"[\s,]*,[\s,]*(?=\S)")
_TRAILING_JUNK = re.compile(r"(?<=\S)[\s,]*,[\s,]*$")

# --------------------------------------------------------------------------- pass 2 patterns

_LINE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:baca|simak)\s*(?:juga|pula|selengkapnya|berita|artikel)\b", re.I), "read-also link"),
    (re.compile(r"(?:lihat|tonton|saksikan|cek)\s+(?:juga|video|berita|selengkapnya|artikel)\b", re.I), "related link"),
    (re.compile(r"(?:simak|tonton|saksikan)\s+(?:video|juga)", re.I), "related link"),
    (
        re.compile(
            r"(?:advertisement|iklan|ads|scroll to continue(?: with content)?|scroll untuk melanjutkan.*|"
            r"loading\.*|sponsored(?: content)?|konten bersponsor|baca berita tanpa iklan.*)\s*$",
            re.I,
        ),
        "advertisement",
    ),
    (
        re.compile(
            r"(?:editor|penulis|reporter|pewarta|penyunting|redaktur|fotografer|kontributor|sumber|editing|"
            r"writer|author|laporan wartawan|laporan reporter)\s*:",
            re.I,
        ),
        "byline",
    ),
    (
        re.compile(
            r"(?:dapatkan|ikuti|follow|gabung|bergabung|yuk|jangan lewatkan|download|unduh|klik|kunjungi|cek berita)\b"
            r".{0,120}\b(?:google news|whatsapp|telegram|channel|update|berita terbaru|aplikasi|instagram|twitter|"
            r"facebook|tiktok|youtube|di sini|disini)",
            re.I,
        ),
        "promotion",
    ),
    (re.compile(r"halaman\s+(?:selanjutnya|berikutnya|sebelumnya|\d+)\b.{0,40}$|(?:selanjutnya|next|prev|sebelumnya)\s*[>»]*\s*$", re.I), "pagination"),
    (re.compile(r"(?:©|\(c\)\s|copyright\b|hak cipta\b)|.{0,80}all rights reserved", re.I), "copyright"),
    (re.compile(r"(?:artikel|berita) ini (?:telah|sudah) (?:tayang|terbit|dimuat)", re.I), "syndication notice"),
    (re.compile(r"(?:FOTO|Foto|foto|PHOTO|Photo)\s*(?:[:/|]|-\s).{0,250}$"), "photo caption"),
    (re.compile(r"(?:ILUSTRASI|Ilustrasi)\b.{0,200}$"), "photo caption"),
    (re.compile(r"(?:sumber gambar|keterangan foto|keterangan gambar|caption)\b.{0,200}$", re.I), "photo caption"),
    (re.compile(r"#\w+(?:\s+\S+){0,5}\s*$"), "hashtag"),
    (re.compile(r"[\[(](?:[A-Za-z]{1,6}(?:/[A-Za-z]{1,6}){0,3}|\*{1,3})[\])]$"), "trailing code"),
    (
        re.compile(
            r"(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,?\s*)?"
            r"\d{1,2}(?:\s+[A-Za-z]{3,9}\.?\s+|[/.-]\d{1,2}[/.-])\d{2,4}"
            r"(?:\s*[,|-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:wib|wita|wit|utc|gmt)?)?\s*$",
            re.I,
        ),
        "timestamp",
    ),
    (
        re.compile(
            r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)?\s*,?\s*\d{1,2}\s+\w+\s+\d{4}\s*\|?\s*"
            r"\d{1,2}[:.]\d{2}",
            re.I,
        ),
        "timestamp",
    ),
    (re.compile(r"\S{2,40}\s+-\s+\d{1,2}/\d{1,2}/\d{4},\s*\d{1,2}:\d{2}\s*(?:wib|wita|wit)?$", re.I), "timestamp"),
]
_FURNITURE = frozenset(
    s.lower()
    for s in (
        "comment", "komentar", "bagikan", "share", "tweet", "salin artikel", "salin link", "copy link",
        "dark/light mode", "image cover", "wait 5 sec.", "sukses", "zoom-in-whiteperbesar", "perbesar",
        "happy", "inspire", "confuse", "sad", "selengkapnya", "tutup", "close", "loading", "loading...",
        "baca juga", "baca juga:", "advertisement", "iklan", "tag", "tags", "tags:", "topik", "video",
    )
)
_FURNITURE_RE = re.compile(r"(?:sosmed|zoom-in|zoom-out|icon)-[\w-]+|\d{1,3}|bagaimana tanggapan anda.*", re.I)
_RELATED_HEADER = re.compile(
    r"(?:(?:berita|artikel|topik|konten)\s+(?:terkait|lainnya|terpopuler|pilihan|menarik)|terpopuler|rekomendasi|"
    r"populer|related(?: news| articles)?|baca juga|baca juga\s*:|lihat juga\s*:?|simak juga\s*:?)\s*:?\s*$",
    re.I,
)
_MAX_RELATED = 10


def _is_headline(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= 160 and not s.endswith((".", "!", "?", '"', "'", ":")) and len(s.split()) >= 2


def _line_reason(s: str) -> str | None:
    """Why the (stripped, non-empty) line is boilerplate, or None."""
    for rx, reason in _LINE_RULES:
        if rx.match(s):
            return reason
    if s.lower() in _FURNITURE or _FURNITURE_RE.fullmatch(s):
        return "page furniture"
    if len(s) <= 300 and _PHOTO_CREDIT.search(s) and s.rstrip().endswith(")") and _PHOTO_CREDIT.search(s).end() >= len(s.rstrip()):
        # a whole line ending with a photo credit is a caption
        return "photo caption"
    return None


# --------------------------------------------------------------------------- edit machinery


def _apply(text: str, edits: list[Edit]) -> tuple[str, OffsetMap, list[tuple[int, int, str]]] | None:
    """Apply non-overlapping edits; None when there is nothing to do."""
    if not edits:
        return None
    # at one position: insertions first, then the longest edit (a removal wins over the
    # replacements inside it, which are then skipped as overlapping)
    edits.sort(key=lambda e: (e[0], e[1] != e[0], -e[1]))
    out: list[str] = []
    m = OffsetMap()
    removed: list[tuple[int, int, str]] = []
    pos = 0
    for start, end, rep, reason in edits:
        if start < pos:
            continue  # overlaps an earlier edit
        if start > pos:
            out.append(text[pos:start])
            m.add_copy(pos, start - pos)
        if rep:
            out.append(rep)
            m.add_insert(start, len(rep))
        if end > start and reason:
            removed.append((start, end, reason))
        pos = end
    if pos < len(text):
        out.append(text[pos:])
        m.add_copy(pos, len(text) - pos)
    return "".join(out), m, removed


def _glue_token_ok(text: str, end: int) -> bool:
    """The word before the punctuation at ``end`` is a full word, not an abbreviation or initials."""
    before = text[max(0, end - 40):end].split()
    if not before:
        return False
    tok = before[-1].lstrip("\"'(\u201c")
    if not tok or tok[-1] in ")\"'\u201d" or tok[-1].isdigit():
        return True
    if "." in tok or len(tok) < 2 or tok.lower() in ABBREVIATIONS:
        return False
    return tok.isalpha() and (len(tok) >= 3 or tok.isupper())


def _quote_parity_index(text: str) -> list[int]:
    return [i for i, ch in enumerate(text) if ch == '"'] if '"' in text else []


def _pass_chars(text: str, dateline_span: tuple[int, int] | None) -> list[Edit]:
    edits: list[Edit] = []
    if dateline_span is not None:
        edits.append((dateline_span[0], dateline_span[1], "", "dateline"))
        lead_end = dateline_span[0]
    else:
        lead_end = len(text)
    m = _LEADING_COMMAS.match(text)
    if m and m.end() <= lead_end and "," in m.group(0):
        edits.append((m.start(), m.end(), "", "leading punctuation"))
    for m in _CHAR_RE.finditer(text):
        kind = m.lastgroup
        if kind == "moji":
            edits.append((m.start(), m.end(), MOJIBAKE_MAP[m.group(0)], None))
        elif kind == "quote":
            edits.append((m.start(), m.end(), QUOTE_MAP[m.group(0)], None))
        elif kind == "zw":
            edits.append((m.start(), m.end(), "", None))
        else:  # <br> or _x000D_
            edits.append((m.start(), m.end(), "\n", None))
    for m in _PARA_GLUE.finditer(text):
        if m.group("sp") and not _glue_token_ok(text, m.start()):
            continue  # "Locsin Jr., Utusan", "S.E., M.P.P.": an abbreviation in a list, not glue
        edits.append((m.start("glue"), m.end("glue"), "\n", None))
    for m in _GLUE_PLAIN.finditer(text):
        edits.append((m.end(), m.end(), " ", None))
    for m in _GLUE_CLOSE_CURLY.finditer(text):
        edits.append((m.end(), m.end(), " ", None))
    for m in _GLUE_OPEN_CURLY.finditer(text):
        edits.append((m.end(), m.end(), " ", None))
    if '"' in text:
        quotes = _quote_parity_index(text)
        for m in _STRAIGHT_AFTER_PUNCT.finditer(text):
            k = bisect_left(quotes, m.start())
            # count quotes since the last newline: odd index => closing quote
            nl = text.rfind("\n", 0, m.start())
            first_in_para = bisect_left(quotes, nl + 1)
            if (k - first_in_para) % 2 == 1:
                edits.append((m.end(), m.end(), " ", None))  # closing: space after
            elif text[m.start() - 1] in ".!?":
                edits.append((m.start(), m.start(), " ", None))  # opening: space before
    for m in _PHOTO_CREDIT.finditer(text):
        start = m.start()
        nl = text.find("\n", m.end())
        if not text[m.end() : nl if nl >= 0 else len(text)].strip():
            # the credit ends its line: if what precedes it on the line is not a
            # finished sentence, the whole line is a caption
            ls = text.rfind("\n", 0, start) + 1
            before = text[ls:start].strip()
            if before and len(before) <= 250 and not before.endswith((".", "!", "?", '"', "\u201d")):
                start = ls
        edits.append((start, m.end(), "", "photo caption"))
    for m in _TRAILING_CODE.finditer(text):
        edits.append((m.start(), m.end(), "", "trailing code"))
    for m in _TAIL_GLUE.finditer(text):
        edits.append((m.start(), m.end(), "\n", None))
    m = _TRAILING_JUNK.search(text)
    if m:
        edits.append((m.start(), m.end(), "", None))
    return edits


def _pass_lines(text: str) -> list[Edit]:
    edits: list[Edit] = []
    pos = 0
    n = len(text)
    related_left = 0
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        nxt = n if nl < 0 else nl + 1
        line = text[pos:end]
        s = line.strip()
        if s:
            reason = "related links" if _RELATED_HEADER.fullmatch(s) and not s.lower().startswith("baca") else _line_reason(s)
            if reason is None and related_left > 0 and _is_headline(s):
                reason = "related links"
                related_left -= 1
            elif reason is None:
                related_left = 0
            if reason is not None:
                edits.append((pos, nxt, "", reason))
                if _RELATED_HEADER.fullmatch(s):
                    related_left = _MAX_RELATED if not s.lower().startswith("baca") else 1
        pos = nxt
    return edits


_NEWLINE_CHARS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_WS_RUN = re.compile(r"\s+")


def _pass_space(text: str) -> list[Edit]:
    edits: list[Edit] = []
    n = len(text)
    for m in _WS_RUN.finditer(text):
        s, e = m.start(), m.end()
        run = m.group(0)
        if s == 0 or e == n:
            edits.append((s, e, "", None))
            continue
        if run == " " or run == "\n":
            continue
        if any(c in _NEWLINE_CHARS for c in run):
            keep = run.find("\n")
            target = "\n"
        else:
            keep = run.find(" ")
            target = " "
        if keep < 0:
            edits.append((s, e, target, None))
        else:
            if keep > 0:
                edits.append((s, s + keep, "", None))
            if s + keep + 1 < e:
                edits.append((s + keep + 1, e, "", None))
    return edits


# --------------------------------------------------------------------------- public API


def clean_text(text: str) -> tuple[str, OffsetMap, list[tuple[int, int, str]], Dateline | None]:
    """Clean ``text``; return (clean text, offset map into ``text``, removed spans, dateline)."""
    dateline = extract_dateline(text)
    span = (dateline.start, dateline.end) if dateline is not None else None

    offsets = OffsetMap.identity(len(text))
    removed: list[tuple[int, int, str]] = []
    cur = text
    first = True
    for make in (lambda t: _pass_chars(t, span), _pass_lines, _pass_space):
        res = _apply(cur, make(cur))
        if res is None:
            continue
        new, m, rem = res
        if first:
            removed.extend(rem)  # pass 1 works on the original: offsets are original already
            offsets = m
        else:
            removed.extend((*offsets.span_to_original(a, b), why) for a, b, why in rem)
            offsets = offsets.compose(m)
        first = False
        cur = new
    removed.sort()
    return cur, offsets, removed, dateline


def clean_document(doc: Document) -> CleanDocument:
    """Clean ``doc.text`` (boilerplate, glue, quotes, whitespace, dateline) with an offset map."""
    text, offsets, removed, dateline = clean_text(doc.text)
    return CleanDocument(doc=doc, text=text, offsets=offsets, dateline=dateline, removed=removed)

