"""Ingest: read → extract (in worker processes) → store.

The parent process reads inputs, skips documents already stored (same text hash), hands
chunks to ``workers`` extraction processes (each loads the spaCy model once) and writes
each extracted document in its own transaction; already-extracted documents are written
``BATCH`` per transaction (``write_batch``). Killing the run at any moment
leaves each stored document whole; the next run skips those and stores the rest. The same
``write_batch`` serves many writers at once (``stancemap.store.cluster``).
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError, OperationalError, SQLAlchemyError

from stancemap import extractors
from stancemap.model import Document, RawDocument, ReadError, document_id
from stancemap.store.db import Store, StoreError, explain, patiently
from stancemap.store.identity import Pins
from stancemap.store.issue_finder import IssueFinder
from stancemap.store.issues import IssueRules
from stancemap.store.write import Checked, store_documents, stored_ids

DEFAULT_EXTRACTOR = extractors.DEFAULT
CHUNK = 8  # documents per task sent to a worker (and per transaction when they come back)
BATCH = 64  # already-extracted documents per transaction (fewer, larger: see BENCHMARKS.md)


@dataclass
class Failure:
    """A document that was not stored, and why."""

    source: str
    reason: str


@dataclass
class Counts:
    """What happened to the documents of a run (or of one part of it); ``failures`` lists
    what was not stored."""

    read: int = 0  # documents read (inputs that could not be read are in ``failures``)
    unreadable: int = 0
    stored: int = 0
    skipped: int = 0
    claims: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)

    def counts(self) -> dict[str, Any]:
        """The counts alone (without what a subclass adds), e.g. to send them elsewhere."""
        return {f.name: getattr(self, f.name) for f in fields(Counts)}

    def add(self, other: Counts) -> None:
        """Add ``other``'s counts and failures to these."""
        for name, value in other.counts().items():
            setattr(self, name, getattr(self, name) + value)


@dataclass
class IngestReport(Counts):
    """Counts of one ingest run, its start time and the issue finder its writes share."""

    started: float = field(default_factory=time.monotonic)
    issue_finder: IssueFinder | None = field(default=None, repr=False)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    @property
    def rate(self) -> float:
        return self.stored / self.elapsed if self.elapsed > 0 else 0.0


Progress = Callable[[IngestReport], None]


def as_dict(doc: Any) -> dict[str, Any]:
    return doc if isinstance(doc, Mapping) else doc.to_dict(include_text=True)


def check(doc: dict[str, Any]) -> str | None:
    """Why an extracted document breaks the contract (full JSON Schema check), or None."""
    from stancemap.validate import problems

    found = problems(doc)
    if found:
        more = f" (+{len(found) - 1} more)" if len(found) > 1 else ""
        return f"extractor returned an invalid document: {found[0]}{more}"
    return None


STANCES = {"support", "oppose", "neutral"}


def quick_check(doc: Any) -> str | None:
    """What the store needs of a document given as JSON, checked fast (no JSON Schema):
    the fields it stores (it must read as a ``Document``), the text hash as id,
    evidence = text[start:end], known actor ids."""
    checked = parse_checked(doc)
    return checked if isinstance(checked, str) else None


def parse_checked(doc: Any) -> Checked | str:
    """``quick_check`` that keeps what it read: the document ready for the writer, or why
    it cannot be stored."""
    try:
        text = doc.get("text")
        if not isinstance(text, str) or not text:
            return "document has no 'text'; extract with --text"
        meta = doc["document"]
        if meta.get("id") != document_id(text):
            return "document.id is not the sha256 of its text"
        ids = set()
        for a in doc["actors"]:
            if not (isinstance(a["id"], str) and isinstance(a["name"], str) and a["name"]):
                return f"actor {a.get('id')!r} needs a string id and name"
            if a["kind"] not in ("person", "organization", "country", "group"):
                return f"actor {a['id']}: unknown kind {a['kind']!r}"
            ids.add(a["id"])
            for m in a["mentions"]:
                if not 0 <= m["start"] < m["end"] <= len(text):
                    return f"actor {a['id']}: mention {m} out of range"
        if len(ids) != len(doc["actors"]):
            return "actors: ids are not unique"
        for kind in ("claims", "events"):
            for x in doc[kind]:
                ev = x["evidence"]
                if text[ev["start"]:ev["end"]] != ev["text"]:
                    return f"{x['id']}: evidence.text is not text[start:end]"
                refs = x["speakers"] if kind == "claims" else [
                    *x["participants"], *([x["convener"]] if x.get("convener") else [])]
                missing = [r for r in refs if r not in ids]
                if missing:
                    return f"{x['id']}: unknown actor {missing[0]}"
        for c in doc["claims"]:
            if c["stance"] not in STANCES:
                return f"claim {c['id']}: stance {c['stance']!r} is not support/oppose/neutral"
            if not isinstance(c["target"], str) or not isinstance(c["conditions"], list):
                return f"claim {c['id']}: target must be text and conditions a list"
            float(c["confidence"])
        for e in doc["events"]:
            if not isinstance(e["kind"], str) or not isinstance(e["status"], str):
                return f"event {e['id']}: kind and status must be text"
        # what the codec stores: every field the dataclasses require
        return Checked(Document.from_dict(doc), doc)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        return f"not a stancemap/1 document ({type(exc).__name__}: {exc})"


