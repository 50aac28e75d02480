"""HTML pages: the main text and metadata (title, date, site name, URL, author) with trafilatura.

trafilatura drops navigation, footers, ads and comments. Its XML body keeps the block structure,
so paragraphs, headings, list items and quotes come out separated by blank lines (its plain
text output separates them with single newlines, like a line break inside a paragraph).
Tables are left out: their cells are not prose and run together into nonsense sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from ..records import Source
from .dates import parse_published
from .decode import repair_text
from .limits import ReadError, check_article_length

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"<(?:p|div|article|section|h[1-6]|span|a|br|ul|ol|li|table|script|meta|title)\b[^>]*>", re.IGNORECASE
)

# A page has main text when one block has this many words (or characters, for scripts written
# without spaces); menu items and link lists have fewer.
MIN_PROSE_WORDS = 8
MIN_PROSE_CHARS = 50

# The author line of an embedded post: a dash, then the name.
_SIGNATURE = re.compile(r"\s*(?:[—–―]|--?)\s*\w")
_BLOCK_WITH_BLOCKS = {"quote", "div"}  # containers whose children are paragraphs of their own
_SKIPPED = {"graphic", "table"}


class NoMainText(ReadError):
    pass


def declared_charset(html: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top, if any."""
    match = _META_CHARSET.search(html[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any."""
    match = _CONTENT_TYPE_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def looks_like_html(text: str) -> bool:
    """Whether text is an HTML page or fragment rather than plain text (for stdin)."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAG.findall(head)) >= 2


def html_source(html: str, origin: str, *, url: str | None = None) -> Source:
    """A Source from an HTML page; raises NoMainText when trafilatura finds no article text."""
    document = _extract(html, url)
    blocks = list(_blocks(document.body)) if document is not None and document.body is not None else []
    if not any(_is_prose(block) for block in blocks):
        raise NoMainText("no main text found in HTML")
    text = "\n\n".join(block for block in blocks if block)
    check_article_length(text)
    return Source(
        text=repair_text(text),
        origin=origin,
        title=_title_without_site(_clean_field(document.title), document.sitename, document.hostname),
        published=_valid_date(document.date),
        url=url or _clean_field(document.url),
        outlet=_clean_field(document.sitename),
        author=_clean_field(document.author),
        html=html,
    )


def _extract(html: str, url: str | None) -> trafilatura.settings.Document | None:
    # lxml refuses str input that carries an XML encoding declaration; the text is decoded already.
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html, count=1)
    try:
        tree = load_html(html)
        if tree is None:
            return None
        _keep_post_signatures(tree)
        return trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
        )
    except (ValueError, etree.LxmlError):
        return None


def _keep_post_signatures(tree: etree._Element) -> None:
    """An embedded post ends with its author outside any paragraph: "<blockquote><p>…</p>— Rail
    Operator (@railop) February 18, 2025</blockquote>". trafilatura keeps only paragraphs, so
    the post would read as the outlet's own words; the signature becomes a paragraph of its own."""
    for quote in list(tree.iter("blockquote")):
        paragraphs = [child for child in quote if child.tag == "p"]
        if not paragraphs:
            continue
        last = paragraphs[-1]
        after = list(last.itersiblings())
        signature = (last.tail or "") + "".join(
            etree.tostring(node, method="text", encoding="unicode", with_tail=True) for node in after
        )
        if not _SIGNATURE.match(signature):
            continue
        for node in after:
            quote.remove(node)
        last.tail = None
        etree.SubElement(quote, "p").text = " ".join(signature.split())


def _is_prose(block: str) -> bool:
    """A block that can be article text rather than a menu item: trafilatura's fallbacks return a
    page's navigation links ("Home", "News") when it has no article."""
    return len(block.split()) >= MIN_PROSE_WORDS or len(block) >= MIN_PROSE_CHARS


def paragraphs_text(body: etree._Element) -> str:
    """The text of trafilatura's XML body, one block (paragraph, heading, list) per paragraph."""
    return "\n\n".join(block for block in _blocks(body) if block)


def _blocks(element: etree._Element) -> Iterator[str]:
    for child in element:
        if child.tag in _SKIPPED:
            continue
        if child.tag in _BLOCK_WITH_BLOCKS and any(
            grandchild.tag in ("p", "list", "head", "quote") for grandchild in child
        ):
            yield from _blocks(child)
        elif child.tag == "list":
            yield "\n".join(
                item for item in (_inline_text(entry).strip() for entry in child.iter("item")) if item
            )
        else:
            yield _inline_text(child).strip()


def _inline_text(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag not in _SKIPPED and child.tag != "list":
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _title_without_site(title: str | None, sitename: str | None, hostname: str | None) -> str | None:
    """The title without the site's name around it ("Headline | Site", "Site - Headline"),
    which trafilatura leaves when it takes the title from ``<title>``."""
    if title is None:
        return None
    names = {_letters(name) for name in (sitename, hostname, _host_label(hostname)) if name}
    names.discard("")
    changed = True
    while changed and names:
        changed = False
        for separator in _TITLE_SEPARATORS:
            head, _, tail = title.rpartition(separator)
            if head.strip() and _names_site(tail, names):
                title, changed = head.strip(), True
            first, _, rest = title.partition(separator)
            if rest.strip() and _names_site(first, names):
                title, changed = rest.strip(), True
    return title


_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " ⋆ ", " · ", " :: ", " » ", "|")


def _names_site(segment: str, names: set[str]) -> bool:
    letters = _letters(segment)
    return len(letters) >= 3 and any(
        letters in name or (name in letters and 2 * len(name) >= len(letters)) for name in names
    )


def _letters(text: str) -> str:
    return "".join(char for char in text.casefold() if char.isalnum())


def _host_label(hostname: str | None) -> str | None:
    """ "nytimes" from "www.nytimes.com"."""
    if not hostname:
        return None
    labels = [label for label in hostname.split(".") if label not in ("www", "m", "amp")]
    return labels[-2] if len(labels) >= 2 else None


def _clean_field(value: str | None) -> str | None:
    if value is None:
        return None
    value = repair_text(" ".join(value.split()))
    return value or None


def _valid_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parse_published(value)
    except ValueError:
        return None
