"""Users in charge of issues: list them, rename, merge and split them.

Every edit is recorded per claim in ``issue_edits`` (claim → the label the user chose), so
``remerge`` replays it before grouping the other claims by meaning; the synonyms and named
groups of the issues file still win over meaning as before. Each edit is one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import Connection, delete, func, select, update
from sqlalchemy.orm import Session

from stancemap import meaning
from stancemap.store import rollup
from stancemap.store.db import Store, StoreError, insert_ignore
from stancemap.store.issues import IssueRules
from stancemap.store.tables import claims, issue_edits, issues


@dataclass(frozen=True)
class IssueSummary:
    id: int
    label: str
    topic: str | None
    claims: int
    documents: int
    samples: tuple[str, ...]  # a few distinct targets, most frequent first
    edited: bool  # some of its claims were placed by a user's edit


def list_issues(session: Session, limit: int = 50, topic: str | None = None,
                words: str | None = None, samples: int = 3) -> list[IssueSummary]:
    """The largest issues (optionally of one topic, or whose label contains ``words``)."""
    q = select(issues.c.id, issues.c.label, issues.c.topic, issues.c.n_claims)
    if topic:
        q = q.where(func.lower(issues.c.topic) == topic.lower())
    if words:
        q = q.where(func.lower(issues.c.label).contains(words.lower(), autoescape=True))
    rows = session.execute(q.order_by(issues.c.n_claims.desc(), issues.c.id).limit(limit)).all()
    return _summaries(session, rows, samples)


def _summaries(session: Session, rows: Sequence[Any], samples: int) -> list[IssueSummary]:
    out = []
    for r in rows:
        targets = session.execute(
            select(claims.c.target, func.count().label("n")).where(claims.c.issue_id == r.id)
            .group_by(claims.c.target).order_by(func.count().desc(), claims.c.target)
            .limit(samples)).all()
        docs = session.execute(select(func.count(func.distinct(claims.c.document_id)))
                               .where(claims.c.issue_id == r.id)).scalar() or 0
        edited = session.execute(
            select(func.count()).select_from(issue_edits.join(claims, claims.c.id ==
                                                              issue_edits.c.claim_id))
            .where(claims.c.issue_id == r.id)).scalar() or 0
        out.append(IssueSummary(r.id, r.label, r.topic, r.n_claims, docs,
                                tuple(t.target for t in targets), edited > 0))
    return out


def get_issue(session: Session, issue_id: int) -> IssueSummary | None:
    """One issue's summary, or None when there is no such issue."""
    rows = session.execute(select(issues.c.id, issues.c.label, issues.c.topic, issues.c.n_claims)
                           .where(issues.c.id == issue_id)).all()
    return _summaries(session, rows, 3)[0] if rows else None


def rename(store: Store, issue_id: int, label: str, rules: IssueRules | None = None) -> None:
    """Give an issue a new label, kept by ``remerge``."""
    label = _clean(label)
    rules = rules or IssueRules.load(None)
    with store.writer().begin() as conn:
        _existing(conn, [issue_id])
        key = rules.key(label)
        other = conn.execute(select(issues.c.id).where(issues.c.key == key,
                                                       issues.c.id != issue_id)).scalar()
        if other is not None:
            raise StoreError(f"issue {other} is already labelled like {label!r}; merge the "
                             f"two instead: `stancemap issues merge {other} {issue_id}`")
        conn.execute(update(issues).where(issues.c.id == issue_id).values(label=label, key=key))
        _pin(conn, [issue_id], label)


