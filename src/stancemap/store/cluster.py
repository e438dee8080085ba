"""Ingest on a Dask cluster: workers read, extract and write partitions in parallel.

``ingest --cluster local:N`` starts a ``LocalCluster`` of N worker processes on this
machine; ``--cluster tcp://HOST:8786`` uses a running scheduler (``dask scheduler`` with
``dask worker`` processes on other machines, which must reach the database and read the
input files). The client cuts the inputs into partitions (``read.partitions``) and sends
one task per partition; a worker plugin loads the extractor (the spaCy model) and opens the
store once per worker process. Each worker writes its own documents, a chunk per
transaction (``ingest.write_batch``): stored documents are skipped by text hash, so a task
that runs again after its worker died (Dask reschedules it) stores only what is missing,
and several writers never duplicate a document, an actor key or an issue key.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

from distributed import WorkerPlugin

from stancemap import extractors
from stancemap.errors import StoreError
from stancemap.model import RawDocument
from stancemap.read.common import DEFAULT_MAX_BYTES
from stancemap.read.partitions import PART_BYTES, Partition, plan, read_partition
from stancemap.store.db import Store, open_store
from stancemap.store.identity import Pins
from stancemap.store.ingest import (
    CHUNK,
    DEFAULT_EXTRACTOR,
    Counts,
    Failure,
    IngestReport,
    extract_batch,
    fresh_batches,
    write_extracted,
)
from stancemap.store.issue_finder import IssueFinder
from stancemap.store.issues import IssueRules

PLUGIN = "stancemap-ingest"
CONNECT_TIMEOUT = 10  # seconds to reach a scheduler

WORKER_CONFIG = "dask-worker.yaml"  # Dask settings for worker processes (why: in the file)


def worker_config() -> dict[str, Any]:
    """The Dask settings ``local:N`` gives its workers (the file users copy to theirs), as
    dotted keys: ``dask.config.set`` replaces a whole section given as a nested dict."""
    import yaml

    def flat(d: dict[str, Any], prefix: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k, v in d.items():
            out.update(flat(v, f"{prefix}{k}.") if isinstance(v, dict) else {f"{prefix}{k}": v})
        return out

    return flat(yaml.safe_load(resources.files(__package__).joinpath(WORKER_CONFIG).read_text()))


class ClusterError(StoreError):
    """The cluster cannot be started or reached, or went away during the run."""


@dataclass
class PartResult(Counts):
    """What one task did with its partition, and on which worker."""

    worker: str = ""


@dataclass
class WorkerCount:
    """A worker's share of the run."""

    partitions: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0


@dataclass
class ClusterReport(IngestReport):
    """An ingest report with each worker's share."""

    partitions: int = 0
    workers: dict[str, WorkerCount] = field(default_factory=dict)

    def add(self, r: PartResult) -> None:  # type: ignore[override]
        super().add(r)
        w = self.workers.setdefault(r.worker, WorkerCount())
        w.partitions += 1
        w.stored += r.stored
        w.skipped += r.skipped
        w.failed += len(r.failures)


class IngestPlugin(WorkerPlugin):
    """Per worker process: the extractor loaded once, the store opened once, and one issue
    finder kept across that worker's tasks."""

    name = PLUGIN

    def __init__(self, db: str, extractor: str, pins: Pins, rules: IssueRules,
                 max_bytes: int, published: str | None) -> None:
        self.db, self.extractor = db, extractor
        self.pins, self.rules = pins, rules
        self.max_bytes, self.published = max_bytes, published
        self.store: Store | None = None
        self.finder: IssueFinder | None = None

    def setup(self, worker: Any) -> None:
        self.address = worker.address
        if self.extractor == DEFAULT_EXTRACTOR:
            from stancemap.nlp import load

            load()
        else:
            extractors.get(self.extractor)
        self.store = open_store(self.db, create=False)
        self.finder = IssueFinder(self.rules)

    def teardown(self, worker: Any) -> None:
        if self.store is not None:
            self.store.close()


def run_partition(part: Partition) -> PartResult:
    """The task: read ``part``, extract what is not stored yet, store it chunk by chunk."""
    from distributed import get_worker

    plugin: IngestPlugin = get_worker().plugins[PLUGIN]  # type: ignore[assignment]
    assert plugin.store is not None
    report = IngestReport(issue_finder=plugin.finder)
    items = read_partition(part, max_bytes=plugin.max_bytes)
    if plugin.published:
        items = (replace(i, published=plugin.published) if isinstance(i, RawDocument) else i
                 for i in items)
    # a chunk is written (waiting on the database) while the next one is extracted
    writing: Future | None = None
    with ThreadPoolExecutor(1, thread_name_prefix="stancemap-write") as writer:
        for fresh in fresh_batches(items, plugin.store, report, None):
            for i in range(0, len(fresh), CHUNK):
                chunk = fresh[i:i + CHUNK]
                results = extract_batch(chunk, plugin.extractor)
                if writing is not None:
                    writing.result()
                writing = writer.submit(write_extracted, plugin.store, chunk, results,
                                        plugin.pins, plugin.rules, report)
        if writing is not None:
            writing.result()
    return PartResult(**report.counts(), worker=plugin.address)


