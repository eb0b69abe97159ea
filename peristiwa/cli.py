"""The ``peristiwa`` command."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from peristiwa import __version__

app = typer.Typer(
    help="Political event data (CAMEO, PLOVER) from Indonesian news, read natively.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)

InputsArg = Annotated[
    list[str],
    typer.Argument(help="Files or folders (.txt .html .jsonl .csv; folders are read recursively), or - for stdin."),
]
ColumnOpt = Annotated[
    Optional[list[str]],
    typer.Option(
        "--column",
        "-c",
        help="Column mapping for .jsonl/.csv, FIELD=NAME, e.g. -c text=content -c id=article_id.",
    ),
]
ModelOpt = Annotated[Optional[Path], typer.Option(help="Trained spaCy model directory (default: the packaged one).")]


def parse_columns(items: list[str] | None) -> dict[str, str] | None:
    if not items:
        return None
    out = {}
    for item in items:
        field, sep, name = item.partition("=")
        if not sep or not field or not name:
            raise typer.BadParameter(f"expected FIELD=NAME, got {item!r}", param_hint="--column")
        out[field.strip()] = name.strip()
    return out


def report_skipped(skipped: list) -> None:
    if not skipped:
        return
    err.print(f"[yellow]{len(skipped)} document(s) skipped:[/yellow]")
    for s in skipped:
        err.print(f"  {s.origin or s.id}: [{s.stage}] {s.reason}")


class ParseFormat(str, Enum):
    table = "table"
    conllu = "conllu"


@app.command()
def parse(
    inputs: InputsArg,
    fmt: Annotated[ParseFormat, typer.Option("--format", "-f", help="table (readable) or conllu.")] = ParseFormat.table,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    column: ColumnOpt = None,
    model: ModelOpt = None,
) -> None:
    """Print the analysed sentences (tokens, lemmas, POS, dependencies, entities): what the coder sees."""
    from peristiwa.ingest.readers import read_inputs
    from peristiwa.nlp.output import sentence_table, to_conllu
    from peristiwa.pipeline import load
    from peristiwa.records import Skipped

    pipeline = load(model)
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    out = Console(file=stream, width=160) if fmt is ParseFormat.table else None
    skipped = []
    try:
        for item in pipeline.analyse(read_inputs(inputs, columns=parse_columns(column), stdin=sys.stdin)):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            sentences = pipeline.sentences(item)
            if fmt is ParseFormat.conllu:
                stream.write(to_conllu(item.doc.id, sentences))
                continue
            dl = item.clean.dateline
            meta = [f"date={item.doc.date}", f"source={item.doc.source}"]
            if dl is not None:
                meta.append(f"dateline: place={dl.place} outlet={dl.outlet} date={dl.date}")
            out.rule(f"[bold]{item.doc.id}[/bold]  " + "  ".join(meta))
            for s in sentences:
                out.print(sentence_table(item.doc.id, s))
    finally:
        if output:
            stream.close()
    report_skipped(skipped)


class EventFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"


CSV_FIELDS = [
    "doc_id", "event_id", "sentence_index", "date", "date_text", "code", "root_code", "label", "quad_class",
    "goldstein", "plover_event", "plover_mode", "source_code", "source_text", "target_code", "target_text",
    "negated", "reported_by_code", "reported_by_text", "trigger", "start", "end", "location_name",
    "location_country", "location_lat", "location_lon", "outlet", "url", "rule", "sentence",
]


def csv_row(d: dict) -> dict:
    src, tgt, rep, loc, plo = d["source"] or {}, d["target"] or {}, d["reported_by"] or {}, d["location"] or {}, d["plover"] or {}
    return {
        **{k: d[k] for k in ("doc_id", "event_id", "sentence_index", "date", "date_text", "code", "root_code", "label",
                             "quad_class", "goldstein", "negated", "trigger", "start", "end", "outlet", "url", "rule",
                             "sentence")},
        "plover_event": plo.get("event"), "plover_mode": plo.get("mode"),
        "source_code": src.get("code"), "source_text": src.get("text"),
        "target_code": tgt.get("code"), "target_text": tgt.get("text"),
        "reported_by_code": rep.get("code"), "reported_by_text": rep.get("text"),
        "location_name": loc.get("name"), "location_country": loc.get("country"),
        "location_lat": loc.get("lat"), "location_lon": loc.get("lon"),
    }


@app.command()
def code(
    inputs: InputsArg,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Events file (default: stdout).")] = None,
    fmt: Annotated[EventFormat, typer.Option("--format", "-f", help="jsonl or csv.")] = EventFormat.jsonl,
    skipped_file: Annotated[Optional[Path], typer.Option("--skipped", help="Also write skipped documents (JSONL) here.")] = None,
    column: ColumnOpt = None,
    model: ModelOpt = None,
) -> None:
    """Code documents into CAMEO event records (one per line), listing every skipped document with its reason."""
    import csv
    import json

    from peristiwa.ingest.readers import read_inputs
    from peristiwa.pipeline import load
    from peristiwa.records import Skipped

    pipeline = load(model)
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    writer = csv.DictWriter(stream, fieldnames=CSV_FIELDS) if fmt is EventFormat.csv else None
    if writer:
        writer.writeheader()
    skipped, n_docs, n_events = [], 0, 0
    try:
        for item in pipeline.code(read_inputs(inputs, columns=parse_columns(column), stdin=sys.stdin)):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            n_docs += 1
            for ev in item[1]:
                n_events += 1
                d = ev.to_dict()
                if writer:
                    writer.writerow(csv_row(d))
                else:
                    stream.write(json.dumps(d, ensure_ascii=False) + "\n")
    finally:
        if output:
            stream.close()
    if skipped_file:
        with skipped_file.open("w", encoding="utf-8") as f:
            for sk in skipped:
                f.write(json.dumps({"id": sk.id, "origin": sk.origin, "stage": sk.stage, "reason": sk.reason},
                                   ensure_ascii=False) + "\n")
    err.print(f"coded {n_docs} document(s), {n_events} event(s)")
    report_skipped(skipped)


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold file (JSON Lines, CODING-CONVENTIONS.md format).", exists=True, dir_okay=False)],
    docs: Annotated[Optional[Path], typer.Option("--docs", help="Documents (JSONL with id, text, date) to code instead of the gold file's own text.", exists=True, dir_okay=False)] = None,
    report: Annotated[Optional[Path], typer.Option("--report", help="Write the full report (scores, misses, false events) as JSON here.")] = None,
    show: Annotated[int, typer.Option(help="How many misses and false events to print.")] = 20,
    model: ModelOpt = None,
) -> None:
    """Code the gold file's documents and score them (main, strict, loose P/R/F1; negation, reported_by; per root)."""
    import json

    from rich.table import Table

    from peristiwa.evaluate import gold_documents, read_gold, score, simplify
    from peristiwa.pipeline import load
    from peristiwa.records import Skipped

    try:
        gold_rows = read_gold(gold)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--gold") from None
    pipeline = load(model)
    system: dict[str, list[dict]] = {}
    skipped = []
    documents = gold_documents(gold_rows, docs)
    for item in pipeline.code(documents):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        system[item[0].doc.id] = [simplify(e) for e in item[1]]
    rep = score(gold_rows, system, texts={d.id: d.text for d in documents})
    rep.skipped = [(s.id, s.reason) for s in skipped]
    out = Console()
    t = Table(title=f"{gold.name}: {rep.documents} documents, {rep.sentences} annotated sentences")
    for col in ("level", "P", "R", "F1", "tp", "fp", "fn"):
        t.add_column(col)
    for level, c in rep.levels.items():
        t.add_row(level, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn))
    out.print(t)
    d = rep.as_dict()
    out.print(f"negated accuracy: {d['negated_accuracy']}   reported_by accuracy: {d['reported_by_accuracy']}")
    r = Table(title="per root (main)")
    for col in ("root", "P", "R", "F1", "tp", "fp", "fn"):
        r.add_column(col)
    for root, c in sorted(rep.per_root.items()):
        r.add_row(root, f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}", str(c.tp), str(c.fp), str(c.fn))
    out.print(r)
    for title, items, key in (("misses", rep.misses, "gold"), ("false events", rep.false, "system")):
        out.print(f"[bold]{title}[/bold] ({len(items)}; first {min(show, len(items))})")
        for m in items[:show]:
            ev = m[key]
            out.print(f"  {m['doc']}: {ev['code']} {ev['source']}->{ev['target']} '{ev.get('trigger')}' | {m['sentence'][:140]}")
    if report:
        report.write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
    report_skipped(skipped)


