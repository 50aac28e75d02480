"""Find attributions in a parsed Doc: cue verbs with their speaker and content, and the forms
without a verb (according to, colon introductions, dash bylines, hedging adverbs), reporting
nouns ("her decision to"), stance adjectives ("was critical of") and light-verb phrases ("took a
shot at").

Each rule reads the dependency parse around one cue token, so the work is linear in the number of
tokens: no sentence is parsed twice. Rules return ``Candidate``s in token terms; the component
turns them into ``Claim`` records (speaker names, ids, nesting, continuation quotes).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import (
    ADDRESSEE_VERBS,
    ADJECTIVE_CUES,
    COGNITION,
    DOCUMENT_NOUNS,
    EXPRESSED_STANCES,
    CUES,
    HEDGE_ADVERBS,
    INSTITUTIONS,
    LEMMA_FIXES,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    NOUN_CUES,
    PASSIVE_HEDGES,
    OBJECT_IDIOMS,
    PARTICLE_PREP_CUES,
    PHRASAL_CUES,
    RELATIVE_PRONOUNS,
    TITLES,
)
from ..entities import PLATFORMS
from ..gazetteer import load_gazetteer
from ..places import PLACE_LABELS
from .quotes import Quote, QuoteIndex
from .speakers import holder_after_role

CharSpan = tuple[int, int]

SUBJECT_DEPS = ("nsubj", "csubj")
# Dependents that carry a cue verb's content in one of its own frames.
_FRAME_DEPS = ("ccomp", "dobj", "xcomp")
_TOPIC_PREPS = ("about", "of", "for")
# Edges trimmed from a content: spaces and clause punctuation, but not quote marks or brackets.
_LEADING_JUNK = re.compile(r"^[\s,;:—–―-]+")
_TRAILING_JUNK = re.compile(r"[\s,;:.—–―-]+$")
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.[A-Z]|\b(?:Jr|Sr|Inc|Corp|Ltd|Co|Bros))$")


@dataclass
class Candidate:
    """One attribution found by a rule, before speaker names and ids are filled in."""

    cue: CharSpan | None
    cue_lemma: str
    stance: str
    content: CharSpan
    speaker: CharSpan | None = None
    speaker_head: Token | None = None
    cue_token: Token | None = None
    negated: bool = False
    hedged: bool = False
    rule: str = ""
    antecedent: Token | None = None  # the noun a relative pronoun speaker stands for
    continues: Candidate | None = None  # for a continuation quote: the claim whose speaker goes on
    verbatim: bool = False  # the speaker's own words without quotation marks (an embedded post)


def _clause_read_as_apposition(pobj: Token) -> Token | None:
    """"According to Mark Feeney, Friday's session sold out.": the parser may read the clause after
    the comma as an apposition to the name, with its verb as a modifier ("session" ← "sold"). When
    that apposition ends the sentence, leaving nothing else to be the claim, and holds a verb, it is
    the claim, not a second name for the source."""
    doc = pobj.doc
    sentence_end = max(t.i for t in pobj.sent if not (t.is_punct or t.is_space))
    for appos in pobj.rights:
        if appos.dep_ != "appos" or doc[appos.left_edge.i - 1].text != "," or appos.right_edge.i < sentence_end:
            continue
        if any(c.dep_ == "acl" and c.pos_ == "VERB" for c in appos.rights):
            return appos
    return None


def trim(text: str, start: int, end: int) -> CharSpan:
    """Drop clause punctuation and spaces at the edges of ``[start, end)``."""
    piece = text[start:end]
    lead = _LEADING_JUNK.match(piece)
    if lead:
        start += lead.end()
        piece = piece[lead.end() :]
    tail = _TRAILING_JUNK.search(piece)
    if tail:
        end -= len(piece) - tail.start()
        if text[end : end + 1] == "." and _ABBREVIATION_END.search(text, max(start, end - 8), end):
            end += 1  # "Chuck Schumer, D-N.Y.", "Acme Inc.": the stop belongs to the abbreviation
    return start, max(start, end)


def subtree_span(token: Token) -> CharSpan:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _misparsed_verb(token: Token) -> bool:
    """"says" tagged AUX, "purports" tagged NOUN: a cue the tagger missed, told by its subject."""
    if token.pos_ == "AUX":
        return lemma_of(token) == "say"
    if token.pos_ != "NOUN" or token.dep_ != "ROOT":
        return False
    # "A viral video claims the dam burst": the subject read as a compound, the clause still hangs on the "noun"
    # ... "Police allege that he stabbed the guard": a word that is never a noun, tagged one
    plural_or_never_a_noun = token.tag_ == "NNS" or token.lower_ in _NEVER_NOUNS
    clause = plural_or_never_a_noun and any(c.dep_ == "ccomp" for c in token.children)
    return clause or any(c.dep_ == "nsubj" for c in token.children)


def _clause_read_as_object(obj: Token) -> bool:
    """"claimed the drug cured cancer": the parser made "cured" an adjective of "cancer" with "drug"
    hanging on it; a verb with a noun of its own inside the object is a clause, not a noun phrase."""
    return any(
        t.dep_ == "amod" and t.tag_ in ("VBD", "VBN", "VBZ")
        and any(c.dep_ in ("npadvmod", "nsubj") and c.pos_ in ("NOUN", "PROPN", "PRON") for c in t.children)
        for t in obj.subtree
    )


def _reporters_request(verb: Token, lemma: str) -> bool:
    """"a call seeking comment", "messages requesting an interview": a participle on the reporter's
    call or message asks for words; the subject of the sentence did not say it."""
    if lemma not in ("seek", "request", "ask") or verb.dep_ != "acl":
        return False
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "prep")), None)
    if obj is not None and obj.dep_ == "prep":  # "asking for comment"
        obj = next((c for c in obj.children if c.dep_ == "pobj"), None)
    return obj is not None and lemma_of(obj) in ("comment", "interview", "response", "reaction", "clarification")


def _verb_lemma(form: str) -> str:
    """"alleges" → "allege", "denies" → "deny": the base of a present-tense cue form."""
    for base in (form, form[:-1], form[:-3] + "y"):
        if base in CUES:
            return base
    return form


# Cue verbs' forms that are no English noun, which the tagger still takes for one after a subject
# it read as a compound ("Police allege", "Residents insist").
_NEVER_NOUNS = frozenset(
    "allege alleges insist insists contend contends assert asserts argue argues deny denies admit admits "
    "warn warns suggest suggests concede concedes maintain maintains believe believes".split()
)


def lemma_of(token: Token) -> str:
    """The token's lemma, lower-cased, with the tagger's slips for cue words mended."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma not in CUES and lemma.endswith("s") and lemma[:-1] in CUES:
        lemma = lemma[:-1]
    return LEMMA_FIXES.get(lemma, lemma)


