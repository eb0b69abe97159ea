"""Reading a store: filtered events, one event with its mentions and claims ledger,
actors, dyads and statistics.  Every value reaches SQL as a parameter.

The same :class:`Filters` serve the ``query`` and ``stats`` commands and the HTTP API.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, fields
from typing import Any

from peristiwa.store.db import Store

_CODE_RE = re.compile(r"^[A-Za-z0-9\-]{1,12}$")


class FilterError(ValueError):
    """A filter value that cannot be used (bad date, bad code, ...)."""


def _as_date(value: Any, name: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    s = str(value)
    try:
        if re.fullmatch(r"\d{4}", s):
            return dt.date(int(s), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            return dt.date.fromisoformat(s + "-01")
        return dt.date.fromisoformat(s)
    except ValueError as exc:
        raise FilterError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from exc


def _codes(values: list[str] | None, name: str) -> list[str]:
    out = []
    for v in values or []:
        for part in str(v).split(","):
            part = part.strip().upper()
            if not part:
                continue
            if not _CODE_RE.match(part):
                raise FilterError(f"{name}: not a code: {part!r}")
            out.append(part)
    return out


@dataclass(slots=True)
class Filters:
    """Event filters. Code filters are prefixes: 'USA' matches USAGOV and USAMIL."""

    actor: list[str] = field(default_factory=list)  # source or target
    country: list[str] = field(default_factory=list)  # country part of source or target
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    dyad: list[str] = field(default_factory=list)  # "SRC:TGT" (either order for mutual events)
    code: list[str] = field(default_factory=list)  # CAMEO code prefixes
    root: list[str] = field(default_factory=list)
    quad_class: list[int] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    outlet: list[str] = field(default_factory=list)
    negated: bool | None = None
    text: str | None = None  # substring of a reporting sentence (case-insensitive)

    @classmethod
    def make(cls, **kw: Any) -> "Filters":
        """Build and validate filters from loose values (CLI options, query parameters)."""
        f = cls()
        f.actor = _codes(kw.get("actor"), "actor")
        f.country = _codes(kw.get("country"), "country")
        f.source = _codes(kw.get("source"), "source")
        f.target = _codes(kw.get("target"), "target")
        dyads = []
        for d in kw.get("dyad") or []:
            a, sep, b = str(d).partition(":")  # not "-": it is part of codes such as ---GOV
            if not sep:
                raise FilterError(f"dyad: expected SOURCE:TARGET, got {d!r}")
            dyads.append(f"{_codes([a], 'dyad')[0] if a.strip() else ''}:{_codes([b], 'dyad')[0] if b.strip() else ''}")
        f.dyad = dyads
        f.code = _codes(kw.get("code"), "code")
        roots = []
        for r in _codes(kw.get("root"), "root"):
            if not re.fullmatch(r"\d{1,2}", r):
                raise FilterError(f"root: expected 01..20, got {r!r}")
            roots.append(r.zfill(2))
        f.root = roots
        quads = []
        for q in kw.get("quad_class") or []:
            for part in str(q).split(","):
                if part.strip():
                    if part.strip() not in {"1", "2", "3", "4"}:
                        raise FilterError(f"quad_class: expected 1..4, got {part!r}")
                    quads.append(int(part))
        f.quad_class = quads
        f.date_from = _as_date(kw.get("date_from"), "date_from")
        f.date_to = _as_date(kw.get("date_to"), "date_to")
        if f.date_from and f.date_to and f.date_from > f.date_to:
            raise FilterError("date_from is after date_to")
        f.outlet = [o.strip().lower() for v in kw.get("outlet") or [] for o in str(v).split(",") if o.strip()]
        f.negated = kw.get("negated")
        text = kw.get("text")
        f.text = str(text) if text else None
        return f

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def where(self, level: str = "events") -> tuple[str, list[Any]]:
        """SQL condition and parameters, over ``events`` (canonical) or ``mentions``."""
        conds: list[str] = []
        params: list[Any] = []

        def prefixes(column: str, values: list[str]) -> str:
            parts = []
            for v in values:
                parts.append(f"starts_with({column}, ?)")
                params.append(v)
            return "(" + " OR ".join(parts) + ")"

        for a in self.actor:
            conds.append("(starts_with(source_code, ?) OR starts_with(target_code, ?))")
            params += [a, a]
        if self.country:
            marks = ", ".join("?" for _ in self.country)
            conds.append(f"(source_country IN ({marks}) OR target_country IN ({marks}))")
            params += self.country + self.country
        if self.source:
            conds.append(prefixes("source_code", self.source))
        if self.target:
            conds.append(prefixes("target_code", self.target))
        if self.dyad:
            parts = []
            for d in self.dyad:
                a, b = d.split(":")
                parts.append(
                    "((coalesce(source_code, '') LIKE ? AND coalesce(target_code, '') LIKE ?)"
                    " OR (mutual AND coalesce(source_code, '') LIKE ? AND coalesce(target_code, '') LIKE ?))"
                )
                params += [a + "%", b + "%", b + "%", a + "%"]
            conds.append("(" + " OR ".join(parts) + ")")
        if self.code:
            conds.append(prefixes("code", self.code))
        if self.root:
            conds.append(f"root_code IN ({', '.join('?' for _ in self.root)})")
            params += self.root
        if self.quad_class:
            conds.append(f"quad_class IN ({', '.join('?' for _ in self.quad_class)})")
            params += self.quad_class
        if self.date_from:
            conds.append("date >= ?")
            params.append(self.date_from)
        if self.date_to:
            conds.append("date <= ?")
            params.append(self.date_to)
        if self.negated is not None:
            conds.append("negated = ?")
            params.append(bool(self.negated))
        mention_conds, mention_params = [], []
        if self.outlet:
            mention_conds.append(f"outlet IN ({', '.join('?' for _ in self.outlet)})")
            mention_params += self.outlet
        if self.text:
            like = "%" + self.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            mention_conds.append("(sentence ILIKE ? ESCAPE '\\' OR trigger ILIKE ? ESCAPE '\\')")
            mention_params += [like, like]
        if mention_conds:
            if level == "mentions":
                conds += mention_conds
                params += mention_params
            else:
                conds.append(
                    "event_id IN (SELECT canonical_id FROM mentions WHERE "
                    + " AND ".join(mention_conds)
                    + ")"
                )
                params += mention_params
        return (" AND ".join(conds) or "TRUE"), params


EVENT_FIELDS = [
    "event_id", "code", "root_code", "label", "quad_class", "goldstein", "plover_event", "plover_mode",
    "source_code", "source_name", "target_code", "target_name", "negated", "mutual", "date", "last_date",
    "location_name", "location_country", "lat", "lon", "num_mentions", "num_sources", "num_articles",
    "sentence", "trigger", "first_doc_id", "first_url", "reported",
]  # fmt: skip

MENTION_FIELDS = [
    "mention_id", "event_id", "doc_id", "sentence_index", "sentence", "sentence_start", "start", "end", "trigger", "code",
    "root_code", "label", "quad_class", "goldstein", "plover_event", "plover_mode", "source_code",
    "source_text", "source_start", "source_end", "target_code", "target_text", "target_start", "target_end",
    "negated", "reported_by_code", "reported_by_text", "date", "date_text", "location_name",
    "location_country", "lat", "lon", "rule", "url", "outlet", "doc_date",
]  # fmt: skip

_ORDER = {
    "date": "date DESC NULLS LAST, event_id",
    "date_asc": "date ASC NULLS LAST, event_id",
    "mentions": "num_mentions DESC, date DESC NULLS LAST, event_id",
    "goldstein": "goldstein ASC, date DESC NULLS LAST, event_id",
}


def _rows(cur) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _quoted(names: list[str], prefix: str = "") -> str:
    return ", ".join(f'{prefix}"{n}"' for n in names)


def query_events(
    store: Store, filters: Filters | None = None, limit: int = 100, offset: int = 0, order: str = "date"
) -> tuple[int, list[dict[str, Any]]]:
    """Canonical events matching ``filters``: (total matching, one page of rows)."""
    f = filters or Filters()
    where, params = f.where("events")
    if order not in _ORDER:
        raise FilterError(f"order: one of {', '.join(_ORDER)}")
    total = store.con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchall()[0][0]
    cur = store.con.execute(
        f"SELECT {_quoted(EVENT_FIELDS)} FROM events WHERE {where} ORDER BY {_ORDER[order]} LIMIT ? OFFSET ?",
        params + [int(limit), int(offset)],
    )
    return total, _rows(cur)


def query_mentions(
    store: Store, filters: Filters | None = None, limit: int = 100, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """Event mentions (one per coded sentence event) matching ``filters``."""
    f = filters or Filters()
    where, params = f.where("mentions")
    base = f"FROM mentions x WHERE {where}"
    total = store.con.execute(f"SELECT count(*) {base}", params).fetchall()[0][0]
    cols = ", ".join("x.canonical_id AS event_id" if n == "event_id" else f'x."{n}"' for n in MENTION_FIELDS)
    cur = store.con.execute(
        f"SELECT {cols} {base} ORDER BY x.date DESC NULLS LAST, x.doc_id, x.sentence_index, x.start LIMIT ? OFFSET ?",
        params + [int(limit), int(offset)],
    )
    return total, _rows(cur)


def ledger(store: Store, action_key: str) -> dict[str, Any]:
    """The claims ledger of an action: who asserts it happened, who denies it, who reports second-hand.

    A mention's claimant is its ``reported_by`` actor, or else the outlet itself
    (the narrator). A negated mention denies; a ``016`` denial stated in the same
    sentence as a negated mention adds its speaker as a denier.
    """
    cur = store.con.execute(
        """
        SELECT x.canonical_id AS event_id, x.mention_id, x.doc_id, x.sentence_index, x.sentence, x.outlet, x.url,
               x.date, x.negated, x.reported_by_code, x.reported_by_text, x.doc_hash
        FROM mentions x
        WHERE x.action_key = ?
        ORDER BY x.date NULLS LAST, x.doc_id, x.sentence_index
        """,
        [action_key],
    )
    mentions = _rows(cur)
    claims: list[dict[str, Any]] = []
    for m in mentions:
        second_hand = m["reported_by_code"] is not None
        claims.append(
            {
                "stance": "denies" if m["negated"] else "asserts",
                "claimant_code": m["reported_by_code"],
                "claimant": m["reported_by_text"] if second_hand else (m["outlet"] or m["doc_id"]),
                "claimant_kind": "actor" if second_hand else "outlet",
                "second_hand": second_hand,
                "reported_in": m["outlet"],
                "event_id": m["event_id"],
                "mention_id": m["mention_id"],
                "doc_id": m["doc_id"],
                "sentence_index": m["sentence_index"],
                "sentence": m["sentence"],
                "url": m["url"],
                "date": m["date"],
            }
        )
    negated = [(m["doc_hash"], m["sentence_index"]) for m in mentions if m["negated"]]
    if negated:
        pairs = {(h, s) for h, s in negated}
        denials = _rows(
            store.con.execute(
                """
                SELECT x.doc_hash, x.sentence_index, x.source_code, x.source_text, x.outlet, x.doc_id, x.sentence,
                       x.url, x.date, x.mention_id, x.canonical_id AS event_id
                FROM mentions x
                WHERE x.code LIKE '016%' AND x.doc_hash IN (SELECT unnest(?))
                """,
                [sorted({h for h, _ in pairs})],
            )
        )
        have = {(c["doc_id"], c["sentence_index"], c["claimant_code"]) for c in claims if c["stance"] == "denies"}
        for d in denials:
            if (d["doc_hash"], d["sentence_index"]) not in pairs or not d["source_code"]:
                continue
            if (d["doc_id"], d["sentence_index"], d["source_code"]) in have:
                continue
            claims.append(
                {
                    "stance": "denies",
                    "claimant_code": d["source_code"],
                    "claimant": d["source_text"],
                    "claimant_kind": "actor",
                    "second_hand": True,
                    "reported_in": d["outlet"],
                    "event_id": d["event_id"],
                    "mention_id": d["mention_id"],
                    "doc_id": d["doc_id"],
                    "sentence_index": d["sentence_index"],
                    "sentence": d["sentence"],
                    "url": d["url"],
                    "date": d["date"],
                }
            )

    def names(stance: str | None = None, second: bool | None = None) -> list[str]:
        out: list[str] = []
        for c in claims:
            if stance and c["stance"] != stance:
                continue
            if second is not None and c["second_hand"] != second:
                continue
            name = c["claimant_code"] or c["claimant"]
            if name and name not in out:
                out.append(name)
        return out

    reporters: list[str] = []
    for c in claims:
        if c["second_hand"] and c["reported_in"] and c["reported_in"] not in reporters:
            reporters.append(c["reported_in"])
    return {
        "asserted_by": names("asserts"),
        "denied_by": names("denies"),
        "reported_second_hand_by": reporters,
        "claims": claims,
    }


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One canonical event with its mentions and its claims ledger (None if unknown)."""
    cur = store.con.execute(f"SELECT {_quoted(EVENT_FIELDS)}, action_key FROM events WHERE event_id = ?", [event_id])
    rows = _rows(cur)
    if not rows:
        return None
    event = rows[0]
    cols = ", ".join("x.canonical_id AS event_id" if n == "event_id" else f'x."{n}"' for n in MENTION_FIELDS)
    event["mentions"] = _rows(
        store.con.execute(
            f"SELECT {cols} FROM mentions x WHERE x.canonical_id = ? "
            "ORDER BY x.date NULLS LAST, x.doc_id, x.sentence_index, x.start",
            [event_id],
        )
    )
    event["ledger"] = ledger(store, event.pop("action_key"))
    event["related_events"] = sorted({c["event_id"] for c in event["ledger"]["claims"]} - {event_id})
    return event


