"""Faults: wrong URLs, a locked or read-only file, a full disk, PostgreSQL going away,
and ingests killed with SIGKILL at random moments. After each, the store is whole."""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from stancemap.model import Document
from stancemap.store.db import StoreError, open_store
from stancemap.store.export import iter_documents
from stancemap.store.ingest import BATCH, ingest_documents
from stancemap.store.meta import consistency_problems
from stancemap.store.tables import documents
from store_fixtures import *  # noqa: F403
from store_fixtures import new_pg_database
from test_store_ingest import EXTRACTED, N_SAMPLE, SAMPLE, stancemap


def n_docs(url: str) -> int:
    with open_store(url) as s, s.engine.connect() as c:
        return c.execute(select(func.count()).select_from(documents)).scalar_one()


def sample_docs(copies: int = 1) -> list[dict]:
    """The extracted sample, repeated under new ids (a marker line appended to the text)."""
    from stancemap.model import document_id

    base = [json.loads(line) for line in EXTRACTED.read_text("utf-8").splitlines()]
    out = []
    for k in range(copies):
        for d in base:
            d = json.loads(json.dumps(d))
            if k:
                d["text"] += f"\n\n[copy {k}]"
                d["document"]["id"] = document_id(d["text"])
            out.append(d)
    return out


def stripped(docs) -> dict[str, dict]:
    """Documents by id as the model reads them: the export's added ``actor`` key dropped,
    and the fields added to the contract after the fixture was extracted (claim topic,
    event recipients and mode) at their defaults on both sides."""
    out = {}
    for d in docs:
        d = Document.from_dict(d).to_dict()
        out[d["document"]["id"]] = d
    return out


# ------------------------------------------------------------------ wrong URLs, missing store


@pytest.mark.parametrize(("url", "message"), [
    ("mysql://u:p@localhost/db", "unsupported database 'mysql'"),
    ("postgresql://stancemap:wrong@127.0.0.1:5432/stancemap", "refused the login"),
    ("postgresql://stancemap:stancemap@127.0.0.1:1/stancemap", "cannot reach the database"),
    ("postgresql://stancemap:stancemap@127.0.0.1:5432/no_such_db_here", "createdb"),
    ("/no/such/folder/x.db", "folder /no/such/folder does not exist"),
])
def test_wrong_url_is_one_clear_line(url, message, pg_server):
    if url.startswith("postgresql") and pg_server is None:
        pytest.skip("PostgreSQL is not reachable")
    run = stancemap("ingest", "--extracted", str(EXTRACTED), "--db", url)
    assert run.returncode == 1
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert message in run.stderr
    assert "wrong" not in run.stderr  # passwords never shown


