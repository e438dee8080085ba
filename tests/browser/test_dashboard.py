"""The dashboard in real headless chromium: pages load cleanly, charts draw, the matrix
opens evidence, search and filters work, hostile articles stay text."""

from __future__ import annotations

import re

import httpx
import pytest

from stancemap.model import document_id
from webdata import HOSTILE, KNOWN_SENTENCE, PARIS

CHART_MARKS = ".chart[data-drawn='true'] svg .role-mark path, " \
              ".chart[data-drawn='true'] svg .role-mark text"


def api(base: str, path: str, **params) -> dict:
    return httpx.get(base + path, params=params, timeout=30).json()


def wait_charts(web, expected: int) -> None:
    web.page.wait_for_function(
        "n => document.querySelectorAll(\".chart[data-drawn='true']\").length >= n", arg=expected)
    assert web.page.locator(CHART_MARKS).count() > 0


def pages(base: str) -> list[tuple[str, str, int]]:
    """(screenshot name, path, charts expected)."""
    issue = api(base, "/api/issues", q="peacekeepers")["items"][0]["id"]
    actor = api(base, "/api/actors", q="Scholz")["items"][0]["id"]
    return [
        ("overview", "/", 2),
        ("issues", "/issues", 0),
        ("issue", f"/issues/{issue}", 1),
        ("actors", "/actors", 0),
        ("actor", f"/actors/{actor}", 1),
        ("documents", "/documents", 0),
        ("document", f"/documents/{document_id(PARIS)}", 0),
        ("network", "/network", 1),
        ("network-issue", f"/network?issue_id={issue}", 1),
        ("events", "/events", 1),
        ("search", "/search?q=peacekeepers", 0),
        ("upload", "/upload", 0),
        ("api", "/docs", 0),
    ]


def test_every_page_loads_cleanly_and_draws(web, live_server):
    for name, path, charts in pages(live_server):
        web.errors.clear()
        web.goto(path)
        if charts:
            wait_charts(web, charts)
        assert not web.page.locator(".chart[data-error]").count(), name
        web.shot(name)
        assert web.errors == [], f"{name}: {web.errors}"
    assert web.dialogs == []


def test_matrix_click_opens_highlighted_evidence(web, live_server):
    web.goto("/")
    wait_charts(web, 1)
    cell = web.page.locator(".chart[data-spec='spec-matrix'] svg .mark-rect path").first
    cell.click()
    web.page.wait_for_url(re.compile(r"/documents/[0-9a-f]{64}\?claim=\d+"))
    claim_id = int(re.search(r"claim=(\d+)", web.page.url).group(1))
    claim = api(live_server, f"/api/claims/{claim_id}")
    marks = web.page.locator(f"mark[data-claims~='{claim_id}']")
    assert marks.count() >= 1
    assert "".join(marks.all_text_contents()) == claim["evidence"]["text"]
    assert web.page.locator("mark.focus").count() >= 1
    panel = web.page.locator("#claim-panel")
    assert panel.is_visible()
    assert panel.get_attribute("data-claim") == str(claim_id)
    web.shot("document-from-matrix")
    assert web.errors == []


def test_document_marks_show_speaker_and_target(web, live_server):
    doc = api(live_server, f"/api/documents/{document_id(PARIS)}")
    web.goto(f"/documents/{doc['id']}")
    for c in doc["claims"]:
        mark = web.page.locator(f"mark[data-claims~='{c['id']}']").first
        assert c["target"] in mark.get_attribute("title")  # shown on hover
        mark.click()
        panel = web.page.locator("#claim-panel")
        assert panel.locator("[data-field='target']").text_content() == c["target"]
        speakers = panel.locator("[data-field='speakers']").text_content()
        assert speakers == ", ".join(s["name"] for s in c["speakers"])
        stance_class = mark.get_attribute("class")
        assert f"stance-{c['stance_class']}" in stance_class
        color = mark.evaluate("el => getComputedStyle(el).backgroundColor")
        assert color not in ("rgba(0, 0, 0, 0)", "transparent")
    assert web.page.locator("#events li.event").count() == len(doc["events"])
    assert web.errors == []


def test_search_finds_a_known_sentence(web):
    web.goto("/search")
    web.page.fill("#search-form input[name=q]", "defence spending across Europe")
    web.page.click("#search-form button")
    web.page.wait_for_selector("#hits")
    hit = web.page.locator("#hits a.evidence", has_text=KNOWN_SENTENCE)
    assert hit.count() == 1
    hit.click()
    web.page.wait_for_url(re.compile(r"claim=\d+"))
    assert "".join(web.page.locator("mark.focus").all_text_contents()) == KNOWN_SENTENCE
    assert web.errors == []


