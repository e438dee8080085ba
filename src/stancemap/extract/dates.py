"""Calendar dates for the time words of an article, resolved against its publication date.

"On Monday" in an article of Tuesday 2025-02-18 is 2025-02-17 when the verb is past and
2025-02-24 when it is future; "yesterday", "last week", "next month", "February 17" likewise
hang on the publication date. Nothing here ever looks at today's date: without a
publication date a relative expression resolves to nothing (``date`` None), and only a date
that names its own year ("17 February 2025") is returned. Absolute dates are read with
dateparser, whose relative base is always the publication date (or a fixed constant when
the year is given in the text), never the clock.

A time that is not one calendar day ("last week", "next month", "in late July") keeps its
range in ``start``/``end`` and leaves ``date`` None, since an event's ``date`` is a day; a
span of named days ("Wednesday through Friday") is dated by the day it begins.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from stancemap import lexicon
from stancemap.errors import LexiconError

Tense = Literal["past", "present", "future", "either"]  # either: the nearer side

# Used as dateparser's base only when the text names its year, so the base cannot matter.
_FIXED_BASE = datetime(2000, 1, 1)
_WEEKDAY_MEANINGS = {"previous_week", "this_week", "next_week", "on_or_after", "on_or_before"}
_UNITS = {"week", "month", "year"}


@dataclass(frozen=True)
class DateWords:
    """The words of ``lexicon/dates.yaml`` with what each means."""

    weekdays: dict[str, int]  # "monday" -> 0
    months: dict[str, int]  # "january", "jan" -> 1
    relative_days: dict[str, int]  # "yesterday" -> -1
    day_words: frozenset[str]  # one-word days: the weekdays and "yesterday", "tonight"
    anaphoric: tuple[str, ...]  # "that", "same": a time that refers back to a named day
    weekday_modifiers: dict[str, str]  # "last" -> "previous_week"
    unit_steps: dict[str, int]  # "last" -> -1
    calendar_units: dict[str, str]  # "week" -> "week"
    month_modifiers: dict[str, int]  # "last" -> -1
    next_day: dict[str, int]  # "following" -> 1
    day_around: dict[str, int]  # "before" -> -1
    time_points: frozenset[str]  # "last week": one period, not a duration
    data: dict[str, Any]  # the plain lists the patterns are built from


@lexicon.cached
def words() -> DateWords:
    """The date lexicon, parsed once."""
    data = lexicon.load("dates")
    weekdays = {w: i for i, w in enumerate(data["weekdays"])}
    months = {m: i for i, m in enumerate(data["months"], start=1)}
    months.update({k: v for k, v in data["month_abbreviations"].items() if k not in months})
    relative = dict(data["relative_days"])
    modifiers = dict(data["weekday_modifiers"])
    units = dict(data["calendar_units"])
    _check_meanings("weekday_modifiers", modifiers.values(), _WEEKDAY_MEANINGS)
    _check_meanings("calendar_units", units.values(), _UNITS)
    return DateWords(
        weekdays=weekdays, months=months, relative_days=relative,
        day_words=frozenset(weekdays) | {w for w in relative if " " not in w},
        anaphoric=tuple(data["anaphoric_words"]), weekday_modifiers=modifiers,
        unit_steps=dict(data["unit_steps"]), calendar_units=units,
        month_modifiers=dict(data["month_modifiers"]), next_day=dict(data["next_day"]),
        day_around=dict(data["day_around"]),
        time_points=frozenset(f"{m} {u}" for m in data["period_modifiers"] for u in units)
        | frozenset(f"{the}{k} {part}" for k in data["next_day"]
                    for part in data["day_and_parts"] for the in ("", "the ")),
        # ("the previous day" names a day, not a span of one)
        data=data,
    )


def _check_meanings(key: str, values: Any, known: set[str]) -> None:
    wrong = sorted(set(values) - known)
    if wrong:
        raise LexiconError(f"lexicon dates.yaml: {key}: unknown meaning {wrong[0]!r} (use one "
                           f"of {', '.join(sorted(known))}) — fix it in $STANCEMAP_LEXICON")


def _alt(items: Any) -> str:
    """A regex alternation of literal words and phrases, in the order given."""
    return "|".join(re.escape(str(w)) for w in items)


@dataclass(frozen=True)
class _Patterns:
    """The time grammar: fixed shapes, with the words from ``lexicon/dates.yaml``."""

    parts_of_day: str
    lead: re.Pattern[str]
    vague: re.Pattern[str]
    not_a_time: re.Pattern[str]
    tagged_duration: re.Pattern[str]
    day_opener: re.Pattern[str]
    declared_day: re.Pattern[str]
    related_day: re.Pattern[str]
    day_then_duration: re.Pattern[str]  # "Friday, days" (of "on Friday, days after …")
    same_day: re.Pattern[str]
    later_in_day: re.Pattern[str]
    in_part_of_day: re.Pattern[str]
    clock: re.Pattern[str]
    next_day: re.Pattern[str]
    counted_shift: re.Pattern[str]  # "two days later"
    relative_day: re.Pattern[str]
    weekday: re.Pattern[str]
    unit: re.Pattern[str]
    month_modifier: re.Pattern[str]
    month_alone: re.Pattern[str]
    has_month: re.Pattern[str]
    clock_time: re.Pattern[str]  # a clock reading anywhere in a time expression
    weekday_in_text: re.Pattern[str]  # a weekday (with its modifier) anywhere in one
    relative_day_in_text: re.Pattern[str]  # "yesterday", "this morning" anywhere in one
    day_span: re.Pattern[str]  # "Wednesday through Friday", "March 15 to 17": its days
    month_day: re.Pattern[str]  # "June 20", "June 20, 2020", "20 June" anywhere in a text
    month_day_folded: re.Pattern[str]  # the same in a lower-cased time expression


@lexicon.cached
def _patterns() -> _Patterns:
    w = words()
    d = w.data
    parts = r"(?:\s+(?:" + _alt(d["parts_of_day"]) + "))?"
    months = _alt(w.months)
    suffix = _alt(d["duration_suffixes"])
    count = r"(?:" + _alt([*d["number_words"], *d["duration_counts"]]) + r"|\d+)"
    units = "(?:" + "|".join(re.escape(u) + "s?" for u in d["tagged_duration_units"]) + ")"
    approximately = r"(?:(?:" + _alt(d["duration_approximators"]) + r")\s+)?"
    duration = r"(?:for\s+)?" + approximately + count + r"\s+" + units
    capitalised = "|".join(m.capitalize() for m in w.months)
    month_day = (r"\b(?:(?:" + capitalised + r")\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s+\d{4})?"
                 r"|\d{1,2}\s+(?:" + capitalised + r")(?:\s+\d{4})?)\b")
    return _Patterns(
        parts_of_day=parts,
        lead=re.compile(r"^(?:(?:" + _alt(d["lead_words"]) + r")\s+)+"),
        vague=re.compile(r"\b(?:" + _alt(d["vague_words"]) + r")\b"),
        not_a_time=re.compile(
            r"^(?:" + _alt(d["frequency_words"]) + "|"
            r"(?:the )?(?:" + _alt(d["span_modifiers"]) + ")? ?(?:"
            + "".join(re.escape(c) + " |" for c in d["span_counts"]) + r"\d+ |[a-z]+-)?(?:"
            + _alt(d["span_units"]) + ")s?(?: (?:" + suffix + "))?|"
            r"(?:(?:" + _alt(d["duration_approximators"]) + r") )?(?:\d+|"
            + _alt(d["number_words"]) + r"|[a-z]+-)[ -](?:" + _alt(d["duration_units"])
            + ")s?(?:-long| (?:" + suffix + "))?)$"),
        tagged_duration=re.compile(duration + r"\s+(.+)"),
        day_opener=re.compile(r"(?:" + _alt([*(x for x in w.relative_days if " " not in x),
                                              *d["day_openers"], *w.weekdays]) + r")\b"),
        declared_day=re.compile(r"(.+?)\s+(?:" + _alt(d["declared_day_tails"]) + ")"),
        related_day=re.compile(r"(.+?)\s+(?:" + _alt(d["relation_words"]) + r")\s+.+"),
        day_then_duration=re.compile(r"(.+?),\s+(?:" + count + r"\s+)?" + units),
        month_day=re.compile(month_day),
        month_day_folded=re.compile(month_day, re.IGNORECASE),
        same_day=re.compile(r"(?:(?:" + _alt(d["later_or_earlier"]) + r")\s+)?(?:"
                            + _alt(d["same_day"]) + ") (?:" + _alt(d["day_and_parts"]) + ")"),
        later_in_day=re.compile(r"(?:" + _alt(d["later_or_earlier"]) + r")\s+(?:(?:"
                                + _alt(d["within_day"]) + r")\s+the|that)\s+(?:"
                                + _alt(d["day_and_parts"]) + ")"),
        in_part_of_day=re.compile(r"(?:" + _alt(d["within_day"]) + r")\s+the\s+(?:"
                                  + _alt(d["parts_of_told_day"]) + ")"),
        clock=re.compile(r"(?:at\s+)?(?:(?:" + _alt(d["clock_approximators"]) + r")\s+)?"
                         r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|"
                         + _alt(d["clock_words"]) + r"|\(?[0-2]\d[0-5]\d\s*(?:"
                         + _alt(d["clock_zones"]) + r"|[a-z]st|[a-z]dt)\)?)"
                         r"(?:\s+[a-z ()0-9.]*)?"),
        counted_shift=re.compile(r"(\d+|" + _alt(d["number_words"]) + r") ("
                                 + _alt(d["counted_shift_units"]) + r")s? ("
                                 + _alt(d["counted_shift_directions"]) + ")"),
        next_day=re.compile(r"the (" + _alt(w.next_day) + r") (?:" + _alt(d["day_and_parts"])
                            + r")|the day ("
                            + _alt(w.day_around) + ")"),
        relative_day=re.compile(r"(" + _alt(w.relative_days) + r"|this (?:"
                                + _alt(d["this_parts_of_day"]) + "))" + parts),
        weekday=re.compile(r"(?:(" + _alt(w.weekday_modifiers) + r")\s+)?("
                           + _alt(w.weekdays) + ")" + parts),
        unit=re.compile(r"(" + _alt(w.unit_steps) + r")\s+(" + _alt(w.calendar_units) + ")"),
        month_modifier=re.compile(r"(" + _alt(w.month_modifiers) + r")\s+(" + months + ")"),
        month_alone=re.compile(r"(" + months + r")(?:,?\s+(\d{4}))?"),
        has_month=re.compile(r"\b(?:" + months + r")\b"),
        clock_time=re.compile(r"\b(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|"
                              + _alt(d["clock_words"]) + r")"),
        weekday_in_text=re.compile(r"\b(?:(?:" + _alt(w.weekday_modifiers) + r")\s+)?(?:"
                                   + _alt(w.weekdays) + r")\b" + parts),
        relative_day_in_text=re.compile(r"\b(?:" + _alt(w.relative_days) + r"|this (?:"
                                        + _alt(d["this_parts_of_day"]) + r"))\b" + parts),
        day_span=re.compile(
            r"(?:(?:the )?(?:" + _alt(d["parts_of_day"]) + r") of )?"
            r"((?:" + _alt(w.weekdays) + ")" + parts + r"|(?:" + months + r") \d{1,2}|\d{1,2} (?:"
            + months + r")|\d{1,2})\s*(?:" + _alt(d["span_joiners"]) + r")\s*((?:"
            + _alt(w.weekdays) + ")" + parts + r"|(?:" + months + r") \d{1,2}|\d{1,2}(?: (?:"
            + months + r"))?)(?:,? (\d{4}))?"),
    )


@dataclass(frozen=True)
class When:
    """A resolved time expression: ``date`` when it is one day, else a range or nothing."""

    text: str
    date: str | None = None  # YYYY-MM-DD, only for a single calendar day
    start: str | None = None  # first day of a range ("last week" → its Monday)
    end: str | None = None  # last day of a range
    relative: bool = False  # needs the publication date (or an anchor) to resolve


def is_time_point(text: str) -> bool:
    """False for frequencies and durations ("annual", "eight-year", "approximately one
    week"), which say how long or how often, not when."""
    t = " ".join(text.lower().split()).strip(" ,.")
    if t in words().time_points:
        return True
    return not _patterns().not_a_time.match(t)


def refers_back(text: str) -> bool:
    """ "that day", "the same night", "the previous day", "two days later": a time that
    names a day by the one the article gave before."""
    low = text.lower().split()
    t = " ".join(low).strip(" ,.")
    p = _patterns()
    return any(part in low for part in words().data["day_and_parts"]) \
        and any(w in low for w in words().anaphoric) \
        or bool(p.next_day.fullmatch(t) or p.counted_shift.fullmatch(t)
                or p.in_part_of_day.fullmatch(t))


def day_references(text: str) -> list[tuple[int, int]]:
    """Character spans of the phrases that name a day by reference to the one named before
    ("That same day", "the next morning", "the day after"), which the tagger often leaves
    untagged."""
    p = _patterns()
    out = []
    for rx in (p.same_day, p.next_day, p.in_part_of_day):
        for m in re.finditer(r"\b(?:" + rx.pattern + r")\b", text, flags=re.IGNORECASE):
            out.append((m.start(), m.end()))
    return sorted(out)


def month_days(text: str) -> list[tuple[int, int]]:
    """Character spans of the days named by month and number ("June 20", "20 June 2020"),
    which the tagger sometimes runs into a name ("the 2020 Reform National Convention on
    June 20, the Reform Party" tagged one organisation)."""
    return [(m.start(), m.end()) for m in _patterns().month_day.finditer(text)]


def month_day_at(text: str, pos: int) -> bool:
    """Whether a day named by month and number starts at ``pos``."""
    return _patterns().month_day.match(text, pos) is not None


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
    return _patterns().lead.sub("", t).strip()


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _range(text: str, start: date, end: date) -> When:
    return When(text, None, start.isoformat(), end.isoformat(), True)


def _month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def resolve(
    text: str,
    published: str | date | None,
    tense: Tense | None = None,
    anchor: date | None = None,
) -> When:
    """The calendar meaning of ``text`` ("Monday", "last week", "February 17, 2025").

    ``tense`` picks the direction of a bare weekday or a date without a year (past: the
    latest one on or before publication; future: the first one on or after it; either: the
    nearer one; None: past for weekdays, the nearer one for month-days). ``anchor`` is the
    day that "that day", "the same day", "the next day" refer to (the last day the article
    named).
    """
    pub = parse_published(published)
    t = _norm(text)
    if not t:
        return When(text)
    p = _patterns()

    # "five weeks yesterday" (a duration tagged together with its day): the day is the date
    m = p.tagged_duration.fullmatch(t)
    if m and p.day_opener.match(m.group(1)):
        return replace(resolve(m.group(1), published, tense, anchor), text=text)
    # "tomorrow a day (of mourning)": the day, tagged with what it is declared to be
    m = p.declared_day.fullmatch(t)
    if m and p.day_opener.fullmatch(m.group(1)):
        return replace(resolve(m.group(1), published, tense, anchor), text=text)
    if (holiday := _holiday(text, t, pub, tense)) is not None:
        return holiday
    # "Friday after weeks (of fighting)": a day run on into what it followed
    m = p.related_day.fullmatch(t) or p.day_then_duration.fullmatch(t)
    if m and (day := resolve(m.group(1), published, tense, anchor)).date:
        return replace(day, text=text)
    span = _day_span(text, t, published, tense, anchor)
    if span is not None:
        return span
    day = _day_of_clock_time(t)
    if day is not None:
        return replace(resolve(day, published, tense, anchor), text=text)
    anchored = _anchored(text, t, anchor)
    if anchored is not None:
        return anchored
    out = _from_publication(text, t, pub, tense)
    if pub is not None and out.end and not out.date and text.split()[0].lower() in words().data.get(
            "before_now_words", ()) and out.end >= pub.isoformat() \
            and (pub - timedelta(days=1)).isoformat() >= (out.start or ""):
        out = replace(out, end=(pub - timedelta(days=1)).isoformat())  # "earlier this
        # month": before the day of writing
    return out


def _day_span(text: str, t: str, published: str | date | None, tense: Tense | None,
              anchor: date | None) -> When | None:
    """A span of named days ("Wednesday through Friday", "March 15 to 17", "December 5 and
    6", "7 and 8 July", "the night of Monday to Tuesday"): dated by its first day, when the
    span begins, with the span in ``start``/``end``; the last day is the first such day from
    the first on ("March 15 to 17": March 17 of the same month)."""
    m = _patterns().day_span.fullmatch(t)
    if m is None:
        return None
    first_text, last_text, year = m.group(1), m.group(2), m.group(3)
    if first_text.isdigit():  # "7 and 8 July": the month the last day names
        month = last_text.split()[-1]
        if month.isdigit():
            return None
        first_text = f"{first_text} {month}"
    first = resolve(f"{first_text} {year}" if year else first_text, published, tense, anchor)
    if not first.date:
        return None
    begin = date.fromisoformat(first.date)
    if last_text.isdigit():  # "March 15 to 17"
        last_text = f"{calendar.month_name[begin.month]} {last_text}"
    last = resolve(last_text, begin, "future")
    if not last.date:
        return None
    end = date.fromisoformat(last.date)
    joined = t[m.end(1):m.start(2)].strip()
    if end < begin or (joined == "and" and end - begin > timedelta(days=1)):
        return None  # "on Sunday and Saturday evening, … respectively": two days, no span
    return When(text, first.date, first.date, last.date, first.relative)


def is_clock_time(text: str) -> bool:
    """Whether ``text`` is a clock reading ("7am", "at 7:45 p.m.", "around noon")."""
    return _patterns().clock.fullmatch(_norm(text)) is not None


def _day_of_clock_time(t: str) -> str | None:
    """The day words of a clock time that names its day ("shortly before midnight Wednesday
    night", "at 2am on Sunday", "Monday at 10 a.m.", "7am on Friday 13 March"): the day is
    the date, not the day the article named before."""
    p = _patterns()
    if not p.clock_time.search(t):
        return None
    day = p.month_day_folded.search(t)
    if day:  # "7am on Friday 13 March": the day of the year, with its weekday
        week = p.weekday_in_text.search(t[:day.start()])
        start = week.start() if week and not t[week.end():day.start()].strip(" ,") \
            else day.start()
        return t[start:day.end()]
    for pattern in (p.weekday_in_text, p.relative_day_in_text):
        m = pattern.search(t)
        if m and m.group(0).strip() != t:
            return m.group(0).strip()
    return None


def _anchored(text: str, t: str, anchor: date | None) -> When | None:
    """ "that day", "the same day", "the next day", a clock time: the article's current
    reference day (``anchor``), not one counted from the publication date."""
    p = _patterns()
    whole = " ".join(text.lower().split()).strip(" ,.")  # (with its leading words)
    if p.same_day.fullmatch(t) or p.later_in_day.fullmatch(whole):
        return _exact(text, anchor, relative=True)
    if p.in_part_of_day.fullmatch(whole):
        # "met … in the morning": on the day the article is telling, if it has named one
        return _exact(text, anchor, relative=True) if anchor else When(text)
    # a clock time ("around 11:25am US east coast time", "at 7:45 p.m."): a time on the day
    # the article is telling, if it has named one; no day of its own otherwise
    if p.clock.fullmatch(t):
        return _exact(text, anchor, relative=True) if anchor else When(text)
    m = p.next_day.fullmatch(t)
    if m:
        w = words()
        step = w.next_day[m.group(1)] if m.group(1) else w.day_around[m.group(2)]
        return _exact(text, anchor + timedelta(days=step) if anchor else None, relative=True)
    m = p.counted_shift.fullmatch(t)
    if m:  # "two days later", "a week earlier": from the day named last, if any
        d = words().data
        count = int(m.group(1)) if m.group(1).isdigit() \
            else max(1, d["number_words"].index(m.group(1)) - 1)
        days = count * d["counted_shift_units"][m.group(2)] \
            * d["counted_shift_directions"][m.group(3)]
        return _exact(text, anchor + timedelta(days=days) if anchor else None, relative=True)
    return None


def _from_publication(text: str, t: str, pub: date | None, tense: Tense | None) -> When:
    """Days, weeks, months and years named from the publication date, or absolute."""
    p, w = _patterns(), words()
    # yesterday / today / tomorrow
    m = p.relative_day.fullmatch(t)
    if m:
        shift = w.relative_days.get(m.group(1), 0)
        return _exact(text, pub + timedelta(days=shift) if pub else None, relative=True)

    # weekdays: "Monday", "last Thursday", "next Friday", "this coming Sunday"
    m = p.weekday.fullmatch(t)
    if m:
        meaning = w.weekday_modifiers[m.group(1)] if m.group(1) else None
        return _exact(text, _weekday(pub, w.weekdays[m.group(2)], meaning, tense),
                      relative=True)

    # weeks, months, years relative to publication
    m = p.unit.fullmatch(t)
    if m:
        if pub is None:
            return When(text, relative=True)
        return _unit_range(text, pub, w.unit_steps[m.group(1)], w.calendar_units[m.group(2)])

    if p.vague.search(t):
        return When(text, relative=True)

    # "last April": the latest April before the publication date
    m = p.month_modifier.fullmatch(t)
    if m:
        if pub is None:
            return When(text, relative=True)
        month = w.months[m.group(2)]
        step = w.month_modifiers[m.group(1)]
        year = pub.year - (month >= pub.month) if step < 0 else \
            pub.year + (month <= pub.month) if step > 0 else pub.year
        return _range(text, *_month_range(year, month))

    # a month or a year alone: a range, not a day
    m = p.month_alone.fullmatch(t)
    if m:
        month = w.months[m.group(1)]
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


def _holiday(text: str, t: str, pub: date | None, tense: Tense | None) -> When | None:
    """A holiday on the same day every year ("Christmas Day", "the eve of New Year's Day";
    dates.yaml holidays), in the year a date without one would take."""
    data = words().data
    eve = next((e for e in data.get("eve_words") or () if t.startswith(f"the {e} ")
                or t.startswith(f"{e} ")), None)
    name = t.removeprefix("the ").removeprefix(f"{eve} ") if eve else t.removeprefix("the ")
    month_day = (data.get("holidays") or {}).get(name)
    if month_day is None or pub is None:
        return None
    month, day = month_day
    found = date(_nearest_year(pub, month, day, tense), month, day)
    return _exact(text, found - timedelta(days=1) if eve else found, relative=True)


def _exact(text: str, day: date | None, relative: bool = False) -> When:
    iso = day.isoformat() if day else None
    return When(text, iso, iso, iso, relative)


def _weekday(pub: date | None, wd: int, meaning: str | None, tense: Tense | None
             ) -> date | None:
    """The day a weekday name refers to, seen from the publication date; ``meaning`` is
    what the word before it says (``dates.yaml`` weekday_modifiers), None for none."""
    if pub is None:
        return None
    if meaning == "previous_week":  # "last Monday": the one in the previous calendar week
        return _monday(pub) - timedelta(days=7) + timedelta(days=wd)
    if meaning == "next_week":  # the one in the next calendar week
        return _monday(pub) + timedelta(days=7 + wd)
    if meaning == "this_week":
        return _monday(pub) + timedelta(days=wd)
    if meaning == "on_or_after" or (meaning is None and tense == "future"):
        return pub + timedelta(days=(wd - pub.weekday()) % 7)
    if meaning is None and tense == "either":  # the nearer one, ahead or gone by
        ahead, back = (wd - pub.weekday()) % 7, (pub.weekday() - wd) % 7
        return pub + timedelta(days=ahead) if ahead < back else pub - timedelta(days=back)
    # past (and, in news, the default): the latest such day on or before publication
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def _unit_range(text: str, pub: date, step: int, unit: str) -> When:
    """The week, month or year ``step`` units from the publication date's."""
    if unit == "week":
        start = _monday(pub) + timedelta(days=7 * step)
        return _range(text, start, start + timedelta(days=6))
    if unit == "month":
        month0 = pub.year * 12 + pub.month - 1 + step
        return _range(text, *_month_range(month0 // 12, month0 % 12 + 1))
    year = pub.year + step
    return _range(text, date(year, 1, 1), date(year, 12, 31))


def _nearest_year(pub: date, month: int, day: int, tense: Tense | None) -> int:
    """The year that puts month/day on the side of ``pub`` the tense asks for, unless that
    side is most of a year away and the other only weeks (dates.yaml year_side_far/near)."""
    def make(year: int) -> date:
        return date(year, month, min(day, calendar.monthrange(year, month)[1]))

    before = pub.year if make(pub.year) <= pub else pub.year - 1
    after = pub.year if make(pub.year) >= pub else pub.year + 1
    back, ahead = (pub - make(before)).days, (make(after) - pub).days
    data = words().data
    far, near = data["year_side_far"], data["year_side_near"]
    if tense == "past" and not (back > far and ahead <= near):
        return before
    if tense == "future" and not (ahead > far and back <= near):
        return after
    return before if back <= ahead else after


_HAS_YEAR = re.compile(r"\b\d{4}\b")


def _absolute(text: str, t: str, pub: date | None, tense: Tense | None) -> When:
    """ "February 17", "17 February 2025", "2025-02-17" via dateparser, base = publication."""
    if not _patterns().has_month.search(t) and not re.search(r"\d{4}-\d{2}-\d{2}", t):
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


def dateline_date(line: str) -> str | None:
    """The day a dateline gives ("Wednesday, March 12, 2025" → "2025-03-12"), when it names
    its year; None otherwise."""
    if not _HAS_YEAR.search(line):
        return None
    line = re.sub(f"^{publication_lead()}", "", line.strip(), flags=re.IGNORECASE)
    # ("Published On 6 Dec 2026")
    numeric = _NUMERIC_DATE.fullmatch(line)
    if numeric:  # "04/12/2026": the day first, as the sites that write so do; a day that
        # could be a month too is left unread rather than guessed
        first, second, year = (int(g) for g in numeric.groups())
        if first <= 12 and second <= 12 and first != second:
            return None
        day, month = (first, second) if second <= 12 else (second, first)
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    parsed = _dateparse(line, _FIXED_BASE)
    return parsed.isoformat() if parsed else None


_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")


@lexicon.cached
def publication_lead() -> str:
    """The pattern of a publication line's lead ("Published On ", "Issued on: "; dates.yaml
    publication_leads), matched case-blind; empty when the lexicon lists none."""
    leads = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                     for w in words().data.get("publication_leads") or ())
    return r"(?:(?:" + leads + r")(?:\s+on)?:?\s+)?" if leads else ""


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
