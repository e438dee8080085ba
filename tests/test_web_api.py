"""The JSON API over a real SQLite store holding the examples and hand-coded documents."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from stancemap.model import document_id
from stancemap.web import create_app
from webdata import BRUSSELS, KNOWN_SENTENCE, PARIS, curated_documents, shared_db


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(shared_db()))


def test_overview_counts_and_lists(client):
    ov = client.get("/api/overview").json()
    assert ov["counts"]["documents"] >= 10
    assert ov["counts"]["claims"] >= 10
    assert ov["top_actors"] and ov["contested_issues"] and ov["latest_events"]
    assert sum(ov["stances"].values()) == ov["counts"]["claims"]


def test_document_evidence_is_the_text(client):
    doc = client.get(f"/api/documents/{document_id(PARIS)}").json()
    assert doc["text"] == PARIS and doc["claims"] and doc["events"]
    for item in doc["claims"] + doc["events"]:
        ev = item["evidence"]
        assert doc["text"][ev["start"]:ev["end"]] == ev["text"]
    assert all(c["speakers"] for c in doc["claims"])


def test_every_stored_document_keeps_offsets(client):
    page = client.get("/api/documents", params={"limit": 500}).json()
    for d in page["items"]:
        doc = client.get(f"/api/documents/{d['id']}").json()
        for c in doc["claims"]:
            ev = c["evidence"]
            assert doc["text"][ev["start"]:ev["end"]] == ev["text"]


def test_issue_groups_link_claims(client):
    issues = client.get("/api/issues", params={"q": "peacekeepers"}).json()["items"]
    assert issues
    issue = client.get(f"/api/issues/{issues[0]['id']}").json()
    names = {e["actor"]["name"]: side for side, es in issue["groups"].items() for e in es}
    # Scholz opposed in February, then supported on a condition: where he stands now
    assert names["Olaf Scholz"] == "support_if"
    assert names["Donald Tusk"] == "support"
    ids = {c["id"] for c in issue["claims"]}
    assert all(cid in ids for es in issue["groups"].values() for e in es
               for cid in e["claim_ids"])


def test_actor_positions_and_events(client):
    found = client.get("/api/actors", params={"q": "Scholz"}).json()["items"]
    assert found
    actor = client.get(f"/api/actors/{found[0]['id']}").json()
    assert actor["actor"]["name"] == "Olaf Scholz" and "Scholz" in actor["actor"]["aliases"]
    assert {p["stance"] for p in actor["positions"]} >= {"support", "oppose"}
    assert any(e["location"] == "Brussels" for e in actor["events"])


def test_matrix_cells_open_real_claims(client):
    mx = client.get("/api/matrix").json()
    assert mx["cells"]
    for cell in mx["cells"][:20]:
        claim = client.get(f"/api/claims/{cell['claim_id']}").json()
        assert claim["document"]["id"] == cell["document_id"]
        assert claim["issue"]["id"] == cell["issue_id"]
        assert cell["actor_id"] in {s["id"] for s in claim["speakers"]}
        assert -1 <= cell["lean"] <= 1 and abs(cell["net"]) <= cell["claims"]


def test_search_finds_known_sentence(client):
    res = client.get("/api/search", params={"q": "defence spending across Europe"}).json()
    hit = next(c for c in res["claims"] if c["evidence"]["text"] == KNOWN_SENTENCE)
    assert client.get(f"/api/claims/{hit['id']}").json() == hit


def test_filters_narrow_results(client):
    everything = client.get("/api/documents", params={"limit": 500}).json()["total"]
    march = client.get("/api/documents", params={"since": "2025-03-01"}).json()
    assert 0 < march["total"] < everything
    assert all(d["published"] >= "2025-03-01" for d in march["items"])
    curated = client.get("/api/overview", params={"source": "curated"}).json()
    assert curated["counts"]["documents"] == 2
    old = client.get("/api/matrix", params={"until": "2020-12-31"}).json()
    assert "Olaf Scholz" not in {a["actor"]["name"] for a in old["actors"]}


def test_store_questions(client):
    who = client.get("/api/who", params={"issue": "peacekeepers"}).json()
    assert "peacekeepers in Ukraine" in {i["label"] for i in who["issues"]}
    pos = client.get("/api/positions", params={"actor": "Olaf Scholz"}).json()
    assert [a["name"] for a in pos["actors"]] == ["Olaf Scholz"]
    assert len(pos["claims"]) >= 2
    assert all("Olaf Scholz" in {s["name"] for s in c["speakers"]} for c in pos["claims"])
    changes = client.get("/api/changes", params={"since": "2025-03-01"}).json()
    scholz = next(c for c in changes if c["actor"]["name"] == "Olaf Scholz")
    assert (scholz["before"]["stance"], scholz["after"]["stance"]) == ("oppose", "support_if")
    net = client.get("/api/agreement", params={"issue": "peacekeepers"}).json()
    name = {n["actor"]["id"]: n["actor"]["name"] for n in net["nodes"]}
    pairs = {frozenset((name[e["source"]], name[e["target"]])): e for e in net["edges"]}
    # Starmer (supports if…) and Tusk (supports) take the same side; Scholz, once against
    # and once for (on a condition), nets no side and links no one
    assert pairs[frozenset(("Keir Starmer", "Donald Tusk"))]["agree"] == 1
    assert "Olaf Scholz" not in name.values()
    events = client.get("/api/events", params={"place": "Brussels"}).json()["items"]
    assert events and all("Brussels" in e["location"] for e in events)
    assert client.get("/api/summary").json()["documents"] >= 10


def test_network_by_id(client):
    net = client.get("/api/agreement").json()
    ids = {n["actor"]["id"] for n in net["nodes"]}
    assert net["edges"] and all(e["source"] in ids and e["target"] in ids for e in net["edges"])
    for e in net["edges"]:
        assert e["weight"] == e["agree"] - e["disagree"] and e["issues"]


@pytest.mark.parametrize("url", ["/api/documents?limit=501", "/api/actors?limit=0",
                                 "/api/issues?offset=-1", "/api/documents?since=yesterday",
                                 "/api/matrix?max_actors=100000"])
def test_limits_and_bad_parameters_are_422(client, url):
    assert client.get(url).status_code == 422


def test_missing_things_are_404(client):
    assert client.get("/api/documents/" + "0" * 64).status_code == 404
    assert client.get("/api/actors/999999").status_code == 404
    assert client.get("/api/issues/999999").status_code == 404
    assert client.get("/api/claims/999999").status_code == 404


def test_sql_metacharacters_are_plain_text(client):
    for q in ["'; DROP TABLE claims; --", '"', "%", "_", "a OR", "NEAR(", "*"]:
        r = client.get("/api/search", params={"q": q})
        assert r.status_code in (200, 400), q
        assert client.get("/api/actors", params={"q": q}).status_code == 200
    assert client.get("/api/summary").json()["claims"] > 0


def test_openapi_documents_the_api(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/overview", "/api/documents", "/api/documents/{doc_id}", "/api/actors",
                 "/api/issues/{issue_id}", "/api/matrix", "/api/who", "/api/positions",
                 "/api/changes", "/api/agreement", "/api/search", "/api/events",
                 "/api/timeline", "/api/claims/{claim_id}"):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/documents"]


def test_fixture_documents_are_valid():
    from stancemap.validate import problems

    for doc in curated_documents():
        assert problems(doc) == []
    assert BRUSSELS != PARIS
