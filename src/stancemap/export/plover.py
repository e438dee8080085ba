"""PLOVER JSON records (manual v0.8 field names) for the events and typed claims of a document.

One record per event, and one per claim whose predicate has a PLOVER type (a demand, a
rejection, an accusation …; plain statements have none, as PLOVER dropped them). Fields:
id, date, actor, recipient, event, mode, context, event_loc, event_text, plus the
stancemap kind and status, and the offsets of the evidence, so records can be traced back.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from stancemap import lexicon
from stancemap.model import Actor, Claim, Document, Event

PLOVER_TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
# Names used by other PLOVER drafts, mapped onto the v0.8 categories.
ALIASES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE",
           "FIGHT": "ASSAULT"}


def plover_records(doc: Document) -> list[dict[str, Any]]:
    """The PLOVER records of one document: every event, then every typed claim."""
    actors = {a.id: a for a in doc.actors}
    out = [_event_record(doc, e, actors) for e in doc.events]
    for claim in doc.claims:
        record = _claim_record(doc, claim, actors)
        if record is not None:
            out.append(record)
    return out


def plover_type(value: str | None) -> str | None:
    """A PLOVER category in v0.8 spelling, or None when it is not one."""
    if not value:
        return None
    name = ALIASES.get(value.upper(), value.upper())
    return name if name in PLOVER_TYPES else None


def _event_record(doc: Document, event: Event, actors: dict[str, Actor]) -> dict[str, Any]:
    recipients = [r for r in event.recipients if r in actors]
    sources = [p for p in event.participants if p not in recipients]
    etype = plover_type(event.plover)
    if etype == "CONSULT" and event.convener and event.convener not in sources:
        recipients.append(event.convener)  # the host; participants are the visitors
    context = _words()["status_context"].get(event.status)
    return {
        "id": f"{doc.document.id[:16]}-{event.id}",
        "date": event.date,
        "actor": [_actor(actors[i]) for i in sources if i in actors],
        "recipient": [_actor(actors[i]) for i in recipients if i in actors],
        "event": [etype] if etype else [],
        "mode": [event.mode] if event.mode else [],
        "context": [context] if context else [],
        "event_loc": {"name": event.location} if event.location else None,
        "event_text": [event.evidence.text],
        "kind": event.kind,
        "status": event.status,
        "date_text": event.date_text,
        "text_info": {"start": event.evidence.start, "end": event.evidence.end},
        "cite_info": _cite(doc),
    }


def _claim_record(doc: Document, claim: Claim, actors: dict[str, Actor]) -> dict[str, Any] | None:
    etype = claim_type(claim)
    if etype is None:
        return None
    return {
        "id": f"{doc.document.id[:16]}-{claim.id}",
        "date": doc.document.published,  # the day it was reported: claims carry no date
        "actor": [_actor(actors[i]) for i in claim.speakers if i in actors],
        "recipient": [],
        "event": [etype],
        "mode": [],
        "context": [],
        "event_loc": None,
        "event_text": [claim.evidence.text],
        "kind": "claim",
        "predicate": claim.predicate,
        "target": claim.target,
        "stance": claim.stance,
        "text_info": {"start": claim.evidence.start, "end": claim.evidence.end},
        "cite_info": _cite(doc),
    }


def claim_type(claim: Claim) -> str | None:
    """The PLOVER type of a claim's predicate: the predicate lexicon's ``plover`` key
    first, then the small table in ``lexicon/plover.yaml``."""
    key = predicate_key(claim.predicate)
    predicates = lexicon.load("predicates")
    for table in ("verbs", "nominal"):
        entry = (predicates.get(table) or {}).get(key)
        if isinstance(entry, dict) and entry.get("plover"):
            return plover_type(entry["plover"])
    return plover_type(_words()["predicates"].get(key))


def predicate_key(predicate: str) -> str:
    """ "called for" → "call for", "rejected" → "reject", "said" → "say": the lemma form
    the lexicons are keyed by (a light stemmer; no model needed at export time)."""
    words = predicate.lower().split()
    if not words:
        return ""
    known = _known_keys()
    head, rest = words[0], words[1:]
    for lemma in _lemmas(head):
        key = " ".join([lemma, *rest])
        if key in known:
            return key
        if lemma in known:
            return lemma
    return " ".join([head, *rest])


def _lemmas(word: str) -> list[str]:
    irregular = _words()["irregular"]
    out = [irregular[word]] if word in irregular else []
    out.append(word)
    for pattern, repl in ((r"ied$", "y"), (r"ies$", "y"), (r"([^aeiou])\1ed$", r"\1"),
                          (r"([^aeiou])\1ing$", r"\1"), (r"ed$", "e"), (r"ed$", ""),
                          (r"ing$", "e"), (r"ing$", ""), (r"es$", ""), (r"s$", "")):
        if re.search(pattern, word):
            out.append(re.sub(pattern, repl, word))
    return out


@cache
def _known_keys() -> frozenset[str]:
    predicates = lexicon.load("predicates")
    keys = set(_words()["predicates"])
    for table in ("verbs", "nominal"):
        keys.update((predicates.get(table) or {}).keys())
    return frozenset(keys)


@cache
def _words() -> dict[str, Any]:
    data = lexicon.load("plover")
    return {
        "predicates": data.get("predicates") or {},
        "irregular": data.get("irregular") or {},
        "status_context": data.get("status_context") or {},
    }


def _actor(actor: Actor) -> dict[str, Any]:
    return {
        "code": actor.country,
        "actor_text": actor.name,
        "identifier_id": actor.id,
        "identifier_text": actor.name,
        "office": actor.role,
        "kind": actor.kind,
    }


def _cite(doc: Document) -> dict[str, Any]:
    return {"url": doc.document.url or doc.document.source, "title": doc.document.title,
            "language": "en"}
