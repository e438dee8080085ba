"""Negotiation forecast models against the reference cases in ``shared/negotiation/``.

Every expected number is read from the reference files (``*.outputs.csv``, the EC BDM trace,
round-1 expected utilities and risk); none is written here. ``SOURCES.md`` says what each
row is and how it was verified:

* ``weighted_mean``, ``weighted_median`` and ``bdm_scholz_code`` rows are reproduced within
  the tolerance the file states (1e-9, or 0 for medians);
* ``bdm_published_scholz2011`` (Scholz Table 2) and ``bdm_secondary_masad_fig`` rows state
  0.05 ("as printed"), but no implementation of any reading reproduces them (MODELS.md
  §4.6: gaps up to 0.29 on the median, 0.061 on the mean). They are checked as the pattern
  check §4.6 prescribes: tolerance 0.3 on medians and 0.07 on means, rounds 0–8. Masad's
  figure adds a round 9 (median 7.0; the Scholz-code reading reaches 7.0 only in round 10),
  outside that check;
* ``bdm_published_bdm1994`` (BDM's own model, parameters unknown) and ``observed`` (the
  historical outcome) are not outputs of these models and are not compared.

The reference files are copied into ``tests/fixtures/negotiation/`` (with their sources and
licenses); ``$STANCEMAP_NEGOTIATION_REFS`` points the tests at another copy.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from stancemap.errors import InputError
from stancemap.forecast import (
    ActorInput,
    InputTable,
    InputTableError,
    bdm,
    bdm_round_detail,
    bdm_spread,
    forecast,
    mean_after_move,
    parse_tables,
    read_table,
    read_tables,
    tables_to_csv,
    weighted_mean,
    weighted_median,
    write_tables,
)
from stancemap.questions import to_json

REFS = Path(os.environ.get("STANCEMAP_NEGOTIATION_REFS")
            or Path(__file__).resolve().parent / "fixtures" / "negotiation")
CASES = sorted(p.name.removesuffix(".outputs.csv") for p in REFS.glob("*.outputs.csv"))
needs_refs = pytest.mark.skipif(not CASES, reason=f"no reference cases in {REFS}")

EXACT = {"weighted_mean", "weighted_median", "bdm_scholz_code"}
PATTERN = {"bdm_published_scholz2011", "bdm_secondary_masad_fig"}  # MODELS.md §4.6
PATTERN_TOLERANCE = {"median": 0.3, "mean": 0.07}
PATTERN_ROUNDS = range(0, 9)
NOT_MODEL_OUTPUTS = {"bdm_published_bdm1994", "observed"}


def rows_of(name: str) -> list[dict[str, str]]:
    with (REFS / name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def tables_of(case: str) -> dict[str, InputTable]:
    return {t.issue: t for t in read_tables(REFS / f"{case}.inputs.csv")}


class Models:
    """The models run once per issue of a case, answering one outputs row at a time."""

    def __init__(self, case: str) -> None:
        self.tables = tables_of(case)
        self.runs: dict[str, object] = {}

    def bdm_value(self, issue: str, round_: int, quantity: str) -> float:
        run = self.runs.get(issue)
        if run is None:
            run = self.runs[issue] = bdm(self.tables[issue], rounds=10)
        if round_ == 0:
            return run.initial_median if quantity == "median" else run.initial_mean
        state = run.at_round(round_)
        return state.median if quantity == "median" else state.mean

    def value(self, row: dict[str, str]) -> float:
        table = self.tables[row["issue"]]
        if row["model"] == "weighted_mean":
            return weighted_mean(table)
        if row["model"] == "weighted_median":
            return weighted_median(table).value
        return self.bdm_value(row["issue"], int(row["round"]), row["quantity"])


def tolerance_for(row: dict[str, str]) -> float | None:
    """The tolerance a row is checked with, or ``None`` when it is not comparable."""
    if row["model"] in EXACT:
        return float(row["tolerance"])
    if row["model"] in PATTERN and row["round"] and int(row["round"]) in PATTERN_ROUNDS:
        return max(float(row["tolerance"]), PATTERN_TOLERANCE[row["quantity"]])
    return None


# ---------------------------------------------------------------- reference outputs


@needs_refs
@pytest.mark.parametrize("case", CASES)
def test_reference_case(case: str) -> None:
    """Every comparable output row of the case within its tolerance (module docstring)."""
    models = Models(case)
    failures, checked = [], 0
    for row in rows_of(f"{case}.outputs.csv"):
        tol = tolerance_for(row)
        if tol is None:
            continue
        got, want = models.value(row), float(row["value"])
        checked += 1
        if not abs(got - want) <= tol:
            failures.append(f"{row['model']} {row['issue']!r} round {row['round']} "
                            f"{row['quantity']}: got {got!r}, want {want!r} ± {tol}")
    assert checked, f"{case}: no comparable rows"
    assert not failures, "\n".join(failures)


@needs_refs
@pytest.mark.parametrize("case", CASES)
def test_exact_rows_meet_the_stated_tolerance(case: str) -> None:
    """The exact models are held to the file's own tolerance, never a widened one."""
    models = Models(case)
    for row in rows_of(f"{case}.outputs.csv"):
        if row["model"] in EXACT:
            assert abs(models.value(row) - float(row["value"])) <= float(row["tolerance"]), row


