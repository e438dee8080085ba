"""The one map between a ``Document`` and its store rows, both ways.

Every contract field is mapped to its column here and nowhere else: the writer stores
what ``to_rows`` gives, the exports rebuild documents with ``load_rows`` + ``from_rows``.
Adding a field to claims or events means a column (``tables.py`` and a migration) and one
line each way below.

``Rows`` holds one document's rows table by table, in the document's order. Child rows
(speakers, participants) point to their claim or event by its ``position`` in the document,
and to actors by the article's own actor id (``local_id``), so ``from_rows(to_rows(doc))``
gives ``doc`` back without a database. What the store assigns (row ids, cross-article actor
ids, issue ids) is not part of the document: the writer adds it with the ``linked_*``
methods; ``load_rows`` reads it back beside the document's fields.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from stancemap.model import Actor, Claim, Document, DocumentMeta, Event, Evidence, Span
from stancemap.store.tables import (
    actors,
    claim_speakers,
    claims,
    doc_actors,
    documents,
    event_participants,
    events,
)

Row = dict[str, Any]
CHUNK = 500  # ids per IN (...) when reading child rows


@dataclass
class Rows:
    """One document's rows, table by table (see the module docstring)."""

    document: Row
    doc_actors: list[Row]
    claims: list[Row]
    claim_speakers: list[Row]  # {"claim": claim position, "position", "local_id"}
    events: list[Row]
    event_participants: list[Row]  # {"event": event position, "position", "local_id"}

    def actor_map(self, actor_ids: Sequence[int]) -> dict[str, int]:
        """The article's actor ids → the store's actor ids (given in ``doc_actors`` order)."""
        return {r["local_id"]: i for r, i in zip(self.doc_actors, actor_ids, strict=True)}

    def linked_actors(self, actor_ids: Sequence[int]) -> list[Row]:
        return [{**r, "actor_id": i} for r, i in zip(self.doc_actors, actor_ids, strict=True)]

    def linked_claims(self, issue_ids: Sequence[int]) -> list[Row]:
        return [{**r, "issue_id": i} for r, i in zip(self.claims, issue_ids, strict=True)]

    def linked_speakers(self, claim_ids: Sequence[int], actor_of: Mapping[str, int]) -> list[Row]:
        return _linked_children(self.claim_speakers, "claim", claim_ids, actor_of)

    def linked_events(self, actor_of: Mapping[str, int]) -> list[Row]:
        return [{**r, "convener_id": actor_of[r["convener_local"]]
                 if r["convener_local"] else None} for r in self.events]

    def linked_participants(self, event_ids: Sequence[int],
                            actor_of: Mapping[str, int]) -> list[Row]:
        return _linked_children(self.event_participants, "event", event_ids, actor_of)


def _linked_children(rows: list[Row], parent: str, parent_ids: Sequence[int],
                     actor_of: Mapping[str, int]) -> list[Row]:
    """Child rows with their parent's row id (``claim_id``/``event_id``) and actor id."""
    return [{f"{parent}_id": parent_ids[r[parent]], "position": r["position"],
             "local_id": r["local_id"], "actor_id": actor_of[r["local_id"]]} for r in rows]


# ------------------------------------------------------------------ Document → rows


def as_date(value: str | None) -> dt.date | None:
    """A contract date (YYYY-MM-DD) as a ``date``; None when missing or not a real day."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def to_rows(doc: Document) -> Rows:
    """Every table's rows for ``doc``, without the keys the store assigns."""
    meta = doc.document
    published = as_date(meta.published)
    return Rows(
        document=document_row(doc),
        doc_actors=[actor_row(meta.id, pos, a) for pos, a in enumerate(doc.actors)],
        claims=[claim_row(meta.id, pos, c, published) for pos, c in enumerate(doc.claims)],
        claim_speakers=_children("claim", (c.speakers for c in doc.claims)),
        events=[event_row(meta.id, pos, e, published) for pos, e in enumerate(doc.events)],
        event_participants=_children("event", (e.participants for e in doc.events)),
    )


def document_row(doc: Document) -> Row:
    m = doc.document
    return {"id": m.id, "source": m.source, "title": m.title, "url": m.url,
            "published": as_date(m.published), "language": m.language, "text": doc.text,
            "n_actors": len(doc.actors), "n_claims": len(doc.claims),
            "n_events": len(doc.events)}


def actor_row(doc_id: str, pos: int, a: Actor) -> Row:
    return {"document_id": doc_id, "position": pos, "local_id": a.id, "name": a.name,
            "kind": a.kind, "role": a.role, "country": a.country, "aliases": list(a.aliases),
            "mentions": [{"start": m.start, "end": m.end} for m in a.mentions]}


def claim_row(doc_id: str, pos: int, c: Claim, published: dt.date | None) -> Row:
    return {"document_id": doc_id, "position": pos, "local_id": c.id, "published": published,
            "speaker_text": c.speaker_text, "predicate": c.predicate, "stance": c.stance,
            "target": c.target, "issue": c.issue, "topic": c.topic,
            "conditions": list(c.conditions), "quote": c.quote,
            **evidence_columns(c.evidence), "confidence": float(c.confidence)}


def event_row(doc_id: str, pos: int, e: Event, published: dt.date | None) -> Row:
    return {"document_id": doc_id, "position": pos, "local_id": e.id, "published": published,
            "kind": e.kind, "plover": e.plover, "description": e.description,
            "location": e.location, "date": as_date(e.date), "date_text": e.date_text,
            "status": e.status, "convener_local": e.convener,
            "recipients": list(e.recipients), "mode": e.mode, **evidence_columns(e.evidence)}


