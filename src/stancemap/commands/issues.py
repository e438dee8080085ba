"""`stancemap issues`: see the issues the store grouped claims into, and fix them.

    stancemap issues                       the largest issues, sizes and sample targets
    stancemap issues show 12               every claim on issue 12, with its evidence
    stancemap issues rename 12 "EU fiscal rules"
    stancemap issues merge 12 31 40 [--label "EU fiscal rules"]
    stancemap issues split 12 --words "debt brake" --label "German debt brake"

Edits are recorded per claim and kept by `stancemap remerge`.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from stancemap.app import app, fail, out, warn
from stancemap.commands.store import (
    Db,
    Fmt,
    Format,
    cut,
    day,
    emit,
    opened,
    styled,
)

issues_app = typer.Typer(help="List the issues claims were grouped into; rename, merge or "
                              "split them (kept by `remerge`).", no_args_is_help=False)
app.add_typer(issues_app, name="issues")


@issues_app.callback(invoke_without_command=True)
def issues_list(
    ctx: typer.Context,
    words: Annotated[str | None, typer.Option(help="Only issues whose label contains this.",
                                              show_default=False)] = None,
    topic: Annotated[str | None, typer.Option(help="Only issues of this topic.",
                                              show_default=False)] = None,
    db: Db = None, format: Fmt = Format.table,
    limit: Annotated[int, typer.Option(help="At most this many issues.", min=1)] = 30,
) -> None:
    """The largest issues with their topic, size and sample targets."""
    if ctx.invoked_subcommand is not None:
        return
    from stancemap.store.issue_edits import list_issues

    with opened(db) as store, store.session() as s:
        rows = list_issues(s, limit, topic, words)

    def table() -> None:
        t = Table("id", "issue", "topic", "claims", "docs", "sample targets", title="Issues")
        for r in rows:
            t.add_row(str(r.id), r.label + (" ✎" if r.edited else ""), r.topic or "",
                      str(r.claims), str(r.documents), cut(" | ".join(r.samples), 80))
        out.print(t)
        if any(r.edited for r in rows):
            warn("✎ = placed by a user's edit (kept by `remerge`)")

    emit(format, rows, table, "no issues stored (or none match)")


@issues_app.command("show")
def issues_show(
    issue: Annotated[int, typer.Argument(help="Issue id (from `stancemap issues`).")],
    db: Db = None, format: Fmt = Format.table,
    limit: Annotated[int, typer.Option(help="At most this many claims (the newest).",
                                       min=1)] = 100,
) -> None:
    """Every claim on one issue: who, which way, on what, with the evidence."""
    from stancemap import questions as q
    from stancemap.store.issue_edits import get_issue

    with opened(db) as store, store.session() as s:
        info = get_issue(s, issue)
        if info is None:
            fail(f"no issue {issue} in the store; `stancemap issues` lists them")
        res = q.who(s, issue, limit=limit)
    rows = res.claims

    def table() -> None:
        t = Table("date", "speakers", "stance", "target", "conditions", "evidence", "source",
                  title=f"Issue {info.id}: {info.label} ({info.topic or 'no topic'}, "
                        f"{info.claims} claims in {info.documents} articles)",
                  caption=q.LEGEND)
        for c in rows:
            t.add_row(day(c.published), cut(", ".join(a.name for a in c.speakers), 30),
                      styled(c.stance_class, q.STANCE_LABELS[c.stance_class]),
                      cut(c.target, 40), cut("; ".join(c.conditions), 30),
                      cut(c.evidence.text, 80), cut(c.document.title or c.document.source, 30))
        out.print(t)

    emit(format, res, table, f"no claims on issue {issue}")


@issues_app.command("rename")
def issues_rename(
    issue: Annotated[int, typer.Argument(help="Issue id (from `stancemap issues`).")],
    label: Annotated[str, typer.Argument(help="The new label.")],
    db: Db = None,
) -> None:
    """Give an issue a new label."""
    from stancemap.store.issue_edits import rename

    with opened(db) as store:
        rename(store, issue, label)
    warn(f"issue {issue} is now {label!r}")


@issues_app.command("merge")
def issues_merge(
    ids: Annotated[list[int], typer.Argument(help="Two or more issue ids; the first stays.")],
    label: Annotated[str | None, typer.Option(help="Label of the merged issue (default: the "
                                                   "first one's).", show_default=False)] = None,
    db: Db = None,
) -> None:
    """Fold several issues into one."""
    from stancemap.store.issue_edits import merge

    with opened(db) as store:
        keep = merge(store, ids, label)
    warn(f"merged {len(set(ids))} issues into issue {keep}")


@issues_app.command("split")
def issues_split(
    issue: Annotated[int, typer.Argument(help="Issue id to split.")],
    words: Annotated[str, typer.Option(help="Claims whose target or evidence contains these "
                                            "words move out.")],
    label: Annotated[str, typer.Option(help="Label of the new issue.")],
    db: Db = None,
) -> None:
    """Move the claims of an issue that mention WORDS to a new issue."""
    from stancemap.store.issue_edits import split

    with opened(db) as store:
        new, moved = split(store, issue, words, label)
    warn(f"moved {moved} claims from issue {issue} to new issue {new} ({label!r})")

