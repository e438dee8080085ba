"""The store's exports (JSON Lines, CSV, GraphML), on SQLite and PostgreSQL alike, over the
hand-made documents (store_fixtures.handmade_docs: real Wikinews texts, claims coded by
hand). The questions themselves are in test_questions.py."""

from __future__ import annotations

import io
import json

import networkx as nx

from stancemap.store.export import load_documents, write_csv, write_graphml, write_json
from store_fixtures import *  # noqa: F403
from store_fixtures import handmade_docs


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
        node = {d["label"]: n for n, d in a.nodes(data=True)}
        assert a.edges[node["Brett McGurk"], node["Nikki Haley"]]["agree"] == 1
        docs = load_documents(s, [handmade_docs()[0]["document"]["id"]])
        assert docs[0]["claims"][0]["stance"] == "oppose"
