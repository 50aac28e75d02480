"""The `claimgraph` command line (typer)."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from .annotate.pipeline import DEFAULT_MODEL

app = typer.Typer(
    help="Turn news articles into sourced, checkable claimgraph/1 records: who said what, when, "
    "how many, where, with every field traced to its characters in the source.",
    epilog="Examples:  claimgraph analyze story.html  ·  claimgraph analyze dump.jsonl --format text  ·  "
    "claimgraph ingest corpus/ --db news.duckdb  ·  claimgraph serve --db news.duckdb  ·  "
    "claimgraph eval attributions --polnear DIR",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(
    help="Score claimgraph against annotated corpora (read from a path you give; nothing is bundled).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, highlight=False)

ModelOption = typer.Option(DEFAULT_MODEL, "--model", help="Any installed spaCy pipeline (name or path).")
LimitOption = typer.Option(None, "--limit", min=1, help="Only the first N documents.")
JsonOption = typer.Option(False, "--json", help="Print the scores as JSON.")
PathsArgument = typer.Argument(
    ..., help="Files, directories (recursive), globs, or - for stdin. Formats: .txt .md .html .htm "
    ".json .jsonl .warc .warc.gz."
)
PublishedOption = typer.Option(
    None, "--published", help="Publication date (YYYY-MM-DD); overrides what the input says."
)
OutletOption = typer.Option(None, "--outlet", help="Outlet name; overrides what the input says.")
UrlOption = typer.Option(None, "--url", help="Article URL; overrides what the input says.")
RawOption = typer.Option(
    False, "--raw", help="Keep the text exactly as given (no cleaning), e.g. to score against annotated corpora."
)
WorkersOption = typer.Option(1, "--workers", min=1, help="Worker processes for the spaCy pass.")
DbOption = typer.Option(Path("claimgraph.duckdb"), "--db", help="DuckDB database file.")


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    return typer.Exit(code)


def _overrides(published: str | None, outlet: str | None, url: str | None):
    from .analyze import Overrides
    from .read import parse_published

    if published is not None:
        try:
            published = parse_published(published)
        except ValueError as exc:
            raise _fail(f"--published {published!r}: {exc}") from None
    return Overrides(published=published, outlet=outlet, url=url)


def _results(paths: list[str], overrides, raw: bool, workers: int, model: str) -> Iterator:
    """Records (as dicts) and problems, in input order."""
    from .analyze import Analyzer, analyze_parallel
    from .annotate.pipeline import ModelNotFound
    from .read import iter_sources

    items = iter_sources(paths, stdin=sys.stdin.buffer)
    if workers > 1:
        yield from analyze_parallel(items, workers, model=model, raw=raw, overrides=overrides)
        return
    try:
        analyzer = Analyzer(model)
    except ModelNotFound as exc:
        raise _fail(str(exc)) from None
    for result in analyzer.analyze_sources(items, raw=raw, overrides=overrides):
        yield result if not hasattr(result, "to_dict") else result.to_dict()


def _report_problem(problem) -> None:
    err.print(f"[bold red]error:[/] {problem.origin}: {problem.message}", soft_wrap=True, markup=True)


@app.command()
def analyze(
    paths: list[str] = PathsArgument,
    published: Optional[str] = PublishedOption,
    outlet: Optional[str] = OutletOption,
    url: Optional[str] = UrlOption,
    raw: bool = RawOption,
    output_format: str = typer.Option(
        "json", "--format", help="json (one article: a JSON object; several: JSONL), jsonl, or text (a readable report)."
    ),
    workers: int = WorkersOption,
    model: str = ModelOption,
) -> None:
    """Analyse articles and print one claimgraph/1 record per article on stdout."""
    from .records import Problem
    from .report import render_report

    if output_format not in ("json", "jsonl", "text"):
        raise _fail(f"--format {output_format!r}: choose json, jsonl or text")
    overrides = _overrides(published, outlet, url)
    out = Console(highlight=False, soft_wrap=False)
    failed = 0
    pending: dict | None = None  # with --format json, one record prints indented, several as JSONL
    several = output_format == "jsonl"
    progress = _progress_when_interactive()
    task = progress.add_task("analysing", total=None) if progress else None
    for result in _results(paths, overrides, raw, workers, model):
        if progress:
            progress.advance(task)
        if isinstance(result, Problem):
            _report_problem(result)
            failed += 1
            continue
        if output_format == "text":
            render_report(result, out)
            continue
        if pending is not None:
            print(json.dumps(pending, ensure_ascii=False))
            several = True
        if several:
            pending = None
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            pending = result
    if progress:
        progress.stop()
    if pending is not None:
        print(json.dumps(pending, ensure_ascii=False, indent=2))
    raise typer.Exit(1 if failed else 0)


def _progress_when_interactive():
    """A progress line on stderr, only when a person is watching it (stdout carries the records)."""
    if not err.is_terminal:
        return None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}: {task.completed} articles"), TimeElapsedColumn(),
        console=err, transient=True,
    )
    progress.start()
    return progress


@app.command()
def ingest(
    paths: list[str] = PathsArgument,
    db: Path = DbOption,
    server: Optional[str] = typer.Option(
        None, "--server", help="Send the articles to a running `claimgraph serve` at this URL instead of opening --db."
    ),
    token: Optional[str] = typer.Option(
        None, "--token", envvar="CLAIMGRAPH_TOKEN", help="Bearer token for --server."
    ),
    published: Optional[str] = PublishedOption,
    outlet: Optional[str] = OutletOption,
    url: Optional[str] = UrlOption,
    raw: bool = RawOption,
    workers: int = WorkersOption,
    model: str = ModelOption,
) -> None:
    """Analyse articles and store them in DuckDB; an article already stored (same text) is skipped."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .records import Problem
    from .store import Store, StoreLocked, StoreVersionError

    overrides = _overrides(published, outlet, url)
    if server:
        raise typer.Exit(_ingest_to_server(paths, server, token, overrides, raw))
    try:
        store = Store(db)
    except (StoreLocked, StoreVersionError) as exc:
        raise _fail(str(exc)) from None
    added = skipped = failed = 0
    started = time.perf_counter()
    columns = (
        TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(),
    )
    with store, Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("ingesting", total=None, rate=0.0)
        for result in _results(paths, overrides, raw, workers, model):
            if isinstance(result, Problem):
                progress.console.print(f"[bold red]error:[/] {result.origin}: {result.message}", soft_wrap=True)
                failed += 1
            elif store.add(result):
                added += 1
            else:
                skipped += 1
            done = added + skipped + failed
            progress.update(task, completed=done, rate=done / max(time.perf_counter() - started, 1e-9))
        counts = store.stats()
    elapsed = time.perf_counter() - started
    err.print(
        f"{added} added, {skipped} already stored, {failed} failed in {elapsed:.1f}s → {db} "
        f"({counts['articles']} articles, {counts['claims']} claims, {counts['entities']} entities)"
    )
    raise typer.Exit(1 if failed else 0)