class RuleFinder:
    """Runs the rules over one Doc. ``quotes`` indexes the Doc's quotations."""

    def __init__(self, doc: Doc, quotes: QuoteIndex) -> None:
        self.doc = doc
        self.text = quotes.text
        self.quotes = quotes
        self.paragraphs = [0] + [m.end() for m in re.finditer(r"\n", self.text)]

    # --- entry point ----------------------------------------------------------------------------

    def candidates(self) -> Iterator[Candidate]:
        """Every attribution the rules find, possibly several for one (the component selects)."""
        yield from self.token_candidates()
        yield from self.dash_bylines()
        yield from self.signed_posts()
        yield from self.quoted_headline()
        yield from self.colon_introductions()
        yield from self.title_case_headline()

    def token_candidates(self) -> Iterator[Candidate]:
        """One pass over the tokens: cue verbs, "according to", hedging adverbs."""
        doc = self.doc
        for token in doc:
            lower = token.lower_
            if lower in _SEEN_BY and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "by":
                found = self.seen_by(token)
                if found is not None:
                    yield found
                    continue
            if lower == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                found = self.according_to(token)
            elif lower == "in" and token.dep_ == "prep":
                found = self.viewpoint(token)
            elif lower in HEDGE_ADVERBS and token.dep_ == "advmod":
                found = self.hedge_adverb(token)
            elif lower in ("purports", "purport", "purported") and token.pos_ != "VERB":
                found = self.purports(token)
            elif lower in _NEVER_NOUNS and token.dep_ == "compound":
                found = self.cue_read_as_compound(token)
            elif token.pos_ == "VERB" or _misparsed_verb(token):
                # "expressed concern about X": the light reading first, where the object makes one
                light = lemma_of(token) in LIGHT_VERBS
                found = self.light_verb(token) if light and lemma_of(token) in CUES else None
                found = found or self.verb(token)
                if found is None and light:
                    found = self.light_verb(token)
            elif token.pos_ == "NOUN" and lemma_of(token) in NOUN_CUES:
                found = self.noun(token)
            elif token.dep_ == "acomp" and lower in ADJECTIVE_CUES:
                found = self.adjective(token)
            else:
                continue
            if found is not None and found.content[1] - found.content[0] > 1:
                yield found

    # --- verbs ----------------------------------------------------------------------------------

    def verb(self, verb: Token) -> Candidate | None:
        """A cue verb of the lexicon with its content (by frame), speaker (its subject) and cue span."""
        lemma = lemma_of(verb)
        if lemma == "hear" or (lemma == "tell" and _told_a_hearing(verb)):
            return self.heard_in_court(verb)
        figure = self.figure_put_at(verb) if lemma == "put" else None
        if figure is not None:
            return figure
        if _why_anonymous(verb) or _not_to_be_named(verb) or _added_to_something(verb, lemma):
            return None
        if _when_told(verb, lemma):
            return None  # "laughed when told of her comment": he heard it; nobody's claim is there
        if _reporters_request(verb, lemma):
            return None  # "did not return a call seeking comment": the reporter's request, nobody's claim
        if verb.dep_ == "xcomp" and lemma_of(verb.head) in ("decline", "refuse") and _withheld_speech(verb.head):
            if not _states_a_proposition(verb):
                return None  # "declined to comment on the fine": one claim, the refusal's, holds the act not made
        cue_tokens = [verb]
        entry = CUES.get(lemma)
        for child in verb.children:
            if child.dep_ in ("prt", "prep") and (lemma, child.lower_) in PHRASAL_CUES and verb.i < child.i <= verb.i + 3:
                entry = PHRASAL_CUES[(lemma, child.lower_)]
                cue_tokens.append(child)
                break
            if child.dep_ == "prt" and (lemma, child.lower_) in PARTICLE_PREP_CUES and child.i == verb.i + 1:
                preps = PARTICLE_PREP_CUES[(lemma, child.lower_)]
                prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == child.i + 1), None)
                if prep is not None and _in_favor_of(prep):  # "spoke out in favor of rent control"
                    entry = ("support", "o")
                    cue_tokens.append(self.doc[prep.i + 2])
                    break
                if prep is not None and prep.lower_ in preps and not _is_time_phrase(prep):  # "spoke out against the fee"
                    entry = (preps[prep.lower_], "o")
                    cue_tokens.append(prep)  # the preposition leads to the content, as in "called for"
                    break
        topic = _topic_preposition(verb, lemma) if len(cue_tokens) == 1 and entry is not None else None
        if topic is not None:  # "bragged about his record": the topic is the content
            entry = (entry[0], "o")
            cue_tokens.append(topic)
        for child in verb.children:
            if child.dep_ == "dobj" and (lemma, child.lower_) in OBJECT_IDIOMS and child.i == verb.i + 1:
                entry = OBJECT_IDIOMS[(lemma, child.lower_)]
                cue_tokens.append(child)
        if entry is None and _quoted_label(verb):
            entry = ("assert", "a")  # "mocked the plan as a “fantasy”": a quoted label is a claim whatever the verb
        if entry is None or (lemma in _COMBAT_VERBS and _is_physical_attack(verb)):
            return None  # "drones attacked the port": war news, not words
        stance, frames = entry
        if lemma == "ask" and _to_infinitive_after(verb):
            stance = "demand"  # "asked residents to leave" is a request, "asked whether" a question
        if lemma == "agree" and _to_infinitive_after(verb):
            stance = "promise"  # "agreed to reopen the crossings" commits, "agreed that" believes
        if lemma == "express":
            stance = _expressed_stance(verb, stance)
        passive = (
            any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children)
            or _reduced_passive(verb, lemma)
            or _passive_conjunct(verb)
        )
        if passive:
            return self.passive(verb, lemma, stance, cue_tokens)
        if lemma in _SEEM_VERBS:
            return self.appearance(verb, lemma, stance, cue_tokens)
        # A trailing cue whose speaker the parser set in apposition: to the cue's "subject" ("…, killing
        # at least 18 people, a local group and residents said.") or to the object ("Arsenal have signed
        # Rafael Silva, the club announced."); the apposition speaks for all before its comma.
        appended = _speaker_apposed_to_an_object(verb, lemma) or _cue_read_as_apposition(verb, lemma)
        if appended is not None:
            content = self.clause_before_comma(self.doc[appended.left_edge.i - 1], verb)
            if content is not None:
                speaker, head, antecedent = self._speaker_from_subject(appended, verb, content)
                return self.verb_candidate(verb, cue_tokens, lemma, stance, content, "trailing", speaker, head)
        second = _second_headline_verb(verb)
        if second is not None and "c" in frames:
            # "Nimbus unveils foldable phone, says shipments start in March": the subject of the first
            # verb says the clause after the second
            subject, clause = second
            content = self.clause_content(clause, verb)
            speaker, head, antecedent = self._speaker_from_subject(subject, verb, content)
            return self.verb_candidate(verb, cue_tokens, lemma, stance, content, "ccomp", speaker, head)
        inverted = self.inverted_object_speaker(verb)
        if inverted is not None:  # "…, reported the press service of the council": the parser's object speaks
            content = self.clause_before_comma(self.doc[verb.i - 1], verb)
            if content is not None:
                speaker, head, antecedent = self._speaker_from_subject(inverted, verb, content)
                return self.verb_candidate(verb, cue_tokens, lemma, stance, content, "trailing", speaker, head)
        agent = self._agent(verb)
        subject = agent if agent is not None else self._subject(verb)
        if subject is None and verb.tag_ == "VBN" and verb.dep_ == "advcl" and lemma in ADDRESSEE_VERBS:
            return self.passive_report(verb, lemma, stance, cue_tokens)  # "Asked whether he would run, ..."
        misread_noun = subject is None and verb.pos_ == "NOUN"
        if misread_noun:  # "A viral video claims …": the subject was read as the "noun"'s compound
            subject = next((c for c in verb.lefts if c.dep_ == "compound" and c.i == verb.i - 1), None)
        if subject is None and verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None  # "refusing to testify": no speaker to report
        if _deeds_not_words(verb, lemma, subject) or _asked_for_anonymity(verb) or _anybody_who(subject):
            return None
        content = self.content_of(verb, lemma, frames, cue_tokens)
        if content is None:
            return None
        content_span, rule = content
        if "q" in frames and rule in ("ccomp", "xcomp"):
            content_span = self._quotation_told_to(verb, content_span)
        if subject is None and rule == "quote":
            subject = self._speaker_next_to_cue(verb)
        elif subject is None and verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            subject = self._noun_right_before(verb)  # "…, former governor Tom Reyes said": an apposition misparse
            if subject is None and content_span[1] <= verb.idx:
                subject = self._speaker_next_to_cue(verb)  # "“…,” said Oren Platt, grinning": hung on "grinning"
        if subject is None and verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            subject = self._person_before(verb)
        if subject is None:
            subject = self._subject_of_misread_participle(verb)
        if subject is not None and subject.dep_ == "pobj" and subject.head.lower_ == "than":
            return None  # "the fines are far smaller than the post says": a comparison, not a report
        holder = _role_set_beside_place(subject) if subject is not None and content_span[1] <= subject.idx else None
        if holder is not None:
            # "… north of the regional capital Tarnik, the regional governor, Ivo Petrak, said": the
            # parser made the place ending the content the subject, and the speaker its apposition
            place_end = subject.idx + len(subject)
            subject = holder
            content_span = (content_span[0], max(content_span[1], place_end))
        speaker, head, antecedent = self._speaker_from_subject(subject, verb, content_span)
        if misread_noun and speaker is not None:
            speaker = (verb.left_edge.idx, speaker[1])  # "A viral video", whose words hang on the cue
        cue_lemma = " ".join(lemma_of(t) if t is verb else t.lower_ for t in cue_tokens)
        hedged = lemma == "purport" or self._has_hedge_adverb(verb)
        return self.verb_candidate(verb, cue_tokens, cue_lemma, stance, content_span, rule, speaker, head, hedged, antecedent)

    def figure_put_at(self, verb: Token) -> Candidate | None:
        """"Hospital officials put the death toll at 31", "the centre puts the figure at $498
        billion": an estimate; the cue runs from the verb to "at", the content is the figure."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in _FIGURE_NOUNS), None)
        at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and obj is not None and c.i > obj.i), None)
        figure = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
        subject = self._subject(verb)
        if figure is None or subject is None:
            return None
        content = trim(self.text, figure.left_edge.idx, figure.right_edge.idx + len(figure.right_edge))
        speaker, head, antecedent = self._speaker_from_subject(subject, verb, content)
        candidate = self.verb_candidate(verb, [verb], "put", "estimate", content, "dobj", speaker, head)
        candidate.cue = (verb.idx, at.idx + len(at))
        return candidate

    def heard_in_court(self, verb: Token) -> Candidate | None:
        """"The court heard that ...", "the inquest was told": what was said in a hearing, by
        nobody named (the court is the one who listens)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or self._subject(verb)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        rule = "ccomp"
        if clause is None and verb.dep_ == "ROOT":
            # "The man had been drinking, the court heard.": the evidence before the comma
            clause = next((c for c in verb.lefts if c.dep_ in ("ccomp", "parataxis") and c.i < subject.i), None) if subject else None
            rule = "trailing"
        if subject is None or clause is None or lemma_of(subject) not in _HEARINGS:
            return None
        content = self.clause_content(clause, verb)
        if clause.i > verb.i:  # "The inquest was told that the average wait … had been …": split in two
            content = self._with_further_clauses(verb, clause, content)
        return self.verb_candidate(verb, [verb], lemma_of(verb), "assert", content, rule)

    def verb_candidate(
        self,
        verb: Token,
        cue_tokens: list[Token],
        lemma: str,
        stance: str,
        content: CharSpan,
        rule: str,
        speaker: CharSpan | None = None,
        head: Token | None = None,
        hedged: bool = False,
        antecedent: Token | None = None,
    ) -> Candidate:
        """A candidate whose cue is a verb: its cue span and negation come from the verb."""
        cue = self.cue_span(verb, cue_tokens)
        negated = _is_negated(verb) or _refused(verb)
        withheld = _withheld_speech(verb) if lemma in ("decline", "refuse") else None
        if withheld is not None:
            # "declined to comment", "refused to rule out": no denial, a statement not made
            stance, negated = withheld[0], True
        if lemma == "ask" and any(c.dep_ == "ccomp" and _that_mark(c) is not None for c in verb.children):
            stance = "demand"  # "the family asks that donations be made to …": a request, not a question
        pair = _neither_nor(verb)
        if pair is not None:
            # "neither confirmed nor denied": a non-denial, whichever verb the parser hung the content on
            cue = (min(cue[0], pair[0].idx), max(cue[1], pair[1].idx + len(pair[1])))
            stance, negated = "deny", True
        return Candidate(
            cue=cue,
            cue_lemma=lemma,
            stance=stance,
            content=content,
            speaker=speaker,
            speaker_head=head,
            cue_token=verb,
            negated=negated,
            hedged=hedged,
            rule=rule,
            antecedent=antecedent,
        )

    def cue_span(self, verb: Token, cue_tokens: list[Token]) -> CharSpan:
        """The cue's characters: the verb with its particle, the auxiliaries, negation and adverbs
        right before it ("has not said", "also said"), an adverb or the medium right after it
        ("said later", "said in an interview") and a colon ("said:"), as PolNeAR marks cues."""
        doc = self.doc
        start = _with_auxiliaries(verb)
        head = verb.head
        chain_head = lemma_of(head) in _RAISING_HEADS or (lemma_of(head) not in _NOT_CUE_HEADS and lemma_of(head) not in CUES)
        medium = lemma_of(head) in ("take", "use")  # "took to Twitter to say", "used his speech to call for"
        # the chain runs only over words of the verbs themselves: not "crowded into a meeting to oppose"
        adjoining = all(
            t.dep_ in ("aux", "neg", "advmod", "prt") or t.tag_ == "TO" or t.ent_type_ in ("DATE", "TIME")
            or (t.dep_ == "prep" and doc[t.i + 1].ent_type_ in ("DATE", "TIME"))  # "tried on Tuesday to make"
            for t in doc[head.i + 1 : verb.i]
        ) or medium
        if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and head.i < verb.i and chain_head and adjoining:
            start = _with_auxiliaries(head)  # "tried to explain", "began dismissing": PolNeAR marks the whole chain
        elif verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i < head.i < verb.i:
            start = _with_auxiliaries(head.head)  # "was quick to point out", "are more likely to say"
        end = cue_tokens[-1].i
        if end + 1 < len(doc) and doc[end + 1].dep_ == "prt" and doc[end + 1].head == verb:
            end += 1  # "called out", "tweeted back"
        if end + 1 < len(doc) and doc[end + 1].dep_ == "advmod" and doc[end + 1].tag_ == "RB" and doc[end + 1].head == verb:
            end += 1  # "said later", "answered sarcastically"
        medium = _medium_after(doc, end)
        # "said in an interview she would run": the parser may hang the medium on the reported clause
        opening = medium is not None and medium.head.dep_ == "ccomp" and medium.head.head == verb and medium.head.left_edge == medium
        if medium is not None and (medium.head == verb or opening):
            end = next(c for c in medium.children if c.dep_ == "pobj").i
        if end + 1 < len(doc) and doc[end + 1].text == ":":
            end += 1
        return doc[start].idx, doc[end].idx + len(doc[end])

    def content_of(self, verb: Token, lemma: str, frames: str, cue_tokens: list[Token]) -> tuple[CharSpan, str] | None:
        """The reported content of a cue verb, by the first frame that applies."""
        children = list(verb.children)
        if lemma == "threaten" and _threatens_harm(verb):
            return None  # "threatening hundreds of flights", "threatens the Greenbelt": a danger, not a threat made
        if lemma == "recall":
            goods = next((t for t in self.doc[verb.i + 1 : verb.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
            if goods is not None and _recalls_goods(verb, goods):
                return None  # "Nordvik recalls 40,000 bags of salad": a product recall, not a memory told
        if lemma == "post" and any(c.dep_ == "dobj" and lemma_of(c) in _DEED_OBJECTS["post"] for c in children):
            return None  # "which posted a loss last year": a result, not a post
        if "q" in frames or "c" in frames:
            colon = self._colon_after(verb)
            if colon is not None:
                return self.after_colon(colon), "colon"
        if "q" in frames and not any(c.dep_ == "ccomp" and c.i > verb.i and not self._opens_quote_after(c, verb) for c in children):
            # "“…,” he said, adding that …": "adding" reports its own clause, not the quotation; but in
            # "“A,” he told the host, “B.”" the clause after the cue is the quotation's second half,
            # which follows as a continuation
            before = self.quote_before(verb)
            if before is not None:
                return before, "quote"
        if "q" in frames:
            tail = self._quote_after_another_claim(verb)
            if tail is not None:
                return tail, "quote"
        if "c" in frames:
            clauses = [c for c in children if c.dep_ == "ccomp"]
            if not clauses and not any(c.dep_ in ("dobj", "xcomp") for c in children):
                clauses = [c for c in children if self._reported_clause_misread(c, verb)]
            if not clauses:
                clauses = _clause_hung_on_medium(verb)
            before_verb = [c for c in clauses if c.i < verb.i and not self._set_apart(c, verb)]
            # "Kestrel agrees takeover; watchdog signals scrutiny": a clause past a semicolon is another's
            after_verb = [c for c in clauses if c.i > verb.i and not any(t.text == ";" for t in self.doc[verb.i : c.left_edge.i])]
            if before_verb and after_verb and any(c.dep_ == "mark" and c.i < verb.i for c in verb.children):
                before_verb = []  # "This is data, so we can't say coffee causes …": the cue's own clause follows it
            clause = before_verb[-1] if before_verb else after_verb[0] if after_verb else None
            if clause is not None:
                if len(cue_tokens) > 1 and cue_tokens[-1].i > clause.i:
                    return None
                content = self.clause_content(clause, verb)
                subject = _subject_read_as_phrase(verb, clause)
                if subject is not None:  # "said between 20 and 30 children were dying": the phrase is the subject
                    content = (subject.idx, content[1])
                joined = _clause_joined_before(before_verb, clause)
                if joined is not None:  # "Two people died and a firefighter was injured, officials said"
                    content = (joined.left_edge.idx, content[1])
                if clause.dep_ == "advcl" and clause.i > verb.i and self._reported_clause_after_phrase(clause, verb):
                    # the phrase between ("after the vote") dates the saying, not the content
                    subject = next(c for c in clause.children if c.dep_ == "nsubj")
                    content = (subject.left_edge.idx, content[1])
                if clause.i > verb.i:
                    content = self._with_further_clauses(verb, clause, content)
                else:
                    content = self._with_rest_after_cue(verb, content)
                if content[1] - content[0] > 2:  # else the clause lay in another paragraph: a misparse
                    return content, "ccomp"
        if ("q" in frames or "c" in frames) and self._in_the_middle(verb):
            # "The old terminal, Ms. Tanner said, “is a fine case of making do”": the subject before the cue
            # and the quoted predicate after it are one content
            middle = self.parenthetical_cue_content(verb)
            if middle is not None:
                return middle, "trailing"
        if "c" in frames and lemma in _TELLING_CUES and any(c.dep_ in ("dobj", "dative") for c in children):
            stray = self._stray_that_clause(verb)
            if stray is not None:  # "told the council that sanctions “do not solve problems”": read as a relative clause
                return stray, "ccomp"
        labelled_object = ("o" in frames or "a" in frames) and _has_as_complement(verb)
        if "q" in frames and not labelled_object:  # "called most of them “cowards”": the object frame
            after = self.quote_after(verb)
            # "urged voters to “stay home”": the quotation is part of the infinitive, whose frame follows
            inside_infinitive = after is not None and "x" in frames and any(
                c.dep_ == "xcomp" and c.left_edge.idx < after[0] < subtree_span(c)[1] for c in children if c.i > verb.i
            )
            if after is not None and not inside_infinitive and not self._quoted_adverbial(verb, after):
                return after, "quote"
        if "x" in frames:
            for child in children:
                infinitive = child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                if (child.dep_ == "xcomp" or infinitive) and child.i > verb.i:
                    if lemma in _DEED_OBJECTS and child.lower_ in _DEED_OBJECTS[lemma] and not infinitive:
                        return None  # "Judge refuses bail to …": the noun read as a verb; a refusal, not speech
                    start, end = self.clause_content(child, verb)
                    # "urged voters to stay home": PolNeAR's content starts at the one urged
                    obj = next((c for c in children if c.dep_ == "dobj" and verb.i < c.i < child.i), None)
                    particle = cue_tokens[1] if len(cue_tokens) > 1 and cue_tokens[1].dep_ == "prep" else None
                    if obj is None and particle is not None:  # "called on the council to act"
                        obj = next((c for c in particle.children if c.dep_ == "pobj" and c.i < child.i), None)
                    if obj is not None:
                        start = min(start, self.clip(obj.left_edge.idx, end, verb)[0])
                    end = max(end, self._infinitives_run_on(verb, child))
                    return (start, end), "xcomp"
        objects: list[Token] = []
        particle = cue_tokens[-1] if len(cue_tokens) > 1 else None
        if particle is not None and particle.dep_ == "prep":
            objects = [c for c in particle.children if c.dep_ in ("pobj", "pcomp")]
        elif "o" in frames and lemma not in ADDRESSEE_VERBS:
            objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
            if lemma in _DEED_OBJECTS:  # "repeated the claim", not "repeat the analysis"
                kept = [o for o in objects if lemma_of(o) not in _DEED_OBJECTS[lemma]]
                if objects and not kept:
                    return None  # "denied him entry", "admitted the evidence": an act, not a statement
                objects = kept
            if not objects:  # "called the front-runner “a danger”": the parser took both for one complement
                objects = [c for c in children if c.dep_ == "oprd" and c.i > verb.i]
            if lemma == "call" and len(cue_tokens) == 1 and objects and not any(_names_its_object(verb, o) for o in objects):
                return None  # "given up calling the police", "called a meeting": no label given
            gerund = next((c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
            if not objects and gerund is not None:  # "denied stealing the money", "admitted taking bribes"
                return self.clause_content(gerund, verb), "dobj"
        elif "a" in frames and _has_as_complement(verb):  # "portrayed him as weak", not "portrayed him"
            objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
        elif lemma == "find" and _finding_body(verb):
            # "A 2019 study found 31 cases of fraud", "a federal judge found the rule unconstitutional"
            objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
        elif lemma in _CLAIMED_OBJECTS:  # "claimed victory", "claimed responsibility for the blast"
            objects = [
                c for c in children
                if c.dep_ == "dobj" and c.i > verb.i and (lemma_of(c) in _CLAIMED_OBJECTS[lemma] or _clause_read_as_object(c))
            ]
        elif lemma == "say":  # "said the same thing", or a clause the parser took for an object
            objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ != "PRON"]
            after = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
            if not objects and after is not None and after.head == verb and (
                after.lower_ == "so" or (after.lower_ in ("when", "why", "how", "where") and after.i + 1 < len(self.doc) and self.doc[after.i + 1].is_punct)
            ):
                # "after half said so", "did not say when.": the word stands for what was (not) said
                return (after.idx, after.idx + len(after)), "dobj"
        if ("c" in frames or "q" in frames) and (not objects or objects[0].lower_ in ("this", "that")):
            this = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
            speech = lemma in _POINTING_BACK_CUES  # not "understood this", "I write this"
            # "… The governor said this.", "Brandon, the chair, denied that."
            final_that = lemma in ("deny", "confirm") and this is not None and this.lower_ == "that" and (
                this.i + 1 < len(self.doc) and self.doc[this.i + 1].text in (".", "!")
            )  # not "before he had said that": a saying the writer only dates
            if speech and this is not None and (this.lower_ == "this" or final_that) and _points_back(this):
                if "c" in frames and self._stray_that_clause(verb) is not None:
                    return self._stray_that_clause(verb), "ccomp"  # "said this in a letter that …"
                before = self.sentence_before(verb)
                if before is not None:
                    return before, "dobj"
        # "it" alone points elsewhere, but "called it “a disgrace”" says what it is
        if objects and (objects[0].lower_ not in _EMPTY_OBJECTS or labelled_object):
            return self.object_content(verb, objects[0]), "dobj"
        if "c" in frames:
            clause = self._stray_that_clause(verb)
            if clause is not None:
                return clause, "ccomp"
            answer = _yes_or_no_after(verb)
            if answer is not None:  # "asked if it would pass, the senator said no"
                return (answer.idx, answer.idx + len(answer)), "dobj"
        if "q" in frames or "c" in frames:
            trailing = self.parenthetical_cue_content(verb) or self.clause_final_cue_content(verb)
            if trailing is not None:
                return trailing, "trailing"
        return None

    def _quoted_adverbial(self, verb: Token, quote: CharSpan) -> bool:
        """"would declare a disaster zone “within days”": a quoted phrase that is the verb's own
        adverbial, after its object, is part of the act, not what was said."""
        first = next((t for t in self.doc[verb.i + 1 :] if t.idx > quote[0] and not t.is_punct), None)
        if first is None or first.idx >= quote[1] or first.head != verb or first.dep_ not in ("prep", "advmod", "npadvmod"):
            return False
        if first.tag_ == "RB" and first.i + 1 < len(self.doc) and self.doc[first.i + 1].idx >= quote[1] - 1:
            return True  # "would respond “harshly”": one quoted adverb, the manner of the act
        return any(c.dep_ == "dobj" and c.i < first.i for c in verb.children)

    def _infinitives_run_on(self, verb: Token, infinitive: Token) -> int:
        """"wants to triple the program, grow the corps and create a reserve": bare verbs the parser
        coordinated with the cue go on with the infinitive (the cue's own next act would agree with it
        in tense: "wants X and plans Y"). Returns where the last of them ends (0 when none)."""
        def bare(token: Token) -> bool:
            return token.tag_ == "VB" and not any(
                c.dep_ in SUBJECT_DEPS + ("nsubjpass", "aux", "mark") for c in token.children
            )

        def last_token(token: Token) -> Token:  # the verb's own words, not a finite verb joined to it
            kept = [c for c in token.rights if c.dep_ not in ("cc", "punct") and (c.dep_ != "conj" or bare(c))]
            return last_token(kept[-1]) if kept else token

        end = 0
        if verb.tag_ == "VB":
            return end
        paragraph_end = self.paragraph_bounds(verb.idx)[1]
        for child in verb.rights:
            if child.i <= infinitive.i or child.dep_ not in ("conj", "advcl") or child.idx > paragraph_end:
                continue
            if child.dep_ == "advcl" and self.doc[child.left_edge.i - 1].text != ",":
                continue  # ", hire forty drivers and ...": the parser's clause of purpose is the list's next item
            if not bare(child):
                break
            last = last_token(child)
            end = max(end, self.clip(child.left_edge.idx, last.idx + len(last), verb)[1])
        return end

    def _opens_quote_after(self, clause: Token, verb: Token) -> bool:
        """Whether a clause after the cue is a quotation of its own that opens after the cue."""
        quote = self.quotes.covering(clause.idx)
        first = next((t for t in clause.subtree if not (t.is_punct or t.is_space)), clause)
        return quote is not None and verb.idx < quote.start <= first.idx

    def _with_further_clauses(self, verb: Token, clause: Token, content: CharSpan) -> CharSpan:
        """"said the border must be secured, but that he would not deport anyone": a second
        that-clause coordinated with the first (or a clause the parser split in two) belongs to
        the same content."""
        end = content[1]
        paragraph_end = self.paragraph_bounds(verb.idx)[1]
        for child in verb.rights:
            if child.i <= clause.i or child.dep_ not in ("ccomp", "conj") or _is_next_speech_act(child):
                continue
            if child.dep_ == "conj" and (_that_mark(child) is None or child.pos_ not in ("VERB", "AUX")):
                if not _reported_clause_goes_on(child, clause):
                    continue
            if child.idx > paragraph_end:
                break
            end = max(end, self.clause_content(child, verb)[1])
        return content[0], end

    def _with_rest_after_cue(self, verb: Token, content: CharSpan) -> CharSpan:
        """"The plan would be helped, Ruiz said, by the new budget": a cue set in the
        middle of what was said, whose second part the parser hung on the cue; the content runs over
        the cue to the end of that part (PolNeAR joins both parts)."""
        rest = [c for c in verb.rights if not (c.is_punct or c.is_space) and c.dep_ not in _NOT_CONTENT_DEPS]
        if not rest or not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return content
        first = rest[0]
        if first.dep_ not in ("prep", "ccomp", "xcomp", "advcl", "conj") or self.doc[first.left_edge.i - 1].text != ",":
            return content
        if first.dep_ == "prep" and (_is_time_phrase(first) or _medium_after(self.doc, first.i - 1) is not None):
            return content
        if first.lower_ == "according":
            return content  # "Prices will rise, the minister said, according to two officials": who reported it
        if _writers_aside(first):
            return content  # "…, Menon said, though he declined to give a figure"
        if first.dep_ == "advcl" and first.tag_ == "VBG":
            # "…, an official said, adding that …": the next act reports its own clause; "…, a
            # diplomat said, speaking on condition of anonymity": how it was said, not what
            return content
        level = self.quotes.innermost(verb.idx)
        if self.quotes.innermost(first.idx) is not level and self.quotes.covering(first.idx) is None:
            return content
        end = rest[-1].right_edge
        while end.i > first.i and (end.is_punct or end.is_space):
            end = self.doc[end.i - 1]
        return content[0], max(content[1], self.clip(first.left_edge.idx, end.idx + len(end), verb)[1])

    def _in_the_middle(self, verb: Token) -> bool:
        """A cue clause set between the words of the clause it reports (the parser's parataxis)."""
        head = verb.head
        return verb.dep_ == "parataxis" and head.i > verb.i and head.left_edge.i < verb.left_edge.i

    def _set_apart(self, clause: Token, verb: Token) -> bool:
        """A clause before the cue that a colon or semicolon separates from it ("It's unlikely;
        the mayor's aides say she'll stay"): a sentence of its own, not the content."""
        between = self.doc[clause.right_edge.i + 1 : verb.i]
        return any(t.text in (":", ";") for t in between)

    def _stray_that_clause(self, verb: Token) -> CharSpan | None:
        """"said this in a letter on Monday that the first ships ...": a that-clause the parser
        hung on a noun after the cue; the content runs from "that" to the end of that clause."""
        doc = self.doc
        for token in doc[verb.i + 1 : min(verb.right_edge.i + 1, verb.i + 20)]:
            # a "that" marking a relative clause is a misparse too ("wrote on X, formerly Twitter, that …")
            if token.lower_ == "that" and token.dep_ == "mark" and token.head.dep_ in ("acl", "ccomp", "advcl", "relcl"):
                if token.head.head.i < verb.i or token.head.head == verb:
                    continue
                start = token.idx
                end = subtree_span(token.head)[1]
                return self.clip(start, end, verb)
        return None

    def clause_content(self, clause: Token, verb: Token) -> CharSpan:
        """A clause as content: its subtree without a trailing comment set off by a comma (", which
        ...", ", citing ..."), kept within the cue's paragraph and widened to whole quotations."""
        end_token = _cut_trailing_aside(clause)
        other = next((c for c in clause.rights if _is_other_clause(c, clause, verb)), None)
        if other is None and verb.dep_ == "relcl" and not any(c.dep_ == "cc" for c in clause.children):
            # "The new rules, which the minister said would save £300 a year, take effect in April": the
            # parser joined the main verb to the reported one; with no "and" it is the sentence going on
            other = next((c for c in clause.rights if c.dep_ == "conj" and self.doc[c.left_edge.i - 1].text == ","), None)
        if other is not None:  # "said X is honest, and three-quarters said ...": the writer goes on
            end_token = self.doc[other.left_edge.i - 1]
            while end_token.i > clause.i and (end_token.is_punct or end_token.dep_ == "cc" or end_token.is_space):
                end_token = self.doc[end_token.i - 1]
        while end_token.i > clause.i and end_token.dep_ == "cc" and end_token.head == clause:
            # "said the army would abide by it but [warned …]": the parser left the "but" of the next act
            end_token = self.doc[end_token.i - 1]
        start_token = clause.left_edge
        medium = _medium_after(self.doc, verb.i)
        if medium is not None and medium == start_token and medium.head == clause:
            start_token = self.doc[medium.right_edge.i + 1]  # "said in an interview she would run": the cue's medium
        if start_token.i < verb.i < clause.i:
            # "a budget that critics say is too small": the relative pronoun stands before the speaker
            # and cue; the content is what follows the cue
            start_token = next(t for t in clause.subtree if t.i > verb.i)
        return self.clip(start_token.idx, end_token.idx + len(end_token), verb)

    def clip(self, start: int, end: int, verb: Token) -> CharSpan:
        """Keep a content inside the cue's paragraph (a headline the parser ran into the next
        paragraph is not content), drop a dateline ("HONG KONG – "), then widen to quotations."""
        level = self.quotes.innermost(verb.idx)
        low, high = self.paragraph_bounds(verb.idx)
        start, end = self.after_dateline(max(start, low), min(end, high), low)
        heard = _HEARING_TAIL.search(self.text, start, end)
        if heard is not None and heard.end() == end and verb.idx < heard.start():
            end = heard.start()  # "… forged invoices, trial hears": the headline's source, not the content
        dangling = _DANGLING_CONJUNCTION.search(self.text, start, end)
        if dangling is not None and dangling.end() == end and dangling.start() > start:
            end = dangling.start()  # "accused X of Y and [called for …]": the next act's "and" is not said
        return self.snap_to_quotes(start, end, level)

    def after_dateline(self, start: int, end: int, paragraph_start: int) -> CharSpan:
        """A content that opens its paragraph starts after the paragraph's dateline or entry time."""
        # also a content the parser began inside the dateline ("Nigeria (AP) — …" after "ABUJA, ")
        dateline = _DATELINE.match(self.text, paragraph_start, end) if start < paragraph_start + 48 else None
        return (max(start, dateline.end()) if dateline is not None else start), end

    def paragraph_bounds(self, pos: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.paragraphs, pos) - 1
        start = self.paragraphs[index]
        end = self.paragraphs[index + 1] - 1 if index + 1 < len(self.paragraphs) else len(self.text)
        return start, end

    def object_content(self, verb: Token, obj: Token) -> CharSpan:
        """A direct object as content, with its "as"/"of" complement ("described X as Y") and
        without a relative clause or apposition after a comma ("criticism of X, who ...")."""
        end_token = _cut_trailing_aside(obj)
        doc = self.doc
        if lemma_of(verb) in _NAMING_VERBS and _label_read_as_apposition(obj, verb):
            end_token = _unquoted_end(obj.right_edge)  # "called Lund, her rival, a “coward”"
        labels = [c for c in verb.rights if c.i > obj.i and c.dep_ == "prep" and c.lower_ == "as"]
        for child in verb.rights:  # "accused X of Y", "described X as Y", "backed her in high numbers"
            if child.i <= obj.i:
                continue
            if labels and child.i < labels[0].i and child.dep_ == "prep":
                continue  # "saw the attack during the retreat as a sign of …": the label still follows
            if child.is_quote:
                continue  # the mark opening a quoted complement: "called it “a disgrace”"
            set_off = doc[child.left_edge.i - 1].text in (",", ";", "—", "–")
            if set_off and _closes_an_aside(obj, child, end_token):
                set_off = False  # "accused the minister, a former banker, of lying": the comma closes the aside
            if child.is_punct or child.dep_ in _NOT_CONTENT_DEPS or set_off:
                break
            if child.dep_ == "prep" and child.lower_ in _SETTING_PREPOSITIONS:
                break  # "thanked volunteers at a rally": the rest of the clause is the scene, not the content
            if child.dep_ == "prep" and _is_medium_phrase(child) and not _ends_with_reason(child):
                continue  # "touted the bridge in her address": where it was said, not what
            complement = child.dep_ in ("oprd", "ccomp", "xcomp", "dobj", "dative")  # a second "object": misread
            purpose = child.dep_ == "advcl" and _is_infinitive(child)  # "called for new spending to fix roads"
            if complement or purpose or (child.dep_ == "prep" and not _is_time_phrase(child)):
                end_token = max(end_token, _cut_trailing_aside(child), key=lambda t: t.i)
        return self.clip(obj.left_edge.idx, end_token.idx + len(end_token), verb)

    def passive(self, verb: Token, lemma: str, stance: str, cue_tokens: list[Token]) -> Candidate | None:
        """"are said to show", "is believed to be", "it is reported that": a hedged claim; the
        speaker is the agent ("by X") when there is one, else nobody."""
        if _asked_for_anonymity(verb):
            return None
        if lemma not in PASSIVE_HEDGES:
            return self.passive_report(verb, lemma, stance, cue_tokens)
        children = list(verb.children)
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        clause = next((c for c in children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i), None)
        if clause is None:
            return self.passive_object(verb, lemma, stance, cue_tokens)
        if clause.dep_ == "xcomp" and subject is not None and subject.lower_ not in ("it",):
            start = subject.left_edge.idx
        else:
            start = subtree_span(clause)[0]
        content = self.snap_to_quotes(start, subtree_span(clause)[1], self.quotes.innermost(verb.idx))
        speaker, head = self._agent_speaker(verb)
        # "it was reported by the press service that ...": a named source is no hedge
        return self.verb_candidate(verb, cue_tokens, lemma, stance, content, "passive", speaker, head, hedged=head is None)

    def appearance(self, verb: Token, lemma: str, stance: str, cue_tokens: list[Token]) -> Candidate | None:
        """"The mayor seemed to lose patience", "the deal seems unlikely": how things look
        to nobody in particular, a hedged claim without a speaker; the content is the subject with
        its complement (PolNeAR leaves the verb out, which a single span cannot)."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        complement = next((c for c in verb.rights if c.dep_ in ("xcomp", "oprd", "acomp", "ccomp")), None)
        if subject is None or complement is None or subject.i > verb.i or subject.lower_ in ("it", "there"):
            return None
        if subject.lower_ in RELATIVE_PRONOUNS or self.quotes.innermost(verb.idx) is not None:
            return None
        if any(self._is_cue_verb(t) for t in complement.subtree):
            return None  # "she seemed to suggest that ...": the inner cue makes the claim
        end = _cut_trailing_aside(complement)
        content = self.clip(subject.left_edge.idx, end.idx + len(end), verb)
        return self.verb_candidate(verb, cue_tokens, lemma, stance, content, "seem", hedged=True)

    def passive_report(self, verb: Token, lemma: str, stance: str, cue_tokens: list[Token]) -> Candidate | None:
        """"was asked whether he would run", "were urged to vote": the clause is the content and
        the speaker the agent ("by X"), else nobody (the subject is the one addressed)."""
        children = list(verb.children)
        clause = next((c for c in children if c.dep_ in ("xcomp", "ccomp") and c.i > verb.i), None)
        particle = cue_tokens[-1] if len(cue_tokens) > 1 and cue_tokens[-1].dep_ == "prep" else None
        topic = next((c for c in particle.children if c.dep_ in ("pobj", "pcomp")), None) if particle else None
        expletive = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in children)
        stray = self._stray_that_clause(verb) if clause is None and expletive else None
        if clause is not None:
            content = self.clause_content(clause, verb)
        elif topic is not None:  # "asked about the loan"
            content = self.object_content(verb, topic)
        elif stray is not None:  # "It was indicated by the same source that …": the parser hung it on the agent
            content = stray
        else:
            return self.passive_object(verb, lemma, stance, cue_tokens)
        if content[1] - content[0] < 3:
            return None
        speaker, head = self._agent_speaker(verb)
        return self.verb_candidate(verb, cue_tokens, lemma, stance, content, "passive", speaker, head)

    def passive_object(self, verb: Token, lemma: str, stance: str, cue_tokens: list[Token]) -> Candidate | None:
        """"The levy was criticized by the chamber", "the merger was first announced by the bank": the
        passive subject is what the agent said something about, and the agent is the speaker."""
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        speaker, head = self._agent_speaker(verb)
        if subject is not None and head is not None and lemma in _POINTING_BACK_CUES and _points_back(subject):
            content = self.sentence_before(verb)  # "… This was stated by the governor on Monday."
            if content is not None:
                return self.verb_candidate(verb, cue_tokens, lemma, stance, content, "passive", speaker, head)
        if subject is None or head is None or "o" not in CUES.get(lemma, ("", ""))[1]:
            return None
        if subject.lower_ in RELATIVE_PRONOUNS or subject.pos_ == "PRON":
            return None
        end = _cut_trailing_aside(subject)
        content = self.clip(subject.left_edge.idx, end.idx + len(end), verb)
        return self.verb_candidate(verb, cue_tokens, lemma, stance, content, "passive", speaker, head)

    # --- content helpers ------------------------------------------------------------------------

    def snap_to_quotes(self, start: int, end: int, level: Quote | None = None) -> CharSpan:
        """Trim a content, then widen it to whole quotes when it starts or ends inside one (a parse
        often stops at a sentence break inside a quotation). A cue inside a quotation (``level``)
        reports a part of it: the quotes considered are those directly inside that quotation."""
        start, end = trim(self.text, start, end)
        for quote in self.quotes.overlapping(start, end, level):
            if quote.start < start:
                start = quote.start
            if quote.end > end:
                end = quote.end
        return start, end

    def _own_extent(self, verb: Token) -> tuple[int, int] | None:
        """Characters of the cue's own clause (the verb, its subject and adjuncts) at the cue's level
        of quotation: quotes inside it are left out."""
        level = self.quotes.innermost(verb.idx)
        own = [t for t in verb.subtree if not (t.is_punct or t.is_space) and self.quotes.innermost(t.idx) is level]
        if not own:
            return None
        return min(t.idx for t in own), max(t.idx + len(t) for t in own)

    def _quote_after_another_claim(self, verb: Token) -> CharSpan | None:
        """"He warned that results must improve — “and fast,” he added": the parser hangs the first
        claim on "added"; what was added is the quotation right before its speaker."""
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if subject is None or clause is None or lemma_of(clause) not in CUES:
            return None
        if not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
            return None
        level = self.quotes.innermost(verb.idx)
        before = [q for q in self.quotes.children(level) if clause.idx < q.start and q.end <= subject.left_edge.idx]
        if not before:
            return None
        quote = max(before, key=lambda q: q.end)
        if not all(ch in _SAME_LINE_GAP for ch in self.text[quote.end : subject.left_edge.idx]):
            return None
        if self.text[: quote.start].rstrip()[-1:] not in ("—", "–", "-", ";", ":"):
            return None  # a quoted phrase inside the first claim ("placed it in a “burn bag,” the paper said")
        return quote.start, quote.end

    def quote_before(self, verb: Token) -> CharSpan | None:
        """"“…,” he said": the quotation that ends right before the cue's clause, on the same line
        (inside a quotation, a quote inside it: "‘…,’ they told us")."""
        extent = self._own_extent(verb)
        if extent is None:
            return None
        candidates = [q for q in self.quotes.children(self.quotes.innermost(verb.idx)) if q.end <= extent[0]]
        if not candidates:
            return None
        quote = max(candidates, key=lambda q: q.end)
        if not all(ch in _SAME_LINE_GAP for ch in self.text[quote.end : extent[0]]):
            return None
        last = self.text[quote.start : quote.end].rstrip(" '`\"”’»")[-1:]
        if last == "." and quote.end <= verb.sent.start_char:
            return None  # the quotation ends a sentence of its own: "… policy.'' The network said it …"
        return quote.start, quote.end

    def quote_after(self, verb: Token) -> CharSpan | None:
        """"She said, “…”" / "The crowd shouted “…” as she left": the quotation that starts right
        after the cue or after the cue's clause. Quotes set between the clause's own words belong to
        a larger content ("called the plan “a disaster” and “a waste”"): none is taken alone."""
        extent = self._own_extent(verb)
        if extent is None:
            return None
        verb_end = verb.idx + len(verb)
        following = [q for q in self.quotes.children(self.quotes.innermost(verb.idx)) if q.start >= verb_end]
        if not following:
            return None
        first = min(following, key=lambda q: q.start)
        if all(ch in _SAME_LINE_GAP for ch in self.text[verb_end : first.start]):
            return first.start, first.end
        if first.start < extent[1]:
            return None
        if not all(ch in _SAME_LINE_GAP for ch in self.text[extent[1] : first.start]):
            return None
        return first.start, first.end

    def _quotation_told_to(self, verb: Token, content: CharSpan) -> CharSpan:
        """"My doctor told me, 'You have malaria,' and I was shocked": a quotation right after the
        cue and its addressee is the content; what the outer speaker goes on to say is not."""
        verb_end = verb.idx + len(verb)
        following = [q for q in self.quotes.children(self.quotes.innermost(verb.idx)) if q.start >= verb_end]
        if not following:
            return content
        quote = min(following, key=lambda q: q.start)
        between = self.text[verb_end : quote.start]
        # set off by a comma or colon ("told me, 'You …'"), not a quoted phrase opening the clause ("said “budget reforms” and …")
        addressed = re.fullmatch(r"\s*(?:(?:me|us|him|her|them|you)\s*)?[,:]\s*", between) is not None
        if addressed and verb_end <= content[0] <= quote.start + 1 and content[1] >= quote.end:
            return quote.start, quote.end
        return content

    def _colon_after(self, verb: Token) -> int | None:
        """The colon that ends the cue's clause ("Caddell continued:", "Hugh Hill, a doctor, said:")."""
        doc = self.doc
        for i in range(verb.i + 1, min(len(doc), verb.i + 8)):
            token = doc[i]
            if token.text == ":":
                return i
            if token.is_punct or token.is_space or not verb.is_ancestor(token):
                return None
            if token.dep_ in ("ccomp", "dobj", "xcomp"):
                return None
        return None

    def parenthetical_cue_content(self, verb: Token) -> CharSpan | None:
        """"Floods could reach the capital, ministry warns" / "Back then, she said, he ...":
        the cue clause hangs off the verb of the content (parataxis or ccomp set off by commas),
        so the content is the rest of the head's clause."""
        doc = self.doc
        head = verb.head
        if verb.dep_ not in ("parataxis", "ccomp", "advcl", "conj") or head == verb:
            return None
        # "As the minister noted, the bridge will ...", "As stated by the ministry, ...": an "as" cue
        # with a speaker of its own opens the sentence
        leading_as = head.i > verb.i and _as_parenthetical(verb) and (self._subject(verb) or self._agent(verb)) is not None
        if verb.dep_ in ("conj", "advcl") and not leading_as and (head.i > verb.i or not self._subject(verb)):
            return None
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i < verb.i:
            # "she becomes upset, shouting profanities": a participle after a clause reports its object,
            # not the clause before it
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            return self.object_content(verb, obj) if obj is not None and obj.pos_ != "PRON" else None
        if any(child.dep_ == "mark" for child in verb.children) and not _as_parenthetical(verb):
            return None  # "..., as Putin alerts China": a clause of its own, not a cue
        if _has_clause_after(verb):
            return None  # "..., the bank continues to hold rates": the verb reports its own clause
        left, right = verb.left_edge.i, verb.right_edge.i
        if doc[left].is_punct and left < verb.i:  # the comma may belong to the cue's own subtree
            left += 1
        while right > verb.i and (doc[right].is_quote or doc[right].is_space):
            right -= 1  # the mark opening the quotation after the cue: "said, “…"
        if doc[right].is_punct and right > verb.i:
            right -= 1
        set_off_before = left > 0 and doc[left - 1].text in (",", "—", "–", ";")
        set_off_after = right + 1 < len(doc) and doc[right + 1].text in (",", "—", "–")
        summary = _summary_after_cue(verb)
        if summary is not None and set_off_before:
            # "Forces seized a tanker, the navy said, the latest in a string of incidents": the parser
            # hung the cue on the phrase that sums the news up; the news is the clause before the cue
            start, end = summary.left_edge.idx, doc[left - 1].idx
        elif set_off_before and set_off_after and verb.dep_ == "parataxis":
            root = head  # "Though that was seamless, he said, replacing her would be ...": the whole clause
            while root.dep_ == "advcl" and root.head != root:
                root = root.head
            start, end = subtree_span(root)
            after = [c for c in root.children if c.i > right and not (c.is_punct or c.is_space)]
            if after and root.i < verb.i and _writers_aside(after[0]):
                end = doc[left - 1].idx  # "Sales fell, the company said, while exports rose": up to the cue
        elif head.i < verb.i and set_off_before:
            start, end = head.left_edge.idx, doc[left - 1].idx
            after = [c for c in head.children if c.i > right and not (c.is_punct or c.is_space)]
            if right < head.right_edge.i and set_off_after and not (after and _writers_aside(after[0])):
                end = head.right_edge.idx + len(head.right_edge)  # the cue stands in the middle
        elif head.i > verb.i and set_off_after and (verb.dep_ == "parataxis" or leading_as):
            start = verb.left_edge.idx if left == head.left_edge.i else head.left_edge.idx
            start = doc[right + 2].idx if left == head.left_edge.i else start
            end = head.right_edge.idx + len(head.right_edge)
        else:
            return None
        if end - start < 3:
            return None
        return self.clip(start, end, verb)

    def clause_final_cue_content(self, verb: Token) -> CharSpan | None:
        """"Floods could reach the capital by Friday, ministry warns": a cue after a comma
        at the end of a clause, found by position when the parse went astray (headlines without a
        full stop run into the next line); the content is what precedes the comma in the line."""
        doc = self.doc
        subject = self._subject(verb)
        if subject is None or subject.i > verb.i or subject.right_edge.i != verb.i - 1 or _has_clause_after(verb):
            return None
        comma = subject.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            return None
        return self.clause_before_comma(doc[comma], verb)

    def sentence_before(self, verb: Token) -> CharSpan | None:
        """The sentence before the cue's, in the same paragraph or the one just before: what "this"
        points to in "The front is quiet. This was stated by the commander." """
        doc = self.doc
        if self.quotes.innermost(verb.idx) is not None:
            return None  # “he said this, he did that”: words quoted, not a report
        i = verb.sent.start - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0 or self.text.count("\n", doc[i].idx, verb.sent.start_char) > 2:
            return None
        previous = doc[i].sent
        start, end = trim(self.text, previous.start_char, previous.end_char)
        if end - start < 10:
            return None
        return self.snap_to_quotes(start, end)

    def inverted_object_speaker(self, verb: Token) -> Token | None:
        """"The bridge will reopen, informs the press service of the council": after a comma, with no
        subject of its own and nothing after it, the cue's "object" is its inverted subject (news
        translated from Russian or Ukrainian writes so; English "reported Reuters" too)."""
        doc = self.doc
        if verb.i < 2 or doc[verb.i - 1].text != "," or verb.tag_ not in ("VBZ", "VBD"):
            return None
        if lemma_of(verb) not in _INVERTED_CUES:
            return None  # "The mayor inspected the bridge, praised the crews": a real object
        if any(c.dep_ in SUBJECT_DEPS + ("nsubjpass", "ccomp", "xcomp") for c in verb.children):
            return None
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if obj is None or obj.i > verb.i + 6 or obj.pos_ == "PRON" or self.quotes.innermost(obj.idx) is not None:
            return None
        if obj.pos_ != "PROPN" and lemma_of(obj) not in INSTITUTIONS and lemma_of(obj) not in TITLES:
            return None  # "…, announced the plan": a thing, not a speaker
        rest = doc[obj.right_edge.i + 1 : verb.sent.end]
        if any(not (t.is_punct or t.is_space) for t in rest) or verb.head.i > verb.i:
            return None
        return obj

    def clause_before_comma(self, comma: Token, verb: Token) -> CharSpan | None:
        """The statement before the comma that sets off a clause-final cue, within its paragraph."""
        start = max(verb.sent.start_char, self.paragraph_bounds(verb.idx)[0])
        if comma.idx - start < 10:
            return None
        before = self.doc.char_span(start, comma.idx, alignment_mode="expand")
        if before is None or not _is_statement(before):
            return None  # "In December, the paper wrote", "When he ran, she said": no clause to report
        return self.clip(start, comma.idx, verb)

    def after_colon(self, colon: int) -> CharSpan:
        """"Caddell continued: “…”" / "The mayor added: It's late ...": the quotation after the
        colon (it may open the next paragraph), else the rest of the paragraph."""
        doc = self.doc
        start = doc[colon].idx + 1
        quote = self.quotes.starting_after(start, gap=" \t\r\n")
        if quote is not None:
            return quote.start, quote.end
        while start < len(self.text) and self.text[start].isspace():
            start += 1
        newline = self.text.find("\n", start)
        end = len(self.text) if newline == -1 else newline
        return self.snap_to_quotes(start, end)

    # --- speakers -------------------------------------------------------------------------------

    def _subject(self, verb: Token, depth: int = 0) -> Token | None:
        """The verb's subject, or the subject it shares with the verb it hangs off ("..., saying",
        "said and added", "declined to say")."""
        level = self.quotes.innermost(verb.idx)
        deps = SUBJECT_DEPS + ("nsubjpass",) if depth else SUBJECT_DEPS  # "was prompted to say"
        children = list(verb.children)
        subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
        if not subjects:  # '“…,” said Lt. Gen. (ret.) Erik Solberg': the title and the name, both after the cue
            subjects = [c for c in children if c.dep_ == "nsubj"]
        split = len(subjects) > 1 and (
            self.doc[subjects[-1].left_edge.i - 1].text == "-" or subjects[0].lower_.rstrip(".") in TITLES
        )
        if split and subjects[-1].ent_type_ == "PERSON":
            # "Vaultline co-founder Elias Graf wrote", "The Minister of Foreign Affairs Hakan Fidan stated": the
            # parser gave the verb two subjects, a title's and the name's; the name speaks
            children = [c for c in children if c not in subjects[:-1]]
        elif len(subjects) > 1 and subjects[0].tag_ in ("WDT", "WP") and subjects[-1].tag_ != "WDT":
            # "the knife, which they said belonged to him": the parser made the relative word a second
            # subject of the cue; it belongs to the reported clause, and "they" speak
            children = [c for c in children if c is not subjects[0]]
        for child in children:
            if child.dep_ in deps and _transcript_label(child):
                continue  # "Q: The state auditor said ...": the interviewer's label, not the subject
            if child.dep_ in deps and any(ch.isalnum() for ch in child.text):  # not a stray « tagged as a noun
                dated = child.ent_type_ in ("TIME", "DATE") and child.lower_ != "old"  # "the 46-year-old" is a person
                if self.quotes.innermost(child.idx) is level and not dated:
                    # a word of the quotation, or a live-blog time stamp, is not a speaker
                    return self._subject_past_dateline(child, verb)
                if level is not None and not dated and _opens_quote_on_its_verb(child, verb, level.start, self.text):
                    return child  # 'said her client “denies these allegations”': the subject right before the mark
        named = next((c for c in verb.lefts if c.i == verb.sent.start and c.is_title and c.pos_ == "ADV"), None)
        if named is not None and any(a.dep_ == "appos" for a in named.children) and verb.dep_ == "ROOT":
            return named  # "Nationwide, the UK's largest building society, reported": a name the tagger took for an adverb
        if depth >= 3:
            return None
        content_head = verb.head
        if _is_next_speech_act(verb) and content_head.dep_ == "ccomp" and self._is_cue_verb(content_head.head):
            return self._subject(content_head.head, depth + 1)  # "said X would rebound and praised Y"
        if _is_next_speech_act(verb) and verb.dep_ == "ccomp" and self._is_cue_verb(content_head):
            return self._subject(content_head, depth + 1)  # "said X would abide by it but warned that …"
        head_quote = self.quotes.innermost(verb.head.idx)
        if verb.dep_ == "conj" and head_quote is not level and head_quote is not None:
            between = self.text[head_quote.end : verb.idx]
            if head_quote.end <= verb.idx and not any(ch.isalnum() for ch in between):
                return None  # "« We demand … », insisted the leader": the parser joined the cue to the quotation's verb
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
            if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not _is_infinitive(verb):
                return None  # "..., as Putin alerts China": a clause of its own ("went on TV to say" shares it)
            if verb.dep_ == "advcl" and verb.head.dep_ == "relcl" and self.doc[verb.left_edge.i - 1].text == ",":
                # "asked about a builder who said he was unpaid, saying …": the aside after the comma
                # belongs to the clause the relative clause sits in, not to "who"
                for outer in verb.head.head.ancestors:
                    subject = next((c for c in outer.children if c.dep_ in SUBJECT_DEPS), None)
                    if outer.pos_ in ("VERB", "AUX") and subject is not None:
                        return subject
                return None
            reporter = _reporter_of_the_content(verb)
            if reporter is not None:  # "rejected claims that the vote was whipped, saying …": the rejecter says
                return self._subject(reporter, depth + 1)
            if verb.dep_ == "xcomp" and lemma_of(verb.head) in _MOVING_VERBS:
                # "the yen slumped, prompting Japan's top currency diplomat to warn …": the one moved to speak
                moved = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
                if moved is not None and moved.pos_ in ("NOUN", "PROPN"):
                    return moved
            shared = self._subject(verb.head, depth + 1)
            if verb.dep_ == "xcomp" and lemma_of(verb.head) == "be" and shared is not None and shared.lower_ == "it":
                return None  # "it was not possible to confirm the figures": nobody speaks
            return shared
        adjective = verb.head
        if verb.dep_ == "xcomp" and adjective.pos_ == "ADJ" and adjective.dep_ == "acomp" and adjective.head.pos_ in ("VERB", "AUX"):
            subject = self._subject(adjective.head, depth + 1)  # "officials were quick to point out that ..."
            if subject is not None and subject.lower_ == "it":
                return None  # "it was too early to say", "it was not possible to confirm": nobody speaks
            return subject
        quoted = _quoted_as_saying(verb)
        if quoted is not None:
            return quoted  # "the agency quoted the minister as saying that ...": the minister speaks
        if verb.dep_ in ("acl", "pcomp") and verb.tag_ == "VBG" and verb.head.head.pos_ in ("VERB", "AUX"):
            return self._subject(verb.head.head, depth + 1)  # "released a statement saying ...", "began by saying"
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and _reduced_relative_speaker(verb):
            return verb.head  # "a group backing Huckabee", "a poll found last week that ..."
        return None

    def _speaker_next_to_cue(self, verb: Token) -> Token | None:
        """"“…,” said James Acton, a physicist": when the parser took a word of the quotation for the
        subject, the speaker is the noun phrase right after the cue (or right before it)."""
        doc = self.doc
        level = self.quotes.innermost(verb.idx)
        after = []
        for token in doc[verb.i + 1 : verb.i + 12]:
            if token.is_punct or token.is_space or self.quotes.innermost(token.idx) is not level:
                break
            if token.ent_type_ in ("DATE", "TIME"):
                break
            after.append(token)
        before = []
        for token in reversed(doc[max(0, verb.i - 8) : verb.i]):
            if token.is_punct or token.is_space or self.quotes.innermost(token.idx) is not level:
                break
            before.insert(0, token)
        for words in (after, before):
            nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON")]
            if nouns:
                span = doc[words[0].i : words[-1].i + 1]
                root = span.root
                return root if root.pos_ in ("PROPN", "NOUN", "PRON") else nouns[-1]
        return None

    def _person_before(self, verb: Token) -> Token | None:
        """A person named before a finite cue that has no subject, across an apposition set off by
        commas ("…, Col. Ana Ruiz, a spokeswoman in Kabul, said"), with no other verb between."""
        for token in reversed(self.doc[max(verb.sent.start, verb.i - 16) : verb.i]):
            if token.pos_ in ("VERB", "AUX") or self.quotes.innermost(token.idx) is not None:
                return self._name_before_relative_clause(verb)
            if token.ent_type_ == "PERSON" and self.doc[token.i + 1].ent_iob_ != "I":
                return token  # the last word of the name
        return None

    def _name_before_relative_clause(self, verb: Token) -> Token | None:
        """"Reinhardt, who flew back to Berlin on Tuesday, said ...": the name opening the sentence,
        before a relative clause set off by commas that ends right before the cue."""
        doc, start = self.doc, verb.sent.start
        if verb.i < 1 or doc[verb.i - 1].text != ",":
            return None
        who = next((t for t in doc[start : verb.i] if t.lower_ in ("who", "which")), None)
        if who is None or who.i < start + 2 or doc[who.i - 1].text != ",":
            return None
        name = doc[who.i - 2]
        opening = all(t.is_title or t.pos_ == "DET" for t in doc[start : who.i - 1])
        named = name.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or name.pos_ in ("PROPN", "NOUN")
        return name if opening and named else None

    def _noun_right_before(self, verb: Token) -> Token | None:
        """The head of the name or noun phrase that ends right before a finite cue with no subject."""
        doc = self.doc
        words = []
        for token in reversed(doc[max(0, verb.i - 8) : verb.i]):
            if token.is_punct or token.is_space or token.dep_ in ("aux", "neg", "advmod"):
                if words or token.is_punct:
                    break
                continue
            words.insert(0, token)
        nouns = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON")]
        return nouns[-1] if nouns else None

    def _speaker_from_subject(
        self, subject: Token | None, verb: Token, content: CharSpan
    ) -> tuple[CharSpan | None, Token | None, Token | None]:
        """The speaker's span and head token, and for a relative pronoun ("who said") its antecedent."""
        if subject is None:
            return None, None, None
        if subject.lower_ in RELATIVE_PRONOUNS and subject.tag_ in ("WP", "WDT", "WP$"):
            antecedent = verb.head if verb.dep_ == "relcl" else None
            if antecedent is not None and subject.lower_ == "who":
                antecedent = _person_owning(antecedent)
            return (subject.idx, subject.idx + len(subject)), subject, antecedent
        start, end = subtree_span(subject)
        if verb.dep_ == "acl" and verb.head == subject:  # "a group backing X": the noun without its clause
            end = verb.left_edge.idx
        aside = _comma_clause_after(subject) or _reporting_relative_clause(subject)
        if aside is not None:
            before = self.doc[aside.left_edge.i - 1]
            end = min(end, before.idx if before.text == "," else aside.left_edge.idx)
        bracket = _bracketed_clause_after(subject)
        if bracket is not None:
            end = min(end, bracket.idx)
        dated = next((c for c in subject.rights if c.dep_ == "prep" and only_a_time(c)), None)
        if dated is not None and dated.right_edge.i + 1 == verb.i:
            end = min(end, dated.idx)  # "Health officials on Thursday confirmed": when, not who
        inside = content[0] <= start and end <= content[1]  # "X, Mr. Obama said, Y": a cue inside its content
        if start < content[1] and content[0] < end and not inside:  # the subject reaches into the content
            verb_end = verb.idx + len(verb)
            if subject.idx >= content[1]:  # the parser hung the closing quote mark on the name
                start = max(content[1], verb_end) if content[1] <= verb.idx < subject.idx else content[1]
            elif subject.idx + len(subject) <= content[0]:
                # the subject's subtree runs over the cue ("Most residents expect the council to approve it")
                end = self.cue_span(verb, [verb])[0] if subject.idx < verb.idx < content[0] else content[0]
                last = self.doc.char_span(start, end, alignment_mode="contract")
                if last is not None and len(last) > 1 and last[-1].dep_ == "acl" and last[-1].head is subject:
                    end = last[-1].idx  # "queries seeking to confirm": the clause the cue hangs on
            else:
                start, end = subject.idx, subject.idx + len(subject)
        start, end = self._on_the_subjects_line(start, end, subject)
        return trim(self.text, start, end), subject, None

    def _on_the_subjects_line(self, start: int, end: int, subject: Token) -> CharSpan:
        """A speaker never runs across a line break: the parser hangs a headline, a timestamp or the
        last paragraph's closing words on the next subject ("Pier Contract¶Dana Reyes said"). A
        dateline before the name goes too ("GDANSK (Reuters) - Mayor ...")."""
        text = self.text
        head_start = subject.idx
        line_start = text.rfind("\n", start, head_start)
        if line_start != -1:
            start = line_start + 1
        line_end = text.find("\n", head_start, end)
        if line_end != -1:
            end = line_end
        # the dateline may begin before the speaker's first token: "ANKARA (Wire Service) - Minister X"
        # reaches back only to the parenthesis
        dateline = _DATELINE.match(text, text.rfind("\n", 0, head_start) + 1, head_start)
        if dateline is not None and dateline.end() > start:
            start = dateline.end()
        return start, end

    def _reported_clause_misread(self, clause: Token, verb: Token) -> bool:
        """"Since Oct. 7, more than 110,000 people have crossed into Chad, the agency said": an
        opening time phrase made the parser read the reported clause as an adverbial one. It opens
        the sentence, has its own subject and no conjunction ("if", "when") of its own."""
        if clause.dep_ == "advcl" and clause.i > verb.i:
            return self._reported_clause_after_phrase(clause, verb)
        if clause.dep_ != "advcl" or verb.dep_ != "ROOT" or clause.i > verb.i or clause.left_edge.i != verb.sent.start:
            return False
        if clause.left_edge.lower_ in _SUBORDINATORS - {"since"}:
            return False  # ("since" opens a time phrase here; "Since X fell, ..." has it as a mark)
        if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return False  # "When Mr. Ortiz came to Washington, he felt ...": a real adverbial clause
        after = self.doc[clause.right_edge.i + 1] if clause.right_edge.i + 1 < len(self.doc) else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        # "…, the agency said": the speaker comes right after the comma
        return after is not None and after.text == "," and subject is not None and subject.left_edge.i == after.i + 1

    def _reported_clause_after_phrase(self, clause: Token, verb: Token) -> bool:
        """"Ruth Okafor said after the vote she would not accept the grant": a phrase between the cue and
        the reported clause made the parser read the clause as an adverbial one. The phrase opens
        the clause right after the cue, and the clause's own subject follows the phrase."""
        opener = clause.left_edge
        phrase = next((c for c in clause.children if c.dep_ == "prep" and c.i == opener.i), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if phrase is None or subject is None or opener.i != verb.i + 1:
            return False
        if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children):
            return False  # "said it would go ahead if the talks fail" is not this
        # "after the vote" ends where the subject begins; "after he left" has no object of its own
        return any(c.dep_ == "pobj" for c in phrase.children) and subject.left_edge.i == phrase.right_edge.i + 1

    def _subject_of_misread_participle(self, verb: Token) -> Token | None:
        """"A post shared 38,000 times claims that ...": the parser took the participle "shared" for
        the main verb and hung the cue on it; the participle's subject is the cue's."""
        head = verb.head
        if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "advcl" or head.tag_ not in ("VBD", "VBN") or head.i > verb.i:
            return None
        if any(t.text in (",", ";", "—", "-") or t.lower_ in ("and", "but", "as", "while") for t in self.doc[head.i : verb.i]):
            return None
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
        return subjects[-1] if subjects else None

    def _subject_past_dateline(self, subject: Token, verb: Token) -> Token:
        """The parser may take a dateline's place for the subject ("SAMSUN (Wire) - Minister X
        stated"): the speaker is then the verb's other subject, or the name set beside the place."""
        line_start = self.text.rfind("\n", 0, subject.idx) + 1
        dateline = _DATELINE.match(self.text, line_start, verb.idx)
        if dateline is None or subject.idx >= dateline.end():
            return subject
        # "ISLAMABAD, Nov 19 (Reuters) - Lt. Gen. Asif Qureshi, the commander …, said": the name may
        # hang on the agency, the verb's other subject inside the dateline
        others = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.idx < dateline.end()]
        near = (*verb.children, *subject.children, *(g for o in others for g in o.children))
        after = [c for c in near if c.dep_ in (*SUBJECT_DEPS, "appos") and dateline.end() <= c.idx < verb.idx]
        if not after:  # or on a word of the dateline itself ("QUETTA, Nov 19 (Reuters) - Lt. Gen. X")
            after = [t for o in (subject, *others) for t in o.subtree
                     if dateline.end() <= t.idx < verb.idx and t.head.idx < dateline.end() and t.pos_ in ("PROPN", "NOUN")]
        return min(after, key=lambda c: c.i) if after else subject

    def _agent(self, verb: Token) -> Token | None:
        """"Reports confirmed by Washington": the "by" phrase of a passive names the speaker."""
        for child in verb.children:
            by_name = child.dep_ == "prep" and child.lower_ == "by" and child.i == verb.i + 1
            if child.dep_ == "agent" or by_name:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and lemma_of(pobj) in _TALLIES:
                    return None  # "approved by seven votes to four": a count, not who approved
                if _is_time_phrase(child) or (pobj is not None and lemma_of(pobj) in _TIME_POINT_NOUNS):
                    return None  # "a verdict is expected by the end of the month": a deadline, not who expects
                if pobj is not None and (child.dep_ == "agent" or pobj.pos_ == "PROPN"):
                    return pobj
        return None

    def _agent_speaker(self, verb: Token) -> tuple[CharSpan | None, Token | None]:
        """The span and head of a passive's "by" phrase, or nothing."""
        agent = self._agent(verb)
        if agent is None:
            return None, None
        start, end = subtree_span(agent)
        setting = next((t for t in agent.subtree if t.i > agent.i and t.dep_ == "prep" and (
            _is_medium_phrase(t) or _is_time_phrase(t))), None)
        if setting is not None:  # "by the governor in Telegram on Monday": where and when, not who
            end = setting.idx
        that = next((t for t in agent.subtree if t.lower_ == "that" and t.dep_ == "mark" and t.i > agent.i), None)
        if that is not None:  # "by the same source that 40 were missing": the report, misparsed as a clause of the noun
            end = min(end, that.idx)
        return trim(self.text, start, end), agent

    def _has_hedge_adverb(self, verb: Token) -> bool:
        return any(child.lower_ in HEDGE_ADVERBS for child in verb.children)

    # --- forms without a cue verb ---------------------------------------------------------------

    def according_to(self, according: Token) -> Candidate | None:
        """"X, according to Y" / "According to Y, X": Y is the speaker, the rest of the clause the content."""
        doc = self.doc
        to = doc[according.i + 1]
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if pobj is None:
            pobj = next((c for c in according.children if c.dep_ == "pobj"), None)
        if pobj is None:  # "according to help desk workers": the tagger took "help" for a verb
            pobj = next((c for c in to.children if c.dep_ == "pcomp"), None)
        if pobj is None:
            return None
        article = pobj if pobj.lower_ in ("the", "a", "an") else None
        if article is not None:  # "according to the U.N." at a paragraph's end: "the" read as the object
            pobj = next((c for c in pobj.children if c.pos_ in ("PROPN", "NOUN")), pobj)
        holder = holder_after_role(pobj)  # "according to the prefect of the region, Mr. Jean-Paul Mbida, …"
        named = _name_right_after_role(pobj) if holder is None else None
        holder = holder or named
        clause = _clause_read_as_apposition(pobj) if according.i == according.sent.start else None
        last = holder.end - 1 if holder else clause.left_edge.i - 2 if clause else max(pobj.right_edge.i, to.i)
        content = self.content_around(according, last)
        if content is None:
            return None
        speaker = _owner_of_words(pobj) or pobj  # "according to the words of the minister" (translated text)
        if named is not None:
            speaker = named.root
        speaker_span = subtree_span(speaker)
        if named is not None:  # the role and the name: "city planner Dr. Michael Osei"
            speaker_span = (min(pobj.left_edge.idx, speaker_span[0]), speaker_span[1])
        if article is not None and article.idx < speaker_span[0]:
            speaker_span = (article.idx, speaker_span[1])
        if clause is not None:
            speaker_span = (speaker_span[0], self.doc[last].idx + len(self.doc[last]))
        relative = next((c for c in speaker.rights if c.dep_ == "relcl" and self.doc[c.left_edge.i - 1].text == ","), None)
        if relative is not None:  # "according to the Associated Press, which called the race": the name only
            speaker_span = (speaker_span[0], self.doc[relative.left_edge.i - 1].idx)
        if holder is not None:
            speaker_span = (speaker_span[0], holder.end_char)
        return Candidate(
            cue=(according.idx, to.idx + len(to)),
            cue_lemma="according to",
            stance="assert",
            content=content,
            speaker=trim(self.text, *speaker_span),
            speaker_head=speaker,
            rule="according",
        )

    def viewpoint(self, prep: Token) -> Candidate | None:
        """"In the opinion of experts, X", "In her view, X", "In the words of one aide, X": the
        owner of the view is the speaker, the rest of the clause the content, as with "according to"."""
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is not None and lemma_of(noun) in _SURVEY_NOUNS:
            return self.survey_finding(prep, noun)
        if noun is None or noun.i > prep.i + 3 or lemma_of(noun) not in _VIEWPOINT_NOUNS:
            return None
        if not any(c.dep_ in ("det", "poss") for c in noun.children):
            return None  # "in view of the costs", "in word and deed"
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        cue_end = noun
        if owner is None:
            of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
            owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            cue_end = of
        if owner is None or owner.lower_ in RELATIVE_PRONOUNS:
            return None
        content = self.content_around(prep, noun.right_edge.i)
        if content is None:
            return None
        return Candidate(
            cue=(prep.idx, cue_end.idx + len(cue_end)),
            cue_lemma=f"in {lemma_of(noun)}",
            stance=_VIEWPOINT_NOUNS[lemma_of(noun)],
            content=content,
            speaker=trim(self.text, *subtree_span(owner)),
            speaker_head=owner,
            rule="according",
        )

    def survey_finding(self, prep: Token, survey: Token) -> Candidate | None:
        """"In the latest Harbour Gazette poll, conducted over the weekend, the levy was backed by 41%": a sentence
        opening with the poll or survey it reports; the poll is the source, the clause its finding."""
        opener = next((t for t in prep.sent if not t.is_punct), None)
        if opener is None or opener.i != prep.i or not any(c.dep_ in ("det", "poss") for c in survey.children):
            return None  # "in polls, …" with no poll named; "the mayor led in the poll" is not this form
        last = survey.right_edge.i
        if last + 1 >= len(self.doc) or self.doc[last + 1].text != ",":
            return None
        content = self.content_around(prep, last)
        if content is None or content[0] < prep.idx:
            return None
        return Candidate(
            cue=(prep.idx, prep.idx + len(prep)), cue_lemma="in", stance="assert", content=content,
            speaker=trim(self.text, survey.left_edge.idx, self.doc[last].idx + len(self.doc[last])),
            speaker_head=survey, rule="according",
        )

    def content_around(self, first: Token, last: int) -> CharSpan | None:
        """The content of a source phrase (``first`` to token ``last``) set into a clause: the longer
        side of the clause around it, within its paragraph."""
        doc = self.doc
        clause = first.head  # the clause the phrase modifies, else its sentence
        while clause.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "conj", "parataxis") and clause.head != clause:
            clause = clause.head
        clause = self._whole_report(clause, first)
        if clause == first or clause.pos_ not in ("VERB", "AUX"):
            low, high = first.sent.start_char, first.sent.end_char
        else:
            low, high = subtree_span(clause)
        para_low, para_high = self.paragraph_bounds(first.idx)
        low, high = self.after_dateline(max(low, para_low), min(high, para_high), para_low)
        before = trim(self.text, low, first.idx)
        after = trim(self.text, doc[last].idx + len(doc[last]), high)
        ends_clause = first.i >= 2 and doc[first.i - 1].text == "," and doc[first.i - 2].pos_ not in ("ADP", "SCONJ", "CCONJ")
        if before[1] - before[0] < 3 and clause.dep_ in ("advcl", "conj") and clause.head.i < first.i and ends_clause:
            # "X rose 11%, according to Y, with 3,402 offences recorded": the parser hung the phrase
            # on the aside that follows; the claim is the clause before it
            main_start = max(subtree_span(clause.head)[0], para_low)
            before = trim(self.text, main_start, first.idx)
            return self.snap_to_quotes(*before) if before[1] - before[0] >= 3 else None
        content = before if before[1] - before[0] >= after[1] - after[0] else after
        joined = _JOINED_CLAUSE.match(self.text, after[0], after[1])
        if content == after and joined is not None and before[1] - before[0] >= 3 and ends_clause:
            content = before  # "3.4 million live in Turkey, according to UNHCR, and Ankara said ...": the next clause is another's
        if content[1] - content[0] < 3:
            return None
        return self.snap_to_quotes(*content)

    def _whole_report(self, clause: Token, according: Token) -> Token:
        """"X said Y, according to Z" reports that X said Y: PolNeAR gives Z the whole clause, and X's
        claim lies inside it. The parser often hangs the phrase on Y, or on the last of several
        clauses joined by "and" or ";" ("A rose and B fell, according to the survey"): climb to the
        clause that holds them all, when the phrase stands at the sentence's edge."""
        sent = according.sent
        after = [t for t in self.doc[according.i : sent.end] if not (t.is_punct or t.is_space)]
        at_edge = according.i == sent.start or all(t.i <= according.right_edge.i for t in after)
        if not at_edge:
            return clause
        while clause.head != clause:
            head = clause.head
            if clause.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
                clause = head
            elif clause.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and _contrast_mark(clause):
                clause = head  # "Exports grew, while imports fell 3%, according to customs": both
            elif clause.dep_ == "advcl" and clause.tag_ == "VBG" and head.i < clause.i and not any(c.dep_ == "mark" for c in clause.children):
                clause = head  # "Democrats kept control, winning 38 seats, according to the results": both
            elif clause.dep_ in ("ccomp", "xcomp") and head.pos_ == "VERB" and lemma_of(head) in CUES:
                clause = head
            else:
                break
        return clause

    def purports(self, token: Token) -> Candidate | None:
        """"A video released by the army purports to show ...": the tagger often takes "purports"
        for a plural noun, so the phrase is read by position: what precedes it in the sentence is
        the speaker, the to-infinitive after it the content."""
        doc = self.doc
        if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "to":
            return None
        verb = doc[token.i + 2]
        start = max(token.sent.start_char, self.paragraph_bounds(token.idx)[0])
        speaker = trim(self.text, start, token.idx)
        if speaker[1] - speaker[0] < 2:
            return None
        end_token = max(verb.right_edge, _cut_trailing_aside(verb), key=lambda t: t.i)
        return Candidate(
            cue=(token.idx, token.idx + len(token)),
            cue_lemma="purport",
            stance="claim",
            content=self.clip(doc[token.i + 1].idx, end_token.idx + len(end_token), token),
            speaker=speaker,
            speaker_head=self._root_of(*speaker),
            hedged=True,
            rule="xcomp",
        )

    def cue_read_as_compound(self, token: Token) -> Candidate | None:
        """"Police allege Yusuf stabbed the guard": the parser read subject, cue and the reported
        subject as one noun phrase ("Police allege Yusuf") governed by the reported verb; read by
        position, the words before the cue are the speaker and the clause after it the content."""
        subject, reported = token.head, token.head.head
        lemma = _verb_lemma(token.lower_)
        entry = CUES.get(lemma)
        if entry is None or subject.dep_ not in ("nsubj", "nsubjpass") or reported.pos_ not in ("VERB", "AUX"):
            return None
        start = max(token.sent.start_char, self.paragraph_bounds(token.idx)[0], subject.left_edge.idx)
        speaker = trim(self.text, start, token.idx)
        if speaker[1] - speaker[0] < 2 or token.i + 1 > subject.i:
            return None
        end_token = _cut_trailing_aside(reported)
        return Candidate(
            cue=(token.idx, token.idx + len(token)),
            cue_lemma=lemma,
            stance=entry[0],
            content=self.clip(self.doc[token.i + 1].idx, end_token.idx + len(end_token), token),
            speaker=speaker,
            speaker_head=self._root_of(*speaker),
            rule="ccomp",
        )

    def noun(self, noun: Token) -> Candidate | None:
        """"the mayor's claim that the bridge is safe", "her decision to leave",
        "his remarks about the judge": a reporting noun with its owner (possessive, or "by X") as
        the speaker and its that-clause, to-infinitive or topic ("about", "on") as the content."""
        lemma = lemma_of(noun)
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
            owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if owner is None or owner.lower_ in RELATIVE_PRONOUNS:
            return None
        content = None
        cue_end = noun
        for child in noun.rights:
            if child.dep_ in ("acl", "ccomp") and _that_mark(child) is not None:
                end = _cut_trailing_aside(child)  # not the speaker's next act: "claims that X, calling them …"
                content = self.clip(_that_mark(child).idx, end.idx + len(end), noun)
            elif child.dep_ == "relcl" and _is_content_clause(child):  # "her warning that prices will rise"
                end = _cut_trailing_aside(child)
                content = self.clip(child.left_edge.idx, end.idx + len(end), noun)
            elif child.dep_ == "acl" and _is_infinitive(child):
                end = _cut_trailing_aside(child)
                content = self.clip(child.left_edge.idx, end.idx + len(end), noun)
            elif child.dep_ == "prep" and child.lower_ in _NOUN_TOPIC_PREPS and _is_noun_topic(noun, child) and not _is_time_phrase(child):
                topic = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if topic is not None and topic != owner:
                    end = _cut_trailing_aside(topic)
                    content = self.clip(topic.left_edge.idx, end.idx + len(end), noun)
                    cue_end = child  # "comments on": the preposition belongs to the cue
            if content is not None:
                break
        if content is None or (owner.i > noun.i and content[0] < owner.idx):
            return None
        return Candidate(
            cue=(noun.idx, cue_end.idx + len(cue_end)),
            cue_lemma=lemma,
            stance=NOUN_CUES[lemma],
            content=content,
            speaker=trim(self.text, owner.left_edge.idx, owner.right_edge.idx + len(owner.right_edge)),
            speaker_head=owner,
            cue_token=None,
            rule="noun",
        )

    def light_verb(self, verb: Token) -> Candidate | None:
        """"took a shot at Clinton", "raised questions about his birthplace", "made it clear that
        ...": a verb with little meaning of its own whose object names the speech act; the content
        is what the object (or the verb) is about."""
        subject = self._agent(verb) or self._subject(verb)
        if subject is None or subject.lower_ in ("it", "there"):
            return None
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        clear = next((c for c in verb.rights if c.dep_ in ("oprd", "acomp", "ccomp") and c.lower_ == "clear"), None)
        if clear is None:  # "made clear Tuesday they will ...": the parser took "clear" for the weekday's modifier
            after = self.doc[verb.i + 1 : verb.i + 3]
            clear = next((t for t in after if t.lower_ == "clear" and t.i == after[0].i + (after[0].lower_ == "it")), None)
        clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.lower_ != "clear"), None)
        if clause is None and clear is not None:  # "made it clear that ...": the clause hangs on "clear"
            clause = next((c for c in clear.rights if c.dep_ in ("ccomp", "advcl") and _that_mark(c) is not None), None)
        if clear is not None and clause is not None:  # "made (it) clear that ..."
            cue_end, stance, content = clear, "assert", self.clause_content(clause, verb)
        elif obj is not None and lemma_of(obj) in LIGHT_NOUNS:
            stance, preps = LIGHT_NOUNS[lemma_of(obj)]
            found = self._light_topic(verb, obj, _LIGHT_PREPS | set(preps.split()))
            if found is None:
                return None
            cue_end, content = found
        else:
            return None
        if content[1] - content[0] < 3:
            return None
        speaker, head, antecedent = self._speaker_from_subject(subject, verb, content)
        lemma = f"{lemma_of(verb)} {lemma_of(obj) if clear is None and obj is not None else 'clear'}"
        found = self.verb_candidate(verb, [verb], lemma, stance, content, "light", speaker, head, antecedent=antecedent)
        found.cue = (found.cue[0], cue_end.idx + len(cue_end))  # "took a shot at": the cue runs to the particle
        return found

    def _light_topic(self, verb: Token, obj: Token, preps: set[str]) -> tuple[Token, CharSpan] | None:
        """The last cue token and the content of "took a shot at X" / "raised concern that X"."""
        for child in list(obj.rights) + [c for c in verb.rights if c.i > obj.i]:
            if child.dep_ == "prep" and child.lower_ in preps and not _is_time_phrase(child):
                topic = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if topic is not None and _an_amount(topic):
                    return None  # "took a one-time charge of $95 million": accounting, not an accusation
                if topic is not None:
                    end = _cut_trailing_aside(topic)
                    return child, self.clip(topic.left_edge.idx, end.idx + len(end), verb)
            if child.dep_ in ("acl", "ccomp") and (_that_mark(child) is not None or _is_infinitive(child)):
                return obj, self.clause_content(child, verb)
            if child.dep_ == "relcl" and _is_content_clause(child):  # "made the point that rents have doubled"
                return obj, self.clause_content(child, verb)
        return None

    def adjective(self, adjective: Token) -> Candidate | None:
        """"was also critical of the plan", "is confident that she will win": a stance adjective
        after a copula, with the copula's subject as the speaker and its complement as the content."""
        copula = adjective.head
        if self.quotes.innermost(adjective.idx) is not None:
            return None  # "I am confident ..." in a quotation is part of what was said
        subject = self._subject(copula)
        if subject is None or subject.lower_ in ("it", "there", "this", "that"):
            return None  # "it is clear that ...": nobody's stance
        last = adjective
        content = None
        for child in adjective.rights:
            if child.dep_ == "prep" and child.lower_ in _ADJECTIVE_PREPS:
                topic = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if topic is not None:
                    last = child
                    end = _cut_trailing_aside(topic)
                    content = self.clip(topic.left_edge.idx, end.idx + len(end), copula)
                break
            if child.dep_ in ("ccomp", "xcomp"):
                content = self.clause_content(child, copula)
                break
        if content is None:
            clause = next((c for c in copula.rights if c.dep_ == "ccomp" and c.i > adjective.i), None)
            if clause is None:
                return None
            content = self.clause_content(clause, copula)
        if content[1] - content[0] < 3:
            return None
        cue_start = self.cue_span(copula, [copula])[0]
        speaker, head, antecedent = self._speaker_from_subject(subject, copula, content)
        return Candidate(
            cue=(cue_start, last.idx + len(last)),
            cue_lemma=adjective.lower_,
            stance=ADJECTIVE_CUES[adjective.lower_],
            content=content,
            speaker=speaker,
            speaker_head=head,
            negated=_is_negated(copula),
            rule="adjective",
            antecedent=antecedent,
        )

    def hedge_adverb(self, adverb: Token) -> Candidate | None:
        """"North Korea has reportedly sent ...": a hedged claim with nobody named as its source."""
        head = adverb.head
        if lemma_of(head) in CUES or head == adverb:
            return None  # "reportedly said": the verb's own claim carries the hedge
        start, end = subtree_span(head)
        if adverb.i == head.left_edge.i:  # "Reportedly, the port was hit": the hedge opens, it is not content
            start, end = trim(self.text, adverb.idx + len(adverb), end)
        return Candidate(
            cue=(adverb.idx, adverb.idx + len(adverb)),
            cue_lemma=adverb.lower_,
            stance="assert",
            content=self.snap_to_quotes(start, end),
            hedged=True,
            rule="hedge",
        )

    def dash_bylines(self) -> Iterator[Candidate]:
        """“…” — Commissioner X: a quotation signed with a dash and a name on the same line."""
        text = self.text
        for quote in self.quotes.quotations:
            dash = _DASH_AFTER.match(text, quote.end)
            if dash is None:
                continue
            line_end = text.find("\n", dash.end())
            line_end = len(text) if line_end == -1 else line_end
            end = min(line_end, self.quotes.next_start(dash.end()))
            speaker = trim(text, dash.end(), end)
            words = text[speaker[0] : speaker[1]].split()
            nominal = bool(words) and words[0] in ("the", "a", "an", "one")  # "“…” - the governor."
            if not 1 <= len(words) <= 8 or not (words[0][:1].isupper() or nominal):
                continue
            head = self._root_of(*speaker)
            if head is None:
                continue
            if nominal and any(t.pos_ in ("VERB", "AUX") for t in head.sent if speaker[0] <= t.idx < speaker[1]):
                continue  # "“Stop” – the sign said nothing else": a sentence, not a signature
            mark = dash.group(1)
            cue_start = dash.start(1)
            yield Candidate(
                cue=(cue_start, cue_start + len(mark)),
                cue_lemma=mark[0],
                stance="assert",
                content=(quote.start, quote.end),
                speaker=speaker,
                speaker_head=head,
                rule="dash",
            )

    def quoted_headline(self) -> Iterator[Candidate]:
        """"'We are running out of time': climate envoy on the talks": a headline that opens with a
        quotation and names its speaker after the colon, up to what the piece is about."""
        text = self.text
        start = len(text) - len(text.lstrip())
        line_end = text.find("\n", start)
        match = _QUOTED_HEADLINE.match(text, start, len(text) if line_end == -1 else line_end)
        if match is None:
            return
        speaker = trim(text, match.start("speaker"), match.end("speaker"))
        head = self._root_of(*speaker)
        if head is None or not 1 <= len(text[speaker[0] : speaker[1]].split()) <= 6:
            return
        yield Candidate(
            cue=(match.start("colon"), match.end("colon")),
            cue_lemma=":",
            stance="assert",
            content=(match.start("quote"), match.end("quote")),
            speaker=speaker,
            speaker_head=head,
            rule="colon",
            verbatim=True,
        )

    def seen_by(self, participle: Token) -> Candidate | None:
        """"Documents seen by the Herald show that …", "…, a memo seen by the Courier shows.": the
        parser reads "the Herald show" as a noun phrase and misses the cue, so the words are matched
        here: a document noun, "seen/obtained by", a name of up to five words, a showing verb."""
        doc, text = self.doc, self.text
        noun = doc[participle.i - 1] if participle.i > 0 else None
        if noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in DOCUMENT_NOUNS:
            return None
        sent_end = participle.sent.end
        show = next(
            (t for t in doc[participle.i + 2 : min(participle.i + 8, sent_end)] if t.lower_ in _SHOWING_WORDS),
            None,
        )
        if show is None or not all(t.pos_ in ("DET", "PROPN", "NOUN") for t in doc[participle.i + 2 : show.i]):
            return None
        start = noun.i
        while start > participle.sent.start and doc[start - 1].pos_ in ("DET", "ADJ", "NUM"):
            start -= 1
        speaker = (doc[start].idx, show.idx - 1 if text[show.idx - 1] == " " else show.idx)
        after = doc[show.i + 1] if show.i + 1 < sent_end else None
        if after is not None and after.lower_ == "that":
            content = trim(text, after.idx, participle.sent.end_char)
        elif (after is None or after.is_punct) and start > participle.sent.start and doc[start - 1].text == ",":
            content = trim(text, participle.sent.start_char, doc[start - 1].idx)  # "X, a memo … shows."
        else:
            return None
        lemma = _SHOWING_WORDS[show.lower_]
        return Candidate(
            cue=(show.idx, show.idx + len(show)),
            cue_lemma=lemma,
            stance=CUES[lemma][0],
            content=content,
            speaker=speaker,
            speaker_head=noun,
            cue_token=show,
            rule="seen_by",
        )

    def signed_posts(self) -> Iterator[Candidate]:
        """An embedded post as scraped: its words in one paragraph, then a line with a dash and its
        author ("— Rail Operator (@railop) February 18, 2025"). The post is the author's words
        verbatim, quotation marks or not."""
        text = self.text
        for signature in _SIGNATURE_LINE.finditer(text):
            name = trim(text, signature.start("name"), signature.end("name"))
            words = text[name[0] : name[1]].split()
            previous_end = signature.start() - 1
            while previous_end > 0 and text[previous_end - 1] in " \t\n":
                previous_end -= 1
            previous_start = text.rfind("\n", 0, previous_end) + 1
            link = _POST_LINK.search(text, previous_start, previous_end)
            content = trim(text, previous_start, link.start() if link else previous_end)
            if not 1 <= len(words) <= 8 or content[1] - content[0] < 3 or previous_end <= 0:
                continue
            head = self._root_of(*name)
            if head is None:
                continue
            mark = signature.start("mark")
            yield Candidate(
                cue=(mark, signature.end("mark")),
                cue_lemma=text[mark],
                stance="assert",
                content=content,
                speaker=name,
                speaker_head=head,
                rule="dash",
                verbatim=True,
            )

    def title_case_headline(self) -> Iterator[Candidate]:
        """"Harbour Union Leader Endorses Port Plan": in a title-case first line the tagger reads the
        capitalised verb as part of a name, so the rules over the parse miss it. A word whose
        "-s" form is a cue verb of the lexicon, with words before and after it, splits the line
        into speaker, cue and content. (Written by hand: no parser we ship reads title case well.)"""
        doc, text = self.doc, self.text
        line_end = text.find("\n")
        line_end = len(text) if line_end == -1 else line_end
        line = []
        for token in doc:  # only the first line: the scan must not walk the whole article
            if token.idx >= line_end:
                break
            if not token.is_space:
                line.append(token)
        words = [t for t in line if t.is_alpha]
        if not 4 <= len(words) <= 25 or sum(t.text[0].isupper() for t in words) < 0.8 * len(words):
            return
        for k, token in enumerate(line[1:-1], start=1):
            lemma = _headline_verb(token.text)
            if lemma is None or token.pos_ == "VERB" or line[k + 1].pos_ in ("VERB", "AUX"):
                continue  # "Zoning Rules Face Test": a plural noun before the real verb
            if lemma in _MOSTLY_NOUNS:
                continue  # "Zoning Rules Spark Protest": read as a noun unless the tagger says otherwise
            stance, frames = CUES[lemma]
            if not ("o" in frames or "c" in frames):
                continue
            first = line[0]
            colon = next((t for t in line[:k] if t.text == ":"), None)
            if colon is not None:
                first = doc[colon.i + 1]
            speaker = trim(text, first.idx, token.idx)
            content = trim(text, token.idx + len(token), line_end)
            head = self._root_of(*speaker) if speaker[1] > speaker[0] else None
            if head is None or not 1 <= len(text[speaker[0] : speaker[1]].split()) <= 8 or content[1] - content[0] < 3:
                return
            yield Candidate(
                cue=(token.idx, token.idx + len(token)),
                cue_lemma=lemma,
                stance=stance,
                content=self.snap_to_quotes(*content),
                speaker=speaker,
                speaker_head=head,
                cue_token=token,
                rule="headline",
            )
            return

    def colon_introductions(self) -> Iterator[Candidate]:
        """"From the ministry: “…”", "PENCE: Well, ..." (a transcript) and "Poll: Voters abandon ..."
        (a headline): the words before a colon name the speaker."""
        doc = self.doc
        text = self.text
        first_line_end = text.find("\n", len(text) - len(text.lstrip()))
        for token in doc:
            if token.text != ":":
                continue
            line_start = text.rfind("\n", 0, token.idx) + 1
            line_end = text.find("\n", token.idx)
            line_end = len(text) if line_end == -1 else line_end
            dash = _LAST_DASH.search(text, line_start, token.idx)
            if dash is not None:  # "HEADLINE IN CAPITALS - Jane Roe: “…”": the name after the dash
                line_start = dash.end()
            before = text[line_start : token.idx]
            if _QUOTED.fullmatch(before.strip()):
                continue  # "'We are running out of time': envoy ...": the quotation is the content
            words = before.strip(" \t\"“'‘").split()
            fronted = self._fronted_cue(token, line_end)
            if fronted is not None:
                yield fronted
                continue
            if not words or any(self._is_cue_verb(t) for t in doc[token.sent.start : token.i]):
                continue
            if words == ["A"] and line_start == text.rfind("\n", 0, token.idx) + 1:
                answer = self._interview_answer(token, line_end)
                if answer is not None:
                    yield answer
                continue
            if " ".join(words).lower().strip(".") in _NOT_SPEAKERS or words[-1].lower() in ("follows", "following", "below"):
                continue  # "CLARIFICATION: ...", "The transcript follows: ..."
            if re.search(r"\d\s*[-–]\s*\d", before):
                continue  # "Arsenal 3-0 Chelsea: Saka double sinks Blues": a result, not a speaker
            if all(w.isupper() for w in words) and _names_a_dateline_place(doc[token.i - 1]) and not _QUOTE_OPENERS.match(text, token.idx + 1):
                continue  # "BOLIVIA: Drivers queue …", "NEW DELHI: The bank …": a section or dateline, not a speaker
            if line_end == first_line_end:
                tail = self._headline_tail(token.idx + 1, line_end)
                if tail is not None:  # "Somalia drought: 4.4 million face hunger, agencies warn"
                    yield tail
                    continue
            if line_end == first_line_end and _only_places(doc, line_start, token.i) and not _QUOTE_OPENERS.match(text, token.idx + 1):
                continue  # the headline "Sudan: Army retakes Wad Madani": the country it is about, not a speaker
            quote = self.quotes.starting_after(token.idx + 1, gap=" \t\n")
            transcript_label = len(words) <= 3 and (
                all(w.isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
                or self._is_name_label(token, len(words))
            )
            headline = line_end == first_line_end and len(words) <= 6 and words[0][:1].isupper()
            speaker_start = token.idx - len(before.lstrip(" \t\"“'‘"))
            if quote is not None and (len(words) > 10 or _is_statement(doc[token.sent.start : token.i])):
                # "The result didn't surprise pollster Jane Roe: “…”": the name right before the colon
                name = self._name_before(token)
                if name is not None:
                    speaker_start, words = name.start_char, name.text.split()
            if quote is not None and len(words) <= 10:
                content = (quote.start, quote.end)
                rest = text[quote.end : line_end] if quote.end < line_end else ""
                if headline and any(ch.isalpha() for ch in rest):  # "Roe: ‘It Is Not Radical’ To Ask For More"
                    content = trim(text, token.idx + 1, line_end)
            elif transcript_label or (headline and self._headline_source(speaker_start, token)):
                content = trim(text, token.idx + 1, line_end)
            else:
                continue
            if content[1] - content[0] < 3:
                continue
            first = doc.char_span(speaker_start, token.idx, alignment_mode="expand")
            if first is not None and len(first) > 1 and first[0].lower_ in ("from", "in", "per"):
                speaker_start = first[1].idx
            speaker = trim(text, speaker_start, token.idx)
            topic = _HEADLINE_TOPIC.search(text, speaker[0], token.idx) if headline else None
            if topic is not None:  # "Ortiz on Harbour Tax: ...": the speaker, then what the words are about
                speaker = trim(text, speaker[0], topic.start())
            head = self._root_of(*speaker)
            if head is None:
                continue
            asks = text[content[0] : content[1]].rstrip("\"”’'").endswith("?")  # "Reporter: Will the talks ...?"
            yield Candidate(
                cue=(token.idx, token.idx + 1),
                cue_lemma=":",
                stance="question" if asks else "assert",
                content=content,
                speaker=speaker,
                speaker_head=head,
                rule="colon",
            )

    def _headline_tail(self, start: int, end: int) -> Candidate | None:
        """A headline after a topic and colon that names its source at the end: "Burkina Faso:
        Jihadists kill dozens, says local source", "Somalia drought: 4.4 million face hunger,
        agencies warn". The topic is what the story is about; the source speaks."""
        for pattern in _HEADLINE_TAILS:  # ", says local source" or ", agencies warn"
            match = pattern.match(self.text, start, end)
            lemma = _cue_lemma_of_form(match["cue"]) if match is not None else None
            if lemma is not None:
                break
        else:
            return None
        head = self._root_of(*match.span("speaker"))
        cue = self.doc.char_span(*match.span("cue"))
        if head is None or cue is None:
            return None
        return Candidate(
            cue=match.span("cue"), cue_lemma=lemma, stance=CUES[lemma][0],
            content=trim(self.text, *match.span("content")),
            speaker=match.span("speaker"), speaker_head=head, cue_token=cue.root,
            rule="headline_tail",
        )

    def _headline_source(self, start: int, colon: Token) -> bool:
        """Whether a headline's words before the colon can be a source: a name ("Vance: …", "Ortiz
        camp: …") or a document ("Poll: …"), not a topic ("Merger talks: …", "Q&A: …") or an event's
        code ("COP31: Rich nations pledge …")."""
        span = self.doc.char_span(start, colon.idx, alignment_mode="expand")
        if span is None or not len(span):
            return False
        if any(_EVENT_CODE.fullmatch(t.text) or "&" in t.text for t in span):
            return False
        # a lone capitalised word is most often a surname the tagger took for a noun ("Vance: …")
        named = any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span) or (len(span) == 1 and span[0].is_title)
        return named or lemma_of(span.root) in DOCUMENT_NOUNS | _SOURCE_NOUNS

    def _fronted_cue(self, colon: Token, line_end: int) -> Candidate | None:
        """"Said Brandt: “Nobody here trusts the sums.”": the cue opens the sentence, the speaker's name
        stands between it and the colon (the parser reads the cue as part of the name)."""
        sentence = colon.sent
        first = next((t for t in sentence if not t.is_punct), None)
        if first is None or first.i >= colon.i - 1 or not first.text[:1].isupper() or lemma_of(first) not in FRONTED_CUES:
            return None
        name = self.doc[first.i + 1 : colon.i]
        if len(name) > 6 or not all(t.text[:1].isupper() or t.text in (".", "-") for t in name):
            return None
        quote = self.quotes.starting_after(colon.idx + 1, gap=" \t\n")
        content = (quote.start, quote.end) if quote is not None else trim(self.text, colon.idx + 1, min(line_end, sentence.end_char))
        if content[1] - content[0] < 3:
            return None
        return Candidate(
            cue=(first.idx, first.idx + len(first)), cue_lemma=lemma_of(first), stance=CUES[lemma_of(first)][0],
            content=content, speaker=(name.start_char, name.end_char), speaker_head=name.root,
            cue_token=first, rule="fronted",
        )

    def _interview_answer(self, colon: Token, line_end: int) -> Candidate | None:
        """"A: We would have first water by 2030." in a Q-and-A: the answer of the person the
        introduction names (the first person named before the first "Q:" line, not the byline's)."""
        text = self.text
        first_question = _QUESTION_LINE.search(text)
        if first_question is None or first_question.start() > colon.idx:
            return None
        author = self.doc._.author
        people = [
            (start, end) for entity in self.doc._.cg_entities or []
            if (entity.kind == "person" or (entity.kind == "organization" and _personal_name(entity.name))) and entity.name != author
            for start, end in entity.mentions[:1] if end <= first_question.start()
        ]
        content = trim(text, colon.idx + 1, line_end)
        if not people or content[1] - content[0] < 3:
            return None
        start, end = min(people)
        head = self._root_of(start, end)
        if head is None:
            return None
        return Candidate(
            cue=(colon.idx, colon.idx + 1), cue_lemma=":", stance="assert", content=content,
            speaker=(start, end), speaker_head=head, rule="colon", verbatim=True,
        )

    def _is_name_label(self, colon: Token, words: int) -> bool:
        """"Matthews: Well, ..." in a transcript: a person's name opening the line before a colon."""
        span = self.doc[max(0, colon.i - words) : colon.i]
        # the tagger may take a foreign name's part for a noun ("Wen Hao:"): the entity vouches for it
        return bool(span) and all((t.pos_ == "PROPN" or t.ent_type_ == "PERSON") and t.text[:1].isupper() for t in span) and any(
            t.ent_type_ == "PERSON" for t in span
        )

    def _name_before(self, colon: Token):
        """The name of a person or body right before a colon ("... pollster Jane Roe:")."""
        last = colon.i - 1
        if last < 0 or self.doc[last].pos_ != "PROPN" or self.doc[last].ent_type_ not in ("PERSON", "ORG"):
            return None
        start = last
        while start > 0 and self.doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and self.doc[start - 1].head.i >= start:
            start -= 1  # "pollster Jane Roe": the words that modify the name
        return self.doc[start : last + 1]

    def _is_cue_verb(self, token: Token) -> bool:
        return token.pos_ == "VERB" and lemma_of(token) in CUES

    def _root_of(self, start: int, end: int) -> Token | None:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None


