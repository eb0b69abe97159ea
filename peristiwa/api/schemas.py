"""Request and response shapes of the HTTP API (they document the OpenAPI spec).

Responses are rendered straight from the store's rows and the pipeline's
records (no per-request validation); the test suite checks with schemathesis
that what the server sends conforms to these shapes.  Every object allows
extra fields, so a column added to the store later does not break clients.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

# A date filter as the CLI takes it: YYYY, YYYY-MM or YYYY-MM-DD.
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
# One actor / CAMEO code, or several separated by commas ("USA,CHN").
CODES_PATTERN = r"^ *[A-Za-z0-9-]{0,12} *(, *[A-Za-z0-9-]{0,12} *)*$"
# "SOURCE:TARGET" pairs, comma-separated; an empty side matches any actor.
DYADS_PATTERN = r"^ *[A-Za-z0-9-]{0,12} *: *[A-Za-z0-9-]{0,12} *(, *[A-Za-z0-9-]{0,12} *: *[A-Za-z0-9-]{0,12} *)*$"
ROOTS_PATTERN = r"^ *\d{1,2} *(, *\d{1,2} *)*$"
QUADS_PATTERN = r"^ *[1-4] *(, *[1-4] *)*$"


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


# -- errors ----------------------------------------------------------------------


class ErrorBody(_Open):
    status: int
    message: str
    details: Optional[list[Any]] = None


class ErrorResponse(BaseModel):
    error: ErrorBody


# -- POST /v1/code -----------------------------------------------------------------


class CodeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (plain text).")
    date: Optional[str] = Field(
        None, pattern=r"^\d{4}-\d{2}(-\d{2})?$", description="Publication date, YYYY-MM-DD (or YYYY-MM)."
    )
    url: Optional[str] = Field(None, max_length=2048)
    source: Optional[str] = Field(None, max_length=256, description="Outlet, e.g. kompas.com.")
    id: Optional[str] = Field(None, min_length=1, max_length=256, description="Document id (default: a hash of the text).")

    @field_validator("date")
    @classmethod
    def _valid_date(cls, value: Optional[str]) -> Optional[str]:
        if value is None:
            return None
        try:
            dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
        except ValueError as exc:
            raise ValueError(f"not a calendar date: {value!r}") from exc
        return value


class ActorOut(_Open):
    code: Optional[str] = None
    text: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None


class LocationOut(_Open):
    name: Optional[str] = None
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None


class EventRecordOut(_Open):
    """An event record exactly as CODING-CONVENTIONS.md section 4 (EventRecord.to_dict())."""

    doc_id: str
    event_id: str
    sentence_index: int
    sentence: str
    start: int
    end: int
    trigger: str
    code: str
    root_code: str
    label: Optional[str] = None
    quad_class: int
    goldstein: float
    plover: Optional[dict[str, Optional[str]]] = None
    source: Optional[ActorOut] = None
    target: Optional[ActorOut] = None
    negated: bool
    reported_by: Optional[ActorOut] = None
    date: Optional[str] = None
    date_text: Optional[str] = None
    location: Optional[LocationOut] = None
    rule: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None


class SkippedOut(_Open):
    stage: str
    reason: str


class CodeResponse(_Open):
    doc_id: str
    events: list[EventRecordOut]
    skipped: Optional[SkippedOut] = None


# -- store reads -----------------------------------------------------------------


class EventRow(_Open):
    """A canonical event (mentions of the same event across documents merged)."""

    event_id: str
    code: Optional[str] = None
    root_code: Optional[str] = None
    label: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    plover_event: Optional[str] = None
    plover_mode: Optional[str] = None
    source_code: Optional[str] = None
    source_name: Optional[str] = None
    target_code: Optional[str] = None
    target_name: Optional[str] = None
    negated: Optional[bool] = None
    mutual: Optional[bool] = None
    date: Optional[dt.date] = None
    last_date: Optional[dt.date] = None
    location_name: Optional[str] = None
    location_country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    num_mentions: Optional[int] = None
    num_sources: Optional[int] = None
    num_articles: Optional[int] = None
    sentence: Optional[str] = None
    trigger: Optional[str] = None
    first_doc_id: Optional[str] = None
    first_url: Optional[str] = None
    reported: Optional[bool] = None


class EventPage(_Open):
    total: int
    limit: int
    offset: int
    items: list[EventRow]


class MentionRow(_Open):
    """One sentence's report of the event; offsets are into the document text."""

    mention_id: str
    event_id: str
    doc_id: Optional[str] = None
    sentence_index: Optional[int] = None
    sentence: Optional[str] = None
    sentence_start: Optional[int] = None
    start: Optional[int] = None
    end: Optional[int] = None
    trigger: Optional[str] = None
    code: Optional[str] = None
    root_code: Optional[str] = None
    label: Optional[str] = None
    quad_class: Optional[int] = None
    goldstein: Optional[float] = None
    plover_event: Optional[str] = None
    plover_mode: Optional[str] = None
    source_code: Optional[str] = None
    source_text: Optional[str] = None
    source_start: Optional[int] = None
    source_end: Optional[int] = None
    target_code: Optional[str] = None
    target_text: Optional[str] = None
    target_start: Optional[int] = None
    target_end: Optional[int] = None
    negated: Optional[bool] = None
    reported_by_code: Optional[str] = None
    reported_by_text: Optional[str] = None
    date: Optional[dt.date] = None
    date_text: Optional[str] = None
    location_name: Optional[str] = None
    location_country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    rule: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    doc_date: Optional[dt.date] = None


