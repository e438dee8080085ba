"""Browsing the store: overview, documents, actors, issues, one claim, a timeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, and_, case, cast, distinct, func, or_, select
from sqlalchemy.orm import Session

from stancemap.questions.filters import FIRST_PAGE, MAX_LIMIT, NO_FILTERS, Filters, Page, PageOf
from stancemap.questions.items import (
    ActorRef,
    ClaimItem,
    EventItem,
    IssueRef,
    claim_items,
    claim_select,
    event_day,
    event_items,
    event_select,
)
from stancemap.questions.lookup import actor_ids, issue_ids
from stancemap.questions.stances import STANCE_ORDER, stance_class
from stancemap.store import rollup
from stancemap.store.tables import (
    actor_aliases,
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
class Counts:
    documents: int
    actors: int
    issues: int
    claims: int
    events: int


@dataclass(frozen=True)
class ActorRow:
    """An actor across articles, with its claims by stance class within the filters."""

    id: int
    key: str
    name: str
    kind: str
    role: str | None
    country: str | None
    documents: int  # articles within the filters that mention it
    claims: int
    support: int
    support_if: int
    oppose_unless: int
    oppose: int
    neutral: int
    first_seen: dt.date | None  # over the whole store
    last_seen: dt.date | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class ActorPage(PageOf):
    items: tuple[ActorRow, ...]


@dataclass(frozen=True)
class IssueRow:
    id: int
    key: str
    label: str
    topic: str | None
    claims: int
    support: int
    support_if: int
    oppose_unless: int
    oppose: int
    neutral: int
    latest: dt.date | None


@dataclass(frozen=True)
class IssuePage(PageOf):
    items: tuple[IssueRow, ...]


@dataclass(frozen=True)
class DocumentRow:
    id: str
    source: str
    title: str | None
    url: str | None
    published: dt.date | None
    actors: int
    claims: int
    events: int


@dataclass(frozen=True)
class DocumentPage(PageOf):
    items: tuple[DocumentRow, ...]


@dataclass(frozen=True)
class DocActor:
    """An actor as one article names it, and the store actor it was merged into."""

    local_id: str
    actor: ActorRef
    name: str
    kind: str
    role: str | None
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class DocumentDetail:
    id: str
    source: str
    url: str | None
    title: str | None
    published: dt.date | None
    language: str
    text: str
    actors: tuple[DocActor, ...]
    claims: tuple[ClaimItem, ...]
    events: tuple[EventItem, ...]


@dataclass(frozen=True)
class ActorDetail:
    actor: ActorRow
    positions: tuple[ClaimItem, ...]  # oldest first
    events: tuple[EventItem, ...]  # newest first


@dataclass(frozen=True)
class Overview:
    counts: Counts
    stances: dict[str, int]  # claims per stance class
    top_actors: tuple[ActorRow, ...]
    contested_issues: tuple[IssueRow, ...]
    latest_events: tuple[EventItem, ...]


@dataclass(frozen=True)
class TimelinePoint:
    claim_id: int
    date: dt.date
    stance_class: str
    issue: IssueRef
    actor: ActorRef
    document_id: str


# ---------------------------------------------------------------- counting by class

_CONDITIONAL = cast(claims.c.conditions, Text) != "[]"


def _class_sums() -> list:
    """support, support_if, oppose_unless, oppose, neutral: claim counts per class."""
    def n(cond) -> object:
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    return [n(and_(claims.c.stance == "support", ~_CONDITIONAL)).label("support"),
            n(and_(claims.c.stance == "support", _CONDITIONAL)).label("support_if"),
            n(and_(claims.c.stance == "oppose", _CONDITIONAL)).label("oppose_unless"),
            n(and_(claims.c.stance == "oppose", ~_CONDITIONAL)).label("oppose"),
            n(claims.c.stance == "neutral").label("neutral")]


def _claims_in(f: Filters):
    q = select().select_from(claims.join(documents, documents.c.id == claims.c.document_id))
    return f.apply(q, claims.c.published, claims.c.document_id)


def _rolled_sums(t) -> list:
    """``_class_sums`` over a roll-up's counts."""
    return [func.coalesce(func.sum(case((t.c.stance_class == k, t.c.n), else_=0)), 0).label(k)
            for k in STANCE_ORDER]


def _rolled(f: Filters, kind: str):
    """The roll-up counts of ``kind`` within ``f``'s dates (``rollup.counted``)."""
    return rollup.counted(kind, f.since, f.until)


# ---------------------------------------------------------------- overview and counts


def counts(session: Session, f: Filters = NO_FILTERS) -> Counts:
    """How much the store (or the filtered part of it) holds."""
    return _counts(session, f, None, None)


