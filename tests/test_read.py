"""The input readers, on real files in tmp_path, real fixtures, a real stdin stream and a real
HTTP server on 127.0.0.1."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from stancemap.model import RawDocument, ReadError
from stancemap.read import DEFAULT_MAX_BYTES, iter_inputs, normalise_published
from stancemap.read.common import too_big
from stancemap.read.url import iter_url, make_client

FIXTURES = Path(__file__).parent / "fixtures" / "read"
MAHAN = FIXTURES / "wikinews_mahan_air.html"
BADALONA = FIXTURES / "wikinews_badalona_fire_malformed.html"
CORPUS_CSV = Path("/work/shared/corpus/wikinews/wikinews_2019.csv")

ARTICLE = (
    "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation.\n\n"
    'A spokesperson said it is possible "that this airline carries out transports to Germany '
    'that affect our security concerns," and the ban followed discussions within Europe.\n'
)


def read(*paths: str | Path, **kwargs: int) -> list[RawDocument | ReadError]:
    items = list(iter_inputs([str(p) for p in paths], **kwargs))
    for item in items:
        assert isinstance(item, RawDocument | ReadError)
        if isinstance(item, ReadError):
            assert "\n" not in item.message and item.message == item.message.strip()
    return items


def one_doc(*paths: str | Path, **kwargs: int) -> RawDocument:
    items = read(*paths, **kwargs)
    assert len(items) == 1 and isinstance(items[0], RawDocument), items
    return items[0]


def one_error(*paths: str | Path, **kwargs: int) -> ReadError:
    items = read(*paths, **kwargs)
    assert len(items) == 1 and isinstance(items[0], ReadError), items
    return items[0]


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def html_page(body: str, head: str = "", title: str = "A test page") -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
        f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article>{body}</article><footer>Contact us</footer></body></html>"
    )


ARTICLE_HTML = "".join(f"<p>{p}</p>" for p in ARTICLE.split("\n\n"))


# --- plain text ------------------------------------------------------------------------------


def test_text_file_is_read_as_is_apart_from_newlines(tmp_path: Path) -> None:
    raw = "\ufeffFirst line  \r\n\tsecond line\r\rthird\n\n\nlast"
    path = write(tmp_path / "a.txt", raw)
    doc = one_doc(path)
    assert doc.text == "First line  \n\tsecond line\n\nthird\n\n\nlast"
    assert doc.source == str(path)
    assert (doc.title, doc.published, doc.url) == (None, None, None)


@pytest.mark.parametrize("name", ["notes.md", "notes.text", "NOTES.TXT", "notes", "notes.log"])
def test_text_extensions_and_unknown_extensions(tmp_path: Path, name: str) -> None:
    doc = one_doc(write(tmp_path / name, ARTICLE))
    assert doc.text == ARTICLE


def test_unknown_extension_sniffed_as_html(tmp_path: Path) -> None:
    doc = one_doc(write(tmp_path / "page.xyz", html_page(ARTICLE_HTML, title="Sniffed")))
    assert "Mahan Air" in doc.text and "<p>" not in doc.text
    assert doc.title == "Sniffed"


def test_unknown_extension_sniffed_as_jsonl(tmp_path: Path) -> None:
    rows = "\n".join(json.dumps({"text": t}) for t in ("one", "two"))
    items = read(write(tmp_path / "batch.export", rows))
    assert [d.text for d in items if isinstance(d, RawDocument)] == ["one", "two"]


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Merkel\u2019s spokesman said \u201cno\u201d \u2014 caf\u00e9 talks.\n" * 3),
        (
            "latin-1",
            "Le pr\u00e9sident a d\u00e9clar\u00e9 que la r\u00e9forme \u00e9tait "
            "n\u00e9cessaire. Ch\u00e2teau, \u00e9l\u00e8ve, gar\u00e7on.\n",
        ),
        ("utf-16", "Utf-16 with a byte order mark: caf\u00e9 \u201cquoted\u201d.\n"),
        ("utf-16-le", "Utf-16 without a byte order mark, as Windows tools write it.\n"),
        ("utf-8-sig", "Utf-8 with a BOM: caf\u00e9.\n"),
    ],
)
def test_legacy_encodings_are_detected(tmp_path: Path, encoding: str, text: str) -> None:
    doc = one_doc(write(tmp_path / "legacy.txt", text.encode(encoding)))
    assert doc.text == text


# --- HTML ------------------------------------------------------------------------------------


def test_html_fixture_gives_main_text_title_date_and_canonical_url() -> None:
    doc = one_doc(MAHAN)
    assert "Mahan Air" in doc.text and "Steffen Seibert" in doc.text
    assert "Main page" not in doc.text  # navigation dropped
    assert "<p>" not in doc.text
    assert doc.title == "Germany bans Mahan Air of Iran, citing 'security'"
    assert doc.published == "2019-01-23"
    assert doc.url and doc.url.startswith("https://en.wikinews.org/wiki/Germany_bans_Mahan_Air")
    assert doc.source == str(MAHAN)


def test_malformed_html_fixture_recovers_text_and_json_ld_date() -> None:
    doc = one_doc(BADALONA)
    assert "Badalona" in doc.text and "La Llagosta" in doc.text
    assert doc.title == "Catalonia apartment block fire kills three, injures sixteen"
    assert doc.published == "2019-01-07"


def test_html_meta_date_wins_over_dates_in_the_text(tmp_path: Path) -> None:
    head = '<meta property="article:published_time" content="2020-03-01T22:15:00+01:00">'
    body = "<p>Friday, January 4, 2019</p>" + ARTICLE_HTML
    doc = one_doc(write(tmp_path / "a.html", html_page(body, head)))
    assert doc.published == "2020-03-01"


def test_html_without_date_markup_gets_no_guessed_date(tmp_path: Path) -> None:
    body = "<p>Friday, January 4, 2019</p>" + ARTICLE_HTML + "<p>\u00a9 2019 Example News</p>"
    doc = one_doc(write(tmp_path / "a.htm", html_page(body)))
    assert "Mahan Air" in doc.text
    assert doc.published is None


def test_html_declared_charset_is_used(tmp_path: Path) -> None:
    page = html_page(ARTICLE_HTML + "<p>Caf\u00e9 owners said \u201cno\u201d to the plan.</p>")
    page = page.replace("<meta charset='utf-8'>", '<meta charset="windows-1252">')
    doc = one_doc(write(tmp_path / "legacy.html", page.encode("cp1252")))
    assert "Caf\u00e9 owners said \u201cno\u201d" in doc.text


def test_html_without_article_text_is_an_error(tmp_path: Path) -> None:
    page = "<html><head><title>Empty</title><script>var x = 1;</script></head><body></body></html>"
    error = one_error(write(tmp_path / "empty.html", page))
    assert error.message.startswith("no article text found in HTML")


# --- JSON Lines ------------------------------------------------------------------------------


def test_jsonl_rows_and_metadata(tmp_path: Path) -> None:
    rows = [
        {"text": "First\r\narticle.", "title": "  One ", "published": "2019-01-04", "url": "u1"},
        {"text": "Second.", "date": "January 5, 2019"},
        {"text": "Third.", "published": "2019-01-06T23:30:00-05:00", "date": "2000-01-01"},
        {"text": "Fourth.", "published": "yesterday", "date": "7 Jan 2019"},
        {"text": "Fifth.", "published": "last Monday"},
        {"Text": "Sixth.", "Title": "Capitalised keys"},
    ]
    lines = [json.dumps(r) for r in rows]
    lines.insert(2, "   ")  # blank lines are skipped but still counted
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    docs = read(path)
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.text for d in docs] == [
        "First\narticle.",
        "Second.",
        "Third.",
        "Fourth.",
        "Fifth.",
        "Sixth.",
    ]
    assert [d.published for d in docs] == [
        "2019-01-04",
        "2019-01-05",
        "2019-01-06",
        "2019-01-07",
        None,
        None,
    ]
    assert docs[0].title == "One" and docs[0].url == "u1"
    assert docs[5].title == "Capitalised keys"
    assert [d.source for d in docs] == [f"{path}:{n}" for n in (1, 2, 4, 5, 6, 7)]


def test_jsonl_bad_rows_are_errors_and_other_rows_still_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "good one"}),
        '{"text": "unterminated',
        json.dumps({"title": "no text here"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"text": 42}),
        json.dumps({"text": "good two"}),
    ]
    path = write(tmp_path / "batch.ndjson", "\n".join(lines))
    items = read(path)
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "ReadError",
        "ReadError",
        "ReadError",
        "ReadError",
        "ReadError",
        "RawDocument",
    ]
    assert [i.source for i in items] == [f"{path}:{n}" for n in range(1, 8)]
    assert "is not valid JSON" in items[1].message
    assert "no 'text' field (fields: title)" in items[2].message
    assert "not an object" in items[3].message
    assert "empty 'text'" in items[4].message
    assert "not a string" in items[5].message


def test_jsonl_row_over_the_limit_is_an_error(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "x" * 2000}), json.dumps({"text": "short"})]
    items = read(write(tmp_path / "big.jsonl", "\n".join(lines)), max_bytes=1000)
    assert isinstance(items[0], ReadError) and isinstance(items[1], RawDocument)
    assert items[0].message == (
        "has a 'text' of 2 kB, over the 1 kB limit for one document; raise it with --max-bytes"
    )


def test_jsonl_line_that_is_not_utf8_costs_only_that_row(tmp_path: Path) -> None:
    data = (
        b'{"text": "caf\xc3\xa9 one"}\n'
        b'{"text": "broken \xff\xfe byte"}\n'
        b'{"text": "caf\xc3\xa9 three"}\n'
    )
    items = read(write(tmp_path / "mixed.jsonl", data))
    assert [type(i).__name__ for i in items] == ["RawDocument", "ReadError", "RawDocument"]
    assert "is not valid UTF-8" in items[1].message


def test_jsonl_line_too_long_to_hold_is_skipped(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "x" * 70_000}), json.dumps({"text": "next"})]
    items = read(write(tmp_path / "huge.jsonl", "\n".join(lines)), max_bytes=100)
    assert isinstance(items[0], ReadError) and items[0].message.startswith("is a line over")
    assert isinstance(items[1], RawDocument) and items[1].text == "next"


def test_jsonl_in_utf16(tmp_path: Path) -> None:
    rows = "\n".join(json.dumps({"text": f"caf\u00e9 {n}"}, ensure_ascii=False) for n in range(3))
    docs = read(write(tmp_path / "wide.jsonl", rows.encode("utf-16")))
    assert [d.text for d in docs if isinstance(d, RawDocument)] == [
        "caf\u00e9 0",
        "caf\u00e9 1",
        "caf\u00e9 2",
    ]


# --- CSV -------------------------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS_CSV.exists(), reason="shared Wikinews corpus not present")
def test_wikinews_corpus_csv() -> None:
    with CORPUS_CSV.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    docs = read(CORPUS_CSV)
    assert len(docs) == len(rows) and all(isinstance(d, RawDocument) for d in docs)
    assert [d.published for d in docs] == [r["date"] for r in rows]
    assert [d.url for d in docs] == [r["url"] for r in rows]
    assert docs[0].source == f"{CORPUS_CSV}#row=1"
    assert docs[0].title == rows[0]["title"]
    assert docs[0].text == rows[0]["text"].replace("\r\n", "\n")
    assert any('"' in d.text and "\n" in d.text for d in docs)


def test_csv_rows_metadata_and_multiline_quoted_text(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["URL", "Title", "Published", "Date", "Text", "Extra"])
        writer.writerow(["https://e.x/1", "One", "", "2019-01-04", 'Line "one"\r\nline two', "x"])
        writer.writerow([])
        writer.writerow(["", "", "March 3, 2020", "2000-01-01", "Second, with comma.", ""])
        writer.writerow(["", "", "", "", "y" * 200_000, ""])  # over csv's default field limit
    docs = read(path)
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.text[:16] for d in docs] == ['Line "one"\nline ', "Second, with com", "y" * 16]
    assert [d.published for d in docs] == ["2019-01-04", "2020-03-03", None]
    assert [d.url for d in docs] == ["https://e.x/1", None, None]
    assert [d.source for d in docs] == [f"{path}#row={n}" for n in (1, 2, 3)]


def test_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    error = one_error(write(tmp_path / "a.csv", "url,date,title,body\nu,2019-01-01,t,b\n"))
    assert error.message.startswith("has no 'text' column (columns: url, date, title, body)")


def test_csv_bad_rows_are_errors_and_other_rows_still_read(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.csv",
        "title,text\nfirst,good one\nsecond,\nthird," + "z" * 1500 + "\nfourth\nfifth,good two\n",
    )
    items = read(path, max_bytes=1000)
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "ReadError",
        "ReadError",
        "ReadError",
        "RawDocument",
    ]
    assert "empty 'text'" in items[1].message
    assert "over the 1 kB limit" in items[2].message
    assert "no 'text' field" in items[3].message
    assert items[4].source == f"{path}#row=5"


def test_csv_row_that_is_not_utf8_costs_only_that_row(tmp_path: Path) -> None:
    data = b'title,text\nA,"caf\xc3\xa9"\n' + b"B,fine\n" * 3000 + b"C,bad \xff\nD,after\n"
    items = read(write(tmp_path / "a.csv", data))
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(items) == 3003 and len(errors) == 1
    assert errors[0].source.endswith("#row=3002")
    assert errors[0].message.startswith("is not valid UTF-8 (byte 0xff in the 'text' column)")
    assert isinstance(items[-1], RawDocument) and items[-1].text == "after"


def test_csv_in_windows_1252(tmp_path: Path) -> None:
    text = "Merkel\u2019s spokesman said \u201cno\u201d.\r\nSecond line, caf\u00e9."
    path = tmp_path / "legacy.csv"
    with path.open("w", newline="", encoding="cp1252") as fh:
        csv.writer(fh).writerows([["title", "text"], ["Caf\u00e9 talks", text]])
    doc = one_doc(path)
    assert doc.text == text.replace("\r\n", "\n") and doc.title == "Caf\u00e9 talks"


def test_csv_with_header_only(tmp_path: Path) -> None:
    error = one_error(write(tmp_path / "a.csv", "url,title,text\n"))
    assert error.message.startswith("has a header but no rows")


# --- folders ---------------------------------------------------------------------------------


def test_folder_is_walked_recursively_sorted_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    root = tmp_path / "news"
    write(root / "b.txt", "B text")
    write(root / "a" / "z.md", "Z text")
    write(root / "a" / "page.HTML", html_page(ARTICLE_HTML))
    write(root / "c.jsonl", json.dumps({"text": "C row"}))
    write(root / "d.csv", "text\nD row\n")
    write(root / ".hidden.txt", "hidden")
    write(root / ".git" / "notes.txt", "hidden folder")
    write(root / "report.pdf", b"%PDF-1.4 not read from folders")
    write(root / "notes", "no extension, not read from folders")
    docs = read(root)
    assert all(isinstance(d, RawDocument) for d in docs)
    assert [d.source for d in docs] == [
        str(root / "a" / "page.HTML"),
        str(root / "a" / "z.md"),
        str(root / "b.txt"),
        f"{root / 'c.jsonl'}:1",
        f"{root / 'd.csv'}#row=1",
    ]


def test_folder_without_readable_files(tmp_path: Path) -> None:
    write(tmp_path / "x.pdf", b"%PDF")
    error = one_error(tmp_path)
    assert error.message.startswith("has no files to read")


# --- stdin -----------------------------------------------------------------------------------


@pytest.mark.parametrize("wrap", ["bytes", "text"])
def test_stdin_text(monkeypatch: pytest.MonkeyPatch, wrap: str) -> None:
    data = ARTICLE.replace("\n", "\r\n")
    stream = (
        io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8", newline="")
        if wrap == "bytes"
        else io.StringIO(data, newline="")
    )
    monkeypatch.setattr(sys, "stdin", stream)
    doc = one_doc("-")
    assert doc.text == ARTICLE
    assert doc.source == "<stdin>"


def test_stdin_html(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MAHAN.read_bytes())))
    doc = one_doc("-")
    assert "Mahan Air" in doc.text and doc.published == "2019-01-23"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "\n".join(json.dumps({"text": f"row {n}", "date": "2019-01-04"}) for n in range(3))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(rows.encode())))
    docs = read("-")
    assert [d.source for d in docs] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    assert all(isinstance(d, RawDocument) and d.published == "2019-01-04" for d in docs)


def test_stdin_over_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"word " * 1000)))
    error = one_error("-", max_bytes=1000)
    assert error.source == "<stdin>"
    assert error.message == "is over the 1 kB limit for one document; raise it with --max-bytes"


# --- URLs ------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    user_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self.user_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(1.0)
        if self.path == "/trickle":  # a byte every 0.1 s: never a read timeout, never done
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(300):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        status, headers, body = self.routes.get(
            self.path, (404, {"Content-Type": "text/plain"}, b"not here")
        )
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    html = MAHAN.read_bytes()
    latin = "Le pr\u00e9sident a d\u00e9clar\u00e9 la r\u00e9forme n\u00e9cessaire.\n"
    _Handler.routes = {
        "/article.html": (200, {"Content-Type": "text/html; charset=utf-8"}, html),
        "/plain.txt": (200, {"Content-Type": "text/plain; charset=utf-8"}, ARTICLE.encode()),
        "/latin.txt": (
            200,
            {"Content-Type": "text/plain; charset=iso-8859-1"},
            latin.encode("latin-1"),
        ),
        "/old-place": (301, {"Location": "/article.html"}, b""),
        "/broken": (500, {"Content-Type": "text/plain"}, b"oops"),
        "/logo.png": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n\x00\x00"),
        "/big.txt": (200, {"Content-Type": "text/plain"}, b"word " * 1000),
        "/rows": (
            200,
            {"Content-Type": "application/x-ndjson"},
            b'{"text": "one"}\n{"oops": 1}\n{"text": "two"}\n',
        ),
        "/no-type": (200, {}, html),
    }
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_html(server: str) -> None:
    url = f"{server}/article.html"
    doc = one_doc(url)
    assert "Mahan Air" in doc.text and "Main page" not in doc.text
    assert doc.source == url and doc.url == url
    assert doc.title == "Germany bans Mahan Air of Iran, citing 'security'"
    assert doc.published == "2019-01-23"
    assert _Handler.user_agents[-1].startswith("stancemap/0.1")


def test_url_redirect_is_followed(server: str) -> None:
    doc = one_doc(f"{server}/old-place")
    assert doc.source == f"{server}/old-place"
    assert doc.url == f"{server}/article.html"


def test_url_without_content_type_is_sniffed(server: str) -> None:
    assert "Mahan Air" in one_doc(f"{server}/no-type").text


def test_url_plain_text_and_declared_charset(server: str) -> None:
    assert one_doc(f"{server}/plain.txt").text == ARTICLE
    doc = one_doc(f"{server}/latin.txt")
    assert doc.text.startswith("Le pr\u00e9sident a d\u00e9clar\u00e9")
    assert doc.title is None


def test_url_jsonl(server: str) -> None:
    items = read(f"{server}/rows")
    assert [type(i).__name__ for i in items] == ["RawDocument", "ReadError", "RawDocument"]
    assert items[1].source == f"{server}/rows:2"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/missing", "HTTP 404 Not Found; "),
        ("/broken", "HTTP 500 Internal Server Error; "),
        ("/logo.png", "is image/png, not HTML or text; "),
    ],
)
def test_url_errors(server: str, path: str, expected: str) -> None:
    error = one_error(f"{server}{path}")
    assert error.source == f"{server}{path}"
    assert error.message.startswith(expected)


def test_url_over_the_limit(server: str) -> None:
    error = one_error(f"{server}/big.txt", max_bytes=1000)
    assert error.message.startswith("is 5 kB, over the 1 kB limit for one document")


def test_url_timeout(server: str) -> None:
    with make_client(timeout=0.2) as client:
        items = list(iter_url(f"{server}/slow", client, max_bytes=DEFAULT_MAX_BYTES))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert items[0].message.startswith("timed out after 0.2 s; ")


def test_url_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    error = one_error(f"http://127.0.0.1:{port}/article.html")
    assert error.message.startswith("could not connect (")


# --- bad inputs ------------------------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    error = one_error(tmp_path / "nope.txt")
    assert error.message.startswith("no such file or directory")


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.jsonl", "a.csv", "a"])
@pytest.mark.parametrize("content", [b"", b"  \r\n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_files(tmp_path: Path, name: str, content: bytes) -> None:
    error = one_error(write(tmp_path / name, content))
    assert error.message.startswith("is empty")


@pytest.mark.parametrize("name", ["a.txt", "a.html", "a.jsonl", "a.csv", "a.bin"])
@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 50,
        bytes((i * 7919) % 256 for i in range(1, 5000) if (i * 7919) % 256),  # no NUL
    ],
    ids=["png", "noisy"],
)
def test_binary_files(tmp_path: Path, name: str, content: bytes) -> None:
    error = one_error(write(tmp_path / name, content))
    assert error.message == (
        "looks binary (not text, HTML, JSON Lines or CSV); give a text, HTML, .jsonl or .csv file"
    )


@pytest.mark.parametrize(
    "content",
    [
        # damaged UTF-8: good multi-byte characters beside bytes no UTF-8 allows
        "caf\u00e9 \u201cquote\u201d na\u00efve ".encode() * 3 + b"\xff\xfe broken\n",
        b"Hello \xff\xfe\xfa\x81\x8d\x8f\x90\x9d world " * 20,
    ],
    ids=["damaged-utf8", "unknown"],
)
def test_undetectable_encoding(tmp_path: Path, content: bytes) -> None:
    error = one_error(write(tmp_path / "a.txt", content))
    assert error.message.startswith("is not valid UTF-8 (byte 0x")
    assert "its encoding could not be detected; convert it to UTF-8 (e.g. iconv -f" in error.message


def test_file_over_the_limit(tmp_path: Path) -> None:
    error = one_error(write(tmp_path / "a.txt", b"word " * 300), max_bytes=1000)
    assert error.message == (
        "is 1.5 kB, over the 1 kB limit for one document; raise it with --max-bytes"
    )


def test_file_over_the_default_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.html"
    with path.open("wb") as fh:
        fh.truncate(52_400_000)  # sparse: no disk used, never read
    error = one_error(path)
    assert error.message == (
        "is 52.4 MB, over the 20 MB limit for one document; raise it with --max-bytes"
    )
    assert DEFAULT_MAX_BYTES == 20_000_000


def test_too_big_shows_bytes_when_rounding_would_hide_the_excess() -> None:
    assert too_big(20_000_001, 20_000_000).startswith(
        "is 20,000,001 bytes, over the 20,000,000-byte limit"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read unreadable files")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", "text")
    path.chmod(0)
    assert one_error(path).message.startswith("permission denied")


def test_bad_inputs_do_not_stop_good_ones(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", "Good text.")
    items = read(good, tmp_path / "missing.txt", write(tmp_path / "e.txt", ""), good)
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "ReadError",
        "ReadError",
        "RawDocument",
    ]


def test_programmer_errors_raise() -> None:
    with pytest.raises(TypeError):
        list(iter_inputs("a.txt"))  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        list(iter_inputs([], max_bytes=0))


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-01-04", "2019-01-04"),
        ("January 4, 2019", "2019-01-04"),
        ("Friday, January 4, 2019", "2019-01-04"),
        ("4 Jan 2019 10:00", "2019-01-04"),
        ("2019-01-04T23:30:00-05:00", "2019-01-04"),
        ("2019-01-04T10:00:00Z", "2019-01-04"),
        ("  2019-01-04 10:00:00  ", "2019-01-04"),
        ("yesterday", None),
        ("3 days ago", None),
        ("last year", None),
        ("Monday", None),
        ("January 2019", None),
        ("2019", None),
        ("2019-13-45", None),
        ("not a date", None),
        ("", None),
        (20190104, None),
        (None, None),
    ],
)
def test_published_dates_are_absolute_or_none(value: object, expected: str | None) -> None:
    assert normalise_published(value) == expected


# --- issue 13, item 13: messages that say exactly what is wrong

def test_jsonl_error_names_the_column_once(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"text": "a control \x01 character"}\n')
    (err,) = read(path)
    assert isinstance(err, ReadError)
    assert "at column" in err.message and "at at" not in err.message


def test_too_deep_html_says_so(tmp_path: Path) -> None:
    deep = ("<html><body>" + "<div>" * 10_000 + f"<p>{ARTICLE}</p>" + "</div>" * 10_000
            + "</body></html>")
    path = tmp_path / "deep.html"
    path.write_text(deep, encoding="utf-8")
    (err,) = read(path)
    assert isinstance(err, ReadError)
    assert "10003 deep" in err.message and "255" in err.message


@pytest.mark.skipif(not CORPUS_CSV.exists(), reason="the shared Wikinews corpus is not here")
def test_csv_quote_left_open_mid_file_fails_there(tmp_path: Path) -> None:
    """Issue 13, item 5: a text whose closing quote is missing runs records together; the
    rows before it are read, then one error names the row, and no garbage document (a row
    of stray fragments) is made of the rest."""
    with CORPUS_CSV.open(newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))[:9]
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL).writerows(rows)
    good = buf.getvalue()
    fifth = '\r\n"' + rows[5][0] + '"'  # where record 5 (row=5 after the header) begins
    assert good.count(fifth) == 1
    broken = good.replace('"' + fifth, fifth)  # record 4's text loses its closing quote
    path = tmp_path / "broken.csv"
    path.write_text(broken, encoding="utf-8")
    items = read(path)
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert len(docs) == 3 and [d.url for d in docs] == [r[0] for r in rows[1:4]]
    assert len(errors) == 1 and errors[0].source == f"{path}#row=4"
    assert "quote left open" in errors[0].message
    (tmp_path / "good.csv").write_text(good, encoding="utf-8")
    assert all(isinstance(i, RawDocument) for i in read(tmp_path / "good.csv"))


def test_url_total_deadline_stops_a_trickling_server(server: str) -> None:
    """Issue 13, item 4: each byte arrives well within the read timeout, but the whole
    download has a deadline."""
    start = time.monotonic()
    with make_client(timeout=5.0) as client:
        items = list(iter_url(f"{server}/trickle", client, max_bytes=DEFAULT_MAX_BYTES,
                              deadline=1.0))
    assert time.monotonic() - start < 5.0
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert items[0].message.startswith("took more than 1 s to download")
    assert "--url-deadline" in items[0].message
