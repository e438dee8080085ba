"""The stance classes, defined once: a condition never hides which way a position goes."""

from __future__ import annotations

from collections.abc import Sequence

STANCES = ("support", "oppose", "neutral")  # what a claim says (the contract's values)
STANCE_ORDER = ("support", "support_if", "oppose_unless", "oppose", "neutral")
STANCE_LABELS = {"support": "supports", "support_if": "supports if…",
                 "oppose_unless": "opposes unless…", "oppose": "opposes", "neutral": "neutral"}
STANCE_SIGNS = {"support": "+", "support_if": "+?", "oppose_unless": "−?", "oppose": "−",
                "neutral": "="}
LEGEND = ("+ supports, +? supports if…, −? opposes unless…, − opposes, = neutral "
          "(a condition never hides the direction)")


def stance_class(stance: str, conditions: Sequence[str] | None) -> str:
    """A support with conditions is 'support_if' ("supports if…"), an oppose with
    conditions 'oppose_unless' ("opposes unless…"): the direction stays visible."""
    if conditions and stance in ("support", "oppose"):
        return "support_if" if stance == "support" else "oppose_unless"
    return stance


def direction(cls: str) -> int:
    """+1 for the supporting classes, −1 for the opposing ones, 0 for neutral."""
    return 1 if cls in ("support", "support_if") else -1 if cls in ("oppose", "oppose_unless") \
        else 0
