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


# --- issue 13: never a 500 on input, uploads validated like the CLI readers

HUGE = "9223372036854775808"


@pytest.mark.parametrize("url", [f"/documents?offset={HUGE}", f"/actors?offset={HUGE}",
                                 f"/issues?offset={HUGE}", f"/api/documents?offset={HUGE}",
                                 f"/api/actors?offset={HUGE}", f"/api/issues?offset={HUGE}"])
def test_huge_page_offsets_are_refused_not_500(db, url):
    c = TestClient(create_app(db), raise_server_exceptions=False)
    assert c.get(url).status_code == 422


@pytest.mark.parametrize("token", [None, "t"])
def test_lone_surrogate_is_a_422_not_a_500(db, token):
    c = TestClient(create_app(db, token=token), raise_server_exceptions=False)
    r = c.post("/api/documents", content='{"text": "a \\ud800"}',
               headers={"Content-Type": "application/json", "Authorization": "Bearer t"})
    assert r.status_code == 422
    assert "\\ud800" in r.text and r.json()["detail"][0]["loc"] == ["body", "text"]


def test_upload_refuses_blank_text_impossible_dates_and_a_bare_token(db):
    c = TestClient(create_app(db, token="t"))
    auth = {"Authorization": "Bearer t"}
    before = c.get("/api/summary").json()["documents"]
    blank = c.post("/api/documents", json={"text": "  \n\t "}, headers=auth)
    assert blank.status_code == 422 and "whitespace" in blank.text
    bad_day = c.post("/api/documents", json={"text": ARTICLE, "published": "2019-02-30"},
                     headers=auth)
    assert bad_day.status_code == 422 and "2019-02-30" in bad_day.text
    bare = c.post("/api/documents", json={"text": ARTICLE}, headers={"Authorization": "t"})
    assert bare.status_code == 403
    assert c.get("/api/summary").json()["documents"] == before  # nothing stored


def test_source_filter_takes_percent_and_underscore_literally(db):
    c = TestClient(create_app(db))
    items = c.get("/api/documents", params={"limit": 500}).json()["items"]
    assert items
    for needle in ("%", "_"):
        expected = sum(needle in (d.get("source") or "").lower() for d in items)
        got = c.get("/api/documents", params={"source": needle, "limit": 500}).json()["items"]
        assert len(got) == expected


def test_slow_clients_are_cut_and_the_server_keeps_answering(db, tmp_path):
    """Issue 13, item 9: connections that trickle a request head are closed after the
    header timeout; a normal request is answered meanwhile and after. A real `stancemap
    serve` on 127.0.0.1, 40 slow clients (bounded)."""
    import os
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).with_name("stancemap")
    proc = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port),
                             "--header-timeout", "1"], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ, "COLUMNS": "200"})
    slow: list[socket.socket] = []
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):  # wait for the server
            try:
                if httpx.get(f"{base}/api/summary", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("stancemap serve did not start")
        for _ in range(40):
            c = socket.create_connection(("127.0.0.1", port), timeout=5)
            c.sendall(b"GET /api/summary HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # head unfinished
            slow.append(c)
        assert httpx.get(f"{base}/api/summary", timeout=5).status_code == 200
        time.sleep(2.0)
        closed = 0
        for c in slow:
            c.settimeout(2)
            try:
                closed += c.recv(1024) == b""  # the server hung up
            except ConnectionResetError:
                closed += 1
            except TimeoutError:  # still open, still waiting: what the fix prevents
                pass
        assert closed == len(slow)
        assert httpx.get(f"{base}/api/summary", timeout=5).status_code == 200
    finally:
        for c in slow:
            c.close()
        proc.terminate()
        proc.wait(timeout=10)


def test_a_body_that_trickles_gets_408():
    """Issue 13, item 9 (body): the body must arrive within the deadline."""
    import asyncio
    import threading

    from stancemap.web.app import BodyLimit

    reached: list[bool] = []

    async def app(scope, receive, send):  # the real app would wait for the whole body
        reached.append(True)

    async def slow_receive():
        await asyncio.sleep(5)
        return {"type": "http.request", "body": b"x", "more_body": False}

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "POST", "headers": [(b"content-length", b"10")]}
    done: list[object] = []

    def serve_one() -> None:  # its own thread: another test may have a loop running here
        done.append(asyncio.run(asyncio.wait_for(
            BodyLimit(app, limit=1000, timeout=0.3)(scope, slow_receive, send), 3)))

    worker = threading.Thread(target=serve_one)
    worker.start()
    worker.join(10)
    assert done == [None] and not reached
    assert sent[0]["status"] == 408 and b"too slow" in sent[1]["body"]
