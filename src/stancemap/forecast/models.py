"""Negotiation forecasts on one issue: weighted mean, weighted median, BDM expected utility.

Everything here follows ``shared/negotiation/MODELS.md``; section numbers below refer to it.

* **Weighted mean** (§2, the compromise model; decide's "Nash bargaining solution"):
  ``Σ w x / W`` with ``w = c·s``. Also decide's unweighted spread (``nbs_variance``) and the
  closed-form what-if for one moved actor. The empirically stronger baseline (§6).
* **Weighted median** (§3, the median voter; BDM's ``μ``): the smallest held position whose
  cumulative weight reaches half of ``W``. **[choice]** On an exact tie (``2·C_k = W``) the
  lower position is returned and the upper one reported too. "Exact" is judged with a
  relative tolerance of 1e-9 of ``W``, so a tie in decimal inputs (0.1 + 0.2 = 0.3) and a
  tie after rescaling capabilities are both seen; a true gap below that counts as a tie.
* **BDM** (§4), the expected-utility group decision model as Scholz, Calbert & Smith (2011)
  reconstruct it, in the **Scholz-code reading** of §4.3 — the one reading for which the
  reference trace (``ec_emissions_1994.bdm_trace.csv``, ``…bdm_round1_eu.csv``,
  ``…bdm_round1_risk.csv``, the ``bdm_scholz_code`` output rows) is exact:

  - ``L`` is the range of the *initial* positions, fixed for the run (A8);
  - votes inside ``P`` use normalised distances raised to the voter's own ``r_k`` (A7), and
    the denominator of ``P`` sums every voter's |vote| over **all ordered pairs** (A5);
  - ``Q = 1`` by default, so ``T``, ``U_b``, ``U_w`` and ``μ`` drop out of ``E`` (A10);
    other ``Q``/``T`` are accepted and use eq. 22–23 with the round's ``μ``;
  - security ``S_i = Σ_j E(U_ji)`` at ``r = 1``; ``R_i``, ``r_i`` from eq. 33–34; if all
    ``S`` are equal, ``r = 1`` **[choice]**;
  - the receiver computes both ``a = E(U_ij)`` and ``b = E(U_ji)`` with its own ``r_i`` (A6);
    offers by fig. 6 (confrontation, compromise by eq. 36, capitulation — implemented as the
    table in §4.2 says, not with jmckib's typo); boundary equalities give no offer;
  - each actor takes one offer (A4): the confrontation needing the smallest move, else the
    compromise whose point ``(|a| x_i + |b| x_j)/(|a| + |b|)`` is lowest on the scale (the
    quirk of Scholz's code that §4.3 keeps on purpose), else the capitulation needing the
    smallest move; ties go to the first proposer in input order. All moves are simultaneous.

  Stopping (§4.2 step 7, **[choice]**): at most ``τ`` rounds (default 10); a round where
  nobody moves is a fixed point and the run stops there; a position vector equal to an
  earlier one is a cycle and the run stops there too. A round depends only on the positions
  (``L``, ``s``, ``c`` are fixed), so the rounds after a stop repeat with the cycle's period:
  :meth:`BdmResult.at_round` gives any round up to ``τ``, and the BDM forecast is the state
  at round ``τ`` with the min–max of ``μ`` over the rounds — never one round's median alone.

* **Zero weight** **[choice]**, from §1 ("actors with ``w = 0`` contribute nothing"): the
  median only considers positions held with positive weight, and BDM runs on the actors
  with ``w > 0`` (the others are listed in :attr:`BdmResult.excluded`). In Scholz's code a
  zero-weight actor would still challenge, be challenged and widen ``L``; none of the
  reference cases has one, so the reference trace is unaffected. ``W = 0`` is an error that
  names the issue (§1).

Numerics: the mean is computed exactly on the decimal inputs (``Fraction``) and rounded
once, so it equals the reference's exact fractions. BDM uses Python's ``**`` (the C
library's ``pow``) rather than numpy's vectorised power, and adds its sums left to right in
input order, as the code that made the reference did: the EC trace, round-1 expected
utilities and risk come out bit-identical, so no offer flips at a boundary.

What is *not* reproduced: Scholz's printed Table 2 and Masad's figure differ from every
implementation of any reading (§4.6, ``SOURCES.md``); they are pattern checks only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

import numpy as np

from stancemap.forecast.table import ActorInput, InputTable, InputTableError

READING = "scholz_code"
MODELS = ("mean", "median", "bdm")
TIE_TOLERANCE = 1e-9
NO_OFFER, CONFRONTATION, COMPROMISE, CAPITULATION = (
    "none", "confrontation", "compromise", "capitulation")


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Median:
    """The weighted median; on a tie every point in ``[value, upper]`` is a median."""

    value: float
    tie: bool = False
    upper: float | None = None


@dataclass(frozen=True)
class BdmMove:
    """One actor in one BDM round: the ``r`` used, where it stood and went, and why."""

    actor: str
    r: float
    position_before: float
    position_after: float
    offer: str  # "none" | "confrontation" | "compromise" | "capitulation"
    offer_from: str | None


@dataclass(frozen=True)
class BdmRound:
    """The positions after one round, and their weighted median and mean."""

    round: int
    median: float
    mean: float
    moves: tuple[BdmMove, ...]

    @property
    def positions(self) -> tuple[float, ...]:
        return tuple(m.position_after for m in self.moves)


@dataclass(frozen=True)
class BdmForecast:
    """BDM's answer: the state at round τ and the range of the median over the rounds."""

    median: float
    mean: float
    median_min: float
    median_max: float


