"""Full-text search over the evidence of claims and events (SQLite FTS5, PostgreSQL
tsvector), best matches first."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Select, func, literal_column, select, text
from sqlalchemy.orm import Session

from stancemap.questions.filters import FIRST_PAGE, NO_FILTERS, Filters, Page
from stancemap.questions.items import (
    ClaimItem,
    EventItem,
    claim_items,
    claim_select,
    event_day,
    event_items,
    event_select,
)
from stancemap.store.tables import claims, events

_WORD = re.compile(r'"[^"]+"|\S+')


@dataclass(frozen=True)
class SearchResult:
    query: str
    claims: tuple[ClaimItem, ...]
    events: tuple[EventItem, ...]


def fts5_query(query: str) -> str:
    """User words → an FTS5 query: every word (or "quoted phrase") must occur; OR works."""
    parts: list[str] = []
    for tok in _WORD.findall(query):
        tok = tok.strip('"').replace('"', "")
        if tok.upper() == "OR" and parts:
            parts.append("OR")
        elif tok:
            parts.append(f'"{tok}"')
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts)


def _ranked(session: Session, table, q: Select, query: str) -> tuple[Select, dict[str, str]]:
    """``q`` narrowed to rows of ``table`` matching ``query``, best first."""
    if session.get_bind().dialect.name == "sqlite":
        fts = f"{table.name}_fts"
        hits = select(literal_column("rowid").label("id"),
                      literal_column(f"bm25({fts})").label("rank")) \
            .select_from(text(fts)).where(text(f"{fts} MATCH :q")).subquery()
        return (q.join(hits, hits.c.id == table.c.id).order_by(hits.c.rank, table.c.id),
                {"q": fts5_query(query)})
    tsq = func.websearch_to_tsquery("english", query)
    column = literal_column(f"{table.name}.search")
    return (q.where(column.op("@@")(tsq)).order_by(func.ts_rank(column, tsq).desc(),
                                                      table.c.id), {})


def search(session: Session, query: str, f: Filters = NO_FILTERS, page: Page = FIRST_PAGE
           ) -> SearchResult:
    """Claims and events whose evidence (or target, speakers, place) matches ``query``:
    words are ANDed, "quoted phrases" match as phrases, OR works."""
    query = query.strip()
    if not query or not fts5_query(query):
        return SearchResult(query, (), ())
    q, params = _ranked(session, claims, claim_select(f), query)
    found_claims = claim_items(session, page.apply(q).params(**params))
    q, params = _ranked(session, events, event_select(), query)
    q = f.apply(q, event_day(), events.c.document_id)
    found_events = event_items(session, page.apply(q).params(**params))
    return SearchResult(query, found_claims, found_events)
