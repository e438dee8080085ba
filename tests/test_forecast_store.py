"""Forecast inputs and scenarios from a real store (issue 14), on SQLite and PostgreSQL.

The store holds the curated articles of ``webdata.curated_documents()`` (hand-coded claims
over written texts): on 17 February 2025 Scholz opposes sending peacekeepers to Ukraine and
Starmer is ready to send them "if the United States provides a security backstop"; on
6 March Scholz supports them "after a ceasefire" and Tusk "would back" them. The checks are
the behaviour MODELS.md §7 asks for, each one able to fail: positions ordered as the stances
say, the newer claim dominating through decay, ``--as-of`` rolling back, ``--assume``
moving exactly the actor whose condition it names (with the evidence), ``--set``, the CSV
round trip, and ``--inputs`` on the reference tables.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from fractions import Fraction
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancemap import questions as q
from stancemap.cli import app
from stancemap.errors import InputError
from stancemap.forecast import (
    InputOptions,
    InputTableError,
    candidates,
    issue_inputs,
    mean_after_move,
    read_table,
    read_tables,
    run_scenario,
    weighted_mean,
    weighted_median,
)
from stancemap.forecast.inputs import forecast_timeline, load_mapping
from stancemap.forecast.scenario import ScenarioError, match_assumption, matches
from store_fixtures import *  # noqa: F403
from store_fixtures import BACKENDS, new_pg_database
from webdata import curated_documents

REFS = Path(__file__).resolve().parent / "fixtures" / "negotiation"
ISSUE = "peacekeepers"
FEB, MARCH = dt.date(2025, 2, 17), dt.date(2025, 3, 6)


@pytest.fixture(scope="module", params=BACKENDS)
def curated(request, tmp_path_factory, pg_server):
    """(store, url) holding the curated articles, ingested by the real ingest."""
    from stancemap.store.db import open_store
    from stancemap.store.ingest import ingest_documents

    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("forecast") / "stancemap.db")
    else:
        url = new_pg_database(pg_server)
    store = open_store(url)
    report = ingest_documents(store, curated_documents())
    assert report.stored == 3 and not report.failures, report.failures
    yield store, url
    store.close()


def inputs_of(curated, issue: str | int = ISSUE, **options):
    store, _ = curated
    with store.session() as s:
        return issue_inputs(s, issue, InputOptions(**options))


def claims_by(curated, actor: str) -> dict[dt.date, q.ClaimItem]:
    """The actor's claims on the issue, by date, read through the questions."""
    store, _ = curated
    with store.session() as s:
        return {c.published: c for c in q.who(s, ISSUE).claims
                if actor in {a.name for a in c.speakers}}


def run(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "200"})


# ---------------------------------------------------------------- inputs


def test_positions_follow_the_stances(curated):
    got = inputs_of(curated)
    assert got.label == "peacekeepers in Ukraine" and got.as_of == MARCH  # newest claim
    pos = {r.name: r.position for r in got.rows}
    # Tusk "would back" (graded 90), Starmer only "ready … if" (undecided until assumed),
    # Scholz opposed and supports only "after a ceasefire" (his unconditional 0 stands)
    assert pos == {"Donald Tusk": 90.0, "Keir Starmer": 50.0, "Olaf Scholz": 0.0}
    assert [r.name for r in got.rows] == ["Donald Tusk", "Keir Starmer", "Olaf Scholz"]
    tusk, starmer, scholz = (got.row(n) for n in ("Donald Tusk", "Keir Starmer", "Olaf Scholz"))
    assert (tusk.stance, starmer.stance, scholz.stance) == ("support", "support_if",
                                                            "support_if")
    assert starmer.fallback == got.undecided == 50.0  # no unconditional claim
    assert scholz.shifting and not tusk.shifting  # oppose then support: claims disagree
    # every row links the claims it came from, newest first, and they are his
    scholz_claims = claims_by(curated, "Olaf Scholz")
    assert scholz.input.claims == (scholz_claims[MARCH].id, scholz_claims[FEB].id)
    assert starmer.input.claims == (claims_by(curated, "Keir Starmer")[FEB].id,)
    store, _ = curated
    with store.session() as s:
        for row in got.rows:
            for cid in row.input.claims:
                assert row.actor in q.claim(s, cid).speakers
    # a claim's weight is confidence · 2^(−age/30)
    feb = next(u for u in scholz.claims if u.published == FEB)
    assert feb.age_days == 17 and feb.weight == pytest.approx(0.9 * 2 ** (-17 / 30))