@dataclass(frozen=True)
class BdmResult:
    """A BDM run: the rounds computed, why it stopped, and the forecast at round τ."""

    reading: str
    q: float
    t: float
    max_rounds: int
    position_range: float
    initial_median: float
    initial_mean: float
    rounds: tuple[BdmRound, ...]
    stop: str  # "max_rounds" | "fixed_point" | "cycle"
    cycle_start: int | None  # the round (0 = initial) whose positions recur
    cycle_length: int | None
    excluded: tuple[str, ...]
    forecast: BdmForecast

    def at_round(self, t: int) -> BdmRound:
        """Round ``t`` (1-based), continuing a fixed point or cycle past the stop."""
        return _at_round(self.rounds, self.cycle_start, self.cycle_length, t)


def _at_round(rounds: Sequence[BdmRound], cycle_start: int | None, cycle_length: int | None,
              t: int) -> BdmRound:
    if t < 1:
        raise ValueError("rounds count from 1")
    if t <= len(rounds):
        return rounds[t - 1]
    if cycle_start is None or cycle_length is None:
        raise ValueError(f"the run stopped after {len(rounds)} rounds (τ)")
    same = cycle_start + (t - cycle_start - 1) % cycle_length + 1
    return replace(rounds[same - 1], round=t)


@dataclass(frozen=True)
class BdmPair:
    """Round detail for one ordered pair, seen by ``perceiver`` (the receiver ``i``)."""

    perceiver: str
    other: str
    p: float  # P_ij: the perceiver prevails over the other
    eu_challenge: float  # a = E^i(U_ij)
    eu_challenged: float  # b = E^i(U_ji)
    offer: str
    offer_position: float | None


@dataclass(frozen=True)
class BdmRoundDetail:
    """Everything one BDM round computes (for tracing and the round-1 reference files)."""

    actors: tuple[str, ...]
    positions: tuple[float, ...]
    security: tuple[float, ...]  # S_i, pass 1 (r = 1)
    risk: tuple[float, ...]  # R_i
    r: tuple[float, ...]
    pairs: tuple[BdmPair, ...]
    chosen: tuple[BdmMove, ...]


@dataclass(frozen=True)
class BdmSpread:
    """BDM's forecast over runs with saliences jittered (§5): min, median and max."""

    runs: int
    jitter: float
    seed: int
    median_min: float
    median_mid: float
    median_max: float
    mean_min: float
    mean_mid: float
    mean_max: float


