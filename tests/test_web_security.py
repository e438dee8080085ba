"""Uploads only with the token, request-size limits, 127.0.0.1 by default."""

from __future__ import annotations

import inspect

import pytest
from fastapi.testclient import TestClient

from stancemap.web import create_app
from webdata import build_store

ARTICLE = ("German Chancellor Olaf Scholz said on Monday that he opposed sending troops to "
           "Ukraine. Polish Prime Minister Donald Tusk called for higher defence spending.")


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('sec')}/sec.db"
    build_store(url, examples=False)
    return url


def test_uploads_off_without_token(db):
    c = TestClient(create_app(db))
    r = c.post("/api/documents", json={"text": ARTICLE},
               headers={"Authorization": "Bearer anything"})
    assert r.status_code == 404


def test_upload_needs_the_token(db):
    c = TestClient(create_app(db, token="s3cret"))
    assert c.post("/api/documents", json={"text": ARTICLE}).status_code == 403
    assert c.post("/api/documents", json={"text": ARTICLE},
                  headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert c.get("/upload").status_code == 200
    before = c.get("/api/summary").json()["documents"]
    r = c.post("/api/documents", json={"text": ARTICLE, "title": "Upload test",
                                       "published": "2025-03-03"},
               headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"] is True
    assert c.get("/api/summary").json()["documents"] == before + 1
    doc = c.get(f"/api/documents/{body['id']}").json()
    assert doc["text"] == ARTICLE and doc["published"] == "2025-03-03"
    again = c.post("/api/documents", json={"text": ARTICLE},
                   headers={"Authorization": "Bearer s3cret"})
    assert again.status_code == 201 and again.json()["stored"] is False


def test_upload_validates(db):
    c = TestClient(create_app(db, token="t"))
    auth = {"Authorization": "Bearer t"}
    assert c.post("/api/documents", json={"text": ""}, headers=auth).status_code == 422
    assert c.post("/api/documents", json={"text": "x", "published": "soon"},
                  headers=auth).status_code == 422


def test_request_size_limit(db):
    c = TestClient(create_app(db, token="t", max_body=1000))
    auth = {"Authorization": "Bearer t"}
    r = c.post("/api/documents", json={"text": "a" * 5000}, headers=auth)
    assert r.status_code == 413

    def chunks():  # no Content-Length: the limit counts streamed bytes
        for _ in range(10):
            yield b"x" * 500

    r = c.post("/api/documents", content=chunks(),
               headers={**auth, "Content-Type": "application/json"})
    assert r.status_code == 413


def test_default_limit_is_5_mb(db):
    c = TestClient(create_app(db, token="t"))
    r = c.post("/api/documents", content=b"{" + b" " * (5 * 1024 * 1024) + b"}",
               headers={"Authorization": "Bearer t", "Content-Type": "application/json"})
    assert r.status_code == 413


def test_serve_binds_localhost_by_default():
    from stancemap.commands.web import serve

    assert inspect.signature(serve).parameters["host"].default == "127.0.0.1"


def test_security_headers(db):
    r = TestClient(create_app(db)).get("/")
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-eval" not in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert r.headers["x-content-type-options"] == "nosniff"
