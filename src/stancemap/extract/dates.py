"""Calendar dates for the time words of an article, resolved against its publication date.

"On Monday" in an article of Tuesday 2025-02-18 is 2025-02-17 when the verb is past and
2025-02-24 when it is future; "yesterday", "last week", "next month", "February 17" likewise
hang on the publication date. Nothing here ever looks at today's date: without a
publication date a relative expression resolves to nothing (``date`` None), and only a date
that names its own year ("17 February 2025") is returned. Absolute dates are read with
dateparser, whose relative base is always the publication date (or a fixed constant when
the year is given in the text), never the clock.

A time that is not one calendar day ("last week", "next month", "in late July") keeps its
range in ``start``/``end`` and leaves ``date`` None, since an event's ``date`` is a day.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

Tense = Literal["past", "present", "future"]

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

# Used as dateparser's base only when the text names its year, so the base cannot matter.
_FIXED_BASE = datetime(2000, 1, 1)

_PARTS_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|noon))?"
_LEAD = re.compile(
    r"^(?:(?:late|early|later|earlier|until|till|by|since|from|as of|on|at|in|during|"
    r"before|after|starting)\s+)+"
)
_VAGUE = re.compile(
    r"\b(?:coming|recent|recently|soon|upcoming|past few|next few|last few|several|"
    r"weeks|months|years|days|decade|century|time|period|era|ago|season|spring|summer|"
    r"autumn|fall|winter|later|earlier|mid)\b"
)


@dataclass(frozen=True)
class When:
    """A resolved time expression: ``date`` when it is one day, else a range or nothing."""

    text: str
    date: str | None = None  # YYYY-MM-DD, only for a single calendar day
    start: str | None = None  # first day of a range ("last week" → its Monday)
    end: str | None = None  # last day of a range
    relative: bool = False  # needs the publication date (or an anchor) to resolve


_NOT_A_TIME = re.compile(
    r"^(?:annual|annually|daily|weekly|monthly|yearly|quarterly|biannual|decades?|"
    r"(?:the )?(?:last|past|next|first|previous)? ?(?:few |several |\d+ |[a-z]+-)?"
    r"(?:day|week|month|year|decade)s?(?: long| old)?|"
    r"(?:about |approximately |around |some |nearly |almost |over |more than )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|[a-z]+-)[ -]"
    r"(?:day|week|month|year|hour|minute)s?(?:[ -]long| old)?)$"
)


def is_time_point(text: str) -> bool:
    """False for frequencies and durations ("annual", "eight-year", "approximately one
    week"), which say how long or how often, not when."""
    t = " ".join(text.lower().split()).strip(" ,.")
    if t in {"last week", "next week", "this week", "last month", "next month", "this month",
             "last year", "next year", "this year", "past week", "past month", "past year"}:
        return True
    return not _NOT_A_TIME.match(t)


def parse_published(published: str | date | None) -> date | None:
    """The publication date as a ``date``; None stays None (never today)."""
    if published is None or isinstance(published, date):
        return published
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _norm(text: str) -> str:
    t = text.lower().replace("’", "'").replace("\u00a0", " ")
    t = re.sub(r"'s$", "", t.strip(" ,.;:()\"'"))
    t = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", t)
    t = " ".join(t.split())
    return _LEAD.sub("", t).strip()


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _range(text: str, start: date, end: date) -> When:
    return When(text, None, start.isoformat(), end.isoformat(), True)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


_DURATION = (r"(?:for\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|"
             r"\d+)\s+(?:hours?|days?|weeks?|months?|years?)")


def resolve(
    text: str,
    published: str | date | None,
    tense: Tense | None = None,
    anchor: date | None = None,
) -> When:
    """The calendar meaning of ``text`` ("Monday", "last week", "February 17, 2025").

    ``tense`` picks the direction of a bare weekday or a date without a year (past: the
    latest one on or before publication; future: the first one on or after it; None: past
    for weekdays, the nearer one for month-days). ``anchor`` is the day that "that day",
    "the same day", "the next day" refer to (the last day the article named).
    """
    pub = parse_published(published)
    t = _norm(text)
    if not t:
        return When(text)

    # "five weeks yesterday" (a duration tagged together with its day): the day is the date
    m = re.fullmatch(_DURATION + r"\s+(.+)", t)
    if m and re.match(r"(yesterday|today|tonight|tomorrow|last|next|this|on|monday|tuesday|"
                      r"wednesday|thursday|friday|saturday|sunday)\b", m.group(1)):
        return replace(resolve(m.group(1), published, tense, anchor), text=text)

    # "that day", "the same day", "the next day": the article's current reference day
    m = re.fullmatch(r"(?:(?:earlier|later)\s+)?(?:that|the same|the very same) day", t)
    if m or re.fullmatch(r"(?:earlier|later)\s+(?:(?:in|during)\s+the|that)\s+"
                         r"(?:day|morning|afternoon|evening|night)",
                         " ".join(text.lower().split()).strip(" ,.")):
        return _exact(text, anchor, relative=True)
    # a clock time ("around 11:25am US east coast time", "at 7:45 p.m."): a time on the day
    # the article is telling, if it has named one; no day of its own otherwise
    if re.fullmatch(r"(?:at\s+)?(?:around\s+|about\s+|shortly\s+(?:before|after)\s+)?"
                    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|noon|midnight"
                    r"|\(?[0-2]\d[0-5]\d\s*(?:utc|gmt|[a-z]st|[a-z]dt)\)?)"
                    r"(?:\s+[a-z ()0-9.]*)?", t):
        return _exact(text, anchor, relative=True) if anchor else When(text)
    m = re.fullmatch(r"the (next|following|previous) day|the day (before|after)", t)
    if m:
        step = -1 if (m.group(1) == "previous" or m.group(2) == "before") else 1
        return _exact(text, anchor + timedelta(days=step) if anchor else None, relative=True)

    # yesterday / today / tomorrow
    m = re.fullmatch(
        r"(the day before yesterday|yesterday|today|tonight|tomorrow|the day after tomorrow|"
        r"this (?:morning|afternoon|evening))" + _PARTS_OF_DAY,
        t,
    )
    if m:
        word = m.group(1)
        shift = {
            "the day before yesterday": -2,
            "yesterday": -1,
            "tomorrow": 1,
            "the day after tomorrow": 2,
        }.get(word, 0)
        return _exact(text, pub + timedelta(days=shift) if pub else None, relative=True)

    # weekdays: "Monday", "last Thursday", "next Friday", "this coming Sunday"
    m = re.fullmatch(
        r"(?:(last|this past|past|this coming|coming|next|this)\s+)?"
        r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)" + _PARTS_OF_DAY,
        t,
    )
    if m:
        return _exact(text, _weekday(pub, WEEKDAYS[m.group(2)], m.group(1), tense), relative=True)

    # weeks, months, years relative to publication
    m = re.fullmatch(r"(last|past|previous|this|next|coming|the past|the previous|the coming)"
                     r"\s+(week|month|year)", t)
    if m:
        if pub is None:
            return When(text, relative=True)
        return _unit_range(text, pub, m.group(1).replace("the ", ""), m.group(2))

    if _VAGUE.search(t):
        return When(text, relative=True)

    # "last April": the latest April before the publication date
    m = re.fullmatch(r"(last|this|next)\s+(" + "|".join(MONTHS) + r")", t)
    if m:
        if pub is None:
            return When(text, relative=True)
        month = MONTHS[m.group(2)]
        year = {"last": pub.year - (month >= pub.month), "this": pub.year,
                "next": pub.year + (month <= pub.month)}[m.group(1)]
        return _range(text, *_month_range(year, month))

    # a month or a year alone: a range, not a day
    m = re.fullmatch(r"(" + "|".join(MONTHS) + r")(?:,?\s+(\d{4}))?", t)
    if m:
        month = MONTHS[m.group(1)]
        if m.group(2):
            return When(text, None, *(d.isoformat() for d in _month_range(int(m.group(2)),
                                                                            month)))
        if pub is None:
            return When(text, relative=True)
        year = _nearest_year(pub, month, 1, tense)
        return _range(text, *_month_range(year, month))
    m = re.fullmatch(r"(\d{4})", t)
    if m:
        year = int(m.group(1))
        return When(text, None, date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat())

    return _absolute(text, t, pub, tense)


