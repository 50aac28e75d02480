"""Give each recognised expression its TIMEX3 type and value, resolved against the publication date or
against an earlier time in the text ("a day earlier" after "on Friday").

One function per kind of candidate (see ``patterns.RULES``). Each returns a ``Resolved``: the type, the
value, the calendar ``Period`` it covers (None for durations, sets and vague references) and what it
was resolved against. Expressions that need the publication date get no value when it is unknown:
the value is never guessed from today's clock.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from . import dates
from .dates import Period
from .lexicon import (
    DAY_PARTS,
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    parse_number,
    spelled_year,
    unit_of,
)
from .patterns import Candidate
from .tense import FUTURE, PAST, PRESENT, UNKNOWN

PUBLISHED = "published"
# How far back (characters) an anaphoric expression ("a day earlier", "the next day") looks for the
# time it counts from; beyond that it counts from the publication date.
ANCHOR_REACH = 400
# "The previous Friday", "the following Monday" name a day next to the one the story is about, which
# a news story names in its first sentence and not again.
STORY_REACH = 2000
# Company reports name their quarter once and then compare "a year earlier", "last year": the quarter
# stays the focus across the whole report.
FOCUS_REACH = 100_000
# "This winter" written this soon after a winter ended is that winter.
JUST_ENDED_DAYS = 31
# A month or day named this close before "a year earlier" is what it compares, not the report's quarter.
COMPARED_REACH = 60
# A month-and-day this close to publication is taken as the nearest one whatever the tense.
NEAR_DAYS = 90
NEAR_MONTHS = 2
# The grain a unit of counting resolves to ("three decades ago" is a year).
_UNIT_GRAIN = {
    "day": "day", "night": "day", "week": "week", "fortnight": "week", "weekend": "weekend",
    "month": "month", "quarter": "quarter", "year": "year", "decade": "year", "century": "year",
}  # fmt: skip
_UNIT_STEP = {
    "fortnight": ("week", 2), "decade": ("year", 10), "century": ("year", 100), "millennium": ("year", 1000),
    "night": ("day", 1),
}  # fmt: skip


@dataclass
class Resolved:
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    period: Period | None = None
    anchor: str | int | None = None  # PUBLISHED, the index of an earlier time, or None
    # Counted back from another time ("a year earlier"): not itself an anchor for what follows, so
    # that "a year ago ... a year earlier" do not go back two years.
    shifted: bool = False
    # A quarter or half named in a company's fiscal calendar ("the fiscal first quarter"): its label,
    # not the calendar, says which quarter it is, so what refers back to it takes that label.
    fiscal: bool = False


@dataclass
class Context:
    """What a resolution may look at: the publication date, the tense around the expression, the
    times already resolved before it (for anaphora) and the text just before it."""

    published: date | None
    direction: int = UNKNOWN
    earlier: list[tuple[int, Resolved]] = field(default_factory=list)  # (start char, resolved)
    position: int = 0
    before: str = ""
    after: str = ""  # the text just after it: "in April that year"
    day_first: bool = False  # "03/12/2026" is 3 December: a story about a country that writes the day first
    since: set[int] = field(default_factory=set)  # where a "since Monday" starts: no day an event happened on
    firm: bool = False  # the direction comes from a finite verb the expression hangs on ("began in December")
    year_shift: int | None = None  # the sentence is about next (+1), last (-1) or this (0) year's event ("next year's summit")

    def recent(
        self, accept: Callable[[Period], bool], reach: int = ANCHOR_REACH, absolute: bool = False
    ) -> tuple[int, Period] | None:
        """The latest earlier time within ``reach`` characters whose period passes ``accept``, with its
        index; ``absolute``: only a time written with its year (no anchor)."""
        for index in range(len(self.earlier) - 1, -1, -1):
            start, res = self.earlier[index]
            if self.position - start > reach:
                break
            if res.period is not None and not res.shifted and accept(res.period):
                if absolute and res.anchor is not None:
                    continue
                return index, res.period
        return None

    def focus_quarter(self) -> tuple[int, Period] | None:
        """The quarter an earnings report is about: of the quarters mentioned so far, the latest that has
        ended by publication (else the latest that has begun), so that a comparison with an older one
        ("after a flat second quarter", "the 1988 period") does not move the focus. None right after a
        stretch of months ("in the first nine months, ... a year earlier"), which is compared instead."""
        if self.after_stretch():
            return None
        published = self.published or date.max
        quarters = [
            (index, res.period)
            for index, (start, res) in enumerate(self.earlier)
            if self.position - start <= FOCUS_REACH
            and res.period is not None
            and res.period.grain == "quarter"
            and not res.shifted
            and res.period.first <= published
        ]
        ended = [q for q in quarters if q[1].last < published] or quarters
        if not ended:
            return None
        latest = max(period.first for _, period in ended)
        return [q for q in ended if q[1].first == latest][-1]  # its last mention is the anchor

    def fiscal_quarter(self) -> tuple[int, Period] | None:
        """The fiscal quarter the text named last, when no other quarter was named since: "the fiscal
        second quarter ... the quarter ended Oct. 27 ... the quarter" are one quarter, labelled Q2."""
        for index in range(len(self.earlier) - 1, -1, -1):
            start, res = self.earlier[index]
            if self.position - start > FOCUS_REACH:
                return None
            if res.period is not None and res.period.grain == "quarter" and not res.shifted:
                return (index, res.period) if res.fiscal else None
        return None

    def after_stretch(self) -> bool:
        """Whether the text just spoke of a stretch of months ("the first nine months", P9M), perhaps
        followed by the years it was compared with ("... a year earlier. In the 1988 period, ...")."""
        for start, res in reversed(self.earlier):
            if self.position - start > ANCHOR_REACH:
                return False
            if res.period is not None and res.period.grain == "year":
                continue
            return res.type == "DURATION" and _MONTHS_VALUE.fullmatch(res.value or "") is not None
        return False


