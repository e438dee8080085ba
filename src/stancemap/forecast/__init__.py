"""Negotiation forecasts from an actor table (issue 14; ``shared/negotiation/MODELS.md``).

:mod:`.table` holds the input table and its CSV layout; :mod:`.models` the weighted mean,
the weighted median and the BDM expected-utility model. Results are frozen dataclasses of
numbers, strings and tuples; ``stancemap.questions.to_json`` encodes them.
"""

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
]
