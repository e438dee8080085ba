"""Why gold claims are missed: a breakdown of the misses of ``stancemap eval`` on a gold dir.

    .venv/bin/python eval/tools/analyse.py eval/gold/train [--show]

For each required gold claim left unmatched, the nearest extracted unit says why: the
stance differs (speaker and target match), the speaker differs (target and stance match),
the target differs (speaker and stance match), or nothing was extracted from the sentence
the gold quote is in. Use on dev and train only, never on the frozen test split.
"""

from __future__ import annotations

import sys
from collections import Counter

from stancemap.evaluate import actor_names, claim_units, load_gold, occurs, score_claims
from stancemap.model import RawDocument
from stancemap.pipeline import extract_many


def main(directory: str, show: bool) -> None:
    arts = load_gold(directory)
    raws = [RawDocument(text=a.text, source=str(a.path), title=a.title, published=a.published,
                        url=a.url) for a in arts]
    why: Counter[str] = Counter()
    for art, doc in zip(arts, extract_many(raws), strict=True):
        d = doc.to_dict(include_text=False)
        units = claim_units(d)
        score = score_claims(d, art.gold)
        missed = {(tuple(m["speaker_any"]), m["stance"], tuple(m["target_any"]))
                  for m in score.missed}
        for g in art.gold.get("claims", []):
            key = (tuple(g["speaker_any"]), g["stance"], tuple(g["target_any"]))
            if g.get("optional") or key not in missed:
                continue
            spk = [occurs(g["speaker_any"], [*actor_names(u.speaker), u.claim.get("speaker_text")])
                   for u in units]
            tgt = [occurs(g["target_any"], [u.claim.get("target"), u.claim.get("issue")])
                   for u in units]
            sta = [u.claim.get("stance") == g["stance"] for u in units]
            q = g.get("quote") or ""
            at = art.text.find(q) if q else -1
            near = [u for u in units if at >= 0 and (u.claim.get("evidence") or {}).get("start", -1)
                    <= at + len(q) and at <= (u.claim.get("evidence") or {}).get("end", -1)]
            if any(s and t for s, t in zip(spk, tgt, strict=True)):
                kind = "stance"
            elif any(t and s for t, s in zip(tgt, sta, strict=True)):
                kind = "speaker"
            elif any(s and s2 for s, s2 in zip(spk, sta, strict=True)) and near:
                kind = "target"
            elif near:
                kind = "other-claim-there"
            else:
                kind = "nothing-there"
            why[kind] += 1
            if show:
                got = "; ".join(f"{(u.speaker or {}).get('name')}/{u.claim.get('stance')}/"
                                f"{u.claim.get('target')!r}" for u in near)
                print(f"{art.id[9:40]:32} {kind:18} {g['speaker_any'][0]:14} {g['stance']:8}"
                      f" {q[:110]!r}\n{'':52}got: {got[:200]}")
    total = sum(why.values())
    for k, n in why.most_common():
        print(f"{k:20} {n:4} {n / total:.0%}")


if __name__ == "__main__":
    main(sys.argv[1], "--show" in sys.argv)
