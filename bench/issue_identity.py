"""What issue identity by meaning costs ingest (issue 11), in one process. Not a test.

Over the Wikinews corpus, alternating and repeated, best round reported:
1. extraction with the per-article issue grouping (vectors, topics, labels, the headline's
   phrases) against the same extraction with the grouping switched off;
2. writing the extracted documents into a fresh SQLite store with the issue finder
   (wording, then nearest centroid of the topic) against placing claims by their wording
   key alone (what the store did before).
Writes the figures to BENCHMARKS.md between its markers.

    .venv/bin/python bench/issue_identity.py [--rounds 2] [--no-write]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

import stancemap.pipeline as pipeline
from stancemap.store import issue_finder
from stancemap.store.db import insert_ignore, open_store
from stancemap.store.ingest import ingest_documents
from stancemap.store.tables import issues

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import CORPUS, read_corpus, write_block  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MARK_START, MARK_END = "<!-- issue-identity:start -->", "<!-- issue-identity:end -->"


def extract(raws, grouping: bool) -> tuple[float, list[dict]]:
    saved = pipeline.group_issues, pipeline.headline_phrases
    if not grouping:
        pipeline.group_issues = lambda claims, title, phrases=(): None
        pipeline.headline_phrases = lambda title: []
    try:
        t0 = time.perf_counter()
        docs = [d.to_dict() for d in pipeline.extract_many(raws)]
        return time.perf_counter() - t0, docs
    finally:
        pipeline.group_issues, pipeline.headline_phrases = saved


def by_wording(self, conn, claims, title, forced=None):
    """The old placement: one issue per wording key."""
    out = []
    for c in claims:
        key, label = self.rules.resolve(c.get("issue"), c["target"])
        iid = conn.execute(select(issues.c.id).where(issues.c.key == key)).scalar()
        if iid is None:
            insert_ignore(conn, issues, [{"key": key, "label": label[:500], "n_claims": 0}])
            iid = conn.execute(select(issues.c.id).where(issues.c.key == key)).scalar_one()
        out.append(iid)
    return out


def store(docs: list[dict], meaning: bool) -> tuple[float, int]:
    saved = issue_finder.IssueFinder.assign
    if not meaning:
        issue_finder.IssueFinder.assign = by_wording
    try:
        with tempfile.TemporaryDirectory() as tmp:
            s = open_store(str(Path(tmp) / "bench.db"))
            t0 = time.perf_counter()
            report = ingest_documents(s, docs)
            elapsed = time.perf_counter() - t0
            with s.session() as sess:
                n = len(sess.execute(select(issues.c.id)).all())
            s.close()
            assert report.stored == len(docs), report.failures
            return elapsed, n
    finally:
        issue_finder.IssueFinder.assign = saved


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args()
    raws = read_corpus(CORPUS)
    words = sum(len(r.text.split()) for r in raws)
    extract(raws[:5], True)  # warm up: model, lexicons, vectors
    with_t, without_t, docs = [], [], []
    for r in range(args.rounds):
        for grouping in ((True, False) if r % 2 == 0 else (False, True)):
            t, out = extract(raws, grouping)
            (with_t if grouping else without_t).append(t)
            if grouping:
                docs = out
    w_t, o_t = [], []
    n_meaning = n_wording = 0
    for r in range(args.rounds):
        for meaning in ((True, False) if r % 2 == 0 else (False, True)):
            t, n = store(docs, meaning)
            if meaning:
                w_t.append(t)
                n_meaning = n
            else:
                o_t.append(t)
                n_wording = n
    claims = sum(len(d["claims"]) for d in docs)
    ext_cost = min(with_t) / min(without_t) - 1
    store_cost = min(w_t) / min(o_t) - 1
    total_with = min(with_t) + min(w_t)
    total_without = min(without_t) + min(o_t)
    lines = [
        MARK_START,
        f"## Issue identity: cost to ingest ({dt.date.today().isoformat()})",
        "",
        "- command: `" + " ".join([".venv/bin/python bench/issue_identity.py",
                                    *sys.argv[1:]]) + "`",
        f"- corpus: {len(raws)} articles, {words:,} words, {claims} claims; {args.rounds} "
        "rounds alternated, best round",
        f"- extraction: {words / min(without_t):,.0f} words/s without issue grouping, "
        f"{words / min(with_t):,.0f} with it: cost {ext_cost:+.1%}",
        f"- store writes (SQLite): {len(docs) / min(o_t):,.1f} docs/s placing claims by "
        f"wording only ({n_wording} issues), {len(docs) / min(w_t):,.1f} docs/s by wording "
        f"then meaning ({n_meaning} issues): cost {store_cost:+.1%}",
        f"- ingest as a whole (extraction + writes, one process): cost "
        f"{total_with / total_without - 1:+.1%} (target ≤ +15%)",
        MARK_END,
    ]
    block = "\n".join(lines)
    print(block)
    if not args.no_write:
        write_block(block, MARK_START, MARK_END)


if __name__ == "__main__":
    main()
