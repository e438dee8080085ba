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
from collections.abc import Sequence
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    Table,
    Text,
    case,
    cast,
    delete,
    distinct,
    func,
    insert,
    literal,
    select,
    true,
)
from sqlalchemy.dialects import postgresql, sqlite

from stancemap.store.tables import (
    ROLLUPS,
    actor_day_rollup,
    actor_issue_rollup,
    claim_rollup,
    claim_speakers,
    claims,
    doc_actors,
    documents,
    issue_day_rollup,
    issue_rollup,
    pair_rollup,
)

NODAY = dt.date(1, 1, 1)  # the day an undated claim counts under (before any real date)


def day_of(published: Any) -> Any:
    """The roll-up day of a claim or document date column (NODAY for NULL)."""
    return func.coalesce(published, literal(NODAY, Date))


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
        _add(conn, claims.c.document_id.in_(part), doc_actors.c.document_id.in_(part),
             upsert=True)


def rebuild(conn: Connection) -> None:
    """Recompute every roll-up from the stored claims (in the caller's transaction)."""
    for table in ROLLUPS:
        conn.execute(delete(table))
    _add(conn, true(), true(), upsert=False)


# ---------------------------------------------------------------- the aggregates


def _add(conn: Connection, claim_scope: Any, mention_scope: Any, upsert: bool) -> None:
    spoken = (select(claim_speakers.c.actor_id, claims.c.issue_id,
                     day_of(claims.c.published).label("day"), class_of().label("cls"),
                     claims.c.id.label("claim_id"), claims.c.published, claims.c.stance,
                     conditions_text().label("conds"))
              .select_from(claims.join(claim_speakers, claim_speakers.c.claim_id == claims.c.id))
              .where(claim_scope).subquery())
    said = (select(claims.c.issue_id, day_of(claims.c.published).label("day"),
                   class_of().label("cls"))
            .where(claim_scope).subquery())
    s, c = spoken.c, said.c

    # actor × issue × day × class
    q = (select(s.actor_id, s.issue_id, s.day, s.cls, func.count(), func.max(s.claim_id))
         .where(true()).group_by(s.actor_id, s.issue_id, s.day, s.cls)
         .order_by(s.actor_id, s.issue_id, s.day, s.cls))
    _put(conn, claim_rollup, q, upsert, lambda t, x: {
        "n": t.c.n + x.n, "last_claim": _greatest(conn, t.c.last_claim, x.last_claim)})

    # actor × issue × class over all days, with its newest claim (latest day, highest id)
    per_day = (select(s.actor_id, s.issue_id, s.cls, s.day, func.count().label("n"),
                      func.max(s.claim_id).label("last"))
               .group_by(s.actor_id, s.issue_id, s.cls, s.day).subquery())
    ranked = select(per_day, func.max(per_day.c.day).over(
        partition_by=[per_day.c.actor_id, per_day.c.issue_id, per_day.c.cls]).label("top")
    ).subquery()
    r = ranked.c
    q = (select(r.actor_id, r.issue_id, r.cls, func.sum(r.n), func.max(r.day),
                func.max(case((r.day == r.top, r.last))))
         .where(true()).group_by(r.actor_id, r.issue_id, r.cls)
         .order_by(r.actor_id, r.issue_id, r.cls))
    _put(conn, actor_issue_rollup, q, upsert, lambda t, x: {
        "n": t.c.n + x.n,
        "last_claim": case(((x.last_day > t.c.last_day)
                            | ((x.last_day == t.c.last_day) & (x.last_claim > t.c.last_claim)),
                            x.last_claim), else_=t.c.last_claim),
        "last_day": _greatest(conn, t.c.last_day, x.last_day)})

    # actor × issue over dated claims: did its stance or conditions vary (for `changes`)
    q = (select(s.actor_id, s.issue_id, func.max(s.day), func.min(s.stance), func.max(s.stance),
                func.min(s.conds), func.max(s.conds))
         .where(s.published.is_not(None)).group_by(s.actor_id, s.issue_id)
         .order_by(s.actor_id, s.issue_id))
    _put(conn, pair_rollup, q, upsert, lambda t, x: {
        "last_day": _greatest(conn, t.c.last_day, x.last_day),
        "min_stance": _least(conn, t.c.min_stance, x.min_stance),
        "max_stance": _greatest(conn, t.c.max_stance, x.max_stance),
        "min_conditions": _least(conn, t.c.min_conditions, x.min_conditions),
        "max_conditions": _greatest(conn, t.c.max_conditions, x.max_conditions)})

    # claims once: issue × day × class, and issue × class over all days
    q = (select(c.issue_id, c.day, c.cls, func.count()).where(true())
         .group_by(c.issue_id, c.day, c.cls).order_by(c.issue_id, c.day, c.cls))
    _put(conn, issue_day_rollup, q, upsert, lambda t, x: {"n": t.c.n + x.n})
    q = (select(c.issue_id, c.cls, func.count(), func.max(c.day)).where(true())
         .group_by(c.issue_id, c.cls).order_by(c.issue_id, c.cls))
    _put(conn, issue_rollup, q, upsert, lambda t, x: {
        "n": t.c.n + x.n, "last_day": _greatest(conn, t.c.last_day, x.last_day)})

    # documents mentioning each actor, per day
    day = day_of(documents.c.published)
    q = (select(doc_actors.c.actor_id, day, func.count(distinct(doc_actors.c.document_id)))
         .select_from(doc_actors.join(documents, documents.c.id == doc_actors.c.document_id))
         .where(mention_scope).group_by(doc_actors.c.actor_id, day)
         .order_by(doc_actors.c.actor_id, day))
    _put(conn, actor_day_rollup, q, upsert, lambda t, x: {"n": t.c.n + x.n})


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


def _greatest(conn: Connection, a: Any, b: Any) -> Any:
    return func.max(a, b) if conn.dialect.name == "sqlite" else func.greatest(a, b)


def _least(conn: Connection, a: Any, b: Any) -> Any:
    return func.min(a, b) if conn.dialect.name == "sqlite" else func.least(a, b)


# ---------------------------------------------------------------- for readers and tests


def usable(f: Any) -> bool:
    """Whether answers narrowed by filters ``f`` can be read from the roll-ups (dates can;
    a source filter needs the documents, so the claims are scanned)."""
    return not getattr(f, "source", None)


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
