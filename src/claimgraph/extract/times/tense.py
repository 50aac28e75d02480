"""Which way from the publication date an underspecified time points: past, future or unknown.

"said Thursday" is the Thursday before publication, "will discuss ... next week" and "as early as
Sunday" are after it. We read the tense of the verb that governs the time expression (spaCy's
dependency parse, tags and auxiliaries) and a few cue words just before it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .lexicon import WEEKDAYS

PAST, UNKNOWN, FUTURE = -1, 0, 1
# Present tense: points ahead for a weekday ("meets Friday") but is too weak a cue for a month or a
# date, which news also names in the present when it is past ("the June 3 floods are ...").
PRESENT = 2

_FUTURE_AUX = {"will", "'ll", "shall", "wo", "'d", "would"}
_MODALS = {"should", "may", "might", "can", "must", "ought", "ca"}  # "could" is as often past ability
_HAVE = {"have", "'ve", "has", "had"}
# Present-tense reporting verbs ("says Thursday") speak about the past, not a coming event.
_REPORTING = {"say", "tell", "report", "announce", "claim", "confirm", "insist", "add", "note", "state"}
# Words just before the expression that settle its direction whatever the verb's tense.
_PAST_CUES = {"since", "ago"}
# Verbs whose object happens later: "planned a march on Saturday".
_SCHEDULING = {"plan", "schedule", "slate", "expect"}
# Verbs of saying what will happen: their object's time lies ahead, but a time right after the verb
# dates the saying ("Cuba predicted Wednesday that …").
_FORECASTING = {"predict", "forecast", "project", "anticipate"}
# Verbs and adjectives whose infinitive complement lies ahead: "expected to meet Sunday".
_AHEAD = {
    "expect", "plan", "schedule", "set", "intend", "aim", "hope", "want", "agree", "promise", "prepare",
    "threaten", "vow", "due", "go", "likely", "poise", "slate", "seek", "try", "need", "decide", "propose",
    "pledge", "order", "call", "urge", "ask", "able", "ready", "about", "wish", "offer", "push",
    "certain", "sure", "bound", "unlikely", "eager", "keen", "determined",
}  # fmt: skip
_DEADLINE_CUES = {"until", "till", "by", "effective"}  # "delayed until Monday", "effective Jan. 1"
# Verbs that move an end point later: what they move it to lies ahead ("extended the loans through January").
_EXTENDING = {"extend", "postpone", "delay", "defer", "prolong", "adjourn", "reschedule", "push"}
_EXTENDED_TO = {"until", "till", "through", "to", "into"}
_FUTURE_CUES = {"starting", "beginning", "from", "through"}


def direction(doc: Doc, start: int, end: int) -> int:
    """PAST, FUTURE or UNKNOWN for the time expression at characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return UNKNOWN
    before = [t.lower_ for t in doc[max(span.start - 5, span.sent.start) : span.start]]
    before = [w for w in before if w not in ("at", "least", "most")] or before  # "until at least October"
    if before and before[-1] in _PAST_CUES:
        return PAST
    if before[-3:] in (["as", "early", "as"], ["as", "soon", "as"]):
        return FUTURE
    if _compared_with_earlier(before):
        return PAST  # "down from 30 on Friday", "up from 25 reported on Monday": the earlier figure
    if before[-2:] == ["ahead", "of"] or before[-3:-1] == ["ahead", "of"]:
        return FUTURE  # "ahead of the November election"
    if before[-4:-2] == ["ahead", "of"] and before[-1] in ("in", "on"):
        return FUTURE  # "remanded in custody ahead of sentencing in February"
    if _after_past_reporting_verb(doc, span.start):
        return PAST  # "said on Monday it is recalling ...": the day of the saying, whatever follows
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        # "Friday's vote", "Monday's verdict": news speaks of what happened, unless the verb looks
        # ahead ("will make changes before Tuesday's trip")
        verb = governing_verb(span.root)
        ahead = bool(before) and before[-1] in ("before", "until", "ahead")
        # "could follow before Monday's deadline": before a day, "could" looks ahead too
        could = verb is not None and any(c.lower_ == "could" and c.dep_ == "aux" for c in verb.children)
        if ahead and verb is not None and (could or verb_direction(verb) == FUTURE):
            return FUTURE
        # "Friday's final will be shown live": "will" on the verb the day's noun hangs on looks ahead
        shall = verb is not None and any(c.lower_ in ("will", "'ll", "shall") and c.dep_ == "aux" for c in verb.children)
        return FUTURE if shall else PAST
    verb = governing_verb(span.root)
    if verb is not None and _across_a_quotation_mark(doc, span, verb):
        verb = None  # a misparse: a time outside a quotation is not told by a verb inside it, or back
    if verb is None:
        return FUTURE if before and before[-1] in _FUTURE_CUES | _DEADLINE_CUES else UNKNOWN
    pluperfect = any(_past_perfect(v) for v in (verb, *verb.ancestors))  # "had ruled that … and set Friday as the deadline"
    if verb.lemma_.lower() == "set" and span.start > verb.i and not pluperfect and (
        span.root.dep_ in ("dobj", "npadvmod") or (before and before[-1] == "for")
    ):
        return FUTURE  # "set June 15 as the start date", "the trial was set for June": a date fixed ahead
    if verb.lemma_.lower() in _SCHEDULING and span.start > verb.i:
        # "planned a march on Saturday", "has scheduled a hearing Monday"; a time before the verb
        # dates the planning itself ("On Friday, the ministry planned to ...")
        return FUTURE
    if verb.lemma_.lower() in _FORECASTING and any(c.dep_ == "dobj" and c.i < span.start for c in verb.children):
        return FUTURE  # "predicted a cut in December"
    if verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "acomp" and c.lower_ == "due" for c in verb.children):
        return FUTURE  # "the next round is due in the spring" (but "was due in March" is past)
    found = verb_direction(verb)
    if found == PRESENT and _in_caption(doc, span):
        return PAST  # "Photo: Nurses celebrate outside the hospital on Thursday": a caption's present is past
    if before and before[-1] in _EXTENDED_TO and verb.lemma_.lower() in _EXTENDING:
        return FUTURE
    finite_past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children))
    if before and before[-1] == "by" and found == PAST and finite_past and span.root.dep_ not in ("amod", "compound"):
        return PAST  # "prices rose by Tuesday", "was seized by 0300 GMT": a deadline already met
    if before and before[-1] in _DEADLINE_CUES and not _past_perfect(verb):
        return FUTURE  # "by Friday", "until Tuesday", unless told in the past perfect ("until Monday, nobody had...")
    if found == UNKNOWN and before and before[-1] in _FUTURE_CUES:
        return FUTURE
    return found


