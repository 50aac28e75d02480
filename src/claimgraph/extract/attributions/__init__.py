"""claimgraph_attributions: who said what, when — one ``Claim`` per attribution, on ``doc._.claims``.

The rules (``rules.py``) read spaCy's dependency parse around cue words (a lexicon of reporting
verbs with their stance, ``lexicon.py``) and quotations found by pairing quote marks
(``quotes.py``). This module selects among what they find, adds quotations that continue an earlier
speaker's quote, links claims inside other claims' content (``nested_in``), names the speakers
(``speakers.py``) and finds when each thing was said (``stated``, from ``doc._.times``).

Design choices:
- A speaker made of several names ("Both Chile and Peru deny ...") is one claim whose
  ``speaker.name`` joins the names with "; " ("North Korea; Russia") and whose ``entity`` is None.
- A quotation without a cue that follows a claim in its paragraph (opening a sentence or clause,
  or eight words or more), or that opens the next paragraph, is a claim of its own with
  ``speaker.how == "continuation"``: the speaker (text, span, name, entity) is the earlier claim's,
  and ``cue`` is None. (PolNeAR annotates such a quote as part of the earlier attribution, with a
  discontinuous content; to compare, join a continuation to the claim whose speaker span it shares.)
- A verb of thinking inside another claim's content ("I think" in a quotation) is part of that
  content, not a claim; a reporting verb there ("They said things like, ‘the Kremlin told us…’")
  is a nested claim. Inside a quotation whose speaker was not found the same holds, and a first-
  or second-person speaker there ("I said", "you know") is part of the quotation too.
- "seem" and "appear" make a hedged claim without a speaker ("the deal seems unlikely"), whose
  content is the subject with its complement.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ...records import Claim, Cue, Stated, TextSpan
from ..times import in_dateline, parse_published, reanchor_quoted
from .lexicon import COGNITION, CUES, FIRST_PERSON
from .quotes import Quote, QuoteIndex, find_quotes, paragraph_starts
from .rules import Candidate, CharSpan, RuleFinder, lemma_of, only_a_time
from .speakers import Resolved, SpeakerResolver, speaker_record

__all__ = ["AttributionExtractor", "extract_claims"]

# A "said" whose content calls the thing false is a denial ("said the reports were “baseless rumors”").
_DENIAL = re.compile(
    r"\b(baseless|groundless|unfounded|untrue|not true|false|fabricat\w*|fake news|nonsense|no truth|"
    r"lies|a lie|rumou?rs?)\b",
    re.IGNORECASE,
)
# How much two contents must share to be one attribution found twice.
_SAME_CONTENT = 0.7
# A hedge's content against its named claim's: "X reportedly did Y, Z said" (the hedge's content
# starts at the subject, the claim's too; "The shelf is believed to be …" drops only the cue words).
_HEDGE_SAME_CONTENT = 0.6
# Rules in order of trust, for when two find the same content.
_RULE_RANK = {"headline_tail": -1, "ccomp": 0, "quote": 0, "colon": 1, "dash": 1, "according": 1, "xcomp": 2, "dobj": 2,
              "noun": 2, "trailing": 2, "passive": 3, "hedge": 4, "continuation": 5}
_TIME_LABELS = ("DATE", "TIME")
_NOBODY = frozenset({"nobody", "no", "everyone", "everybody", "someone", "somebody", "anyone", "anybody"})
_FIRST_AND_SECOND = FIRST_PERSON | {"you"}
_STATED_DEPS = ("npadvmod", "prep", "advmod", "tmod", "obl", "nmod", "advcl")
# Verbs of denying and confirming that make a claim of their own inside another's content: "the
# ministry denied that ..., a spokesman said" reports a denial a fact-checker needs apart. (Not
# "refused to drop the gun" or "opposes the deal": acts and positions, not statements.)
_KEPT_INSIDE = frozenset({"deny", "confirm", "dispute", "refute", "rebut", "acknowledge", "admit", "contradict"})
_NOT_WHEN_SAID = frozenset({"until", "till", "through", "by", "since", "before", "from"})
# Words opening a phrase that compares with another time: "up from 31 a week earlier", "versus a profit a year ago".
_COMPARED_WITH = frozenset({"up", "down", "versus", "vs", "vs.", "compared", "against", "from"})
# Clauses whose time is a condition's, not the speech act's: "Unless it snows next winter, I'd expect ...".
_CONDITIONS = frozenset({"if", "unless", "whether"})
_ON = re.compile(r"(?:on\s+)?", re.IGNORECASE)
_AFTER_OPENING_TIME = re.compile(r"[\s,]*(?:that\s+)?")


@Language.factory("claimgraph_attributions")
def make_attributions(nlp: Language, name: str) -> AttributionExtractor:
    return AttributionExtractor()


class AttributionExtractor:
    """The spaCy component: sets ``doc._.claims``."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = extract_claims(doc)
        return doc


