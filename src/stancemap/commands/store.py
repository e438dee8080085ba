"""The store's commands: ingest articles, then ask who stands where.

`ingest` fills the store (SQLite file by default, PostgreSQL with a URL); `positions`,
`who`, `matrix`, `changes`, `agreement`, `search`, `events` and `actors` ask it questions
(`--format table|json|csv`); `export` writes it out; `remerge` re-applies pins.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from stancemap.app import app, err, fail, out, warn, write
from stancemap.read import DEADLINE_SECONDS

if TYPE_CHECKING:  # the store is imported lazily so `stancemap --help` stays fast
    from stancemap.store.db import Store


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"
    plover = "plover"
    graphml = "graphml"


def parse_date(value: str | None, option: str | None = None) -> dt.date | None:
    """A YYYY-MM-DD option value; a usage error naming ``option`` otherwise."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD",
                                 param_hint=f"'{option}'" if option else None) from None


Db = Annotated[str | None, typer.Option(
    "--db", help="SQLite file or database URL (postgresql://user:pass@host/db); "
    "default $STANCEMAP_DB or ./stancemap.db.", show_default=False)]
Fmt = Annotated[Format, typer.Option("--format", "-f", help="table, json or csv.",
                                     case_sensitive=False)]
Since = Annotated[str | None, typer.Option(
    help="Only articles published on or after this date (YYYY-MM-DD).", show_default=False)]
Until = Annotated[str | None, typer.Option(
    help="Only articles published on or before this date (YYYY-MM-DD).", show_default=False)]
Source = Annotated[str | None, typer.Option(
    help="Only articles whose source (path or URL) contains this text.", show_default=False)]
Limit = Annotated[int, typer.Option(help="At most this many rows.", min=1)]


@contextmanager
def opened(db: str | None, create: bool = False) -> Iterator[Store]:
    """The store, or one clear line and a non-zero exit."""
    from stancemap.store.db import StoreError, open_store

    try:
        store = open_store(db, create=create)
    except StoreError as exc:
        fail(str(exc))
    try:
        yield store
    except StoreError as exc:
        fail(str(exc))
    except Exception as exc:  # a database error while asking: say which, not a traceback
        from sqlalchemy.exc import SQLAlchemyError

        from stancemap.store.db import explain

        if isinstance(exc, SQLAlchemyError):
            fail(explain(exc, store.url))
        raise
    finally:
        store.close()


def filters(since: str | None, until: str | None, source: str | None):
    from stancemap.store.queries import Filters

    return Filters(parse_date(since, "--since"), parse_date(until, "--until"), source)


