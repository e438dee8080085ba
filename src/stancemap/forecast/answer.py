"""A forecast as one answer: the JSON the CLI prints (``forecast --format json``), the API
sends (``/api/issues/ID/forecast``) and the issue page draws; and the scenario grid the
page's switches pick from."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from typing import Any

from stancemap.forecast.inputs import IssueInputs
from stancemap.forecast.models import MODELS, Forecast, forecast
from stancemap.forecast.scenario import MAX_COMBINED
from stancemap.forecast.table import InputTable
from stancemap.questions import to_json


def forecast_answer(inputs: IssueInputs | None, table: InputTable, f: Forecast) -> dict:
    """The JSON of one forecast: inputs, each model's answer, and how it was made."""
    if inputs is not None:
        rows = [{"actor": r.name, "actor_id": r.actor.id, "position": r.position,
                 "salience": r.salience, "capability": r.capability, "weight": r.weight,
                 "claims": [u.claim_id for u in r.claims], "stance": r.stance,
                 "latest": r.latest, "fallback": r.fallback, "spread": r.spread,
                 "shifting": r.shifting, "capability_basis": r.capability_basis,
                 "kind": r.kind, "role": r.role, "country": r.country,
                 "attention": r.attention, "attention_all_issues": r.attention_all,
                 "evidence": r.claims} for r in inputs.rows]
    else:
        rows = [{"actor": r.actor, "position": r.position, "salience": r.salience,
                 "capability": r.capability, "weight": r.weight, "claims": list(r.claims),
                 "description": r.description} for r in table.rows]
    data: dict[str, Any] = {"issue": table.issue, "scale": list(table.scale), "inputs": rows,
                            "weighted_mean": f.weighted_mean,
                            "weighted_median": f.weighted_median,
                            "weighted_median_upper": f.weighted_median_upper,
                            "spread": f.spread, "bdm": f.bdm}
    if inputs is not None:
        data |= {"issues": inputs.issues, "as_of": inputs.as_of,
                 "decisions": {"as_of": "given" if inputs.as_of_given else "newest claim",
                               "half_life_days": inputs.half_life, "position_rule": inputs.rule,
                               "salience_rule": inputs.salience_rule,
                               "undecided": inputs.undecided, "lifted": inputs.lifted,
                               "mapping": inputs.mapping, "capabilities": inputs.capabilities},
                 "switches": inputs.switches, "notes": inputs.notes}
    return to_json(data)



def switch_sets(ids: Sequence[str]) -> list[tuple[str, ...]]:
    """Which switch combinations a page precomputes: all of them for a few switches, else
    none, each alone and all together."""
    ids = sorted(ids)
    if len(ids) <= MAX_COMBINED:  # the combinations `scenario` lists too (MODELS.md §7)
        return [c for n in range(len(ids) + 1) for c in combinations(ids, n)]
    return [(), *((i,) for i in ids), tuple(ids)]


def grid_key(on: Sequence[str]) -> str:
    return "+".join(sorted(on))


def scenario_grid(inputs: IssueInputs, models: Sequence[str] = MODELS, rounds: int = 10
                  ) -> dict[str, dict[str, Any]]:
    """For each switch combination: the input table with those conditions met and every
    model's forecast, as ``forecast_answer`` gives them (keyed ``s1+s2``; "" for none)."""
    out: dict[str, dict[str, Any]] = {}
    for on in switch_sets([s.id for s in inputs.switches]):
        table = inputs.table(on)
        f = forecast(table, models=tuple(models), rounds=rounds)
        out[grid_key(on)] = {"on": list(on), "table": to_json(table),
                             "weighted_mean": f.weighted_mean,
                             "weighted_median": f.weighted_median,
                             "bdm": to_json(f.bdm)}
    return out
