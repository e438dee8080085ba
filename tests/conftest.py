"""Shared fixtures: the extractor (model loaded once per test session) and paths."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "wikinews-politics.jsonl"


@pytest.fixture(scope="session")
def extract():
    """Run the whole extraction on a text; returns the contract dict."""
    from stancemap.model import RawDocument
    from stancemap.pipeline import extract_one

    def run(text: str, published: str | None = None) -> dict:
        return extract_one(RawDocument(text=text, source="test", published=published)).to_dict()

    return run


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium for the whole session (Playwright's sync API allows one
    driver loop per process, so every browser test shares it)."""
    if not shutil.which(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is missing; run scripts/services.sh")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
