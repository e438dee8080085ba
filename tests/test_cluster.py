"""Ingest on a real Dask cluster (``LocalCluster`` of worker processes, or a scheduler and a
worker started with the ``dask`` CLI): the same store as a plain ingest; a worker killed
with SIGKILL mid-run loses and duplicates nothing; a lost scheduler stops the run with one
line and a re-run finishes it. Inputs are real Wikinews articles (fixtures/store/README.md).
"""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stancemap.model import Document, RawDocument
from stancemap.read import iter_inputs
from stancemap.read.partitions import Partition, plan, read_partition
from stancemap.store.cluster import ClusterError, ingest_on_cluster
from stancemap.store.db import open_store
from stancemap.store.export import iter_documents
from stancemap.store.ingest import ingest
from stancemap.store.meta import consistency_problems
from stancemap.store.tables import claims, documents
from store_fixtures import *  # noqa: F403
from test_store_ingest import N_SAMPLE, SAMPLE, stancemap

PART = 12_000  # bytes per partition: the 24-article sample becomes several tasks


def item_key(item) -> tuple:
    return (type(item).__name__, item.source, getattr(item, "text", None),
            getattr(item, "message", None), getattr(item, "title", None),
            getattr(item, "published", None), getattr(item, "url", None))


def awkward_inputs(tmp_path: Path) -> list[str]:
    """A CSV with quoted newlines and blank records, JSON Lines with a blank and a broken
    line, and a folder of text files: every way a partition boundary could go wrong."""
    rows = list(csv.DictReader(SAMPLE.open(encoding="utf-8")))
    big = tmp_path / "articles.csv"
    with big.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\n")  # a blank record before the header
        w = csv.DictWriter(fh, fieldnames=["title", "text", "url", "date"])
        w.writeheader()
        for i, r in enumerate(rows):
            w.writerow({k: r[k] for k in ("title", "text", "url", "date")})
            if i % 5 == 0:
                fh.write(",,,\r\n")  # a record with no values: not a row
    lines = tmp_path / "articles.jsonl"
    with lines.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(rows):
            fh.write(json.dumps({"text": r["text"], "title": r["title"]}) + "\n")
            if i == 3:
                fh.write("\n")
            if i == 7:
                fh.write('{"text": "broken\n')
    folder = tmp_path / "folder"
    folder.mkdir()
    for i, r in enumerate(rows[:5]):
        (folder / f"{i}.txt").write_text(r["text"], "utf-8")
    return [str(big), str(lines), str(folder)]


@pytest.mark.parametrize("part_bytes", [1, 3_000, 40_000, 1 << 20])
def test_partitions_read_exactly_the_inputs(tmp_path, part_bytes):
    """Any cut gives the documents and errors, in order and named, of reading it whole."""
    paths = awkward_inputs(tmp_path)
    parts = list(plan(paths, part_bytes=part_bytes))
    got = [item_key(i) for p in parts for i in read_partition(p)]
    assert got == [item_key(i) for i in iter_inputs(paths)]
    if part_bytes == 3_000:  # large files really were cut into byte ranges
        ranges = [p for p in parts if p.kind in ("csv", "jsonl")]
        assert len({p.path for p in ranges}) == 2 and len(ranges) > 10