def plain(value: Any) -> Any:
    """Dataclasses, dates and containers → JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def emit(fmt: Format, data: Any, rows: Sequence[dict[str, Any]], table: Callable[[], None],
         empty: str) -> None:
    """Print ``data`` as JSON, ``rows`` as CSV, or call ``table``; ``empty`` says why none."""
    if fmt == Format.json:
        write(json.dumps(plain(data), ensure_ascii=False, indent=2) + "\n")
    elif fmt == Format.csv:
        write_csv(rows)
    elif not rows:
        warn(empty)
    else:
        table()


def write_csv(rows: Sequence[dict[str, Any]]) -> None:
    if not rows:
        return
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else
                    (v.isoformat() if isinstance(v, dt.date) else v) for k, v in r.items()})
    write(buf.getvalue())


def flat(obj: Any) -> dict[str, Any]:
    return {k: v for k, v in plain(obj).items()}


def day(d: Any) -> str:
    return d.isoformat() if isinstance(d, dt.date) else (d or "")


def cut(text: str | None, n: int = 100) -> str:
    t = " ".join((text or "").split())
    return t if len(t) <= n else t[: n - 1] + "…"


STANCE_STYLE = {"support": "green", "oppose": "red", "support_if": "yellow",
               "oppose_unless": "dark_orange",
                "neutral": "dim", "flipped": "bold magenta", "shifted": "magenta"}


def styled(stance: str, text: str | None = None) -> str:
    style = STANCE_STYLE.get(stance)
    text = text or stance
    return f"[{style}]{text}[/]" if style else text


# ---------------------------------------------------------------------------- ingest


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files, folders, http(s) URLs, or - for stdin (as `extract` reads them).",
        show_default=False)],
    db: Db = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", min=0,
        help="Extraction processes (each loads the model once); 0 extracts in this process.",
    )] = 1,
    published: Annotated[str | None, typer.Option(
        help="Publication date YYYY-MM-DD for every input; overrides the file's own.",
        show_default=False)] = None,
    extracted: Annotated[bool, typer.Option(
        "--extracted", help="Inputs are stancemap/1 JSON Lines (from `extract --format "
        "jsonl`), stored without extracting again.")] = False,
    pins: Annotated[Path | None, typer.Option(
        help="YAML file pinning actor merges and splits (default $STANCEMAP_PINS).",
        envvar="STANCEMAP_PINS", show_default=False)] = None,
    issues_file: Annotated[Path | None, typer.Option(
        "--issues", help="YAML file of issue synonyms and groups (see lexicon/issues.yaml).",
        envvar="STANCEMAP_ISSUES", show_default=False)] = None,
    max_bytes: Annotated[int | None, typer.Option(
        help="Largest single document accepted, in bytes (at least 1).", min=1,
        show_default=False)] = None,
    url_deadline: Annotated[float, typer.Option(
        help="Seconds one URL's whole download may take.", min=1.0)] = DEADLINE_SECONDS,
    progress: Annotated[bool, typer.Option(
        "--progress/--no-progress", help="Show a progress bar on stderr.")] = True,
) -> None:
    """Extract articles and store them; documents already stored are skipped."""
    from stancemap.store.db import safe_url
    from stancemap.store.identity import Pins
    from stancemap.store.ingest import IngestReport, ingest_documents
    from stancemap.store.ingest import ingest as run_ingest
    from stancemap.store.issues import IssueRules
    from stancemap.store.meta import check_rules

    day_ = parse_date(published, "--published")
    try:
        pin_rules = Pins.load(pins)
        issue_rules = IssueRules.load(issues_file)
    except ValueError as exc:
        fail(str(exc))
    with opened(db, create=True) as store:
        note = check_rules(store, pin_rules, issue_rules)
        if note:
            warn(note)
        bar = ProgressBar(progress and err.is_terminal)
        with bar:
            if extracted:
                report: IngestReport = ingest_documents(
                    store, read_extracted(paths), pins=pin_rules, rules=issue_rules,
                    progress=bar.update)
            else:
                report = run_ingest(store, read_raw(paths, day_, max_bytes, url_deadline),
                                    workers=workers,
                                    pins=pin_rules, rules=issue_rules, progress=bar.update)
        for f in report.failures:
            warn(f"{f.source}: {f.reason}")
        where = safe_url(store.url)
        warn(f"{report.stored} stored, {report.skipped} already stored, "
             f"{len(report.failures)} failed; {report.claims} claims, {report.events} events "
             f"in {report.elapsed:.1f}s ({report.rate:.1f} docs/s) into {where}")
        if report.failures:
            fail(f"{len(report.failures)} of {report.read + report.unreadable} inputs were "
                 "not stored (see above)")
        if report.read == 0 and not report.unreadable:
            fail("no documents were read; give a file, folder, URL or - for stdin")


def read_raw(paths: list[str], published: dt.date | None, max_bytes: int | None,
             url_deadline: float = DEADLINE_SECONDS):
    from stancemap.model import ReadError
    from stancemap.read import DEFAULT_MAX_BYTES, iter_inputs

    for item in iter_inputs(paths, max_bytes=max_bytes or DEFAULT_MAX_BYTES,
                            url_deadline=url_deadline):
        if published and not isinstance(item, ReadError):
            item.published = published.isoformat()
        yield item


def read_extracted(paths: list[str]) -> Iterator[dict[str, Any]]:
    """Contract documents from JSON Lines files (or a pretty-printed single document)."""
    for p in paths:
        try:
            fh = sys.stdin if p == "-" else open(p, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            fail(f"{p}: cannot read ({exc.strerror})")
        with fh:
            data = fh.read()
        stripped = data.lstrip()
        if stripped.startswith("{") and "\n{" not in stripped.rstrip():
            chunks = [stripped]
        else:
            chunks = [line for line in data.splitlines() if line.strip()]
        for n, line in enumerate(chunks, 1):
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                fail(f"{p}: line {n} is not JSON ({exc.msg}); give `extract --format jsonl` "
                     "output")
            yield doc


class ProgressBar:
    """Rich progress on stderr: documents, claims, failures and rate."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.progress = None
        self.task = None

    def __enter__(self) -> ProgressBar:
        if self.enabled:
            from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

            self.progress = Progress(
                SpinnerColumn(), TextColumn("ingest"), BarColumn(),
                TextColumn("{task.fields[stored]} stored · {task.fields[skipped]} skipped · "
                           "{task.fields[claims]} claims · {task.fields[failed]} failed · "
                           "{task.fields[rate]:.1f} docs/s"),
                console=err, transient=True)
            self.progress.__enter__()
            self.task = self.progress.add_task("ingest", total=None, stored=0, skipped=0,
                                               claims=0, failed=0, rate=0.0)
        return self

    def update(self, report) -> None:
        if self.progress is not None:
            self.progress.update(self.task, stored=report.stored, skipped=report.skipped,
                                 claims=report.claims, failed=len(report.failures),
                                 rate=report.rate)

    def __exit__(self, *exc: object) -> None:
        if self.progress is not None:
            self.progress.__exit__(None, None, None)


