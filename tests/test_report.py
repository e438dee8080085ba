"""`stancemap report`: one self-contained HTML file, hostile text escaped, charts drawn offline."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from stancemap.questions import Filters
from stancemap.report import build_report
from stancemap.store.db import open_store
from webdata import KNOWN_SENTENCE, shared_db


@pytest.fixture(scope="module")
def report_html() -> str:
    with open_store(shared_db(), create=False) as store:
        return build_report(store)


def test_report_is_self_contained(report_html):
    assert not re.search(r'<(script|link|img)[^>]+(src|href)=["\']?(https?:)?//', report_html)
    assert "<script src" not in report_html and "<link rel=\"stylesheet\"" not in report_html
    for name in ("vegaEmbed", "vegaLite", "expressionInterpreter"):
        assert name in report_html
    for section in ('id="overview"', 'id="matrix"', 'id="timeline"', 'id="evidence"'):
        assert section in report_html
    assert 'data-spec="spec-matrix"' in report_html
    assert 'data-spec="spec-timeline"' in report_html


def test_report_escapes_hostile_text(report_html):
    body = report_html.split("<main>", 1)[1].split("</main>", 1)[0]
    assert "<script" not in body.replace('<script type="application/json"', "")
    assert "<img src=x" not in body and 'href="javascript:' not in body


def test_matrix_links_to_evidence_in_the_file(report_html):
    anchors = set(re.findall(r'id="claim-(\d+)"', report_html))
    links = set(re.findall(r"#claim-(\d+)", report_html))
    assert links and links <= anchors
    assert KNOWN_SENTENCE in report_html


def test_report_filters(report_html):
    with open_store(shared_db(), create=False) as store:
        old = build_report(store, Filters(source="curated"))
    assert "Sixteen states sue" not in old and "Olaf Scholz" in old


def test_report_command(tmp_path):
    out = tmp_path / "report.html"
    db = shared_db().removeprefix("sqlite:///")
    run = subprocess.run([sys.executable, "-m", "stancemap.cli", "report", "--db", db,
                          "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert out.stat().st_size > 100_000 and "self-contained" in run.stdout
    missing = subprocess.run([sys.executable, "-m", "stancemap.cli", "report", "--db",
                              str(tmp_path / "none.db"), "--out", str(out)],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0 and "no store" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not shutil.which("chromium"), reason="chromium is missing")
def test_report_draws_offline_in_chromium(report_html, tmp_path, browser):
    path = tmp_path / "report.html"
    path.write_text(report_html, encoding="utf-8")
    context = browser.new_context()
    requests: list[str] = []
    context.route("**/*", lambda route: (requests.append(route.request.url),
                                          route.continue_()
                                          if route.request.url.startswith("file:")
                                          else route.abort()))
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function(
        "document.querySelectorAll(\".chart[data-drawn='true']\").length >= 2")
    assert page.locator(".chart svg .role-mark path").count() > 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    # the main issues' forecast panels work offline: a switch redraws its panel
    panel = page.locator("section.forecast", has=page.locator("input.forecast-switch")).first
    before = panel.locator('td[data-model="weighted mean"]').text_content()
    panel.locator("input.forecast-switch").first.check()
    page.wait_for_function("p => p.getAttribute('data-key') !== ''",
                           arg=panel.element_handle())
    assert panel.get_attribute("data-missing") is None
    assert panel.locator('td[data-model="weighted mean"]').text_content() != before
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    context.close()
    assert errors == []
    assert all(u.startswith("file:") for u in requests), requests
