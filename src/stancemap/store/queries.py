"""The questions one asks the store, as plain functions returning dataclasses.

Each takes a SQLAlchemy ``Session`` (or ``Connection``) and optional :class:`Filters`
(publication date range, source), and returns dataclasses that ``dataclasses.asdict``
turns into JSON. Nothing here prints; the CLI and the web app format the results.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, Text, and_, cast, distinct, func, literal_column, or_, select, text
from sqlalchemy.orm import Session

from stancemap.store.identity import fold, name_tokens, skeleton, slug
from stancemap.store.issues import IssueRules
from stancemap.store.tables import (
    actor_aliases,
    actor_keys,
    actors,
    claim_speakers,
    claims,
    documents,
    event_participants,
    events,
    issues,
)

STANCE_ORDER = ("support", "support_if", "oppose_unless", "oppose", "neutral")
# how each stance class reads: a condition never hides which way a position goes
STANCE_LABELS = {"support": "supports", "support_if": "supports if…",
                 "oppose_unless": "opposes unless…", "oppose": "opposes", "neutral": "neutral"}


@dataclass(frozen=True)
class Filters:
    """Which documents count: published on or after ``since``, up to ``until`` (inclusive),
    and whose source contains ``source`` (case-insensitive)."""

    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None

    def apply(self, q: Select, date_col: Any, doc_col: Any) -> Select:
        if self.since:
            q = q.where(date_col >= self.since)
        if self.until:
            q = q.where(date_col <= self.until)
        if self.source:
            # the words as written: "%" and "_" are not wildcards
            found = func.lower(documents.c.source).contains(self.source.lower(), autoescape=True)
            q = q.where(doc_col.in_(select(documents.c.id).where(found)))
        return q


NO_FILTERS = Filters()


@dataclass
class ActorInfo:
    id: int
    key: str
    name: str
    kind: str
    role: str | None
    country: str | None
    documents: int
    first_seen: dt.date | None
    last_seen: dt.date | None
    aliases: list[str] = field(default_factory=list)


@dataclass
class IssueInfo:
    id: int
    key: str
    label: str
    claims: int


@dataclass
class Position:
    """One stance an actor took, with where it was said."""

    actor: str
    issue: str
    stance: str
    conditions: list[str]
    predicate: str
    target: str
    date: dt.date | None
    source: str
    title: str | None
    document_id: str
    evidence: str
    quote: str
    confidence: float
    co_speakers: list[str] = field(default_factory=list)


@dataclass
class WhoRow:
    actor: str
    stance: str  # one of STANCE_ORDER: the latest
    claims: int
    support: int  # all supports, with or without conditions
    oppose: int
    neutral: int
    support_if: int  # of the supports, those with conditions
    oppose_unless: int  # of the opposes, those with conditions
    latest: dt.date | None
    conditions: list[str]


@dataclass
class WhoResult:
    query: str
    issues: list[str]
    groups: dict[str, list[WhoRow]]


@dataclass
class MatrixCell:
    actor: str
    issue: str
    support: int
    oppose: int
    neutral: int
    net: int  # support - oppose


@dataclass
class Matrix:
    actors: list[str]
    issues: list[str]
    cells: list[MatrixCell]

    def cell(self, actor: str, issue: str) -> MatrixCell | None:
        for c in self.cells:
            if c.actor == actor and c.issue == issue:
                return c
        return None


@dataclass
class Snapshot:
    stance: str
    conditions: list[str]
    date: dt.date | None
    source: str
    evidence: str


@dataclass
class Change:
    actor: str
    issue: str
    kind: str  # flipped | shifted | gained condition | lost condition
    before: Snapshot
    after: Snapshot


@dataclass
class NetworkNode:
    actor: str
    claims: int
    stance: str


@dataclass
class NetworkEdge:
    source: str
    target: str
    agree: int
    disagree: int
    weight: int  # agree - disagree
    issues: list[str]


@dataclass
class Network:
    issues: list[str]
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


@dataclass
class Hit:
    kind: str  # claim | event
    who: list[str]
    what: str  # stance + target, or event kind + description
    issue: str | None
    evidence: str
    date: dt.date | None
    source: str
    document_id: str


@dataclass
class EventRow:
    kind: str
    plover: str | None
    description: str
    location: str | None
    date: dt.date | None
    date_text: str | None
    status: str
    participants: list[str]
    convener: str | None
    source: str
    document_id: str
    evidence: str


def stance_class(stance: str, conditions: Sequence[str]) -> str:
    """A support with conditions is 'support_if' ("supports if…"), an oppose with
    conditions 'oppose_unless' ("opposes unless…"): the direction stays visible."""
    if conditions and stance in ("support", "oppose"):
        return "support_if" if stance == "support" else "oppose_unless"
    return stance


# ---------------------------------------------------------------- finding actors and issues


def find_actors(session: Session, query: str, limit: int = 20) -> list[ActorInfo]:
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
        actor_aliases.c.norm.like(f"%{norm}%")).limit(200))
    for t in tries:
        ids = set(session.execute(t).scalars())
        if ids:
            return actor_infos(session, ids)[:limit]
    return []


def actor_infos(session: Session, ids: Iterable[int]) -> list[ActorInfo]:
    ids = sorted(set(ids))
    rows = session.execute(select(actors).where(actors.c.id.in_(ids))).all()
    aliases: dict[int, list[str]] = defaultdict(list)
    for r in session.execute(select(actor_aliases.c.actor_id, actor_aliases.c.alias)
                             .where(actor_aliases.c.actor_id.in_(ids))
                             .order_by(actor_aliases.c.alias)):
        aliases[r.actor_id].append(r.alias)
    out = [ActorInfo(r.id, r.key, r.name, r.kind, r.role, r.country, r.n_documents,
                     r.first_seen, r.last_seen, aliases[r.id]) for r in rows]
    return sorted(out, key=lambda a: (-a.documents, a.name))


def list_actors(session: Session, limit: int = 50, kind: str | None = None) -> list[ActorInfo]:
    """The most-mentioned actors."""
    q = select(actors.c.id).order_by(actors.c.n_documents.desc(), actors.c.name).limit(limit)
    if kind:
        q = q.where(actors.c.kind == kind)
    return actor_infos(session, session.execute(q).scalars())


def find_issues(session: Session, query: str, rules: IssueRules | None = None,
                limit: int = 50) -> list[IssueInfo]:
    """Issues whose normalised wording contains every word of ``query``."""
    rules = rules or IssueRules.load(None)
    words = rules.query_words(query)
    if not words:
        return []
    q = select(issues)
    for w in words:
        q = q.where(issues.c.key.like(f"%{w}%"))
    found = []
    for r in session.execute(q.order_by(issues.c.n_claims.desc()).limit(5000)):
        if words <= set(r.key.split()):
            found.append(IssueInfo(r.id, r.key, r.label, r.n_claims))
    if not found:  # fall back to the labels as written
        for r in session.execute(select(issues).where(
                func.lower(issues.c.label).like(f"%{query.lower().strip()}%"))
                .order_by(issues.c.n_claims.desc()).limit(limit)):
            found.append(IssueInfo(r.id, r.key, r.label, r.n_claims))
    return found[:limit]


def list_issues(session: Session, limit: int = 50) -> list[IssueInfo]:
    rows = session.execute(select(issues).order_by(issues.c.n_claims.desc(), issues.c.label)
                           .limit(limit))
    return [IssueInfo(r.id, r.key, r.label, r.n_claims) for r in rows]


# ---------------------------------------------------------------- claims by actor or issue


def _claim_rows(session: Session, filters: Filters, *, actor_ids: Iterable[int] | None = None,
                issue_ids: Iterable[int] | None = None, latest: int | None = None):
    """Claim × speaker rows with actor, issue and document columns, oldest first."""
    q = (select(claim_speakers.c.actor_id, actors.c.name.label("actor"),
                claims.c.id.label("claim_id"), claims.c.issue_id, issues.c.label.label("issue"),
                claims.c.stance, claims.c.conditions, claims.c.predicate, claims.c.target,
                claims.c.published, claims.c.document_id, claims.c.evidence_text,
                claims.c.quote, claims.c.confidence, claims.c.position,
                documents.c.source, documents.c.title)
         .join(claims, claims.c.id == claim_speakers.c.claim_id)
         .join(actors, actors.c.id == claim_speakers.c.actor_id)
         .join(issues, issues.c.id == claims.c.issue_id)
         .join(documents, documents.c.id == claims.c.document_id))
    if actor_ids is not None:
        q = q.where(claim_speakers.c.actor_id.in_(sorted(set(actor_ids))))
    if issue_ids is not None:
        q = q.where(claims.c.issue_id.in_(sorted(set(issue_ids))))
    q = filters.apply(q, claims.c.published, claims.c.document_id)
    if latest is not None:  # the newest ``latest`` rows, still returned oldest first
        q = q.order_by(claims.c.published.is_(None), claims.c.published.desc(),
                       claims.c.document_id.desc(), claims.c.position.desc()).limit(latest)
        return list(reversed(session.execute(q).all()))
    q = q.order_by(claims.c.published.is_(None), claims.c.published, claims.c.document_id,
                   claims.c.position)
    return session.execute(q).all()


def _speakers(session: Session, claim_ids: Sequence[int]) -> dict[int, list[str]]:
    return _names_by(session, claim_speakers, claim_speakers.c.claim_id, claim_ids)


def _names_by(session: Session, link: Any, key: Any, ids: Sequence[int]) -> dict[int, list[str]]:
    """Actor names per claim or event, in their stored order, asked 500 ids at a time."""
    out: dict[int, list[str]] = defaultdict(list)
    for i in range(0, len(ids), 500):
        for r in session.execute(
                select(key.label("owner"), actors.c.name)
                .join(actors, actors.c.id == link.c.actor_id)
                .where(key.in_(ids[i:i + 500]))
                .order_by(key, link.c.position)):
            out[r.owner].append(r.name)
    return out


def positions(session: Session, actor: str | Sequence[int], filters: Filters = NO_FILTERS,
              issue: str | None = None, limit: int | None = None) -> list[Position]:
    """Every stance of the actor(s) ``actor`` names (or these actor ids), oldest first;
    with ``limit``, only the newest ``limit`` of them."""
    ids = [a.id for a in find_actors(session, actor)] if isinstance(actor, str) else list(actor)
    if not ids:
        return []
    issue_ids = [i.id for i in find_issues(session, issue)] if issue else None
    if issue_ids == []:
        return []
    rows = _claim_rows(session, filters, actor_ids=ids, issue_ids=issue_ids, latest=limit)
    co = _speakers(session, sorted({r.claim_id for r in rows}))
    return [Position(r.actor, r.issue, r.stance, list(r.conditions or []), r.predicate,
                     r.target, r.published, r.source, r.title, r.document_id, r.evidence_text,
                     r.quote, r.confidence, [n for n in co[r.claim_id] if n != r.actor])
            for r in rows]


def issue_positions(session: Session, issue_id: int, filters: Filters = NO_FILTERS,
                    limit: int | None = None) -> list[Position]:
    """Every stance taken on the stored issue ``issue_id`` (all its wordings), oldest first;
    with ``limit``, the newest ``limit``."""
    rows = _claim_rows(session, filters, issue_ids=[issue_id], latest=limit)
    co = _speakers(session, sorted({r.claim_id for r in rows}))
    return [Position(r.actor, r.issue, r.stance, list(r.conditions or []), r.predicate,
                     r.target, r.published, r.source, r.title, r.document_id, r.evidence_text,
                     r.quote, r.confidence, [n for n in co[r.claim_id] if n != r.actor])
            for r in rows]


def who(session: Session, issue: str, filters: Filters = NO_FILTERS) -> WhoResult:
    """Who supports, supports if…, opposes unless…, opposes, or stays neutral on ``issue``
    (grouped by each actor's latest claim)."""
    found = find_issues(session, issue)
    groups: dict[str, list[WhoRow]] = {k: [] for k in STANCE_ORDER}
    if not found:
        return WhoResult(issue, [], groups)
    rows = _claim_rows(session, filters, issue_ids=[i.id for i in found])
    per: dict[str, list[Any]] = defaultdict(list)
    for r in rows:
        per[r.actor].append(r)
    for actor, rs in per.items():
        counts = Counter(stance_class(r.stance, r.conditions or []) for r in rs)
        plain = Counter(r.stance for r in rs)
        last = rs[-1]
        cls = stance_class(last.stance, last.conditions or [])
        conds = list(dict.fromkeys(c for r in rs for c in (r.conditions or [])))
        groups[cls].append(WhoRow(actor, cls, len(rs), plain["support"], plain["oppose"],
                                  plain["neutral"], counts["support_if"],
                                  counts["oppose_unless"], last.published, conds))
    for k in groups:
        groups[k].sort(key=lambda w: (-w.claims, w.actor))
    return WhoResult(issue, [i.label for i in found], groups)


def matrix(session: Session, filters: Filters = NO_FILTERS, *, max_actors: int = 20,
           max_issues: int = 12, actors_like: Sequence[str] = (),
           issues_like: Sequence[str] = ()) -> Matrix:
    """Actors × issues, net stance (supports − opposes): the issues most actors took sides
    on, and the actors with most claims on them."""
    base = (select(claim_speakers.c.actor_id, claims.c.issue_id, claims.c.stance,
                   func.count().label("n"))
            .join(claims, claims.c.id == claim_speakers.c.claim_id))
    base = filters.apply(base, claims.c.published, claims.c.document_id)
    if actors_like:
        base = base.where(claim_speakers.c.actor_id.in_(
            [a.id for name in actors_like for a in find_actors(session, name)]))
    if issues_like:
        base = base.where(claims.c.issue_id.in_(
            [i.id for name in issues_like for i in find_issues(session, name)]))
    rows = session.execute(base.group_by(claim_speakers.c.actor_id, claims.c.issue_id,
                                         claims.c.stance)).all()
    # issues most actors took a side on, then the actors with most claims on those
    sides: dict[int, set[int]] = defaultdict(set)
    by_issue: Counter[int] = Counter()
    for r in rows:
        by_issue[r.issue_id] += r.n
        if r.stance != "neutral":
            sides[r.issue_id].add(r.actor_id)
    top_i = [i for i, _ in sorted(by_issue.items(), key=lambda x: (
        -len(sides[x[0]]), -x[1], x[0]))[:max_issues]]
    chosen = set(top_i)
    by_actor: Counter[int] = Counter()
    for r in rows:
        if r.issue_id in chosen:
            by_actor[r.actor_id] += r.n
    top_a = [a for a, _ in sorted(by_actor.items(), key=lambda x: (-x[1], x[0]))[:max_actors]]
    names = dict(session.execute(select(actors.c.id, actors.c.name)
                                 .where(actors.c.id.in_(top_a))).all())
    labels = dict(session.execute(select(issues.c.id, issues.c.label)
                                  .where(issues.c.id.in_(top_i))).all())
    cells: dict[tuple[int, int], Counter[str]] = defaultdict(Counter)
    sa, si = set(top_a), set(top_i)
    for r in rows:
        if r.actor_id in sa and r.issue_id in si:
            cells[(r.actor_id, r.issue_id)][r.stance] += r.n
    out = [MatrixCell(names[a], labels[i], c["support"], c["oppose"], c["neutral"],
                      c["support"] - c["oppose"])
           for (a, i), c in sorted(cells.items(), key=lambda x: (top_a.index(x[0][0]),
                                                               top_i.index(x[0][1])))]
    return Matrix([names[a] for a in top_a], [labels[i] for i in top_i], out)


def _per_document(rows: Sequence[Any]) -> list[tuple[str, list[str], Any]]:
    """Collapse one actor's claims on one issue per document: dominant stance, all conditions."""
    out = []
    by_doc: dict[str, list[Any]] = {}
    for r in rows:
        by_doc.setdefault(r.document_id, []).append(r)
    for rs in by_doc.values():
        stances = Counter(r.stance for r in rs if r.stance != "neutral") or Counter(["neutral"])
        top = max(stances.values())
        stance = [r.stance for r in rs if stances.get(r.stance) == top][-1]
        conds = list(dict.fromkeys(c for r in rs if r.stance == stance
                                   for c in (r.conditions or [])))
        lead = next(r for r in reversed(rs) if r.stance == stance)
        out.append((stance, conds, lead))
    return out


def changes(session: Session, since: dt.date, filters: Filters = NO_FILTERS) -> list[Change]:
    """Actors whose stance on an issue flipped, or gained or lost a condition, since ``since``.

    Each article counts once per actor and issue (its dominant stance); the stance before
    ``since`` is compared with each later one in date order.
    """
    # only pairs with a claim since ``since`` and more than one stance or condition set
    varied = (select(claim_speakers.c.actor_id, claims.c.issue_id)
              .join(claims, claims.c.id == claim_speakers.c.claim_id)
              .where(claims.c.published.is_not(None))
              .group_by(claim_speakers.c.actor_id, claims.c.issue_id)
              .having(func.max(claims.c.published) >= since)
              .having(or_(func.count(distinct(claims.c.stance)) > 1,
                          func.count(distinct(cast(claims.c.conditions, Text))) > 1)))
    varied = Filters(None, filters.until, filters.source).apply(
        varied, claims.c.published, claims.c.document_id)
    pairs = [tuple(p) for p in session.execute(varied).all()]
    if not pairs:
        return []
    dated = Filters(None, filters.until, filters.source)
    rows = []
    for i in range(0, len(pairs), 200):
        chunk = pairs[i:i + 200]
        wanted = set(chunk)
        rows += [r for r in _claim_rows(session, dated, actor_ids={a for a, _ in chunk},
                                        issue_ids={b for _, b in chunk})
                 if r.published is not None and (r.actor_id, r.issue_id) in wanted]
    series: dict[tuple[int, int], list[Any]] = defaultdict(list)
    for r in rows:
        series[(r.actor_id, r.issue_id)].append(r)
    out: list[Change] = []
    for rs in series.values():
        docs = _per_document(rs)
        for (s0, c0, r0), (s1, c1, r1) in zip(docs, docs[1:], strict=False):
            if r1.published < since:
                continue
            before = Snapshot(s0, c0, r0.published, r0.source, r0.evidence_text)
            after = Snapshot(s1, c1, r1.published, r1.source, r1.evidence_text)
            kind = None
            if s0 != s1:
                kind = "flipped" if {s0, s1} == {"support", "oppose"} else "shifted"
            else:
                f0, f1 = {fold(c) for c in c0}, {fold(c) for c in c1}
                if f1 - f0:
                    kind = "gained condition"
                elif f0 - f1:
                    kind = "lost condition"
            if kind:
                out.append(Change(r1.actor, r1.issue, kind, before, after))
    out.sort(key=lambda c: (c.after.date or dt.date.min, c.actor, c.issue), reverse=True)
    return out


def agreement(session: Session, issue: str | None = None, filters: Filters = NO_FILTERS,
              min_claims: int = 1) -> Network:
    """Who sides with whom: actors linked by shared (agree) and opposite (disagree) stances
    on the same issues, as in discourse network analysis (a congruence network)."""
    found = find_issues(session, issue) if issue else None
    if found == []:
        return Network([], [], [])
    rows = _claim_rows(session, filters, issue_ids=[i.id for i in found] if found else None)
    per: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for r in rows:
        per[(r.actor, r.issue)][r.stance] += 1
    stance_of: dict[str, dict[str, str]] = defaultdict(dict)  # issue -> actor -> stance
    totals: Counter[str] = Counter()
    overall: dict[str, Counter[str]] = defaultdict(Counter)
    for (actor, iss), c in per.items():
        n = sum(c.values())
        totals[actor] += n
        net = c["support"] - c["oppose"]
        s = "support" if net > 0 else "oppose" if net < 0 else "neutral"
        stance_of[iss][actor] = s
        overall[actor][s] += n
    keep = {a for a, n in totals.items() if n >= min_claims}
    edges: dict[tuple[str, str], list[Any]] = {}
    for iss, by_actor in stance_of.items():
        sided = sorted((a, s) for a, s in by_actor.items() if a in keep and s != "neutral")
        for i, (a, sa) in enumerate(sided):
            for b, sb in sided[i + 1:]:
                e = edges.setdefault((a, b), [0, 0, []])
                e[0 if sa == sb else 1] += 1
                e[2].append(iss)
    nodes = [NetworkNode(a, totals[a], overall[a].most_common(1)[0][0]) for a in sorted(keep)]
    out = [NetworkEdge(a, b, ag, dis, ag - dis, sorted(set(iss)))
           for (a, b), (ag, dis, iss) in sorted(edges.items())]
    out.sort(key=lambda e: (-(e.agree + e.disagree), e.source, e.target))
    labels = [i.label for i in found] if found else sorted(stance_of)
    return Network(labels, nodes, out)


# ---------------------------------------------------------------- search and events

_WORD = re.compile(r'"[^"]+"|\S+')


def _fts5_query(query: str) -> str:
    """User words → an FTS5 query: every word (or "quoted phrase") must occur."""
    parts = []
    for tok in _WORD.findall(query):
        tok = tok.strip('"').replace('"', "")
        if tok.upper() == "OR" and parts:
            parts.append("OR")
        elif tok:
            parts.append(f'"{tok}"')
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts)


