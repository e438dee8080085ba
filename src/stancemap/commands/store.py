"""The store's commands: ingest articles, then ask who stands where.

`ingest` fills the store (SQLite file by default, PostgreSQL with a URL); `positions`,
`who`, `matrix`, `changes`, `agreement`, `search`, `events` and `actors` ask it questions
(`--format table|json|csv`); `export` writes it out; `remerge` re-applies pins.
"""

from __future__ import annotations

import datetime as dt
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
from stancemap.commands.options import ExtractorName
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
    from stancemap.questions import Filters

    return Filters(parse_date(since, "--since"), parse_date(until, "--until"), source)


def plain(value: Any) -> Any:
    """Any answer → JSON-ready values (the one encoding the API and the pages use too)."""
    from stancemap.questions import to_json

    return to_json(value)


def emit(fmt: Format, data: Any, table: Callable[[], None], empty: str) -> None:
    """Print the answer as JSON, as CSV (``questions.rows``: the dashboard's downloads are
    the same lines), or call ``table``; ``empty`` says why there is nothing."""
    from stancemap.questions.rows import rows, to_csv

    if fmt == Format.json:
        write(json.dumps(plain(data), ensure_ascii=False, indent=2) + "\n")
        return
    lines = rows(data)
    if fmt == Format.csv:
        write(to_csv(lines))
    elif not lines:
        warn(empty)
    else:
        table()


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
    extractor: ExtractorName = "rules",
    cluster: Annotated[str | None, typer.Option(
        "--cluster", help="Extract and store on a Dask cluster: local:N (N worker processes "
        "on this machine) or a scheduler address tcp://HOST:8786.", show_default=False,
        metavar="local:N|tcp://HOST:PORT")] = None,
    partition_bytes: Annotated[int, typer.Option(
        "--partition-bytes", min=1, help="With --cluster: bytes of input per task (large "
        "JSON Lines and CSV files are cut on record boundaries).")] = 1 << 20,
) -> None:
    """Extract articles and store them; documents already stored are skipped."""
    from stancemap import extractors
    from stancemap.store.db import safe_url
    from stancemap.store.identity import Pins
    from stancemap.store.ingest import IngestReport, ingest_documents
    from stancemap.store.ingest import ingest as run_ingest
    from stancemap.store.issues import IssueRules
    from stancemap.store.meta import check_rules

    day_ = parse_date(published, "--published")
    if cluster and extracted:
        fail("--cluster extracts on the cluster; store --extracted documents without it")
    if not extracted:
        extractors.get(extractor)  # an unknown name stops here, before the store is touched
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
            elif cluster:
                from stancemap.read import DEFAULT_MAX_BYTES
                from stancemap.store.cluster import ingest_on_cluster, worker_lines

                report = ingest_on_cluster(
                    store, paths, cluster, extractor=extractor, pins=pin_rules,
                    rules=issue_rules, max_bytes=max_bytes or DEFAULT_MAX_BYTES,
                    url_deadline=url_deadline, published=day_.isoformat() if day_ else None,
                    part_bytes=partition_bytes, progress=bar.update)
            else:
                report = run_ingest(store, read_raw(paths, day_, max_bytes, url_deadline),
                                    workers=workers, extractor=extractor,
                                    pins=pin_rules, rules=issue_rules, progress=bar.update)
        for f in report.failures:
            warn(f"{f.source}: {f.reason}")
        if cluster:
            for line in worker_lines(report):  # type: ignore[arg-type]
                warn(line)
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
def overview(
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None,
    top: Annotated[int, typer.Option(help="How many actors, issues and events to list.",
                                     min=1, max=100)] = 10,
) -> None:
    """What the store holds: counts, claims per stance, the most active actors, the most
    contested issues and the latest events (the dashboard's first page)."""
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        ov = q.overview(s, filters(since, until, source), top)

    def table() -> None:
        t = Table("documents", "actors", "issues", "claims", "events",
                  *(q.STANCE_LABELS[k] for k in q.STANCE_ORDER), title="The store")
        c = ov.counts
        t.add_row(*map(str, (c.documents, c.actors, c.issues, c.claims, c.events)),
                  *(str(ov.stances[k]) for k in q.STANCE_ORDER))
        out.print(t)
        a = Table("actor", "claims", "documents", title="Most active actors")
        for r in ov.top_actors:
            a.add_row(r.name, str(r.claims), str(r.documents))
        out.print(a)
        i = Table("issue", "for", "against", "neutral", title="Most contested issues")
        for r in ov.contested_issues:
            i.add_row(r.label, str(r.support + r.support_if), str(r.oppose + r.oppose_unless),
                      str(r.neutral))
        out.print(i)

    emit(format, ov, table, "the store is empty")


