"""Find time expressions in text: regular expressions over the characters, one per kind of expression.

Extents follow the TimeML (TIMEX3) conventions checked against TimeBank/AQUAINT: prepositions and
other signals stay out ("on Monday" → "Monday", "in August" → "August"); determiners, "this/last/next",
modifiers and approximators stay in ("the past two years", "early next year", "nearly an hour",
"late yesterday"). Where several patterns match overlapping text, the longest match wins.

Written by hand: spaCy's DATE/TIME entities miss half the expressions TimeML counts (durations, "now",
"recently", "third-quarter") and often include the preposition; Duckling-style parsers are not
available as maintained Python libraries. The regexes are compiled once, when the module is imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import (
    COUNT,
    DAY_PART,
    HOLIDAY,
    MONTH,
    MONTHS,
    ONES,
    ORDINAL_WORD,
    SEASON,
    SEASONS,
    UNIT,
    UNIT_FORMS,
    UNITS,
    VAGUE,
    WEEKDAY,
    WEEKDAYS,
    alternation,
)

B = r"(?<![\w'\u2019$£€#-])"  # a word starts here (and is not part of an amount or number)
E = r"(?!\w)"  # a word ends here
S = r"\s+"

YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d,.]\d)"
_ONES_TEENS = alternation(ONES)
SPELLED_YEAR = (
    r"(?:(?:nineteen|eighteen)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[\s-]+{_ONES_TEENS})?|{_ONES_TEENS})|two\s+thousand(?:\s+and)?(?:[\s-]+{_ONES_TEENS})?)"
)
# Modifiers of a date that TimeML keeps inside the expression ("early next year", "mid-November").
PRE = (
    r"(?:(?:early|late|earlier|later|mid|post|around|sometime|the\s+end\s+of|the\s+beginning\s+of|"
    r"the\s+start\s+of|the\s+middle\s+of|the\s+rest\s+of|the\s+remainder\s+of|the\s+close\s+of|"
    r"the\s+turn\s+of|the\s+dawn\s+of)[\s-]+)?"
)
# Approximators and bounds kept inside a duration ("more than four hours", "nearly two years").
MOD = alternation(
    [
        "more than", "less than", "fewer than", "nearly", "almost", "about", "around", "approximately",
        "roughly", "some", "at least", "at most", "up to", "only", "just", "no more than", "no less than",
        "not more than", "as many as", "as long as", "as much as", "barely", "a mere", "mere", "well over",
        "just over", "just under", "more than a", "the better part of", "close to", "upwards of",
    ]
)  # fmt: skip
MOD_BARE = alternation(["over", "under"])  # only before a number: "over a week", not "over the"
ZONE = r"(?:(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EEST|MSK|KST|JST|[A-Z][a-z]+\s+time)|local\s+time)"
# A 24-hour clock without a zone counts only after a preposition of time: "at 14:30", "until 06:00"
# (not a score, a verse or a ratio).
_CLOCK_PREPOSITION = "".join(rf"(?<=\b{p}\s)|" for p in ("at", "by", "until", "till", "from", "after", "before"))
_CLOCK_PREPOSITION += r"(?<=\d{4},\s)"  # a dateline's time after its date: "12 March 2025, 09:15"
# A live page's entry time opens its paragraph and a dash follows: "14:20 — The mayor said ...".
_ENTRY_TIME = rf"(?:(?<=\n)|(?<![\s\S]))(?P<h6>[01]?\d|2[0-3]):(?P<m6>[0-5]\d)(?=(?:\s+{ZONE})?\s+[—–-]\s)"
REL_WORD = (
    r"(?:this\s+past|this\s+coming|this|last|next|past|coming|current|previous|upcoming|"
    r"the\s+(?:past|last|next|previous|current|coming|following|preceding|same|upcoming))"
)


@dataclass(frozen=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]


@dataclass
class Candidate:
    """A match: where it is, which rule found it and its named groups (the parts to normalise)."""

    start: int
    end: int
    kind: str
    groups: dict[str, str] = field(default_factory=dict)
    priority: int = 0
    day: Candidate | None = None  # for a clock time: the day expression written with it
    text: str = ""  # the matched characters

    @property
    def length(self) -> int:
        return self.end - self.start


def _rule(kind: str, regex: str, flags: int = re.IGNORECASE) -> Rule:
    return Rule(kind, re.compile(regex, flags))


RULES: tuple[Rule, ...] = (
    # "Friday, Oct. 9, 1998", "Oct. 18", "March eighth", "June 30 1991", "last Oct. 23"
    _rule(
        "month_day",
        rf"{B}(?:(?P<weekday>{WEEKDAY}),?\s+)?{PRE}(?:(?P<rel>this\s+past|this\s+coming|last|next|past|coming)\s+)?"
        rf"(?P<month>{MONTH})\s*(?:the\s+)?"
        rf"(?P<dom>\d{{1,2}}(?!\d)|{ORDINAL_WORD})(?:st|nd|rd|th)?"
        # "July 11-15", and "from July 11 to 15" (not "rose July 11 to 15%", "to 15 people")
        rf"(?:\s*[-–]\s*(?P<dom2>\d{{1,2}})(?!\d|[:.%]\d)|\s+(?:to|through|until)\s+(?P<dom2to>\d{{1,2}})"
        rf"(?!\d|[:.%,]\d|\s*(?:%|percent|pct)|\s+(?!(?:in|at|on|and|for|with|as|the|when|while|but|or|after|before)\b)[a-z]))?"
        rf"(?!\s*(?:%|percent|-\d|:\d|\.\d))"
        rf"(?:,?\s*(?P<year>{YEAR})|,?\s+(?P<syear>{SPELLED_YEAR}))?{E}",
    ),
    # "23 October 2024", "the 18th of October", "last 15 April" (translated news)
    _rule(
        "month_day",
        rf"{B}(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:(?P<rel>this\s+past|this\s+coming|last|next|past|coming)\s+)?"
        rf"(?:the\s+)?(?P<dom>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"(?:\s*[-–]\s*(?P<dom2>\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
        rf"(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?{E}",
    ),
    # "between 18 and 24 November", "from 3 to 9 March": a run of days, the month written once at the end
    _rule(
        "month_day",
        rf"{B}(?:(?<=between\s)|(?<=from\s))(?P<dom>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|until|through)\s+"
        rf"(?P<dom2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?{E}",
    ),
    # "the 14th of this month", "the 2nd of next month" (translated Arabic, French and Turkish news)
    _rule(
        "day_of_rel_month",
        rf"{B}(?:the\s+)?(?P<dom>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+(?P<rel>this|next|last|the\s+current|"
        rf"the\s+same|the\s+previous|the\s+following|the\s+coming|the\s+past)\s+month{E}",
    ),
    _rule("iso_date", rf"{B}(?P<year>{YEAR})-(?P<month>[01]\d)-(?P<dom>[0-3]\d){E}"),
    # "10/27/1989" in American news, "29/11/2026" elsewhere: which number is the month is settled later
    _rule("slash_date", rf"{B}(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>\d{{4}}|\d\d){E}"),
    # "5.03.2025": day, month, year with full stops, as translated news writes them
    _rule("dotted_date", rf"{B}(?P<dom>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d){E}"),
    # "February 2022", "January this year", "June last year", "January nineteen ninety-seven"
    _rule(
        "month_year",
        rf"{B}{PRE}(?P<month>{MONTH})(?:\s+of)?,?\s+(?:(?P<year>{YEAR})|'(?P<yy>\d\d)|(?P<syear>{SPELLED_YEAR})"
        rf"|(?P<rel>this|last|next)\s+year){E}",
    ),
    _rule(
        "month",
        rf"{B}{PRE}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|past|coming)\s+)?(?P<month>{MONTH}){E}",
    ),
    # "1990", "fiscal 1989", "mid-1996", "the year 2000", "the end of 1990"
    _rule(
        "year",
        rf"{B}{PRE}(?:(?P<fiscal>fiscal(?:\s+year)?|FY|calendar(?:\s+year)?|the\s+year|model\s+year)\s*)?"
        rf"(?P<year>{YEAR})(?:[-–](?P<year2>(?:19|20)\d\d|\d\d)(?![\d-]))?(?!\s*(?:%|percent)|-\d|'?s\b){E}",
    ),
    _rule("year", rf"{B}(?:the\s+year\s+)?(?P<syear>{SPELLED_YEAR}){E}"),
    # "the 1980s", "the late 1970s", "the '80s", "the nineties"
    _rule(
        "decade",
        rf"{B}(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<decade>1[6-9]\d0|20\d0)'?s|"
        rf"['\u2019](?P<short>\d0)'?s){E}",
    ),
    _rule(
        "decade",
        rf"{B}the\s+(?:(?P<mod>early|late|mid)[\s-]+)?(?:(?P<short>\d0)'?s|"
        rf"(?P<words>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)){E}",
    ),
    _rule(
        "century",
        rf"{B}(?:the\s+)?(?:(?P<mod>early|late|mid)[\s-]+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD}|"
        rf"twenty[\s-]first)[\s-]+century{E}",
    ),
    # "Friday", "last Friday", "early Tuesday", "Friday morning", "Earlier Sunday"
    _rule(
        "weekday",
        rf"{B}{PRE}(?:(?P<rel>this\s+past|this\s+coming|this|last|next|coming|past|the\s+previous|the\s+following|"
        rf"the\s+next|the\s+preceding)\s+)?(?P<weekday>{WEEKDAY})(?:\s+(?P<part>{DAY_PART}))?"
        rf"(?:,?\s+(?:of\s+)?(?P<wrel>last|next|this)\s+week)?{E}",  # "Monday last week": that week's Monday
    ),
    _rule(
        "set_weekday",
        rf"{B}(?:(?P<every>every|each)\s+(?P<weekday1>{WEEKDAY})|(?P<weekday>{WEEKDAY})s)"
        rf"(?:\s+(?P<part>(?:morning|afternoon|evening|night)s?))?{E}",
    ),
    # "today", "yesterday afternoon", "late yesterday", "the day before yesterday", "tonight"
    _rule(
        "relday",
        rf"{B}{PRE}(?P<rel>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|"
        rf"the\s+day\s+after\s+tomorrow)(?:\s+(?P<part>{DAY_PART}))?{E}",
    ),
    # "mid-afternoon yesterday", "Sunday night" is a weekday; this is the part first
    _rule(
        "relday",
        rf"{B}(?:early|late)?\s*(?P<part>{DAY_PART})\s+(?P<rel>yesterday|today|tomorrow){E}",
    ),
    # "this morning", "last night", "that evening", "overnight"
    _rule("day_part", rf"{B}{PRE}(?P<rel>this|last|that|the\s+same)\s+(?P<part>{DAY_PART}){E}"),
    _rule("day_part", rf"{B}(?P<part>overnight){E}"),
    # "this week", "last year", "the past year", "next month", "this summer", "the weekend"
    _rule(
        "rel_unit",
        rf"{B}{PRE}(?P<rel>{REL_WORD}|that)\s+(?:fiscal\s+|calendar\s+)?"
        rf"(?P<unit>week|weekend|month|year|decade|century|quarter|{SEASON})(?!-){E}",
    ),
    # "the weekend", "the summer", "for the (full) year", "the end of the year"; "the year ended Sept. 30"
    # and "the year to March" are stretches of twelve months (what follows is read, not part of the extent)
    _rule(
        "rel_unit",
        rf"{B}{PRE}(?P<rel>the)\s+(?:(?:full|fiscal)\s+(?=year))?(?P<unit>weekend|year|{SEASON})"
        rf"(?![-\u2019']|\s+(?:before|after|earlier|later|ago)\b){E}(?=\s+(?P<ended>end(?:ed|ing)|to\s+(?={MONTH}))\b)?",
    ),
    # "in the week to Friday", "the month ended March 31": a stretch ending on the day named
    _rule(
        "stretch",
        rf"{B}the\s+(?P<unit>week|month){E}(?=\s+(?:to|ended|ending)\s+(?:{WEEKDAY}|{MONTH}|\d))",
    ),
    # "year-to-date", "year to date": the year so far
    _rule("to_date", rf"{B}(?P<unit>year|month|quarter)[\s-]+to[\s-]+date{E}"),
    # "the end of the month", "the start of the week": the current one ("the month" alone may be any)
    _rule(
        "rel_unit",
        rf"{B}the\s+(?:end|beginning|start|middle|rest|remainder)\s+of\s+(?P<rel>the)\s+(?P<unit>week|month|decade){E}",
    ),
    # "the week of May 6"
    _rule(
        "week_of",
        rf"{B}the\s+week\s+of\s+(?P<month>{MONTH})\s*(?P<dom>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s*(?P<year>{YEAR}))?{E}",
    ),
    _rule("rel_unit", rf"{B}(?P<unit>year|month|quarter)(?P<rel>-end|\s+end|'s\s+end){E}"),
    # "the fourth quarter", "third-quarter", "the first half of 1990", "this year's third quarter"
    _rule(
        "quarter",
        rf"{B}(?:(?P<det>the(?!\s+(?:first|second|third|fourth)-)|this\s+year's|last\s+year's|next\s+year's|"
        rf"the\s+year's|(?P<pyear>{YEAR})'s|"
        rf"the\s+(?P<ayear>{YEAR})|the\s+(?P<mod>current|latest|previous|past|year-ago|year-earlier|comparable|"
        rf"corresponding|same|fiscal|flat|weak|strong|seasonally\s+\w+))\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
        rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter)[\s-]+(?:(?:fiscal|calendar)[\s-]+)?"
        rf"(?P<qh>quarter|half)(?!\s+of\s+(?:the\s+)?(?:{MONTH}|month|week|day|decade|century)\b)(?:\s+(?:of|in)\s+(?:(?:fiscal|calendar)\s+)?(?:(?P<year>{YEAR})|"
        rf"(?P<rely>this|last|next)\s+year|(?P<theyear>the)\s+year))?(?:\s+(?P<yago>a\s+year\s+(?:ago|earlier)))?{E}"
        # "the latter half of the '90s" is part of a decade, not of a year
        rf"(?!\s+of\s+(?:the\s+|this\s+|last\s+|next\s+)?(?:['\u2019]?\d0'?s|1[6-9]\d0'?s|20\d0'?s|decade|century"
        rf"|\w+ties\b|\w+\s+century))",
    ),
    _rule(
        "quarter",
        rf"{B}(?:{MOD}\s+)?(?:the\s+)?(?P<ord>first|second|third)\s+(?P<count>two|three)\s+(?P<qh>quarters)\s+of\s+"
        rf"(?P<year>{YEAR}){E}",
    ),
    # "Q3", "Q3 2025", "H1 2025", "Q4 last year": results and markets copy (capitals only: "h1" is markup)
    _rule(
        "quarter_code",
        rf"{B}(?P<code>Q[1-4]|H[12])(?:\s+(?P<year>{YEAR})|\s+(?P<rely>this|last|next)\s+year)?{E}",
        flags=0,
    ),
    # "the quarter", "the latest period", "the year-ago quarter", "the 1987 period"
    _rule(
        "quarter_ref",
        rf"{B}(?P<det>the|its|this|that|last\s+year's|this\s+year's)\s+"
        rf"(?:(?:(?P<mod>latest|current|previous|past|recent|same|comparable|"
        rf"corresponding|year-ago|year-earlier|prior-year|year-before|just-ended|just\s+ended|fiscal|"
        rf"(?P<year>{YEAR}))[\s-]+)+(?:fiscal\s+)?(?P<q>quarter|period)|(?P<bare>quarter))"
        rf"(?!-)"  # not "quarter-to-quarter"
        rf"(?:\s+(?P<yago>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?{E}"
        # "the quarter ended June 30": the date it ended tells which quarter (read, not part of the extent)
        rf"(?=\s+end(?:ed|ing)\s+(?P<end_month>{MONTH})\s*(?P<end_dom>\d{{1,2}})(?:,\s*(?P<end_year>{YEAR}))?)?",
    ),
    _rule("year_ago_adj", rf"{B}(?P<word>year-ago|year-earlier|year-before){E}"),
    # "a year ago", "six weeks ago", "almost four years ago", "a week or so ago"
    _rule(
        "ago",
        rf"{B}(?:(?P<mod>{MOD})\s+)?(?:(?P<n>{COUNT})|(?P<vague>{VAGUE}))[\s-]+(?P<unit>{UNIT})"
        rf"(?:\s+or\s+(?:so|more|two|three))?\s+ago{E}",
    ),
    _rule("past_ref", rf"{B}(?P<word>(?:years|months|weeks|decades|long|some\s+time|a\s+while)\s+ago){E}"),
    # "a day earlier", "two years later", "two weeks from now"
    _rule(
        "offset",
        rf"{B}(?:(?P<mod>{MOD})\s+)?(?P<n>{COUNT})[\s-]+(?P<unit>{UNIT})\s+(?:or\s+so\s+)?"
        rf"(?:(?P<dir>earlier|later|from\s+now|hence)|(?P<dir2>before|after|on)(?=\s*(?:[,.;:)!?\"\u201d]|$))){E}"
        rf"(?P<than>(?=\s+than\b))?",  # "two weeks later than planned": a delay, no date
    ),
    # "the next day", "the following week", "that day", "later that year", "the day before"
    _rule(
        "anchored",
        rf"{B}(?:(?P<pre>earlier|later|early|late)\s+)?(?P<rel>the\s+next|the\s+following|the\s+previous|"
        rf"the\s+preceding|the\s+prior|the\s+same|that\s+same|that)\s+(?P<unit>day|night|morning|afternoon|evening|"
        rf"week|weekend|month|year){E}",
    ),
    _rule(
        "anchored",
        rf"{B}the\s+(?P<unit>day|night|week|month|year)\s+(?P<rel>before|after)(?=\s*(?:[,.;:)!?\"\u201d]|$))",
    ),
    # Durations: "two weeks", "the past two months", "16-hour", "nearly an hour", "a few days"
    _rule(
        "duration",
        rf"{B}(?:(?P<mod>{MOD})\s+)?(?:(?P<det>the|another|an\s+additional|each\s+of\s+the)\s+)?"
        rf"(?:(?P<modb>{MOD_BARE})\s+)?(?:(?P<rel>first|last|past|next|previous|latest|coming|following|final|"
        rf"remaining|preceding|initial|ensuing|succeeding)\s+)?"
        rf"(?:(?P<n>{COUNT})(?:\s*(?:to|or|-)\s*(?P<n2>{COUNT}))?|(?P<vague>{VAGUE}))[\s-]+"
        rf"(?:(?:more|additional|extra|straight|consecutive|full|long|trading|business|calendar|working)\s+)?"
        rf"(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?P<long>-long)?(?:\s+or\s+so)?(?![\w-])"
        # "three quarters of the town" is a share; "three quarters of the past four" still counts periods
        rf"(?!(?<=quarters)\s+of\s+(?!(?:the\s+)?(?:past|last|previous|year|fiscal|\d{{4}})\b))",
    ),
    _rule(
        "duration",
        rf"\b(?:for|in|within|over|after|than)\s+(?P<x>(?P<bare>seconds|minutes|hours|days|weeks|months|years|"
        rf"decades|centuries))(?!\s+(?:of|ago|old|later|earlier|before|after)\b){E}",
    ),
    # Sets: "daily", "every day", "each Thursday", "twice a year"
    _rule(
        "set",
        rf"{B}(?P<adverb>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|"
        rf"semiannually|semi-annually|twice-yearly|biannually){E}",
    ),
    _rule(
        "set",
        rf"{B}(?P<every>every|each|per)\s+(?:(?P<other>other|single|two|three)\s+)?"
        rf"(?P<unit>day|week|month|year|quarter|hour|minute|night|morning|evening|weekend|{MONTH}|{SEASON}){E}",
    ),
    # "every 30 minutes", "every two hours": a set with its step
    _rule(
        "set",
        rf"{B}(?P<every>every)\s+(?P<step>\d{{1,3}}|{COUNT})\s+"
        rf"(?P<unit>seconds|minutes|hours|days|weeks|months|years){E}",
    ),
    _rule(
        "set",
        rf"{B}(?P<freq>once|twice|thrice|{COUNT}\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT}){E}",
    ),
    # Vague references: PRESENT_REF, PAST_REF, FUTURE_REF
    _rule(
        "present_ref",
        rf"{B}(?P<word>(?:right\s+|just\s+)?now|currently|presently|at\s+present|nowadays|these\s+days|current|"
        rf"at\s+the\s+moment|at\s+this\s+time|the\s+present(?:\s+time)?|this\s+(?:crucial\s+)?(?:moment|time)){E}",
    ),
    _rule(
        "past_ref",
        rf"{B}(?P<word>recently|more\s+recently|formerly|lately|recent|the\s+past(?!\s+(?:\w+\s+)?"
        rf"(?:{UNIT}|few|several|two|three|four|five|six|seven|eight|nine|ten|\d))){E}",
    ),
    _rule(
        "future_ref",
        rf"{B}(?P<word>the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future|as\s+soon\s+as\s+possible|"
        rf"the\s+(?:near|short)[\s-]+term(?!-)|a\s+later\s+date|someday|in\s+the\s+years\s+to\s+come){E}",
    ),
    # Clock times: "10:35 a.m.", "10 p.m. EST", "noon", "midnight", "4 in the morning"
    _rule(
        "clock",
        rf"{B}(?:(?P<approx>around|about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        rf"(?:{_ENTRY_TIME}"
        rf"|(?P<h>\d{{1,2}})(?:[:.](?P<m>\d\d))?\s*(?P<ap>a\.m\.|p\.m\.|a\.m|p\.m|am\b|pm\b)"
        rf"|(?P<h2>\d{{1,2}}):(?P<m2>\d\d)(?=\s+{ZONE})"
        rf"|(?P<h7>[01]\d|2[0-3])(?P<m7>[0-5]\d)(?=\s+{ZONE})"  # a wire's "by 1130 GMT"
        rf"|(?:{_CLOCK_PREPOSITION})(?P<h5>[01]?\d|2[0-3]):(?P<m5>[0-5]\d)(?![:.,]?\d)"
        rf"|(?P<word>noon|midnight|midday)"
        rf"|(?P<h3>\d{{1,2}}|{_ONES_TEENS})\s+o'clock"
        rf"|(?P<h4>\d{{1,2}}|{_ONES_TEENS})\s+in\s+the\s+(?P<part>morning|afternoon|evening))"
        rf"(?:\s+(?P<zone>{ZONE}))?(?!\w)",
    ),
    _rule("holiday", rf"{B}(?:(?P<rel>last|this|next)\s+)?(?P<name>{HOLIDAY})(?:\s+(?P<year>{YEAR}))?{E}"),
    _rule(
        "season",
        rf"{B}{PRE}(?:the\s+)?(?P<season>{SEASON})\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<syear>{SPELLED_YEAR})){E}",
    ),
)

# A clock time and the day written right after or before it form one expression ("9 p.m. Tuesday",
# "5 p.m. EST, Nov. 2", "noon Monday").
_DAY_KINDS = {"month_day", "weekday", "relday", "iso_date", "slash_date", "dotted_date"}
_JOINER = re.compile(r",?\s*")


# Speed: scanning the whole text with each of the ~40 patterns costs more than a tenth of spaCy's
# parse. Every expression contains at least one trigger word (a month, a unit, "ago", a digit...), so
# a single pass finds the trigger words and each pattern only scans the text around its triggers.
_MONTH_WORDS = set(MONTHS)
_WEEKDAY_WORDS = set(WEEKDAYS) | {f"{w}s" for w in WEEKDAYS if w.endswith("day")}
_UNIT_WORDS = set(UNITS) | set(UNIT_FORMS) | {"weekend", "weekends"}
_SEASON_WORDS = set(SEASONS)
_DIGITS = "<digits>"  # stands for any word starting with a digit
TRIGGERS: dict[str, set[str]] = {
    "month_day": _MONTH_WORDS,
    "day_of_rel_month": {"month"},
    "week_of": _MONTH_WORDS,
    "iso_date": {_DIGITS},
    "slash_date": {_DIGITS},
    "dotted_date": {_DIGITS},
    "month_year": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "year": {_DIGITS, "nineteen", "eighteen", "thousand"},
    "decade": {_DIGITS, "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"},
    "century": {"century"},
    "weekday": _WEEKDAY_WORDS,
    "set_weekday": _WEEKDAY_WORDS,
    "relday": {"today", "tonight", "yesterday", "tomorrow"},
    "day_part": {"morning", "afternoon", "evening", "night", "overnight", "midafternoon", "midmorning", "daybreak",
                 "dawn", "dusk"},
    "rel_unit": {"week", "weekend", "month", "year", "decade", "century", "quarter", "end"} | _SEASON_WORDS,
    "stretch": {"week", "month"},
    "to_date": {"year", "month", "quarter", "date"},
    "quarter": {"quarter", "half", "quarters"},
    "quarter_ref": {"quarter", "period"},
    "quarter_code": {"q1", "q2", "q3", "q4", "h1", "h2"},
    "year_ago_adj": {"year"},
    "ago": {"ago"},
    "past_ref": {"ago", "recently", "recent", "formerly", "lately", "past"},
    "offset": _UNIT_WORDS,
    "anchored": {"day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year"},
    "duration": _UNIT_WORDS,
    "set": {"daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly", "biweekly", "bimonthly",
            "semiannually", "semi", "twice", "biannually", "every", "each", "per", "once", "thrice", "times"},
    "present_ref": {"now", "currently", "presently", "present", "nowadays", "days", "moment", "time", "current"},
    "future_ref": {"future", "term", "date", "someday", "come", "possible"},
    "clock": {_DIGITS, "noon", "midnight", "midday", "clock"} | set(ONES),
    "holiday": {"christmas", "thanksgiving", "halloween", "valentine", "independence", "year", "election", "labor",
                "memorial", "veterans", "eve"},
    "season": _SEASON_WORDS,
}  # fmt: skip
_WORD = re.compile(r"[^\W_]+")
_LEFT, _RIGHT = 80, 80  # characters scanned before and after a trigger word


def _rules_by_trigger() -> dict[str, list[int]]:
    index: dict[str, list[int]] = {}
    for number, rule in enumerate(RULES):
        for word in TRIGGERS[rule.kind]:
            index.setdefault(word, []).append(number)
    return index


_RULES_BY_TRIGGER = _rules_by_trigger()


def _windows(text: str) -> list[list[tuple[int, int]]]:
    """For each rule, the merged stretches of text around its trigger words."""
    spans: list[list[tuple[int, int]]] = [[] for _ in RULES]
    size = len(text)
    for match in _WORD.finditer(text):
        word = match.group().lower()
        rules = _RULES_BY_TRIGGER.get(_DIGITS if word[0].isdigit() else word)
        if not rules:
            continue
        start, end = max(match.start() - _LEFT, 0), min(match.end() + _RIGHT, size)
        while end < size and (text[end].isalnum() or text[end] == "_"):
            end += 1  # never cut a word: the patterns' word-end checks would pass at the cut
        for number in rules:
            found = spans[number]
            if found and start <= found[-1][1]:
                found[-1] = (found[-1][0], max(found[-1][1], end))
            else:
                found.append((start, end))
    return spans


def find_candidates(text: str) -> list[Candidate]:
    """All time expressions in the text: overlapping matches resolved longest first, in text order."""
    found = [
        _candidate(m, RULES[number].kind, number)
        for number, windows in enumerate(_windows(text))
        for start, end in windows
        for m in RULES[number].pattern.finditer(text, start, end)
        if m.end() > m.start()
    ]
    chosen = _longest_first(found)
    return _join_day_shift(text, _join_clock_and_day(text, chosen))


def _candidate(match: re.Match[str], kind: str, priority: int) -> Candidate:
    """A candidate from a match; a group named ``x`` marks the extent when context was matched around it."""
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    start, end = match.span("x") if "x" in groups else match.span()
    return Candidate(start, end, kind, groups, priority, text=match.string[start:end])


def _longest_first(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping matches (ties: the earlier rule), returned in text order."""
    taken: list[Candidate] = []
    covered = bytearray()
    for cand in sorted(found, key=lambda c: (-c.length, c.priority, c.start)):
        if len(covered) < cand.end:
            covered.extend(b"\0" * (cand.end - len(covered)))
        if any(covered[cand.start : cand.end]):
            continue
        covered[cand.start : cand.end] = b"\1" * cand.length
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def _join_clock_and_day(text: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    i = 0
    while i < len(cands):
        cand = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if nxt is not None and _adjacent(text, cand, nxt):
            joined = text[cand.start : nxt.end]
            if cand.kind == "clock" and nxt.kind in _DAY_KINDS:
                out.append(Candidate(cand.start, nxt.end, "clock", cand.groups, cand.priority, day=nxt, text=joined))
                i += 2
                continue
            if cand.kind in ("weekday", "relday") and nxt.kind == "clock" and not cand.groups.get("part"):
                out.append(Candidate(cand.start, nxt.end, "clock", nxt.groups, nxt.priority, day=cand, text=joined))
                i += 2
                continue
        converted = nxt is not None and nxt.kind == "clock" and text[cand.end : nxt.start].strip() == "("
        if cand.kind == "clock" and converted and i + 2 < len(cands):
            nxt = cands[i + 2]  # "at 10:50 a.m. local time (0505 GMT) on Sunday": the day after both clocks
        if cand.kind == "clock" and nxt is not None and nxt.kind in _DAY_KINDS and _near(text, cand, nxt):
            cand.day = nxt
        out.append(cand)
        i += 1
    return out


# "the day before last Tuesday's vote", "the day after Christmas": a day counted from a day
# expression written right after it (TimeML leaves "the" out of such an extent).
_DAY_SHIFT = re.compile(r"(?:\bthe\s+)?\b(?P<x>day\s+(?P<dir>before|after))\s+$", re.IGNORECASE)
_SHIFTABLE = _DAY_KINDS | {"holiday"}


def _join_day_shift(text: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for cand in cands:
        found = _DAY_SHIFT.search(text, max(cand.start - 20, 0), cand.start) if cand.kind in _SHIFTABLE else None
        if found is not None and not (out and out[-1].end > found.start("x")):
            start = found.start("x")
            groups = {"dir": found.group("dir").lower()}
            joined = text[start : cand.end]
            out.append(Candidate(start, cand.end, "day_shift", groups, cand.priority, day=cand, text=joined))
            continue
        out.append(cand)
    return out


def _near(text: str, first: Candidate, second: Candidate) -> bool:
    """The second expression follows closely in the same sentence: "at 9:15 a.m. (1315 GMT) Monday"."""
    between = text[first.end : second.start]
    return len(between) <= 25 and not re.search(r"[.;!?]\s", between)


def _adjacent(text: str, first: Candidate, second: Candidate) -> bool:
    between = text[first.end : second.start]
    return len(between) <= 3 and _JOINER.fullmatch(between) is not None
