"""The roll-ups (store/rollup.py) on SQLite and PostgreSQL: after ingest, after moving claims
(issues merge and split, remerge) and after a migration from a store without them, they hold
exactly what counting the claims again gives; and the questions that read them answer as the
scan of every claim does.

The store holds the example articles through the real extraction, an undated copy of one
(its claims count under no day), and the hand-made documents of store_fixtures (real texts,
claims coded by hand, two articles of Pelosi's that ``changes`` compares). Every document's
source starts with ``feed:``, so ``Filters(source="feed:")`` keeps every document but makes
the questions scan the claims (a source filter cannot be answered from the roll-ups):
the two answers must be equal.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Text, cast, func, select

from stancemap import questions as q
from stancemap.model import RawDocument, document_id
from stancemap.pipeline import extract_many
from stancemap.questions.stances import stance_class
from stancemap.store import rollup
from stancemap.store.db import open_store
from stancemap.store.identity import Pins
from stancemap.store.ingest import ingest_documents
from stancemap.store.issue_edits import list_issues, merge, rename, split
from stancemap.store.issues import IssueRules
from stancemap.store.meta import consistency_problems, rebuild
from stancemap.store.migrate import alembic_config
from stancemap.store.tables import (
    ROLLUPS,
    claim_speakers,
    claims,
    doc_actors,
    documents,
    events,
)
from store_fixtures import *  # noqa: F403
from store_fixtures import handmade_docs

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "wikinews-politics.jsonl"
NODAY = rollup.NODAY


def week(d: dt.date) -> dt.date:
    """The first day of the week of the month ``d`` is in: the 1st, 8th, 15th or 22nd."""
    return d.replace(day=min((d.day - 1) // 7, 3) * 7 + 1)


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    """The documents every test stores (see the module docstring)."""
    lines = [json.loads(x) for x in EXAMPLES.read_text("utf-8").splitlines() if x.strip()]
    raws = [RawDocument(text=x["text"], source=x["url"], title=x.get("title"),
                        published=x.get("published"), url=x["url"]) for x in lines]
    out = [d.to_dict() for d in extract_many(raws)]
    undated = json.loads(json.dumps(out[0]))
    undated["text"] += "\n\n[an undated copy]"
    undated["document"].update(id=document_id(undated["text"]), published=None,
                               source=undated["document"]["source"] + "#undated")
    same_day = json.loads(json.dumps(out[1]))  # the same speakers, issues and day again
    same_day["text"] += "\n\n[a copy]"
    same_day["document"].update(id=document_id(same_day["text"]),
                                source=same_day["document"]["source"] + "#copy")
    out += [undated, same_day, *handmade_docs()]
    for d in out:
        d["document"]["source"] = "feed:" + d["document"]["source"]
    assert sum(len(d["claims"]) for d in out) > 40
    return out


def _filled(url: str, docs: list[dict]):
    """A store holding ``docs``, written one by one (so the roll-ups of later documents
    are added to rows that exist), then two at a time."""
    store = open_store(url)
    half = len(docs) // 2
    parts = [[d] for d in docs[:half]] + [docs[i:i + 2] for i in range(half, len(docs), 2)]
    for part in parts:
        report = ingest_documents(store, part)
        assert report.stored == len(part) and not report.failures, report.failures
    return store


@pytest.fixture
def filled(store_url, docs):
    store = _filled(store_url, docs)
    yield store
    store.close()


# ---------------------------------------------------------------- counting again, in Python


def recount(store) -> dict[str, list[tuple]]:
    """What every roll-up should hold, counted in Python from claims, speakers and the
    article actors (``stance_class`` decides the class). For ``pair_rollup`` the least and
    greatest stance and conditions become "did they vary" (the database's text order is not
    Python's)."""
    with store.engine.connect() as conn:
        cs = {r.id: r for r in conn.execute(select(
            claims.c.id, claims.c.issue_id, claims.c.published, claims.c.stance,
            claims.c.conditions, cast(claims.c.conditions, Text).label("conds"),
            claims.c.document_id, claims.c.position))}
        spoken = conn.execute(select(claim_speakers.c.claim_id, claim_speakers.c.actor_id)).all()
        mentions = conn.execute(select(doc_actors.c.actor_id, doc_actors.c.document_id,
                                       documents.c.published)
                                .join(documents, documents.c.id == doc_actors.c.document_id)
                                ).all()
        event_days = conn.execute(select(events.c.date, events.c.published)).all()
    cr: dict[tuple, list] = {}
    ai: dict[tuple, list] = {}
    pairs: dict[tuple, list] = {}
    for claim_id, actor_id in spoken:
        c = cs[claim_id]
        day = c.published or NODAY
        cls = stance_class(c.stance, c.conditions)
        e = cr.setdefault((actor_id, c.issue_id, day, cls), [0, 0])
        e[0] += 1
        e[1] = max(e[1], claim_id)
        e = ai.setdefault((actor_id, c.issue_id, cls), [0, (NODAY, 0)])
        e[0] += 1
        e[1] = max(e[1], (day, claim_id))
        if c.published is not None:
            e = pairs.setdefault((actor_id, c.issue_id), [NODAY, set(), set()])
            e[0] = max(e[0], c.published)
            e[1].add(c.stance)
            e[2].add(c.conds)
    articles: dict[tuple, list] = defaultdict(list)
    for claim_id, actor_id in sorted(spoken, key=lambda x: (cs[x[0]].position, x[0])):
        c = cs[claim_id]
        if c.published is not None:
            articles[(actor_id, c.issue_id, c.published, c.document_id)].append(c)
    stances = []
    for key, rs in articles.items():
        # the article's stance as `changes` has always read it: the class most of its
        # claims take (a side before neutral; on a tie the later claim's), that class's
        # conditions, and its last claim of that class
        classes = [stance_class(r.stance, r.conditions) for r in rs]
        sided = Counter(x for x in classes if x != "neutral") or Counter(["neutral"])
        cls = [x for x in classes if sided.get(x) == max(sided.values())][-1]
        conds = list(dict.fromkeys(x for r, k in zip(rs, classes, strict=True) if k == cls
                                   for x in r.conditions))
        lead = [r.id for r, k in zip(rs, classes, strict=True) if k == cls][-1]
        stances.append((*key, cls, conds, lead))
    months: dict[str, dict[tuple, list]] = {"claim": {}, "issue": {}}
    weeks: dict[str, dict[tuple, list]] = {"claim": {}, "issue": {}}
    for k, (n, last) in cr.items():
        for per, start in ((months, k[2].replace(day=1)), (weeks, week(k[2]))):
            e = per["claim"].setdefault((k[0], k[1], start, k[3]), [0, (NODAY, 0)])
            e[0] += n
            e[1] = max(e[1], (k[2], last))
    issue_day: Counter[tuple] = Counter()
    issue_all: dict[tuple, list] = {}
    for c in cs.values():
        cls = stance_class(c.stance, c.conditions)
        issue_day[(c.issue_id, c.published or NODAY, cls)] += 1
        e = issue_all.setdefault((c.issue_id, cls), [0, NODAY])
        e[0] += 1
        e[1] = max(e[1], c.published or NODAY)
    for (i, day, cls), n in issue_day.items():
        for per, start in ((months, day.replace(day=1)), (weeks, week(day))):
            e = per["issue"].setdefault((i, start, cls), [0, NODAY])
            e[0] += n
            e[1] = max(e[1], day)
    docs_of: dict[tuple, set] = defaultdict(set)
    docs_in: dict[tuple, set] = defaultdict(set)
    docs_week: dict[tuple, set] = defaultdict(set)
    for actor_id, doc, published in mentions:
        docs_of[(actor_id, published or NODAY)].add(doc)
        docs_in[(actor_id, (published or NODAY).replace(day=1))].add(doc)
        docs_week[(actor_id, week(published or NODAY))].add(doc)
    per_day = Counter(own or published or NODAY for own, published in event_days)
    return {
        "claim_rollup": sorted((*k, n, last) for k, (n, last) in cr.items()),
        "actor_issue_rollup": sorted((*k, n, d, last) for k, (n, (d, last)) in ai.items()),
        "pair_rollup": sorted((*k, d, len(st) > 1, len(co) > 1)
                              for k, (d, st, co) in pairs.items()),
        "issue_day_rollup": sorted((*k, n) for k, n in issue_day.items()),
        "issue_rollup": sorted((*k, n, d) for k, (n, d) in issue_all.items()),
        "actor_day_rollup": sorted((*k, len(v)) for k, v in docs_of.items()),
        "claim_month_rollup": sorted((*k, n, d, last)
                                     for k, (n, (d, last)) in months["claim"].items()),
        "issue_month_rollup": sorted((*k, n, d) for k, (n, d) in months["issue"].items()),
        "actor_month_rollup": sorted((*k, len(v)) for k, v in docs_in.items()),
        "claim_week_rollup": sorted((*k, n, d, last)
                                    for k, (n, (d, last)) in weeks["claim"].items()),
        "issue_week_rollup": sorted((*k, n, d) for k, (n, d) in weeks["issue"].items()),
        "actor_week_rollup": sorted((*k, len(v)) for k, v in docs_week.items()),
        "event_day_rollup": sorted(per_day.items()),
        "article_stances": sorted(stances),
    }


def stored(store) -> dict[str, list[tuple]]:
    with store.engine.connect() as conn:
        got = {k: list(v) for k, v in rollup.snapshot(conn).items()}
    got["pair_rollup"] = sorted((a, i, d, s0 != s1, c0 != c1)
                                for a, i, d, s0, s1, c0, c1 in got["pair_rollup"])
    got["article_stances"] = sorted((*r[:5], json.loads(r[5]), r[6])
                                    for r in got["article_stances"])
    return got


def assert_current(store) -> None:
    want, got = recount(store), stored(store)
    assert set(want) == {t.name for t in ROLLUPS}, "a roll-up is not recounted here"
    assert want["claim_rollup"], "nothing counted: the store has no claims"
    for name in want:
        assert got[name] == want[name], name


# ---------------------------------------------------------------- the roll-ups stay current


def test_rollups_count_the_claims_after_ingest(filled, docs):
    assert_current(filled)
    with filled.engine.connect() as conn:
        n = conn.execute(select(func.count()).select_from(claim_speakers)).scalar_one()
        undated = conn.execute(select(func.count()).select_from(claims)
                               .where(claims.c.published.is_(None))).scalar_one()
    got = stored(filled)
    assert sum(r[4] for r in got["claim_rollup"]) == n
    assert undated and any(r[2] == NODAY for r in got["claim_rollup"])
    assert any(r[3] == "oppose_unless" for r in got["claim_rollup"])  # Collins, conditional
    # storing the same documents again adds nothing
    report = ingest_documents(filled, docs)
    assert report.stored == 0 and report.skipped == len(docs)
    assert_current(filled)


def test_rollups_follow_issue_edits_and_remerge(filled):
    with filled.session() as s:
        top = list_issues(s, limit=10)
    a, b, c = top[0], top[1], top[2]
    merged = merge(filled, [b.id, c.id], label="Merged question")
    assert_current(filled)
    with filled.session() as s:
        target = s.execute(select(claims.c.target).where(claims.c.issue_id == merged)
                           .order_by(claims.c.id)).scalars().first()
    split(filled, merged, target.split()[0], "Split-off question")
    assert_current(filled)
    rename(filled, a.id, "A renamed question")
    assert_current(filled)
    rebuild(filled, Pins.load(None), IssueRules.load(None))
    assert_current(filled)
    assert consistency_problems(filled) == []


def test_a_store_without_rollups_gets_them_filled_by_the_migration(filled):
    before = stored(filled)
    cfg = alembic_config()
    with filled.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    filled.close()
    again = open_store(filled.url)  # upgrades to 0005, which fills the roll-ups
    try:
        assert stored(again) == before
        assert_current(again)
    finally:
        again.close()


# ---------------------------------------------------------------- months, weeks and days


def _days_of(level: str, lo, hi, window: tuple[dt.date, dt.date]) -> list[dt.date]:
    """The days one span of ``rollup.spans`` counts, within ``window`` (for open spans)."""
    lo = lo or window[0]
    if level == "month":
        hi = (hi or window[1])
    elif level == "week":  # to the end of hi's week (the fourth runs to the month's end)
        month_end = (hi.replace(day=28) + dt.timedelta(days=4)).replace(day=1) \
            - dt.timedelta(days=1)
        hi = month_end if hi.day == 22 else hi + dt.timedelta(days=6)
    return [lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1)]