def test_predicate_grades_follow_the_direction():
    m = load_mapping()
    assert m.value("support", "would back") == 90
    assert m.value("support", "backed") == 90
    assert m.value("support", "was ready to send") == 70
    assert m.value("support", "supports") == 100
    assert m.value("oppose", "ruled out") == 0
    assert m.value("oppose", "was cautious about") == 30
    assert m.value("oppose", "backed away from") == 0  # a support grade never lifts an oppose
    assert m.value("neutral", "insisted") == 50
    assert m.kind("until the full House votes") == "unless"
    assert m.kind("after a ceasefire") == "if"


def test_the_newer_claim_dominates_through_decay(curated):
    def scholz_with_ceasefire(**options) -> float:
        got = inputs_of(curated, **options)
        ceasefire = match_assumption("a ceasefire", got.switches)
        return got.positions(ceasefire)["Olaf Scholz"]

    default = scholz_with_ceasefire()
    # support (100, 6 March, weight 0.9) against oppose (0, 17 days older)
    assert default == pytest.approx(100 / (1 + 2 ** (-17 / 30)), abs=0.01)
    assert default > 50  # the newer claim counts more
    assert scholz_with_ceasefire(half_life=1) > 99  # fast decay: only the newest counts
    assert scholz_with_ceasefire(half_life=1e6) == pytest.approx(50, abs=0.1)  # none: a tie
    assert scholz_with_ceasefire(rule="latest") == 100


def test_as_of_rolls_back(curated):
    early = inputs_of(curated, as_of=dt.date(2025, 2, 28))
    assert early.as_of == dt.date(2025, 2, 28) and early.as_of_given
    assert {r.name for r in early.rows} == {"Olaf Scholz", "Keir Starmer"}  # Tusk: March
    scholz = early.row("Olaf Scholz")
    assert scholz.stance == "oppose" and scholz.position == 0.0
    assert [u.published for u in scholz.claims] == [FEB]
    assert [s.text for s in early.switches] == [
        "if the United States provides a security backstop"]
    # before March there is no ceasefire condition to assume: Scholz stays low
    res = run_scenario(early, ["a ceasefire"])
    assert res.unmatched == ("a ceasefire",) and res.moves == ()
    with pytest.raises(InputError, match="no claims published on or before"):
        inputs_of(curated, as_of=dt.date(2025, 1, 1))
    # with the latest claim ruling, the roll-back is visible without any assumption
    assert inputs_of(curated, rule="latest").row("Olaf Scholz").position == 0.0  # unmet if
    assert inputs_of(curated, rule="latest", as_of=MARCH).positions(
        match_assumption("ceasefire", inputs_of(curated).switches))["Olaf Scholz"] == 100


def test_salience_from_share_and_recency(curated):
    got = inputs_of(curated)
    sal = {r.name: r.salience for r in got.rows}
    assert all(0 < s <= 1 for s in sal.values())
    # Starmer spoke on defence spending more recently than on peacekeepers: less salient
    # here than Scholz, for whom peacekeepers is the most discussed issue
    assert sal["Keir Starmer"] < sal["Olaf Scholz"]
    scholz = got.row("Olaf Scholz")
    n_all, shrink = scholz.attention_all, load_mapping().shrink
    assert sal["Olaf Scholz"] == pytest.approx((n_all + shrink * 0.5) / (n_all + shrink),
                                               abs=1e-4)
    share = inputs_of(curated, salience="share").row("Olaf Scholz")
    assert share.salience == pytest.approx(scholz.attention / n_all, abs=1e-4)


