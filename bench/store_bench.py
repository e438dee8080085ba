"""Store benchmark: ingest throughput, peak memory, database size and question times.

    .venv/bin/python bench/store_bench.py                 # everything; appends to BENCHMARKS.md
    .venv/bin/python bench/store_bench.py --sizes 10000   # a quicker run

1. Ingest the 292 Wikinews articles (real extraction, the `stancemap ingest` CLI) with 1 and
   2 worker processes into SQLite and PostgreSQL: documents per second, peak memory of the
   largest process (parent or worker).
2. Repeat the extracted corpus under new ids (a marker line appended to each text, so its
   hash changes) to 10k and 50k documents, store them (writes only: the extraction JSON is
   computed once), and time each question through the Python API (median of 3, warm).

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
    "events --actor Trump (50)": lambda q, s: q.events_page(s, q.Page(50), actor="Trump"),
    "actors 'Zelensky'": lambda q, s: q.actors_page(s, query="Zelensky"),
}


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
                fn(q, s)  # warm
                runs = []
                for _ in range(3):
                    t = time.perf_counter()
                    fn(q, s)
                    runs.append(time.perf_counter() - t)
                times[name] = statistics.median(runs)
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
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,50000")
    ap.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    ap.add_argument("--extracted", help="reuse this extracted corpus (JSONL) and skip step 1")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="stancemap-bench-") as tmp:
        if args.extracted:
            ingest, extracted = [], Path(args.extracted)
        else:
            ingest, extracted = ingest_runs(Path(tmp))
        scale = scale_runs(Path(tmp), extracted, sizes)
    text = report(ingest, scale, sizes)
    (ROOT / "bench" / "store_bench.json").write_text(
        json.dumps({"ingest": ingest, "scale": scale}, indent=1), "utf-8")
    write_section(text, Path(args.out))
    print(text)


if __name__ == "__main__":
    main()
