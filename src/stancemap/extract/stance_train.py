"""Train the stance model on hand-coded gold: ``python -m stancemap.extract.stance_train``.

    python -m stancemap.extract.stance_train eval/gold/train ../shared/eval/dev \\
        [--out src/stancemap/lexicon/stance_model.json] [--folds 5] [--l2 6.0]

Every claim the rules extract from a gold article is matched to the gold claims it meets
on speaker and target (stance ignored); where those agree on a stance (required claims
first), that stance is its label. A multinomial logistic regression is fitted on the
labelled claims' features (stance_model.features) by full-batch gradient descent from
zeros — deterministic, so the same gold gives the same weights. ``--folds`` reports the
accuracy of the rules and of the model on articles held out in turn before the final fit.
Never pass the frozen test split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

import numpy as np

from stancemap.evaluate import actor_names, load_gold, occurs
from stancemap.extract.actors import extract_actors
from stancemap.extract.claims import claims_with_features
from stancemap.extract.headline import mark_body
from stancemap.extract.stance_model import LABELS, MODEL_FILE
from stancemap.nlp import pipe

MIN_COUNT = 2  # a feature seen fewer times is left out
STEPS = 3000
RATE = 0.5


def _label(claim: dict, actors: dict, golds: list[dict]) -> str | None:
    """The gold stance of the gold claims this claim meets (speaker and target), if one."""
    names: list[str] = [claim.get("speaker_text") or ""]
    for sid in claim.get("speakers") or []:
        names += actor_names(actors.get(sid))
    hits = [g for g in golds if occurs(g["speaker_any"], names)
            and occurs(g["target_any"], [claim.get("target"), claim.get("issue")])]
    for group in ([g for g in hits if not g.get("optional")], hits):
        stances = {g["stance"] for g in group}
        if len(stances) == 1:
            return stances.pop()
        if stances:
            return None
    return None


def examples(dirs: list[str]) -> list[tuple[str, dict[str, float], str, str]]:
    """(article id, features, rules' stance, gold stance) for every labelled claim."""
    arts = [a for d in dirs for a in load_gold(d)]
    out = []
    # parsed as extraction parses (headline and dateline apart, long texts in pieces)
    for sdoc, art in pipe((a.text, a) for a in arts):
        mark_body(sdoc)
        table = extract_actors(sdoc)
        claims, feats = claims_with_features(sdoc, table)
        actors = {a.id: asdict(a) for a in table.export()}
        for c, f in zip(claims, feats, strict=True):
            label = _label(asdict(c), actors, art.gold.get("claims") or [])
            if label is not None:
                out.append((art.id, f, c.stance, label))
    return out


def fit(rows: list[dict[str, float]], labels: list[str], l2: float
        ) -> dict[str, dict[str, float]]:
    counts = Counter(k for r in rows for k in r)
    names = sorted(k for k, n in counts.items() if n >= MIN_COUNT)
    index = {k: i for i, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for k, v in r.items():
            if k in index:
                x[i, index[k]] = v
    y = np.zeros((len(rows), len(LABELS)))
    for i, lab in enumerate(labels):
        y[i, LABELS.index(lab)] = 1.0
    w = np.zeros((len(names), len(LABELS)))
    n = max(len(rows), 1)
    for _ in range(STEPS):
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = x.T @ (p - y) / n + l2 * w / n
        w -= RATE * grad
    return {lab: {k: round(float(w[i, j]), 5) for k, i in index.items() if abs(w[i, j]) > 1e-6}
            for j, lab in enumerate(LABELS)}


def _predict(weights: dict[str, dict[str, float]], f: dict[str, float]) -> str:
    scores = {lab: sum(weights[lab].get(k, 0.0) * v for k, v in f.items()) for lab in LABELS}
    return max(LABELS, key=scores.__getitem__)


def cross_validate(data: list[tuple[str, dict[str, float], str, str]], folds: int, l2: float
                   ) -> dict[str, float]:
    ids = sorted({a for a, *_ in data})
    fold_of = {a: i % folds for i, a in enumerate(ids)}
    rules = model = 0
    for k in range(folds):
        train = [d for d in data if fold_of[d[0]] != k]
        held = [d for d in data if fold_of[d[0]] == k]
        if not train or not held:
            continue
        w = fit([d[1] for d in train], [d[3] for d in train], l2)
        rules += sum(d[2] == d[3] for d in held)
        model += sum(_predict(w, d[1]) == d[3] for d in held)
    return {"claims": len(data), "rules_accuracy": round(rules / len(data), 4),
            "model_accuracy": round(model / len(data), 4), "folds": folds}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold_dirs", nargs="+")
    ap.add_argument("--out", default=str(Path(__file__).parents[1] / "lexicon" / MODEL_FILE))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--l2", type=float, default=6.0)
    args = ap.parse_args(argv)
    if any("test" in Path(d).parts for d in args.gold_dirs):
        print("stance_train: the frozen test split is never trained on", file=sys.stderr)
        return 2
    data = examples(args.gold_dirs)
    print(f"{len(data)} labelled claims; gold stances {dict(Counter(d[3] for d in data))}")
    cv = cross_validate(data, args.folds, args.l2) if args.folds > 1 else {}
    if cv:
        print(f"held-out accuracy by article ({cv['folds']} folds): rules "
              f"{cv['rules_accuracy']:.1%}, model {cv['model_accuracy']:.1%}")
    weights = fit([d[1] for d in data], [d[3] for d in data], args.l2)
    Path(args.out).write_text(json.dumps(
        {"labels": list(LABELS), "trained_on": args.gold_dirs, "l2": args.l2,
         "examples": len(data), "cross_validation": cv, "weights": weights},
        indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"weights -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