@app.command()
def documents(
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None, limit: Limit = 50,
    offset: Annotated[int, typer.Option(help="Skip this many (the next page).", min=0)] = 0,
) -> None:
    """Stored articles, newest first, with their source, title and address."""
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        res = q.documents_page(s, filters(since, until, source), q.Page(limit, offset))

    def table() -> None:
        t = Table("published", "title", "source", "actors", "claims", "events",
                  title=f"Documents {res.offset + 1}–{res.offset + len(res.items)} of "
                        f"{res.total}")
        for d in res.items:
            t.add_row(day(d.published), cut(d.title or d.id[:12], 50),
                      cut(d.url or d.source, 50), str(d.actors), str(d.claims), str(d.events))
        out.print(t)

    emit(format, res, table, "no documents match")


@app.command()
def document(
    doc_id: Annotated[str, typer.Argument(help="Document id (from `stancemap documents`).")],
    db: Db = None, format: Fmt = Format.table,
) -> None:
    """One stored article: its source, actors, claims and events (what its page shows)."""
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        res = q.document(s, doc_id.strip()[:64])
    if res is None:
        fail(f"no document {doc_id!r} in the store; `stancemap documents` lists them")

    def table() -> None:
        t = Table("stance", "speakers", "target", "issue", "conditions", "evidence",
                  title=f"{res.title or res.id[:12]} ({day(res.published) or 'undated'}; "
                        f"{res.url or res.source})", caption=q.LEGEND)
        for c in res.claims:
            t.add_row(styled(c.stance_class, q.STANCE_LABELS[c.stance_class]),
                      cut(names(c.speakers), 30), cut(c.target, 40), cut(c.issue.label, 30),
                      cut("; ".join(c.conditions), 30), cut(c.evidence.text, 80))
        out.print(t)

    emit(format, res, table, "no claims in this document")


@app.command()
def actor(
    which: Annotated[str, typer.Argument(help="Actor id (from `stancemap actors`) or a name "
                                              "that names one actor.")],
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None, limit: Limit = 200,
) -> None:
    """One actor: identity, aliases, its positions and the events it attended."""
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        ids = [int(which)] if which.isdigit() else q.actor_ids(s, which)
        if len(ids) > 1:
            found = q.actors_page(s, ids=ids, page=q.Page(6)).items
            fail(f"{which!r} names {len(ids)} actors ("
                 + "; ".join(f"{a.id}: {a.name}" for a in found) + "); give the id")
        res = q.actor(s, ids[0], filters(since, until, source), limit) if ids else None
    if res is None:
        fail(f"no actor {which!r} in the store; see `stancemap actors`")

    def table() -> None:
        a = res.actor
        t = Table("date", "stance", "issue", "conditions", "evidence", "source",
                  title=f"{a.name} ({a.kind}{', ' + a.role if a.role else ''}"
                        f"{', ' + a.country if a.country else ''}; {a.documents} articles)",
                  caption=q.LEGEND)
        for c in res.positions:
            t.add_row(day(c.published), styled(c.stance_class, q.STANCE_LABELS[c.stance_class]),
                      cut(c.issue.label, 30), cut("; ".join(c.conditions), 30),
                      cut(c.evidence.text, 80), cut(c.document.title or c.document.source, 30))
        out.print(t)

    emit(format, res, table, "no positions in this range")


