"""The read stage, one format at a time: what each gives as a Source, and each kind of bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimgraph.annotate.pipeline import MAX_ARTICLE_CHARS
from claimgraph.read import iter_sources
from claimgraph.records import Problem, Source

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def read_all(*paths: str | Path, stdin: bytes | None = None) -> list[Source | Problem]:
    return list(
        iter_sources([str(path) for path in paths], stdin=io.BytesIO(stdin) if stdin is not None else None)
    )


def read_one(path: str | Path) -> Source | Problem:
    [result] = read_all(path)
    return result


def only_problem(path: str | Path) -> str:
    result = read_one(path)
    assert isinstance(result, Problem), f"expected a Problem, got {result!r}"
    return str(result)


# Plain text and Markdown


def test_text_keeps_the_text_as_is_and_finds_the_headline_below_ui_words():
    path = FIXTURES / "harbour_article.txt"
    source = read_one(path)
    assert isinstance(source, Source)
    assert source.title == "Harbour authority says new ferry terminal will open in March"
    assert source.text == path.read_text(encoding="utf-8")  # not cleaned: "close", "Advertisement" stay
    assert source.origin == str(path)
    assert source.published is None and source.html is None


def test_text_keeps_curly_quotes_and_dashes():
    source = read_one(FIXTURES / "harbour_article.txt")
    for kept in (
        "“We are confident",
        "certificate.”",
        "‘We have heard this before,’",
        "ELMSFORD –",
        "authority’s",
    ):
        assert kept in source.text


@pytest.mark.parametrize(
    "header, published",
    [
        ("October 25, 2024", "2024-10-25"),
        ("Published: 25 Oct 2024 14:03 GMT", "2024-10-25"),
        ("Port Elm • 12 March 2025, 09:15", "2025-03-12"),
        ("Updated 16:05 CEST, 3 June 2025", "2025-06-03"),  # a live page's header
    ],
)
def test_a_date_line_near_the_top_of_a_text_is_its_publication_date(tmp_path, header, published):
    path = tmp_path / "story.txt"
    path.write_text(f"Harbour reopens after the storm\n\n{header}\n\nThe harbour reopened on Monday.\n", encoding="utf-8")
    assert read_one(path).published == published


@pytest.mark.parametrize(
    "first_paragraph, published",
    [
        ("LISBON, 4 April 2025 — Ferry fares will rise in May, the operator said.", "2025-04-04"),
        ("OSLO, Feb. 12, 2025 (Wire) - Ferry fares will rise in May, the operator said.", "2025-02-12"),
        ("OSLO, Feb. 12 (Wire) - Ferry fares will rise in May, the operator said.", None),  # no year: no guess
    ],
)
def test_a_dateline_with_a_full_date_gives_the_publication_date(tmp_path, first_paragraph, published):
    path = tmp_path / "story.txt"
    path.write_text(f"Ferry fares to rise\n\n{first_paragraph}\n", encoding="utf-8")
    assert read_one(path).published == published


def test_a_date_inside_a_sentence_is_no_publication_date(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Harbour reopens\n\nThe storm hit on October 25, 2024, and the harbour closed.\n", encoding="utf-8")
    assert read_one(path).published is None


def test_text_whose_first_line_is_a_sentence_has_no_title():
    source = read_one(FIXTURES / "sentence_first.txt")
    assert isinstance(source, Source)
    assert source.title is None
    assert source.text.startswith("The mayor resigned")


def test_markdown_heading_gives_the_title_without_hashes():
    source = read_one(FIXTURES / "storm_headline.md")
    assert source.title == "Storm closes mountain pass for third day"
    assert source.text.startswith("## Storm closes")


def test_markdown_front_matter_gives_metadata_and_is_not_article_text():
    source = read_one(FIXTURES / "council_vote.md")
    assert isinstance(source, Source)
    assert source.title == "Council votes to keep the night buses"
    assert source.published == "2023-05-14"
    assert source.author == "Priya Natarajan"
    assert source.outlet == "Elmsford Courier"
    assert source.url == "https://courier.example/council-night-buses"
    assert source.text.startswith("# Council votes")
    assert "---" not in source.text


def test_markdown_front_matter_with_a_bad_date_is_a_problem(tmp_path):
    path = tmp_path / "bad_date.md"
    path.write_text("---\ntitle: Fair opens\ndate: sometime soon\n---\n\nThe fair opened on the green.\n")
    message = only_problem(path)
    assert message.startswith(f"{path}: front matter: unparsable date 'sometime soon'")


# Encodings


def test_cp1252_file_is_decoded():
    source = read_one(FIXTURES / "cafe_cp1252.txt")
    assert isinstance(source, Source)
    assert source.title == "Café owners welcome price scheme"
    assert "Düsseldorf said the “fair price” scheme had saved them €5 a week – a modest sum." in source.text
    assert "Zoë Brandt, called it “déjà vu”." in source.text


def test_mojibake_is_repaired_and_curly_quotes_survive():
    raw = (FIXTURES / "mojibake.txt").read_text(encoding="utf-8")
    assert "â€œ" in raw  # the fixture really is mojibake
    source = read_one(FIXTURES / "mojibake.txt")
    assert source.title == "Minister’s “clean air” plan delayed again"
    assert "will now arrive “after the summer”, officials said — the third delay." in source.text
    assert "â€" not in source.text


def test_byte_order_marks_are_read_and_dropped(tmp_path):
    text = "Tram line opens\n\nThe new tram line opened on Sunday, the operator said.\n"
    (tmp_path / "a_utf8_bom.txt").write_bytes(text.encode("utf-8-sig"))
    (tmp_path / "b_utf16.txt").write_bytes(text.encode("utf-16"))
    sources = read_all(tmp_path)
    assert [source.text for source in sources] == [text, text]
    assert all(source.title == "Tram line opens" for source in sources)


def test_utf8_with_a_few_windows_1252_bytes_is_read_as_both(tmp_path):
    path = tmp_path / "glued.txt"
    path.write_bytes("Café owners said “yes”, ".encode() + "but naïve “critics” disagreed.".encode("cp1252"))
    assert read_one(path).text == "Café owners said “yes”, but naïve “critics” disagreed."


def test_windows_line_endings_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(
        b"Dam inspection passed\r\n\r\nThe dam passed its ten-year inspection, engineers said.\r\n"
    )
    source = read_one(path)
    assert source.text == "Dam inspection passed\n\nThe dam passed its ten-year inspection, engineers said.\n"
    assert source.title == "Dam inspection passed"


# HTML


def test_html_main_text_without_navigation_ads_comments_or_footer():
    path = FIXTURES / "wind_farm_page.html"
    source = read_one(path)
    assert isinstance(source, Source)
    assert "The national planning board on Thursday approved a 40-turbine wind farm" in source.text
    assert "“We weighed every objection carefully,” said Ines Albuquerque" in source.text
    for boilerplate in (
        "Advertisement",
        "Seaview Spa",
        "Most read",
        "Tide tables",
        "seagull42",
        "All rights reserved",
        "Cookie settings",
        "Menu",
    ):
        assert boilerplate not in source.text
    assert source.html == path.read_text(encoding="utf-8")


def test_html_paragraphs_are_separated_by_blank_lines():
    source = read_one(FIXTURES / "wind_farm_page.html")
    paragraphs = source.text.split("\n\n")
    assert (
        "Construction is due to start next spring and to take three years, the developer said." in paragraphs
    )
    assert all("\n" not in paragraph for paragraph in paragraphs)


def test_an_embedded_posts_signature_stays_with_it(tmp_path):
    # the author line of an embedded post stands outside its paragraphs; without it the post would
    # read as the outlet's own words
    page = (
        "<html><head><title>Ferries cancelled</title></head><body><article><h1>Ferries cancelled</h1>"
        "<p>Storm warnings stopped all ferries between the islands on Friday, the port authority said.</p>"
        '<blockquote class="twitter-tweet"><p>No sailings today. Check back at noon for updates.</p>'
        '— Island Ferries (<a href="https://x.example/ferries">@isleferries</a>) '
        '<a href="https://x.example/1">March 7, 2025</a></blockquote>'
        "<p>Around 2,000 passengers were stranded in the two harbours overnight, according to the operator.</p>"
        "</article></body></html>"
    )
    path = tmp_path / "ferries.html"
    path.write_text(page, encoding="utf-8")
    paragraphs = read_one(path).text.split("\n\n")
    post = paragraphs.index("No sailings today. Check back at noon for updates.")
    assert paragraphs[post + 1] == "— Island Ferries (@isleferries) March 7, 2025"


def test_html_metadata():
    source = read_one(FIXTURES / "wind_farm_page.html")
    assert (
        source.title == "Offshore wind farm approved despite fishing objections"
    )  # without "| The Coastline Gazette"
    assert source.published == "2024-03-07"
    assert source.outlet == "The Coastline Gazette"
    assert source.author == "Tomasz Wierzbicki"
    assert source.url == "https://gazette.example/news/2024/03/07/offshore-wind-farm-approved"


def test_html_declared_latin1_charset_is_used():
    source = read_one(FIXTURES / "cafe_latin1.html")
    assert source.title == "Café scheme extended"
    assert "the council's economy officer, José Muñoz, said on Monday." in source.text
    assert "since the façade works began." in source.text


def test_html_without_main_text_is_a_problem():
    path = FIXTURES / "navigation_only.html"
    assert only_problem(path) == f"{path}: no main text found in HTML"


# JSON Lines and JSON


def test_jsonl_records_and_a_problem_per_bad_line_with_its_number():
    path = FIXTURES / "wire_feed.jsonl"
    results = read_all(path)
    by_origin = {result.origin: result for result in results}
    assert list(by_origin) == [f"{path}:{line}" for line in (1, 2, 4, 5, 6, 7, 8, 9)]  # line 3 is blank

    first = by_origin[f"{path}:1"]
    assert isinstance(first, Source)
    assert (first.id, first.title, first.published, first.outlet, first.url, first.author) == (
        "wire-001", "Rail strike called off after overnight talks", "2024-06-03", "Northern Wire",
        "https://wire.example/001", "Dana Osei",
    )  # fmt: skip
    assert first.text.startswith("A national rail strike") and "“We have an offer" in first.text

    second = by_origin[f"{path}:2"]
    assert (second.id, second.published, second.title) == ("2", "2024-06-04", None)

    problems = {origin: result.message for origin, result in by_origin.items() if isinstance(result, Problem)}
    assert problems[f"{path}:4"].startswith("invalid JSON: Expecting ',' delimiter")
    assert problems[f"{path}:5"] == "expected a JSON object with 'text' or 'html', got a list"
    assert problems[f"{path}:6"] == "no 'text' or 'html' field (keys: id, title)"
    assert problems[f"{path}:7"].startswith("field 'published': unparsable date 'the day before yesterday'")
    assert problems[f"{path}:9"] == "field 'text' must be a string, got a number"
    assert len(problems) == 5


def test_jsonl_html_record_goes_through_the_html_reader_and_keeps_its_fields():
    path = FIXTURES / "wire_feed.jsonl"
    source = next(result for result in read_all(path) if result.origin == f"{path}:8")
    assert isinstance(source, Source)
    assert source.text.startswith("Ferry fares on the island routes will stay frozen")
    assert "Home" not in source.text
    assert source.title == "Ferry fares frozen"
    assert source.outlet == "Island Post"  # the record's field wins over the page
    assert source.html is not None and source.html.startswith("<html>")


def test_json_list_gives_one_source_per_item_and_problems_name_the_index():
    path = FIXTURES / "press_releases.json"
    results = read_all(path)
    assert [result.origin for result in results] == [f"{path}[0]", f"{path}[1]", f"{path}[2]"]
    assert isinstance(results[0], Source) and results[0].published == "2023-11-20"
    assert str(results[1]) == f"{path}[1]: no 'text' or 'html' field (keys: title)"
    assert isinstance(results[2], Source) and results[2].id == "pr-3"


def test_json_single_object():
    source = read_one(FIXTURES / "single_record.json")
    assert isinstance(source, Source)
    assert (source.id, source.title) == ("solo", "Town hall clock restored")


def test_invalid_json_file_is_a_problem_with_its_position():
    path = FIXTURES / "broken.json"
    assert only_problem(path) == f"{path}: invalid JSON: Unterminated string starting at (line 1, column 10)"


def test_json_lines_saved_as_json_are_read_as_lines(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text('{"text": "First story."}\n{"text": "Second story."}\n')
    assert [(result.origin, result.text) for result in read_all(path)] == [
        (f"{path}:1", "First story."),
        (f"{path}:2", "Second story."),
    ]


def test_record_text_over_the_article_limit_is_a_problem_and_the_next_is_read(tmp_path):
    path = tmp_path / "long.jsonl"
    with path.open("w") as stream:
        stream.write(json.dumps({"text": "word " * (MAX_ARTICLE_CHARS // 5 + 1)}) + "\n")
        stream.write(json.dumps({"text": "A short story."}) + "\n")
    first, second = read_all(path)
    assert isinstance(first, Problem) and first.origin == f"{path}:1"
    assert f"above the limit of {MAX_ARTICLE_CHARS:,}" in first.message
    assert isinstance(second, Source) and second.text == "A short story."


def test_empty_jsonl_is_a_problem(tmp_path):
    path = tmp_path / "nothing.jsonl"
    path.write_text("\n  \n")
    assert only_problem(path) == f"{path}: empty file"


# WARC


def write_warc(path: Path) -> None:
    """A small crawl: warcinfo, an article, an image, a 404, a latin-1 article without a date,
    and a page with only navigation."""

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.name.endswith(".gz"))
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "claimgraph tests"}))

        def response(
            url: str,
            body: bytes,
            content_type: str = "text/html; charset=utf-8",
            status: str = "200 OK",
            date: str = "2024-05-02T10:00:00Z",
        ) -> None:
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": date},
            )
            writer.write_record(record)

        article = (
            '<html><head><title>Bakery wins award</title><meta property="article:published_time" '
            'content="2024-04-30"></head><body><nav><a href="/">Home</a></nav><article><p>A family bakery '
            "in the harbour district won the regional bread award on Tuesday, the judges said.</p><p>Its rye "
            "loaf was praised for its crust.</p></article></body></html>"
        )
        response("https://news.example/bakery", article.encode())
        response("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png")
        response(
            "https://news.example/gone", b"<html><body><p>Not found</p></body></html>", status="404 Not Found"
        )
        market = (
            "<html><head><title>March\u00e9 reopens</title></head><body><article><p>The covered march\u00e9 "
            "in the old town reopened on Saturday after a year of repairs, the mayor said.</p></article>"
            "</body></html>"
        )
        response("https://news.example/marche", market.encode("latin-1"), "text/html; charset=ISO-8859-1",
                 date="2023-09-16T08:30:00Z")  # fmt: skip
        response("https://news.example/menu", b'<html><body><nav><a href="/">Home</a></nav></body></html>')


@pytest.mark.parametrize("name", ["crawl.warc.gz", "crawl.warc"])
def test_warc_html_responses_become_sources(tmp_path, name):
    path = tmp_path / name
    write_warc(path)
    results = read_all(path)
    assert [result.origin for result in results] == [f"{path}#2", f"{path}#5", f"{path}#6"]
    bakery, market, menu = results

    assert isinstance(bakery, Source)
    assert bakery.text.startswith("A family bakery in the harbour district")
    assert bakery.url == "https://news.example/bakery"
    assert bakery.title == "Bakery wins award"
    assert bakery.published == "2024-04-30"  # the page's own date, not the capture date

    assert isinstance(market, Source)
    assert market.title == "Marché reopens" and "covered marché" in market.text  # HTTP charset
    assert market.published == "2023-09-16"  # no date in the page: the capture date (WARC-Date)

    assert str(menu) == f"{path}#6: no main text found in HTML"


def test_file_that_is_not_a_warc_is_a_problem(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_text("These are notes, not a crawl.\n")
    assert only_problem(path) == f"{path}: not a WARC file (it does not start with a 'WARC/' record header)"


def test_truncated_warc_record_is_a_problem(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path)
    data = path.read_bytes()
    cut = data.index(b"family bakery")  # the file ends inside the first article's record
    path.write_bytes(data[:cut])
    assert read_all(path) == [Problem(f"{path}#2", "truncated WARC record: the file ends inside it")]


def test_warc_without_html_pages_is_a_problem(tmp_path):
    path = tmp_path / "info_only.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "claimgraph tests"}))
    assert only_problem(path) == f"{path}: no HTML responses with a 2xx status among its 1 WARC records"


def test_a_byline_gives_the_author_and_marks_the_line_above_as_the_headline():
    from claimgraph.read.text import guess_author, guess_title

    text = "Opinion | We keep calling it a 'housing plan.' It isn't one.\n\nBy Hannah Okafor\n\nI am arguing for homes."
    assert guess_title(text) == "Opinion | We keep calling it a 'housing plan.' It isn't one."
    assert guess_author(text) == "Hannah Okafor"
    assert guess_author("Floods close roads\n\nBy Monday the water had gone down.\n\nMore text.") is None