def test_partitions_are_read_from_the_clients_folder(tmp_path, monkeypatch):
    """Workers may run elsewhere: relative paths are found, and named as the user gave them."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Ministers met in Paris on Monday.", "utf-8")
    (part,) = plan(["a.txt"])
    monkeypatch.chdir(SAMPLE.parent)
    (item,) = read_partition(part)
    assert isinstance(item, RawDocument) and item.source == "a.txt"
    assert isinstance(Partition("files", files=("nowhere.txt",)).name, str)


def stored(url: str) -> list[dict]:
    """The stored documents as the extractor gave them (what the store adds across articles,
    such as which cross-article actor an article's actor became, depends on the order in
    which parallel writers got there)."""
    with open_store(url) as s, s.session() as ses:
        docs = [Document.from_dict(d).to_dict(include_text=True) for d in iter_documents(ses)]
    return sorted(docs, key=lambda d: d["document"]["id"])


def n_rows(url: str, table) -> int:
    with open_store(url) as s, s.engine.connect() as c:
        return c.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> list[dict]:
    """The sample stored by a plain in-process ingest."""
    db = str(tmp_path_factory.mktemp("ref") / "ref.db")
    with open_store(db) as s:
        report = ingest(s, iter_inputs([str(SAMPLE)]), workers=0)
    assert report.stored == N_SAMPLE and not report.failures
    return stored(db)


def test_cluster_ingest_stores_what_a_plain_ingest_stores(store_url, reference):
    with open_store(store_url) as s:
        report = ingest_on_cluster(s, [str(SAMPLE)], "local:2", part_bytes=PART)
        assert consistency_problems(s) == []
    assert report.stored == N_SAMPLE and not report.failures and report.partitions > 2
    assert sum(w.stored for w in report.workers.values()) == N_SAMPLE
    assert sum(w.partitions for w in report.workers.values()) == report.partitions
    assert stored(store_url) == reference
    with open_store(store_url) as s:  # a second run stores nothing again
        again = ingest_on_cluster(s, [str(SAMPLE)], "local:1", part_bytes=PART)
    assert (again.stored, again.skipped) == (0, N_SAMPLE)


def test_cluster_cli_summary_and_bad_specs(tmp_path):
    db = str(tmp_path / "s.db")
    run = stancemap("ingest", str(SAMPLE), "--db", db, "--cluster", "local:2",
                    "--partition-bytes", str(PART))
    assert run.returncode == 0, run.stderr
    assert f"{N_SAMPLE} stored, 0 already stored, 0 failed" in run.stderr
    workers = [ln for ln in run.stderr.splitlines() if ln.startswith("stancemap: worker ")]
    assert workers and sum(int(ln.split(", ")[1].split()[0]) for ln in workers) == N_SAMPLE
    for spec, words in (("local:0", "local:N with N ≥ 1"), ("banana", "neither local:N"),
                        ("tcp://127.0.0.1:9", "cannot reach the Dask scheduler")):
        bad = stancemap("ingest", str(SAMPLE), "--db", str(tmp_path / "b.db"),
                        "--cluster", spec, timeout=120)
        assert bad.returncode == 1 and words in bad.stderr, bad.stderr
        assert bad.stderr.strip().splitlines()[-1].startswith("stancemap: error: ")
        assert "Traceback" not in bad.stderr
    both = stancemap("ingest", str(SAMPLE), "--db", db, "--cluster", "local:1", "--extracted")
    assert both.returncode != 0 and "--extracted" in both.stderr


def _worker_settings() -> tuple:
    import dask

    return (os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS"),
            dask.config.get("distributed.worker.profile.enabled"))


def test_local_workers_run_without_the_profiler_and_with_adaptive_malloc():
    """What ``WORKER_CONFIG`` promises holds in the worker processes themselves, and the
    client's own configuration is left as it was."""
    import dask

    from stancemap.store.cluster import connect

    os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    with connect("local:1") as client:
        assert list(client.run(_worker_settings).values()) == [(None, "1", False)]
    assert dask.config.get("distributed.worker.profile.enabled") is True


