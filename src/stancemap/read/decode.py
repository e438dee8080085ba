"""Bytes → str: a BOM, then UTF-8, then a declared charset, then a careful guess.

Guessing is the last resort and refuses rather than produce mojibake: text is evidence here
(claims quote it by offset), so a wrong encoding would be worse than a clear error. Western
legacy files almost always turn out to be Windows-1252, so that wins ties.
"""

from __future__ import annotations

import codecs
import io
import re
from typing import BinaryIO

from stancemap.errors import InputError
from stancemap.model import ReadError
from stancemap.read.common import normalise_newlines

EMPTY = "is empty; give a file with the article text"
BINARY = "looks binary (not text, HTML, JSON Lines or CSV); give a text, HTML, .jsonl or .csv file"
UNDETECTED_TAIL = (
    "and its encoding could not be detected; "
    "convert it to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.utf8)"
)

#: How much of a stream is looked at to choose its encoding and kind.
HEAD_BYTES = 64 * 1024

# Longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = bytes([*range(0x01, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ESCAPED = re.compile("[\udc80-\udcff]")
_WIDE = ("utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le")
# WHATWG: pages that declare Latin-1 or ASCII are decoded as Windows-1252.
_DECLARED_ALIASES = {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}


class UndecodableError(InputError):
    """Raised by :func:`choose_encoding`; ``str(exc)`` is the one-line message for users."""


def choose_encoding(
    sample: bytes, declared: str | None = None, *, partial: bool = False, per_row: bool = False
) -> str:
    """The codec for ``sample`` (the whole input, or its head if ``partial``).

    Damaged UTF-8 (good multi-byte characters beside bad bytes) is never re-read in a legacy
    codec, which would garble the good ones: it is refused, or with ``per_row`` (the caller
    decodes row by row and reports bad rows itself) read as UTF-8.

    Raises :class:`UndecodableError` with the message to show when the bytes look binary or
    no encoding fits confidently.
    """
    for bom, encoding in _BOMS:
        if sample.startswith(bom):
            return encoding
    wide = _utf16_without_bom(sample, partial)
    if wide:
        return wide
    if b"\x00" in sample or _looks_controlled(sample):
        raise UndecodableError(BINARY)
    bad = _utf8_error(sample, partial)
    if bad is None:
        return "utf-8"
    damaged = _damaged_utf8(sample)
    if damaged and per_row:
        return "utf-8"
    for encoding in _declared_codecs(declared):
        if _decodes(sample, encoding, partial):
            return encoding
    guessed = None if damaged else _guess(sample)
    if guessed and _decodes(sample, guessed, partial):
        return guessed
    raise UndecodableError(
        f"is not valid UTF-8 (byte 0x{sample[bad]:02x} at offset {bad}) {UNDETECTED_TAIL}"
    )


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> str | ReadError:
    """A whole document's bytes → its text with unified newlines, or why it cannot be read."""
    if not data.strip():
        return ReadError(source, EMPTY)
    try:
        encoding = choose_encoding(data, declared)
        text = data.decode(encoding)
    except UndecodableError as exc:
        return ReadError(source, str(exc))
    except UnicodeDecodeError as exc:  # a BOM that lies, or a guess that fails further on
        return ReadError(
            source, f"is not valid {exc.encoding} at offset {exc.start} {UNDETECTED_TAIL}"
        )
    text = normalise_newlines(text)
    if not text.strip():
        return ReadError(source, EMPTY)
    return text


def open_stream(fh: BinaryIO, source: str) -> tuple[BinaryIO, str] | ReadError:
    """Choose the encoding of a stream from its head without consuming it.

    Returns a binary stream that still starts at the beginning, and its codec; rows are read
    from it one at a time, so a large JSONL or CSV file is never held in memory.
    """
    head = read_up_to(fh, HEAD_BYTES)
    complete = len(head) < HEAD_BYTES
    if complete and not head.strip():
        return ReadError(source, EMPTY)
    try:
        encoding = choose_encoding(head, partial=not complete, per_row=True)
    except UndecodableError as exc:
        return ReadError(source, str(exc))
    return prefixed(head, fh), encoding


