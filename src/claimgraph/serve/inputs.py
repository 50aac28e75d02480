"""Turn what a client sent (pasted text, pasted HTML, an uploaded file) into one Source.

Uploaded files and pasted HTML go through the read stage (``claimgraph.read.iter_sources``), so the
server reads them exactly as ``claimgraph analyze FILE`` would: same formats, encodings and
metadata. A file is written to a temporary file with its own extension, because the read stage
picks the format from the extension.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace

from ..read import iter_sources, parse_published
from ..read.paths import format_of
from ..read.text import text_source
from ..records import Problem, Source

METADATA_FIELDS = ("title", "published", "url", "outlet", "author")


class InputError(ValueError):
    """The request cannot be read as one article; the message says why (sent back with a 422)."""


def source_from_fields(fields: dict[str, str | None], upload: tuple[str, bytes] | None = None) -> Source:
    """One Source from an uploaded file (name, bytes), else the ``html`` or ``text`` field; the
    metadata fields, when given, win over what the input itself says."""
    if upload is not None:
        name, data = upload
        source = _source_from_file(os.path.basename(name) or "upload", data)
    elif fields.get("html"):
        source = _source_from_file("pasted.html", fields["html"].encode("utf-8"))
    elif fields.get("text"):
        source = _source_from_text(fields["text"])
    else:
        raise InputError("send the article as `text`, `html` or a `file` upload")
    return _with_metadata(source, fields)


def _source_from_text(text: str) -> Source:
    try:
        return text_source(text, "pasted text")
    except ValueError as err:
        raise InputError(str(err)) from None


def _source_from_file(name: str, data: bytes) -> Source:
    suffix = name if format_of(name) else name + ".txt"  # unknown extension: read as plain text
    with tempfile.TemporaryDirectory(prefix="claimgraph-upload-") as folder:
        path = os.path.join(folder, suffix)
        with open(path, "wb") as out:
            out.write(data)
        items = list(iter_sources([path]))
    if not items:
        raise InputError(f"{name}: no article in it")
    if len(items) > 1:
        raise InputError(
            f"{name} holds {len(items)} articles; send one per request "
            f"(`claimgraph ingest --server URL FILE` sends each article of a file)"
        )
    item = items[0]
    if isinstance(item, Problem):
        raise InputError(f"{name}: {item.message}")
    return replace(item, origin=name)


def _with_metadata(source: Source, fields: dict[str, str | None]) -> Source:
    given = {k: fields[k] for k in METADATA_FIELDS if fields.get(k)}
    if "published" in given:
        try:
            given["published"] = parse_published(given["published"])
        except ValueError as err:
            raise InputError(f"published: {err}") from None
    return replace(source, **given) if given else source