def merge(store: Store, ids: Sequence[int], label: str | None = None,
          rules: IssueRules | None = None) -> int:
    """Fold issues ``ids`` into the first; returns its id."""
    ids = list(dict.fromkeys(ids))
    if len(ids) < 2:
        raise StoreError("name at least two issues to merge, e.g. `stancemap issues merge 3 7`")
    rules = rules or IssueRules.load(None)
    with store.writer().begin() as conn:
        found = _existing(conn, ids)
        keep = ids[0]
        label = _clean(label) if label else found[keep][0]
        total = sum((meaning.from_bytes(found[i][1]) for i in ids if found[i][1] is not None),
                    np.zeros(meaning.dim(), dtype=np.float32))
        conn.execute(update(claims).where(claims.c.issue_id.in_(ids[1:])).values(issue_id=keep))
        conn.execute(delete(issues).where(issues.c.id.in_(ids[1:])))
        conn.execute(update(issues).where(issues.c.id == keep).values(
            label=label, key=rules.key(label), vector=meaning.to_bytes(total)))
        _recount(conn, [keep])
        _pin(conn, [keep], label)
        rollup.rebuild_issues(conn, ids)
    return keep


def split(store: Store, issue_id: int, words: str, label: str,
          rules: IssueRules | None = None) -> tuple[int, int]:
    """Move the claims of an issue whose target or evidence contains ``words`` to a new
    issue ``label``; returns (new issue id, claims moved)."""
    label = _clean(label)
    rules = rules or IssueRules.load(None)
    with store.writer().begin() as conn:
        found = _existing(conn, [issue_id])
        needle = words.lower()
        moved = [r.id for r in conn.execute(
            select(claims.c.id).where(claims.c.issue_id == issue_id).where(
                func.lower(claims.c.target).contains(needle, autoescape=True)
                | func.lower(claims.c.evidence_text).contains(needle, autoescape=True)))]
        if not moved:
            raise StoreError(f"no claim of issue {issue_id} mentions {words!r}; see "
                             f"`stancemap issues show {issue_id}`")
        key = rules.key(label)
        if conn.execute(select(issues.c.id).where(issues.c.key == key)).first() is not None:
            raise StoreError(f"an issue labelled like {label!r} exists; choose another label")
        insert_ignore(conn, issues, [{"key": key, "label": label, "n_claims": 0,
                                      "topic": found[issue_id][2],
                                      "vector": meaning.to_bytes(meaning.embed([label])[0])}])
        new = conn.execute(select(issues.c.id).where(issues.c.key == key)).scalar_one()
        conn.execute(update(claims).where(claims.c.id.in_(moved)).values(issue_id=new))
        _recount(conn, [issue_id, new])
        _pin_claims(conn, moved, label)
        rollup.rebuild_issues(conn, [issue_id, new])
    return new, len(moved)


def _clean(label: str) -> str:
    label = " ".join((label or "").split())
    if not label:
        raise StoreError("an issue label needs at least one word")
    return label[:500]


def _existing(conn: Connection, ids: Sequence[int]) -> dict[int, tuple[str, bytes | None,
                                                                      str | None]]:
    rows = conn.execute(select(issues.c.id, issues.c.label, issues.c.vector, issues.c.topic)
                        .where(issues.c.id.in_(list(ids)))).all()
    found = {r.id: (r.label, r.vector, r.topic) for r in rows}
    missing = [i for i in ids if i not in found]
    if missing:
        raise StoreError(f"no issue {missing[0]} in the store; `stancemap issues` lists them")
    return found


def _pin(conn: Connection, ids: Sequence[int], label: str) -> None:
    """Record the user's label for every claim of issues ``ids``."""
    _pin_claims(conn, [r.id for r in conn.execute(
        select(claims.c.id).where(claims.c.issue_id.in_(ids)))], label)


def _pin_claims(conn: Connection, claim_ids: Sequence[int], label: str) -> None:
    """Record the user's label for these claims (replacing an earlier edit)."""
    if claim_ids:
        conn.execute(delete(issue_edits).where(issue_edits.c.claim_id.in_(claim_ids)))
        conn.execute(issue_edits.insert(), [{"claim_id": c, "label": label} for c in claim_ids])


def _recount(conn: Connection, ids: Sequence[int]) -> None:
    for iid in ids:
        n = conn.execute(select(func.count()).where(claims.c.issue_id == iid)).scalar() or 0
        conn.execute(update(issues).where(issues.c.id == iid).values(n_claims=n))
