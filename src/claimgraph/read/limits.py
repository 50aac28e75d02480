"""Size limits for reading, and the error every reader raises for bad input.

``MAX_FILE_BYTES`` (20 MB) bounds what is read into memory at once: a whole ``.txt``, ``.md``,
``.html`` or ``.json`` file (refused from its size on disk, before reading), stdin, one JSON Lines
line and one WARC response. JSON Lines and WARC files are streamed record by record, so they may be
of any size. A news article's HTML is rarely over 2 MB and its text over 50,000 characters; the
text of one article is further limited to ``MAX_ARTICLE_CHARS`` (what the spaCy pipeline accepts).
"""

from __future__ import annotations

from ..records import MAX_ARTICLE_CHARS

MAX_FILE_BYTES = 20_000_000

__all__ = ["MAX_ARTICLE_CHARS", "MAX_FILE_BYTES", "ReadError", "check_article_length", "file_too_large"]


class ReadError(ValueError):
    """Bad input; the message is one clear line for a Problem (the origin is added by the caller)."""


def check_article_length(text: str) -> None:
    """Raise ReadError when one article's text is over what the pipeline accepts."""
    if len(text) > MAX_ARTICLE_CHARS:
        raise ReadError(
            f"text is {len(text):,} characters, above the limit of {MAX_ARTICLE_CHARS:,} for one article"
        )


def file_too_large(size: int) -> str:
    return (
        f"file is {size:,} bytes, above the limit of {MAX_FILE_BYTES:,} bytes (MAX_FILE_BYTES) for a "
        "file read whole; split it, or give many articles as JSON Lines (read line by line)"
    )