# Dependents of a cue verb after its object that are not part of the content: another verb
# coordinated with the cue ("criticized X and praised Y") and the speaker of an inverted cue.
_NOT_CONTENT_DEPS = frozenset({"cc", "conj", "nsubj", "nsubjpass", "agent", "dep"})
# Summits and groups named by a code, not sources: "COP31", "G20".
_EVENT_CODE = re.compile(r"[A-Z]{1,5}-?\d{1,4}")
# Common nouns that may stand as a headline's source before a colon ("Police: …", "Newspaper: …").
_SOURCE_NOUNS = frozenset(
    "police officials official experts expert sources source witnesses witness newspaper paper analysts "
    "analyst critics scientists doctors residents voters minister ministry government court judge".split()
)
# Cues that may open a sentence before the speaker's name and a colon ("Said Brandt: “…”").
FRONTED_CUES = frozenset({"say", "add", "ask", "write", "explain", "recall"})
# Verbs of appearance: a claim without a speaker ("the deal seems unlikely").
_SEEM_VERBS = frozenset({"seem", "appear"})
# Prepositions that introduce what a light-verb phrase is about ("took a shot at", "raised questions about").
_LIGHT_PREPS = frozenset({"about", "against", "over", "toward", "towards"})
# Prepositions that introduce the topic of a reporting noun ("his remarks about the judge").
_NOUN_TOPIC_PREPS = frozenset({"about", "on", "of", "for", "to", "against"})
# Nouns whose "to" says what they are about ("opposition to the plan"); elsewhere "to" names the
# addressee ("her statements to the harbour board", "a complaint to the court").
_TOPIC_TO_NOUNS = frozenset({"opposition", "threat", "objection"})