@needs_refs
def test_only_documented_rows_go_unchecked() -> None:
    """A row left out is a non-model figure or Masad's extra round 9, nothing else."""
    skipped = {(case, row["model"], row["round"], row["quantity"])
               for case in CASES for row in rows_of(f"{case}.outputs.csv")
               if tolerance_for(row) is None}
    assert {m for _, m, _, _ in skipped} <= NOT_MODEL_OUTPUTS | {"bdm_secondary_masad_fig"}
    assert {(c, r, q) for c, m, r, q in skipped if m == "bdm_secondary_masad_fig"} <= {
        ("ec_emissions_1994", "9", "median"), ("ec_emissions_1994", "9", "mean")}


@needs_refs
def test_median_ties_are_flagged_as_the_reference_says() -> None:
    """Rows whose check says "TIE up to X" get tie=True and upper=X; no other row ties."""
    for case in CASES:
        tables = tables_of(case)
        for row in rows_of(f"{case}.outputs.csv"):
            if row["model"] != "weighted_median":
                continue
            got = weighted_median(tables[row["issue"]])
            tie = re.search(r"TIE up to (\S+)", row["check"])
            assert got.tie == bool(tie), row
            if tie:
                assert got.upper == float(tie.group(1))


# ---------------------------------------------------------------- the EC BDM trace


@needs_refs
def test_ec_bdm_trace_round_by_round() -> None:
    """r, positions and the accepted offer of every actor in rounds 1–10 (Scholz-code)."""
    run = bdm(read_table(REFS / "ec_emissions_1994.inputs.csv"), rounds=10)
    assert run.stop == "max_rounds" and len(run.rounds) == 10
    moves = {(r.round, m.actor): m for r in run.rounds for m in r.moves}
    trace = rows_of("ec_emissions_1994.bdm_trace.csv")
    assert len(trace) == len(moves)
    for row in trace:
        got = moves[(int(row["round"]), row["actor"])]
        assert got.offer == row["accepted_offer"], row
        assert (got.offer_from or "") == row["offer_from"], row
        for name in ("r", "position_before", "position_after"):
            assert math.isclose(getattr(got, name), float(row[name]), abs_tol=1e-9), (name, row)


@needs_refs
def test_ec_round1_expected_utilities_and_offers() -> None:
    """All 90 ordered pairs of round 1, pass 2: P, both EUs, the offer and its position."""
    detail = bdm_round_detail(read_table(REFS / "ec_emissions_1994.inputs.csv"))
    pairs = {(p.perceiver, p.other): p for p in detail.pairs}
    reference = rows_of("ec_emissions_1994.bdm_round1_eu.csv")
    assert len(reference) == len(pairs) == 90
    for row in reference:
        got = pairs[(row["perceiver"], row["other"])]
        assert got.offer == row["offer_to_perceiver"], row
        assert math.isclose(got.p, float(row["p_perceiver_beats_other"]), abs_tol=1e-12)
        assert math.isclose(got.eu_challenge, float(row["eu_perceiver_challenges_other"]),
                            abs_tol=1e-12)
        assert math.isclose(got.eu_challenged, float(row["eu_other_challenges_perceiver"]),
                            abs_tol=1e-12)
        if row["offer_position"]:
            assert math.isclose(got.offer_position, float(row["offer_position"]), abs_tol=1e-9)
        else:
            assert got.offer_position is None


@needs_refs
def test_ec_round1_security_and_risk() -> None:
    """Pass-1 security sums, R and r of round 1."""
    detail = bdm_round_detail(read_table(REFS / "ec_emissions_1994.inputs.csv"))
    got = {a: (s, big_r, r) for a, s, big_r, r in
           zip(detail.actors, detail.security, detail.risk, detail.r, strict=True)}
    for row in rows_of("ec_emissions_1994.bdm_round1_risk.csv"):
        s, big_r, r = got[row["actor"]]
        assert math.isclose(s, float(row["security_pass1"]), abs_tol=1e-12)
        assert math.isclose(big_r, float(row["R"]), abs_tol=1e-12)
        assert math.isclose(r, float(row["r"]), abs_tol=1e-12)


