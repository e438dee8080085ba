"""JSON Lines: one article per line, read as a stream so a large batch never sits in memory.

Every line stands alone: a broken line, or one without ``text``, becomes a ReadError named
``file.jsonl:LINE`` and the lines after it are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from stancemap.model import RawDocument, ReadError
from stancemap.read.common import document_from_fields, one_line, too_big
from stancemap.read.decode import EMPTY, bad_byte, codec_label, open_stream, text_stream


class _Unreadable(str):
    """A line that could not be decoded or was too long: its message, not its text."""


def iter_jsonl(fh: BinaryIO, source: str, *, max_bytes: int, first: int = 0
               ) -> Iterator[RawDocument | ReadError]:
    """One document (or ReadError) per non-blank line of ``fh``; ``source`` names the input.
    ``first``: lines before this stream's (a part of a larger file, ``read.partitions``)."""
    opened = open_stream(fh, source)
    if isinstance(opened, ReadError):
        yield opened
        return
    stream, encoding = opened
    seen = False
    for lineno, line in _lines(stream, encoding, max_bytes):
        where = f"{source}:{first + lineno}"
        if isinstance(line, _Unreadable):
            seen = True
            yield ReadError(where, str(line))
            continue
        if not line.strip():
            continue
        seen = True
        yield _row(line, where, max_bytes)
    if not seen:
        yield ReadError(source, EMPTY)


def _row(line: str, where: str, max_bytes: int) -> RawDocument | ReadError:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(
            where, f"is not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno}); "
            "fix or remove that line"
        )
    except ValueError as exc:  # e.g. a number too long to convert
        return ReadError(where, f"is not valid JSON ({one_line(exc)}); fix or remove that line")
    if not isinstance(row, dict):
        return ReadError(
            where,
            f"is a JSON {type(row).__name__}, not an object; "
            "each line must be one object with a 'text' field",
        )
    fields: dict[str, object] = {}
    for key, value in row.items():
        fields.setdefault(key.strip().lower(), value)
    return document_from_fields(fields, where, max_bytes)


def _lines(stream: BinaryIO, encoding: str, max_bytes: int) -> Iterator[tuple[int, str]]:
    """Numbered lines; one that cannot be decoded, or is longer than a row could be, comes
    back as an :class:`_Unreadable` message (the long one skipped, never held whole).
    """
    # A row may hold metadata and JSON escapes (\\uXXXX is 6 bytes for 1-3): room for both.
    cap = 6 * max_bytes + 65536
    text = text_stream(stream, encoding)
    lineno = 0
    while line := text.readline(cap):
        lineno += 1
        if len(line) >= cap and not line.endswith(("\n", "\r")):
            while (more := text.readline(cap)) and not more.endswith(("\n", "\r")):
                pass
            yield lineno, _Unreadable(too_big(None, max_bytes, what="is a line"))
            continue
        bad = bad_byte(line)
        if bad:
            column, byte = bad
            yield (
                lineno,
                _Unreadable(
                    f"is not valid {codec_label(encoding)} (byte 0x{byte:02x} at column "
                    f"{column + 1}); fix that line or convert the file to UTF-8"
                ),
            )
            continue
        yield lineno, line
