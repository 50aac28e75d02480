"""Plain text and Markdown articles: the text as it is, and a title when the first line is one.

The text is not cleaned here (leftover UI words, captions and bylines are the clean stage's
work); the title line also stays in the text. Markdown front matter (``---`` ... ``---`` at the
top, ``key: value`` lines) is metadata, not article text, so it is read and taken out.
"""

from __future__ import annotations

import re

from ..records import Source
from .dates import parse_published
from .limits import ReadError

MAX_TITLE_CHARS = 200

# Lines scrapers leave above a headline: buttons, ads, menus. Compared in lower case, without
# punctuation or symbols. The clean stage has the full list; these only make the title search
# step over them.
UI_LINES = frozenset(
    (
        "close", "ad", "ads", "advertisement", "advertising", "sponsored", "sponsored content",
        "share", "share this", "share this article", "tweet", "email", "e-mail", "print",
        "facebook", "twitter", "x", "whatsapp", "linkedin", "copy link", "link copied", "menu",
        "open menu", "close menu", "toggle navigation", "navigation", "search", "home",
        "subscribe", "sign in", "sign up", "log in", "login", "newsletter", "follow",
        "follow us", "listen", "listen to this article", "play", "watch", "video", "photo",
        "comments", "related", "more", "read more", "back to top", "skip to content",
        "skip to main content", "breaking", "breaking news", "live", "updated", "opinion",
        "analysis",
    )
)  # fmt: skip
_UI_WORDS = frozenset(word for line in UI_LINES for word in line.split())

_MARKUP_AROUND = re.compile(r"^(?:#{1,6}\s+|[*_]{1,3})|(?:\s+#+|[*_]{1,3})$")
_NON_LETTERS = re.compile(r"[^\w\s-]+")
_BYLINE = re.compile(r"^by\s+\S", re.IGNORECASE)
_FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")
_FRONT_MATTER_KEYS = {
    "title": "title",
    "date": "published",
    "published": "published",
    "url": "url",
    "link": "url",
    "author": "author",
    "outlet": "outlet",
    "source": "outlet",
    "site": "outlet",
    "id": "id",
}


def text_source(text: str, origin: str) -> Source:
    """A Source from plain text or Markdown; raises ReadError for a bad front-matter date."""
    metadata, text = split_front_matter(text)
    published = metadata.pop("published", None)
    source = Source(text=text, origin=origin, **metadata)
    if published:
        try:
            source.published = parse_published(published)
        except ValueError as err:
            raise ReadError(f"front matter: {err}") from None
    if source.title is None:
        source.title = guess_title(text)
    if source.author is None:
        source.author = guess_author(text)
    if source.published is None:
        source.published = guess_published(text)
    return source


# How far down a header date line may stand (the headline, a dek and a byline may come first).
HEADER_LINES = 4
# A dateline's place before the date: "Odesa • 12 March 2025, 09:15", "KYIV — Oct. 25, 2024".
_PLACE_BEFORE_DATE = re.compile(r"^[A-Z][\w .'-]{1,40}?\s*[•|·—–]\s*")
# A dateline opening the first paragraph, with a full date: "GENEVA, 13 March 2025 — ...",
# "KYIV, Oct. 25, 2024 (Wire) - ...".
_DATELINE_DATE = re.compile(
    r"^[A-Z][A-Z .'-]{1,40},\s+(?P<date>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?)\s+\d{4})"
    r"\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s"
)


def guess_published(text: str) -> str | None:
    """The publication date of a line near the top that is a date and nothing else ("October 25,
    2024", "Published: 25 Oct 2024", "Odesa • 12 March 2025, 09:15"); None when there is none. A
    date inside a sentence is never taken: it may be any day the story mentions."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:HEADER_LINES]
    for line in lines:
        dateline = _DATELINE_DATE.match(line)  # "GENEVA, 13 March 2025 — Measles cases ...": the filing date
        for candidate in (line, _PLACE_BEFORE_DATE.sub("", line, count=1), dateline and dateline["date"]):
            if not candidate:
                continue
            try:
                return parse_published(candidate)
            except ValueError:
                continue
    return None


def guess_title(text: str) -> str | None:
    """The first line that is not a UI word, when it looks like a headline (else None). A line
    right above a byline is the headline whatever its punctuation ("It isn't one." over "By ...")."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        if _is_ui_line(line) or _is_date_line(line) or "cookie" in line.lower():
            continue  # (a site's cookie notice, which the clean stage removes, is no headline)
        has_body = index + 1 < len(lines)
        if has_body and _byline_name(lines[index + 1]) and not _BYLINE.match(line) and len(line) <= MAX_TITLE_CHARS:
            return _MARKUP_AROUND.sub("", line).strip()
        return _as_headline(line) if has_body else None
    return None


