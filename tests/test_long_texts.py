"""Long texts (issue 13, items 1 and 3): parsed in pieces joined back into one Doc, so no
text is too long for spaCy and offsets stay exact. Time and memory against length are
measured by bench/long_texts.py (BENCHMARKS.md), not timed here.

Texts: Wikinews articles (the examples, CC BY 2.5, examples/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap import nlp
from stancemap.model import RawDocument
from stancemap.pipeline import extract_one

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "wikinews-politics.jsonl"


@pytest.fixture(scope="module")
def long_text() -> str:
    rows = [json.loads(line)["text"] for line in EXAMPLES.read_text("utf-8").splitlines()]
    return "\n\n".join(rows * 3)  # about 60,000 characters


def test_pieces_join_back_exactly_and_cut_at_blank_lines(long_text):
    parts = nlp.split_text(long_text, size=5000)
    assert "".join(parts) == long_text and len(parts) > 5
    for part in parts[:-1]:
        assert len(part.rstrip()) <= 5000
        assert part.endswith("\n")  # the examples have paragraphs: cut after one
    assert nlp.split_text("short text") == ["short text"]
    no_breaks = "word " * 3000
    assert "".join(nlp.split_text(no_breaks, size=1000)) == no_breaks


def test_a_long_text_is_one_doc_with_the_same_text_and_offsets(long_text):
    (doc, ctx), = list(nlp.pipe([(long_text, "ctx")]))
    assert ctx == "ctx" and doc.text == long_text
    for tok in list(doc)[::97]:
        assert long_text[tok.idx:tok.idx + len(tok.text)] == tok.text
    assert doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")


def test_no_text_is_too_long_for_the_parser(long_text, monkeypatch):
    """spaCy refuses a text over ``nlp.max_length`` (E088); in pieces none is."""
    monkeypatch.setattr(nlp.load(), "max_length", 20_000)
    assert len(long_text) > 20_000
    doc = extract_one(RawDocument(text=long_text, source="long"))
    assert len(doc.claims) > 30 and doc.events
    for c in doc.claims:
        assert long_text[c.evidence.start:c.evidence.end] == c.evidence.text
