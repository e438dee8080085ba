"""Stdin and files without a known extension: guess the kind from the first bytes, read as that."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import BinaryIO, Literal

from stancemap.model import RawDocument, ReadError
from stancemap.read.common import too_big
from stancemap.read.decode import HEAD_BYTES, prefixed, read_up_to
from stancemap.read.html import html_bytes_document, looks_like_html
from stancemap.read.jsonl import iter_jsonl
from stancemap.read.text import text_document

Kind = Literal["html", "jsonl", "text"]


def sniff_kind(head: bytes, *, complete: bool = True) -> Kind:
    """``html`` if it starts like a page, ``jsonl`` if its first line is a JSON object, else text.

    A first line that starts with ``{`` and ends with ``}`` (or is cut off by the end of an
    incomplete ``head``) but does not parse still counts as JSON Lines, so the user hears
    which line is broken instead of getting the JSON back as prose.
    """
    text = _lenient(head)
    if looks_like_html(text):
        return "html"
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not line.startswith("{"):
            return "text"
        try:
            return "jsonl" if isinstance(json.loads(line), dict) else "text"
        except ValueError:
            cut_off = not complete and text.rstrip().endswith(line)
            return "jsonl" if line.endswith("}") or cut_off else "text"
    return "text"


def _lenient(head: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return head.decode(encoding, "replace")
    return head.decode("utf-8", "replace")


def iter_sniffed(
    fh: BinaryIO, source: str, *, max_bytes: int, size: int | None = None
) -> Iterator[RawDocument | ReadError]:
    """A stream of unknown kind: JSON Lines are streamed row by row; HTML or text is one
    document, refused past ``max_bytes`` (``size``, if known, is used for the message).
    """
    head = read_up_to(fh, HEAD_BYTES)
    complete = len(head) < HEAD_BYTES
    kind = sniff_kind(head, complete=complete)
    if kind == "jsonl":
        yield from iter_jsonl(prefixed(head, fh), source, max_bytes=max_bytes)
        return
    if size is not None and size > max_bytes:
        yield ReadError(source, too_big(size, max_bytes))
        return
    data = head if complete else head + read_up_to(fh, max_bytes + 1 - len(head))
    if len(data) > max_bytes:
        yield ReadError(source, too_big(size, max_bytes))
        return
    if kind == "html":
        yield html_bytes_document(data, source, max_bytes=max_bytes)
    else:
        yield text_document(data, source)
