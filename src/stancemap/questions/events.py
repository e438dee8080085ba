"""Events: meetings, talks, visits, votes — by actor, place, status, kind and dates."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select, union
from sqlalchemy.orm import Session

from stancemap.questions.filters import FIRST_PAGE, NO_FILTERS, Filters, Page, PageOf
from stancemap.questions.items import EventItem, event_day, event_items, event_select
from stancemap.questions.lookup import actor_ids
from stancemap.store.tables import event_participants, events


@dataclass(frozen=True)
class EventPage(PageOf):
    items: tuple[EventItem, ...]


def events_page(session: Session, f: Filters = NO_FILTERS, page: Page = FIRST_PAGE, *,
                actor: str | int | None = None, place: str | None = None,
                status: str | None = None, kind: str | None = None) -> EventPage:
    """Events, newest first by their own day (else their article's). ``actor`` is a name
    (read as `actor_ids` reads it) or a stored actor id; ``place`` is part of the place."""
    q = event_select(f)
    if actor is not None:
        ids = [actor] if isinstance(actor, int) else actor_ids(session, actor)
        attended = select(event_participants.c.event_id).where(
            event_participants.c.actor_id.in_(ids))
        convened = select(events.c.id).where(events.c.convener_id.in_(ids))
        q = q.where(or_(events.c.id.in_(attended), events.c.convener_id.in_(ids)))
    if place:
        q = q.where(func.lower(events.c.location).contains(place.lower(), autoescape=True))
    if status:
        q = q.where(events.c.status == status)
    if kind:
        q = q.where(events.c.kind == kind)
    if actor is not None and f == NO_FILTERS and not (place or status or kind):
        # only the actor: count their event ids from the indexes, without reading events
        total = session.scalar(select(func.count()).select_from(
            union(attended, convened).subquery())) or 0
    else:
        total = session.scalar(select(func.count()).select_from(q.subquery())) or 0
    q = q.order_by(event_day().is_(None), event_day().desc(), events.c.id.desc())
    return EventPage(total, page.limit, page.offset, event_items(session, page.apply(q)))