def _is_noun_topic(noun: Token, prep: Token) -> bool:
    if lemma_of(noun) in ("attack", "strike", "assault") and _armed_target(prep):
        return False  # "Moscow's attacks on Ukrainian cities": strikes, not words
    return prep.lower_ != "to" or lemma_of(noun) in _TOPIC_TO_NOUNS


def _armed_target(prep: Token) -> bool:
    """Whether the preposition's object is a place or a thing one strikes ("on Ukrainian cities")."""
    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return target is not None and (lemma_of(target) in _TARGET_NOUNS or _is_place(target))


# Prepositions that introduce what a stance adjective is about ("critical of", "optimistic about").
_ADJECTIVE_PREPS = frozenset({"of", "about", "on", "with", "toward", "towards", "to", "over", "by"})
# Adverbs PolNeAR counts as part of the cue ("also said", "now says").
_CUE_ADVERBS = frozenset({"also", "now", "then", "even", "again", "further", "later", "repeatedly", "previously", "once"})
# Labels before a colon that introduce text but name nobody.
_NOT_SPEAKERS = frozenset({"clarification", "correction", "update", "updated", "editor's note", "editor’s note",
                           "note", "the latest", "watch", "read more", "related", "source", "photo", "video",
                           "breaking", "warning", "exclusive", "analysis", "opinion", "q", "a",
                           # labels of the kind of page in a headline ("Live updates: Floods ...")
                           "live", "live updates", "live blog", "as it happened", "explainer", "factbox",
                           "fact check", "timeline", "in pictures", "in photos", "interview", "podcast",
                           "recap", "review", "newsletter", "quiz", "roundup", "round-up", "wrapup", "wrap-up",
                           "preview", "editorial", "feature", "briefing", "corrected", "transcript", "full transcript", "obituary",
                           # a fact-check's own labels ("Verdict: False", "Claim: ...")
                           "verdict", "our verdict", "rating", "our rating", "ruling", "our ruling", "claim",
                           "the claim", "fact", "the facts", "bottom line", "the bottom line", "what we found",
                           # the section heads of a situation report or an explainer ("KEY FIGURES: …")
                           "key figures", "key points", "key messages", "highlights", "funding", "background",
                           "context", "overview", "situation overview", "response", "needs", "gaps", "access",
                           "humanitarian access", "constraints", "why it matters", "the big picture",
                           "by the numbers", "what's next", "what’s next", "what happens next", "catch up"})