def worker_pids(client) -> dict[str, int]:
    return client.run(os.getpid)


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(store_url, reference):
    """SIGKILL one of two workers once the run is writing: Dask reruns its tasks on the
    other (and on the worker the nanny restarts); the store ends whole, each article once."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        out: dict = {}

        def run() -> None:
            try:
                with open_store(store_url) as s:
                    out["report"] = ingest_on_cluster(s, [str(SAMPLE)], cluster.scheduler_address,
                                                      part_bytes=PART)
            except BaseException as exc:  # noqa: BLE001 - reported below
                out["error"] = exc

        t = threading.Thread(target=run)
        t.start()
        deadline = time.time() + 240
        while n_rows(store_url, documents) == 0 and t.is_alive() and time.time() < deadline:
            time.sleep(0.1)
        victim = sorted(worker_pids(client).values())[0]
        os.kill(victim, signal.SIGKILL)
        assert t.is_alive(), "the run ended before the kill"
        t.join(timeout=600)
    assert "error" not in out, out.get("error")
    assert n_rows(store_url, documents) == N_SAMPLE
    assert n_rows(store_url, claims) == sum(len(d["claims"]) for d in reference)
    assert stored(store_url) == reference
    with open_store(store_url) as s:
        assert consistency_problems(s) == []


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_scheduler_gone_stops_with_one_line_and_a_rerun_finishes(tmp_path):
    dask = str(Path(sys.executable).with_name("dask"))
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    db = str(tmp_path / "s.db")
    sched = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                              "--no-dashboard"], stderr=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL)
    worker = subprocess.Popen([dask, "worker", address, "--nworkers", "1", "--nthreads", "1",
                               "--no-dashboard"], stderr=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, cwd=tmp_path,
                              start_new_session=True)  # its nanny's worker process: killed too
    try:
        run = subprocess.Popen(
            [str(Path(sys.executable).with_name("stancemap")), "ingest", str(SAMPLE), "--db", db,
             "--cluster", address, "--partition-bytes", str(PART), "--no-progress"],
            stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 240
        while run.poll() is None and time.time() < deadline and (
                not Path(db).exists() or n_rows(db, documents) == 0):
            time.sleep(0.1)
        sched.kill()
        assert run.poll() is None, "the run ended before the scheduler went away"
        _, err = run.communicate(timeout=300)
    finally:
        sched.kill()
        os.killpg(worker.pid, signal.SIGKILL)  # a worker left running would keep writing
        for p in (sched, worker):
            p.wait()
        deadline = time.time() + 20  # until the nanny's worker process is gone too
        while time.time() < deadline:
            try:
                os.killpg(worker.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)
    assert run.returncode == 1, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("stancemap: error: ") and "scheduler" in last and "again" in last, err
    assert "Traceback" not in err
    partial = n_rows(db, documents)
    assert 0 < partial < N_SAMPLE
    with open_store(db) as s:
        assert consistency_problems(s) == []
    rerun = stancemap("ingest", str(SAMPLE), "--db", db, "--cluster", "local:1")
    assert rerun.returncode == 0, rerun.stderr
    assert f"{N_SAMPLE - partial} stored, {partial} already stored" in rerun.stderr


def test_unreachable_scheduler_is_a_cluster_error(tmp_path):
    with open_store(str(tmp_path / "s.db")) as s, pytest.raises(ClusterError, match="reach"):
        ingest_on_cluster(s, [str(SAMPLE)], f"tcp://127.0.0.1:{free_port()}")


def _write_share(url: str, docs: list[dict], q) -> None:
    from stancemap.store.ingest import ingest_documents

    with open_store(url) as s:
        report = ingest_documents(s, docs, batch_size=4)
    q.put((report.stored, report.skipped, [f.reason for f in report.failures]))


def actor_rows(url: str) -> list[tuple]:
    from stancemap.store.tables import actors

    with open_store(url) as s, s.engine.connect() as c:
        return c.execute(select(actors.c.name, actors.c.kind, actors.c.country)).all()


def test_concurrent_writers_race_for_the_same_actors_and_issues(store_url, tmp_path):
    """Three writer processes store overlapping shares of the same articles at once (every
    article by two of them): each article once, no actor twice, nothing failed."""
    import multiprocessing as mp

    from test_store_faults import sample_docs

    docs = sample_docs(copies=2)
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    shares = [docs[i::3] + docs[(i + 1) % 3::3] for i in range(3)]
    procs = [ctx.Process(target=_write_share, args=(store_url, share, q)) for share in shares]
    for p in procs:
        p.start()
    results = [q.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    assert all(not failed for _, _, failed in results), results
    assert sum(stored for stored, _, _ in results) == len(docs)
    assert sum(skipped for _, skipped, _ in results) == len(docs)  # the other half: skipped
    assert n_rows(store_url, documents) == len(docs)
    with open_store(store_url) as s:
        assert consistency_problems(s) == []
    one = str(tmp_path / "one.db")  # the same articles by one writer
    with open_store(one) as s:
        from stancemap.store.ingest import ingest_documents

        ingest_documents(s, docs)
    raced, alone = actor_rows(store_url), actor_rows(one)
    assert len(raced) == len(set(raced))  # no namesakes of one actor
    # which article named an actor first decides its display name ("House" or "House
    # Judiciary Committee"), and with it the odd merge: the same up to a few actors
    assert abs(len(raced) - len(alone)) <= max(3, len(alone) // 50)
    assert n_rows(store_url, claims) == n_rows(one, claims)


def test_a_writer_committing_between_the_check_and_the_insert_makes_no_namesakes(pg_server,
                                                                                  monkeypatch):
    """The race the concurrent-writers test hits only now and then, forced: while one writer
    is about to create its new actors, a second writer commits the same actors (the same
    article under another id). The first must find and take them, not make namesakes of
    them under the next free key. PostgreSQL only: a SQLite writer holds the whole store."""
    from stancemap.store.ingest import ingest_documents
    from stancemap.store.write import Resolver
    from test_store_faults import sample_docs

    url = new_pg_database(pg_server)  # noqa: F405
    docs = sample_docs(copies=2)
    first, other = docs[0], docs[len(docs) // 2]  # one article and its copy under a new id
    real = Resolver.key_holders
    raced: list[int] = []

    def key_holders(self, keys):
        if not raced:  # once: the other writer commits in between
            raced.append(1)
            with open_store(url) as o:
                assert ingest_documents(o, [other]).stored == 1
        return real(self, keys)

    with open_store(url) as s:
        monkeypatch.setattr(Resolver, "key_holders", key_holders)
        report = ingest_documents(s, [first])
    assert raced and report.stored == 1 and not report.failures
    rows = actor_rows(url)
    assert len(rows) == len(set(rows)), sorted(r for r in rows if rows.count(r) > 1)
    with open_store(url) as s:
        assert consistency_problems(s) == []
