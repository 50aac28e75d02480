"""claimgraph_quantities: numbers with what they count, their bounds, currency and modality.

Every text here is a short fixture written for these tests, with the mess of scraped news (a
caption glued to a sentence, curly quotes, non-breaking spaces).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimgraph.extract.entities import entity_at
from claimgraph.extract.quantities import find_quantities, read_literal, words_to_number

@pytest.fixture(scope="module")
def nlp(quantities_nlp):
    return quantities_nlp


@pytest.fixture(scope="module")
def quantities(nlp):
    """Run the pipeline on a text and return its quantities, checking every span on the way."""

    def run(text: str):
        doc = nlp(text)
        for quantity in doc._.quantities:
            start, end = quantity.span
            assert text[start:end] == quantity.text
        return doc._.quantities

    return run


def only(found, value):
    matches = [q for q in found if q.value == value]
    assert len(matches) == 1, f"{value} not found once in {[(q.text, q.value) for q in found]}"
    return matches[0]


def entity_named(nlp, text, words):
    """The entity the entity stage made of the first mention of ``words``."""
    start = text.index(words)
    entity = entity_at(nlp(text), start, start + len(words))
    assert entity is not None, f"no entity for {words!r}"
    return entity


def values(found):
    return [q.value for q in found]


# --- counts and what they count -----------------------------------------------------------


def test_count_with_head_noun_and_entity_in_the_phrase(nlp, quantities):
    text = "Officials in Warsaw say 4,000 Belarusian troops have moved up to the border."
    troops = only(quantities(text), 4000)
    assert troops.text == "4,000 Belarusian troops"
    assert troops.unit == "troops"
    assert troops.modality == "reported"
    assert not troops.approximate and not troops.lower_bound
    belarus = entity_named(nlp, text, "Belarusian")  # a demonym belongs to its country
    assert belarus.name == "Belarus" and troops.entity == belarus.id


def test_possessor_of_the_counted_noun_is_the_entity(nlp, quantities):
    text = "Ukraine’s 4,000 reservists were called up on Monday."
    reservists = only(quantities(text), 4000)
    assert reservists.entity == entity_named(nlp, text, "Ukraine").id


def test_continuation_inherits_the_unit_and_is_expected(quantities):
    text = ("Officials say 2,500 Chadian troops have crossed into Niger, with the number expected to "
            "climb to 8,000.Photo: Reuters")
    found = quantities(text)
    total = only(found, 8000)
    assert total.text == "8,000"  # the glued caption stays out
    assert total.unit == "troops"
    assert total.modality == "expected"
    assert only(found, 2500).modality == "reported"


def test_bare_number_without_a_continuation_gets_no_unit(quantities):
    found = quantities("Three hundred soldiers left. Officials said 40 were wounded. Officials said 40 were found.")
    assert only(found, 300).unit == "soldiers"
    # not the soldiers of the sentence before: the wounded are people, what was found is unknown
    assert [q.unit for q in found if q.value == 40] == ["people", None]


def test_multiword_unit_keeps_the_kind_but_not_the_nationality(quantities):
    found = quantities("Cairo said 800 special forces and 240 French artillery shells arrived.")
    assert only(found, 800).unit == "special forces"
    assert only(found, 240).unit == "artillery shells"


def test_hyphenated_unit_is_kept_whole(quantities):
    assert only(quantities("The paper will hire 14 fact-checkers for the count."), 14).unit == "fact-checkers"


def test_verb_particle_over_is_not_a_hedge(quantities):
    money = only(quantities("The broker handed over millions of euros."), 1_000_000)
    assert money.text == "millions of euros"


def test_vague_plurals_are_approximate_lower_bounds(quantities):
    found = quantities(
        "The army is short of ammunition, including millions of mortar rounds. Dozens were hurt, "
        "hundreds of homes burned and tens of thousands of people fled."
    )
    shells = only(found, 1_000_000)
    assert shells.text == "millions of mortar rounds"
    assert shells.unit == "mortar rounds"
    assert shells.approximate and shells.lower_bound
    assert shells.modality == "reported"
    dozens = only(found, 12)
    assert dozens.lower_bound and dozens.unit == "people"  # "Dozens were hurt"
    assert only(found, 100).unit == "homes"
    tens = only(found, 10_000)
    assert tens.text == "tens of thousands of people" and tens.lower_bound


def test_number_words(quantities):
    found = quantities(
        "Three thousand troops, a dozen tanks, twenty-one medics, one hundred and five nurses and "
        "half a million refugees crossed."
    )
    assert values(found) == [3000, 12, 21, 105, 500_000]
    assert [q.unit for q in found] == ["troops", "tanks", "medics", "nurses", "refugees"]
    assert found[1].text == "a dozen tanks"


def test_number_word_parser():
    assert words_to_number(["three", "thousand"]) == 3000
    assert words_to_number([1.5, "billion"]) == 1.5e9
    assert words_to_number(["two", "million", "three", "hundred", "thousand"]) == 2_300_000
    assert words_to_number(["one", "dozen"]) == 12


def test_literals_with_separators_suffixes_and_symbols():
    assert read_literal("3,000") == (3000, 1, None)
    assert read_literal("1.5bn") == (1.5e9, 1e9, None)
    assert read_literal("HK$3") == (3, 1, "HKD")
    assert read_literal("0958") is None
    assert read_literal("3rd") is None


# --- ranges, hedges, percentages, money ---------------------------------------------------


def test_ranges_give_value_and_value_max(quantities):
    found = quantities(
        "Between 10,000 and 12,000 people fled. It sent 10,000 to 12,000 troops, two or three "
        "jets, 10-12 drones and 20–30 boats."
    )
    ranges = [(q.value, q.value_max, q.unit) for q in found]
    assert ranges == [
        (10000, 12000, "people"),
        (10000, 12000, "troops"),
        (2, 3, "jets"),
        (10, 12, "drones"),
        (20, 30, "boats"),
    ]
    assert found[0].text == "Between 10,000 and 12,000 people"


def test_range_shares_its_scale(quantities):
    found = quantities("The deal is worth between $10 and $12 million.")
    assert [(q.value, q.value_max, q.currency) for q in found] == [(10_000_000, 12_000_000, "USD")]


def test_hedges(quantities):
    found = quantities(
        "More than 500 people died, about 1,200 mercenaries fought, 200 or so civilians hid, "
        "15 or more children ran and up to 6,000 workers left."
    )
    more_than = only(found, 500)
    assert more_than.lower_bound and not more_than.approximate
    assert more_than.text == "More than 500 people"
    assert only(found, 1200).approximate
    assert only(found, 200).approximate
    assert only(found, 15).lower_bound
    assert only(found, 6000).approximate and not only(found, 6000).lower_bound


def test_percentages(quantities):
    found = quantities("Turnout rose about 20% to 40\u00a0percent, 1.2 per cent above the 0.5 percentage point gain.")
    assert [(q.value, q.unit) for q in found] == [
        (20, "percent"),
        (40, "percent"),
        (1.2, "percent"),
        (0.5, "percentage points"),
    ]
    assert found[0].approximate


def test_money_with_iso_currency(quantities):
    found = quantities(
        "They pledged $1.5 billion and €300 million, plus £3m, 200 million euros, 5 billion yen, "
        "40 Canadian dollars, USD 5 million and 10k rubles."
    )
    assert [(q.value, q.currency) for q in found] == [
        (1_500_000_000, "USD"),
        (300_000_000, "EUR"),
        (3_000_000, "GBP"),
        (200_000_000, "EUR"),
        (5_000_000_000, "JPY"),
        (40, "CAD"),
        (5_000_000, "USD"),
        (10_000, "RUB"),
    ]
    assert found[0].text == "$1.5 billion"
    assert all(q.unit is None for q in found)


def test_spaced_scale_abbreviations_and_decimal_commas_of_translated_news(quantities):
    found = quantities("The port spent 1.5 bn rubles, 3 mln hryvnias and 2,5 million euros; fees rose 4,5%.")
    assert [(q.text, q.value, q.currency) for q in found] == [
        ("1.5 bn rubles", 1_500_000_000, "RUB"),
        ("3 mln hryvnias", 3_000_000, "UAH"),
        ("2,5 million euros", 2_500_000, "EUR"),
        ("4,5%", 4.5, None),
    ]


def test_a_comma_between_small_numbers_is_no_decimal(quantities):
    # a list, and "3 m" stays metres: only unambiguous abbreviations stand apart from their digits
    assert [q.value for q in quantities("Bays 1,5 and 7 reopened.")] == [7]
    assert [(q.value, q.currency) for q in quantities("They built a 3 m wall.")] == [(3, None)]


def test_millions_of_dollars_is_money(quantities):
    dollars = only(quantities("The firm lost millions of dollars."), 1_000_000)
    assert dollars.currency == "USD" and dollars.lower_bound


def test_a_weight_in_pounds_is_no_currency(quantities):
    found = quantities("Police found 500 pounds of explosives.")
    assert only(found, 500).currency is None


# --- modality -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, value, modality",
    [
        ("Officials said 2,000 engineers have arrived.", 2000, "reported"),
        ("Russia plans to deploy 5,000 more soldiers.", 5000, "planned"),
        ("The plan is to deploy up to 6,000 workers.", 6000, "planned"),
        ("A proposed 500 million euros fund was debated.", 500_000_000, "planned"),
        ("Kim will send 2,000 engineers.", 2000, "expected"),
        ("The total is expected to reach 9,500 by spring.", 9500, "expected"),
        ("If 200 troops were sent, the deal would collapse.", 200, "hypothetical"),
        ("Russia could send 10,000 more soldiers.", 10000, "hypothetical"),
        ("The central bank said wages will grow 2.4 percent.", 2.4, "expected"),
    ],
)
def test_modality(quantities, text, value, modality):
    assert only(quantities(text), value).modality == modality


def test_cue_of_another_phrase_does_not_leak(quantities):
    text = ("The navy could supply radar parts in return for ammunition bought abroad, "
            "including 40,000 mortar rounds.")
    assert only(quantities(text), 40_000).modality == "reported"
    # The same cue governing the count does apply.
    assert only(quantities("The navy could supply 40,000 mortar rounds."), 40_000).modality == "hypothetical"


# --- what is not a quantity ---------------------------------------------------------------


def test_ordinals_are_not_quantities(quantities):
    assert quantities("The 3rd Battalion was the first unit and the second to leave.") == []


def test_years_are_not_quantities(quantities):
    assert quantities("In 2022 the 2016 budget was cut, as in 2014–2018.") == []


def test_dates_are_not_quantities(quantities):
    assert quantities("Lagos police said Nov. 3 that they had found them on November 1.") == []


def test_ages_are_not_quantities(quantities):
    assert quantities("A man aged 45 and a 45-year-old woman were hurt.") == []
    assert quantities("Ivan Petrov, 52, said he would stay.") == []


def test_phone_numbers_are_not_quantities(quantities):
    assert quantities("Call 202-555-0147 or +1 (202) 555-0148 for details.") == []


def test_times_and_durations_are_not_quantities(quantities):
    assert quantities("The strike came at 3:00, another at 3 a.m., three years after the war began.") == []


def test_scores_identifiers_and_names_are_not_quantities(quantities):
    text = "The court ruled 5-4 under Article 5 during COVID-19, and the No. 2 official flew an F-16."
    assert quantities(text) == []


def test_aircraft_models_and_wire_update_numbers_are_not_quantities(quantities):
    found = quantities("UPDATE 3-Regional airline grounds fleet\nAn ATR 72 and a Cessna 172 carrying 14 people were held.")
    assert [(q.text, q.value) for q in found] == [("14 people", 14)]


def test_a_money_range_written_without_spaces_and_a_figure_compared_with_are_read(quantities):
    found = quantities("Insurers put the damage at £150m-£200m. Repairs may cost €2bn-3bn. Thefts fell to 31 from 44.")
    assert [(q.value, q.value_max, q.currency) for q in found if q.currency] == [
        (150_000_000, 200_000_000, "GBP"),
        (2_000_000_000, 3_000_000_000, "EUR"),
    ]
    assert [q.value for q in found if not q.currency] == [31, 44]


def test_one_as_pronoun_or_article_is_not_a_quantity(quantities):
    found = quantities(
        "One of them said one thing: the ministry sent one “modest” convoy. At least one soldier "
        "died and one or two were hurt."
    )
    assert [(q.text, q.value, q.value_max) for q in found] == [
        ("At least one soldier", 1, None),
        ("one or two", 1, 2),
    ]


def test_small_definite_numbers_refer_back(quantities):
    found = quantities("It is now for the two parties to settle. The two women will meet. Two men died.")
    assert [(q.text, q.value) for q in found] == [("Two men", 2)]


def test_ratios_and_multipliers_are_not_counts(quantities):
    assert quantities("Almost seven of 10 parents agree, and 1 in 4 residents; costs rose three times the rate.") == []


def test_a_part_of_a_total_counts_both(quantities):
    found = quantities("Air defences shot down 47 of 68 drones overnight.")
    assert [(q.text, q.value, q.unit) for q in found] == [("47 of 68 drones", 47, "drones"), ("68 drones", 68, "drones")]


def test_a_bare_number_in_the_next_clause_counts_the_same_thing(quantities):
    found = quantities("Four crew members died and 11 were injured when the ferry struck the pier.")
    assert [(q.value, q.unit) for q in found] == [(4, "crew members"), (11, "crew members")]


def test_text_without_numbers_gives_an_empty_list(quantities):
    assert quantities("Tensions rose as the talks stalled.") == []
    assert quantities("") == []


def test_names_fractions_and_descriptions_are_not_counts(quantities):
    text = ("A 911 caller near 131 West 23rd Street said less than one-third of the 90’s hits "
            "won a two-way race.")
    assert quantities(text) == []


def test_count_inside_a_mislabelled_date_is_kept_when_it_counts_a_thing(nlp):
    doc = nlp("The army said 3,000 troops arrived.")
    assert doc[3].text == "3,000"
    doc.ents = [Span(doc, 3, 4, label="DATE")]  # the model sometimes does this
    assert [(q.text, q.unit) for q in find_quantities(doc)] == [("3,000 troops", "troops")]
    doc.ents = [Span(doc, 3, 5, label="DATE")]
    assert [q.value for q in find_quantities(doc)] == [3000]
    dated = nlp("It began on Oct. 18 there.")
    assert find_quantities(dated) == []


def test_shared_currency_word_follows_the_country_of_the_article(quantities):
    manila = quantities("The Philippines will spend 2 billion pesos on relief, the Philippines said.")
    assert [(q.value, q.currency) for q in manila] == [(2e9, "PHP")]
    mexico = quantities("Mexico set aside 3 billion pesos for the border, Mexico said.")
    assert [q.currency for q in mexico] == ["MXN"]
    (dollars,) = quantities("Canada spent 5 million dollars, Canada said.")
    assert dollars.currency == "USD"  # "dollars" alone keeps its default


@pytest.mark.parametrize(
    "sentence, text, currency",
    [
        ("A contractor paid 380,000 leva in bribes.", "380,000 leva", "BGN"),
        ("The fine came to 7 million forints.", "7 million forints", "HUF"),
        ("Fares rose to 2,500 naira.", "2,500 naira", "NGN"),
        ("The ticket costs 45 Czech korunas.", "45 Czech korunas", "CZK"),
        ("The permit costs 1,200 Swedish kronor.", "1,200 Swedish kronor", "SEK"),
        ("Romania pays pensioners 300 lei more, Romania said.", "300 lei", "RON"),
        ("Kenya raised the levy to 50,000 shillings, Kenya said.", "50,000 shillings", "KES"),
    ],
)
def test_currencies_named_in_iso_4217_and_their_plurals(quantities, sentence, text, currency):
    found = quantities(sentence)
    assert [(q.text, q.currency) for q in found] == [(text, currency)]


def test_a_shared_currency_word_follows_the_country_of_the_articles_towns(quantities):
    (kronor,) = quantities("Buses ran between Umeå and Luleå; the strike cost 300 million kronor.")
    assert kronor.currency == "SEK"


def test_an_age_bracket_is_no_quantity(quantities):
    assert [q.text for q in quantities("Children under five accounted for more than 40% of cases.")] == ["more than 40%"]
    assert quantities("People over 65 can get the jab from Monday.") == []
    assert [q.text for q in quantities("They spent under 500 euros.")] == ["under 500 euros"]


def test_a_bare_level_counts_what_the_rising_subject_names(quantities):
    (cases,) = quantities("Measles cases in the region tripled last year to 12,350.")
    assert cases.unit == "cases"
    (level,) = quantities("Ticket prices rose to 300.")
    assert level.unit is None  # prices are measured, not counted


def test_by_a_to_b_is_a_change_and_a_level_unless_close(quantities):
    change = quantities("Asylum applications rose by 2,300 to 14,800.")
    assert [(q.text, q.value_max) for q in change] == [("2,300", None), ("14,800", None)]
    (band,) = quantities("Fares fell by 10 to 20 percent.")
    assert (band.value, band.value_max) == (10, 20)


def test_us_dollars_and_quarters_of_a_year(quantities):
    found = quantities("Trade reached 32 trillion yuan (about 4.5 trillion U.S. dollars) in the first three quarters.")
    assert [(q.text, q.currency) for q in found] == [("32 trillion yuan", "CNY"), ("about 4.5 trillion U.S. dollars", "USD")]


def test_a_magnitude_is_a_reading_and_a_joined_clause_counts_the_same_people(quantities):
    found = quantities("A magnitude 6.1 earthquake struck on Sunday, killing at least 23 people and injuring more than 300.")
    assert [(q.text, q.unit) for q in found] == [
        ("magnitude 6.1", "magnitude"), ("at least 23 people", "people"), ("more than 300", "people")
    ]


def test_nine_out_of_ten_is_a_share(quantities):
    assert quantities("Particles were found in 9 out of 10 tap water samples.") == []
    assert [q.text for q in quantities("Seven out of 45 ships sank.")] == ["Seven", "45 ships"]


def test_lakh_crore_and_the_rupee_sign(quantities):
    found = quantities("The state set aside Rs 500 crore for 2 lakh farmers; by evening lakhs of people had applied.")
    assert [(q.text, q.value, q.currency) for q in found] == [
        ("Rs 500 crore", 5_000_000_000, "INR"), ("2 lakh farmers", 200_000, None), ("lakhs of people", 100_000, None)
    ]
    assert found[2].lower_bound
    (pakistan,) = quantities("Pakistan's cabinet approved Rs. 20 billion for flood relief, Pakistan said.")
    assert (pakistan.text, pakistan.currency) == ("Rs. 20 billion", "PKR")


def test_a_number_to_call_is_no_quantity(quantities):
    assert quantities("Anyone with information should call 101 or dial 999 in an emergency.") == []
    assert [q.text for q in quantities("The court will call 30 witnesses.")] == ["30 witnesses"]


def test_a_clock_time_is_no_quantity(quantities):
    assert [q.text for q in quantities("Shares fell 7% to 38 euros by 1130 GMT.")] == ["7%", "38 euros"]


def test_a_currency_name_that_is_also_a_people_needs_more(quantities):
    (afghans,) = quantities("Police detained three Afghanis at the border.")
    assert afghans.currency is None


def test_a_date_in_a_dateline_is_no_quantity(analyzer):
    from claimgraph.records import Source

    text = "Harbour repairs\n\nPort town • 12 March 2025, 09:15\n\nCrews counted 40 damaged boats."
    record = analyzer.analyze_source(Source(text=text, origin="x.txt"))
    assert [q.text for q in record.quantities] == ["40 damaged boats"]
    assert [(t.text, t.value) for t in record.times] == [("12 March 2025", "2025-03-12"), ("09:15", "2025-03-12T09:15")]


def test_crowns_are_the_krona_named_or_of_the_country_in_the_story(quantities):
    assert only(quantities("The Oslo shipping group cut its forecast to 2.3 billion crowns."), 2.3e9).currency == "NOK"
    assert only(quantities("The recall will cost 400 million Swedish crowns."), 4e8).currency == "SEK"


def test_an_amount_that_would_be_spent_is_expected(quantities):
    assert only(quantities("The recall would cost 300 million euros, analysts said."), 3e8).modality == "expected"


def test_a_rate_unit_written_with_a_slash(quantities):
    found = quantities("Gusts of up to 140 km/h are expected on the coast, with gusts of 110 km/h inland.")
    assert [q.unit for q in found] == ["km/h", "km/h"]


def test_stock_index_names_are_not_counts(quantities):
    found = quantities("The STOXX 600 fell 1.4%, the FTSE 100 shed 96 points and S&P 500 futures slipped 0.7%.")
    assert sorted(q.value for q in found) == [0.7, 1.4, 96]


def test_an_age_at_death_is_no_quantity(quantities):
    assert quantities("The architect died on Sunday at 87 in Coimbra, her family said.") == []
    assert only(quantities("The fire was put out at 3 sites."), 3).unit == "sites"


def test_exceeding_an_amount_is_a_lower_bound(quantities):
    assert only(quantities("Farmers warned that losses could exceed €90 million."), 9e7).lower_bound


def test_basis_points_have_one_name(quantities):
    found = quantities("The yield fell 6 bps, then 9 basis points.")
    assert {q.unit for q in found} == {"basis points"}


def test_a_figure_put_on_something_counts_it_and_bare_marchers_are_people(quantities):
    found = quantities("Police put the crowd at 12,000; organisers said more than 50,000 marched.")
    assert only(found, 12000).unit == "crowd"
    assert only(found, 50000).unit == "people"


def test_a_number_whose_verb_is_left_out_counts_what_the_first_counted(quantities):
    found = quantities("About 145,000 of the units were sold in the United States and 22,000 in Canada.")
    assert only(found, 22000).unit == "units"


def test_thousands_set_apart_by_spaces_are_one_number(quantities):
    found = quantities("It was indicated that 1 200 hectares of olive groves were flooded.")
    assert [(q.value, q.unit) for q in found] == [(1200, "hectares")]


def test_no_more_than_is_a_ceiling_not_a_floor(quantities):
    found = quantities("The firm expects sales of no more than $2.9 billion.")
    amount = only(found, 2.9e9)
    assert amount.text == "no more than $2.9 billion" and not amount.lower_bound


def test_likely_voters_are_counted_now(quantities):
    assert only(quantities("The poll of 1,204 likely voters was taken last week."), 1204).modality == "reported"


# --- field-tested forms: weather, markets and East African and South Asian money -------------


def test_temperatures_in_every_spelling(quantities):
    text = "Temperatures hit 41.2C in Cordova on Tuesday; Mallow saw 29 C and Tralee 27°C, with 88F in the valley."
    found = [(q.text, q.value, q.unit) for q in quantities(text)]
    assert found == [
        ("41.2C", 41.2, "degrees Celsius"),
        ("29 C", 29, "degrees Celsius"),
        ("27°C", 27, "degrees Celsius"),
        ("88F", 88, "degrees Fahrenheit"),
    ]


def test_a_code_with_a_letter_is_no_temperature(quantities):
    assert quantities("She moved into Room 4C of the east wing.") == []


def test_an_m_before_a_counted_plural_is_million(quantities):
    found = quantities("The terminal moved 4.2m containers last year, and about 1.5m people use the ferries.")
    assert [(q.value, q.unit) for q in found] == [(4_200_000, "containers"), (1_500_000, "people")]
    assert quantities("The 400m hurdles final was delayed.") == []


def test_basis_points_and_percent_written_onto_the_digits(quantities):
    found = quantities("Gilt yields climbed 15bp after inflation rose to 4.1pc.")
    assert [(q.text, q.value, q.unit) for q in found] == [("15bp", 15, "basis points"), ("4.1pc", 4.1, "percent")]


def test_shillings_and_rupees_however_written(quantities):
    found = quantities(
        "The farmer was paid Sh2.4 million, his neighbour KSh 800,000. The state set aside Rs 3 crore for repairs."
    )
    assert [(q.value, q.currency) for q in found] == [(2_400_000, "KES"), (800_000, "KES"), (30_000_000, "INR")]


def test_space_grouped_thousands_keep_their_scale_and_currency(quantities):
    found = quantities("The pension fund holds 15 500 million yen in bonds.")
    assert [(q.value, q.currency) for q in found] == [(15_500_000_000, "JPY")]


def test_a_change_then_a_level_are_two_quantities(quantities):
    found = quantities("Copper rose $3 to $9,120 a tonne, while gas prices rose 2 to 3 percent.")
    assert [(q.value, q.value_max) for q in found] == [(3, None), (9120, None), (2, 3)]


def test_a_percent_range_with_signs_on_both_ends(quantities):
    found = quantities("Growth will be between 1.5% and 2% next year.")
    assert [(q.value, q.value_max, q.unit, q.modality) for q in found] == [(1.5, 2, "percent", "expected")]


def test_an_age_set_off_after_a_relative_is_no_count(quantities):
    assert quantities("A woman and her daughter, 9, were taken to hospital.") == []


def test_fractions_of_a_point_are_rate_moves(quantities):
    found = quantities(
        "The central bank cut its rate by half a percentage point in May and by a quarter of a point in June; "
        "traders now price a quarter-point move, not three-quarters of a percentage point."
    )
    assert [(q.value, q.unit) for q in found] == [
        (0.5, "percentage points"), (0.25, "points"), (0.25, "points"), (0.75, "percentage points")
    ]


def test_a_measuring_adjective_stays_with_its_unit(quantities):
    found = quantities("The tanker was held 12 nautical miles offshore with 40,000 metric tons of diesel.")
    assert [(q.value, q.unit) for q in found] == [(12, "nautical miles"), (40_000, "metric tons")]


@pytest.mark.parametrize(
    "written, value",
    [("30.000", 30_000), ("1.250.000", 1_250_000), ("2.500", 2_500), ("1.625", 1.625), ("0.500", 0.5), ("3.5", 3.5)],
)
def test_thousands_grouped_with_dots_as_translated_text_writes_them(written, value):
    assert read_literal(written)[0] == value


def test_a_dotted_amount_in_a_sentence(quantities):
    found = quantities("The ministry said 2.500 million pesos were lost and 1.250.000 people were hit.")
    assert only(found, 2_500_000_000).currency is not None
    assert only(found, 1_250_000).unit == "people"


def test_casualty_words_after_a_number_say_what_it_counts(quantities):
    found = quantities("At least five dead were counted in the town, and 30 wounded were taken to hospital.")
    assert only(found, 5).unit == "dead"
    assert only(found, 30).unit == "wounded"


def test_a_closing_guillemet_is_not_part_of_the_unit(quantities):
    found = quantities("« They took 300 sheep », the herder said.")
    sheep = only(found, 300)
    assert sheep.unit == "sheep" and sheep.text == "300 sheep"


@pytest.mark.parametrize(
    "sentence, value, currency",
    [
        ("The loan is worth ₦500 billion.", 500e9, "NGN"),
        ("Cocoa farmers lost GH₵2 million.", 2e6, "GHS"),
        ("Fuel costs ₡800 a litre.", 800, "CRC"),
        ("Wages rose to S/ 1,200 a month.", 1200, "PEN"),
        ("The fine was 25 million FCFA.", 25e6, "XOF"),
        ("The bonus was 2 million soums.", 2e6, "UZS"),
        ("A kilo of rice costs Rp 15,000 in the market.", 15000, "IDR"),
        ("In Peru, a taxi ride costs 12 soles.", 12, "PEN"),
        ("In Bolivia, the budget is Bs 300 million.", 300e6, "BOB"),
        ("In Cameroon, a bag of cement costs 5,000 CFA francs.", 5000, "XAF"),
    ],
)
def test_currencies_of_their_own_papers(quantities, sentence, value, currency):
    assert only(quantities(sentence), value).currency == currency


def test_a_homograph_of_a_currency_stays_a_count(quantities):
    assert only(quantities("The chef grilled two soles for dinner."), 2).currency is None


def test_market_and_weather_figures(quantities):
    found = quantities("The index lost 1.3% to 5,612.40 as the offer valued shares at 312p on a day of 78 degrees Fahrenheit.")
    assert only(found, 5612.40).unit is None  # the model's "work of art" of bare digits is no name
    assert only(found, 312).unit == "pence"
    assert only(found, 78).unit == "degrees Fahrenheit"
    assert [q.value for q in quantities("A 1080p screen was on sale.")] == []


def test_a_figure_up_from_an_earlier_one_counts_the_same_thing(quantities):
    found = quantities("Cholera cases rose to 1,240 on Wednesday, up from 812 a week earlier, the ministry said.")
    assert only(found, 812).unit == "cases"


def test_a_bare_dollar_sign_in_a_canadian_story_is_the_canadian_dollar(quantities):
    assert only(quantities("HALIFAX, Nova Scotia — Thieves took watches worth $48,000, police said."), 48000).currency == "CAD"
    assert only(quantities("A Texas firm paid $5 million for a plant near Halifax, Nova Scotia."), 5e6).currency == "USD"
    ranged = only(quantities("HALIFAX, Nova Scotia — Tenants said they paid between $900 and $1,400 a month."), 900)
    assert (ranged.value_max, ranged.currency) == (1400, "CAD")


def test_a_dollar_code_glued_to_a_scaled_amount(quantities):
    found = quantities("Wellington councillors approved a NZ$1.5bn harbour upgrade and US$20m in loans.")
    assert (only(found, 1.5e9).currency, only(found, 2e7).currency) == ("NZD", "USD")


def test_won_after_a_scale_word_is_the_korean_currency(quantities):
    found = quantities("SEOUL -- The ministry will set aside 1.2 trillion won for the fund, officials said.")
    assert only(found, 1.2e12).currency == "KRW"


def test_an_iso_code_before_an_amount_is_no_organisation(nlp):
    doc = nlp("Revenue rose to NOK 9.8bn in the quarter.")
    assert [e.name for e in doc._.cg_entities if e.name == "NOK"] == []


def test_a_figure_put_on_an_earlier_count_counts_the_same_thing(quantities):
    found = quantities("The union said 2,300 employees had joined the strike. The company put the figure at 1,450.")
    assert only(found, 1450).unit == "employees"


def test_a_target_cut_to_a_bare_number_keeps_its_unit(quantities):
    found = quantities("The government cut its target from 300,000 homes to 250,000.")
    assert only(found, 250000).unit == "homes"


@pytest.mark.parametrize(
    "sentence, value, currency, text",
    [
        ("He joined Rovers in 2021 for a reported £1.5m.", 1.5e6, "GBP", "£1.5m"),  # "m." keeps its stop
        ("The court heard a case on GH₵45 million ambulance contracts.", 45e6, "GHS", "GH₵45 million"),
        ("The state will announce a ₹250-crore package for farmers.", 2.5e9, "INR", "₹250-crore"),
        ("In Tshwane, South Africa, the city needs R1.8 billion for pipes.", 1.8e9, "ZAR", "R1.8 billion"),
        ("Petrol rose to N1,250 per litre in Lagos, Nigeria.", 1250, "NGN", "N1,250"),
        ("Manila released P500 million in calamity funds to the Philippines' poorest towns.", 5e8, "PHP", "P500 million"),
    ],
)
def test_amounts_as_regional_papers_write_them(quantities, sentence, value, currency, text):
    amount = only(quantities(sentence), value)
    assert amount.currency == currency and amount.text == text


def test_a_letter_before_digits_is_money_only_in_its_country(quantities):
    found = quantities("Drivers on the R40 near Boston, Massachusetts, paid for a P500 printer.")
    assert all(q.currency is None for q in found)


def test_an_earlier_figure_before_a_date_is_kept(quantities):
    found = quantities("The list has grown to 75, up from 60 last month. Staff fell to 12, down from more than 30 last year.")
    assert only(found, 60).text == "60"
    assert only(found, 30).lower_bound
    assert only(quantities("Sales of 40 last-minute tickets rose."), 40).unit == "last-minute tickets"


def test_an_emergency_number_that_counts_people_is_a_count(quantities):
    found = quantities("At least 112 people died and some 911 families fled. She dialled 999 and made two 911 calls.")
    assert [(q.value, q.unit) for q in found] == [(112, "people"), (911, "families"), (2, "calls")]


def test_a_percentage_range_with_a_dash_or_to_is_one_quantity(quantities):
    found = quantities("The bank held its rate at 3.75%-4% and sees growth in a 1% to 1.5% range. Shares fell 2% to 3.1 euros.")
    assert [(q.text, q.value, q.value_max) for q in found][:2] == [("3.75%-4%", 3.75, 4), ("1% to 1.5%", 1, 1.5)]
    assert [(q.value, q.currency) for q in found][2:] == [(2, None), (3.1, "EUR")]


def test_a_stock_code_after_its_exchange_is_no_quantity_and_no_name(nlp, quantities):
    text = "Kitano Denki (TYO: 6821) posted a loss, and Vireo Corp (NYSE: VRO) rose 3%."
    assert [(q.value, q.unit) for q in quantities(text)] == [(3, "percent")]
    names = {e.name for e in nlp(text)._.cg_entities}
    assert "VRO" not in names and "6821" not in names


def test_the_sets_of_a_tennis_match_are_no_range(quantities):
    found = quantities("Ana Brill beat the top seed 6-4, 3-6, 7-5 on Wednesday. Fares rose 10-12 percent.")
    assert [(q.value, q.value_max, q.unit) for q in found] == [(10, 12, "percent")]


def test_a_unit_ending_a_sentence_leaves_the_full_stop_and_a_comma_ends_a_count(quantities):
    found = quantities("Gusts reached 95 km/h. The crowd was 21,310, around 88% of capacity.")
    assert [(q.text, q.unit) for q in found] == [("95 km/h", "km/h"), ("21,310", None), ("around 88%", "percent")]


def test_an_earlier_figure_before_a_count_of_days_is_kept(quantities):
    found = quantities("Infections rose to 1,310, the agency said, up from 870 seven days earlier.")
    assert [q.value for q in found] == [1310, 870]
    assert [q.value for q in quantities("Deaths rose to 245, officials said, up from 190 three days earlier.")] == [245, 190]


def test_an_age_said_of_a_person_and_a_basketball_pointer_are_no_counts(quantities):
    text = ("The youngest person held is 16. The youngest suspect was 16 and the oldest 49. "
            "She hit a three-pointer late on. They made 11 3-pointers. The report is 15 pages long.")
    assert [q.value for q in quantities(text)] == [11, 15]


@pytest.mark.parametrize(
    "text, value, modality",
    [
        ("The carmaker now expects operating profit of 3.5 trillion yen for the year.", 3.5e12, "expected"),
        ("The governor will request federal aid, which could total tens of millions of dollars.", 1e7, "hypothetical"),
        ("The carmaker reported operating profit of 2.1 trillion yen for the year.", 2.1e12, "reported"),
    ],
)
def test_the_figure_of_an_expected_object(quantities, text, value, modality):
    assert only(quantities(text), value).modality == modality


def test_a_percent_range_the_model_half_reads_as_a_date(quantities):
    (found,) = quantities("The lender sees inflation at between 21 and 26 percent in the spring.")
    assert (found.value, found.value_max, found.unit) == (21, 26, "percent")


def test_two_shares_of_a_poll_are_two_quantities(quantities):
    found = quantities("Ms. Okafor led the race 46% to 43%, the poll found.")
    assert [(q.value, q.unit) for q in found] == [(46, "percent"), (43, "percent")]
    assert not quantities("The court split 5-4 on the appeal.")


def test_a_spread_is_a_range_and_a_change_shares_its_unit(quantities):
    (found,) = quantities("The risk reduction ranged from 8 to 15 percent.")
    assert (found.value, found.value_max, found.unit) == (8, 15, "percent")
    first, second = quantities("In Lahore, the price of tomatoes rose from 250 to 300 rupees a kilo.")
    assert (first.value, first.currency) == (250, second.currency) and second.currency == "PKR"


def test_a_dollar_range_with_both_signs_and_a_temperature_ending_a_sentence(quantities):
    (found,) = quantities("Its previous range was $2.40-$2.55.")
    assert (found.value, found.value_max, found.currency) == (2.4, 2.55, "USD")
    (found,) = quantities("The boy's temperature had reached 40.2C. His mother called for help.")
    assert (found.text, found.value, found.unit) == ("40.2C", 40.2, "degrees Celsius")


@pytest.mark.parametrize(
    "text, value, currency",
    [
        ("Bangladesh allocated Tk 500 crore for flood relief.", 5e9, "BDT"),
        ("Pakistan secured a Rs1.2trn loan from China.", 1.2e12, "PKR"),
        ("Taiwan's cabinet approved NT$1.2 billion in subsidies.", 1.2e9, "TWD"),
    ],
    ids=["taka", "glued-rupees", "taiwan-dollar"],
)
def test_south_and_east_asian_money(quantities, text, value, currency):
    (found,) = quantities(text)
    assert (found.value, found.currency) == (value, currency)


def test_and_a_half_before_a_scale_word_is_read(quantities):
    found = quantities("Hackers stole the records of two and a half million patients and 1 and a half billion files.")
    assert [(q.value, q.unit) for q in found] == [(2_500_000, "patients"), (1_500_000_000, "files")]


def test_a_currency_glued_by_hyphens_and_whose_cents(quantities):
    found = quantities("Talks stalled over a 40-billion-euro defence fund. The shares dipped to 64.5 U.S. cents.")
    assert [(q.value, q.currency, q.unit) for q in found] == [(40e9, "EUR", None), (64.5, "USD", "cents")]


def test_a_figure_forecasters_expected_is_no_count_of_them(quantities):
    found = quantities("US employers added 214,000 jobs in October, far more than the 150,000 economists had expected.")
    assert [(q.value, q.unit, q.modality) for q in found] == [(214_000, "jobs", "reported"), (150_000, None, "expected")]
    found = quantities("Goldman Sachs raised its Brent forecast to $86 a barrel. The government has a target of 2% inflation.")
    assert [(q.value, q.modality) for q in found] == [(86, "expected"), (2, "planned")]


def test_temperatures_below_zero_keep_their_sign(quantities):
    found = quantities("Temperatures would fall to minus 5 degrees Fahrenheit. It fell to -5C on Monday. It was −12 degrees.")
    assert [(q.value, q.unit) for q in found] == [(-5, "degrees Fahrenheit"), (-5, "degrees Celsius"), (-12, "degrees")]


def test_a_money_range_whose_dash_the_tokenizer_glued_to_the_scale(quantities):
    [found] = quantities("The repairs will cost $1.5 million-$2 million.")
    assert (found.value, found.value_max, found.currency) == (1_500_000, 2_000_000, "USD")


def test_a_possessive_before_the_counted_noun_and_a_group_named_by_a_number(quantities):
    [found] = quantities("The board approved a budget that adds a dozen sheriff's deputies.")
    assert (found.value, found.unit) == (12, "deputies")
    assert quantities("Leaders of the Group of 20 wrapped up a summit.") == []


def test_over_after_a_verb_of_quitting_gives_the_cause_not_a_floor(quantities):
    [found] = quantities("Rugby chief quits over $12m sponsorship scandal")
    assert (found.text, found.lower_bound) == ("$12m", False)
    [found] = quantities("It cost over $12m.")
    assert found.lower_bound


def test_an_if_clause_about_reading_the_figures_leaves_them_reported(quantities):
    [found] = quantities("If you look at the figures, sales rose 5% in October.")
    assert found.modality == "reported"
