"""Find quotations in raw text: pair quote marks, tell them from apostrophes, survive bad pairing.

Written by hand: no maintained library pairs quote marks in messy news text (straight and curly
marks mixed, closers typed as openers, marks left open, quotes running over paragraphs, single
quotes inside double ones, apostrophes that look like single quotes). The rules:

- Double marks are “ ” „ « » and the straight ", and '' or `` typed for one double mark.
- A mark's role comes from what stands around it (an opener follows a space or an opening bracket
  and precedes a word; a closer follows a word and precedes a space or punctuation), and only when
  the context does not say, from its shape (“ opens, ” closes, a straight " toggles).
- Double marks pair with a stack, so a double quote inside a double quote nests. A closer with
  nothing open is dropped; an opener never closed ends at the end of its paragraph.
- A quote still open at a paragraph's end continues when the next paragraph starts with an opening
  mark (the news convention for quotes over several paragraphs: a mark opens each paragraph and
  only the last one closes), provided it opened a paragraph or followed "said:" or "said,"; a mark
  opened mid-sentence and never closed is a stray and ends with its paragraph.
- Single marks count only in pairs, inside a double quote or on their own in one paragraph; a single
  mark between two letters ("North Korea’s", "shouldn‘t") is an apostrophe, and so is one after a
  plural's "s" before a lower-case noun ("tenants' complaints") when a closer follows in the paragraph.
- A short capitalised quote between two names (Joaquín “Shorty” Guzmán) is a nickname, not a quotation.

Everything runs in a few passes over the characters, so it stays linear in the text length.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

DOUBLE_OPENERS = "“„‟«"
DOUBLE_CLOSERS = "”»"
SINGLE_OPENERS = "‘‹"
SINGLE_CLOSERS = "’›"
DOUBLE_MARKS = frozenset(DOUBLE_OPENERS + DOUBLE_CLOSERS + '"')
SINGLE_MARKS = frozenset(SINGLE_OPENERS + SINGLE_CLOSERS + "'")
QUOTE_MARKS = DOUBLE_MARKS | SINGLE_MARKS
OPENING_CONTEXT = frozenset("([{—–―-/")
CLOSING_CONTEXT = frozenset(".,;:!?)]}—–―-…")
# A quotation on its own in a paragraph, with single marks, is rarely longer than this; a longer
# "pair" is an apostrophe that happened to meet a closing mark.
MAX_SINGLE_QUOTE_CHARS = 400


@dataclass
class Quote:
    """A quotation: ``start`` is its opening mark, ``end`` is after its closing mark (or the end of the
    paragraph where an unclosed quote stops)."""

    start: int
    end: int
    double: bool = True
    closed: bool = True
    paragraphs: int = 1  # how many paragraphs it runs over
    parent: int | None = None  # index of the quote it stands inside
    nickname: bool = False

    @property
    def is_quotation(self) -> bool:
        """A quotation that can be attributed (a top-level quote, not a nickname)."""
        return self.parent is None and not self.nickname


@dataclass
class _Mark:
    pos: int
    role: str  # "open", "close", "toggle" or "apostrophe"
    width: int = 1


def find_quotes(text: str) -> list[Quote]:
    """All quotes in ``text``, ordered by start; nested ones point to their parent by index."""
    paragraphs = paragraph_starts(text)
    doubles = _pair_doubles(text, paragraphs)
    quotes = sorted(doubles, key=lambda q: (q.start, -q.end))
    singles = _pair_singles(text, paragraphs, quotes)
    quotes = sorted(quotes + singles, key=lambda q: (q.start, -q.end))
    _link_parents(quotes)
    for quote in quotes:
        quote.nickname = _is_nickname(text, quote)
    return quotes


def paragraph_starts(text: str) -> list[int]:
    """The offsets where lines start: each line break ends a paragraph."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _paragraph_of(paragraphs: list[int], pos: int) -> int:
    return bisect.bisect_right(paragraphs, pos) - 1


def _paragraph_end(text: str, paragraphs: list[int], index: int) -> int:
    """End of paragraph ``index`` without its line break and trailing spaces."""
    end = paragraphs[index + 1] - 1 if index + 1 < len(paragraphs) else len(text)
    while end > paragraphs[index] and text[end - 1].isspace():
        end -= 1
    return end


