"""Chart specifications: Vega-Lite through Altair, and a Vega force layout for the network.

Each function takes an answer's JSON (:func:`stancemap.questions.to_json`) and returns a JSON-ready
spec; the page (``static/app.js``) or the report draws it with the vendored vega-embed.
Article-derived strings only ever appear as data values, never inside expressions.
"""

from __future__ import annotations

from typing import Any

import altair as alt

STANCE_DOMAIN = ["support", "support_if", "oppose_unless", "oppose", "neutral"]
STANCE_RANGE = ["#1a9850", "#91bfdb", "#e08214", "#d73027", "#9e9e9e"]
STANCE_SCALE = alt.Scale(domain=STANCE_DOMAIN, range=STANCE_RANGE)


def _spec(chart: alt.Chart) -> dict[str, Any]:
    return chart.to_dict()


def matrix_spec(m: dict[str, Any], href: str = "/documents/{doc}?claim={claim}#claim-{claim}",
                base: str = "") -> dict[str, Any]:
    """Actors × issues heat map; each cell links to the evidence of its newest claim."""
    names = {a["actor"]["id"]: a["actor"]["name"] for a in m["actors"]}
    labels = {i["issue"]["id"]: i["issue"]["label"] for i in m["issues"]}
    rows = [{
        "actor": names[c["actor_id"]], "issue": labels[c["issue_id"]], "lean": c["lean"],
        "net": c["net"], "claims": c["claims"], "support": c["support"],
        "support_if": c["support_if"], "oppose_unless": c["oppose_unless"],
        "oppose": c["oppose"], "neutral": c["neutral"],
        "href": base + href.format(doc=c["document_id"], claim=c["claim_id"]),
    } for c in m["cells"]]
    actors, issues = list(names.values()), list(labels.values())
    chart = alt.Chart(alt.Data(values=rows)).mark_rect(stroke="#fff", cursor="pointer").encode(
        x=alt.X("issue:N", sort=issues, title=None,
                axis=alt.Axis(labelAngle=-35, labelLimit=160)),
        y=alt.Y("actor:N", sort=actors, title=None, axis=alt.Axis(labelLimit=180)),
        color=alt.Color("lean:Q", title="lean (−1 opposes … +1 supports)",
                        scale=alt.Scale(domain=[-1, 1], scheme="redyellowgreen")),
        href=alt.Href("href:N"),
        tooltip=[alt.Tooltip("actor:N"), alt.Tooltip("issue:N"),
                 alt.Tooltip("net:Q", title="net (supporting − opposing claims)"),
                 alt.Tooltip("support:Q", title="supports"),
                 alt.Tooltip("support_if:Q", title="supports if…"),
                 alt.Tooltip("oppose_unless:Q", title="opposes unless…"),
                 alt.Tooltip("oppose:Q", title="opposes"), alt.Tooltip("neutral:Q")],
    ).properties(width=max(200, 34 * len(issues)), height=max(120, 22 * len(actors)))
    return _spec(chart)