def test_filters_change_what_is_shown(web):
    web.goto("/documents")
    before = web.page.locator("#documents tr").count()
    assert web.page.get_by_text("Sixteen states sue", exact=False).count() == 1
    web.page.fill("#filters input[name=since]", "2025-03-01")
    web.page.click("#filters button")
    web.page.wait_for_url(re.compile(r"since=2025-03-01"))
    after = web.page.locator("#documents tr").count()
    assert 1 < after < before
    assert web.page.get_by_text("Sixteen states sue", exact=False).count() == 0
    # the filter follows the navigation
    web.page.click("header nav >> text=Overview")
    web.page.wait_for_url(re.compile(r"since=2025-03-01"))
    assert web.page.locator("#filters input[name=since]").input_value() == "2025-03-01"
    web.shot("overview-filtered")
    web.goto("/actors?source=curated")
    names = web.page.locator("#actors td:first-child").all_text_contents()
    assert "Olaf Scholz" in names and "Donald Trump" not in names
    assert web.errors == []


def test_hostile_article_runs_nothing(web, live_server):
    doc_id = document_id(HOSTILE)
    actor = api(live_server, "/api/actors", q="Mallory")["items"][0]["id"]
    for path in [f"/documents/{doc_id}", f"/actors/{actor}", "/", "/documents", "/actors",
                 "/search?q=Mallory", "/network", f"/search?q={'%3Cscript%3E'}"]:
        web.goto(path)
        for mark in web.page.locator("mark").all()[:10]:
            mark.hover()
            mark.click()
        assert web.page.evaluate("typeof window.__pwned") == "undefined", path
    web.goto(f"/documents/{doc_id}")
    article = web.page.locator("#article").text_content()
    assert "<script>window.__pwned = 'script'</script>" in article  # shown as text
    assert web.page.locator("#article script, #article img, #article a").count() == 0
    web.shot("document-hostile")
    assert web.page.evaluate("typeof window.__pwned") == "undefined"
    assert web.dialogs == []


def test_upload_through_the_page(web):
    web.goto("/upload")
    web.page.fill("input[name=token]", "wrong")
    web.page.fill("textarea[name=text]", "Chancellor Olaf Scholz said he supports higher "
                  "defence spending. Prime Minister Donald Tusk opposed the new EU budget.")
    web.page.click("#upload-form button")
    # a function, not an expression: Playwright evals expressions, which the page's CSP forbids
    web.page.wait_for_function(
        "() => document.getElementById('upload-result').textContent.includes('403')")
    web.errors.clear()  # the browser logs the refused request
    web.page.fill("input[name=token]", "browser-test-token")
    web.page.fill("input[name=title]", "Uploaded in the browser")
    web.page.click("#upload-form button")
    link = web.page.locator("#upload-result a")
    link.wait_for()
    link.click()
    web.page.wait_for_url(re.compile(r"/documents/[0-9a-f]{64}"))
    assert web.page.locator("h1").text_content() == "Uploaded in the browser"
    assert web.errors == []


@pytest.mark.parametrize("path", ["/issues/999999", "/documents/unknown"])
def test_missing_pages_are_404(web, live_server, path):
    assert httpx.get(live_server + path).status_code == 404


def test_forecast_switches_redraw_the_panel(web, live_server):
    issue = api(live_server, "/api/issues", q="peacekeepers")["items"][0]["id"]
    base = api(live_server, f"/api/issues/{issue}/forecast")
    web.goto(f"/issues/{issue}")
    wait_charts(web, 2)
    panel = web.page.locator("#forecast")
    mean = panel.locator('td[data-model="weighted mean"]')
    assert mean.text_content() == f"{base['weighted_mean']:.1f}"
    bubbles = "#forecast-chart svg g.mark-symbol.role-mark path"
    assert web.page.locator(bubbles).count() == len(base["inputs"])  # one bubble an actor
    switch = panel.locator("label", has_text="ceasefire").locator("input")
    switch.check()
    web.page.wait_for_function(
        "() => document.getElementById('forecast').getAttribute('data-key') !== ''")
    assumed = api(live_server, f"/api/issues/{issue}/forecast", assume="ceasefire")
    web.page.wait_for_function(
        "v => document.querySelector('#forecast td[data-model=\"weighted mean\"]')"
        ".textContent === v", arg=f"{assumed['weighted_mean']:.1f}")
    web.page.wait_for_selector("#forecast-chart[data-drawn='true']")
    assert panel.get_attribute("data-missing") is None
    web.shot("issue-forecast-ceasefire")
    switch.uncheck()
    web.page.wait_for_function(
        "v => document.querySelector('#forecast td[data-model=\"weighted mean\"]')"
        ".textContent === v", arg=f"{base['weighted_mean']:.1f}")
    assert web.errors == []
