"""claimgraph_entities: merge the model's entity mentions into canonical entities (in progress)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Entity


@Language.factory("claimgraph_entities")
def make_entities(nlp: Language, name: str):
    return EntityMerger()


class EntityMerger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.cg_entities = []
        return doc


def entity_at(doc: Doc, start_char: int, end_char: int) -> Entity | None:
    """The entity with a mention overlapping [start_char, end_char), or None."""
    for entity in doc._.cg_entities or []:
        for start, end in entity.mentions:
            if start < end_char and start_char < end:
                return entity
    return None