@needs_refs
def test_stops_at_a_fixed_point_and_at_a_cycle() -> None:
    """COP21 'differentiation': nobody moves; KTAB SOE: after round 7 = after round 5."""
    still = bdm(tables_of("decide_cop21")["differentiation"], rounds=10)
    assert (still.stop, len(still.rounds), still.cycle_start, still.cycle_length) == (
        "fixed_point", 1, 0, 1)
    assert all(m.offer == "none" for m in still.rounds[0].moves)
    soe = bdm(tables_of("ktab_soe_policy")[""], rounds=10)
    assert (soe.stop, len(soe.rounds), soe.cycle_start, soe.cycle_length) == ("cycle", 7, 5, 2)
    assert soe.rounds[6].positions == soe.rounds[4].positions
    assert soe.at_round(10).positions == soe.rounds[5].positions
    assert soe.forecast.median == soe.at_round(10).median
    assert soe.forecast.mean == soe.at_round(10).mean
    with pytest.raises(ValueError):
        bdm(tables_of("ec_emissions_1994")[""], rounds=3).at_round(4)


@needs_refs
def test_every_reference_table_round_trips_through_the_csv_layout(tmp_path: Path) -> None:
    """Export → edit-ready CSV → read back gives the same tables (and the same forecasts)."""
    for case in CASES:
        tables = read_tables(REFS / f"{case}.inputs.csv")
        out = tmp_path / f"{case}.csv"
        write_tables(out, tables)
        assert read_tables(out) == tables
        header = (REFS / f"{case}.inputs.csv").read_text("utf-8").splitlines()[0]
        assert out.read_text("utf-8").splitlines()[0] == header


@needs_refs
def test_forecast_json_shape() -> None:
    """``to_json`` gives weighted_mean, weighted_median and bdm.rounds/bdm.forecast."""
    table = read_table(REFS / "ec_emissions_1994.inputs.csv")
    data = json.loads(json.dumps(to_json(forecast(table))))
    assert data["weighted_mean"] == weighted_mean(table)
    assert data["weighted_median"] == 7.0 == weighted_median(table).value
    assert len(data["bdm"]["rounds"]) == 10
    assert set(data["bdm"]["forecast"]) == {"median", "mean", "median_min", "median_max"}
    assert data["bdm"]["rounds"][0]["moves"][1]["offer_from"] == "France"
    only = forecast(table, models=["median"])
    assert only.weighted_mean is None and only.bdm is None and only.weighted_median == 7.0
    with pytest.raises(ValueError):
        forecast(table, models=["vote"])


@needs_refs
def test_bdm_spread_is_seeded_and_collapses_without_jitter() -> None:
    table = read_table(REFS / "ec_emissions_1994.inputs.csv")
    plain = bdm(table).forecast
    none = bdm_spread(table, runs=3, jitter=0.0)
    assert none.median_min == none.median_max == plain.median
    assert none.mean_min == none.mean_max == plain.mean
    a, b = (bdm_spread(table, runs=12, seed=7) for _ in range(2))
    assert a == b and a.runs == 12 and a.median_min <= a.median_mid <= a.median_max


