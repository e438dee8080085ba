"""Writing the store out: stancemap/1 JSON Lines, claim CSV, PLOVER records, GraphML.

Documents are rebuilt from the tables exactly as they were ingested; each article actor
gains one added field, ``actor``: the key of the cross-article actor it was merged into.
"""

from __future__ import annotations

import csv
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from stancemap import SCHEMA_ID
from stancemap.store.queries import (
    NO_FILTERS,
    Filters,
    agreement,
    find_actors,
    find_issues,
)
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

BATCH = 200


def document_ids(session: Session, flt: Filters = NO_FILTERS, *, actor: str | None = None,
                 issue: str | None = None) -> Iterator[str]:
    """Ids of the documents a filter selects, oldest first."""
    q = select(documents.c.id)
    q = flt.apply(q, documents.c.published, documents.c.id)
    if actor is not None:
        ids = [a.id for a in find_actors(session, actor)]
        q = q.where(documents.c.id.in_(select(doc_actors.c.document_id)
                                       .where(doc_actors.c.actor_id.in_(ids))))
    if issue is not None:
        iids = [i.id for i in find_issues(session, issue)]
        q = q.where(documents.c.id.in_(select(claims.c.document_id)
                                       .where(claims.c.issue_id.in_(iids))))
    q = q.order_by(documents.c.published.is_(None), documents.c.published, documents.c.id)
    yield from session.execute(q).scalars()


def _evidence(r: Any) -> dict[str, Any]:
    return {"start": r.evidence_start, "end": r.evidence_end, "text": r.evidence_text}


def load_documents(session: Session, ids: list[str],
                   include_text: bool = True) -> list[dict[str, Any]]:
    """The contract JSON of each stored document, in the order of ``ids``."""
    if not ids:
        return []
    docs: dict[str, dict[str, Any]] = {}
    for r in session.execute(select(documents).where(documents.c.id.in_(ids))):
        d: dict[str, Any] = {"schema": SCHEMA_ID, "document": {
            "id": r.id, "source": r.source, "url": r.url, "title": r.title,
            "published": r.published.isoformat() if r.published else None,
            "language": r.language}}
        if include_text:
            d["text"] = r.text
        d.update(actors=[], claims=[], events=[])
        docs[r.id] = d
    keys = {}
    q = (select(doc_actors, actors.c.key.label("actor_key"))
         .join(actors, actors.c.id == doc_actors.c.actor_id)
         .where(doc_actors.c.document_id.in_(ids))
         .order_by(doc_actors.c.document_id, doc_actors.c.position))
    for r in session.execute(q):
        docs[r.document_id]["actors"].append({
            "id": r.local_id, "name": r.name, "kind": r.kind, "role": r.role,
            "country": r.country, "aliases": list(r.aliases), "mentions": list(r.mentions),
            "actor": r.actor_key})
        keys[(r.document_id, r.local_id)] = r.actor_key
    speakers: dict[int, list[str]] = defaultdict(list)
    claim_rows = session.execute(select(claims).where(claims.c.document_id.in_(ids))
                                 .order_by(claims.c.document_id, claims.c.position)).all()
    cids = [r.id for r in claim_rows]
    for i in range(0, len(cids), 500):
        for r in session.execute(select(claim_speakers)
                                 .where(claim_speakers.c.claim_id.in_(cids[i:i + 500]))
                                 .order_by(claim_speakers.c.claim_id,
                                           claim_speakers.c.position)):
            speakers[r.claim_id].append(r.local_id)
    for r in claim_rows:
        docs[r.document_id]["claims"].append({
            "id": r.local_id, "speakers": speakers[r.id], "speaker_text": r.speaker_text,
            "predicate": r.predicate, "stance": r.stance, "target": r.target,
            "issue": r.issue, "conditions": list(r.conditions), "quote": r.quote,
            "evidence": _evidence(r), "confidence": r.confidence})
    parts: dict[int, list[str]] = defaultdict(list)
    event_rows = session.execute(select(events).where(events.c.document_id.in_(ids))
                                 .order_by(events.c.document_id, events.c.position)).all()
    eids = [r.id for r in event_rows]
    for i in range(0, len(eids), 500):
        for r in session.execute(select(event_participants)
                                 .where(event_participants.c.event_id.in_(eids[i:i + 500]))
                                 .order_by(event_participants.c.event_id,
                                           event_participants.c.position)):
            parts[r.event_id].append(r.local_id)
    for r in event_rows:
        docs[r.document_id]["events"].append({
            "id": r.local_id, "kind": r.kind, "plover": r.plover,
            "description": r.description, "location": r.location,
            "date": r.date.isoformat() if r.date else None, "date_text": r.date_text,
            "status": r.status, "participants": parts[r.id], "convener": r.convener_local,
            "evidence": _evidence(r)})
    return [docs[i] for i in ids if i in docs]


