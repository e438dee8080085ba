"""The extractor registry: the rules are the default, another extractor is chosen by name
with --extractor in extract, ingest and eval and on the server, and an unknown name is one
clear line before anything is read or stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from stancemap import extractors
from stancemap.cli import app
from stancemap.errors import SetupError
from stancemap.store.db import open_store

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "wikinews-politics.jsonl"
BARE = "bare_extractor:extract"


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def test_registry_knows_the_rules_and_refuses_unknown_names():
    assert "rules" in extractors.available() and extractors.DEFAULT == "rules"
    with pytest.raises(SetupError, match="no extractor called 'nope'.*rules"):
        extractors.get("nope")
    with pytest.raises(SetupError, match="cannot be loaded"):
        extractors.get("no_such_module:extract")


def test_a_registered_name_is_used_everywhere(tmp_path):
    @extractors.register("bare-for-test", "no items at all")
    def _bare():
        from bare_extractor import extract

        return extract

    assert extractors.available()["bare-for-test"] == "no items at all"
    res = run("extract", str(EXAMPLES), "--format", "jsonl", "--extractor", "bare-for-test")
    assert res.exit_code == 0, res.output
    docs = [json.loads(line) for line in res.stdout.splitlines()]
    assert len(docs) == 7 and all(d["claims"] == [] and d["actors"] == [] for d in docs)


def test_extract_ingest_and_eval_swap_the_extractor(tmp_path):
    rules = run("extract", str(EXAMPLES), "--format", "jsonl")
    bare = run("extract", str(EXAMPLES), "--format", "jsonl", "--extractor", BARE)
    assert rules.exit_code == bare.exit_code == 0
    assert any(json.loads(line)["claims"] for line in rules.stdout.splitlines())
    assert not any(json.loads(line)["claims"] for line in bare.stdout.splitlines())
    db = tmp_path / "bare.db"
    stored = run("ingest", str(EXAMPLES), "--db", str(db), "--workers", "0",
                 "--extractor", BARE)
    assert stored.exit_code == 0, stored.output
    with open_store(str(db)) as store, store.session() as s:
        from stancemap import questions as q

        counts = q.counts(s)
    assert (counts.documents, counts.claims) == (7, 0)
    gold = ROOT / "eval" / "gold" / "train"
    claims = {}
    for name in ("rules", BARE):
        scored = run("eval", str(gold), "--format", "json", "--only", "biden-harris",
                     "--extractor", name)
        assert scored.exit_code == 0, scored.output
        claims[name] = json.loads(scored.stdout)["overall"]["claims"]
    assert claims[BARE]["units"] == 0 and claims[BARE]["recall"]["hit"] == 0
    assert claims["rules"]["units"] > 0


def test_unknown_extractor_stops_before_reading_or_storing(tmp_path):
    db = tmp_path / "never.db"
    for args in (["extract", str(EXAMPLES)], ["ingest", str(EXAMPLES), "--db", str(db)]):
        res = run(*args, "--extractor", "nope")
        assert res.exit_code != 0
        assert "no extractor called 'nope'" in res.stderr
        assert res.stdout == ""
    assert not db.exists()


def test_the_server_extracts_uploads_with_its_extractor(tmp_path):
    from stancemap.web import create_app

    web = TestClient(create_app(str(tmp_path / "up.db"), "t0ken", extractor=BARE))
    assert BARE in web.get("/upload").text
    text = json.loads(EXAMPLES.read_text("utf-8").splitlines()[0])["text"]
    r = web.post("/api/documents", json={"text": text},
                 headers={"Authorization": "Bearer t0ken"})
    assert r.status_code == 201 and r.json()["claims"] == 0