def _counts(session: Session, f: Filters, n_actors: int | None, n_issues: int | None
            ) -> Counts:
    """``counts``; the actors and issues in the filters are counted only when not given
    (the overview has them already: its lists' totals count the same rows)."""
    n_docs = session.scalar(f.apply(select(func.count()).select_from(documents),
                                    documents.c.published, documents.c.id))
    if rollup.usable(f):
        n_events = session.scalar(rollup.events_in(f.since, f.until))
        t = _rolled(f, "issues")
        n_claims = session.scalar(select(func.sum(t.c.n)))
        if n_issues is None:
            n_issues = session.scalar(select(func.count(distinct(t.c.issue_id))))
        if n_actors is None and (f.since or f.until):
            a = _rolled(f, "actors")
            n_actors = session.scalar(select(func.count(distinct(a.c.actor_id))))
        elif n_actors is None:
            n_actors = session.scalar(select(func.count()).select_from(actors).where(
                select(doc_actors.c.actor_id).where(doc_actors.c.actor_id == actors.c.id)
                .exists()))
    else:
        n_events = session.scalar(f.apply(
            select(func.count()).select_from(events), event_day(), events.c.document_id))
        n_claims = session.scalar(_claims_in(f).add_columns(func.count()))
        if n_issues is None:
            n_issues = session.scalar(_claims_in(f).add_columns(
                func.count(distinct(claims.c.issue_id))))
        if n_actors is None:
            n_actors = session.scalar(f.apply(
                select(func.count(distinct(doc_actors.c.actor_id))).select_from(
                    doc_actors.join(documents, documents.c.id == doc_actors.c.document_id)),
                documents.c.published, documents.c.id))
    return Counts(n_docs or 0, n_actors or 0, n_issues or 0, n_claims or 0, n_events or 0)


def overview(session: Session, f: Filters = NO_FILTERS, top: int = 10) -> Overview:
    """Counts, claims per stance class, the most active actors, the most contested issues
    and the latest events."""
    if rollup.usable(f):
        row = session.execute(select(*_rolled_sums(_rolled(f, "issues")))).one()
    else:
        row = session.execute(_claims_in(f).add_columns(*_class_sums())).one()
    active = actors_page(session, f, page=Page(top))
    contested = issues_page(session, f, page=Page(top), order="contested")
    return Overview(
        counts=_counts(session, f, active.total, contested.total),
        stances={k: int(getattr(row, k)) for k in STANCE_ORDER},
        top_actors=active.items,
        contested_issues=tuple(i for i in contested.items
                               if min(i.support + i.support_if, i.oppose + i.oppose_unless)),
        # the first page of ``events_page``, without counting every event
        latest_events=event_items(session, event_select(f).order_by(
            event_day().is_(None), event_day().desc(), events.c.id.desc()).limit(top)),
    )


# ---------------------------------------------------------------- documents


def documents_page(session: Session, f: Filters = NO_FILTERS, page: Page = FIRST_PAGE
                   ) -> DocumentPage:
    """Stored documents, newest first."""
    d = documents.c
    base = f.apply(select(d.id, d.source, d.title, d.url, d.published, d.n_actors, d.n_claims,
                          d.n_events), d.published, d.id)
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    rows = session.execute(page.apply(base.order_by(d.published.is_(None), d.published.desc(),
                                                    d.id))).all()
    return DocumentPage(total, page.limit, page.offset, tuple(
        DocumentRow(r.id, r.source, r.title, r.url, r.published, r.n_actors, r.n_claims,
                    r.n_events) for r in rows))


def document(session: Session, doc_id: str) -> DocumentDetail | None:
    """One document with its text, actors, claims and events, in text order."""
    d = documents.c
    row = session.execute(select(documents).where(d.id == doc_id)).first()
    if row is None:
        return None
    names = dict(session.execute(select(actors.c.id, actors.c.name).join(
        doc_actors, doc_actors.c.actor_id == actors.c.id).where(
        doc_actors.c.document_id == doc_id)).all())
    doc_acts = tuple(
        DocActor(a.local_id, ActorRef(a.actor_id, names.get(a.actor_id, a.name)), a.name,
                 a.kind, a.role, a.country, tuple(a.aliases or ()))
        for a in session.execute(select(doc_actors).where(doc_actors.c.document_id == doc_id)
                                 .order_by(doc_actors.c.position)))
    return DocumentDetail(
        row.id, row.source, row.url, row.title, row.published, row.language, row.text,
        doc_acts,
        claim_items(session, claim_select().where(claims.c.document_id == doc_id)
                    .order_by(claims.c.position)),
        event_items(session, event_select().where(events.c.document_id == doc_id)
                    .order_by(events.c.position)))


