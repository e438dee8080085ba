"""The questions (stancemap.questions), on SQLite and PostgreSQL alike, over the hand-made
documents (store_fixtures.handmade_docs: real Wikinews texts, claims coded by hand)."""

from __future__ import annotations

import datetime as dt
import json

from stancemap import questions as q
from stancemap.questions import Filters, Page
from store_fixtures import *  # noqa: F403


def who_names(rows) -> set[str]:
    return {r.actor.name for r in rows}


def test_actor_merged_across_articles(filled_store):
    with filled_store.session() as s:
        trump = q.actors_page(s, query="Trump").items
        assert [a.name for a in trump] == ["Donald Trump"]
        assert trump[0].documents == 2  # "Donald Trump" and the lone "Trump" (President, USA)
        assert {"Donald Trump", "Trump"} <= set(trump[0].aliases)
        assert trump[0].first_seen == dt.date(2019, 9, 25)
        assert trump[0].last_seen == dt.date(2019, 10, 8)
        assert (trump[0].claims, trump[0].support, trump[0].oppose) == (2, 1, 1)
        # transliteration: the alias without the diacritic finds the same actor
        assert [a.name for a in q.actors_page(s, query="Erdogan").items] == [
            "Recep Tayyip Erdoğan"]
        assert [a.name for a in q.actors_page(s, query="Zelenskyy").items] == [
            "Volodymyr Zelensky"]
        assert q.actors_page(s, query="Nobody Atall").items == ()
        first = q.actors_page(s, page=Page(2))
        assert len(first.items) == 2 and first.total > 2
        assert first.items[0].claims >= first.items[1].claims  # most claims first


def test_positions(filled_store):
    with filled_store.session() as s:
        res = q.positions(s, "Trump")
        assert [a.name for a in res.actors] == ["Donald Trump"]
        assert [(c.published.isoformat(), c.stance, c.issue.label) for c in res.claims] == [
            ("2019-09-25", "oppose", "impeachment"),
            ("2019-10-08", "support", "troop withdrawal")]
        last = res.claims[1]
        assert last.evidence.text == "announced US troops would be leaving Syria"
        assert last.document.source.endswith(
            "US_President_Trump_announces_troop_withdrawal_from_Syria")
        assert [c.stance for c in q.positions(s, "Trump", issue="withdrawal").claims] == [
            "support"]
        since = q.positions(s, "Trump", Filters(since=dt.date(2019, 10, 1))).claims
        assert [c.issue.label for c in since] == ["troop withdrawal"]
        by_source = q.positions(s, "Trump", Filters(source="impeachment_investigation")).claims
        assert [c.issue.label for c in by_source] == ["impeachment"]
        joint = q.positions(s, "Ortagus").claims[0]
        assert [a.name for a in joint.speakers] == ["Morgan Ortagus", "United States"]
        assert q.positions(s, "Nobody Atall").actors == ()
        newest = q.positions(s, "Trump", limit=1).claims
        assert [c.issue.label for c in newest] == ["troop withdrawal"]


def test_who(filled_store):
    with filled_store.session() as s:
        res = q.who(s, "impeachment")
        assert [i.label for i in res.issues] == ["impeachment"]
        g = res.groups
        assert who_names(g["support"]) == {"Nancy Pelosi", "Jerrold Nadler"}
        assert who_names(g["oppose"]) == {"Donald Trump"}
        assert who_names(g["oppose_unless"]) == {"Doug Collins"}  # unless the House votes
        assert g["support_if"] == ()
        assert g["oppose_unless"][0].conditions == (
            "Until the full House votes to authorize an inquiry",)
        pelosi = next(r for r in g["support"] if r.actor.name == "Nancy Pelosi")
        assert (pelosi.claims, pelosi.support, pelosi.oppose) == (2, 1, 1)
        assert pelosi.latest == dt.date(2019, 9, 25)
        claims = {c.id: c for c in res.claims}
        assert all(cid in claims for cid in pelosi.claim_ids)  # every row links its evidence
        assert [claims[i].stance for i in pelosi.claim_ids] == ["support", "oppose"]
        assert q.who(s, res.issues[0].id).groups == g  # by id: the same answer
        w = q.who(s, "troop withdrawal").groups
        assert who_names(w["support"]) == {"Donald Trump", "Parliament of Iraq",
                                           "Adil Abdul-Mahdi"}
        assert who_names(w["oppose"]) == {"Syrian Democratic Forces", "Nikki Haley",
                                          "Brett McGurk", "Morgan Ortagus", "United States"}
        early = q.who(s, "withdrawal", Filters(until=dt.date(2019, 12, 31))).groups
        assert "Parliament of Iraq" not in who_names(early["support"])
        assert q.who(s, "no such issue anywhere").issues == ()


