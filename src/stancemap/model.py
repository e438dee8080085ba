"""The contract's types (schema ``stancemap/1``) as plain dataclasses.

Every stage of the flow passes these around; ``to_dict`` gives the JSON the contract fixes.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from functools import cache
from typing import Any, Literal, TypeVar

from stancemap import SCHEMA_ID

ActorKind = Literal["person", "organization", "country", "group"]
Stance = Literal["support", "oppose", "neutral"]
QuoteKind = Literal["direct", "indirect", "none"]
EventStatus = Literal["held", "ongoing", "planned", "expected", "cancelled"]
T = TypeVar("T")


def document_id(text: str) -> str:
    """sha256 of the normalised text: NFC, unified newlines, outer whitespace stripped."""
    norm = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass
class RawDocument:
    """One article as read, before any language processing."""

    text: str
    source: str
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    url: str | None = None


@dataclass
class ReadError:
    """An input that could not be read; ``message`` says what is wrong and what to do."""

    source: str
    message: str


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Evidence:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Evidence:
        return cls(start, end, text[start:end])


@dataclass
class Actor:
    id: str
    name: str
    kind: ActorKind
    role: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass
class Claim:
    id: str
    speakers: list[str]
    speaker_text: str
    predicate: str
    stance: Stance
    target: str
    issue: str | None
    conditions: list[str]
    quote: QuoteKind
    evidence: Evidence
    confidence: float
    # added field (stancemap/1 allows additions): the policy area (lexicon/topics.yaml)
    topic: str | None = None


@dataclass
class Event:
    id: str
    kind: str
    plover: str | None
    description: str
    location: str | None
    date: str | None
    date_text: str | None
    status: EventStatus
    participants: list[str]
    convener: str | None
    evidence: Evidence
    # added fields (stancemap/1 allows additions): PLOVER roles of the event
    recipients: list[str] = field(default_factory=list)
    mode: str | None = None


@dataclass
class DocumentMeta:
    id: str
    source: str
    title: str | None
    published: str | None
    url: str | None = None  # the article's own address, as read (contract field)
    language: str = "en"


@dataclass
class Document:
    document: DocumentMeta
    text: str
    actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self, include_text: bool = True) -> dict[str, Any]:
        """The contract's JSON. ``text`` is an added field so offsets can be checked."""
        out: dict[str, Any] = {"schema": SCHEMA_ID, "document": asdict(self.document)}
        if include_text:
            out["text"] = self.text
        out["actors"] = [asdict(a) for a in self.actors]
        out["claims"] = [asdict(c) for c in self.claims]
        out["events"] = [asdict(e) for e in self.events]
        return out

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """The inverse of ``to_dict``, for contract JSON read back (``ingest --extracted``,
        worker results). Keys the dataclasses lack are ignored; a missing required one
        raises ``TypeError`` naming it."""
        return cls(
            document=_build(DocumentMeta, d["document"]), text=d.get("text") or "",
            actors=[_build(Actor, a, mentions=[_build(Span, m) for m in a.get("mentions") or []])
                    for a in d["actors"]],
            claims=[_build(Claim, c, evidence=_build(Evidence, c["evidence"]))
                    for c in d["claims"]],
            events=[_build(Event, e, evidence=_build(Evidence, e["evidence"]))
                    for e in d["events"]],
        )


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def _build(cls: type[T], data: Mapping[str, Any], **parsed: Any) -> T:
    """``cls`` from its JSON object: by field name, so a field added to a dataclass is read
    without touching this; ``parsed`` gives the nested objects already built."""
    if not parsed:
        try:  # the usual case: exactly the dataclass's fields (spans: most of a document)
            return cls(**data)
        except TypeError:
            pass
    names = _field_names(cls)
    return cls(**{k: v for k, v in data.items() if k in names and k not in parsed}, **parsed)
