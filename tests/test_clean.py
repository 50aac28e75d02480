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


def test_html_character_references_become_their_characters():
    # feeds and CMS exports leave references in plain text; a quotation behind &#8220; was lost
    text, removed = clean_text("&#8220;We open Friday,&#8221; the harbour master said of the pier&#39;s &quot;new&quot; gate.")
    assert text == "“We open Friday,” the harbour master said of the pier's \"new\" gate."
    assert removed == []
    for line in ("AT&T and R&D spending rose.", "The &foo; tag stays.", "Fish &amp chips"):
        assert clean_text(line)[0] == line  # only complete, known references change


def test_html_references_in_the_title_and_raw_text():
    source = Source(text="Ports &amp; harbours reopen.", origin="x.txt", title="Ports &amp; harbours")
    assert clean_source(source).title == "Ports & harbours"
    assert clean_source(source).text == "Ports & harbours reopen."
    assert clean_source(source, raw=True).text == source.text


def test_a_quotation_behind_html_references_is_a_direct_claim(analyzer):
    text = "&#8220;We will reopen the pier on Friday,&#8221; harbour master Tomas Riel said."
    record = analyzer.analyze_source(Source(text=text, origin="x.txt", published="2025-03-04"))
    [claim] = record.claims
    assert claim.kind == "direct" and claim.speaker.name == "Tomas Riel"
    assert record.article.text[slice(*claim.content.span)] == "“We will reopen the pier on Friday,”"


def test_invisible_characters_no_longer_split_words_and_numbers():
    text, _ = clean_text("Repairs cost $4\u200b million, the inter\u00adnational agency said.\ufeff")
    assert text == "Repairs cost $4 million, the international agency said."
    assert clean_text("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")[0] == "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # ZWNJ spells Persian


def test_share_bars_with_little_words_between_buttons_are_removed():
    text, removed = clean_text(
        "Dam holds\n\nThe dam held overnight, the engineer said.\n\n"
        "Share this article: Facebook Twitter Email\n\nShare on Facebook\n\nOn the story of the dam"
    )
    assert "Share" not in text and "On the story of the dam" in text
    assert [r.reason for r in removed] == ["ui", "ui"]


def test_headlines_under_read_more_a_bracketed_credit_and_an_editors_note_go():
    text = (
        "The singer paid the fine on Monday.\n\nRead more:\nSinger cancels summer tour citing exhaustion\n"
        "Court date set for tax case\n\nFans gathered outside the court.\n\n(Photo: Pieter de Wolf/AFP)\n\n"
        "Shares fell 6.2%.\n\n(Adds analyst comment, share move in paragraphs 4-5)"
    )
    cleaned, removed = clean_text(text)
    assert cleaned == "The singer paid the fine on Monday.\n\nFans gathered outside the court.\n\nShares fell 6.2%."
    reasons = {r.text: r.reason for r in removed}
    assert reasons["Singer cancels summer tour citing exhaustion"] == "promo"
    assert reasons["Court date set for tax case"] == "promo"
    assert reasons["(Photo: Pieter de Wolf/AFP)"] == "credit"
    assert reasons["(Adds analyst comment, share move in paragraphs 4-5)"] == "note"
    for piece in removed:
        assert text[piece.offset : piece.offset + len(piece.text)] == piece.text


def test_a_cookie_notice_is_removed_and_is_no_title():
    from claimgraph.read.text import guess_title

    text = (
        "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. Accept all\n\n"
        "Floods force 12,000 from homes\n\nROME -- Floods forced 12,000 people from their homes, officials said.\n\nAccept all\n"
    )
    cleaned, removed = clean_text(text)
    assert "cookies" not in cleaned and "Accept all" not in cleaned
    assert [r.reason for r in removed][0] == "cookies" and len(removed) == 2
    assert guess_title(text) == "Floods force 12,000 from homes"
    # a story about cookies keeps its sentences
    story = "Regulators said the site uses cookies without consent, and fined it €2m."
    assert clean_text(story)[0] == story