def actors(store: Store, filters: Filters | None = None, limit: int = 100) -> list[dict[str, Any]]:
    """Actor codes with how often they act (source) and are acted upon (target)."""
    where, params = (filters or Filters()).where("events")
    cur = store.con.execute(
        f"""
        WITH e AS (SELECT * FROM events WHERE {where}),
        sides AS (
            SELECT source_code AS code, source_name AS name, 1 AS as_source, 0 AS as_target, goldstein FROM e WHERE source_code IS NOT NULL
            UNION ALL
            SELECT target_code, target_name, 0, 1, goldstein FROM e WHERE target_code IS NOT NULL
        )
        SELECT code, substr(code, 1, 3) AS country, mode(name) AS name, count(*) AS events,
               sum(as_source)::INTEGER AS as_source, sum(as_target)::INTEGER AS as_target,
               round(avg(goldstein), 3) AS mean_goldstein
        FROM sides GROUP BY code ORDER BY events DESC, code LIMIT ?
        """,
        params + [int(limit)],
    )
    return _rows(cur)


def dyads(store: Store, filters: Filters | None = None, limit: int = 100, level: str = "actor") -> list[dict[str, Any]]:
    """Source -> target pairs with event counts and mean Goldstein (``level`` actor or country)."""
    where, params = (filters or Filters()).where("events")
    src, tgt = ("source_code", "target_code") if level == "actor" else ("source_country", "target_country")
    if level not in ("actor", "country"):
        raise FilterError("level: actor or country")
    cur = store.con.execute(
        f"""
        SELECT {src} AS source, {tgt} AS target, count(*) AS events,
               round(avg(goldstein), 3) AS mean_goldstein,
               count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict
        FROM events WHERE {where} AND {src} IS NOT NULL AND {tgt} IS NOT NULL
        GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?
        """,
        params + [int(limit)],
    )
    return _rows(cur)


