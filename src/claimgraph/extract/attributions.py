"""Placeholder for the claimgraph_attributions component: adds an empty list until implemented."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("claimgraph_attributions")
def make_attributions(nlp: Language, name: str):
    return _Placeholder()


class _Placeholder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = []
        return doc