def _exact(text: str, day: date | None, relative: bool = False) -> When:
    iso = day.isoformat() if day else None
    return When(text, iso, iso, iso, relative)


def _weekday(pub: date | None, wd: int, modifier: str | None, tense: Tense | None) -> date | None:
    """The day a weekday name refers to, seen from the publication date."""
    if pub is None:
        return None
    if modifier == "last":  # the one in the previous calendar week
        return _monday(pub) - timedelta(days=7) + timedelta(days=wd)
    if modifier == "next":  # the one in the next calendar week
        return _monday(pub) + timedelta(days=7 + wd)
    if modifier == "this":
        return _monday(pub) + timedelta(days=wd)
    if modifier in {"this coming", "coming"} or (modifier is None and tense == "future"):
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    # past (and, in news, the default): the latest such day on or before publication
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def _unit_range(text: str, pub: date, which: str, unit: str) -> When:
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
    if unit == "week":
        start = _monday(pub) + timedelta(days=7 * step)
        return _range(text, start, start + timedelta(days=6))
    if unit == "month":
        month0 = pub.year * 12 + pub.month - 1 + step
        return _range(text, *_month_range(month0 // 12, month0 % 12 + 1))
    year = pub.year + step
    return _range(text, date(year, 1, 1), date(year, 12, 31))


def _nearest_year(pub: date, month: int, day: int, tense: Tense | None) -> int:
    """The year that puts month/day on the side of ``pub`` the tense asks for."""
    def make(year: int) -> date:
        return date(year, month, min(day, calendar.monthrange(year, month)[1]))

    before = pub.year if make(pub.year) <= pub else pub.year - 1
    after = pub.year if make(pub.year) >= pub else pub.year + 1
    if tense == "past":
        return before
    if tense == "future":
        return after
    return before if (pub - make(before)) <= (make(after) - pub) else after


_HAS_YEAR = re.compile(r"\b\d{4}\b")
_HAS_MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")


def _absolute(text: str, t: str, pub: date | None, tense: Tense | None) -> When:
    """ "February 17", "17 February 2025", "2025-02-17" via dateparser, base = publication."""
    if not _HAS_MONTH.search(t) and not re.search(r"\d{4}-\d{2}-\d{2}", t):
        return When(text)
    if not re.search(r"\d", t):
        return When(text)
    has_year = bool(_HAS_YEAR.search(t))
    if not has_year and pub is None:
        return When(text, relative=True)  # "February 17" of which year? never guess today's
    base = _FIXED_BASE if has_year or pub is None else datetime(pub.year, pub.month, pub.day)
    parsed = _dateparse(t, base)
    if parsed is None:
        return When(text, relative=not has_year)
    if has_year:
        return _exact(text, parsed)
    assert pub is not None
    year = _nearest_year(pub, parsed.month, parsed.day, tense)
    try:
        return _exact(text, date(year, parsed.month, parsed.day), relative=True)
    except ValueError:  # 29 February in a year without it
        return When(text, relative=True)


@lru_cache(maxsize=4096)
def _dateparse(t: str, base: datetime) -> date | None:
    import dateparser  # slow to import; only needed for absolute dates

    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "current_period",
        "REQUIRE_PARTS": ["day", "month"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "MDY",
    }
    try:
        parsed = dateparser.parse(t, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input
        return None
    return parsed.date() if parsed else None
