"""Entry point of the ``stancemap`` command."""

from __future__ import annotations

import sys

import click

import stancemap.commands  # noqa: F401  (registers the commands)
from stancemap.app import app, err


def main(argv: list[str] | None = None) -> None:
    """Run the app; usage errors become one line on stderr with the fix, exit code 2."""
    try:
        result = app(args=argv, standalone_mode=False)
    except click.exceptions.Abort:
        err.print("stancemap: aborted", markup=False)
        sys.exit(130)
    except click.ClickException as exc:  # unknown option, bad value, missing argument
        cmd = exc.ctx.command_path if getattr(exc, "ctx", None) else "stancemap"
        err.print(f"{cmd}: error: {exc.format_message()} (see `{cmd} --help`)",
                  markup=False, highlight=False)
        sys.exit(exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