def test_matrix(filled_store):
    with filled_store.session() as s:
        m = q.matrix(s)
        issue = {i.issue.label: i.issue.id for i in m.issues}
        actor = {a.actor.name: a.actor.id for a in m.actors}
        assert set(issue) == {"troop withdrawal", "impeachment"}
        trump_imp = m.cell(actor["Donald Trump"], issue["impeachment"])
        assert (trump_imp.net, trump_imp.oppose, trump_imp.lean) == (-1, 1, -1.0)
        assert m.cell(actor["Donald Trump"], issue["troop withdrawal"]).net == 1
        pelosi = m.cell(actor["Nancy Pelosi"], issue["impeachment"])
        assert (pelosi.net, pelosi.claims) == (0, 2)  # once against, once for
        collins = m.cell(actor["Doug Collins"], issue["impeachment"])
        assert (collins.oppose_unless, collins.net) == (1, -1)  # a condition keeps its way
        assert m.cell(actor["Nikki Haley"], issue["impeachment"]) is None
        only = q.matrix(s, actors_like=["Trump"])
        assert [a.actor.name for a in only.actors] == ["Donald Trump"]


def test_changes(filled_store):
    with filled_store.session() as s:
        rows = q.changes(s, dt.date(2019, 9, 1))
        assert [(c.actor.name, c.issue.label, c.kind) for c in rows] == [
            ("Nancy Pelosi", "impeachment", "flipped")]
        c = rows[0]
        assert (c.before.stance, c.before.date) == ("oppose", dt.date(2019, 5, 1))
        assert (c.after.stance, c.after.date) == ("support", dt.date(2019, 9, 25))
        assert q.claim(s, c.after.claim_id).evidence.text == c.after.evidence
        assert q.changes(s, dt.date(2019, 10, 1)) == ()


def test_agreement_joins_actors_by_id(filled_store):
    with filled_store.session() as s:
        net = q.agreement(s, issue="withdrawal")
        name = {n.actor.id: n.actor.name for n in net.nodes}
        edges = {(name[e.source], name[e.target]): e for e in net.edges}
        edges.update({(b, a): e for (a, b), e in edges.items()})
        assert edges[("Brett McGurk", "Nikki Haley")].agree == 1
        assert edges[("Donald Trump", "Nikki Haley")].disagree == 1
        assert edges[("Donald Trump", "Parliament of Iraq")].weight == 1
        assert {"Donald Trump", "Nikki Haley"} <= set(name.values())
        overall = q.agreement(s)
        name = {n.actor.id: n.actor.name for n in overall.nodes}
        pairs = {frozenset((name[e.source], name[e.target])) for e in overall.edges}
        assert frozenset(("Donald Trump", "Nancy Pelosi")) not in pairs  # Pelosi nets 0
        assert frozenset(("Donald Trump", "Doug Collins")) in pairs
        assert q.agreement(s, issue="no such issue anywhere").nodes == ()


def test_search(filled_store):
    with filled_store.session() as s:
        hits = q.search(s, "witch hunt")
        assert [[a.name for a in c.speakers] for c in hits.claims] == [["Donald Trump"]]
        assert "Witch Hunt garbage" in hits.claims[0].evidence.text
        assert q.claim(s, hits.claims[0].id) == hits.claims[0]  # hits carry their claim ids
        phone = q.search(s, "phone")
        assert phone.events and not phone.claims
        assert [a.name for a in q.search(s, '"leaving syria"').claims[0].speakers] == [
            "Donald Trump"]
        assert q.search(s, "withdraw").claims  # stemming: "withdrawal", "withdraw"
        assert q.search(s, "zzzz-nothing") == q.SearchResult("zzzz-nothing", (), ())
        assert q.search(s, 'odd "quote') is not None  # never a syntax error
        late = q.search(s, "troops", Filters(since=dt.date(2020, 1, 1)))
        assert all(c.published.year == 2020 for c in late.claims) and late.claims


