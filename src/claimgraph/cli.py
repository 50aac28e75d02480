"""The `claimgraph` command line (typer)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .annotate.pipeline import DEFAULT_MODEL

app = typer.Typer(
    help="Turn news articles into sourced, checkable claimgraph/1 records: who said what, when, "
    "how many, where, with every field traced to its characters in the source.",
    no_args_is_help=True,
    add_completion=False,
)
eval_app = typer.Typer(
    help="Score claimgraph against annotated corpora (read from a path you give; nothing is bundled).",
    no_args_is_help=True,
)
app.add_typer(eval_app, name="eval")

ModelOption = typer.Option(DEFAULT_MODEL, "--model", help="Any installed spaCy pipeline (name or path).")
LimitOption = typer.Option(None, "--limit", min=1, help="Only the first N documents.")
JsonOption = typer.Option(False, "--json", help="Print the scores as JSON.")


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