def extract_claims(doc: Doc) -> list[Claim]:
    """The attributions of a parsed Doc as claimgraph/1 ``Claim`` records, in text order."""
    text = doc.text  # spaCy builds it from the tokens on every access: once here, then quotes.text
    quotes = QuoteIndex(text, find_quotes(text))
    finder = RuleFinder(doc, quotes)
    # a content without a word is no claim ("asked to call 101")
    # (a figure put on something is one: "put the death toll at 31")
    found = [
        c for c in finder.candidates()
        if any(ch.isalpha() for ch in text[c.content[0] : c.content[1]]) or (c.cue_lemma == "put" and any(ch.isdigit() for ch in text[c.content[0] : c.content[1]]))
    ]
    selected = _drop_nested_thoughts(_select(found), quotes)
    selected = _drop_nested_thoughts(selected + _continuations(text, quotes, selected), quotes)
    selected = sorted(selected + _introduced_quotes(doc, quotes, selected), key=lambda c: (c.content[0], c.content[1]))
    for candidate in selected:
        _keep_inside_its_quotation(quotes, candidate)
    claims = _build_claims(doc, quotes, selected, _nest(selected))
    _date_quotations_from_when_said(doc, text, claims)
    return claims


_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _date_quotations_from_when_said(doc: Doc, text: str, claims: list[Claim]) -> None:
    """A direct quotation said on another day than the publication's: its "tonight" and "tomorrow"
    count from that day (the times stage, which runs first, counted them from publication)."""
    published = parse_published(doc._.published)
    if published is None:
        return
    starts = {time.span: i for i, time in enumerate(doc._.times or [])}
    quoted = []
    for claim in claims:
        stated = claim.stated
        if claim.kind != "direct" or stated is None or not stated.value or not _DAY.match(stated.value):
            continue
        day = date.fromisoformat(stated.value[:10])
        if day != published and tuple(stated.span) in starts:
            quoted.append((*claim.content.span, day, starts[tuple(stated.span)]))
    if quoted:
        reanchor_quoted(doc, text, quoted)


def _keep_inside_its_quotation(quotes: QuoteIndex, candidate: Candidate) -> None:
    """A claim whose cue stands inside a quotation ("... now they're telling workers there's no
    money,' Belden said") says nothing past the quotation's closing mark."""
    if candidate.cue is None:
        return
    quote = quotes.innermost(candidate.cue[0])
    if quote is not None and quote.closed and candidate.content[0] < quote.end < candidate.content[1]:
        end = quote.end - 1  # before the closing mark
        while end > candidate.content[0] and not quotes.text[end - 1].isalnum():
            end -= 1
        if end > candidate.content[0]:
            candidate.content = (candidate.content[0], end)


# --- selection ----------------------------------------------------------------------------------


def _overlap(a: CharSpan, b: CharSpan) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _jaccard(a: CharSpan, b: CharSpan) -> float:
    shared = _overlap(a, b)
    union = (a[1] - a[0]) + (b[1] - b[0]) - shared
    return shared / union if union else 0.0