@dataclass(frozen=True)
class Forecast:
    """Every requested model's forecast for one issue (``None`` for a model not run)."""

    issue: str
    weighted_mean: float | None
    weighted_median: float | None
    weighted_median_upper: float | None  # set only when the median is a tie
    spread: float | None  # decide's unweighted nbs_variance (§2)
    bdm: BdmResult | None


# ---------------------------------------------------------------- mean and median


def _where(table: InputTable) -> str:
    return f"issue {table.issue!r}" if table.issue else "the input table"


def _weights(table: InputTable) -> tuple[np.ndarray, np.ndarray, float]:
    x = np.array([r.position for r in table.rows], dtype=float)
    w = np.array([r.capability * r.salience for r in table.rows], dtype=float)
    total = math.fsum(w)
    if not total > 0:
        raise InputTableError(f"{_where(table)}: every actor has zero weight (capability × "
                              "salience), so no model is defined — give some actor a "
                              "positive capability and salience")
    return x, w, total


def _exact(value: float) -> Fraction:
    """The decimal a float is written as (``repr``), exactly: 0.1 is 1/10."""
    return Fraction(repr(float(value)))


def _exact_weights(rows: Iterable[ActorInput]) -> list[Fraction]:
    return [_exact(r.capability) * _exact(r.salience) for r in rows]


def _mean(x: Sequence[float], w: Sequence[Fraction]) -> float:
    """``Σ w x / Σ w`` in exact arithmetic on the decimal inputs, then rounded once."""
    return float(sum((wi * _exact(xi) for wi, xi in zip(w, x, strict=True)), Fraction(0))
                 / sum(w, Fraction(0)))


def _median(x: Sequence[float], w: Sequence[float]) -> Median:
    held: dict[float, float] = {}
    for xi, wi in zip(x, w, strict=True):
        if wi > 0:
            held[float(xi)] = held.get(float(xi), 0.0) + float(wi)
    total = math.fsum(held.values())
    positions = sorted(held)
    tol = TIE_TOLERANCE * total
    for k, p in enumerate(positions):
        gap = 2 * math.fsum(held[q] for q in positions[:k + 1]) - total
        if gap >= -tol:
            if abs(gap) <= tol and k + 1 < len(positions):
                return Median(p, tie=True, upper=positions[k + 1])
            return Median(p)
    return Median(positions[-1])  # unreachable: the last cumulative weight is W


def weighted_mean(table: InputTable) -> float:
    """``Σ c s x / Σ c s`` (§2)."""
    x, _, _ = _weights(table)
    return _mean(x, _exact_weights(table.rows))


def weighted_median(table: InputTable) -> Median:
    """The weighted median of the held positions, lower one on a tie (§3)."""
    x, w, _ = _weights(table)
    return _median(x, w)


def spread(table: InputTable) -> float:
    """decide's ``nbs_variance``: ``(1/n) Σ (x − mean)²``, unweighted, over all rows (§2)."""
    mean = weighted_mean(table)
    return math.fsum((r.position - mean) ** 2 for r in table.rows) / len(table.rows)


def mean_after_move(table: InputTable, actor: str, position: float) -> float:
    """The weighted mean if ``actor`` moves to ``position``: ``mean + w_k Δx / W`` (§2)."""
    _, _, total = _weights(table)
    row = table[actor]
    return weighted_mean(table) + row.weight * (position - row.position) / total


# ---------------------------------------------------------------- BDM internals


@dataclass
class _Pass:
    p: np.ndarray  # P[i, j]
    a: np.ndarray  # a[i, j] = E^i(U_ij)
    b: np.ndarray  # b[i, j] = E^i(U_ji)


def _pow(base: np.ndarray, exponent: np.ndarray) -> np.ndarray:
    """``base ** exponent`` elementwise with the C library's ``pow`` (Python's ``**``).

    numpy's vectorised ``power`` differs from it by one unit in the last place in a few per
    cent of cases; the reference traces were made with Python floats, so this keeps them
    bit-exact (and keeps offer boundaries where the reference has them).
    """
    base, exponent = np.broadcast_arrays(base, exponent)
    flat = [b ** e for b, e in zip(base.ravel().tolist(), exponent.ravel().tolist(),
                                   strict=True)]
    return np.array(flat, dtype=float).reshape(base.shape)


