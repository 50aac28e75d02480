"""The read stage's inputs: directories, globs, stdin, and every kind of bad input and size limit."""

from __future__ import annotations

import io
import random
import time
from pathlib import Path

import pytest

from claimgraph.read import MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, iter_sources
from claimgraph.read.jsonrecords import read_lines
from claimgraph.records import Problem, Source

FIXTURES = Path(__file__).parent / "fixtures" / "read"
BATCH = FIXTURES / "batch"


def read_all(*paths: str | Path, stdin: bytes | None = None, stdin_name: str = "-") -> list[Source | Problem]:
    stream = io.BytesIO(stdin) if stdin is not None else None
    return list(iter_sources([str(path) for path in paths], stream, stdin_name=stdin_name))


def only_problem(path: str | Path) -> str:
    [result] = read_all(path)
    assert isinstance(result, Problem), f"expected a Problem, got {result!r}"
    return str(result)


# Files, directories, globs


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden_and_unsupported():
    results = read_all(BATCH)
    assert [result.origin for result in results] == [
        str(BATCH / "a_first.txt"),
        str(BATCH / "nested" / "b_second.txt"),
        f"{BATCH / 'nested' / 'c_third.jsonl'}:1",
    ]  # notes.docx (unsupported), .ignored_hidden.txt and .hidden/ are skipped without a message
    assert all(isinstance(result, Source) for result in results)


def test_inputs_come_in_the_order_given():
    first, second = FIXTURES / "storm_headline.md", FIXTURES / "harbour_article.txt"
    assert [result.origin for result in read_all(first, second)] == [str(first), str(second)]


def test_glob_is_expanded_sorted():
    results = read_all(BATCH / "**" / "*.txt")
    assert [result.origin for result in results] == [
        str(BATCH / "a_first.txt"),
        str(BATCH / "nested" / "b_second.txt"),
    ]


def test_glob_with_no_match_is_a_problem():
    pattern = str(FIXTURES / "*.nothing-has-this")
    assert only_problem(pattern) == f"{pattern}: no file matches this pattern"


def test_missing_path_is_a_problem():
    path = FIXTURES / "no_such_article.txt"
    assert only_problem(path) == f"{path}: no such file or directory"


def test_named_file_with_unsupported_extension_is_a_problem():
    path = FIXTURES / "report.pdf"
    message = only_problem(path)
    assert message.startswith(f"{path}: unsupported extension .pdf (supported: ")
    assert all(
        extension in message
        for extension in (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".warc", ".warc.gz")
    )
    assert set(SUPPORTED_EXTENSIONS) >= {
        ".txt",
        ".md",
        ".html",
        ".htm",
        ".json",
        ".jsonl",
        ".warc",
        ".warc.gz",
    }


def test_extension_is_matched_case_insensitively(tmp_path):
    path = tmp_path / "SHOUTY.TXT"
    path.write_text("Road closed\n\nThe coast road is closed for repairs, the county said.\n")
    [source] = read_all(path)
    assert isinstance(source, Source) and source.title == "Road closed"


def test_directory_without_supported_files_is_a_problem(tmp_path):
    (tmp_path / "slides.pptx").write_bytes(b"PK")
    assert only_problem(tmp_path).startswith(
        f"{tmp_path}: no files with a supported extension in this directory"
    )


def test_a_bad_input_does_not_stop_the_batch():
    good = FIXTURES / "harbour_article.txt"
    results = read_all(
        FIXTURES / "empty.txt", good, FIXTURES / "missing.txt", FIXTURES / "photo_caption.txt", good
    )
    assert [type(result).__name__ for result in results] == [
        "Problem",
        "Source",
        "Problem",
        "Problem",
        "Source",
    ]


# Bad content


def test_empty_file_is_a_problem():
    path = FIXTURES / "empty.txt"
    assert only_problem(path) == f"{path}: empty file"


def test_whitespace_only_file_is_a_problem():
    path = FIXTURES / "whitespace_only.txt"
    assert only_problem(path) == f"{path}: empty file"


@pytest.mark.parametrize("name", ["empty.html", "empty.json", "empty.jsonl", "empty.md", "empty.warc"])
def test_empty_file_of_every_format_is_a_problem(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"")
    assert only_problem(path) == f"{path}: empty file"


def test_binary_file_is_a_problem():
    path = FIXTURES / "photo_caption.txt"
    assert only_problem(path) == f"{path}: binary file (contains NUL bytes), not text"


def test_undecodable_bytes_are_a_problem(tmp_path):
    path = tmp_path / "noise.txt"
    generator = random.Random(7)
    path.write_bytes(bytes(generator.randrange(1, 256) for _ in range(4000)))  # no NUL byte
    message = only_problem(path)
    assert message.startswith(f"{path}: ")
    assert "undecodable bytes" in message or "binary file" in message


def test_text_full_of_control_characters_is_binary(tmp_path):
    path = tmp_path / "device_dump.txt"
    path.write_bytes(b"STATUS \x01\x02\x03\x04\x05\x06\x07\x08 OK\n" * 40)  # valid ASCII, no NUL
    assert only_problem(path) == f"{path}: binary file (320 control characters), not text"


