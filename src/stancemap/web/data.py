"""The questions the web pages and the JSON API ask of the store.

INTERIM: the store's own query API (``stancemap.store`` — positions / who / matrix / changes /
agreement / search / events) is being written at the same time as this module. Until it
lands, the queries the pages need are written here against the store's tables with
SQLAlchemy Core (parameters always bound, no SQL from strings). Each function keeps the
name and shape the pages use, so switching one to the store's version touches only its body.

Every function takes a :class:`Filters` (date range and source) and returns plain JSON-ready
dicts; dates are ISO strings.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, and_, case, distinct, func, or_, select
from sqlalchemy.sql import ColumnElement, Select

from stancemap.store import tables as t
from stancemap.store.queries import STANCE_ORDER, Filters, stance_class

MAX_LIMIT = 500
STANCES = ("support", "oppose", "neutral")


def filter_args(f: Filters) -> dict[str, str]:
    """The filters as URL query parameters (empty ones left out)."""
    out: dict[str, str] = {}
    if f.since:
        out["since"] = f.since.isoformat()
    if f.until:
        out["until"] = f.until.isoformat()
    if f.source:
        out["source"] = f.source
    return out


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _clamp(limit: int, offset: int = 0) -> tuple[int, int]:
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def _claims_filtered(f: Filters) -> Select:
    """``claims`` joined to ``documents`` and narrowed by the filters (columns added later)."""
    j = t.claims.join(t.documents, t.documents.c.id == t.claims.c.document_id)
    return f.apply(select().select_from(j), t.claims.c.published, t.claims.c.document_id)


def _events_filtered(f: Filters) -> Select:
    j = t.events.join(t.documents, t.documents.c.id == t.events.c.document_id)
    day = func.coalesce(t.events.c.date, t.events.c.published)
    return f.apply(select().select_from(j), day, t.events.c.document_id)


def kind_of(stance: str, conditions: list[str] | None) -> str:
    """support / support_if / oppose_unless / oppose / neutral: a condition never hides which
    way a position goes (the same classes as ``queries.stance_class``)."""
    return stance_class(stance, conditions or [])


CLAIM_COLUMNS = (
    t.claims.c.id, t.claims.c.document_id, t.claims.c.local_id, t.claims.c.published,
    t.claims.c.speaker_text, t.claims.c.predicate, t.claims.c.stance, t.claims.c.target,
    t.claims.c.issue_id, t.claims.c.conditions, t.claims.c.quote,
    t.claims.c.evidence_start, t.claims.c.evidence_end, t.claims.c.evidence_text,
    t.claims.c.confidence, t.documents.c.title.label("document_title"),
    t.documents.c.source.label("document_source"), t.documents.c.url.label("document_url"),
)


def _claim_dict(row: Any) -> dict[str, Any]:
    m = row._mapping
    conditions = list(m["conditions"] or [])
    return {
        "id": m["id"], "document_id": m["document_id"], "local_id": m["local_id"],
        "published": _iso(m["published"]), "speaker_text": m["speaker_text"],
        "predicate": m["predicate"], "stance": m["stance"],
        "kind": kind_of(m["stance"], conditions), "target": m["target"],
        "issue_id": m["issue_id"], "issue": m.get("issue_label"),
        "conditions": conditions, "quote": m["quote"],
        "evidence": {"start": m["evidence_start"], "end": m["evidence_end"],
                     "text": m["evidence_text"]},
        "confidence": m["confidence"], "document_title": m["document_title"],
        "document_source": m["document_source"], "document_url": m["document_url"],
        "speakers": [],
    }


def _attach_speakers(conn: Any, claims: list[dict[str, Any]]) -> None:
    ids = [c["id"] for c in claims]
    if not ids:
        return
    by_claim: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for chunk in _chunks(ids, 500):
        rows = conn.execute(
            select(t.claim_speakers.c.claim_id, t.actors.c.id, t.actors.c.name,
                   t.claim_speakers.c.local_id)
            .join(t.actors, t.actors.c.id == t.claim_speakers.c.actor_id)
            .where(t.claim_speakers.c.claim_id.in_(chunk))
            .order_by(t.claim_speakers.c.claim_id, t.claim_speakers.c.position)
        )
        for claim_id, actor_id, name, local_id in rows:
            by_claim[claim_id].append({"id": actor_id, "name": name, "local_id": local_id})
    for c in claims:
        c["speakers"] = by_claim.get(c["id"], [])


def _chunks(items: list[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _claims(conn: Any, stmt: Select) -> list[dict[str, Any]]:
    rows = conn.execute(stmt).all()
    out = [_claim_dict(r) for r in rows]
    _attach_speakers(conn, out)
    return out


def _claim_select(f: Filters) -> Select:
    return _claims_filtered(f).add_columns(*CLAIM_COLUMNS, t.issues.c.label.label("issue_label")) \
        .join(t.issues, t.issues.c.id == t.claims.c.issue_id)


# --------------------------------------------------------------------------- overview


def overview(engine: Engine, f: Filters, top: int = 10) -> dict[str, Any]:
    """Counts, the most active actors, the most contested issues, the latest events."""
    with engine.connect() as conn:
        n_docs = conn.scalar(f.apply(select(func.count()).select_from(t.documents),
                                     t.documents.c.published, t.documents.c.id))
        n_claims = conn.scalar(_claims_filtered(f).add_columns(func.count()))
        n_events = conn.scalar(_events_filtered(f).add_columns(func.count()))
        n_actors = conn.scalar(f.apply(
            select(func.count(distinct(t.doc_actors.c.actor_id)))
            .select_from(t.doc_actors.join(t.documents,
                                           t.documents.c.id == t.doc_actors.c.document_id)),
            t.documents.c.published, t.documents.c.id))
        n_issues = conn.scalar(_claims_filtered(f).add_columns(
            func.count(distinct(t.claims.c.issue_id))))
        stances = dict(conn.execute(
            _claims_filtered(f).add_columns(t.claims.c.stance, func.count())
            .group_by(t.claims.c.stance)).all())
    return {
        "counts": {"documents": n_docs or 0, "actors": n_actors or 0, "issues": n_issues or 0,
                   "claims": n_claims or 0, "events": n_events or 0},
        "stances": {s: int(stances.get(s, 0)) for s in STANCES},
        "top_actors": list_actors(engine, f, limit=top)["items"],
        "contested_issues": list_issues(engine, f, limit=top, order="contested")["items"],
        "latest_events": list_events(engine, f, limit=top)["items"],
    }


# --------------------------------------------------------------------------- documents


def list_documents(engine: Engine, f: Filters, limit: int = 50, offset: int = 0
                   ) -> dict[str, Any]:
    limit, offset = _clamp(limit, offset)
    d = t.documents.c
    with engine.connect() as conn:
        total = conn.scalar(f.apply(select(func.count()).select_from(t.documents),
                                    d.published, d.id))
        rows = conn.execute(f.apply(
            select(d.id, d.source, d.title, d.published, d.n_actors, d.n_claims, d.n_events),
            d.published, d.id).order_by(d.published.desc(), d.id).limit(limit).offset(offset)
        ).all()
    items = [{**r._mapping, "published": _iso(r.published)} for r in rows]
    return {"total": total or 0, "limit": limit, "offset": offset, "items": items}


def get_document(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    """A document with its text, actors, claims (speakers resolved) and events."""
    d = t.documents.c
    with engine.connect() as conn:
        row = conn.execute(
            select(d.id, d.source, d.url, d.title, d.published, d.language, d.text)
            .where(d.id == doc_id)
        ).first()
        if row is None:
            return None
        actors = [
            {"local_id": a.local_id, "actor_id": a.actor_id, "name": a.name, "kind": a.kind,
             "role": a.role, "country": a.country, "aliases": list(a.aliases or [])}
            for a in conn.execute(
                select(t.doc_actors).where(t.doc_actors.c.document_id == doc_id)
                .order_by(t.doc_actors.c.position))
        ]
        claims = _claims(conn, _claim_select(Filters())
                         .where(t.claims.c.document_id == doc_id)
                         .order_by(t.claims.c.position))
        events = _events(conn, _event_select(Filters())
                         .where(t.events.c.document_id == doc_id)
                         .order_by(t.events.c.position))
    return {"id": row.id, "source": row.source, "url": row.url, "title": row.title,
            "published": _iso(row.published), "language": row.language, "text": row.text,
            "actors": actors, "claims": claims, "events": events}


# --------------------------------------------------------------------------- actors


def list_actors(engine: Engine, f: Filters, q: str | None = None, limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    """Actors ordered by how many claims they make (then documents), with stance counts."""
    limit, offset = _clamp(limit, offset)
    a = t.actors.c
    claim_counts = (
        _claims_filtered(f).add_columns(
            t.claim_speakers.c.actor_id.label("actor_id"),
            func.count().label("n_claims"),
            func.sum(case((t.claims.c.stance == "support", 1), else_=0)).label("support"),
            func.sum(case((t.claims.c.stance == "oppose", 1), else_=0)).label("oppose"),
            func.sum(case((t.claims.c.stance == "neutral", 1), else_=0)).label("neutral"),
        ).join(t.claim_speakers, t.claim_speakers.c.claim_id == t.claims.c.id)
        .group_by(t.claim_speakers.c.actor_id)
    ).subquery()
    doc_counts = f.apply(
        select(t.doc_actors.c.actor_id.label("actor_id"),
               func.count(distinct(t.doc_actors.c.document_id)).label("n_docs"))
        .select_from(t.doc_actors.join(t.documents,
                                       t.documents.c.id == t.doc_actors.c.document_id)),
        t.documents.c.published, t.doc_actors.c.document_id,
    ).group_by(t.doc_actors.c.actor_id).subquery()
    n_claims = func.coalesce(claim_counts.c.n_claims, 0)
    stmt = (
        select(a.id, a.key, a.name, a.kind, a.role, a.country,
               doc_counts.c.n_docs.label("n_documents"), n_claims.label("n_claims"),
               func.coalesce(claim_counts.c.support, 0).label("support"),
               func.coalesce(claim_counts.c.oppose, 0).label("oppose"),
               func.coalesce(claim_counts.c.neutral, 0).label("neutral"))
        .select_from(t.actors.join(doc_counts, doc_counts.c.actor_id == a.id)
                     .outerjoin(claim_counts, claim_counts.c.actor_id == a.id))
    )
    if q:
        alias_match = select(t.actor_aliases.c.actor_id).where(
            t.actor_aliases.c.alias.contains(q, autoescape=True))
        stmt = stmt.where(or_(a.name.contains(q, autoescape=True), a.id.in_(alias_match)))
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(stmt.subquery()))
        rows = conn.execute(
            stmt.order_by(n_claims.desc(), doc_counts.c.n_docs.desc(), a.name, a.id)
            .limit(limit).offset(offset)).all()
    items = [dict(r._mapping) for r in rows]
    return {"total": total or 0, "limit": limit, "offset": offset, "items": items}


def get_actor(engine: Engine, actor_id: int, f: Filters, limit: int = 200) -> dict[str, Any] | None:
    """An actor: identity, aliases, every position (claims they made), events attended."""
    limit, _ = _clamp(limit)
    a = t.actors.c
    with engine.connect() as conn:
        row = conn.execute(select(t.actors).where(a.id == actor_id)).first()
        if row is None:
            return None
        aliases = sorted(conn.scalars(
            select(t.actor_aliases.c.alias).where(t.actor_aliases.c.actor_id == actor_id)))
        positions = _claims(conn, _claim_select(f)
                            .join(t.claim_speakers, t.claim_speakers.c.claim_id == t.claims.c.id)
                            .where(t.claim_speakers.c.actor_id == actor_id)
                            .order_by(t.claims.c.published, t.claims.c.id).limit(limit))
        attended = select(t.event_participants.c.event_id).where(
            t.event_participants.c.actor_id == actor_id)
        events = _events(conn, _event_select(f)
                         .where(or_(t.events.c.id.in_(attended),
                                    t.events.c.convener_id == actor_id))
                         .order_by(func.coalesce(t.events.c.date, t.events.c.published).desc())
                         .limit(limit))
    m = row._mapping
    return {"id": m["id"], "key": m["key"], "name": m["name"], "kind": m["kind"],
            "role": m["role"], "country": m["country"], "n_documents": m["n_documents"],
            "first_seen": _iso(m["first_seen"]), "last_seen": _iso(m["last_seen"]),
            "aliases": aliases, "positions": positions, "events": events}


# --------------------------------------------------------------------------- issues


def list_issues(engine: Engine, f: Filters, q: str | None = None, limit: int = 50,
                offset: int = 0, order: str = "claims") -> dict[str, Any]:
    """Issues with claim counts per stance; ``order='contested'`` puts split issues first."""
    limit, offset = _clamp(limit, offset)
    support = func.sum(case((t.claims.c.stance == "support", 1), else_=0))
    oppose = func.sum(case((t.claims.c.stance == "oppose", 1), else_=0))
    neutral = func.sum(case((t.claims.c.stance == "neutral", 1), else_=0))
    n = func.count()
    stmt = (
        _claims_filtered(f)
        .add_columns(t.issues.c.id, t.issues.c.label, n.label("n_claims"),
                     support.label("support"), oppose.label("oppose"),
                     neutral.label("neutral"),
                     func.max(t.claims.c.published).label("latest"))
        .join(t.issues, t.issues.c.id == t.claims.c.issue_id)
        .group_by(t.issues.c.id, t.issues.c.label)
    )
    if q:
        stmt = stmt.where(t.issues.c.label.contains(q, autoescape=True))
    contested = case((support < oppose, support), else_=oppose)
    ordering = [contested.desc(), n.desc()] if order == "contested" else [n.desc()]
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(stmt.subquery()))
        rows = conn.execute(stmt.order_by(*ordering, t.issues.c.label, t.issues.c.id)
                            .limit(limit).offset(offset)).all()
    items = [{**r._mapping, "latest": _iso(r.latest)} for r in rows]
    return {"total": total or 0, "limit": limit, "offset": offset, "items": items}


def issue_who(engine: Engine, issue_id: int, f: Filters, limit: int = MAX_LIMIT
              ) -> dict[str, Any] | None:
    """Who supports, opposes, supports with conditions or is neutral on an issue."""
    limit, _ = _clamp(limit)
    with engine.connect() as conn:
        issue = conn.execute(select(t.issues).where(t.issues.c.id == issue_id)).first()
        if issue is None:
            return None
        claims = _claims(conn, _claim_select(f).where(t.claims.c.issue_id == issue_id)
                         .order_by(t.claims.c.published.desc(), t.claims.c.id).limit(limit))
    actors: dict[int, dict[str, Any]] = {}
    for c in claims:
        for s in c["speakers"] or [{"id": None, "name": c["speaker_text"]}]:
            key = s["id"] if s["id"] is not None else -c["id"]
            entry = actors.setdefault(key, {
                "actor_id": s["id"], "name": s["name"], "support": 0, "oppose": 0,
                "support_if": 0, "oppose_unless": 0, "neutral": 0, "latest": None,
                "claims": [],
                "latest_kind": c["kind"]})  # claims come latest first
            entry[c["kind"]] += 1
            entry["claims"].append(c["id"])
            if c["published"] and (entry["latest"] is None or c["published"] > entry["latest"]):
                entry["latest"] = c["published"]
    groups: dict[str, list[dict[str, Any]]] = {k: [] for k in
                                               STANCE_ORDER}
    for entry in actors.values():
        entry["side"] = entry.pop("latest_kind")  # where the actor stands now: the latest claim
        groups[entry["side"]].append(entry)
    for g in groups.values():
        g.sort(key=lambda e: (-len(e["claims"]), e["name"]))
    return {"id": issue.id, "label": issue.label, "key": issue.key, "groups": groups,
            "claims": claims}


# --------------------------------------------------------------------------- matrix


def matrix(engine: Engine, f: Filters, max_actors: int = 30, max_issues: int = 20
           ) -> dict[str, Any]:
    """Actors × issues: net stance (-1 … 1), claim counts, and a claim to open for each cell."""
    max_actors, _ = _clamp(max_actors)
    max_issues, _ = _clamp(max_issues)
    stmt = (
        _claims_filtered(f)
        .add_columns(t.claim_speakers.c.actor_id, t.claims.c.issue_id, t.claims.c.stance,
                     t.claims.c.id, t.claims.c.document_id, t.claims.c.conditions)
        .join(t.claim_speakers, t.claim_speakers.c.claim_id == t.claims.c.id)
        .order_by(t.claims.c.published.desc(), t.claims.c.id.desc())
    )
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    actor_n: dict[int, int] = defaultdict(int)
    issue_n: dict[int, int] = defaultdict(int)
    with engine.connect() as conn:
        for actor_id, issue_id, stance, claim_id, doc_id, conditions in conn.execute(stmt):
            cell = cells.setdefault((actor_id, issue_id), {
                "actor_id": actor_id, "issue_id": issue_id, "support": 0, "oppose": 0,
                "neutral": 0, "support_if": 0, "oppose_unless": 0, "claim_id": claim_id,
                "document_id": doc_id})
            cell[kind_of(stance, conditions)] += 1
            actor_n[actor_id] += 1
            issue_n[issue_id] += 1
        top_actors = sorted(actor_n, key=lambda k: (-actor_n[k], k))[:max_actors]
        top_issues = sorted(issue_n, key=lambda k: (-issue_n[k], k))[:max_issues]
        names = dict(conn.execute(select(t.actors.c.id, t.actors.c.name)
                                  .where(t.actors.c.id.in_(top_actors or [-1]))).all())
        labels = dict(conn.execute(select(t.issues.c.id, t.issues.c.label)
                                   .where(t.issues.c.id.in_(top_issues or [-1]))).all())
    keep_a, keep_i = set(top_actors), set(top_issues)
    out_cells = []
    for (actor_id, issue_id), cell in cells.items():
        if actor_id in keep_a and issue_id in keep_i:
            pro = cell["support"] + cell["support_if"]
            con = cell["oppose"] + cell["oppose_unless"]
            n = pro + con + cell["neutral"]
            cell["n"] = n
            cell["net"] = round((pro - con) / n, 3) if n else 0.0
            cell["actor"] = names.get(actor_id, str(actor_id))
            cell["issue"] = labels.get(issue_id, str(issue_id))
            out_cells.append(cell)
    out_cells.sort(key=lambda c: (top_actors.index(c["actor_id"]),
                                  top_issues.index(c["issue_id"])))
    return {
        "actors": [{"id": a, "name": names.get(a, str(a)), "n_claims": actor_n[a]}
                   for a in top_actors],
        "issues": [{"id": i, "label": labels.get(i, str(i)), "n_claims": issue_n[i]}
                   for i in top_issues],
        "cells": out_cells,
    }


# --------------------------------------------------------------------------- agreement


def agreement(engine: Engine, f: Filters, issue_id: int | None = None, min_weight: int = 1,
              max_nodes: int = 60) -> dict[str, Any]:
    """Who sides with whom: actors linked by the issues on which they take the same side.

    As in discourse network analysis, each actor's net side per issue (for / against) is
    compared with every other actor's; ``weight`` counts shared sides, ``conflict`` opposite
    sides. ``issue_id`` narrows to one issue.
    """
    max_nodes, _ = _clamp(max_nodes)
    stmt = (
        _claims_filtered(f)
        .add_columns(t.claim_speakers.c.actor_id, t.claims.c.issue_id, t.claims.c.stance)
        .join(t.claim_speakers, t.claim_speakers.c.claim_id == t.claims.c.id)
    )
    if issue_id is not None:
        stmt = stmt.where(t.claims.c.issue_id == issue_id)
    net: dict[tuple[int, int], int] = defaultdict(int)
    with engine.connect() as conn:
        for actor_id, iss, stance in conn.execute(stmt):
            net[(actor_id, iss)] += {"support": 1, "oppose": -1}.get(stance, 0)
        by_issue: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for (actor_id, iss), v in net.items():
            if v:
                by_issue[iss].append((actor_id, 1 if v > 0 else -1))
        edges: dict[tuple[int, int], dict[str, Any]] = {}
        degree: dict[int, int] = defaultdict(int)
        for iss, sides in by_issue.items():
            sides.sort()
            for i, (a1, s1) in enumerate(sides):
                for a2, s2 in sides[i + 1:]:
                    e = edges.setdefault((a1, a2), {"source": a1, "target": a2, "weight": 0,
                                                    "conflict": 0, "issues": []})
                    e["weight" if s1 == s2 else "conflict"] += 1
                    e["issues"].append(iss)
        kept = [e for e in edges.values() if e["weight"] + e["conflict"] >= min_weight]
        for e in kept:
            degree[e["source"]] += e["weight"] + e["conflict"]
            degree[e["target"]] += e["weight"] + e["conflict"]
        actors_with_side = {a for a, _ in net}
        ranked = sorted(actors_with_side, key=lambda a: (-degree.get(a, 0), a))[:max_nodes]
        keep = set(ranked)
        kept = [e for e in kept if e["source"] in keep and e["target"] in keep]
        rows = conn.execute(select(t.actors.c.id, t.actors.c.name, t.actors.c.kind)
                            .where(t.actors.c.id.in_(ranked or [-1]))).all()
        label = None
        if issue_id is not None:
            label = conn.scalar(select(t.issues.c.label).where(t.issues.c.id == issue_id))
    info = {r.id: r for r in rows}
    nodes = []
    for a in ranked:
        sides = [v for (actor, _), v in net.items() if actor == a]
        nodes.append({"id": a, "name": info[a].name if a in info else str(a),
                      "kind": info[a].kind if a in info else None,
                      "degree": degree.get(a, 0),
                      "side": 1 if sum(sides) > 0 else -1 if sum(sides) < 0 else 0})
    return {"issue_id": issue_id, "issue": label, "nodes": nodes, "edges": kept}


# --------------------------------------------------------------------------- search


def search(engine: Engine, q: str, f: Filters, limit: int = 50, offset: int = 0
           ) -> dict[str, Any]:
    """Claims and events whose evidence contains ``q`` (case-insensitive substring)."""
    limit, offset = _clamp(limit, offset)
    q = q.strip()
    if not q:
        return {"q": q, "total": 0, "limit": limit, "offset": offset, "claims": [],
                "events": []}
    like_c = func.lower(t.claims.c.evidence_text).contains(q.lower(), autoescape=True)
    like_e = func.lower(t.events.c.evidence_text).contains(q.lower(), autoescape=True)
    with engine.connect() as conn:
        total = conn.scalar(_claims_filtered(f).add_columns(func.count()).where(like_c))
        claims = _claims(conn, _claim_select(f).where(like_c)
                         .order_by(t.claims.c.published.desc(), t.claims.c.id)
                         .limit(limit).offset(offset))
        events = _events(conn, _event_select(f).where(like_e)
                         .order_by(t.events.c.published.desc(), t.events.c.id)
                         .limit(limit).offset(offset))
    return {"q": q, "total": total or 0, "limit": limit, "offset": offset, "claims": claims,
            "events": events}


# --------------------------------------------------------------------------- events


EVENT_COLUMNS = (
    t.events.c.id, t.events.c.document_id, t.events.c.local_id, t.events.c.published,
    t.events.c.kind, t.events.c.plover, t.events.c.description, t.events.c.location,
    t.events.c.date, t.events.c.date_text, t.events.c.status, t.events.c.convener_id,
    t.events.c.evidence_start, t.events.c.evidence_end, t.events.c.evidence_text,
    t.documents.c.title.label("document_title"),
)


def _event_select(f: Filters) -> Select:
    return _events_filtered(f).add_columns(*EVENT_COLUMNS)


def _events(conn: Any, stmt: Select) -> list[dict[str, Any]]:
    out = []
    for r in conn.execute(stmt):
        m = r._mapping
        out.append({
            "id": m["id"], "document_id": m["document_id"], "local_id": m["local_id"],
            "published": _iso(m["published"]), "kind": m["kind"], "plover": m["plover"],
            "description": m["description"], "location": m["location"],
            "date": _iso(m["date"]), "date_text": m["date_text"], "status": m["status"],
            "convener_id": m["convener_id"], "document_title": m["document_title"],
            "evidence": {"start": m["evidence_start"], "end": m["evidence_end"],
                         "text": m["evidence_text"]},
            "participants": [],
        })
    ids = [e["id"] for e in out]
    if ids:
        parts: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for chunk in _chunks(ids, 500):
            for event_id, actor_id, name, local_id in conn.execute(
                select(t.event_participants.c.event_id, t.actors.c.id, t.actors.c.name,
                       t.event_participants.c.local_id)
                .join(t.actors, t.actors.c.id == t.event_participants.c.actor_id)
                .where(t.event_participants.c.event_id.in_(chunk))
                .order_by(t.event_participants.c.event_id, t.event_participants.c.position)
            ):
                parts[event_id].append({"id": actor_id, "name": name, "local_id": local_id})
        for e in out:
            e["participants"] = parts.get(e["id"], [])
    return out


def list_events(engine: Engine, f: Filters, actor_id: int | None = None,
                status: str | None = None, location: str | None = None, limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    """Events, latest first, by participant, status and place."""
    limit, offset = _clamp(limit, offset)
    stmt = _event_select(f)
    conds: list[ColumnElement[bool]] = []
    if actor_id is not None:
        attended = select(t.event_participants.c.event_id).where(
            t.event_participants.c.actor_id == actor_id)
        conds.append(or_(t.events.c.id.in_(attended), t.events.c.convener_id == actor_id))
    if status:
        conds.append(t.events.c.status == status)
    if location:
        conds.append(t.events.c.location.contains(location, autoescape=True))
    if conds:
        stmt = stmt.where(and_(*conds))
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(stmt.subquery()))
        items = _events(conn, stmt.order_by(
            func.coalesce(t.events.c.date, t.events.c.published).desc(), t.events.c.id)
            .limit(limit).offset(offset))
    return {"total": total or 0, "limit": limit, "offset": offset, "items": items}


# --------------------------------------------------------------------------- timelines


def actor_timeline(engine: Engine, f: Filters, actor_id: int | None = None,
                   limit: int = MAX_LIMIT) -> list[dict[str, Any]]:
    """One row per claim (date, actor, issue, stance) for timeline charts."""
    limit, _ = _clamp(limit)
    stmt = (
        _claims_filtered(f)
        .add_columns(t.claims.c.id, t.claims.c.published, t.claims.c.stance,
                     t.claims.c.conditions, t.claims.c.document_id,
                     t.issues.c.label.label("issue"), t.actors.c.id.label("actor_id"),
                     t.actors.c.name.label("actor"))
        .join(t.issues, t.issues.c.id == t.claims.c.issue_id)
        .join(t.claim_speakers, t.claim_speakers.c.claim_id == t.claims.c.id)
        .join(t.actors, t.actors.c.id == t.claim_speakers.c.actor_id)
        .where(t.claims.c.published.is_not(None))
        .order_by(t.claims.c.published.desc(), t.claims.c.id).limit(limit)
    )
    if actor_id is not None:
        stmt = stmt.where(t.claim_speakers.c.actor_id == actor_id)
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [{"claim_id": r.id, "date": _iso(r.published), "stance": r.stance,
             "kind": kind_of(r.stance, r.conditions), "issue": r.issue, "actor": r.actor,
             "actor_id": r.actor_id, "document_id": r.document_id} for r in rows]


def sources(engine: Engine, limit: int = 200) -> list[str]:
    """Distinct document sources (for the source filter's suggestions)."""
    with engine.connect() as conn:
        return list(conn.scalars(select(t.documents.c.source).distinct()
                                 .order_by(t.documents.c.source).limit(limit)))


def get_claim(engine: Engine, claim_id: int) -> dict[str, Any] | None:
    with engine.connect() as conn:
        found = _claims(conn, _claim_select(Filters()).where(t.claims.c.id == claim_id))
    return found[0] if found else None


def claim_ids(engine: Engine, refs: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """(document id, evidence text) → the id of the claim with that evidence (search hits
    name their document and evidence but not their claim)."""
    out: dict[tuple[str, str], int] = {}
    docs = sorted({d for d, _ in refs})
    if not docs:
        return out
    wanted = set(refs)
    with engine.connect() as conn:
        for chunk in _chunks(docs, 200):
            for cid, doc, ev in conn.execute(
                    select(t.claims.c.id, t.claims.c.document_id, t.claims.c.evidence_text)
                    .where(t.claims.c.document_id.in_(chunk)).order_by(t.claims.c.id)):
                if (doc, ev) in wanted:
                    out.setdefault((doc, ev), cid)
    return out
