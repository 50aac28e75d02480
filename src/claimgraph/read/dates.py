"""Publication dates: validate what inputs and ``--published`` give, and normalise to YYYY-MM-DD.

Written with the standard library rather than ``dateparser``: dateparser happily reads
"yesterday" or "5" relative to today, and a wrong publication date silently shifts every
relative time in the article ("on Friday"). Here a date is either read without doubt or refused
with a message saying what to write instead.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+"
_PREFIX = r"(?:(?:(?:last\s+)?updated|published|posted)(?:\s+on)?:?\s+)?"
# A live page or wire header may put the time of day first: "Updated 14:32 CET, 9 September 2025".
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
_TIME_FIRST = rf"(?:{_CLOCK}(?:\s+[a-z]{{2,5}})?,?\s+(?:on\s+)?)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_MONTH = r"(?P<month>[a-z]+)\.?"
_YEAR = r"(?P<year>\d{4})"
# A time of day may follow the date: "Oct 25, 2024 at 10:03 a.m. ET", "25 October 2024 14:03 GMT".
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})+.*|,?\s*(?:at\s+)?\d{1,2}\s*[ap]\.?m\.?.*)?"
_MONTH_FIRST = re.compile(rf"^{_PREFIX}{_TIME_FIRST}(?:{_WEEKDAY})?{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}$", re.IGNORECASE)
_DAY_FIRST = re.compile(
    rf"^{_PREFIX}{_TIME_FIRST}(?:{_WEEKDAY})?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}{_TIME}$", re.IGNORECASE
)
_ISO_DATE_PREFIX = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:$|[T ])")
_YEAR_FIRST_NUMERIC = re.compile(r"^(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})$")
_YEAR_LAST_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})$")

_ACCEPTED = "use YYYY-MM-DD (also accepted: ISO datetimes, 'Oct 25, 2024', '25 October 2024', RFC 2822)"


def parse_published(value: str) -> str:
    """A publication date as ``YYYY-MM-DD``; raises ValueError with a clear message otherwise.

    Accepts ISO 8601 dates and datetimes (the date as written, not converted to UTC),
    RFC 2822 ("Fri, 25 Oct 2024 14:03:00 +0000"), month names ("Oct 25, 2024",
    "Friday, October 25, 2024", "25th October 2024"), "2024/10/25", and day and month in
    numbers when only one order is possible ("25/10/2024"; "10/11/2024" is ambiguous).
    """
    text = " ".join(str(value).split())
    if not text:
        raise ValueError("empty date: " + _ACCEPTED)
    for parse in (_parse_iso, _parse_rfc2822, _parse_month_name, _parse_numeric):
        found = parse(text)
        if found is not None:
            return found.isoformat()
    raise ValueError(f"unparsable date {value!r}: {_ACCEPTED}")


def _parse_iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _ISO_DATE_PREFIX.match(text)
    if match is not None:  # an ISO date that is not a real day: say so rather than "unparsable"
        _valid_date(text, int(match["year"]), int(match["month"]), int(match["day"]))
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _parse_rfc2822(text: str) -> date | None:
    if not re.search(r"\d{1,2}:\d{2}", text):
        return None  # RFC 2822 always has a time; without one the month-name forms apply
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def _parse_month_name(text: str) -> date | None:
    match = _MONTH_FIRST.match(text) or _DAY_FIRST.match(text)
    if match is None:
        return None
    month = _MONTHS.get(match["month"].lower())
    if month is None:
        return None
    return _valid_date(text, int(match["year"]), month, int(match["day"]))


def _parse_numeric(text: str) -> date | None:
    match = _YEAR_FIRST_NUMERIC.match(text)
    if match is not None:
        return _valid_date(text, int(match["year"]), int(match["month"]), int(match["day"]))
    match = _YEAR_LAST_NUMERIC.match(text)
    if match is None:
        return None
    first, second, year = int(match["a"]), int(match["b"]), int(match["year"])
    if first > 12 and second <= 12:
        return _valid_date(text, year, second, first)
    if second > 12 and first <= 12:
        return _valid_date(text, year, first, second)
    if first == second:
        return _valid_date(text, year, first, second)
    raise ValueError(f"ambiguous date {text!r}: day and month could be either way round; use YYYY-MM-DD")


def _valid_date(text: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as err:
        raise ValueError(f"impossible date {text!r} ({err}): {_ACCEPTED}") from None
