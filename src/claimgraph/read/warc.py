"""WARC crawls (``.warc``, ``.warc.gz``): one article per HTML response, streamed record by record.

Only ``response`` records with an HTML content type and a 2xx status are articles; requests,
metadata, redirects, errors, images and scripts are skipped without a message (a crawl is full of
them). Records are numbered from 1 in file order, all types counted, so ``crawl.warc.gz#7`` is the
seventh record. The URL is the record's ``WARC-Target-URI``. The date is the page's own date; when
the page has none, the day of the capture (``WARC-Date``) stands in for it, since a news page is
usually crawled the day it is published.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ..records import Problem, Source
from .dates import parse_published
from .decode import decode_bytes
from .limits import MAX_FILE_BYTES, ReadError
from .webpage import charset_from_content_type, declared_charset, html_source

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(path: str) -> Iterator[Source | Problem]:
    """Articles from the HTML responses of a WARC file, and Problems for the bad ones."""
    number = 0
    articles = 0
    try:
        with open(path, "rb") as stream:
            problem = _not_a_warc(stream, path)
            if problem is not None:
                yield problem
                return
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if not _is_html_page(record):
                    continue
                articles += 1
                yield _response_source(record, f"{path}#{number}")
    except ArchiveLoadFailed as err:
        where = path if number == 0 else f"{path}#{number + 1}"
        yield Problem(where, f"not a readable WARC record: {_first_line(err)}")
        return
    except (EOFError, zlib.error, ValueError) as err:
        yield Problem(f"{path}#{number + 1}", f"damaged WARC file (truncated or corrupt): {_first_line(err)}")
        return
    if articles == 0:
        yield Problem(path, f"no HTML responses with a 2xx status among its {number} WARC records")


def _not_a_warc(stream: BinaryIO, path: str) -> Problem | None:
    """A Problem when the file does not start like a WARC (warcio would try to read text lines
    as records of the older ARC format); the stream is left at its start."""
    head = stream.read(2)
    stream.seek(0)
    if not head:
        return Problem(path, "empty file")
    if head == b"\x1f\x8b":  # gzip: each record is its own member
        try:
            with gzip.open(stream) as unzipped:
                head = unzipped.read(len(_WARC_MAGIC))
        except (OSError, EOFError, zlib.error) as err:
            return Problem(path, f"not a WARC file (damaged gzip data: {_first_line(err)})")
        stream.seek(0)
    else:
        head = stream.read(len(_WARC_MAGIC))
        stream.seek(0)
    if head != _WARC_MAGIC:
        return Problem(path, "not a WARC file (it does not start with a 'WARC/' record header)")
    return None


_WARC_MAGIC = b"WARC/"


def _is_html_page(record: ArcWarcRecord) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.split(";")[0].strip() in _HTML_TYPES


def _response_source(record: ArcWarcRecord, origin: str) -> Source | Problem:
    payload = record.content_stream().read(MAX_FILE_BYTES + 1)
    if len(payload) > MAX_FILE_BYTES:
        return Problem(origin, f"response is over the limit of {MAX_FILE_BYTES:,} bytes (MAX_FILE_BYTES)")
    if getattr(record.raw_stream, "limit", 0) > 0:  # bytes its Content-Length promised, never read
        return Problem(origin, "truncated WARC record: the file ends inside it")
    if not payload.strip():
        return Problem(origin, "empty response")
    charset = charset_from_content_type(record.http_headers.get_header("Content-Type")) or declared_charset(
        payload
    )
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    try:
        source = html_source(decode_bytes(payload, declared=charset), origin, url=url)
    except ReadError as err:
        return Problem(origin, str(err))
    if source.published is None:
        source.published = _capture_date(record)
    return source


def _capture_date(record: ArcWarcRecord) -> str | None:
    try:
        return parse_published(record.rec_headers.get_header("WARC-Date") or "")
    except ValueError:
        return None


def _first_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    return text[0][:200] if text else type(err).__name__