def _inside(span: CharSpan | None, outer: CharSpan) -> bool:
    return span is not None and outer[0] <= span[0] and span[1] <= outer[1]


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Keep one candidate per attribution: when two share most of their content and neither is
    inside the other's content, the more trusted rule (then the one with a speaker) wins."""
    candidates.sort(key=lambda c: (_RULE_RANK.get(c.rule, 9), c.speaker is None, c.content[0]))
    kept: list[Candidate] = []
    by_start: list[tuple[int, int]] = []  # (content start, index in kept), sorted
    for candidate in candidates:
        if candidate.cue is not None and any(candidate.cue == other.cue for other in _near(kept, by_start, candidate)):
            continue  # one cue, one attribution
        named = _named_claim_hedged_by(candidate, _near(kept, by_start, candidate))
        if named is not None:
            named.hedged = True
            continue
        duplicate = any(
            _jaccard(candidate.content, other.content) >= _SAME_CONTENT
            and not _inside(candidate.cue, other.content)
            and not _inside(other.cue, candidate.content)
            for other in _near(kept, by_start, candidate)
        )
        if duplicate:
            continue
        bisect.insort(by_start, (candidate.content[0], len(kept)))
        kept.append(candidate)
    kept.sort(key=lambda c: (c.content[0], c.content[1]))
    return kept


def _named_claim_hedged_by(candidate: Candidate, kept: list[Candidate]) -> Candidate | None:
    """"The shelf reportedly lost 40 tonnes, researchers said", "X is believed to Y, according to a
    study": a hedge without a speaker inside a named source's claim of the same content is that
    claim's hedge, not a second claim."""
    if candidate.speaker is not None or not candidate.hedged or candidate.cue is None:
        return None
    for other in kept:
        if other.speaker is not None and _inside(candidate.cue, other.content):
            if _jaccard(candidate.content, other.content) >= _HEDGE_SAME_CONTENT:
                return other  # the same statement, not a hedged clause inside a longer one
    return None


def _near(kept: list[Candidate], by_start: list[tuple[int, int]], candidate: Candidate, reach: int = 12) -> list[Candidate]:
    """Kept candidates whose content starts near this one's (a bounded look-around keeps it linear)."""
    index = bisect.bisect_left(by_start, (candidate.content[0], -1))
    window = by_start[max(0, index - reach) : index + reach]
    return [kept[i] for _, i in window]


def _nest(claims: list[Candidate]) -> list[int | None]:
    """For each claim, the index of the innermost other claim whose content holds its cue."""
    parents: list[int | None] = []
    starts = [c.content[0] for c in claims]
    for index, claim in enumerate(claims):
        parent = None
        anchor = claim.cue or claim.content
        position = bisect.bisect_right(starts, anchor[0]) - 1
        for other in range(position, max(-1, position - 24), -1):
            if other != index and _inside(anchor, claims[other].content) and claims[other].content != claim.content:
                if parent is None or claims[other].content[0] > claims[parent].content[0]:
                    parent = other
        parents.append(parent)
    for index, parent in enumerate(parents):  # two claims each inside the other: the wider one is outer
        if parent is not None and parents[parent] == index:
            inner, outer = sorted((index, parent), key=lambda i: claims[i].content[1] - claims[i].content[0])
            parents[outer] = None
    return parents