def extract_batch(raws: list[RawDocument], extractor: str
                  ) -> list[tuple[Checked | dict | None, str]]:
    """Extract each document: (document, "") or (None, reason). Never raises. The built-in
    extractor's documents come back checked and read (``Checked``), another's as contract
    dicts."""
    fn = extractors.get(extractor)
    try:
        docs: list[dict | str] = [as_dict(d) for d in fn(raws)]
        if len(docs) != len(raws):
            raise ValueError("extractor returned a different number of documents")
    except Exception:  # noqa: BLE001 - isolate the failing document below
        docs = []
        for raw in raws:
            try:
                docs.append(as_dict(next(iter(fn([raw])))))
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the run
                docs.append(f"extraction failed: {type(exc).__name__}: "
                            f"{' '.join(str(exc).split())[:300]}")
    return [_checked(d, extractor) for d in docs]


def extract_stream(raws: list[RawDocument], extractor: str
                   ) -> Iterator[tuple[Checked | dict | None, str]]:
    """:func:`extract_batch` of ``raws`` as one stream, result by result: the parser sees
    them in full batches however small the chunks its results are written in. When the
    extractor fails, the documents not yielded yet are done by ``extract_batch`` (which
    isolates the failing one). Never raises."""
    fn = extractors.get(extractor)
    done = 0
    try:
        for d in fn(raws):
            if done == len(raws):
                break
            result = _checked(as_dict(d), extractor)
            done += 1
            yield result
    except Exception:  # noqa: BLE001 - redone below, one document at a time if need be
        pass
    for i in range(done, len(raws), CHUNK):
        yield from extract_batch(raws[i:i + CHUNK], extractor)


def _checked(d: dict | str, extractor: str) -> tuple[Checked | dict | None, str]:
    """(document, "") or (None, why it cannot be stored). The built-in extractor's document
    comes back read (``Checked``), so the writer does not read it again."""
    if isinstance(d, str):
        return None, d
    # another extractor's output gets the full JSON Schema check; the built-in one's (its
    # contract is tested) only what the store needs: the full check costs ~10% of extraction
    if extractor != DEFAULT_EXTRACTOR:
        reason = check(d)
        return (None, reason) if reason else (d, "")
    checked = parse_checked(d)
    if isinstance(checked, str):
        return None, f"extractor returned an invalid document: {checked}"
    return checked, ""


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


def fresh_batches(items: Iterable[RawDocument | ReadError], store: Store, report: IngestReport,
             progress: Progress | None, size: int = 64) -> Iterator[list[RawDocument]]:
    """New documents in batches of up to ``size``; read errors and documents already
    stored (or seen earlier in ``items``) are counted in ``report``."""
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
            report.unreadable += 1
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
    batches = fresh_batches(items, store, report, progress)

    def write(raws: list[RawDocument], results: list[tuple[Checked | dict | None, str]]) -> None:
        # extraction takes ~100× longer than a write here: one transaction per document
        # keeps each one stored as soon as it is extracted
        for raw, result in zip(raws, results, strict=True):
            write_extracted(store, [raw], [result], pins, rules, report)
            if progress:
                progress(report)

    if workers <= 0:
        for raws in batches:
            for raw, result in zip(raws, extract_stream(raws, extractor), strict=True):
                write([raw], [result])
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