def test_capability_tables(curated, tmp_path: Path):
    assert {r.capability for r in inputs_of(curated).rows} == {1.0}
    assert any("no capability table" in n for n in inputs_of(curated).notes)
    yml = tmp_path / "caps.yaml"
    yml.write_text("by_country: {DEU: 5}\nby_role: {prime minister: 2}\n"
                   "actors: {Tusk: 3}\n", "utf-8")
    got = inputs_of(curated, capabilities=yml)
    caps = {r.name: (r.capability, r.capability_basis) for r in got.rows}
    assert caps["Olaf Scholz"] == (5.0, "country DEU")  # the Chancellor speaks for Germany
    assert caps["Keir Starmer"] == (2.0, "role Prime Minister")
    assert caps["Donald Tusk"][0] == 3.0  # his own entry, by alias, beats his role
    assert not any("no capability table" in n for n in got.notes)
    table = tmp_path / "caps.csv"
    scholz_id = got.row("Olaf Scholz").actor.id
    table.write_text(f"actor_id,capability,basis\n{scholz_id},0,by hand\n", "utf-8")
    zero = inputs_of(curated, capabilities=table)
    assert zero.row("Olaf Scholz").capability == 0 and zero.row("Olaf Scholz").weight == 0
    assert weighted_median(zero.table()).value == 90.0  # Scholz no longer counts
    bad = tmp_path / "bad.csv"
    bad.write_text("actor,capability\nTusk,lots\n", "utf-8")
    with pytest.raises(InputError, match=r"bad\.csv: line 2: capability 'lots'"):
        inputs_of(curated, capabilities=bad)


def test_unknown_issue(curated):
    with pytest.raises(InputError, match="no issue matches 'no such thing'"):
        inputs_of(curated, "no such thing")
    by_id = inputs_of(curated, inputs_of(curated).issues[0].id)
    assert by_id.table() == inputs_of(curated).table()


def test_timeline(curated):
    store, _ = curated
    with store.session() as s:
        months = forecast_timeline(s, ISSUE, period="month", models=("mean", "median"))
        weeks = forecast_timeline(s, ISSUE, period="week", models=("mean",))
    assert [p.period for p in months.points] == ["2025-02", "2025-03"]
    feb, march = months.points
    assert feb.as_of == dt.date(2025, 2, 28) and feb.actors == 2 and feb.new_claims == 2
    assert feb.forecast.weighted_median == 0.0  # Scholz's weight outweighs Starmer's
    assert march.as_of == MARCH and march.forecast.weighted_mean == weighted_mean(
        inputs_of(curated).table())  # the last point is the plain forecast
    assert [p.period for p in weeks.points] == ["2025-W08", "2025-W09", "2025-W10"]
    assert weeks.points[1].new_claims == 0


# ---------------------------------------------------------------- scenarios


def test_matching_rules():
    m = load_mapping()
    ceasefire, backstop = m.content_words("after a ceasefire"), m.content_words(
        "if the United States provides a security backstop")
    assert ceasefire == ("ceasefire",)
    assert matches(m.content_words("a ceasefire"), ceasefire)
    assert matches(m.content_words("Ceasefires"), ceasefire)
    assert not matches(m.content_words("a ceasefire"), backstop)
    assert matches(m.content_words("US security backstop"), backstop)  # US = United States
    assert not matches(m.content_words("security guarantees"), backstop)  # 1 of 2 words
    assert not matches(m.content_words("the"), ceasefire)  # stop words only


