"""`claimgraph eval attributions`: brat and JSONL gold loading, kinds, span scoring, the command.

The fixtures are short articles written for these tests (brat files built from substring offsets),
never PolNeAR text. One test reads the real PolNeAR dev split and skips without ../shared.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

import claimgraph.annotate.pipeline as pipeline
import claimgraph.extract.extensions  # noqa: F401  (Doc extensions for the stand-in pipeline)
from claimgraph.cli import app
from claimgraph.eval.attributions import (
    Attribution,
    claim_attribution,
    load_gold_jsonl,
    load_polnear,
    quote_kind,
    run,
    score_corpus,
    spans_text,
)
from claimgraph.eval.common import Score, greedy_match, jaccard, to_spans, trim_spans
from claimgraph.records import Claim, Cue, Speaker, TextSpan

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"

ARTICLE = (
    "Mayor Lena Ortiz said on Tuesday that the harbour bridge would reopen in May.\n\n"
    '"We are not going to cut corners," Ortiz told reporters. "Safety comes first."\n'
    'Critics argue the plan is "a fantasy" that ignores the budget, while Ortiz\u2019s aides disagree.\n'
    "The delay was blamed on the weather, officials claimed.\n"
    "It is widely believed that costs will rise.\n"
)
SECOND = "Ortiz said the ferry will keep running. Photo: Harbour Authority\n"


def at(text: str, piece: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def t_line(tid: str, label: str, text: str, *pieces: tuple[int, int]) -> str:
    spans = ";".join(f"{start} {end}" for start, end in pieces)
    return f"{tid}\t{label} {spans}\t{' '.join(text[s:e] for s, e in pieces)}"


def article_ann() -> str:
    a = ARTICLE
    quote1, quote2 = at(a, '"We are not going to cut corners,"'), at(a, '"Safety comes first."')
    lines = [
        t_line("T1", "Source", a, at(a, "Mayor Lena Ortiz")),
        t_line("T2", "Cue", a, at(a, "said")),
        t_line("T3", "Content", a, at(a, "the harbour bridge would reopen in May")),
        t_line("T4", "Attribution", a, at(a, "said")),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        # a quote split around its cue and source: second part as Content2
        t_line("T5", "Content", a, quote1),
        t_line("T6", "Source", a, at(a, "Ortiz", 1)),
        t_line("T7", "Cue", a, at(a, "told")),
        t_line("T8", "Attribution", a, at(a, "told")),
        t_line("T9", "Content", a, quote2),
        "E2\tAttribution:T8 Source:T6 Cue:T7 Content:T5 Content2:T9",
        # a discontinuous content in one T line, with a quoted part: mixed
        t_line("T10", "Source", a, at(a, "Critics")),
        t_line("T11", "Cue", a, at(a, "argue")),
        t_line("T12", "Content", a, at(a, 'the plan is "a fantasy"'), at(a, "that ignores the budget")),
        t_line("T13", "Attribution", a, at(a, "argue")),
        "E3\tAttribution:T13 Content:T12 Cue:T11 Source:T10",
        t_line("T14", "Content", a, at(a, "The delay was blamed on the weather")),
        t_line("T15", "Source", a, at(a, "officials")),
        t_line("T16", "Cue", a, at(a, "claimed")),
        t_line("T17", "Attribution", a, at(a, "claimed")),
        "E4\tAttribution:T17 Content:T14 Cue:T16 Source:T15",
        t_line("T18", "Cue", a, at(a, "widely believed")),
        t_line("T19", "Content", a, at(a, "costs will rise")),
        t_line("T20", "Attribution-no-source", a, at(a, "widely believed")),
        "E5\tAttribution-no-source:T20 Content:T19 Cue:T18",
        # not attributions: skipped (a Discuss text running over two lines, a Discard, a note)
        f"T21\tDiscuss {at(a, 'aides disagree')[0]} {at(a, 'aides disagree')[1]}\taides\ndisagree",
        t_line("T22", "Discard", a, at(a, "Ortiz\u2019s")),
        "#1\tAnnotatorNotes T21\tunclear",
    ]
    return "\n".join(lines) + "\n"


def second_ann() -> str:
    s = SECOND
    return "\n".join(
        [
            t_line("T1", "Source", s, at(s, "Ortiz")),
            t_line("T2", "Cue", s, at(s, "said")),
            t_line("T3", "Content", s, at(s, "the ferry will keep running")),
            t_line("T4", "Attribution", s, at(s, "said")),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        ]
    )


@pytest.fixture(scope="module")
def polnear_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("polnear")
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir(parents=True)
    header = "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\n"
    rows = [
        "dev\tharbour_2016-05-02_bridge-delay\t1\tab12|zz99\tx\t2016-05-02\tA\tBridge\n",
        "train\tharbour_2016-05-03_other\t1\tab12\tx\t2016-05-03\tA\tOther\n",
        "dev\tharbour_2016-05-04_ferry\t1\tab12\tx\tnot a date\tA\tFerry\n",
    ]
    (root / "metadata.tsv").write_text(header + "".join(rows), encoding="utf-8")
    # written as bytes: offsets count characters exactly as in the file (\r\n stays two characters)
    (root / "dev" / "text" / "harbour_2016-05-02_bridge-delay.txt").write_bytes(ARTICLE.encode("utf-8"))
    (root / "dev" / "text" / "harbour_2016-05-04_ferry.txt").write_bytes(SECOND.encode("utf-8"))
    attributions = root / "dev" / "attributions"
    (attributions / "harbour_2016-05-02_bridge-delay_ab12.ann").write_text(article_ann(), encoding="utf-8")
    # a second annotator: the first in sorted order (ab12) is the one read
    (attributions / "harbour_2016-05-02_bridge-delay_zz99.ann").write_text(
        t_line("T1", "Content", ARTICLE, at(ARTICLE, "costs will rise")) + "\n", encoding="utf-8"
    )
    (attributions / "harbour_2016-05-04_ferry_ab12.ann").write_text(second_ann(), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def gold_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    a, s = ARTICLE, SECOND

    def gold(source, cue, content):
        return {"source": source and list(source), "cue": list(cue), "content": content}

    docs = [
        {
            "id": "bridge",
            "published": "2016-05-02",
            "text": a,
            "attributions": [
                gold(at(a, "Mayor Lena Ortiz"), at(a, "said"), list(at(a, "the harbour bridge would reopen in May"))),
                gold(at(a, "Ortiz", 1), at(a, "told"), list(at(a, '"We are not going to cut corners,"'))),
                # no source, and the content as a list of pieces
                gold(None, at(a, "widely believed"), [list(at(a, "costs will rise"))]),
            ],
        },
        {"text": s, "attributions": [gold(at(s, "Ortiz"), at(s, "said"), list(at(s, "the ferry will keep running")))]},
    ]
    path = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    path.write_text("\n".join(json.dumps(doc) for doc in docs) + "\n\n", encoding="utf-8")
    return path


# --- span helpers -----------------------------------------------------------------------------


def test_spans_are_normalised_and_compared_as_character_sets():
    assert to_spans([(20, 30), (0, 10), (5, 12), (40, 40)]) == ((0, 12), (20, 30))
    discontinuous, whole = to_spans([(0, 10), (20, 30)]), to_spans([(0, 30)])
    assert jaccard(discontinuous, whole) == pytest.approx(20 / 30)
    assert jaccard(whole, whole) == 1.0
    assert jaccard(whole, to_spans([(30, 40)])) == 0.0
    assert trim_spans(" ab  cd ", ((0, 4), (4, 8))) == ((1, 3), (5, 7))


def test_greedy_matching_is_one_to_one_and_best_first():
    scores = {(0, 0): 0.6, (0, 1): 0.9, (1, 1): 0.8, (1, 0): 0.4}
    pairs = greedy_match(2, 2, lambda g, p: scores[g, p], 0.5)
    assert [(g, p) for g, p, _ in pairs] == [(0, 1)]  # gold 1 loses pred 1 and pred 0 is below 0.5


def test_score_handles_empty_sides():
    assert Score(gold=4, pred=0).f1 == 0.0 and Score(gold=4, pred=0).precision is None
    assert Score().f1 is None
    assert Score(gold=4, pred=2, tp_gold=2, tp_pred=2).f1 == pytest.approx(2 / 3)


# --- kinds from quote marks -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind",
    [
        ('"We are not going to cut corners,"', "direct"),
        ("\u201cSafety first.\u201d \u201cAlways.\u201d", "direct"),
        ("''We will appeal,''", "direct"),
        ("\u201dMistyped opening mark, but a quote all the same.", "direct"),
        ('"A quote running over paragraphs, never closed', "direct"),
        ('the plan is "a fantasy" that ignores the budget', "mixed"),
        ("It\u2019s \u2018in their heads\u2019", "mixed"),
        ("that Ortiz\u2019s aides and the voters\u2019 views differ", "indirect"),
        ("that the bridge would reopen in May", "indirect"),
    ],
)
def test_quote_kind(text: str, kind: str):
    assert quote_kind(text) == kind


# --- loading gold -----------------------------------------------------------------------------


def test_load_polnear_reads_first_annotator_roles_and_kinds(polnear_dir: Path):
    docs = load_polnear(polnear_dir, "dev")
    assert [doc.id for doc in docs] == ["harbour_2016-05-02_bridge-delay", "harbour_2016-05-04_ferry"]
    assert docs[0].published == "2016-05-02" and docs[1].published is None
    first = docs[0]
    assert len(first.attributions) == 5  # ab12's file, not zz99's; Discuss/Discard skipped
    said, quote, argue, claimed, believed = first.attributions
    assert spans_text(first.text, said.source) == "Mayor Lena Ortiz" and said.kind == "indirect"
    # Content2 joins Content
    assert quote.content == (at(ARTICLE, '"We are not going to cut corners,"'), at(ARTICLE, '"Safety comes first."'))
    assert quote.kind == "direct"
    assert len(argue.content) == 2 and argue.kind == "mixed"
    assert believed.no_source and believed.source == () and not said.no_source
    assert len(load_polnear(polnear_dir, "dev", limit=1)) == 1


def test_load_gold_jsonl(gold_jsonl: Path):
    docs = load_gold_jsonl(gold_jsonl)
    assert [doc.id for doc in docs] == ["bridge", "gold.jsonl:2"]
    assert [a.kind for a in docs[0].attributions] == ["indirect", "direct", "indirect"]
    assert docs[0].attributions[2].no_source and docs[0].published == "2016-05-02"


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "not JSON"),
        ('{"text": "abc"}', "'attributions' is a required property"),
        ('{"text": "abc", "attributions": [{"content": [1, 9]}]}', "not inside the text"),
        ('{"text": "abc", "attributions": [{"content": [1, 2], "kind": "quoted"}]}', "attributions/0/kind"),
    ],
)
def test_bad_gold_jsonl_is_refused_with_its_line(tmp_path: Path, line: str, message: str, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok", "attributions": []}\n' + line + "\n", encoding="utf-8")
    assert run(gold=path) == 2
    err = capsys.readouterr().err
    assert "bad.jsonl:2" in err and message in " ".join(err.split())


def test_documented_gold_example_loads(tmp_path: Path):
    docs_page = Path(__file__).resolve().parents[1] / "docs" / "evaluation.md"
    example = re.search(r"```json\n(.*?)```", docs_page.read_text(encoding="utf-8"), re.S)[1]
    path = tmp_path / "example.jsonl"
    path.write_text(json.dumps(json.loads(example)) + "\n", encoding="utf-8")
    (doc,) = load_gold_jsonl(path)
    said, added = doc.attributions
    assert [spans_text(doc.text, said.source), spans_text(doc.text, added.cue)] == ["Mayor Ana Ruiz", "added"]
    assert (said.kind, added.kind) == ("indirect", "direct")


# --- scoring ----------------------------------------------------------------------------------


def test_gold_as_predictions_scores_one_everywhere(polnear_dir: Path, gold_jsonl: Path):
    for docs in (load_polnear(polnear_dir, "dev"), load_gold_jsonl(gold_jsonl)):
        report = score_corpus("self", docs, [doc.attributions for doc in docs])
        values = [score.f1 for by_kind in report.scores.values() for score in by_kind.values()]
        values += [share.value for share in report.speaker.values()]
        assert {value for value in values if value is not None} == {1.0}
        assert report.scores["content_j50"]["overall"].gold == sum(len(doc.attributions) for doc in docs)


def attribution(content, source=None, cue=None, kind="indirect", no_source=False) -> Attribution:
    return Attribution(
        content=to_spans([content]),
        source=to_spans([source] if source else []),
        cue=to_spans([cue] if cue else []),
        kind=kind,
        no_source=no_source,
    )


def test_partial_predictions_score_as_computed_by_hand():
    gold = [
        attribution((0, 100), (200, 210), (211, 215)),
        attribution((300, 350), (400, 405), (406, 410), kind="direct"),
        attribution((500, 540), None, (541, 545), kind="mixed", no_source=True),
    ]
    pred = [
        attribution((0, 80), (200, 208), (211, 215)),  # content and source J 0.8: a triple
        attribution((300, 340), (402, 409), (406, 410), kind="direct"),  # source J 3/9: no triple; quote found
        attribution((500, 510), (600, 605), (541, 545), kind="direct"),  # covers 25% of the mixed quote
        attribution((700, 720)),  # nothing there
        attribution((800, 820), kind="mixed"),  # a quote that is not there
    ]
    report = score_corpus("hand", [_doc(gold)], [pred])
    s = report.scores
    assert s["content_exact"]["overall"].tp_gold == 0
    content = s["content_j50"]["overall"]
    assert (content.precision, content.recall) == (0.4, pytest.approx(2 / 3))
    assert (s["source_exact"]["overall"].tp_gold, s["source_j50"]["overall"].precision) == (0, pytest.approx(1 / 3))
    assert s["source_j50"]["overall"].recall == 0.5
    assert s["cue_exact"]["overall"].f1 == 1.0
    triple = s["triple_j50"]["overall"]
    assert (triple.precision, triple.recall) == (0.2, pytest.approx(1 / 3))
    quotes = s["quote_cov30"]
    # the mixed gold quote is only 25% covered: not found, and the prediction on it is not right
    assert (quotes["overall"].gold, quotes["overall"].pred, quotes["overall"].tp_gold) == (2, 3, 1)
    assert quotes["overall"].tp_pred == 1
    # per kind: recall by gold kind, precision by predicted kind
    assert (quotes["direct"].recall, quotes["direct"].precision) == (1.0, 0.5)
    assert (quotes["mixed"].recall, quotes["mixed"].precision, quotes["mixed"].f1) == (0.0, 0.0, 0.0)
    assert (s["content_j50"]["indirect"].recall, s["content_j50"]["indirect"].precision) == (1.0, 0.5)
    assert report.speaker["overall"].as_dict() == {"share": 1.0, "hits": 1, "total": 1}


def test_a_quote_split_in_two_is_found_once_and_both_parts_are_right():
    gold = [attribution((0, 100), (120, 125), kind="direct")]
    halves = [attribution((0, 50), (130, 135), kind="direct"), attribution((50, 100), (120, 125), kind="direct")]
    report = score_corpus("x", [_doc(gold)], [halves])
    quotes = report.scores["quote_cov30"]["overall"]
    assert (quotes.tp_gold, quotes.gold, quotes.tp_pred, quotes.pred) == (1, 1, 2, 2)
    # the speaker comes from the first of the equally covering halves: wrong here
    assert report.speaker["overall"].as_dict() == {"share": 0.0, "hits": 0, "total": 1}
    # content J≥0.5 stays one-to-one: one half matches, the other is a false positive
    content = report.scores["content_j50"]["overall"]
    assert (content.tp_gold, content.tp_pred, content.pred) == (1, 1, 2)


def test_triple_without_gold_source_needs_a_prediction_without_speaker():
    gold = [attribution((0, 40), kind="indirect", no_source=True)]
    said_by_none = attribution((0, 38), no_source=True)
    said_by_someone = attribution((0, 38), (50, 55))
    assert score_corpus("x", [_doc(gold)], [[said_by_none]]).scores["triple_j50"]["overall"].tp_gold == 1
    assert score_corpus("x", [_doc(gold)], [[said_by_someone]]).scores["triple_j50"]["overall"].tp_gold == 0


def test_nested_predictions_are_left_out_only_when_asked():
    gold = [attribution((0, 40))]
    outer, inner = attribution((0, 40)), attribution((20, 40))
    inner.nested = True
    kept = score_corpus("x", [_doc(gold)], [[outer, inner]])
    assert kept.scores["content_j50"]["overall"].pred == 2 and kept.nested_left_out == 0
    skipped = score_corpus("x", [_doc(gold)], [[outer, inner]], skip_nested=True)
    assert skipped.scores["content_j50"]["overall"].precision == 1.0 and skipped.nested_left_out == 1


def test_matching_stays_within_each_document(polnear_dir: Path):
    docs = load_polnear(polnear_dir, "dev")
    swapped = [docs[1].attributions, docs[0].attributions]  # right spans, wrong documents
    report = score_corpus("x", docs, swapped)
    assert report.scores["content_exact"]["overall"].tp_gold == 0


def test_claim_becomes_attribution_spans():
    text = "Ortiz said the ferry will keep running, he added."
    claim = Claim(
        id="c1",
        kind="indirect",
        speaker=Speaker(text="Ortiz", span=(0, 5), name="Ortiz", entity="e1", how="explicit"),
        cue=Cue(text="said", span=(6, 10), lemma="say", stance="neutral"),
        content=TextSpan(text="the ferry will keep running, ", span=(11, 40)),
    )
    spans = claim_attribution(claim, text)
    assert (spans.source, spans.cue, spans.content, spans.kind, spans.no_source) == (
        ((0, 5),),
        ((6, 10),),
        ((11, 39),),  # trailing space trimmed
        "indirect",
        False,
    )
    claim.speaker = Speaker(text=None, span=None, name=None, entity=None, how="none")
    claim.cue = None
    spans = claim_attribution(claim, text)
    assert spans.source == () and spans.cue == () and spans.no_source and not spans.nested
    claim.nested_in = "c0"
    assert claim_attribution(claim, text).nested


def _doc(attributions):
    from claimgraph.eval.attributions import GoldDoc

    return GoldDoc(id="d", text="", attributions=attributions)


# --- the command ------------------------------------------------------------------------------

_GOLD_BY_TEXT: dict[str, list[Claim]] = {}


@Language.component("test_eval_gold_claims")
def _gold_claims(doc):
    doc._.claims = _GOLD_BY_TEXT.get(doc.text, [])
    return doc


def _claims_from_gold(gold_jsonl: Path) -> None:
    """Claims that say exactly what the gold says (the fixture's spans are continuous)."""
    for doc in load_gold_jsonl(gold_jsonl):
        claims = []
        for i, a in enumerate(doc.attributions):
            (content,) = a.content
            speaker_span = a.source[0] if a.source else None
            claims.append(
                Claim(
                    id=f"c{i}",
                    kind=a.kind,
                    speaker=Speaker(
                        text=None, span=speaker_span, name=None, entity=None, how="none" if a.no_source else "explicit"
                    ),
                    cue=Cue(text="", span=a.cue[0], lemma="", stance="") if a.cue else None,
                    content=TextSpan(text=doc.text[content[0] : content[1]], span=content),
                )
            )
        _GOLD_BY_TEXT[doc.text] = claims


def test_run_scores_one_when_the_pipeline_returns_the_gold(gold_jsonl: Path, monkeypatch, capsys):
    _claims_from_gold(gold_jsonl)
    stand_in = spacy.blank("en")
    stand_in.add_pipe("test_eval_gold_claims")
    monkeypatch.setattr(pipeline, "load_pipeline", lambda model: stand_in)
    assert run(gold=gold_jsonl, as_json=True) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 2 and result["gold_attributions"]["overall"] == 4
    assert all(target["met"] for target in result["targets"])
    assert result["measures"]["triple_j50"]["overall"]["f1"] == 1.0

    assert run(polnear=None, gold=gold_jsonl) == 0
    table = " ".join(capsys.readouterr().out.split())
    assert "content J≥0.5" in table and "≥0.80 ✓" in table and "✗" not in table


def test_run_with_the_real_pipeline_reports_every_measure(polnear_dir: Path, nlp, monkeypatch, capsys):
    monkeypatch.setattr(pipeline, "load_pipeline", lambda model: nlp)
    assert run(polnear=polnear_dir, split="dev", limit=1, as_json=True) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["documents"] == 1 and result["gold_attributions"]["overall"] == 5
    measures = result["measures"]
    assert {"source_exact", "cue_exact", "content_j50", "triple_j50", "quote_cov30", "quote_speaker"} <= set(measures)
    assert measures["content_j50"]["overall"]["pred"] == result["predicted_claims"]["overall"]


def test_cli_needs_exactly_one_gold_source(tmp_path: Path):
    runner = CliRunner()
    assert runner.invoke(app, ["eval", "attributions"]).exit_code == 2
    both = runner.invoke(app, ["eval", "attributions", "--polnear", str(tmp_path), "--gold", str(tmp_path / "g.jsonl")])
    assert both.exit_code == 2
    missing = runner.invoke(app, ["eval", "attributions", "--polnear", str(tmp_path)])
    assert missing.exit_code == 2


def test_unknown_split_is_refused(polnear_dir: Path, capsys):
    assert run(polnear=polnear_dir, split="test") == 2
    assert "dev or train" in capsys.readouterr().err


@pytest.mark.shared
def test_polnear_dev_gold_as_predictions_scores_one():
    if not (POLNEAR / "metadata.tsv").exists():
        pytest.skip("../shared/data/polnear is not available (it is not part of the repository)")
    docs = load_polnear(POLNEAR, "dev")
    assert len(docs) == 84 and sum(len(doc.attributions) for doc in docs) == 2193
    report = score_corpus("self", docs, [doc.attributions for doc in docs])
    assert {m: by_kind["overall"].f1 for m, by_kind in report.scores.items()} == dict.fromkeys(report.scores, 1.0)
    assert report.speaker["overall"].value == 1.0


def test_continuation_quotes_are_joined_for_polnear_scoring():
    from claimgraph.eval.attributions import claim_attribution, join_continuation_claims
    from claimgraph.records import Claim, Cue, Speaker, TextSpan

    text = "“First part,” she said.\n\n“Second part.”"
    she = Speaker("she", (14, 17), "Ana", None, "explicit")
    first = Claim("c1", "direct", she, Cue("said", (18, 22), "say", "assert"), TextSpan("“First part,”", (0, 13)))
    cont = Claim("c2", "direct", Speaker("she", (14, 17), "Ana", None, "continuation"), None,
                 TextSpan("“Second part.”", (25, 39)))
    (joined,) = join_continuation_claims([first, cont])
    attribution = claim_attribution(joined, text)
    assert len(attribution.content) == 2
    assert join_continuation_claims([first]) == [first]
