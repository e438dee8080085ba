"""``stancemap report``: one self-contained HTML file (scripts and data inlined, opens offline)
with the overview, the stance matrix, the timeline, who stands where on the main issues,
and the evidence every chart points to."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from stancemap import questions as Q
from stancemap.questions import Filters, Page, to_json
from stancemap.store.db import Store
from stancemap.web import charts
from stancemap.web.app import forecast_panel, templates_env

VENDOR = Path(__file__).resolve().parent.parent / "web" / "static"
SCRIPTS = ("vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js",
           "vendor/vega-interpreter.min.js", "app.js")
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)


def inline_script(path: Path) -> str:
    """A script's text made safe to sit inside ``<script>…</script>``."""
    return _SCRIPT_END.sub(r"<\\/\1", path.read_text(encoding="utf-8"))


def build_report(store: Store, f: Filters | None = None, *, top_issues: int = 8,
                 max_evidence: int = Q.MAX_LIMIT) -> str:
    """The report as one HTML string: the dashboard's answers, asked the same way."""
    f = f or Filters()
    with store.session() as s:
        ov = to_json(Q.overview(s, f))
        mx = to_json(Q.matrix(s, f))
        timeline = to_json(Q.timeline(s, f))
        issues = [to_json(Q.who(s, i.id, f)) for i in
                  Q.issues_page(s, f, page=Page(top_issues), order="contested").items]
        issues = [w for w in issues if w["claims"]]
        panels = {w["issues"][0]["id"]: forecast_panel(s, w["issues"][0]["id"]) for w in issues}
        wanted = {c["claim_id"] for c in mx["cells"]} | {p["claim_id"] for p in timeline}
        wanted |= {cid for w in issues for g in w["groups"].values() for e in g
                   for cid in e["claim_ids"]}
        evidence = [to_json(c) for c in (Q.claim(s, cid) for cid in
                                         sorted(wanted)[:max_evidence]) if c]
    evidence.sort(key=lambda c: (c["published"] or "", c["id"]), reverse=True)
    env = templates_env()

    def link(path: str, **extra: Any) -> str:  # the report has no server: claims are anchors
        claim = extra.get("claim")
        return f"#claim-{claim}" if claim else "#"

    return env.get_template("report.html").render(
        f=f, ov=ov, matrix=mx, issues=issues, evidence=evidence, link=link, panels=panels,
        created=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        matrix_spec=charts.matrix_spec(mx, href="#claim-{claim}") if mx["cells"] else None,
        timeline_spec=charts.timeline_spec(timeline, y="actor", href="#claim-{claim}")
        if timeline else None,
        issue_specs={w["issues"][0]["id"]: charts.issue_spec(w["groups"]) for w in issues},
        style=(VENDOR / "style.css").read_text(encoding="utf-8"),
        scripts=[inline_script(VENDOR / s) for s in SCRIPTS],
    )


def write_report(store: Store, out: Path, f: Filters | None = None) -> int:
    """Write the report to ``out``; returns its size in bytes."""
    html = build_report(store, f)
    out.write_text(html, encoding="utf-8")
    return len(html.encode("utf-8"))
