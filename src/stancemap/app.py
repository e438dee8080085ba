"""The Typer application every command module registers on (see ``stancemap.commands``)."""

from __future__ import annotations

import sys
from typing import NoReturn

import typer
from rich.console import Console

app = typer.Typer(
    name="stancemap",
    help="Turn political news into a sourced, queryable map of who stands where.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one line on stderr saying what is wrong and what to do, then exit non-zero."""
    err.print(f"stancemap: error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def warn(message: str) -> None:
    err.print(f"stancemap: {message}", markup=False, highlight=False)


def write(text: str) -> None:
    """Write machine-readable output to stdout untouched by Rich."""
    sys.stdout.write(text)