def write_extracted(store: Store, raws: list[RawDocument],
                    results: list[tuple[Checked | dict | None, str]], pins: Pins, rules: IssueRules,
                    report: IngestReport) -> None:
    """Store the extracted documents of ``raws`` in one transaction; count the failures."""
    docs, sources = [], []
    for raw, (doc, reason) in zip(raws, results, strict=True):
        if doc is None:
            report.failures.append(Failure(raw.source, reason))
        else:
            docs.append(doc)
            sources.append(raw.source)
    if docs:
        write_batch(store, docs, pins, rules, report, sources)


CONFLICT_RETRIES = 5  # a batch that lost a race for a new actor or issue is tried again


def write_batch(store: Store, docs: list[Checked | dict[str, Any]], pins: Pins, rules: IssueRules,
                report: IngestReport, sources: list[str]) -> None:
    """Store ``docs`` in one transaction: all of them or none. Documents stored meanwhile
    (same text hash) are skipped. Another writer that created the same actor or issue first
    makes the transaction fail on a unique key: it is tried again and then finds it. While
    another writer holds the store (a `remerge`, another ingest) it waits (``patiently``).
    A document the database rejects (bad data) fails alone: the batch is then written one
    document at a time."""
    for attempt in range(CONFLICT_RETRIES):
        try:
            patiently(store, lambda: _write_once(store, docs, pins, rules, report))
            return
        except IntegrityError:
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))
        except DataError as exc:
            if len(docs) == 1:  # bad data fails the same way again: this one fails
                report.failures.append(Failure(sources[0], f"not stored: {_short(exc)}"))
                return
            break
    if len(docs) == 1:
        try:
            patiently(store, lambda: _write_once(store, docs, pins, rules, report))
        except (IntegrityError, DataError) as exc:
            report.failures.append(Failure(sources[0], f"not stored: {_short(exc)}"))
        return
    for doc, source in zip(docs, sources, strict=True):
        write_batch(store, [doc], pins, rules, report, [source])


def _write_once(store: Store, docs: list[Checked | dict[str, Any]], pins: Pins, rules: IssueRules,
                report: IngestReport) -> None:
    """One attempt; IntegrityError and DataError reach the caller, other database errors
    become a StoreError that says what to do."""
    if report.issue_finder is None or report.issue_finder.rules is not rules:
        report.issue_finder = IssueFinder(rules)
    finder = report.issue_finder
    try:
        with store.writer().begin() as conn:
            finder.refresh(conn)
            stored = store_documents(conn, docs, pins, rules, finder)
    except (IntegrityError, DataError):
        finder.discard()
        raise
    except (OperationalError, SQLAlchemyError, OSError) as exc:
        finder.discard()
        raise StoreError(explain(exc, store.url)) from exc
    except BaseException:
        finder.discard()
        raise
    finder.committed()  # committed now: safe to reuse across batches
    for s in stored:
        if s is None:
            report.skipped += 1
        else:
            report.stored += 1
            report.claims += s.claims
            report.events += s.events


def ingest_documents(store: Store, docs: Iterable[Mapping[str, Any]], *,
                     pins: Pins | None = None, rules: IssueRules | None = None,
                     progress: Progress | None = None, batch_size: int = BATCH
                     ) -> IngestReport:
    """Store already-extracted contract documents (dicts with ``text``), e.g. JSON Lines,
    ``batch_size`` documents per transaction."""
    pins = pins if pins is not None else Pins.load(None)
    rules = rules if rules is not None else IssueRules.load(None)
    report = IngestReport()
    batch: list[Checked] = []
    sources: list[str] = []

    def flush() -> None:
        if batch:
            write_batch(store, list(batch), pins, rules, report, list(sources))
            batch.clear()
            sources.clear()
        if progress:
            progress(report)

    for doc in docs:
        report.read += 1
        meta = doc.get("document") if isinstance(doc, Mapping) else None
        source = (meta.get("source") if isinstance(meta, Mapping) else None) or "?"
        checked = parse_checked(doc) if isinstance(doc, Mapping) else "not a JSON object"
        if isinstance(checked, str):
            report.failures.append(Failure(source, f"invalid document: {checked}"))
        else:
            batch.append(checked)
            sources.append(source)
        if len(batch) >= batch_size:
            flush()
    flush()
    return report


def _short(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split())[:300]
