"""Placeholder for the claimgraph_quantities component: adds an empty list until implemented."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("claimgraph_quantities")
def make_quantities(nlp: Language, name: str):
    return _Placeholder()


class _Placeholder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = []
        return doc
