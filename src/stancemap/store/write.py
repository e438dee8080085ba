"""Writing documents into the store, in the caller's transaction.

``store_documents`` is the only writer of document rows: the codec (``codec.to_rows``) maps
the document's fields to rows; this resolves the article's actors to cross-article actors
and its claims to issues, adds those ids, then inserts everything. The caller owns the
transaction, so a crash at any point leaves either the whole document or nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, text, update

from stancemap.model import Document
from stancemap.store import rollup
from stancemap.store.codec import Rows, to_rows
from stancemap.store.db import copy_rows, one_of
from stancemap.store.identity import (
    Candidate,
    Pins,
    actor_keys,
    choose,
    fold,
    lookup_keys,
    name_tokens,
    slug,
)
from stancemap.store.issue_finder import IssueFinder
from stancemap.store.issues import IssueRules
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
from stancemap.store.tables import (
    actor_keys as actor_keys_t,
)


@dataclass(frozen=True)
class Checked:
    """A contract document already read into a ``Document`` by the check before the write
    (``ingest.parse_checked``), kept with its JSON, so the writer does not read it again."""

    document: Document
    json: Mapping[str, Any]


@dataclass
class Stored:
    """What one write added."""

    document_id: str
    claims: int
    events: int
    actors: int


def stored_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    ids = list(ids)
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        found |= set(conn.scalars(
            select(documents.c.id).where(one_of(conn, documents.c.id, chunk))))
    return found


class Resolver:
    """Finds or creates the cross-article actors for one article's actors (within ``conn``).

    One query fetches every candidate for the whole article; keys and aliases are written
    in one batch at the end (``flush``).
    """

    def __init__(self, conn: Connection, pins: Pins) -> None:
        self.conn = conn
        self.pins = pins
        self.cands: dict[int, Candidate] = {}
        self.holders: dict[str, set[int]] = {}  # key → candidates holding it
        self.new_keys: set[tuple[str, int]] = set()
        self.new_aliases: dict[tuple[int, str], str] = {}
        # actors to create, under provisional (negative) ids until ``_create_pending``
        self.deferred = False
        self.pending: dict[int, tuple[Candidate, dt.date | None, set[str]]] = {}

    def fetch(self, keys: set[str]) -> bool:
        """Load the actors holding any of ``keys`` (with those keys) into the candidates;
        whether any was not a candidate yet."""
        if not keys:
            return False
        hits = self.conn.execute(select(actor_keys_t.c.actor_id, actor_keys_t.c.key)
                                 .where(one_of(self.conn, actor_keys_t.c.key, sorted(keys)))).all()
        missing = sorted({h.actor_id for h in hits} - set(self.cands))
        if missing:
            for r in self.conn.execute(
                    select(actors).where(one_of(self.conn, actors.c.id, missing))):
                self.cands[r.id] = Candidate(r.id, r.name, r.kind, r.role, r.country,
                                             last_seen=r.last_seen)
            if self.pins.splits:
                for r in self.conn.execute(select(actor_aliases).where(
                        one_of(self.conn, actor_aliases.c.actor_id, missing))):
                    self.cands[r.actor_id].aliases.add(r.alias)
        for h in hits:
            self.cands[h.actor_id].keys.add(h.key)
            self.holders.setdefault(h.key, set()).add(h.actor_id)
        return bool(missing)

    def resolve_all(self, items: list[Mapping[str, Any]], published: dt.date | None) -> list[int]:
        """The ``actors.id`` of each article actor, in order; then ``flush``es."""
        return self.resolve_docs([(items, published)])[0]

    def resolve_docs(self, docs: list[tuple[list[Mapping[str, Any]], dt.date | None]]
                     ) -> list[list[int]]:
        """:meth:`resolve_all` for several articles (their actors, their date) in turn, with
        one query for every candidate of the batch and one ``flush``."""
        wanted: set[str] = set()
        for items, _ in docs:
            for a in items:
                aliases = [x for x in a.get("aliases") or [] if x]
                wanted |= lookup_keys(a["name"], a["kind"], a.get("country"), aliases)
                pinned = self.pins.merge_for([a["name"], *aliases])
                if pinned is not None:
                    wanted.add(f"pin:{fold(pinned[0])}")
        self.fetch(wanted)
        # new actors are made in bulk at the end (a few statements instead of three round
        # trips each); if another writer committed a match meanwhile, resolve again one by one
        self.deferred = True
        ids = [[self.resolve(a, published) for a in items] for items, published in docs]
        self.deferred = False
        if self.pending:
            # the keys taken are read before the second look for matches: a writer that
            # commits a match between the two is found by the look; one that commits after
            # it holds a key this batch then takes too, so the insert fails on the unique
            # key and the batch is tried again. Read the other way round, a match committed
            # in between made this batch create its namesake under the next free key.
            options = {i: new_keys(c.name, c.kind, c.country)
                       for i, (c, _, _) in self.pending.items()}
            taken = set(self.key_holders(sorted({k for o in options.values() for k in o})))
            if self.fetch(set().union(*(look for _, _, look in self.pending.values()))):
                self._forget_pending()
                ids = [[self.resolve(a, published) for a in items] for items, published in docs]
            else:
                real = self._create_pending(options, taken)
                ids = [[real.get(i, i) for i in row] for row in ids]
        self.flush()
        return ids

    def _forget_pending(self) -> None:
        """Drop the provisional actors and everything recorded under their ids."""
        gone = set(self.pending)
        self.pending.clear()
        for i in gone:
            self.cands.pop(i, None)
        for held in self.holders.values():
            held -= gone
        self.new_keys = {(k, i) for k, i in self.new_keys if i not in gone}
        self.new_aliases = {(i, a): n for (i, a), n in self.new_aliases.items() if i not in gone}

    def _create_pending(self, options: dict[int, list[str]], taken: set[str]) -> dict[int, int]:
        """Insert the provisional actors (one batch of rows), each under the first of its
        ``options`` of key not ``taken``; their real ids, by provisional id, swapped in
        everywhere."""
        chosen: dict[int, str | None] = {}
        for i in sorted(self.pending, reverse=True):  # creation order: -1, -2, …
            key = next((k for k in options[i] if k not in taken), None)
            if key is not None:
                taken.add(key)
            chosen[i] = key
        order = sorted(self.pending, reverse=True)
        if self.conn.dialect.name == "postgresql":
            seq = func.pg_get_serial_sequence(actors.name, "id")
            new_ids = list(self.conn.scalars(select(func.nextval(seq))
                                             .select_from(func.generate_series(1, len(order)))))
        else:
            new_ids = [self.conn.execute(insert(actors).values(
                key=f"new-{uuid.uuid4().hex}", name="", kind="person", n_documents=0
            ).returning(actors.c.id)).scalar_one() for _ in order]
        real = dict(zip(order, new_ids, strict=True))
        rows = []
        for i in order:
            c, published, _ = self.pending[i]
            key = chosen[i] or f"{options[i][-1]}-{real[i]}"  # a namesake: the id makes it unique
            rows.append({"id": real[i], "key": key, "name": c.name, "kind": c.kind,
                         "role": c.role, "country": c.country, "n_documents": 0,
                         "first_seen": published, "last_seen": published})
        if self.conn.dialect.name == "postgresql":
            copy_rows(self.conn, actors, rows)
        else:
            self.conn.execute(update(actors).where(actors.c.id == bindparam("aid")).values(
                key=bindparam("k"), name=bindparam("nm"), kind=bindparam("kd"),
                role=bindparam("rl"), country=bindparam("ct"), first_seen=bindparam("fs"),
                last_seen=bindparam("ls")),
                [{"aid": r["id"], "k": r["key"], "nm": r["name"], "kd": r["kind"],
                  "rl": r["role"], "ct": r["country"], "fs": r["first_seen"],
                  "ls": r["last_seen"]} for r in rows])
        self.pending.clear()
        for old, new in real.items():
            c = self.cands.pop(old)
            c.id = new
            self.cands[new] = c
        for held in self.holders.values():
            for old in held & set(real):
                held.discard(old)
                held.add(real[old])
        self.new_keys = {(k, real.get(i, i)) for k, i in self.new_keys}
        self.new_aliases = {(real.get(i, i), a): n for (i, a), n in self.new_aliases.items()}
        return real

    def resolve(self, a: Mapping[str, Any], published: dt.date | None) -> int:
        """The ``actors.id`` for article actor ``a`` among the fetched candidates."""
        name, kind = a["name"], a["kind"]
        role, country = a.get("role"), a.get("country")
        aliases = [x for x in a.get("aliases") or [] if x]
        keys = actor_keys(name, kind, country, aliases)
        pinned = self.pins.merge_for([name, *aliases])
        pin_key = f"pin:{fold(pinned[0])}" if pinned is not None else ""
        lookup = {pin_key, *lookup_keys(name, kind, country, aliases)} - {""}
        display = pinned[0] if pinned is not None else name
        if pinned is not None:
            keys.add(pin_key)
        chosen = self.pick(name, kind, role, country, aliases, lookup, pin_key)
        made = False
        if chosen is None and self.deferred:
            chosen = Candidate(-(len(self.pending) + 1), display, kind, role, country,
                               last_seen=published)
            self.cands[chosen.id] = chosen
            self.pending[chosen.id] = (chosen, published, lookup)
        elif chosen is None:
            options = new_keys(display, kind, country)
            held = self.key_holders(options)  # before the look, as in ``resolve_docs``
            if self.fetch(lookup):
                # another writer committed a match since the batch's ``fetch``: take it
                # rather than make a namesake of it
                chosen = self.pick(name, kind, role, country, aliases, lookup, pin_key)
            if chosen is None:
                chosen = self.create(display, kind, role, country, published,
                                     next((k for k in options if k not in held), None))
                made = True
        if not made:
            self.enrich(chosen, name, role, country, published, pinned is not None)
        self.new_keys |= {(k, chosen.id) for k in keys - chosen.keys}  # not stored yet
        chosen.keys |= keys
        for k in keys:
            self.holders.setdefault(k, set()).add(chosen.id)
        chosen.aliases |= {name, *aliases}
        for n in (name, *aliases):
            if fold(n):
                self.new_aliases[(chosen.id, n[:300])] = fold(n)[:300]
        return chosen.id

    def pick(self, name: str, kind: str, role: str | None, country: str | None,
             aliases: list[str], lookup: set[str], pin_key: str) -> Candidate | None:
        """The fetched candidate ``a`` is, if any: only candidates sharing one of its
        ``lookup`` keys are looked at; a pinned actor is the one holding the pin."""
        sharing = set().union(*(self.holders.get(k, ()) for k in lookup))
        # stored actors oldest first, then the ones this batch is about to create
        pool = [self.cands[i] for i in sorted(sharing, key=lambda i: (i < 0, abs(i)))
                if i in self.cands]
        if pin_key:
            return next((c for c in pool if pin_key in c.keys), None)
        return choose(name, kind, role, country, aliases, pool, self.pins)

    def key_holders(self, keys: list[str]) -> dict[str, int]:
        """Which of ``keys`` are some actor's ``actors.key``, and whose."""
        return {r.key: r.id for r in self.conn.execute(
            select(actors.c.id, actors.c.key).where(one_of(self.conn, actors.c.key, keys)))}

    def flush(self) -> None:
        copy_rows(self.conn, actor_keys_t,
                  [{"key": k, "actor_id": i} for k, i in sorted(self.new_keys)],
                  ignore_conflicts=True)
        copy_rows(self.conn, actor_aliases, [
            {"actor_id": i, "alias": a, "norm": n} for (i, a), n in self.new_aliases.items()],
            ignore_conflicts=True)
        self.new_keys.clear()
        self.new_aliases.clear()

    def create(self, name: str, kind: str, role: str | None, country: str | None,
               published: dt.date | None, key: str | None) -> Candidate:
        """A new actor under ``key`` (one of :func:`new_keys`), or a namesake's key made
        unique by its id when ``key`` is None."""
        actor_id = self.conn.execute(insert(actors).values(
            key=key or f"new-{uuid.uuid4().hex}", name=name, kind=kind, role=role,
            country=country, n_documents=0, first_seen=published, last_seen=published,
        ).returning(actors.c.id)).scalar_one()
        if key is None:  # a namesake: the id makes the key unique
            self.conn.execute(update(actors).where(actors.c.id == actor_id).values(
                key=f"{new_keys(name, kind, country)[-1]}-{actor_id}"))
        c = Candidate(actor_id, name, kind, role, country, last_seen=published)
        self.cands[actor_id] = c
        return c

    def enrich(self, c: Candidate, name: str, role: str | None, country: str | None,
               published: dt.date | None, pinned: bool) -> None:
        """A full name replaces a lone surname; newer roles replace older; gaps get filled."""
        values: dict[str, Any] = {}
        if not pinned and c.kind == "person" \
                and len(name_tokens(name)) > len(name_tokens(c.name)) == 1:
            values["name"] = c.name = name
        if country and not c.country:
            values["country"] = c.country = country
        if role and role != c.role and (not c.role or (published and (
                c.last_seen is None or published >= c.last_seen))):
            values["role"] = c.role = role
        if values and c.id > 0:  # a provisional actor is inserted with these values
            self.conn.execute(update(actors).where(actors.c.id == c.id).values(**values))