class Claim(_Open):
    stance: Literal["asserts", "denies"]
    claimant_code: Optional[str] = None
    claimant: Optional[str] = None
    claimant_kind: Literal["actor", "outlet"]
    second_hand: bool
    reported_in: Optional[str] = None
    event_id: Optional[str] = None
    mention_id: Optional[str] = None
    doc_id: Optional[str] = None
    sentence_index: Optional[int] = None
    sentence: Optional[str] = None
    url: Optional[str] = None
    date: Optional[dt.date] = None


class Ledger(_Open):
    asserted_by: list[str]
    denied_by: list[str]
    reported_second_hand_by: list[str]
    claims: list[Claim]


class EventDetail(EventRow):
    mentions: list[MentionRow]
    ledger: Ledger
    related_events: list[str]


class ActorRow(_Open):
    code: str
    country: Optional[str] = None
    name: Optional[str] = None
    events: int
    as_source: int
    as_target: int
    mean_goldstein: Optional[float] = None


class ActorList(_Open):
    items: list[ActorRow]


class DyadRow(_Open):
    source: Optional[str] = None
    target: Optional[str] = None
    events: int
    mean_goldstein: Optional[float] = None
    cooperation: int
    conflict: int


class DyadList(_Open):
    items: list[DyadRow]


class StatsTotals(_Open):
    events: int
    mentions: int
    mean_goldstein: Optional[float] = None
    first_date: Optional[dt.date] = None
    last_date: Optional[dt.date] = None


class RootCount(_Open):
    root_code: Optional[str] = None
    quad_class: Optional[int] = None
    events: int


class RootPeriod(_Open):
    period: str
    root_code: Optional[str] = None
    events: int


class QuadPeriod(_Open):
    period: str
    quad_class: Optional[int] = None
    events: int
    mean_goldstein: Optional[float] = None


class DyadPeriod(_Open):
    source: Optional[str] = None
    target: Optional[str] = None
    period: str
    events: int
    mean_goldstein: Optional[float] = None


class Stats(_Open):
    interval: Literal["day", "week", "month", "year"]
    totals: StatsTotals
    by_root: list[RootCount]
    timeline_root: list[RootPeriod]
    timeline_quad_class: list[QuadPeriod]
    top_dyads: list[DyadRow]
    goldstein_by_dyad: list[DyadPeriod]


class OutletRow(_Open):
    outlet: str
    documents: int
    mentions: int


class OutletList(_Open):
    items: list[OutletRow]


class StoreStatus(_Open):
    path: str
    available: bool
    message: Optional[str] = None


class Health(_Open):
    status: Literal["ok"]
    events: int
    documents: int
    store: StoreStatus
    model_loaded: bool
