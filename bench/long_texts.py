"""Extraction time and memory against article length (issue 13, item 1). Not a test.

Builds texts of about 1k, 10k, 100k and 200k words from the Wikinews corpus articles joined
by blank lines (a transcript or live blog is as long), extracts each in a fresh process (so
each size's peak memory is its own) and writes words/s and peak resident memory to
BENCHMARKS.md between its markers.

    .venv/bin/python bench/long_texts.py [--sizes 1000 10000 100000 200000] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from throughput import write_block  # bench/ is on the path when this script runs

ROOT = Path(__file__).resolve().parent.parent
MARK_START, MARK_END = "<!-- long-texts:start -->", "<!-- long-texts:end -->"

CHILD = r"""
import csv, json, resource, sys, time
sys.path.insert(0, %(bench)r)
from throughput import CORPUS, read_corpus
from stancemap.model import RawDocument
from stancemap.pipeline import extract_one
rows = [r.text for r in read_corpus(CORPUS)]
def text_of(words):
    out, n, i = [], 0, 0
    while n < words:
        out.append(rows[i %% len(rows)]); n += len(rows[i %% len(rows)].split()); i += 1
    return "\n\n".join(out)
extract_one(RawDocument(text=text_of(300), source="warm-up"))
text = text_of(%(size)d)
t0 = time.perf_counter()
doc = extract_one(RawDocument(text=text, source="long"))
elapsed = time.perf_counter() - t0
print(json.dumps({"words": len(text.split()), "seconds": elapsed, "claims": len(doc.claims),
                  "events": len(doc.events),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(size: int) -> dict:
    code = CHILD % {"bench": str(ROOT / "bench"), "size": size}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000, 200000])
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    rows = []
    for size in args.sizes:
        r = measure(size)
        r["rate"] = r["words"] / r["seconds"]
        rows.append(r)
        print(f"{r['words']:>8,} words  {r['seconds']:7.1f} s  {r['rate']:6,.0f} words/s  "
              f"peak {r['peak_mb']:5.0f} MiB  {r['claims']} claims", flush=True)
    base = rows[0]["rate"]
    lines = [MARK_START, f"## Long texts ({dt.date.today().isoformat()})", "",
             "- command: `" + " ".join([".venv/bin/python bench/long_texts.py",
                                        *sys.argv[1:]]) + "` (each size in a fresh process; "
             "texts are corpus articles joined by blank lines)",
             "", "| words | seconds | words/s | of the smallest's rate | peak memory | claims |",
             "|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['words']:,} | {r['seconds']:.1f} | {r['rate']:,.0f} | "
                     f"{r['rate'] / base:.0%} | {r['peak_mb']:.0f} MiB | {r['claims']} |")
    lines += ["", "Long texts are parsed in article-sized pieces (`stancemap.nlp.pipe`) joined "
              "back into one Doc, and every lookup of actor mentions and entities is by "
              "position (bisection, an index), not a scan of the document.", MARK_END]
    block = "\n".join(lines)
    print(block)
    if not args.no_write:
        write_block(block, MARK_START, MARK_END)


if __name__ == "__main__":
    main()