def new_keys(name: str, kind: str, country: str | None) -> list[str]:
    """The ``actors.key`` a new actor takes, in order of preference: its name's slug, else
    the slug and its country (or kind)."""
    base = slug(name)
    return [base, f"{base}-{(country or kind).lower()}"]


def touch_actors(conn: Connection, ids: list[int], published: dt.date | None) -> None:
    """Count one more document for each actor and widen its first/last-seen dates."""
    touch_many(conn, [(ids, published)])


def touch_many(conn: Connection, seen: Iterable[tuple[Iterable[int], dt.date | None]]) -> None:
    """For each (actor ids, date) of a batch of documents: count the documents each actor
    is in and widen its first/last-seen dates, one update per actor, in id order (so two
    writers touching the same actors queue rather than deadlock)."""
    n: Counter[int] = Counter()
    lo: dict[int, dt.date] = {}
    hi: dict[int, dt.date] = {}
    for ids, published in seen:
        for a in set(ids):
            n[a] += 1
            if published is not None:
                lo[a] = min(lo.get(a, published), published)
                hi[a] = max(hi.get(a, published), published)
    if not n:
        return
    if conn.dialect.name == "postgresql":
        _touch_pg(conn, sorted(n), n, lo, hi)
        return
    dated = [{"aid": a, "n": n[a], "lo": lo[a], "hi": hi[a]} for a in sorted(n) if a in lo]
    plain = [{"aid": a, "n": n[a]} for a in sorted(n) if a not in lo]
    where = actors.c.id == bindparam("aid")
    if dated:
        conn.execute(update(actors).where(where).values(
            n_documents=actors.c.n_documents + bindparam("n"),
            first_seen=func.coalesce(rollup.least(conn, actors.c.first_seen, bindparam("lo")),
                                     bindparam("lo")),
            last_seen=func.coalesce(
                rollup.greatest(conn, actors.c.last_seen, bindparam("hi")),
                bindparam("hi"))), dated)
    if plain:
        conn.execute(update(actors).where(where).values(
            n_documents=actors.c.n_documents + bindparam("n")), plain)


