"""Check hand-coded gold files before they are used: fields, values, quotes found in the text.

    python eval/tools/check_gold.py eval/gold/train/wikinews-….json [...]

Standard library only, so coders can run it without stancemap. Prints one line per problem
and exits 1 if there is any.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

STANCES = {"support", "oppose", "neutral"}
STATUSES = {"held", "ongoing", "planned", "expected", "cancelled"}
KINDS = {"person", "organization", "country", "group"}
TOPICS = {
    "Macroeconomics", "Civil rights", "Health", "Agriculture", "Labour", "Education",
    "Environment", "Energy", "Immigration", "Transportation", "Law and crime",
    "Social welfare", "Housing", "Domestic commerce", "Defence", "Technology",
    "Foreign trade", "International affairs", "Government operations", "Public lands",
    "Culture", "Elections",
}


def strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(s, str) and s == s.lower() for s in value)


def check(path: Path) -> list[str]:
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"{path.name}: not JSON ({exc})"]
    text_path = path.parent / str(gold.get("text"))
    if not text_path.is_file():
        return [f"{path.name}: text file {text_path} not found"]
    text = text_path.read_text(encoding="utf-8")
    for i, a in enumerate(gold.get("actors", [])):
        if not a.get("name") or not strings(a.get("any")) or not a["any"]:
            bad(f"actors[{i}] needs a name and a non-empty lower-case 'any' list")
        if "role_any" in a and not strings(a["role_any"]):
            bad(f"actors[{i}].role_any must be lower-case strings")
        c = a.get("country")
        if c is not None and not (isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c)):
            bad(f"actors[{i}].country must be an ISO alpha-3 code like 'GBR'")
        if a.get("kind") not in KINDS:
            bad(f"actors[{i}].kind must be one of {sorted(KINDS)}")
    for i, c in enumerate(gold.get("claims", [])):
        where = f"claims[{i}]"
        if not strings(c.get("speaker_any")) or not c["speaker_any"]:
            bad(f"{where}.speaker_any must be a non-empty list of lower-case strings")
        if not strings(c.get("target_any")) or not c["target_any"]:
            bad(f"{where}.target_any must be a non-empty list of lower-case strings")
        if c.get("stance") not in STANCES:
            bad(f"{where}.stance must be one of {sorted(STANCES)}")
        if "condition_any" in c and not strings(c["condition_any"]):
            bad(f"{where}.condition_any must be lower-case strings")
        if not isinstance(c.get("issue"), str) or not c["issue"].strip():
            bad(f"{where}.issue is missing")
        if c.get("topic") not in TOPICS:
            bad(f"{where}.topic must be one of the topics in eval/CODING.md")
        q = c.get("quote")
        if not isinstance(q, str) or not q or q not in text:
            bad(f"{where}.quote must be an exact excerpt of the text: {q!r:.80}")
    for i, e in enumerate(gold.get("events", [])):
        where = f"events[{i}]"
        if e.get("status") not in STATUSES:
            bad(f"{where}.status must be one of {sorted(STATUSES)}")
        d = e.get("date")
        if d is not None and not (isinstance(d, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", d)):
            bad(f"{where}.date must be YYYY-MM-DD or left out")
        for key in ("location_any", "participants_any", "convener_any"):
            if key in e and not strings(e[key]):
                bad(f"{where}.{key} must be lower-case strings")
    return problems


def main(paths: list[str]) -> int:
    problems = [p for name in paths for p in check(Path(name))]
    print("\n".join(problems) if problems else f"ok: {len(paths)} file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
