"""Store commands: ``ingest``, ``query`` and ``stats`` (registered on the main app)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from peristiwa.cli import ColumnOpt, InputsArg, ModelOpt, app, err, parse_columns

DbOpt = Annotated[Path, typer.Option("--db", help="DuckDB store file (created when missing).", envvar="PERISTIWA_DB")]
DEFAULT_DB = Path("peristiwa.duckdb")


def _json_default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def open_store(db: Path, read_only: bool):
    from peristiwa.store.db import Store, StoreError

    try:
        return Store.open(db, read_only=read_only)
    except StoreError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc


@app.command()
def ingest(
    inputs: InputsArg,
    db: DbOpt = DEFAULT_DB,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Local coding processes.")] = 1,
    dask: Annotated[
        Optional[str], typer.Option("--dask", help="Code on this Dask scheduler instead (tcp://host:8786).")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per batch (one transaction each).")] = 32,
    column: ColumnOpt = None,
    model: ModelOpt = None,
) -> None:
    """Code documents into the store: idempotent (same text is not coded twice), resumable, streaming.

    Every input ends stored or listed as skipped with its reason (`peristiwa query --skipped`).
    """
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from peristiwa.ingest.readers import read_inputs
    from peristiwa.store.ingest import ingest as run_ingest

    store = open_store(db, read_only=False)
    live = err.is_terminal
    bar = Progress(
        TextColumn("[bold]ingest"),
        BarColumn(bar_width=None),
        TextColumn("{task.fields[docs]:,} docs · {task.fields[events]:,} events · {task.fields[rate]:.1f} docs/s"),
        TextColumn("· {task.fields[already]:,} already stored · {task.fields[skipped]:,} skipped"),
        TimeElapsedColumn(),
        console=err,
        disable=not live,
    )
    task = bar.add_task("ingest", total=None, docs=0, events=0, rate=0.0, already=0, skipped=0)
    last_log = [0.0]

    def on_batch(p) -> None:
        bar.update(task, docs=p.documents, events=p.events, rate=p.docs_per_second, already=p.already, skipped=p.skipped)
        now = time.monotonic()
        if not live and now - last_log[0] >= 2.0:  # plain progress lines for logs and pipes
            last_log[0] = now
            err.print(
                f"stored {p.documents} documents, {p.events} events "
                f"({p.docs_per_second:.1f} docs/s; {p.already} already stored, {p.skipped} skipped)",
                soft_wrap=True,
            )

    try:
        with bar:
            summary = run_ingest(
                read_inputs(inputs, columns=parse_columns(column), stdin=sys.stdin),
                store,
                model=model,
                workers=workers,
                dask=dask,
                batch_size=batch_size,
                on_batch=on_batch,
            )
    finally:
        store.close()
    p = summary.progress
    err.print(
        f"[green]done[/green] in {p.seconds:.1f} s: {p.documents} document(s) coded, {p.events} event mention(s) "
        f"({p.docs_per_second:.1f} docs/s); {p.already} already stored; {p.skipped} skipped. "
        f"Store {db}: {summary.events_total} canonical events from {summary.mentions_total} mentions.",
        soft_wrap=True,
    )
    if summary.skipped:
        err.print(f"[yellow]{len(summary.skipped)} input(s) skipped:[/yellow]")
        for s in summary.skipped[:50]:
            err.print(f"  {s['origin'] or s['doc_id']}: [{s['stage']}] {s['reason']}", soft_wrap=True, markup=False)
        if len(summary.skipped) > 50:
            err.print(f"  … and {len(summary.skipped) - 50} more (peristiwa query --skipped --db {db})")


class OutFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _filters(**kw):
    from peristiwa.store.query import FilterError, Filters

    try:
        return Filters.make(**kw)
    except FilterError as exc:
        raise typer.BadParameter(str(exc)) from exc


def _write_rows(rows: list[dict], fmt: OutFormat, output: Optional[Path], title: str, columns: list[str] | None = None) -> None:
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if fmt is OutFormat.jsonl:
            for r in rows:
                stream.write(json.dumps(r, ensure_ascii=False, default=_json_default) + "\n")
        elif fmt is OutFormat.csv:
            names = columns or (list(rows[0]) if rows else [])
            w = csv.DictWriter(stream, fieldnames=names, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in r.items()})
        else:
            table = Table(title=title, show_lines=False)
            names = columns or (list(rows[0]) if rows else [])
            for n in names:
                table.add_column(n, overflow="fold")
            for r in rows:
                table.add_row(*["" if r.get(n) is None else str(r.get(n)) for n in names])
            Console(file=stream, width=200).print(table)
    finally:
        if output:
            stream.close()


@app.command()
def query(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[Optional[list[str]], typer.Option(help="Actor code prefix on either side (USA, USAGOV).")] = None,
    country: Annotated[Optional[list[str]], typer.Option(help="Country part on either side (IDN).")] = None,
    source: Annotated[Optional[list[str]], typer.Option(help="Source actor code prefix.")] = None,
    target: Annotated[Optional[list[str]], typer.Option(help="Target actor code prefix.")] = None,
    dyad: Annotated[Optional[list[str]], typer.Option(help="SOURCE:TARGET code prefixes (either order for mutual events).")] = None,
    code: Annotated[Optional[list[str]], typer.Option(help="CAMEO code prefix (04, 0431).")] = None,
    root: Annotated[Optional[list[str]], typer.Option(help="CAMEO root (01..20).")] = None,
    quad_class: Annotated[Optional[list[int]], typer.Option("--quad-class", "-q", help="QuadClass 1..4.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="Earliest event date (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="Latest event date.")] = None,
    outlet: Annotated[Optional[list[str]], typer.Option(help="Reported by this outlet (kompas.com).")] = None,
    negated: Annotated[Optional[bool], typer.Option("--negated/--not-negated", help="Only negated / only affirmed events.")] = None,
    text: Annotated[Optional[str], typer.Option(help="Text in a reporting sentence.")] = None,
    mentions: Annotated[bool, typer.Option("--mentions", help="One row per mention instead of per canonical event.")] = False,
    skipped: Annotated[bool, typer.Option("--skipped", help="List the skipped inputs with their reasons instead.")] = False,
    event: Annotated[Optional[str], typer.Option("--event", help="Show one canonical event with mentions and claims ledger (JSON).")] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many rows (0: all).")] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f")] = OutFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o")] = None,
) -> None:
    """Find events in the store by actor, country, dyad, code, QuadClass, dates, outlet, negation or text."""
    from peristiwa.store.query import get_event, query_events, query_mentions

    store = open_store(db, read_only=True)
    try:
        if event:
            found = get_event(store, event)
            if found is None:
                err.print(f"[red]no event {event!r}[/red]")
                raise typer.Exit(1)
            typer.echo(json.dumps(found, ensure_ascii=False, indent=2, default=_json_default))
            return
        if skipped:
            rows = store.skipped(limit or None)
            _write_rows(rows, fmt, output, f"skipped inputs ({len(rows)})")
            return
        f = _filters(
            actor=actor, country=country, source=source, target=target, dyad=dyad, code=code, root=root,
            quad_class=quad_class, date_from=date_from, date_to=date_to, outlet=outlet, negated=negated, text=text,
        )
        n = limit or 2**62
        if mentions:
            total, rows = query_mentions(store, f, limit=n, offset=offset)
            cols = ["event_id", "date", "code", "source_code", "target_code", "negated", "reported_by_code", "outlet", "doc_id", "trigger"]
        else:
            total, rows = query_events(store, f, limit=n, offset=offset)
            cols = ["event_id", "date", "code", "label", "source_code", "target_code", "negated", "goldstein",
                    "num_mentions", "num_sources", "num_articles", "trigger"]
        _write_rows(rows, fmt, output, f"{len(rows)} of {total} {'mentions' if mentions else 'events'}",
                    columns=cols if fmt is OutFormat.table else None)
        if fmt is OutFormat.table or output:
            err.print(f"{len(rows)} of {total} {'mentions' if mentions else 'events'}")
    finally:
        store.close()


@app.command()
def stats(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[Optional[list[str]], typer.Option(help="Actor code prefix on either side.")] = None,
    country: Annotated[Optional[list[str]], typer.Option(help="Country part on either side.")] = None,
    root: Annotated[Optional[list[str]], typer.Option(help="CAMEO root.")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to")] = None,
    outlet: Annotated[Optional[list[str]], typer.Option()] = None,
    interval: Annotated[str, typer.Option(help="day, week, month or year.")] = "month",
    top: Annotated[int, typer.Option(min=1, help="How many top dyads.")] = 10,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="table, or jsonl (one JSON object).")] = OutFormat.table,
) -> None:
    """Counts per CAMEO root and QuadClass over time, top dyads, mean Goldstein per dyad per month."""
    from peristiwa.store.query import FilterError
    from peristiwa.store.query import stats as compute

    f = _filters(actor=actor, country=country, root=root, date_from=date_from, date_to=date_to, outlet=outlet)
    store = open_store(db, read_only=True)
    try:
        try:
            s = compute(store, f, top=top, interval=interval)
        except FilterError as exc:
            raise typer.BadParameter(str(exc)) from exc
    finally:
        store.close()
    if fmt is not OutFormat.table:
        typer.echo(json.dumps(s, ensure_ascii=False, default=_json_default))
        return
    out = Console(width=160)
    t = s["totals"]
    out.print(
        f"[bold]{t['events']}[/bold] events ({t['mentions']} mentions), mean Goldstein {t['mean_goldstein']}, "
        f"{t['first_date']} … {t['last_date']}"
    )
    _print_pivot(out, "Events per root", s["timeline_root"], "root_code")
    _print_pivot(out, "Events per QuadClass", s["timeline_quad_class"], "quad_class")
    _write_rows(s["top_dyads"], OutFormat.table, None, "Top dyads")
    _print_pivot(out, "Mean Goldstein per dyad", [
        {**r, "dyad": f"{r['source']}→{r['target']}", "events": r["mean_goldstein"]} for r in s["goldstein_by_dyad"]
    ], "dyad")


def _print_pivot(out: Console, title: str, rows: list[dict], key: str) -> None:
    periods = sorted({r["period"] for r in rows})
    keys = sorted({str(r[key]) for r in rows})
    cell = {(str(r[key]), r["period"]): r["events"] for r in rows}
    table = Table(title=title)
    table.add_column(key)
    for p in periods[-24:]:
        table.add_column(p[:7] if p.endswith("-01") else p, justify="right")
    for k in keys:
        table.add_row(k, *[str(cell.get((k, p), "")) for p in periods[-24:]])
    if len(periods) > 24:
        table.caption = f"last 24 of {len(periods)} periods; --format jsonl for all"
    out.print(table)
