"""Request and response models of the upload route (every question's answer is a
dataclass of :mod:`stancemap.questions`, which makes its part of the OpenAPI description)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field, field_validator


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
