"""The tables of a peristiwa store (DuckDB).

``documents``   one row per stored input document, keyed by the hash of its text
``skipped``     inputs that were not coded, with the stage and the reason
``mentions``    one row per coded event record (an event as one sentence reports it)
``events``      canonical events: mentions of the same event across documents merged
                (same base code, same actors, dates within a day, same polarity);
                rebuilt by :func:`peristiwa.store.dedup.rebuild_events`

The claims ledger of a canonical event is derived from the mentions of its *action*
(``action_key``: the event without its polarity), see :mod:`peristiwa.store.query`.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

# (name, DuckDB type) of a mention row, in table order.  Ingest builds Arrow
# tables with exactly these columns.
MENTION_COLUMNS: list[tuple[str, str]] = [
    ("mention_id", "VARCHAR"),
    ("event_id", "VARCHAR"),
    ("doc_hash", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("sentence_index", "INTEGER"),
    ("sentence", "VARCHAR"),
    ("sentence_start", "INTEGER"),  # document offset of the sentence (highlighting)
    ("start", "INTEGER"),
    ("end", "INTEGER"),
    ("trigger", "VARCHAR"),
    ("code", "VARCHAR"),
    ("base_code", "VARCHAR"),
    ("root_code", "VARCHAR"),
    ("label", "VARCHAR"),
    ("quad_class", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("plover_event", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("source_code", "VARCHAR"),
    ("source_text", "VARCHAR"),
    ("source_start", "INTEGER"),
    ("source_end", "INTEGER"),
    ("source_country", "VARCHAR"),
    ("source_sector", "VARCHAR"),
    ("target_code", "VARCHAR"),
    ("target_text", "VARCHAR"),
    ("target_start", "INTEGER"),
    ("target_end", "INTEGER"),
    ("target_country", "VARCHAR"),
    ("target_sector", "VARCHAR"),
    ("negated", "BOOLEAN"),
    ("reported_by_code", "VARCHAR"),
    ("reported_by_text", "VARCHAR"),
    ("date", "DATE"),
    ("date_text", "VARCHAR"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("lat", "DOUBLE"),
    ("lon", "DOUBLE"),
    ("rule", "VARCHAR"),
    ("url", "VARCHAR"),
    ("outlet", "VARCHAR"),
    ("doc_date", "DATE"),
    ("mutual", "BOOLEAN"),
    # filled by deduplication (dedup.rebuild_events); NULL until then
    ("canonical_id", "VARCHAR"),
    ("action_key", "VARCHAR"),
]

DOCUMENT_COLUMNS: list[tuple[str, str]] = [
    ("doc_hash", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("url", "VARCHAR"),
    ("outlet", "VARCHAR"),
    ("title", "VARCHAR"),
    ("date", "DATE"),
    ("n_chars", "INTEGER"),
    ("n_sentences", "INTEGER"),
    ("n_events", "INTEGER"),
    ("ingested_at", "TIMESTAMP"),
]

SKIPPED_COLUMNS: list[tuple[str, str]] = [
    ("skip_key", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("origin", "VARCHAR"),
    ("stage", "VARCHAR"),
    ("reason", "VARCHAR"),
    ("ingested_at", "TIMESTAMP"),
]

EVENT_COLUMNS: list[tuple[str, str]] = [
    ("event_id", "VARCHAR"),  # canonical id
    ("action_key", "VARCHAR"),  # the same event regardless of polarity
    ("code", "VARCHAR"),  # the most frequent full code among the mentions
    ("base_code", "VARCHAR"),
    ("root_code", "VARCHAR"),
    ("label", "VARCHAR"),
    ("quad_class", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("plover_event", "VARCHAR"),
    ("plover_mode", "VARCHAR"),
    ("source_code", "VARCHAR"),
    ("source_country", "VARCHAR"),
    ("source_sector", "VARCHAR"),
    ("source_name", "VARCHAR"),
    ("target_code", "VARCHAR"),
    ("target_country", "VARCHAR"),
    ("target_sector", "VARCHAR"),
    ("target_name", "VARCHAR"),
    ("negated", "BOOLEAN"),
    ("mutual", "BOOLEAN"),
    ("date", "DATE"),  # first reported date of the event
    ("last_date", "DATE"),
    ("location_name", "VARCHAR"),
    ("location_country", "VARCHAR"),
    ("lat", "DOUBLE"),
    ("lon", "DOUBLE"),
    ("num_mentions", "INTEGER"),
    ("num_sources", "INTEGER"),  # distinct outlets (a document without one counts as its own)
    ("num_articles", "INTEGER"),
    ("first_doc_id", "VARCHAR"),
    ("first_url", "VARCHAR"),
    ("sentence", "VARCHAR"),  # the sentence of the first mention
    ("trigger", "VARCHAR"),
    ("reported", "BOOLEAN"),  # some mention is attributed (reported_by)
    ("date_added", "TIMESTAMP"),
]


def _table(name: str, columns: list[tuple[str, str]], extra: str = "") -> str:
    cols = ",\n  ".join(f'"{c}" {t}' for c, t in columns)
    return f"CREATE TABLE IF NOT EXISTS {name} (\n  {cols}{extra}\n)"


DDL: list[str] = [
    "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
    _table("documents", DOCUMENT_COLUMNS, ",\n  PRIMARY KEY (doc_hash)"),
    _table("skipped", SKIPPED_COLUMNS, ",\n  PRIMARY KEY (skip_key)"),
    _table("mentions", MENTION_COLUMNS),
    _table("events", EVENT_COLUMNS),
    "CREATE TABLE IF NOT EXISTS mention_events (mention_id VARCHAR, event_id VARCHAR, action_key VARCHAR)",
]


def column_names(columns: list[tuple[str, str]]) -> list[str]:
    return [c for c, _ in columns]
