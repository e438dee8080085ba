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
from typing import Any, get_type_hints

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from stancemap.model import Claim, Event
from stancemap.questions.filters import Filters
from stancemap.questions.stances import stance_class
from stancemap.store.codec import claim_from_row, event_from_row
from stancemap.store.rollup import event_day
from stancemap.store.tables import (
    actors,
    claim_speakers,
    claims,
    doc_actors,
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


def _stored(name: str, doc: str, store: list[tuple[str, Any]], model: type) -> type:
    """A frozen dataclass: the store's fields (ids, references, the source), then every
    field of the extractor's ``model`` dataclass the store does not replace — so a field
    added to the model (and stored by the codec) reaches every answer with no change here."""
    hints = get_type_hints(model)
    taken = {n for n, _ in store}
    fields = [*store, *((f.name, hints[f.name]) for f in dataclasses.fields(model)
                        if f.name not in taken)]
    cls = dataclasses.make_dataclass(name, fields, frozen=True)
    cls.__module__, cls.__doc__ = __name__, doc
    return cls


ClaimItem = _stored(
    "ClaimItem",
    """One stored claim: who (store actors), which way (``stance`` and ``stance_class``: support
    | support_if | oppose_unless | oppose | neutral), on what (``target``, the stored ``issue``),
    under which conditions, the words, and its source; with every field of the extractor's
    ``Claim``.""",
    [("id", int), ("document", Source), ("local_id", str), ("published", dt.date | None),
     ("speakers", tuple[ActorRef, ...]), ("stance_class", str), ("issue", IssueRef)],
    Claim)

EventItem = _stored(
    "EventItem",
    """One stored event with every field of the extractor's ``Event``; ``date`` is the
    event's own day and None when the article gives none (``document.published`` is the
    article's day, never silently the event's); who took part are store actors.""",
    [("id", int), ("document", Source), ("local_id", str), ("date", dt.date | None),
     ("participants", tuple[ActorRef, ...]), ("convener", ActorRef | None),
     ("recipients", tuple[ActorRef, ...])],
    Event)


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


def _model_values(item: Any, cls: type) -> dict[str, Any]:
    """The model fields an item class takes from the extractor's dataclass ``item``."""
    own = {f.name for f in dataclasses.fields(cls)}
    return {f.name: getattr(item, f.name) for f in dataclasses.fields(item)
            if f.name in own}


def claim_items(session: Session, q: Select) -> tuple[Any, ...]:
    """The ClaimItems for the claim rows ``q`` selects (``claim_select``), in its order."""
    rows = session.execute(q).all()
    speakers = actor_refs(session, claim_speakers, claim_speakers.c.claim_id,
                          [r.id for r in rows])
    out = []
    for r in rows:
        m = r._mapping
        model = claim_from_row(m, [])
        store = {"id": m["id"], "document": _source(m), "local_id": m["local_id"],
                 "published": m["published"], "speakers": speakers.get(m["id"], ()),
                 "stance_class": stance_class(m["stance"], m["conditions"]),
                 "issue": IssueRef(m["issue_id"], m["issue_label"])}
        out.append(ClaimItem(**(_model_values(model, ClaimItem) | store)))
    return tuple(out)


def event_select(f: Filters | None = None) -> Select:
    q = select(events, *DOC_COLUMNS).join(documents, documents.c.id == events.c.document_id)
    return f.apply(q, event_day(), events.c.document_id) if f else q


def event_items(session: Session, q: Select) -> tuple[Any, ...]:
    """The EventItems for the event rows ``q`` selects (``event_select``), in its order."""
    rows = session.execute(q).all()
    parts = actor_refs(session, event_participants, event_participants.c.event_id,
                       [r.id for r in rows])
    conveners = {r.id: ActorRef(r.id, r.name) for r in session.execute(
        select(actors.c.id, actors.c.name).where(
            actors.c.id.in_(sorted({r.convener_id for r in rows if r.convener_id}))))}
    local = _article_actors(session, {r.document_id for r in rows if r.recipients})
    out = []
    for r in rows:
        m = r._mapping
        model = event_from_row(m, [])
        store = {"id": m["id"], "document": _source(m), "local_id": m["local_id"],
                 "date": m["date"], "participants": parts.get(m["id"], ()),
                 "convener": conveners.get(m["convener_id"]),
                 "recipients": tuple(local[(m["document_id"], x)] for x in m["recipients"] or ()
                                     if (m["document_id"], x) in local)}
        out.append(EventItem(**(_model_values(model, EventItem) | store)))
    return tuple(out)


def _article_actors(session: Session, doc_ids: set[str]) -> dict[tuple[str, str], ActorRef]:
    """(document, article actor id) → the store actor it was merged into."""
    out: dict[tuple[str, str], ActorRef] = {}
    for part in chunks(sorted(doc_ids)):
        for r in session.execute(
                select(doc_actors.c.document_id, doc_actors.c.local_id, actors.c.id,
                       actors.c.name)
                .join(actors, actors.c.id == doc_actors.c.actor_id)
                .where(doc_actors.c.document_id.in_(part))):
            out[(r.document_id, r.local_id)] = ActorRef(r.id, r.name)
    return out
