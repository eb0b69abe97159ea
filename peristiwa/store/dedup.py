"""One event, many reports: merge mentions into canonical events.

Mentions are the same event when they share the CAMEO base code (three digits),
the source and target actor codes (in either order for mutual actions: meetings,
talks, agreements), the same polarity (``negated``), and dates within a day of the
first report: a cluster starts at its earliest date and takes every mention dated
up to one day later; the next date starts a new cluster.  Mentions without a date
are never merged with others.  Actor codes are coarse (every Indonesian police unit
is ``IDNCOP``), so a cluster whose reports name different places is split by place:
arrests in Medan and in Surabaya on the same day stay two events.

The *action* of an event is the same grouping without the polarity: a report that
US and Russian officials met and a denial that they met are two canonical events
(one negated) of one action, and the claims ledger of either lists both.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pyarrow as pa

_ACTION_KEY_SQL = """
    base_code || '|' ||
    CASE WHEN mutual AND coalesce(target_code, '') < coalesce(source_code, '')
         THEN coalesce(target_code, '') || '|' || coalesce(source_code, '')
         ELSE coalesce(source_code, '') || '|' || coalesce(target_code, '') END
    || CASE WHEN date IS NULL THEN '|' || mention_id ELSE '' END
"""


def _anchors(rows: list[tuple[str, dt.date]]) -> pa.Table:
    """(key, date) sorted by key then date -> the date each one's cluster starts at."""
    keys, dates, anchors = [], [], []
    prev_key, anchor = None, None
    one_day = dt.timedelta(days=1)
    for key, date in rows:
        if key != prev_key or date - anchor > one_day:
            anchor = date
            prev_key = key
        keys.append(key)
        dates.append(date)
        anchors.append(anchor)
    return pa.table(
        {"key": pa.array(keys, pa.string()), "date": pa.array(dates, pa.date32()), "anchor": pa.array(anchors, pa.date32())}
    )


def rebuild_events(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute ``mention_events`` and ``events`` from ``mentions``; returns the number of events."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _keyed AS "
            f"SELECT mention_id, negated, date, lower(location_name) AS place, {_ACTION_KEY_SQL} AS key FROM mentions"
        )
        rows = con.execute("SELECT DISTINCT key, date FROM _keyed WHERE date IS NOT NULL ORDER BY key, date").fetchall()
        con.register("_anchors", _anchors(rows))
        # A cluster whose reports name different places holds different events (arrests in
        # Medan and in Surabaya on one day): it is split by place, and its reports without
        # a place stay together apart from them.  One named place (or none) keeps it whole.
        con.execute(
            """
            CREATE OR REPLACE TABLE mention_events AS
            WITH c AS (
                SELECT k.mention_id, k.negated, k.place,
                       k.key || '|' || coalesce(CAST(a.anchor AS VARCHAR), '') AS ckey
                FROM _keyed k LEFT JOIN _anchors a ON a.key = k.key AND a.date = k.date
            ),
            p AS (SELECT ckey, count(DISTINCT place) AS places FROM c GROUP BY ckey),
            s AS (
                SELECT c.mention_id, c.negated,
                       c.ckey || CASE WHEN p.places > 1 THEN '|@' || coalesce(c.place, '') ELSE '' END AS skey
                FROM c JOIN p USING (ckey)
            )
            SELECT mention_id,
                   substr(md5(skey || '|' || CAST(negated AS VARCHAR)), 1, 16) AS event_id,
                   substr(md5(skey), 1, 16) AS action_key
            FROM s
            """
        )
        con.unregister("_anchors")
        con.execute("DROP TABLE _keyed")
        # the canonical id and action on the mention rows themselves: filters over
        # mentions (outlet, text, an event's mentions, its ledger) need no join
        con.execute(
            """
            CREATE OR REPLACE TABLE mentions AS
            SELECT x.* REPLACE (me.event_id AS canonical_id, me.action_key AS action_key)
            FROM mentions x JOIN mention_events me USING (mention_id)
            ORDER BY x.date, x.doc_id, x.sentence_index, x.start
            """
        )
        con.execute(
            """
            CREATE OR REPLACE TABLE events AS
            WITH m AS (
                SELECT x.* EXCLUDE (event_id), x.canonical_id AS event_id,
                       (x.date, x.doc_date, x.doc_id, x.sentence_index, x.start) AS ord
                FROM mentions x
            )
            SELECT event_id,
                   any_value(action_key) AS action_key,
                   arg_min(code, ord) AS code,
                   arg_min(base_code, ord) AS base_code,
                   arg_min(root_code, ord) AS root_code,
                   arg_min(label, ord) AS label,
                   arg_min(quad_class, ord) AS quad_class,
                   arg_min(goldstein, ord) AS goldstein,
                   arg_min(plover_event, ord) AS plover_event,
                   arg_min(plover_mode, ord) AS plover_mode,
                   arg_min(source_code, ord) AS source_code,
                   arg_min(source_country, ord) AS source_country,
                   arg_min(source_sector, ord) AS source_sector,
                   arg_min(source_text, ord) AS source_name,
                   arg_min(target_code, ord) AS target_code,
                   arg_min(target_country, ord) AS target_country,
                   arg_min(target_sector, ord) AS target_sector,
                   arg_min(target_text, ord) AS target_name,
                   bool_or(negated) AS negated,
                   bool_or(mutual) AS mutual,
                   min(date) AS date,
                   max(date) AS last_date,
                   arg_min(location_name, (location_name IS NULL, ord)) AS location_name,
                   arg_min(location_country, (location_name IS NULL, ord)) AS location_country,
                   arg_min(lat, (location_name IS NULL, ord)) AS lat,
                   arg_min(lon, (location_name IS NULL, ord)) AS lon,
                   count(*)::INTEGER AS num_mentions,
                   count(DISTINCT coalesce(outlet, doc_hash))::INTEGER AS num_sources,
                   count(DISTINCT doc_hash)::INTEGER AS num_articles,
                   arg_min(doc_id, ord) AS first_doc_id,
                   arg_min(url, ord) AS first_url,
                   arg_min(sentence, ord) AS sentence,
                   arg_min(trigger, ord) AS trigger,
                   bool_or(reported_by_code IS NOT NULL) AS reported,
                   (now() AT TIME ZONE 'UTC')::TIMESTAMP AS date_added
            FROM m GROUP BY event_id
            ORDER BY date, event_id  -- sorted by date: date ranges skip whole row groups
            """
        )
        n = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return n

