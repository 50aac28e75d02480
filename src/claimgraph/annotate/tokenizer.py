"""Split quotation marks glued to words, as scraped and machine-translated text often has them.

spaCy's English tokenizer splits a quotation mark only at a token's edges, so `said,“Listen` or
`the word“stop”here` stay one token: the cue verb is lost, the quotation never opens, and the whole
attribution goes missing. Adding infix patterns to the model's own tokenizer fixes this without
touching the text, so every character offset still points into the source.

Only unambiguous marks split inside a word: curly and straight double quotes and guillemets. Single
curly quotes stay as they are, since scraped text uses them as apostrophes ("shouldn‘t").
"""

from __future__ import annotations

import re

from spacy.language import Language

_DOUBLE_QUOTES = "“”„\"«»"

GLUED_QUOTE_INFIXES = (
    # a double quote between two word characters or after closing punctuation: word“stop”here, said,“Yes
    rf"(?<=[\w.,:;!?])[{_DOUBLE_QUOTES}](?=\w)",
    rf"(?<=\w)[{_DOUBLE_QUOTES}](?=[\w,.;:!?])",
    # the comma or colon that introduces a glued quotation: said,“ / said:“
    rf"(?<=\w)[,:;](?=[{_DOUBLE_QUOTES}])",
)
# A percentage range written without spaces, "4.25%-4.5%", which the model's tokenizer keeps as
# "4.25%-4.5" and "%": split at the first sign and the dash so both numbers read as percentages.
PERCENT_RANGE_INFIXES = (r"(?<=\d)%(?=[-–—]\d)", r"(?<=\d%)[-–—](?=\d)")
# The same for money with a scale letter, "£150m-£200m" and "$2bn-3bn", kept as "150m-£200" and "m".
MONEY_RANGE_INFIXES = (
    r"(?<=\d)(?:bn|[mkb])(?=[-–—][£$€]?\d)",  # the scale letter of the first figure, a word of its own
    r"(?<=\d[mkb])[-–—](?=[£$€]?\d)", r"(?<=\dbn)[-–—](?=[£$€]?\d)", r"(?<=[mkn][-–—])[£$€](?=\d)",
)
# A press release's dateline glued to its wire and first word, "NEW YORK--(BUSINESS WIRE)--Acme Inc.":
# the model's tokenizer kept "YORK--(BUSINESS" and "WIRE)--Acme" whole, so the city and the company
# were lost in one nonsense name.
PRESS_WIRE_INFIXES = (r"(?<=\w)--(?=\()", r"(?<=--)\((?=[A-Z])", r"(?<=[A-Z])\)(?=--)", r"(?<=\))--(?=\w)")


# Ranks and titles news abbreviates before a name that the model's tokenizer splits at the full stop
# ("Brig. Gen. Osman Khalifa" became "Brig" "." and a sentence break, giving the quote to the
# speaker before): kept whole, like the "Gen." and "Adm." it already knows.
TITLE_ABBREVIATIONS = (
    "Brig.", "Lt.", "Col.", "Sgt.", "Maj.", "Cmdr.", "Capt.", "Cpl.", "Pvt.", "Gen.", "Adm.", "Supt.",
    "Insp.", "Det.", "Amb.", "Atty.", "Sec.", "Gov.", "Sen.", "Rep.", "Lt.-Gen.", "Maj.-Gen.",
    "Cdr.", "Const.", "Prof.", "Dr.", "Rev.", "Hon.", "Fr.", "Pres.", "Lieut.", "Mme.", "Mlle.",
    "ret.", "Ret.", "retd.", "Retd.",  # "Lt. Gen. (ret.) Erik Solberg"
    "No.", "Nos.",  # "world No. 9 Alex de Minaur": a rank's number, not a sentence's end
)  # fmt: skip


def keep_title_abbreviations(nlp: Language) -> None:
    """Make each of ``TITLE_ABBREVIATIONS`` one token (idempotent)."""
    for title in TITLE_ABBREVIATIONS:
        if len(nlp.tokenizer(title)) > 1:
            nlp.tokenizer.add_special_case(title, [{"ORTH": title}])


def split_glued_quotes(nlp: Language) -> None:
    """Add the glued-quote infixes to ``nlp``'s tokenizer, keeping the model's own (idempotent)."""
    extra = "|".join(GLUED_QUOTE_INFIXES + PERCENT_RANGE_INFIXES + MONEY_RANGE_INFIXES + PRESS_WIRE_INFIXES)
    current = nlp.tokenizer.infix_finditer
    pattern = current.__self__.pattern if current is not None else ""
    if extra in pattern:
        return
    nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{extra}" if pattern else extra).finditer
