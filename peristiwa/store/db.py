"""The embedded event store: one DuckDB file, no server.

    with Store.open("events.duckdb") as store:
        store.write_batch(results)      # one transaction: all of a batch or nothing
        store.rebuild_events()          # merge mentions into canonical events

Writes happen in one transaction per batch of documents, so a process killed at
any moment leaves only whole documents behind; :meth:`known_hashes` lets a rerun
skip what is already stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from peristiwa.ontology import MUTUAL_CODE_PREFIXES
from peristiwa.records import Document, EventRecord, Skipped
from peristiwa.store.schema import (
    DDL,
    DOCUMENT_COLUMNS,
    MENTION_COLUMNS,
    SCHEMA_VERSION,
    SKIPPED_COLUMNS,
    column_names,
)

DEFAULT_DB = "peristiwa.duckdb"

_ARROW_TYPES = {
    "VARCHAR": pa.string(),
    "INTEGER": pa.int32(),
    "TINYINT": pa.int8(),
    "DOUBLE": pa.float64(),
    "BOOLEAN": pa.bool_(),
    "DATE": pa.date32(),
    "TIMESTAMP": pa.timestamp("us"),
}


def arrow_schema(columns: list[tuple[str, str]]) -> pa.Schema:
    return pa.schema([(c, _ARROW_TYPES[t]) for c, t in columns])


MENTION_SCHEMA = arrow_schema(MENTION_COLUMNS)
DOCUMENT_SCHEMA = arrow_schema(DOCUMENT_COLUMNS)
SKIPPED_SCHEMA = arrow_schema(SKIPPED_COLUMNS)


class StoreError(Exception):
    """The store cannot be opened or used (locked, not a peristiwa store, newer schema)."""


def text_hash(text: str) -> str:
    """Content hash of a document: its text, whitespace-normalised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:32]


def skip_key(item: Skipped, doc_hash: str | None) -> str:
    basis = doc_hash or f"{item.origin}|{item.id}|{item.stage}|{item.reason}"
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def utc_now() -> dt.datetime:
    """Timestamps in the store are UTC (stored without a time zone)."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def split_actor(code: str | None) -> tuple[str | None, str | None]:
    """'USAGOV' -> ('USA', 'GOV'); 'UNO' -> ('UNO', None); None -> (None, None)."""
    if not code:
        return None, None
    return code[:3], (code[3:] or None)


def is_mutual(code: str) -> bool:
    return code.startswith(MUTUAL_CODE_PREFIXES)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        if len(value) == 7:  # yyyy-mm
            return dt.date.fromisoformat(value + "-01")
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def norm_outlet(outlet: str | None) -> str | None:
    if not outlet:
        return None
    o = outlet.strip().lower()
    for prefix in ("https://", "http://", "www.", "m.", "amp."):
        if o.startswith(prefix):
            o = o[len(prefix) :]
    return o.rstrip("/") or None


def outlet_of(doc: Document, events: Sequence[EventRecord] = ()) -> str | None:
    """The outlet of a document: its source field, else its URL's host, else its dateline."""
    if doc.source:
        return norm_outlet(doc.source)
    if doc.url:
        from urllib.parse import urlparse

        host = urlparse(doc.url).netloc
        if host:
            return norm_outlet(host)
    for e in events:
        if e.outlet:
            return norm_outlet(e.outlet)
    return None


def sentence_start(text: str, e: EventRecord) -> int | None:
    """Document offset of the event's sentence (the occurrence that holds the trigger)."""
    if not e.sentence:
        return None
    # the last occurrence starting at or before the trigger (a headline may repeat)
    pos = text.rfind(e.sentence, 0, e.start + len(e.sentence))
    if pos >= 0 and pos <= e.start and pos + len(e.sentence) >= e.end:
        return pos
    pos = text.find(e.sentence)
    return pos if pos >= 0 else None


def mention_row(
    e: EventRecord, doc_hash: str, doc_date: str | None, outlet: str | None, text: str = ""
) -> dict[str, Any]:
    src, tgt, rep, loc = e.source, e.target, e.reported_by, e.location
    sc, ss = split_actor(src.code if src else None)
    tc, ts = split_actor(tgt.code if tgt else None)
    plover = e.plover or {}
    return {
        "mention_id": hashlib.blake2b(f"{doc_hash}|{e.event_id}".encode(), digest_size=8).hexdigest(),
        "event_id": e.event_id,
        "doc_hash": doc_hash,
        "doc_id": e.doc_id,
        "sentence_index": e.sentence_index,
        "sentence": e.sentence,
        "sentence_start": sentence_start(text, e),
        "start": e.start,
        "end": e.end,
        "trigger": e.trigger,
        "code": e.code,
        "base_code": e.code[:3],
        "root_code": e.root_code,
        "label": e.label,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "plover_event": plover.get("event"),
        "plover_mode": plover.get("mode"),
        "source_code": src.code if src else None,
        "source_text": src.text if src else None,
        "source_start": src.start if src else None,
        "source_end": src.end if src else None,
        "source_country": sc,
        "source_sector": ss,
        "target_code": tgt.code if tgt else None,
        "target_text": tgt.text if tgt else None,
        "target_start": tgt.start if tgt else None,
        "target_end": tgt.end if tgt else None,
        "target_country": tc,
        "target_sector": ts,
        "negated": bool(e.negated),
        "reported_by_code": rep.code if rep else None,
        "reported_by_text": rep.text if rep else None,
        "date": _date(e.date) or _date(doc_date),
        "date_text": e.date_text,
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "rule": e.rule,
        "url": e.url,
        "outlet": outlet,
        "doc_date": _date(doc_date),
        "mutual": is_mutual(e.code),
    }


