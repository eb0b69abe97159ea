"""Code documents into a store: streaming, idempotent, resumable, in parallel.

The reader streams documents; documents whose text hash is already stored are
left out before any analysis; the rest are coded in batches (in this process,
in ``workers`` local processes, or on a Dask cluster) and each batch is written
in one transaction.  At most ``2 × workers`` batches are in flight, so memory
does not grow with the corpus.  A run killed at any moment leaves whole
documents only; running it again codes just what is missing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from peristiwa.records import Document, Skipped
from peristiwa.store.db import (
    CodedDocument,
    SkippedDocument,
    Store,
    coded_document,
    skipped_document,
    text_hash,
)

Item = CodedDocument | SkippedDocument


@dataclass(slots=True)
class Progress:
    """Running totals of an ingest, passed to the progress callback after every batch."""

    read: int = 0  # input items seen
    documents: int = 0  # documents stored in this run
    events: int = 0  # event mentions stored in this run
    skipped: int = 0  # skipped inputs recorded in this run
    already: int = 0  # inputs already in the store (same text), not coded again
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds > 0 else 0.0


@dataclass(slots=True)
class IngestSummary:
    progress: Progress
    skipped: list[dict[str, Any]]  # the inputs skipped in this run, with reasons
    events_total: int  # canonical events in the store after the run
    mentions_total: int


# -- coding (runs in workers) ----------------------------------------------------


@lru_cache(maxsize=2)
def _pipeline(model: str | None):
    """The loaded pipeline of this process (loaded once per process and model)."""
    from peristiwa.pipeline import load

    return load(model)


def code_batch(
    docs: list[tuple[Document | Skipped, str | None]], model: str | None = None, pipeline=None
) -> list[Item]:
    """Code a batch of (document or skipped input, text hash) pairs into storable items."""
    pipeline = pipeline or _pipeline(model)
    out: list[Item] = []
    for item, (orig, h) in zip(pipeline.code([d for d, _ in docs]), docs):
        if isinstance(item, Skipped):
            out.append(skipped_document(item, h))
            continue
        analysed, events = item
        n_sentences = sum(1 for _ in analysed.spacy_doc.sents)
        out.append(coded_document(analysed.doc, events, n_sentences, doc_hash=h))
    return out


# -- the ingest loop ---------------------------------------------------------------


def _batches(items: Iterable[Document | Skipped], size: int) -> Iterator[list[Document | Skipped]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _new_work(store: Store, batch: list[Document | Skipped], progress: Progress) -> list[tuple[Document | Skipped, str | None]]:
    """Drop documents already stored; pair the rest with their text hash."""
    pairs = [(d, text_hash(d.text) if isinstance(d, Document) else None) for d in batch]
    known = store.known_hashes(h for _, h in pairs if h)
    seen: set[str] = set()
    work = []
    for d, h in pairs:
        if h is not None and (h in known or h in seen):
            progress.already += 1
            continue
        if h is not None:
            seen.add(h)
        work.append((d, h))
    return work


class _Serial:
    def __init__(self, model: str | None, pipeline=None):
        self.model = model
        self.pipeline = pipeline

    def submit(self, work) -> Future:
        f: Future = Future()
        f.set_result(code_batch(work, self.model, self.pipeline))
        return f

    def close(self) -> None:
        pass


class _Processes:
    def __init__(self, model: str | None, workers: int):
        import multiprocessing as mp

        # spawn: the parent holds a DuckDB connection and threads; forking them is unsafe
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("spawn"))
        self.model = model

    def submit(self, work) -> Future:
        return self.pool.submit(code_batch, work, self.model)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    def __init__(self, model: str | None, address: Any):
        from distributed import Client

        self.client = address if isinstance(address, Client) else Client(address)
        self.own = not isinstance(address, Client)
        self.model = model

    def submit(self, work):
        return self.client.submit(code_batch, work, self.model, pure=False)

    def close(self) -> None:
        if self.own:
            self.client.close()


def ingest(
    sources: Iterable[Document | Skipped],
    store: Store,
    model: str | Path | None = None,
    workers: int = 1,
    dask: Any = None,
    batch_size: int = 32,
    on_batch: Callable[[Progress], None] | None = None,
    rebuild: bool = True,
    pipeline=None,
) -> IngestSummary:
    """Code ``sources`` (documents and skipped inputs, e.g. from ``read_inputs``) into ``store``.

    ``workers`` > 1 codes in that many local processes; ``dask`` (a scheduler
    address or a ``distributed.Client``) codes on a Dask cluster instead.  A loaded
    ``pipeline`` (``peristiwa.load()``) is used as it is when coding in this process.
    """
    model_arg = str(model) if model else None
    if dask is not None:
        runner: Any = _Dask(model_arg, dask)
        window = max(2, 2 * len(runner.client.scheduler_info().get("workers", {})) or 2)
    elif workers > 1:
        runner = _Processes(model_arg, workers)
        window = 2 * workers
    else:
        runner = _Serial(model_arg, pipeline)
        window = 1
    progress = Progress()
    skipped_run: list[dict[str, Any]] = []
    inflight: list[Any] = []

    def collect(results: list[Item]) -> None:
        n_docs, n_events, n_skipped = store.write_batch(results)
        progress.documents += n_docs
        progress.events += n_events
        progress.skipped += n_skipped
        progress.already += sum(1 for r in results if isinstance(r, CodedDocument)) - n_docs
        skipped_run.extend(r.row for r in results if isinstance(r, SkippedDocument))
        if on_batch:
            on_batch(progress)

    def drain(until: int) -> None:
        while len(inflight) > until:
            if dask is not None:
                from distributed import wait as dask_wait

                done = dask_wait(inflight, return_when="FIRST_COMPLETED").done
            else:
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            for f in list(done):
                inflight.remove(f)
                collect(f.result())

    try:
        for batch in _batches(sources, batch_size):
            progress.read += len(batch)
            work = _new_work(store, batch, progress)
            if not work:
                if on_batch:
                    on_batch(progress)
                continue
            inflight.append(runner.submit(work))
            drain(window - 1)
        drain(0)
    finally:
        runner.close()
    events_total = store.rebuild_events() if rebuild else store.counts()["events"]
    mentions_total = store.con.execute("SELECT count(*) FROM mentions").fetchall()[0][0]
    return IngestSummary(progress, skipped_run, events_total, mentions_total)
