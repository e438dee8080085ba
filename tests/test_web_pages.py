"""The HTML pages: they render, escape hostile text, highlight evidence and obey filters."""

from __future__ import annotations

import html
import re

import pytest
from fastapi.testclient import TestClient

from stancemap.model import document_id
from stancemap.web import create_app
from stancemap.web.app import segments
from webdata import HOSTILE, PARIS, shared_db


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app(shared_db()))


def first_id(client: TestClient, what: str, **params: str) -> int:
    return client.get(f"/api/{what}", params=params).json()["items"][0]["id"]


def test_every_page_renders(client):
    issue = first_id(client, "issues")
    actor = first_id(client, "actors")
    doc = client.get("/api/documents").json()["items"][0]["id"]
    for url in ["/", "/issues", f"/issues/{issue}", "/actors", f"/actors/{actor}",
                "/documents", f"/documents/{doc}", "/network", f"/network?issue_id={issue}",
                "/events", "/events?status=held&actor=Scholz",
                "/search", "/search?q=Trump", "/?since=&until=&source=", "/docs"]:
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert 'id="filters"' in r.text, url  # the date and source filters are on every page


def test_missing_and_bad_input(client):
    assert client.get("/issues/424242").status_code == 404
    assert client.get("/documents/nope").status_code == 404
    bad = client.get("/?since=not-a-date")
    assert bad.status_code == 400 and bad.headers["content-type"].startswith("text/html")
    assert "since must be a date YYYY-MM-DD" in bad.text  # a sentence on a page, not JSON
    assert client.get("/issues/not-a-number").status_code == 422
    assert "issue_id" in client.get("/issues/not-a-number").text
    assert client.get("/upload").status_code == 404  # no token: no uploads


def test_hostile_text_is_escaped_everywhere(client):
    doc_id = document_id(HOSTILE)
    actor = first_id(client, "actors", q="Mallory")
    pages = [f"/documents/{doc_id}", f"/actors/{actor}", "/", "/documents", "/actors",
             "/issues", "/search?q=Mallory", "/network", "/search?q=%3Cscript%3E"]
    for url in pages:
        text = client.get(url).text
        assert "<script>window.__pwned" not in text, url
        assert "<img src=x" not in text, url
        assert 'href="javascript:' not in text, url
        assert "<b onmouseover" not in text, url
    page = client.get(f"/documents/{doc_id}").text
    assert html.escape("<script>window.__pwned = 'script'</script>", quote=False) in page \
        or "&lt;script&gt;window.__pwned" in page


def test_document_highlights_equal_evidence(client):
    doc = client.get(f"/api/documents/{document_id(PARIS)}").json()
    page = client.get(f"/documents/{doc['id']}").text
    article = re.search(r'<article class="text"[^>]*>(.*?)</article>', page, re.S).group(1)
    for c in doc["claims"]:
        parts = re.findall(
            r'<mark class="ev[^"]*" data-claims="([^"]*)"[^>]*>(?:<span[^>]*></span>)*(.*?)</mark>',
            article, re.S)
        text = "".join(html.unescape(t) for ids, t in parts if str(c["id"]) in ids.split())
        assert text == c["evidence"]["text"]
        assert f'class="ev stance-{c["stance_class"]}' in article
    plain = html.unescape(re.sub(r"<[^>]+>", "", article))
    assert plain == doc["text"]


def test_focused_claim_is_marked(client):
    doc = client.get(f"/api/documents/{document_id(PARIS)}").json()
    c = doc["claims"][1]
    page = client.get(f"/documents/{doc['id']}", params={"claim": c["id"]}).text
    assert f'data-focus="{c["id"]}"' in page
    assert page.count(" focus\"") + page.count(" focus ") >= 1


def test_segments_handle_overlaps():
    text = "abcdefghij"
    claims = [{"id": 1, "stance_class": "support", "target": "t", "speakers": [],
               "speaker_text": "x", "evidence": {"start": 1, "end": 6}},
              {"id": 2, "stance_class": "oppose", "target": "u", "speakers": [],
               "speaker_text": "y", "evidence": {"start": 4, "end": 9}},
              {"id": 3, "stance_class": "oppose", "target": "u", "speakers": [],
               "speaker_text": "y", "evidence": {"start": 5, "end": 99}}]  # out of range
    segs = segments(text, claims, [])
    assert "".join(s["text"] for s in segs) == text
    for cid, (s, e) in ((1, (1, 6)), (2, (4, 9))):
        assert "".join(x["text"] for x in segs if cid in x["claims"]) == text[s:e]
    assert not any(3 in s["claims"] for s in segs)


def test_filters_change_pages(client):
    all_docs = client.get("/documents").text
    march = client.get("/documents", params={"since": "2025-03-01"}).text
    assert "Sixteen states sue" in all_docs and "Sixteen states sue" not in march
    assert "Brussels summit" in march
    curated = client.get("/", params={"source": "curated"}).text
    assert 'data-count="documents"><b>2</b>' in curated
    # links keep the filters
    assert "source=curated" in curated


def test_search_page_finds_sentence_and_links_claim(client):
    page = client.get("/search", params={"q": "defence spending across Europe"}).text
    assert "Polish Prime Minister Donald Tusk called for raising defence spending" in page
    assert re.search(r'href="/documents/[0-9a-f]{64}\?claim=\d+#claim-\d+"', page)


def test_pages_link_the_original_article_and_their_json(client):
    doc = client.get(f"/api/documents/{document_id(PARIS)}").json()
    page = client.get("/documents").text
    assert 'class="download" href="/api/documents?limit=100"' in page
    stored = client.get("/api/documents", params={"limit": 500}).json()["items"]
    with_url = next(d for d in stored if (d["url"] or "").startswith("http"))
    assert f'class="original" href="{html.escape(with_url["url"])}"' in page
    issue_page = client.get(f"/issues/{doc['claims'][0]['issue']['id']}").text
    assert "supports if…" in issue_page and "opposes unless…" in issue_page  # the legend


def test_events_page_never_dates_an_event_by_its_article(client):
    page = client.get("/events").text
    listing = re.search(r'<ul class="events" id="events">(.*?)</ul>', page, re.S).group(1)
    events = client.get("/api/events", params={"limit": 100}).json()["items"]
    undated = [e for e in events if e["date"] is None]
    assert undated, "the examples have events without a date"
    assert listing.count("date not given") == len(undated)
    for e in events:
        if e["date"]:
            assert f'<span class="when">{e["date"]}</span>' in listing