def _probabilities(x: np.ndarray, w: np.ndarray, r: np.ndarray, span: float) -> np.ndarray:
    """``P_ij``: votes with the voter's exponent over the all-pairs denominator (A5, A7).

    One voter at a time (memory ``n²``, not ``n³``). Both sums run left to right in input
    order (voter, then pair), like the code that made the reference trace; ``np.cumsum`` is
    used because it adds sequentially on every platform and Python version (``sum`` became
    compensated in Python 3.12, numpy's ``sum`` is pairwise).
    """
    n = len(x)
    dist = _pow(np.abs(x[:, None] - x[None, :]) / span, r[:, None])  # dist[k, u]
    numerator = np.zeros((n, n))
    denominator = 0.0
    for k in range(n):
        votes = w[k] * (dist[k][None, :] - dist[k][:, None])  # votes[i, j]: k's vote, i vs j
        numerator += np.where(votes > 0, votes, 0.0)
        denominator = float(np.cumsum(np.append(denominator, np.abs(votes).ravel()))[-1])
    if not denominator > 0:
        return np.zeros((n, n))
    p = numerator / denominator
    p[x[:, None] == x[None, :]] = 0.0
    return p


def _expected(x: np.ndarray, s: np.ndarray, w: np.ndarray, r: np.ndarray, span: float,
              q: float, t: float) -> _Pass:
    """Both expected utilities of every pair as the receiver (row) sees them (eq. 15–25)."""
    p = _probabilities(x, w, r, span)
    gap = np.abs(x[:, None] - x[None, :])
    rr = r[:, None]
    u_s = 2 - 4 * _pow(0.5 - 0.5 * gap / span, rr)
    u_f = 2 - 4 * _pow(0.5 + 0.5 * gap / span, rr)
    u_sq = 2 - 4 * _pow(np.float64(0.5), rr)
    s_row, s_col = s[:, None], s[None, :]
    a = s_col * (p * u_s + (1 - p) * u_f) + (1 - s_col) * u_s - q * u_sq
    b = s_row * (p.T * u_s + (1 - p.T) * u_f) + (1 - s_row) * u_s - q * u_sq
    if q != 1:
        mu = _median(x, w).value
        reach_a = np.abs(x - mu)[:, None] + gap  # the challenger i's |x_i − μ| + |x_i − x_j|
        reach_b = np.abs(x - mu)[None, :] + gap  # the challenger j's
        for eu, reach in ((a, reach_a), (b, reach_b)):
            u_b = 2 - 4 * _pow(np.clip(0.5 - 0.25 * reach / span, 0.0, None), rr)
            u_w = 2 - 4 * _pow(0.5 + 0.25 * reach / span, rr)
            eu -= (1 - q) * (t * u_b + (1 - t) * u_w)
    same = x[:, None] == x[None, :]
    a[same] = 0.0
    b[same] = 0.0
    return _Pass(p, a, b)


