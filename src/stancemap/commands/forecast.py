"""`stancemap forecast` and `stancemap scenario`: where a negotiation will land, and what
changes if a condition is met (issue 14; ``shared/negotiation/MODELS.md``).

    stancemap forecast ISSUE [--as-of DATE] [--model mean|median|bdm|all] [--format
        table|json|csv] [--export-inputs FILE.csv] [--timeline week|month]
    stancemap forecast [ISSUE] --inputs FILE.csv        any table in the reference layout
    stancemap scenario ISSUE                            every condition: a candidate switch
    stancemap scenario ISSUE --assume TEXT... --set ACTOR=POSITION...

The inputs come from the issue's claims (``stancemap.forecast.inputs`` says how: stance and
predicate → position, decay with a half-life, salience from attention, capability from a
table); the models are ``stancemap.forecast.models``; scenarios ``stancemap.forecast.scenario``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from stancemap.app import app, out, warn, write
from stancemap.commands.store import (
    Db,
    Fmt,
    Format,
    Source,
    cut,
    day,
    emit,
    opened,
    parse_date,
    plain,
    styled,
)

if TYPE_CHECKING:  # imported lazily so `stancemap --help` stays fast
    from stancemap.forecast import Forecast, InputTable
    from stancemap.forecast.inputs import InputOptions, IssueInputs, Outcome


class Model(StrEnum):
    mean = "mean"
    median = "median"
    bdm = "bdm"
    all = "all"


class Period(StrEnum):
    week = "week"
    month = "month"


class Rule(StrEnum):
    mean = "mean"
    latest = "latest"


class SalienceRule(StrEnum):
    max = "max"
    share = "share"


IssueArg = Annotated[str | None, typer.Argument(
    help="Issue id or words naming issues (as `who` reads them). With --inputs: the value "
    "of the file's issue column (default: every issue in the file).", show_default=False)]
AsOf = Annotated[str | None, typer.Option(
    "--as-of", help="Use only claims published on or before this date (YYYY-MM-DD); "
    "default: the date of the issue's newest claim.", show_default=False)]
Models = Annotated[list[Model] | None, typer.Option(
    "--model", "-m", help="mean, median, bdm or all (repeatable). Default: all.",
    case_sensitive=False, show_default=False)]
InputsFile = Annotated[Path | None, typer.Option(
    "--inputs", help="Run on this input table instead of the store: CSV with columns "
    "actor,capability,position,salience (an issue column may come first).",
    show_default=False)]
HalfLife = Annotated[float | None, typer.Option(
    "--half-life", help="Days after which a claim counts half (default 30, mapping.yaml).",
    min=0.001, show_default=False)]
RuleOpt = Annotated[Rule, typer.Option(
    "--rule", help="Position: 'mean' of the claims weighted by confidence and recency, or "
    "the 'latest' claim's.", case_sensitive=False)]
SalienceOpt = Annotated[SalienceRule, typer.Option(
    "--salience", help="'max': attention to this issue relative to the actor's most "
    "discussed one, shrunk toward 0.5 for sparse actors; 'share': its plain share.",
    case_sensitive=False)]
CapFile = Annotated[Path | None, typer.Option(
    "--capabilities", help="Capability table: YAML like forecast/capability.yaml, or CSV "
    "with columns actor (or actor_id),capability[,basis,source,as_of]. Default: equal.",
    show_default=False)]
MappingFile = Annotated[Path | None, typer.Option(
    "--mapping", help="YAML replacing keys of forecast/mapping.yaml (stance values, "
    "predicate grades, half-life, ...).", show_default=False)]
Rounds = Annotated[int, typer.Option("--rounds", help="BDM rounds (τ).", min=1, max=100)]


# ---------------------------------------------------------------- helpers


def write_csv(rows: list[dict[str, Any]]) -> None:
    from stancemap.questions.rows import to_csv

    write(to_csv(rows))


def num(x: float | None, digits: int = 2) -> str:
    """A number for a table: at most ``digits`` decimals, no trailing zeros."""
    if x is None:
        return ""
    text = f"{x:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def signed(x: float | None) -> str:
    if x is None:
        return ""
    return "±0" if abs(x) < 0.005 else f"{x:+.2f}".rstrip("0").rstrip(".")


def chosen_models(model: list[Model] | None) -> tuple[str, ...]:
    from stancemap.forecast import MODELS

    picked = {m.value for m in model or [Model.all]}
    return MODELS if "all" in picked else tuple(m for m in MODELS if m in picked)


def options(as_of: str | None, half_life: float | None, rule: Rule, salience: SalienceRule,
            capabilities: Path | None, mapping: Path | None, source: str | None
            ) -> InputOptions:
    from stancemap.forecast.inputs import InputOptions

    return InputOptions(as_of=parse_date(as_of, "--as-of"), half_life=half_life,
                        rule=rule.value, salience=salience.value, capabilities=capabilities,
                        mapping=mapping, source=source)


def store_only(given: dict[str, Any]) -> None:
    """Options that read the store make no sense with --inputs."""
    used = [name for name, value in given.items() if value]
    if used:
        raise typer.BadParameter(f"{', '.join(used)} {'reads' if len(used) == 1 else 'read'} "
                                 "the store's claims, but an input table already holds the "
                                 "inputs — drop it or drop --inputs", param_hint="'--inputs'")


def read_inputs(path: Path, issue: str | None) -> tuple[InputTable, ...]:
    from stancemap.forecast import read_table, read_tables

    if issue is not None:
        return (read_table(path, issue=issue),)
    return read_tables(path)


def outcome_rows(o: Outcome) -> list[tuple[str, str, str]]:
    rows = []
    if o.weighted_mean is not None:
        rows.append(("weighted mean (compromise)", num(o.weighted_mean),
                     "the empirically stronger baseline"))
    if o.weighted_median is not None:
        tie = (f"tie: every point {num(o.weighted_median)}–{num(o.weighted_median_upper)}"
               if o.weighted_median_upper is not None else "")
        rows.append(("weighted median (median voter)", num(o.weighted_median), tie))
    if o.bdm_median is not None:
        rows.append(("BDM median (Scholz-code reading)", num(o.bdm_median),
                     f"over the rounds {num(o.bdm_median_min)}–{num(o.bdm_median_max)}; "
                     f"mean {num(o.bdm_mean)}"))
    return rows


def outcome_values(o: Outcome) -> dict[str, float | None]:
    return {"weighted mean": o.weighted_mean, "weighted median": o.weighted_median,
            "BDM median": o.bdm_median, "BDM mean": o.bdm_mean}


# ---------------------------------------------------------------- forecast


def print_forecast(inputs: IssueInputs | None, table: InputTable, f: Forecast) -> None:
    from stancemap import questions as q
    from stancemap.forecast.inputs import Outcome

    lo, hi = table.scale
    if inputs is not None:
        ids = ", ".join(f"#{i.id}" for i in inputs.issues)
        when = "" if inputs.as_of_given else " (its newest claim)"
        title = f"Forecast on {inputs.label!r} (issue {ids}) as of {inputs.as_of}{when}"
        t = Table("actor", "stance now", "position", "salience", "capability", "weight",
                  "claims", "note", title=title,
                  caption=f"position {lo:g} = opposes … {(lo + hi) / 2:g} = neutral … "
                          f"{hi:g} = supports; decay half-life {num(inputs.half_life)} days, "
                          f"rule {inputs.rule}, salience {inputs.salience_rule}; a condition "
                          "not assumed counts at the actor's unconditional position (else "
                          f"{num(inputs.undecided)}) — " + q.LEGEND)
        for r in inputs.rows:
            note = []
            if r.shifting:
                note.append(f"shifting (spread {num(r.spread, 0)})")
            if any(u.conditions for u in r.claims):
                note.append("conditional: " + ", ".join(dict.fromkeys(
                    c.switch for u in r.claims for c in u.conditions)))
            if r.capability_basis != "default":
                note.append(f"capability: {r.capability_basis}")
            t.add_row(r.name, styled(r.stance, q.STANCE_LABELS.get(r.stance, r.stance)),
                      num(r.position), num(r.salience, 3), num(r.capability, 3),
                      num(r.weight, 3), ", ".join(str(u.claim_id) for u in r.claims),
                      cut("; ".join(note), 60))
    else:
        t = Table("actor", "position", "salience", "capability", "weight", "claims",
                  title=f"Forecast inputs{' on ' + repr(table.issue) if table.issue else ''}",
                  caption=f"scale {lo:g}–{hi:g}")
        for r in table.rows:
            t.add_row(r.actor + (f" ({r.description})" if r.description else ""),
                      num(r.position, 4), num(r.salience, 4), num(r.capability, 4),
                      num(r.weight, 4), ", ".join(map(str, r.claims)))
    out.print(t)
    m = Table("model", "forecast", "note", title="Where it lands")
    for row in outcome_rows(Outcome.of(f)):
        m.add_row(*row)
    out.print(m)
    if f.bdm is not None:
        b = f.bdm
        stop = {"max_rounds": f"{b.max_rounds} rounds", "fixed_point":
                f"no one moves after round {b.cycle_start}",
                "cycle": f"a cycle of {b.cycle_length} from round {b.cycle_start}"}[b.stop]
        r = Table("round", "median", "mean", "who moves",
                  title=f"BDM rounds (reading {b.reading}, Q={b.q:g}; stops: {stop})",
                  caption="a dynamics view, not the headline forecast (MODELS.md §6)")
        r.add_row("0", num(b.initial_median), num(b.initial_mean), "")
        for rd in b.rounds:
            moved = [f"{mv.actor} {num(mv.position_before)}→{num(mv.position_after)} "
                     f"({mv.offer} with {mv.offer_from})"
                     for mv in rd.moves if mv.position_after != mv.position_before]
            r.add_row(str(rd.round), num(rd.median), num(rd.mean), cut("; ".join(moved), 90))
        out.print(r)
        if b.excluded:
            warn(f"BDM left out actors with zero weight: {', '.join(b.excluded)}")
    if inputs is not None:
        for note in inputs.notes:
            warn(note)
        if inputs.switches:
            warn("conditions (scenario switches): " + "; ".join(
                f"{s.id} {s.text!r} ({', '.join(a.name for a in s.actors)})"
                for s in inputs.switches)
                + " — see what they change with `stancemap scenario ISSUE --assume TEXT`")


@app.command(name="forecast")
def forecast_cmd(
    issue: IssueArg = None,
    db: Db = None,
    format: Fmt = Format.table,
    as_of: AsOf = None,
    model: Models = None,
    inputs: InputsFile = None,
    export_inputs: Annotated[Path | None, typer.Option(
        "--export-inputs", help="Also write the input table here (reference CSV layout) to "
        "edit and run again with --inputs.", show_default=False)] = None,
    timeline: Annotated[Period | None, typer.Option(
        "--timeline", help="The forecast at the end of every week or month of the corpus.",
        case_sensitive=False, show_default=False)] = None,
    half_life: HalfLife = None,
    rule: RuleOpt = Rule.mean,
    salience: SalienceOpt = SalienceRule.max,
    capabilities: CapFile = None,
    mapping: MappingFile = None,
    rounds: Rounds = 10,
    source: Source = None,
) -> None:
    """Where a negotiation on an issue will land: each actor's position, salience and
    capability from its claims, and the weighted mean, weighted median and BDM forecasts."""
    from stancemap.forecast import forecast as run_models
    from stancemap.forecast import write_tables
    from stancemap.forecast.answer import forecast_answer
    from stancemap.forecast.inputs import forecast_timeline, issue_inputs

    wanted = chosen_models(model)
    if inputs is not None:
        store_only({"--as-of": as_of, "--timeline": timeline, "--half-life": half_life,
                    "--capabilities": capabilities, "--mapping": mapping, "--source": source,
                    "--db": db, "--rule latest": rule != Rule.mean,
                    "--salience share": salience != SalienceRule.max})
        tables = read_inputs(inputs, issue)
        results = [(None, t, run_models(t, models=wanted, rounds=rounds)) for t in tables]
    else:
        if issue is None:
            raise typer.BadParameter("give an issue (id or words), or --inputs FILE.csv",
                                     param_hint="'ISSUE'")
        opts = options(as_of, half_life, rule, salience, capabilities, mapping, source)
        with opened(db) as store, store.session() as s:
            if timeline is not None:
                points = forecast_timeline(s, issue, opts, timeline.value, models=wanted,
                                           rounds=rounds)
            else:
                got = issue_inputs(s, issue, opts)
        if timeline is not None:
            print_timeline(points, format)
            return
        table = got.table()
        results = [(got, table, run_models(table, models=wanted, rounds=rounds))]
    if export_inputs is not None:
        try:
            write_tables(export_inputs, [t for _, t, _ in results])
        except OSError as exc:
            raise typer.BadParameter(f"cannot write {export_inputs} ({exc.strerror})",
                                     param_hint="'--export-inputs'") from None
        warn(f"input table written to {export_inputs} (edit it, then `stancemap forecast "
             f"--inputs {export_inputs}`)")
    if format == Format.csv:
        from stancemap.forecast import tables_to_csv

        write(tables_to_csv([t for _, t, _ in results]))
        return
    data = [forecast_answer(i, t, f) for i, t, f in results]

    def show() -> None:
        for i, t, f in results:
            print_forecast(i, t, f)

    emit(format, data[0] if len(data) == 1 else data, show, "no actors")


def print_timeline(res: Any, format: Format) -> None:
    points = res.points
    rows = [{"period": p.period, "start": p.start, "as_of": p.as_of,
             "new_claims": p.new_claims, "actors": p.actors,
             **{k: v for k, v in plain(p.forecast).items()}} for p in points]

    def table() -> None:
        t = Table(res.period, "as of", "new claims", "actors", "weighted mean",
                  "weighted median", "BDM median", "BDM range", "positions",
                  title=f"Forecast on {res.issue!r} by {res.period}",
                  caption="each row: the inputs as of the period's last day (claims decay "
                          "from there); the last row is the plain forecast")
        for p in points:
            f = p.forecast
            rng = (f"{num(f.bdm_median_min)}–{num(f.bdm_median_max)}"
                   if f.bdm_median is not None else "")
            t.add_row(p.period, day(p.as_of), str(p.new_claims), str(p.actors),
                      num(f.weighted_mean), num(f.weighted_median), num(f.bdm_median), rng,
                      cut(", ".join(f"{r.actor} {num(r.position)}" for r in p.inputs), 70))
        out.print(t)

    if format == Format.csv:
        write_csv(rows)
        return
    emit(format, res, table, "no claims")


# ---------------------------------------------------------------- scenario


def evidence_text(e: Any) -> str:
    where = e.title or e.source
    return f"claim {e.claim_id} ({day(e.published)}): “{cut(e.evidence, 110)}” — {cut(where, 50)}"


@app.command(name="scenario")
def scenario_cmd(
    issue: IssueArg = None,
    assume: Annotated[list[str] | None, typer.Option(
        "--assume", "-a", help="A condition taken as met (repeatable): conditional claims "
        "whose condition shares most of its words take their stated position.",
        show_default=False)] = None,
    set_: Annotated[list[str] | None, typer.Option(
        "--set", help="ACTOR=POSITION: move an actor by hand (repeatable).",
        show_default=False)] = None,
    db: Db = None,
    format: Fmt = Format.table,
    as_of: AsOf = None,
    model: Models = None,
    inputs: InputsFile = None,
    half_life: HalfLife = None,
    rule: RuleOpt = Rule.mean,
    salience: SalienceOpt = SalienceRule.max,
    capabilities: CapFile = None,
    mapping: MappingFile = None,
    rounds: Rounds = 10,
    source: Source = None,
) -> None:
    """What if a condition is met: who moves, from where to where (with the condition's
    evidence), and every model's forecast before and after. Without --assume or --set:
    every condition on the issue, as a candidate switch."""
    from stancemap.forecast.inputs import issue_inputs, load_mapping
    from stancemap.forecast.scenario import ScenarioError, candidates, run_scenario

    wanted = chosen_models(model)
    assume, set_ = assume or [], set_ or []
    if inputs is not None:
        store_only({"--as-of": as_of, "--half-life": half_life,
                    "--capabilities": capabilities, "--mapping": mapping, "--source": source,
                    "--db": db, "--rule latest": rule != Rule.mean,
                    "--salience share": salience != SalienceRule.max})
        if assume:
            raise ScenarioError("--assume needs the issue's claims from the store; on an "
                                "input table (--inputs) only --set can move actors")
        if not set_:
            raise ScenarioError("an input table has no conditions to list — give --set "
                                "ACTOR=POSITION")
        tables = read_inputs(inputs, issue)
        if len(tables) > 1:
            raise ScenarioError(f"{inputs} holds {len(tables)} issues "
                                f"({', '.join(t.issue for t in tables)}) — name one")
        res = run_scenario(tables[0], (), set_, models=wanted, rounds=rounds)
        print_scenario(res, None, format)
        return
    if issue is None:
        raise typer.BadParameter("give an issue (id or words), or --inputs FILE.csv",
                                 param_hint="'ISSUE'")
    opts = options(as_of, half_life, rule, salience, capabilities, mapping, source)
    with opened(db) as store, store.session() as s:
        got = issue_inputs(s, issue, opts)
    if not assume and not set_:
        print_candidates(candidates(got, models=wanted, rounds=rounds), got, format)
        return
    res = run_scenario(got, assume, set_, models=wanted, rounds=rounds,
                       mapping=load_mapping(mapping))
    print_scenario(res, got, format)


def print_scenario(res: Any, got: IssueInputs | None, format: Format) -> None:
    for text in res.unmatched:
        listed = "; ".join(f"{s.id} {s.text!r}" for s in got.switches) if got else ""
        warn(f"assumption {text!r} matches no condition on this issue"
             + (f" — the conditions are: {listed}" if listed else " (it has none)"))
    rows = [{"actor": m.actor, "actor_id": m.actor_id, "before": m.before, "after": m.after,
             "by": m.by, "switches": list(m.switches),
             "claims": [e.claim_id for e in m.evidence],
             "conditions": [e.condition for e in m.evidence],
             "evidence": [e.evidence for e in m.evidence],
             "sources": [e.url or e.source for e in m.evidence]} for m in res.moves]

    def table() -> None:
        said = [f"assume {a.text!r} → " + (", ".join(
            f"{i} {c!r}" for i, c in zip(a.switches, a.conditions, strict=True)) or "no match")
            for a in res.assumptions]
        said += [f"set {s.actor} = {num(s.position)}" for s in res.settings]
        when = f" as of {got.as_of}" if got else ""
        t = Table("actor", "from", "to", "why", "evidence",
                  title=f"Scenario on {res.issue!r}{when}: {'; '.join(said)}")
        for m in res.moves:
            why = "set by hand" if m.by == "set" else ", ".join(
                dict.fromkeys(f"{e.switch} {e.condition!r}" for e in m.evidence))
            t.add_row(m.actor, num(m.before), num(m.after), cut(why, 50),
                      "\n".join(evidence_text(e) for e in m.evidence))
        if not res.moves:
            t.add_row("[dim]nobody moves[/]", "", "", "", "")
        out.print(t)
        f = Table("model", "before", "after", "change", title="Forecasts before and after")
        before, after = outcome_values(res.before), outcome_values(res.after)
        for k, v in before.items():
            if v is not None:
                f.add_row(k, num(v), num(after[k]), signed(after[k] - v))
        out.print(f)

    if format == Format.csv:
        write_csv(rows)
    elif format == Format.table:
        table()
    else:
        emit(format, res, table, "nobody moves")


def print_candidates(c: Any, got: IssueInputs, format: Format) -> None:
    rows = [{"switch": e.switch.id, "condition": e.switch.text,
             "actors": [a.name for a in e.switch.actors], "claims": list(e.switch.claims),
             "moves": [f"{m.actor} {num(m.before)}→{num(m.after)}" for m in e.moves],
             **{k: v for k, v in plain(e.forecast).items()}} for e in c.switches]

    def table() -> None:
        base = outcome_values(c.baseline)
        t = Table("switch", "condition", "if assumed, who moves", *(
            k for k, v in base.items() if v is not None),
            title=f"Conditions on {c.issue!r} as of {got.as_of}: candidate switches",
            caption="baseline: " + ", ".join(f"{k} {num(v)}" for k, v in base.items()
                                             if v is not None)
                    + " — turn one on with `stancemap scenario ISSUE --assume TEXT` (or its id)")
        for e in c.switches:
            after = outcome_values(e.forecast)
            t.add_row(e.switch.id, cut(e.switch.text, 60),
                      "\n".join(f"{m.actor} {num(m.before)}→{num(m.after)}" for m in e.moves)
                      or "[dim]nobody[/]",
                      *(f"{num(after[k])} ({signed(after[k] - v)})"
                        for k, v in base.items() if v is not None))
        out.print(t)
        ev = Table("switch", "actor", "claim", "date", "evidence", "source",
                   title="The conditions' evidence")
        for e in c.switches:
            for x in e.evidence:
                ev.add_row(x.switch, x.actor, str(x.claim_id), day(x.published),
                           cut(x.evidence, 120), cut(x.url or x.title or x.source, 50))
        out.print(ev)
        if c.combinations:
            m = Table("switches on", *(k for k, v in base.items() if v is not None),
                      title="Combinations")
            for combo in c.combinations:
                after = outcome_values(combo.forecast)
                m.add_row(" + ".join(combo.switches),
                          *(num(after[k]) for k, v in base.items() if v is not None))
            out.print(m)
        for note in got.notes:
            warn(note)

    if format == Format.csv:
        write_csv(rows)
    elif not c.switches and format == Format.table:
        warn(f"no conditions on {c.issue!r}: every position is unconditional (use --set "
             "ACTOR=POSITION to move one)")
    else:
        emit(format, c, table, "no conditions")
