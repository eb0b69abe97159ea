"""``peristiwa serve``: the HTTP API and the dashboard (registered on the main app)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from peristiwa.cli import ModelOpt, app, err

DEFAULT_DB = Path("peristiwa.duckdb")


@app.command()
def serve(
    db: Annotated[
        Path, typer.Option("--db", help="DuckDB store to read (opened read-only).", envvar="PERISTIWA_DB")
    ] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8000,
    model: ModelOpt = None,
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest request body in bytes (413 above).")] = 1_000_000,
    log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
) -> None:
    """Serve the HTTP API (/v1/..., OpenAPI docs at /docs) and the dashboard (/).

    POST /v1/code works without a store; the store endpoints answer 503 until --db exists.
    The store is held open read-only: stop the server to `peristiwa ingest` into the same file.
    """
    import uvicorn

    from peristiwa.api import create_app

    if not db.exists():
        err.print(f"[yellow]warning:[/yellow] no store at {db} yet: /v1/code works, the store endpoints answer 503")
    err.print(f"peristiwa API on http://{host}:{port}/ (docs at /docs); loading the pipeline in the background")
    uvicorn.run(
        create_app(db, model=model, preload=True, max_body_bytes=max_body),
        host=host,
        port=port,
        log_level=log_level,
        access_log=log_level == "debug",
    )
