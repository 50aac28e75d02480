"""The claimgraph_places component and its gazetteer, on short articles written for these tests."""

from __future__ import annotations

import pytest

from claimgraph.annotate import load_pipeline
from claimgraph.extract.gazetteer import cache_path, haversine_km, load_gazetteer, name_key
from claimgraph.records import Place

ARTICLE = (
    "Units spotted near the front, officials claim\n\n"
    "KYIV – Officials claimed on Friday that foreign units had moved into the Russian border region "
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