def test_assume_a_ceasefire_moves_scholz_only(curated):
    got = inputs_of(curated)
    res = run_scenario(got, ["a ceasefire"])
    assert [a.conditions for a in res.assumptions] == [("after a ceasefire",)]
    assert [(m.actor, m.before, m.after, m.by) for m in res.moves] == [
        ("Olaf Scholz", 0.0, 59.7, "assumption")]
    (move,) = res.moves
    march = claims_by(curated, "Olaf Scholz")[MARCH]
    (ev,) = move.evidence
    assert (ev.claim_id, ev.condition, ev.published) == (march.id, "after a ceasefire", MARCH)
    assert ev.evidence == march.evidence.text and "after a ceasefire" in ev.evidence
    assert ev.title == "Brussels summit" and ev.source.endswith("brussels-summit.txt")
    assert res.before.weighted_mean == weighted_mean(got.table())
    assert res.after.weighted_mean == pytest.approx(
        mean_after_move(got.table(), "Olaf Scholz", 59.7), abs=1e-9)
    assert res.after.weighted_mean > res.before.weighted_mean
    assert res.before.bdm_median is not None and res.after.bdm_median is not None
    after = {r.actor: r.position for r in res.inputs_after}
    assert after["Keir Starmer"] == 50.0 and after["Donald Tusk"] == 90.0


def test_assume_the_backstop_moves_starmer_only(curated):
    res = run_scenario(inputs_of(curated), ["US security backstop"])
    assert [(m.actor, m.before, m.after) for m in res.moves] == [("Keir Starmer", 50.0, 70.0)]
    assert res.moves[0].evidence[0].claim_id == claims_by(curated, "Keir Starmer")[FEB].id
    both = run_scenario(inputs_of(curated), ["ceasefire", "s2"])  # a switch by its id too
    assert {m.actor for m in both.moves} == {"Olaf Scholz", "Keir Starmer"}


def test_set_moves_an_actor(curated):
    got = inputs_of(curated)
    res = run_scenario(got, sets=["Scholz=80"])
    assert [(m.actor, m.before, m.after, m.by) for m in res.moves] == [
        ("Olaf Scholz", 0.0, 80.0, "set")]
    assert res.after.weighted_mean == pytest.approx(
        mean_after_move(got.table(), "Olaf Scholz", 80.0), abs=1e-9)
    assert res.after.weighted_median == 80.0
    # the assumption first, then the hand-set position wins
    both = run_scenario(got, ["a ceasefire"], ["Olaf Scholz=10"])
    assert [(m.actor, m.after) for m in both.moves] == [("Olaf Scholz", 10.0)]
    for bad, problem in [("Scholz", "ACTOR=POSITION"), ("Scholz=lots", "not a number"),
                         ("Scholz=101", "outside the scale"), ("Merz=10", "no actor 'Merz'")]:
        with pytest.raises(ScenarioError, match=problem):
            run_scenario(got, sets=[bad])


def test_candidate_switches(curated):
    got = inputs_of(curated)
    c = candidates(got)
    by_text = {e.switch.text: e for e in c.switches}
    assert set(by_text) == {"after a ceasefire",
                            "if the United States provides a security backstop"}
    ceasefire = by_text["after a ceasefire"]
    assert [a.name for a in ceasefire.switch.actors] == ["Olaf Scholz"]
    assert [(m.actor, m.after) for m in ceasefire.moves] == [("Olaf Scholz", 59.7)]
    assert [e.claim_id for e in ceasefire.evidence] == [claims_by(curated, "Olaf Scholz")[
        MARCH].id]
    assert c.baseline.weighted_mean == weighted_mean(got.table())
    assert [combo.switches for combo in c.combinations] == [("s1", "s2")]
    assert c.combinations[0].forecast.weighted_mean == weighted_mean(
        got.table(["s1", "s2"]))


def test_an_unless_condition_holds_until_assumed(filled_store):
    """Collins opposes "Until the full House votes to authorize an inquiry" (hand-coded
    Wikinews claim): his opposition is the present position; assuming the vote lifts it."""
    with filled_store.session() as s:
        got = issue_inputs(s, "impeachment")
    collins = got.row("Doug Collins")
    assert collins.stance == "oppose_unless" and collins.position == 0.0
    assert [c.kind for u in collins.claims for c in u.conditions] == ["unless"]
    res = run_scenario(got, ["the full House votes on an inquiry"])
    assert [(m.actor, m.before, m.after) for m in res.moves] == [("Doug Collins", 0.0, 50.0)]
    assert "Until the full House votes" in res.moves[0].evidence[0].evidence
    # Pelosi opposed on 1 May and supported on 25 September: the newer claim dominates
    pelosi = got.row("Nancy Pelosi")
    assert pelosi.position == pytest.approx(100 / (1 + 2 ** (-147 / 30)), abs=0.01)
    assert not pelosi.shifting  # the May claim weighs 3 % of hers: weighted spread 18 < 25