def claim(session: Session, claim_id: int) -> ClaimItem | None:
    found = claim_items(session, claim_select().where(claims.c.id == claim_id))
    return found[0] if found else None


def sources(session: Session, limit: int = 200) -> tuple[str, ...]:
    """Distinct document sources (the source filter's suggestions)."""
    return tuple(session.scalars(select(documents.c.source).distinct()
                                 .order_by(documents.c.source).limit(limit)))


# ---------------------------------------------------------------- actors


def actors_page(session: Session, f: Filters = NO_FILTERS, query: str | None = None,
                page: Page = FIRST_PAGE, kind: str | None = None,
                ids: Sequence[int] | None = None, country: str | None = None) -> ActorPage:
    """Actors by how many claims they make within the filters (then articles); ``query``
    names them as `actor_ids` reads a name (key, alias, transliteration, surname)."""
    a = actors.c
    if rollup.usable(f):
        t = _rolled(f, "claims")
        per_claims = (select(t.c.actor_id, func.sum(t.c.n).label("n"), *_rolled_sums(t))
                      .group_by(t.c.actor_id)).subquery()
        d = _rolled(f, "actors")
        per_docs = (select(d.c.actor_id, func.sum(d.c.n).label("n"))
                    .group_by(d.c.actor_id)).subquery()
    else:
        per_claims = (_claims_in(f).add_columns(claim_speakers.c.actor_id.label("actor_id"),
                                                func.count().label("n"), *_class_sums())
                      .join(claim_speakers, claim_speakers.c.claim_id == claims.c.id)
                      .group_by(claim_speakers.c.actor_id)).subquery()
        per_docs = f.apply(
            select(doc_actors.c.actor_id.label("actor_id"),
                   func.count(distinct(doc_actors.c.document_id)).label("n"))
            .select_from(doc_actors.join(documents,
                                         documents.c.id == doc_actors.c.document_id)),
            documents.c.published, doc_actors.c.document_id,
        ).group_by(doc_actors.c.actor_id).subquery()
    n_claims = func.coalesce(per_claims.c.n, 0)
    which = []
    if query is not None:
        which.append(a.id.in_(actor_ids(session, query)))
    if ids is not None:
        which.append(a.id.in_(list(ids)))
    if kind:
        which.append(a.kind == kind)
    if country:
        which.append(func.upper(a.country) == country.strip().upper())
    # one row per actor in an article within the filters (its claims only add columns);
    # the page's rows carry the count of all of them
    q = (select(actors, per_docs.c.n.label("n_docs"), n_claims.label("n_claims"),
                *[func.coalesce(per_claims.c[k], 0).label(k) for k in STANCE_ORDER],
                func.count().over().label("total"))
         .select_from(actors.join(per_docs, per_docs.c.actor_id == a.id)
                      .outerjoin(per_claims, per_claims.c.actor_id == a.id)).where(*which))
    rows = session.execute(page.apply(q.order_by(n_claims.desc(), per_docs.c.n.desc(), a.name,
                                                 a.id))).all()
    total = _total(rows, page, lambda: session.scalar(select(func.count()).select_from(
        actors.join(per_docs, per_docs.c.actor_id == a.id)).where(*which)))
    aliases = _aliases(session, [r.id for r in rows])
    return ActorPage(total, page.limit, page.offset, tuple(
        ActorRow(r.id, r.key, r.name, r.kind, r.role, r.country, r.n_docs, r.n_claims,
                 *(int(getattr(r, k)) for k in STANCE_ORDER), r.first_seen, r.last_seen,
                 aliases.get(r.id, ())) for r in rows))


def _total(rows: Sequence[Any], page: Page, count: Callable[[], int | None]) -> int:
    """All the rows a page is cut from: its rows carry that count (``count() over ()``);
    a page past the end has none, and only then are they counted apart."""
    if rows:
        return int(rows[0].total)
    return (count() or 0) if page.offset else 0


