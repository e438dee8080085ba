"""What-if scenarios on one issue (MODELS.md §5 and §7 "Conditions → scenario switches").

A scenario edits the baseline input table and re-runs every model:

* ``--assume TEXT`` turns on the **switches** (distinct conditions on the issue) that the
  text names. Matching: the assumption and each condition are reduced to their content
  words — abbreviations spelt out ("US" → "United States"), folded to lower-case ASCII,
  stop words and connectives ("if", "after", "unless", "a", "the", ...) left out, plurals
  made singular (``mapping.yaml`` ``stop_words``, ``abbreviations``). They match when they
  share **more than half of the words of the shorter of the two**: "a ceasefire" matches
  "after a ceasefire"; "US security backstop" matches "if the United States provides a
  security backstop"; "security guarantees" does not (one of two words). A switch's id
  (``s1``, as the candidate listing shows) names it exactly. An assumption that matches
  nothing is reported and changes nothing.
* With a switch on, a claim "supports if X" (or "after", "once", "provided" X ...) counts at
  its own value; with it off — whatever is not assumed — at the actor's fallback: its
  unconditional position, else 50 (MODELS.md §7). A claim "opposes unless X" (or "until",
  "without" X) counts at its own value while X is not assumed and at 50 once it is
  (``stancemap.forecast.inputs``). A claim with several "if" conditions needs all of them.
* ``--set ACTOR=POSITION`` then moves an actor by hand (after the assumptions; the name as
  in the table, or words of it that name one actor, e.g. ``Scholz=80``).

The result says who moves, from where to where, why (the switch and the condition's
evidence: claim id, words, source) and every model's forecast before and after. With no
assumption and no setting, :func:`candidates` lists every switch on the issue with what it
alone would change, and every combination when there are at most four (§7).
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from stancemap.errors import InputError
from stancemap.forecast.inputs import ClaimMapping, IssueInputs, Outcome, Switch, load_mapping
from stancemap.forecast.models import MODELS, forecast
from stancemap.forecast.table import ActorInput, InputTable
from stancemap.store.identity import fold

MAX_COMBINED = 4  # switches evaluated in every combination (MODELS.md §7)
_SWITCH_ID = re.compile(r"^s\d+$")


class ScenarioError(InputError):
    """A scenario that cannot be run as given (an unknown actor, a bad ``--set``)."""


@dataclass(frozen=True)
class Evidence:
    """A claim whose condition a scenario met: the words and where they were read."""

    claim_id: int
    actor: str
    switch: str
    condition: str
    kind: str  # if | unless
    stance_class: str
    value: float
    published: dt.date
    evidence: str
    source: str
    title: str | None
    url: str | None


@dataclass(frozen=True)
class Assumption:
    text: str
    switches: tuple[str, ...]
    conditions: tuple[str, ...]


@dataclass(frozen=True)
class Setting:
    actor: str
    position: float


@dataclass(frozen=True)
class Move:
    """One actor whose position the scenario changes."""

    actor: str
    actor_id: int | None
    before: float
    after: float
    by: str  # assumption | set
    switches: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Scenario:
    issue: str
    assumptions: tuple[Assumption, ...]
    unmatched: tuple[str, ...]  # assumptions that match no condition
    settings: tuple[Setting, ...]
    switches_on: tuple[str, ...]
    moves: tuple[Move, ...]
    before: Outcome
    after: Outcome
    inputs_before: tuple[ActorInput, ...]
    inputs_after: tuple[ActorInput, ...]


@dataclass(frozen=True)
class SwitchEffect:
    """One candidate switch: its condition, evidence, and what turning it on alone does."""

    switch: Switch
    evidence: tuple[Evidence, ...]
    moves: tuple[Move, ...]
    forecast: Outcome


@dataclass(frozen=True)
class Combination:
    switches: tuple[str, ...]
    forecast: Outcome


@dataclass(frozen=True)
class Candidates:
    issue: str
    baseline: Outcome
    switches: tuple[SwitchEffect, ...]
    combinations: tuple[Combination, ...]  # every subset when ≤ MAX_COMBINED switches


# ---------------------------------------------------------------- matching


def matches(assumption: Sequence[str], condition: Sequence[str]) -> bool:
    """More than half of the shorter word set's words are shared (module docstring)."""
    a, c = set(assumption), set(condition)
    if not a or not c:
        return False
    return 2 * len(a & c) > min(len(a), len(c))


def match_assumption(text: str, switches: Sequence[Switch],
                     mapping: ClaimMapping | None = None) -> tuple[str, ...]:
    """The ids of the switches an assumption turns on."""
    mapping = mapping or load_mapping()
    key = text.strip().lower()
    if _SWITCH_ID.match(key):
        return tuple(s.id for s in switches if s.id == key)
    words = mapping.content_words(text)
    return tuple(s.id for s in switches if matches(words, s.words))


def find_actor(query: str, names: Sequence[str]) -> str:
    """The one table actor ``query`` names: the name itself, else the one whose words
    include all of the query's; :class:`ScenarioError` otherwise."""
    want = fold(query)
    exact = [n for n in names if fold(n) == want]
    if len(exact) == 1:
        return exact[0]
    words = set(want.split())
    found = [n for n in names if words and words <= set(fold(n).split())]
    if len(found) == 1:
        return found[0]
    listed = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
    if found:
        raise ScenarioError(f"--set: {query!r} names {len(found)} actors "
                            f"({', '.join(found[:6])}) — give the full name")
    raise ScenarioError(f"--set: no actor {query!r} on this issue — choose one of: {listed}")


