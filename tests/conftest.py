"""Shared fixtures: the extractor (model loaded once per test session) and paths."""

from __future__ import annotations

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
