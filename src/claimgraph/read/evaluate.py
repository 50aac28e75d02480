"""Measure the read stage on corpora given by path (nothing is bundled).

    python -m claimgraph.read.evaluate --cleaning ../shared/data/cleaning --polnear ../shared/data/polnear

``--cleaning``: trafilatura's evaluation pages (``evaldata_noise_subset.json`` and ``html/``):
share of pages read, of the "with" segments found in the text (recall), of the "without"
boilerplate segments left in it (leak), and of titles, dates and authors equal to the annotation.
``--polnear``: PolNeAR's text files against ``metadata.tsv``: share of titles guessed exactly from
the first line (the headline, or the headline before "; " and its dek), of none guessed, and of
different ones. PolNeAR adds a final period to every headline, so sentence-case headlines there
("Senator leads the race in Ohio.") read as sentences and are not taken.
"""

from __future__ import annotations

import argparse
import csv
import json
import time
import unicodedata
from pathlib import Path

from ..records import Problem, Source
from .sources import iter_sources
from .text import guess_title


def _normalise(text: str | list[str] | None) -> str:
    if isinstance(text, list):
        text = "; ".join(text)
    return " ".join(unicodedata.normalize("NFKC", text or "").split()).casefold()


def _share(hits: int, total: int) -> str:
    return f"{hits}/{total} = {hits / total:.1%}" if total else "0/0"


def evaluate_cleaning(folder: Path, limit: int | None) -> None:
    gold = json.loads((folder / "evaldata_noise_subset.json").read_text(encoding="utf-8"))
    pages = sorted(gold.values(), key=lambda page: page["file"])[:limit]
    paths = [str(folder / "html" / page["file"]) for page in pages]
    started = time.perf_counter()
    results = list(iter_sources(paths))
    seconds = time.perf_counter() - started
    by_origin = {result.origin: result for result in results}
    read = with_found = with_total = leaked = without_total = 0
    fields = {"title": [0, 0], "date": [0, 0], "author": [0, 0]}
    for page, path in zip(pages, paths, strict=True):
        result = by_origin.get(path)
        if not isinstance(result, Source):
            continue
        read += 1
        text = _normalise(result.text)
        with_total += len(page["with"])
        with_found += sum(_normalise(segment) in text for segment in page["with"])
        without_total += len(page["without"])
        leaked += sum(_normalise(segment) in text for segment in page["without"])
        for name, value in (("title", result.title), ("date", result.published), ("author", result.author)):
            if page.get(name):
                fields[name][1] += 1
                fields[name][0] += _normalise(page[name]) == _normalise(value)
    problems = [result for result in results if isinstance(result, Problem)]
    print(f"cleaning pages: {len(pages)} in {seconds:.1f} s")
    print(f"  read as articles      {_share(read, len(pages))}  (problems: {len(problems)})")
    for problem in problems:
        print(f"    {problem}")
    print(f"  'with' segments found {_share(with_found, with_total)}")
    print(f"  'without' leaked      {_share(leaked, without_total)}")
    for name, (hits, total) in fields.items():
        print(f"  {name} exact           {_share(hits, total)}")


def evaluate_polnear(folder: Path, limit: int | None) -> None:
    with open(folder / "metadata.tsv", encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))[:limit]
    exact = missed = wrong = 0
    examples: list[str] = []
    for row in rows:
        path = folder / row["compartment"] / "text" / f"{row['filename']}.txt"
        if not path.exists():
            continue
        guessed = guess_title(path.read_text(encoding="utf-8"))
        gold = row["title"].strip()
        headline = gold.split("; ")[0]  # PolNeAR titles may carry the dek after "; "
        if guessed is None:
            missed += 1
        elif _normalise(guessed) in (_normalise(gold), _normalise(headline)):
            exact += 1
        else:
            wrong += 1
            if len(examples) < 5:
                examples.append(f"    gold {gold!r}\n    got  {guessed!r}")
    total = exact + missed + wrong
    print(f"polnear titles: {total} articles")
    print(f"  exact {_share(exact, total)}; none {_share(missed, total)}; different {_share(wrong, total)}")
    print("\n".join(examples))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cleaning", type=Path, help="folder with evaldata_noise_subset.json and html/")
    parser.add_argument("--polnear", type=Path, help="PolNeAR folder with metadata.tsv")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args()
    if args.cleaning:
        evaluate_cleaning(args.cleaning, args.limit)
    if args.polnear:
        evaluate_polnear(args.polnear, args.limit)


if __name__ == "__main__":
    main()
