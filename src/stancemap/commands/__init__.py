"""One module per command group; importing them registers the commands on ``app``."""

from stancemap.commands import evaluate, extract, forecast, issues, store, web  # noqa: F401