def _risk(security: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``R_i`` (eq. 32) and ``r_i = (1 − R/3)/(1 + R/3)`` (eq. 34)."""
    hi, lo = float(security.max()), float(security.min())
    if hi == lo:
        big_r = np.zeros_like(security)
    else:
        big_r = (2 * security - hi - lo) / (hi - lo)
    return big_r, (1 - big_r / 3.0) / (1 + big_r / 3.0)


def _offer(xi: float, xj: float, a: float, b: float) -> tuple[str, float | None]:
    """The offer ``j`` makes ``i`` by Scholz fig. 6 (§4.2 step 4); equalities give none."""
    if b > a > 0:
        return CONFRONTATION, xj
    if b > 0 > a:
        if b > abs(a):
            return COMPROMISE, xi + (xj - xi) * abs(a / b)
        if b < abs(a):
            return CAPITULATION, xj
    return NO_OFFER, None


def _choose(i: int, x: np.ndarray, ps: _Pass) -> tuple[str, int | None, float]:
    """The one offer ``i`` accepts (§4.3 selection, ties to the first proposer)."""
    best: dict[str, tuple[float, int, float]] = {}
    xi = float(x[i])
    for j in range(len(x)):
        if x[j] == xi:
            continue
        a, b = float(ps.a[i, j]), float(ps.b[i, j])
        kind, target = _offer(xi, float(x[j]), a, b)
        if target is None:
            continue
        if kind == COMPROMISE:
            key = (abs(a) * xi + abs(b) * float(x[j])) / (abs(a) + abs(b))
        else:
            key = abs(xi - target)
        if kind not in best or key < best[kind][0]:
            best[kind] = (key, j, target)
    for kind in (CONFRONTATION, COMPROMISE, CAPITULATION):
        if kind in best:
            _, j, target = best[kind]
            return kind, j, target
    return NO_OFFER, None, xi


@dataclass
class _RoundOut:
    security: np.ndarray
    big_r: np.ndarray
    r: np.ndarray
    final: _Pass
    chosen: list[tuple[str, int | None, float]]


def _round(x: np.ndarray, s: np.ndarray, w: np.ndarray, span: float, q: float,
           t: float) -> _RoundOut:
    """One round: pass 1 at r = 1 → security and r; pass 2 → offers; one chosen each."""
    ones = np.ones_like(x)
    first = _expected(x, s, w, ones, span, q, t)
    security = np.cumsum(first.a, axis=0)[-1]  # S_i = Σ_{j≠i} E(U_ji), in order; diag 0
    big_r, r = _risk(security)
    final = _expected(x, s, w, r, span, q, t)
    chosen = [_choose(i, x, final) for i in range(len(x))]
    return _RoundOut(security, big_r, r, final, chosen)


def _modelled(table: InputTable) -> tuple[list[ActorInput], tuple[str, ...]]:
    _weights(table)  # W > 0 or an error naming the issue
    rows = [r for r in table.rows if r.weight > 0]
    return rows, tuple(r.actor for r in table.rows if not r.weight > 0)


def _arrays(rows: Sequence[ActorInput]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return (np.array([r.position for r in rows], dtype=float),
            np.array([r.salience for r in rows], dtype=float),
            np.array([r.capability * r.salience for r in rows], dtype=float))


def _span(x: np.ndarray) -> float:
    span = float(x.max() - x.min())
    return span if span > 0 else 1.0  # all at one position: no distance is non-zero


# ---------------------------------------------------------------- BDM API


def bdm_round_detail(table: InputTable, positions: Sequence[float] | None = None, *,
                     position_range: float | None = None, q: float = 1.0,
                     t: float = 1.0) -> BdmRoundDetail:
    """Every quantity of one BDM round from ``positions`` (default: the table's)."""
    rows, _ = _modelled(table)
    x0, s, w = _arrays(rows)
    x = x0 if positions is None else np.array(positions, dtype=float)
    if len(x) != len(rows):
        raise ValueError(f"{len(x)} positions for {len(rows)} actors with positive weight")
    span = position_range if position_range is not None else _span(x0)
    out = _round(x, s, w, span, q, t)
    names = tuple(r.actor for r in rows)
    pairs = []
    for i in range(len(x)):
        for j in range(len(x)):
            if i == j:
                continue
            a, b = float(out.final.a[i, j]), float(out.final.b[i, j])
            kind, target = (_offer(float(x[i]), float(x[j]), a, b) if x[i] != x[j]
                            else (NO_OFFER, None))
            pairs.append(BdmPair(names[i], names[j], float(out.final.p[i, j]), a, b, kind,
                                 target))
    return BdmRoundDetail(names, tuple(float(v) for v in x),
                          tuple(float(v) for v in out.security),
                          tuple(float(v) for v in out.big_r), tuple(float(v) for v in out.r),
                          tuple(pairs), _moves(names, x, out))


def _moves(names: Sequence[str], x: np.ndarray, out: _RoundOut) -> tuple[BdmMove, ...]:
    return tuple(BdmMove(names[i], float(out.r[i]), float(x[i]), float(target), kind,
                         names[j] if j is not None else None)
                 for i, (kind, j, target) in enumerate(out.chosen))


def bdm(table: InputTable, *, rounds: int = 10, q: float = 1.0, t: float = 1.0) -> BdmResult:
    """Run BDM (Scholz-code reading, §4.3) for at most ``rounds`` rounds (τ, §4.2 step 7)."""
    if rounds < 1:
        raise ValueError("BDM needs at least one round")
    if not (0.0 <= q <= 1.0 and 0.0 <= t <= 1.0):
        raise ValueError("Q and T are probabilities in [0, 1]")
    rows, excluded = _modelled(table)
    names = tuple(r.actor for r in rows)
    x0, s, w = _arrays(rows)
    exact_w = _exact_weights(rows)
    span = _span(x0)
    x = x0
    seen = {tuple(x.tolist()): 0}
    done: list[BdmRound] = []
    stop, cycle_start, cycle_length = "max_rounds", None, None
    for number in range(1, rounds + 1):
        out = _round(x, s, w, span, q, t)
        moves = _moves(names, x, out)
        x = np.array([m.position_after for m in moves], dtype=float)
        done.append(BdmRound(number, _median(x, w).value, _mean(x, exact_w), moves))
        key = tuple(x.tolist())
        if key in seen:
            cycle_start = seen[key]
            cycle_length = number - cycle_start
            stop = "fixed_point" if cycle_length == 1 else "cycle"
            break
        seen[key] = number
    last = _at_round(done, cycle_start, cycle_length, rounds)
    medians = [r.median for r in done]
    return BdmResult(READING, q, t, rounds, span, _median(x0, w).value, _mean(x0, exact_w),
                     tuple(done), stop, cycle_start, cycle_length, excluded,
                     BdmForecast(last.median, last.mean, min(medians), max(medians)))


def bdm_spread(table: InputTable, *, runs: int = 200, jitter: float = 0.05, seed: int = 0,
               rounds: int = 10, q: float = 1.0, t: float = 1.0) -> BdmSpread:
    """BDM's forecast over ``runs`` runs with saliences jittered ±``jitter`` (§5)."""
    rng = np.random.default_rng(seed)
    medians, means = [], []
    for _ in range(runs):
        noise = rng.uniform(-jitter, jitter, size=len(table.rows))
        rows = tuple(replace(r, salience=min(1.0, max(0.0, r.salience + float(e))))
                     for r, e in zip(table.rows, noise, strict=True))
        try:
            got = bdm(replace(table, rows=rows), rounds=rounds, q=q, t=t).forecast
        except InputTableError:
            continue  # every salience jittered to zero
        medians.append(got.median)
        means.append(got.mean)
    if not medians:
        raise InputTableError(f"{_where(table)}: no perturbed run had any weight — use a "
                              "smaller jitter")
    return BdmSpread(len(medians), jitter, seed, min(medians), float(np.median(medians)),
                     max(medians), min(means), float(np.median(means)), max(means))


# ---------------------------------------------------------------- all models


def forecast(table: InputTable, *, models: Iterable[str] = MODELS, rounds: int = 10,
             q: float = 1.0, t: float = 1.0) -> Forecast:
    """Run the requested models (``mean``, ``median``, ``bdm``) on one issue's table."""
    wanted = set(models)
    unknown = wanted - set(MODELS)
    if unknown:
        raise ValueError(f"unknown model(s) {sorted(unknown)}; choose from {MODELS}")
    x, w, _ = _weights(table)
    median = _median(x, w) if "median" in wanted else None
    return Forecast(
        issue=table.issue,
        weighted_mean=_mean(x, _exact_weights(table.rows)) if "mean" in wanted else None,
        weighted_median=median.value if median else None,
        weighted_median_upper=median.upper if median else None,
        spread=spread(table) if "mean" in wanted else None,
        bdm=bdm(table, rounds=rounds, q=q, t=t) if "bdm" in wanted else None)
