"""The whole job for a stream of inputs: read → clean → annotate → extract → record.

``Analyzer`` holds one loaded spaCy pipeline; ``analyze_sources`` streams records (or problems) in
input order, batching ``nlp.pipe``; with ``workers > 1`` batches go to worker processes, each with its
own pipeline.
"""

from __future__ import annotations

import itertools
import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from .annotate.pipeline import DEFAULT_MODEL, annotate, load_pipeline
from .clean import clean_source
from .extract.record import build_record
from .records import MAX_ARTICLE_CHARS, Article, Problem, Record, Source


@dataclass
class Overrides:
    """Metadata given on the command line; it wins over what the input says."""

    published: str | None = None
    outlet: str | None = None
    url: str | None = None

    def apply(self, source: Source) -> Source:
        changes = {k: v for k, v in vars(self).items() if v is not None}
        return replace(source, **changes) if changes else source


def prepare(source: Source, raw: bool = False) -> Article | Problem:
    """Clean one source into an article, or say why it cannot be analysed."""
    article = clean_source(source, raw=raw)
    if not article.text.strip():
        return Problem(source.origin, "no text left to analyse after cleaning")
    if len(article.text) > MAX_ARTICLE_CHARS:
        return Problem(
            source.origin,
            f"article is {len(article.text):,} characters; the limit is {MAX_ARTICLE_CHARS:,} "
            f"(split it into articles)",
        )
    return article


class Analyzer:
    """One loaded pipeline, reused for every article."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 16) -> None:
        self.model = model
        self.batch_size = batch_size
        self.nlp = load_pipeline(model)

    def analyze_articles(self, articles: Iterable[Article]) -> Iterator[Record]:
        for article, doc in annotate(self.nlp, articles, batch_size=self.batch_size):
            yield build_record(article, doc)

    def analyze_source(self, source: Source, raw: bool = False) -> Record | Problem:
        prepared = prepare(source, raw=raw)
        if isinstance(prepared, Problem):
            return prepared
        return self._analyze_alone(prepared)

    def analyze_sources(
        self, items: Iterable[Source | Problem], raw: bool = False, overrides: Overrides | None = None
    ) -> Iterator[Record | Problem]:
        """Records and problems in input order, the pipeline run in batches."""
        overrides = overrides or Overrides()
        for batch in _batched(items, self.batch_size):
            yield from self._analyze_batch(batch, raw, overrides)

    def _analyze_batch(
        self, batch: list[Source | Problem], raw: bool, overrides: Overrides
    ) -> list[Record | Problem]:
        prepared = [
            item if isinstance(item, Problem) else prepare(overrides.apply(item), raw=raw) for item in batch
        ]
        articles = [p for p in prepared if isinstance(p, Article)]
        try:
            results: list[Record | Problem] = list(self.analyze_articles(articles))
        except Exception:  # noqa: BLE001 — one article must not take its batch down: retry one by one
            results = [self._analyze_alone(article) for article in articles]
        done = iter(results)
        return [p if isinstance(p, Problem) else next(done) for p in prepared]

    def _analyze_alone(self, article: Article) -> Record | Problem:
        try:
            return next(self.analyze_articles([article]))
        except Exception as exc:  # noqa: BLE001 — reported as this article's problem, the rest goes on
            return Problem(
                article.origin or article.id,
                f"analysis failed ({type(exc).__name__}: {exc}); this is a bug in claimgraph, please report it",
            )


def _batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


# --- worker processes -------------------------------------------------------------------------
_worker: Analyzer | None = None


def _init_worker(model: str, batch_size: int) -> None:
    global _worker
    _worker = Analyzer(model, batch_size)


def _work(args: tuple[list[Source | Problem], bool, Overrides]) -> list[dict | Problem]:
    assert _worker is not None
    batch, raw, overrides = args
    return [r.to_dict() if isinstance(r, Record) else r for r in _worker._analyze_batch(batch, raw, overrides)]


def analyze_parallel(
    items: Iterable[Source | Problem],
    workers: int,
    model: str = DEFAULT_MODEL,
    raw: bool = False,
    overrides: Overrides | None = None,
    batch_size: int = 16,
) -> Iterator[dict | Problem]:
    """Like ``Analyzer.analyze_sources`` over ``workers`` processes; yields record dicts in input order."""
    overrides = overrides or Overrides()
    ctx = multiprocessing.get_context("spawn")  # fork would copy a loaded pipeline's threads unsafely
    with ctx.Pool(workers, initializer=_init_worker, initargs=(model, batch_size)) as pool:
        jobs = ((batch, raw, overrides) for batch in _batched(items, batch_size))
        for results in pool.imap(_work, jobs):
            yield from results