def _ingest_to_server(paths: list[str], server: str, token: str | None, overrides, raw: bool) -> int:
    from .read import iter_sources
    from .serve.client import ServerError, post_sources

    failed = added = skipped = 0
    items = (item if not hasattr(item, "text") else overrides.apply(item)
             for item in iter_sources(paths, stdin=sys.stdin.buffer))
    try:
        for origin, status, message in post_sources(server, token, items, raw=raw):
            if status == "added":
                added += 1
            elif status == "exists":
                skipped += 1
            else:
                failed += 1
                err.print(f"[bold red]error:[/] {origin}: {message}", soft_wrap=True)
    except ServerError as exc:
        raise _fail(str(exc)) from None
    err.print(f"{added} added, {skipped} already stored, {failed} failed → {server}")
    return 1 if failed else 0


@app.command()
def stats(db: Path = DbOption, as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Row counts per table of a claimgraph database."""
    from rich.table import Table

    from .store import Store, StoreLocked, StoreVersionError

    if not db.exists():
        raise _fail(f"{db}: no such database (create it with `claimgraph ingest PATH --db {db}`)")
    try:
        with Store(db, read_only=True) as store:
            counts = store.stats()
    except (StoreLocked, StoreVersionError) as exc:
        raise _fail(str(exc)) from None
    if as_json:
        print(json.dumps(counts))
        return
    table = Table(title=str(db))
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        table.add_row(name, f"{count:,}")
    Console().print(table)


@app.command()
def schema() -> None:
    """Print the claimgraph/1 JSON Schema."""
    from .schema import load_schema

    print(json.dumps(load_schema(), indent=2, ensure_ascii=False))


@app.command()
def bench(
    paths: list[str] = typer.Argument(..., help="Articles to run on (files, directories, globs)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Use only the first N articles."),
    repeat: int = typer.Option(1, "--repeat", min=1, help="Stream the articles this many times (e.g. to reach 1,000)."),
    model: str = ModelOption,
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Throughput: the raw spaCy pass and the full analysis side by side on the same texts."""
    from .bench import run_bench

    raise typer.Exit(run_bench(paths, limit=limit, repeat=repeat, model=model, as_json=as_json))


@app.command()
def serve(
    db: Path = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind; other than loopback needs a token."),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    read_only: bool = typer.Option(False, "--read-only", help="Refuse analysing and storing new articles."),
    token: Optional[str] = typer.Option(
        None, "--token", envvar="CLAIMGRAPH_TOKEN", help="Bearer token clients must send (required off loopback)."
    ),
    model: str = ModelOption,
) -> None:
    """Serve the HTTP API (/api, docs at /docs) and the web page (/) over a database."""
    from .serve.app import run as run_server

    try:
        run_server(db=db, host=host, port=port, read_only=read_only, token=token, model=model)
    except (ValueError, RuntimeError) as exc:
        raise _fail(str(exc)) from None


@eval_app.command("attributions")
def eval_attributions(
    polnear: Optional[Path] = typer.Option(None, "--polnear", help="PolNeAR folder (with metadata.tsv, train/, dev/)."),
    split: str = typer.Option("dev", "--split", help="dev or train."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="Your own annotations, JSONL (see docs/evaluation.md)."),
    limit: Optional[int] = LimitOption,
    as_json: bool = JsonOption,
    model: str = ModelOption,
) -> None:
    """Attribution P/R/F1 per role, linked triples and quote-style scores, overall and per kind."""
    from .eval.attributions import run

    raise typer.Exit(run(polnear=polnear, split=split, gold=gold, limit=limit, as_json=as_json, model=model))


@eval_app.command("times")
def eval_times(
    timeml: Path = typer.Option(..., "--timeml", help="Folder of TimeML .tml files (searched recursively)."),
    limit: Optional[int] = LimitOption,
    as_json: bool = JsonOption,
    model: str = ModelOption,
) -> None:
    """Time expression detection P/R/F1 (strict, overlap) and TIMEX3 value accuracy."""
    from .eval.times import run

    raise typer.Exit(run(timeml=timeml, limit=limit, as_json=as_json, model=model))


@eval_app.command("places")
def eval_places(
    lgl: Optional[Path] = typer.Option(None, "--lgl", help="LGL corpus XML file."),
    geovirus: Optional[Path] = typer.Option(None, "--geovirus", help="GeoVirus corpus XML file."),
    limit: Optional[int] = LimitOption,
    as_json: bool = JsonOption,
    model: str = ModelOption,
) -> None:
    """Geocoding accuracy@161 km, detection recall and mean error in km."""
    from .eval.places import run

    raise typer.Exit(run(lgl=lgl, geovirus=geovirus, limit=limit, as_json=as_json, model=model))


def main() -> None:  # pragma: no cover
    app()
