"""``stancemap eval``: run extraction on the gold articles and score it (see eval/GUIDE.md)."""

from __future__ import annotations

import json
import os
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from stancemap.app import app, fail, out, write
from stancemap.commands.options import ExtractorName
from stancemap.evaluate import (
    GoldArticle,
    GoldError,
    Ratio,
    Score,
    add_issue_labels,
    f1,
    gold_as_document,
    load_gold,
    score_document,
    total,
)


class Format(StrEnum):
    table = "table"
    json = "json"


LEGEND = (
    "claims: a unit is one extracted claim × one speaker; P = matched units / units not "
    "absorbed by optional gold claims, R = required gold claims matched. role, country: among "
    "actors found; cond.: among matched gold claims with conditions; dates: among events "
    "found; ev. P: extracted events matching any gold event; issue grouping: pairs of matched "
    "claims that share an extracted issue label and share a gold issue label."
)


@app.command("eval")
def eval_command(
    gold_dirs: Annotated[
        list[Path],
        typer.Argument(
            metavar="GOLD_DIR...",
            help="Folders of gold *.json files (and texts/), scored together.",
        ),
    ],
    details: Annotated[
        bool, typer.Option("--details", help="List what was missed or wrong, per article.")
    ] = False,
    fmt: Annotated[
        Format, typer.Option("--format", "-f", help="table for people, json for scripts.")
    ] = Format.table,
    only: Annotated[
        str | None,
        typer.Option("--only", metavar="NAME", help="Score only articles whose id contains NAME."),
    ] = None,
    issue_labels: Annotated[
        Path | None,
        typer.Option(
            "--issue-labels",
            metavar="FILE",
            help="JSON giving gold claims issue labels the gold files lack: "
            '{"article-id": [{"index": 0, "issue": "...", "topic": "..."}, ...]}.',
        ),
    ] = None,
    against: Annotated[
        Path | None,
        typer.Option(
            "--against",
            metavar="DIR",
            help="Score a second coder's gold files in DIR (same ids) instead of extraction: "
            "inter-coder agreement.",
        ),
    ] = None,
    extractor: ExtractorName = "rules",
) -> None:
    """Score extraction against hand-coded gold files: actors, claims, conditions, events."""
    try:
        articles = [a for d in gold_dirs for a in load_gold(d)]
        others = {a.id: a for a in load_gold(against)} if against else None
        if issue_labels:
            add_issue_labels(articles, issue_labels)
    except GoldError as exc:
        fail(str(exc))
    if only:
        articles = [a for a in articles if only in a.id]
    if others is not None:
        articles = [a for a in articles if a.id in others]
    if not articles:
        fail(f"no gold article to score in {', '.join(map(str, gold_dirs))}"
             + (f" matching {only!r}" if only else "")
             + (f" with a second coding in {against}" if against else ""))
    if others is not None:
        scores = {a.id: score_document(gold_as_document(others[a.id].gold), a.gold)
                  for a in articles}
    else:
        scores = run(articles, extractor)
    overall = total(scores.values())
    if fmt is Format.json:
        where = ", ".join(map(str, gold_dirs))
        write(json.dumps(as_json(where, articles, scores, overall, details), indent=2) + "\n")
        return
    for t in tables(articles, scores, overall):
        out.print(t)
    if overall.claims.issues:
        gp, gr = overall.claims.grouping()
        bp, br = overall.claims.bcubed()
        out.print(f"issue grouping of {len(overall.claims.issues)} matched claims: "
                  f"pairs P {_cell(gp)}, R {_cell(gr)}, F1 {_pct(f1(gp.value, gr.value))}; "
                  f"B-cubed P {_pct(bp)}, R {_pct(br)}, F1 {_pct(f1(bp, br))}",
                  markup=False, highlight=False)
    out.print(LEGEND, style="dim", markup=False, highlight=False)
    if details:
        for art in articles:
            print_details(art.id, scores[art.id])


def run(articles: list[GoldArticle], extractor: str = "rules") -> dict[str, Score]:
    """Extract every article in one call of the extractor (the model loads once) and score
    it."""
    from stancemap import extractors
    from stancemap.model import RawDocument
    from stancemap.nlp import ModelMissing

    raws = [
        RawDocument(
            text=a.text, source=str(a.path), title=a.title, published=a.published, url=a.url
        )
        for a in articles
    ]
    scores: dict[str, Score] = {}
    try:
        for art, doc in zip(articles, extractors.documents(raws, extractor), strict=True):
            scores[art.id] = score_document(doc.to_dict(include_text=False), art.gold)
    except ModelMissing as exc:
        fail(str(exc))
    return scores


