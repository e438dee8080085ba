"""`stancemap extract`: articles in, the document JSON (stancemap/1) out."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from enum import StrEnum
from typing import Annotated

import typer
from rich.table import Table

from stancemap.app import app, fail, out, warn, write
from stancemap.commands.options import ExtractorName
from stancemap.model import Document, RawDocument, ReadError
from stancemap.read import DEADLINE_SECONDS, DEFAULT_MAX_BYTES, iter_inputs


class Format(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    plover = "plover"


def check_date(value: str | None) -> str | None:
    """`--published` must be a calendar date; anything else is a usage error."""
    if value is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def read_all(paths: list[str], published: str | None, max_bytes: int,
             failures: list[ReadError], url_deadline: float = DEADLINE_SECONDS
             ) -> Iterator[RawDocument]:
    """Documents from every input; failures are reported on stderr and collected."""
    for item in iter_inputs(paths, max_bytes=max_bytes, url_deadline=url_deadline):
        if isinstance(item, ReadError):
            warn(f"{item.source}: {item.message}")
            failures.append(item)
            continue
        if published:
            item.published = published
        yield item


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(
        help="Files, folders, http(s) URLs, or - for stdin.", show_default=False)],
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD; overrides the file's own.",
        callback=check_date)] = None,
    format: Annotated[Format | None, typer.Option(
        "--format", "-f", help="json (one doc), jsonl, table or plover; default json for one "
        "document, jsonl for several.", case_sensitive=False)] = None,
    max_bytes: Annotated[int, typer.Option(
        help="Largest single document accepted, in bytes (at least 1).", min=1)
    ] = DEFAULT_MAX_BYTES,
    url_deadline: Annotated[float, typer.Option(
        help="Seconds one URL's whole download may take.", min=1.0)] = DEADLINE_SECONDS,
    text: Annotated[bool, typer.Option(
        "--text/--no-text", help="Include the article text in the JSON.")] = True,
    extractor: ExtractorName = "rules",
) -> None:
    """Extract actors, claims and events from news articles."""
    from stancemap import extractors

    extractors.get(extractor)  # an unknown name stops here, before anything is read
    failures: list[ReadError] = []
    count = 0
    docs = extractors.documents(read_all(paths, published, max_bytes, failures, url_deadline),
                                extractor)
    fmt = format or Format.json
    if fmt == Format.json:
        # one document prints as one JSON object; several print as JSON Lines
        first, second = next(docs, None), next(docs, None)
        if first is not None and second is None:
            write(json.dumps(first.to_dict(text), ensure_ascii=False, indent=2) + "\n")
            count = 1
        else:
            for doc in itertools.chain(filter(None, (first, second)), docs):
                write(json.dumps(doc.to_dict(text), ensure_ascii=False) + "\n")
                count += 1
    elif fmt == Format.jsonl:
        for doc in docs:
            write(json.dumps(doc.to_dict(text), ensure_ascii=False) + "\n")
            count += 1
    elif fmt == Format.table:
        for doc in docs:
            print_table(doc)
            count += 1
    else:
        from stancemap.export.plover import plover_records

        for doc in docs:
            for record in plover_records(doc):
                write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    if failures:
        fail(f"{len(failures)} of {count + len(failures)} inputs failed (see above)")
    if count == 0:
        fail("no documents were read; give a file, folder, URL or - for stdin")


def print_table(doc: Document) -> None:
    """A human-readable who-said-what table for one document."""
    names = {a.id: a.name for a in doc.actors}
    title = doc.document.title or doc.document.source
    out.rule(f"{title} ({doc.document.published or 'undated'})")
    actors = Table("actor", "kind", "role", "country", "aliases", title="Actors")
    for a in doc.actors:
        actors.add_row(a.name, a.kind, a.role or "", a.country or "", ", ".join(a.aliases[:4]))
    out.print(actors)
    if doc.claims:
        claims = Table("who", "stance", "on", "conditions", "evidence", title="Who said what")
        for c in doc.claims:
            who = " & ".join(names.get(s, s) for s in c.speakers)
            claims.add_row(who, c.stance, c.target, "; ".join(c.conditions),
                           c.evidence.text[:120])
        out.print(claims)
    if doc.events:
        events = Table("what", "where", "when", "status", "who", title="Events")
        for e in doc.events:
            events.add_row(e.kind, e.location or "", e.date or e.date_text or "", e.status,
                           ", ".join(names.get(p, p) for p in e.participants))
        out.print(events)