@app.command()
def timeline(
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None, limit: Limit = 500,
    actor_id: Annotated[int | None, typer.Option(
        "--actor-id", help="Only this actor's claims (id from `stancemap actors`).",
        show_default=False)] = None,
) -> None:
    """Dated claims, newest first, one point per claim and speaker (the pages' time lines)."""
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        res = q.timeline(s, filters(since, until, source), actor_id, limit)

    def table() -> None:
        t = Table("date", "actor", "stance", "issue", title="Time line")
        for p in res:
            t.add_row(day(p.date), p.actor.name,
                      styled(p.stance_class, q.STANCE_LABELS[p.stance_class]), p.issue.label)
        out.print(t)

    emit(format, res, table, "no dated claims")


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
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        res = q.positions(s, actor, filters(since, until, source), issue, limit=limit)
    if not res.actors:
        fail(f"no actor called {actor!r} in the store; see `stancemap actors`")
    if len(res.actors) > 1 and format == Format.table:
        warn(f"{actor!r} matches {len(res.actors)} actors: "
             + "; ".join(f"{a.name} ({a.country or a.kind})" for a in res.actors[:6])
             + " — showing all; give a fuller name to pick one")

    def table() -> None:
        t = Table("date", "speakers", "stance", "issue", "conditions", "evidence", "source",
                  title=f"Positions of {', '.join(a.name for a in res.actors[:3])}",
                  caption=q.LEGEND)
        for c in res.claims:
            t.add_row(day(c.published), cut(names(c.speakers), 30),
                      styled(c.stance_class, q.STANCE_LABELS[c.stance_class]),
                      cut(c.issue.label, 40), cut("; ".join(c.conditions), 40),
                      cut(c.evidence.text, 90), cut(c.document.title or c.document.source, 40))
        out.print(t)

    emit(format, res, table, f"no claims by {res.actors[0].name} match")


@app.command()
def who(
    issue: Annotated[str, typer.Argument(help="Issue words, e.g. 'fiscal rules'.")],
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None,
) -> None:
    """Who supports, opposes, supports on conditions, or is neutral on an issue."""
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        res = q.who(s, issue, filters(since, until, source))
    if not res.issues:
        fail(f"no issue matches {issue!r}; try fewer words, or `stancemap issues` for the "
             "issues with most claims")
    def table() -> None:
        t = Table("stance now", "actor", "claims", *q.STANCE_SIGNS.values(), "latest",
                  "conditions",
                  title=f"Who stands where on {issue!r} ({len(res.issues)} issue wordings)",
                  caption="stance now: the latest claim's; counts: all claims — " + q.LEGEND)
        for g in q.STANCE_ORDER:
            for r in res.groups[g]:
                t.add_row(styled(g, q.STANCE_LABELS[g]), r.actor.name, str(r.claims),
                          *(str(getattr(r, k)) for k in q.STANCE_ORDER), day(r.latest),
                          cut("; ".join(r.conditions), 60))
        out.print(t)

    emit(format, res, table, f"no claims on {issue!r} in this range")


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
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        m = q.matrix(s, filters(since, until, source), max_actors=actors, max_issues=issues,
                     actors_like=actor or (), issues_like=issue or ())

    def table() -> None:
        t = Table("actor", *[cut(i.issue.label, 18) for i in m.issues],
                  title="Net stance (+ support, − oppose)",
                  caption="cell: supporting minus opposing claims (conditional ones count "
                          "their way); empty: no claim; `who ISSUE` lists conditions")
        for a in m.actors:
            cells = []
            for i in m.issues:
                c = m.cell(a.actor.id, i.issue.id)
                if c is None:
                    cells.append("")
                else:
                    colour = "green" if c.net > 0 else "red" if c.net < 0 else "dim"
                    cells.append(f"[{colour}]{c.net:+d}[/]")
            t.add_row(a.actor.name, *cells)
        out.print(t)

    emit(format, m, table, "no claims in the store match")


