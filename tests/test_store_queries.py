"""The questions, on SQLite and PostgreSQL alike, over the hand-made documents
(store_fixtures.handmade_docs: real Wikinews texts, claims coded by hand)."""

from __future__ import annotations

import datetime as dt
import io
import json

import networkx as nx

from stancemap.store import queries as q
from stancemap.store.export import load_documents, write_csv, write_graphml, write_json
from stancemap.store.queries import Filters
from store_fixtures import *  # noqa: F403
from store_fixtures import handmade_docs


def names(rows) -> set[str]:
    return {r.actor for r in rows}


def test_actor_merged_across_articles(filled_store):
    with filled_store.session() as s:
        trump = q.find_actors(s, "Trump")
        assert [a.name for a in trump] == ["Donald Trump"]
        assert trump[0].documents == 2  # "Donald Trump" and the lone "Trump" (President, USA)
        assert {"Donald Trump", "Trump"} <= set(trump[0].aliases)
        assert trump[0].first_seen == dt.date(2019, 9, 25)
        assert trump[0].last_seen == dt.date(2019, 10, 8)
        # transliteration: the alias without the diacritic finds the same actor
        assert [a.name for a in q.find_actors(s, "Erdogan")] == ["Recep Tayyip Erdoğan"]
        assert [a.name for a in q.find_actors(s, "Zelenskyy")] == ["Volodymyr Zelensky"]
        assert q.find_actors(s, "Nobody Atall") == []


def test_positions(filled_store):
    with filled_store.session() as s:
        rows = q.positions(s, "Trump")
        assert [(r.date.isoformat(), r.stance, r.issue) for r in rows] == [
            ("2019-09-25", "oppose", "impeachment"),
            ("2019-10-08", "support", "troop withdrawal")]
        assert rows[1].evidence == "announced US troops would be leaving Syria"
        assert rows[1].source.endswith("US_President_Trump_announces_troop_withdrawal_from_Syria")
        assert [r.stance for r in q.positions(s, "Trump", issue="withdrawal")] == ["support"]
        since = q.positions(s, "Trump", Filters(since=dt.date(2019, 10, 1)))
        assert [r.issue for r in since] == ["troop withdrawal"]
        by_source = q.positions(s, "Trump", Filters(source="impeachment_investigation"))
        assert [r.issue for r in by_source] == ["impeachment"]
        both = q.positions(s, "Ortagus")
        assert both[0].co_speakers == ["United States"]


def test_who(filled_store):
    with filled_store.session() as s:
        res = q.who(s, "impeachment")
        assert res.issues == ["impeachment"]
        g = res.groups
        assert names(g["support"]) == {"Nancy Pelosi", "Jerrold Nadler"}
        assert names(g["oppose"]) == {"Donald Trump"}
        assert names(g["oppose_unless"]) == {"Doug Collins"}  # opposes unless the House votes
        assert g["support_if"] == []
        assert g["oppose_unless"][0].conditions == [
            "Until the full House votes to authorize an inquiry"]
        pelosi = next(r for r in g["support"] if r.actor == "Nancy Pelosi")
        assert (pelosi.claims, pelosi.support, pelosi.oppose) == (2, 1, 1)
        assert pelosi.latest == dt.date(2019, 9, 25)
        w = q.who(s, "troop withdrawal").groups
        assert names(w["support"]) == {"Donald Trump", "Parliament of Iraq", "Adil Abdul-Mahdi"}
        assert names(w["oppose"]) == {"Syrian Democratic Forces", "Nikki Haley", "Brett McGurk",
                                      "Morgan Ortagus", "United States"}
        early = q.who(s, "withdrawal", Filters(until=dt.date(2019, 12, 31))).groups
        assert "Parliament of Iraq" not in names(early["support"])
        assert q.who(s, "no such issue anywhere").issues == []


def test_matrix(filled_store):
    with filled_store.session() as s:
        m = q.matrix(s)
        assert set(m.issues) == {"troop withdrawal", "impeachment"}
        assert m.cell("Donald Trump", "impeachment").net == -1
        assert m.cell("Donald Trump", "troop withdrawal").net == 1
        assert m.cell("Nancy Pelosi", "impeachment").net == 0  # once against, once for
        assert m.cell("Nikki Haley", "impeachment") is None
        only = q.matrix(s, actors_like=["Trump"])
        assert only.actors == ["Donald Trump"]


