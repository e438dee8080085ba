"""Which stored actors and issues a user's words name (the CLI and the API take names)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from stancemap.store.identity import fold, name_tokens, skeleton, slug
from stancemap.store.issues import IssueRules
from stancemap.store.tables import actor_aliases, actor_keys, actors, issues


def actor_ids(session: Session, query: str) -> list[int]:
    """Actors a name refers to: exact key or alias, then transliteration, then surname,
    then any alias containing the words."""
    q = query.strip()
    norm = fold(q)
    if not norm:
        return []
    exact = select(actors.c.id).where(actors.c.key == slug(q)).union(
        select(actor_aliases.c.actor_id).where(actor_aliases.c.norm == norm))
    tries: list[Any] = [exact]
    words = name_tokens(q)
    if len(words) >= 2:
        tries.append(select(actor_keys.c.actor_id).where(
            actor_keys.c.key == f"p:{skeleton(words[0])} {skeleton(words[-1])}"))
    elif words:
        tries.append(select(actor_keys.c.actor_id).where(
            actor_keys.c.key == f"s:{skeleton(words[-1])}"))
    tries.append(select(actor_aliases.c.actor_id).where(
        actor_aliases.c.norm.contains(norm, autoescape=True)).limit(200))
    for t in tries:
        ids = sorted(set(session.execute(t).scalars()))
        if ids:
            return ids
    return []


def issue_ids(session: Session, query: str, rules: IssueRules | None = None,
              limit: int = 200) -> list[int]:
    """Issues whose normalised wording contains every word of ``query`` (most claims
    first), else whose label contains it as written."""
    rules = rules or IssueRules.load(None)
    words = rules.query_words(query)
    if not words:
        return []
    q = select(issues.c.id, issues.c.key)
    for w in words:
        q = q.where(issues.c.key.contains(w, autoescape=True))
    found = [r.id for r in session.execute(q.order_by(issues.c.n_claims.desc(), issues.c.id)
                                           .limit(5000))
             if words <= set(r.key.split())]
    if not found:
        found = list(session.execute(
            select(issues.c.id).where(func.lower(issues.c.label).contains(
                query.lower().strip(), autoescape=True))
            .order_by(issues.c.n_claims.desc(), issues.c.id).limit(limit)).scalars())
    return found[:limit]
