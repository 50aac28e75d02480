"""`claimgraph eval times`: reading TimeML and scoring, on a small TimeML file written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.eval import times as ev
from claimgraph.records import Time

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-10-25" temporalFunction="false" functionInDocument="CREATION_TIME">20241025</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-10-25">Friday</TIMEX3> that talks &amp; votes
would resume <TIMEX3 tid="t2" type="DATE" value="2024-W44">next week</TIMEX3> after <TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml_dir(tmp_path: Path) -> Path:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "TEST001.tml").write_text(TML, encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "TEST001.tml").write_text(TML, encoding="utf-8")  # the same document twice
    return tmp_path


def test_read_timeml_keeps_offsets_into_the_plain_text(tml_dir):
    doc = ev.read_timeml(tml_dir / "a" / "TEST001.tml")
    assert doc.dct == "2024-10-25"
    assert "&amp;" not in doc.text and "talks & votes" in doc.text
    assert [(t.text, t.type, t.value) for t in doc.timexes] == [
        ("Friday", "DATE", "2024-10-25"),
        ("next week", "DATE", "2024-W44"),
        ("three years", "DURATION", "P3Y"),
    ]
    for timex in doc.timexes:
        assert doc.text[timex.span[0] : timex.span[1]] == timex.text


def test_find_timeml_reads_each_document_once(tml_dir):
    assert [p.name for p in ev.find_timeml(tml_dir)] == ["TEST001.tml"]


def _time(doc: ev.TimeMLDoc, text: str, value: str | None, kind: str = "DATE") -> Time:
    start = doc.text.index(text)
    return Time(text, (start, start + len(text)), kind, value)


def test_scoring_counts_strict_overlap_and_values(tml_dir):
    doc = ev.read_timeml(tml_dir / "a" / "TEST001.tml")
    predicted = [
        _time(doc, "Friday", "2024-10-25"),
        _time(doc, "week", "2024-W45"),  # overlaps "next week", wrong value
        _time(doc, "talks", None),  # a false alarm
    ]
    tally = ev.Tally()
    ev.score_doc(doc, predicted, tally)
    assert (tally.strict.tp_gold, tally.overlap.tp_gold, tally.overlap.gold, tally.overlap.pred) == (1, 2, 3, 3)
    assert (tally.value.hits, tally.value.total) == (1, 2)
    assert (tally.value_relative.hits, tally.value_relative.total) == (1, 2)
    assert tally.misses == {"DURATION three years": 1}
    assert tally.false_alarms == {"DATE talks": 1}


def test_week_numbers_compare_without_padding():
    assert ev.canonical_value("2000-W7") == ev.canonical_value("2000-W07")
    assert ev.canonical_value("2000-W7-WE") == "2000-W07-WE"
    assert ev.canonical_value("2000-W17") == "2000-W17"


def test_run_prints_json(tml_dir, capsys):
    assert ev.run(timeml=tml_dir, limit=None, as_json=True) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 1
    assert report["detection_overlap"]["gold"] == 3
    assert report["value_accuracy"]["share"] == 1.0


def test_run_refuses_an_empty_folder(tmp_path, capsys):
    assert ev.run(timeml=tmp_path, limit=None, as_json=False) == 2
    assert "no .tml files" in capsys.readouterr().err


SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "tempeval3"


@pytest.mark.shared
@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/data/tempeval3")
def test_shared_timebank_sample(capsys):
    assert ev.run(timeml=SHARED, limit=8, as_json=True) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["detection_overlap"]["f1"] > 0.8
    assert report["value_accuracy"]["share"] > 0.7
