"""The ``export`` command (registered on the main app): a store in GDELT, PLOVER, JSONL, CSV or Parquet."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from peristiwa.cli import app, err
from peristiwa.cli_store import DEFAULT_DB, DbOpt, _filters, open_store


class ExportFormat(str, Enum):
    gdelt_events = "gdelt-events"
    gdelt_mentions = "gdelt-mentions"
    plover = "plover"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@app.command()
def export(
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Output file (stdout when omitted; required for parquet).")
    ] = None,
    actor: Annotated[list[str] | None, typer.Option(help="Actor code prefix on either side (USA, USAGOV).")] = None,
    country: Annotated[list[str] | None, typer.Option(help="Country part on either side (IDN).")] = None,
    source: Annotated[list[str] | None, typer.Option(help="Source actor code prefix.")] = None,
    target: Annotated[list[str] | None, typer.Option(help="Target actor code prefix.")] = None,
    dyad: Annotated[list[str] | None, typer.Option(help="SOURCE:TARGET code prefixes (either order for mutual events).")] = None,
    code: Annotated[list[str] | None, typer.Option(help="CAMEO code prefix (04, 0431).")] = None,
    root: Annotated[list[str] | None, typer.Option(help="CAMEO root (01..20).")] = None,
    quad_class: Annotated[list[int] | None, typer.Option("--quad-class", "-q", help="QuadClass 1..4.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest event date (YYYY[-MM[-DD]]).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest event date.")] = None,
    outlet: Annotated[list[str] | None, typer.Option(help="Reported by this outlet (kompas.com).")] = None,
    negated: Annotated[
        bool | None,
        typer.Option(
            "--negated/--not-negated",
            help="Only negated / only affirmed events (gdelt-* and plover default to affirmed only).",
        ),
    ] = None,
    text: Annotated[str | None, typer.Option(help="Text in a reporting sentence.")] = None,
    mentions: Annotated[
        bool, typer.Option("--mentions", help="jsonl/csv/parquet: one row per mention instead of per canonical event.")
    ] = False,
    header: Annotated[bool, typer.Option("--header", help="gdelt-*: a first line with the column names.")] = False,
    with_text: Annotated[
        bool,
        typer.Option("--with-text", help="plover: include the sentence as `text` (only if you hold the rights to it)."),
    ] = False,
) -> None:
    """Export events from the store: GDELT 2.0 event or mentions table, PLOVER JSON, JSONL, CSV or Parquet.

    Takes the filters of `peristiwa query`. GDELT and PLOVER have no negation field, so negated
    events are left out of them unless --negated is given.
    """
    from peristiwa.store.exports import ExportError
    from peristiwa.store.exports import export as run_export

    f = fmt.value
    if f == "parquet" and output is None:
        raise typer.BadParameter("parquet needs an output file: -o events.parquet", param_hint="--output")
    if mentions and f not in ("jsonl", "csv", "parquet"):
        raise typer.BadParameter("--mentions is for jsonl, csv and parquet (the GDELT mentions table is gdelt-mentions)")
    if negated is None and f in ("gdelt-events", "gdelt-mentions", "plover"):
        negated = False
        err.print(f"{f}: negated events left out (GDELT and PLOVER rows assert events); --negated for them")
    filters = _filters(
        actor=actor, country=country, source=source, target=target, dyad=dyad, code=code, root=root,
        quad_class=quad_class, date_from=date_from, date_to=date_to, outlet=outlet, negated=negated, text=text,
    )  # fmt: skip
    store = open_store(db, read_only=True)
    try:
        if f == "parquet":
            n = run_export(store, f, output, filters, mentions=mentions)
        elif output is None:
            n = run_export(store, f, sys.stdout, filters, mentions=mentions, header=header, include_text=with_text)
            sys.stdout.flush()
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                n = run_export(store, f, out, filters, mentions=mentions, header=header, include_text=with_text)
    except ExportError as exc:
        raise typer.BadParameter(str(exc)) from exc
    finally:
        store.close()
    what = "mentions" if mentions or f == "gdelt-mentions" else "events"
    err.print(f"{n} {what} exported as {f}" + (f" to {output}" if output else ""))
