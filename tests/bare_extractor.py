"""A stand-in extractor for the registry tests: every article becomes a document with no
actors, claims or events (so a test can tell it ran instead of the rules)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from stancemap.model import Document, DocumentMeta, RawDocument, document_id


def extract(raws: Iterable[RawDocument]) -> Iterator[Document]:
    for raw in raws:
        meta = DocumentMeta(id=document_id(raw.text), source=raw.source, title=raw.title,
                            published=raw.published, url=raw.url)
        yield Document(document=meta, text=raw.text, actors=[], claims=[], events=[])
