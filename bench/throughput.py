"""Throughput of extraction against bare spaCy, in one process (issue 3). Not a test.

Reads every article of the Wikinews corpus CSVs, then runs, alternating and repeated so
neither side profits from a warm cache: bare ``nlp.pipe`` over the texts, and
``stancemap.pipeline.extract_many`` (parse + actors + claims + events). Reports words per
second for both, their ratio, and resident memory at start, middle and end of the
extraction runs, then writes the figures to BENCHMARKS.md (replacing the previous block).

    .venv/bin/python bench/throughput.py [--rounds 2] [--corpus DIR] [--no-write]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import resource
import sys
import time
from pathlib import Path

from stancemap.model import RawDocument
from stancemap.nlp import load
from stancemap.pipeline import BATCH_SIZE, extract_many

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "wikinews"
MARK_START = "<!-- throughput:start -->"
MARK_END = "<!-- throughput:end -->"


def rss_mb() -> float:
    """Current resident set size in MiB (Linux /proc; falls back to the peak)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return peak_mb()


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_corpus(folder: Path) -> list[RawDocument]:
    csv.field_size_limit(sys.maxsize)
    docs = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                docs.append(RawDocument(text=row["text"], source=row["url"], title=row["title"],
                                        published=row["date"], url=row["url"]))
    return docs


def bare(texts: list[str]) -> float:
    nlp = load()
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return time.perf_counter() - t0


def extraction(raws: list[RawDocument], rss: list[float]) -> tuple[float, int]:
    t0 = time.perf_counter()
    claims = 0
    half = len(raws) // 2
    for n, doc in enumerate(extract_many(raws)):
        claims += len(doc.claims)
        if n == half:
            rss.append(rss_mb())
    elapsed = time.perf_counter() - t0
    rss.append(rss_mb())
    return elapsed, claims


def stages(raws: list[RawDocument]) -> dict[str, float]:
    """Seconds per rule stage over already-parsed docs: where extraction spends its time."""
    from stancemap.extract.actors import extract_actors
    from stancemap.extract.claims import extract_claims
    from stancemap.extract.events import extract_events

    nlp = load()
    out = {"parse": 0.0, "actors": 0.0, "claims": 0.0, "events": 0.0}
    t0 = time.perf_counter()
    docs = list(nlp.pipe([r.text for r in raws], batch_size=BATCH_SIZE))
    out["parse"] = time.perf_counter() - t0
    for sdoc, raw in zip(docs, raws, strict=True):
        t = time.perf_counter()
        actors = extract_actors(sdoc)
        out["actors"] += time.perf_counter() - t
        t = time.perf_counter()
        claims, actors = extract_claims(sdoc, actors)
        out["claims"] += time.perf_counter() - t
        t = time.perf_counter()
        extract_events(sdoc, actors, raw.published, claims)
        out["events"] += time.perf_counter() - t
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()

    raws = read_corpus(args.corpus)
    texts = [r.text for r in raws]
    words = sum(len(t.split()) for t in texts)
    load()
    list(extract_many(raws[:5]))  # warm up: model, lexicons, matchers
    rss = [rss_mb()]
    bare_t, ext_t, claims = [], [], 0
    for r in range(args.rounds):
        if r % 2 == 0:
            bare_t.append(bare(texts))
            t, claims = extraction(raws, rss)
            ext_t.append(t)
        else:
            t, claims = extraction(raws, rss)
            ext_t.append(t)
            bare_t.append(bare(texts))
    cost = stages(raws)
    bare_wps = words / min(bare_t)
    ext_wps = words / min(ext_t)
    ratio = ext_wps / bare_wps
    cmd = "PYTHONHASHSEED=0 .venv/bin/python bench/throughput.py " + " ".join(sys.argv[1:])
    lines = [
        MARK_START,
        f"## Throughput ({dt.date.today().isoformat()})",
        "",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, spaCy model from `stancemap.nlp.load()`",
        f"- command: `{cmd.strip()}`",
        f"- corpus: {len(raws)} articles, {words:,} words ({args.corpus.name}), "
        f"{args.rounds} rounds alternated, best round reported",
        f"- bare `nlp.pipe`: {bare_wps:,.0f} words/s",
        f"- `extract_many` (parse + actors + claims + events): {ext_wps:,.0f} words/s, "
        f"{claims} claims",
        f"- ratio: {ratio:.0%} of bare spaCy (target ≥ 75%)",
        "- rule stages as a share of parse time (one extra pass, parsed docs kept): "
        + ", ".join(f"{k} {v / cost['parse']:.0%}" for k, v in cost.items() if k != "parse"),
        f"- memory: RSS start {rss[0]:.0f} MiB, then (middle, end) per round "
        + ", ".join(f"{x:.0f}" for x in rss[1:]) + f" MiB; peak {peak_mb():.0f} MiB",
        MARK_END,
    ]
    block = "\n".join(lines)
    print(block)
    if not args.no_write:
        write_block(block, MARK_START, MARK_END)


def write_block(block: str, start: str, end: str) -> None:
    """Put ``block`` (which begins with ``start`` and ends with ``end``) into BENCHMARKS.md
    in place of the block between the same markers, or at the end the first time."""
    path = ROOT / "BENCHMARKS.md"
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in old and end in old:
        new = old[:old.index(start)] + block + old[old.index(end) + len(end):]
    else:
        new = old.rstrip() + "\n\n" + block + "\n"
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