def _role(text: str, pos: int, openers: str, closers: str) -> str:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    opening = (before.isspace() or before in OPENING_CONTEXT or before in QUOTE_MARKS) and not (
        after.isspace() or after in CLOSING_CONTEXT
    )
    closing = not before.isspace() and before not in OPENING_CONTEXT and (
        after.isspace() or after in CLOSING_CONTEXT or after in QUOTE_MARKS
    )
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    mark = text[pos]
    if mark in openers:
        return "open"
    if mark in closers:
        return "close"
    return "toggle"


def _starts_paragraph(text: str, paragraphs: list[int], pos: int) -> bool:
    start = paragraphs[_paragraph_of(paragraphs, pos)]
    return not text[start:pos].strip()


def _double_marks(text: str) -> list[_Mark]:
    """Double marks in order; two apostrophes ('') or backticks (``) typed for one double mark count as one."""
    marks = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in DOUBLE_MARKS:
            marks.append(_Mark(i, _role(text, i, DOUBLE_OPENERS, DOUBLE_CLOSERS)))
        elif ch in "'`" and text.startswith(ch * 2, i):
            marks.append(_Mark(i, _role_of_pair(text, i), 2))
            i += 1
        i += 1
    return marks


def _role_of_pair(text: str, pos: int) -> str:
    """The role of a two-character mark ('' or ``), from what stands around the pair."""
    if text[pos] == "`":
        return "open"
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 2] if pos + 2 < len(text) else " "
    if (before.isspace() or before in OPENING_CONTEXT) and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in CLOSING_CONTEXT or after in QUOTE_MARKS):
        return "close"
    return "toggle"


def _pair_doubles(text: str, paragraphs: list[int]) -> list[Quote]:
    marks = _double_marks(text)
    quotes: list[Quote] = []
    stack: list[list[int]] = []  # [opening offset, paragraphs spanned so far] of each open quote
    current_paragraph = -1  # the paragraph the open quotes have reached

    def close_open_quotes(at_paragraph: int) -> None:
        end = _paragraph_end(text, paragraphs, at_paragraph)
        while stack:
            start, spanned = stack.pop()
            quotes.append(Quote(start, end, closed=False, paragraphs=spanned))

    for mark in marks:
        paragraph = _paragraph_of(paragraphs, mark.pos)
        if stack and paragraph != current_paragraph:
            continues = (
                paragraph == _next_nonblank_paragraph(text, paragraphs, current_paragraph)
                and mark.role in ("open", "toggle")
                and _starts_paragraph(text, paragraphs, mark.pos)
                and len(stack) == 1
                and _opens_a_quotation(text, paragraphs, stack[0][0])
            )
            if continues:
                current_paragraph = paragraph
                stack[0][1] += 1
                continue  # the opening mark of a continued quote: the quote goes on
            close_open_quotes(current_paragraph)
        if mark.role == "open" or (mark.role == "toggle" and not stack):
            stack.append([mark.pos, 1])
            current_paragraph = paragraph
        elif stack:
            start, spanned = stack.pop()
            quotes.append(Quote(start, mark.pos + mark.width, paragraphs=spanned))
        # else: a closing mark with nothing open is a stray mark; it is dropped
    if stack:
        close_open_quotes(current_paragraph)
    return quotes


def _opens_a_quotation(text: str, paragraphs: list[int], pos: int) -> bool:
    """Whether an opening mark starts a quotation (at a paragraph's start, or after "said:" or
    "said,") rather than a phrase inside a sentence ("the talks were “productive ...")."""
    if _starts_paragraph(text, paragraphs, pos):
        return True
    before = text[max(0, pos - 3) : pos].rstrip()
    return before[-1:] in (":", ",")


def _next_nonblank_paragraph(text: str, paragraphs: list[int], index: int) -> int:
    index += 1
    while index < len(paragraphs) and not text[paragraphs[index] : _paragraph_end(text, paragraphs, index)].strip():
        index += 1
    return index


def _single_role(text: str, pos: int) -> str:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return "apostrophe"
    return _role(text, pos, SINGLE_OPENERS, SINGLE_CLOSERS)


