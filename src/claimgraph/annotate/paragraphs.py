"""claimgraph_paragraphs: a sentence never runs across a line break.

Scraped text puts headlines, captions and datelines on their own lines with no final stop; the
parser would join them to the next paragraph's first sentence and misread both. Marking the token
after a newline as a sentence start (the parser keeps preset boundaries) prevents that.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("claimgraph_paragraphs")
def split_at_line_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            following = doc[token.i + 1]
            if not following.is_space:
                following.is_sent_start = True
    return doc