def text_stream(stream: BinaryIO, encoding: str) -> io.TextIOWrapper:
    """Text over a binary stream with line endings kept (as csv needs). Bad bytes become
    lone surrogates instead of stopping the stream, so :func:`bad_byte` can fail just the
    row they are in.
    """
    return io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="")


def bad_byte(text: str) -> tuple[int, int] | None:
    """``(index, byte)`` of the first undecodable byte left in ``text`` by :func:`text_stream`."""
    match = _ESCAPED.search(text)
    return (match.start(), ord(match.group()) - 0xDC00) if match else None


def codec_label(encoding: str) -> str:
    """A codec's name as people write it (``UTF-8``, ``Windows-1252``)."""
    name = codecs.lookup(encoding).name
    labels = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp1252": "Windows-1252"}
    return labels.get(name, name.upper() if name.startswith("utf") else name)


def read_up_to(fh: BinaryIO, n: int) -> bytes:
    """Read ``n`` bytes, or fewer only at end of input (pipes return short reads)."""
    parts: list[bytes] = []
    got = 0
    while got < n:
        chunk = fh.read(n - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def prefixed(head: bytes, rest: BinaryIO) -> BinaryIO:
    """``head`` followed by what is left of ``rest``, as one buffered binary stream."""
    return io.BufferedReader(_Prefixed(head, rest))


class _Prefixed(io.RawIOBase):
    """Serve already-read bytes, then the underlying stream; closing leaves that stream open."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = len(buffer)
        if self._head:
            take = self._head[:n]
            buffer[: len(take)] = take
            self._head = self._head[len(take) :]
            return len(take)
        read = getattr(self._rest, "read1", self._rest.read)
        chunk = read(n)
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _utf16_without_bom(sample: bytes, partial: bool) -> str | None:
    """UTF-16 text of mostly Latin script has a NUL in every other byte; BOM or not."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    for zeros, others, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros >= 0.4 * pairs and others <= 0.02 * pairs:
            cut = sample[: pairs * 2] if partial else sample
            if _decodes(cut, encoding, partial):
                return encoding
    return None


def _looks_controlled(sample: bytes) -> bool:
    """Mostly non-text: more than 3% control bytes (tab, newlines, form feed, ESC allowed)."""
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > 2 and controls > 0.03 * len(sample)


def _utf8_error(sample: bytes, partial: bool) -> int | None:
    """Offset of the first byte that is not UTF-8, or None if it all is."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=not partial)
    except UnicodeDecodeError as exc:
        return exc.start
    return None


def _decodes(sample: bytes, encoding: str, partial: bool) -> bool:
    try:
        codecs.getincrementaldecoder(encoding)().decode(sample, final=not partial)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _declared_codecs(declared: str | None) -> list[str]:
    if not declared:
        return []
    try:
        name = codecs.lookup(declared.strip()).name
    except LookupError:
        return []
    alias = _DECLARED_ALIASES.get(name)
    return [alias, name] if alias else [name]


def _damaged_utf8(sample: bytes) -> bool:
    """At least as many well-formed UTF-8 multi-byte characters as bad bytes: UTF-8 with
    damage, not a legacy codec (whose text rarely forms a valid UTF-8 sequence by chance).
    """
    head = sample[:HEAD_BYTES]
    good = len(_UTF8_SEQ.findall(head))
    bad = head.decode("utf-8", "replace").count("\ufffd")
    return good > 0 and good >= bad


def _guess(sample: bytes) -> str | None:
    """charset-normalizer's pick, trusted only when the text it yields reads as language."""
    from charset_normalizer import from_bytes  # slow to import; rarely needed

    matches = [m for m in from_bytes(sample, cp_exclusion=list(_WIDE)) if m.chaos <= 0.1]
    if not matches:
        return None
    least = min(m.chaos for m in matches)
    for match in matches:
        if match.chaos <= least + 0.02 and "cp1252" in match.could_be_from_charset:
            return "cp1252"
    best = matches[0]
    return best.encoding if best.coherence >= 0.1 else None
