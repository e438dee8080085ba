"""HTML pages: trafilatura finds the article's text, title and date, offline.

The extracted text *is* the document: evidence offsets point into it, not into the markup.
Dates come only from the page's markup (meta tags, JSON-LD, ``<time>``, the URL):
htmldate's "extensive" search guesses from body text, and falls back to a copyright year
as January 1st, which would be a made-up publication day.
"""

from __future__ import annotations

import re
from configparser import ConfigParser
from functools import lru_cache

from stancemap.model import RawDocument, ReadError
from stancemap.read.common import normalise_newlines, one_line
from stancemap.read.dates import normalise_published
from stancemap.read.decode import decode_bytes

NO_TEXT = "no article text found in HTML; check it is an article page, or save its text as .txt"

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6])\b",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def looks_like_html(text: str) -> bool:
    """True when the text starts like an HTML page or fragment (after any comments)."""
    return bool(_HTML_START.match(text[:8192]))


def declared_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` (or http-equiv content-type charset) near the top, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def html_bytes_document(
    data: bytes,
    source: str,
    *,
    max_bytes: int,
    declared: str | None = None,
    url: str | None = None,
) -> RawDocument | ReadError:
    """Decode HTML (HTTP charset, then ``<meta charset>``) and extract its article."""
    html = decode_bytes(data, source, declared or declared_charset(data))
    if isinstance(html, ReadError):
        return html
    return html_document(html, source, max_bytes=max_bytes, url=url)


def html_document(
    html: str, source: str, *, max_bytes: int, url: str | None = None
) -> RawDocument | ReadError:
    """Main text, title and publication date of one HTML page; ``url`` is where it came from.

    Without ``url`` the page's own canonical URL (``<link rel=canonical>``, ``og:url``) is kept.
    """
    import trafilatura  # slow to import; only needed for HTML

    try:
        found = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=dict(_DATE_PARAMS),
            config=_config(max_bytes),
        )
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura raise assorted errors
        return ReadError(source, f"{NO_TEXT} ({one_line(exc) or type(exc).__name__})")
    text = getattr(found, "text", None) if found is not None else None
    if not text or not text.strip():
        depth = nesting_depth(html)
        if depth > MAX_DEPTH:
            return ReadError(source, f"the HTML nests its elements {depth} deep, more than the "
                                     f"parser follows ({MAX_DEPTH}); save the article's text "
                                     "as .txt")
        return ReadError(source, NO_TEXT)
    return RawDocument(
        text=normalise_newlines(text),
        source=source,
        title=_clean(found.title),
        published=normalise_published(found.date),
        url=url or _clean(found.url),
    )


MAX_DEPTH = 255  # libxml2's default limit, under lxml and trafilatura
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>")
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def nesting_depth(html: str) -> int:
    """How deep the page's elements nest (a tag scan: only asked when no text was found)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(html):
        if self_closing or name.lower() in VOID:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


@lru_cache(maxsize=8)
def _config(max_bytes: int) -> ConfigParser:
    """trafilatura's defaults, with its own size cap no lower than ours."""
    from trafilatura.settings import use_config

    config = use_config()
    default = config.getint("DEFAULT", "MAX_FILE_SIZE")
    config.set("DEFAULT", "MAX_FILE_SIZE", str(max(default, max_bytes)))
    return config