_SAME_LINE_GAP = " \t,;:—–―-"
# Objects that point elsewhere rather than state a content ("which it denies", "said this").
_EMPTY_OBJECTS = RELATIVE_PRONOUNS | {"it", "this", "them", "so", "something", "anything", "nothing", "much", "more"}
# A headline's words after a topic's colon that end with their source: ", says local source" or
# ", agencies warn" (a source of at most five words, no comma in it).
_HEADLINE_TAILS = (
    re.compile(r"\s*(?P<content>[^\n]+?),\s+(?P<cue>[a-z]{3,12})\s+(?P<speaker>[^,\n]{2,40}?)\s*$"),
    re.compile(r"\s*(?P<content>[^\n]+?),\s+(?P<speaker>(?:[\w'’.-]+\s+){0,4}[\w'’.-]+?)\s+(?P<cue>[a-z]{3,12})\s*$"),
)


def _cue_lemma_of_form(word: str) -> str | None:
    """The cue lemma of "says", "warn", "warned", "denies" (a headline's present or a past)."""
    for lemma in (word, word[:-1], word[:-2], word[:-3] + "y", word[:-1] if word.endswith("ed") else ""):
        if lemma in CUES and lemma not in COGNITION:
            return lemma
    return None


# A headline's "Speaker on Topic: …": the word "on" after at least one word of the speaker's name.
_HEADLINE_TOPIC = re.compile(r"(?<=\w) [Oo]n (?=[A-Z\w])")
# The start of a clause of its own after a source phrase: "..., according to UNHCR, and Ankara said ...".
_JOINED_CLAUSE = re.compile(r"(?:and|but|while|whereas|as|though|although|yet)\b", re.IGNORECASE)
_QUESTION_LINE = re.compile(r"^[ \t]*Q[ \t]*:", re.MULTILINE)
_LAST_DASH = re.compile(r"\s(?:[—–―]|--?)\s(?!.*\s(?:[—–―]|--?)\s)")
# Text wholly in quotation marks, straight or curly.
_QUOTED = re.compile(r"[\"“'‘][^\n]+[\"”'’]")
# A headline that opens with a quotation and names its speaker after a colon: "'We are running out
# of time': climate envoy on the talks" (the speaker ends before the topic's preposition).
_QUOTED_HEADLINE = re.compile(
    r"(?P<quote>[\"“'‘][^\n\"“”]{3,200}?[\"”'’])[ \t]*(?P<colon>:)[ \t]*"
    r"(?P<speaker>[^\n]+?)(?=\s+(?:on|about|over|in|at|after|as|of)\s|[ \t]*$)"
)
# A line that signs the paragraph above it as a post: "— Rail Operator (@railop) February 18, 2025".
# The handle or the date is required: a dash and words alone open subheads and list items.
_POST_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})"
_SIGNATURE_LINE = re.compile(
    rf"^[ \t]*(?P<mark>[—–―]|--?)[ \t]*(?P<name>[A-Z][^\n()@]{{0,80}}?)[ \t]*"
    rf"(?:\(@\w+\)(?:[ \t]*{_POST_DATE})?|{_POST_DATE})[ \t]*$",
    re.MULTILINE,
)
_DASH_AFTER = re.compile(r"[ \t\u00a0]*([—–―]|--?)[ \t\u00a0]*(?=\S)")