# ---------------------------------------------------------------- the CLI


def test_cli_forecast(curated):
    _, url = curated
    res = run("forecast", ISSUE, "--db", url)
    assert res.exit_code == 0, res.output
    for text in ("peacekeepers in Ukraine", "Olaf Scholz", "Keir Starmer", "Donald Tusk",
                 "weighted mean", "weighted median", "BDM"):
        assert text in res.stdout
    data = json.loads(run("forecast", ISSUE, "--db", url, "--format", "json").stdout)
    assert {"inputs", "weighted_mean", "weighted_median", "bdm"} <= set(data)
    assert {"rounds", "forecast"} <= set(data["bdm"])
    rows = {r["actor"]: r for r in data["inputs"]}
    assert rows["Olaf Scholz"]["position"] == 0.0
    assert rows["Olaf Scholz"]["claims"] == [c.id for c in sorted(
        claims_by(curated, "Olaf Scholz").values(), key=lambda c: c.published, reverse=True)]
    assert data["weighted_mean"] == weighted_mean(inputs_of(curated).table())
    early = json.loads(run("forecast", ISSUE, "--db", url, "--as-of", "2025-02-28",
                           "--format", "json", "--model", "mean").stdout)
    assert {r["actor"] for r in early["inputs"]} == {"Olaf Scholz", "Keir Starmer"}
    assert early["bdm"] is None and early["weighted_median"] is None
    month = json.loads(run("forecast", ISSUE, "--db", url, "--timeline", "month",
                           "--format", "json").stdout)
    assert [p["period"] for p in month["points"]] == ["2025-02", "2025-03"]


def test_cli_export_inputs_reloads_to_the_same_table(curated, tmp_path: Path):
    _, url = curated
    path = tmp_path / "inputs.csv"
    res = run("forecast", ISSUE, "--db", url, "--export-inputs", str(path))
    assert res.exit_code == 0, res.output
    table = inputs_of(curated).table()
    assert read_table(path) == table  # every number and every claim id
    again = json.loads(run("forecast", "--inputs", str(path), "--format", "json").stdout)
    assert again["weighted_mean"] == weighted_mean(table)
    assert [r["claims"] for r in again["inputs"]] == [list(r.claims) for r in table.rows]
    assert run("forecast", ISSUE, "--db", url, "--format", "csv").stdout == path.read_text(
        "utf-8")


def reference_rows(case: str, model: str) -> dict[str, float]:
    with (REFS / f"{case}.outputs.csv").open(encoding="utf-8", newline="") as f:
        return {r["issue"]: float(r["value"]) for r in csv.DictReader(f) if r["model"] == model}


def test_cli_inputs_gives_the_reference_weighted_mean():
    path = REFS / "ec_emissions_1994.inputs.csv"
    res = run("forecast", "--inputs", str(path), "--format", "json", "--model", "mean")
    assert res.exit_code == 0, res.output
    want = reference_rows("ec_emissions_1994", "weighted_mean")[""]
    assert json.loads(res.stdout)["weighted_mean"] == pytest.approx(want, abs=1e-9)
    assert want == pytest.approx(float(Fraction(5003, 677)), abs=1e-12)


@pytest.mark.parametrize("case", sorted(p.name.removesuffix(".inputs.csv")
                                        for p in REFS.glob("*.inputs.csv")))
def test_cli_inputs_on_every_reference_case(case: str):
    """`forecast --inputs` answers every issue of every reference case as the files say."""
    res = run("forecast", "--inputs", str(REFS / f"{case}.inputs.csv"), "--format", "json",
              "--model", "mean", "--model", "median")
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    got = {d["issue"]: d for d in (data if isinstance(data, list) else [data])}
    assert set(got) == {t.issue for t in read_tables(REFS / f"{case}.inputs.csv")}
    for issue, value in reference_rows(case, "weighted_mean").items():
        assert got[issue]["weighted_mean"] == pytest.approx(value, abs=1e-9), issue
    for issue, value in reference_rows(case, "weighted_median").items():
        assert got[issue]["weighted_median"] == value, issue


