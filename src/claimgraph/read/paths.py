"""Expand what the user named (files, directories, globs, ``-``) into inputs with a format.

Directories are read recursively in sorted order, taking only files with a supported extension
and skipping hidden files and folders (``.git``, ``.DS_Store``). A file named explicitly, or
matched by a glob (the same files the shell would have named), with an unsupported extension is a
Problem, and so are a missing path and a glob that matches nothing.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..records import Problem

Format = Literal["text", "html", "json", "jsonl", "warc", "stdin"]

STDIN = "-"

# File name endings, lower case, and the format each is read as.
FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}
SUPPORTED_EXTENSIONS = tuple(sorted(FORMATS))


@dataclass(frozen=True)
class Input:
    """One file (or stdin) to read, and the format its name says it is in."""

    path: str
    format: Format


def format_of(path: str) -> Format | None:
    """The format a file name says, from its extension (case-insensitive), or None."""
    name = os.path.basename(path).lower()
    for ending in sorted(FORMATS, key=len, reverse=True):  # ".warc.gz" before ".gz"-like clashes
        if name.endswith(ending) and len(name) > len(ending):
            return FORMATS[ending]
    return None


def expand_paths(paths: Sequence[str | os.PathLike[str]]) -> Iterator[Input | Problem]:
    """Each named path as Inputs (a directory as the supported files under it) or a Problem."""
    for raw in paths:
        path = os.fspath(raw)
        if path == STDIN:
            yield Input(STDIN, "stdin")
        elif os.path.isdir(path):
            yield from _walk_directory(path)
        elif os.path.lexists(path):
            yield _named_file(path)
        elif glob.has_magic(path):
            yield from _expand_glob(path)
        else:
            yield Problem(path, "no such file or directory")


def _named_file(path: str) -> Input | Problem:
    found = format_of(path)
    if found is not None:
        return Input(path, found)
    extension = _extension(path)
    supported = ", ".join(SUPPORTED_EXTENSIONS)
    if extension:
        return Problem(path, f"unsupported extension {extension} (supported: {supported})")
    return Problem(path, f"no file extension to tell the format (supported: {supported})")


def _extension(path: str) -> str:
    return "".join(Path(path).suffixes[-1:]).lower()


def _expand_glob(pattern: str) -> Iterator[Input | Problem]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield Problem(pattern, "no file matches this pattern")
    for match in matches:
        if os.path.isdir(match):
            yield from _walk_directory(match)
        else:
            yield _named_file(match)


def _walk_directory(directory: str) -> Iterator[Input | Problem]:
    problems: list[Problem] = []
    found: list[Path] = []

    def note_error(err: OSError) -> None:
        problems.append(Problem(err.filename or directory, f"cannot read directory: {err.strerror or err}"))

    for folder, subfolders, files in os.walk(directory, onerror=note_error):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found.extend(Path(folder, name) for name in files if not name.startswith("."))
    yield from problems
    inputs = [
        Input(str(file), fmt)
        for file in sorted(found, key=lambda file: file.parts)
        if (fmt := format_of(file.name))
    ]
    if not inputs and not problems:
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        yield Problem(
            directory, f"no files with a supported extension in this directory (supported: {supported})"
        )
    yield from inputs