@app.command()
def remerge(
    db: Db = None,
    pins: Annotated[Path | None, typer.Option(
        help="YAML file pinning actor merges and splits.", envvar="STANCEMAP_PINS",
        show_default=False)] = None,
    issues_file: Annotated[Path | None, typer.Option(
        "--issues", help="YAML file of issue synonyms and groups.", envvar="STANCEMAP_ISSUES",
        show_default=False)] = None,
) -> None:
    """Rebuild actors and issues across all stored articles (after editing pins or issues)."""
    from stancemap.store.identity import Pins
    from stancemap.store.issues import IssueRules
    from stancemap.store.meta import rebuild

    try:
        pin_rules, issue_rules = Pins.load(pins), IssueRules.load(issues_file)
    except ValueError as exc:
        fail(str(exc))
    with opened(db) as store:
        before, after = rebuild(store, pin_rules, issue_rules)
        warn(f"actors: {before['actors']} → {after['actors']}; "
             f"issues: {before['issues']} → {after['issues']}")


# ---------------------------------------------------------------------------- questions


@app.command()
def positions(
    actor: Annotated[str, typer.Argument(help="Actor name, alias or key (e.g. Zelensky).")],
    issue: Annotated[str | None, typer.Option(help="Only claims on this issue.",
                                              show_default=False)] = None,
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None, limit: Annotated[int, typer.Option(
        help="The newest this many positions.", min=1)] = 200,
) -> None:
    """Every stance an actor took: issue, conditions, date, source and evidence."""
    from stancemap.store import queries as q

    with opened(db) as store, store.session() as s:
        found = q.find_actors(s, actor)
        if not found:
            fail(f"no actor called {actor!r} in the store; see `stancemap actors`")
        if len(found) > 1 and format == Format.table:
            warn(f"{actor!r} matches {len(found)} actors: "
                 + "; ".join(f"{a.name} ({a.country or a.kind})" for a in found[:6])
                 + " — showing all; give a fuller name to pick one")
        rows = q.positions(s, [a.id for a in found], filters(since, until, source), issue,
                           limit=limit)

    def table() -> None:
        t = Table("date", "actor", "stance", "issue", "conditions", "evidence", "source",
                  title=f"Positions of {', '.join(a.name for a in found[:3])}")
        for p in rows:
            cls = q.stance_class(p.stance, p.conditions)
            t.add_row(day(p.date), p.actor, styled(cls, q.STANCE_LABELS[cls]),
                      cut(p.issue, 40), cut("; ".join(p.conditions), 40), cut(p.evidence, 90),
                      cut(p.title or p.source, 40))
        out.print(t)

    emit(format, {"actors": found, "positions": rows}, [flat(p) for p in rows], table,
         f"no claims by {found[0].name} match")


