"""read → parse → actors → claims → events → Document: the extraction flow in one place."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from stancemap.extract import claim_lexicon
from stancemap.extract.actors import extract_actors
from stancemap.extract.claims import extract_claims
from stancemap.extract.dates import dateline_date
from stancemap.extract.events import extract_events
from stancemap.extract.headline import dateline_text, headline_text, mark_body
from stancemap.extract.issue_groups import group_issues
from stancemap.extract.issues import title_phrases
from stancemap.model import Document, DocumentMeta, RawDocument, document_id
from stancemap.nlp import load, pipe

BATCH_SIZE = 32


def extract_many(raws: Iterable[RawDocument], batch_size: int = BATCH_SIZE) -> Iterator[Document]:
    """Parse with one shared pipeline through ``nlp.pipe``, then run the rule stages per doc."""
    pairs = ((raw.text, raw) for raw in raws)
    for sdoc, raw in pipe(pairs, batch_size=batch_size):
        yield build_document(sdoc, raw)


def headline_phrases(title: str | None) -> list[str]:
    """The headline's noun phrases (parsed on their own: a headline is a few words)."""
    if not title or not title.strip():
        return []
    return title_phrases(load()(title[:300]), claim_lexicon.get())


def _dateline_published(text: str, body: int) -> str | None:
    """A text given without a publication date is dated by its own dateline ("Wednesday,
    March 12, 2025" above the body), so "on Tuesday" still resolves."""
    line = dateline_text(text, body) if body else None
    return dateline_date(line) if line else None


def extract_one(raw: RawDocument) -> Document:
    return next(extract_many([raw]))


def build_document(sdoc, raw: RawDocument) -> Document:  # sdoc: spacy.tokens.Doc
    body = mark_body(sdoc)
    title = raw.title or (headline_text(raw.text, body) if body else None)
    published = raw.published or _dateline_published(raw.text, body)
    meta = DocumentMeta(
        id=document_id(raw.text), source=raw.source, title=title, published=published,
        url=raw.url,
    )
    actors = extract_actors(sdoc)
    claims, actors = extract_claims(sdoc, actors)  # speakers the entity pass missed
    group_issues(claims, title, headline_phrases(title),
                 [n for a in actors if a.kind == "person" for n in (a.name, *a.aliases)])
    events, actors = extract_events(sdoc, actors, published, claims)  # countries events
    # name; quotes' speakers say who "I" is
    return Document(
        document=meta, text=raw.text, actors=actors.export(), claims=claims, events=events
    )