def _touch_pg(conn: Connection, ids: list[int], n: Counter[int], lo: dict[int, dt.date],
              hi: dict[int, dt.date]) -> None:
    """:func:`touch_many` in two statements: the rows locked in id order (two writers queue
    rather than deadlock), then one UPDATE from arrays (LEAST/GREATEST skip NULLs). The lock
    is FOR NO KEY UPDATE, as the UPDATE's own: another writer's foreign-key checks on these
    actors (its ``doc_actors`` rows) do not wait for it."""
    conn.execute(text("SELECT 1 FROM actors WHERE id = ANY(:ids) ORDER BY id "
                      "FOR NO KEY UPDATE"),
                 {"ids": ids})
    conn.execute(text(
        "UPDATE actors SET n_documents = actors.n_documents + u.n, "
        "first_seen = LEAST(actors.first_seen, u.lo), last_seen = GREATEST(actors.last_seen, u.hi) "
        "FROM unnest(CAST(:ids AS integer[]), CAST(:ns AS integer[]), CAST(:los AS date[]), "
        "CAST(:his AS date[])) AS u(aid, n, lo, hi) WHERE actors.id = u.aid"),
        {"ids": ids, "ns": [n[a] for a in ids], "los": [lo.get(a) for a in ids],
         "his": [hi.get(a) for a in ids]})


