"""Who stands where: positions of an actor, who is on which side of an issue, the actors ×
issues matrix, what changed, and who agrees with whom."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Text, case, cast, distinct, func, or_, select
from sqlalchemy.orm import Session

from stancemap.questions.browse import ActorRow, actors_page
from stancemap.questions.filters import MAX_LIMIT, NO_FILTERS, Filters, Page
from stancemap.questions.items import (
    ActorRef,
    ClaimItem,
    IssueRef,
    Source,
    claim_items,
    claim_select,
)
from stancemap.questions.lookup import actor_ids, issue_ids
from stancemap.questions.stances import STANCE_ORDER, direction, stance_class
from stancemap.store import rollup
from stancemap.store.identity import fold
from stancemap.store.tables import (
    actors,
    article_stances,
    claim_speakers,
    claims,
    documents,
    issues,
    pair_rollup,
)


@dataclass(frozen=True)
class Positions:
    """Every stance the named actor(s) took, oldest first."""

    query: str
    actors: tuple[ActorRow, ...]
    claims: tuple[ClaimItem, ...]


@dataclass(frozen=True)
class WhoRow:
    """One actor on one issue: where it stands now (its latest claim's class) and all its
    claims there by class."""

    actor: ActorRef
    stance: str
    claims: int
    support: int
    support_if: int
    oppose_unless: int
    oppose: int
    neutral: int
    latest: dt.date | None
    conditions: tuple[str, ...]
    claim_ids: tuple[int, ...]  # newest first


@dataclass(frozen=True)
class Who:
    query: str
    issues: tuple[IssueRef, ...]
    groups: dict[str, tuple[WhoRow, ...]]  # by STANCE_ORDER
    claims: tuple[ClaimItem, ...]  # newest first


@dataclass(frozen=True)
class AxisActor:
    actor: ActorRef
    claims: int


@dataclass(frozen=True)
class AxisIssue:
    issue: IssueRef
    claims: int


@dataclass(frozen=True)
class Cell:
    """An actor's claims on an issue: counts per class, ``net`` = supporting minus opposing
    claims (conditional ones count their way), ``lean`` = net / all claims (−1 … 1), and
    the newest claim as evidence."""

    actor_id: int
    issue_id: int
    support: int
    support_if: int
    oppose_unless: int
    oppose: int
    neutral: int
    claims: int
    net: int
    lean: float
    claim_id: int
    document_id: str


@dataclass(frozen=True)
class Matrix:
    actors: tuple[AxisActor, ...]
    issues: tuple[AxisIssue, ...]
    cells: tuple[Cell, ...]

    def cell(self, actor_id: int, issue_id: int) -> Cell | None:
        return next((c for c in self.cells
                     if c.actor_id == actor_id and c.issue_id == issue_id), None)


@dataclass(frozen=True)
class Snapshot:
    stance: str  # stance class
    conditions: tuple[str, ...]
    date: dt.date | None
    document: Source
    evidence: str
    claim_id: int


@dataclass(frozen=True)
class Change:
    actor: ActorRef
    issue: IssueRef
    kind: str  # flipped | shifted | gained condition | lost condition
    before: Snapshot
    after: Snapshot


@dataclass(frozen=True)
class Node:
    actor: ActorRef
    kind: str
    claims: int
    degree: int  # issues shared with linked actors (agree + disagree)
    side: str  # the stance class it takes most (support | oppose | neutral)


@dataclass(frozen=True)
class Edge:
    source: int  # actor ids
    target: int
    agree: int
    disagree: int
    weight: int  # agree − disagree
    issues: tuple[IssueRef, ...]


@dataclass(frozen=True)
class Network:
    issues: tuple[IssueRef, ...]  # the issues asked about; empty for all
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


# ---------------------------------------------------------------- positions and who


def positions(session: Session, actor: str | Sequence[int], f: Filters = NO_FILTERS,
              issue: str | None = None, limit: int = 200) -> Positions:
    """The newest ``limit`` stances of the actor(s) a name refers to (or these ids), oldest
    first; ``issue`` narrows to the issues its words name."""
    ids = actor_ids(session, actor) if isinstance(actor, str) else list(actor)
    query = actor if isinstance(actor, str) else ",".join(map(str, ids))
    if not ids:
        return Positions(query, (), ())
    found = actors_page(session, NO_FILTERS, page=Page(MAX_LIMIT), ids=ids).items
    q = select(claims.c.id).where(claims.c.id.in_(
        select(claim_speakers.c.claim_id).where(claim_speakers.c.actor_id.in_(ids))))
    if issue is not None:
        q = q.where(claims.c.issue_id.in_(issue_ids(session, issue)))
    newest = _newest(session, f, q, (claims.c.document_id.desc(), claims.c.position.desc()),
                     limit)
    return Positions(query, found, tuple(reversed(newest)))


def _newest(session: Session, f: Filters, q: Any, then: Sequence[Any], limit: int
            ) -> tuple[Any, ...]:
    """The ClaimItems whose ids ``q`` selects within ``f``, newest first (the latest date,
    undated last, then ``then``), at most ``limit``. The ids are chosen from the claims
    alone, dated ones first (so the indexes on the date hold the order), then only those
    rows are read with their documents and issues."""
    limit = max(1, limit)
    q = f.apply(q, claims.c.published, claims.c.document_id)
    ids = list(session.scalars(q.where(claims.c.published.is_not(None))
                               .order_by(claims.c.published.desc(), *then).limit(limit)))
    if len(ids) < limit:
        ids += session.scalars(q.where(claims.c.published.is_(None)).order_by(*then)
                               .limit(limit - len(ids)))
    return claim_items(session, claim_select().where(claims.c.id.in_(ids)).order_by(
        claims.c.published.is_(None), claims.c.published.desc(), *then))


def who(session: Session, issue: str | int, f: Filters = NO_FILTERS,
        limit: int = MAX_LIMIT) -> Who:
    """Who supports, supports if…, opposes unless…, opposes or is neutral on an issue (a
    stored issue id, or words naming issues), by each actor's latest claim; with the newest
    ``limit`` claims."""
    ids = [issue] if isinstance(issue, int) else issue_ids(session, issue)
    labels = dict(session.execute(select(issues.c.id, issues.c.label)
                                  .where(issues.c.id.in_(ids))).all())
    refs = tuple(IssueRef(i, labels[i]) for i in ids if i in labels)
    groups: dict[str, list[WhoRow]] = {k: [] for k in STANCE_ORDER}
    if not refs:
        return Who(str(issue), (), {k: () for k in groups}, ())
    newest = _newest(session, f, select(claims.c.id).where(claims.c.issue_id.in_(ids)),
                     (claims.c.id.desc(),), min(limit, MAX_LIMIT))
    per: dict[ActorRef, list[ClaimItem]] = defaultdict(list)
    for c in newest:
        for s in c.speakers:
            per[s].append(c)
    for ref, cs in per.items():
        n = Counter(c.stance_class for c in cs)
        conds = tuple(dict.fromkeys(x for c in cs for x in c.conditions))
        dates = [c.published for c in cs if c.published]
        groups[cs[0].stance_class].append(WhoRow(
            ref, cs[0].stance_class, len(cs), *(n[k] for k in STANCE_ORDER),
            max(dates) if dates else None, conds, tuple(c.id for c in cs)))
    return Who(str(issue), refs, {k: tuple(sorted(v, key=lambda w: (-w.claims, w.actor.name)))
                                  for k, v in groups.items()}, newest)


# ---------------------------------------------------------------- matrix


def matrix(session: Session, f: Filters = NO_FILTERS, *, max_actors: int = 15,
           max_issues: int = 8, actors_like: Sequence[str] = (),
           issues_like: Sequence[str] = ()) -> Matrix:
    """Actors × issues: the issues most actors took a side on, and the actors with most
    claims on those; each cell counts claims per class."""
    max_actors = max(1, min(max_actors, MAX_LIMIT))
    max_issues = max(1, min(max_issues, MAX_LIMIT))
    a_ids = [i for name in actors_like for i in actor_ids(session, name)] \
        if actors_like else None
    i_ids = [i for name in issues_like for i in issue_ids(session, name)] \
        if issues_like else None
    counted = _matrix_rollup if rollup.usable(f) else _matrix_claims
    top_a, top_i, per_actor, per_issue, cells = counted(session, f, max_actors, max_issues,
                                                         a_ids, i_ids)
    names = dict(session.execute(select(actors.c.id, actors.c.name)
                                 .where(actors.c.id.in_(top_a))).all())
    labels = dict(session.execute(select(issues.c.id, issues.c.label)
                                  .where(issues.c.id.in_(top_i))).all())
    out = []
    for (a, i) in sorted(cells, key=lambda k: (top_a.index(k[0]), top_i.index(k[1]))):
        c = cells[(a, i)]
        n = sum(c[k] for k in STANCE_ORDER)
        net = sum(direction(k) * c[k] for k in STANCE_ORDER)
        out.append(Cell(a, i, *(c[k] for k in STANCE_ORDER), n, net, round(net / n, 3),
                        c["claim_id"], c["document_id"]))
    return Matrix(tuple(AxisActor(ActorRef(a, names[a]), per_actor[a]) for a in top_a),
                  tuple(AxisIssue(IssueRef(i, labels[i]), per_issue[i]) for i in top_i),
                  tuple(out))


_MatrixCounts = tuple[list[int], list[int], dict[int, int], dict[int, int],
                      dict[tuple[int, int], dict[str, Any]]]


def _matrix_claims(session: Session, f: Filters, max_actors: int, max_issues: int,
                   a_ids: list[int] | None, i_ids: list[int] | None) -> _MatrixCounts:
    """The matrix's axes and cells from every claim within the filters."""
    q = (select(claim_speakers.c.actor_id, claims.c.issue_id, claims.c.stance,
                claims.c.conditions, claims.c.id, claims.c.document_id, claims.c.published)
         .join(claims, claims.c.id == claim_speakers.c.claim_id))
    q = f.apply(q, claims.c.published, claims.c.document_id)
    if a_ids is not None:
        q = q.where(claim_speakers.c.actor_id.in_(a_ids))
    if i_ids is not None:
        q = q.where(claims.c.issue_id.in_(i_ids))
    rows = session.execute(q.order_by(claims.c.published.is_(None), claims.c.published.desc(),
                                      claims.c.id.desc())).all()
    sides: dict[int, set[int]] = defaultdict(set)
    per_issue: Counter[int] = Counter()
    for r in rows:
        per_issue[r.issue_id] += 1
        if r.stance != "neutral":
            sides[r.issue_id].add(r.actor_id)
    top_i = sorted(per_issue, key=lambda i: (-len(sides[i]), -per_issue[i], i))[:max_issues]
    chosen = set(top_i)
    per_actor: Counter[int] = Counter(r.actor_id for r in rows if r.issue_id in chosen)
    top_a = sorted(per_actor, key=lambda a: (-per_actor[a], a))[:max_actors]
    keep_a = set(top_a)
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    for r in rows:  # newest first: the first row of a cell is its evidence
        if r.actor_id in keep_a and r.issue_id in chosen:
            c = cells.setdefault((r.actor_id, r.issue_id), {
                **dict.fromkeys(STANCE_ORDER, 0), "claim_id": r.id,
                "document_id": r.document_id})
            c[stance_class(r.stance, r.conditions)] += 1
    return top_a, top_i, per_actor, per_issue, cells


def _matrix_rollup(session: Session, f: Filters, max_actors: int, max_issues: int,
                   a_ids: list[int] | None, i_ids: list[int] | None) -> _MatrixCounts:
    """The same from the roll-ups: over all days, or summed over the days in the filters."""
    t = rollup.counted("claims", f.since, f.until)
    where = []
    if a_ids is not None:
        where.append(t.c.actor_id.in_(a_ids))
    if i_ids is not None:
        where.append(t.c.issue_id.in_(i_ids))
    n = func.sum(t.c.n)
    sided = func.count(distinct(case((t.c.stance_class != "neutral", t.c.actor_id))))
    rows = session.execute(select(t.c.issue_id, n.label("n")).where(*where)
                           .group_by(t.c.issue_id)
                           .order_by(sided.desc(), n.desc(), t.c.issue_id)
                           .limit(max_issues)).all()
    top_i = [r.issue_id for r in rows]
    per_issue = {r.issue_id: int(r.n) for r in rows}
    rows = session.execute(select(t.c.actor_id, n.label("n"))
                           .where(*where, t.c.issue_id.in_(top_i)).group_by(t.c.actor_id)
                           .order_by(n.desc(), t.c.actor_id).limit(max_actors)).all()
    top_a = [r.actor_id for r in rows]
    per_actor = {r.actor_id: int(r.n) for r in rows}
    newest: dict[tuple[int, int], tuple[Any, int]] = {}
    cells: dict[tuple[int, int], dict[str, Any]] = {}
    day = t.c.last_day
    for r in session.execute(select(t.c.actor_id, t.c.issue_id, t.c.stance_class, t.c.n,
                                    day.label("day"), t.c.last_claim)
                             .where(*where, t.c.issue_id.in_(top_i),
                                    t.c.actor_id.in_(top_a))):
        key = (r.actor_id, r.issue_id)
        c = cells.setdefault(key, dict.fromkeys(STANCE_ORDER, 0))
        c[r.stance_class] = c.get(r.stance_class, 0) + r.n
        newest[key] = max(newest.get(key, (r.day, r.last_claim)), (r.day, r.last_claim))
    docs = dict(session.execute(select(claims.c.id, claims.c.document_id).where(
        claims.c.id.in_(sorted({claim for _, claim in newest.values()})))).all())
    for key, (_, claim) in newest.items():
        cells[key].update(claim_id=claim, document_id=docs[claim])
    return top_a, top_i, per_actor, per_issue, cells


# ---------------------------------------------------------------- changes


class _Article(NamedTuple):
    """An actor's stance on an issue in one article (a row of ``article_stances``, or read
    from the claims): ``id`` is its lead claim."""

    actor_id: int
    issue_id: int
    published: dt.date
    document_id: str
    stance_class: str
    conditions: tuple[str, ...]
    id: int


def _scanned(session: Session, f: Filters, pairs: list[tuple[int, int]]) -> list[_Article]:
    """The articles of these (actor, issue) pairs, read from their dated claims within
    ``f`` (the claims scan, for filters the roll-ups cannot answer)."""
    out: list[_Article] = []
    narrow = f.apply(select(claims.c.id), claims.c.published, claims.c.document_id).whereclause
    for i in range(0, len(pairs), 200):
        wanted = set(pairs[i:i + 200])
        rows = rollup.said(session.connection(),
                           claim_speakers.c.actor_id.in_(sorted({a for a, _ in wanted})),
                           claims.c.issue_id.in_(sorted({b for _, b in wanted})),
                           *([] if narrow is None else [narrow]),
                           keep=lambda a, i, _, wanted=wanted: (a, i) in wanted)
        rows.sort(key=itemgetter(0, 1, 5, 6, 7))  # pair, published, document, position
        for (a, i, d, doc), rs in groupby(rows, key=itemgetter(0, 1, 5, 6)):
            cls, conds, lead = rollup.article_stance(list(rs))
            out.append(_Article(a, i, d, doc, cls, conds, lead.id))
    return out


def _recent(session: Session, cutoff: dt.date, upto: dt.date | None
            ) -> tuple[list[_Article], list[_Article]]:
    """From ``article_stances``: the articles of the actor–issue pairs that varied (the
    roll-up ``pair_rollup`` says which) published on or after ``cutoff`` (and before
    ``upto``, when given: those after it were read before); and each pair's articles on its
    last day before ``cutoff`` (the last of them is what the first after is compared with)."""
    p = pair_rollup.c
    a = article_stances.c
    varied = [p.last_day >= cutoff,
              or_(p.min_stance != p.max_stance, p.min_conditions != p.max_conditions)]
    pair = (a.actor_id == p.actor_id) & (a.issue_id == p.issue_id)
    cols = (a.actor_id, a.issue_id, a.published, a.document_id, a.stance_class, a.conditions,
            a.lead_claim)
    days = [a.published >= cutoff] + ([a.published < upto] if upto else [])
    rows = session.execute(select(*cols).select_from(article_stances.join(pair_rollup, pair))
                           .where(*varied, *days)).all()
    inner = article_stances.alias("earlier")
    last = (select(func.max(inner.c.published))
            .where(inner.c.actor_id == p.actor_id, inner.c.issue_id == p.issue_id,
                   inner.c.published < cutoff).scalar_subquery())
    earlier = session.execute(select(*cols).select_from(pair_rollup.join(
        article_stances, pair & (a.published == last))).where(*varied)).all()
    def article(r: Any) -> _Article:  # conditions are stored as JSON text
        return _Article(*r[:5], tuple(json.loads(r[5])), r[6])

    return [article(r) for r in rows], [article(r) for r in earlier]


def _found(articles: Sequence[_Article], since: dt.date) -> list[tuple[Any, ...]]:
    """(kind, before, after) for each article since ``since`` where an actor's stance on an
    issue differs from its article before; ``before``/``after`` = (class, conditions,
    article), newest first."""
    out = []
    ordered = sorted(articles, key=itemgetter(0, 1, 2, 3))  # pair, published, document
    for _, docs in groupby(ordered, key=itemgetter(0, 1)):
        docs = list(docs)
        for r0, r1 in zip(docs, docs[1:], strict=False):
            if r1.published < since:
                continue
            s0, s1, c0, c1 = r0.stance_class, r1.stance_class, r0.conditions, r1.conditions
            kind = None
            if direction(s0) != direction(s1):
                kind = "flipped" if direction(s0) * direction(s1) < 0 else "shifted"
            elif {fold(c) for c in c1} - {fold(c) for c in c0}:
                kind = "gained condition"
            elif {fold(c) for c in c0} - {fold(c) for c in c1}:
                kind = "lost condition"
            if kind:
                out.append((kind, (s0, c0, r0), (s1, c1, r1)))
    out.sort(key=lambda c: (c[2][2].published, c[2][2].id, c[2][2].actor_id), reverse=True)
    return out


def changes(session: Session, since: dt.date, f: Filters = NO_FILTERS,
            limit: int = MAX_LIMIT) -> tuple[Change, ...]:
    """Actors whose stance on an issue flipped, shifted, or gained or lost a condition in
    articles published since ``since``, newest first. Each article counts once per actor
    and issue; each is compared with the one before it in date order."""
    limit = max(1, limit)
    if rollup.usable(f) and f.until is None:
        # newest first: read the articles of the last days only (``article_stances``),
        # going further back until ``limit`` changes are found (or ``since`` is reached);
        # the window is counted in claims, then grown as the changes found so far say
        window = 20 * limit
        rows: list[_Article] = []
        upto = None
        while True:
            cutoff = session.execute(
                select(claims.c.published).where(claims.c.published >= since)
                .order_by(claims.c.published.desc()).limit(1).offset(window)).scalar()
            cutoff = max(cutoff or since, since)
            more, earlier = _recent(session, cutoff, upto)
            rows += more
            found = _found(rows + earlier, cutoff)
            if cutoff <= since or len(found) >= limit:
                break
            upto = cutoff
            window = int(window * min(16.0, max(1.5, 1.2 * limit / max(1, len(found)))))
    else:
        dated = Filters(None, f.until, f.source)
        varied = (select(claim_speakers.c.actor_id, claims.c.issue_id)
                  .join(claims, claims.c.id == claim_speakers.c.claim_id)
                  .where(claims.c.published.is_not(None))
                  .group_by(claim_speakers.c.actor_id, claims.c.issue_id)
                  .having(func.max(claims.c.published) >= since)
                  .having(or_(func.count(distinct(claims.c.stance)) > 1,
                              func.count(distinct(cast(claims.c.conditions, Text))) > 1)))
        pairs = [(a, b) for a, b in session.execute(
            dated.apply(varied, claims.c.published, claims.c.document_id))]
        found = _found(_scanned(session, dated, pairs), since)
    found = found[:limit]
    leads = {r.id for _, (_, _, r0), (_, _, r1) in found for r in (r0, r1)}
    info = {x.id: x for x in session.execute(
        select(claims.c.id, claims.c.evidence_text, documents.c.source, documents.c.title,
               documents.c.url).join(documents, documents.c.id == claims.c.document_id)
        .where(claims.c.id.in_(sorted(leads))))}
    names = dict(session.execute(select(actors.c.id, actors.c.name).where(
        actors.c.id.in_(sorted({r1.actor_id for _, _, (_, _, r1) in found})))).all())
    labels = dict(session.execute(select(issues.c.id, issues.c.label).where(
        issues.c.id.in_(sorted({r1.issue_id for _, _, (_, _, r1) in found})))).all())
    return tuple(Change(ActorRef(r1.actor_id, names[r1.actor_id]),
                        IssueRef(r1.issue_id, labels[r1.issue_id]), kind,
                        _snapshot(s0, c0, r0, info[r0.id]), _snapshot(s1, c1, r1, info[r1.id]))
                 for kind, (s0, c0, r0), (s1, c1, r1) in found)


def _snapshot(cls: str, conds: tuple[str, ...], r: Any, more: Any) -> Snapshot:
    return Snapshot(cls, conds, r.published,
                    Source(r.document_id, more.source, more.title, more.url, r.published),
                    more.evidence_text, r.id)


# ---------------------------------------------------------------- agreement


def agreement(session: Session, f: Filters = NO_FILTERS, issue: str | int | None = None, *,
              min_claims: int = 1, min_links: int = 1, max_nodes: int = 60) -> Network:
    """Who sides with whom (a congruence network, as in discourse network analysis): each
    actor's net side per issue (supporting minus opposing claims) is compared with every
    other actor's; ``agree`` counts issues on the same side, ``disagree`` opposite sides.
    Actors are joined by id, never by name."""
    ids = None if issue is None else [issue] if isinstance(issue, int) \
        else issue_ids(session, issue)
    if ids == []:
        return Network((), (), ())
    net: dict[tuple[int, int], int] = defaultdict(int)
    said: Counter[int] = Counter()
    classes: dict[int, Counter[str]] = defaultdict(Counter)
    for actor_id, issue_id, cls, n in _stances(session, f, ids):
        net[(actor_id, issue_id)] += direction(cls) * n
        said[actor_id] += n
        classes[actor_id][{1: "support", -1: "oppose"}.get(direction(cls), "neutral")] += n
    keep = {a for a, n in said.items() if n >= min_claims}
    by_issue: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (a, i), v in net.items():
        if v and a in keep:
            by_issue[i].append((a, 1 if v > 0 else -1))
    links: dict[tuple[int, int], list[Any]] = {}
    for i, sides in by_issue.items():
        sides.sort()
        for n, (a, sa) in enumerate(sides):
            for b, sb in sides[n + 1:]:
                e = links.setdefault((a, b), [0, 0, []])
                e[0 if sa == sb else 1] += 1
                e[2].append(i)
    links = {k: v for k, v in links.items() if v[0] + v[1] >= min_links}
    degree: Counter[int] = Counter()
    for (a, b), (ag, dis, _) in links.items():
        degree[a] += ag + dis
        degree[b] += ag + dis
    sided = {a for (a, _), v in net.items() if v and a in keep}
    ranked = sorted(sided, key=lambda a: (-degree[a], -said[a], a))[:max(1, max_nodes)]
    chosen = set(ranked)
    info = {r.id: r for r in session.execute(select(actors.c.id, actors.c.name, actors.c.kind)
                                             .where(actors.c.id.in_(ranked)))}
    all_issues = sorted({i for _, _, iss in links.values() for i in iss} | set(ids or ()))
    labels = dict(session.execute(select(issues.c.id, issues.c.label)
                                  .where(issues.c.id.in_(all_issues))).all())
    nodes = tuple(Node(ActorRef(a, info[a].name), info[a].kind, said[a], degree[a],
                       max(("support", "oppose", "neutral"), key=classes[a].__getitem__))
                  for a in ranked)  # on a tie: support, then oppose
    edges = sorted((Edge(a, b, ag, dis, ag - dis,
                         tuple(IssueRef(i, labels[i]) for i in sorted(set(iss))))
                    for (a, b), (ag, dis, iss) in links.items() if a in chosen and b in chosen),
                   key=lambda e: (-(e.agree + e.disagree), e.source, e.target))
    asked = tuple(IssueRef(i, labels[i]) for i in (ids or ()) if i in labels)
    return Network(asked, nodes, tuple(edges))


def _stances(session: Session, f: Filters, issue_ids: list[int] | None
             ) -> list[tuple[int, int, str, int]]:
    """(actor, issue, stance class, claims) within the filters: from the roll-ups, or
    counted from the claims when a filter needs them."""
    if rollup.usable(f):
        t = rollup.counted("claims", f.since, f.until)
        where = []
        if issue_ids is not None:
            where.append(t.c.issue_id.in_(issue_ids))
        return [(r[0], r[1], r[2], int(r[3])) for r in session.execute(
            select(t.c.actor_id, t.c.issue_id, t.c.stance_class, func.sum(t.c.n))
            .where(*where).group_by(t.c.actor_id, t.c.issue_id, t.c.stance_class)
            .order_by(t.c.actor_id, t.c.issue_id, t.c.stance_class))]
    q = (select(claim_speakers.c.actor_id, claims.c.issue_id, claims.c.stance,
                claims.c.conditions)
         .join(claims, claims.c.id == claim_speakers.c.claim_id))
    q = f.apply(q, claims.c.published, claims.c.document_id)
    if issue_ids is not None:
        q = q.where(claims.c.issue_id.in_(issue_ids))
    n: Counter[tuple[int, int, str]] = Counter(
        (r.actor_id, r.issue_id, stance_class(r.stance, r.conditions)) for r in session.execute(q))
    return [(a, i, c, k) for (a, i, c), k in sorted(n.items())]
