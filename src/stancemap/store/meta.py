"""Store settings and rebuilding identities when the user's pins or issue synonyms change."""

from __future__ import annotations

from sqlalchemy import Connection, delete, func, select, text, update

from stancemap.store import rollup
from stancemap.store.db import Store, StoreError, explain, insert_ignore, patiently
from stancemap.store.identity import Pins
from stancemap.store.issue_finder import IssueFinder
from stancemap.store.issues import IssueRules
from stancemap.store.tables import (
    actor_aliases,
    actor_keys,
    actors,
    claims,
    doc_actors,
    documents,
    issue_edits,
    issues,
    meta,
)
from stancemap.store.write import Resolver, touch_actors

PINS_KEY, ISSUES_KEY = "pins_digest", "issues_digest"


def get_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(meta).where(meta.c.key == key))
    insert_ignore(conn, meta, [{"key": key, "value": value}])


def check_rules(store: Store, pins: Pins, rules: IssueRules) -> str | None:
    """Record the rules an empty store is built with; say so when a store was built with
    other ones (``stancemap remerge`` applies the new ones to stored documents)."""
    return patiently(store, lambda: _check_rules(store, pins, rules))


def _check_rules(store: Store, pins: Pins, rules: IssueRules) -> str | None:
    try:
        with store.writer().begin() as conn:
            empty = conn.execute(select(documents.c.id).limit(1)).first() is None
            old_p, old_i = get_meta(conn, PINS_KEY), get_meta(conn, ISSUES_KEY)
            if empty or old_p is None:
                set_meta(conn, PINS_KEY, pins.digest)
                set_meta(conn, ISSUES_KEY, rules.digest)
                return None
    except Exception as exc:
        raise StoreError(explain(exc, store.url)) from exc
    if old_p != pins.digest or old_i != rules.digest:
        return ("the pins or issue synonyms differ from those this store was built with; "
                "new documents use the new ones — run `stancemap remerge` with the same "
                "--pins/--issues to apply them to stored documents too")
    return None


def counts(conn: Connection) -> dict[str, int]:
    return {"actors": conn.execute(select(func.count()).select_from(actors)).scalar_one(),
            "issues": conn.execute(select(func.count()).select_from(issues)).scalar_one()}


def rebuild(store: Store, pins: Pins, rules: IssueRules) -> tuple[dict, dict]:
    """Re-resolve every stored article actor and claim issue, in one transaction (waiting
    out another writer first, as ingest does)."""
    return patiently(store, lambda: _rebuild(store, pins, rules))


def _rebuild(store: Store, pins: Pins, rules: IssueRules) -> tuple[dict, dict]:
    try:
        with store.writer().begin() as conn:
            before = counts(conn)
            _rebuild_actors(conn, pins)
            _rebuild_issues(conn, rules)
            rollup.rebuild(conn)
            set_meta(conn, PINS_KEY, pins.digest)
            set_meta(conn, ISSUES_KEY, rules.digest)
            return before, counts(conn)
    except StoreError:
        raise
    except Exception as exc:
        raise StoreError(explain(exc, store.url)) from exc


def _rebuild_actors(conn: Connection, pins: Pins) -> None:
    old_max = conn.execute(select(func.max(actors.c.id))).scalar() or 0
    conn.execute(delete(actor_keys))
    conn.execute(delete(actor_aliases))
    conn.execute(update(actors).values(key=func.concat("old-", actors.c.id))
                 if conn.dialect.name == "postgresql"
                 else update(actors).values(key="old-" + actors.c.id.cast(actors.c.key.type)))
    docs = conn.execute(select(documents.c.id, documents.c.published).order_by(
        documents.c.published.is_(None), documents.c.published, documents.c.id)).all()
    for d in docs:
        rows = conn.execute(select(doc_actors).where(doc_actors.c.document_id == d.id)
                            .order_by(doc_actors.c.position)).mappings().all()
        resolver = Resolver(conn, pins)
        new_ids = resolver.resolve_all([dict(r) for r in rows], d.published)
        for r, aid in zip(rows, new_ids, strict=True):
            conn.execute(update(doc_actors).where(doc_actors.c.id == r["id"])
                         .values(actor_id=aid))
        touch_actors(conn, new_ids, d.published)
    for table, parent in (("claim_speakers", "claims"), ("event_participants", "events")):
        fk = "claim_id" if table == "claim_speakers" else "event_id"
        conn.execute(text(
            f"UPDATE {table} SET actor_id = (SELECT da.actor_id FROM doc_actors da "
            f"JOIN {parent} p ON p.document_id = da.document_id "
            f"WHERE p.id = {table}.{fk} AND da.local_id = {table}.local_id)"))
    conn.execute(text(
        "UPDATE events SET convener_id = (SELECT da.actor_id FROM doc_actors da "
        "WHERE da.document_id = events.document_id AND da.local_id = events.convener_local) "
        "WHERE convener_local IS NOT NULL"))
    conn.execute(delete(actors).where(actors.c.id <= old_max))


