"""``iter_sources``: every named input read as Sources, every bad one reported as a Problem."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from ..records import Problem, Source
from .decode import decode_bytes, repair_text
from .jsonrecords import iter_json_document, iter_json_lines, looks_like_json_lines, read_lines
from .limits import MAX_FILE_BYTES, ReadError, check_article_length, file_too_large
from .paths import STDIN, Format, Input, expand_paths
from .text import text_source
from .warc import iter_warc
from .webpage import declared_charset, html_source, looks_like_html


def iter_sources(
    paths: Sequence[str | os.PathLike[str]], stdin: BinaryIO | None = None, *, stdin_name: str = STDIN
) -> Iterator[Source | Problem]:
    """Read files, directories (recursively), globs and ``-`` (stdin), in the order given.

    Yields a ``Source`` for each article read and a ``Problem`` (origin: the file, plus ``:LINE``
    for a JSON Lines line, ``[INDEX]`` for an item of a JSON list, ``#N`` for a WARC record) for
    each bad input; bad input never raises, the rest is still read. The format comes from the
    extension; stdin's is sniffed (HTML, JSON Lines when every non-blank line is a JSON object,
    else plain text), and so is a plain-text file's (a page saved as ``.txt``).
    """
    for item in expand_paths(paths):
        if isinstance(item, Problem):
            yield item
        elif item.format == "stdin":
            yield from _read_stdin(stdin, stdin_name)
        else:
            yield from _read_file(item)


def _read_file(item: Input) -> Iterator[Source | Problem]:
    try:
        if item.format == "warc":
            yield from iter_warc(item.path)
        elif item.format == "jsonl":
            with open(item.path, "rb") as stream:
                yield from iter_json_lines(read_lines(stream, MAX_FILE_BYTES), item.path)
        else:
            data = _read_whole_file(item.path)
            fmt = item.format
            if fmt == "text" and data.strip():
                fmt = _sniff_format(data)  # an HTML page or JSON Lines saved as .txt is read as what it is
            yield from _read_bytes(data, item.path, fmt)
    except ReadError as err:
        yield Problem(item.path, str(err))
    except OSError as err:
        yield Problem(item.path, f"cannot read: {err.strerror or err}")


def _read_whole_file(path: str) -> bytes:
    """The file's bytes, refusing from its size on disk one over MAX_FILE_BYTES before reading."""
    size = os.stat(path).st_size
    if size > MAX_FILE_BYTES:
        raise ReadError(file_too_large(size))
    with open(path, "rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)  # a pipe or device has no size on disk
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(file_too_large(len(data)))
    return data


def _read_stdin(stdin: BinaryIO | None, name: str) -> Iterator[Source | Problem]:
    stream = stdin if stdin is not None else sys.stdin.buffer
    stream = getattr(stream, "buffer", stream)  # a text stream such as sys.stdin: use its bytes
    try:
        data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        yield Problem(name, f"cannot read: {err.strerror or err}")
        return
    if not data.strip():
        yield Problem(name, "empty input")
        return
    if len(data) > MAX_FILE_BYTES:
        yield Problem(
            name,
            f"input is over the limit of {MAX_FILE_BYTES:,} bytes (MAX_FILE_BYTES); "
            "give many articles as JSON Lines in a file, or as separate files",
        )
        return
    try:
        yield from _read_bytes(data, name, _sniff_format(data))
    except ReadError as err:
        yield Problem(name, str(err))


def _sniff_format(data: bytes) -> Format:
    try:
        text = decode_bytes(data)
    except ReadError:
        return "text"  # the text path reports why it cannot be read
    if looks_like_html(text):
        return "html"
    if looks_like_json_lines(text):
        return "jsonl"
    if text.lstrip().startswith(("[", "{")) and _is_json_document(text):
        return "json"
    return "text"


def _is_json_document(text: str) -> bool:
    try:
        return isinstance(json.loads(text), (list, dict))
    except json.JSONDecodeError:
        return False


def _read_bytes(data: bytes, origin: str, fmt: Format) -> Iterator[Source | Problem]:
    """Sources from a whole file's (or stdin's) bytes; raises ReadError for a bad one."""
    if not data.strip():
        raise ReadError("empty file")
    if fmt == "json":
        yield from iter_json_document(data, origin)
    elif fmt == "jsonl":
        yield from iter_json_lines(io.BytesIO(data).readlines(), origin)
    elif fmt == "html":
        yield html_source(decode_bytes(data, declared=declared_charset(data)), origin)
    else:
        yield _text_file_source(data, origin)


def _text_file_source(data: bytes, origin: str) -> Source:
    text = decode_bytes(data)
    if not text.strip():
        raise ReadError("empty file")
    check_article_length(text)  # before repair_text, which takes about a second per megabyte
    return text_source(repair_text(text), origin)
