"""The ``claimgraph_times`` component: every time expression, typed and normalised to a TIMEX3 value.

    {"text": "this weekend", "span": [88, 100], "type": "DATE", "value": "2024-W43-WE",
     "start": "2024-10-26", "end": "2024-10-27", "anchor": "published"}

Expressions are found by regular expressions over the text (``patterns``), following TimeML extents,
then resolved in text order (``normalise``) against ``doc._.published`` or, for anaphora such as
"a day earlier", against an earlier time in the text. The tense of the governing verb (``tense``)
decides which way an underspecified date points ("said Thursday" → the Thursday before publication,
"will meet Sunday" → the Sunday after). ``anchor`` is "published", "tN" (the N-th time of the same
list, counting from 1) or None for absolute dates, durations and vague references. Without a
publication date, relative expressions keep ``value``, ``start`` and ``end`` null.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...records import Time
from ..entities import countries_by_mentions
from .normalise import NEEDS_DIRECTION, PUBLISHED, Context, Resolved, month_number, normalise, year_of
from .patterns import Candidate, find_candidates
from .tense import UNKNOWN, direction, told_firmly

__all__ = ["TimeTagger", "find_times", "in_dateline", "make_times", "parse_published", "reanchor_quoted", "time_at"]

_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# Countries whose papers write the month first in "03/12/2026" (the rest of the world writes the day first).
MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "CA"})
# spaCy entity labels that mark a four-digit number as an amount, not a year ("2000 troops").
_AMOUNT_LABELS = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL"}
# Labels under which a month name is someone's or something's name ("Theresa May").
_NAME_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "GPE", "NORP"}


@Language.factory("claimgraph_times")
def make_times(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger()


class TimeTagger:
    """Sets ``doc._.times`` to the list of ``records.Time`` in text order."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.times = find_times(doc, parse_published(doc._.published))
        return doc


