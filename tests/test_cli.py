"""The command line: analyze, ingest, stats, schema, and how bad input is reported."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.cli import app
from claimgraph.schema import validate

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "typhoon_wire.txt"

STORY_A = "Mayor warns of floods\n\nThe mayor of Springfield, Ana Lopez, said on Monday that the river would rise.\n"
STORY_B = "Police deny report\n\nPolice in Shelbyville denied on Tuesday that 30 officers had quit.\n"


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(app, list(args), input=input)
    return result


@pytest.fixture
def two_files(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(STORY_A, encoding="utf-8")
    b.write_text(STORY_B, encoding="utf-8")
    return a, b


def test_help_explains_commands_and_options():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("analyze", "ingest", "stats", "schema", "serve", "eval", "bench"):
        assert command in result.output
    result = run("analyze", "--help")
    for option in ("--published", "--outlet", "--url", "--raw", "--format", "--workers", "--model"):
        assert option in result.output


def test_one_article_prints_one_valid_json_object(tmp_path):
    result = run("analyze", str(EXAMPLE), "--published", "2025-11-07", "--outlet", "Example Wire")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    validate(record)
    assert record["article"]["published"] == "2025-11-07"
    assert record["article"]["outlet"] == "Example Wire"
    assert "close" not in record["article"]["text"].split("\n")
    assert {"text": "close", "reason": "ui"}.items() <= record["article"]["removed"][0].items()


def test_several_articles_print_jsonl_in_input_order(two_files):
    a, b = two_files
    result = run("analyze", str(b), str(a))
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 2
    records = [json.loads(line) for line in lines]
    assert [r["article"]["title"] for r in records] == ["Police deny report", "Mayor warns of floods"]
    for record in records:
        validate(record)


def test_text_report(two_files):
    result = run("analyze", str(two_files[0]), "--format", "text")
    assert result.exit_code == 0
    assert "Mayor warns of floods" in result.stdout
    assert "Entities" in result.stdout


def test_bad_file_is_reported_and_the_batch_goes_on(two_files, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run("analyze", str(empty), str(two_files[0]), "--format", "jsonl")
    assert result.exit_code == 1
    assert str(empty) in result.stderr and "empty" in result.stderr
    assert len(result.stdout.strip().split("\n")) == 1
    assert json.loads(result.stdout)["article"]["title"] == "Mayor warns of floods"


def test_unparsable_published_is_one_clear_error(two_files):
    result = run("analyze", str(two_files[0]), "--published", "next Blursday")
    assert result.exit_code == 2
    assert "--published" in result.stderr and "next Blursday" in result.stderr
    assert result.stdout == ""


def test_unknown_format_and_model_are_clear_errors(two_files):
    assert "choose json, jsonl or text" in run("analyze", str(two_files[0]), "--format", "xml").stderr
    result = run("analyze", str(two_files[0]), "--model", "no_such_model_xyz")
    assert result.exit_code == 2 and "no_such_model_xyz" in result.stderr


def test_stdin(two_files):
    result = run("analyze", "-", input=STORY_B)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["title"] == "Police deny report"


def test_raw_keeps_the_text(tmp_path):
    path = tmp_path / "raw.txt"
    path.write_text("close\nThe council said on Monday it would act.Reuters\n", encoding="utf-8")
    record = json.loads(run("analyze", str(path), "--raw").stdout)
    assert record["article"]["text"] == path.read_text(encoding="utf-8")
    assert record["article"]["removed"] == []


def test_ingest_is_idempotent_and_stats_counts(two_files, tmp_path):
    db = tmp_path / "cg.duckdb"
    first = run("ingest", *map(str, two_files), "--db", str(db))
    assert first.exit_code == 0, first.output
    assert "2 added, 0 already stored, 0 failed" in first.stderr
    second = run("ingest", *map(str, two_files), "--db", str(db))
    assert "0 added, 2 already stored" in second.stderr
    stats = run("stats", "--db", str(db), "--json")
    counts = json.loads(stats.stdout)
    assert counts["articles"] == 2 and counts["entities"] >= 2 and counts["mentions"] >= counts["entities"]
    assert "articles" in run("stats", "--db", str(db)).stdout


def test_stats_on_missing_database(tmp_path):
    result = run("stats", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2 and "no such database" in result.stderr


def test_schema_command_prints_the_schema():
    result = run("schema")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "claimgraph/1 record"


def test_workers_give_the_same_records_in_order(two_files):
    one = run("analyze", *map(str, two_files), "--format", "jsonl")
    two = run("analyze", *map(str, two_files), "--format", "jsonl", "--workers", "2")
    assert two.exit_code == 0, two.output
    assert one.stdout == two.stdout


@pytest.mark.skipif(shutil.which("claimgraph") is None and not (Path(sys.executable).parent / "claimgraph").exists(),
                    reason="console script not installed")
def test_console_script_runs():
    exe = shutil.which("claimgraph") or str(Path(sys.executable).parent / "claimgraph")
    result = subprocess.run([exe, "schema"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "claimgraph/1" in result.stdout


def test_an_article_that_breaks_a_stage_is_reported_and_the_batch_goes_on(analyzer, monkeypatch):
    from claimgraph.analyze import Overrides
    from claimgraph.records import Problem, Source

    stage = analyzer.nlp.get_pipe("claimgraph_quantities")
    original = type(stage).__call__

    def explode_on_poison(self, doc):
        if "POISON" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(type(stage), "__call__", explode_on_poison)
    sources = [Source(text=t, origin=f"{i}.txt") for i, t in enumerate(
        ["Officials said 30 people left.", "POISON said 3 things.", "Police said the road was shut."])]
    results = list(analyzer.analyze_sources(sources, overrides=Overrides()))
    assert [type(r).__name__ for r in results] == ["Record", "Problem", "Record"]
    assert isinstance(results[1], Problem) and results[1].origin == "1.txt" and "boom" in results[1].message
    assert results[2].article.text.startswith("Police said")


def test_text_report_marks_an_unresolved_pronoun_without_leaking_markup(tmp_path):
    from rich.console import Console

    from claimgraph.report import render_report

    claim = {"id": "c1", "kind": "indirect", "hedged": False, "nested_in": None, "stated": None,
             "speaker": {"text": "They", "span": [0, 4], "name": None, "entity": None, "how": "pronoun"},
             "cue": {"text": "said", "span": [5, 9], "lemma": "say", "stance": "assert", "negated": False},
             "content": {"text": "the [bridge] was closed", "span": [10, 33]}}
    record = {"article": {"title": "Bridge closed", "text": "They said the [bridge] was closed", "id": "x"},
              "claims": [claim], "entities": [], "times": [], "quantities": [], "places": [], "events": []}
    console = Console(record=True, width=140)
    render_report(record, console)
    shown = console.export_text()
    assert "(unresolved) (They)" in shown
    assert "[dim]" not in shown and "[/]" not in shown
    assert "the [bridge] was closed" in shown
