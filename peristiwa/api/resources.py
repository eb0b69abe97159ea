"""What the HTTP handlers share: read access to the store and the (single) coding pipeline.

Store: one read-only DuckDB connection for the whole server, opened on the first
request that needs it (so a store created after the server started is picked up),
and a fresh ``con.cursor()`` per request: a DuckDB connection must not be used by
two threads at once, its cursors may.

Pipeline: loaded once, lazily (or in the background at startup with ``preload``),
and run on one dedicated worker thread, so coding calls are serialised (the
spaCy pipeline is not safe for concurrent calls) without blocking the thread pool
that serves the store reads.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peristiwa.records import Document, Skipped
from peristiwa.store.db import Store, StoreError


class Unavailable(Exception):
    """A resource the request needs is not there (answered with 503)."""

    def __init__(self, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


class StoreProvider:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._con = None
        self._lock = threading.Lock()
        self.message: str | None = None

    def _connection(self):
        if self._con is None:
            try:
                store = Store.open(self.path, read_only=True)
            except StoreError as exc:
                self.message = str(exc)
                raise Unavailable(f"no event store: {exc}") from exc
            self._con = store.con
            self.message = None
        return self._con

    @contextmanager
    def store(self) -> Iterator[Store]:
        """A Store over a cursor of its own, for one request (raises Unavailable)."""
        with self._lock:
            cur = self._connection().cursor()
        try:
            yield Store(cur, str(self.path), True)
        finally:
            cur.close()

    def available(self) -> bool:
        try:
            with self._lock:
                self._connection()
            return True
        except Unavailable:
            return False

    def close(self) -> None:
        with self._lock:
            if self._con is not None:
                self._con.close()
                self._con = None


class CodingService:
    """The pipeline, loaded once and called from one worker thread at a time."""

    def __init__(self, model: str | Path | None = None, pipeline: Any = None, max_waiting: int = 32):
        self.model = model
        self._pipeline = pipeline
        self._error: str | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="peristiwa-code")
        self._lock = threading.Lock()  # the executor has one worker; the lock makes that a rule
        self._waiting = 0  # touched on the event loop only
        self.max_waiting = max_waiting

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None

    def _load(self):
        if self._pipeline is None:
            if self._error is not None:
                raise Unavailable(self._error)
            try:
                from peristiwa.pipeline import load

                self._pipeline = load(self.model)
            except Exception as exc:  # a bad --model path, a broken install: say so on every call
                self._error = f"the coding pipeline could not be loaded: {type(exc).__name__}: {exc}"
                raise Unavailable(self._error) from exc
        return self._pipeline

    def preload(self) -> None:
        """Start loading the pipeline on the worker thread (the first request waits behind it)."""

        def load_quietly() -> None:
            try:
                with self._lock:
                    self._load()
            except Unavailable:
                pass

        self._executor.submit(load_quietly)

    def _code(self, doc: Document):
        with self._lock:
            pipeline = self._load()
            for item in pipeline.code([doc]):
                return item
        return Skipped(doc.id, doc.origin, "the pipeline returned nothing", stage="code")

    async def code(self, doc: Document):
        """(analysed, events) or Skipped for one document, computed off the event loop."""
        if self._waiting >= self.max_waiting:
            raise Unavailable(f"busy: {self._waiting} articles are waiting to be coded; retry later", retry_after=2)
        self._waiting += 1
        try:
            return await asyncio.wrap_future(self._executor.submit(self._code, doc))
        finally:
            self._waiting -= 1

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