@contextmanager
def connect(spec: str) -> Iterator[Any]:
    """A Dask client for ``local:N`` (a new LocalCluster of N processes, closed after) or a
    scheduler address (``tcp://HOST:PORT``)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ClusterError(f"--cluster needs dask.distributed ({exc}); "
                           "reinstall stancemap") from None
    # the client logs its reconnection attempts with tracebacks; the error says it in one line
    for name in ["distributed", *logging.root.manager.loggerDict]:
        if name.startswith("distributed"):
            logging.getLogger(name).setLevel(logging.CRITICAL)
    if spec.startswith("local:"):
        try:
            n = int(spec.removeprefix("local:"))
        except ValueError:
            n = 0
        if n < 1:
            raise ClusterError(f"--cluster {spec!r}: give local:N with N ≥ 1 worker processes, "
                               "or a scheduler address tcp://HOST:8786")
        import dask

        with dask.config.set(worker_config()):
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            try:
                with Client(cluster) as client:
                    yield client
            finally:
                cluster.close()
        return
    if "://" not in spec:
        raise ClusterError(f"--cluster {spec!r} is neither local:N nor a scheduler address "
                           "such as tcp://HOST:8786")
    try:
        client = Client(spec, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {spec} ({_one_line(exc)}); "
                           "is `dask scheduler` running there?") from None
    with client:
        yield client


Progress = Callable[[ClusterReport], None]


def ingest_on_cluster(store: Store, paths: Iterable[str], spec: str, *,
                      extractor: str = DEFAULT_EXTRACTOR, pins: Pins | None = None,
                      rules: IssueRules | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                      url_deadline: float | None = None, published: str | None = None,
                      part_bytes: int = PART_BYTES,
                      progress: Progress | None = None) -> ClusterReport:
    """Extract and store every new document of ``paths`` on the cluster ``spec``.

    Raises :class:`ClusterError` when the cluster cannot be started or reached, or the
    scheduler goes away; every document stored until then is complete, and running the
    same command again stores the rest.
    """
    from distributed import as_completed
    from distributed.client import FutureCancelledError
    from distributed.comm.core import CommClosedError

    pins = pins if pins is not None else Pins.load(None)
    rules = rules if rules is not None else IssueRules.load(None)
    report = ClusterReport()
    parts = list(plan(paths, part_bytes=part_bytes, max_bytes=max_bytes,
                      url_deadline=url_deadline))
    report.partitions = len(parts)
    if not parts:
        return report
    db = store.url.render_as_string(hide_password=False)
    with connect(spec) as client:
        where = client.scheduler.address if client.scheduler else spec
        try:
            client.register_plugin(IngestPlugin(db, extractor, pins, rules, max_bytes,
                                                published), name=PLUGIN)
            futures = client.map(run_partition, parts, pure=False)
            for future in as_completed(futures):
                if future.status == "finished":
                    report.add(future.result())
                elif future.status == "error":
                    if isinstance(future.exception(), StoreError):  # the database: stop
                        client.cancel(futures)
                        raise StoreError(str(future.exception()))
                    part = parts[futures.index(future)]
                    report.failures.append(Failure(part.name, _task_failure(future)))
                else:  # cancelled or lost: the scheduler went away
                    raise ClusterError(_lost(where, f"task {future.status}"))
                if progress:
                    progress(report)
        except (OSError, TimeoutError, FutureCancelledError, CommClosedError) as exc:
            raise ClusterError(_lost(where, _one_line(exc))) from None
    return report


def _lost(where: str, why: str) -> str:
    return (f"lost the Dask scheduler at {where} ({why}); every document stored so far is "
            "complete — run the same command again to store the rest")


def _task_failure(future: Any) -> str:
    """Why a partition's task failed (its worker died too often, or an error)."""
    from distributed.scheduler import KilledWorker

    try:
        exc = future.exception()
    except Exception as err:  # noqa: BLE001 - the scheduler is gone as well
        exc = err
    if isinstance(exc, KilledWorker):
        return ("the workers running this partition died again and again (out of memory?); "
                "not stored — split the input or give workers more memory, then re-run")
    return f"not stored: {type(exc).__name__}: {_one_line(exc)}"


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def worker_lines(report: ClusterReport) -> list[str]:
    """One line per worker: partitions, stored, already stored, failed."""
    out = []
    for n, (address, w) in enumerate(sorted(report.workers.items()), 1):
        out.append(f"worker {n} ({address}): {w.partitions} partitions, {w.stored} stored, "
                   f"{w.skipped} already stored, {w.failed} failed")
    return out