def stats(store: Store, filters: Filters | None = None, top: int = 10, interval: str = "month") -> dict[str, Any]:
    """Counts per root and QuadClass over time, top dyads, and mean Goldstein per dyad per period."""
    if interval not in ("day", "week", "month", "year"):
        raise FilterError("interval: day, week, month or year")
    where, params = (filters or Filters()).where("events")
    period = f"strftime(date_trunc('{interval}', date), '%Y-%m-%d')"
    con = store.con
    totals = _rows(
        con.execute(
            f"SELECT count(*) AS events, coalesce(sum(num_mentions), 0)::BIGINT AS mentions, round(avg(goldstein), 3) AS mean_goldstein, "
            f"min(date) AS first_date, max(date) AS last_date FROM events WHERE {where}",
            params,
        )
    )[0]
    by_root = _rows(
        con.execute(
            f"SELECT {period} AS period, root_code, count(*) AS events FROM events WHERE {where} AND date IS NOT NULL "
            "GROUP BY ALL ORDER BY period, root_code",
            params,
        )
    )
    by_quad = _rows(
        con.execute(
            f"SELECT {period} AS period, quad_class, count(*) AS events, round(avg(goldstein), 3) AS mean_goldstein "
            f"FROM events WHERE {where} AND date IS NOT NULL GROUP BY ALL ORDER BY period, quad_class",
            params,
        )
    )
    roots = _rows(
        con.execute(
            f"SELECT root_code, any_value(quad_class) AS quad_class, count(*) AS events FROM events WHERE {where} "
            "GROUP BY root_code ORDER BY root_code",
            params,
        )
    )
    top_dyads = dyads(store, filters, limit=top)
    per_dyad: list[dict[str, Any]] = []
    if top_dyads:
        pairs = [(d["source"], d["target"]) for d in top_dyads]
        cond = " OR ".join("(source_code = ? AND target_code = ?)" for _ in pairs)
        per_dyad = _rows(
            con.execute(
                f"SELECT source_code AS source, target_code AS target, {period} AS period, count(*) AS events, "
                f"round(avg(goldstein), 3) AS mean_goldstein FROM events WHERE {where} AND date IS NOT NULL AND ({cond}) "
                "GROUP BY ALL ORDER BY source, target, period",
                params + [x for p in pairs for x in p],
            )
        )
    return {
        "interval": interval,
        "totals": totals,
        "by_root": roots,
        "timeline_root": by_root,
        "timeline_quad_class": by_quad,
        "top_dyads": top_dyads,
        "goldstein_by_dyad": per_dyad,
    }
