"""Negotiation forecasts from an actor table (issue 14; ``shared/negotiation/MODELS.md``).

:mod:`.table` holds the input table and its CSV layout; :mod:`.models` the weighted mean,
the weighted median and the BDM expected-utility model; :mod:`.inputs` makes an issue's
table from the store's claims (through ``stancemap.questions``) and :mod:`.scenario` runs
what-if scenarios on it. Results are frozen dataclasses of numbers, strings and tuples;
``stancemap.questions.to_json`` encodes them.
"""

from stancemap.forecast.inputs import (
    ForecastTimeline,
    InputOptions,
    IssueInputs,
    Outcome,
    Switch,
    forecast_timeline,
    issue_inputs,
)
from stancemap.forecast.models import (
    MODELS,
    READING,
    BdmForecast,
    BdmMove,
    BdmPair,
    BdmResult,
    BdmRound,
    BdmRoundDetail,
    BdmSpread,
    Forecast,
    Median,
    bdm,
    bdm_round_detail,
    bdm_spread,
    forecast,
    mean_after_move,
    spread,
    weighted_mean,
    weighted_median,
)
from stancemap.forecast.scenario import (
    Candidates,
    Scenario,
    ScenarioError,
    candidates,
    run_scenario,
)
from stancemap.forecast.table import (
    DEFAULT_SCALE,
    ActorInput,
    InputTable,
    InputTableError,
    parse_tables,
    read_table,
    read_tables,
    row_problem,
    tables_to_csv,
    write_tables,
)

__all__ = [
    "DEFAULT_SCALE", "MODELS", "READING", "ActorInput", "BdmForecast", "BdmMove", "BdmPair",
    "BdmResult", "BdmRound", "BdmRoundDetail", "BdmSpread", "Forecast", "InputTable",
    "InputTableError", "Median", "bdm", "bdm_round_detail", "bdm_spread", "forecast",
    "mean_after_move", "parse_tables", "read_table", "read_tables", "row_problem", "spread",
    "tables_to_csv", "weighted_mean", "weighted_median", "write_tables",
    # from the store (inputs.py, scenario.py)
    "Candidates", "ForecastTimeline", "InputOptions", "IssueInputs", "Outcome", "Scenario",
    "ScenarioError", "Switch", "candidates", "forecast_timeline", "issue_inputs",
    "run_scenario",
]
