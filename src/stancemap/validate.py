"""Check a document dict against the shipped JSON Schema and the contract's cross-field rules."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator


@cache
def _validator() -> Draft202012Validator:
    raw = resources.files("stancemap.schema").joinpath("stancemap-1.schema.json").read_text()
    return Draft202012Validator(json.loads(raw))


def problems(doc: dict[str, Any], text: str | None = None) -> list[str]:
    """Every way ``doc`` breaks the contract; empty when it is valid.

    ``text`` defaults to the document's own ``text`` field; when known, every evidence span
    and actor mention is checked against it.
    """
    found = [f"{'/'.join(map(str, e.path)) or '<root>'}: {e.message}"
             for e in _validator().iter_errors(doc)]
    if found:
        return found
    text = doc.get("text") if text is None else text
    ids = {a["id"] for a in doc["actors"]}
    if len(ids) != len(doc["actors"]):
        found.append("actors: ids are not unique")
    for kind in ("claims", "events"):
        seen = [x["id"] for x in doc[kind]]
        if len(set(seen)) != len(seen):
            found.append(f"{kind}: ids are not unique")
    for c in doc["claims"]:
        found += [f"claim {c['id']}: unknown speaker {s}" for s in c["speakers"] if s not in ids]
    for e in doc["events"]:
        refs = list(e["participants"]) + list(e.get("recipients") or []) \
            + ([e["convener"]] if e["convener"] else [])
        found += [f"event {e['id']}: unknown actor {s}" for s in refs if s not in ids]
    if text is not None:
        for item in doc["claims"] + doc["events"]:
            ev = item["evidence"]
            if text[ev["start"]:ev["end"]] != ev["text"]:
                found.append(f"{item['id']}: evidence.text is not text[start:end]")
        for a in doc["actors"]:
            for m in a["mentions"]:
                if not 0 <= m["start"] < m["end"] <= len(text):
                    found.append(f"actor {a['id']}: mention {m} out of range")
    return found
