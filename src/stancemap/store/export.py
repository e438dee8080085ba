"""Writing the store out: stancemap/1 JSON Lines, claim CSV, PLOVER records, GraphML.

Documents are rebuilt from the tables by the codec (``codec.from_rows``) exactly as they
were ingested; in the JSON each article actor gains one added field, ``actor``: the key of
the cross-article actor it was merged into.
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

from stancemap.questions import NO_FILTERS, Filters, actor_ids, agreement, issue_ids, stance_class
from stancemap.store.codec import Rows, claim_from_row, from_rows, load_rows
from stancemap.store.tables import (
    actors,
    claim_speakers,
    claims,
    doc_actors,
    documents,
    issues,
)

BATCH = 200


def document_ids(session: Session, flt: Filters = NO_FILTERS, *, actor: str | None = None,
                 issue: str | None = None) -> Iterator[str]:
    """Ids of the documents a filter selects, oldest first."""
    q = select(documents.c.id)
    q = flt.apply(q, documents.c.published, documents.c.id)
    if actor is not None:
        ids = actor_ids(session, actor)
        q = q.where(documents.c.id.in_(select(doc_actors.c.document_id)
                                       .where(doc_actors.c.actor_id.in_(ids))))
    if issue is not None:
        iids = issue_ids(session, issue)
        q = q.where(documents.c.id.in_(select(claims.c.document_id)
                                       .where(claims.c.issue_id.in_(iids))))
    q = q.order_by(documents.c.published.is_(None), documents.c.published, documents.c.id)
    yield from session.execute(q).scalars()


def document_json(rows: Rows, include_text: bool = True) -> dict[str, Any]:
    """The stored document's contract JSON (``codec.from_rows``); each actor gains
    ``actor``, the key of the cross-article actor it was merged into."""
    d = from_rows(rows).to_dict(include_text)
    keys = {r["local_id"]: r["actor_key"] for r in rows.doc_actors}
    for a in d["actors"]:
        a["actor"] = keys[a["id"]]
    return d


def load_documents(session: Session, ids: list[str],
                   include_text: bool = True) -> list[dict[str, Any]]:
    """The contract JSON of each stored document, in the order of ``ids``."""
    found = load_rows(session, ids)
    return [document_json(found[i], include_text) for i in ids if i in found]


def iter_rows(session: Session, flt: Filters = NO_FILTERS, *, actor: str | None = None,
              issue: str | None = None) -> Iterator[Rows]:
    """The stored rows of each document a filter selects, oldest first, read in batches."""
    ids = list(document_ids(session, flt, actor=actor, issue=issue))
    for i in range(0, len(ids), BATCH):
        chunk = ids[i:i + BATCH]
        found = load_rows(session, chunk)
        yield from (found[d] for d in chunk if d in found)


def iter_documents(session: Session, flt: Filters = NO_FILTERS, *, actor: str | None = None,
                   issue: str | None = None,
                   include_text: bool = True) -> Iterator[dict[str, Any]]:
    for rows in iter_rows(session, flt, actor=actor, issue=issue):
        yield document_json(rows, include_text)


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
        q = q.where(claim_speakers.c.actor_id.in_(actor_ids(session, actor)))
    if issue is not None:
        q = q.where(claims.c.issue_id.in_(issue_ids(session, issue)))
    q = q.order_by(claims.c.published.is_(None), claims.c.published, claims.c.document_id,
                   claims.c.position, claim_speakers.c.position)
    for r in session.execute(q).mappings():
        c = claim_from_row(r, [])
        yield {"document_id": r["document_id"],
               "published": r["published"].isoformat() if r["published"] else "",
               "source": r["source"], "url": r["url"] or "", "title": r["title"] or "",
               "actor": r["actor_name"], "actor_key": r["actor_key"], "kind": r["actor_kind"],
               "role": r["actor_role"] or "", "country": r["actor_country"] or "",
               "stance": c.stance, "issue": r["issue_label"], "target": c.target,
               "predicate": c.predicate, "conditions": "; ".join(c.conditions),
               "quote": c.quote, "confidence": c.confidence, "evidence": c.evidence.text,
               "evidence_start": c.evidence.start, "evidence_end": c.evidence.end}


def write_csv(session: Session, out: IO[str], flt: Filters = NO_FILTERS, *,
              actor: str | None = None, issue: str | None = None) -> int:
    w = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    n = 0
    for rec in claim_records(session, flt, actor=actor, issue=issue):
        w.writerow(rec)
        n += 1
    return n


def write_plover(session: Session, out: IO[str], flt: Filters = NO_FILTERS, *,
                 actor: str | None = None, issue: str | None = None) -> int:
    """PLOVER event records (``stancemap.export.plover``) as JSON Lines; returns the count."""
    from stancemap.export.plover import plover_records  # another module owns the mapping

    n = 0
    for rows in iter_rows(session, flt, actor=actor, issue=issue):
        for rec in plover_records(from_rows(rows)):
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
        cls = stance_class(r["stance"], r["conditions"])
        if cls != r["stance"]:  # also counted by class: support_if, oppose_unless
            edges[(a, i)][cls] += 1
    for (a, i), c in edges.items():
        net = c["support"] - c["oppose"]
        g.add_edge(a, i, weight=sum(c[s] for s in ("support", "oppose", "neutral")),
                   support=c["support"], oppose=c["oppose"], neutral=c["neutral"],
                   support_if=c["support_if"], oppose_unless=c["oppose_unless"], net=net,
                   stance="support" if net > 0 else "oppose" if net < 0 else "mixed")
    return g


def agreement_graph(session: Session, flt: Filters = NO_FILTERS, *, issue: str | None = None):
    """The actor–actor agreement network of :func:`stancemap.questions.agreement` as a
    networkx graph: nodes keyed by store actor id (namesakes stay apart), named by label."""
    import networkx as nx

    net = agreement(session, flt, issue)
    g = nx.Graph()
    for n in net.nodes:
        g.add_node(f"actor:{n.actor.id}", label=n.actor.name, kind=n.kind, claims=n.claims,
                   stance=n.side)
    for e in net.edges:
        g.add_edge(f"actor:{e.source}", f"actor:{e.target}", weight=e.weight, agree=e.agree,
                   disagree=e.disagree, issues="; ".join(i.label for i in e.issues))
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