def test_changes(filled_store):
    with filled_store.session() as s:
        rows = q.changes(s, dt.date(2019, 9, 1))
        assert [(c.actor, c.issue, c.kind) for c in rows] == [
            ("Nancy Pelosi", "impeachment", "flipped")]
        c = rows[0]
        assert (c.before.stance, c.before.date) == ("oppose", dt.date(2019, 5, 1))
        assert (c.after.stance, c.after.date) == ("support", dt.date(2019, 9, 25))
        assert q.changes(s, dt.date(2019, 10, 1)) == []


def test_agreement(filled_store):
    with filled_store.session() as s:
        net = q.agreement(s, "withdrawal")
        edges = {(e.source, e.target): e for e in net.edges}
        assert edges[("Brett McGurk", "Nikki Haley")].agree == 1
        assert edges[("Donald Trump", "Nikki Haley")].disagree == 1
        assert edges[("Donald Trump", "Parliament of Iraq")].weight == 1
        assert {n.actor for n in net.nodes} >= {"Donald Trump", "Nikki Haley"}
        overall = q.agreement(s)
        assert ("Donald Trump", "Nancy Pelosi") not in {(e.source, e.target)
                                                        for e in overall.edges}  # Pelosi: 0
        assert ("Donald Trump", "Doug Collins") in {(e.source, e.target) for e in overall.edges}


def test_search(filled_store):
    with filled_store.session() as s:
        hits = q.search(s, "witch hunt")
        assert [(h.kind, h.who) for h in hits] == [("claim", ["Donald Trump"])]
        assert "Witch Hunt garbage" in hits[0].evidence
        assert {h.kind for h in q.search(s, "phone")} == {"event"}
        assert q.search(s, '"leaving syria"')[0].who == ["Donald Trump"]
        assert len(q.search(s, "withdraw")) >= 1  # stemming: "withdrawal", "withdraw"
        assert q.search(s, "zzzz-nothing") == []
        assert q.search(s, 'odd "quote') is not None  # never a syntax error
        assert q.search(s, "troops", Filters(since=dt.date(2020, 1, 1)))[0].date.year == 2020


def test_events(filled_store):
    with filled_store.session() as s:
        calls = q.list_events(s, actor="Trump")
        assert [(e.kind, sorted(e.participants)) for e in calls] == [
            ("call", ["Donald Trump", "Recep Tayyip Erdoğan"]),
            ("call", ["Donald Trump", "Volodymyr Zelensky"])]
        assert calls[0].date == dt.date(2019, 10, 6)
        assert [e.kind for e in q.list_events(s, place="baghdad")] == ["attack"]
        assert [e.kind for e in q.list_events(s, kind="vote")] == ["vote"]
        assert q.list_events(s, status="cancelled") == []
        recent = q.list_events(s, Filters(since=dt.date(2020, 1, 1)))
        assert {e.kind for e in recent} == {"vote", "attack"}


def test_export_json_round_trip(filled_store):
    with filled_store.session() as s:
        buf = io.StringIO()
        assert write_json(s, buf) == 4
        got = [json.loads(line) for line in buf.getvalue().splitlines()]
    want = {d["document"]["id"]: d for d in handmade_docs()}
    for d in got:
        keys = {a.pop("actor") for a in d["actors"]}
        assert all(keys)
        assert d == want[d["document"]["id"]]


def test_export_csv_and_graphml(filled_store, tmp_path):
    with filled_store.session() as s:
        buf = io.StringIO()
        n = write_csv(s, buf, issue="impeachment")
        lines = buf.getvalue().splitlines()
        assert n == 5 and len(lines) == 6 and lines[0].startswith("document_id,published")
        path = tmp_path / "map.graphml"
        write_graphml(s, path)
        g = nx.read_graphml(path)
        assert g.nodes["actor:donald-trump"]["label"] == "Donald Trump"
        edge = g.edges["actor:donald-trump", "issue:troop withdrawal"]
        assert edge["support"] == 1 and edge["stance"] == "support"
        write_graphml(s, tmp_path / "agree.graphml", network="agreement", issue="withdrawal")
        a = nx.read_graphml(tmp_path / "agree.graphml")
        assert a.edges["Brett McGurk", "Nikki Haley"]["agree"] == 1
        docs = load_documents(s, [handmade_docs()[0]["document"]["id"]])
        assert docs[0]["claims"][0]["stance"] == "oppose"