def evidence_columns(ev: Evidence) -> Row:
    return {"evidence_start": ev.start, "evidence_end": ev.end, "evidence_text": ev.text}


def _children(parent: str, lists: Iterable[list[str]]) -> list[Row]:
    return [{parent: pos, "position": i, "local_id": local}
            for pos, ids in enumerate(lists) for i, local in enumerate(ids)]


# ------------------------------------------------------------------ rows → Document


def from_rows(rows: Rows) -> Document:
    """The ``Document`` stored as ``rows``; store-assigned columns are ignored."""
    speakers = _grouped(rows.claim_speakers, "claim")
    parts = _grouped(rows.event_participants, "event")
    return Document(
        document=meta_from_row(rows.document), text=rows.document["text"],
        actors=[actor_from_row(r) for r in _in_order(rows.doc_actors)],
        claims=[claim_from_row(r, speakers.get(r["position"], []))
                for r in _in_order(rows.claims)],
        events=[event_from_row(r, parts.get(r["position"], []))
                for r in _in_order(rows.events)],
    )


def meta_from_row(r: Mapping[str, Any]) -> DocumentMeta:
    return DocumentMeta(id=r["id"], source=r["source"], title=r["title"],
                        published=_iso(r["published"]), url=r["url"], language=r["language"])


def actor_from_row(r: Mapping[str, Any]) -> Actor:
    return Actor(id=r["local_id"], name=r["name"], kind=r["kind"], role=r["role"],
                 country=r["country"], aliases=list(r["aliases"]),
                 mentions=[Span(m["start"], m["end"]) for m in r["mentions"]])


def claim_from_row(r: Mapping[str, Any], speakers: list[str]) -> Claim:
    """A claim from its ``claims`` row and its speakers' article actor ids, in order."""
    return Claim(id=r["local_id"], speakers=list(speakers), speaker_text=r["speaker_text"],
                 predicate=r["predicate"], stance=r["stance"], target=r["target"],
                 issue=r["issue"], conditions=list(r["conditions"]), quote=r["quote"],
                 evidence=evidence_from_row(r), confidence=r["confidence"], topic=r["topic"])


def event_from_row(r: Mapping[str, Any], participants: list[str]) -> Event:
    """An event from its ``events`` row and its participants' article actor ids, in order.
    Rows stored before recipients were kept (migration 0004) read as having none."""
    return Event(id=r["local_id"], kind=r["kind"], plover=r["plover"],
                 description=r["description"], location=r["location"], date=_iso(r["date"]),
                 date_text=r["date_text"], status=r["status"], participants=list(participants),
                 convener=r["convener_local"], evidence=evidence_from_row(r),
                 recipients=list(r["recipients"] or []), mode=r["mode"])


def evidence_from_row(r: Mapping[str, Any]) -> Evidence:
    return Evidence(r["evidence_start"], r["evidence_end"], r["evidence_text"])


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _in_order(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: r["position"])


def _grouped(rows: list[Row], parent: str) -> dict[int, list[str]]:
    """Child rows → parent position → article actor ids, in their order."""
    out: dict[int, list[str]] = defaultdict(list)
    for r in sorted(rows, key=lambda r: (r[parent], r["position"])):
        out[r[parent]].append(r["local_id"])
    return out


# ------------------------------------------------------------------ reading stored rows


def load_rows(conn: Connection | Session, ids: Sequence[str]) -> dict[str, Rows]:
    """The stored rows of the documents ``ids`` (those not stored are left out). Each
    ``doc_actors`` row also carries ``actor_key``, the key of its cross-article actor."""
    ids = list(ids)
    if not ids:
        return {}
    out = {r["id"]: Rows(dict(r), [], [], [], [], [])
           for r in conn.execute(select(documents).where(documents.c.id.in_(ids))).mappings()}
    q = (select(doc_actors, actors.c.key.label("actor_key"))
         .join(actors, actors.c.id == doc_actors.c.actor_id)
         .where(doc_actors.c.document_id.in_(ids))
         .order_by(doc_actors.c.document_id, doc_actors.c.position))
    for r in conn.execute(q).mappings():
        out[r["document_id"]].doc_actors.append(dict(r))
    _load_items(conn, out, ids, claims, claim_speakers, "claim")
    _load_items(conn, out, ids, events, event_participants, "event")
    return out


def _load_items(conn: Connection | Session, out: dict[str, Rows], ids: list[str],
                table: Table, children: Table, parent: str) -> None:
    """Claims (or events) of ``ids`` into ``out``, with their speakers (participants)."""
    owner: dict[int, tuple[Rows, int]] = {}
    q = select(table).where(table.c.document_id.in_(ids)).order_by(table.c.document_id,
                                                                    table.c.position)
    for r in conn.execute(q).mappings():
        rows = out[r["document_id"]]
        getattr(rows, table.name).append(dict(r))
        owner[r["id"]] = (rows, r["position"])
    fk = children.c[f"{parent}_id"]
    item_ids = sorted(owner)
    for i in range(0, len(item_ids), CHUNK):
        q = select(children).where(fk.in_(item_ids[i:i + CHUNK])).order_by(
            fk, children.c.position)
        for r in conn.execute(q).mappings():
            rows, pos = owner[r[fk.name]]
            getattr(rows, children.name).append(
                {parent: pos, "position": r["position"], "local_id": r["local_id"],
                 "actor_id": r["actor_id"]})