def test_not_a_database(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("hello, not sqlite" * 100, "utf-8")
    run = stancemap("who", "x", "--db", str(junk))
    assert run.returncode == 1 and "is not a SQLite database" in run.stderr


# ------------------------------------------------------------------ locked, read-only, full


def test_locked_database(tmp_path):
    db = tmp_path / "s.db"
    open_store(str(db)).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock, for good
    try:
        run = stancemap("ingest", "--extracted", str(EXTRACTED), "--db", str(db),
                        env={"STANCEMAP_LOCK_TIMEOUT": "0.5", "STANCEMAP_WRITE_PATIENCE": "2"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run.returncode == 1
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith(f"stancemap: error: {db} stayed locked by another process (waited ")
    assert last.endswith("s in all); wait for it to finish or raise $STANCEMAP_WRITE_PATIENCE")
    assert n_docs(str(db)) == 0


def test_ingest_waits_out_another_writer(tmp_path):
    """Issue 13, item 11: a `remerge` (one long transaction) holding the store makes an
    ingest wait and go on, not fail after the lock timeout with nothing stored."""
    import threading

    db = tmp_path / "s.db"
    open_store(str(db)).close()
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(3.0, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        run = stancemap("ingest", "--extracted", str(EXTRACTED), "--db", str(db),
                        env={"STANCEMAP_LOCK_TIMEOUT": "0.5"})
    finally:
        release.join()
        holder.close()
    assert run.returncode == 0, run.stderr
    assert n_docs(str(db)) == len(EXTRACTED.read_text().splitlines())
    assert consistency_problems(open_store(str(db))) == []


def test_read_only_database(tmp_path):
    db = tmp_path / "s.db"
    with open_store(str(db)) as s:
        ingest_documents(s, sample_docs()[:3])
    files = [p for p in tmp_path.iterdir() if p.name.startswith("s.db")]
    if os.geteuid() == 0:  # root writes through permissions: make the files immutable
        if subprocess.run(["chattr", "+i", *map(str, files)], capture_output=True).returncode:
            pytest.skip("running as root without chattr +i: cannot make a file read-only")
    else:
        for p in files:
            p.chmod(0o444)
    try:
        run = stancemap("ingest", "--extracted", str(EXTRACTED), "--db", str(db))
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", *map(str, files)], check=True)
        for p in files:
            p.chmod(0o644)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines()[-1] == (
        f"stancemap: error: {db} is read-only; make the file and its folder writable or "
        "use another --db"), run.stderr
    assert n_docs(str(db)) == 3


def test_disk_full_leaves_whole_documents(tmp_path):
    """SQLite's max_page_count makes the database file full exactly as a full disk does."""
    db = str(tmp_path / "s.db")
    docs = sample_docs()
    with open_store(db) as s:
        ingest_documents(s, docs[:2])
        pages = s.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()

        @event.listens_for(s.engine, "connect")
        def limit(dbapi_conn, _):
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 40}")

        s.engine.dispose()
        with pytest.raises(StoreError, match="is full; free some space and re-run"):
            ingest_documents(s, docs)
        stored = n_docs(db)
        assert 2 <= stored < N_SAMPLE
        assert consistency_problems(s) == []
    with open_store(db) as s:  # space again: the re-run completes
        report = ingest_documents(s, docs)
        assert report.stored == N_SAMPLE - stored
        assert consistency_problems(s) == []


# ------------------------------------------------------------------ PostgreSQL going away


def test_postgres_going_away_mid_run(pg_server):
    url = new_pg_database(pg_server)
    name = url.rsplit("/", 1)[1]
    open_store(url).close()
    proc = subprocess.Popen(
        [str(Path(sys.executable).with_name("stancemap")), "ingest", str(SAMPLE), "--db", url,
         "--workers", "1", "--no-progress"],
        stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 120
        while n_docs(url) < 2 and time.time() < deadline and proc.poll() is None:
            time.sleep(0.2)
        with pg_server._admin() as admin:  # the server stops taking this database's clients
            admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                          "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            try:
                _, err = proc.communicate(timeout=120)
            finally:
                admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    finally:
        proc.kill()
    assert proc.returncode == 1
    last = err.strip().splitlines()[-1]
    assert last.startswith("stancemap: error: ") and "re-run" in last, err
    assert "Traceback" not in err
    with open_store(url) as s:
        assert consistency_problems(s) == []
    rerun = stancemap("ingest", str(SAMPLE), "--db", url, "--workers", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert n_docs(url) == N_SAMPLE


# ------------------------------------------------------------------ kill -9 at random points


def children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def kill_runs(args: list[str], store_url: str, kills: int, rng: random.Random) -> list[int]:
    """Run the CLI and SIGKILL it ``kills`` times, each time once the run has stored a new
    document (it is writing) plus a random moment; returns the stored count after each
    kill. Every kill must land while the run is still going, never after it ended."""
    exe = str(Path(sys.executable).with_name("stancemap"))
    counts: list[int] = []
    for _ in range(kills):
        before = counts[-1] if counts else 0
        proc = subprocess.Popen([exe, *args, "--no-progress"], stderr=subprocess.DEVNULL)
        deadline = time.time() + 180
        while proc.poll() is None and time.time() < deadline and n_docs(store_url) <= before:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.2))
        workers = children(proc.pid)
        proc.kill()  # SIGKILL: no cleanup of any kind
        assert proc.wait() == -signal.SIGKILL, "the run ended before the kill"
        deadline = time.time() + 10  # its extraction workers notice and exit
        while any(alive(w) for w in workers) and time.time() < deadline:
            time.sleep(0.1)
        assert not any(alive(w) for w in workers), "orphaned worker processes"
        counts.append(n_docs(store_url))
    return counts


def sample_csv(path: Path, copies: int) -> Path:
    """The sample's articles as a CSV, repeated under new texts as sample_docs does."""
    with SAMPLE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, fieldnames=list(rows[0]))
        out.writeheader()
        for k in range(copies):
            for row in rows:
                out.writerow({**row, "url": row["url"] + (f"#copy-{k}" if k else ""),
                              "text": row["text"] + (f"\n\n[copy {k}]" if k else "")})
    return path


def test_kill_during_extracting_ingest(store_url, tmp_path):
    """The real CLI with two extraction workers, killed twice, then run to the end. Three
    copies of the sample: results come back eight documents a task and are written in a
    burst, so a sample of three tasks could be all written before a kill lands."""
    copies = 3
    source = str(sample_csv(tmp_path / "sample.csv", copies))
    rng = random.Random(os.environ.get("STANCEMAP_TEST_SEED", "5"))
    counts = kill_runs(["ingest", source, "--db", store_url, "--workers", "2"],
                       store_url, 2, rng)
    total = copies * N_SAMPLE
    assert 0 < counts[0] < counts[1] < total  # each kill landed mid-run, mid-write
    with open_store(store_url) as s:
        assert consistency_problems(s) == []
    final = stancemap("ingest", source, "--db", store_url, "--workers", "2")
    assert final.returncode == 0, final.stderr
    with open_store(store_url) as s:
        assert consistency_problems(s) == []
        with s.session() as ses:
            got = stripped(iter_documents(ses))
    assert len(got) == total
    # each stored document is whole and as extracted (exact equality of the stored JSON
    # with the input is checked by the write-heavy test below, whose input is fixed)
    from stancemap.store.ingest import quick_check

    assert [quick_check(d) for d in got.values()] == [None] * total
    assert sorted(d["document"]["title"] for d in got.values()) == sorted(
        d["document"]["title"] for d in sample_docs(copies))


def test_kill_during_write_heavy_ingest(store_url, tmp_path):
    """Pre-extracted documents (writes only), killed at five random moments: enough of them
    for ten transactions of ``ingest.BATCH`` documents (a kill may land after two)."""
    docs = sample_docs(copies=10 * BATCH // N_SAMPLE + 1)
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), "utf-8")
    rng = random.Random(os.environ.get("STANCEMAP_TEST_SEED", "7"))
    counts = kill_runs(["ingest", "--extracted", str(path), "--db", store_url],
                       store_url, 5, rng)
    with open_store(store_url) as s:
        assert consistency_problems(s) == []
        partial = n_docs(store_url)
    # every kill landed mid-write: each run had stored more, none had stored all
    assert counts == sorted(set(counts)) and 0 < partial == counts[-1] < len(docs)
    final = stancemap("ingest", "--extracted", str(path), "--db", store_url)
    assert final.returncode == 0, final.stderr
    assert f"{len(docs) - partial} stored, {partial} already stored" in final.stderr
    with open_store(store_url) as s:
        assert consistency_problems(s) == []
        with s.session() as ses:
            assert stripped(iter_documents(ses)) == stripped(docs)


def test_every_way_psycopg_reports_a_lost_server_says_re_run():
    """The server gone mid-run surfaces as different psycopg errors depending on what the
    client was doing when it went (reading, writing, in pipeline mode); each gets the one
    line that says stored documents are complete and a re-run stores the rest. The messages
    are psycopg's own, as seen in runs of the test above."""
    from stancemap.store.db import explain
    url = "postgresql+psycopg://u:secret@127.0.0.1:5432/db"
    for text in ["terminating connection due to administrator command",
                 "server closed the connection unexpectedly",
                 "consuming input failed: server closed the connection unexpectedly",
                 "sending query failed: cannot exit pipeline mode while busy PQsendQuery not "
                 "allowed in pipeline mode"]:
        line = explain(RuntimeError(text), url)
        assert line.startswith("lost the connection to ") and "re-run" in line, line
        assert "secret" not in line
