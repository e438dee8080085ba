"""Entry point of the ``stancemap`` command."""

from __future__ import annotations

import os
import sys
from typing import Any

import click
import typer
from typer.core import TyperGroup

import stancemap.commands  # noqa: F401  (registers the commands)
from stancemap import lexicon
from stancemap.app import app, err
from stancemap.errors import StancemapError


def say_error(exc: StancemapError) -> None:
    """The error's own line (it names the file and the fix) on stderr."""
    err.print(f"stancemap: error: {exc}", markup=False, highlight=False)


class OneLineErrors(TyperGroup):
    """Every command, however it is run (``main``, ``CliRunner``): a :class:`StancemapError`
    prints its one line and exits non-zero, with the traceback only under STANCEMAP_DEBUG."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            if not set(ctx.args) & set(ctx.help_option_names):
                lexicon.check()  # a broken user lexicon stops every command the same way
            return super().invoke(ctx)
        except StancemapError as exc:
            if os.environ.get("STANCEMAP_DEBUG"):
                raise
            say_error(exc)
            raise typer.Exit(exc.exit_code) from None


app.info.cls = OneLineErrors  # as typer.Typer(cls=...) would; the app is built on first call


def main(argv: list[str] | None = None) -> None:
    """Run the app; usage errors become one line on stderr with the fix, exit code 2."""
    try:
        result = app(args=argv, standalone_mode=False)
    except typer.Abort:
        err.print("stancemap: aborted", markup=False)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.TyperException as exc:  # unknown option, bad value, missing argument
        ctx = getattr(exc, "ctx", None)
        cmd = ctx.command_path if ctx is not None else "stancemap"
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        err.print(f"{cmd}: error: {message} (see `{cmd} --help`)", markup=False,
                  highlight=False)
        sys.exit(getattr(exc, "exit_code", 2))
    except StancemapError as exc:  # raised outside a command (e.g. while parsing options)
        if os.environ.get("STANCEMAP_DEBUG"):
            raise
        say_error(exc)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        err.print("stancemap: interrupted", markup=False)
        sys.exit(130)
    except Exception as exc:  # a bug: one line, the traceback only when asked for
        if os.environ.get("STANCEMAP_DEBUG"):
            raise
        err.print(f"stancemap: internal error: {type(exc).__name__}: {exc} (set "
                  "STANCEMAP_DEBUG=1 for the traceback and please report it)",
                  markup=False, highlight=False)
        sys.exit(70)
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