@app.command()
def who(
    issue: Annotated[str, typer.Argument(help="Issue words, e.g. 'fiscal rules'.")],
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None,
) -> None:
    """Who supports, opposes, supports on conditions, or is neutral on an issue."""
    from stancemap.store import queries as q

    with opened(db) as store, store.session() as s:
        res = q.who(s, issue, filters(since, until, source))
    if not res.issues:
        fail(f"no issue matches {issue!r}; try fewer words, or `stancemap matrix` for the "
             "issues with most claims")
    rows = [dict(flat(r), group=g) for g, rs in res.groups.items() for r in rs]

    def table() -> None:
        t = Table("stance", "actor", "claims", "+", "−", "=", "latest", "conditions",
                  title=f"Who stands where on {issue!r} ({len(res.issues)} issue wordings)",
                  caption="stance: the latest claim's; + supports, − opposes, = neutral "
                          "(all claims; with conditions or not)")
        for g in q.STANCE_ORDER:
            for r in res.groups[g]:
                t.add_row(styled(g, q.STANCE_LABELS[g]), r.actor, str(r.claims),
                          str(r.support), str(r.oppose), str(r.neutral), day(r.latest),
                          cut("; ".join(r.conditions), 60))
        out.print(t)

    emit(format, res, rows, table, f"no claims on {issue!r} in this range")


@app.command()
def matrix(
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None,
    actors: Annotated[int, typer.Option("--actors", help="Most active actors shown.",
                                        min=1)] = 15,
    issues: Annotated[int, typer.Option("--issues", help="Most discussed issues shown.",
                                        min=1)] = 8,
    actor: Annotated[list[str] | None, typer.Option(
        help="Only these actors (repeatable).", show_default=False)] = None,
    issue: Annotated[list[str] | None, typer.Option(
        help="Only these issues (repeatable).", show_default=False)] = None,
) -> None:
    """Actors × issues: net stance (supporting minus opposing claims)."""
    from stancemap.store import queries as q

    with opened(db) as store, store.session() as s:
        m = q.matrix(s, filters(since, until, source), max_actors=actors, max_issues=issues,
                     actors_like=actor or (), issues_like=issue or ())

    def table() -> None:
        t = Table("actor", *[cut(i, 18) for i in m.issues], title="Net stance (+ support, − "
                  "oppose)", caption="cell: supporting minus opposing claims (conditional "
                  "ones count their way); empty: no claim; `who ISSUE` lists conditions")
        for a in m.actors:
            cells = []
            for i in m.issues:
                c = m.cell(a, i)
                if c is None:
                    cells.append("")
                else:
                    colour = "green" if c.net > 0 else "red" if c.net < 0 else "dim"
                    cells.append(f"[{colour}]{c.net:+d}[/]")
            t.add_row(a, *cells)
        out.print(t)

    emit(format, m, [flat(c) for c in m.cells], table, "no claims in the store match")