_MONTHS_VALUE = re.compile(r"P\d+M")


def normalise(cand: Candidate, ctx: Context) -> Resolved | None:
    """The resolution of a candidate, or None when it turns out not to be a time expression."""
    return _HANDLERS[cand.kind](cand.groups, ctx, cand)


# Dates written in full or in part ---------------------------------------------------------------


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def year_of(groups: dict[str, str]) -> int | None:
    if "year" in groups:
        return int(groups["year"])
    if "syear" in groups:
        return spelled_year(groups["syear"])
    if "yy" in groups:
        yy = int(groups["yy"])
        return 1900 + yy if yy >= 30 else 2000 + yy
    return None


def _shifted(res: Resolved) -> Resolved:
    res.shifted = True
    return res


def _dated(period: Period | None, anchor: str | int | None = None, clock: str | None = None) -> Resolved:
    if period is None:
        return Resolved("DATE", None)
    if clock:
        period = Period("day", period.first, clock=clock) if period.grain == "day" else period
    kind = "TIME" if period.clock else "DATE"
    return Resolved(kind, period.value, period, anchor)


def month_day(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    """A day of a month, or a run of days ("March 11-12", "10–12 March")."""
    resolved = _month_day(g, ctx, cand)
    period = resolved.period
    last = g.get("dom2") or g.get("dom2to")  # "July 11-15", "from July 11 to 15"
    if last and period is not None and period.grain == "day":
        days = int(last) - period.first.day + 1
        if 1 < days <= 31 and dates.day(period.first.year, period.first.month, int(last)) is not None:
            return replace(resolved, period=replace(period, length=days))
    return resolved


def _month_day(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    month = month_number(g["month"])
    dom_text = g["dom"].lower()
    dom = ORDINALS[dom_text] if dom_text in ORDINALS else int(dom_text)
    year = year_of(g)
    if year is not None:
        return _dated(dates.day(year, month, dom))
    if ctx.published is None:
        return Resolved("DATE", None)
    rel = " ".join(g.get("rel", "").lower().split())
    if rel:  # "last Oct. 23", "next March 3": the word says which way
        way = PAST if rel in ("last", "past", "this past") else FUTURE
        return _dated(dates.day_of_month_near(ctx.published, month, dom, way), PUBLISHED)
    if ctx.year_shift is not None:  # "next year's Tour, which starts on July 4": that year's July 4
        day = dates.day(ctx.published.year + ctx.year_shift, month, dom)
        return _dated(day, PUBLISHED) if day else Resolved("DATE", None)
    # News dates a day within weeks of publication: the nearest such date is right more often than
    # the verb's tense (plans are reported in the past: "they agreed to meet on May 12").
    nearest = dates.day_of_month_near(ctx.published, month, dom, UNKNOWN)
    far = nearest is not None and abs((nearest.first - ctx.published).days) > NEAR_DAYS
    if (far or ctx.firm) and ctx.direction in (PAST, FUTURE):
        return _dated(dates.day_of_month_near(ctx.published, month, dom, ctx.direction), PUBLISHED)
    return _dated(nearest, PUBLISHED)


def day_of_rel_month(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    """"The 14th of this month": the day in the month the words count from publication (or, for
    "the same month", from the time last named)."""
    month_of = rel_unit({"rel": g["rel"], "unit": "month"}, ctx, cand)
    if month_of is None or month_of.period is None:
        return Resolved("DATE", None)
    first = month_of.period.first
    return _dated(dates.day(first.year, first.month, int(g["dom"])), month_of.anchor)


def week_of(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    """"The week of March 6": the week that contains the day."""
    day = month_day(g, ctx, cand)
    if day.period is None:
        return day
    return _dated(dates.period_of("week", day.period.first), day.anchor)


def iso_date(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved | None:
    period = dates.day(int(g["year"]), int(g["month"]), int(g["dom"]))
    return _dated(period) if period else None


def slash_date(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved | None:
    """"10/27/1989", "29/11/2026": month first as in the United States, unless a number over 12
    says otherwise or the story is about a country that writes the day first."""
    year = int(g["year"])
    if year < 100:
        year += 1900 if year >= 30 else 2000
    first, second = int(g["first"]), int(g["second"])
    day_first = first > 12 or (ctx.day_first and second <= 12)
    month, dom = (second, first) if day_first else (first, second)
    period = dates.day(year, month, dom)
    return _dated(period) if period else None


def month_year(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    month = month_number(g["month"])
    year = year_of(g)
    if year is not None:
        return _dated(dates.month_period(year, month))
    if ctx.published is None:
        return Resolved("DATE", None)
    shift = {"this": 0, "last": -1, "next": 1}[g["rel"].lower()]
    return _dated(dates.month_period(ctx.published.year + shift, month), PUBLISHED)


# Words before a period that make it a stretch of time to be spent ("over the next decade").
_SPANNING = re.compile(r"\b(?:over|within|during|throughout|for)\s*$", re.IGNORECASE)
_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the same)\s+year\b", re.IGNORECASE)


def month(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    number = month_number(g["month"])
    if ctx.published is None:
        return Resolved("DATE", None)
    pub = ctx.published
    rel = " ".join(g.get("rel", "").lower().split())
    if rel in ("last", "past", "this past"):
        year = pub.year if number < pub.month else pub.year - 1
        return _dated(dates.month_period(year, number), PUBLISHED)
    if rel in ("next", "coming", "this coming"):
        year = pub.year if number > pub.month else pub.year + 1
        return _dated(dates.month_period(year, number), PUBLISHED)
    if rel == "this":
        return _dated(dates.month_period(pub.year, number), PUBLISHED)
    if ctx.year_shift is not None:  # "Next year's summit will be held in December"
        return _dated(dates.month_period(pub.year + ctx.year_shift, number), PUBLISHED)
    if _THAT_YEAR.match(ctx.after):  # "arrested in January 2025 and removed in April that year"
        written = ctx.recent(lambda p: dates.as_fine_as(p.grain, "year"), absolute=True)
        if written is not None:
            return _dated(dates.month_period(written[1].first.year, number), written[0])
    nearest = dates.month_near(pub, number, UNKNOWN)
    months_away = abs((nearest.first.year - pub.year) * 12 + nearest.first.month - pub.month)
    if ctx.before.rstrip().lower().endswith("since") and nearest.first > pub:
        return _dated(dates.month_near(pub, number, PAST), PUBLISHED)  # "have returned since January", in November
    if (months_away <= NEAR_MONTHS and not ctx.firm) or ctx.direction not in (PAST, FUTURE):
        return _dated(nearest, PUBLISHED)
    return _dated(dates.month_near(pub, number, ctx.direction), PUBLISHED)


def year(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved | None:
    value = year_of(g)
    if value is None or (cand.text.isdigit() and _DIALLED.search(ctx.before)):
        return None  # "call the helpline at 1700": a number to dial
    period = dates.year_period(value)
    if "year2" in g:  # "2022-2023", "2022–23": a run of years
        end = int(g["year2"])
        end = end if end >= 100 else value // 100 * 100 + end
        if value < end <= value + 50:
            period = replace(period, length=end - value + 1)
    return _dated(period)


# Words before a bare four-digit number that make it one to dial, not a year.
_DIALLED = re.compile(r"\b(?:call|calling|dial|dialling|dialing|text|texting|ring|phone|helpline|hotline)\b[^.\n]{0,30}\b(?:on|at|number)?\s*$",
                      re.IGNORECASE)


def decade(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    if "decade" in g:
        start = int(g["decade"])
    else:
        words = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
        short = int(g["short"]) if "short" in g else words[g["words"].lower()]
        # "the '20s" in a 2024 article is the 2020s; "the '80s" is the 1980s.
        now = ctx.published.year if ctx.published else 2000
        start = now // 100 * 100 + short
        if start > now:
            start -= 100
    return _dated(Period("decade", date(start, 1, 1)))


def century(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved | None:
    text = g["ord"].lower().replace("-", " ")
    number = 21 if text.startswith("twenty") else ORDINALS.get(text) or int(re.sub(r"\D", "", text))
    if not 1 <= number <= 30:
        return None
    return _dated(Period("century", date((number - 1) * 100 or 1, 1, 1)))


# Days relative to the publication date -----------------------------------------------------------


def weekday(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    number = WEEKDAYS[g["weekday"].lower().rstrip(".")]
    clock = DAY_PARTS.get(" ".join(g["part"].lower().split())) if "part" in g else None
    rel = " ".join(g.get("rel", "").lower().split())
    if rel in ("the following", "the next", "the previous", "the preceding"):
        # "the previous Friday" counts from the day the story is about, however far back it was named
        found = ctx.recent(lambda p: p.grain == "day", reach=STORY_REACH)
        if found is not None:
            index, period = found
            step = 1 if rel in ("the following", "the next") else -1
            return _dated(Period("day", _weekday_from(period.first, number, step)), index, clock)
    if ctx.published is None:
        return Resolved("TIME" if clock else "DATE", None)
    pub = ctx.published
    if "wrel" in g:  # "Monday last week", "Friday of next week"
        shift = {"last": -1, "this": 0, "next": 1}[g["wrel"].lower()]
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        return _dated(Period("day", monday + timedelta(days=number)), PUBLISHED, clock)
    if rel in ("last", "past", "this past", "the previous", "the preceding"):
        found_day = _weekday_from(pub, number, -1)
    elif rel in ("next", "coming", "this coming", "the following", "the next"):
        found_day = _weekday_from(pub, number, 1)
    elif rel == "this":
        found_day = dates.weekday_near(pub, number, -1 if ctx.direction == PAST else 1)
    else:
        found_day = dates.weekday_near(pub, number, ctx.direction)
    return _dated(Period("day", found_day), PUBLISHED, clock)


def _weekday_from(anchor: date, weekday: int, step: int) -> date:
    """That weekday strictly after (step 1) or strictly before (step -1) the anchor."""
    days = (weekday - anchor.weekday()) % 7 if step > 0 else (anchor.weekday() - weekday) % 7
    return anchor + timedelta(days=step * (days or 7))


def relday(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    rel = " ".join(g["rel"].lower().split())
    clock = DAY_PARTS.get(" ".join(g["part"].lower().split())) if "part" in g else None
    if rel == "tonight":
        clock = "NI"
    if ctx.published is None:
        return Resolved("TIME" if clock else "DATE", None)
    shift = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}.get(rel, 0)
    return _dated(Period("day", ctx.published + timedelta(days=shift)), PUBLISHED, clock)


def day_part(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    part = " ".join(g["part"].lower().split())
    clock = DAY_PARTS[part]
    rel = " ".join(g.get("rel", "this").lower().split())
    if rel in ("that", "the same"):
        found = ctx.recent(lambda p: p.grain == "day")
        if found is not None:
            return _dated(Period("day", found[1].first), found[0], clock)
        return Resolved("TIME", None)  # "borrowed the truck that night": a night the text has not dated
    if part == "overnight" and "rel" not in g:
        # "shares fell Friday ... after overnight losses in Tokyo": the night before that day
        found = ctx.recent(lambda p: p.grain == "day")
        if found is not None and ctx.earlier[found[0]][0] in ctx.since:
            found = None  # "rescues since Monday … calls overnight": last night, not Sunday night
        if found is not None and ctx.published is not None and abs((found[1].first - ctx.published).days) > 7:
            found = None  # "the truce took effect on January 19 … drones overnight": news of the night just gone
        if found is not None:
            earlier = ctx.earlier[found[0]][1]
            if (earlier.value or "").endswith("TNI"):  # the same night named again (a headline's "overnight")
                return _dated(Period("day", found[1].first), found[0], clock)
            return _dated(Period("day", found[1].first - timedelta(days=1)), found[0], clock)
    if ctx.published is None:
        return Resolved("TIME", None)
    # "last night" is the night before publication; "last" with another part is the same day's;
    # "killed 12 people overnight", told in the past, the night just gone.
    shift = -1 if (rel == "last" and part == "night") or (part == "overnight" and ctx.direction == PAST) else 0
    return _dated(Period("day", ctx.published + timedelta(days=shift)), PUBLISHED, clock)


# Weeks, months, quarters, years named relative to now ----------------------------------------------

_REL_SHIFT = {
    "this": 0, "current": 0, "the current": 0, "the": 0, "the latest": 0,
    "last": -1, "past": -1, "previous": -1, "the past": -1, "the last": -1, "the previous": -1,
    "this past": -1, "the preceding": -1,
    "next": 1, "coming": 1, "upcoming": 1, "the next": 1, "the coming": 1, "this coming": 1, "the upcoming": 1,
}  # fmt: skip


def rel_unit(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved | None:
    unit = g["unit"].lower()
    rel = " ".join(g["rel"].lower().split())
    if rel == "-end":  # "year-end" is the last day; "year end", "year's end" are read as the year
        return _unit_end(unit, ctx)
    if rel in ("end", "'s end"):
        rel = "this"
    if rel in ("that", "the same", "the following", "the previous", "the preceding"):
        # "rose in 2024 after falling the previous year": next to the time the text is about
        shift = {"the following": 1, "the previous": -1, "the preceding": -1}.get(rel, 0)
        return _anchored_unit(unit, shift, ctx)
    if unit in SEASONS:
        return _season(SEASONS[unit], rel, ctx)
    if unit == "quarter" and rel == "this" and ctx.direction == PAST:
        # "this quarter's loss" in a results report: the quarter reported on, not the one under way
        found = ctx.focus_quarter()
        if found is not None:
            return _dated(found[1], found[0])
    if ctx.published is None:
        return Resolved("DATE", None)
    pub = ctx.published
    if unit == "weekend" and rel == "the":
        return _dated(_weekend_near(pub, ctx.direction), PUBLISHED)
    if rel == "the" and unit == "year":
        return _the_year(g, ctx)
    if rel in ("past", "the past") and unit in ("decade", "century"):
        return Resolved("DURATION", "P10Y" if unit == "decade" else "P100Y")  # "over the past decade": the ten years to now
    if rel in ("next", "the next", "coming", "the coming") and unit == "decade" and _SPANNING.search(ctx.before):
        return Resolved("DURATION", "P10Y")  # "growth over the next decade": the ten years from now, not the 2030s
    grain = {"decade": "decade", "century": "century"}.get(unit, unit)
    period = dates.period_of(grain, pub)
    shift = _REL_SHIFT.get(rel, 0)
    if shift:
        period = period.shift(shift, "week" if grain == "weekend" else grain) or period
    return _dated(period, PUBLISHED)


def _the_year(g: dict[str, str], ctx: Context) -> Resolved:
    """"For the (full) year", "earlier in the year", "the end of the year": the year under way, or the
    past one the text just dated in full ("In 1985 ... by the end of the year"). "The year ended
    Sept. 30" is the twelve months up to that day, a duration. ("The week", "the month" are left
    alone: as often a span as a date.)"""
    if "ended" in g:
        return Resolved("DURATION", "P1Y")
    published = ctx.published or date.max
    # a year named as a target ("by 1992") is not the one the story is in
    written = ctx.recent(lambda p: dates.as_fine_as(p.grain, "year") and p.last < published, absolute=True)
    if written is not None:
        return _dated(dates.period_of("year", written[1].first), written[0])
    if ctx.published is None:
        return Resolved("DATE", None)
    return _dated(dates.period_of("year", ctx.published), PUBLISHED)


def _unit_end(unit: str, ctx: Context) -> Resolved:
    """"Year-end", "month-end": the last day of the current one (of the last one after "since")."""
    if ctx.published is None:
        return Resolved("DATE", None)
    period = dates.period_of(unit, ctx.published)
    if ctx.direction == PAST and ctx.before.lower().rstrip().endswith("since"):
        period = period.shift(-1, unit) or period
    return _dated(Period("day", period.last), PUBLISHED)


def _weekend_near(pub: date, direction: int) -> Period:
    """"The weekend": the one under way or just past, or (future tense) the coming one."""
    this_week = dates.period_of("weekend", pub)
    if pub.weekday() >= 5 or direction in (FUTURE, PRESENT):
        return this_week
    return this_week.shift(-1, "week") or this_week


def _season(code: str, rel: str, ctx: Context) -> Resolved:
    if ctx.published is None:
        return Resolved("DATE", None)
    pub = ctx.published
    now = dates.season_containing(pub)
    this_year = dates.season_of(pub.year, code)
    if rel in ("last", "past", "this past", "the past", "the last", "the previous", "previous"):
        period = this_year if this_year.first < now.first else dates.season_of(pub.year - 1, code)
    elif rel in ("next", "coming", "this coming", "the next", "the coming", "upcoming"):
        period = this_year if this_year.first > now.first else dates.season_of(pub.year + 1, code)
    elif rel == "the" and ctx.direction == PAST and this_year.first > pub:
        period = dates.season_of(pub.year - 1, code)
    elif rel == "the" and ctx.direction == FUTURE and this_year.last < pub:
        period = dates.season_of(pub.year + 1, code)  # "will return in the spring", written in November
    elif rel == "this" and now.season == code:
        period = now  # "this winter", written in January: the winter under way, which began in December
    elif rel == "this" and 0 <= (pub - dates.season_of(pub.year - 1, code).last).days <= JUST_ENDED_DAYS:
        # "the third storm this winter", written in early March: the winter just ended, not the next one
        period = dates.season_of(pub.year - 1, code)
    else:
        period = this_year
    return _dated(period, PUBLISHED)


def _anchored_unit(unit: str, shift: int, ctx: Context) -> Resolved:
    """"That year", "the same week", "the following month": the unit of an earlier time (or of now)."""
    grain = _UNIT_GRAIN.get(unit, "day")
    # "that quarter" is the quarter last named, not the quarter of a date named since ("ended Oct. 31")
    found = (grain == "quarter" and ctx.recent(lambda p: p.grain == "quarter")) or ctx.recent(
        lambda p: dates.as_fine_as(p.grain, grain)
    )
    if found is not None:
        index, base = found
        period = dates.period_of(grain, base.first).shift(shift, grain) if shift else dates.period_of(grain, base.first)
        return _dated(period, index)
    if ctx.published is None:
        return Resolved("DATE", None)
    period = dates.period_of(grain, ctx.published)
    return _dated(period.shift(shift, grain) if shift else period, PUBLISHED)


_QUARTER_ORD = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def quarter(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    half = g["qh"].lower().startswith("half")
    ordinal = g["ord"].lower()
    run = 1
    if g.get("count", "").lower() == "three":  # "the first three quarters of 2025": Q1 to Q3, a run
        number, run = (1 if ordinal == "first" else 2), 3
    elif g.get("count"):  # "the first two quarters of 1990" is the first half
        half = True
        number = 1 if ordinal == "first" else 2
    elif half:
        number = 1 if ordinal in ("first", "1st") else 2
    else:
        number = _QUARTER_ORD.get(ordinal, 4)
    renamed = _renamed_quarter(g, ctx)
    year = renamed.first.year if renamed is not None else _quarter_year(g, ctx, number, half)
    if year is None:
        return Resolved("DATE", None)
    grain, first_month = ("half", 6 * number - 5) if half else ("quarter", 3 * number - 2)
    anchor = None if any(k in g for k in ("year", "pyear", "ayear")) else PUBLISHED
    resolved = _dated(Period(grain, date(year, first_month, 1), length=run), anchor)
    resolved.fiscal = "fiscal" in cand.text.lower()
    return resolved


def quarter_code(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    """"Q3 last year", "H1 2025": the quarter or half, read as its words would be."""
    code = g["code"]
    words = {"qh": "half" if code[0] == "H" else "quarter", "ord": ("first", "second", "third", "fourth")[int(code[1]) - 1]}
    words.update({k: g[k] for k in ("year", "rely") if k in g})
    return quarter(words, ctx, cand)


_APPOSITION = re.compile(r",\s*$")


def _renamed_quarter(g: dict[str, str], ctx: Context) -> Period | None:
    """The quarter just named when this one, without a year, renames it in apposition: "in the
    year-ago quarter, the second quarter ended Oct. 31, ..." (a fiscal label of the year before)."""
    if any(k in g for k in ("year", "pyear", "ayear", "rely")) or not ctx.earlier:
        return None
    start, res = ctx.earlier[-1]
    close = ctx.position - start <= len(ctx.before) + 40
    if close and _APPOSITION.search(ctx.before) and res.period is not None and res.period.grain == "quarter":
        return res.period
    return None


def _quarter_year(g: dict[str, str], ctx: Context, number: int, half: bool) -> int | None:
    for key in ("year", "pyear", "ayear"):
        if key in g:
            return int(g[key])
    if ctx.published is None:
        return None
    pub = ctx.published
    det = " ".join(g.get("det", "").lower().split())
    rel = g.get("rely", "").lower()
    shift = {"last year's": -1, "next year's": 1}.get(det, 0) or {"last": -1, "next": 1}.get(rel, 0)
    if g.get("mod", "").lower() in ("year-ago", "year-earlier") or "yago" in g:
        shift -= 1
    if shift or det in ("this year's",) or rel == "this":
        return pub.year + shift
    if "theyear" in g:  # "the second half of the year": of the year the text is about
        period = _the_year({}, ctx).period
        return period.first.year if period is not None else pub.year
    # A quarter later in the year than publication is last year's, unless the verb speaks of the future.
    current = (pub.month - 1) // (6 if half else 3) + 1
    if number > current and ctx.direction != FUTURE:
        return pub.year - 1
    if number < current - 1 and ctx.direction == FUTURE:  # (not the quarter just ended, still reported)
        return pub.year + 1  # "would resume production by the end of the first quarter", said in November
    return pub.year


_YEAR_BEFORE = {"year-ago", "year-earlier", "prior-year", "year-before", "comparable", "corresponding"}


def quarter_ref(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    """"The quarter", "the latest period", "the year-ago quarter": the quarter the text is about."""
    # The pattern repeats the modifier group, so only the last modifier is in the groups: read them all.
    words = set(re.findall(r"[\w-]+", cand.text.lower())) if cand.text else set()
    fiscal = ctx.fiscal_quarter()
    if fiscal is not None and not words & _YEAR_BEFORE and "year" not in g and "yago" not in g:
        # "the fiscal second quarter ... the quarter ended Oct. 27 ... the latest period": the quarter
        # just named, under its fiscal label (the end date would give the calendar quarter, Q3)
        return _fiscal(_dated(fiscal[1], fiscal[0]))
    if "end_month" in g:
        parts = {"month": g["end_month"], "dom": g["end_dom"]}
        if "end_year" in g:
            parts["year"] = g["end_year"]
        ended = month_day(parts, ctx, cand)
        if ended.period is not None:
            # a fiscal quarter ended July 31 runs May to July: the calendar quarter holding most of it
            middle = ended.period.first - timedelta(days=45)
            return _dated(dates.period_of("quarter", middle), ended.anchor)
    if ctx.after_stretch() and ("year" in g or "yago" in g or words & _YEAR_BEFORE):
        # "in the first nine months, ... the 1988 period", "... the same period of last year": the
        # same months of that year
        return _stretch_year(int(g["year"]) if "year" in g else None, ctx)
    found = ctx.focus_quarter()
    if "current" in words and ctx.published:
        return _dated(dates.period_of("quarter", ctx.published), PUBLISHED)
    if found is not None:  # "the latest period" too: the quarter reported on, even one not yet over
        index, base = found
        anchor: str | int = index
    elif words >= {"same", "period"} and ctx.fiscal_quarter() is None and not ctx.recent(lambda p: p.grain == "quarter"):
        return Resolved("DATE", None)  # "killed in the same period" in a story about no quarter: a stretch left open
    elif ctx.published is not None:  # else the last quarter completed
        base = dates.period_of("quarter", ctx.published).shift(-1, "quarter")
        anchor = PUBLISHED
    else:
        return Resolved("DATE", None)
    if "year" in g:
        base = Period("quarter", base.first.replace(year=int(g["year"])))
    elif words & _YEAR_BEFORE or "yago" in g or g.get("det", "").lower().startswith("last"):
        return _shifted(_dated(base.shift(-1, "year") or base, anchor))
    return _dated(base, anchor)


def _fiscal(res: Resolved) -> Resolved:
    res.fiscal = True
    return res


def _stretch_year(year_value: int | None, ctx: Context) -> Resolved:
    """The year of a stretch of months compared a year apart ("the first nine months ... a year
    earlier"): the months themselves have no TIMEX3 value, their year has. ``year_value`` None: the
    year before publication."""
    if year_value is not None:
        return _dated(dates.year_period(year_value))
    if ctx.published is None:
        return Resolved("DATE", None)
    return _shifted(_dated(dates.year_period(ctx.published.year - 1), PUBLISHED))


def year_ago_adj(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    """"year-ago", "year-earlier" as adjectives: a year before the period the text is about."""
    if ctx.after_stretch():
        return _stretch_year(None, ctx)
    found = ctx.focus_quarter() or ctx.recent(lambda p: p.grain in ("half", "month", "day"))
    if found is not None:
        index, base = found
        return _shifted(_dated(base.shift(-1, "year"), index))
    if ctx.published is None:
        return Resolved("DATE", None)
    return _dated(dates.year_period(ctx.published.year - 1), PUBLISHED)


# Counted offsets: "a year ago", "two days later" -----------------------------------------------


def _count(g: dict[str, str]) -> float | None:
    text = g.get("n")
    return parse_number(text) if text else None


def _step(unit: str, n: float) -> tuple[str, int] | None:
    """The grain and the whole number of grains that ``n`` units make ("2 1/2 years" → 30 months)."""
    base, factor = _UNIT_STEP.get(unit, (unit, 1))
    amount = n * factor
    if amount == int(amount):
        return base, int(amount)
    finer = {"year": ("month", 12), "month": ("day", 30), "week": ("day", 7), "quarter": ("month", 3)}
    if base in finer:
        grain, k = finer[base]
        return grain, round(amount * k)
    return None


def ago(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    unit = unit_of(g["unit"]) or "day"
    n = _count(g)
    if n is None:
        return Resolved("DATE", "PAST_REF")
    if ctx.published is None:
        return Resolved("DATE", None)
    if unit in ("hour", "minute", "second"):
        return _dated(Period("day", ctx.published), PUBLISHED)
    # Company reports compare a quarter with "a year ago": the same quarter a year before.
    if unit == "year" and n == 1:
        found = ctx.focus_quarter()
        if found is not None:
            return _shifted(_dated(found[1].shift(-1, "year"), found[0]))
    step = _step(unit, n)
    if step is None:
        return Resolved("DATE", None)
    grain, amount = step
    period = dates.period_of(_UNIT_GRAIN.get(grain, grain), ctx.published)
    return _shifted(_dated(period.shift(-amount, grain), PUBLISHED))


def offset(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    unit = unit_of(g["unit"]) or "day"
    n = _count(g)
    word = " ".join((g.get("dir") or g.get("dir2") or "").lower().split())
    sign = -1 if word in ("earlier", "before") else 1
    step = _step(unit, n) if n is not None else None
    if step is None or unit in ("hour", "minute", "second") or "than" in g:
        return _duration_value(g, ctx, cand)  # "three years later than promised": how long, not when
    grain, amount = step
    if word not in ("from now", "hence"):
        if grain == "year" and amount == 1 and sign < 0 and ctx.after_stretch():
            return _stretch_year(None, ctx)
        found = ctx.focus_quarter() if grain == "year" and amount == 1 and sign < 0 else None
        near = ctx.recent(lambda p: p.grain in ("month", "day"), reach=COMPARED_REACH) if found is not None else None
        if near is not None and near[0] > found[0]:
            found = near  # "grew in the fourth quarter, while inflation was 3.0% in January, up from 2.8% a year earlier"
        pub = ctx.published
        # "down from 20,000 a day earlier" after "a curfew through Sunday": a day still to come is no
        # anchor for an earlier one
        found = found or ctx.recent(
            lambda p: dates.as_fine_as(p.grain, grain) and not (sign < 0 and pub is not None and p.first > pub)
        )
        if found is not None:
            index, base = found
            moved = base.shift(sign * amount, grain)
            if moved is not None:
                return _shifted(_dated(moved, index))
        months = round(amount / 30.4) if grain == "day" and amount >= 28 else 0
        coarse = ctx.recent(lambda p: p.grain == "month") if months else None
        if coarse is not None:  # "set out last April and arrived 212 days later": some seven months on
            moved = coarse[1].shift(sign * months, "month")
            if moved is not None:
                return _shifted(_dated(moved, coarse[0]))
    if ctx.published is None:
        return Resolved("DATE", None)
    period = dates.period_of(_UNIT_GRAIN.get(grain, grain), ctx.published)
    return _shifted(_dated(period.shift(sign * amount, grain), PUBLISHED))


def anchored(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    """"The next day", "the previous week", "that morning", "the day before": counted from the time the
    text last mentioned (or from publication when there is none)."""
    unit = g["unit"].lower()
    rel = " ".join(g["rel"].lower().split())
    shift = 1 if rel in ("the next", "the following", "after") else -1 if rel in (
        "the previous", "the preceding", "the prior", "before") else 0
    clock = DAY_PARTS.get(unit)
    grain = "day" if clock or unit == "night" else _UNIT_GRAIN.get(unit, "day")
    if unit == "night":
        clock = "NI"
    resolved = _anchored_unit(grain, shift, ctx)
    if clock and resolved.period is not None:
        return _dated(resolved.period, resolved.anchor, clock)
    return resolved


def day_shift(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved | None:
    """"The day before last Tuesday's vote": the day next to the one written after it."""
    day = normalise(cand.day, ctx) if cand.day is not None else None
    if day is None or day.period is None or day.period.grain != "day":
        return day
    step = -1 if g["dir"] == "before" else 1
    return _dated(Period("day", day.period.first + timedelta(days=step)), day.anchor)


# Durations, sets and vague references ----------------------------------------------------------


def _duration_letters(unit: str, n: float | None) -> str:
    """The TIMEX3 duration value for ``n`` units (None: an unknown number, written X)."""
    base, factor = _UNIT_STEP.get(unit, (unit, 1))
    if base == "quarter":
        base, factor = "month", factor * 3
    letter, clock = UNITS[base]
    prefix = "PT" if clock else "P"
    if n is None:
        return f"{prefix}X{'Q' if unit == 'quarter' else letter}"
    amount = n * factor
    if amount == int(amount):
        return f"{prefix}{int(amount)}{letter}"
    whole, part = int(amount), amount - int(amount)
    finer = {"Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False), "D": ("H", 24, True),
             "H": ("M", 60, True), "S": ("S", 1, True)}  # fmt: skip
    small, k, small_clock = finer[letter] if not (clock and letter == "M") else ("S", 60, True)
    head = f"{whole}{letter}" if whole else ""
    tail = f"{round(part * k)}{small}"
    if clock or not small_clock:
        return f"{prefix}{head}{tail}"
    return f"P{head}T{tail}"


def _duration_value(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    unit = unit_of(g.get("unit") or g.get("bare") or "") or "day"
    n = None if "vague" in g or "bare" in g else _count(g)
    if n is not None and "half" in g:
        n += 0.5
    return Resolved("DURATION", _duration_letters(unit, n))


# An amount right before "a year" / "a day" makes it a rate, a SET: "$5 billion a year".
_RATE_BEFORE = re.compile(
    r"(?:\d|\d(?:k|m|bn|mn|tn|trn|bln)|million|billion|trillion|percent|%|dollars|cents|times|once|twice"
    r"|\d[\d,.]*\s+(?:(?:million|billion|trillion|bn|mln)\s+)?[a-z]+"  # "300 million kronor a day"
    r"|(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+){1,3}[a-z]+)\W{0,2}$",  # "two cups of coffee a day"
    re.I,
)

_MODAL_BEFORE = re.compile(r"\b(?:will|would|may|might|could|can|shall|should|must)\s+$", re.I)


def duration(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved | None:
    unit = unit_of(g.get("unit") or g.get("bare") or "")
    if unit is None:
        return None
    count_word = (g.get("n") or "").lower()
    if unit == "second" and count_word in ("a", "one"):
        return None  # "a second term"
    if count_word in ("a", "an") and "det" not in g and "mod" not in g and _RATE_BEFORE.search(ctx.before):
        return Resolved("SET", _duration_letters(unit, 1))
    if cand.text.lower() == "one day" and _MODAL_BEFORE.search(ctx.before):
        return Resolved("DATE", "FUTURE_REF")  # "will one day be": some day ahead, not a day long
    vague_side = _vague_side(g, ctx)
    if vague_side is not None:
        return Resolved("DATE", vague_side)
    return _duration_value(g, ctx, cand)


# "In recent days", "in the last few months", "in coming quarters" say when something happened,
# vaguely, not how long it lasted: a PAST_REF or FUTURE_REF date, as "recently" is. A stretch that is
# measured ("for the past few weeks", "over the next few days") stays a duration; "recent" and
# "coming" alone never measure ("a good sign for coming months").
_VAGUE_PAST = {"recent", "the past few"}
_VAGUE_FUTURE = {"coming", "the coming"}
_MEASURED_BEFORE = re.compile(r"\b(?:for|throughout)\s+$", re.I)


def _vague_side(g: dict[str, str], ctx: Context) -> str | None:
    words = " ".join(g.get(part) or "" for part in ("det", "rel", "vague")).lower().split()
    vague = " ".join(words).replace("last", "past").replace("several", "few")  # "the last several"
    side = "PAST_REF" if vague in _VAGUE_PAST else "FUTURE_REF" if vague in _VAGUE_FUTURE else None
    if side is None or not (g.get("unit") or "").lower().endswith("s"):
        return None
    if vague.startswith("the ") and _MEASURED_BEFORE.search(ctx.before):
        return None
    return side


_ADVERB_SETS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
    "nightly": "P1D", "quarterly": "P3M", "biweekly": "P2W", "bimonthly": "P2M", "semiannually": "P6M",
    "semi-annually": "P6M", "twice-yearly": "P6M", "biannually": "P6M",
}  # fmt: skip


def set_(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    if "adverb" in g:
        return Resolved("SET", _ADVERB_SETS[g["adverb"].lower()])
    word = g["unit"].lower().rstrip(".")
    if word in MONTHS:
        return Resolved("SET", f"XXXX-{MONTHS[word]:02d}")
    if word in SEASONS:
        return Resolved("SET", f"XXXX-{SEASONS[word]}")
    if word in DAY_PARTS:
        return Resolved("SET", f"XXXX-XX-XXT{DAY_PARTS[word]}")
    if "step" in g:  # "every 30 minutes"
        step = int(g["step"]) if g["step"].isdigit() else parse_number(g["step"])
        return Resolved("SET", _duration_letters(unit_of(word.rstrip("s")) or "day", step))
    unit = unit_of(word) or ("week" if word == "weekend" else "day")
    every = {"other": 2, "two": 2, "three": 3}.get((g.get("other") or "").lower(), 1)
    return Resolved("SET", _duration_letters(unit, every))


def set_weekday(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    number = WEEKDAYS[(g.get("weekday") or g["weekday1"]).lower().rstrip(".")]
    part = g.get("part", "").lower().rstrip("s")
    suffix = f"T{DAY_PARTS[part]}" if part in DAY_PARTS else ""
    return Resolved("SET", f"XXXX-WXX-{number + 1}{suffix}")


def present_ref(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    return Resolved("DATE", "PRESENT_REF")


def past_ref(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    return Resolved("DATE", "PAST_REF")


def future_ref(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    return Resolved("DATE", "FUTURE_REF")


# Clock times and holidays ---------------------------------------------------------------------


def _clock_value(g: dict[str, str]) -> str | None:
    if "word" in g:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[g["word"].lower()]
    hour_text = next((g[k] for k in ("h", "h2", "h3", "h4", "h5", "h6", "h7") if g.get(k)), "")
    hour = int(hour_text) if hour_text.isdigit() else int(parse_number(hour_text) or -1)
    minute = int(next((g[k] for k in ("m", "m2", "m5", "m6", "m7") if g.get(k)), 0))
    ampm = (g.get("ap") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if g.get("part", "").lower() in ("afternoon", "evening") and hour < 12:
        hour += 12
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return f"{hour:02d}:{minute:02d}"


def clock(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved | None:
    value = _clock_value(g)
    if value is None:
        return None
    if cand.day is not None:
        day = normalise(cand.day, ctx)
        if day is None or day.period is None:
            return Resolved("TIME", None)
        return _at_clock(day.period.first, value, day.anchor)
    # a live page's entry time is a time of its publication day, not of the day the last entry named
    found = None if "h6" in g else ctx.recent(lambda p: p.grain == "day", reach=ANCHOR_REACH)
    if found is not None:
        return _at_clock(found[1].first, value, found[0])
    if ctx.published is None:
        return Resolved("TIME", None)
    return _at_clock(ctx.published, value, PUBLISHED)


def _at_clock(day: date, clock_value: str, anchor: str | int | None) -> Resolved:
    period = Period("day", day, clock=clock_value)
    return Resolved("TIME", period.value, period, anchor)


def holiday(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    rule = HOLIDAYS[" ".join(g["name"].lower().replace("\u2019", "'").split())]
    if "year" in g:
        return _dated(dates.holiday(rule, int(g["year"])))
    if ctx.published is None:
        return Resolved("DATE", None)
    pub = ctx.published
    options = [p for p in (dates.holiday(rule, pub.year + k) for k in (-1, 0, 1)) if p is not None]
    rel = (g.get("rel") or "").lower()
    if rel == "last" or (not rel and ctx.direction == PAST):
        chosen = [p for p in options if p.first <= pub][-1]
    elif rel == "next" or (not rel and ctx.direction == FUTURE):
        chosen = [p for p in options if p.first >= pub][0]
    elif rel == "this":
        chosen = options[1]
    else:
        chosen = min(options, key=lambda p: abs((p.first - pub).days))
    return _dated(chosen, PUBLISHED)


def season(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    year_value = year_of(g)
    code = SEASONS[g["season"].lower()]
    if year_value is None:
        return Resolved("DATE", None)
    return _dated(dates.season_of(year_value, code))


def stretch(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    """"In the week to Friday": seven days up to the day named after it, a duration."""
    return Resolved("DURATION", {"week": "P1W", "month": "P1M"}[g["unit"].lower()])


def to_date(g: dict[str, str], ctx: Context, cand: Candidate) -> Resolved:
    """"Year-to-date": the year (month, quarter) under way, up to publication."""
    if ctx.published is None:
        return Resolved("DATE", None)
    return _dated(dates.period_of(g["unit"].lower(), ctx.published), PUBLISHED)


_HANDLERS: dict[str, Callable[[dict[str, str], Context, Candidate], Resolved | None]] = {
    "month_day": month_day,
    "day_of_rel_month": day_of_rel_month,
    "week_of": week_of,
    "iso_date": iso_date,
    "slash_date": slash_date,
    "dotted_date": iso_date,
    "month_year": month_year,
    "month": month,
    "year": year,
    "decade": decade,
    "century": century,
    "weekday": weekday,
    "set_weekday": set_weekday,
    "relday": relday,
    "day_part": day_part,
    "rel_unit": rel_unit,
    "stretch": stretch,
    "to_date": to_date,
    "quarter": quarter,
    "quarter_code": quarter_code,
    "quarter_ref": quarter_ref,
    "year_ago_adj": year_ago_adj,
    "ago": ago,
    "past_ref": past_ref,
    "offset": offset,
    "anchored": anchored,
    "day_shift": day_shift,
    "duration": duration,
    "set": set_,
    "present_ref": present_ref,
    "future_ref": future_ref,
    "clock": clock,
    "holiday": holiday,
    "season": season,
}

# Kinds whose value depends on the tense around them (the rest ignore ``Context.direction``).
NEEDS_DIRECTION = {"month_day", "week_of", "month", "weekday", "rel_unit", "quarter", "quarter_code", "holiday", "clock", "day_part"}