@dataclass(slots=True)
class CodedDocument:
    """What a coding worker returns for one stored document (plain data, picklable)."""

    doc_hash: str
    document: dict[str, Any]
    mentions: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class SkippedDocument:
    skip_key: str
    doc_hash: str | None
    row: dict[str, Any]


def coded_document(doc: Document, events: Sequence[EventRecord], n_sentences: int, doc_hash: str | None = None) -> CodedDocument:
    h = doc_hash or text_hash(doc.text)
    outlet = outlet_of(doc, events)
    now = utc_now()
    document = {
        "doc_hash": h,
        "doc_id": doc.id,
        "origin": doc.origin,
        "url": doc.url,
        "outlet": outlet,
        "title": doc.title,
        "date": _date(doc.date),
        "n_chars": len(doc.text),
        "n_sentences": n_sentences,
        "n_events": len(events),
        "ingested_at": now,
    }
    return CodedDocument(h, document, [mention_row(e, h, doc.date, outlet, doc.text) for e in events])


def skipped_document(item: Skipped, doc_hash: str | None = None) -> SkippedDocument:
    key = skip_key(item, doc_hash)
    row = {
        "skip_key": key,
        "doc_id": item.id,
        "origin": item.origin,
        "stage": item.stage,
        "reason": item.reason,
        "ingested_at": utc_now(),
    }
    return SkippedDocument(key, doc_hash, row)


def _arrow(rows: list[dict[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


class Store:
    """A peristiwa DuckDB store. Not shared between threads; open one per process."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool):
        self.con = con
        self.path = path
        self.read_only = read_only

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, read_only: bool = False) -> "Store":
        path = str(path)
        if read_only and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"no store at {path} (create one with `peristiwa ingest`)")
        try:
            con = duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            raise StoreError(f"cannot open {path}: {exc}") from exc
        except duckdb.Error as exc:
            raise StoreError(f"{path} is not a DuckDB store: {exc}") from exc
        con.execute("SET enable_progress_bar = false")
        store = cls(con, path, read_only)
        store._check_schema()
        return store

    def _check_schema(self) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "meta" in tables:
            found = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
            row = found[0] if found else None
            version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path} was written by a newer peristiwa (schema {version})")
        elif tables:
            raise StoreError(f"{self.path} is a DuckDB file but not a peristiwa store")
        if self.read_only:
            if "meta" not in tables:
                raise StoreError(f"{self.path} is empty, not a peristiwa store")
            return
        for stmt in DDL:
            self.con.execute(stmt)
        for column in ("canonical_id", "action_key"):  # stores made before these columns
            self.con.execute(f"ALTER TABLE mentions ADD COLUMN IF NOT EXISTS {column} VARCHAR")
        self.con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
        )

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """Which of these document hashes are already stored (coded or skipped)."""
        hashes = list(set(hashes))
        if not hashes:
            return set()
        keys = pa.table({"h": pa.array(hashes, pa.string())})
        self.con.register("_probe", keys)
        try:
            rows = self.con.execute(
                "SELECT doc_hash FROM documents WHERE doc_hash IN (SELECT h FROM _probe) "
                "UNION SELECT skip_key FROM skipped WHERE skip_key IN (SELECT h FROM _probe)"
            ).fetchall()
        finally:
            self.con.unregister("_probe")
        return {r[0] for r in rows}

    def write_batch(self, items: Sequence[CodedDocument | SkippedDocument]) -> tuple[int, int, int]:
        """Store a batch in one transaction; returns (documents, events, skipped) written.

        Documents whose hash is already stored are left out, so a batch that
        repeats a stored document (a rerun, or the same text twice) stores it once.
        """
        coded = [i for i in items if isinstance(i, CodedDocument)]
        skipped = [i for i in items if isinstance(i, SkippedDocument)]
        present = self.known_hashes([c.doc_hash for c in coded] + [s.skip_key for s in skipped])
        docs, mentions, skips, seen = [], [], [], set(present)
        for c in coded:
            if c.doc_hash in seen:
                continue
            seen.add(c.doc_hash)
            docs.append(c.document)
            mentions.extend(c.mentions)
        for s in skipped:
            if s.skip_key in seen:
                continue
            seen.add(s.skip_key)
            skips.append(s.row)
        self.con.execute("BEGIN TRANSACTION")
        try:
            if docs:
                self._insert("documents", _arrow(docs, DOCUMENT_SCHEMA))
            if mentions:
                self._insert("mentions", _arrow(mentions, MENTION_SCHEMA))
            if skips:
                self._insert("skipped", _arrow(skips, SKIPPED_SCHEMA))
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        return len(docs), len(mentions), len(skips)

    def _insert(self, table: str, data: pa.Table) -> None:
        self.con.register("_batch", data)
        try:
            cols = ", ".join(f'"{c}"' for c in data.column_names)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _batch")
        finally:
            self.con.unregister("_batch")

    def insert_mentions(self, data: pa.Table) -> None:
        """Bulk-load mention rows (an Arrow table with the mention columns), e.g. generated data."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert("mentions", data)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def rebuild_events(self) -> int:
        from peristiwa.store.dedup import rebuild_events

        return rebuild_events(self.con)

    # -- reading ---------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "skipped", "mentions", "events"):
            out[table] = self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        return out

    def skipped(self, limit: int | None = None) -> list[dict[str, Any]]:
        sql = "SELECT doc_id, origin, stage, reason FROM skipped ORDER BY ingested_at, origin"
        if limit:
            sql += f" LIMIT {int(limit)}"
        cur = self.con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]


__all__ = [
    "Store",
    "StoreError",
    "CodedDocument",
    "SkippedDocument",
    "coded_document",
    "skipped_document",
    "text_hash",
    "mention_row",
    "column_names",
    "DEFAULT_DB",
]