def _pair_singles(text: str, paragraphs: list[int], doubles: list[Quote]) -> list[Quote]:
    """Single-mark quotes, each inside one region: a double quote or a paragraph outside them."""
    starts = [q.start for q in doubles]
    quotes: list[Quote] = []
    open_at: int | None = None
    region: tuple[int, int] | None = None
    for i, ch in enumerate(text):
        if ch not in SINGLE_MARKS:
            continue
        if ch == "'" and (text[i - 1 : i] == "'" or text[i + 1 : i + 2] == "'"):
            continue  # half of a '' double mark
        role = _single_role(text, i)
        if role == "apostrophe":
            continue
        here = (_innermost(doubles, starts, i), _paragraph_of(paragraphs, i))
        if open_at is not None and here != region:
            open_at = None  # the opener found no closer in its region
        if open_at is None:
            if role in ("open", "toggle"):
                open_at, region = i, here
        elif role in ("close", "toggle"):
            if _plural_possessive(text, i) and _single_closer_after(text, i, paragraphs):
                continue  # 'Tenants' complaints were ignored.': the quote closes further on
            if i + 1 - open_at <= MAX_SINGLE_QUOTE_CHARS:
                quotes.append(Quote(open_at, i + 1, double=False))
            open_at = None
    return quotes


# Words that follow a closing single mark ("'…figures' he said", "'…rules' and …"); any other
# lower-case word after "s'" reads as the noun a plural possessive owns ("tenants' complaints").
_AFTER_A_CLOSER = frozenset(
    "he she they it we i you said says say added adds told according and or but nor as in on at to for "
    "from with by of was were is are has have had will would which who that when while after before "
    "because if than so".split()
)


def _plural_possessive(text: str, pos: int) -> bool:
    """A mark after a plural's "s" and before a lower-case noun ("tenants' complaints")."""
    if pos < 2 or text[pos - 1] != "s" or not text[pos - 2].isalpha() or text[pos + 1 : pos + 2] != " ":
        return False
    word = text[pos + 2 : pos + 22].split(maxsplit=1)[0] if text[pos + 2 : pos + 3].isalpha() else ""
    return word.islower() and word.strip(".,;:!?") not in _AFTER_A_CLOSER


def _single_closer_after(text: str, pos: int, paragraphs: list[int]) -> bool:
    """Whether another single mark that can close a quote stands later in ``pos``'s paragraph."""
    end = _paragraph_end(text, paragraphs, _paragraph_of(paragraphs, pos))
    for i in range(pos + 1, end):
        if text[i] in SINGLE_MARKS and _single_role(text, i) in ("close", "toggle") and not _plural_possessive(text, i):
            return True
    return False


def _innermost(quotes: list[Quote], starts: list[int], pos: int) -> int:
    """Index of the innermost quote containing ``pos`` (-1 when none).

    Quotes are sorted by start, so the first one found going back that contains ``pos`` is the
    innermost; nesting is shallow, so a few steps back suffice.
    """
    first = bisect.bisect_right(starts, pos) - 1
    for index in range(first, max(-1, first - 8), -1):
        if quotes[index].start < pos < quotes[index].end:
            return index
    return -1


def _link_parents(quotes: list[Quote]) -> None:
    """Point each quote to the nearest quote that encloses it (quotes are sorted by start)."""
    open_stack: list[int] = []
    for index, quote in enumerate(quotes):
        while open_stack and quotes[open_stack[-1]].end <= quote.start:
            open_stack.pop()
        if open_stack and quote.end <= quotes[open_stack[-1]].end:
            quote.parent = open_stack[-1]
        open_stack.append(index)


def _is_nickname(text: str, quote: Quote) -> bool:
    """A short capitalised quote right between two capitalised words: “Shorty” in Joaquín “Shorty” Guzmán."""
    inner = text[quote.start : quote.end].strip(" '`\"“”‘’«»")
    words = inner.split()
    if not 1 <= len(words) <= 3 or not all(word[:1].isupper() for word in words):
        return False
    if any(ch in inner for ch in ".!?,;:"):
        return False
    before = text[max(0, quote.start - 40) : quote.start].rstrip().split()
    after = text[quote.end : quote.end + 40].lstrip().split()
    if not (before and after and before[-1][:1].isupper() and after[0][:1].isupper() and before[-1][-1:].isalpha()):
        return False
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    words = text[line_start : len(text) if line_end == -1 else line_end].split()
    capitalised = sum(word[:1].isupper() for word in words)
    return capitalised <= 0.6 * len(words)  # in a Title Case headline every word is capitalised


