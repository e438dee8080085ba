"""``stancemap report``: one self-contained HTML file (scripts and data inlined, opens offline)
with the overview, the stance matrix, the timeline, who stands where on the main issues,
and the evidence every chart points to."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from stancemap.store.db import Store
from stancemap.web import charts, data
from stancemap.web.app import templates_env
from stancemap.web.data import Filters

VENDOR = Path(__file__).resolve().parent.parent / "web" / "static"
SCRIPTS = ("vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js",
           "vendor/vega-interpreter.min.js", "app.js")
_SCRIPT_END = re.compile(r"</(script)", re.IGNORECASE)


def inline_script(path: Path) -> str:
    """A script's text made safe to sit inside ``<script>…</script>``."""
    return _SCRIPT_END.sub(r"<\\/\1", path.read_text(encoding="utf-8"))


def build_report(store: Store, f: Filters | None = None, *, top_issues: int = 8,
                 max_evidence: int = data.MAX_LIMIT) -> str:
    """The report as one HTML string."""
    f = f or Filters()
    engine = store.engine
    ov = data.overview(engine, f)
    mx = data.matrix(engine, f)
    timeline = data.actor_timeline(engine, f)
    issues = []
    for i in data.list_issues(engine, f, limit=top_issues, order="contested")["items"]:
        who = data.issue_who(engine, i["id"], f)
        if who:
            issues.append(who)
    wanted = {c["claim_id"] for c in mx["cells"]} | {r["claim_id"] for r in timeline}
    wanted |= {cid for w in issues for g in w["groups"].values() for e in g for cid in e["claims"]}
    evidence = [c for c in (data.get_claim(engine, cid) for cid in sorted(wanted)[:max_evidence])
                if c]
    evidence.sort(key=lambda c: (c["published"] or "", c["id"]), reverse=True)
    env = templates_env()

    def link(path: str, **extra: Any) -> str:  # the report has no server: claims are anchors
        claim = extra.get("claim")
        return f"#claim-{claim}" if claim else "#"

    return env.get_template("report.html").render(
        f=f, ov=ov, matrix=mx, issues=issues, evidence=evidence, link=link,
        created=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        matrix_spec=charts.matrix_spec(mx, href="#claim-{claim}") if mx["cells"] else None,
        timeline_spec=charts.timeline_spec(timeline, y="actor", href="#claim-{claim}")
        if timeline else None,
        issue_specs={w["id"]: charts.issue_spec(w["groups"]) for w in issues if w["claims"]},
        style=(VENDOR / "style.css").read_text(encoding="utf-8"),
        scripts=[inline_script(VENDOR / s) for s in SCRIPTS],
    )


def write_report(store: Store, out: Path, f: Filters | None = None) -> int:
    """Write the report to ``out``; returns its size in bytes."""
    html = build_report(store, f)
    out.write_text(html, encoding="utf-8")
    return len(html.encode("utf-8"))