def store_document(conn: Connection, doc: Document | Checked | Mapping[str, Any], pins: Pins,
                   rules: IssueRules, finder: IssueFinder | None = None) -> Stored | None:
    """Insert ``doc`` (a Document, its contract JSON with ``text``, or that JSON already
    read, ``Checked``); None when it is already stored. See :func:`store_documents`."""
    return store_documents(conn, [doc], pins, rules, finder)[0]


def store_documents(conn: Connection, docs: Sequence[Document | Checked | Mapping[str, Any]],
                    pins: Pins, rules: IssueRules, finder: IssueFinder | None = None
                    ) -> list[Stored | None]:
    """Insert a batch of documents in the caller's transaction: what each added, or None for
    one already stored (by text hash, also twice in the batch). The rows come from the
    codec; this adds what the store assigns (actor and issue ids). Each table gets one
    multi-row statement for the whole batch, so a batch costs about as many round trips as
    one document.

    ``finder`` places claims on issues and may be kept across batches; the caller tells it
    ``committed()`` after the transaction commits (or ``discard()`` when it fails).
    """
    parsed = [_parsed(d) for d in docs]
    taken = stored_ids(conn, [d.document.id for d, _ in parsed])
    out: list[Stored | None] = []
    batch: list[tuple[Document, Rows]] = []
    said: list[list[Mapping[str, Any]]] = []  # each one's claims as contract JSON
    for d, given in parsed:
        if d.document.id in taken:
            out.append(None)
            continue
        taken.add(d.document.id)
        batch.append((d, to_rows(d)))
        said.append(given["claims"] if given is not None else [asdict(c) for c in d.claims])
        out.append(Stored(d.document.id, len(d.claims), len(d.events), len(d.actors)))
    if not batch:
        return out
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    copy_rows(conn, documents, [{**r.document, "ingested_at": now} for _, r in batch])
    resolver = Resolver(conn, pins)
    actor_ids = resolver.resolve_docs([(r.doc_actors, r.document["published"]) for _, r in batch])
    actor_of = [r.actor_map(ids) for (_, r), ids in zip(batch, actor_ids, strict=True)]
    copy_rows(conn, doc_actors, [row for (_, r), ids in zip(batch, actor_ids, strict=True)
                               for row in r.linked_actors(ids)])
    _store_claims(conn, batch, said, actor_of, finder or IssueFinder(rules))
    _store_events(conn, batch, actor_of)
    # the shared rows (actors, roll-ups) last: another writer waits for them only from
    # here to the commit
    touch_many(conn, [(ids, r.document["published"])
                      for (_, r), ids in zip(batch, actor_ids, strict=True)])
    rollup.add_documents(conn, [d.document.id for d, _ in batch])
    return out