@pytest.mark.parametrize("year", [2019, 2020])  # 2020 has a 29 February
def test_months_weeks_and_days_tile_every_range_once(year):
    """Every range (open or closed, within a month or across years) is counted from spans
    that cover each of its days exactly once, reading whole weeks wherever they fit."""
    window = (dt.date(year - 1, 12, 1), dt.date(year + 1, 1, 31))
    bounds = [None, *(dt.date(year, m, d) for m in (1, 2, 3, 12) for d in
                      (1, 2, 7, 8, 14, 15, 21, 22, 27, 28) + ((29,) if m != 2 else ()))]
    bounds += [dt.date(year, 2, 29) if year % 4 == 0 else dt.date(year, 2, 27),
               dt.date(year, 3, 31), dt.date(year, 12, 31)]
    for since in bounds:
        for until in bounds:
            if since and until and since > until or not (since or until):
                continue
            spans = rollup.spans(since, until)
            got = Counter(d for level, lo, hi in spans for d in _days_of(level, lo, hi, window))
            lo, hi = since or window[0], until or window[1]
            want = Counter(lo + dt.timedelta(days=i) for i in range((hi - lo).days + 1))
            assert got == want, (since, until, spans)
            for level, lo, hi in spans:
                if level == "week":
                    assert lo.day in (1, 8, 15, 22) and hi.day in (1, 8, 15, 22)
                    assert (lo.year, lo.month) == (hi.year, hi.month)
                if level == "day":  # a day is read only where no whole week fits
                    assert (hi - lo).days < 13
    # a range's ends in weeks: 20 September to 8 October 2019
    assert rollup.spans(dt.date(2019, 9, 20), dt.date(2019, 10, 8)) == [
        ("day", dt.date(2019, 9, 20), dt.date(2019, 9, 21)),
        ("week", dt.date(2019, 9, 22), dt.date(2019, 9, 22)),
        ("week", dt.date(2019, 10, 1), dt.date(2019, 10, 1)),
        ("day", dt.date(2019, 10, 8), dt.date(2019, 10, 8))]


