"""Publication dates from metadata → ``YYYY-MM-DD``, only when the metadata says so absolutely.

Relative words ("yesterday", "3 days ago") are refused rather than resolved: resolving them
against today would stamp an old article with the day it happened to be read, and every later
stage resolves its own relative dates against this one.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")

# Never consulted for an accepted date: the relative-time parser is off and strict parsing
# requires day, month and year. Fixed anyway so no code path can depend on today.
_BASE = datetime(2000, 1, 1)

_SETTINGS: dict[str, Any] = {
    "STRICT_PARSING": True,
    "PREFER_DAY_OF_MONTH": "first",
    "RELATIVE_BASE": _BASE,
    "PARSERS": ["custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def normalise_published(value: object) -> str | None:
    """``"2019-01-04"``, ``"January 4, 2019"``, ISO timestamps… → ``"2019-01-04"``; else None.

    A timestamp keeps the calendar day it was written in (its own offset), not UTC's.
    """
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > 100:
        return None
    return _parse(text)


@lru_cache(maxsize=4096)
def _parse(text: str) -> str | None:
    match = _ISO_DAY.match(text)
    if match:
        try:
            return _checked(date(*(int(g) for g in match.groups())))
        except ValueError:
            return None
    try:
        return _checked(datetime.fromisoformat(text).date())
    except ValueError:
        pass
    import dateparser  # slow to import; only needed for free-form dates

    try:
        parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
        return None
    return _checked(parsed.date()) if parsed else None


def _checked(day: date) -> str | None:
    return day.isoformat() if 1000 <= day.year <= 9999 else None
