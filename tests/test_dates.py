"""Relative dates resolve against the publication date and the tense, never against today."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from stancemap.extract import dates
from stancemap.extract.dates import is_time_point, resolve

PUB = "2025-02-18"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "tense", "day"),
    [
        ("Monday", "past", "2025-02-17"),  # issue 4: past "on Monday" of Tuesday 02-18
        ("on Friday", "past", "2025-02-14"),
        ("on Friday", "future", "2025-02-21"),  # the coming one
        ("Tuesday", "past", "2025-02-18"),  # the publication day itself
        ("late on Sunday", "past", "2025-02-16"),
        ("last Thursday", None, "2025-02-13"),  # the Thursday of the week before
        ("next Monday", None, "2025-02-24"),
        ("yesterday", None, "2025-02-17"),
        ("last night", "past", "2025-02-17"),  # "was stabbed last night": the evening before
        # tagged as one date in "the Queen suspended parliament for five weeks yesterday"
        # (Wikinews, 2019-09-11; see tests/fixtures/events/README.md)
        ("five weeks yesterday", "past", "2025-02-17"),
        ("Yesterday afternoon", None, "2025-02-17"),
        ("today", None, "2025-02-18"),
        ("tonight", None, "2025-02-18"),
        ("tomorrow", None, "2025-02-19"),
        ("on February 17", None, "2025-02-17"),
        ("February 17, 2025", None, "2025-02-17"),
        ("17 February 2025", None, "2025-02-17"),
        ("December 27th", "past", "2024-12-27"),  # no year: the latest one before publication
        ("October 14", "future", "2025-10-14"),
    ],
)
def test_day_forms(text: str, tense: dates.Tense | None, day: str) -> None:
    when = resolve(text, PUB, tense)
    assert when.date == day
    assert when.text == text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # made up, in the wire's way: "the talks lasted about four hours Sunday"
        ("about four hours Sunday", "2025-02-16"),
        ("nearly two hours on Monday", "2025-02-17"),
        ("more than three hours yesterday", "2025-02-17"),
    ],
)
def test_approximate_duration_tagged_with_its_day(text: str, day: str) -> None:
    """How long something lasted, told roughly, and the day it lasted on, tagged as one
    date: the day is the date (the approximating word once hid it)."""
    assert resolve(text, PUB, "past").date == day


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("last week", "2025-02-10", "2025-02-16"),
        ("this week", "2025-02-17", "2025-02-23"),
        ("next month", "2025-03-01", "2025-03-31"),
        ("last year", "2024-01-01", "2024-12-31"),
        ("late July", "2024-07-01", "2024-07-31"),  # past tense: the July before
    ],
)
def test_ranges_have_no_day(text: str, start: str, end: str) -> None:
    """A week or a month is not a calendar day: the range is kept, ``date`` stays null."""
    when = resolve(text, PUB, "past")
    assert (when.date, when.start, when.end) == (None, start, end)


@pytest.mark.parametrize(
    ("text", "tense", "start", "end"),
    [
        # Wikinews, "Former Egyptian President Hosni Mubarak dies aged 91" (CC BY 2.5):
        # "announced three days of national mourning, Wednesday through Friday"
        ("Wednesday through Friday", "past", "2025-02-12", "2025-02-14"),
        ("from Monday to Wednesday", "future", "2025-02-24", "2025-02-26"),
        # Wikinews, "Magnitogorsk apartment building collapse": "On the night of Monday to
        # Tuesday another explosion hit a gas-powered minibus"
        ("the night of Monday to Tuesday", "past", "2025-02-17", "2025-02-18"),
        # Wikinews, "Fur fans flock to Toronto's Furnal Equinox 2019": "From March 15 to 17"
        ("From March 15 to 17", "future", "2025-03-15", "2025-03-17"),
        # Wikinews, "Samoan government ends state of emergency": "On December 5 and 6"
        ("On December 5 and 6", "past", "2024-12-05", "2024-12-06"),
        ("December 30 to January 2", "past", "2024-12-30", "2025-01-02"),
    ],
)
def test_a_span_of_named_days_is_dated_by_its_first(text: str, tense: dates.Tense,
                                                     start: str, end: str) -> None:
    """A span of named days begins on its first day: that is its date, the span is kept."""
    when = resolve(text, PUB, tense)
    assert (when.date, when.start, when.end) == (start, start, end)


def test_two_days_listed_are_no_span() -> None:
    """Wikinews, "Stores in Australia lower toilet paper limits per transaction" (CC BY 2.5):
    "On Sunday and Saturday evening, … Woolworths and Coles lowered …, respectively" names
    two days, not the days between them."""
    assert resolve("On Sunday and Saturday evening", PUB, "past").date is None


@pytest.mark.parametrize(
    "text", ["in the coming days", "in the coming weeks", "recently", "soon", "later this week"]
)
def test_vague_is_null(text: str) -> None:
    assert resolve(text, PUB).date is None


def test_anaphoric_days_take_the_anchor() -> None:
    anchor = dt.date(2019, 9, 27)
    assert resolve("On the same day", "2019-09-30", anchor=anchor).date == "2019-09-27"
    assert resolve("Earlier that day", "2019-09-30", anchor=anchor).date == "2019-09-27"
    assert resolve("the next day", "2019-09-30", anchor=anchor).date == "2019-09-28"
    assert resolve("that night", "2019-09-30", anchor=anchor).date == "2019-09-27"
    assert resolve("later that evening", "2019-09-30", anchor=anchor).date == "2019-09-27"
    assert resolve("the following morning", "2019-09-30", anchor=anchor).date == "2019-09-28"
    assert resolve("That same day", "2019-09-30", anchor=anchor).date == "2019-09-27"
    assert resolve("that very morning", "2019-09-30", anchor=anchor).date == "2019-09-27"
    assert resolve("that day", "2019-09-30").date is None  # nothing to refer to


def test_a_day_tagged_with_what_it_is_declared_to_be_is_that_day() -> None:
    """'Mayor of Koszalin Piotr Jedlinski has declared tomorrow a day of mourning.'
    (Wikinews, 2019-01-05, CC BY 2.5): the tagger's "tomorrow a day" is tomorrow."""
    assert resolve("tomorrow a day", "2019-01-05").date == "2019-01-06"
    assert resolve("Friday a public holiday", "2019-01-05", "past").date == "2019-01-04"