@app.command()
def changes(
    since: Annotated[str, typer.Option(help="Changes in articles published on or after this "
                                            "date (YYYY-MM-DD).", show_default=False)],
    db: Db = None, format: Fmt = Format.table, until: Until = None, source: Source = None,
    limit: Limit = 100,
) -> None:
    """Actors whose stance on an issue flipped, or gained or lost a condition."""
    from stancemap import questions as q

    start = parse_date(since, "--since")
    assert start is not None
    with opened(db) as store, store.session() as s:
        rows = q.changes(s, start, filters(None, until, source), limit=limit)

    def table() -> None:
        t = Table("date", "actor", "issue", "change", "before", "after", "evidence",
                  title=f"Changes since {since}")
        for c in rows:
            before = f"{q.STANCE_LABELS[c.before.stance]} ({day(c.before.date)})"
            after = q.STANCE_LABELS[c.after.stance] + (
                f" {'; '.join(c.after.conditions)}" if c.after.conditions else "")
            t.add_row(day(c.after.date), c.actor.name, cut(c.issue.label, 30), styled(c.kind),
                      before, cut(after, 40), cut(c.after.evidence, 80))
        out.print(t)

    emit(format, rows, table, f"no stance changed since {since}")


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
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        net = q.agreement(s, filters(since, until, source), issue, min_claims=min_claims)
    if issue and not net.issues:
        fail(f"no issue matches {issue!r}; try fewer words")
    name = {n.actor.id: n.actor.name for n in net.nodes}
    edges = net.edges[:limit]

    def table() -> None:
        t = Table("actor", "actor", "agree", "disagree", "weight", "on",
                  title=f"Agreement network{' on ' + repr(issue) if issue else ''}: "
                        f"{len(net.nodes)} actors, {len(net.edges)} links")
        for e in edges:
            t.add_row(name[e.source], name[e.target], str(e.agree), str(e.disagree),
                      f"{e.weight:+d}", cut(", ".join(i.label for i in e.issues), 60))
        out.print(t)

    emit(format, net, table, "no two actors took sides on the same issue")


@app.command()
def search(
    text: Annotated[str, typer.Argument(help='Words (all must occur), "a phrase", or OR.')],
    db: Db = None, format: Fmt = Format.table, since: Since = None, until: Until = None,
    source: Source = None, limit: Limit = 20,
) -> None:
    """Full-text search over the evidence of claims and events."""
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        res = q.search(s, text, filters(since, until, source), q.Page(limit))

    def table() -> None:
        t = Table("date", "kind", "who", "what", "evidence", "source",
                  title=f"Search: {text}")
        for c in res.claims:
            t.add_row(day(c.published), "claim", cut(names(c.speakers), 30),
                      cut(f"{q.STANCE_LABELS[c.stance_class]} {c.target}", 40),
                      cut(c.evidence.text, 90), cut(c.document.title or c.document.source, 40))
        for e in res.events:
            t.add_row(day(e.date) or "date not given", "event", cut(names(e.participants), 30),
                      cut(f"{e.kind} {e.description}", 40), cut(e.evidence.text, 90),
                      cut(e.document.title or e.document.source, 40))
        out.print(t)

    emit(format, res, table, f"nothing matches {text!r}")


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
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        res = q.events_page(s, filters(since, until, source), q.Page(limit), actor=actor,
                            place=place, status=status, kind=kind)

    def table() -> None:
        t = Table("date", "kind", "status", "where", "who", "what", title="Events",
                  caption="date: the event's own day; an article's day is never shown as it")
        for e in res.items:
            t.add_row(day(e.date) or "[dim]date not given[/]", e.kind, e.status,
                      e.location or "", cut(names(e.participants), 40), cut(e.description, 80))
        out.print(t)

    emit(format, res, table, "no events match")


@app.command(name="actors")
def actors_cmd(
    name: Annotated[str | None, typer.Argument(help="Find actors by name; default: the most "
                                                    "active.", show_default=False)] = None,
    db: Db = None, format: Fmt = Format.table, limit: Limit = 30,
    since: Since = None, until: Until = None, source: Source = None,
    kind: Annotated[str | None, typer.Option(
        help="person, organization, country or group.", show_default=False)] = None,
    country: Annotated[str | None, typer.Option(
        help="ISO 3166 alpha-3 code, e.g. DEU.", show_default=False)] = None,
) -> None:
    """Actors across articles, with every alias seen (to check merges)."""
    from stancemap import questions as q

    with opened(db) as store, store.session() as s:
        res = q.actors_page(s, filters(since, until, source), name, q.Page(limit), kind,
                            country=country)

    def table() -> None:
        t = Table("actor", "kind", "role", "country", "docs", "claims", "first", "last",
                  "aliases", title="Actors")
        for a in res.items:
            t.add_row(a.name, a.kind, a.role or "", a.country or "", str(a.documents),
                      str(a.claims), day(a.first_seen), day(a.last_seen),
                      cut(", ".join(a.aliases), 60))
        out.print(t)

    emit(format, res, table, f"no actor matches {name!r}")


def names(refs: Sequence[Any]) -> str:
    return ", ".join(r.name for r in refs)


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
