"""JSON and JSON Lines: one article per object, with ``text`` or ``html`` and optional metadata.

An object has ``text`` (plain text) or ``html`` (a page, read like an ``.html`` file; when both
are given ``text`` is used and the page kept), and optionally ``id``, ``title``, ``published``,
``url``, ``outlet`` and ``author``, which override what the page says. Other keys are ignored.
A ``.json`` file is one object or a list of them; a ``.jsonl`` file one object per line, read
line by line so it can be of any size.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from ..records import Problem, Source
from .dates import parse_published
from .decode import DecodeError, decode_bytes, repair_text
from .limits import ReadError, check_article_length
from .webpage import html_source

METADATA_FIELDS = ("id", "title", "published", "url", "outlet", "author")


class BadRecord(ReadError):
    pass


def record_source(record: Any, origin: str) -> Source:
    """A Source from one decoded JSON value; raises ReadError saying what is wrong with it."""
    if not isinstance(record, dict):
        raise BadRecord(f"expected a JSON object with 'text' or 'html', got {_json_type(record)}")
    text, html = _string_field(record, "text"), _string_field(record, "html")
    if text is None and html is None:
        keys = ", ".join(sorted(map(str, record))[:12]) or "none"
        raise BadRecord(f"no 'text' or 'html' field (keys: {keys})")
    metadata = {name: _string_field(record, name) for name in METADATA_FIELDS}
    if metadata["published"] is not None:
        try:
            metadata["published"] = parse_published(metadata["published"])
        except ValueError as err:
            raise BadRecord(f"field 'published': {err}") from None
    if text is not None:
        if not text.strip():
            raise BadRecord("empty 'text'")
        check_article_length(text)
        source = Source(text=repair_text(text), origin=origin, html=html)
    else:
        source = html_source(html or "", origin, url=metadata["url"])
    for name, value in metadata.items():
        if value is not None:
            setattr(source, name, repair_text(value) if name in ("title", "outlet", "author") else value)
    return source


def _string_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise BadRecord(f"field {name!r} must be a string, got {_json_type(value)}")
    if name in ("text", "html"):
        return value
    return value.strip() or None


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def iter_json_document(data: bytes, origin: str) -> Iterator[Source | Problem]:
    """Records from a whole ``.json`` file: one object or a list of objects (``origin[i]``)."""
    try:
        document = json.loads(decode_bytes(data))
    except DecodeError as err:
        yield Problem(origin, str(err))
        return
    except json.JSONDecodeError as err:
        if err.msg == "Extra data" and _all_lines_are_objects(data):
            # JSON Lines saved as .json: read it as what it is.
            yield from iter_json_lines(data.splitlines(keepends=True), origin)
        else:
            yield Problem(origin, f"invalid JSON: {err.msg} (line {err.lineno}, column {err.colno})")
        return
    if isinstance(document, list):
        if not document:
            yield Problem(origin, "empty JSON list: no records")
        for index, record in enumerate(document):
            yield _source_or_problem(record, f"{origin}[{index}]")
    elif isinstance(document, dict):
        yield _source_or_problem(document, origin)
    else:
        yield Problem(origin, f"expected a JSON object or a list of objects, got {_json_type(document)}")


def iter_json_lines(lines: Iterable[bytes | None], origin: str) -> Iterator[Source | Problem]:
    """Records from JSON Lines, one per non-blank line (``origin:LINE``); None stands for a line
    too long to read (see ``read_lines``)."""
    seen_record = False
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if line is None:
            seen_record = True
            yield Problem(where, "line too long: over the size limit for one record (MAX_FILE_BYTES)")
            continue
        if not line.strip():
            continue
        seen_record = True
        try:
            record = json.loads(decode_bytes(line).strip())
        except DecodeError as err:
            yield Problem(where, str(err))
            continue
        except json.JSONDecodeError as err:
            yield Problem(where, f"invalid JSON: {err.msg} (column {err.colno})")
            continue
        yield _source_or_problem(record, where)
    if not seen_record:
        yield Problem(origin, "empty file")


def read_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a binary stream, never holding more than ``max_bytes`` of one in memory;
    a longer line is skipped and stands as None, so line numbers stay right."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            _skip_rest_of_line(stream)
            yield None
        else:
            yield line


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = stream.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return


def looks_like_json_lines(text: str) -> bool:
    """Whether every non-blank line is a JSON object (at least one), for sniffing stdin."""
    lines = [line for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_is_json_object(line) for line in lines)


def _all_lines_are_objects(data: bytes) -> bool:
    try:
        return looks_like_json_lines(decode_bytes(data))
    except DecodeError:
        return False


def _is_json_object(line: str) -> bool:
    if not line.lstrip().startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


def _source_or_problem(record: Any, origin: str) -> Source | Problem:
    try:
        return record_source(record, origin)
    except ReadError as err:
        return Problem(origin, str(err))
