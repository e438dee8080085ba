"""Ingest: read → extract (in worker processes) → store, one transaction per document.

The parent process reads inputs, skips documents already stored (same text hash), hands
batches to ``workers`` extraction processes (each loads the spaCy model once) and writes
every extracted document in its own transaction. Killing the run at any moment leaves
each stored document whole; the next run skips those and stores the rest.
"""

from __future__ import annotations

import importlib
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError, OperationalError, SQLAlchemyError

from stancemap.model import RawDocument, ReadError, document_id
from stancemap.store.db import Store, StoreError, explain
from stancemap.store.identity import Pins
from stancemap.store.issues import IssueRules
from stancemap.store.write import store_document, stored_ids

DEFAULT_EXTRACTOR = "stancemap.pipeline:extract_many"
CHUNK = 8  # documents per task sent to a worker


@dataclass
class Failure:
    """A document that was not stored, and why."""

    source: str
    reason: str


@dataclass
class IngestReport:
    """Counts of one ingest run; ``failures`` lists what was not stored."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    claims: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.stored / self.elapsed if self.elapsed > 0 else 0.0


Progress = Callable[[IngestReport], None]


def load_extractor(spec: str) -> Callable[[Iterable[RawDocument]], Iterator[Any]]:
    """``module:function`` → the function; it maps RawDocuments to Documents (or dicts)."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name or "extract_many")


def as_dict(doc: Any) -> dict[str, Any]:
    return doc if isinstance(doc, Mapping) else doc.to_dict(include_text=True)


def check(doc: dict[str, Any], raw: RawDocument) -> str | None:
    """Why an extracted document cannot be stored as is, or None."""
    from stancemap.validate import problems

    found = problems(doc)
    if found:
        more = f" (+{len(found) - 1} more)" if len(found) > 1 else ""
        return f"extractor returned an invalid document: {found[0]}{more}"
    return None


def extract_batch(raws: list[RawDocument], extractor: str) -> list[tuple[dict | None, str]]:
    """Extract each document: (contract dict, "") or (None, reason). Never raises."""
    fn = load_extractor(extractor)
    try:
        docs = [as_dict(d) for d in fn(raws)]
        if len(docs) == len(raws):
            return [(d, "") for d in docs]
    except Exception:  # noqa: BLE001 - isolate the failing document below
        pass
    out: list[tuple[dict | None, str]] = []
    for raw in raws:
        try:
            out.append((as_dict(next(iter(fn([raw])))), ""))
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
            out.append((None, f"extraction failed: {type(exc).__name__}: "
                              f"{' '.join(str(exc).split())[:300]}"))
    return out


def _worker_init(extractor: str, parent: int) -> None:
    """Load the model once, and exit if the parent dies (even by kill -9)."""

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)

    threading.Thread(target=watch, daemon=True).start()
    if extractor == DEFAULT_EXTRACTOR:
        from stancemap.nlp import load

        load()


def _batches(items: Iterable[RawDocument | ReadError], store: Store, report: IngestReport,
             progress: Progress | None, size: int = 64) -> Iterator[list[RawDocument]]:
    """New documents in batches; read errors and already-stored documents are counted."""
    seen: set[str] = set()
    batch: list[RawDocument] = []

    def flush() -> list[RawDocument]:
        with store.engine.connect() as conn:
            have = stored_ids(conn, [document_id(r.text) for r in batch])
        fresh = []
        for r in batch:
            if document_id(r.text) in have:
                report.skipped += 1
            else:
                fresh.append(r)
        if progress and len(fresh) < len(batch):
            progress(report)
        return fresh

    for item in items:
        if isinstance(item, ReadError):
            report.failures.append(Failure(item.source, item.message))
            if progress:
                progress(report)
            continue
        report.read += 1
        did = document_id(item.text)
        if did in seen:
            report.skipped += 1
            continue
        seen.add(did)
        batch.append(item)
        if len(batch) >= size:
            fresh = flush()
            batch = []
            if fresh:
                yield fresh
    if batch:
        fresh = flush()
        if fresh:
            yield fresh


