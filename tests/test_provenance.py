"""The article's URL (contract document.url) survives every hop: read → extract → store →
export → API → pages → report. Real example articles (examples/, CC BY 2.5)."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from stancemap.model import RawDocument
from stancemap.pipeline import extract_many
from stancemap.read import iter_inputs
from stancemap.store.db import open_store
from stancemap.store.export import iter_documents
from stancemap.store.ingest import ingest_documents
from stancemap.validate import problems
from stancemap.web import create_app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "wikinews-politics.jsonl"


def test_url_survives_every_hop(tmp_path):
    raws = [r for r in iter_inputs([str(EXAMPLES)]) if isinstance(r, RawDocument)][:2]
    urls = [json.loads(line)["url"] for line in EXAMPLES.read_text("utf-8").splitlines()[:2]]
    assert [r.url for r in raws] == urls
    docs = [d.to_dict() for d in extract_many(raws)]
    for d, url in zip(docs, urls, strict=True):
        assert d["document"]["url"] == url and problems(d) == []
    db = str(tmp_path / "s.db")
    store = open_store(db)
    assert ingest_documents(store, docs).stored == 2
    with store.session() as s:
        exported = {d["document"]["id"]: d["document"]["url"] for d in iter_documents(s)}
    assert sorted(exported.values()) == sorted(urls)
    store.close()
    client = TestClient(create_app(db))
    doc_id = docs[0]["document"]["id"]
    assert client.get(f"/api/documents/{doc_id}").json()["url"] == urls[0]
    page = client.get(f"/documents/{doc_id}").text
    assert f'href="{urls[0]}"' in page and "original article" in page


def test_a_url_that_is_not_http_is_not_a_link(tmp_path):
    raw = RawDocument(text="Germany banned Mahan Air, the government said on Monday.",
                      source="x", url="javascript:alert(1)")
    (doc,) = [d.to_dict() for d in extract_many([raw])]
    db = str(tmp_path / "s.db")
    store = open_store(db)
    ingest_documents(store, [doc])
    store.close()
    page = TestClient(create_app(db)).get(f"/documents/{doc['document']['id']}").text
    assert "javascript:alert" not in page.split("<article")[0]
