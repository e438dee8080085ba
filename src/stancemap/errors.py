"""The errors a user can act on, as one family.

Every :class:`StancemapError` is something the user can fix: ``str(exc)`` is one line that
names the file or input at fault and says what to do. The CLI prints that line (no
traceback unless ``STANCEMAP_DEBUG=1``) and exits non-zero; anything else that escapes a
command is a bug and is reported as an internal error. The subclasses also derive from the
built-in exception the code raised before the family existed (``ValueError``,
``RuntimeError``), so callers catching those keep working.
"""

from __future__ import annotations


class StancemapError(Exception):
    """A problem the user can fix; the message names the file or input and the fix."""

    exit_code: int = 1


class InputError(StancemapError, ValueError):
    """An input the user gave (an article, a gold folder, a pins or issues file) is unusable."""


class LexiconError(InputError):
    """A lexicon YAML file (shipped, or the user's in ``$STANCEMAP_LEXICON``) is unusable."""


class StoreError(StancemapError, RuntimeError):
    """A store problem the user can act on (missing, locked, full, unreachable)."""


class SetupError(StancemapError, RuntimeError):
    """A model or data file the installation lacks; the message says how to get it."""