def _drop_nested_thoughts(claims: list[Candidate], quotes: QuoteIndex) -> list[Candidate]:
    """Inside another claim's content only reporting verbs that can introduce a quotation make a
    claim ("the Kremlin told us"); "I think", "wants to", "discuss" there are part of the content.
    Inside a quotation whose speaker was not found, the same holds, and "I said" or "you know"
    is part of the quotation too."""
    claims.sort(key=lambda c: (c.content[0], c.content[1]))
    keep = []
    for claim, parent in zip(claims, _nest(claims)):
        quoted = parent is None and claim.cue is not None and quotes.innermost(claim.cue[0]) is not None
        if (parent is not None or quoted) and claim.cue_token is not None:
            lemma = claim.cue_lemma.split()[0]
            denial = parent is not None and lemma in _KEPT_INSIDE and not claim.negated
            if not denial and (lemma in COGNITION or "q" not in CUES.get(lemma, ("", ""))[1]):
                continue
        if quoted and claim.speaker_head is not None and claim.speaker_head.lower_ in _FIRST_AND_SECOND | _NOBODY:
            continue  # "“Nobody asked what happened to the patients”": the quotation's words, not a claim
        if (parent is not None or quoted) and claim.rule in ("hedge", "according", "adjective"):
            continue
        if parent is not None and claim.rule == "passive" and claim.speaker is None and claim.negated:
            continue  # "said Russia had not been asked to comment": no one's words inside the report
        refusal = claims[parent] if parent is not None else None
        if refusal is not None and refusal.cue_lemma in ("refuse", "decline") and claim.cue_token is not None and (
            claim.cue_token.dep_ == "xcomp" and claim.cue_token.head == refusal.cue_token
        ):
            continue  # "refused to confirm that …": the refusal already says what was not confirmed
        keep.append(claim)
    return keep


# --- continuation quotes ------------------------------------------------------------------------


def _continuations(text: str, quotes: QuoteIndex, claims: list[Candidate]) -> list[Candidate]:
    """Quotations no claim covers that follow a claim in the same paragraph or open the next one:
    the same speaker goes on. Each new candidate points to the claim it continues."""
    paragraphs = paragraph_starts(text)
    ordered = sorted(claims, key=_claim_end)
    ends = [_claim_end(c) for c in ordered]
    # a claim whose cue stands inside a quotation, by a pronoun, is what the quotation's speaker reports
    # ('"They told us the pill was safe"'): it leaves the quotation itself unattributed
    covered = sorted(c.content for c in claims if not _reported_inside_a_quotation(c, quotes))
    covered_starts = [s for s, _ in covered]
    found: list[Candidate] = []
    for quote in quotes.quotations:
        if _is_covered((quote.start, quote.end), covered, covered_starts):
            continue
        position = bisect.bisect_right(ends, quote.start) - 1
        words = len(text[quote.start : quote.end].split())
        split = position >= 0 and _second_half_of_a_split_quote(text, ordered[position], quote.start)
        short = words < 3 and not _whole_sentence(text, quote)  # "“Nobody comes.”" is a whole sentence
        if not split and (short or (words < 8 and not _starts_sentence(text, quote.start))):
            continue  # a quoted phrase inside a sentence ("called it “unfit”") continues nobody
        if position < 0:
            continue
        parent = ordered[position]
        if found and _claim_end(found[-1]) > _claim_end(parent) and _claim_end(found[-1]) <= quote.start:
            parent = found[-1]  # a chain of quote paragraphs: each continues the one before
        if parent.speaker is None or not _close_enough(text, paragraphs, _claim_end(parent), quote.start):
            continue
        parent = _named_claim_of(parent, ordered[:position]) or parent
        found.append(
            Candidate(
                cue=None,
                cue_lemma="",
                stance=parent.stance,
                content=(quote.start, quote.end),
                speaker=parent.speaker,
                speaker_head=parent.speaker_head,
                rule="continuation",
                antecedent=parent.antecedent,
                continues=parent.continues or parent,
            )
        )
    return found


def _reported_inside_a_quotation(claim: Candidate, quotes: QuoteIndex) -> bool:
    head = claim.speaker_head
    inside = claim.cue is not None and quotes.innermost(claim.cue[0]) is not None
    return inside and head is not None and head.pos_ == "PRON"


