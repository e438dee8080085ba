"""Plain text: the file's text is the document; it carries no title or date of its own."""

from __future__ import annotations

from stancemap.model import RawDocument, ReadError
from stancemap.read.decode import decode_bytes


def text_document(
    data: bytes, source: str, *, declared: str | None = None, url: str | None = None
) -> RawDocument | ReadError:
    """Decode ``data`` as one document; title and published stay None."""
    text = decode_bytes(data, source, declared)
    if isinstance(text, ReadError):
        return text
    return RawDocument(text=text, source=source, url=url)
