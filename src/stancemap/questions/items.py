"""The answers' building blocks — an actor, an issue, a source, a claim, an event — and the
one place that reads them from the store's rows.

Every question returns frozen dataclasses made of these; ``to_json`` turns any of them into
the JSON the CLI prints, the API sends and the pages embed (the same values everywhere).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from stancemap.model import Evidence
from stancemap.questions.filters import Filters
from stancemap.questions.stances import stance_class
from stancemap.store.codec import evidence_from_row
from stancemap.store.tables import (
    actors,
    claim_speakers,
    claims,
    documents,
    event_participants,
    events,
    issues,
)


@dataclass(frozen=True)
class ActorRef:
    id: int
    name: str


@dataclass(frozen=True)
class IssueRef:
    id: int
    label: str


@dataclass(frozen=True)
class Source:
    """The article an item comes from: its stored id and where it was read."""

    id: str
    source: str
    title: str | None
    url: str | None
    published: dt.date | None


@dataclass(frozen=True)
class ClaimItem:
    """One stored claim: who, which way, on what, under which conditions, and the words."""

    id: int
    document: Source
    local_id: str
    published: dt.date | None
    speakers: tuple[ActorRef, ...]
    speaker_text: str
    predicate: str
    stance: str
    stance_class: str  # support | support_if | oppose_unless | oppose | neutral
    target: str
    issue: IssueRef
    topic: str | None
    conditions: tuple[str, ...]
    quote: str
    evidence: Evidence
    confidence: float


@dataclass(frozen=True)
class EventItem:
    """One stored event. ``date`` is the event's own day and None when the article gives
    none; ``document.published`` is the article's day, never silently the event's."""

    id: int
    document: Source
    local_id: str
    kind: str
    plover: str | None
    description: str
    location: str | None
    date: dt.date | None
    date_text: str | None
    status: str
    participants: tuple[ActorRef, ...]
    convener: ActorRef | None
    evidence: Evidence


def to_json(value: Any) -> Any:
    """Dataclasses, dates, tuples and dicts → JSON-ready values (the one encoding)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# ---------------------------------------------------------------- reading rows


def chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def actor_refs(session: Session, link: Any, owner: Any, ids: Sequence[int]
               ) -> dict[int, tuple[ActorRef, ...]]:
    """The actors linked to each claim or event, in their stored order."""
    out: dict[int, list[ActorRef]] = defaultdict(list)
    for part in chunks(sorted(set(ids))):
        for r in session.execute(
                select(owner.label("owner"), actors.c.id, actors.c.name)
                .join(actors, actors.c.id == link.c.actor_id)
                .where(owner.in_(part)).order_by(owner, link.c.position)):
            out[r.owner].append(ActorRef(r.id, r.name))
    return {k: tuple(v) for k, v in out.items()}


def _source(m: Any) -> Source:
    return Source(m["document_id"], m["doc_source"], m["doc_title"], m["doc_url"],
                  m["doc_published"])


DOC_COLUMNS = (documents.c.source.label("doc_source"), documents.c.title.label("doc_title"),
               documents.c.url.label("doc_url"), documents.c.published.label("doc_published"))


def claim_select(f: Filters | None = None) -> Select:
    """Claims with their document and issue, narrowed by ``f`` (order and limit added later)."""
    q = (select(claims, issues.c.label.label("issue_label"), *DOC_COLUMNS)
         .join(documents, documents.c.id == claims.c.document_id)
         .join(issues, issues.c.id == claims.c.issue_id))
    return f.apply(q, claims.c.published, claims.c.document_id) if f else q


def claim_items(session: Session, q: Select) -> tuple[ClaimItem, ...]:
    rows = session.execute(q).all()
    speakers = actor_refs(session, claim_speakers, claim_speakers.c.claim_id,
                          [r.id for r in rows])
    out = []
    for r in rows:
        m = r._mapping
        conditions = tuple(m["conditions"] or ())
        out.append(ClaimItem(
            id=m["id"], document=_source(m), local_id=m["local_id"], published=m["published"],
            speakers=speakers.get(m["id"], ()), speaker_text=m["speaker_text"],
            predicate=m["predicate"], stance=m["stance"],
            stance_class=stance_class(m["stance"], conditions), target=m["target"],
            issue=IssueRef(m["issue_id"], m["issue_label"]), topic=m["topic"],
            conditions=conditions, quote=m["quote"],
            evidence=evidence_from_row(m), confidence=m["confidence"]))
    return tuple(out)


def event_day() -> Any:
    """The day an event is filtered and ordered by: its own, else its article's."""
    return func.coalesce(events.c.date, events.c.published)


def event_select(f: Filters | None = None) -> Select:
    q = select(events, *DOC_COLUMNS).join(documents, documents.c.id == events.c.document_id)
    return f.apply(q, event_day(), events.c.document_id) if f else q


def event_items(session: Session, q: Select) -> tuple[EventItem, ...]:
    rows = session.execute(q).all()
    parts = actor_refs(session, event_participants, event_participants.c.event_id,
                       [r.id for r in rows])
    conveners = {r.id: ActorRef(r.id, r.name) for r in session.execute(
        select(actors.c.id, actors.c.name).where(
            actors.c.id.in_(sorted({r.convener_id for r in rows if r.convener_id}))))}
    out = []
    for r in rows:
        m = r._mapping
        out.append(EventItem(
            id=m["id"], document=_source(m), local_id=m["local_id"], kind=m["kind"],
            plover=m["plover"], description=m["description"], location=m["location"],
            date=m["date"], date_text=m["date_text"], status=m["status"],
            participants=parts.get(m["id"], ()), convener=conveners.get(m["convener_id"]),
            evidence=evidence_from_row(m)))
    return tuple(out)