# A dateline opening a paragraph: "HONG KONG – ", "WASHINGTON (Reuters) - ", "FRANKFURT, Oct 30
# (Wire) - ", "LISBON, 4 April 2025 — ", or a live page's entry time: "14:20 — ", "2:45 p.m. GMT – ".
_DATELINE = re.compile(
    # "COLUMBUS, Ohio (AP)", "ZWICKAU, Germany, March 12"
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .,'’/()-]{2,40}?(?:,\s*[A-Z][a-z]+\.?(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z]+\.?){0,3}"
    r"(?=\s*[(–—-]|,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z])))?"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?)?"
    r"\s*(?:\([^)]{1,30}\))?"
    r"(?:\s*/[A-Za-z][A-Za-z -]{1,28}/)?"  # a press release's wire: "LONDON, March 3, 2026 /PRNewswire/ --"
    r"(?:\s*--\s*\([A-Z][A-Za-z ]{1,28}\))?"  # "NEW YORK--(BUSINESS WIRE)--"
    r"|(?:[A-Z]{2,10}(?:\s+\d)?:\s*)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?"  # "LIVE: 18:10 BST —"
    # "Hanoi (VNA) -", "Ankara - ": a city in lower case, with its agency or alone
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:\s*\([A-Z][A-Za-z]{1,9}\))?)"
    # "--" glued only after a press release's wire; spaced after capitals or an agency, as in
    # "SEOUL (Yonhap) -- President …" (not "Marsh -- co-author of … -- said": a name set off by dashes)
    r"(?:\s+[–—-]\s+|(?<=[A-Z)])\s+--\s+|(?<=/)\s*--\s*|(?<=\))--)"
    # Indian and Pakistani wire style: "New Delhi: The Delhi government on Monday announced …"
    r"|(?:New|Old|North|South|East|West)?\s?[A-Z][a-z]{2,}:\s+(?=The\s|[A-Z][a-z]+\s+[a-z])"
)


# The medium right after the cue, which PolNeAR mostly counts as part of it ("said in a statement",
# "said in an interview", "wrote on Twitter"); a speech it mostly leaves out.
_MEDIA = {
    "in": ("statement", "interview", "email", "e-mail"),
    # "wrote on his Telegram channel": the platform, or the channel or account named after it
    "on": ("twitter", "facebook", "instagram", "telegram", "x", "linkedin", "tiktok", "youtube", "weibo", "channel"),
}


def _medium_after(doc: Doc, end: int) -> Token | None:
    """The preposition of "in a statement" / "on Twitter" right after the cue token ``end``."""
    if end + 1 >= len(doc):
        return None
    prep = doc[end + 1]
    objects = _MEDIA.get(prep.lower_)
    if objects is None or prep.dep_ != "prep":
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in objects:
        return None
    # "in a statement", "in a statement that …" (the clause is the content), not "in a statement about …"
    if any(c.dep_ not in ("acl", "ccomp", "relcl", "npadvmod") for c in pobj.rights):
        return None
    return prep


# Words that open a subordinate clause or an adverbial, not a statement of its own.
_SUBORDINATORS = frozenset({"if", "when", "whenever", "while", "though", "although", "as", "because", "since",
                            "after", "before", "unless", "until", "despite", "once", "whether", "where"})


def _yes_or_no_after(verb: Token) -> Token | None:
    """"said no", "answered yes": the whole answer, right after the cue."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if following is not None and following.lower_ in ("yes", "no") and following.head == verb:
        return following
    return None


def _is_statement(words) -> bool:
    """Whether a stretch of text can be a reported statement: it has a finite verb and does not
    open with a subordinator ("If she wins", "Over the weekend")."""
    first = next((t for t in words if not (t.is_punct or t.is_space)), None)
    if first is None or first.lower_ in _SUBORDINATORS:
        return False
    if first.tag_ == "VBN" and first.dep_ == "advcl":
        return False  # "Asked whether it would pass, ...": the question put to the speaker
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words)


# Prepositions that set the scene of the speech act rather than complete what was said ("thanked
# supporters at a rally", "criticized him during the debate").
_SETTING_PREPOSITIONS = frozenset({"at", "during", "after", "before", "throughout", "following", "amid", "since"})


# Where words are said or published: "touted the bridge in her radio address", "on its website".
# Wider than _MEDIA, which lists only the media PolNeAR counts as part of the cue.
_MEDIUM_NOUNS = frozenset(
    "statement interview speech remarks address op-ed column letter post tweet page website site blog "
    "debate appearance broadcast show program programme podcast video email memo conference briefing "
    "rally hearing testimony call message ad advertisement editorial article report book".split()
) | PLATFORMS  # "wrote on Telegram", "said in Facebook" (as translated news writes it)


def _is_medium_phrase(prep: Token) -> bool:
    """"in her radio address", "on its website": a preposition whose object is a medium."""
    return prep.lower_ in ("in", "on", "during", "at") and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _MEDIUM_NOUNS for c in prep.children
    )


def _ends_with_reason(prep: Token) -> bool:
    """"in her address for finding …": the parser hung the reason (or the label) on the medium."""
    return any(t.dep_ == "prep" and t.lower_ in ("for", "as") for t in prep.subtree if t is not prep)


# Nouns that name a point of a period: "by the end of the month", "by the middle of next year".
_TIME_POINT_NOUNS = frozenset({"end", "start", "beginning", "middle", "close", "turn", "deadline", "time"})


def only_a_time(prep: Token) -> bool:
    """"on Thursday", "in 2006": a preposition with nothing but a date or time after it."""
    words = [t for t in prep.subtree if t is not prep]
    return bool(words) and all(t.ent_type_ in ("DATE", "TIME") for t in words)


def _is_time_phrase(prep: Token) -> bool:
    """"on Friday", "in 2006": a preposition whose object is a date or time."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _topic_preposition(verb: Token, lemma: str) -> Token | None:
    """The preposition of a cue verb's topic when it has no clause or object of its own: "bragged
    about his record", "approve of the plan". Measured on PolNeAR dev and train-300, 34 of the 54
    predictions this adds match, well above F1 / 2; "on", "over", "against" and "with" stayed under
    it. Not "for years", "for example", nor "looking for work" (seeking says nothing)."""
    if lemma in ("look", "continue") or any(c.dep_ in _FRAME_DEPS for c in verb.children):
        return None  # "the search continues for four passengers": going on, not speaking of them
    if lemma == "report" and any(c.lower_ == "for" and any(g.lower_ in ("work", "duty") for g in c.children) for c in verb.children):
        return None  # "staff reported for work": showed up, said nothing
    prep = next(
        (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and verb.i < c.i <= verb.i + 3), None
    )
    if prep is None or _is_time_phrase(prep) or any(t.is_punct for t in verb.doc[verb.i + 1 : prep.i]):
        return None
    return None if any(c.lower_ in ("example", "instance") for c in prep.children) else prep


def _expressed_stance(verb: Token, default: str) -> str:
    """"Expressed concern" is a concern, "expressed appreciation" support, "expressed hope" a belief."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return EXPRESSED_STANCES.get(obj.lemma_.lower(), default) if obj is not None else default


def _writers_aside(clause: Token) -> bool:
    """A contrasting clause with its own subject after a cue set in the middle ("Sales fell, the company
    said, while exports rose"): the writer's addition, not the second half of what was said."""
    marks = ("though", "although", "while", "whereas")
    if clause.left_edge.lower_ in marks and clause.left_edge.dep_ == "mark":
        return True  # "…, police estimated, while a smaller counter-protest gathered": however the parser read the rest
    mark = any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
    return clause.dep_ == "advcl" and mark and any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _contrast_mark(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in clause.children)


def _quoted_as_saying(verb: Token) -> Token | None:
    """The object of "quoted X as saying" (or "cited X as saying"), for the verb "saying"."""
    as_word = verb.head
    if verb.dep_ != "pcomp" or as_word.lower_ != "as" or lemma_of(as_word.head) not in ("quote", "cite"):
        return None
    return next((c for c in as_word.head.children if c.dep_ == "dobj"), None)


def _to_infinitive_after(verb: Token) -> bool:
    """Whether a to-infinitive clause follows the verb ("asked them to leave")."""
    return any(
        child.dep_ in ("xcomp", "ccomp") and child.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        for child in verb.children
    )


def _in_favor_of(prep: Token) -> bool:
    doc = prep.doc
    return (
        prep.lower_ == "in" and prep.i + 2 < len(doc) and doc[prep.i + 1].lower_ in ("favor", "favour")
        and doc[prep.i + 2].lower_ == "of" and doc[prep.i + 2].dep_ == "prep"
    )


# Reporting verbs that news puts before their subject at the end of a sentence: "…, writes the Post".
_INVERTED_CUES = frozenset("say write report inform note add state announce stress emphasize explain declare "
                           "clarify specify claim tell comment".split())

# "In the opinion of experts", "in her view", "in the words of one aide": the owner holds the view.
_VIEWPOINT_NOUNS = {"opinion": "believe", "view": "believe", "word": "assert", "estimation": "estimate",
                    "assessment": "estimate", "judgment": "believe", "judgement": "believe"}


# What a sentence opening "In the latest …" may name as the source of its finding.
_SURVEY_NOUNS = frozenset({"poll", "survey"})
# Speech acts whose "this" is what was said before ("This was stated by …", "said this on air").
_POINTING_BACK_CUES = frozenset("say state report announce declare confirm stress emphasize tell inform note "
                                "add deny".split())


def _points_back(pronoun: Token) -> bool:
    """A bare "this" (or "that") standing for what was said before: "This was stated by …"."""
    return pronoun.lower_ in ("this", "that") and pronoun.pos_ == "PRON" and not list(pronoun.children)


def _owner_of_words(noun: Token) -> Token | None:
    """"the words of the minister" → "the minister", a calque machine translation leaves behind."""
    if noun.lower_ != "words":
        return None
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _is_infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _reduced_relative_speaker(verb: Token) -> bool:
    """A cue that modifies a noun whose speaker that noun is: a participle ("a group backing X")
    or a past form with a that-clause, which only a misparsed main verb has ("a poll found that")."""
    if verb.tag_ == "VBG":
        return True
    return verb.tag_ in ("VBN", "VBD") and any(c.dep_ == "ccomp" for c in verb.children) and not any(
        c.dep_ in ("auxpass", "agent") for c in verb.children
    )


def _with_auxiliaries(verb: Token) -> int:
    """The first token of a verb with the auxiliaries, negation and adverbs right before it."""
    doc = verb.doc
    start = verb.i
    while start > 0:
        # the word before, or the head of a phrase ending there ("has so far said": "so" hangs on "far")
        word = doc[start - 1]
        while word.head != verb and word.head.i < verb.i and word.head.i > word.i:
            word = word.head
        if word.head != verb or not (word.dep_ in ("aux", "auxpass", "neg") or _is_cue_adverb(word)):
            break
        start = word.left_edge.i
    return start


# Verbs that a cue verb's infinitive hangs on, cues of their own or not, that PolNeAR marks with it:
# "appeared to suggest", "continued to call for".
_RAISING_HEADS = frozenset({"seem", "appear", "continue"})
# Verbs whose infinitive complement is a cue of its own ("prompted him to say"): not part of the cue.
_NOT_CUE_HEADS = frozenset({"prompt", "leave", "rely", "brush", "force", "ask", "urge", "invite", "expect"})


def _is_cue_adverb(token: Token) -> bool:
    """An adverb right before the cue verb that PolNeAR counts in the cue ("barely mentioned",
    "has already said", "also warned"); not a wh-word ("when asked") or a time noun ("Tuesday said")."""
    return token.dep_ == "advmod" and (token.lower_ in _CUE_ADVERBS or token.tag_ in ("RB", "RBR", "RBS"))


# Cue verbs whose "-s" form in a headline is far more often a plural noun ("Zoning Rules", "Budget Plans").
_MOSTLY_NOUNS = frozenset(
    """rule plan report state note question concern fear hope order charge request estimate answer reply
    comment response vote need view study review support record doubt worry demand""".split()
)


def _headline_verb(word: str) -> str | None:
    """The cue lemma of a capitalised third-person form ("Praises" → praise, "Denies" → deny)."""
    lower = word.lower()
    if not word[:1].isupper() or not lower.endswith("s") or len(lower) < 4:
        return None
    for lemma in (lower[:-1], lower[:-2], lower[:-3] + "y"):
        if lemma in CUES:
            return lemma
    return None


def _quoted_label(verb: Token) -> bool:
    """"admired X as a “steady hand”": an object, then "as" with a quotation in it."""
    after = [c for c in verb.children if c.i > verb.i]
    if not any(c.dep_ == "dobj" for c in after):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(t.is_quote for t in c.subtree) for c in after)


