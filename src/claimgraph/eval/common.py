"""Span matching and scoring shared by the evaluations.

Spans are character offsets ``(start, end)``, end exclusive, as in ``claimgraph.records``. An
annotation may be discontinuous, so a mention is a tuple of pieces (``Spans``), normalised to sorted,
non-overlapping, non-empty pieces. Two mentions are compared as sets of characters: Jaccard is the
characters they share over the characters either covers.

Matching is greedy and one-to-one: candidate pairs are taken best score first, and each gold item and
each predicted item is used at most once. It is not the optimal (Hungarian) assignment, but with the
thresholds used here (Jaccard ≥ 0.5, or exact) a span can overlap at most one other that well in
practice, and greedy is what the usual span-scoring scripts do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from rich import box
from rich.table import Table

Piece = tuple[int, int]
Spans = tuple[Piece, ...]


def to_spans(pieces: Iterable[Sequence[int]] | None) -> Spans:
    """Normalise pieces ``[(start, end), ...]``: sorted, touching or overlapping pieces merged, empty dropped."""
    ordered = sorted((int(start), int(end)) for start, end in pieces or () if end > start)
    merged: list[list[int]] = []
    for start, end in ordered:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def trim_spans(text: str, spans: Spans) -> Spans:
    """Drop whitespace at the edges of each piece, so that a stray space does not break an exact match."""
    trimmed = []
    for start, end in spans:
        while start < end and text[start : start + 1].isspace():
            start += 1
        while end > start and text[end - 1 : end].isspace():
            end -= 1
        trimmed.append((start, end))
    return to_spans(trimmed)


def span_size(spans: Spans) -> int:
    return sum(end - start for start, end in spans)


def overlap_size(a: Spans, b: Spans) -> int:
    """Characters covered by both (a sweep over the two sorted piece lists)."""
    shared = 0
    i = j = 0
    while i < len(a) and j < len(b):
        start = max(a[i][0], b[j][0])
        end = min(a[i][1], b[j][1])
        if end > start:
            shared += end - start
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return shared


def jaccard(a: Spans, b: Spans) -> float:
    """Shared characters over the characters either covers; 1.0 only for identical spans."""
    shared = overlap_size(a, b)
    union = span_size(a) + span_size(b) - shared
    return shared / union if union else 0.0


def coverage(covered: Spans, by: Spans) -> float:
    """The share of ``covered``'s characters that ``by`` also covers."""
    size = span_size(covered)
    return overlap_size(covered, by) / size if size else 0.0


def overlaps(a: Spans, b: Spans) -> bool:
    return overlap_size(a, b) > 0


def greedy_match(
    n_gold: int, n_pred: int, score: Callable[[int, int], float], threshold: float
) -> list[tuple[int, int, float]]:
    """Pair gold and predicted items one-to-one, best score first, keeping pairs scoring ≥ threshold.

    Returns ``(gold_index, pred_index, score)`` triples. Ties go to the earlier gold, then the earlier
    prediction, so the result is deterministic.
    """
    candidates = []
    for g in range(n_gold):
        for p in range(n_pred):
            value = score(g, p)
            if value >= threshold:
                candidates.append((-value, g, p))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for negative, g, p in candidates:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((g, p, -negative))
    return pairs


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide (shown as "–", JSON null)."""
    return part / whole if whole else None


@dataclass
class Score:
    """Counts for P/R/F1. Matched gold and matched predictions are counted apart, because a subset
    (one kind of attribution) may hold the gold side of a pair but not the predicted side."""

    gold: int = 0
    pred: int = 0
    tp_gold: int = 0
    tp_pred: int = 0

    @property
    def precision(self) -> float | None:
        return ratio(self.tp_pred, self.pred)

    @property
    def recall(self) -> float | None:
        return ratio(self.tp_gold, self.gold)

    @property
    def f1(self) -> float | None:
        """Harmonic mean of P and R; 0 when one side is empty, None when both are."""
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        if not p or not r:
            return 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "gold": self.gold,
            "pred": self.pred,
            "tp_gold": self.tp_gold,
            "tp_pred": self.tp_pred,
        }


@dataclass
class Share:
    """How many of a set of items pass a test (e.g. matched quotes whose speaker is right)."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return ratio(self.hits, self.total)

    def as_dict(self) -> dict[str, Any]:
        return {"share": self.value, "hits": self.hits, "total": self.total}


def fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def target_cell(value: float | None, target: float) -> str:
    """The target with a green ✓ or red ✗ (rich markup)."""
    if value is not None and value >= target:
        return f"≥{target:.2f} [green]✓[/green]"
    return f"≥{target:.2f} [red]✗[/red]"


def new_table(title: str, columns: Sequence[str], caption: str | None = None) -> Table:
    """A rich table with the first column left-aligned (labels) and the others right-aligned (numbers)."""
    table = Table(title=title, caption=caption, caption_justify="left", box=box.SIMPLE_HEAD, collapse_padding=True)
    for i, name in enumerate(columns):
        table.add_column(name, justify="left" if i == 0 else "right", no_wrap=i != 0, min_width=10 if i == 0 else None)
    return table