def _parsed(doc: Document | Checked | Mapping[str, Any]
            ) -> tuple[Document, Mapping[str, Any] | None]:
    """The document and its contract JSON when given."""
    if isinstance(doc, Document):
        return doc, None
    if isinstance(doc, Checked):
        return doc.document, doc.json
    return Document.from_dict(doc), doc


def _store_claims(conn: Connection, batch: list[tuple[Document, Rows]],
                  said: list[list[Mapping[str, Any]]], actor_of: list[dict[str, int]],
                  finder: IssueFinder) -> None:
    """Claims of the batch on their issues, with their speakers; issue sizes updated.
    ``said``: each document's claims as contract JSON, in ``batch`` order."""
    rows: list[dict[str, Any]] = []
    counts: Counter[int] = Counter()
    placed = [(d, r, items) for (d, r), items in zip(batch, said, strict=True) if r.claims]
    vectors = finder.vectors([(items, d.document.title) for d, _, items in placed])
    for (d, r, items), vecs in zip(placed, vectors, strict=True):
        issue_ids = finder.assign(conn, items, d.document.title, write=False, vectors=vecs)
        rows += r.linked_claims(issue_ids)
        counts.update(issue_ids)
    finder.write_vectors(conn)
    if not rows:
        return
    ids = _insert_returning_ids(conn, claims, rows)
    copy_rows(conn, claim_speakers, _children(batch, actor_of, ids, "claims",
                                              Rows.linked_speakers))
    conn.execute(update(issues).where(issues.c.id == bindparam("iid"))
                 .values(n_claims=issues.c.n_claims + bindparam("n")),
                 [{"iid": iid, "n": n} for iid, n in sorted(counts.items())])


def _store_events(conn: Connection, batch: list[tuple[Document, Rows]],
                  actor_of: list[dict[str, int]]) -> None:
    """Events of the batch with their participants."""
    rows = [row for (_, r), links in zip(batch, actor_of, strict=True)
            for row in r.linked_events(links)]
    if not rows:
        return
    ids = _insert_returning_ids(conn, events, rows)
    copy_rows(conn, event_participants, _children(batch, actor_of, ids, "events",
                                                  Rows.linked_participants))


def _children(batch: list[tuple[Document, Rows]], actor_of: list[dict[str, int]],
              ids: list[int], parents: str, link: Any) -> list[dict[str, Any]]:
    """The child rows (speakers, participants) of the batch's ``parents`` rows (claims,
    events), inserted as one list whose new ``ids`` are cut back into each document's."""
    out: list[dict[str, Any]] = []
    at = 0
    for (_, r), links in zip(batch, actor_of, strict=True):
        n = len(getattr(r, parents))
        out += link(r, ids[at:at + n], links)
        at += n
    return out


def _insert_returning_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows``; their new ids, in the same order. On PostgreSQL the ids are drawn
    from the table's sequence first and the rows copied in (a multi-row INSERT … RETURNING
    is a new, long statement for the driver to parse each time)."""
    if conn.dialect.name != "postgresql":
        return list(conn.execute(insert(table).returning(table.c.id,
                                                         sort_by_parameter_order=True),
                                 rows).scalars().all())
    seq = func.pg_get_serial_sequence(table.name, "id")
    ids = list(conn.scalars(select(func.nextval(seq))
                            .select_from(func.generate_series(1, len(rows)))))
    copy_rows(conn, table, [{**r, "id": i} for r, i in zip(rows, ids, strict=True)])
    return ids
