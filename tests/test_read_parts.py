"""The read stage's parts: publication dates, headline guessing, decoding, and a check on real pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.read import iter_sources, parse_published
from claimgraph.read.decode import DecodeError, decode_bytes, repair_text
from claimgraph.read.paths import format_of
from claimgraph.read.text import guess_title
from claimgraph.records import Source

SHARED_CLEANING = Path(__file__).parents[2] / "shared" / "data" / "cleaning"


# Publication dates


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-10-25", "2024-10-25"),
        ("2024-10-25T14:03:00Z", "2024-10-25"),
        ("2024-10-25T23:30:00-05:00", "2024-10-25"),  # the date as written, not moved to UTC
        ("2024-10-25 14:03", "2024-10-25"),
        ("20241025", "2024-10-25"),
        ("Oct 25, 2024", "2024-10-25"),
        ("Oct. 25, 2024", "2024-10-25"),
        ("October 25 2024", "2024-10-25"),
        ("Friday, October 25, 2024", "2024-10-25"),
        ("25 October 2024", "2024-10-25"),
        ("25th of October, 2024", "2024-10-25"),
        ("Sept 3, 2024", "2024-09-03"),
        ("Fri, 25 Oct 2024 14:03:00 +0000", "2024-10-25"),
        ("Updated: Oct 25, 2024, 6:00 AM EDT", "2024-10-25"),
        ("Oct 25, 2024 at 10:03 a.m. ET", "2024-10-25"),
        # live pages and wires put the time of day first
        ("Updated 16:05 CEST, 3 June 2025", "2025-06-03"),
        ("Last updated: 7:40 p.m. ET, Nov. 2, 2024", "2024-11-02"),
        ("08:30, 14 February 2025", "2025-02-14"),
        ("2024/10/25", "2024-10-25"),
        ("25/10/2024", "2024-10-25"),
        ("10/25/2024", "2024-10-25"),
        ("  2024-10-25  ", "2024-10-25"),
    ],
)
def test_parse_published_accepts(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yesterday", "unparsable date 'yesterday': use YYYY-MM-DD"),
        ("", "empty date"),
        ("12 9 June 2025", "unparsable date '12 9 June 2025'"),  # a bare number is no time of day
        ("2024-10", "unparsable date '2024-10'"),
        ("Octember 5, 2024", "unparsable date 'Octember 5, 2024'"),
        ("2024-13-01", "impossible date '2024-13-01' (month must be in 1..12)"),
        ("Feb 30, 2024", "impossible date 'Feb 30, 2024' (day is out of range for month)"),
        (
            "10/11/2024",
            "ambiguous date '10/11/2024': day and month could be either way round; use YYYY-MM-DD",
        ),
    ],
)
def test_parse_published_refuses_with_a_clear_message(value, message):
    with pytest.raises(ValueError) as raised:
        parse_published(value)
    assert str(raised.value).startswith(message)


# Headlines in plain text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "close\nclose\n\nFloods could reach the capital by Friday, officials warn\n\nBody.",
            "Floods could reach the capital by Friday, officials warn",
        ),
        ("Advertisement\nShare\n\nWhy the harbour matters?\n\nBody.", "Why the harbour matters?"),
        ("# Storm closes pass\n\nBody.", "Storm closes pass"),
        ("**Storm closes pass**\n\nBody.", "Storm closes pass"),
        (
            "Poll: Wealthy Voters Abandon Party.\n\nBody.",
            "Poll: Wealthy Voters Abandon Party",
        ),  # corpora add periods
        ("Obama Says the Trends Are 'Terrifying.'\n\nBody.", "Obama Says the Trends Are 'Terrifying'"),
        ("Talks Stall Over Aid to the U.S.\n\nBody.", "Talks Stall Over Aid to the U.S."),
        ("Campaign cash tied to lobby group; \n\nBody.", "Campaign cash tied to lobby group"),
        ("Oct 25, 2024\nCouncil backs new bridge\n\nBody.", "Council backs new bridge"),
        ("The mayor resigned on Friday after protests.\n\nBody.", None),  # a sentence, not a headline
        ("By Jane Doe\n\nBody.", None),
        ("In a statement, the ministry said:\n\nBody.", None),
        ("lowercase start of a scrap\n\nBody.", None),
        ("Only one line here", None),
        ("A" * 250 + "\n\nBody.", None),
        ("close\nShare\n", None),
    ],
)
def test_guess_title(text, title):
    assert guess_title(text) == title


# Decoding


def test_decode_refuses_nul_bytes_and_bad_utf16():
    with pytest.raises(DecodeError, match="binary file"):
        decode_bytes(b"GIF89a\x00\x01")
    with pytest.raises(DecodeError, match="invalid utf-16 after its byte order mark"):
        decode_bytes(b"\xff\xfeH\x00\xd8")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Caf\u00e9 owners said the \u201cd\u00e9j\u00e0 vu\u201d was \u20ac5 cheaper.\n", "cp1252"),
        ("Smith said it was \u201cfine\u201d.\n", "cp1252"),
        ("Zażółć gęślą jaźń: minister powiedział, że rząd podjął decyzję.\n" * 3, "cp1250"),
        ("Привет! Это новости из Москвы. Київ і Львів.\n" * 3, "cp1251"),
        ("日本の首相は記者会見で新しい政策を発表した。\n" * 3, "shift_jis"),
    ],
)
def test_decode_detects_legacy_encodings(text, encoding):
    assert decode_bytes(text.encode(encoding)) == text


def test_declared_charset_is_used_when_it_fits():
    assert decode_bytes("Ελλάδα".encode("iso-8859-7"), declared="ISO-8859-7") == "Ελλάδα"
    assert decode_bytes("Café".encode("cp1252"), declared="no-such-charset") == "Café"


def test_repair_text_fixes_mojibake_and_changes_nothing_else():
    kept = "“Quotes” ‘stay’ curly, ﬁ ligatures, ＡＢＣ full width, &amp; entities, and — dashes."
    assert repair_text(kept) == kept
    assert repair_text("The ministerâ€™s â€œplanâ€\x9d") == "The minister’s “plan”"


def test_format_of():
    assert format_of("crawl.WARC.GZ") == "warc"
    assert format_of("page.HTM") == "html"
    assert format_of("feed.ndjson") == "jsonl"
    assert format_of("archive.gz") is None
    assert format_of(".txt") is None  # a hidden file named only by its extension


# Real pages (skipped without ../shared)


@pytest.mark.shared
def test_real_pages_keep_their_article_text():
    if not SHARED_CLEANING.exists():
        pytest.skip("../shared/data/cleaning is absent")
    gold = json.loads((SHARED_CLEANING / "evaldata_noise_subset.json").read_text(encoding="utf-8"))
    pages = sorted(gold.values(), key=lambda page: page["file"])[:20]
    results = list(iter_sources([str(SHARED_CLEANING / "html" / page["file"]) for page in pages]))
    assert all(isinstance(result, Source) for result in results)
    found = total = 0
    for page, source in zip(pages, results, strict=True):
        text = " ".join(source.text.split())
        found += sum(" ".join(segment.split()) in text for segment in page["with"])
        total += len(page["with"])
    assert found / total >= 0.85
