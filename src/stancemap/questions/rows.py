"""Any answer as flat rows (one dict per line) for CSV: the CLI's ``--format csv`` and the
dashboard's CSV downloads write the same rows. Lists become ``a; b`` in the file."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from functools import singledispatch
from typing import Any

from stancemap.questions.browse import (
    ActorDetail,
    ActorPage,
    DocumentDetail,
    DocumentPage,
    IssuePage,
    Overview,
    TimelinePoint,
)
from stancemap.questions.events import EventPage
from stancemap.questions.items import ClaimItem, EventItem, to_json
from stancemap.questions.search import SearchResult
from stancemap.questions.stands import Change, Matrix, Network, Positions, Snapshot, Who


def claim_row(c: ClaimItem) -> dict[str, Any]:
    """A claim as one line: ids and names side by side."""
    return {"claim_id": c.id, "date": c.published,
            "speaker_ids": [a.id for a in c.speakers], "speakers": [a.name for a in c.speakers],
            "stance": c.stance, "stance_class": c.stance_class, "target": c.target,
            "issue_id": c.issue.id, "issue": c.issue.label, "topic": c.topic,
            "conditions": list(c.conditions), "evidence": c.evidence.text,
            "document_id": c.document.id, "source": c.document.source,
            "title": c.document.title, "url": c.document.url}


def event_row(e: EventItem) -> dict[str, Any]:
    """An event as one line; ``date`` stays empty when the article gives none."""
    return {"event_id": e.id, "date": e.date, "date_text": e.date_text, "kind": e.kind,
            "plover": e.plover, "status": e.status, "location": e.location,
            "participant_ids": [a.id for a in e.participants],
            "participants": [a.name for a in e.participants],
            "convener": e.convener.name if e.convener else None,
            "description": e.description, "evidence": e.evidence.text,
            "document_id": e.document.id, "published": e.document.published,
            "source": e.document.source, "url": e.document.url}


def _snapshot(sn: Snapshot) -> dict[str, Any]:
    return {"stance": sn.stance, "conditions": list(sn.conditions), "date": sn.date,
            "claim_id": sn.claim_id, "evidence": sn.evidence, "source": sn.document.source,
            "url": sn.document.url}


@singledispatch
def rows(answer: Any) -> list[dict[str, Any]]:
    """The answer's lines; a list of dataclasses gives one line each."""
    if isinstance(answer, tuple | list):
        return [r for item in answer for r in rows(item)]
    return [to_json(answer)]


@rows.register
def _(answer: Overview) -> list[dict[str, Any]]:
    return [to_json(answer.counts) | answer.stances]


@rows.register
def _(answer: DocumentPage | ActorPage | IssuePage) -> list[dict[str, Any]]:
    return [to_json(item) for item in answer.items]


@rows.register
def _(answer: ClaimItem) -> list[dict[str, Any]]:
    return [claim_row(answer)]


@rows.register
def _(answer: DocumentDetail | ActorDetail) -> list[dict[str, Any]]:
    claims = answer.claims if isinstance(answer, DocumentDetail) else answer.positions
    return [claim_row(c) for c in claims]


@rows.register
def _(answer: TimelinePoint) -> list[dict[str, Any]]:
    return [{"claim_id": answer.claim_id, "date": answer.date,
             "stance_class": answer.stance_class, "issue_id": answer.issue.id,
             "issue": answer.issue.label, "actor_id": answer.actor.id,
             "actor": answer.actor.name, "document_id": answer.document_id}]


@rows.register
def _(answer: EventPage) -> list[dict[str, Any]]:
    return [event_row(e) for e in answer.items]


@rows.register
def _(answer: Positions) -> list[dict[str, Any]]:
    return [claim_row(c) for c in answer.claims]


@rows.register
def _(answer: Who) -> list[dict[str, Any]]:
    return [{"group": g, "actor_id": r.actor.id, "actor": r.actor.name,
             **{k: v for k, v in to_json(r).items() if k != "actor"}}
            for g, rs in answer.groups.items() for r in rs]


@rows.register
def _(answer: Matrix) -> list[dict[str, Any]]:
    labels = {i.issue.id: i.issue.label for i in answer.issues}
    names = {a.actor.id: a.actor.name for a in answer.actors}
    return [{"actor": names[c.actor_id], "issue": labels[c.issue_id], **to_json(c)}
            for c in answer.cells]


@rows.register
def _(answer: Change) -> list[dict[str, Any]]:
    return [{"actor_id": answer.actor.id, "actor": answer.actor.name,
             "issue_id": answer.issue.id, "issue": answer.issue.label, "kind": answer.kind,
             **{f"before_{k}": v for k, v in _snapshot(answer.before).items()},
             **{f"after_{k}": v for k, v in _snapshot(answer.after).items()}}]


@rows.register
def _(answer: Network) -> list[dict[str, Any]]:
    name = {n.actor.id: n.actor.name for n in answer.nodes}
    return [{"source_name": name[e.source], "target_name": name[e.target], **to_json(e),
             "issues": [i.label for i in e.issues]} for e in answer.edges]


@rows.register
def _(answer: SearchResult) -> list[dict[str, Any]]:
    return [dict(claim_row(c), kind="claim") for c in answer.claims] + \
        [dict(event_row(e), kind="event") for e in answer.events]


def to_csv(lines: Sequence[dict[str, Any]]) -> str:
    """Rows as CSV text with a header (the union of the rows' keys, in first-seen order)."""
    if not lines:
        return ""
    fields = list(dict.fromkeys(k for r in lines for k in r))
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
    w.writeheader()
    for r in lines:
        w.writerow({k: _cell(v) for k, v in r.items()})
    return buf.getvalue()


def _cell(v: Any) -> Any:
    if isinstance(v, list | tuple):
        return "; ".join(map(str, v))
    if isinstance(v, dt.date):
        return v.isoformat()
    return v