def search(session: Session, query: str, filters: Filters = NO_FILTERS,
           limit: int = 50) -> list[Hit]:
    """Claims and events whose evidence (or target, speakers, place) matches ``query``;
    best matches first. Words are ANDed; "quoted phrases" match as phrases; OR works."""
    if not query.strip():
        return []
    dialect = session.get_bind().dialect.name
    hits: list[tuple[float, Hit]] = []
    for table, fts in ((claims, "claims_fts"), (events, "events_fts")):
        if dialect == "sqlite":
            match = _fts5_query(query)
            if not match:
                return []
            ids = select(literal_column("rowid").label("id"),
                         literal_column("bm25(" + fts + ")").label("rank")) \
                .select_from(text(fts)).where(text(f"{fts} MATCH :q")).subquery()
            rank = ids.c.rank  # lower is better
            q = select(table, rank.label("score")).join(ids, ids.c.id == table.c.id)
        else:
            tsq = func.websearch_to_tsquery("english", query)
            score = -func.ts_rank(literal_column(f"{table.name}.search"), tsq)
            q = select(table, score.label("score")).where(
                literal_column(f"{table.name}.search").op("@@")(tsq))
        q = filters.apply(q, table.c.published, table.c.document_id)
        q = q.order_by("score").limit(limit)
        params = {"q": _fts5_query(query)} if dialect == "sqlite" else {}
        rows = session.execute(q, params).all()
        docs = _sources(session, {r.document_id for r in rows})
        if table is claims:
            who_ = _speakers(session, [r.id for r in rows])
            labels = dict(session.execute(select(issues.c.id, issues.c.label).where(
                issues.c.id.in_({r.issue_id for r in rows}))).all())
            for r in rows:
                hits.append((r.score, Hit("claim", who_[r.id], f"{r.stance} {r.target}",
                                          labels.get(r.issue_id), r.evidence_text, r.published,
                                          docs.get(r.document_id, ""), r.document_id)))
        else:
            parts = _participants(session, [r.id for r in rows])
            for r in rows:
                hits.append((r.score, Hit("event", parts[r.id], f"{r.kind} {r.description}",
                                          None, r.evidence_text, r.date or r.published,
                                          docs.get(r.document_id, ""), r.document_id)))
    hits.sort(key=lambda h: h[0])
    return [h for _, h in hits[:limit]]


