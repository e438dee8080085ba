"""http(s) URLs: fetched once with httpx, then read like a file of the kind the server says.

Errors name what went wrong in words a user can act on (the HTTP status, a refused
connection, a timeout) instead of a traceback.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from stancemap import __version__
from stancemap.model import RawDocument, ReadError
from stancemap.read.common import one_line, too_big
from stancemap.read.csv import iter_csv
from stancemap.read.html import html_bytes_document
from stancemap.read.jsonl import iter_jsonl
from stancemap.read.sniff import sniff_kind
from stancemap.read.text import text_document

if TYPE_CHECKING:
    import httpx

TIMEOUT_SECONDS = 20.0  # for any one connect or read
DEADLINE_SECONDS = 120.0  # for a whole download: a trickling server cannot hold the run
USER_AGENT = f"stancemap/{__version__}"

_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_JSONL_TYPES = {
    "application/x-ndjson",
    "application/jsonl",
    "application/x-jsonlines",
    "application/jsonlines",
    "application/ndjson",
}
_CSV_TYPES = {"text/csv"}
_KNOWN_TEXT_TYPES = _HTML_TYPES | _CSV_TYPES | {"text/plain", "text/markdown"}
_SNIFF_TYPES = {"", "application/octet-stream", "application/json", "binary/octet-stream"}


def is_url(path: str) -> bool:
    """True for ``http://`` and ``https://`` inputs (any case)."""
    return path[:8].lower().startswith(("http://", "https://"))


def make_client(timeout: float = TIMEOUT_SECONDS) -> httpx.Client:
    """One client for all URLs of a run: redirects followed, a User-Agent that says who we are."""
    import httpx

    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        headers={"User-Agent": USER_AGENT},
    )


def iter_url(
    url: str, client: httpx.Client, *, max_bytes: int, deadline: float = DEADLINE_SECONDS
) -> Iterator[RawDocument | ReadError]:
    """The document(s) at ``url``: one for a page or text, one per row for JSONL or CSV.
    ``deadline``: seconds the whole download may take."""
    fetched = _fetch(url, client, max_bytes, deadline)
    if isinstance(fetched, ReadError):
        yield fetched
        return
    data, media_type, charset, final_url = fetched
    if media_type in _SNIFF_TYPES or (
        media_type.startswith("text/") and media_type not in _KNOWN_TEXT_TYPES
    ):
        media_type = {"html": "text/html", "jsonl": "application/x-ndjson"}.get(
            sniff_kind(data), "text/plain"
        )
    if media_type in _HTML_TYPES:
        yield html_bytes_document(data, url, max_bytes=max_bytes, declared=charset, url=final_url)
    elif media_type in _JSONL_TYPES:
        yield from iter_jsonl(io.BytesIO(data), url, max_bytes=max_bytes)
    elif media_type in _CSV_TYPES:
        yield from iter_csv(io.BytesIO(data), url, max_bytes=max_bytes)
    elif media_type.startswith("text/"):
        yield text_document(data, url, declared=charset, url=final_url)
    else:
        yield ReadError(
            url, f"is {media_type}, not HTML or text; give the address of an article page"
        )


def _fetch(
    url: str, client: httpx.Client, max_bytes: int, deadline: float = DEADLINE_SECONDS
) -> tuple[bytes, str, str | None, str] | ReadError:
    """Body, media type, charset and final URL; streamed so an endless body stops at the cap
    (bytes counted as they arrive) and a slow one at the deadline."""
    import httpx

    give_up = time.monotonic() + deadline
    # JSONL and CSV bodies are batches, but they arrive whole: cap them generously.
    cap = max_bytes * 20
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                return ReadError(
                    url, f"HTTP {response.status_code} {reason}; check the URL or try again later"
                )
            media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            single = media_type not in _JSONL_TYPES | _CSV_TYPES
            limit = max_bytes if single else cap
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                return ReadError(url, too_big(int(length), limit))
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    return ReadError(url, too_big(None, limit))
                if time.monotonic() > give_up:
                    return ReadError(url, f"took more than {deadline:g} s to download "
                                          f"({len(body):,} bytes so far); try again later, "
                                          "raise --url-deadline, or save the page and read "
                                          "the file")
            return bytes(body), media_type, response.charset_encoding, str(response.url)
    except httpx.TimeoutException:
        return ReadError(
            url,
            f"timed out after {client.timeout.read or TIMEOUT_SECONDS:g} s; "
            "try again later, or save the page and read the file",
        )
    except httpx.ConnectError as exc:
        return ReadError(
            url, f"could not connect ({_reason(exc)}); check the URL and your network connection"
        )
    except httpx.TooManyRedirects:
        return ReadError(
            url, "redirects too many times; open it in a browser and use the final URL"
        )
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        return ReadError(url, f"is not a valid URL ({_reason(exc)}); check it")
    except httpx.HTTPError as exc:
        return ReadError(url, f"could not be fetched ({_reason(exc)}); try again later")


def _reason(exc: Exception) -> str:
    return one_line(exc) or type(exc).__name__