# ---------------------------------------------------------------- reading bad tables


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "inputs.csv"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(("text", "line", "words"), [
    ("actor,position,salience\nA,50,0.5\n", 1, "missing column(s) capability"),
    ("actor,power,position,salience\nA,1,50,0.5\n", 1, "'power' → 'capability'"),
    ("actor,capability,position,salience\nA,1,fifty,0.5\n", 2, "position 'fifty' is not a"),
    ("actor,capability,position,salience\nA,1,50,0.5\nB,1,,0.5\n", 3, "position is empty"),
    ("actor,capability,position,salience\nA,1,150,0.5\n", 2, "outside the scale 0–100"),
    ("actor,capability,position,salience\nA,-1,50,0.5\n", 2, "capability -1.0 is negative"),
    ("actor,capability,position,salience\nA,1,50,80\n", 2, "divide values printed on 0–100"),
    ("actor,capability,position,salience\nA,1,50,nan\n", 2, "not a finite number"),
    ("actor,capability,position,salience\n,1,50,0.5\n", 2, "the actor is empty"),
    ("actor,capability,position,salience\nA,1,50,0.5\nA,2,60,0.5\n", 3,
     "already has a row on line 2"),
    ("actor,capability,position,salience\nA,1,50,0.5,9\n", 2, "quote values"),
    ("actor,capability,position,salience,claims\nA,1,50,0.5,12;x\n", 2, "claim id 'x'"),
    ("actor,capability,position,salience\n", 1, "no actor rows"),
    ("actor,capability,position,salience,scale_lo\nA,1,50,0.5,0\n", 1, "both scale_lo"),
    ("actor,capability,position,salience,scale_lo,scale_hi\nA,1,50,0.5,10,5\n", 2,
     "not a range"),
    ("issue,actor,capability,position,salience,scale_lo,scale_hi\n"
     "i,A,1,5,0.5,0,10\ni,B,1,5,0.5,0,20\n", 3, "differ from line 2"),
])
def test_bad_tables_name_file_line_and_fix(tmp_path: Path, text: str, line: int,
                                           words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(InputTableError) as err:
        read_tables(path)
    message = str(err.value)
    assert isinstance(err.value, InputError)
    assert f"{path}: line {line}: " in message and words in message and " — " in message


def test_unreadable_tables(tmp_path: Path) -> None:
    for path, words in ((tmp_path / "missing.csv", "no such file"),
                        (tmp_path, "is a folder"),
                        (write(tmp_path, ""), "the file is empty")):
        with pytest.raises(InputTableError, match=words):
            read_tables(path)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("actor,capability,position,salience\nZürich,1,5,0.5\n".encode("latin-1"))
    with pytest.raises(InputTableError, match="not UTF-8"):
        read_tables(latin)


def test_layout_details(tmp_path: Path) -> None:
    """Case-insensitive headers, BOM, comments, extra columns, scales, claims, issues."""
    text = ("\ufeff# exported by hand\nIssue, Actor ,Capability,Position,Salience,Notes,claims,"
            "scale_lo,scale_hi\ndate,A,1,2030,0.5,x,3;4,2025,2040\n\n"
            "date,B,2,2026,1,,,2025,2040\nother,A,1,50,0.5,,,0,100\n")
    first, second = read_tables(write(tmp_path, text))
    assert (first.issue, first.scale, second.issue) == ("date", (2025.0, 2040.0), "other")
    assert first["A"] == ActorInput("A", 2030.0, 0.5, 1.0, claims=(3, 4))
    assert parse_tables(tables_to_csv((first, second))) == (first, second)
    with pytest.raises(InputTableError, match="holds 2 issues"):
        read_table(tmp_path / "inputs.csv")
    assert read_table(tmp_path / "inputs.csv", issue="other") == second
    with pytest.raises(InputTableError, match="no issue 'x'"):
        read_table(tmp_path / "inputs.csv", issue="x")
    years = write(tmp_path, "actor,capability,position,salience\nA,1,1990,1\n")
    with pytest.raises(InputTableError, match="outside the scale"):
        read_tables(years)
    assert read_table(years, scale=(1900, 2100)).rows[0].position == 1990.0


def test_tables_built_in_code_are_checked() -> None:
    with pytest.raises(InputTableError, match="issue 'x', actor 'A': salience"):
        InputTable((ActorInput("A", 50, 2.0, 1),), issue="x")
    with pytest.raises(InputTableError, match="appears twice"):
        InputTable((ActorInput("A", 50, 1, 1), ActorInput("A", 40, 1, 1)))
    with pytest.raises(InputTableError, match="no actors"):
        InputTable(())
    zero = InputTable((ActorInput("A", 50, 0.0, 1), ActorInput("B", 20, 0.5, 0)), issue="z")
    for model in (weighted_mean, weighted_median, bdm, forecast):
        with pytest.raises(InputTableError, match="issue 'z': every actor has zero weight"):
            model(zero)


# ---------------------------------------------------------------- properties

positions = st.integers(0, 100).map(float) | st.floats(0, 100, allow_nan=False)
actor_rows = st.lists(
    st.tuples(positions, st.integers(0, 10).map(lambda v: v / 10),
              st.integers(0, 10).map(float) | st.floats(0.01, 1000)),
    min_size=1, max_size=7)


def table_from(rows: list[tuple[float, float, float]]) -> InputTable:
    return InputTable(tuple(ActorInput(f"a{i}", x, s, c) for i, (x, s, c) in enumerate(rows)))


def weighted(rows: list[tuple[float, float, float]]) -> bool:
    return any(s * c > 0 for _, s, c in rows)


PROPERTY = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.filter_too_much])