def _whole_sentence(text: str, quote: Quote) -> bool:
    """A quotation that opens a sentence with a capital and ends one inside its marks ("“Nobody comes.”")."""
    inner = text[quote.start + 1 : quote.end - 1 if quote.closed else quote.end].strip()
    return bool(inner) and inner[0].isupper() and inner[-1] in ".!?" and _starts_sentence(text, quote.start)


_SPLIT_QUOTE_END = re.compile(r"[,\u2014\u2013-]\s*[\"\u201d\u2019']$")


def _second_half_of_a_split_quote(text: str, parent: Candidate, start: int) -> bool:
    """ "“The plan,” she said, “is dead.”": the quotation goes on right after its cue and a comma,
    however short the rest (a lone quoted phrase elsewhere needs three words to continue anyone)."""
    end = _claim_end(parent)
    return (
        parent.cue is not None
        and _SPLIT_QUOTE_END.search(text, parent.content[0], parent.content[1]) is not None
        and text[end:start].strip() == ","
    )


def _introduced_quotes(doc: Doc, quotes: QuoteIndex, claims: list[Candidate]) -> list[Candidate]:
    """"Asked about the injury, Hartley was cautious. “Leon had a scan …”": a quotation no claim
    covers, opening the sentence right after one whose subject is a person (named or "he"/"she"),
    is that person's. The sentence before says nothing itself (else a cue would have made a claim)."""
    text = quotes.text
    covered = sorted(c.content for c in claims)
    covered_starts = [s for s, _ in covered]
    found = []
    for quote in quotes.quotations:
        if _is_covered((quote.start, quote.end), covered, covered_starts) or not quote.closed:
            continue
        if len(text[quote.start : quote.end].split()) < 3 or not _starts_sentence(text, quote.start):
            continue
        if text[quote.end - 2 : quote.end - 1] not in (".", "!", "?", "…"):
            continue  # a spoken sentence ends inside its marks; a title ("“The Morning Show,”") does not
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or not len(span) or span[0].sent.start == 0:
            continue
        before = doc[span[0].sent.start - 1].sent
        gap = text[before.end_char : quote.start]
        if gap.count("\n") > 2 or any(before.end_char <= c.content[0] < quote.start for c in claims):
            continue  # another paragraph further on, or a claim in between: nobody is introduced
        subject = next((t for t in before.root.children if t.dep_ == "nsubj"), None)
        if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")):
            continue
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        if subject.ent_type_ == "PERSON":  # the name alone, not "Asked about it, Hartley"
            start = next(t.idx for t in subject.subtree if t.ent_type_ == "PERSON")
        found.append(
            Candidate(cue=None, cue_lemma="", stance="assert", content=(quote.start, quote.end),
                      speaker=(start, end), speaker_head=subject, rule="introduced")
        )
    return found


def _named_claim_of(claim: Candidate, earlier: list[Candidate]) -> Candidate | None:
    """For a claim whose speaker is a relative pronoun ("…,” said Ms. Oduya, who added that …), the
    earlier claim whose speaker is the pronoun's antecedent: a quotation after both goes on from it."""
    if claim.antecedent is None:
        return None
    at = claim.antecedent.idx
    return next((c for c in reversed(earlier) if c.speaker and c.speaker[0] <= at < c.speaker[1]), None)


def _the_speaker_again(candidate: Candidate, outer: Candidate | None, outer_found: Resolved | None) -> bool:
    """"The Sudanese army said 40 fighters died in what it called precision strikes": "it" inside a
    report is the reporter when that one is a body or group named in the same sentence."""
    head = candidate.speaker_head
    if outer is None or outer_found is None or outer_found.name is None or head is None or outer.speaker_head is None:
        return False
    if head.lower_ not in ("it", "they") or outer_found.kind in ("person", "country") and outer_found.how != "nominal":
        return False
    return outer.speaker_head.sent == head.sent and outer.speaker_head.i < head.i


