"""claimgraph_paragraphs: a sentence never runs across a line break.

Scraped text puts headlines, captions and datelines on their own lines with no final stop; the
parser would join them to the next paragraph's first sentence and misread both. Marking the token
after a newline as a sentence start (the parser keeps preset boundaries) prevents that.

The other way round, a rank or title abbreviation ("Cmdr.", "Supt.", kept one token by
tokenizer.py) ends no sentence: the name after it is marked as no sentence start, or the parser cuts
"Navy spokesman Cmdr. | Tim Hawkins said" in two and the quote before it loses its speaker. And
a figure's scale letter that the tokenizer kept with the full stop ("€60m.") does end its sentence.
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
        elif token.text == ")" and token.i > 0 and doc[token.i - 1].lower_ in ("ret.", "retd.") and following.is_title:
            following.is_sent_start = False  # "Lt. Gen. (ret.) Erik Solberg"
        elif token.lower_ in _SCALE_WITH_STOP and token.i > 0 and doc[token.i - 1].text[-1:].isdigit() and (
            following.is_title or following.is_quote
        ):
            following.is_sent_start = True  # "an offer worth €60m. Owusu denied …": the stop ends the sentence
    return doc


# A scale letter the tokenizer kept with the full stop after a figure ("£3.5m.", "$2bn.").
_SCALE_WITH_STOP = frozenset({"m.", "bn.", "k.", "b.", "mn.", "tn."})