@PROPERTY
@given(actor_rows)
def test_mean_within_range_and_median_is_a_position(rows) -> None:
    assume(weighted(rows))
    table = table_from(rows)
    held = [x for x, s, c in rows if s * c > 0]
    assert min(held) - 1e-9 <= weighted_mean(table) <= max(held) + 1e-9
    median = weighted_median(table)
    assert median.value in held
    assert median.upper is None or (median.tie and median.upper in held)


@PROPERTY
@given(actor_rows, st.floats(1e-3, 1e3))
def test_mean_and_median_ignore_the_capability_unit(rows, factor: float) -> None:
    assume(weighted(rows))
    table = table_from(rows)
    scaled = table_from([(x, s, c * factor) for x, s, c in rows])
    assert math.isclose(weighted_mean(scaled), weighted_mean(table), rel_tol=1e-9,
                        abs_tol=1e-9)
    assert weighted_median(scaled) == weighted_median(table)


@settings(max_examples=25, deadline=None)
@given(actor_rows, st.integers(-8, 8))
def test_bdm_ignores_the_capability_unit(rows, power: int) -> None:
    """Scaling by 2^k is exact in floating point, so BDM must give identical rounds."""
    assume(weighted(rows))
    table = table_from(rows)
    scaled = table_from([(x, s, c * 2.0 ** power) for x, s, c in rows])
    one, other = bdm(table, rounds=4), bdm(scaled, rounds=4)
    assert [r.moves for r in one.rounds] == [r.moves for r in other.rounds]
    assert one.forecast.median == other.forecast.median
    assert math.isclose(one.forecast.mean, other.forecast.mean, rel_tol=1e-12, abs_tol=1e-12)


def zero_weight_actor() -> st.SearchStrategy:
    return st.tuples(positions, st.integers(0, 10).map(lambda v: v / 10),
                     st.integers(0, 10).map(float)).filter(lambda r: r[1] * r[2] == 0)


@settings(max_examples=40, deadline=None)
@given(actor_rows, zero_weight_actor(), st.integers(0, 7))
def test_an_actor_with_zero_weight_changes_nothing(rows, extra, where: int) -> None:
    """Zero capability or zero salience (w = c·s = 0): no model moves (MODELS.md §1)."""
    assume(weighted(rows))
    table = table_from(rows)
    bigger = InputTable(table.rows[:where] + (ActorInput("zero", *extra),) + table.rows[where:])
    assert weighted_mean(bigger) == weighted_mean(table)
    assert weighted_median(bigger) == weighted_median(table)
    before, after = bdm(table, rounds=4), bdm(bigger, rounds=4)
    assert set(after.excluded) == {*before.excluded, "zero"}
    assert after.rounds == before.rounds and after.forecast == before.forecast


@settings(max_examples=25, deadline=None)
@given(actor_rows)
def test_bdm_quantities_stay_in_their_domains(rows) -> None:
    assume(weighted(rows))
    table = table_from(rows)
    detail = bdm_round_detail(table)
    assert all(0.5 - 1e-12 <= r <= 2 + 1e-12 for r in detail.r)
    assert all(0 <= p.p <= 1 for p in detail.pairs)
    run = bdm(table, rounds=5)
    lo, hi = min(detail.positions), max(detail.positions)
    for state in run.rounds:
        assert all(lo - 1e-9 <= x <= hi + 1e-9 for x in state.positions)


@settings(max_examples=40, deadline=None)
@given(actor_rows, st.integers(0, 6), positions)
def test_closed_form_mean_after_a_move(rows, which: int, to: float) -> None:
    assume(weighted(rows))
    table = table_from(rows)
    row = table.rows[which % len(table.rows)]
    moved = InputTable(tuple(replace(r, position=to) if r is row else r for r in table.rows))
    assert math.isclose(mean_after_move(table, row.actor, to), weighted_mean(moved),
                        rel_tol=1e-9, abs_tol=1e-9)


def test_q_below_one_runs_and_q_one_is_the_default() -> None:
    table = InputTable(tuple(ActorInput(n, x, s, c) for n, x, s, c in (
        ("A", 0, 0.9, 1), ("B", 30, 0.5, 2), ("C", 60, 0.7, 1), ("D", 100, 0.4, 3))))
    assert bdm(table, q=1.0) == bdm(table)
    half = bdm(table, q=0.5, t=0.5, rounds=5)
    assert half.q == 0.5 and all(0 <= x <= 100 for r in half.rounds for x in r.positions)
    with pytest.raises(ValueError):
        bdm(table, q=1.5)
