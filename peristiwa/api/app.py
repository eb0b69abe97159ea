"""The HTTP API and the dashboard's server: ``create_app(db_path)`` -> a FastAPI app.

    uvicorn.run(create_app("events.duckdb"), host="127.0.0.1", port=8000)   # or `peristiwa serve`

Endpoints (JSON; errors are ``{"error": {"status", "message"}}``):

    POST /v1/code               an article in, its event records out (nothing is stored)
    GET  /v1/events             canonical events, filtered and paginated
    GET  /v1/events/{event_id}  one event, its mentions and its claims ledger
    GET  /v1/actors, /v1/dyads, /v1/stats, /v1/outlets, /v1/health
    GET  /docs, /openapi.json   OpenAPI documentation (swagger-ui shipped in the package)
    GET  /, /static/...         the dashboard (peristiwa/api/static/)

Without a store (no file, or a file that is not a peristiwa store) ``/v1/code`` and
``/v1/health`` still answer; the store endpoints answer 503 with the reason.  The
server holds a read-only connection to the store: `peristiwa ingest` into the same
file needs the server stopped (DuckDB allows one writing process).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
from contextlib import asynccontextmanager
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal, Optional

from fastapi import Depends, FastAPI, Path as PathParam, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from starlette.responses import JSONResponse as StarletteJSONResponse
from pydantic import StringConstraints
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from peristiwa import __version__
from peristiwa.api import schemas as S
from peristiwa.api.resources import CodingService, StoreProvider, Unavailable
from peristiwa.records import Document, Skipped
from peristiwa.store.db import DEFAULT_DB
from peristiwa.store.query import FilterError, Filters, actors, dyads, get_event, query_events, stats

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"
SWAGGER_DIR = HERE / "vendor" / "swagger-ui"
MAX_BODY_BYTES = 1_000_000


# -- JSON -----------------------------------------------------------------------------


def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


class JSONResponse(StarletteJSONResponse):
    """JSON with dates as ISO strings and NaN/inf as null (DuckDB rows as they come)."""

    def render(self, content: Any) -> bytes:
        kw = dict(ensure_ascii=False, allow_nan=False, default=_default, separators=(",", ":"))
        try:
            return json.dumps(content, **kw).encode("utf-8")
        except ValueError:  # a NaN somewhere
            return json.dumps(_finite(content), **kw).encode("utf-8")


def error_response(status: int, message: str, details: list | None = None, headers: dict | None = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "message": message}
    if details:
        body["details"] = details
    return JSONResponse({"error": body}, status_code=status, headers=headers)


# -- request size limit -------------------------------------------------------------------


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413, whether announced by
    Content-Length or streamed in chunks; the body is read here and replayed to the app."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        # the connection is closed after a 413 (as proxies do): a half-read body must not
        # leave a kept-alive connection in an unknown state
        too_large = error_response(
            413, f"request body too large: the limit is {self.max_bytes:,} bytes", headers={"Connection": "close"}
        )
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None:
            try:
                announced = int(length)
            except ValueError:
                await error_response(400, "bad Content-Length header")(scope, receive, send)
                return
            if announced > self.max_bytes:
                await self._drain(receive, limit=16 * self.max_bytes)
                await too_large(scope, receive, send)
                return
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._drain(receive, limit=16 * self.max_bytes)
                await too_large(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    async def _drain(receive: Receive, limit: int) -> None:
        """Read (and drop) the rest of a refused body, so the client sees the 413 and not a reset."""
        seen = 0
        while seen <= limit:
            message = await receive()
            if message["type"] != "http.request":
                return
            seen += len(message.get("body", b""))
            if not message.get("more_body", False):
                return


class OptionalStaticFiles(StaticFiles):
    """Static files from a folder that may not exist (yet): 404 instead of a crash."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.directory is None or not Path(self.directory).is_dir():
            raise StarletteHTTPException(404, "not found")
        await super().__call__(scope, receive, send)


# -- filters ----------------------------------------------------------------------------------

