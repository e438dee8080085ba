"""``-``: standard input, whose kind (HTML, JSON Lines or text) is sniffed from its start."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator

from stancemap.model import RawDocument, ReadError
from stancemap.read.sniff import iter_sniffed

STDIN_SOURCE = "<stdin>"


def iter_stdin(*, max_bytes: int) -> Iterator[RawDocument | ReadError]:
    """Read ``sys.stdin`` (looked up at call time, so tests and callers can replace it)."""
    stream = sys.stdin
    if stream is None:
        yield ReadError(STDIN_SOURCE, "is not available; pipe the text in or give a file")
        return
    binary = getattr(stream, "buffer", None)
    if binary is None:  # a text-only stream (io.StringIO): its text is already decoded
        binary = io.BytesIO(stream.read().encode("utf-8", "surrogatepass"))
    yield from iter_sniffed(binary, STDIN_SOURCE, max_bytes=max_bytes)
