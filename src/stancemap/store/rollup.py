"""The roll-ups: claim counts per actor, issue, day and stance class, kept current at write
time so the questions that count read a few rows per actor or issue instead of every claim
(the tables and what each holds: ``store/tables.py``, "roll-ups").

``add_documents`` adds the claims of documents just inserted, in the writer's transaction;
``rebuild`` recomputes everything from the claims, after claims moved between issues or
actors (``remerge``, ``stancemap issues merge|split``). Both are the same aggregate
queries over claims (``INSERT … SELECT … GROUP BY``), ``add_documents`` narrowed to its
documents and added with ``ON CONFLICT … DO UPDATE SET n = n + excluded.n``, keys in
sorted order, so several processes may add documents at once (PostgreSQL locks the rows
in one order; SQLite has one writer at a time).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import groupby
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    Date,
    Integer,
    Table,
    Text,
    case,
    cast,
    delete,
    distinct,
    false,
    func,
    insert,
    literal,
    select,
    true,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite

from stancemap.store.db import one_of
from stancemap.store.tables import (
    ROLLUPS,
    actor_day_rollup,
    actor_issue_rollup,
    actor_month_rollup,
    actor_week_rollup,
    actors,
    article_stances,
    claim_month_rollup,
    claim_rollup,
    claim_speakers,
    claim_week_rollup,
    claims,
    doc_actors,
    documents,
    event_day_rollup,
    events,
    issue_day_rollup,
    issue_month_rollup,
    issue_rollup,
    issue_week_rollup,
    pair_rollup,
)

NODAY = dt.date(1, 1, 1)  # the day an undated claim counts under (before any real date)


def day_of(published: Any) -> Any:
    """The roll-up day of a claim or document date column (NODAY for NULL)."""
    return func.coalesce(published, literal(NODAY, Date))


def month_of(conn: Connection, day: Any) -> Any:
    """The first day of the month of a roll-up day (NODAY stays NODAY)."""
    if conn.dialect.name == "sqlite":
        return func.date(day, "start of month", type_=Date)
    return cast(func.date_trunc("month", day), Date)


def week_of(conn: Connection, day: Any) -> Any:
    """The first day of the week of the month of a roll-up day: the 1st, 8th, 15th or
    22nd (the fourth week runs to the month's end, so weeks tile months; NODAY stays)."""
    if conn.dialect.name == "sqlite":
        n = func.min((cast(func.strftime("%d", day), Integer) - 1) // 7, 3) * 7
        return func.date(day, "start of month", func.printf("+%d days", n), type_=Date)
    n = func.least((cast(func.extract("day", day), Integer) - 1) // 7, 3) * 7
    return cast(cast(func.date_trunc("month", day), Date) + n, Date)


def event_day() -> Any:
    """The day an event is filtered, ordered and counted by: its own, else its article's
    (NULL when neither is known; the events-per-day roll-up counts those under NODAY)."""
    return func.coalesce(events.c.date, events.c.published)


def conditions_text() -> Any:
    """A claim's conditions as stored JSON text (``[]`` when it has none)."""
    return cast(claims.c.conditions, Text)


def class_of() -> Any:
    """``questions.stances.stance_class`` in SQL: a support or oppose with conditions is
    support_if / oppose_unless; any other stance is its own class."""
    conditional = conditions_text().not_in(["[]", "null"])
    return case((conditional & (claims.c.stance == "support"), "support_if"),
                (conditional & (claims.c.stance == "oppose"), "oppose_unless"),
                else_=claims.c.stance)


def add_documents(conn: Connection, doc_ids: list[str]) -> None:
    """Count the claims (and actor mentions) of documents just inserted in this transaction
    into the roll-ups. Call it once per document, in the transaction that inserted it."""
    ids = sorted(set(doc_ids))
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        _add(conn, one_of(conn, claims.c.document_id, part),
             one_of(conn, doc_actors.c.document_id, part),
             one_of(conn, events.c.document_id, part), upsert=True)
        _add_articles(conn, one_of(conn, claims.c.document_id, part))


def rebuild(conn: Connection) -> None:
    """Recompute every roll-up from the stored claims (in the caller's transaction)."""
    for table in ROLLUPS:
        conn.execute(delete(table))
    _add(conn, true(), true(), true(), upsert=False)
    _add_articles(conn, true())


def rebuild_issues(conn: Connection, issue_ids: Sequence[int]) -> None:
    """Recompute the roll-ups of these issues only (after claims moved between them, as
    `stancemap issues merge|split` do; the actors' document counts do not change)."""
    ids = sorted(set(issue_ids))
    for table in ROLLUPS:
        if "issue_id" in table.c:
            conn.execute(delete(table).where(table.c.issue_id.in_(ids)))
    _add(conn, claims.c.issue_id.in_(ids), false(), false(), upsert=False)
    _add_articles(conn, claims.c.issue_id.in_(ids))


# ---------------------------------------------------------------- one actor in one article


class Said(NamedTuple):
    """One claim of one speaker, as an article's stance is read from them."""

    actor_id: int
    issue_id: int
    id: int
    stance: str
    conditions: list[str]
    published: Any
    document_id: str
    position: int


def article_stance(rows: Sequence[Any]) -> tuple[str, tuple[str, ...], Any]:
    """What one actor's claims on one issue in one article (``rows``, in text order) add up
    to: the dominant stance class (a side outweighs neutral; on a tie, the class of the
    later claim), the conditions of that class, and its last claim of that class."""
    from stancemap.questions.stances import stance_class

    if len(rows) == 1:  # most often: one claim, its own class
        r = rows[0]
        return stance_class(r.stance, r.conditions), tuple(dict.fromkeys(r.conditions or [])), r
    classes = [stance_class(r.stance, r.conditions) for r in rows]
    sided = Counter(c for c in classes if c != "neutral") or Counter(["neutral"])
    top = max(sided.values())
    cls = [c for c in classes if sided.get(c) == top][-1]
    conds = tuple(dict.fromkeys(x for r, c in zip(rows, classes, strict=True) if c == cls
                                for x in (r.conditions or [])))
    lead = next(r for r, c in zip(reversed(rows), reversed(classes), strict=True) if c == cls)
    return cls, conds, lead


def said(conn: Connection, *where: Any, keep: Any = None, join: Any = None,
         order: bool = False) -> list[Said]:
    """:func:`iter_said` as a list."""
    return list(iter_said(conn, *where, keep=keep, join=join, order=order))


def iter_said(conn: Connection, *where: Any, keep: Any = None, join: Any = None,
              order: bool = False) -> Iterator[Said]:
    """Dated claim × speaker rows meeting ``where`` (joined to ``join`` when given; in
    article and text order with ``order``); only those ``keep(actor, issue, published)``
    accepts (conditions are decoded only for them)."""
    rows = claims.join(claim_speakers, claim_speakers.c.claim_id == claims.c.id)
    if join is not None:
        rows = rows.join(*join)
    q = (select(claim_speakers.c.actor_id, claims.c.issue_id, claims.c.id, claims.c.stance,
                conditions_text(), claims.c.published, claims.c.document_id,
                claims.c.position)
         .select_from(rows).where(claims.c.published.is_not(None), *where))
    if order:
        q = q.order_by(claim_speakers.c.actor_id, claims.c.issue_id, claims.c.published,
                       claims.c.document_id, claims.c.position)
    for a, i, c, st, conds, d, doc, pos in conn.execute(q):
        if keep is None or keep(a, i, d):
            yield Said(a, i, c, st, [] if conds == "[]" else json.loads(conds), d, doc, pos)


def _add_articles(conn: Connection, scope: Any) -> None:
    """``article_stances`` for the dated claims in ``scope`` (their articles are new)."""
    batch: list[dict[str, Any]] = []
    for key, rows in groupby(iter_said(conn, scope, order=True),
                             key=lambda r: (r.actor_id, r.issue_id, r.published, r.document_id)):
        cls, conds, lead = article_stance(list(rows))
        batch.append({"actor_id": key[0], "issue_id": key[1], "published": key[2],
                      "document_id": key[3], "stance_class": cls,
                      "conditions": json.dumps(list(conds)), "lead_claim": lead.id})
        if len(batch) >= 5000:
            conn.execute(insert(article_stances), batch)
            batch = []
    if batch:
        conn.execute(insert(article_stances), batch)


# ---------------------------------------------------------------- the aggregates


def _add(conn: Connection, claim_scope: Any, mention_scope: Any, event_scope: Any,
         upsert: bool) -> None:
    day = day_of(claims.c.published)
    spoken = (select(claim_speakers.c.actor_id, claims.c.issue_id, day.label("day"),
                     month_of(conn, day).label("month"), week_of(conn, day).label("week"),
                     class_of().label("cls"),
                     claims.c.id.label("claim_id"), claims.c.published, claims.c.stance,
                     conditions_text().label("conds"))
              .select_from(claims.join(claim_speakers, claim_speakers.c.claim_id == claims.c.id))
              .where(claim_scope).subquery())
    said = (select(claims.c.issue_id, day.label("day"), month_of(conn, day).label("month"),
                   week_of(conn, day).label("week"), class_of().label("cls"))
            .where(claim_scope).subquery())
    s, c = spoken.c, said.c

    # actor × issue × day × class
    q = (select(s.actor_id, s.issue_id, s.day, s.cls, func.count(), func.max(s.claim_id))
         .where(true()).group_by(s.actor_id, s.issue_id, s.day, s.cls)
         .order_by(s.actor_id, s.issue_id, s.day, s.cls))
    _put(conn, claim_rollup, q, upsert, lambda t, x: {
        "n": t.c.n + x.n, "last_claim": greatest(conn, t.c.last_claim, x.last_claim)})

    # actor × issue × class over all days, per month and per week, with its newest claim
    # (latest day, highest id)
    per_day = (select(s.actor_id, s.issue_id, s.cls, s.day, s.month, s.week,
                      func.count().label("n"), func.max(s.claim_id).label("last"))
               .group_by(s.actor_id, s.issue_id, s.cls, s.day, s.month, s.week).subquery())

    def latest(keys: list[str]) -> Any:
        group = [per_day.c[k] for k in keys]
        ranked = select(per_day, func.max(per_day.c.day).over(partition_by=group)
                        .label("top")).subquery()
        r = ranked.c
        group = [r[k] for k in keys]
        return (select(*group, func.sum(r.n), func.max(r.day),
                       func.max(case((r.day == r.top, r.last))))
                .where(true()).group_by(*group).order_by(*group))

    def newer(t: Table, x: Any) -> dict[str, Any]:
        return {"n": t.c.n + x.n,
                "last_claim": case(((x.last_day > t.c.last_day)
                                    | ((x.last_day == t.c.last_day)
                                       & (x.last_claim > t.c.last_claim)),
                                    x.last_claim), else_=t.c.last_claim),
                "last_day": greatest(conn, t.c.last_day, x.last_day)}

    _put(conn, actor_issue_rollup, latest(["actor_id", "issue_id", "cls"]), upsert, newer)
    _put(conn, claim_month_rollup, latest(["actor_id", "issue_id", "month", "cls"]), upsert,
         newer)
    _put(conn, claim_week_rollup, latest(["actor_id", "issue_id", "week", "cls"]), upsert,
         newer)

    # actor × issue over dated claims: did its stance or conditions vary (for `changes`)
    q = (select(s.actor_id, s.issue_id, func.max(s.day), func.min(s.stance), func.max(s.stance),
                func.min(s.conds), func.max(s.conds))
         .where(s.published.is_not(None)).group_by(s.actor_id, s.issue_id)
         .order_by(s.actor_id, s.issue_id))
    _put(conn, pair_rollup, q, upsert, lambda t, x: {
        "last_day": greatest(conn, t.c.last_day, x.last_day),
        "min_stance": least(conn, t.c.min_stance, x.min_stance),
        "max_stance": greatest(conn, t.c.max_stance, x.max_stance),
        "min_conditions": least(conn, t.c.min_conditions, x.min_conditions),
        "max_conditions": greatest(conn, t.c.max_conditions, x.max_conditions)})

    # claims once: issue × day × class, and issue × class over all days, months, weeks
    q = (select(c.issue_id, c.day, c.cls, func.count()).where(true())
         .group_by(c.issue_id, c.day, c.cls).order_by(c.issue_id, c.day, c.cls))
    _put(conn, issue_day_rollup, q, upsert, lambda t, x: {"n": t.c.n + x.n})
    for keys, table in (([c.issue_id, c.cls], issue_rollup),
                        ([c.issue_id, c.month, c.cls], issue_month_rollup),
                        ([c.issue_id, c.week, c.cls], issue_week_rollup)):
        q = (select(*keys, func.count(), func.max(c.day)).where(true())
             .group_by(*keys).order_by(*keys))
        _put(conn, table, q, upsert, lambda t, x: {
            "n": t.c.n + x.n, "last_day": greatest(conn, t.c.last_day, x.last_day)})

    # documents mentioning each actor, per day, month and week
    published = day_of(documents.c.published)
    for when, table in ((published, actor_day_rollup),
                        (month_of(conn, published), actor_month_rollup),
                        (week_of(conn, published), actor_week_rollup)):
        q = (select(doc_actors.c.actor_id, when,
                    func.count(distinct(doc_actors.c.document_id)))
             .select_from(doc_actors.join(documents,
                                          documents.c.id == doc_actors.c.document_id))
             .where(mention_scope).group_by(doc_actors.c.actor_id, when)
             .order_by(doc_actors.c.actor_id, when))
        _put(conn, table, q, upsert, lambda t, x: {"n": t.c.n + x.n})

    # events per day
    when = day_of(event_day())
    q = (select(when, func.count()).where(event_scope).group_by(when).order_by(when))
    _put(conn, event_day_rollup, q, upsert, lambda t, x: {"n": t.c.n + x.n})


def _put(conn: Connection, table: Table, q: Any, upsert: bool, merge: Any) -> None:
    """INSERT the rows ``q`` selects (the table's columns in order); with ``upsert``, a key
    already present is combined with the new row as ``merge(table, excluded)`` says."""
    cols = [col.name for col in table.columns]
    if not upsert:
        conn.execute(insert(table).from_select(cols, q))
        return
    ins = (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)
    stmt = ins.from_select(cols, q).on_conflict_do_update(
        index_elements=[col.name for col in table.primary_key.columns],
        set_=merge(table, ins.excluded))
    conn.execute(stmt)


def greatest(conn: Connection, a: Any, b: Any) -> Any:
    """The larger of two values in SQL (SQLite's two-argument max, PostgreSQL's greatest)."""
    return func.max(a, b) if conn.dialect.name == "sqlite" else func.greatest(a, b)


def least(conn: Connection, a: Any, b: Any) -> Any:
    """The smaller of two values in SQL (SQLite's two-argument min, PostgreSQL's least)."""
    return func.min(a, b) if conn.dialect.name == "sqlite" else func.least(a, b)


# ---------------------------------------------------------------- for readers and tests


def usable(f: Any) -> bool:
    """Whether answers narrowed by filters ``f`` can be read from the roll-ups (dates can;
    a source filter needs the documents, so the claims are scanned)."""
    return not getattr(f, "source", None)


def counted(kind: str, since: dt.date | None = None, until: dt.date | None = None) -> Any:
    """The counts of ``kind`` within [since, until], as a table to select from:

    - ``claims``: actor_id, issue_id, stance_class, n, last_day, last_claim
    - ``issues``: issue_id, stance_class, n, last_day (claims counted once)
    - ``actors``: actor_id, n (documents that mention it)

    Without dates, the all-days roll-up; with them, whole months from the month roll-up
    and the weeks and days at the range's ends from the week and day roll-ups (``spans``;
    rows of one key may repeat: sum them)."""
    if not since and not until:
        if kind == "claims":
            return actor_issue_rollup
        if kind == "issues":
            return issue_rollup
        return (select(actors.c.id.label("actor_id"), actors.c.n_documents.label("n"))
                .where(actors.c.n_documents > 0).subquery())
    day_t, week_t, month_t = {
        "claims": (claim_rollup, claim_week_rollup, claim_month_rollup),
        "issues": (issue_day_rollup, issue_week_rollup, issue_month_rollup),
        "actors": (actor_day_rollup, actor_week_rollup, actor_month_rollup)}[kind]

    def pick(t: Table, key: str) -> Any:
        cols = [c for c in t.columns if c.name not in (key, "last_day", "last_claim")]
        extra = []
        if kind != "actors":
            extra.append((t.c.last_day if "last_day" in t.c else t.c[key]).label("last_day"))
        if kind == "claims":
            extra.append(t.c.last_claim)
        return select(*cols, *extra)

    parts = []
    for level, lo, hi in spans(since, until):
        if level == "month":
            months = pick(month_t, "month").where(month_t.c.month > NODAY)
            if lo is not None:
                months = months.where(month_t.c.month >= lo)
            if hi is not None:
                months = months.where(month_t.c.month <= hi)
            parts.append(months)
        elif level == "week":
            parts.append(pick(week_t, "week").where(week_t.c.week >= lo, week_t.c.week <= hi))
        else:
            parts.append(pick(day_t, "day").where(*in_days(day_t.c.day, lo, hi)))
    return union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()


def spans(since: dt.date | None, until: dt.date | None
          ) -> list[tuple[str, dt.date | None, dt.date | None]]:
    """[since, until] (either open) tiled by the fewest roll-up rows: whole months in the
    middle, then the weeks and days of the months at its ends, as (level, first key, last
    key) with keys inclusive (a month's or week's key is its first day; None: open)."""
    first = None if since is None else since if since.day == 1 else _next_month(since)
    end = None if until is None else _next_month(until) if _next_month(until) - \
        dt.timedelta(days=1) == until else until.replace(day=1)  # whole months before it
    if first is not None and end is not None and first >= end:
        assert since is not None and until is not None
        return _weeks_and_days(since, until)
    out: list[tuple[str, dt.date | None, dt.date | None]] = [
        ("month", first, None if end is None else end - dt.timedelta(days=1))]
    if since is not None and first is not None and since < first:
        out += _weeks_and_days(since, first - dt.timedelta(days=1))
    if until is not None and end is not None and end <= until:
        out += _weeks_and_days(end, until)
    return out


def _weeks_and_days(lo: dt.date, hi: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """[lo, hi] month by month: the weeks wholly inside it, and the days left over."""
    one = dt.timedelta(days=1)
    out: list[tuple[str, dt.date, dt.date]] = []
    while lo <= hi:
        month_end = _next_month(lo) - one
        top = min(hi, month_end)
        starts = [lo.replace(day=d) for d in (1, 8, 15, 22)]
        ends = [*(x - one for x in starts[1:]), month_end]
        whole = [(a, b) for a, b in zip(starts, ends, strict=True) if a >= lo and b <= top]
        if not whole:
            out.append(("day", lo, top))
        else:
            if lo < whole[0][0]:
                out.append(("day", lo, whole[0][0] - one))
            out.append(("week", whole[0][0], whole[-1][0]))
            if whole[-1][1] < top:
                out.append(("day", whole[-1][1] + one, top))
        lo = top + one
    return out


def _next_month(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def events_in(since: dt.date | None = None, until: dt.date | None = None) -> Any:
    """The number of events whose day (their own, else their article's) is within
    [since, until], from the events-per-day roll-up (every event without dates)."""
    t = event_day_rollup
    return select(func.coalesce(func.sum(t.c.n), 0)).where(*in_days(t.c.day, since, until))


def in_days(day_col: Any, since: dt.date | None, until: dt.date | None) -> list[Any]:
    """The conditions a roll-up's ``day`` meets for claims published in [since, until]
    (claims without a date never do, as with the claims' own date column)."""
    out: list[Any] = []
    if since:
        out.append(day_col >= since)
    if until:
        out += [day_col <= until, day_col > NODAY]
    return out


def snapshot(conn: Connection) -> dict[str, Sequence[tuple]]:
    """Every roll-up's rows, sorted (for comparing stores in tests and checks)."""
    out = {}
    for table in ROLLUPS:
        rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
        out[table.name] = [tuple(r) for r in rows]
    return out
