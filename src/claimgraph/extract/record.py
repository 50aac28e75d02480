"""Assemble the claimgraph/1 record from an article and its annotated Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Article, Record
from .entities import entity_at


def build_record(article: Article, doc: Doc) -> Record:
    """The record of one article: what the components put on the Doc, cross-linked."""
    record = Record(
        article=article,
        entities=list(doc._.cg_entities or []),
        claims=list(doc._.claims or []),
        times=list(doc._.times or []),
        quantities=list(doc._.quantities or []),
        places=list(doc._.places or []),
        events=list(doc._.events or []),
    )
    _link_places_to_entities(record, doc)
    _normalise_stated_times(record)
    return record


def _link_places_to_entities(record: Record, doc: Doc) -> None:
    # Places run before entities (they fix the model's labels), so they are linked here.
    for place in record.places:
        if place.entity is None:
            entity = entity_at(doc, *place.span)
            place.entity = entity.id if entity else None


def _normalise_stated_times(record: Record) -> None:
    """Give each claim's time phrase the value the time stage found for the same characters."""
    by_span = {tuple(t.span): t for t in record.times}
    for claim in record.claims:
        stated = claim.stated
        if stated is None or stated.value is not None:
            continue
        time = by_span.get(tuple(stated.span)) or next(
            (t for t in record.times if t.span[0] < stated.span[1] and stated.span[0] < t.span[1]), None
        )
        if time is not None:
            stated.value = time.value
