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


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


if __name__ == "__main__":
    app()