def _aliases(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for r in session.execute(select(actor_aliases.c.actor_id, actor_aliases.c.alias)
                             .where(actor_aliases.c.actor_id.in_(ids))
                             .order_by(actor_aliases.c.actor_id, actor_aliases.c.alias)):
        out.setdefault(r.actor_id, []).append(r.alias)
    return {k: tuple(v) for k, v in out.items()}


def actor(session: Session, actor_id: int, f: Filters = NO_FILTERS, limit: int = 200
          ) -> ActorDetail | None:
    """An actor: identity, aliases, its positions (oldest first) and the events it attended."""
    a = actors.c
    row = session.execute(select(actors).where(a.id == actor_id)).first()
    if row is None:
        return None
    limit = max(1, min(limit, MAX_LIMIT))
    # the same row as the actors list; an actor in no article within the filters has none
    # there, and nothing to count either
    found = actors_page(session, f, page=Page(1), ids=[actor_id]).items
    info = found[0] if found else ActorRow(
        row.id, row.key, row.name, row.kind, row.role, row.country, 0, 0,
        *(0 for _ in STANCE_ORDER), row.first_seen, row.last_seen,
        _aliases(session, [actor_id]).get(actor_id, ()))
    said = select(claim_speakers.c.claim_id).where(claim_speakers.c.actor_id == actor_id)
    newest = claim_items(session, claim_select(f).where(claims.c.id.in_(said)).order_by(
        claims.c.published.is_(None), claims.c.published.desc(), claims.c.id.desc())
        .limit(limit))
    attended = select(event_participants.c.event_id).where(
        event_participants.c.actor_id == actor_id)
    evs = event_items(session, event_select(f).where(
        or_(events.c.id.in_(attended), events.c.convener_id == actor_id))
        .order_by(event_day().is_(None), event_day().desc(), events.c.id.desc()).limit(limit))
    return ActorDetail(info, tuple(reversed(newest)), evs)


# ---------------------------------------------------------------- issues


def issues_page(session: Session, f: Filters = NO_FILTERS, query: str | None = None,
                page: Page = FIRST_PAGE, order: str = "claims") -> IssuePage:
    """Issues with claims per stance class within the filters; ``order='contested'`` puts
    first the issues where most claims stand on the smaller side."""
    if rollup.usable(f):
        t = _rolled(f, "issues")
        sums = _rolled_sums(t)
        n = func.sum(t.c.n)
        q = (select(issues.c.id, issues.c.key, issues.c.label, issues.c.topic, n.label("n"),
                    *sums, func.max(t.c.last_day).label("latest"))
             .join(issues, issues.c.id == t.c.issue_id)
             .group_by(issues.c.id, issues.c.key, issues.c.label, issues.c.topic))
    else:
        sums = _class_sums()
        n = func.count()
        q = (_claims_in(f).add_columns(issues.c.id, issues.c.key, issues.c.label, issues.c.topic,
                                       n.label("n"), *sums,
                                       func.max(claims.c.published).label("latest"))
             .join(issues, issues.c.id == claims.c.issue_id)
             .group_by(issues.c.id, issues.c.key, issues.c.label, issues.c.topic))
    if query is not None:
        q = q.where(issues.c.id.in_(issue_ids(session, query)))
    pro = sums[0] + sums[1]
    con = sums[2] + sums[3]
    contested = case((pro < con, pro), else_=con)
    ordering = [contested.desc(), n.desc()] if order == "contested" else [n.desc()]
    rows = session.execute(page.apply(q.add_columns(func.count().over().label("total"))
                                      .order_by(*ordering, issues.c.label, issues.c.id))).all()
    total = _total(rows, page, lambda: session.scalar(
        select(func.count()).select_from(q.subquery())))
    return IssuePage(total, page.limit, page.offset, tuple(
        IssueRow(r.id, r.key, r.label, r.topic, int(r.n),
                 *(int(getattr(r, k)) for k in STANCE_ORDER),
                 None if r.latest == rollup.NODAY else r.latest) for r in rows))


# ---------------------------------------------------------------- timeline


def timeline(session: Session, f: Filters = NO_FILTERS, actor_id: int | None = None,
             limit: int = MAX_LIMIT) -> tuple[TimelinePoint, ...]:
    """Dated claims, newest first, one point per claim and speaker (for timeline charts)."""
    q = (_claims_in(f).add_columns(claims.c.id, claims.c.published, claims.c.stance,
                                   claims.c.conditions, claims.c.document_id, claims.c.issue_id,
                                   issues.c.label, actors.c.id.label("actor_id"),
                                   actors.c.name.label("actor"))
         .join(issues, issues.c.id == claims.c.issue_id)
         .join(claim_speakers, claim_speakers.c.claim_id == claims.c.id)
         .join(actors, actors.c.id == claim_speakers.c.actor_id)
         .where(claims.c.published.is_not(None))
         .order_by(claims.c.published.desc(), claims.c.id, actors.c.id)
         .limit(max(1, min(limit, MAX_LIMIT))))
    if actor_id is not None:
        q = q.where(claim_speakers.c.actor_id == actor_id)
    return tuple(TimelinePoint(r.id, r.published, stance_class(r.stance, r.conditions),
                               IssueRef(r.issue_id, r.label), ActorRef(r.actor_id, r.actor),
                               r.document_id) for r in session.execute(q))
