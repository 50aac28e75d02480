"""The done-when checks of the foundation and of times/quantities/places on the shared example.

The shared example is not part of the repository (it is a copyrighted article): these tests skip
when ../shared is absent.
"""

from __future__ import annotations

import pytest

from claimgraph.records import Source
from claimgraph.schema import validate


@pytest.fixture(scope="module")
def record(analyzer, shared_example_text):
    source = Source(text=shared_example_text, origin="example.txt", published="2024-10-25")
    data = analyzer.analyze_source(source).to_dict()
    validate(data)
    return data


def entity(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert len(found) == 1, f"{name}: {[e['name'] for e in record['entities']]}"
    return found[0]


def texts(record, e):
    return [record["article"]["text"][s:t] for s, t in e["mentions"]]


def test_cleaning_removes_ui_lines_and_photo_credits(record):
    article = record["article"]
    removed = {(r["text"], r["reason"]) for r in article["removed"]}
    assert ("close", "ui") in removed
    assert any("Getty Images" in text and reason == "credit" for text, reason in removed)
    assert "Getty Images" not in article["text"]
    assert "\nclose" not in article["text"] and not article["text"].startswith("close")
    assert "October 16.South" not in article["text"] and "October 16." in article["text"]


def test_entities(record):
    putin = entity(record, "Vladimir Putin")
    assert putin["country"] == "RU" and putin["kind"] == "person"
    assert texts(record, putin).count("Putin") >= 3
    assert not [e for e in record["entities"] if e["name"] == "Putin"]
    assert entity(record, "Kim Jong Un")["id"] != entity(record, "Kim Yong-hyun")["id"]
    north_korea = entity(record, "North Korea")
    assert north_korea["country"] == "KP" and "North Korean" in texts(record, north_korea)
    for name in ("Ian Bremmer", "Lin Jian"):
        assert entity(record, name)["kind"] == "person"
    assert all(e["kind"] != "person" for e in record["entities"] if "Getty" in e["name"])


def test_times(record):
    values = {(t["text"], t["value"]) for t in record["times"]}
    days = {t["text"]: (t["start"], t["end"]) for t in record["times"]}
    assert days["this weekend"] == ("2024-10-26", "2024-10-27")
    assert ("Oct. 18", "2024-10-18") in values
    assert ("February 2022", "2022-02") in values
    assert ("next week", "2024-W44") in values
    assert any(text.endswith("Sunday") and value == "2024-10-27" for text, value in values)
    assert any(text.endswith("August") and value == "2024-08" for text, value in values)
    assert any(text.endswith("June") and value == "2024-06" for text, value in values)


def test_quantities(record):
    by_value = {q["value"]: q for q in record["quantities"]}
    assert by_value[3000]["unit"] == "troops" and by_value[3000]["modality"] == "reported"
    assert by_value[12000]["modality"] == "expected"
    assert by_value[1500]["unit"] == "special forces"
    shells = [q for q in record["quantities"] if "artillery shells" in q["text"]]
    assert shells and shells[0]["approximate"]


def test_places(record):
    places = {p["text"]: p for p in record["places"]}
    expected = {"Kursk": "RU", "Ussuriysk": "RU", "Pyongyang": "KP", "Kazan": "RU", "Beijing": "CN",
                "Washington": "US", "New York": "US"}
    for name, country in expected.items():
        assert name in places, f"{name} not geocoded"
        assert places[name]["country"] == country
        assert places[name]["lat"] is not None and places[name]["lon"] is not None