@app.command()
def explain(
    sentence: Annotated[str, typer.Argument(help="An Indonesian sentence or short text.")],
    date: Annotated[Optional[str], typer.Option(help="Document date (YYYY-MM-DD) for dates and office holders.")] = None,
    model: ModelOpt = None,
) -> None:
    """Show the analysis of a text, the actors found, and why each event fired or did not."""
    from rich.table import Table

    from peristiwa.nlp.output import sentence_table
    from peristiwa.pipeline import load
    from peristiwa.records import Document, Skipped

    pipeline = load(model)
    out = Console(width=160)
    item = next(pipeline.analyse([Document(id="text", text=sentence, date=date, origin="<argument>")]))
    if isinstance(item, Skipped):
        err.print(f"[yellow]skipped[/yellow]: [{item.stage}] {item.reason}")
        raise typer.Exit(1)
    for s in pipeline.sentences(item):
        out.print(sentence_table("text", s))
    trace: list[dict] = []
    events = pipeline.coder.code(item, trace=trace)
    a = Table(title="actors")
    for col in ("text", "code", "rule"):
        a.add_column(col)
    for t in trace:
        if t["kind"] == "actor":
            a.add_row(t["text"], str(t["code"]), t["rule"])
    out.print(a)
    tr = Table(title="triggers")
    for col in ("sentence", "trigger", "code", "fired", "why", "rule"):
        tr.add_column(col)
    for t in trace:
        if t["kind"] == "trigger":
            why = t["reason"]
            if t.get("source") is not None:
                why += f" (source {t['source']}, target {t['target']}, negated {t.get('negated')}, reported_by {t.get('reported_by')})"
            tr.add_row(str(t["sentence"] + 1), t["text"], t["code"], "yes" if t["fired"] else "no", why, t["rule"])
    out.print(tr)
    ev = Table(title=f"{len(events)} event(s)")
    for col in ("code", "label", "source", "target", "negated", "reported_by", "date", "location", "trigger"):
        ev.add_column(col)
    for e in events:
        ev.add_row(e.code, e.label, e.source.code if e.source else "-", e.target.code if e.target else "-",
                   str(e.negated), e.reported_by.code if e.reported_by else "-", str(e.date),
                   e.location.name if e.location else "-", e.trigger)
    out.print(ev)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


if __name__ == "__main__":
    # run as a script (python -m peristiwa.cli): use the imported module, on which every
    # command is registered
    import peristiwa.cli

    peristiwa.cli.app()
else:
    # Commands defined in their own modules register themselves on ``app``.
    from peristiwa import cli_export, cli_serve, cli_store  # noqa: F401
