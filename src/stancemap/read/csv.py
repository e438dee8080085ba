"""CSV: one article per row under a header naming at least a ``text`` column.

Read as a stream with the csv module (article texts hold newlines and quotes). A row is
named ``file.csv#row=N``, N counting records after the header from 1 (not physical lines,
which multi-line texts make meaningless); the row's own URL stays in ``url``.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from typing import BinaryIO

from stancemap.model import RawDocument, ReadError
from stancemap.read.common import document_from_fields, one_line
from stancemap.read.decode import EMPTY, bad_byte, codec_label, open_stream, text_stream


def iter_csv(fh: BinaryIO, source: str, *, max_bytes: int, first: int = 0
             ) -> Iterator[RawDocument | ReadError]:
    """One document (or ReadError) per row of ``fh``; a missing ``text`` column fails the file.
    ``first``: rows before this stream's (a part of a larger file: its header, then rows
    from ``first + 1`` on, see ``read.partitions``)."""
    opened = open_stream(fh, source)
    if isinstance(opened, ReadError):
        yield opened
        return
    stream, encoding = opened
    _allow_fields_of(max_bytes)
    rows = csv.reader(text_stream(stream, encoding))
    rowno = first
    try:
        header = next((row for row in rows if any(cell.strip() for cell in row)), None)
        if header is None:
            yield ReadError(source, EMPTY)
            return
        names = [name.strip().lstrip("\ufeff").lower() for name in header]
        if "text" not in names:
            shown = ", ".join(n for n in names if n) or "none"
            yield ReadError(
                source,
                f"has no 'text' column (columns: {shown}); "
                "name the column holding the article text 'text'",
            )
            return
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            rowno += 1
            where = f"{source}#row={rowno}"
            if len(row) > len(names) and any(cell.strip() for cell in row[len(names):]):
                # a quote left open pairs with a later one: records run together
                yield ReadError(where, f"has {len(row)} fields where the header has "
                                       f"{len(names)}: a quote left open on this row (or the "
                                       "one before) runs records together; fix the quoting "
                                       "there — later rows were not read")
                return
            undecodable = _undecodable(names, row, encoding)
            if undecodable:
                yield ReadError(where, undecodable)
                continue
            fields: dict[str, object] = {}
            for name, cell in zip(names, row, strict=False):
                fields.setdefault(name, cell)
            yield document_from_fields(fields, where, max_bytes)
    except csv.Error as exc:
        yield ReadError(
            f"{source}#row={rowno + 1}",
            f"is not valid CSV ({one_line(exc)}); fix it there, later rows were not read",
        )
        return
    if rowno == 0:  # (a part after the first always has rows)
        yield ReadError(source, "has a header but no rows; add one row per article")


def _undecodable(names: list[str], row: list[str], encoding: str) -> str | None:
    """Why a row cannot be read as text (a byte its encoding does not allow), if it cannot."""
    for index, cell in enumerate(row):
        bad = bad_byte(cell)
        if bad:
            column = names[index] if index < len(names) and names[index] else f"#{index + 1}"
            return (
                f"is not valid {codec_label(encoding)} (byte 0x{bad[1]:02x} in the "
                f"'{column}' column); fix that row or convert the file to UTF-8"
            )
    return None


def _allow_fields_of(max_bytes: int) -> None:
    """Let the csv module hold fields a bit over a document's size, so an oversized text
    costs its row (checked in bytes later) rather than the rest of the file. Never lowers a
    limit someone else raised: it is process-wide.
    """
    wanted = min(4 * max_bytes + 65536, sys.maxsize, 2**31 - 1)
    if csv.field_size_limit() < wanted:
        csv.field_size_limit(wanted)