def iter_documents(session: Session, flt: Filters = NO_FILTERS, *, actor: str | None = None,
                   issue: str | None = None,
                   include_text: bool = True) -> Iterator[dict[str, Any]]:
    ids = list(document_ids(session, flt, actor=actor, issue=issue))
    for i in range(0, len(ids), BATCH):
        yield from load_documents(session, ids[i:i + BATCH], include_text)


def write_json(session: Session, out: IO[str], flt: Filters = NO_FILTERS, *,
               actor: str | None = None, issue: str | None = None,
               include_text: bool = True) -> int:
    """stancemap/1 JSON Lines, one stored document per line; returns the count."""
    n = 0
    for d in iter_documents(session, flt, actor=actor, issue=issue, include_text=include_text):
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        n += 1
    return n


CSV_FIELDS = ["document_id", "published", "source", "url", "title", "actor", "actor_key", "kind",
              "role", "country", "stance", "issue", "target", "predicate", "conditions",
              "quote", "confidence", "evidence", "evidence_start", "evidence_end"]


def claim_records(session: Session, flt: Filters = NO_FILTERS, *, actor: str | None = None,
                  issue: str | None = None) -> Iterator[dict[str, Any]]:
    """One flat record per claim and speaker."""
    q = (select(claims, actors.c.name.label("actor_name"), actors.c.key.label("actor_key"),
                actors.c.kind.label("actor_kind"), actors.c.role.label("actor_role"),
                actors.c.country.label("actor_country"), issues.c.label.label("issue_label"),
                documents.c.source, documents.c.url, documents.c.title)
         .join(claim_speakers, claim_speakers.c.claim_id == claims.c.id)
         .join(actors, actors.c.id == claim_speakers.c.actor_id)
         .join(issues, issues.c.id == claims.c.issue_id)
         .join(documents, documents.c.id == claims.c.document_id))
    q = flt.apply(q, claims.c.published, claims.c.document_id)
    if actor is not None:
        q = q.where(claim_speakers.c.actor_id.in_([a.id for a in find_actors(session, actor)]))
    if issue is not None:
        q = q.where(claims.c.issue_id.in_([i.id for i in find_issues(session, issue)]))
    q = q.order_by(claims.c.published.is_(None), claims.c.published, claims.c.document_id,
                   claims.c.position, claim_speakers.c.position)
    for r in session.execute(q):
        yield {"document_id": r.document_id,
               "published": r.published.isoformat() if r.published else "",
               "source": r.source, "url": r.url or "", "title": r.title or "",
               "actor": r.actor_name,
               "actor_key": r.actor_key, "kind": r.actor_kind, "role": r.actor_role or "",
               "country": r.actor_country or "", "stance": r.stance, "issue": r.issue_label,
               "target": r.target, "predicate": r.predicate,
               "conditions": "; ".join(r.conditions), "quote": r.quote,
               "confidence": r.confidence, "evidence": r.evidence_text,
               "evidence_start": r.evidence_start, "evidence_end": r.evidence_end}