# (the request line is bounded by the server, 16 KB in uvicorn's default h11 settings)
Codes = list[Annotated[str, StringConstraints(pattern=S.CODES_PATTERN)]]
Dyads = list[Annotated[str, StringConstraints(pattern=S.DYADS_PATTERN)]]
Roots = list[Annotated[str, StringConstraints(pattern=S.ROOTS_PATTERN)]]
Quads = list[Annotated[str, StringConstraints(pattern=S.QUADS_PATTERN)]]
Outlets = list[Annotated[str, StringConstraints(max_length=500)]]
DateParam = Optional[Annotated[str, StringConstraints(pattern=S.DATE_PATTERN)]]


def event_filters(
    actor: Annotated[Codes, Query(description="Actor code prefix, as source or target (USA matches USAGOV). Repeat or comma-separate.")] = [],
    country: Annotated[Codes, Query(description="Country code (ISO3 / CAMEO) of source or target.")] = [],
    source: Annotated[Codes, Query(description="Source actor code prefix.")] = [],
    target: Annotated[Codes, Query(description="Target actor code prefix.")] = [],
    dyad: Annotated[Dyads, Query(description="SOURCE:TARGET code prefixes (either order for mutual events); an empty side matches any.")] = [],
    code: Annotated[Codes, Query(description="CAMEO code prefix (04 matches 040..046).")] = [],
    root: Annotated[Roots, Query(description="CAMEO root code, 01..20.")] = [],
    quad_class: Annotated[Quads, Query(description="QuadClass 1..4.")] = [],
    date_from: Annotated[DateParam, Query(description="Earliest event date (YYYY-MM-DD, YYYY-MM or YYYY).")] = None,
    date_to: Annotated[DateParam, Query(description="Latest event date.")] = None,
    outlet: Annotated[Outlets, Query(description="Outlet that reported the event (see /v1/outlets).")] = [],
    negated: Annotated[Optional[bool], Query(description="Only negated (true) or only affirmed (false) events.")] = None,
    text: Annotated[Optional[str], Query(max_length=200, description="Words in a reporting sentence or trigger (case-insensitive).")] = None,
) -> Filters:
    try:
        return Filters.make(
            actor=actor,
            country=country,
            source=source,
            target=target,
            dyad=[d for v in dyad for d in v.split(",") if d.strip()],
            code=code,
            root=root,
            quad_class=quad_class,
            date_from=date_from,
            date_to=date_to,
            outlet=outlet,
            negated=negated,
            text=text,
        )
    except FilterError as exc:
        raise _BadFilter(str(exc)) from exc


class _BadFilter(Exception):
    pass