def parse_published(value: str | date | datetime | None) -> date | None:
    """The publication day from an ISO date or datetime string ("1998-04-24T21:49:00"), else None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


# A line that opens with a dateline: "LISBON, ", "PARIS, Texas, ", "MUMBAI (Reuters) -", "SEOUL —".
_DATELINE_OPENING = re.compile(r"(?m)^[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?:[ ][A-ZÀ-Þ.'’-]+){0,3}(?:,\s*[A-Z][a-z]+\.?)?(?=,\s*|\s*\(|\s+[—–-])")
# What may close a dateline's date: a year, the agency, the dash.
_DATELINE_CLOSE = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^)\n]{1,30}\)\s*)?[—–-]")
# How long before publication a dateline's date may be and still date what the item says.
DATELINE_REACH_DAYS = 60


def _datelines(text: str) -> list[tuple[int, int]]:
    """Where each dateline starts, and where its place name ends (a date may follow it)."""
    return [(m.start(), m.end()) for m in _DATELINE_OPENING.finditer(text)]


def _dateline_date(text: str, cand: Candidate, datelines: list[tuple[int, int]]) -> bool:
    """"LISBON, Nov 10 (Reuters) - ": a day written in a dateline, the day the item was filed."""
    if cand.kind != "month_day" or "dom2" in cand.groups or "dom2to" in cand.groups:
        return False
    return _after_dateline_place(text, cand.start, cand.end, datelines)


def _after_dateline_place(text: str, start: int, end: int, datelines: list[tuple[int, int]]) -> bool:
    place_end = next((e for s, e in datelines if s <= start <= e + 3), None)
    return place_end is not None and text[place_end:start].strip() == "," and bool(_DATELINE_CLOSE.match(text, end))


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the time at ``start:end`` is the date of its line's dateline ("LONDON, Nov. 20 —"):
    the attribution stage does not take it for the day a thing was said."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end == -1 else line_end]
    datelines = [(line_start + a, line_start + b) for a, b in _datelines(line)]
    return _after_dateline_place(text, start, end, datelines)


def find_times(doc: Doc, published: date | None) -> list[Time]:
    """Recognise and resolve the time expressions of a parsed Doc.

    A wire item dated in its dateline ("LISBON, Nov 10 (Reuters) - … said on Tuesday") counts its
    relative times from that day, not from the page's publication, up to the next dateline: a
    round-up gathers items filed on different days."""
    ctx = Context(published)
    times: list[Time] = []
    text = doc.text  # built anew on each access: read it once
    candidates = find_candidates(text)
    datelines = _datelines(text)
    filed: int | None = None  # the index of the dateline's date that the current item counts from
    filed_at = 0  # where that date stands
    if any(cand.kind == "slash_date" for cand in candidates):
        countries = countries_by_mentions(doc)
        ctx.day_first = bool(countries) and countries[0] not in MONTH_FIRST_COUNTRIES
    _share_range_years(text, candidates)
    clock_days: dict[int, int] = {}  # where a day written after its clock time starts → the clock's direction
    previous: Candidate | None = None
    for cand in candidates:
        span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or not _is_time(cand, span):
            continue
        if filed is not None and any(filed_at < start <= cand.start for start, _ in datelines):
            ctx.published, filed = published, None  # the next item, under a dateline of its own
        ctx.position = cand.start
        ctx.before = text[max(cand.start - 24, 0) : cand.start]
        ctx.after = text[cand.end : cand.end + 24]
        owner = _YEARS_EVENT.search(text, span.sent.start_char, cand.start)
        ctx.year_shift = _YEAR_SHIFTS[owner[1].lower()] if owner else None
        if _SINCE.search(ctx.before):
            ctx.since.add(cand.start)
        needs_tense = cand.kind in NEEDS_DIRECTION or (cand.day is not None)
        ctx.direction = direction(doc, cand.start, cand.end) if needs_tense else UNKNOWN
        ctx.firm = needs_tense and told_firmly(doc, cand.start, cand.end)
        if cand.start in clock_days:
            ctx.direction = clock_days[cand.start]  # "until 9am on Tuesday": the day points where its clock does
        if cand.kind == "clock" and cand.day is not None and cand.day.start >= cand.end:
            clock_days[cand.day.start] = ctx.direction
        try:
            resolved = normalise(cand, ctx)
        except (ValueError, OverflowError):
            # Arithmetic beyond the calendar ("200,000 years ago"): kept, with no date to give.
            resolved = Resolved("DATE", None)
        if resolved is None:
            continue
        resolved = _range_end_after_its_start(text, cand, resolved, ctx, previous)
        if filed is not None and resolved.anchor == PUBLISHED:
            resolved = replace(resolved, anchor=filed)
        previous = cand
        ctx.earlier.append((cand.start, resolved))
        times.append(_record(text, cand, resolved))
        day = resolved.period
        if day is not None and day.grain == "day" and _dateline_date(text, cand, datelines):
            reach = published is None or 0 <= (published - day.first).days <= DATELINE_REACH_DAYS
            if reach and (published is not None or resolved.anchor is None):
                ctx.published, filed, filed_at = day.first, len(times) - 1, cand.start
    return times


_RANGE_OPENER = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_JOINER = re.compile(r"\s*(?:to|until|till|through|thru|and|-|–)\s*", re.IGNORECASE)


def _range_end_after_its_start(
    text: str, cand: Candidate, resolved: Resolved, ctx: Context, previous: Candidate | None
) -> Resolved:
    """"from Monday to Thursday": each weekday takes its own tense, which may put the end before the
    start; the end is then the same weekday a week on."""
    if previous is None or cand.kind != "weekday" or previous.kind != "weekday" or not ctx.earlier:
        return resolved
    if not _RANGE_JOINER.fullmatch(text, previous.end, cand.start) or not _RANGE_OPENER.search(text, max(0, previous.start - 12), previous.start):
        return resolved
    start = ctx.earlier[-1][1].period
    end = resolved.period
    if start is None or end is None or end.first >= start.first:
        return resolved
    moved = end.shift(1, "week")
    return Resolved(resolved.type, moved.value, moved, resolved.anchor) if moved is not None else resolved


def reanchor_quoted(doc: Doc, text: str, quoted: list[tuple[int, int, date, int]]) -> None:
    """Count the deictic times of a quotation ("tonight", "tomorrow", "on Friday") from the day it
    was said, not from publication: '"Tonight we celebrate," she said on Saturday' is Saturday
    night. ``quoted``: (start, end, day said, index of that time in ``doc._.times``) per quotation.
    Runs after the attribution stage has found when each quotation was said."""
    times = doc._.times or []

    def quotation_of(time: Time) -> tuple[int, int, date, int] | None:
        return next((q for q in quoted if q[0] <= time.span[0] and time.span[1] <= q[1]), None)

    targets = [(i, q) for i, time in enumerate(times) if time.anchor == PUBLISHED and (q := quotation_of(time))]
    if not targets:
        return
    candidates = find_candidates(text)  # again, only for an article that needs it
    _share_range_years(text, candidates)
    by_span = {(c.start, c.end): c for c in candidates}
    for i, (_, _, day, said) in targets:
        cand = by_span.get(times[i].span)
        if cand is None:
            continue
        ctx = Context(day, position=cand.start, before=text[max(cand.start - 24, 0) : cand.start])
        if cand.kind in NEEDS_DIRECTION or cand.day is not None:
            ctx.direction = direction(doc, cand.start, cand.end)
        try:
            resolved = normalise(cand, ctx)
        except (ValueError, OverflowError):
            continue
        if resolved is not None and resolved.anchor == PUBLISHED:
            times[i] = _record(text, cand, resolved)
            times[i].anchor = _anchor_name(said)


# An event of a year named earlier in the sentence: "next year's summit … in December".
_YEARS_EVENT = re.compile(r"\b(next|last|this) year['’]s\b", re.IGNORECASE)
_YEAR_SHIFTS = {"next": 1, "last": -1, "this": 0}
# What joins two days that share the year written after the second: "March 1 to June 30, 2025",
# "between March 1 and June 30, 2025", "on May 2 and June 9, 2024".
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|until|till|and|or)\s*", re.IGNORECASE)


def _share_range_years(text: str, candidates: list[Candidate]) -> None:
    """"Between March 1 and June 30, 2025": the year written once at the end is both ends' year
    (the year before for a run across New Year, "Dec. 3 to Jan. 9, 2025")."""
    for first, last in zip(candidates, candidates[1:]):
        if first.kind == "month" and last.kind == "month_year" and not first.groups.get("rel"):
            _share_month_year(text, first, last)
            continue
        if first.kind != "month_day" or last.kind != "month_day" or "year" in first.groups or "year" not in last.groups:
            continue
        join = _RANGE_JOIN.fullmatch(text, first.end, last.start)
        if join is None:
            continue
        year = int(last.groups["year"])
        if month_number(first.groups["month"]) > month_number(last.groups["month"]):
            year -= 1
        first.groups["year"] = str(year)


def _share_month_year(text: str, first: Candidate, last: Candidate) -> None:
    """"In April and May 2025", "April and May of last year": a bare month joined to a month with
    its year is of that year (the year before for a run across New Year, "December to February 2025")."""
    if _RANGE_JOIN.fullmatch(text, first.end, last.start) is None:
        return
    across_new_year = month_number(first.groups["month"]) > month_number(last.groups["month"])
    shared = {k: v for k, v in last.groups.items() if k in ("year", "yy", "syear", "rel")}
    if "rel" in shared:
        shifts = ["last", "this", "next"]
        at = shifts.index(shared["rel"].lower()) - across_new_year
        if at < 0:
            return
        shared["rel"] = shifts[at]
    else:
        year = year_of(shared)
        if year is None:
            return
        shared = {"year": str(year - across_new_year)}
    first.kind = "month_year"
    first.groups = {"month": first.groups["month"], **shared}


def _month_names_a_person(token) -> bool:
    """""We're tired," June said", "Walter and June Abernathy": a month that is someone's given name,
    the subject of a speech verb or the first name before a surname (not "in June", "since April")."""
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in ("in", "by", "since", "until", "from", "to", "through", "of", "last", "next", "this", "early", "late", "mid"):
        return False
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "VERB" and token.head.lemma_.lower() in _SPEECH_LEMMAS:
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and token.dep_ == "compound" and token.head == after and after.pos_ == "PROPN" and after.is_title


# Verbs whose subject speaks: a month as their subject is a person's name ("June said").
_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "ask", "reply", "recall", "explain", "laugh", "write", "admit"})


def _is_time(cand: Candidate, span: Span) -> bool:
    """Filters that need the parse: names that look like months, amounts that look like years, and
    a capitalised word that is part of a longer name ("Pacific Daily", "The Sunday Times")."""
    if _part_of_a_longer_name(span) or _names_a_competition(cand, span) or _names_a_programme(span):
        return False
    if _a_fraction(span):
        return False
    if cand.kind == "quarter" and _half_of_a_match(cand, span):
        return False
    if cand.kind == "month" and not cand.groups.get("rel"):
        token = span[-1]
        if token.ent_type_ in _NAME_LABELS or token.pos_ in ("VERB", "AUX"):
            return False
        if token.lower_ in ("may", "march") and len(span) == 1 and _looks_like_name(token):
            return False
        if len(span) == 1 and _month_names_a_person(token):
            return False
    if cand.kind == "weekday" and len(span) == 1 and _weekday_as_a_kind(span[0]):
        return False
    if cand.kind == "year" and " ".join(span.text.lower().split()) == "two thousand" and span.end < len(span.doc):
        if span.doc[span.end].pos_ == "NOUN":
            return False  # "nearly two thousand people": a count
    if cand.kind == "year" and "fiscal" not in cand.groups and "year2" not in cand.groups and len(span) == 1:
        token = span[0]
        if token.ent_type_ in _AMOUNT_LABELS and not _year_before_its_noun(token):
            return False
        if token.dep_ == "nummod" and token.head.tag_ == "NNS":
            return False
        if _part_of_a_phone_number(token):
            return False
    return True


def _year_before_its_noun(token) -> bool:
    """"during a 2022 traffic stop", "the 2016 race": a year written as an adjective between an
    article and a singular noun, which the model took for a count."""
    doc = token.doc
    if not (token.text.isdigit() and 1900 <= int(token.text) <= 2100) or token.i == 0 or token.i + 1 >= len(doc):
        return False
    article = doc[token.i - 1].lower_ in ("a", "an", "the", "its", "his", "her", "their")
    following = doc[token.i + 1]
    return article and token.dep_ == "nummod" and token.head.tag_ == "NN" and following.pos_ in ("NOUN", "PROPN", "ADJ") and (
        following.lower_ not in _UNIT_WORDS
    )


_UNIT_WORDS = frozenset("metre meter metres meters pound pounds yard mile kilometre km kg tonne ton foot feet cc horsepower".split())


def _part_of_a_phone_number(token) -> bool:
    """"call Crime Stoppers on 1800 333 000": a run of digit groups is a number to ring, not a year."""
    doc = token.doc

    def group(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text.isdigit() and len(doc[i].text) >= 2

    # two more groups beside it ("1800 333 000", "020 1999 4455"): one alone may be a count ("in 1998 300 died")
    return (group(token.i + 1) and group(token.i + 2)) or (group(token.i - 1) and group(token.i + 1)) or (
        group(token.i - 1) and group(token.i - 2)
    )


def _weekday_as_a_kind(token) -> bool:
    """"its regular Sunday worshippers", "weekend shoppers": a weekday that says what kind of people
    or things, before a plural noun, with nothing that picks one day ("last", "this", "on")."""
    head = token.head
    if token.dep_ not in ("compound", "amod", "nmod") or head.tag_ != "NNS" or head.i != token.i + 1:
        return False
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    return head.lower_ not in _DAY_PART_NOUNS and before not in ("on", "last", "this", "next", "by", "until", "since", "the")


_DAY_PART_NOUNS = frozenset(
    "nights mornings afternoons evenings talks elections polls games matches prayers services rallies protests "
    "strikes attacks shootings meetings sessions hearings"
    .split()
)


# Words of a match report: "the second half" there is a half of the game, not of the year.
_MATCH_WORDS = frozenset(
    "goal goals match game minute minutes header penalty striker midfielder keeper goalkeeper equalised "
    "equalized equaliser equalizer scored score kick-off half-time halftime referee substitute pitch "
    "coach manager fans crowd defend defended overtime touchdown quarterback rebounds buzzer innings wicket "
    "wickets fixture derby".split()
)


def _half_of_a_match(cand: Candidate, span: Span) -> bool:
    """"Ashford equalised early in the second half", "did not defend in the fourth quarter": a bare
    half or quarter in a sentence about a match, or right after one."""
    groups = cand.groups
    if not groups.get("qh", "").lower().startswith(("half", "quarter")) or any(
        key in groups for key in ("year", "pyear", "ayear", "rely", "theyear", "yago", "count", "fiscal")
    ):
        return False
    sentence = span.sent
    before = span.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return any(token.lower_ in _MATCH_WORDS for token in (*before, *sentence))


def _names_a_competition(cand: Candidate, span: Span) -> bool:
    """"the One-Day Cup", "the Six-Day War": a hyphenated duration in capitals opening a name."""
    doc = span.doc
    words = cand.text.split()
    hyphened = "-" in cand.text and all(part[:1].isupper() for part in re.split(r"[\s-]+", words[-1]))
    return hyphened and span.end < len(doc) and doc[span.end].is_title and doc[span.end].pos_ in ("PROPN", "NOUN")


def _a_fraction(span: Span) -> bool:
    """"A quarter of the staff", "fell by a quarter": a share, not three months."""
    last = span[-1]
    if last.lower_ == "quarters" and "-" in span.text:
        return True  # "cut infections by three-quarters": a hyphenated share, never nine months
    if last.lower_ != "quarter" or not any(t.lower_ in ("a", "one") for t in span):
        return False
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return after == "of" or before == "by"


def _part_of_a_longer_name(span: Span) -> bool:
    first, last = span[0], span[-1]
    if not all(t.is_title for t in span) or first.ent_type_ not in _NAME_LABELS - {"GPE", "NORP"}:
        return False
    entity = next((e for e in span.doc.ents if e.start <= first.i < e.end), None)
    return entity is not None and last.i < entity.end and (entity.start < first.i or last.i + 1 < entity.end)


def _names_a_programme(span: Span) -> bool:
    """"the BBC's Today programme", "NBC's Today show": a broadcast's title, not a day."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        len(span) == 1 and span[0].text in ("Today", "Tonight") and span[0].i > span.sent.start
        and after is not None and after.lower_ in ("programme", "program", "show", "newspaper", "podcast")
    )


