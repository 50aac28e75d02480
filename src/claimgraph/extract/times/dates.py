"""Calendar periods: a day, week, weekend, month, quarter, half, season, year, decade or century,
with its TIMEX3 value, the calendar days it covers, and arithmetic ("a year earlier" than 1989-Q3 is
1988-Q3).

Written by hand because no maintained library speaks TIMEX3: ``dateutil`` and ``dateparser`` give
datetimes (a point, not "the week of" or "the weekend of"), resolve bare weekdays forward, and know
no quarters, seasons or ISO weekends.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

# The granularities from finest to coarsest; arithmetic by a unit finer than a period is refused.
GRAINS = ("day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century")
_RANK = {g: i for i, g in enumerate(GRAINS)}
_RANK["weekend"] = _RANK["week"]
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # meteorological seasons, northern hemisphere


@dataclass(frozen=True)
class Period:
    """A stretch of the calendar at one granularity, identified by its first day.

    ``season`` is the TIMEX3 season code for seasons; ``clock`` a time-of-day suffix for days
    ("MO", "NI", "10:35") written after a ``T`` in the value; ``length`` the number of days, quarters
    or years of a run ("March 11-12", "the first three quarters of 2025", "2022-2023": TIMEX3 has no
    value for one, so the value names the first and ``last`` is the run's end).
    """

    grain: str
    first: date
    season: str | None = None
    clock: str | None = None
    length: int = 1  # a run written as one ("March 11-12", "2022-2023"): the value names the first

    @property
    def value(self) -> str:
        d = self.first
        if self.grain == "day":
            return d.isoformat() + (f"T{self.clock}" if self.clock else "")
        if self.grain in ("week", "weekend"):
            year, week, _ = d.isocalendar()
            return f"{year}-W{week:02d}" + ("-WE" if self.grain == "weekend" else "")
        if self.grain == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.grain == "quarter":
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.grain == "half":
            return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
        if self.grain == "season":
            return f"{d.year:04d}-{self.season}"
        if self.grain == "year":
            return f"{d.year:04d}"
        if self.grain == "decade":
            return f"{d.year // 10:03d}"
        return f"{d.year // 100:02d}"  # century

    @property
    def last(self) -> date:
        """The last calendar day the period covers."""
        d = self.first
        if self.grain == "day":
            return d + timedelta(days=self.length - 1)
        if self.grain == "week":
            return d + timedelta(days=6)
        if self.grain == "weekend":
            return d + timedelta(days=1)
        months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}
        runs = self.length if self.grain in ("year", "quarter") else 1
        return add_months(d, months[self.grain] * runs) - timedelta(days=1)

    def shift(self, n: int, unit: str) -> Period | None:
        """The period ``n`` units later (earlier when negative), at the same granularity.

        None when the unit is finer than the period ("a day earlier" than a month means nothing).
        """
        if unit == "weekend":
            unit = "week"
        if _RANK.get(unit, 99) < _RANK[self.grain] and not (unit == "month" and self.grain == "quarter"):
            return None
        if unit == "day":
            return replace(self, first=self.first + timedelta(days=n))
        if unit == "week":
            return replace(self, first=self.first + timedelta(weeks=n))
        months = {"month": 1, "quarter": 3, "half": 6, "season": 3, "year": 12, "decade": 120, "century": 1200}
        if unit not in months:
            return None
        moved = add_months(self.first, n * months[unit])
        if self.grain == "season":
            return season_containing(moved)
        return replace(period_of(self.grain, moved, clock=self.clock), length=self.length)

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last


def as_fine_as(grain: str, other: str) -> bool:
    """Whether ``grain`` is as fine as ``other`` or finer (a day is as fine as a year; a weekend as a week)."""
    return _RANK.get(grain, 99) <= _RANK.get(other, -1)


def add_months(d: date, n: int) -> date:
    """The same day ``n`` months on, clipped to the month's end (Jan 31 + 1 month = Feb 28)."""
    index = d.year * 12 + d.month - 1 + n
    year, month = divmod(index, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def period_of(grain: str, d: date, season: str | None = None, clock: str | None = None) -> Period:
    """The period of that granularity containing day ``d`` (a season needs its code)."""
    if grain == "day":
        return Period("day", d, clock=clock)
    if grain == "week":
        return Period("week", d - timedelta(days=d.weekday()))
    if grain == "weekend":
        return Period("weekend", d - timedelta(days=d.weekday()) + timedelta(days=5))
    if grain == "month":
        return Period("month", d.replace(day=1))
    if grain == "quarter":
        return Period("quarter", date(d.year, (d.month - 1) // 3 * 3 + 1, 1))
    if grain == "half":
        return Period("half", date(d.year, (d.month - 1) // 6 * 6 + 1, 1))
    if grain == "season":
        return season_of(d.year, season or current_season(d))
    if grain == "year":
        return Period("year", date(d.year, 1, 1))
    if grain == "decade":
        return Period("decade", date(d.year // 10 * 10, 1, 1))
    return Period("century", date(max(d.year // 100 * 100, 1), 1, 1))


def season_of(year: int, code: str) -> Period:
    return Period("season", date(year, SEASON_MONTHS[code], 1), season=code)


def current_season(d: date) -> str:
    """The season code of a day; January and February belong to the winter of the year before."""
    return {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(d.month, "FA")


def season_containing(d: date) -> Period:
    code = current_season(d)
    return season_of(d.year - 1 if d.month < 3 else d.year, code)


def day(year: int, month: int, dom: int) -> Period | None:
    """A day, or None when there is no such date (Feb. 30)."""
    try:
        return Period("day", date(year, month, dom))
    except ValueError:
        return None


def month_period(year: int, month: int) -> Period:
    return Period("month", date(year, month, 1))


def year_period(year: int) -> Period:
    return Period("year", date(year, 1, 1))


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """That weekday nearest ``anchor``: on or before it (direction ≤ 0) or on or after it (> 0)."""
    if direction > 0:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def month_near(anchor: date, month: int, direction: int) -> Period:
    """That month on or before the anchor's month (direction < 0), on or after it (> 0), or the
    nearest one within six months either way (0)."""
    year = anchor.year
    if direction < 0:
        return month_period(year if month <= anchor.month else year - 1, month)
    if direction > 0:
        return month_period(year if month >= anchor.month else year + 1, month)
    delta = month - anchor.month
    if delta > 6:
        year -= 1
    elif delta < -6:
        year += 1
    return month_period(year, month)


def day_of_month_near(anchor: date, month: int, dom: int, direction: int) -> Period | None:
    """A month-and-day without a year, placed in the year that fits the direction (or the nearest)."""
    candidates = [day(anchor.year + k, month, dom) for k in (-1, 0, 1)]
    found = [p for p in candidates if p is not None]
    if not found:
        return None
    if direction < 0:
        before = [p for p in found if p.first <= anchor]
        return before[-1] if before else found[0]
    if direction > 0:
        after = [p for p in found if p.first >= anchor]
        return after[0] if after else found[-1]
    return min(found, key=lambda p: abs((p.first - anchor).days))


def holiday(name: str | tuple[int, int], year: int) -> Period | None:
    """A holiday in a given year: fixed (month, day) or a US rule (Thanksgiving, Election Day...)."""
    if isinstance(name, tuple):
        return day(year, *name)
    if name == "thanksgiving":  # fourth Thursday of November
        return Period("day", weekday_near(date(year, 11, 1), 3, 1) + timedelta(weeks=3))
    if name == "election":  # the Tuesday after the first Monday of November
        return Period("day", weekday_near(date(year, 11, 1), 0, 1) + timedelta(days=1))
    if name == "labor":  # first Monday of September
        return Period("day", weekday_near(date(year, 9, 1), 0, 1))
    if name == "memorial":  # last Monday of May
        return Period("day", weekday_near(date(year, 5, 31), 0, -1))
    return None