FiltersDep = Annotated[Filters, Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size, 1..1000.")]
ERRORS = {
    422: {"model": S.ErrorResponse, "description": "Bad parameters (malformed or unusable filter values)."},
    503: {"model": S.ErrorResponse, "description": "No event store (missing file, not a peristiwa store, or locked)."},
}


OUTLETS_SQL = """
WITH d AS (SELECT outlet, count(*) AS n FROM documents WHERE outlet IS NOT NULL GROUP BY outlet),
m AS (SELECT outlet, count(*) AS n, count(DISTINCT doc_hash) AS docs FROM mentions WHERE outlet IS NOT NULL GROUP BY outlet)
SELECT coalesce(d.outlet, m.outlet) AS outlet,
       greatest(coalesce(d.n, 0), coalesce(m.docs, 0))::BIGINT AS documents,
       coalesce(m.n, 0)::BIGINT AS mentions
FROM d FULL OUTER JOIN m ON d.outlet = m.outlet
ORDER BY mentions DESC, documents DESC, outlet
"""


def create_app(
    db_path: str | Path = DEFAULT_DB,
    model: str | Path | None = None,
    *,
    pipeline: Any = None,
    preload: bool = False,
    max_body_bytes: int = MAX_BODY_BYTES,
    static_dir: str | Path | None = None,
) -> FastAPI:
    """The API over the store at ``db_path``.

    ``model``: spaCy model directory for /v1/code (default the packaged one);
    ``pipeline``: an already loaded :class:`peristiwa.pipeline.Peristiwa` to use instead;
    ``preload``: start loading the pipeline when the server starts, not on the first call.
    """
    provider = StoreProvider(db_path)
    coder = CodingService(model=model, pipeline=pipeline)
    static = Path(static_dir) if static_dir is not None else STATIC_DIR

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if preload:
            coder.preload()
        try:
            yield
        finally:
            coder.close()
            provider.close()

    app = FastAPI(
        title="peristiwa",
        version=__version__,
        description=(
            "Political events (CAMEO, PLOVER) coded from Indonesian news. `POST /v1/code` codes an article; "
            "the `GET` endpoints read the event store. Errors are `{\"error\": {\"status\", \"message\"}}`."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        default_response_class=JSONResponse,
    )
    app.state.store = provider
    app.state.coder = coder
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    @app.middleware("http")
    async def nosniff(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response

    # -- errors -------------------------------------------------------------------------------

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"not found: {request.url.path}"
        elif exc.status_code == 405:
            message = f"method {request.method} not allowed on {request.url.path}"
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        details = []
        for e in exc.errors():
            details.append({"loc": [str(x) for x in e.get("loc", ())], "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))})
        first = exc.errors()[0] if details else {}
        loc = [str(x) for x in first.get("loc", ()) if not isinstance(x, int) and x not in ("query", "body", "path")]
        where = ".".join(loc) or "request"
        if first.get("type") == "string_pattern_mismatch":
            msg = f"not a valid value: {str(first.get('input'))[:100]!r}"
        else:
            msg = str(first.get("msg", "invalid request"))
        return error_response(422, f"{where}: {msg}", details=details)

    @app.exception_handler(_BadFilter)
    @app.exception_handler(FilterError)
    async def filter_error(request: Request, exc: Exception):
        return error_response(422, str(exc))

    @app.exception_handler(Unavailable)
    async def unavailable(request: Request, exc: Unavailable):
        headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
        return error_response(503, exc.message, headers=headers)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception):
        return error_response(500, f"internal error: {type(exc).__name__}")

    # -- coding -------------------------------------------------------------------------------

    @app.post(
        "/v1/code",
        response_model=S.CodeResponse,
        tags=["coding"],
        summary="Code an article into event records",
        responses={
            400: {"model": S.ErrorResponse, "description": "The body cannot be read (not UTF-8 JSON)."},
            413: {"model": S.ErrorResponse, "description": f"Request body over {max_body_bytes:,} bytes."},
            422: {"model": S.ErrorResponse, "description": "Not a valid request body."},
            503: {"model": S.ErrorResponse, "description": "The pipeline could not be loaded, or is busy."},
        },
    )
    async def code_article(req: S.CodeRequest):
        """Event records of one article, as `peristiwa code` writes them. Nothing is stored.

        `skipped` says why no event could be coded at all (e.g. not Indonesian)."""
        doc_id = req.id or "api-" + hashlib.sha256(req.text.encode("utf-8")).hexdigest()[:16]
        doc = Document(id=doc_id, text=req.text, date=req.date, url=req.url, source=req.source, origin="<api>")
        item = await coder.code(doc)
        if isinstance(item, Skipped):
            return JSONResponse({"doc_id": doc_id, "events": [], "skipped": {"stage": item.stage, "reason": item.reason}})
        _, events = item
        return JSONResponse({"doc_id": doc_id, "events": [e.to_dict() for e in events], "skipped": None})

    # -- store reads --------------------------------------------------------------------------

    def read(fn, *args, **kw):
        with provider.store() as store:
            return fn(store, *args, **kw)

    @app.get("/v1/events", response_model=S.EventPage, tags=["events"], responses=ERRORS, summary="Filtered canonical events")
    async def list_events(
        filters: FiltersDep,
        limit: Annotated[int, Query(ge=1, le=1000, description="Page size, 1..1000.")] = 50,
        offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0,
        order: Literal["date", "date_asc", "mentions", "goldstein"] = "date",
    ):
        total, items = await run_in_threadpool(read, query_events, filters, limit=limit, offset=offset, order=order)
        return JSONResponse({"total": total, "limit": limit, "offset": offset, "items": items})

    @app.get(
        "/v1/events/{event_id}",
        response_model=S.EventDetail,
        tags=["events"],
        summary="One event with its mentions and claims ledger",
        responses={404: {"model": S.ErrorResponse, "description": "No such event."}, **ERRORS},
    )
    async def one_event(event_id: Annotated[str, PathParam(max_length=200)]):
        """The canonical event, every sentence that reports it (`mentions`, with document offsets
        of sentence, trigger, source and target), and who asserts or denies it (`ledger`)."""
        event = await run_in_threadpool(read, get_event, event_id)
        if event is None:
            return error_response(404, f"no event {event_id!r}")
        return JSONResponse(event)

    @app.get("/v1/actors", response_model=S.ActorList, tags=["aggregates"], responses=ERRORS, summary="Actors by number of events")
    async def list_actors(filters: FiltersDep, limit: Limit = 100):
        return JSONResponse({"items": await run_in_threadpool(read, actors, filters, limit=limit)})

    @app.get("/v1/dyads", response_model=S.DyadList, tags=["aggregates"], responses=ERRORS, summary="Source -> target pairs")
    async def list_dyads(filters: FiltersDep, limit: Limit = 100, level: Literal["actor", "country"] = "actor"):
        return JSONResponse({"items": await run_in_threadpool(read, dyads, filters, limit=limit, level=level)})

    @app.get("/v1/stats", response_model=S.Stats, tags=["aggregates"], responses=ERRORS, summary="Timelines and top dyads")
    async def get_stats(
        filters: FiltersDep,
        interval: Literal["day", "week", "month", "year"] = "month",
        top: Annotated[int, Query(ge=1, le=100, description="How many top dyads.")] = 10,
    ):
        """Events per root code and per QuadClass per period, mean Goldstein per period and per top dyad."""
        return JSONResponse(await run_in_threadpool(read, stats, filters, top=top, interval=interval))

    def outlet_rows(store) -> list[dict[str, Any]]:
        cur = store.con.execute(OUTLETS_SQL)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    @app.get("/v1/outlets", response_model=S.OutletList, tags=["aggregates"], responses={503: ERRORS[503]}, summary="Outlets in the store")
    async def list_outlets():
        return JSONResponse({"items": await run_in_threadpool(read, outlet_rows)})

    @app.get("/v1/health", response_model=S.Health, tags=["meta"], summary="Liveness and store size")
    async def health():
        """Always 200 while the server runs (POST /v1/code works without a store); `store.available`
        says whether the store endpoints can answer."""

        def counts() -> dict[str, Any]:
            try:
                with provider.store() as store:
                    c = store.counts()
                return {"events": c["events"], "documents": c["documents"], "available": True, "message": None}
            except Unavailable as exc:
                return {"events": 0, "documents": 0, "available": False, "message": exc.message}

        c = await run_in_threadpool(counts)
        return JSONResponse(
            {
                "status": "ok",
                "events": c["events"],
                "documents": c["documents"],
                "store": {"path": str(provider.path), "available": c["available"], "message": c["message"]},
                "model_loaded": coder.loaded,
            }
        )

    # -- docs (offline) and dashboard ------------------------------------------------------

    app.mount("/docs-assets", StaticFiles(directory=SWAGGER_DIR), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url,
            title="peristiwa API",
            swagger_js_url="/docs-assets/swagger-ui-bundle.js",
            swagger_css_url="/docs-assets/swagger-ui.css",
            swagger_favicon_url="/docs-assets/favicon-32x32.png",
            oauth2_redirect_url=None,
        )

    @app.get("/", include_in_schema=False)
    async def dashboard():
        index = static / "index.html"
        if index.is_file():
            return FileResponse(index, media_type="text/html")
        return HTMLResponse(
            "<!doctype html><meta charset=utf-8><title>peristiwa</title>"
            "<p>The dashboard is not installed in this build. "
            "See the <a href=/docs>API documentation</a> and <a href=/v1/health>/v1/health</a>.</p>"
        )

    app.mount("/static", OptionalStaticFiles(directory=static, check_dir=False), name="static")
    return app
