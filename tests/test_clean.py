"""Cleaning keeps the story, drops the leftovers, and records every removal."""

from claimgraph.clean import clean_source, clean_text
from claimgraph.records import Source

MESSY = """close
close

Storm batters the coast, officials say

Share this article

The storm hit the port on Monday.Jane Roe / AFP via Getty Images

Officials said 300 homes were damaged.Reuters
Advertisement
Facebook Twitter Email
Read more: Ten things to know about storms
Photo: John Smith/AP
Crews worked through the night. (AP Photo/Jane Roe)
© 2025 Example Wire. All rights reserved.
"""


def test_ui_words_promo_and_credits_go_to_removed_with_reasons():
    text, removed = clean_text(MESSY)
    reasons = {(r.text, r.reason) for r in removed}
    assert ("close", "ui") in reasons
    assert ("Share this article", "ui") in reasons
    assert ("Advertisement", "ui") in reasons
    assert ("Facebook Twitter Email", "ui") in reasons
    assert ("Jane Roe / AFP via Getty Images", "credit") in reasons
    assert ("Reuters", "credit") in reasons
    assert ("Photo: John Smith/AP", "credit") in reasons
    assert ("(AP Photo/Jane Roe)", "credit") in reasons
    assert ("Read more: Ten things to know about storms", "promo") in reasons
    assert any(r.reason == "legal" for r in removed)
    for piece, _ in reasons:
        assert piece not in text


def test_story_is_kept_and_glued_sentences_are_separated():
    text, _ = clean_text(MESSY)
    assert text.startswith("Storm batters the coast, officials say")
    assert "The storm hit the port on Monday." in text
    assert "Officials said 300 homes were damaged." in text
    assert "Crews worked through the night." in text
    assert "Monday.Jane" not in text


def test_glued_caption_sentence_is_split_from_next_sentence():
    text, removed = clean_text("Troops gathered on October 16.Heavy rain fell later that day.")
    assert text == "Troops gathered on October 16. Heavy rain fell later that day."
    assert removed == []


def test_removed_offsets_point_into_the_input():
    raw = "Intro line.\nclose\nThe story goes on.Reuters\n"
    _, removed = clean_text(raw)
    for r in removed:
        assert raw[r.offset : r.offset + len(r.text)] == r.text


def test_abbreviations_and_datelines_are_not_touched():
    for line in ("The U.S.Army said so.", "KYIV (Reuters) - Ukraine said on Monday.", "He cited Reuters and AFP reports."):
        text, removed = clean_text(line)
        assert text == line and removed == []


def test_raw_keeps_text_exactly():
    source = Source(text="close\r\nA  story.Reuters\n", origin="x.txt", title="A story")
    article = clean_source(source, raw=True)
    assert article.text == source.text
    assert article.removed == []


def test_paragraphs_are_separated_by_one_blank_line():
    text, _ = clean_text("First paragraph.\n\n\n\nSecond paragraph.\r\nThird.")
    assert text == "First paragraph.\n\nSecond paragraph.\n\nThird."