def test_cli_scenario(curated):
    _, url = curated
    res = run("scenario", ISSUE, "--db", url, "--assume", "a ceasefire")
    assert res.exit_code == 0, res.output
    flat = " ".join(res.stdout.replace("│", " ").split())  # the table may wrap cells
    assert "Olaf Scholz" in flat and "Keir Starmer" not in flat
    assert "after a ceasefire" in flat and "Brussels" in flat
    march = claims_by(curated, "Olaf Scholz")[MARCH]
    data = json.loads(run("scenario", ISSUE, "--db", url, "--assume", "a ceasefire",
                          "--set", "Tusk=40", "--format", "json").stdout)
    moves = {m["actor"]: m for m in data["moves"]}
    assert set(moves) == {"Olaf Scholz", "Donald Tusk"}
    assert (moves["Olaf Scholz"]["before"], moves["Olaf Scholz"]["after"]) == (0.0, 59.7)
    assert moves["Olaf Scholz"]["evidence"][0]["claim_id"] == march.id
    assert moves["Olaf Scholz"]["evidence"][0]["evidence"] == march.evidence.text
    assert (moves["Donald Tusk"]["after"], moves["Donald Tusk"]["by"]) == (40.0, "set")
    assert data["before"]["weighted_mean"] != data["after"]["weighted_mean"]
    listing = run("scenario", ISSUE, "--db", url, "--format", "json")
    switches = json.loads(listing.stdout)["switches"]
    assert {s["switch"]["text"] for s in switches} == {
        "after a ceasefire", "if the United States provides a security backstop"}
    unmatched = run("scenario", ISSUE, "--db", url, "--assume", "a trade deal")
    assert unmatched.exit_code == 0 and "matches no condition" in unmatched.stderr


def test_cli_scenario_set_on_an_input_table(tmp_path: Path):
    path = REFS / "ec_emissions_1994.inputs.csv"
    data = json.loads(run("scenario", "--inputs", str(path), "--set", "UK=4", "--format",
                          "json").stdout)
    assert [(m["actor"], m["before"], m["after"]) for m in data["moves"]] == [("UK", 10, 4)]
    table = read_table(path)
    assert data["after"]["weighted_mean"] == pytest.approx(
        mean_after_move(table, "UK", 4.0), abs=1e-9)


@pytest.mark.parametrize(("args", "problem"), [
    (["forecast", "no such issue"], "no issue matches 'no such issue'"),
    (["forecast", ISSUE, "--as-of", "2024-01-01"], "no claims published on or before"),
    (["scenario", ISSUE, "--set", "Scholz"], "ACTOR=POSITION"),
    (["scenario", ISSUE, "--set", "Scholz=200"], "outside the scale"),
    (["scenario", ISSUE, "--set", "Nobody=20"], "no actor 'Nobody'"),
])
def test_cli_bad_input_is_one_line(curated, args: list[str], problem: str):
    _, url = curated
    res = run(*args, "--db", url)
    assert res.exit_code != 0
    errors = [line for line in res.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and problem in errors[0], res.output
    assert "Traceback" not in res.output


def test_cli_bad_csv_is_one_line(tmp_path: Path):
    path = tmp_path / "bad.csv"
    path.write_text("actor,capability,position,salience\nA,1,50,0.5\nB,1,fifty,0.5\n", "utf-8")
    res = run("forecast", "--inputs", str(path))
    assert res.exit_code != 0
    errors = [line for line in res.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and str(path) in errors[0] and "line 3" in errors[0]
    with pytest.raises(InputTableError):
        read_table(path)
    res = run("forecast", "--inputs", str(path), "--as-of", "2025-01-01")
    assert res.exit_code == 2 and "--as-of" in res.output
