"""Remove scraping leftovers from article text, recording every removal with its reason.

trafilatura already strips boilerplate from HTML; these rules are for what survives in plain text,
JSON dumps and scraped HTML alike: UI words alone on a line ("close", "Share", "Advertisement"),
promo lines ("Read more: …"), photo credits ("… via AFP – Getty Images", a "Reuters" glued to a line),
and a caption glued to the next sentence with no space ("on October 16.South Korean…").
HTML character references left in plain text by CMS exports and feeds (``&quot;``, ``&#8220;``)
become the characters they stand for, or quotations and names would be lost; invisible format
characters (zero-width spaces, soft hyphens) go, as they split words and numbers for the tokenizer.
No library does this for plain text (trafilatura works on the HTML tree), hence the hand-written rules.
"""

from __future__ import annotations

import html
import re

from ..records import Article, Removed, Source

# Lines that are only interface words, compared lower-cased without trailing punctuation.
UI_LINES = frozenset(
    """
    close share share this share this article tweet email print comments comment menu search
    advertisement advertising ad sponsored skip to content skip to main content skip navigation
    sign up sign in log in login subscribe subscribe now register follow follow us back to top
    top read more see more show more load more more continue reading listen listen to this article
    copy link copied link copied to clipboard open in app open menu close menu toggle navigation
    facebook twitter x linkedin whatsapp reddit pinterest telegram print this page save
    story continues below advertisement article continues below advertisement
    we recommend related recommended trending most read most popular you may also like
    photo video watch live cookie settings accept cookies accept all cookies
    """.strip().split("\n")
)
UI_WORDS = frozenset(
    word for line in UI_LINES for word in line.split()
) | {"facebook", "twitter", "linkedin", "whatsapp", "email", "share", "print", "copy", "link"}

PROMO_LINE = re.compile(
    r"^\s*(read more|related|see also|also read|recommended|watch|listen|more from|most read|"
    r"sign up for|subscribe to|click here|get the latest|download the|follow .{1,40} on (twitter|x|facebook))\b.*$",
    re.I,
)
# A wire editor's note on what a new version of the story adds: "(Adds analyst comment in paragraphs 4-5)".
EDITOR_NOTE = re.compile(
    r"^\(\s*(?:adds|updates|recasts|corrects|changes|rewrites|removes|fixes|refiles|repeats|moves|"
    r"releases|writethru|new throughout)\b[^()]{0,200}\)$",
    re.I,
)
LEGAL_LINE = re.compile(
    r"^\s*(©|\(c\)|copyright\b|all rights reserved|this (article|story) (was|has been) (originally )?"
    r"(published|updated)|this material may not be published)",
    re.I,
)

# A site's cookie notice, with its buttons: "We use cookies to improve your experience. … Accept all".
COOKIE_BANNER = re.compile(
    r"\b(?:we|this (?:site|website)) uses? cookies\b|\bour (?:use of )?cookies?(?: policy)?\b.*\b(?:accept|agree|consent)|"
    r"^\s*(?:accept all(?: cookies)?|reject all|manage (?:cookie )?(?:settings|preferences)|cookie settings)\s*$",
    re.I,
)
# Photo agencies and the shapes of credit lines that name them.
AGENCIES = (
    r"Getty Images|AFP|Reuters|AP Photo|Associated Press|EPA|EPA-EFE|Shutterstock|Bloomberg|"
    r"Sipa USA|Alamy|Xinhua|TASS|Sputnik|Yonhap|Kyodo|ANSA|dpa|NurPhoto|SOPA Images|Anadolu|"
    r"Pool|File Photo|Handout"
)
# A credit at the end of a caption sentence: "… on Monday. (AP Photo/Jane Doe)", "… June. Getty Images".
CREDIT_TAIL = re.compile(
    rf"(?<=[.!?”\"’])\s*(?P<credit>\((?:AP Photo|Photo|Reuters|AFP|EPA|Getty)[^()]{{0,60}}\)|"
    rf"(?:{AGENCIES})(?:\s*(?:[-–—/|]|via)\s*(?:{AGENCIES}))*)\s*$"
)
CREDIT_LINE = re.compile(
    rf"^\s*(?:\(?(?:Photo|Image|Picture|Credit)s?(?: by)?:\s*.{{1,80}}|"
    rf"\(?(?:{AGENCIES})(?:\s*(?:Photo)?\s*/\s*[\w .'-]{{1,40}})?\)?|"
    rf"[\w .’'&-]{{1,60}}(?:\s+via\s+|\s*[/|]\s*|\s+[-–—]\s+)(?:{AGENCIES})(?:\s*(?:[-–—/|]|via)\s*(?:{AGENCIES}))*)\s*$"
)

# Only complete references, with the semicolon: "AT&T" and "R&D" stay as they are.
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# Zero-width space, word joiner, a byte-order mark inside the text, soft hyphen. Not the zero-width
# (non-)joiners, which spell words in Persian, Hindi and emoji.
INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")

SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?]\s*[A-Z]")

# A sentence glued to the next with no space: "June.Getty", "16.South". Needs a lower-case word or
# digits before the stop so that "U.S.Army" or "e.g." are left alone.
GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=\d[.!?])(?=[A-Z][a-z]{2})")


def clean_source(source: Source, raw: bool = False) -> Article:
    """The cleaned article of a source; with ``raw`` the text is kept exactly as given."""
    text, removed = (source.text, []) if raw else clean_text(source.text)
    title = source.title
    if title is not None and not raw:
        title = " ".join(unescape_references(title).split()) or None
    return Article(
        text=text,
        title=title,
        published=source.published,
        url=source.url,
        outlet=source.outlet,
        author=source.author,
        external_id=source.id,
        origin=source.origin,
        removed=removed,
    )


def clean_text(text: str) -> tuple[str, list[Removed]]:
    """Cleaned text (paragraphs separated by one blank line) and the pieces removed from it."""
    removed: list[Removed] = []
    paragraphs: list[str] = []
    offset = 0
    promo_list = False  # inside the lines of links under a "Read more:" of its own
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = line.strip()
        if promo_list and stripped and _linked_headline(stripped):
            removed.append(Removed(stripped, "promo", offset + line.index(stripped[0])))
            offset += len(line) + 1
            continue
        promo_list = bool(stripped) and PROMO_LINE.match(stripped) is not None and stripped.endswith(":")
        kept = _clean_line(line, offset, removed)
        if kept:
            paragraphs.append(kept)
        offset += len(line) + 1
    return "\n\n".join(paragraphs), removed


def _linked_headline(line: str) -> bool:
    """A line under "Read more:": a short headline, no sentence (no full stop at its end)."""
    return len(line) < 120 and not line.endswith((".", "!", "?", "”", '"', ":")) and not SENTENCE_INSIDE.search(line)


def _clean_line(line: str, offset: int, removed: list[Removed]) -> str:
    stripped = line.strip()
    if not stripped:
        return ""
    start = offset + line.index(stripped[0])
    reason = _whole_line_reason(stripped)
    if reason:
        removed.append(Removed(stripped, reason, start))
        return ""
    pieces = _split_glued(stripped)
    kept: list[str] = []
    for piece_offset, piece in pieces:
        if len(piece) < 120 and CREDIT_LINE.match(piece):
            removed.append(Removed(piece.strip(), "credit", start + piece_offset))
            continue
        credit = CREDIT_TAIL.search(piece) if _may_end_in_credit(piece) else None
        if credit:
            cut = credit.start("credit")
            removed.append(Removed(piece[cut:].strip(), "credit", start + piece_offset + cut))
            piece = piece[:cut].rstrip()
        if piece:
            kept.append(piece)
    # Glued sentences become separate sentences of the same paragraph.
    return INVISIBLE.sub("", unescape_references(" ".join(kept)))


def unescape_references(text: str) -> str:
    """``&quot;`` → ``"``, ``&#8220;`` → ``“``; an unknown name (``&foo;``) stays as written."""
    return CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


def _whole_line_reason(line: str) -> str | None:
    folded = line.lower().rstrip(" .:!|›»>")
    if folded in UI_LINES or (len(folded) < 60 and _all_ui_words(folded)):
        return "ui"
    if PROMO_LINE.match(line) and not line.endswith((".", "”", '"')):
        return "promo"
    if LEGAL_LINE.match(line):
        return "legal"
    if EDITOR_NOTE.match(line):
        return "note"
    if len(line) < 400 and COOKIE_BANNER.search(line):
        return "cookies"
    if len(line) < 120 and not SENTENCE_INSIDE.search(line) and CREDIT_LINE.match(line):
        return "credit"
    return None


# Little words a share bar writes between its buttons: "Share on Facebook", "Share this story: X Email".
_UI_FILLERS = frozenset({"on", "via", "us", "to", "the", "this", "article", "story", "page", "or"})


def _all_ui_words(folded: str) -> bool:
    words = [w for w in re.split(r"[\s|/•·,:]+", folded) if w]
    real = [w for w in words if w not in _UI_FILLERS]
    return bool(real) and all(w in UI_WORDS for w in real)


def _may_end_in_credit(piece: str) -> bool:
    # Cheap pre-check before the credit regex: a credit ends with an agency name or "file".
    return piece.endswith(")") or re.search(rf"(?:{AGENCIES})\s*$", piece) is not None


def _split_glued(line: str) -> list[tuple[int, str]]:
    """The line cut where a sentence is glued to the next one, with each piece's offset."""
    cuts = [m.start() for m in GLUED_SENTENCE.finditer(line)]
    bounds = [0, *cuts, len(line)]
    return [(a, line[a:b]) for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]
