"""Placeholder for the claimgraph_places component: adds an empty list until implemented."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("claimgraph_places")
def make_places(nlp: Language, name: str):
    return _Placeholder()


class _Placeholder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.places = []
        return doc