def _looks_like_name(token) -> bool:
    """ "Theresa May said", "Mrs. May will": a name before it or a verb right after it."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.pos_ == "PROPN" and before.is_title:
        return True
    return after is not None and after.tag_ in ("VBD", "VBZ", "MD")


def _record(text: str, cand: Candidate, resolved: Resolved) -> Time:
    period = resolved.period
    dated = period is not None and resolved.type in ("DATE", "TIME")
    return Time(
        text=text[cand.start : cand.end],
        span=(cand.start, cand.end),
        type=resolved.type,
        value=resolved.value,
        start=period.first.isoformat() if dated else None,
        end=period.last.isoformat() if dated else None,
        anchor=_anchor_name(resolved.anchor),
    )


def _anchor_name(anchor: str | int | None) -> str | None:
    if anchor is None or anchor == PUBLISHED:
        return anchor
    return f"t{int(anchor) + 1}"


def time_at(doc: Doc, start: int, end: int) -> Time | None:
    """The time expression overlapping characters ``start:end`` most (None if none overlaps), so that
    the attribution stage can fill ``claims[].stated.value``."""
    best: Time | None = None
    best_overlap = 0
    for time in doc._.times or ():
        overlap = min(end, time.span[1]) - max(start, time.span[0])
        if overlap > best_overlap:
            best, best_overlap = time, overlap
    return best