def test_days_named_by_reference_are_found_where_the_tagger_misses_them() -> None:
    """'That same day, rapper Kanye West made a surprise announcement on Twitter …'
    (Wikinews, "On the campaign trail in the USA, July 2020", CC BY 2.5): the small model
    tags no date there; the phrase that refers back to the day named before is found."""
    text = ("That same day, rapper Kanye West made a surprise announcement on Twitter that "
            "he, himself, was running for president.")
    assert [text[s:e] for s, e in dates.day_references(text)] == ["That same day"]
    assert dates.day_references("He did the same thing the next week.") == []


def test_durations_and_frequencies_are_not_times() -> None:
    for text in ("annual", "eight-year", "approximately one week", "four years"):
        assert not is_time_point(text)
    for text in ("Monday", "last week", "January 3", "tomorrow"):
        assert is_time_point(text)


RELATIVE = ["Monday", "on Friday", "yesterday", "today", "tomorrow", "last Thursday",
            "last week", "next month", "on February 17", "December 31", "late July"]


def test_without_publication_date_relative_words_stay_null() -> None:
    for text in RELATIVE:
        when = resolve(text, None, "past")
        assert when.date is None and when.start is None, text
    # a date that names its year needs no publication date
    assert resolve("17 February 2025", None).date == "2025-02-17"


class _FakeDate(dt.date):
    fake_today = dt.date(1990, 6, 15)

    @classmethod
    def today(cls):  # type: ignore[override]
        return cls.fake_today


class _FakeDateTime(dt.datetime):
    fake_now = dt.datetime(1990, 6, 15, 12, 0)

    @classmethod
    def now(cls, tz=None):  # type: ignore[override]
        return cls.fake_now if tz is None else cls.fake_now.replace(tzinfo=tz)

    @classmethod
    def today(cls):  # type: ignore[override]
        return cls.fake_now

    @classmethod
    def utcnow(cls):  # type: ignore[override]
        return cls.fake_now


def _resolve_all(published: str | None) -> list[tuple]:
    dates._dateparse.cache_clear()
    out = []
    for text in [*RELATIVE, "17 February 2025", "in the coming days"]:
        for tense in ("past", "future", None):
            w = resolve(text, published, tense)  # type: ignore[arg-type]
            out.append((text, tense, w.date, w.start, w.end))
    return out


