"""Response and request models of the JSON API (they make its OpenAPI description)."""

from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, Field, field_validator

T = TypeVar("T")


class Evidence(BaseModel):
    start: int
    end: int
    text: str


class ActorRef(BaseModel):
    id: int
    name: str
    local_id: str


class Claim(BaseModel):
    id: int
    document_id: str
    local_id: str
    published: str | None
    speaker_text: str
    predicate: str
    stance: Literal["support", "oppose", "neutral"]
    kind: Literal["support", "support_if", "oppose_unless", "oppose", "neutral"] = Field(
        description="the stance with its conditions: support_if = supports if…, "
                    "oppose_unless = opposes unless…")
    target: str
    issue_id: int
    issue: str | None
    conditions: list[str]
    quote: str
    evidence: Evidence
    confidence: float
    document_title: str | None
    document_source: str
    document_url: str | None = None
    speakers: list[ActorRef]


class Event(BaseModel):
    id: int
    document_id: str
    local_id: str
    published: str | None
    kind: str
    plover: str | None
    description: str
    location: str | None
    date: str | None
    date_text: str | None
    status: str
    convener_id: int | None
    document_title: str | None
    evidence: Evidence
    participants: list[ActorRef]


class Page(BaseModel, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class DocumentSummary(BaseModel):
    id: str
    source: str
    title: str | None
    published: str | None
    n_actors: int
    n_claims: int
    n_events: int


class DocActor(BaseModel):
    local_id: str
    actor_id: int
    name: str
    kind: str
    role: str | None
    country: str | None
    aliases: list[str]


class DocumentDetail(BaseModel):
    id: str
    source: str
    url: str | None = Field(description="the article's own address, when the input gave one")
    title: str | None
    published: str | None
    language: str
    text: str
    actors: list[DocActor]
    claims: list[Claim]
    events: list[Event]


class ActorSummary(BaseModel):
    id: int
    key: str
    name: str
    kind: str
    role: str | None
    country: str | None
    n_documents: int
    n_claims: int
    support: int
    oppose: int
    neutral: int


class ActorDetail(BaseModel):
    id: int
    key: str
    name: str
    kind: str
    role: str | None
    country: str | None
    n_documents: int
    first_seen: str | None
    last_seen: str | None
    aliases: list[str]
    positions: list[Claim]
    events: list[Event]


class IssueSummary(BaseModel):
    id: int
    label: str
    n_claims: int
    support: int
    oppose: int
    neutral: int
    latest: str | None


class WhoEntry(BaseModel):
    actor_id: int | None
    name: str
    side: Literal["support", "support_if", "oppose_unless", "oppose", "neutral"]
    support: int
    support_if: int
    oppose_unless: int
    oppose: int
    neutral: int
    latest: str | None
    claims: list[int] = Field(description="ids of the claims behind this entry")


class IssueGroups(BaseModel):
    support: list[WhoEntry]
    support_if: list[WhoEntry]
    oppose_unless: list[WhoEntry]
    oppose: list[WhoEntry]
    neutral: list[WhoEntry]


class IssueDetail(BaseModel):
    id: int
    label: str
    key: str
    groups: IssueGroups
    claims: list[Claim]


class MatrixActor(BaseModel):
    id: int
    name: str
    n_claims: int


class MatrixIssue(BaseModel):
    id: int
    label: str
    n_claims: int


class MatrixCell(BaseModel):
    actor_id: int
    issue_id: int
    actor: str
    issue: str
    support: int
    support_if: int
    oppose_unless: int
    oppose: int
    neutral: int
    n: int
    net: float = Field(description="(for − against) / claims, from −1 to 1")
    claim_id: int = Field(description="the latest claim of this cell, to open as evidence")
    document_id: str


class Matrix(BaseModel):
    actors: list[MatrixActor]
    issues: list[MatrixIssue]
    cells: list[MatrixCell]


class NetworkNode(BaseModel):
    id: int
    name: str
    kind: str | None
    degree: int
    side: int


class NetworkEdge(BaseModel):
    source: int
    target: int
    weight: int = Field(description="issues on which both take the same side")
    conflict: int = Field(description="issues on which they take opposite sides")
    issues: list[int]


class Network(BaseModel):
    issue_id: int | None
    issue: str | None
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Counts(BaseModel):
    documents: int
    actors: int
    issues: int
    claims: int
    events: int


class Overview(BaseModel):
    counts: Counts
    stances: dict[str, int]
    top_actors: list[ActorSummary]
    contested_issues: list[IssueSummary]
    latest_events: list[Event]


class SearchHit(BaseModel):
    kind: Literal["claim", "event"]
    who: list[str]
    what: str
    issue: str | None
    evidence: str
    date: str | None
    source: str
    document_id: str
    claim_id: int | None = Field(None, description="the claim to highlight, when a claim")


class SearchResult(BaseModel):
    q: str
    hits: list[SearchHit]


class UploadIn(BaseModel):
    """An article to extract and store: the same rules as the CLI readers."""

    text: str = Field(min_length=1, max_length=2_000_000)
    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    source: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://")

    @field_validator("text")
    @classmethod
    def has_words(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("the text is empty or only whitespace; send the article's text")
        return text

    @field_validator("published")
    @classmethod
    def real_day(cls, published: str | None) -> str | None:
        if published is not None:
            try:
                dt.date.fromisoformat(published)
            except ValueError:
                raise ValueError(f"{published} is not a calendar day; use YYYY-MM-DD") from None
        return published


class UploadOut(BaseModel):
    id: str
    stored: bool = Field(description="false when the same text was stored before")
    claims: int
    events: int
    url: str