# ---------------------------------------------------------------- the questions agree


SCAN = "feed:"  # every document's source: the same documents, read from the claims
# whole months only, weeks and days at either end or both, no whole month at all,
# weeks within one month
FILTERS = [(None, None), (dt.date(2019, 9, 1), None), (None, dt.date(2019, 12, 31)),
           (dt.date(2019, 3, 1), dt.date(2020, 1, 31)), (dt.date(2019, 9, 25), None),
           (None, dt.date(2019, 10, 7)), (dt.date(2019, 2, 15), dt.date(2020, 1, 6)),
           (dt.date(2019, 9, 20), dt.date(2019, 10, 8)),
           (dt.date(2019, 9, 9), dt.date(2019, 9, 27))]


def both(since, until) -> tuple[q.Filters, q.Filters]:
    return q.Filters(since, until), q.Filters(since, until, SCAN)


@pytest.fixture(scope="module")
def asked(request, docs, tmp_path_factory, pg_server):
    """One filled store per backend, shared by the question comparisons."""
    from store_fixtures import new_pg_database

    def make(backend: str):
        url = str(tmp_path_factory.mktemp("rollup") / "s.db") if backend == "sqlite" \
            else new_pg_database(pg_server)
        return _filled(url, docs)

    stores: dict[str, object] = {}
    yield lambda backend: stores.setdefault(backend, make(backend))
    for s in stores.values():
        s.close()


