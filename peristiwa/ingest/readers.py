"""Reading input documents: text, HTML, JSON Lines, JSON, CSV/TSV, folders and stdin.

Every input ends as a :class:`~peristiwa.records.Document` or a
:class:`~peristiwa.records.Skipped` with a reason; bad input never raises.

Formats are chosen by extension:

``.txt``           one document per file; id = file stem
``.html/.htm``     main text via trafilatura, with title/date/url from the page
``.jsonl/.ndjson`` one document per line (fields ``id,text,date,url,source,title``)
``.json``          a list of such objects, or one object
``.csv/.tsv``      one document per row, same columns (header required)
anything else      sniffed: binary -> Skipped, HTML, JSON Lines, else text

Column names are configurable with ``columns={"text": "content", ...}``.
Without a mapping, common alternatives are recognised (``content``/``body`` for
text, ``outlet``/``publisher`` for source, ``headline`` for title, ...), so the
CLICK-ID corpus (``source,title,date,url,content``) reads as it is.  Fields
that are not mapped go into ``Document.meta``.

The publication date is taken from the record, else from the URL, else from a
``date 2022-11`` dateline; ``meta["date_from"]`` says which (record, url or dateline).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from peristiwa.ingest.encoding import SNIFF_BYTES, decode_bytes, looks_binary
from peristiwa.ingest.metadata import date_from_url, extract_dateline, normalise_date
from peristiwa.records import Document, Skipped

__all__ = ["read_inputs", "record_to_document", "FIELDS", "FIELD_ALIASES"]

FIELDS = ("id", "text", "date", "url", "source", "title")

# Column names tried, in order, when no mapping is given for a field.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "document_id", "guid", "uid"),
    "text": ("text", "content", "body", "article", "isi", "full_text", "fulltext"),
    "date": ("date", "published", "published_at", "publish_date", "pubdate", "tanggal", "datetime"),
    "url": ("url", "link", "href", "source_url"),
    "source": ("source", "outlet", "publisher", "media", "sitename", "site"),
    "title": ("title", "headline", "judul"),
}

_TEXT_EXT = {".txt", ".text"}
_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_JSONL_EXT = {".jsonl", ".ndjson", ".jsonlines"}
_JSON_EXT = {".json"}
_CSV_EXT = {".csv": ",", ".tsv": "\t"}

_BLANK = re.compile(r"\s*")
_CSV_FIELD_LIMIT = 2**31 - 1


# --------------------------------------------------------------------------- entry point


def read_inputs(
    sources: str | Path | Iterable[str | Path],
    *,
    columns: Mapping[str, str] | None = None,
    stdin: IO[Any] | None = None,
) -> Iterator[Document | Skipped]:
    """Yield a Document or a Skipped for every input found in ``sources``.

    ``sources`` are paths (files, or folders read recursively in sorted order)
    or ``"-"`` for standard input (``stdin`` if given, else ``sys.stdin``; its
    format is sniffed: JSON Lines if the first line starts with ``{``, HTML
    if it starts with ``<``, else one text document with id ``stdin``).
    ``columns`` maps our field names (``id,text,date,url,source,title``) to
    the column names of JSONL/JSON/CSV records.

    Ids derived from file names (the stem) are made unique within one call:
    a second ``a/x.txt`` after ``b/x.txt`` gets the relative path as its id.
    """
    if isinstance(sources, (str, Path)):
        sources = [sources]
    colmap = _check_columns(columns)
    seen_ids: set[str] = set()
    for src in sources:
        if str(src) == "-":
            yield from _guard(_read_stdin(stdin, colmap), "stdin", "<stdin>")
            continue
        path = Path(src)
        if path.is_dir():
            files, errors = _walk_files(path)
            for err in errors:
                yield err
            for f in files:
                yield from _read_file(f, colmap, seen_ids, base=path)
        elif path.is_file():
            yield from _read_file(path, colmap, seen_ids, base=path.parent)
        elif path.exists():
            yield Skipped(id=path.stem or str(path), origin=str(path), reason="not a regular file")
        else:
            yield Skipped(id=path.stem or str(path), origin=str(path), reason="not found")


def _walk_files(root: Path) -> tuple[list[Path], list[Skipped]]:
    """All regular files under ``root`` sorted by relative path (symlinked folders not followed)."""
    errors: list[Skipped] = []

    def onerror(exc: OSError) -> None:
        where = exc.filename or str(root)
        errors.append(Skipped(id=Path(where).name or str(where), origin=str(where), reason=f"unreadable folder: {exc.strerror or exc}"))

    files: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=onerror, followlinks=False):
        dirnames.sort()
        for name in filenames:
            p = Path(dirpath) / name
            if p.is_file():
                files.append(p)
            elif p.is_symlink() and not p.exists():
                errors.append(Skipped(id=p.stem or name, origin=str(p), reason="broken symbolic link"))
            else:
                errors.append(Skipped(id=p.stem or name, origin=str(p), reason="not a regular file"))
    files.sort(key=lambda p: p.relative_to(root).as_posix())
    return files, errors


def _check_columns(columns: Mapping[str, str] | None) -> dict[str, str]:
    if not columns:
        return {}
    unknown = set(columns) - set(FIELDS)
    if unknown:
        raise ValueError(f"unknown field(s) in columns mapping: {sorted(unknown)}; known: {FIELDS}")
    return dict(columns)


def _guard(docs: Iterator[Document | Skipped], doc_id: str, origin: str) -> Iterator[Document | Skipped]:
    """Turn an unexpected exception while reading one input into a Skipped."""
    try:
        yield from docs
    except Exception as exc:  # noqa: BLE001 - bad input must never crash ingest
        yield Skipped(id=doc_id, origin=origin, reason=f"unreadable: {type(exc).__name__}: {exc}")


def _unique_id(stem: str, path: Path, base: Path, seen: set[str]) -> str:
    doc_id = stem
    if doc_id in seen:
        try:
            doc_id = path.relative_to(base).with_suffix("").as_posix()
        except ValueError:
            doc_id = path.with_suffix("").as_posix()
        n = 2
        candidate = doc_id
        while candidate in seen:
            candidate = f"{doc_id}#{n}"
            n += 1
        doc_id = candidate
    seen.add(doc_id)
    return doc_id


def _read_file(path: Path, colmap: dict[str, str], seen: set[str], base: Path) -> Iterator[Document | Skipped]:
    origin = str(path)
    ext = path.suffix.lower()
    stem = path.stem
    if ext in _JSONL_EXT:
        yield from _guard(_read_jsonl(path, colmap), stem, origin)
    elif ext in _CSV_EXT:
        yield from _guard(_read_csv(path, colmap, _CSV_EXT[ext]), stem, origin)
    elif ext in _JSON_EXT:
        yield from _guard(_read_json(path, colmap), stem, origin)
    else:
        doc_id = _unique_id(stem, path, base, seen)
        if ext in _TEXT_EXT:
            yield from _guard(_read_text_file(path, doc_id), doc_id, origin)
        elif ext in _HTML_EXT:
            yield from _guard(_read_html_file(path, doc_id), doc_id, origin)
        else:
            yield from _guard(_read_sniffed(path, doc_id, colmap), doc_id, origin)


# --------------------------------------------------------------------------- documents


def _fill_date(doc: Document, record_date: Any = None) -> Document:
    """Document.date from the record, else the URL, else a dateline date."""
    date = normalise_date(record_date) if record_date not in (None, "") else None
    source = "record" if date else None
    if date is None and doc.url:
        date = date_from_url(doc.url)
        source = "url" if date else None
    if date is None:
        dl = extract_dateline(doc.text[:1000])
        if dl is not None and dl.date:
            date, source = dl.date, "dateline"
    doc.date = date
    if source:
        doc.meta["date_from"] = source
    return doc


def _text_document(text: str, doc_id: str, origin: str, encoding: str | None = None) -> Document | Skipped:
    if not text or _BLANK.fullmatch(text):
        return Skipped(id=doc_id, origin=origin, reason="empty: no text")
    doc = Document(id=doc_id, text=text, origin=origin)
    if encoding and encoding != "utf-8":
        doc.meta["encoding"] = encoding
    return _fill_date(doc)


def _decoded_file(path: Path, doc_id: str, blank_is_empty: bool = False) -> tuple[str | None, str | Skipped]:
    """(text, encoding) of a file, or (None, Skipped) when it is empty or undecodable."""
    data = path.read_bytes()
    if not (data.strip() if blank_is_empty else data):
        return None, Skipped(id=doc_id, origin=str(path), reason="empty file")
    text, enc = decode_bytes(data)
    if text is None:
        return None, Skipped(id=doc_id, origin=str(path), reason=enc)
    return text, enc


def _read_text_file(path: Path, doc_id: str) -> Iterator[Document | Skipped]:
    text, enc = _decoded_file(path, doc_id)
    yield enc if text is None else _text_document(text, doc_id, str(path), enc)


def _read_sniffed(path: Path, doc_id: str, colmap: dict[str, str]) -> Iterator[Document | Skipped]:
    """Unknown extension: binary -> Skipped; HTML; JSON Lines; else plain text."""
    origin = str(path)
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
    if not head:
        yield Skipped(id=doc_id, origin=origin, reason="empty file")
        return
    reason = looks_binary(head)
    if reason:
        yield Skipped(id=doc_id, origin=origin, reason=reason)
        return
    start = head.lstrip()[:200].lower()
    if start.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head[:4096].lower():
        yield from _read_html_file(path, doc_id)
    elif start.startswith(b"{") and head.lstrip().split(b"\n", 1)[0].rstrip().endswith(b"}"):
        yield from _read_jsonl(path, colmap)
    else:
        yield from _read_text_file(path, doc_id)


# --------------------------------------------------------------------------- records


def _pick(record: Mapping[str, Any], field: str, colmap: dict[str, str]) -> tuple[str | None, Any]:
    """(column name used, value) for one of our fields."""
    if field in colmap:
        col = colmap[field]
        return (col, record.get(col)) if col in record else (None, None)
    empty: tuple[str | None, Any] = (None, None)
    for col in FIELD_ALIASES[field]:
        if col in record:
            value = record[col]
            if value is None or (isinstance(value, str) and not value.strip()):
                if empty[0] is None:
                    empty = (col, value)
                continue  # e.g. "text" empty but "content" present: use content
            return col, value
    return empty


def _clean_str(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s if s and s not in {"-", "null", "None", "nan"} else None


def record_to_document(
    record: Mapping[str, Any], *, default_id: str, origin: str, columns: Mapping[str, str] | None = None
) -> Document | Skipped:
    """Turn one JSON/CSV record into a Document (or a Skipped with the reason)."""
    colmap = dict(columns or {})
    id_col, id_val = _pick(record, "id", colmap)
    doc_id = _clean_str(id_val) or default_id
    text_col, text = _pick(record, "text", colmap)
    if text_col is None:
        wanted = [colmap["text"]] if "text" in colmap else list(FIELD_ALIASES["text"][:2])
        return Skipped(id=doc_id, origin=origin, reason=f"no text field (looked for {', '.join(wanted)})")
    if not isinstance(text, str):
        if text is None:
            return Skipped(id=doc_id, origin=origin, reason=f"empty: field {text_col!r} is null")
        if isinstance(text, (dict, list)):
            return Skipped(id=doc_id, origin=origin, reason=f"field {text_col!r} is not text")
        text = str(text)
    if not text.strip():
        return Skipped(id=doc_id, origin=origin, reason=f"empty: field {text_col!r} has no text")
    used = {c for c in (id_col, text_col) if c}
    values: dict[str, Any] = {}
    for field in ("date", "url", "source", "title"):
        col, val = _pick(record, field, colmap)
        if col:
            used.add(col)
        values[field] = val
    doc = Document(
        id=doc_id,
        text=text,
        url=_clean_str(values["url"]),
        source=_clean_str(values["source"]),
        title=_clean_str(values["title"]),
        origin=origin,
        meta={k: v for k, v in record.items() if k not in used and k is not None},
    )
    return _fill_date(doc, values["date"])


def _decode_line(raw: bytes) -> tuple[str | None, str]:
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode_bytes(raw)


def _read_jsonl(path: Path, colmap: dict[str, str]) -> Iterator[Document | Skipped]:
    origin = str(path)
    stem = path.stem
    with path.open("rb") as fh:
        reason = looks_binary(fh.read(SNIFF_BYTES))
        if reason:
            yield Skipped(id=stem, origin=origin, reason=reason)
            return
        fh.seek(0)
        yield from _jsonl_lines(fh, stem, origin, colmap)


def _jsonl_lines(lines: Iterable[bytes | str], stem: str, origin: str, colmap: dict[str, str]) -> Iterator[Document | Skipped]:
    any_line = False
    for lineno, raw in enumerate(lines, start=1):
        line_origin = f"{origin}:{lineno}"
        default_id = f"{stem}:{lineno}"
        if isinstance(raw, bytes):
            line, enc = _decode_line(raw)
            if line is None:
                yield Skipped(id=default_id, origin=line_origin, reason=f"line {lineno}: {enc}")
                continue
        else:
            line = raw
        if lineno == 1:
            line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        any_line = True
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
            yield Skipped(id=default_id, origin=line_origin, reason=f"bad JSON on line {lineno}: {msg}")
            continue
        if not isinstance(record, dict):
            yield Skipped(id=default_id, origin=line_origin, reason=f"line {lineno}: not a JSON object")
            continue
        yield record_to_document(record, default_id=default_id, origin=line_origin, columns=colmap)
    if not any_line:
        yield Skipped(id=stem, origin=origin, reason="empty file")


def _read_json(path: Path, colmap: dict[str, str]) -> Iterator[Document | Skipped]:
    origin = str(path)
    stem = path.stem
    data = path.read_bytes()
    text, enc = decode_bytes(data)
    if text is None:
        yield Skipped(id=stem, origin=origin, reason=enc)
        return
    if not text.strip():
        yield Skipped(id=stem, origin=origin, reason="empty file")
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        # perhaps JSON Lines with a .json extension
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from _jsonl_lines(text.splitlines(), stem, origin, colmap)
            return
        yield Skipped(id=stem, origin=origin, reason=f"bad JSON: {exc.msg} (line {exc.lineno})")
        return
    if isinstance(obj, dict):
        if _pick(obj, "text", colmap)[0] is None and isinstance(obj.get("documents", obj.get("data")), list):
            obj = obj.get("documents", obj.get("data"))
        else:
            obj = [obj]
    if not isinstance(obj, list):
        yield Skipped(id=stem, origin=origin, reason="JSON is neither an object nor a list of objects")
        return
    if not obj:
        yield Skipped(id=stem, origin=origin, reason="empty: no records")
        return
    for k, rec in enumerate(obj, start=1):
        default_id = f"{stem}:{k}"
        rec_origin = f"{origin}#{k}"
        if not isinstance(rec, dict):
            yield Skipped(id=default_id, origin=rec_origin, reason=f"record {k}: not a JSON object")
            continue
        yield record_to_document(rec, default_id=default_id, origin=rec_origin, columns=colmap)


def _raise_csv_field_limit() -> None:
    # csv's field size limit is process-wide; raising it is idempotent and
    # only ever widens what can be read (news texts exceed the 128 KiB default).
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)


def _read_csv(path: Path, colmap: dict[str, str], delimiter: str) -> Iterator[Document | Skipped]:
    origin = str(path)
    stem = path.stem
    _raise_csv_field_limit()
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        if not head.strip():
            yield Skipped(id=stem, origin=origin, reason="empty file")
            return
        reason = looks_binary(head)
        if reason:
            yield Skipped(id=stem, origin=origin, reason=reason)
            return
        try:
            head.decode("utf-8")
            encoding = "utf-8-sig"
        except UnicodeDecodeError as exc:
            # a multi-byte character cut at the end of the sample is still UTF-8
            if exc.start >= len(head) - 4:
                encoding = "utf-8-sig"
            else:
                _, encoding = decode_bytes(head)
                if encoding.startswith("utf-8"):
                    encoding = "utf-8-sig"
        fh.seek(0)
        stream = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline="")
        reader = csv.reader(stream, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            yield Skipped(id=stem, origin=origin, reason="empty file")
            return
        except csv.Error as exc:
            yield Skipped(id=stem, origin=origin, reason=f"bad CSV header: {exc}")
            return
        header = [h.strip() for h in header]
        rowno = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                rowno += 1
                yield Skipped(id=f"{stem}:{rowno}", origin=f"{origin}:{reader.line_num}", reason=f"bad CSV row {rowno}: {exc}")
                continue
            rowno += 1
            if not any(cell.strip() for cell in row):
                continue
            line_origin = f"{origin}:{reader.line_num}"
            default_id = f"{stem}:{rowno}"
            if len(row) > len(header):
                yield Skipped(
                    id=default_id,
                    origin=line_origin,
                    reason=f"bad CSV row {rowno}: {len(row)} fields, header has {len(header)}",
                )
                continue
            record = dict(zip(header, row))
            yield record_to_document(record, default_id=default_id, origin=line_origin, columns=colmap)


# --------------------------------------------------------------------------- HTML


def html_to_document(html: str, doc_id: str, origin: str) -> Document | Skipped:
    """Main text and metadata of an HTML page (trafilatura), or a Skipped."""
    import trafilatura

    result = None
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            favor_recall=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception:  # trafilatura/lxml on hostile input
        result = None
    data = result.as_dict() if result is not None and hasattr(result, "as_dict") else (result or {})
    text = (data.get("text") or "").strip()
    title = _clean_str(data.get("title"))
    if not text:
        text = _paragraph_fallback(html)
    if not text:
        return Skipped(id=doc_id, origin=origin, reason="html: no body text")
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title and rest.strip():
            text = rest.lstrip("\n")
    doc = Document(
        id=doc_id,
        text=text,
        url=_clean_str(data.get("url")),
        source=_clean_str(data.get("sitename")) or _clean_str(data.get("hostname")),
        title=title,
        origin=origin,
    )
    return _fill_date(doc, data.get("date"))


def _paragraph_fallback(html: str) -> str:
    """Text of the <p> elements, for pages too short for trafilatura's thresholds."""
    try:
        from lxml import html as lxml_html

        tree = lxml_html.fromstring(html)
    except Exception:
        return ""
    paras = []
    for p in tree.iter("p"):
        t = " ".join(p.text_content().split())
        if t:
            paras.append(t)
    return "\n".join(paras)


def _read_html_file(path: Path, doc_id: str) -> Iterator[Document | Skipped]:
    text, enc = _decoded_file(path, doc_id, blank_is_empty=True)
    yield enc if text is None else html_to_document(text, doc_id, str(path))


# --------------------------------------------------------------------------- stdin


def _stdin_lines(stream: IO[Any]) -> Iterator[bytes | str]:
    binary = getattr(stream, "buffer", None)
    if binary is not None:
        stream = binary
    yield from stream


def _read_stdin(stdin: IO[Any] | None, colmap: dict[str, str]) -> Iterator[Document | Skipped]:
    stream = stdin if stdin is not None else sys.stdin
    origin = "<stdin>"
    lines = iter(_stdin_lines(stream))
    buffered: list[bytes | str] = []
    first = None
    for raw in lines:
        buffered.append(raw)
        if (raw.strip() if isinstance(raw, (bytes, str)) else raw):
            first = raw
            break
    if first is None:
        yield Skipped(id="stdin", origin=origin, reason="empty: no input on stdin")
        return
    head = first.lstrip() if isinstance(first, str) else first.lstrip().decode("utf-8", "replace")

    def all_lines() -> Iterator[bytes | str]:
        yield from buffered
        yield from lines

    if head.startswith("{"):
        yield from _jsonl_lines(all_lines(), "stdin", origin, colmap)
        return
    chunks = list(all_lines())
    if chunks and isinstance(chunks[0], bytes):
        text, enc = decode_bytes(b"".join(chunks))  # type: ignore[arg-type]
        if text is None:
            yield Skipped(id="stdin", origin=origin, reason=enc)
            return
    else:
        text, enc = "".join(chunks), "utf-8"  # type: ignore[arg-type]
    if head.lower().startswith(("<!doctype", "<html", "<")) and "<" in text and ">" in text:
        yield html_to_document(text, "stdin", origin)
    else:
        yield _text_document(text, "stdin", origin, enc)
