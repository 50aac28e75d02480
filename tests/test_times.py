"""The claimgraph_times component on short articles written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.annotate import load_pipeline
from claimgraph.extract.times import time_at
from claimgraph.records import Time

PUBLISHED = "2024-10-25"  # a Friday

ARTICLE = (
    "close\n\nTalks could resume this weekend, officials warn\n\n"
    "BRUSSELS – Negotiators will meet as early as Sunday, the ministry said Friday. "
    "A spokesman said on Monday that the earlier draft was dead.\n"
    "In an interview on Thursday, the envoy said the two sides will discuss the text next week. "
    "The agency reported Oct. 18 that exports fell in August after a slump in June. "
    "The accord dates from February 2022.\n"
    "The treaty was ratified on Tuesday, and the lower house had voted a day earlier."
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(stages=["claimgraph_times"])


def times_of(nlp, text: str, published: str | None = PUBLISHED) -> list[Time]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.times


def find(times: list[Time], text: str, nth: int = 0) -> Time:
    found = [t for t in times if t.text == text]
    assert len(found) > nth, f"{text!r} not among {[t.text for t in times]}"
    return found[nth]


@pytest.fixture(scope="module")
def article_times(nlp) -> list[Time]:
    return times_of(nlp, ARTICLE)


@pytest.mark.parametrize(
    "text, value, start, end",
    [
        ("this weekend", "2024-W43-WE", "2024-10-26", "2024-10-27"),
        ("Sunday", "2024-10-27", "2024-10-27", "2024-10-27"),  # "will meet as early as Sunday": ahead
        ("Friday", "2024-10-25", "2024-10-25", "2024-10-25"),
        ("Monday", "2024-10-21", "2024-10-21", "2024-10-21"),  # "said on Monday": the Monday before
        ("Thursday", "2024-10-24", "2024-10-24", "2024-10-24"),
        ("next week", "2024-W44", "2024-10-28", "2024-11-03"),
        ("Oct. 18", "2024-10-18", "2024-10-18", "2024-10-18"),
        ("August", "2024-08", "2024-08-01", "2024-08-31"),
        ("June", "2024-06", "2024-06-01", "2024-06-30"),
        ("February 2022", "2022-02", "2022-02-01", "2022-02-28"),
    ],
)
def test_resolves_against_the_publication_date(article_times, text, value, start, end):
    time = find(article_times, text)
    assert (time.type, time.value, time.start, time.end) == ("DATE", value, start, end)


def test_extents_leave_out_prepositions(article_times):
    monday = find(article_times, "Monday")
    assert ARTICLE[monday.span[0] : monday.span[1]] == "Monday"
    assert ARTICLE[monday.span[0] - 3 : monday.span[0]] == "on "
    assert "in August" not in [t.text for t in article_times]


def test_anchors(article_times):
    assert find(article_times, "this weekend").anchor == "published"
    assert find(article_times, "February 2022").anchor is None  # absolute: needs no anchor
    earlier = find(article_times, "a day earlier")
    tuesday = find(article_times, "Tuesday")
    assert tuesday.value == "2024-10-22"
    assert earlier.value == "2024-10-21"
    assert earlier.anchor == f"t{article_times.index(tuesday) + 1}"


def test_no_publication_date_means_no_guess(nlp):
    times = times_of(nlp, ARTICLE, published=None)
    for text in ("this weekend", "Monday", "next week", "Oct. 18", "August"):
        time = find(times, text)
        assert (time.value, time.start, time.end, time.anchor) == (None, None, None, None)
    assert find(times, "February 2022").value == "2022-02"


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("The council will vote Wednesday.", "Wednesday", "2024-10-30"),
        ("The council voted Wednesday.", "Wednesday", "2024-10-23"),
        ("Protesters planned a rally on Saturday.", "Saturday", "2024-10-26"),
        ("On Tuesday, the ministry planned to publish the figures.", "Tuesday", "2024-10-22"),
        ("In March, the company cut 200 jobs.", "March", "2024-03"),
        ("The company will open a plant in March.", "March", "2025-03"),
        ("Profits fell last year.", "last year", "2023"),
        ("Sales rose 4% this month.", "this month", "2024-10"),
        ("The firm was founded in the 1990s.", "the 1990s", "199"),
        ("Yesterday, the index fell.", "Yesterday", "2024-10-24"),
        ("The talks ended late yesterday.", "late yesterday", "2024-10-24"),
        ("It rained last night.", "last night", "2024-10-24TNI"),
        ("The fire started at 9:15 a.m. Friday.", "9:15 a.m. Friday", "2024-10-25T09:15"),
        ("It happened two weeks ago.", "two weeks ago", "2024-W41"),
        ("The plan is due by year-end.", "year-end", "2024-12-31"),
        ("A court hearing is set for the week of Nov. 4.", "the week of Nov. 4", "2024-W45"),
        ("He will speak on Christmas Day.", "Christmas Day", "2024-12-25"),
        ("He spoke on Christmas Day.", "Christmas Day", "2023-12-25"),
        # translated news puts the day first and keeps "last": the past one, however near
        ("The strike ended last 2 November, the union said.", "last 2 November", "2023-11-02"),
        ("The vote will be held next 3 October.", "next 3 October", "2025-10-03"),
        ("Exports grew in 2021 after falling the previous year.", "the previous year", "2020"),
        ("In 2019, sales fell in the first half of the year.", "the first half of the year", "2019-H1"),
    ],
)
def test_dates(nlp, sentence, text, value):
    assert find(times_of(nlp, sentence), text).value == value


@pytest.mark.parametrize(
    "sentence, text, kind, value",
    [
        ("The war lasted for three years.", "three years", "DURATION", "P3Y"),
        ("Prices rose over the past two months.", "the past two months", "DURATION", "P2M"),
        ("The meeting ran nearly an hour.", "nearly an hour", "DURATION", "PT1H"),
        ("He served 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("They signed a five-year deal.", "five-year", "DURATION", "P5Y"),
        ("It took a few days.", "a few days", "DURATION", "PXD"),
        ("The board meets every Thursday.", "every Thursday", "SET", "XXXX-WXX-4"),
        ("It publishes daily figures.", "daily", "SET", "P1D"),
        ("The firm earns $5 billion a year.", "a year", "SET", "P1Y"),
        ("Prices are now higher.", "now", "DATE", "PRESENT_REF"),
        ("Prices recently fell.", "recently", "DATE", "PAST_REF"),
        ("Rates will rise in the near future.", "the near future", "DATE", "FUTURE_REF"),
        # vague stretches that say when, not how long
        ("Shelling has grown heavier in recent days.", "recent days", "DATE", "PAST_REF"),
        ("Ferry fares fell in the last few months.", "the last few months", "DATE", "PAST_REF"),
        ("Losses mounted over the past several quarters.", "the past several quarters", "DATE", "PAST_REF"),
        ("The port expects more ships in coming weeks.", "coming weeks", "DATE", "FUTURE_REF"),
        ("The new pier is a good sign for coming months.", "coming months", "DATE", "FUTURE_REF"),
        ("She has lived there for the past few weeks.", "the past few weeks", "DURATION", "PXW"),
        ("Talks will go on over the next few days.", "over the next few days", "DURATION", "PXD"),
        # a rate after a counted phrase
        ("People who drink two cups of tea a day live longer.", "a day", "SET", "P1D"),
    ],
)
def test_durations_sets_and_vague_references(nlp, sentence, text, kind, value):
    time = find(times_of(nlp, sentence), text)
    assert (time.type, time.value) == (kind, value)
    assert (time.start, time.end, time.anchor) == (None, None, None)


def test_a_year_earlier_in_a_company_report_is_the_same_quarter(nlp):
    times = times_of(nlp, "Profit in the third quarter rose 5% from a year earlier.")
    assert find(times, "the third quarter").value == "2024-Q3"
    assert find(times, "a year earlier").value == "2023-Q3"


@pytest.mark.parametrize(
    "sentence",
    [
        "Theresa May said she may visit.",
        "Some 2000 troops arrived.",
        "He is a 34-year-old lawyer.",
        "The march was peaceful.",
        "Rovers equalised early in the second half through a header.",
    ],
)
def test_words_that_only_look_like_times(nlp, sentence):
    assert times_of(nlp, sentence) == []


def test_publication_datetime_is_accepted(nlp):
    times = times_of(nlp, "The index fell yesterday.", published="1998-04-24T21:49:00")
    assert find(times, "yesterday").value == "1998-04-23"


def test_time_at_returns_the_overlapping_time(nlp):
    text = "The minister said on Monday that the plan was dead."
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    doc = nlp(doc)
    start = text.index("on Monday")
    time = time_at(doc, start, start + len("on Monday"))
    assert time is not None and time.value == "2024-10-21"
    assert time_at(doc, 0, 12) is None


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        # "hurt" with a singular subject is a past tense (the present would be "hurts")
        ("Heavy selling in bank shares hurt the composite index on Thursday.", "Thursday", "2024-10-24"),
        ("Investors and bankers meet Thursday.", "Thursday", "2024-10-31"),
        ("He and the envoy meet Thursday.", "Thursday", "2024-10-31"),
        # the perfect on the copula above "due" puts the deadline in the past
        ("The offer had been due to expire Wednesday evening.", "Wednesday evening", "2024-10-23TEV"),
        ("The offer is due to expire Wednesday evening.", "Wednesday evening", "2024-10-30TEV"),
        # what an end point is extended to lies ahead, whatever the tense of "extend"
        ("The bank has extended the loans through January.", "January", "2025-01"),
        ("The company will open a plant next March 3.", "next March 3", "2025-03-03"),
    ],
)
def test_direction_from_the_verb(nlp, sentence, text, value):
    assert find(times_of(nlp, sentence), text).value == value


def test_last_with_a_month_and_day_points_back(nlp):
    time = find(times_of(nlp, "He was shot last Oct. 23 at his home.", published="2025-04-19"), "last Oct. 23")
    assert (time.value, time.anchor) == ("2024-10-23", "published")


def test_quarter_to_quarter_is_not_a_quarter(nlp):
    assert times_of(nlp, "The quarter-to-quarter comparison improved.") == []


def test_the_report_is_about_its_latest_completed_quarter(nlp):
    times = times_of(
        nlp,
        "Net income rose in the third quarter from a year ago. After a flat second quarter, consumer sales "
        "recovered. Charges taken in the year-earlier period also helped. Guidance for the fourth quarter was cut. "
        "In the year-ago quarter, the firm sold a unit.",
    )
    assert find(times, "second quarter").value == "2024-Q2"
    assert find(times, "the year-earlier period").value == "2023-Q3"  # not 2023-Q2
    assert find(times, "the fourth quarter").value == "2024-Q4"
    assert find(times, "the year-ago quarter").value == "2023-Q3"  # Q4 2024 has not ended yet


def test_a_stretch_of_months_is_compared_by_its_year(nlp):
    times = times_of(
        nlp,
        "In the first nine months, net rose to $5 million from $4 million a year earlier. "
        "In the 2023 period, the company sold a unit. The year-earlier results were restated.",
    )
    assert find(times, "the first nine months").value == "P9M"
    assert [find(times, text).value for text in ("a year earlier", "the 2023 period", "year-earlier")] == [
        "2023",
        "2023",
        "2023",
    ]


def test_a_fiscal_quarter_is_the_calendar_quarter_holding_most_of_it(nlp):
    times = times_of(nlp, "In the quarter ended July 31, sales rose 5%. In the quarter ended Sept. 30, they fell.")
    assert [t.value for t in times if t.text == "the quarter"] == ["2024-Q2", "2024-Q3"]


def test_a_fiscal_quarter_keeps_its_label_in_what_refers_back_to_it(nlp):
    times = times_of(
        nlp,
        "Zenlo Systems said it earned $5 million in the fiscal second quarter. Sales for the quarter ended "
        "Oct. 27 rose 4%. In the 2023 period, the company lost money. The latest period included a tax gain.",
        published="2024-11-20",
    )
    assert [(t.text, t.value) for t in times if "quarter" in t.text or "period" in t.text] == [
        ("the fiscal second quarter", "2024-Q2"),
        ("the quarter", "2024-Q2"),  # not the calendar quarter holding Oct. 27 (Q4)
        ("the 2023 period", "2023-Q2"),
        ("The latest period", "2024-Q2"),
    ]
    calendar = times_of(nlp, "Sales for the quarter ended Oct. 27 rose 4%.", published="2024-11-20")
    assert find(calendar, "the quarter").value == "2024-Q3"  # no fiscal label: the calendar quarter


def test_the_latest_period_is_the_quarter_reported_on(nlp):
    times = times_of(
        nlp, "Brindle Foods reported a 40% drop in fourth-quarter earnings. Sales in the latest period rose 3%.",
        published="2024-11-02",
    )
    assert find(times, "the latest period").value == "2024-Q4"
    alone = times_of(nlp, "Sales in the latest quarter rose 3%.", published="2024-11-02")
    assert find(alone, "the latest quarter").value == "2024-Q3"  # none named: the last one completed


def test_this_quarter_in_a_results_report_is_the_quarter_reported_on(nlp):
    times = times_of(
        nlp,
        "Harrow Tools posted a loss for the third quarter ended Sept. 30. This quarter's loss includes plant charges.",
    )
    assert find(times, "This quarter").value == "2024-Q3"
    ahead = times_of(nlp, "Harrow Tools posted a loss for the third quarter. Sales will recover this quarter.")
    assert find(ahead, "this quarter").value == "2024-Q4"  # the quarter under way


def test_a_quarter_in_apposition_takes_the_year_of_the_quarter_it_renames(nlp):
    times = times_of(
        nlp,
        "Korvel Mills expects a profit for the third quarter. For the year-ago quarter, the second quarter "
        "ended Oct. 31, it posted a loss. Results for that quarter included a write-down.",
    )
    assert find(times, "the year-ago quarter").value == "2023-Q3"
    assert find(times, "the second quarter").value == "2023-Q2"  # its fiscal label, in the year-ago year
    assert find(times, "that quarter").value == "2023-Q2"  # the quarter last named, not the one of Oct. 31


def test_the_day_before_a_named_day(nlp):
    text = "The day before last Thursday's vote, the mayor met the builders. The day after Christmas they flew home."
    times = times_of(nlp, text, published="2024-12-30")
    before = find(times, "day before last Thursday")  # TimeML leaves "The" out
    assert (before.value, before.anchor) == ("2024-12-25", "published")
    assert find(times, "day after Christmas").value == "2024-12-26"


def test_overnight_and_the_previous_day_follow_the_day_the_story_is_about(nlp):
    filler = "Dealers said the mood stayed nervous as traders weighed the resignation of the finance minister. " * 5
    times = times_of(
        nlp,
        "Shares in Lisbon closed sharply lower Friday in heavy trading. Prices were depressed at first by "
        f"overnight losses in New York. {filler}The index ended 4% below its level of the previous Friday.",
        published="2024-10-28",  # a Monday
    )
    assert find(times, "Friday").value == "2024-10-25"
    assert find(times, "overnight").value == "2024-10-24TNI"  # the night before that Friday
    assert find(times, "the previous Friday").value == "2024-10-18"  # more than 400 characters on
    alone = times_of(nlp, "Prices were depressed by overnight losses in New York.", published="2024-10-28")
    assert find(alone, "overnight").value == "2024-10-28TNI"


@pytest.mark.parametrize(
    "sentence, text, kind, value",
    [
        ("For the year, volume was flat.", "the year", "DATE", "2024"),
        ("It forecast a gain for the full year.", "the full year", "DATE", "2024"),
        ("The plan should be done by the end of the year.", "the end of the year", "DATE", "2024"),
        ("She joined the firm in 1985, and by the end of the year she ran it.", "the end of the year", "DATE", "1985"),
        ("The firm aims to double sales by 2027. It forecast a gain for the full year.", "the full year", "DATE",
         "2024"),
        ("The firm earned $5 million for the year ended June 30.", "the year", "DURATION", "P1Y"),
    ],
)  # fmt: skip
def test_the_year_used_as_a_date(nlp, sentence, text, kind, value):
    time = find(times_of(nlp, sentence), text)
    assert (time.type, time.value) == (kind, value)


def test_the_year_before_is_counted_not_the_current_year(nlp):
    times = times_of(nlp, "Sales fell to $3 million in 2023 from $4 million the year before.")
    assert find(times, "the year before").value == "2022"


def test_a_clock_time_takes_the_day_the_passage_is_about(nlp):
    times = times_of(
        nlp,
        "The fire broke out on Tuesday in the kitchen of a two-storey house on the edge of the old town. "
        "Neighbours first smelled smoke at 9 p.m.",
    )
    assert find(times, "9 p.m.").value == "2024-10-22T21:00"


def test_a_24_hour_clock_after_a_preposition_and_a_city_time_zone(nlp):
    times = times_of(nlp, "Sirens sounded on Tuesday at 14:30 Odesa time. The curfew lasts until 05:00.")
    assert find(times, "14:30 Odesa time").value == "2024-10-22T14:30"
    assert find(times, "05:00").type == "TIME"


def test_a_live_pages_entry_times_are_times_of_its_publication_day(nlp):
    # publication date: Friday 2024-10-25; the entries run newest first
    times = times_of(
        nlp,
        "Storm live\n\n16:40 — Forecasters expect gusts of 120 km/h on Sunday.\n\n"
        "15:05 CEST — Ferries were told to stay in port until 8 p.m.\n\n"
        "The score was 14:20 - a record.",
    )
    assert find(times, "16:40").value == "2024-10-25T16:40"
    assert find(times, "16:40").anchor == "published"
    assert find(times, "15:05 CEST").value == "2024-10-25T15:05"
    # the evening of the entry's own day, not of the Sunday the entry before it named
    assert find(times, "8 p.m.").value == "2024-10-25T20:00"
    assert not [t for t in times if t.text.startswith("14:20")]  # mid-line: a score, not an entry


def test_the_same_period_of_last_year(nlp):
    # published Friday 2024-10-25
    stretch = times_of(nlp, "Exports in the first nine months rose 12 percent from the same period of last year.")
    assert find(stretch, "the same period of last year").value == "2023"  # the months have no value; their year has
    quarter = times_of(nlp, "Sales rose in the third quarter compared with the same period last year.")
    assert find(quarter, "the same period last year").value == "2023-Q3"


def test_a_wire_clock_time_in_four_digits(nlp):
    times = times_of(nlp, "Shares were down 7% by 1130 GMT, the biggest fall since 1987.")
    assert find(times, "1130 GMT").value == "2024-10-25T11:30"
    assert find(times, "1987").value == "1987"


def test_a_quarter_of_something_is_a_share_not_three_months(nlp):
    assert times_of(nlp, "A quarter of the staff left, and orders dropped by roughly a quarter.") == []
    assert find(times_of(nlp, "Repairs took a quarter."), "a quarter").value == "P3M"


def test_the_year_to_a_month_is_twelve_months(nlp):
    times = times_of(nlp, "Burglaries fell by 9 per cent in the year to March.")
    assert find(times, "the year").value == "P1Y"
    assert find(times_of(nlp, "He moved to Riga for the year to study."), "the year").value == "2024"


def test_the_first_three_quarters_run_from_january_to_september(nlp):
    times = times_of(nlp, "Exports rose 5 percent in the first three quarters of 2024 compared with a year earlier.")
    run = find(times, "the first three quarters of 2024")
    assert (run.start, run.end) == ("2024-01-01", "2024-09-30")
    before = find(times, "a year earlier")
    assert (before.start, before.end) == ("2023-01-01", "2023-09-30")
    half = find(times_of(nlp, "Output fell in the first two quarters of 2024."), "the first two quarters of 2024")
    assert half.value == "2024-H1"


def test_an_amount_per_day_is_a_set(nlp):
    assert find(times_of(nlp, "A second strike would cost 300 million kronor a day."), "a day").type == "SET"
    assert find(times_of(nlp, "The field pumps 40,000 barrels a day."), "a day").type == "SET"
    assert find(times_of(nlp, "Donors pledged $300bn a year."), "a year").type == "SET"
    assert find(times_of(nlp, "The ferry waited a day."), "a day").type == "DURATION"


def test_a_time_word_inside_a_longer_name_is_no_time(nlp):
    assert [t.text for t in times_of(nlp, "A reporter from Pacific Daily asked a question on Monday.")] == ["Monday"]
    assert [t.text for t in times_of(nlp, "The Sunday Times reported it on Monday.")] == ["Monday"]


def test_the_end_of_the_month_or_week_is_the_current_one(nlp):
    times = times_of(nlp, "Crews must finish by the end of the month and report at the start of the week.")
    assert find(times, "the end of the month").value == "2024-10"
    assert find(times, "the start of the week").value == "2024-W43"
    assert times_of(nlp, "Prices rose during the month.") == []  # "the month" alone may be any month


def test_dotted_dates_and_a_weekday_of_a_named_week(nlp):
    # published Friday 2024-10-25
    times = times_of(nlp, "The ferry ran on 5.03.2024 and again on Monday last week; it stops on Friday of next week.")
    assert find(times, "5.03.2024").value == "2024-03-05"
    assert find(times, "Monday last week").value == "2024-10-14"
    assert find(times, "Friday of next week").value == "2024-11-01"


def test_runs_of_days_and_years_cover_them_all(nlp):
    times = times_of(nlp, "Talks ran on October 11-12 and 14–15 October; prices rose in 2022-23 and 2019–2021.")
    got = {t.text: (t.value, t.start, t.end) for t in times}
    assert got["October 11-12"] == ("2024-10-11", "2024-10-11", "2024-10-12")
    assert got["14–15 October"] == ("2024-10-14", "2024-10-14", "2024-10-15")
    assert got["2022-23"] == ("2022", "2022-01-01", "2023-12-31")
    assert got["2019–2021"] == ("2019", "2019-01-01", "2021-12-31")


def test_the_first_half_of_a_month_is_no_half_year(nlp):
    times = times_of(nlp, "Repairs ran through the first half of March.")
    assert [(t.text, t.value) for t in times] == [("March", "2024-03")]


def test_scores_and_verses_are_no_clock_times(nlp):
    assert times_of(nlp, "The hosts won 3:1 and the choir sang Psalm 23:14 after a 2:05:30 run.") == []


def test_one_day_after_a_modal_is_some_day_ahead(nlp):
    times = times_of(nlp, "She will one day run the company. The repair took one day.")
    assert [(t.type, t.value) for t in times if t.text == "one day"] == [("DATE", "FUTURE_REF"), ("DURATION", "P1D")]


def test_half_of_a_decade_is_not_half_of_a_year(nlp):
    times = times_of(nlp, "Output grew in the latter half of the '90s but fell in the first half of 2001.")
    assert [(t.text, t.value) for t in times] == [("the '90s", "199"), ("the first half of 2001", "2001-H1")]


def test_arithmetic_beyond_the_calendar_keeps_the_expression_without_a_value(nlp):
    found = times_of(nlp, "Humans first walked here 200,000 years ago, scientists said on Monday.")
    ago = [t for t in found if "ago" in t.text]
    assert ago and ago[0].value is None and ago[0].start is None
    assert find(found, "Monday").value is not None  # the rest of the article still resolves


def test_a_misparse_that_loops_between_infinitives_does_not_recurse_forever():
    from types import SimpleNamespace

    from claimgraph.extract.times.tense import FUTURE, PAST, UNKNOWN, verb_direction

    def verb(name):
        to = SimpleNamespace(dep_="aux", lower_="to", tag_="TO", lemma_="to", children=[])
        return SimpleNamespace(text=name, pos_="VERB", tag_="VB", lemma_=name, lower_=name, dep_="xcomp",
                               children=[to], i=0)

    a, b = verb("try"), verb("go")
    a.head, b.head = b, a  # a cycle no real parse has, but a broken one can
    assert verb_direction(a) in (UNKNOWN, PAST, FUTURE)  # returns instead of a RecursionError


@pytest.mark.parametrize("mark_open, mark_close", [("``", "''"), ("“", "”")])
def test_a_verb_inside_a_quotation_does_not_date_a_time_outside_it(nlp, mark_open, mark_close):
    # a transcript header with no verb of its own: the parser hangs "Thursday" on the quoted "is"
    text = (
        f"The replies follow in full. Ortega on Thursday {mark_open}Setting aside the figures in this memo, "
        f"the story is wrong.{mark_close}"
    )
    assert find(times_of(nlp, text), "Thursday").value == "2024-10-24"


@pytest.mark.parametrize(
    "text, first, value",
    [
        ("Units sold between March 1 and June 30, 2025 are affected.", "March 1", "2025-03-01"),
        ("Heaters sold from Dec. 3 to Jan. 9, 2025 are affected.", "Dec. 3", "2024-12-03"),
    ],
)
def test_a_year_written_once_after_a_run_of_days_dates_both_ends(nlp, text, first, value):
    assert find(times_of(nlp, text, "2026-03-12"), first).value == value


def test_a_day_right_after_a_past_reporting_verb_is_the_day_of_saying(nlp):
    # "on Monday" belongs to "said", not to the present progressive that follows
    times = times_of(nlp, "Nordvik said on Monday it is recalling the fryers.", "2026-03-12")
    assert find(times, "Monday").value == "2026-03-09"


def test_certain_to_points_ahead(nlp):
    times = times_of(nlp, "Her campaign manager said the party was certain to win in June.", "2026-03-12")
    assert find(times, "June").value == "2026-06"


def test_a_stretch_up_to_a_day_and_the_year_to_date(nlp):
    times = times_of(nlp, "In the week to Friday the index gained 2.1%, leaving it up 4.7% year-to-date.", "2026-03-12")
    assert (find(times, "the week").type, find(times, "the week").value) == ("DURATION", "P1W")
    assert find(times, "Friday").value == "2026-03-06"
    assert find(times, "year-to-date").value == "2026"


@pytest.mark.parametrize(
    "text, expression, value",
    [
        ("Eleven people are still missing, down from 30 on Friday, the mayor said.", "Friday", "2026-03-13"),
        ("Shelling killed 12 people overnight in the port, officials said.", "overnight", "2026-03-15TNI"),
        ("Talks will continue overnight.", "overnight", "2026-03-16TNI"),
        ("The race is tightening ahead of the November election.", "November", "2026-11"),
        ("The rules stay in place until at least October.", "October", "2026-10"),
    ],
)
def test_cue_words_that_set_the_direction(nlp, text, expression, value):
    assert find(times_of(nlp, text, "2026-03-16"), expression).value == value


def test_quarter_and_half_codes(nlp):
    times = times_of(nlp, "Exports fell in Q3 last year and rose in H1 2024, but Q4 was weak.")
    assert (find(times, "Q3 last year").value, find(times, "Q3 last year").start) == ("2023-Q3", "2023-07-01")
    assert (find(times, "H1 2024").start, find(times, "H1 2024").end) == ("2024-01-01", "2024-06-30")
    words = times_of(nlp, "Exports fell in Q3 last year and rose in H1 2024, but the fourth quarter was weak.")
    assert find(times, "Q4").value == find(words, "the fourth quarter").value  # read as its words are


def test_the_past_decade_is_the_ten_years_to_now(nlp):
    time = find(times_of(nlp, "Rainfall was 30% below the average of the past decade."), "the past decade")
    assert (time.type, time.value, time.start) == ("DURATION", "P10Y", None)


def test_a_number_to_dial_is_no_year(nlp):
    assert times_of(nlp, "Anyone with information can call the hotline on 1800 or text 1955.") == []


def test_three_quarters_of_a_thing_is_a_share_not_nine_months(nlp):
    assert times_of(nlp, "Three quarters of the town flooded and two-thirds of the farms were lost.") == []
    found = times_of(nlp, "Profits fell for three quarters in a row and rose in three quarters of the past four.")
    assert [t.value for t in found] == ["P9M", "P9M"]


def test_an_overnight_named_again_is_the_same_night(nlp):
    text = ("Air defences downed 41 drones overnight\n\n"
            "Air defences destroyed 41 drones over six regions overnight, the ministry said on Friday.")
    times = times_of(nlp, text)
    assert find(times, "overnight").value == find(times, "overnight", 1).value == "2024-10-24TNI"


def test_a_possessive_day_ahead_of_a_future_act_is_ahead(nlp):
    times = times_of(nlp, "The coach said he would make changes before Tuesday's trip to Walsall.")
    assert find(times, "Tuesday").value == "2024-10-29"
    assert find(times_of(nlp, "Tuesday's vote was close."), "Tuesday").value == "2024-10-22"


def test_a_slash_date_puts_the_day_first_outside_american_news(quantities_nlp):
    def value(text: str, date_text: str) -> str:
        return find(times_of(quantities_nlp, text, "2026-11-30"), date_text).value

    assert value("Bhubaneswar, 29/11/2026: The ruling party lost three seats.", "29/11/2026") == "2026-11-29"
    assert value("The bypoll in Odisha, India, on 03/12/2026 was delayed.", "03/12/2026") == "2026-12-03"
    assert value("Police in Ohio said the crash happened on 03/12/2026.", "03/12/2026") == "2026-03-12"


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        ("The minister said refineries would resume production by the end of the first quarter.",
         "the first quarter", "2025-Q1"),
        ("Crews had carried out 312 rescues since Monday and received 2,800 calls overnight.",
         "overnight", "2024-10-24TNI"),
        ("Larrea hinted that another signing could follow before Monday's deadline.", "Monday", "2024-10-28"),
        ("A skeleton service will run every 30 minutes.", "every 30 minutes", "PT30M"),
    ],
)
def test_ahead_and_overnight_and_steps(nlp, sentence, text, value):
    assert find(times_of(nlp, sentence), text).value == value


def test_a_day_after_its_clock_time_and_a_hyphenated_name(nlp):
    times = times_of(nlp, "The agency issued an alert for London until 9am on Tuesday.", "2025-06-29")
    assert find(times, "Tuesday").value == "2025-07-01"
    assert [t.text for t in times_of(nlp, "Kent beat Surrey in the One-Day Cup on Sunday.")] == ["Sunday"]


def test_since_a_month_is_never_ahead(nlp):
    times = times_of(nlp, "Over 1.5 million Afghans have returned from Iran since January.", "2025-11-27")
    assert find(times, "January").value == "2025-01"


def test_a_day_of_this_or_next_month_as_translated_news_writes_it(nlp):
    times = times_of(nlp, "The vote is set for the 14th of this month and the count for the 2nd of next month.", "2026-03-12")
    assert [(t.text, t.value) for t in times] == [("the 14th of this month", "2026-03-14"), ("the 2nd of next month", "2026-04-02")]
    assert find(times_of(nlp, "He named the 31st of next month.", "2026-03-12"), "the 31st of next month").value is None


def test_overnight_that_night_and_the_same_period_need_a_day_or_stretch_near_them(nlp):
    text = "The truce took effect on January 19. Drones were heard overnight."
    assert find(times_of(nlp, text, "2026-03-02"), "overnight").value == "2026-03-01TNI"
    text = "His cousin testified last week that he had borrowed the van that night."
    assert find(times_of(nlp, text, "2026-01-09"), "that night").value is None
    text = "At least 90 people have died since the truce began. Two soldiers were killed in the same period."
    assert find(times_of(nlp, text, "2026-03-02"), "the same period").value is None


def test_a_quarter_code_looks_ahead_with_its_verb(nlp):
    text = "The maker expects the line to open in March and to reach full output in Q2. Sales fell in Q3."
    times = times_of(nlp, text, "2025-11-14")
    assert [(t.text, t.value) for t in times] == [("March", "2026-03"), ("Q2", "2026-Q2"), ("Q3", "2025-Q3")]


def test_a_half_or_quarter_of_a_game_is_no_date(nlp):
    text = "Dale Rovers scored twice before the break. They were far better in the second half."
    assert times_of(nlp, text, "2026-03-15") == []
    text = "The Hawks did not defend well in the fourth quarter, their coach said."
    assert times_of(nlp, text, "2026-03-15") == []
    assert find(times_of(nlp, "Profit rose in the fourth quarter, the firm said.", "2026-03-15"), "the fourth quarter").value == "2025-Q4"


def test_a_possessive_day_looks_ahead_with_will(nlp):
    times = times_of(nlp, "Friday's final will be shown live. Fans said Monday's draw was fair.", "2026-03-26")
    assert [(t.text, t.value) for t in times] == [("Friday", "2026-03-27"), ("Monday", "2026-03-23")]


def test_by_a_weekday_after_a_past_verb_is_a_deadline_already_met(nlp):
    # published on a Friday: "by Tuesday" with a past verb is the Tuesday before, with "will" the one after
    times = times_of(nlp, "The ferry was boarded by Tuesday. The port will reopen by Wednesday. Crews were told to finish by Thursday.")
    assert find(times, "Tuesday").value == "2024-10-22"
    assert find(times, "Wednesday").value == "2024-10-30"
    assert find(times, "Thursday").value == "2024-10-31"


def test_a_clock_with_its_conversion_in_brackets_takes_the_day_after_both(nlp):
    times = times_of(nlp, "The plane landed at 10:50 a.m. local time (0505 GMT) on Wednesday.")
    assert find(times, "10:50 a.m. local time").value == "2024-10-23T10:50"
    assert find(times, "0505 GMT").value == "2024-10-23T05:05"


def test_a_year_earlier_compares_the_month_named_just_before_not_the_reports_quarter(nlp):
    times = times_of(nlp, "Output grew 0.4% in the third quarter, while prices rose 2.9% in September, up from 2.1% a year earlier.")
    assert find(times, "a year earlier").value == "2023-09"


def test_this_winter_is_the_winter_under_way_or_just_ended(nlp):
    # published in early March: the winter just ended; in January: the winter that began in December
    assert find(times_of(nlp, "It was the third storm this winter.", published="2026-03-04"), "this winter").value == "2025-WI"
    assert find(times_of(nlp, "It was the third storm this winter.", published="2026-01-15"), "this winter").value == "2025-WI"
    assert find(times_of(nlp, "Sales rose this summer.", published="2026-01-15"), "this summer").value == "2026-SU"


def test_a_date_set_for_a_trial_lies_ahead(nlp):
    times = times_of(nlp, "A judge on Tuesday set June 15 as the start date for the trial. The retrial was set for May.")
    assert find(times, "June 15").value == "2025-06-15"  # published on 2024-10-25: the next June 15
    assert find(times, "May").value == "2025-05"


def test_a_range_of_weekdays_does_not_end_before_it_starts(nlp):
    # published on a Wednesday: "Monday" ahead is the 28th, so "Thursday" is the 31st, not the 24th
    times = times_of(nlp, "Jury selection will run from Monday to Thursday.", published="2024-10-23")
    assert (find(times, "Monday").value, find(times, "Thursday").value) == ("2024-10-28", "2024-10-31")


@pytest.mark.parametrize(
    "sentence, published, value",
    [
        ("The outbreak began in December, health officials said.", "2026-11-18", "2025-12"),
        ("The last strike was in January.", "2026-11-13", "2026-01"),
        ("The new law will take effect in October.", "2026-11-18", "2027-10"),
        ("The final report will be published by the end of October.", "2026-11-20", "2027-10"),
        # tense told by a noun or an infinitive in between stays open: the nearest month
        ("The council voted to sell the bus depot in January.", "2026-11-02", "2027-01"),
    ],
)
def test_a_month_next_to_publication_follows_the_tense_of_its_own_verb(nlp, sentence, published, value):
    times = times_of(nlp, sentence, published)
    assert times[-1].value == value


def test_a_day_range_written_with_to(nlp):
    time = times_of(nlp, "The synod will meet again in York from July 11 to 15.", "2026-06-13")[0]
    assert (time.text, time.start, time.end) == ("July 11 to 15", "2026-07-11", "2026-07-15")
    # "to" before a count or a rate is no end day
    assert [t.text for t in times_of(nlp, "Prices rose on July 11 to 15 percent above the cap.", "2026-06-13")] == ["July 11"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The parish has lost about 40% of its regular Sunday worshippers.",
        "According to local media, nearly two thousand people slept outdoors.",
    ],
)
def test_a_weekday_or_a_worded_number_that_names_no_time(nlp, sentence):
    assert times_of(nlp, sentence, "2026-06-13") == []


def test_an_earlier_day_is_not_counted_from_a_day_still_to_come(nlp):
    text = ("The mayor said a curfew would remain in place through Sunday. Some 12,000 homes were without "
            "power, down from 20,000 a day earlier, the utility said.")
    assert find(times_of(nlp, text, "2026-06-13"), "a day earlier").value == "2026-06-12"


def test_many_days_after_a_month_fall_in_a_month(nlp):
    times = times_of(nlp, "The pilgrim set out from Haifa last April and reached Rome 212 days later.", "2027-03-02")
    assert find(times, "212 days later").value == "2026-11"


def test_a_verb_whose_past_is_its_present_with_a_weekday_is_past(nlp):
    # Friday 2026-11-20: "spread" with a plural subject could be a present tense; with a day, it is news
    assert times_of(nlp, "Protests spread in Tbilisi on Monday.", "2026-11-20")[0].value == "2026-11-16"


def test_a_run_of_days_with_the_month_written_once_at_the_end(nlp):
    time = times_of(nlp, "The jars carry best-before dates between 18 and 24 November.", "2026-11-20")[0]
    assert (time.text, time.start, time.end) == ("18 and 24 November", "2026-11-18", "2026-11-24")
    time = times_of(nlp, "The book fair runs from 3 to 9 March 2027 in Leipzig.", "2026-11-20")[0]
    assert (time.start, time.end) == ("2027-03-03", "2027-03-09")


def test_a_run_of_months_follows_the_tense_of_its_verb(nlp):
    # Friday 2026-11-20: January is nearer ahead, but the killings are past
    times = times_of(nlp, "Militias killed at least 140 herders between January and September.", "2026-11-20")
    assert [t.value for t in times] == ["2026-01", "2026-09"]
    times = times_of(nlp, "Night ferries will run from January to March.", "2026-11-20")
    assert [t.value for t in times] == ["2027-01", "2027-03"]


def test_a_season_still_to_come_is_next_years_once_this_years_is_over(nlp):
    assert times_of(nlp, "The rowers will race again in the spring.", "2026-11-20")[0].value == "2027-SP"
    assert times_of(nlp, "The rowers raced in the spring.", "2026-11-20")[0].value == "2026-SP"


def test_later_than_planned_is_a_delay_not_a_date(nlp):
    times = times_of(nlp, "The bridge will open in 2031, three years later than first promised.", "2026-11-20")
    assert (find(times, "three years later").type, find(times, "three years later").value) == ("DURATION", "P3Y")
    times = times_of(nlp, "The probe will launch on Dec. 3, about two weeks later than planned.", "2026-11-20")
    assert find(times, "about two weeks later").type == "DURATION"


def test_the_end_of_the_decade(nlp):
    time = times_of(nlp, "The agency hopes to reach the asteroid by the end of the decade.", "2026-11-20")[0]
    assert (time.text, time.value) == ("the end of the decade", "202")


def test_a_forecast_looks_ahead(nlp):
    assert times_of(nlp, "Economists predicted a cut in December.", "2026-11-13")[0].value == "2026-12"


def test_a_wire_item_counts_its_days_from_its_datelines_date(nlp):
    # a round-up published on Friday 2026-11-20 gathers items filed earlier in the month
    text = (
        "Transport round-up\n\n"
        "LISBON, Nov 10 (Reuters) - Dock workers will strike on Friday, their union said on Tuesday.\n\n"
        "OSLO, Nov 16 (Reuters) - The ferry line said on Friday it had cut two routes.\n\n"
        "ROME (AP) — Train drivers said on Wednesday they would strike next week.\n"
    )
    times = times_of(nlp, text, "2026-11-20")
    assert [(t.text, t.value) for t in times] == [
        ("Nov 10", "2026-11-10"), ("Friday", "2026-11-13"), ("Tuesday", "2026-11-10"),
        ("Nov 16", "2026-11-16"), ("Friday", "2026-11-13"),
        ("Wednesday", "2026-11-18"), ("next week", "2026-W48"),
    ]
    assert find(times, "Tuesday").anchor == "t1" and find(times, "Wednesday").anchor == "published"
    # with no publication date, a dateline with its year still dates the item
    times = times_of(nlp, "LISBON, Nov. 10, 2026 (Reuters) - The union said on Monday it would strike.", None)
    assert find(times, "Monday").value == "2026-11-09"


def test_a_month_that_is_a_given_name_is_no_time(nlp):
    text = 'Walter and June Abernathy planted the orchard in 1969. "We are tired," June said. The frost came in June.'
    assert [t.text for t in times_of(nlp, text, "2026-11-20")] == ["1969", "June"]
    assert times_of(nlp, text, "2026-11-20")[1].span[0] == text.rindex("June")


def test_a_photo_captions_present_tense_is_past(nlp):
    text = "Nurses in Vigo ended their strike on Thursday.\n\nPhoto: Nurses celebrate outside the hospital on Thursday."
    assert [t.value for t in times_of(nlp, text, "2026-11-20")] == ["2026-11-19", "2026-11-19"]


def test_a_programmes_title_is_no_day(nlp):
    text = "Hughes, speaking on the BBC's Today programme on Friday, said the deal was done."
    assert [t.text for t in times_of(nlp, text, "2026-11-20")] == ["Friday"]


def test_a_day_on_a_past_verb_is_past_even_near_new_year(nlp):
    # Friday 2026-12-04: Jan. 9 is 36 days ahead, but the film has opened
    times = times_of(nlp, "The film, which opened on Jan. 9, has grossed $40 million.", "2026-12-04")
    assert times[0].value == "2026-01-09"
    times = times_of(nlp, "Fans streamed 28 billion songs between Jan. 1 and Nov. 15, the service said.", "2026-12-04")
    assert [t.value for t in times] == ["2026-01-01", "2026-11-15"]
    assert times_of(nlp, "The two leaders agreed to meet on Jan. 9.", "2026-12-04")[0].value == "2027-01-09"


def test_what_is_due_lies_ahead(nlp):
    assert times_of(nlp, "The next round of talks is due in the spring.", "2026-11-20")[0].value == "2027-SP"
    assert times_of(nlp, "The last payment was due in March.", "2026-11-20")[0].value == "2026-03"


def test_a_day_through_its_part_and_a_month_under_had_keep_the_verbs_past(nlp):
    text = "Edith Pryce fell on the evening of 2 January. Ambulances had waited two hours in January."
    assert [t.value for t in times_of(nlp, text, "2026-11-20") if t.type == "DATE"] == ["2026-01-02", "2026-01"]
    assert times_of(nlp, "The talks will resume on the morning of January 5.", "2026-11-20")[0].value == "2027-01-05"


def test_a_month_before_that_year_takes_the_year_just_written(nlp):
    text = "Yoon was arrested in January 2025 and removed from office in April that year."
    assert [t.value for t in times_of(nlp, text, "2026-11-20")] == ["2025-01", "2025-04", "2025"]


def test_shares_and_phone_numbers_are_no_times(nlp):
    text = "The vaccine cut infections by three-quarters. Call Crime Stoppers on 1800 333 000. In 1998 300 people died."
    assert [t.text for t in times_of(nlp, text, "2026-11-20")] == ["1998"]


def test_a_year_written_as_an_adjective_is_a_time(nlp):
    text = "The driver said police beat him during a 2022 traffic stop. She ran a 1500 metre race."
    assert [t.value for t in times_of(nlp, text, "2026-11-20")] == ["2022"]


def test_a_caption_with_its_label_or_wire_credit_is_past(nlp):
    for text in ("Photo caption: A barista pours a flat white in Cambridge on Tuesday.",
                 "A barista pours a flat white in Cambridge on Tuesday. REUTERS/Alice Wong"):
        assert times_of(nlp, text, "2026-11-20")[0].value == "2026-11-17"


def test_a_month_after_the_event_one_awaits_lies_ahead(nlp):
    text = "The judge remanded Tran in custody ahead of sentencing in February."
    assert times_of(nlp, text, "2026-11-20")[0].value == "2027-02"


def test_a_bare_month_joined_to_a_month_with_its_year_shares_that_year(nlp):
    text = "Japan spent 9.8 trillion yen in April and May of last year. Sales fell in April and May 2025."
    assert [t.value for t in times_of(nlp, text, "2026-11-27")] == ["2025-04", "2025-05", "2025-04", "2025-05"]
    # a run across New Year: December is of the year before
    assert [t.value for t in times_of(nlp, "Prices rose from December to February 2026.", "2026-11-27")] == ["2025-12", "2026-02"]


def test_over_the_next_decade_is_ten_years_not_the_next_calendar_decade(nlp):
    text = "The reform would add a point to growth over the next decade. The next decade will be hard."
    assert [(t.value, t.type) for t in times_of(nlp, text, "2026-11-27")] == [("P10Y", "DURATION"), ("203", "DATE")]


def test_a_month_of_next_years_event_named_in_the_sentence_is_of_next_year(nlp):
    text = "Next year's summit will be held in Miami in December. He will miss next year's Tour, which starts on July 4."
    assert [t.value for t in times_of(nlp, text, "2026-11-27")] == ["2027", "2027-12", "2027", "2027-07-04"]