@pytest.mark.parametrize("since, until", FILTERS)
def test_counting_questions_answer_as_the_claim_scan(asked, backend, since, until):
    store = asked(backend)
    rolled, scanned = both(since, until)
    with store.session() as s:
        assert q.counts(s, rolled).documents == q.counts(s, scanned).documents > 0
        assert q.counts(s, rolled) == q.counts(s, scanned)
        assert q.overview(s, rolled) == q.overview(s, scanned)
        # the overview takes its actor and issue counts from its lists' totals
        assert q.overview(s, rolled).counts == q.counts(s, rolled) == q.counts(s, scanned)
        for order in ("claims", "contested"):
            assert q.issues_page(s, rolled, page=q.Page(500), order=order) == \
                q.issues_page(s, scanned, page=q.Page(500), order=order)
        assert q.issues_page(s, rolled, query="impeachment") == \
            q.issues_page(s, scanned, query="impeachment")
        assert q.actors_page(s, rolled, page=q.Page(500)) == \
            q.actors_page(s, scanned, page=q.Page(500))
        assert q.actors_page(s, rolled, query="Trump") == q.actors_page(s, scanned, query="Trump")
        # a page's total counts every row it is cut from, also past the end and when empty
        everyone = q.actors_page(s, rolled, page=q.Page(500))
        every_issue = q.issues_page(s, rolled, page=q.Page(500))
        assert everyone.total == len(everyone.items) > 2
        assert every_issue.total == len(every_issue.items) > 1
        for offset in (1, len(everyone.items), len(everyone.items) + 5):
            assert q.actors_page(s, rolled, page=q.Page(2, offset)).total == everyone.total
            assert q.issues_page(s, scanned, page=q.Page(1, offset)).total == every_issue.total
        assert q.actors_page(s, rolled, query="no such actor").total == 0
        for size in ((15, 8), (3, 2), (50, 50)):
            m = q.matrix(s, rolled, max_actors=size[0], max_issues=size[1])
            assert m == q.matrix(s, scanned, max_actors=size[0], max_issues=size[1])
        assert q.matrix(s, rolled, actors_like=["Trump", "Pelosi"]) == \
            q.matrix(s, scanned, actors_like=["Trump", "Pelosi"])
        assert q.matrix(s, rolled, issues_like=["withdrawal"]) == \
            q.matrix(s, scanned, issues_like=["withdrawal"])
        for issue in (None, "withdrawal", "impeachment"):
            assert q.agreement(s, rolled, issue) == q.agreement(s, scanned, issue)
    if since is None and until is None:
        with store.session() as s:
            m = q.matrix(s)
            assert m.cells and m.issues[0].claims > 1
            assert q.agreement(s).edges


