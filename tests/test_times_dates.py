"""Calendar periods and the duration/number helpers behind the time values (no spaCy needed)."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.extract.times import dates
from claimgraph.extract.times.dates import Period, period_of
from claimgraph.extract.times.lexicon import parse_number, spelled_year
from claimgraph.extract.times.patterns import find_candidates


@pytest.mark.parametrize(
    "grain, value, first, last",
    [
        ("day", "2024-10-25", "2024-10-25", "2024-10-25"),
        ("week", "2024-W43", "2024-10-21", "2024-10-27"),
        ("weekend", "2024-W43-WE", "2024-10-26", "2024-10-27"),
        ("month", "2024-10", "2024-10-01", "2024-10-31"),
        ("quarter", "2024-Q4", "2024-10-01", "2024-12-31"),
        ("half", "2024-H2", "2024-07-01", "2024-12-31"),
        ("year", "2024", "2024-01-01", "2024-12-31"),
        ("decade", "202", "2020-01-01", "2029-12-31"),
        ("century", "20", "2000-01-01", "2099-12-31"),
    ],
)
def test_periods(grain, value, first, last):
    period = period_of(grain, date(2024, 10, 25))
    assert (period.value, period.first.isoformat(), period.last.isoformat()) == (value, first, last)


def test_iso_weeks_cross_the_year():
    assert period_of("week", date(2021, 1, 1)).value == "2020-W53"


def test_seasons():
    winter = dates.season_containing(date(2025, 1, 15))
    assert (winter.value, winter.first.isoformat(), winter.last.isoformat()) == ("2024-WI", "2024-12-01", "2025-02-28")


def test_shift_keeps_the_granularity():
    quarter = period_of("quarter", date(1989, 8, 1))
    assert quarter.shift(-1, "year").value == "1988-Q3"
    assert Period("day", date(2024, 3, 31)).shift(-1, "month").value == "2024-02-29"
    assert period_of("month", date(2024, 1, 5)).shift(-1, "day") is None  # finer than the period


def test_nearest_month_and_day():
    published = date(2024, 10, 25)
    assert dates.month_near(published, 3, 0).value == "2025-03"
    assert dates.month_near(published, 3, -1).value == "2024-03"
    assert dates.day_of_month_near(published, 1, 14, 0).value == "2025-01-14"


def test_weekday_near_includes_the_day_itself():
    friday = date(2024, 10, 25)
    assert dates.weekday_near(friday, 4, -1) == friday
    assert dates.weekday_near(friday, 0, -1) == date(2024, 10, 21)
    assert dates.weekday_near(friday, 6, 1) == date(2024, 10, 27)


def test_holidays():
    assert dates.holiday("thanksgiving", 2024).value == "2024-11-28"
    assert dates.holiday("election", 2024).value == "2024-11-05"


@pytest.mark.parametrize(
    "text, number",
    [("14", 14), ("1,500", 1500), ("2 1/2", 2.5), ("twenty-four", 24), ("a", 1), ("two hundred and ten", 210),
     ("an hour", None)],
)
def test_parse_number(text, number):
    assert parse_number(text) == number


def test_spelled_years():
    assert spelled_year("nineteen ninety-six") == 1996
    assert spelled_year("two thousand") == 2000
    assert spelled_year("twenty four") is None


def test_candidates_are_the_longest_matches():
    text = "Sales rose in the first nine months, and Friday, Oct. 9, 1998 was busy."
    found = [text[c.start : c.end] for c in find_candidates(text)]
    assert found == ["the first nine months", "Friday, Oct. 9, 1998"]