def _rebuild_issues(conn: Connection, rules: IssueRules) -> None:
    """Place every stored claim again, article by article in date order, as ingest would:
    users' edits first, then wording, then meaning (``IssueFinder``)."""
    old_max = conn.execute(select(func.max(issues.c.id))).scalar() or 0
    conn.execute(update(issues).values(
        key=func.concat("old-", issues.c.id) if conn.dialect.name == "postgresql"
        else "old-" + issues.c.id.cast(issues.c.key.type)))
    finder = IssueFinder(rules)
    finder.start_empty()
    edits = dict(conn.execute(select(issue_edits.c.claim_id, issue_edits.c.label)).all())
    docs = conn.execute(select(documents.c.id, documents.c.title).order_by(
        documents.c.published.is_(None), documents.c.published, documents.c.id)).all()
    for d in docs:
        rows = conn.execute(select(claims.c.id, claims.c.issue, claims.c.target, claims.c.topic,
                                   claims.c.evidence_text)
                            .where(claims.c.document_id == d.id)
                            .order_by(claims.c.position)).all()
        if not rows:
            continue
        items = [{"issue": r.issue, "target": r.target, "topic": r.topic,
                  "evidence": {"text": r.evidence_text}} for r in rows]
        forced = {i: edits[r.id] for i, r in enumerate(rows) if r.id in edits}
        ids = finder.assign(conn, items, d.title, forced)
        finder.committed()  # one transaction for the whole rebuild: its own writes count
        for r, iid in zip(rows, ids, strict=True):
            conn.execute(update(claims).where(claims.c.id == r.id).values(issue_id=iid))
    conn.execute(delete(issues).where(issues.c.id <= old_max))
    conn.execute(update(issues).values(n_claims=select(func.count()).where(
        claims.c.issue_id == issues.c.id).scalar_subquery()))


def consistency_problems(store: Store) -> list[str]:
    """Every way the stored rows disagree with each other; empty when the store is whole."""
    checks = {
        "documents whose actor count is off": "SELECT count(*) FROM documents d WHERE "
        "n_actors <> (SELECT count(*) FROM doc_actors x WHERE x.document_id = d.id)",
        "documents whose claim count is off": "SELECT count(*) FROM documents d WHERE "
        "n_claims <> (SELECT count(*) FROM claims x WHERE x.document_id = d.id)",
        "documents whose event count is off": "SELECT count(*) FROM documents d WHERE "
        "n_events <> (SELECT count(*) FROM events x WHERE x.document_id = d.id)",
        "claims without speakers": "SELECT count(*) FROM claims c WHERE NOT EXISTS "
        "(SELECT 1 FROM claim_speakers s WHERE s.claim_id = c.id)",
        "actors whose document count is off": "SELECT count(*) FROM actors a WHERE "
        "n_documents <> (SELECT count(DISTINCT document_id) FROM doc_actors x "
        "WHERE x.actor_id = a.id)",
        "issues whose claim count is off": "SELECT count(*) FROM issues i WHERE "
        "n_claims <> (SELECT count(*) FROM claims c WHERE c.issue_id = i.id)",
    }
    found = []
    with store.engine.connect() as conn:
        for what, sql in checks.items():
            n = conn.execute(text(sql)).scalar_one()
            if n:
                found.append(f"{n} {what}")
        if conn.dialect.name == "sqlite":
            ok = conn.execute(text("PRAGMA integrity_check")).scalar_one()
            if ok != "ok":
                found.append(f"integrity_check: {ok}")
            for fts in ("claims_fts", "events_fts"):
                try:
                    conn.execute(text(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')"))
                except Exception as exc:  # noqa: BLE001
                    found.append(f"{fts}: {exc}")
            conn.rollback()
    return found
