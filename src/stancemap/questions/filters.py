"""What every question narrows by: a date range and a source, and a page of results."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select

from stancemap.store.tables import documents

MAX_LIMIT = 500  # rows one question returns at most


@dataclass(frozen=True)
class Filters:
    """Which documents count: published on or after ``since``, up to ``until`` (inclusive),
    and whose source contains ``source`` (case-insensitive, the words as written)."""

    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = None

    def apply(self, q: Select, date_col: Any, doc_col: Any) -> Select:
        if self.since:
            q = q.where(date_col >= self.since)
        if self.until:
            q = q.where(date_col <= self.until)
        if self.source:
            # the words as written: "%" and "_" are not wildcards
            found = func.lower(documents.c.source).contains(self.source.lower(), autoescape=True)
            q = q.where(doc_col.in_(select(documents.c.id).where(found)))
        return q

    def args(self) -> dict[str, str]:
        """The filters as URL query parameters (empty ones left out)."""
        out: dict[str, str] = {}
        if self.since:
            out["since"] = self.since.isoformat()
        if self.until:
            out["until"] = self.until.isoformat()
        if self.source:
            out["source"] = self.source
        return out


NO_FILTERS = Filters()


@dataclass(frozen=True)
class Page:
    """Which slice of a long answer: at most ``limit`` rows (≤ MAX_LIMIT) from ``offset``."""

    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "limit", max(1, min(int(self.limit), MAX_LIMIT)))
        object.__setattr__(self, "offset", max(0, int(self.offset)))

    def apply(self, q: Select) -> Select:
        return q.limit(self.limit).offset(self.offset)


FIRST_PAGE = Page()


@dataclass(frozen=True)
class PageOf:
    """One page of a long answer: how many there are in all, and which slice this is
    (subclasses add ``items``)."""

    total: int
    limit: int
    offset: int