@app.command()
def changes(
    since: Annotated[str, typer.Option(help="Changes in articles published on or after this "
                                            "date (YYYY-MM-DD).", show_default=False)],
    db: Db = None, format: Fmt = Format.table, until: Until = None, source: Source = None,
    limit: Limit = 100,
) -> None:
    """Actors whose stance on an issue flipped, or gained or lost a condition."""
    from stancemap.store import queries as q

    start = parse_date(since, "--since")
    assert start is not None
    with opened(db) as store, store.session() as s:
        rows = q.changes(s, start, filters(None, until, source))[:limit]

    def table() -> None:
        t = Table("date", "actor", "issue", "change", "before", "after", "evidence",
                  title=f"Changes since {since}")
        for c in rows:
            before = f"{c.before.stance} ({day(c.before.date)})"
            after = c.after.stance + (f" if {'; '.join(c.after.conditions)}"
                                      if c.after.conditions else "")
            t.add_row(day(c.after.date), c.actor, cut(c.issue, 30), styled(c.kind), before,
                      cut(after, 40), cut(c.after.evidence, 80))
        out.print(t)

    csv_rows = [{"actor": c.actor, "issue": c.issue, "kind": c.kind,
                 **{f"before_{k}": v for k, v in flat(c.before).items()},
                 **{f"after_{k}": v for k, v in flat(c.after).items()}} for c in rows]
    emit(format, rows, csv_rows, table, f"no stance changed since {since}")


@app.command()
def agreement(
    issue: Annotated[str | None, typer.Argument(
        help="Issue words; without it, all issues.", show_default=False)] = None,
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None, limit: Limit = 50,
    min_claims: Annotated[int, typer.Option(help="Leave out actors with fewer claims.",
                                            min=1)] = 1,
) -> None:
    """Who sides with whom: actor pairs weighted by shared and opposed stances."""
    from stancemap.store import queries as q

    with opened(db) as store, store.session() as s:
        net = q.agreement(s, issue, filters(since, until, source), min_claims=min_claims)
    if issue and not net.issues:
        fail(f"no issue matches {issue!r}; try fewer words")
    edges = net.edges[:limit]

    def table() -> None:
        t = Table("actor", "actor", "agree", "disagree", "weight", "on",
                  title=f"Agreement network{' on ' + repr(issue) if issue else ''}: "
                        f"{len(net.nodes)} actors, {len(net.edges)} links")
        for e in edges:
            t.add_row(e.source, e.target, str(e.agree), str(e.disagree), f"{e.weight:+d}",
                      cut(", ".join(e.issues), 60))
        out.print(t)

    emit(format, net, [flat(e) for e in edges], table,
         "no two actors took sides on the same issue")


@app.command()
def search(
    text: Annotated[str, typer.Argument(help='Words (all must occur), "a phrase", or OR.')],
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None, limit: Limit = 20,
) -> None:
    """Full-text search over the evidence of claims and events."""
    from stancemap.store import queries as q

    with opened(db) as store, store.session() as s:
        hits = q.search(s, text, filters(since, until, source), limit=limit)

    def table() -> None:
        t = Table("date", "kind", "who", "what", "evidence", "source",
                  title=f"Search: {text}")
        for h in hits:
            t.add_row(day(h.date), h.kind, cut(", ".join(h.who), 30), cut(h.what, 40),
                      cut(h.evidence, 90), cut(h.source, 40))
        out.print(t)

    emit(format, hits, [flat(h) for h in hits], table, f"nothing matches {text!r}")


@app.command()
def events(
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None, limit: Limit = 50,
    actor: Annotated[str | None, typer.Option(help="Only events this actor took part in.",
                                              show_default=False)] = None,
    place: Annotated[str | None, typer.Option(help="Only events whose place contains this.",
                                              show_default=False)] = None,
    status: Annotated[str | None, typer.Option(
        help="held, ongoing, planned, expected or cancelled.", show_default=False)] = None,
    kind: Annotated[str | None, typer.Option(help="meeting, talks, call, visit, vote, ...",
                                             show_default=False)] = None,
) -> None:
    """Meetings, talks, visits, votes: filter by actor, place, dates and status."""
    from stancemap.store import queries as q

    with opened(db) as store, store.session() as s:
        rows = q.list_events(s, filters(since, until, source), actor=actor, place=place,
                             status=status, kind=kind, limit=limit)

    def table() -> None:
        t = Table("date", "kind", "status", "where", "who", "what", title="Events")
        for e in rows:
            t.add_row(day(e.date), e.kind, e.status, e.location or "",
                      cut(", ".join(e.participants), 40), cut(e.description, 80))
        out.print(t)

    emit(format, rows, [flat(e) for e in rows], table, "no events match")


