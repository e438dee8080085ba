"""Helpers every reader shares: the size limit, one-line messages, and row fields → document.

Kept apart from the readers so that text, HTML, JSON Lines, CSV and URLs all word their
errors the same way and build a :class:`RawDocument` from the same field names.
"""

from __future__ import annotations

from collections.abc import Mapping

from stancemap.model import RawDocument, ReadError
from stancemap.read.dates import normalise_published

#: Largest single document (a text or HTML file, a page, one row's text), in bytes.
DEFAULT_MAX_BYTES = 20_000_000

#: Row fields looked up for the publication date, first usable one wins.
PUBLISHED_FIELDS = ("published", "date")


def human_size(n: int) -> str:
    """A size as people read it (``52.4 MB``); decimal units, as disks and ``ls -h --si``."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def too_big(size: int | None, max_bytes: int, what: str = "is") -> str:
    """The message for a document over the limit; exact bytes when rounding would hide it."""
    limit = human_size(max_bytes)
    tail = "limit for one document; raise it with --max-bytes"
    if size is None:
        return f"{what} over the {limit} {tail}"
    shown = human_size(size)
    if shown == limit:
        shown, limit = f"{size:,} bytes", f"{max_bytes:,}-byte"
    return f"{what} {shown}, over the {limit} {tail}"


def one_line(message: object) -> str:
    """Collapse whitespace so an error (often an exception's text) stays on one line."""
    return " ".join(str(message).split())


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` become ``\\n``; a leading BOM goes. Nothing else is touched."""
    return text.replace("\r\n", "\n").replace("\r", "\n").removeprefix("\ufeff")


def _clean_str(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _type_name(value: object) -> str:
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        list: "a list",
        dict: "an object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def document_from_fields(
    fields: Mapping[str, object], source: str, max_bytes: int
) -> RawDocument | ReadError:
    """One JSONL object or CSV row → a document; ``fields`` keys are already lower-case.

    ``text`` is required and kept as read (newlines unified); ``title`` and ``url`` are
    stripped; ``published`` falls back to ``date`` and becomes YYYY-MM-DD or None.
    """
    if "text" not in fields or fields["text"] is None:
        names = ", ".join(k for k in fields if k) or "none"
        return ReadError(
            source,
            f"has no 'text' field (fields: {names}); each row needs the article text in 'text'",
        )
    text = fields["text"]
    if not isinstance(text, str):
        return ReadError(
            source, f"has 'text' as {_type_name(text)}, not a string; put the article text there"
        )
    if not text.strip():
        return ReadError(source, "has an empty 'text' field; fill it in or remove the row")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return ReadError(source, too_big(size, max_bytes, what="has a 'text' of"))
    published = None
    for name in PUBLISHED_FIELDS:
        published = normalise_published(fields.get(name))
        if published:
            break
    return RawDocument(
        text=normalise_newlines(text),
        source=source,
        title=_clean_str(fields.get("title")),
        published=published,
        url=_clean_str(fields.get("url")),
    )