def test_events_keep_undated_undated(filled_store):
    with filled_store.session() as s:
        calls = q.events_page(s, actor="Trump").items
        assert [(e.kind, sorted(p.name for p in e.participants)) for e in calls] == [
            ("call", ["Donald Trump", "Recep Tayyip Erdoğan"]),
            ("call", ["Donald Trump", "Volodymyr Zelensky"])]
        assert calls[0].date == dt.date(2019, 10, 6)
        trump = q.actors_page(s, query="Trump").items[0].id
        assert q.events_page(s, actor=trump).items == calls  # by id: the same
        # the actor's total counted from the indexes equals the count through the events
        assert q.events_page(s, actor="Trump").total == len(calls) == q.events_page(
            s, Filters(since=dt.date(1900, 1, 1)), actor="Trump").total
        assert q.events_page(s, actor="Trump", page=Page(1)).total == len(calls)
        assert [e.kind for e in q.events_page(s, place="baghdad").items] == ["attack"]
        assert [e.kind for e in q.events_page(s, kind="vote").items] == ["vote"]
        assert q.events_page(s, status="cancelled").items == ()
        recent = q.events_page(s, Filters(since=dt.date(2020, 1, 1))).items
        assert {e.kind for e in recent} == {"vote", "attack"}
        for e in q.events_page(s, page=Page(100)).items:
            assert e.date is None or e.date_text, e  # a date comes from words of the text
            assert e.document.published is not None


def test_browse(filled_store):
    with filled_store.session() as s:
        ov = q.overview(s)
        assert ov.counts == q.counts(s)
        assert (ov.counts.documents, ov.counts.claims) == (4, sum(ov.stances.values()))
        assert ov.stances["oppose_unless"] == 1
        assert {i.label for i in ov.contested_issues} == {"impeachment", "troop withdrawal"}
        docs = q.documents_page(s)
        assert docs.total == 4 and [d.published for d in docs.items] == sorted(
            (d.published for d in docs.items), reverse=True)
        doc = q.document(s, docs.items[0].id)
        assert len(doc.claims) == docs.items[0].claims and doc.text
        for c in doc.claims:
            assert doc.text[c.evidence.start:c.evidence.end] == c.evidence.text
        assert q.document(s, "no-such-id") is None
        issues = q.issues_page(s, order="contested").items
        imp = next(i for i in issues if i.label == "impeachment")
        assert (imp.support, imp.oppose, imp.oppose_unless) == (2, 2, 1)  # Pelosi, Nadler for
        trump = q.actors_page(s, query="Trump").items[0]
        detail = q.actor(s, trump.id)
        assert detail.actor == trump
        assert [c.issue.label for c in detail.positions] == ["impeachment", "troop withdrawal"]
        assert {e.kind for e in detail.events} == {"call"}
        points = q.timeline(s, actor_id=trump.id)
        assert [(p.date, p.stance_class) for p in points] == [
            (dt.date(2019, 10, 8), "support"), (dt.date(2019, 9, 25), "oppose")]
        json.dumps(q.to_json(ov))  # every answer encodes as JSON


def test_answers_carry_every_model_field():
    """A field added to the extractor's Claim or Event (and stored by the codec) reaches
    every answer with no change to the questions (the store replaces ids and references)."""
    import dataclasses

    from stancemap.model import Claim, Event

    for model, item, replaced in ((Claim, q.ClaimItem, {"id", "speakers", "issue"}),
                                  (Event, q.EventItem, {"id", "date", "participants",
                                                        "convener", "recipients"})):
        own = {f.name for f in dataclasses.fields(item)}
        assert {f.name for f in dataclasses.fields(model)} - replaced <= own
        assert replaced <= own  # replaced by the store's version, not dropped


def test_event_recipients_are_store_actors(filled_store):
    with filled_store.session() as s:
        for e in q.events_page(s, page=Page(100)).items:
            assert all(isinstance(r, q.ActorRef) for r in e.recipients)
            assert e.mode is None or isinstance(e.mode, str)
