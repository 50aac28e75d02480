"""Placeholder for the claimgraph_times component: adds an empty list until implemented."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("claimgraph_times")
def make_times(nlp: Language, name: str):
    return _Placeholder()


class _Placeholder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.times = []
        return doc