def _has_as_complement(verb: Token) -> bool:
    """"described X as Y", "called X Y": the verb carries a complement that says what X is (the
    parser sometimes reads "branded X an outlaw" as two objects, or the label as an apposition:
    a quotation after the object is then the sign)."""
    after = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in after):
        return True
    objects = [c for c in after if c.dep_ == "dobj"]
    if len(objects) > 1:
        return True
    return bool(objects) and any(t.is_quote for t in objects[0].subtree if t.i > objects[0].i)


def _is_content_clause(relcl: Token) -> bool:
    """A "that" clause after a speech noun the parser took for a relative clause: "the point that rents
    have doubled" says what the point is, "the point that she made" only which point (a verb that makes,
    raises or states points and cases is a relative clause's)."""
    that = relcl.left_edge
    # not "the claim that was rejected", where "that" is the subject of its own verb
    if that.lower_ != "that" or that.dep_ not in ("dobj", "mark"):
        return False
    lemma = lemma_of(relcl)
    return lemma not in LIGHT_VERBS and lemma not in CUES and lemma not in ("put", "hear")


def _that_mark(clause: Token) -> Token | None:
    return next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)


def _has_clause_after(verb: Token) -> bool:
    return any(child.dep_ in ("xcomp", "ccomp") and child.i > verb.i for child in verb.children)


_BODY_NAME_ENDS = frozenset("observatory institute foundation university college school hospital museum trust".split())


def _personal_name(name: str) -> bool:
    """"Helena Vasquez-Ortiz" (which the model may call a body): two or three capitalised words."""
    words = name.split()
    if words and words[-1].lower() in INSTITUTIONS | _BODY_NAME_ENDS:
        return False  # "Nordic Climate Observatory"
    parts = [part for word in words for part in word.replace("'", "-").split("-") if part]
    return 2 <= len(words) <= 3 and all(p[:1].isupper() and (p[1:].islower() or len(p) == 1) for p in parts)


# The picture or short link an embedded post ends with: not the author's words.
_POST_LINK = re.compile(r"\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)\s*$")


def _transcript_label(token: Token) -> bool:
    """"Q:", and labels that name nobody ("Correction: An earlier version said …")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ":":
        return False
    return (token.text.isupper() and len(token.text) <= 3) or token.lower_ in _NOT_SPEAKERS


def _an_amount(token: Token) -> bool:
    """"$95 million", "roughly 3%", "400 jobs": a number and what it counts."""
    return token.like_num or token.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") or any(
        c.dep_ == "nummod" for c in token.children
    )


def _is_negated(verb: Token) -> bool:
    # before the verb: in 'replied: "Absolutely not."' the parser hangs the quotation's "not" on the cue
    # "rarely confirms strikes", "seldom comments": an act mostly not done
    return any((child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in _NEGATING_ADVERBS)) and child.i < verb.i
               for child in verb.children) or _nobody_speaks(verb)


def _nobody_speaks(verb: Token) -> bool:
    """"No official said that …", "Nobody from the ministry confirmed …": a subject that denies the act."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None:
        return False
    if subject.lower_ in ("nobody", "none", "neither") or (subject.lower_ == "one" and subject.i > 0 and subject.doc[subject.i - 1].lower_ == "no"):
        return True
    if subject.lower_ in ("everyone", "everybody", "all") and any(c.lower_ == "not" and c.i < subject.i for c in subject.children):
        return True  # "Not everyone welcomed the move": some did not
    return any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


_NEGATING_ADVERBS = frozenset({"rarely", "seldom", "hardly", "scarcely", "never"})


_MEDIA_NOUNS = frozenset("statement interview letter post email release video message speech note".split())

# Verbs a medium is the object of: "said in a statement it released on Friday" is a contact
# relative clause on the statement, not what was said.
_MEDIUM_MAKING_VERBS = frozenset(
    "issue release post publish send write give make deliver read sign put share file email tweet "
    "provide prepare draft upload broadcast air record conduct grant do".split()
)


def _clause_hung_on_medium(verb: Token) -> list[Token]:
    """"said in a statement that the hospital “rejects …”": the parser hung the reported clause on
    the medium as if "that" began a relative clause; with a subject of its own it is what was said."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ not in ("in", "on", "during"):
            continue
        medium = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in _MEDIA_NOUNS), None)
        if medium is None:
            continue
        for clause in medium.children:
            mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
            subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)
            if clause.dep_ in ("acl", "relcl") and mark is not None and mark.i == medium.i + 1 and subject:
                return [clause]
            if clause.dep_ == "relcl" and clause.left_edge.i == medium.i + 1 and _contact_clause_is_content(clause):
                return [clause]  # "said in a statement it had lost a third of its budget"
    return []


def _contact_clause_is_content(clause: Token) -> bool:
    """Whether a relative clause without "that" right after a medium is the reported clause: it has
    a subject of its own and a verb a statement is not the object of ("it had lost", not "it issued")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opens_the_clause = subject is not None and subject.left_edge.i == clause.left_edge.i
    if not opens_the_clause or subject.lower_ in RELATIVE_PRONOUNS:
        return False
    if lemma_of(clause) in _MEDIUM_MAKING_VERBS or any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children):
        return False
    # a clause complete in itself: an auxiliary ("it had lost"), a copula or a complement of its own
    complete = ("aux", "auxpass", "dobj", "attr", "acomp", "ccomp", "xcomp", "nsubjpass")
    return clause.lemma_ == "be" or any(c.dep_ in complete for c in clause.children)


def _second_headline_verb(verb: Token) -> tuple[Token, Token] | None:
    """(subject, reported clause) for a headline's second verb without a subject of its own: "X
    freezes withdrawals, says it is exploring options" (the parser makes the first clause a ccomp)."""
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBD") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    first = next((c for c in verb.lefts if c.dep_ == "ccomp" and c.tag_ == verb.tag_), None)
    after = next((c for c in verb.rights if c.dep_ == "ccomp" and any(s.dep_ in SUBJECT_DEPS for s in c.children)), None)
    if first is None or after is None or verb.i < 1 or verb.doc[verb.i - 1].text != "," or first.right_edge.i != verb.i - 2:
        return None
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None)
    return (subject, after) if subject is not None else None


# What a source "puts at" a number: "put the death toll at 31".
_FIGURE_NOUNS = frozenset("figure toll number cost estimate total tally count bill price value loss losses damage".split())
# Who "finds" a fact rather than an object: studies, reports and courts.
_FINDERS = frozenset(
    "study studies report reports survey surveys poll polls review audit analysis investigation inquiry probe "
    "research researchers scientists judge judges court jury panel committee watchdog regulator inspectors "
    "auditors investigators authors".split()
)