# A photo caption: a line that opens with its label or closes with the picture's credit.
_CAPTION = re.compile(
    r"^\s*[(\[]?\s*(?:photo|picture|pictured|caption|image|file photo|top photo|above|photo caption)\s*[:—–-]"
    r"|\((?:[A-Z][\w .&-]{0,30}\s*/\s*[A-Z][\w .-]{0,40}|(?:AP|AFP|Reuters|EPA|Getty)(?:\s+Photo)?[^)]{0,40})\)\s*$"
    r"|\b(?:REUTERS|Reuters|AFP|EPA|AP Photo)\s*/\s*[A-Z][\w .-]{0,40}$",  # "… on Tuesday. REUTERS/Alice Wong"
    re.IGNORECASE,
)


def _in_caption(doc: Doc, span: Span) -> bool:
    text = doc.text
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return bool(_CAPTION.search(text[start : len(text) if end == -1 else end]))


_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "`", "''", "«", "»"})  # "``" may come as two tokens


def _compared_with_earlier(before: list[str]) -> bool:
    """"down from 30 on Friday", "up from 25": the figure compared with is an earlier one."""
    if "from" not in before:
        return False
    at = before.index("from")
    return at > 0 and before[at - 1] in ("up", "down")


def _after_past_reporting_verb(doc: Doc, start: int) -> bool:
    i = start - 1
    if i > 0 and doc[i].lower_ == "on":
        i -= 1
    return i >= 0 and doc[i].tag_ == "VBD" and doc[i].lemma_.lower() in _REPORTING


def _across_a_quotation_mark(doc: Doc, span: Span, verb: Token) -> bool:
    """Whether a quotation mark stands between the expression and its verb (a transcript header,
    "Ortega on Thursday “Setting aside the figures in this memo, the story is wrong.”", hangs
    "Thursday" on the quoted "is")."""
    low, high = (verb.i + 1, span.start) if verb.i < span.start else (span.end, verb.i)
    return any(t.text in _QUOTE_MARKS for t in doc[low:high])


def governing_verb(token: Token) -> Token | None:
    """The nearest verb above the token that carries tense (finite, or an infinitive with "to")."""
    seen = 0
    while seen < 8:
        if token.pos_ in ("VERB", "AUX") and _has_tense(token):
            return token
        if token.head is token:
            return None
        token = token.head
        seen += 1
    return None


def _has_tense(verb: Token) -> bool:
    if verb.tag_ in ("VBD", "VBZ", "VBP", "MD"):
        return True
    if verb.tag_ == "VBN":
        return True  # a participle clause: "the verdict, handed down Monday"
    return any(child.dep_ in ("aux", "auxpass") for child in verb.children)


