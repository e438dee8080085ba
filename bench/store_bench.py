"""Store benchmark: ingest throughput, peak memory, database size and question times.

    .venv/bin/python bench/store_bench.py                 # everything; appends to BENCHMARKS.md
    .venv/bin/python bench/store_bench.py --sizes 10000   # a quicker run

1. Ingest the 292 Wikinews articles (real extraction, the `stancemap ingest` CLI) with 1 and
   2 worker processes into SQLite and PostgreSQL: documents per second, peak memory of the
   largest process (parent or worker).
2. Repeat the extracted corpus under new ids (a marker line appended to each text, so its
   hash changes) to 10k and 50k documents, store them (writes only: the extraction JSON is
   computed once), and time each question through the Python API (median of 3, warm).
3. Every question at 1,000,000 claims (``--claims``; 0 skips it) on SQLite and PostgreSQL.
   Storing 116k documents one by one would take about half an hour per backend, so the
   store is built in SQL instead: the extracted corpus is stored once through the normal
   writer, then copied K-1 times with ``INSERT … SELECT`` (documents, their actors as
   written, claims, speakers, events, participants) under new ids — document id = the
   first 56 hex digits of the original and the copy number — with ``published`` (and event
   dates) shifted by the copy number in days, so the store spans 2019 to 2022 and
   ``changes`` has a spread; actor and issue totals are scaled to match, then
   ``stancemap.store.rollup.rebuild`` fills the roll-ups and ANALYZE (PostgreSQL: VACUUM
   ANALYZE) refreshes the planner's statistics. The copies keep the real corpus's actors and
   issues (as the 10k/50k runs do), so counts per actor and issue grow with K. Each question
   is run once to warm up, then timed 5 times; the median is reported.

    .venv/bin/python bench/store_bench.py --questions-only --extracted corpus.jsonl
        # only step 3 (extracting the corpus first when --extracted is not given); keeps the
        # rest of the "## Store" section and replaces its "### At 1,000,000 claims" part
    .venv/bin/python bench/store_bench.py --questions-only --keep /tmp/million
        # keep the SQLite file there and the PostgreSQL database, and reuse them next time

Writes a "## Store" section to BENCHMARKS.md (replacing only that section).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("STANCEMAP_CORPUS", ROOT.parent / "shared/corpus/wikinews"))
PG = os.environ.get("STANCEMAP_TEST_PG",
                    "postgresql+psycopg://stancemap:stancemap@127.0.0.1:5432/stancemap")
STANCEMAP = str(Path(sys.executable).with_name("stancemap"))


def pg_database(name: str) -> str:
    """A fresh PostgreSQL database (dropped first if a previous run left it)."""
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(PG)
    with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username,
                         password=u.password, dbname=u.database, autocommit=True) as c:
        c.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                  (name,))
        c.execute(f'DROP DATABASE IF EXISTS "{name}"')
        c.execute(f'CREATE DATABASE "{name}"')
    return u.set(drivername="postgresql+psycopg", database=name).render_as_string(False)


def db_size(url: str) -> int:
    if "://" not in url:
        return sum(p.stat().st_size for p in Path(url).parent.glob(Path(url).name + "*"))
    from sqlalchemy import text

    from stancemap.store.db import open_store

    with open_store(url) as s, s.engine.connect() as c:
        return c.execute(text("SELECT pg_database_size(current_database())")).scalar_one()


def measure(cmd: list[str]) -> dict:
    """Run ``cmd`` in a child that reports wall time and the peak RSS of its process tree."""
    child = subprocess.run([sys.executable, __file__, "--measure", "--", *cmd],
                           capture_output=True, text=True)
    if child.returncode:
        raise SystemExit(f"benchmark step failed: {' '.join(cmd)}\n{child.stderr}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def _measure(cmd: list[str]) -> None:
    t = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    print(json.dumps({"wall": wall, "peak": peak, "rc": run.returncode,
                      "stderr": run.stderr[-2000:]}))


def ingest_runs(tmp: Path) -> tuple[list[dict], Path]:
    inputs = [str(p) for p in sorted(CORPUS.glob("*.csv"))]
    rows = []
    extracted = tmp / "corpus.extracted.jsonl"
    for backend in ("sqlite", "postgresql"):
        for workers in (1, 2):
            url = (str(tmp / f"ingest-{workers}.db") if backend == "sqlite"
                   else pg_database(f"stancemap_bench_ingest_{workers}"))
            r = measure([STANCEMAP, "ingest", *inputs, "--db", url, "--workers", str(workers),
                         "--no-progress"])
            m = re.search(r"(\d+) stored, \d+ already stored, (\d+) failed; (\d+) claims, "
                          r"(\d+) events", r["stderr"])
            if r["rc"] or not m:
                raise SystemExit(f"ingest failed:\n{r['stderr']}")
            stored = int(m.group(1))
            rows.append({"backend": backend, "workers": workers, "docs": stored,
                         "claims": int(m.group(3)), "events": int(m.group(4)),
                         "failed": int(m.group(2)), "seconds": r["wall"],
                         "rate": stored / r["wall"], "peak": r["peak"], "size": db_size(url)})
            print(f"ingest {backend} workers={workers}: {stored / r['wall']:.1f} docs/s",
                  file=sys.stderr)
            if backend == "sqlite" and workers == 1:
                subprocess.run([STANCEMAP, "export", "--db", url, "-o", str(extracted)],
                               check=True, capture_output=True)
    return rows, extracted


QUESTIONS = {
    "positions 'Donald Trump' (latest 200)":
        lambda q, s: q.positions(s, "Donald Trump", limit=200),
    "who 'impeachment'": lambda q, s: q.who(s, "impeachment"),
    "matrix (15 × 8)": lambda q, s: q.matrix(s, max_actors=15, max_issues=8),
    "changes --since 2020-06-01": lambda q, s: q.changes(s, dt.date(2020, 6, 1)),
    "agreement 'withdrawal'": lambda q, s: q.agreement(s, issue="withdrawal"),
    "search 'troops' (top 20)": lambda q, s: q.search(s, "troops", page=q.Page(20)),
    "events --actor Trump (50)": lambda q, s: q.events_page(s, page=q.Page(50), actor="Trump"),
    "actors 'Zelensky'": lambda q, s: q.actors_page(s, query="Zelensky"),
}

# step 3 adds the questions that count over the whole store
MILLION_QUESTIONS = {
    "overview (top 10)": lambda q, s: q.overview(s),
    **QUESTIONS,
    "actors (first 50)": lambda q, s: q.actors_page(s),
    "issues (first 50)": lambda q, s: q.issues_page(s),
    "matrix 2020-01-01…2020-12-31": lambda q, s: q.matrix(
        s, q.Filters(dt.date(2020, 1, 1), dt.date(2020, 12, 31))),
    "overview 2020-01-15…2020-12-20": lambda q, s: q.overview(
        s, q.Filters(dt.date(2020, 1, 15), dt.date(2020, 12, 20))),
    "agreement (all issues)": lambda q, s: q.agreement(s),
}


def warm_runs(fn: Any, q: Any, s: Any, n: int) -> list[float]:
    """Seconds of ``n`` runs of question ``fn`` after one run that warms the caches."""
    fn(q, s)
    runs = []
    for _ in range(n):
        t = time.perf_counter()
        fn(q, s)
        runs.append(time.perf_counter() - t)
    return runs


def _scale(backend: str, url: str, extracted: str, sizes: list[int]) -> None:
    """Child process: fill one store to each size, timing writes and questions."""
    from stancemap import questions as q
    from stancemap.model import document_id
    from stancemap.store.db import open_store
    from stancemap.store.ingest import ingest_documents

    base = [json.loads(line) for line in Path(extracted).read_text("utf-8").splitlines()]
    for d in base:
        for a in d["actors"]:
            a.pop("actor", None)

    def copies(start: int, stop: int):
        for i in range(start, stop):
            k, d = divmod(i, len(base))
            d = json.loads(json.dumps(base[d]))
            if k:
                d["text"] += f"\n\n[copy {k}]"
                d["document"]["id"] = document_id(d["text"])
            yield d

    out = []
    have = 0
    store = open_store(url)
    for size in sizes:
        t = time.perf_counter()
        report = ingest_documents(store, copies(have, size))
        wall = time.perf_counter() - t
        have = size
        times = {}
        with store.session() as s:
            counts = q.to_json(q.counts(s))
            for name, fn in QUESTIONS.items():
                times[name] = statistics.median(warm_runs(fn, q, s, 3))
        out.append({"backend": backend, "size": size, "write_rate": report.stored / wall,
                    "failed": len(report.failures), "counts": counts, "times": times,
                    "db_size": db_size(url),
                    "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024})
        print(f"scale {backend} {size}: {report.stored / wall:.0f} docs/s", file=sys.stderr)
    store.close()
    print(json.dumps(out))


def scale_runs(tmp: Path, extracted: Path, sizes: list[int]) -> list[dict]:
    rows = []
    for backend in ("sqlite", "postgresql"):
        url = str(tmp / "scale.db") if backend == "sqlite" else pg_database(
            "stancemap_bench_scale")
        child = subprocess.run([sys.executable, __file__, "--scale", backend, url,
                                str(extracted), ",".join(map(str, sizes))],
                               capture_output=True, text=True)
        sys.stderr.write(child.stderr[-3000:])
        if child.returncode:
            raise SystemExit("scale run failed")
        rows += json.loads(child.stdout.strip().splitlines()[-1])
    return rows


# ---------------------------------------------------------------- 1,000,000 claims


def _copy_sql(dialect: str, k_col: str = "c.k") -> dict[str, Any]:
    """Per-dialect SQL pieces for copying rows: a new document id and a shifted date."""
    if dialect == "sqlite":
        return {"doc": lambda col: f"substr({col}, 1, 56) || printf('%08d', {k_col})",
                "day": lambda col: f"date({col}, '+' || {k_col} || ' days')"}
    return {"doc": lambda col: f"left({col}, 56) || lpad({k_col}::text, 8, '0')",
            "day": lambda col: f"{col} + {k_col}"}


def build_million(store: Any, base: list[dict], target: int) -> dict:
    """Store ``base`` through the writer, then copy it in SQL until there are ``target``
    claims (see the module docstring, step 3); returns what the build took."""
    from sqlalchemy import func, select, text

    from stancemap.store import rollup
    from stancemap.store.ingest import ingest_documents
    from stancemap.store.tables import claims

    t0 = time.perf_counter()
    report = ingest_documents(store, base)
    if report.failures:
        raise SystemExit(f"storing the corpus failed: {report.failures[:3]}")
    with store.engine.connect() as conn:
        per_copy = conn.execute(select(func.count()).select_from(claims)).scalar_one()
    copies = -(-target // per_copy)  # the original is copy 0
    sql = _copy_sql(store.dialect)
    doc, day = sql["doc"], sql["day"]
    cols = {  # table → {column: expression over the original row ``t`` and copy ``c.k``}
        "documents": {"id": doc("t.id"), "published": day("t.published")},
        "doc_actors": {"id": "t.id + c.k * :m", "document_id": doc("t.document_id")},
        "claims": {"id": "t.id + c.k * :m", "document_id": doc("t.document_id"),
                   "published": day("t.published")},
        "claim_speakers": {"claim_id": "t.claim_id + c.k * :m"},
        "events": {"id": "t.id + c.k * :m", "document_id": doc("t.document_id"),
                   "published": day("t.published"), "date": day("t.date")},
        "event_participants": {"event_id": "t.event_id + c.k * :m"},
    }
    counter = {"doc_actors": "doc_actors", "claims": "claims", "claim_speakers": "claims",
               "events": "events", "event_participants": "events"}
    origin = {"documents": "t.id IN (SELECT id FROM base_docs)",
              "claim_speakers": "t.claim_id <= :m", "event_participants": "t.event_id <= :m"}
    from stancemap.store.tables import metadata

    with store.writer().connect() as conn:  # one connection: the temp tables live in it
        with conn.begin():
            top = {t: conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar_one()
                   for t in ("doc_actors", "claims", "events")}
            conn.execute(text("CREATE TEMP TABLE copies (k integer PRIMARY KEY)"))
            conn.execute(text("INSERT INTO copies (k) VALUES (:k)"),
                         [{"k": k} for k in range(1, copies)])
            conn.execute(text("CREATE TEMP TABLE base_docs AS SELECT id FROM documents"))
        for lo in range(1, copies, 50):
            hi = min(lo + 49, copies - 1)
            with conn.begin():
                for name, exprs in cols.items():
                    names = [c.name for c in metadata.tables[name].columns]
                    picked = ", ".join(exprs.get(n, f"t.{n}") for n in names)
                    where = origin.get(name, "t.id <= :m")
                    conn.execute(text(
                        f"INSERT INTO {name} ({', '.join(names)}) SELECT {picked} "
                        f"FROM {name} t CROSS JOIN copies c "
                        f"WHERE c.k BETWEEN :lo AND :hi AND {where}"),
                        {"m": top.get(counter.get(name, ""), 0), "lo": lo, "hi": hi})
            print(f"  copies {lo}…{hi} of {copies - 1}", file=sys.stderr)
    with store.writer().begin() as conn:
        conn.execute(text("UPDATE actors SET n_documents = n_documents * :n"), {"n": copies})
        conn.execute(text("UPDATE issues SET n_claims = n_claims * :n"), {"n": copies})
        conn.execute(text(f"UPDATE actors SET last_seen = {day('last_seen').replace('c.k', ':s')}"
                          " WHERE last_seen IS NOT NULL"), {"s": copies - 1})
        if store.dialect == "postgresql":
            for t in ("doc_actors", "claims", "events"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), "
                                  f"(SELECT max(id) FROM {t}))"))
        t1 = time.perf_counter()
        rollup.rebuild(conn)
        rebuild = time.perf_counter() - t1
    if store.dialect == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    else:
        with store.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return {"copies": copies, "build_seconds": time.perf_counter() - t0,
            "rebuild_seconds": rebuild}


def _million(backend: str, url: str, extracted: str, target: int, reuse: bool) -> None:
    """Child process: build (or reuse) the million-claim store and time every question."""
    from sqlalchemy import func, select

    from stancemap import questions as q
    from stancemap.store.db import open_store
    from stancemap.store.tables import claims

    store = open_store(url)
    with store.engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(claims)).scalar_one()
    built: dict = {"copies": None, "build_seconds": None, "rebuild_seconds": None}
    if not (reuse and have >= target):
        if have:
            raise SystemExit(f"{url} is not empty; remove it or pass another --keep")
        base = [json.loads(line) for line in Path(extracted).read_text("utf-8").splitlines()]
        built = build_million(store, base, target)
        print(f"built {backend}: {built}", file=sys.stderr)
    times, runs_all = {}, {}
    with store.session() as s:
        counts = q.to_json(q.counts(s))
        for name, fn in MILLION_QUESTIONS.items():
            runs = warm_runs(fn, q, s, 5)
            times[name] = statistics.median(runs)
            runs_all[name] = runs
            print(f"  {backend} {name}: {times[name]:.3f}", file=sys.stderr)
    store.close()
    print(json.dumps({"backend": backend, "counts": counts, "times": times, "runs": runs_all,
                      "db_size": db_size(url), **built}))


def million_runs(tmp: Path, extracted: Path, target: int, keep: str | None) -> list[dict]:
    before = ROOT / "bench" / "store_bench_million.json"
    built = {r["backend"]: r for r in json.loads(before.read_text("utf-8"))} \
        if keep and before.exists() else {}
    rows = []
    for backend in ("sqlite", "postgresql"):
        if backend == "sqlite":
            url = str(Path(keep or tmp) / "million.db")
        else:
            url = (pg_url("stancemap_bench_million") if keep and pg_exists(
                "stancemap_bench_million") else pg_database("stancemap_bench_million"))
        child = subprocess.run([sys.executable, __file__, "--million", backend, url,
                                str(extracted), str(target), "1" if keep else "0"],
                               capture_output=True, text=True)
        sys.stderr.write(child.stderr[-4000:])
        if child.returncode:
            raise SystemExit("million-claim run failed")
        row = json.loads(child.stdout.strip().splitlines()[-1])
        if row.get("build_seconds") is None and backend in built:  # a kept store: its build
            row.update({k: built[backend].get(k) for k in
                        ("copies", "build_seconds", "rebuild_seconds")})
        rows.append(row)
    return rows


def pg_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(PG).set(drivername="postgresql+psycopg",
                            database=name).render_as_string(False)


def pg_exists(name: str) -> bool:
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(PG)
    with psycopg.connect(host=u.host, port=u.port or 5432, user=u.username,
                         password=u.password, dbname=u.database, autocommit=True) as c:
        return c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() \
            is not None


def million_report(rows: list[dict], target: int) -> str:
    lines = [
        f"### At {target:,} claims",
        "",
        f"Measured {dt.date.today().isoformat()} on {platform.machine()} with "
        f"{os.cpu_count()} CPUs by `.venv/bin/python bench/store_bench.py --questions-only` "
        "(step 3 of its docstring): the extracted corpus stored once, then copied in SQL "
        "under new ids with dates shifted a day per copy (2019–2022), the roll-ups rebuilt, "
        "ANALYZE. Through the Python API: one warm-up run, then the median of 5, seconds. "
        "`matrix`, `agreement`, the overview and the actors and issues lists count from "
        "the roll-ups (all days, or whole months plus the weeks and days at a range's "
        "ends; events per day); "
        "`changes` reads one roll-up row per actor, issue and article, newest first, only "
        "as far back as it needs; `who`, `positions`, search and events read claims and "
        "events by index with a LIMIT.",
        "",
        "| | " + " | ".join(r["backend"] for r in rows) + " |",
        "|---" * (len(rows) + 1) + "|",
        "| claims / documents / actors / issues | " + " | ".join(
            f"{r['counts']['claims']:,} / {r['counts']['documents']:,} / "
            f"{r['counts']['actors']:,} / {r['counts']['issues']:,}" for r in rows) + " |",
        "| database size | " + " | ".join(mb(r["db_size"]) for r in rows) + " |",
    ]
    if all(r.get("build_seconds") for r in rows):
        lines.append("| build (copies in SQL) / roll-up rebuild, s | " + " | ".join(
            f"{r['build_seconds']:.0f} / {r['rebuild_seconds']:.0f}" for r in rows) + " |")
    for name in MILLION_QUESTIONS:
        lines.append(f"| `{name}` | " + " | ".join(f"{r['times'][name]:.3f}" for r in rows)
                     + " |")
    over = [f"`{name}` on {r['backend']} ({t:.3f} s)" for r in rows
            for name, t in r["times"].items() if t > 0.2]
    lines += ["", "Goal: every question ≤ 0.200 s. " + (
        "Over it: " + "; ".join(over) + "." if over else "All within it."), ""]
    return "\n".join(lines)


def write_subsection(text: str, path: Path) -> None:
    """Put ``text`` (a "### At N claims" part) into the "## Store" section, replacing an
    older one and keeping the rest of the section."""
    old = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    store = re.compile(r"^## Store\n.*?(?=^## |^<!-- |\Z)", re.S | re.M)
    found = store.search(old)
    if not found:
        write_section("## Store\n\n" + text, path)
        return
    section = found.group(0)
    part = re.compile(r"^### At [\d,]+ claims\n.*?(?=^### |\Z)", re.S | re.M)
    section = part.sub(lambda _: text + "\n", section) if part.search(section) else \
        section.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(old[:found.start()] + section + old[found.end():], "utf-8")


def extract_corpus(tmp: Path) -> Path:
    out = tmp / "corpus.extracted.jsonl"
    inputs = [str(p) for p in sorted(CORPUS.glob("*.csv"))]
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([STANCEMAP, "extract", *inputs, "--format", "jsonl"], stdout=fh,
                       check=True)
    return out


def mb(n: float) -> str:
    return f"{n / 1e6:.0f} MB"


def report(ingest: list[dict], scale: list[dict], sizes: list[int]) -> str:
    cpu = os.cpu_count()
    lines = [
        "## Store",
        "",
        f"Measured {dt.date.today().isoformat()} on {platform.machine()} with {cpu} CPUs, "
        f"Python {platform.python_version()}, SQLite (WAL) and PostgreSQL 15 on the same "
        "machine, by `.venv/bin/python bench/store_bench.py` (bench/store_bench.py).",
        "",
        "### Ingest: the 292 Wikinews articles, extraction included",
        "",
        "`stancemap ingest ../shared/corpus/wikinews/*.csv --workers N` into an empty store. "
        "Peak memory is the largest single process (parent or extraction worker).",
        "",
        "| backend | workers | documents | claims | events | seconds | docs/s | peak memory "
        "| database size |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in ingest:
        lines.append(f"| {r['backend']} | {r['workers']} | {r['docs']} | {r['claims']} | "
                     f"{r['events']} | {r['seconds']:.1f} | {r['rate']:.1f} | {mb(r['peak'])} "
                     f"| {mb(r['size'])} |")
    lines += [
        "",
        f"### At {' and '.join(f'{s:,}' for s in sizes)} documents",
        "",
        "The extracted corpus repeated under new ids (each copy's text gets a marker line, so "
        "its hash differs), stored with `stancemap.store.ingest.ingest_documents` (writes "
        "only, one transaction per document). Repeats keep the actor and issue counts of "
        "the real corpus while claims, events and text grow with the size. Question times "
        "are through the Python API the CLI and web app use: median of 3 warm runs, "
        "seconds.",
        "",
    ]
    head = "| | " + " | ".join(f"{r['backend']} {r['size']:,}" for r in scale) + " |"
    lines += [head, "|---" * (len(scale) + 1) + "|"]
    lines.append("| store (docs/s, writes only) | " + " | ".join(
        f"{r['write_rate']:.0f}" for r in scale) + " |")
    lines.append("| database size | " + " | ".join(mb(r["db_size"]) for r in scale) + " |")
    lines.append("| peak memory | " + " | ".join(mb(r["peak"]) for r in scale) + " |")
    lines.append("| claims / actors / issues | " + " | ".join(
        f"{r['counts']['claims']:,} / {r['counts']['actors']:,} / {r['counts']['issues']:,}"
        for r in scale) + " |")
    for name in QUESTIONS:
        lines.append(f"| `{name}` | " + " | ".join(f"{r['times'][name]:.3f}" for r in scale)
                     + " |")
    worst = max(t for r in scale for t in r["times"].values())
    lines += ["", f"Slowest question at any size: {worst:.3f} s.", ""]
    return "\n".join(lines)


def write_section(text: str, path: Path) -> None:
    old = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## Store\n.*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: text + "\n", old) if pattern.search(old) else \
        old.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(new, "utf-8")


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--measure":
        _measure(sys.argv[3:])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--scale":
        _scale(sys.argv[2], sys.argv[3], sys.argv[4], [int(x) for x in sys.argv[5].split(",")])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--million":
        _million(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6] == "1")
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,50000")
    ap.add_argument("--claims", type=int, default=1_000_000,
                    help="claims in the step-3 store (0 skips step 3)")
    ap.add_argument("--questions-only", action="store_true",
                    help="only step 3: every question at --claims claims")
    ap.add_argument("--keep", help="folder to keep the step-3 SQLite store in (and keep the "
                    "PostgreSQL database); reused when it is already full")
    ap.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    ap.add_argument("--extracted", help="reuse this extracted corpus (JSONL) and skip step 1")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    out = Path(args.out)
    with tempfile.TemporaryDirectory(prefix="stancemap-bench-") as tmp:
        if args.questions_only:
            extracted = Path(args.extracted) if args.extracted else extract_corpus(Path(tmp))
            rows = million_runs(Path(tmp), extracted, args.claims, args.keep)
            (ROOT / "bench" / "store_bench_million.json").write_text(
                json.dumps(rows, indent=1), "utf-8")
            text = million_report(rows, args.claims)
            write_subsection(text, out)
            print(text)
            return
        if args.extracted:
            ingest, extracted = [], Path(args.extracted)
        else:
            ingest, extracted = ingest_runs(Path(tmp))
        scale = scale_runs(Path(tmp), extracted, sizes)
        million = million_runs(Path(tmp), extracted, args.claims, args.keep) \
            if args.claims else []
    text = report(ingest, scale, sizes)
    if million:
        text += "\n" + million_report(million, args.claims)
    (ROOT / "bench" / "store_bench.json").write_text(
        json.dumps({"ingest": ingest, "scale": scale, "million": million}, indent=1), "utf-8")
    write_section(text, out)
    print(text)


if __name__ == "__main__":
    main()