def _finding_body(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in _FINDERS


def _when_told(verb: Token, lemma: str) -> bool:
    """"when told of her comment", "after being told of the verdict": a participle of a verb of telling
    without "is" after a subordinator, whose understood subject is the one told."""
    if lemma not in ("tell", "inform") or verb.tag_ != "VBN" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.lower_ == "being":
        before = verb.doc[verb.i - 2] if verb.i > 1 else None
    return before is not None and before.lower_ in ("when", "after", "once", "if", "until", "before", "as")


def _reduced_passive(verb: Token, lemma: str) -> bool:
    """"with the river expected to peak on Friday": a participle without "is", whose subject is
    what is expected, not who expects it."""
    return (
        verb.tag_ == "VBN"
        and lemma in PASSIVE_HEDGES
        and verb.dep_ in ("pcomp", "acl", "advcl")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _neither_nor(verb: Token) -> tuple[Token, Token] | None:
    """"neither confirmed nor denied": the "neither" and the last verb of the pair the cue is in."""
    first = verb.head if verb.dep_ == "conj" and any(c.lower_ == "nor" for c in verb.head.children) else verb
    neither = next((c for c in first.children if c.lower_ == "neither" and c.i < first.i), None)
    last = next((c for c in first.children if c.dep_ == "conj" and c.i > first.i), None)
    if neither is None or last is None or not any(c.lower_ == "nor" for c in first.children):
        return None
    return neither, last


def _summary_after_cue(verb: Token) -> Token | None:
    """The verb of the news when a cue hangs on a noun phrase after it that sums the news up ("…, the
    navy said, the latest in a string of incidents"): the noun modifies a verb before the cue."""
    head = verb.head
    if verb.dep_ != "parataxis":
        return None
    if head.i < verb.i and head.pos_ in ("VERB", "AUX"):
        # the writer's framing, "the latest …", after the cue; not "…, officials said, the first by a
        # consular officer", which goes on with what they said
        summary = next((c for c in head.rights if c.i > verb.right_edge.i and c.dep_ in ("npadvmod", "appos", "dobj")), None)
        if summary is None:  # "killed two people on Saturday, the ministry said, the latest …": hung on the object
            after = verb.doc[verb.right_edge.i + 1 : head.right_edge.i + 1]
            summary = next((t for t in after if t.dep_ == "appos" and t.head.i < verb.i and head.is_ancestor(t)), None)
        if summary is None or verb.doc[summary.left_edge.i - 1].text != ",":
            return None
        return head if any(t.lower_ == "latest" for t in summary.subtree if t.i <= summary.i) else None
    clause = head.head
    if head.pos_ in ("VERB", "AUX") or head.dep_ not in ("npadvmod", "appos", "dobj", "attr"):
        return None
    return clause if clause.i < verb.i and clause.pos_ in ("VERB", "AUX") else None


# Words near a source's anonymity that an infinitive explains: "speaking on condition of anonymity
# to discuss private talks", "because he was not authorized to comment publicly".
_ANONYMITY_WORDS = frozenset({"anonymity", "authorized", "authorised", "allowed", "permitted", "cleared", "entitled"})


def _why_anonymous(verb: Token) -> bool:
    """An infinitive that says why a source is not named ("… on condition of anonymity to discuss the
    talks", "not authorized to speak publicly"): no statement of its own."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    for _ in range(3):
        if head.lower_ in _ANONYMITY_WORDS:
            return True
        if any(t.lower_ == "anonymity" for t in head.subtree if t.i < verb.i):
            return True  # "speaking on condition of anonymity to discuss …": the parser hung it on "speaking"
        if head.head is head:
            break
        head = head.head
    return False


def _not_to_be_named(verb: Token) -> bool:
    """"who did not wish to be named", "asked not to be identified": a wish about a name, not a statement."""
    return any(
        c.dep_ == "xcomp" and lemma_of(c) in ("name", "identify", "quote") and any(a.dep_ == "auxpass" for a in c.children)
        for c in verb.children
    )


def _added_to_something(verb: Token, lemma: str) -> bool:
    """"would add “a different dimension” to his attack": something added to a thing, not words added."""
    if lemma != "add":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i for o in objects for c in (*verb.children, *o.children))


def _states_a_proposition(verb: Token) -> bool:
    """Whether the verb has a that-clause ("refused to concede that her rival led"), not a question
    ("declined to say whether …") or a topic: the proposition not conceded is a claim of its own."""
    return any(
        c.dep_ == "ccomp" and c.i > verb.i and not any(g.lower_ in ("whether", "if") or g.tag_ in ("WDT", "WP", "WRB") for g in c.lefts)
        for c in verb.children
    )


def _names_its_object(verb: Token, obj: Token) -> bool:
    """Whether "call" gives its object a label: an object complement ("called the charges
    fabricated"), a quotation ("called it “a disgrace”"), or a second noun phrase the parser folded
    into the object ("called Oz a quack")."""
    if obj.dep_ == "oprd" or any(c.dep_ == "prt" or (c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > obj.i) for c in verb.children):
        return True  # "called him out": the phrasal cue of criticism
    if lemma_of(obj) == "attention" or obj.is_title:
        return True  # "called attention to …"; a headline in title case ("Calls Obama The ‘Most …’")
    doc = verb.doc
    if any(t.is_quote for t in doc[obj.left_edge.i : obj.right_edge.i + 1]):
        return True
    after = doc[obj.right_edge.i + 1 : obj.right_edge.i + 4]  # "called a referendum — “No to …” —"
    if any(t.is_quote and not t.whitespace_ and t.i + 1 < len(doc) and not doc[t.i + 1].is_punct for t in after):
        return True  # a mark that opens a word: the label is quoted
    if any(c.dep_ == "amod" and c.i > obj.i for c in obj.children):
        return True
    # the label may hang anywhere below ("called the shootings and the unrest that followed a moment
    # similar to …", where the parser made "a moment" an object inside the relative clause)
    return any(t.dep_ in ("appos", "npadvmod", "nmod", "dobj", "attr", "oprd") for t in obj.subtree if t != obj)


def _refused(verb: Token) -> bool:
    """"refused to concede that ...", "declined to confirm", "decided against recommending": the
    speech act below was not made."""
    if verb.dep_ == "conj" and verb.head.dep_ == "xcomp":
        return _refused(verb.head)  # "declined to confirm or deny the report"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "against":
        return lemma_of(verb.head.head) in _REFUSALS
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in ("have", "be") and any(c.lower_ == "yet" for c in verb.head.children):
        return True  # "has yet to confirm", "is yet to comment": not done so far
    return verb.dep_ == "xcomp" and lemma_of(verb.head) in _REFUSALS


def _withheld_speech(verb: Token) -> tuple[str, str] | None:
    """The lexicon entry (stance, frames) of the speech act a "declined to …" or "refused to …" did
    not make ("comment", "say", "confirm", "rule out")."""
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if act is None:
        return None
    particle = next((c.lower_ for c in act.children if c.dep_ == "prt"), None)
    entry = (PHRASAL_CUES.get((lemma_of(act), particle)) if particle else None) or CUES.get(lemma_of(act))
    if entry is None or not any(frame in entry[1] for frame in "cqo"):
        return None
    return entry


_REFUSALS = frozenset({"refuse", "decline", "fail", "decide", "vote", "opt", "choose"})
# Verbs that keep a speech act from happening: "warned candidates against declaring victory",
# "refrained from attacking".
_WARNED_AGAINST = frozenset({"warn", "caution", "advise", "refrain", "urge", "counsel", "prevent", "bar",
                             "stop", "ban", "discourage", "keep", "prohibit", "deter", "dissuade", "block"})  # fmt: skip
# What one declares or calls that is an act, not a statement: "declared a state of emergency",
# "called a general strike".
_ACT_OBJECTS = {
    "declare": frozenset({"state", "emergency", "curfew", "law"}),  # a state of emergency, martial law
    "call": frozenset({"strike", "walkout", "election", "elections", "recess", "timeout"}),
    # a court's orders, a state's papers, a company's paper: things handed out, not words
    "issue": frozenset({"order", "orders", "injunction", "warrant", "summons", "permit", "licence", "license",
                        "visa", "passport", "bond", "share", "stock", "ticket", "fine", "note", "coin", "card",
                        "loan", "invoice", "certificate", "writ", "debt", "currency", "refund"}),
}
# Who recalls things rather than memories: "Nordvik recalls 410,000 air fryers".
_RECALLING_BODIES = frozenset({"ORG", "PRODUCT"})


def _deeds_not_words(verb: Token, lemma: str, subject: Token | None) -> bool:
    """A cue verb used of an act, not of words: "declared a state of emergency", "called a strike",
    a company "recalls" its products, and a speech act warned against ("cautioned candidates
    against declaring victory") that nobody made. (PolNeAR marks "declared war" and "called a
    meeting" as attributions, so those stay.)"""
    head = verb.head
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in ("against", "from"):
        return lemma_of(head.head) in _WARNED_AGAINST
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    labelled = any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children)  # "called the vote a mistake"
    if lemma in _ACT_OBJECTS and not labelled and any(o.lemma_.lower() in _ACT_OBJECTS[lemma] for o in objects):
        return True
    if lemma == "recall" and objects and not labelled:
        counted = any(c.dep_ == "nummod" for o in objects for c in o.children)
        a_thing = all(o.pos_ == "NOUN" for o in objects)  # a company recalls goods, not "Mr. Obama talking"
        body = subject is not None and (subject.ent_type_ in _RECALLING_BODIES or subject.lower_ == "it")
        return counted or (a_thing and body)
    return False


def _asked_for_anonymity(verb: Token) -> bool:
    """"who asked not to be named", "requested anonymity", "was not authorised to discuss the talks":
    a condition of speaking, not a claim."""
    lemma = lemma_of(verb)
    asked = lemma_of(verb.head) in ("ask", "request")
    if lemma in _NAMING_FOR_SOURCES and verb.dep_ == "xcomp" and asked and _is_negated(verb):
        return True  # "who asked not to be identified for fear of losing her job"
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in _PERMISSIONS:
        return True  # "because he was not authorized to speak publicly"
    if lemma == "request" or lemma == "ask":
        for child in verb.children:
            if child.dep_ == "dobj" and child.lower_ == "anonymity":
                return True
            if child.dep_ == "xcomp" and lemma_of(child) in _NAMING_FOR_SOURCES and _is_negated(child):
                return any(c.dep_ == "auxpass" for c in child.children)
    return False


# Who hears evidence: "the court heard that ...".
def _opens_quote_on_its_verb(subject: Token, verb: Token, quote_start: int, text: str) -> bool:
    """Whether a quotation opens between a subject and its verb, with nothing but the mark between
    them: the quoted words start with the verb ("her client “denies these allegations”")."""
    end = subject.right_edge.idx + len(subject.right_edge)
    return end <= quote_start <= verb.idx and not text[end:quote_start].strip() and len(text[quote_start:verb.idx].split()) <= 2


def _speaker_apposed_to_an_object(verb: Token, lemma: str) -> Token | None:
    """"Air strikes hit a monastery, killing at least 18 people sheltering there, a local group and
    residents said.": the parser made the participle's object the cue's subject and the speaker its
    apposition; the apposition is the speaker of all before its comma."""
    if verb.dep_ != "ROOT" or "c" not in CUES.get(lemma, ("", ""))[1]:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    doc = verb.doc
    before = doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if before is None or before.tag_ not in ("VBG", "VBD", "VBN") or any(c.dep_ == "dobj" for c in before.children):
        return None  # the word before the "subject" is a verb left without its object
    apposed = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if apposed is None or doc[apposed.left_edge.i - 1].text != "," or apposed.right_edge.i != verb.i - 1:
        return None
    return apposed


def _cue_read_as_apposition(verb: Token, lemma: str) -> Token | None:
    """"signed Rafael Silva, the club announced on Wednesday.": the parser made the speaker an
    apposition of the object and the cue its relative clause; the noun is the speaker of all before the comma."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.dep_ != "appos" or verb.tag_ not in ("VBD", "VBZ") or noun.i > verb.i:
        return None
    if "c" not in CUES.get(lemma, ("", ""))[1] or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    doc = verb.doc
    if doc[noun.left_edge.i - 1].text != ",":
        return None
    last = verb.right_edge.i + 1
    return noun if last >= len(doc) or doc[last].is_punct and doc[last].text in (".", "!", "?") else None


def _passive_conjunct(verb: Token) -> bool:
    """"has been jailed and told he must serve": a participle that shares the passive before it."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    if verb.tag_ != "VBN":
        # the tagger's "told" may be a past tense; one told nobody ("told police …") is the passive's
        addressed = any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children)
        if verb.tag_ != "VBD" or lemma_of(verb) not in ADDRESSEE_VERBS or addressed:
            return False
    if verb.head.dep_ not in ("ROOT", "relcl", "conj"):
        return False  # "suggested the writer be fired and defended him": the passive is inside a content
    return any(c.dep_ == "auxpass" for c in verb.head.children)


def _told_a_hearing(verb: Token) -> bool:
    """"the hearing was told", "jurors were told": evidence given to a court."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and lemma_of(subject) in _HEARINGS


_HEARINGS = frozenset({"court", "jury", "juror", "inquest", "tribunal", "hearing", "trial", "inquiry", "committee"})
# A passive's "by" phrase that counts how, not who: "carried by 12 votes to 3", "by a wide margin".
_TALLIES = frozenset({"vote", "margin"})
# Being allowed to speak: "was not authorised to discuss", "is not permitted to comment".
_PERMISSIONS = frozenset({"authorize", "authorise", "allow", "permit", "entitle", "empower", "clear"})
# What a source asks not to be: "named", "identified", "quoted".
_NAMING_FOR_SOURCES = frozenset({"name", "identify", "quote"})
# Indefinite antecedents of "who": "anybody who says that is wrong" names nobody who spoke.
_ANYBODY = frozenset({"anybody", "anyone", "everybody", "everyone", "whoever", "nobody"})


def _anybody_who(subject: Token | None) -> bool:
    if subject is None or subject.lower_ not in ("who", "that"):
        return False
    clause = subject.head
    return clause.dep_ == "relcl" and clause.head.lower_ in _ANYBODY


def _comma_clause_after(noun: Token) -> Token | None:
    """A participial clause set off by a comma after a noun ("The mayor, speaking to
    reporters, said"): an aside about the moment, not part of who the speaker is. (A relative clause,
    "Ana Ruiz, who chairs the board, ...", is kept: it says who the speaker is.)"""
    for child in noun.rights:
        if child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and child.left_edge.i > noun.i + 1:
            if noun.doc[child.left_edge.i - 1].text == ",":
                return child
        # "The mayor, in a video address, promised": where and when, not who
        if child.dep_ == "prep" and noun.doc[child.i - 1].text == "," and (_is_medium_phrase(child) or _is_time_phrase(child)):
            return child
    return None


def _bracketed_clause_after(noun: Token) -> Token | None:
    """The opening bracket of a clause set in brackets after a name ("Mr. Lund (a view shared by
    most traders) said"): a remark of the writer's, not part of who speaks. A label without a verb,
    "Rep. Ortiz (D-Calif.)", stays."""
    doc = noun.doc
    opening = noun.i + 1
    if opening >= len(doc) or doc[opening].text != "(":
        return None
    closing = next((t for t in doc[opening + 1 : opening + 20] if t.text == ")"), None)
    if closing is None:
        return None
    return doc[opening] if any(t.tag_.startswith("VB") for t in doc[opening + 1 : closing.i]) else None


def _as_parenthetical(verb: Token) -> bool:
    """"…, as the mayor noted in a letter": "as" with a cue that has nothing of its own to report."""
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    own = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd")
    return marks == ["as"] and verb.dep_ == "advcl" and not any(c.dep_ in own for c in verb.children)


def _reporting_relative_clause(noun: Token) -> Token | None:
    """A relative clause that reports speech ("…,” said Tomas Ekwall, who added that …), also when
    the parser hangs it on the last noun of an apposition ("Ana Torres, a spokeswoman for the
    union, who said …"): a claim of its own, not part of the speaker's name."""
    for child in noun.subtree:
        if child.i <= noun.i or child.dep_ != "relcl" or lemma_of(child) not in CUES:
            continue
        if child.head is not noun and not any(w.lower_ == "who" for w in child.lefts):
            continue
        if any(c.dep_ == "ccomp" for c in child.children):
            return child
    return None


def _person_owning(noun: Token) -> Token:
    """The person a "who" stands for when the parser hung the clause on a body named in the
    person's apposition: "Ana Torres, a spokeswoman for the union, who said" → Ana Torres."""
    if noun.ent_type_ == "PERSON":
        return noun
    token, named = noun, None
    for _ in range(8):
        if token.dep_ in ("pobj", "prep", "compound", "appos") and token.head is not token:
            if token.dep_ == "appos" and token.head.pos_ == "PROPN":
                named = token.head  # "Abdelkader, a grower near El Jadida, who": the name the model mistyped
            token = token.head
            if token.ent_type_ == "PERSON":
                return token
        else:
            break
    # a place is never the "who": the name the apposition describes is
    return named if named is not None and noun.ent_type_ in ("GPE", "LOC", "FAC") else noun


def _clause_joined_before(clauses: list[Token], clause: Token) -> Token | None:
    """The first of the reported clauses before the cue that run into ``clause`` by "and" or "but"
    (the parser made each a clause of the cue)."""
    first = None
    for earlier in reversed([c for c in clauses if c.i < clause.i]):
        following = first or clause
        doc = clause.doc
        end = earlier.right_edge.i
        joins = (end + 1 == following.left_edge.i and doc[end].lower_ in ("and", "but")) or (
            end + 2 == following.left_edge.i and doc[end + 1].lower_ in ("and", "but"))
        if not joins:  # "and" is the first clause's last word or stands between the two
            break
        first = earlier
    return first


def _name_right_after_role(role: Token) -> Span | None:
    """"according to city planner Dr. Michael Osei, …": a person's name right after the role, no comma
    between, which the parser hung elsewhere."""
    doc = role.doc
    start = role.right_edge.i + 1
    while start < len(doc) and doc[start].text.rstrip(".").lower() in TITLES and doc[start].ent_type_ != "PERSON":
        start += 1  # "Dr."
    ent = next((e for e in doc.ents if e.start == start and e.label_ == "PERSON"), None)
    if ent is None or start == role.right_edge.i + 1 and role.pos_ == "PROPN":
        return None
    return ent if ent.end < len(doc) and doc[ent.end].text in (",", ".", ";") else None


def _subject_read_as_phrase(verb: Token, clause: Token) -> Token | None:
    """"said between 20 and 30 children were dying": a clause without a subject right after a phrase
    the parser hung on the cue; the phrase ("between 20 and 30 children") is the clause's subject."""
    if clause.i < verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    phrase = next((c for c in verb.rights if c.dep_ == "prep" and c.i < clause.i and c.right_edge.i + 1 == clause.left_edge.i), None)
    if phrase is None or _is_time_phrase(phrase) or _is_medium_phrase(phrase):
        return None
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    return phrase if noun is not None and noun.pos_ in ("NOUN", "PROPN") and any(c.like_num for c in noun.subtree) else None


def _is_aside(token: Token) -> bool:
    """A relative clause, or an apposition that is not the tail of a list the parser misread
    ("differ on Israel, the nuclear deal and the court": "the nuclear deal and ..." is no apposition)."""
    if token.dep_ == "relcl" or (token.dep_ == "prep" and token.lower_ == "according"):
        return True  # ", according to ..." attributes the clause, it is not part of it
    if token.dep_ == "advcl" and token.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        # "…, as the chipmaker struggles with slumping orders": the writer's present-tense gloss on the
        # subject, named again by a definite description
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return subject is not None and any(d.dep_ == "det" and d.lower_ == "the" for d in subject.children)
    if token.dep_ in ("npadvmod", "appos") and lemma_of(token) in _SUMMING_NOUNS and any(c.dep_ == "relcl" for c in token.children):
        return True  # "…, a figure that could not be independently verified": the writer's note on the content
    if token.dep_ == "appos" and token.ent_type_ == "DATE" and token.head.ent_type_ == "DATE":
        return False  # "on July 14, 2025": the date's year, no aside
    return token.dep_ == "appos" and not any(child.dep_ == "cc" for child in token.children)


def _contrasting_report(token: Token) -> bool:
    """", though they stressed the study could not prove it": a report of its own, with its own
    speaker, set against the content before it, not part of that content."""
    if token.dep_ != "advcl" or token.pos_ != "VERB" or lemma_of(token) not in CUES:
        return False
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return bool(marks & {"though", "although", "while", "whereas"}) and any(c.dep_ == "nsubj" for c in token.children)


def _reporter_of_the_content(verb: Token) -> Token | None:
    """The cue verb whose content the parser hung a speaker's next act on: in "rejected claims that
    the vote had been whipped, saying MPs were free", "saying" hangs on "whipped", inside the
    rejected claim; its subject is the rejecter's, not "the vote"."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not _is_next_speech_act(verb):
        return None
    node = verb.head
    while node.dep_ in ("acl", "ccomp", "relcl") and node.head is not node:
        node = node.head
        if node.pos_ == "NOUN" and node.dep_ in ("dobj", "pobj"):
            node = node.head if node.dep_ == "dobj" else node.head.head  # the claims rejected, the claims of
        if node.pos_ == "VERB" and lemma_of(node) in CUES and any(c.dep_ in SUBJECT_DEPS for c in node.children):
            return node
    return None


def _is_next_speech_act(token: Token) -> bool:
    """"forecast that the economy would rebound and praised the talks", "said he saw no need,
    telling reporters ...": a reporting verb without a subject of its own, which the parser hung on
    the content, is the speaker's next act, not part of what was said."""
    if token.dep_ == "ccomp" and token.doc[token.i - 1].lower_ in ("and", "but") and token.head.i < token.i:
        # "said the army “will abide by” the agreement but warned that …": the parser hung the second
        # cue on the first as another clause
        pass
    elif token.dep_ not in ("conj", "advcl") or token.pos_ != "VERB":
        return False
    lemma = lemma_of(token)
    if lemma not in CUES or lemma in COGNITION or (token.dep_ == "advcl" and "q" not in CUES[lemma][1] and lemma not in _ANSWERING_ACTS):
        return False  # ", showing ..." goes on with the content; ", telling reporters ..." does not
    if not any(frame in CUES[lemma][1] for frame in "cqo"):
        return False  # "the driver sped off and refused to stop": what he did, still reported
    if any(child.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for child in token.children):
        return False
    if token.dep_ == "conj" and _shares_perfect(token):
        return False  # "said the attackers had copied files and demanded a ransom": "had" goes on
    return token.i > 0 and token.doc[token.i - 1].text in (",", "and", "but", "—", "–")


def _reported_clause_goes_on(conj: Token, clause: Token) -> bool:
    """"said 14 officers were injured and 37 protesters were arrested": the parser hung a second
    clause with a subject of its own on the cue; in the reported clause's tense, and no speech act
    itself, it goes on with what was said."""
    if conj.pos_ not in ("VERB", "AUX") or lemma_of(conj) in CUES or conj.i < clause.i:
        return False
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    backshifted = subject is None and conj.head.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in conj.children
    )  # "said he was “relieved” and would donate …": a backshifted modal is the speaker's words
    if not backshifted and (subject is None or subject.pos_ == "PRON"):
        return False
    doc, cc = conj.doc, conj.left_edge.i - 1
    if doc[cc].lower_ not in ("and", "but") or doc[cc - 1].text in (",", ";"):
        return False  # "…, and the downgrade is casting a shadow": the writer's own clause after a comma
    return backshifted or _tense(conj) == _tense(clause)


def _shares_perfect(conj: Token) -> bool:
    """"had copied files and demanded a ransom": a conjunct that goes on with a perfect's "had"."""
    head = conj.head
    perfect = head.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
    return perfect and conj.tag_ in ("VBD", "VBN")


def _tense(verb: Token) -> str:
    """The tag of a verb group's finite word ("has championed" → VBZ, "would win" → MD)."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return (aux or verb).tag_


# Verbs whose subject is mostly a thing (a plan, a price, a law), so a conjunct without a subject of
# its own goes on with the reported clause rather than telling what the speaker did next.
_THING_VERBS = frozenset("risk mean cost require need threaten undermine lack exceed involve depend".split())


def _is_other_clause(child: Token, clause: Token, cue: Token) -> bool:
    """A clause after the reported clause that is not reported: a contrast set off by ", while"
    ("said X, while other voters said Y"), or a verb without a subject of its own whose tense is
    the cue's, not the clause's ("denies that it was X and goes on to Y")."""
    doc = child.doc
    if child.pos_ not in ("VERB", "AUX") or child.i < clause.i or child.left_edge.i == 0:
        return False
    before = doc[child.left_edge.i - 1]
    if child.dep_ == "advcl":
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        return mark is not None and mark.lower_ in ("while", "whereas") and before.text == ","
    subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if child.dep_ == "conj" and subject is not None and lemma_of(child) in CUES and lemma_of(child) != lemma_of(cue) and (
        any(c.dep_ == "ccomp" for c in child.children) and subject.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ == "mark" for c in child.children)  # not "and that the recording did not show …"
    ):
        return True  # "X said the money was wasted, and a spokeswoman for Y claimed that …": another's claim
    if child.dep_ != "conj" or subject is not None:
        return False  # "said X, and Y said Z": PolNeAR mostly keeps both in the content
    if lemma_of(child) in _THING_VERBS:
        return False  # "would cost £40m and risked delaying the bypass": the plan risks, not the speaker
    if child.i < cue.i:
        return False  # "The fire has burned 40,000 acres and was 15% contained, said X": before a trailing cue
    tense = _tense(child)
    if _tense(clause) == "TO" and tense in ("VBZ", "VBD", "VBP"):
        return True  # "wants to expand X and signed Y": a finite verb does not go on with an infinitive
    return tense != _tense(clause) and tense == _tense(cue) and tense in ("VBZ", "VBD", "VBP")


# "Documents seen by the Herald show …": what a paper saw or obtained, and the words for what it shows.
_SEEN_BY = frozenset({"seen", "obtained", "reviewed", "viewed", "examined"})
_SHOWING_WORDS = {
    **{w: "show" for w in ("show", "shows", "showed")},
    **{w: "reveal" for w in ("reveal", "reveals", "revealed")},
    **{w: "suggest" for w in ("suggest", "suggests", "suggested")},
    **{w: "indicate" for w in ("indicate", "indicates", "indicated")},
    **{w: "say" for w in ("say", "says", "said")},
}


# Cue verbs of verbal attack that war news uses for real ones: "attacked the port with drones".
_COMBAT_VERBS = frozenset({"attack", "blast", "slam", "hammer"})
_WEAPONS = frozenset(
    "drone missile rocket shell artillery bomb airstrike strike weapon gun rifle knife grenade mortar tank "
    "jet aircraft warplane helicopter explosive munition firework".split()
)
_FIGHTERS = frozenset(
    "enemy troop force army occupier military militant fighter soldier drone missile rocket jet aircraft "
    "rebel insurgent gunman attacker invader militia shark dog bear storm hurricane typhoon".split()
)
_TARGET_NOUNS = frozenset(
    "region city town village port infrastructure facility plant position base airfield airport station "
    "bridge building house home school hospital convoy ship vessel border territory area district".split()
)


def _is_physical_attack(verb: Token) -> bool:
    """A real attack: with a weapon, by fighters, or on a place ("Russia attacked Kyiv overnight");
    never one made in a medium ("attacked Lund in a string of posts")."""
    if any(child.dep_ == "prep" and _is_medium_phrase(child) for child in verb.children):
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            if any(lemma_of(c) in _WEAPONS for c in child.children if c.dep_ == "pobj"):
                return True
        if child.dep_ in ("nsubj", "nsubjpass", "agent") and lemma_of(child) in _FIGHTERS:
            return True
        if child.dep_ == "dobj" and (lemma_of(child) in _TARGET_NOUNS or _is_place(child)):
            return True
    return False


# A court report's headline tail: ", trial hears", ", inquest told", ", court is told".
_HEARING_TAIL = re.compile(r",\s+(?:the\s+)?(?:trial|court|inquest|tribunal|hearing|jury|inquiry)\s+(?:hears|heard|(?:is\s+|was\s+)?told)\s*$", re.IGNORECASE)
_QUOTE_OPENERS = re.compile(r"\s*[\"“‘«']")


def _only_places(doc: Doc, start_char: int, colon: int) -> bool:
    """Whether the words before a colon are places only ("Sudan", "Sudan and Mozambique")."""
    words = [t for t in doc[:colon] if t.idx >= start_char and not t.is_space and not t.is_punct]
    names = [t for t in words if t.lower_ not in ("and", "&")]
    def is_country(t: Token) -> bool:  # the model may miss one of two ("Sudan and Mozambique")
        return any(c.is_country for c in load_gazetteer().lookup(t.text))

    return bool(names) and len(words) <= 6 and all(
        (t.ent_type_ == "GPE" and _names_a_dateline_place(t)) or is_country(t) for t in names
    )


def _names_a_dateline_place(token: Token) -> bool:
    """A country, a region or a city of 100,000 by the places stage ("BOLIVIA: …", the dateline "NEW
    DELHI: The Reserve Bank …"; not "WALLACE:", a small town's name and a speaker in a transcript)."""
    for place in token.doc._.places or []:
        if place.span[0] <= token.idx < place.span[1]:
            if place.feature in ("A.PCLI", "A.ADM1", "P.PPLC"):
                return True
            return any(c.population >= 100_000 for c in load_gazetteer().lookup(place.text))
    return False


# Objects that make a cue verb without an object frame a claim all the same.
_CLAIMED_OBJECTS = {"claim": frozenset({"victory", "responsibility", "credit", "win", "success"})}
# Objects that make a cue verb a deed: one repeats a claim, and also an analysis.
_DEED_OBJECTS = {
    "deny": frozenset("access entry visa visas bail permission request service services care visit visits passage "
                      "landing funding benefit benefits treatment admission asylum parole".split()),
    "repeat": frozenset("analysis study experiment test trial process exercise performance feat mistake success "
                        "year grade course procedure survey measurement".split()),
    # "the judge admitted the evidence", "the hospital admitted 40 patients": let in, not owned up to
    "admit": frozenset("evidence testimony exhibit patient patients student students member members applicant "
                       "applicants refugee refugees child children pupil pupils".split()),
}
_DEED_OBJECTS["refuse"] = _DEED_OBJECTS["deny"]  # "Judge refuses bail to man accused of stabbing"
# "the unit, which posted a loss last year": a result, not a post on social media
_DEED_OBJECTS["post"] = frozenset("loss losses profit profits gain gains revenue revenues earnings sales deficit "
                                  "surplus growth decline increase rise drop fall record result results bail bond".split())


_PLACE_NOUNS = frozenset({"capital", "city", "town", "village", "region", "province", "district", "port"})

# What a company recalls from the shops, not from memory.
_RECALLED_GOODS = frozenset(
    "product vehicle car truck suv model batch lot unit bag pack packet jar bottle can tin box carton item "
    "device phone charger battery toy drug medicine pill tablet inhaler formula food meat beef pork chicken "
    "egg cheese milk salad flour snack sausage peanut butter spinach lettuce tyre tire airbag seat".split()
)
_MAKER_NOUNS = frozenset({"company", "firm", "maker", "carmaker", "automaker", "manufacturer", "retailer",
                          "supermarket", "brand", "producer", "supplier", "distributor"})


# What a threat made names: "threatened legal action", "threatening a strike".
_THREATENED_ACTS = frozenset(
    "action strike strikes sanction sanctions retaliation boycott veto lawsuit suit war consequences "
    "resignation walkout closure shutdown tariff tariffs reprisal reprisals force violence arrest arrests "
    "expulsion fines fine penalties measures response".split()
)


def _threatens_harm(verb: Token) -> bool:
    """"threatening hundreds of flights": an object that is put at risk, not an act threatened."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return False
    head = obj
    if obj.lemma_.lower() in ("hundred", "thousand", "million", "dozen") or obj.pos_ == "NUM":
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        head = next((c for c in of.children if c.dep_ == "pobj"), obj) if of is not None else obj
    return lemma_of(head) not in _THREATENED_ACTS and head.pos_ != "PRON"


def _recalls_goods(verb: Token, obj: Token) -> bool:
    """"recalls 40,000 bags", "is recalling some vehicles", "the carmaker recalled the model": goods."""
    if any(c.dep_ == "nummod" or c.ent_type_ in ("CARDINAL", "QUANTITY") for c in obj.children):
        return True
    if lemma_of(obj) in _RECALLED_GOODS:
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.ent_type_ in ("ORG", "PRODUCT") or lemma_of(subject) in _MAKER_NOUNS)


def _role_set_beside_place(subject: Token) -> Token | None:
    """A role or a person in apposition to a place the parser took for the subject."""
    named_as_place = any(c.lemma_.lower() in _PLACE_NOUNS for c in subject.lefts)  # "the regional capital Tarnik"
    if not (_is_place(subject) or subject.ent_type_ in PLACE_LABELS or named_as_place):
        return None
    for child in subject.rights:
        if child.dep_ == "appos" and (child.ent_type_ == "PERSON" or lemma_of(child) in TITLES):
            return child
    return None


def _is_place(token: Token) -> bool:
    """A place by the places stage (which drops the model's "places" that are people), or by the
    model's label where that stage did not run."""
    places = token.doc._.places
    if places is None:
        return token.ent_type_ in PLACE_LABELS
    return any(p.span[0] <= token.idx < p.span[1] for p in places)


# Verbs that give their object a label: "called the plan a disgrace", "branded him a traitor".
_NAMING_VERBS = frozenset({"call", "label", "dub", "brand"})


def _label_read_as_apposition(obj: Token, verb: Token) -> bool:
    """"called Lund, her main rival, a coward": a name whose last apposition is an indefinite noun,
    and no other complement after it, is a name with the label the verb gives it."""
    if obj.pos_ not in ("PROPN", "PRON") or any(c.i > obj.i and c.dep_ in ("oprd", "dobj") for c in verb.rights):
        return False
    last = obj
    while True:
        appositions = [c for c in last.rights if c.dep_ == "appos"]
        if not appositions:
            break
        last = appositions[-1]
    return last is not obj and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in last.children)


def _unquoted_end(token: Token) -> Token:
    """The token, or the one before it when it is sentence-final punctuation."""
    while token.i > 0 and token.is_punct and not token.is_quote:
        token = token.doc[token.i - 1]
    return token


# Speech acts that answer others, which a participle after a reported clause adds as the speaker's
# next act ("said he would not play, denying reports that he was injured").
_ANSWERING_ACTS = frozenset({"deny", "dismiss", "reject", "rebuff", "refute", "dispute"})
# Cues whose object is the one told, before the that-clause told ("told the council that …").
_TELLING_CUES = frozenset({"tell", "inform", "assure", "remind", "warn", "notify", "advise", "brief", "convince"})
# Nouns by which the writer sums up a reported claim to comment on it ("…, a figure that …").
_SUMMING_NOUNS = frozenset({"figure", "number", "claim", "toll", "estimate", "assertion", "allegation", "account", "charge"})
# Verbs that move someone else to act: the infinitive after their object is the object's act.
_MOVING_VERBS = frozenset({"prompt", "force", "lead", "cause", "spur", "compel", "drive", "push", "provoke", "trigger"})
_DANGLING_CONJUNCTION = re.compile(r"[\s,;]+(?:and|but|or)[\s,]*$")


def _closes_an_aside(obj: Token, child: Token, kept: Token) -> bool:
    """Whether the comma before ``child`` closes an aside of ``obj`` that was left out of the
    content ("described the deal, which took years, as a disaster"), not one that sets ``child`` off."""
    doc = obj.doc
    comma = child.left_edge.i - 1
    opened = doc[kept.i + 1].text == "," and kept.i + 1 < comma - 1
    closed = obj.right_edge.i in (comma - 1, comma) and doc[comma].text == ","
    return opened and closed and child.dep_ in ("prep", "oprd")


def _cut_trailing_aside(root: Token) -> Token:
    """The last token of ``root``'s subtree, stopping before a comment set off by a comma at its
    end: a non-restrictive relative clause (", which it denies") or an apposition. PolNeAR mostly
    leaves these out of the content (a participle such as ", allowing ..." it keeps)."""
    doc = root.doc
    node = root
    while True:
        rights = [c for c in node.rights if not (c.is_punct or c.is_space)]
        if not rights:
            return root.right_edge
        last = rights[-1]
        start = last.left_edge.i
        set_off = start > root.left_edge.i and doc[start - 1].text in (",", "—", "–")
        next_act = _is_next_speech_act(last) and (node == root or (set_off and last.tag_ == "VBG"))
        if ((_is_aside(last) or _contrasting_report(last)) and set_off) or (next_act and start > root.left_edge.i):
            end = start - 1
            while end > root.left_edge.i and (doc[end].is_punct or doc[end].is_space or doc[end].dep_ == "cc"):
                end -= 1
            return doc[end]
        node = last