@app.command(name="actors")
def actors_cmd(
    name: Annotated[str | None, typer.Argument(help="Find actors by name; default: the most "
                                                    "mentioned.", show_default=False)] = None,
    db: Db = None, format: Fmt = Format.table, limit: Limit = 30,
) -> None:
    """Actors across articles, with every alias seen (to check merges)."""
    from stancemap.store import queries as q

    with opened(db) as store, store.session() as s:
        rows = q.find_actors(s, name, limit) if name else q.list_actors(s, limit)

    def table() -> None:
        t = Table("actor", "kind", "role", "country", "docs", "first", "last", "aliases",
                  title="Actors")
        for a in rows:
            t.add_row(a.name, a.kind, a.role or "", a.country or "", str(a.documents),
                      day(a.first_seen), day(a.last_seen), cut(", ".join(a.aliases), 60))
        out.print(t)

    emit(format, rows, [flat(a) for a in rows], table, f"no actor matches {name!r}")


# ---------------------------------------------------------------------------- export


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="json (stancemap/1 JSON Lines), csv (one row per claim and "
        "speaker), plover (PLOVER event records) or graphml (actor–issue network).",
        case_sensitive=False)] = ExportFormat.json,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write here instead of stdout.", show_default=False)] = None,
    db: Db = None, since: Since = None, until: Until = None, source: Source = None,
    actor: Annotated[str | None, typer.Option(
        help="Only articles where this actor speaks (json, plover) / their claims (csv, "
        "graphml).", show_default=False)] = None,
    issue: Annotated[str | None, typer.Option(help="Only claims on this issue.",
                                              show_default=False)] = None,
    network: Annotated[str, typer.Option(
        help="graphml: 'issues' (actors and issues, two-mode) or 'agreement' (actor–actor).",
    )] = "issues",
    text: Annotated[bool, typer.Option("--text/--no-text",
                                       help="json: include the article text.")] = True,
) -> None:
    """Write the store (or a filtered part) as JSON Lines, CSV, PLOVER or GraphML."""
    from stancemap.store import export as ex

    if network not in ("issues", "agreement"):
        fail(f"--network must be 'issues' or 'agreement', not {network!r}")
    with opened(db) as store, store.session() as s:
        flt = filters(since, until, source)
        graph = format == ExportFormat.graphml
        target = open(output, "w", encoding="utf-8", newline="") \
            if output and not graph else None  # noqa: SIM115
        sink = target or sys.stdout
        try:
            if format == ExportFormat.json:
                n = ex.write_json(s, sink, flt, actor=actor, issue=issue, include_text=text)
            elif format == ExportFormat.csv:
                n = ex.write_csv(s, sink, flt, actor=actor, issue=issue)
            elif format == ExportFormat.plover:
                try:
                    n = ex.write_plover(s, sink, flt, actor=actor, issue=issue)
                except ImportError:
                    fail("PLOVER export needs stancemap.export.plover, which this install "
                         "lacks")
            else:
                n = ex.write_graphml(s, output or sys.stdout.buffer, flt, actor=actor,
                                     issue=issue, network=network)
        except BrokenPipeError:  # `| head`: the reader has all it wants
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except OSError as exc:
            fail(f"cannot write {output or 'stdout'}: {exc.strerror}")
        finally:
            if target:
                target.close()
    if output:
        warn(f"wrote {n} {'items' if format != ExportFormat.json else 'documents'} to {output}")
