"""One answer per question: the CLI (``--format json``, run in-process), the JSON API and
the dashboard pages' data (``#page-data``) agree on the same store, question by question."""

from __future__ import annotations

import html
import json
import re

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from stancemap.cli import app as cli
from stancemap.model import document_id
from stancemap.web import create_app
from webdata import PARIS, shared_db


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(shared_db()))


def cli_json(*args: str):
    result = CliRunner().invoke(cli, [*args, "--db", shared_db(), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def page_data(client: TestClient, path: str, **params):
    r = client.get(path, params=params)
    assert r.status_code == 200, (path, r.text[:300])
    found = re.search(r'<script type="application/json" id="page-data">(.*?)</script>', r.text,
                      re.S)
    assert found, path
    return json.loads(html.unescape(found.group(1)))


def api(client: TestClient, path: str, **params):
    r = client.get(path, params=params)
    assert r.status_code == 200, (path, r.text[:300])
    return r.json()


def test_overview_matrix_timeline(client):
    data = page_data(client, "/")
    assert data["overview"] == api(client, "/api/overview") == cli_json("overview")
    assert data["matrix"] == api(client, "/api/matrix") == cli_json("matrix")
    assert data["timeline"] == api(client, "/api/timeline") == cli_json("timeline")
    assert data["overview"]["counts"]["claims"] > 0 and data["matrix"]["cells"]
    src = {"source": "curated", "since": "2025-01-01"}
    assert page_data(client, "/", **src)["overview"] == api(client, "/api/overview", **src) \
        == cli_json("overview", "--source", "curated", "--since", "2025-01-01")


def test_documents(client):
    doc = page_data(client, "/documents")
    assert doc == api(client, "/api/documents", limit=100) == cli_json("documents",
                                                                        "--limit", "100")
    one = document_id(PARIS)
    assert page_data(client, f"/documents/{one}") == api(client, f"/api/documents/{one}") \
        == cli_json("document", one)


def test_actors(client):
    assert page_data(client, "/actors") == api(client, "/api/actors", limit=100) \
        == cli_json("actors", "--limit", "100")
    named = page_data(client, "/actors", q="Scholz")
    assert named == api(client, "/api/actors", q="Scholz", limit=100) \
        == cli_json("actors", "Scholz", "--limit", "100")
    german = page_data(client, "/actors", kind="person", country="deu")
    assert [a["name"] for a in german["items"]] == ["Olaf Scholz"]
    assert german == api(client, "/api/actors", kind="person", country="deu", limit=100) \
        == cli_json("actors", "--kind", "person", "--country", "deu", "--limit", "100")
    scholz = named["items"][0]["id"]
    assert page_data(client, f"/actors/{scholz}") == api(client, f"/api/actors/{scholz}") \
        == cli_json("actor", str(scholz)) == cli_json("actor", "Olaf Scholz")
    assert api(client, "/api/positions", actor="Scholz") == cli_json("positions", "Scholz")


def test_issues_and_who(client):
    assert page_data(client, "/issues") == api(client, "/api/issues", limit=100)
    issue = api(client, "/api/issues", q="peacekeepers")["items"][0]["id"]
    by_id = page_data(client, f"/issues/{issue}")
    assert by_id == api(client, f"/api/issues/{issue}") \
        == cli_json("issues", "show", str(issue), "--limit", "500")
    assert by_id["groups"]["support_if"]  # Scholz: supports if there is a ceasefire
    assert api(client, "/api/who", issue="peacekeepers") == cli_json("who", "peacekeepers")


def test_agreement_changes_search_events(client):
    assert page_data(client, "/network") == api(client, "/api/agreement") \
        == cli_json("agreement")
    issue = api(client, "/api/issues", q="peacekeepers")["items"][0]["id"]
    assert page_data(client, "/network", issue_id=issue) == api(
        client, "/api/agreement", issue_id=issue)
    assert api(client, "/api/changes", since="2025-01-01") == cli_json(
        "changes", "--since", "2025-01-01")
    words = "defence spending"
    assert page_data(client, "/search", q=words) == api(client, "/api/search", q=words,
                                                        limit=100) \
        == cli_json("search", words, "--limit", "100")
    assert page_data(client, "/events") == api(client, "/api/events", limit=100) \
        == cli_json("events", "--limit", "100")
    held = {"status": "held", "place": "Brussels"}
    assert page_data(client, "/events", **held) == api(client, "/api/events", limit=100,
                                                       **held) \
        == cli_json("events", "--limit", "100", "--status", "held", "--place", "Brussels")


def test_csv_downloads_are_the_cli_csv(client):
    for path, params, args in [
        ("/api/documents", {"limit": 100}, ["documents", "--limit", "100"]),
        ("/api/events", {"limit": 100}, ["events", "--limit", "100"]),
        ("/api/matrix", {}, ["matrix"]),
        ("/api/who", {"issue": "peacekeepers"}, ["who", "peacekeepers"]),
        ("/api/search", {"q": "defence spending", "limit": 100},
         ["search", "defence spending", "--limit", "100"]),
    ]:
        r = client.get(path, params={**params, "format": "csv"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        res = CliRunner().invoke(cli, [*args, "--db", shared_db(), "--format", "csv"])
        assert res.exit_code == 0, res.output
        assert r.text == res.stdout and r.text.count("\n") > 1, path
    page = client.get("/events").text
    assert 'href="/api/events?limit=100&amp;format=csv"' in page


def test_forecast_is_one_answer(client):
    issue = api(client, "/api/issues", q="peacekeepers")["items"][0]["id"]
    answer = api(client, f"/api/issues/{issue}/forecast")
    assert answer == cli_json("forecast", str(issue))
    assert api(client, f"/api/issues/{issue}/forecast", as_of="2025-02-28") == cli_json(
        "forecast", str(issue), "--as-of", "2025-02-28")
    r = client.get(f"/issues/{issue}")
    panel = json.loads(html.unescape(re.search(
        r'<script type="application/json" id="forecast-data">(.*?)</script>', r.text,
        re.S).group(1)))
    base = panel["grid"][""]["numbers"]
    assert base["weighted mean"] == answer["weighted_mean"]
    assert base["weighted median"] == answer["weighted_median"]
    assert base["BDM median"] == answer["bdm"]["forecast"]["median"]
    # each switch combination is the API's answer with those conditions assumed
    ceasefire = next(s["id"] for s in panel["switches"] if "ceasefire" in s["text"])
    assumed = api(client, f"/api/issues/{issue}/forecast", assume=ceasefire)
    assert panel["grid"][ceasefire]["numbers"]["weighted mean"] == assumed["weighted_mean"]
    assert assumed["weighted_mean"] > answer["weighted_mean"]  # Scholz joins the supporters
    assert set(panel["grid"]) == {"", "s1", "s2", "s1+s2"}
