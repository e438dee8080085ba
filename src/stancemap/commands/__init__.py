"""One module per command group; importing them registers the commands on ``app``."""

from stancemap.commands import evaluate, extract, store, web  # noqa: F401
