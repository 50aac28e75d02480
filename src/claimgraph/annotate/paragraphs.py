"""claimgraph_paragraphs: a sentence never runs across a line break.

Scraped text puts headlines, captions and datelines on their own lines with no final stop; the
parser would join them to the next paragraph's first sentence and misread both. Marking the token
after a newline as a sentence start (the parser keeps preset boundaries) prevents that.

The other way round, a rank or title abbreviation ("Cmdr.", "Supt.", kept one token by
tokenizer.py) ends no sentence: the name after it is marked as no sentence start, or the parser cuts
"Navy spokesman Cmdr. | Tim Hawkins said" in two and the quote before it loses its speaker.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .tokenizer import TITLE_ABBREVIATIONS

# Ranks and titles written abbreviated before a name ("cmdr.").
_TITLES = frozenset(title.lower() for title in TITLE_ABBREVIATIONS)


@Language.component("claimgraph_paragraphs")
def split_at_line_breaks(doc: Doc) -> Doc:
    for token in doc[:-1]:
        following = doc[token.i + 1]
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            if not following.is_space:
                following.is_sent_start = True
        elif token.text.endswith(".") and token.lower_ in _TITLES and following.is_title:
            following.is_sent_start = False  # "Cmdr. Tim Hawkins"
    return doc