def guess_author(text: str) -> str | None:
    """The name of a byline among the first lines: "By Hannah Okafor", "By Ana Ruiz and Tom Li"."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:HEADER_LINES]:
        name = _byline_name(line)
        if name:
            return name
    return None


# "By Hannah Okafor", "By Ana Ruiz and Tom Li, Reuters": capitalised names after "By", on a line of their own.
_BYLINE_NAME = re.compile(r"^(?:[Bb]y|BY)\s+(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|la|le|du|van|von|der|den|da|di|dos|das|del|bin|al-\w+))*)(?:\s*[,|/–—-]\s*[\w .&'’-]{1,40})?$")


def _byline_name(line: str) -> str | None:
    found = _BYLINE_NAME.match(_MARKUP_AROUND.sub("", line).strip())
    if found is None or len(found.group("name").split()) > 8:
        return None
    name = found.group("name")
    return name if name[:1].isupper() and name.split()[0][:1].isupper() else None


def _is_ui_line(line: str) -> bool:
    words = _NON_LETTERS.sub(" ", line).lower().split()
    return (
        not words or " ".join(words) in UI_LINES or (len(words) <= 2 and all(w in _UI_WORDS for w in words))
    )


def _is_date_line(line: str) -> bool:
    try:
        parse_published(line)
    except ValueError:
        return False
    return True


def _as_headline(line: str) -> str | None:
    """The line as a title, or None when it reads like a sentence, a byline or a lead-in."""
    title = _MARKUP_AROUND.sub("", line).strip().rstrip(";").rstrip()  # "Headline; " (no dek)
    words = title.split()
    if len(title) > MAX_TITLE_CHARS or len(words) < 2 or not any(c.isalpha() for c in title):
        return None
    if title[0].islower() or _BYLINE.match(title) or title[-1] in ":,-–—(":
        return None
    final_period = _FINAL_PERIOD.search(title)
    if final_period is not None:
        # Headlines carry no final period; some corpora add one. Accept it on a title-case line
        # ("Poll: Wealthy Voters Abandon ...") and drop it, unless it ends an abbreviation (U.S.).
        if not _is_title_case(words):
            return None
        if "." not in words[-1].rstrip(_CLOSING_QUOTES)[:-1]:
            title = title[: final_period.start()] + final_period.group("quotes")
    return title


_CLOSING_QUOTES = "\"'’”"
# A sentence's final period, also inside closing quotes (American style: ... 'Terrifying.')
_FINAL_PERIOD = re.compile(r"(?<!\.)\.(?P<quotes>[\"'’”]*)$")


def _is_title_case(words: list[str]) -> bool:
    long_words = [word.strip("\"'“”‘’()") for word in words]
    long_words = [word for word in long_words if len(word) >= 4 and word[0].isalpha()]
    if not long_words:
        return False
    capitalised = sum(1 for word in long_words if word[0].isupper())
    return capitalised / len(long_words) >= 0.6


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Markdown front matter as (metadata, text after it); ({}, text) when there is none."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for end in range(1, min(len(lines), 60)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, text
    metadata: dict[str, str] = {}
    for line in lines[1:end]:
        match = _FRONT_MATTER_LINE.match(line)
        if match is None:
            if line.strip() and not line.startswith((" ", "\t", "-", "#")):
                return {}, text  # not YAML front matter after all
            continue
        field = _FRONT_MATTER_KEYS.get(match["key"].lower())
        value = match["value"].strip().strip("\"'").strip()
        if field and value and field not in metadata:
            metadata[field] = value
    return metadata, "\n".join(lines[end + 1 :]).lstrip("\n")