def ingest(store: Store, items: Iterable[RawDocument | ReadError], *, workers: int = 1,
           extractor: str = DEFAULT_EXTRACTOR, pins: Pins | None = None,
           rules: IssueRules | None = None, progress: Progress | None = None) -> IngestReport:
    """Extract and store every new document; returns counts and failures.

    ``workers=0`` extracts in this process. Raises :class:`StoreError` when the store
    cannot take more writes (locked, read-only, disk full, connection lost); everything
    stored before that is complete.
    """
    pins = pins if pins is not None else Pins.load(None)
    rules = rules if rules is not None else IssueRules.load(None)
    report = IngestReport()
    batches = _batches(items, store, report, progress)

    def write(raws: list[RawDocument], results: list[tuple[dict | None, str]]) -> None:
        for raw, (doc, reason) in zip(raws, results, strict=True):
            if doc is not None:
                reason = check(doc, raw) or ""
            if doc is None or reason:
                report.failures.append(Failure(raw.source, reason))
            else:
                write_one(store, doc, pins, rules, report, raw.source)
            if progress:
                progress(report)

    if workers <= 0:
        for raws in batches:
            for i in range(0, len(raws), CHUNK):
                chunk = raws[i:i + CHUNK]
                write(chunk, extract_batch(chunk, extractor))
        return report

    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init,
                               initargs=(extractor, os.getpid()))
    pending: deque[tuple[list[RawDocument], Future]] = deque()
    try:
        for raws in batches:
            for i in range(0, len(raws), CHUNK):
                chunk = raws[i:i + CHUNK]
                pending.append((chunk, pool.submit(extract_batch, chunk, extractor)))
                while len(pending) > 2 * workers:
                    pool = _harvest(pending, write, pool, ctx, workers, extractor)
        while pending:
            pool = _harvest(pending, write, pool, ctx, workers, extractor)
    finally:
        for _, fut in pending:
            fut.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
    return report


def _harvest(pending, write, pool, ctx, workers, extractor) -> ProcessPoolExecutor:
    """Write the oldest batch; a crashed worker fails its batch and the pool restarts."""
    chunk, fut = pending.popleft()
    try:
        results = fut.result()
    except BrokenProcessPool:
        results = [(None, "a worker process died while extracting this document "
                          "(out of memory?)")] * len(chunk)
        pool.shutdown(wait=False, cancel_futures=True)
        retry = [c for c, _ in pending]
        pending.clear()
        pool = ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init,
                                   initargs=(extractor, os.getpid()))
        for c in retry:
            pending.append((c, pool.submit(extract_batch, c, extractor)))
    write(chunk, results)
    return pool


def write_one(store: Store, doc: dict[str, Any], pins: Pins, rules: IssueRules,
              report: IngestReport, source: str) -> None:
    """Store one document in its own transaction; data errors fail only this document."""
    try:
        with store.writer().begin() as conn:
            stored = store_document(conn, doc, pins, rules)
    except IntegrityError as exc:
        if "documents" in str(exc.orig) and "id" in str(exc.orig):
            report.skipped += 1  # another process stored it meanwhile
            return
        report.failures.append(Failure(source, f"not stored: {_short(exc)}"))
        return
    except DataError as exc:
        report.failures.append(Failure(source, f"not stored: {_short(exc)}"))
        return
    except (OperationalError, SQLAlchemyError, OSError) as exc:
        raise StoreError(explain(exc, store.url)) from exc
    if stored is None:
        report.skipped += 1
    else:
        report.stored += 1
        report.claims += stored.claims
        report.events += stored.events


def ingest_documents(store: Store, docs: Iterable[Mapping[str, Any]], *,
                     pins: Pins | None = None, rules: IssueRules | None = None,
                     progress: Progress | None = None) -> IngestReport:
    """Store already-extracted contract documents (dicts with ``text``), e.g. JSON Lines."""
    pins = pins if pins is not None else Pins.load(None)
    rules = rules if rules is not None else IssueRules.load(None)
    report = IngestReport()
    from stancemap.validate import problems

    for doc in docs:
        report.read += 1
        source = (doc.get("document") or {}).get("source") or "?"
        found = problems(dict(doc))
        if found:
            report.failures.append(Failure(source, f"invalid document: {found[0]}"))
        elif not doc.get("text"):
            report.failures.append(Failure(source, "document has no 'text'; extract with --text"))
        else:
            write_one(store, dict(doc), pins, rules, report, source)
        if progress:
            progress(report)
    return report


def _short(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split())[:300]
