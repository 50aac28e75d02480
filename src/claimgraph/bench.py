"""Throughput benchmark: raw spaCy and the full analysis, side by side in one run on the same texts.

Prints both times, their ratio (target ≤ 1.3), articles/s, words/s, the cost of each claimgraph stage
relative to the spaCy pass, and the peak resident memory of the process (target < 1 GB for 1,000
articles streamed).
"""

from __future__ import annotations

import itertools
import json
import resource
import sys
import time
from collections.abc import Iterator

import spacy
from rich.console import Console
from rich.table import Table

from .analyze import Analyzer, prepare
from .annotate.pipeline import STAGES, load_pipeline
from .records import Article, Problem, Source


def _sources(paths: list[str], limit: int | None) -> list[Source]:
    from .read import iter_sources

    sources = []
    for item in iter_sources(paths):
        if isinstance(item, Problem):
            print(f"skipped: {item}", file=sys.stderr)
            continue
        sources.append(item)
        if limit and len(sources) >= limit:
            break
    return sources


def _stream(items: list, repeat: int) -> Iterator:
    return itertools.chain.from_iterable(itertools.repeat(items, repeat))


def _peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bench(paths: list[str], limit: int | None, repeat: int, model: str, as_json: bool) -> int:
    sources = _sources(paths, limit)
    if not sources:
        print("error: no articles to benchmark", file=sys.stderr)
        return 2
    articles = [a for s in sources if isinstance(a := prepare(s), Article)]
    texts = [a.text for a in articles]
    n = len(texts) * repeat
    words = sum(len(t.split()) for t in texts) * repeat

    raw_nlp = spacy.load(model)
    analyzer = Analyzer(model)
    for _ in raw_nlp.pipe(texts[:2]):  # warm up both pipelines
        pass
    list(analyzer.analyze_sources(sources[:2]))

    started = time.perf_counter()
    for _ in raw_nlp.pipe(_stream(texts, repeat), batch_size=16):
        pass
    raw_s = time.perf_counter() - started

    started = time.perf_counter()
    for record in analyzer.analyze_sources(_stream(sources, repeat)):
        if not isinstance(record, Problem):
            record.to_dict()
    full_s = time.perf_counter() - started

    stage_s = _stage_times(model, texts, articles)
    spacy_once = stage_s.pop("spacy")
    result = {
        "articles": n,
        "words": words,
        "spacy_seconds": round(raw_s, 3),
        "claimgraph_seconds": round(full_s, 3),
        "ratio": round(full_s / raw_s, 3),
        "articles_per_second": round(n / full_s, 2),
        "words_per_second": round(words / full_s, 1),
        "stage_share_of_spacy": {k: round(v / spacy_once, 4) for k, v in stage_s.items()},
        "peak_rss_mb": round(_peak_rss_mb(), 1),
    }
    if as_json:
        print(json.dumps(result, indent=2))
    else:
        _print_table(result)
    return 0


def _stage_times(model: str, texts: list[str], articles: list[Article]) -> dict[str, float]:
    """Seconds spent in spaCy's own components and in each claimgraph stage (one pass, no repeat)."""
    nlp = load_pipeline(model)
    ours = [(name, proc) for name, proc in nlp.pipeline if name in STAGES]
    totals = {"spacy": 0.0, **{name: 0.0 for name, _ in ours}}
    docs = (nlp.make_doc(t) for t in texts)
    started = time.perf_counter()
    for doc, article in zip(nlp.pipe(docs, disable=[n for n, _ in ours], batch_size=16), articles):
        totals["spacy"] += time.perf_counter() - started
        doc._.published = article.published
        for name, proc in ours:
            t0 = time.perf_counter()
            proc(doc)
            totals[name] += time.perf_counter() - t0
        started = time.perf_counter()
    return totals


def _print_table(result: dict) -> None:
    console = Console()
    table = Table(title=f"claimgraph bench: {result['articles']:,} articles, {result['words']:,} words")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("target", justify="right")
    ok = lambda good: "[green]✓[/]" if good else "[red]✗[/]"  # noqa: E731
    table.add_row("raw spaCy nlp.pipe", f"{result['spacy_seconds']:.2f} s", "")
    table.add_row("claimgraph analyze (clean+spaCy+stages+record)", f"{result['claimgraph_seconds']:.2f} s", "")
    table.add_row("ratio", f"{result['ratio']:.3f}", f"≤ 1.30 {ok(result['ratio'] <= 1.3)}")
    table.add_row("articles/s", f"{result['articles_per_second']:.1f}", "")
    table.add_row("words/s", f"{result['words_per_second']:,.0f}", "")
    for name, share in result["stage_share_of_spacy"].items():
        table.add_row(f"  {name} (share of spaCy pass)", f"{share:.1%}", "")
    tqp = sum(result["stage_share_of_spacy"].get(f"claimgraph_{s}", 0) for s in ("times", "quantities", "places"))
    attr = result["stage_share_of_spacy"].get("claimgraph_attributions", 0)
    table.add_row("  attributions", f"{attr:.1%}", f"≤ 15% {ok(attr <= 0.15)}")
    table.add_row("  times + quantities + places", f"{tqp:.1%}", f"≤ 10% {ok(tqp <= 0.10)}")
    table.add_row("peak RSS", f"{result['peak_rss_mb']:.0f} MB", f"< 1024 MB {ok(result['peak_rss_mb'] < 1024)}")
    console.print(table)
