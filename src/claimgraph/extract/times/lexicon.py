"""Words of the calendar: names, number words and units, with the regex alternations built from them.

Kept in one place so that the recogniser (patterns) and the normaliser (values) read the same
vocabulary. All alternations list longer forms first, because Python's ``re`` takes the first
alternative that matches, not the longest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# TIMEX3 parts of the day, and the clock hour each stands for when a day part must become a time.
DAY_PARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "mid-afternoon": "AF", "midafternoon": "AF", "mid afternoon": "AF", "mid-morning": "MO",
    "midmorning": "MO", "mid morning": "MO", "daybreak": "MO", "dawn": "MO", "dusk": "EV",
}  # fmt: skip
CLOCK_WORDS = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
# Quantities with no number: "a few days" is a duration of an unknown number of days (PXD).
VAGUE_COUNTS = (
    "a few", "a couple of", "a couple", "a number of", "a handful of", "a series of", "several",
    "few", "many", "some", "numerous", "countless", "dozens of", "hundreds of", "thousands of",
    "the coming", "recent", "coming", "the past few", "the last few", "the next few",
)
NAMED_COUNTS = {"a": 1, "an": 1, "one": 1, "a single": 1, "half a": 0.5, "half an": 0.5, "a dozen": 12, "a half": 0.5}

# Units of time: the TIMEX3 duration letter and whether it is a clock unit (written after "T":
# PT5H). Decades, centuries and millennia are written in years (P10Y), which any ISO 8601 reader knows.
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "night": ("D", False), "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("Y", False), "century": ("Y", False),
    "millennium": ("Y", False),
}  # fmt: skip
UNIT_FORMS = {
    "seconds": "second", "secs": "second", "minutes": "minute", "mins": "minute", "hours": "hour",
    "hrs": "hour", "hr": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "quarters": "quarter",
    "years": "year", "yrs": "year", "decades": "decade", "centuries": "century",
    "millennia": "millennium", "millenniums": "millennium",
}  # fmt: skip

# Fixed and computed holidays (US news); the value is (month, day) or a rule name resolved in dates.
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "christmas": (12, 25), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "thanksgiving day": "thanksgiving", "thanksgiving": "thanksgiving", "election day": "election",
    "labor day": "labor", "memorial day": "memorial",
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of the words, longest first, spaces matching any spacing."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def unit_of(word: str) -> str | None:
    """The singular unit a unit word names ("Years" → "year"), or None."""
    word = word.lower()
    if word in UNITS:
        return word
    return UNIT_FORMS.get(word)


def parse_number(text: str) -> float | None:
    """The number a numeral or number phrase writes: "14", "1,500", "2 1/2", "twenty-four", "a"."""
    text = text.lower().strip().replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text)
    if text in NAMED_COUNTS:
        return NAMED_COUNTS[text]
    fraction = re.fullmatch(r"(?:(\d+)\s+)?(\d+)/(\d+)", text)
    if fraction:
        whole = int(fraction.group(1) or 0)
        return whole + int(fraction.group(2)) / int(fraction.group(3))
    if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    half = re.fullmatch(r"(.+?) and a half", text)
    if half:
        whole = parse_number(half.group(1))
        return None if whole is None else whole + 0.5
    return _number_words(text)


def _number_words(text: str) -> float | None:
    """Spelt-out numbers up to the thousands ("two hundred and ten"); None if any word is not a number."""
    total, current = 0, 0
    words = [w for w in re.split(r"[\s-]+", text) if w and w != "and"]
    if not words:
        return None
    for word in words:
        if word in ONES:
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif word in ("a", "an") and len(words) > 1:
            current += 1
        else:
            return None
    return float(total + current)


def spelled_year(text: str) -> int | None:
    """A year read aloud, as in broadcast transcripts: "nineteen ninety-six", "two thousand"."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[:2] == ["two", "thousand"]:
        rest = _number_words(" ".join(words[2:])) if len(words) > 2 else 0
        return None if rest is None else 2000 + int(rest)
    if len(words) >= 2 and words[0] in ONES and ONES[words[0]] >= 10:
        rest = _number_words(" ".join(words[1:]))
        if rest is not None and 10 <= rest < 100:
            return ONES[words[0]] * 100 + int(rest)
    return None


# Regex pieces shared by the patterns -----------------------------------------------------------

_ONES_RE = alternation(ONES)
_TENS_RE = alternation(TENS)
# A spelt number up to the hundreds: "twenty four", "twenty-four", "a hundred", "two hundred and ten".
WORD_NUMBER = (
    rf"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+(?:and\s+)?"
    rf"(?:{_TENS_RE}(?:[\s-]+{_ONES_RE})?|{_ONES_RE}))?|{_TENS_RE}(?:[\s-]+{_ONES_RE})?|{_ONES_RE})"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+\d/\d)?"
COUNT = (
    rf"(?:(?:{DIGITS}|{WORD_NUMBER})(?:\s+and\s+a\s+half)?|{alternation(NAMED_COUNTS)}"
    rf"(?:\s+and\s+a\s+half)?)"
)
VAGUE = alternation(VAGUE_COUNTS)
UNIT = alternation(list(UNITS) + list(UNIT_FORMS))
# "may", "march", "sat", "sun", "wed" are also ordinary words: those names and all abbreviations only
# count when capitalised (and abbreviations of weekdays only with their dot).
_FULL_MONTHS = [k for k in MONTHS if len(k) > 4 or k in ("june", "july")]
MONTH = (
    r"(?:(?-i:May|MAY|March|MARCH)|"
    + alternation(k for k in _FULL_MONTHS if k != "march")
    + r"|(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?))"
)
WEEKDAY = (
    alternation(k for k in WEEKDAYS if k.endswith("day"))
    + r"|(?-i:(?:Mon|Tues|Tue|Wed|Thurs|Thu|Fri|Sat|Sun)\.)"
)
WEEKDAY = f"(?:{WEEKDAY})"
SEASON = alternation(SEASONS)
DAY_PART = r"(?:morning|afternoon|evening|night|mid-?\s?afternoon|mid-?\s?morning|overnight)"
ORDINAL_WORD = alternation(ORDINALS)
HOLIDAY = alternation(HOLIDAYS)