def write_csv(session: Session, out: IO[str], flt: Filters = NO_FILTERS, *,
              actor: str | None = None, issue: str | None = None) -> int:
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    n = 0
    for rec in claim_records(session, flt, actor=actor, issue=issue):
        w.writerow(rec)
        n += 1
    return n


def to_model(d: dict[str, Any]):
    """A stored document as ``stancemap.model.Document`` (for exporters built on it)."""
    from stancemap.model import (
        Actor,
        Claim,
        Document,
        DocumentMeta,
        Event,
        Evidence,
        Span,
    )

    return Document(
        document=DocumentMeta(**d["document"]), text=d.get("text", ""),
        actors=[Actor(a["id"], a["name"], a["kind"], a["role"], a["country"],
                      list(a["aliases"]), [Span(**m) for m in a["mentions"]])
                for a in d["actors"]],
        claims=[Claim(**{**c, "evidence": Evidence(**c["evidence"])}) for c in d["claims"]],
        events=[Event(**{**e, "evidence": Evidence(**e["evidence"])}) for e in d["events"]],
    )


def write_plover(session: Session, out: IO[str], flt: Filters = NO_FILTERS, *,
                 actor: str | None = None, issue: str | None = None) -> int:
    """PLOVER event records (``stancemap.export.plover``) as JSON Lines; returns the count."""
    from stancemap.export.plover import plover_records  # another module owns the mapping

    n = 0
    for d in iter_documents(session, flt, actor=actor, issue=issue):
        for rec in plover_records(to_model(d)):
            out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
            n += 1
    return n


def actor_issue_graph(session: Session, flt: Filters = NO_FILTERS, *,
                      actor: str | None = None, issue: str | None = None):
    """A two-mode networkx graph: actors and issues, linked by claims (counts per stance)."""
    import networkx as nx

    g = nx.Graph()
    edges: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in claim_records(session, flt, actor=actor, issue=issue):
        a, i = f"actor:{r['actor_key']}", f"issue:{r['issue']}"
        if a not in g:
            g.add_node(a, label=r["actor"], type="actor", kind=r["kind"], role=r["role"],
                       country=r["country"])
        if i not in g:
            g.add_node(i, label=r["issue"], type="issue", kind="issue", role="", country="")
        edges[(a, i)][r["stance"]] += 1
        if r["conditions"] and r["stance"] in ("support", "oppose"):
            edges[(a, i)]["support_if" if r["stance"] == "support" else "oppose_unless"] += 1
    for (a, i), c in edges.items():
        net = c["support"] - c["oppose"]
        g.add_edge(a, i, weight=sum(c[s] for s in ("support", "oppose", "neutral")),
                   support=c["support"], oppose=c["oppose"], neutral=c["neutral"],
                   support_if=c["support_if"], oppose_unless=c["oppose_unless"], net=net,
                   stance="support" if net > 0 else "oppose" if net < 0 else "mixed")
    return g


def agreement_graph(session: Session, flt: Filters = NO_FILTERS, *, issue: str | None = None):
    """The actor–actor agreement network of :func:`queries.agreement` as a networkx graph."""
    import networkx as nx

    net = agreement(session, issue, flt)
    g = nx.Graph()
    for n in net.nodes:
        g.add_node(n.actor, label=n.actor, claims=n.claims, stance=n.stance)
    for e in net.edges:
        g.add_edge(e.source, e.target, weight=e.weight, agree=e.agree, disagree=e.disagree,
                   issues="; ".join(e.issues))
    return g


def write_graphml(session: Session, out: str | Path | BinaryIO, flt: Filters = NO_FILTERS, *,
                  actor: str | None = None, issue: str | None = None,
                  network: str = "issues") -> int:
    """GraphML (opens in Gephi, loads in networkx); returns the number of nodes."""
    import networkx as nx

    if network == "agreement":
        g = agreement_graph(session, flt, issue=issue)
    else:
        g = actor_issue_graph(session, flt, actor=actor, issue=issue)
    nx.write_graphml(g, out)
    return g.number_of_nodes()