def parse_setting(text: str, names: Sequence[str], scale: tuple[float, float]) -> Setting:
    """``ACTOR=POSITION`` → a :class:`Setting`, checked against the table and its scale."""
    actor, sep, value = text.rpartition("=")
    if not sep or not actor.strip() or not value.strip():
        raise ScenarioError(f"--set {text!r}: write ACTOR=POSITION, e.g. --set \"Olaf "
                            "Scholz=80\"")
    try:
        position = float(value)
    except ValueError:
        raise ScenarioError(f"--set {text!r}: position {value.strip()!r} is not a number — "
                            f"give a number on the scale {scale[0]:g}–{scale[1]:g}") from None
    lo, hi = scale
    if not math.isfinite(position) or not lo <= position <= hi:
        raise ScenarioError(f"--set {text!r}: position {value.strip()} is outside the scale "
                            f"{lo:g}–{hi:g}")
    return Setting(find_actor(actor.strip(), names), position)


# ---------------------------------------------------------------- scenarios


def _evidence(inputs: IssueInputs, name: str, on: Iterable[str]) -> tuple[Evidence, ...]:
    on = set(on)
    row = inputs.row(name)
    return tuple(Evidence(u.claim_id, name, c.switch, c.text, c.kind, u.stance_class, u.value,
                          u.published, u.evidence, u.source, u.title, u.url)
                 for u in row.claims for c in u.conditions if c.switch in on)


def _moves(before: InputTable, after: InputTable, inputs: IssueInputs | None,
           on: Sequence[str], settings: dict[str, float]) -> tuple[Move, ...]:
    out = []
    for b, a in zip(before.rows, after.rows, strict=True):
        if a.position == b.position and b.actor not in settings:
            continue
        evidence = _evidence(inputs, b.actor, on) if inputs is not None else ()
        switches = tuple(dict.fromkeys(e.switch for e in evidence))
        actor_id = inputs.row(b.actor).actor.id if inputs is not None else None
        out.append(Move(b.actor, actor_id, b.position, a.position,
                        "set" if b.actor in settings else "assumption", switches, evidence))
    return tuple(out)


def run_scenario(base: IssueInputs | InputTable, assume: Sequence[str] = (),
                 sets: Sequence[str] = (), *, models: Iterable[str] = MODELS,
                 rounds: int = 10, mapping: ClaimMapping | None = None) -> Scenario:
    """Apply the assumptions, then the settings, and run ``models`` before and after."""
    wanted = tuple(models)
    inputs = base if isinstance(base, IssueInputs) else None
    if inputs is None and assume:
        raise ScenarioError("--assume needs the issue's claims from the store; on an input "
                            "table (--inputs) only --set can move actors")
    table = inputs.table() if inputs is not None else base
    assert isinstance(table, InputTable)
    switches = inputs.switches if inputs is not None else ()
    by_id = {s.id: s for s in switches}
    assumptions, unmatched, on = [], [], []
    for text in assume:
        ids = match_assumption(text, switches, mapping)
        assumptions.append(Assumption(text, ids, tuple(by_id[i].text for i in ids)))
        if not ids:
            unmatched.append(text)
        on += [i for i in ids if i not in on]
    after = inputs.table(on) if inputs is not None else table
    names = [r.actor for r in table.rows]
    settings = {s.actor: s.position
                for s in (parse_setting(t, names, table.scale) for t in sets)}
    if settings:
        after = replace(after, rows=tuple(replace(r, position=settings.get(r.actor, r.position))
                                          for r in after.rows))
    return Scenario(
        issue=table.issue, assumptions=tuple(assumptions), unmatched=tuple(unmatched),
        settings=tuple(Setting(k, v) for k, v in settings.items()), switches_on=tuple(on),
        moves=_moves(table, after, inputs, on, settings),
        before=Outcome.of(forecast(table, models=wanted, rounds=rounds)),
        after=Outcome.of(forecast(after, models=wanted, rounds=rounds)),
        inputs_before=table.rows, inputs_after=after.rows)


def candidates(inputs: IssueInputs, *, models: Iterable[str] = MODELS,
               rounds: int = 10) -> Candidates:
    """Every switch on the issue with its evidence and what it alone changes; every
    combination of switches too when there are at most four (MODELS.md §7)."""
    wanted = tuple(models)
    base = inputs.table()
    effects = []
    for s in inputs.switches:
        after = inputs.table([s.id])
        evidence = tuple(e for r in inputs.rows for e in _evidence(inputs, r.name, [s.id]))
        effects.append(SwitchEffect(s, evidence, _moves(base, after, inputs, [s.id], {}),
                                    Outcome.of(forecast(after, models=wanted, rounds=rounds))))
    combos = []
    ids = [s.id for s in inputs.switches]
    if 2 <= len(ids) <= MAX_COMBINED:
        for n in range(2, len(ids) + 1):
            for subset in itertools.combinations(ids, n):
                combos.append(Combination(subset, Outcome.of(
                    forecast(inputs.table(subset), models=wanted, rounds=rounds))))
    return Candidates(inputs.label, Outcome.of(forecast(base, models=wanted, rounds=rounds)),
                      tuple(effects), tuple(combos))


__all__ = [
    "Assumption", "Candidates", "Combination", "Evidence", "MAX_COMBINED", "Move", "Scenario",
    "ScenarioError", "Setting", "SwitchEffect", "candidates", "find_actor", "match_assumption",
    "matches", "parse_setting", "run_scenario",
]