def _freeze(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    """Make every ``date.today()``/``datetime.now()`` that the date code (ours and
    dateparser's) can reach return ``day``."""
    _FakeDate.fake_today = day
    _FakeDateTime.fake_now = dt.datetime(day.year, day.month, day.day, 12, 0)
    for name, module in list(sys.modules.items()):
        if not (name.startswith("dateparser") or name == dates.__name__):
            continue
        if getattr(module, "datetime", None) is dt.datetime:
            monkeypatch.setattr(module, "datetime", _FakeDateTime)
        if getattr(module, "date", None) is dt.date:
            monkeypatch.setattr(module, "date", _FakeDate)


def test_no_date_depends_on_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same words give the same days whatever the clock says."""
    import dateparser  # noqa: F401  - loaded so its modules are patched too

    results = []
    for today in (dt.date(1990, 6, 15), dt.date(2031, 1, 2)):
        with monkeypatch.context() as m:
            _freeze(m, today)
            results.append((_resolve_all(PUB), _resolve_all(None)))
    assert results[0] == results[1]
    with_pub, without = results[0]
    assert all(r[2] is None for r in without if r[0] != "17 February 2025")
    assert ("yesterday", None, "2025-02-17", "2025-02-17", "2025-02-17") in with_pub


def test_clock_time_is_on_the_day_being_told() -> None:
    """"At around 11:25am US east coast time (1625 UTC), the AP called the election": a time
    of day on the day the article last named, and no day at all when it named none."""
    anchor = dt.date(2020, 11, 7)
    for text in ("around 11:25am US east coast time", "7:45 p.m.", "at about 2:20 a.m.", "noon"):
        assert resolve(text, "2020-11-08", "past", anchor).date == "2020-11-07"
        assert resolve(text, "2020-11-08", "past").date is None


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # Wikinews, "Aftershocks increase death toll of magnitude 6.3 earthquake in
        # Mindanao" (2019-10-22), CC BY 2.5: "recorded at 4:53 a.m Thursday morning"
        ("4:53 a.m Thursday morning", "2019-10-22", "2019-10-17"),
        # Wikinews, "South London police officer Matt Ratana shot in custody centre"
        # (2020-09-30), CC BY 2.5: "arrested in Norfolk at 2am local time (0100 UTC) on Sunday"
        ("at 2am local time (0100 UTC) on Sunday", "2020-09-30", "2020-09-27"),
        # Wikinews, "Sitting Tongan Prime Minister Akilisi Pohiva dies aged 78"
        # (2019-09-12), CC BY 2.5: "died today at 10:00 a.m."
        ("today at 10:00 a.m.", "2019-09-12", "2019-09-12"),
        # Wikinews, "Three children seriously injured as bus hits bridge in Winchester,
        # England" (2020-09-10), CC BY 2.5: "crashed into a tunnel … at about 8:10 am this
        # morning"
        ("about 8:10 am this morning", "2020-09-10", "2020-09-10"),
    ],
)
def test_a_clock_time_with_its_day_is_that_day(text: str, published: str, day: str) -> None:
    """Issue 10: a clock time that names its day is on that day, not on the day the article
    named before it (the anchor) and not undated."""
    other_day = dt.date(2019, 1, 1)
    assert resolve(text, published, "past", anchor=other_day).date == day
    assert resolve(text, published, "past").date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Friday after weeks", "2024-05-10"),  # "reached a truce on Friday after weeks of …"
        ("Tuesday before the vote", "2024-05-14"),
        ("yesterday amid protests", "2024-05-15"),
        ("the day after the election", None),  # a day set by another happening: none known
        ("two days after the vote", None),
    ],
)
def test_a_day_run_on_into_what_it_followed_is_that_day(text: str, day: str | None) -> None:
    """Made up in the manner of wire reports: the tagger runs "on Friday after weeks of
    fighting" into one time expression; the day is the date, and a day counted from another
    happening stays undated."""
    assert resolve(text, "2024-05-16", "past").date == day


@pytest.mark.parametrize(
    ("text", "tense", "day"),
    [
        ("Christmas Day", "past", "2019-12-25"),
        ("New Year's Eve", "future", "2020-12-31"),
        ("the eve of New Year's Day", "past", "2019-12-31"),
        ("Independence Day", "past", None),  # whose? the day depends on the country
    ],
)
def test_a_holiday_on_a_fixed_day_is_that_day(text: str, tense: str, day: str | None) -> None:
    """Made up: a holiday on the same day every year (dates.yaml holidays) resolves as a date
    without a year does, in the direction the tense says; "the eve of" it is the day before."""
    assert resolve(text, "2020-08-31", tense).date == day


@pytest.mark.parametrize(("text", "day"), [
    ("The previous day", "2025-05-15"),
    ("two days later", "2025-05-18"),
    ("a day later", "2025-05-17"),
    ("three days earlier", "2025-05-13"),
    ("a week later", "2025-05-23"),
])
def test_days_counted_from_the_day_named_last(text: str, day: str) -> None:
    """ "The previous day", "two days later": a day counted from the article's current day
    (the anchor), not a span of days and not undated (dates.yaml counted_shift_*)."""
    anchor = dt.date(2025, 5, 16)
    assert is_time_point(text)
    assert dates.refers_back(text)
    assert resolve(text, dt.date(2025, 5, 19), "past", anchor=anchor).date == day
    assert resolve(text, dt.date(2025, 5, 19), "past").date is None  # no day named: none


def test_a_day_before_the_day_told_dates_the_act_told(extract) -> None:
    """Made-up sentences: "The previous day, Zelenskiy had flown to Ankara to meet Erdogan"
    after talks "on Friday" is a meeting on the Thursday."""
    doc = extract("Ukrainian and Russian delegations met in Istanbul on Friday for direct talks. "
                  "The previous day, Zelenskiy had flown to Ankara to meet Turkish President "
                  "Tayyip Erdogan.", "2025-05-19")
    ankara = [e for e in doc["events"] if e["location"] == "Ankara"]
    assert [e["date"] for e in ankara] == ["2025-05-15"]


def test_an_earlier_period_ends_before_the_day_of_writing() -> None:
    """"Earlier this month" in a story of November 25 is a day from November 1 to 24, never
    the day of writing (dates.yaml before_now_words); "this month" runs to its end."""
    pub = dt.date(2025, 11, 25)
    earlier = resolve("Earlier this month", pub, "past")
    assert (earlier.date, earlier.start, earlier.end) == (None, "2025-11-01", "2025-11-24")
    assert resolve("this month", pub, "past").end == "2025-11-30"
    assert resolve("Earlier this week", pub, "past").end == "2025-11-24"


@pytest.mark.parametrize(("text", "day"), [("as early as Wednesday", "2025-11-12"),
                                           ("as soon as Thursday", "2025-11-13")])
def test_the_earliest_day_told_is_the_day(text: str, day: str) -> None:
    """Made up in the manner of wire reports ("the House would return to vote on the measure
    as early as Wednesday"): the first day it may happen is the day told."""
    assert resolve(text, "2025-11-10", "future").date == day


@pytest.mark.parametrize(("text", "published", "tense", "want"), [
    ("April 8", "2026-03-25", "past", "2026-04-08"),  # weeks ahead, not a year back
    ("July 31", "2019-07-28", "past", "2019-07-31"),
    ("December 28", "2026-01-03", "future", "2025-12-28"),  # days back, not a year ahead
    ("May 3", "2026-01-20", "past", "2025-05-03"),  # eight months back, three ahead: past
    ("February 17", "2026-06-01", "past", "2026-02-17"),
    ("September 20", "2026-06-01", "future", "2026-09-20"),
])
def test_a_day_of_the_year_is_not_put_a_year_away_by_its_tense(text, published, tense, want):
    """A day and month without a year lie on the side of publication the tense says, unless
    that side is most of a year off and the other only weeks: a misread tense ("agreed to
    meet again on April 8") must not move a day a year away."""
    assert resolve(text, published, tense).date == want


@pytest.mark.parametrize(("text", "want"), [
    ("7am on Friday 13 March", "2026-03-13"),
    ("at 7am on Friday, 13 March", "2026-03-13"),
    ("5pm on Monday 9 March", "2026-03-09"),
    ("at 2am on Sunday", "2026-03-08"),
])
def test_a_clock_time_takes_its_day_of_the_year(text, want):
    """A clock time naming a day of the year is on that day, not on its weekday's next."""
    assert resolve(text, "2026-03-03", "future").date == want


@pytest.mark.parametrize(("text", "want"), [
    ("7 and 8 July", ("2026-07-07", "2026-07-08")),
    ("on 7-8 July", ("2026-07-07", "2026-07-08")),
    ("7 to 9 July 2025", ("2025-07-07", "2025-07-09")),
])
def test_days_told_before_their_month_are_a_span(text, want):
    """ "the leaders' summit in Ankara on 7 and 8 July" (British order): the first day takes
    the month the last one names."""
    when = resolve(text, "2026-06-05", "future")
    assert (when.start, when.end) == want and when.date == want[0]


def test_bare_numbers_joined_are_no_days():
    assert resolve("5 to 17", "2026-06-05", "future").date is None