def _the_writer(doc: Doc, quotes: QuoteIndex, candidate: Candidate, found: Resolved | None, parent: int | None) -> bool:
    head = candidate.speaker_head
    return (
        doc._.author is not None
        and found is not None
        and found.name is None
        and parent is None
        and head is not None
        and head.lower_ in ("i", "me")
        and quotes.covering(head.idx) is None
    )


def _starts_sentence(text: str, pos: int) -> bool:
    """Whether a quotation opens a paragraph or follows the end of a sentence or clause."""
    before = text[max(0, pos - 200) : pos].rstrip(" \t")
    return not before or before[-1] in "\n.?!:,;\"”’'"


def _claim_end(claim: Candidate) -> int:
    """Where a claim's words end: after its content, cue or speaker, whichever comes last."""
    return max(claim.content[1], claim.cue[1] if claim.cue else 0, claim.speaker[1] if claim.speaker else 0)


def _is_covered(span: CharSpan, covered: list[CharSpan], starts: list[int]) -> bool:
    index = bisect.bisect_right(starts, span[0]) - 1
    for other in covered[max(0, index - 3) : index + 2]:
        if _overlap(span, other) > (span[1] - span[0]) // 2:
            return True
    return False


def _close_enough(text: str, paragraphs: list[int], end: int, start: int) -> bool:
    """The quotation follows the claim in its paragraph, or opens the next paragraph with nothing
    but the end of the claim's sentence in between."""
    first = bisect.bisect_right(paragraphs, max(0, end - 1)) - 1
    second = bisect.bisect_right(paragraphs, start) - 1
    if first == second:
        return True
    between = text[end:start]
    return "\n" in between and not between.strip(" \t\r\n.,;:”\"’'")


# --- records ------------------------------------------------------------------------------------


def _build_claims(doc: Doc, quotes: QuoteIndex, claims: list[Candidate], parents: list[int | None]) -> list[Claim]:
    text = quotes.text
    resolver = SpeakerResolver(doc, quotes)
    times = _TimeIndex(doc)
    ids = {id(c): f"c{n}" for n, c in enumerate(claims, start=1)}
    index_of = {id(c): i for i, c in enumerate(claims)}
    resolved: dict[int, Resolved | None] = {}

    # Speakers are resolved in the order they appear, so a pronoun finds the speakers before it.
    def speaker_position(i: int) -> int:
        candidate = claims[i]
        return candidate.speaker[0] if candidate.speaker else candidate.content[0]

    for i in sorted(range(len(claims)), key=speaker_position):
        candidate = claims[i]
        if candidate.continues is not None:
            continue
        if candidate.speaker_head is None:
            resolved[i] = None
            continue
        found = resolver.resolve(candidate.speaker_head, candidate.antecedent)
        resolved[i] = found
        resolver.remember(speaker_position(i), found)
    for i, candidate in enumerate(claims):  # "I" and "we" inside a quotation are its speaker
        found = resolved.get(i)
        parent = parents[i]
        head = candidate.speaker_head
        if found is not None and found.name is None and parent is not None and head is not None and head.lower_ in FIRST_PERSON:
            outer = resolved.get(parent)
            if outer is not None:
                resolved[i] = Resolved(outer.name, outer.entity, "pronoun", outer.kind)
        elif _the_speaker_again(candidate, claims[parent] if parent is not None else None, resolved.get(parent)):
            outer = resolved[parent]
            resolved[i] = Resolved(outer.name, outer.entity, "pronoun", outer.kind)
        elif _the_writer(doc, quotes, candidate, found, parent):  # "I" in a column's own words: its byline
            writer = next((e.id for e in doc._.cg_entities or [] if e.name == doc._.author), None)
            resolved[i] = Resolved(doc._.author, writer, "pronoun", "person")
    out = []
    stated_of: dict[int, Stated | None] = {}
    for i, candidate in enumerate(claims):
        if candidate.continues is not None:
            base = resolved.get(index_of.get(id(candidate.continues), -1))
            speaker_resolved = Resolved(base.name, base.entity, "continuation", base.kind) if base else None
        else:
            speaker_resolved = resolved.get(i)
        if candidate.speaker:
            candidate.speaker = _with_closing_bracket(text, *candidate.speaker)
        speaker_text = text[candidate.speaker[0] : candidate.speaker[1]] if candidate.speaker else None
        parent = parents[i]
        stated = times.stated(candidate)
        opening = times.opening_content(text, candidate) if stated is None else None
        if opening is not None:
            stated = Stated(text=opening[2], span=(opening[0], opening[1]), value=opening[3])
            candidate.content = (_AFTER_OPENING_TIME.match(text, opening[1]).end(), candidate.content[1])
        if stated is None and candidate.continues is not None:
            stated = stated_of.get(id(candidate.continues))  # a quotation that goes on was said when it began
        stated_of[id(candidate)] = stated
        out.append(
            Claim(
                id=ids[id(candidate)],
                kind=_kind(quotes, candidate),
                speaker=speaker_record(speaker_text, candidate.speaker, speaker_resolved),
                cue=_cue(text, candidate),
                content=TextSpan(text[candidate.content[0] : candidate.content[1]], candidate.content),
                stated=stated,
                hedged=candidate.hedged,
                nested_in=ids[id(claims[parent])] if parent is not None else None,
            )
        )
    return out


