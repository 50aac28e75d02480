"""`claimgraph eval places`: the corpus readers and the scoring, on tiny corpora written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.eval import places as ev
from claimgraph.records import Place

LGL = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <text><![CDATA[Flooding closed roads in Dayton, Ohio. Crews from Oak Lane helped.]]></text>
    <toponyms>
      <toponym><start>25</start><end>31</end><phrase>Dayton</phrase>
        <gaztag geonameid="4509884"><name>Dayton</name><fclass>P</fclass><fcode>PPL</fcode>
        <lat>39.7589</lat><lon>-84.1916</lon></gaztag></toponym>
      <toponym><start>33</start><end>37</end><phrase>Ohio</phrase>
        <gaztag geonameid="5165418"><name>Ohio</name><fclass>A</fclass><fcode>ADM1</fcode>
        <lat>40.2503</lat><lon>-83.0002</lon></gaztag></toponym>
      <toponym><start>50</start><end>58</end><phrase>Oak Lane</phrase></toponym>
    </toponyms>
  </article>
</articles>
"""

# GeoVirus's offsets stand one past the name; the reader re-aligns them.
GEOVIRUS = """<articles>
    <article>
        <source>https://example.org/story</source>
        <text>Health workers in Lagos, Nigeria, traced the cases.</text>
        <locations>
            <location><name>Lagos</name><start>19</start><end>24</end><lat>6.45</lat><lon>3.4</lon>
                <page>https://example.org/Lagos</page></location>
            <location><name>Nigeria</name><start>26</start><end>33</end><lat>9.0</lat><lon>8.0</lon>
                <page>https://example.org/Nigeria</page></location>
        </locations>
    </article>
</articles>
"""


@pytest.fixture()
def corpora(tmp_path: Path) -> tuple[Path, Path]:
    lgl, geovirus = tmp_path / "lgl.xml", tmp_path / "GeoVirus.xml"
    lgl.write_text(LGL, encoding="utf-8")
    geovirus.write_text(GEOVIRUS, encoding="utf-8")
    return lgl, geovirus


def test_read_lgl(corpora):
    [article] = ev.read_lgl(corpora[0])
    dayton, ohio, lane = article.toponyms
    assert article.text[dayton.start : dayton.end] == "Dayton"
    assert article.text[lane.start : lane.end] == "Oak Lane"
    assert (ohio.feature, ohio.lat) == ("A.ADM1", 40.2503)
    assert lane.lat is None and lane.feature is None


def test_read_geovirus_realigns_offsets(corpora):
    [article] = ev.read_geovirus(corpora[1])
    assert [article.text[t.start : t.end] for t in article.toponyms] == ["Lagos", "Nigeria"]


def place(text: str, start: int, lat: float | None, lon: float | None, feature: str | None = "P.PPL"):
    return Place(text, (start, start + len(text)), text, None, lat, lon, None, feature)


def test_scores_count_recall_accuracy_and_error(corpora):
    [article] = ev.read_lgl(corpora[0])
    predicted = [
        place("Dayton", 25, 39.76, -84.19),  # right
        place("Ohio", 33, 33.0, -83.0, "A.ADM1"),  # 800 km off
        place("Crews", 39, 1.0, 1.0),  # no gold toponym
    ]
    scores = ev.PlaceScores()
    ev.add_outcomes(scores, ev.match_places(article, predicted), len(predicted))
    assert (scores.gold, scores.detected, scores.predicted) == (3, 2, 3)
    assert scores.detection_recall == pytest.approx(2 / 3)
    assert scores.accuracy == pytest.approx(0.5)
    assert scores.errors_km[0] < 1 and 790 < scores.errors_km[1] < 820
    assert scores.by_kind == {"towns": [1, 1], "regions": [0, 1]}


def test_a_place_without_a_point_counts_as_a_miss(corpora):
    [article] = ev.read_lgl(corpora[0])
    scores = ev.PlaceScores()
    ev.add_outcomes(scores, ev.match_places(article, [place("Dayton", 25, None, None, None)]), 1)
    assert (scores.detected, scores.gold_with_point, scores.within) == (1, 1, 0)
    assert scores.mean_error_km is None


def test_demonyms_are_counted_apart():
    article = ev.GoldArticle("1", "Russian troops", [ev.GoldToponym(0, 7, "Russian", 60.0, 100.0)])
    scores = ev.PlaceScores()
    ev.add_outcomes(scores, ev.match_places(article, []), 0, lambda text: text == "Russian")
    assert scores.detection_recall == 0.0 and scores.recall_without_demonyms is None


def test_run_prints_json(corpora, capsys):
    assert ev.run(lgl=corpora[0], geovirus=corpora[1], as_json=True) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["lgl"]["gold_toponyms"] == 3 and out["geovirus"]["gold_toponyms"] == 2
    assert out["geovirus"]["detection_recall"] == 1.0
    assert out["geovirus"]["accuracy_161"] == 1.0


def test_run_needs_a_corpus(tmp_path):
    assert ev.run() == 2
    assert ev.run(lgl=tmp_path / "missing.xml") == 2


SHARED_GEOPARSING = Path(__file__).resolve().parents[2] / "shared" / "data" / "geoparsing"


@pytest.mark.shared
def test_lgl_sample_scores():
    """A floor on the first LGL articles, far below the full run's numbers, to catch breakage."""
    if not (SHARED_GEOPARSING / "lgl.xml").exists():
        pytest.skip("../shared/data/geoparsing is not available (it is not part of the repository)")
    from claimgraph.annotate import load_pipeline

    nlp = load_pipeline(stages=["claimgraph_places"])
    scores, _ = ev.evaluate(nlp, ev.read_lgl(SHARED_GEOPARSING / "lgl.xml")[:25])
    assert scores.detection_recall > 0.7
    assert scores.accuracy > 0.75
