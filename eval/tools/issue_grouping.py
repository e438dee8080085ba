"""How well stored issues group claims: B-cubed against the gold's issue labels, pooled
across articles, through the real store.

    .venv/bin/python eval/tools/issue_grouping.py            # dev + train + test
    .venv/bin/python eval/tools/issue_grouping.py --splits dev train

Extracts every gold article, ingests them all into one fresh SQLite store (so claims on one
question in different articles can meet), matches extracted claims to gold claims (speaker
and target as `stancemap eval` does, stance ignored: grouping is judged apart from stance)
and scores the store's issue of each matched claim against the gold claim's `issue`
(B-cubed: same issue ⇔ same gold label). Also prints the extractor's own labels scored the
same way, and issues per 100 claims. Totals only for the test split: never tune on it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

from stancemap import evaluate as ev
from stancemap.model import RawDocument
from stancemap.pipeline import extract_many
from stancemap.store.db import open_store
from stancemap.store.ingest import ingest_documents
from stancemap.store.tables import claims

ROOT = Path(__file__).resolve().parent.parent.parent
SPLITS = {"dev": ROOT.parent / "shared" / "eval" / "dev", "train": ROOT / "eval" / "gold" / "train",
          "test": ROOT / "eval" / "gold" / "test"}
DEV_LABELS = ROOT / "eval" / "dev-issues.json"


def stance_free(unit: ev.Unit, gold: dict) -> bool:
    claim = dict(unit.claim)
    claim["stance"] = gold["stance"]
    return ev.unit_matches(ev.Unit(claim, unit.speaker, unit.speaker_id), gold)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--splits", nargs="+", default=["dev", "train", "test"], choices=SPLITS)
    args = ap.parse_args()
    arts: list[tuple[str, ev.GoldArticle]] = []
    for split in args.splits:
        found = ev.load_gold(SPLITS[split])
        if split == "dev":
            ev.add_issue_labels(found, DEV_LABELS)
        arts += [(split, a) for a in found]
    raws = [RawDocument(text=a.text, source=str(a.path), published=a.published, title=a.title,
                        url=a.url) for _, a in arts]
    docs = [d.to_dict() for d in extract_many(raws)]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(str(Path(tmp) / "grouping.db"))
        report = ingest_documents(store, docs)
        if report.failures:
            print(report.failures, file=sys.stderr)
            return 1
        with store.session() as s:
            stored = {(r.document_id, r.local_id): r.issue_id for r in s.execute(
                select(claims.c.document_id, claims.c.local_id, claims.c.issue_id))}
        store.close()
    rows: list[tuple[str, str, object, object]] = []  # split, gold label, store id, label
    for (split, art), doc in zip(arts, docs, strict=True):
        golds = art.gold.get("claims") or []
        required = [i for i, g in enumerate(golds) if not g.get("optional")]
        units = ev.claim_units(doc)
        edges = {u: [g for g in required if stance_free(units[u], golds[g])]
                 for u in range(len(units))}
        owner = ev.max_matching(edges, range(len(units)))
        for g, u in owner.items():
            label = golds[g].get("issue")
            if isinstance(label, str):
                claim = units[u].claim
                rows.append((split, label, stored[(doc["document"]["id"], claim["id"])],
                             claim.get("issue")))
    n_claims = sum(len(d["claims"]) for d in docs)
    print(f"{len(docs)} articles, {n_claims} claims on {len(set(stored.values()))} stored "
          f"issues ({100 * len(set(stored.values())) / max(n_claims, 1):.0f} per 100 claims)")
    for name in [*args.splits, "pooled"]:
        sel = [r for r in rows if name == "pooled" or r[0] == name]
        if not sel:
            continue
        gold = [r[1] for r in sel]
        p, r_ = ev.bcubed(gold, [r[2] for r in sel])
        lp, lr = ev.bcubed(gold, [r[3] if r[3] is not None else ("", i)
                                  for i, r in enumerate(sel)])
        f, lf = ev.f1(p, r_) or 0.0, ev.f1(lp, lr) or 0.0
        print(f"{name:7} {len(sel):4} matched claims  store issues: B-cubed P {p:.2f} "
              f"R {r_:.2f} F1 {f:.3f}   extractor labels: P {lp:.2f} R {lr:.2f} F1 {lf:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