def as_json(
    gold_dir: str,
    articles: list[GoldArticle],
    scores: dict[str, Score],
    overall: Score,
    details: bool,
) -> dict[str, Any]:
    """The figures per article and overall, with details when asked for."""
    rows = []
    for art in articles:
        row: dict[str, Any] = {"id": art.id, **scores[art.id].figures()}
        if details:
            row["details"] = scores[art.id].details()
        rows.append(row)
    return {"gold_dir": str(gold_dir), "articles": rows, "overall": overall.figures()}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _cell(r: Ratio) -> str:
    return f"{_pct(r.value)} {r.hit}/{r.total}"


GROUPS: dict[str, tuple[str, ...]] = {
    "actors": ("actors", "role", "country"),
    "claims": ("claims P", "claims R", "F1", "cond."),
    "events": ("events", "dates", "ev. P"),
}


def _cells(s: Score) -> dict[str, list[str]]:
    c, e = s.claims, s.events
    return {
        "actors": [_cell(s.actors.found), _cell(s.actors.role), _cell(s.actors.country)],
        "claims": [_cell(c.precision), _cell(c.recall), _pct(c.f1), _cell(c.conditions)],
        "events": [_cell(e.found), _cell(e.dates), _cell(e.precision)],
    }


def short_names(ids: list[str]) -> tuple[str, list[str]]:
    """Drop the prefix all ids share up to a '-' (``wikinews-``), for narrower tables."""
    prefix = os.path.commonprefix(ids) if len(ids) > 1 else ""
    prefix = prefix[: prefix.rfind("-") + 1]
    return prefix, [i[len(prefix) :] for i in ids]


def tables(articles: list[GoldArticle], scores: dict[str, Score], overall: Score) -> list[Table]:
    """A row per article and the micro-averaged overall row, in one table when the console
    is wide enough, else in one table per group (actors, claims, events)."""
    prefix, names = short_names([a.id for a in articles])
    rows = [(n, _cells(scores[a.id])) for n, a in zip(names, articles, strict=True)]
    rows.append((f"overall ({len(articles)})", _cells(overall)))
    head = f"stancemap eval: {len(articles)} article(s)" + (f" ({prefix}…)" if prefix else "")

    def build(groups: list[str], title: str) -> Table:
        t = Table(title=title, title_justify="left", header_style="bold")
        t.add_column("article", no_wrap=True)
        for g in groups:
            for col in GROUPS[g]:
                t.add_column(col, justify="right", no_wrap=True)
        for i, (name, cells) in enumerate(rows):
            if i == len(rows) - 1:
                t.add_section()
            t.add_row(
                name,
                *(x for g in groups for x in cells[g]),
                style="bold" if i == len(rows) - 1 else None,
            )
        return t

    wide = build(list(GROUPS), head)
    if Measurement.get(out, out.options.update_width(10_000), wide).maximum <= out.width:
        return [wide]
    return [build([g], f"{head}, {g}") for g in GROUPS]


def _line(text: str) -> None:
    out.print(Text(text), highlight=False)


def print_details(name: str, s: Score) -> None:
    """The misses and errors of one article, one line each."""
    d = s.details()
    if not any(d.values()):
        return
    out.print(Text(f"\n{name}", style="bold"))
    for a in d["missed_actors"]:
        _line(f"  missed actor     {a['name']} (any: {', '.join(a['any'])})")
    for a in d["wrong_roles"]:
        _line(
            f"  wrong role       {a['name']}: want {'/'.join(a['role_any'])}, "
            f"gave {a['got'] or 'none'} on {a['ours']!r}"
        )
    for a in d["wrong_countries"]:
        _line(
            f"  wrong country    {a['name']}: want {a['country']}, "
            f"gave {a['got'] or 'none'} on {a['ours']!r}"
        )
    for c in d["missed_claims"]:
        _line(
            f"  missed claim     {'/'.join(c['speaker_any'])} {c['stance']} "
            f"[{', '.join(c['target_any'])}]"
        )
    for c in d["missed_conditions"]:
        _line(
            f"  missed condition {'/'.join(c['speaker_any'])}: want "
            f"[{', '.join(c['condition_any'])}], gave {c['got']}"
        )
    for c in d["false_positive_claims"]:
        _line(
            f"  false claim      {c['speaker_text'] or c['speaker']!r} {c['stance']} "
            f"{c['target']!r} — {c['evidence']}"
        )
    for e in d["missed_events"]:
        where = "/".join(e["location_any"]) or "anywhere"
        _line(f"  missed event     {e['name']} ({where}, {e['date'] or 'no date'})")
    for e in d["wrong_dates"]:
        _line(f"  wrong date       {e['name']}: want {e['date']}, gave {', '.join(e['got'])}")