def _with_closing_bracket(text: str, start: int, end: int) -> CharSpan:
    """ "the General Administration of Customs (GAC)": the parser ends the name before its ")"."""
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        return start, end + 1
    return start, end


def _kind(quotes: QuoteIndex, candidate: Candidate) -> str:
    """direct, mixed or indirect, from how much of the content stands in quote marks; for a cue
    inside a quotation, the quotes inside that quotation count."""
    if candidate.verbatim:
        return "direct"
    level = quotes.innermost(candidate.cue[0]) if candidate.cue is not None else None
    share = quotes.quoted_share(*candidate.content, level)
    if share >= 0.95:
        return "direct"
    return "mixed" if share > 0 else "indirect"


def _cue(text: str, candidate: Candidate) -> Cue | None:
    if candidate.cue is None:
        return None
    stance = candidate.stance
    if stance == "assert" and _DENIAL.search(text, candidate.content[0], candidate.content[1]):
        stance = "deny"
    return Cue(
        text=text[candidate.cue[0] : candidate.cue[1]],
        span=candidate.cue,
        lemma=candidate.cue_lemma,
        stance=stance,
        negated=candidate.negated,
    )


class _TimeIndex:
    """Time expressions by position: the time stage's ``doc._.times``, else the model's DATE/TIME."""

    def __init__(self, doc: Doc) -> None:
        times = doc._.times or []
        if times:
            # a duration or a frequency is no moment of speaking ("fastest in six months")
            found = [(t.span[0], t.span[1], t.text, t.value) for t in times if t.type in _TIME_LABELS]
        else:
            found = [(e.start_char, e.end_char, e.text, None) for e in doc.ents if e.label_ in _TIME_LABELS]
        found.sort()
        self.found = found
        published = doc._.published
        # a time that begins after publication cannot date a past-tense saying ("predicted a cut in December")
        self.ahead = {
            t.span[0] for t in times if published is not None and t.start and t.start > str(published)[:10]
        }
        self.text = doc.text
        self.starts = [f[0] for f in found]

    def within(self, start: int, end: int) -> tuple[int, int, str, str | None] | None:
        index = bisect.bisect_left(self.starts, start)
        if index < len(self.found) and self.found[index][1] <= end:
            return self.found[index]
        return None

    def _word_before(self, position: int) -> str:
        words = self.text[max(0, position - 12) : position].split()
        return words[-1].lower() if words else ""

    def opening_content(self, text: str, candidate: Candidate) -> tuple[int, int, str, str | None] | None:
        """A time named right after the cue that the parser hung on the content ("said on Monday it
        is recalling ..."): the day of the saying, not part of what was said."""
        if candidate.cue is None or candidate.cue_token is None or candidate.cue_token.tag_ != "VBD":
            return None
        start = candidate.content[0]
        if not 0 <= start - candidate.cue[1] <= 2:
            return None
        lead = _ON.match(text, start)
        found = self.within(lead.end(), candidate.content[1])
        if found is None or found[0] != lead.end() or text.startswith(("'s", "’s"), found[1]):
            return None  # "praised Friday's march": the day belongs to what was praised
        rest = _AFTER_OPENING_TIME.match(text, found[1]).end()
        following = candidate.cue_token.doc.char_span(rest, rest + 1, alignment_mode="expand")
        if following is not None and len(following) and following[0].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None  # "said last month was the hottest June": the time is what the clause is about
        return found if len(text[rest : candidate.content[1]].split()) >= 3 else None

    def _time_of_act(self, act: Token, candidate: Candidate) -> Stated | None:
        """The time phrase that modifies another speech act's own verb, not what that act is about."""
        for child in act.children:
            if child.dep_ not in ("npadvmod", "prep", "tmod") or (child.dep_ == "prep" and child.lower_ in _NOT_WHEN_SAID):
                continue
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            if _overlap((start, end), candidate.content):
                continue
            found = self.within(start, end)
            if found is not None and found[0] in self.ahead and candidate.cue_token is not None and candidate.cue_token.tag_ == "VBD":
                continue  # "Asked about plans for new controls next month, Mao said …": no saying lies ahead
            if found is not None:
                return Stated(text=found[2], span=(found[0], found[1]), value=found[3])
        return None

    def stated(self, candidate: Candidate) -> Stated | None:
        """The time phrase that modifies the cue verb ("said on Monday"), outside content and speaker."""
        verb = candidate.cue_token
        if verb is None or not self.found:
            return None
        subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        dated = subject is not None and next(
            (c for c in subject.rights if c.dep_ == "prep" and only_a_time(c) and c.right_edge.i + 1 == verb.i), None
        )
        if dated:  # "Health officials on Thursday confirmed": the parser hung the day on the subject
            found = self.within(dated.idx, dated.right_edge.idx + len(dated.right_edge))
            if found is not None and not in_dateline(self.text, found[0], found[1]):
                return Stated(text=found[2], span=(found[0], found[1]), value=found[3])
        for child in verb.children:
            if child.dep_ not in _STATED_DEPS:
                continue
            if child.left_edge.lower_ in _COMPARED_WITH:
                continue  # "confirmed 47 cases, up from 31 a week earlier": the time compared with
            if child.dep_ == "advcl" and child.i > verb.i and lemma_of(child) in CUES:
                continue  # "told a conference, adding that ... on Monday": the next speech act's time
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in child.children):
                continue
            if child.dep_ == "prep" and child.lower_ in _NOT_WHEN_SAID:
                continue  # "promises 52,000 homes a year until 2030": how long it holds, not when it was said
            if child.dep_ == "advcl" and lemma_of(child) in CUES:
                # "Asked whether he would play on Saturday, Ruiz said …": the question's time is not
                # when he spoke; "Speaking on Monday, Ruiz said …" is
                found = self._time_of_act(child, candidate)
                if found is not None:
                    return found
                continue
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            if _overlap((start, end), candidate.content) or (candidate.speaker and _overlap((start, end), candidate.speaker)):
                continue
            found = self.within(start, end)
            if found is not None and verb.tag_ == "VBD" and found[0] in self.ahead:
                continue
            if found is not None and in_dateline(self.text, found[0], found[1]):
                continue  # "LONDON, Nov. 20 — The government said on Thursday": the day filed, not when said
            if found is not None and self._word_before(found[0]) not in _NOT_WHEN_SAID:
                return Stated(text=found[2], span=(found[0], found[1]), value=found[3])
        return None