class QuoteIndex:
    """Look quotations up by position: which one covers a character, which ends or starts nearby."""

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text = text
        self.quotes = quotes
        self.quotations = [q for q in quotes if q.is_quotation]
        self._all = [q for q in quotes if not q.nickname]
        self._all_starts = [q.start for q in self._all]
        self._children: dict[int, list[Quote]] = {}
        for quote in self._all:
            if quote.parent is not None:
                self._children.setdefault(id(quotes[quote.parent]), []).append(quote)
        self._starts = [q.start for q in self.quotations]
        self._ends = sorted((q.end, i) for i, q in enumerate(self.quotations))
        self._end_values = [end for end, _ in self._ends]

    def covering(self, pos: int) -> Quote | None:
        """The quotation whose marks enclose character ``pos`` (top-level quotations never overlap)."""
        index = bisect.bisect_right(self._starts, pos) - 1
        if index >= 0 and self.quotations[index].start <= pos < self.quotations[index].end:
            return self.quotations[index]
        return None

    def overlapping(self, start: int, end: int, level: Quote | None = None) -> list[Quote]:
        """Quotations that share characters with ``[start, end)`` (with ``level``, the quotes
        directly inside that one instead)."""
        if level is not None:
            return [q for q in self.children(level) if q.start < end and q.end > start]
        index = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = []
        while index < len(self.quotations) and self.quotations[index].start < end:
            quote = self.quotations[index]
            if quote.end > start:
                found.append(quote)
            index += 1
        return found

    def ending_before(self, pos: int, gap: str = " \t\n,;:—–―-") -> Quote | None:
        """The quotation that ends right before ``pos``, with only characters of ``gap`` between."""
        index = bisect.bisect_right(self._end_values, pos) - 1
        if index < 0:
            return None
        quote = self.quotations[self._ends[index][1]]
        return quote if all(ch in gap for ch in self.text[quote.end : pos]) else None

    def starting_after(self, pos: int, gap: str = " \t\n,;:—–―-") -> Quote | None:
        """The quotation that starts right after ``pos``, with only characters of ``gap`` between."""
        index = bisect.bisect_left(self._starts, pos)
        if index >= len(self.quotations):
            return None
        quote = self.quotations[index]
        return quote if all(ch in gap for ch in self.text[pos : quote.start]) else None

    def next_start(self, pos: int) -> int:
        """Where the first quotation at or after ``pos`` starts (the text length when none does)."""
        index = bisect.bisect_left(self._starts, pos)
        return self.quotations[index].start if index < len(self.quotations) else len(self.text)

    def innermost(self, pos: int) -> Quote | None:
        """The innermost quote (at any depth, nicknames left out) whose marks enclose ``pos``."""
        index = bisect.bisect_right(self._all_starts, pos) - 1
        for quote in reversed(self._all[max(0, index - 8) : index + 1]):
            if quote.start <= pos < quote.end:
                return quote
        return None

    def children(self, outer: Quote | None) -> list[Quote]:
        """The quotes directly inside ``outer`` ("They said things like, ‘Well, …’"), or the
        top-level quotations when ``outer`` is None."""
        if outer is None:
            return self.quotations
        return self._children.get(id(outer), [])

    def quoted_share(self, start: int, end: int, level: Quote | None = None) -> float:
        """The share of the letters and digits in ``[start, end)`` that stand inside quotations
        (with ``level``, inside the quotes directly inside that one)."""
        letters = sum(ch.isalnum() for ch in self.text[start:end])
        if not letters:
            return 0.0
        inside = 0
        for quote in self.overlapping(start, end, level):
            inside += sum(ch.isalnum() for ch in self.text[max(start, quote.start) : min(end, quote.end)])
        return inside / letters