def _past_perfect(verb: Token) -> bool:
    return any(c.lower_ in ("had", "'d") and c.dep_ in ("aux", "auxpass") for c in verb.children)


def _infinitive_direction(verb: Token, depth: int = 0) -> int:
    """An infinitive points ahead of a verb of planning ("plans to meet Sunday"); otherwise it takes
    the direction of the verb above it ("is thought to date from ... May 2")."""
    head = verb.head
    if head is verb or depth > _MAX_CLIMB:  # a misparse can chain infinitives in a loop
        return UNKNOWN
    if head.lemma_.lower() in _AHEAD:
        # "had been due to open Monday" is over: the perfect sits on the copula above "due"
        copula = head.head if head.dep_ in ("acomp", "attr") else head
        return PAST if _past_perfect(head) or _past_perfect(copula) else FUTURE
    above = governing_verb(head)
    return verb_direction(above, depth + 1) if above is not None and above is not verb else UNKNOWN


_MAX_CLIMB = 8


def verb_direction(verb: Token, depth: int = 0) -> int:
    """The direction the verb's tense implies: will/modals → future, past tense or perfect → past,
    present (other than reporting verbs) or an infinitive → future."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX:
        return PAST if words & _HAVE else FUTURE
    if words & _MODALS:
        return PAST if words & _HAVE else FUTURE
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return PAST
    if verb.tag_ == "VBN" and not auxes:
        return PAST
    if words & _HAVE:
        return PAST
    if "to" in words:
        return _infinitive_direction(verb, depth)
    if verb.tag_ == "VBP" and not auxes and _singular_subject(verb):
        return PAST  # "Weakness hurt the index Friday": "hurt" with a singular subject is past
    if verb.tag_ == "VBP" and not auxes and verb.lower_ in _SAME_FORM_PAST and _dated_by_a_day(verb):
        return PAST  # "Protests spread in Tbilisi on Monday": a day's news, told in the past
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        if verb.lemma_ in _REPORTING:
            return UNKNOWN
        return PRESENT
    return UNKNOWN


# Verbs whose past is their present ("spread", "hit", "cut"): with a weekday, news means the past.
_SAME_FORM_PAST = frozenset("spread hit cut put set hurt shut split burst cast cost quit bet let".split())


def _dated_by_a_day(verb: Token) -> bool:
    return any(t.ent_type_ == "DATE" and t.lower_ in WEEKDAYS for t in verb.subtree)


def _singular_subject(verb: Token) -> bool:
    """Whether the verb's subject is a singular noun or "he/she/it": then a plain verb form ("hurt",
    "cut", "set") cannot be the present tense (that would be "hurts"), so the tagger's VBP is a past."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if any(c.dep_ == "conj" for c in child.children):
                return False  # "He and Arafat meet Monday"
            return child.tag_ in ("NN", "NNP") or child.lower_ in ("he", "she", "it")
    return False


_DAY_PARTS = {"morning", "afternoon", "evening", "night", "weekend"}


def told_firmly(doc: Doc, start: int, end: int) -> bool:
    """Whether the expression hangs, by "in" or "by", straight on a finite verb that says its tense
    itself ("the outbreak began in December", "will take effect in October"): then the tense holds
    even for a month next to publication. A noun between ("a pay rise in September"), a participle
    ("a fair planned for April") or an infinitive ("voted to sell the depot in January") leaves it open.
    "Between" and "from" open a run of months that hangs on its verb the same way, and "on" a day
    ("the film, which opened on Jan. 9", in December)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    prep = span.root.head
    part = prep.head if prep.lower_ == "of" and span.root.dep_ == "pobj" else None
    if part is not None and part.lower_ in _DAY_PARTS and part.dep_ == "pobj" and part.head.lower_ == "on":
        prep = part.head  # "fell on the evening of 2 January": the day hangs on the verb through its part
    # "killed 300 people between January and September", "ran from January to March"
    elif span.root.dep_ != "pobj" or prep.lower_ not in ("in", "by", "on", "between", "from") or prep.i != span.start - 1 - (doc[span.start - 1].lower_ == "the"):
        return False
    verb = prep.head
    if prep.lower_ in ("between", "from") and verb.dep_ == "dobj":
        verb = verb.head  # "killed 140 herders between January and September": the run dates the killing
    if verb.pos_ not in ("VERB", "AUX") or prep.dep_ not in ("prep", "agent"):
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" or bool(words & {"will", "'ll", "was", "were", "had"})  # "had waited … in January"

