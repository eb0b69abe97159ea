"""HTTP API and dashboard server (FastAPI): ``create_app(db_path)``; `peristiwa serve` runs it."""

from peristiwa.api.app import create_app

__all__ = ["create_app"]