def _sources(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(session.execute(select(documents.c.id, documents.c.source)
                                .where(documents.c.id.in_(sorted(ids)))).all())


def _participants(session: Session, event_ids: Sequence[int]) -> dict[int, list[str]]:
    return _names_by(session, event_participants, event_participants.c.event_id, event_ids)


def list_events(session: Session, filters: Filters = NO_FILTERS, *, actor: str | None = None,
                place: str | None = None, status: str | None = None,
                kind: str | None = None, limit: int = 200) -> list[EventRow]:
    """Events, newest first; dates filter the event's own date (else its article's)."""
    when = func.coalesce(events.c.date, events.c.published)
    q = select(events, documents.c.source).join(documents,
                                                documents.c.id == events.c.document_id)
    q = filters.apply(q, when, events.c.document_id)
    if actor:
        ids = [a.id for a in find_actors(session, actor)]
        if not ids:
            return []
        q = q.where(or_(
            events.c.id.in_(select(event_participants.c.event_id)
                            .where(event_participants.c.actor_id.in_(ids))),
            events.c.convener_id.in_(ids)))
    if place:
        q = q.where(func.lower(events.c.location).like(f"%{place.lower()}%"))
    if status:
        q = q.where(events.c.status == status)
    if kind:
        q = q.where(and_(events.c.kind == kind))
    q = q.order_by(when.is_(None), when.desc(), events.c.id.desc()).limit(limit)
    rows = session.execute(q).all()
    parts = _participants(session, [r.id for r in rows])
    conv = dict(session.execute(select(actors.c.id, actors.c.name).where(
        actors.c.id.in_({r.convener_id for r in rows if r.convener_id}))).all())
    return [EventRow(r.kind, r.plover, r.description, r.location, r.date or r.published,
                     r.date_text, r.status, parts[r.id], conv.get(r.convener_id),
                     r.source, r.document_id, r.evidence_text) for r in rows]


# ---------------------------------------------------------------- counts


def summary(session: Session) -> dict[str, int]:
    """How much the store holds."""
    out = {}
    for name, table in (("documents", documents), ("actors", actors), ("issues", issues),
                        ("claims", claims), ("events", events)):
        out[name] = session.execute(select(func.count()).select_from(table)).scalar_one()
    return out