def issue_spec(groups: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Stacked bars: each actor's claims on the issue by stance class."""
    rows = []
    order = []
    for side in STANCE_DOMAIN:
        for e in groups.get(side, []):
            order.append(e["actor"]["name"])
            for kind in STANCE_DOMAIN:
                if e[kind]:
                    rows.append({"actor": e["actor"]["name"], "stance": kind, "claims": e[kind]})
    chart = alt.Chart(alt.Data(values=rows)).mark_bar().encode(
        y=alt.Y("actor:N", sort=order, title=None, axis=alt.Axis(labelLimit=200)),
        x=alt.X("claims:Q", title="claims", axis=alt.Axis(tickMinStep=1)),
        color=alt.Color("stance:N", scale=STANCE_SCALE, title="stance"),
        tooltip=["actor:N", "stance:N", "claims:Q"],
    ).properties(width=420, height=max(60, 24 * len(order)))
    return _spec(chart)


def timeline_spec(points: list[dict[str, Any]], y: str = "issue",
                  href: str = "/documents/{doc}?claim={claim}#claim-{claim}",
                  base: str = "") -> dict[str, Any]:
    """Claims over time, one row per ``y`` (issue or actor), coloured by stance class; the
    axis shows days, never hours."""
    values = [{"date": p["date"], "stance": p["stance_class"], "issue": p["issue"]["label"],
               "actor": p["actor"]["name"],
               "href": base + href.format(doc=p["document_id"], claim=p["claim_id"])}
              for p in points if p.get("date")]
    labels = sorted({v[y] for v in values})
    other = "actor" if y == "issue" else "issue"
    chart = alt.Chart(alt.Data(values=values)).mark_point(
        filled=True, size=120, opacity=0.85, cursor="pointer").encode(
        x=alt.X("date:T", title="published", axis=alt.Axis(format="%Y-%m-%d", tickCount="day")),
        y=alt.Y(f"{y}:N", title=None, sort=labels, axis=alt.Axis(labelLimit=200)),
        color=alt.Color("stance:N", scale=STANCE_SCALE, title="stance"),
        shape=alt.Shape("stance:N", scale=alt.Scale(domain=STANCE_DOMAIN)),
        href=alt.Href("href:N"),
        tooltip=[alt.Tooltip("date:T", format="%Y-%m-%d"), alt.Tooltip(f"{y}:N"),
                 alt.Tooltip(f"{other}:N"), alt.Tooltip("stance:N")],
    ).properties(width=560, height=max(80, 26 * len(labels)))
    return _spec(chart)


def events_spec(items: list[dict[str, Any]],
                href: str = "/documents/{doc}#event-{event}") -> dict[str, Any]:
    """Dated events on a time line by kind; undated events are listed, never plotted at
    their article's day."""
    values = [{"date": e["date"], "kind": e["kind"], "status": e["status"],
               "what": e["description"], "where": e["location"] or "",
               "href": href.format(doc=e["document"]["id"], event=e["id"])}
              for e in items if e.get("date")]
    chart = alt.Chart(alt.Data(values=values)).mark_point(
        filled=True, size=110, cursor="pointer").encode(
        x=alt.X("date:T", title="event date", axis=alt.Axis(format="%Y-%m-%d")),
        y=alt.Y("kind:N", title=None, sort=sorted({v["kind"] for v in values})),
        color=alt.Color("status:N", title="status"),
        href=alt.Href("href:N"),
        tooltip=[alt.Tooltip("date:T", format="%Y-%m-%d"), "kind:N", "status:N", "what:N",
                 "where:N"],
    ).properties(width=560, height=max(80, 26 * len({v["kind"] for v in values})))
    return _spec(chart)


def network_spec(net: dict[str, Any], href: str = "/actors/{id}", base: str = "",
                 width: int = 720, height: int = 480) -> dict[str, Any]:
    """A force-directed Vega graph: actors as nodes (coloured by side), agreement as links."""
    index = {n["actor"]["id"]: i for i, n in enumerate(net["nodes"])}
    nodes = [{"index": i, "name": n["actor"]["name"], "degree": n["degree"], "side": n["side"],
              "href": base + href.format(id=n["actor"]["id"]), "cx": width / 2,
              "cy": height / 2} for i, n in enumerate(net["nodes"])]
    links = [{"source": index[e["source"]], "target": index[e["target"]],
              "weight": e["agree"] + e["disagree"],
              "relation": "agree" if e["agree"] >= e["disagree"] else "disagree"}
             for e in net["edges"] if e["source"] in index and e["target"] in index]
    return {
        "$schema": "https://vega.github.io/schema/vega/v6.json",
        "width": width, "height": height, "padding": 5, "autosize": "none",
        "data": [{"name": "node-data", "values": nodes},
                 {"name": "link-data", "values": links}],
        "scales": [
            {"name": "color", "type": "ordinal", "domain": STANCE_DOMAIN,
             "range": STANCE_RANGE},
            {"name": "edge", "type": "ordinal", "domain": ["agree", "disagree"],
             "range": ["#4d9221", "#c51b7d"]},
        ],
        "legends": [{"fill": "color", "title": "side (net)", "orient": "top-left"},
                    {"stroke": "edge", "title": "link", "orient": "bottom-left",
                     "symbolType": "stroke"}],
        "marks": [
            {"name": "nodes", "type": "symbol", "zindex": 1, "from": {"data": "node-data"},
             "encode": {
                 "enter": {"fill": {"scale": "color", "field": "side"}, "stroke": {"value": "#333"},
                           "href": {"field": "href"}, "cursor": {"value": "pointer"},
                           "tooltip": {"field": "name"}},
                 "update": {"size": {"signal": "200 + 60 * datum.degree"}}},
             "transform": [{"type": "force", "iterations": 300, "static": True,
                            "forces": [
                                {"force": "center", "x": width / 2, "y": height / 2},
                                {"force": "collide", "radius": 30},
                                {"force": "nbody", "strength": -50, "distanceMax": 200},
                                {"force": "link", "links": "link-data", "distance": 80},
                                ]}]},
            {"type": "path", "from": {"data": "link-data"}, "interactive": False,
             "encode": {"update": {"stroke": {"scale": "edge", "field": "relation"},
                                   "strokeWidth": {"signal": "1 + 1.5 * datum.weight"},
                                   "strokeOpacity": {"value": 0.6}}},
             "transform": [{"type": "linkpath", "shape": "line",
                            "sourceX": "datum.source.x", "sourceY": "datum.source.y",
                            "targetX": "datum.target.x", "targetY": "datum.target.y"}]},
            # labels placed where they overlap neither each other nor the nodes (Vega's
            # label transform); one that fits nowhere is hidden, its node keeps its tooltip
            {"type": "text", "from": {"data": "nodes"}, "zindex": 2, "interactive": False,
             "encode": {"enter": {"text": {"field": "datum.name"}, "fontSize": {"value": 11},
                                  "fill": {"value": "#222"}},
                        "update": {"x": {"field": "x"}, "y": {"field": "y"}}},
             "transform": [{"type": "label", "size": [width, height], "avoidMarks": ["nodes"],
                            "anchor": ["top", "bottom", "right", "left", "top-right",
                                       "top-left", "bottom-right", "bottom-left"],
                            "offset": [8]}]},
        ],
    }


def forecast_spec(table: dict[str, Any], stances: dict[str, str],
                  marks: dict[str, float | None]) -> dict[str, Any]:
    """Actors on the issue's scale (bubble = weight, colour = stance class) with each model's
    forecast as a vertical rule."""
    lo, hi = table["scale"]
    rows = [{"actor": r["actor"], "position": r["position"],
             "weight": round(r["capability"] * r["salience"], 4),
             "stance": stances.get(r["actor"], "neutral")} for r in table["rows"]]
    order = [r["actor"] for r in sorted(rows, key=lambda r: (-r["position"], r["actor"]))]
    lines = [{"model": m, "value": v} for m, v in marks.items() if v is not None]
    x = alt.X("position:Q", title=f"position ({lo:g} opposes … {hi:g} supports)",
              scale=alt.Scale(domain=[lo, hi]))
    actors = alt.Chart(alt.Data(values=rows)).mark_circle(opacity=0.85, stroke="#333").encode(
        x=x, y=alt.Y("actor:N", sort=order, title=None, axis=alt.Axis(labelLimit=200)),
        size=alt.Size("weight:Q", title="weight", scale=alt.Scale(range=[60, 900])),
        color=alt.Color("stance:N", scale=STANCE_SCALE, title="stance"),
        tooltip=["actor:N", "position:Q", "weight:Q", "stance:N"])
    rules = alt.Chart(alt.Data(values=lines)).mark_rule(strokeWidth=2).encode(
        x=alt.X("value:Q", scale=alt.Scale(domain=[lo, hi])),
        strokeDash=alt.StrokeDash("model:N", title="forecast"),
        color=alt.value("#333"), tooltip=["model:N", "value:Q"])
    return _spec(alt.layer(actors, rules).properties(width=520,
                                                     height=max(80, 28 * len(rows))))


def rounds_spec(bdm: dict[str, Any] | None) -> dict[str, Any] | None:
    """The BDM model's median and mean position round by round (a small chart)."""
    if not bdm or not bdm.get("rounds"):
        return None
    values = [{"round": r["round"], "measure": m, "position": r[m]}
              for r in bdm["rounds"] for m in ("median", "mean")]
    chart = alt.Chart(alt.Data(values=values)).mark_line(point=True).encode(
        x=alt.X("round:O", title="BDM round"),
        y=alt.Y("position:Q", title=None),
        color=alt.Color("measure:N", title=None),
        tooltip=["round:O", "measure:N", "position:Q"],
    ).properties(width=300, height=120)
    return _spec(chart)