@pytest.mark.parametrize("since", [dt.date(2019, 1, 1), dt.date(2019, 6, 1),
                                   dt.date(2019, 9, 25), dt.date(2030, 1, 1)])
def test_changes_answer_as_the_claim_scan(asked, backend, since):
    """``changes`` reads only the newest claims it needs (a window it widens until it has
    ``limit`` changes): every limit gives the first ``limit`` of the whole answer."""
    store = asked(backend)
    with store.session() as s:
        whole = q.changes(s, since, q.Filters(source=SCAN))
        assert q.changes(s, since) == whole
        for limit in (1, 2, 3, 5):
            assert q.changes(s, since, limit=limit) == whole[:limit]
    if since == dt.date(2019, 1, 1):
        pelosi = [c for c in whole if c.actor.name == "Nancy Pelosi"]
        assert any(c.kind == "flipped" for c in pelosi), whole


# ---------------------------------------------------------------- writers at once


def _write(url: str, docs: list[dict]) -> tuple[int, list]:
    store = open_store(url)
    try:
        report = ingest_documents(store, docs)
        return report.stored, [str(f) for f in report.failures]
    finally:
        store.close()


def test_two_writers_at_once_count_every_claim_once(docs, pg_server):
    """Two processes store articles with the same speakers, issues and days into one
    PostgreSQL store at the same time (their roll-up rows are the same rows): afterwards
    the roll-ups hold what counting the claims gives."""
    import multiprocessing

    from store_fixtures import new_pg_database

    url = new_pg_database(pg_server)
    open_store(url).close()  # migrated once, before the writers race
    twins = []
    for d in docs:
        t = json.loads(json.dumps(d))
        t["text"] += "\n\n[the same, again]"
        t["document"]["id"] = document_id(t["text"])
        twins.append(t)
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = pool.starmap(_write, [(url, docs), (url, twins)])
    assert [r[1] for r in results] == [[], []]
    assert sum(r[0] for r in results) == 2 * len(docs)
    store = open_store(url)
    try:
        assert_current(store)
        assert consistency_problems(store) == []
    finally:
        store.close()