# Size limits


def test_text_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # 50 MB, sparse: nothing is written to disk
    started = time.perf_counter()
    message = only_problem(path)
    assert time.perf_counter() - started < 2  # reading and decoding 50 MB would take far longer
    assert message.startswith(
        f"{path}: file is 52,428,800 bytes, above the limit of {MAX_FILE_BYTES:,} bytes"
    )
    assert "MAX_FILE_BYTES" in message


def test_stdin_over_the_size_limit_is_refused():
    class Endless(io.RawIOBase):
        """A stream that never ends; read must stop at the limit."""

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            buffer[:] = b"a" * len(buffer)
            return len(buffer)

    [problem] = list(iter_sources(["-"], io.BufferedReader(Endless()), stdin_name="<stdin>"))
    assert isinstance(problem, Problem)
    assert problem.origin == "<stdin>"
    assert f"over the limit of {MAX_FILE_BYTES:,} bytes" in problem.message


def test_overlong_jsonl_line_is_skipped_without_holding_it():
    stream = io.BytesIO(b'{"text": "one"}\n' + b"x" * 1000 + b"\n" + b'{"text": "three"}\n')
    assert list(read_lines(stream, max_bytes=100)) == [b'{"text": "one"}\n', None, b'{"text": "three"}\n']


def test_overlong_jsonl_line_is_a_problem_and_the_line_numbers_stay_right(tmp_path, monkeypatch):
    import claimgraph.read.sources as sources

    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 100)
    path = tmp_path / "feed.jsonl"
    path.write_bytes(b'{"text": "one"}\n{"text": "' + b"x" * 1000 + b'"}\n{"text": "three"}\n')
    results = read_all(path)
    assert [result.origin for result in results] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert isinstance(results[1], Problem) and results[1].message.startswith("line too long")
    assert isinstance(results[2], Source) and results[2].text == "three"


# stdin


def test_stdin_plain_text():
    [source] = read_all("-", stdin=b"Pier reopens\n\nThe pier reopened on Saturday, its owners said.\n")
    assert isinstance(source, Source)
    assert (source.origin, source.title) == ("-", "Pier reopens")


def test_stdin_html_is_sniffed():
    html = (FIXTURES / "wind_farm_page.html").read_bytes()
    [source] = read_all("-", stdin=html, stdin_name="<stdin>")
    assert isinstance(source, Source)
    assert source.origin == "<stdin>"
    assert source.title == "Offshore wind farm approved despite fishing objections"
    assert source.text.startswith("Offshore wind farm approved")


def test_stdin_json_lines_are_sniffed_and_numbered():
    data = b'{"id": "a", "text": "First story."}\n\n{"id": "b", "text": "Second story."}\n{"id": "c"}\n'
    results = read_all("-", stdin=data)
    assert [result.origin for result in results] == ["-:1", "-:3", "-:4"]
    assert [result.id for result in results[:2]] == ["a", "b"]
    assert str(results[2]) == "-:4: no 'text' or 'html' field (keys: id)"


def test_stdin_text_starting_with_a_bracket_is_still_text():
    [source] = read_all(
        "-", stdin=b"[Updated] Ferry timetable changes\n\nThe winter timetable starts on Monday.\n"
    )
    assert isinstance(source, Source) and source.text.startswith("[Updated]")


def test_empty_stdin_is_a_problem():
    assert [str(result) for result in read_all("-", stdin=b"")] == ["-: empty input"]
    assert [str(result) for result in read_all("-", stdin=b" \n\n")] == ["-: empty input"]


def test_stdin_mixed_with_files():
    path = FIXTURES / "storm_headline.md"
    results = read_all(path, "-", stdin=b"Short note\n\nThe meeting moved to Thursday, the clerk said.\n")
    assert [result.origin for result in results] == [str(path), "-"]


def test_text_stream_given_as_stdin_uses_its_bytes():
    stream = io.TextIOWrapper(
        io.BytesIO("Caf\u00e9 opens\n\nThe caf\u00e9 opened today.\n".encode()), encoding="utf-8"
    )
    [source] = list(iter_sources(["-"], stream))
    assert isinstance(source, Source) and source.title == "Café opens"


def test_a_page_or_json_lines_saved_as_txt_is_read_as_what_it_is(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Dam holds after storm</title></head><body><article>"
        "<h1>Dam holds after storm</h1><p>The dam held overnight, the county engineer said on Monday, "
        "and crews began draining the reservoir below the spillway.</p></article></body></html>",
        encoding="utf-8",
    )
    lines = tmp_path / "batch.txt"
    lines.write_text('{"text": "First story about the harbour."}\n{"text": "Second story about the bridge."}\n', encoding="utf-8")
    [source] = read_all(page)
    assert "<" not in source.text and "dam held overnight" in source.text
    assert [r.text for r in read_all(lines)] == ["First story about the harbour.", "Second story about the bridge."]
