"""Name the speaker of an attribution: the entity it is, the person a pronoun stands for, the
country a capital stands for ("Washington" → United States), or the group as the text gives it.

Entity names come from ``doc._.cg_entities`` (the entities stage merges "Putin" into "Vladimir
Putin"); without them the speaker text is used, with titles, articles and possessives stripped.
Pronouns take an earlier compatible mention outside quotations: a person for he/she, an
organisation or country for it, also a group for they. A pronoun opening its sentence takes the
subject of the sentence before; otherwise the nearest mention wins. A title ("Mrs.", "Mr.") rules
out "he" for her and "she" for him. Speakers of earlier claims count as mentions too, so "“…,” he
said. He added …" stays with the same person. A pronoun inside a quotation points to a name in
the same quotation or stays unresolved.
"""

from __future__ import annotations

from contextlib import closing
from functools import lru_cache
from importlib.resources import files

import bisect
from collections import Counter
import re
import sqlite3
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ...records import Entity, Speaker
from ..entities import TITLES as ROLE_TITLES
from ..entities import POST_NOMINALS, entity_at, without_titles
from .lexicon import DOCUMENT_NOUNS, FIRST_PERSON, GROUP_PRONOUNS, INSTITUTIONS, METONYMS, PERSON_PRONOUNS, RELATIVE_PRONOUNS, TITLES
from .quotes import Quote, QuoteIndex

_POSSESSIVE = re.compile(r"\s*['’]s?$")
_OWNER = re.compile(r"['’]s?\s")
# Common nouns a story uses for a company it has named: "The company said", "the carmaker added".
_COMPANY_NOUNS = frozenset({"company", "firm", "group", "carmaker", "automaker", "bank", "lender", "insurer",
                            "utility", "retailer", "operator", "airline", "manufacturer", "maker", "producer",
                            "broadcaster", "publisher", "miner", "developer", "conglomerate", "startup",
                            "chain", "supplier", "brewer", "shipper", "exporter", "importer", "refiner", "club",
                            "team", "side", "franchise", "studio", "label", "network"})  # fmt: skip
# Organisations "the company" never points back to: public bodies, and a spokesperson standing for one.
_PUBLIC_BODY_WORDS = frozenset({"police", "ministry", "government", "army", "court", "council", "parliament",
                                "department", "military", "navy", "authorities", "prosecutors", "spokesperson",
                                "spokesman", "spokeswoman", "agency", "commission", "regulator", "union",
                                "reserve", "administration", "authority", "office", "bureau", "service", "programme",
                                "program", "organization", "organisation", "nations"})
# "The ministry said": a body named before by a name with that word ("the Ministry of Health").
_BODY_NOUNS = frozenset({"ministry", "agency", "organization", "organisation", "department", "commission",
                         "regulator", "watchdog", "body", "union", "council", "court", "bureau", "office"})  # fmt: skip
# Last words of a body's name the model did not tag ("the General Staff", "Southern Command").
_BODY_HEADS = frozenset({"staff", "command", "ministry", "directorate", "headquarters", "council", "committee",
                         "commission", "office", "service", "agency", "department", "bureau"})  # fmt: skip
# Singular nouns for many people: a later "he" or "she" is never one of them ("The opposition wants him
# to resign. He said …" is the man named before).
_COLLECTIVE_NOUNS = frozenset(
    "opposition public family management staff crowd jury audience electorate leadership side camp media "
    "press majority minority".split()
)
_ANY_BODY_NOUNS = frozenset({"agency", "body", "watchdog", "regulator"})
_LABEL_KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "country", "NORP": "group", "LOC": "place", "FAC": "place"}
_NAME_DEPS = ("compound", "flat", "nmod")
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
# What a pronoun can point back to: "it" is one body, never a plural group ("both countries").
_ANTECEDENT_KINDS = {
    **{pronoun: ("person",) for pronoun in PERSON_PRONOUNS},
    **{pronoun: ("organization", "country", "group") for pronoun in GROUP_PRONOUNS},
    "it": ("organization", "country"),
    "its": ("organization", "country"),
}


_DATELINE_DASH = re.compile(r"\)\s*(?:--|[-–—_])")


def _wire_of_dateline(text: str, start: int, end: int) -> bool:
    """"LONDON (Bloomberg) -- …": the wire that filed the story, which no "the company" or "it"
    in the story points back to."""
    return start > 0 and text[start - 1] == "(" and _DATELINE_DASH.match(text, end) is not None


# Family names that come first in Chinese, Korean and Vietnamese names ("Xi Jinping", "Lee Jae-myung",
# "Nguyen Thi Lan"): the first word says nothing of a gender there. Written by hand: no package lists them.
SURNAME_FIRST = frozenset(
    "wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song "
    "tang xi han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren "
    "shen yao fu zhong cui tan qin lai mao jin yan kong wen "
    "kim lee park choi jung jeong kang cho yoon yun jang lim oh seo shin kwon hwang ahn hong moon ko yoo "
    "nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly vo".split()
)


_BYLINE = re.compile(r"[ \t]*By\s+[A-Z][^\n]{0,80}$")


def _in_byline(text: str, start: int) -> bool:
    """"By Daniel Okafor, Media Correspondent": the writer's line, whose names speak in no claim."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return bool(_BYLINE.match(text, line_start, len(text) if line_end == -1 else line_end))


def _role_gender(name: str) -> str | None:
    """"spokesman", "chairwoman", "businessman": a role word that says he or she."""
    last = name.split()[-1].lower()
    if last.endswith("woman") or last in ("mother", "sister", "daughter", "wife", "grandmother", "aunt", "niece"):
        return "f"
    if (last.endswith("man") and last not in ("human", "german", "roman", "ottoman")) or last in (
        "father", "brother", "son", "husband", "grandfather", "uncle", "nephew"):
        return "m"
    return None


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given names to "m" or "f", from the gename package's table (ISC licence), read into memory once:
    its own lookup holds one SQLite connection, which the server's threads cannot share."""
    with closing(sqlite3.connect(str(files("gename") / "names.db"))) as connection:
        rows = connection.execute("SELECT name, gender FROM name_gender").fetchall()
    return {name: gender.lower() for name, gender in rows if gender in ("M", "F") and name not in EITHER_GENDER_NAMES}


# Given names the table gives one gender that news uses for both: "Jan" Egeland (Norway) or Jan
# Brewer (Arizona), Andrea (Italy's men), Jean (France's men), Kim, Robin, Alex. They say nothing.
EITHER_GENDER_NAMES = frozenset(
    "jan kim andrea jean robin sasha alex chris jamie jordan taylor morgan leslie lee dana shannon ashley "
    "kerry jody nicola simone michele gabriele daniele rene dominique claude camille maxime sam charlie "
    "frankie jessie jackie billie bobbie noa eden ariel avery casey riley quinn".split()
)


@dataclass
class Mention:
    """Something a later pronoun can point back to."""

    start: int
    name: str
    entity: str | None
    kind: str  # person, organization, country, group, place, other
    end: int | None = None  # where its words end in the text, when known


@dataclass
class Resolved:
    name: str | None
    entity: str | None
    how: str
    kind: str


class SpeakerResolver:
    """Resolves speakers of one Doc, in text order (each resolved speaker becomes a mention)."""

    def __init__(self, doc: Doc, quotes: QuoteIndex) -> None:
        self.doc = doc
        self.quotes = quotes
        self.entities: list[Entity] = list(doc._.cg_entities or [])
        self.merged = doc._.cg_entities is not None  # the entities stage ran (and may have found none)
        self.entity_by_name = {entity.name.lower(): entity for entity in self.entities}
        self.ent_of_token: dict[int, int] = {}
        for index, ent in enumerate(doc.ents):
            for i in range(ent.start, ent.end):
                self.ent_of_token[i] = index
        self.gender = self._genders_from_titles()
        self.name_gender = self._genders_from_given_names()
        self.mentions = self._initial_mentions()
        self._starts = [m.start for m in self.mentions]

    # --- mentions for pronouns ------------------------------------------------------------------

    def _initial_mentions(self) -> list[Mention]:
        mentions = []
        if self.merged:
            for entity in self.entities:
                for start, end in entity.mentions:
                    text = self.quotes.text
                    if self.quotes.covering(start) is None and not _wire_of_dateline(text, start, end) and not _in_byline(text, start):
                        mentions.append(Mention(start, entity.name, entity.id, entity.kind, end))
        else:
            for ent in self.doc.ents:
                kind = _LABEL_KINDS.get(ent.label_)
                if kind is not None and self.quotes.covering(ent.start_char) is None:
                    mentions.append(Mention(ent.start_char, clean_name(ent.text), None, kind))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def remember(self, start: int, resolved: Resolved) -> None:
        """A resolved speaker is a mention later pronouns can point to."""
        if resolved.name is None or self.quotes.covering(start) is not None:
            return
        index = bisect.bisect_right(self._starts, start)
        self._starts.insert(index, start)
        self.mentions.insert(index, Mention(start, resolved.name, resolved.entity, resolved.kind))

    def _genders_from_titles(self) -> dict[str, str]:
        """A person's gender where the article says it with a title ("Mrs. Clinton", "Mr. Kim") or
        with a pronoun in the person's own report ("Lisa Murkowski said she was undecided"), so that
        a later "he" does not point to her. Names alone say nothing here (no name lists)."""
        votes: dict[str, list[str]] = {}
        text = self.quotes.text
        for entity in self.entities:
            if entity.kind != "person":
                continue
            for start, _end in entity.mentions:
                title = _TITLE_BEFORE.search(text, max(0, start - 6), start)
                if title is not None:
                    votes.setdefault(entity.id, []).append("m" if title.group(1).lower() == "mr" else "f")
        for entity_id, pronoun in self._own_report_pronouns():
            votes.setdefault(entity_id, []).append("f" if pronoun == "she" else "m")
        return {eid: v[0] for eid, v in votes.items() if len(set(v)) == 1}

    def _genders_from_given_names(self) -> dict[str, str]:
        """A person's likely gender from the given name ("Ann Whitfield", "Marcus Oduya"): weaker than a
        title or the person's own report, so it only steers a pronoun between people of the article
        (``_antecedent`` falls back to the nearest person when nobody fits)."""
        found = {}
        for entity in self.entities:
            words = entity.name.split()
            if entity.kind != "person" or len(words) < 2 or not words[0].isalpha() or len(words[0]) < 3:
                continue  # one word may be a surname; "J. Smith" has no given name to go on
            if words[0].lower() in SURNAME_FIRST:
                continue  # "Xi Jinping", "Kim Jong Un": the family name comes first
            gender = given_name_genders().get(words[0].lower())
            if gender is not None:
                found[entity.id] = gender
        return found

    def _own_report_pronouns(self) -> list[tuple[str, str]]:
        """(person, "he" or "she") for "X said she …": a named person's cue whose reported clause opens
        with a third-person pronoun, outside quotations, with no other person in between."""
        found = []
        for verb in self.doc:
            if verb.pos_ != "VERB" or verb.lemma_ not in ("say", "tell", "add", "insist", "claim", "warn", "deny"):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
            if subject is None or clause is None or subject.ent_type_ != "PERSON" or subject.i > verb.i:
                continue
            pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if pronoun is None or pronoun.lower_ not in ("he", "she") or self.quotes.covering(pronoun.idx) is not None:
                continue
            if any(t.ent_type_ == "PERSON" for t in self.doc[verb.i + 1 : pronoun.i]):
                continue  # "X told Y she …": the pronoun may be Y
            entity = entity_at(self.doc, subject.idx, subject.idx + len(subject))
            if entity is not None and entity.kind == "person":
                found.append((entity.id, pronoun.lower_))
        return found

    def _agrees(self, mention: Mention, pronoun: str, by_name: bool = True) -> bool:
        owner = mention.name.split(" ", 1)[0].lower() if mention.name else ""
        if (owner == "her" and pronoun in ("she", "her")) or (owner == "his" and pronoun in ("he", "him")):
            return False  # "her campaign manager" is someone else than the "she" it belongs to
        gender = self.gender.get(mention.entity or "")
        if gender is None and mention.entity is None and mention.kind == "person" and mention.name:
            gender = _role_gender(mention.name)  # "the spokesman" is no "she"
        if gender is None and by_name:
            gender = self.name_gender.get(mention.entity or "")
        if gender is None or pronoun not in PERSON_PRONOUNS:
            return True
        return gender == ("f" if pronoun in ("she", "her", "hers") else "m")

    def _antecedent(self, before: int, kinds: tuple[str, ...], pronoun: str = "") -> Mention | None:
        # the given names' genders first; where no one before fits them, the nearest all the same
        for by_name in (True, False):
            index = bisect.bisect_left(self._starts, before) - 1
            while index >= 0:
                mention = self.mentions[index]
                if mention.kind in kinds and self._agrees(mention, pronoun, by_name):
                    return mention
                index -= 1
        return None

    def _previous_subject(self, pronoun: Token, kinds: tuple[str, ...]) -> Mention | None:
        """A pronoun that opens its sentence as the subject ("It has warned …", "He added …")
        most often continues the subject of the sentence before, not its last name ("Norland,
        which trades with both its neighbours, has most to lose. It …" is Norland)."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return None
        # "He added …", and after an opening phrase: "Under cross-examination, she conceded …"
        opens = pronoun.i == pronoun.sent.start or (pronoun.head == pronoun.sent.root and self.doc[pronoun.i - 1].text == ",")
        # '"This film was made by 60 people," she said': after the quotation that opens the sentence
        quoted = self._opening_quotation(pronoun)
        if not opens and quoted is None:
            return None
        start = pronoun.sent.start
        if quoted is not None:  # a quotation of several sentences: the sentence before it
            first = self.doc.char_span(quoted.start, quoted.end, alignment_mode="expand")
            start = min(start, first.start) if first is not None else start
        before = start - 1
        while before >= 0 and self.doc[before].is_space:  # a paragraph break may stand as its own sentence
            before -= 1
        if before < 0:
            return None
        previous = self.doc[before].sent
        subject = next(
            (c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass") and not _time_stamp(c)), None
        )  # "13:20 GMT – The Environment Agency has …": the entry's time is no subject
        if subject is None or self.quotes.covering(subject.idx) is not None:
            return None  # no subject, or one in somebody's quoted words
        start, end = subject.left_edge.idx, subject.idx + len(subject)
        named = next((c for c in subject.rights if c.dep_ == "appos"), None)
        if named is not None:  # "Castellane's lawyer, Renata Fiore,": the lawyer's name too
            end = named.right_edge.idx + len(named.right_edge)
        index = bisect.bisect_left(self._starts, start)
        text = self.quotes.text
        while index < len(self.mentions) and self.mentions[index].start < end:
            mention = self.mentions[index]
            owner = _OWNER.match(text, mention.end) if mention.end is not None else None
            if mention.kind in kinds and self._agrees(mention, pronoun.lower_) and owner is None:
                return mention  # not the owner in "Castellane's lawyer": the lawyer is the subject
            index += 1
        people = self._people_named_by(subject, pronoun, kinds)
        if people is not None:
            # "The researchers, from the University of Bergen …, followed 300 nurses in Norway. They found …"
            return people
        if subject.pos_ == "PROPN":  # a name the model left untagged
            resolved = self._single(subject)
            found = Mention(subject.idx, resolved.name or "", resolved.entity, resolved.kind)
            if resolved.name and resolved.kind in kinds and self._agrees(found, pronoun.lower_):
                return found
        return None

    def _opening_quotation(self, pronoun: Token) -> Quote | None:
        """The quotation that opens the pronoun's sentence and ends right before it ('"…," she said')."""
        text = self.quotes.text
        quote = self.quotes.covering(pronoun.sent.start_char)
        if quote is None:
            first = next((t for t in pronoun.sent if not t.is_space), None)
            quote = self.quotes.covering(first.idx + len(first)) if first is not None and first.is_quote else None
        if quote is None:  # '"… Where would I go?" he asked.': the parser ended the sentence with the quotation
            end = pronoun.sent.start_char
            while end > 0 and text[end - 1].isspace():
                end -= 1
            quote = self.quotes.covering(end - 1) if end > 0 else None
        if quote is None or quote.end > pronoun.idx or pronoun.head.i < pronoun.i:
            return None
        between = text[quote.end : pronoun.idx]
        return None if any(ch.isalnum() for ch in between) else quote

    def _main_subject(self, pronoun: Token, kinds: tuple[str, ...]) -> Mention | None:
        """A pronoun subject of a clause inside the sentence ("Farage accused Rayner of hiding the cost,
        which he claimed would add £4bn"; "Police found a knife, which they said was his") is most
        often the main clause's subject, not the last name before it (Rayner, the object)."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass") or not kinds:
            return None
        clause = pronoun.head
        if clause.dep_ not in ("relcl", "advcl", "ccomp") or self.quotes.covering(pronoun.idx) is not None:
            return None
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.i >= pronoun.i or not root.is_ancestor(pronoun):
            return None
        objects = [c for c in root.children if c.dep_ in ("dobj", "dative") and c.i < pronoun.i]
        if not objects:
            return None  # no second person the last-name rule could take instead
        start, end = subject.left_edge.idx, subject.idx + len(subject)
        index = bisect.bisect_left(self._starts, start)
        while index < len(self.mentions) and self.mentions[index].start < end:
            mention = self.mentions[index]
            if mention.kind in kinds and self._agrees(mention, pronoun.lower_):
                return mention
            index += 1
        people = self._people_named_by(subject, pronoun, kinds)
        if people is not None or pronoun.lower_ not in ("it", "its"):
            return people
        resolved = self._single(subject)  # "The board hired Ruiz, who it said …": the board
        if resolved.name and resolved.kind in kinds:
            return Mention(subject.idx, resolved.name, resolved.entity, resolved.kind)
        return None

    def _people_named_by(self, subject: Token, pronoun: Token, kinds: tuple[str, ...]) -> Mention | None:
        """A plural common noun ("the researchers", "police") that a later "they" points to."""
        people = subject.tag_ == "NNS" or subject.lower_ == "police"
        if people and subject.lemma_.lower() not in DOCUMENT_NOUNS and pronoun.lower_ in ("they", "them") and "group" in kinds:
            return Mention(subject.idx, self._nominal_name(subject), None, "group")
        return None

    def _person_by_surname(self, name: str) -> Entity | None:
        """The one person of the article whose full name ends with this one-word name, if only one."""
        if " " in name:
            return None
        found = [e for e in self.entities if e.kind == "person" and " " in e.name and e.name.split()[-1] == name]
        return found[0] if len(found) == 1 else None

    def _quoted_antecedent(self, before: int, quote_start: int, kinds: tuple[str, ...]) -> Mention | None:
        """A pronoun inside a quotation ("“They told us …”") speaks in the quoted
        speaker's words: its antecedent is named earlier in the same quotation or not at all
        (the narration before the quote is not what the quoted speaker points back to)."""
        found = None
        for entity in self.entities:
            if entity.kind not in kinds:
                continue
            for start, _end in entity.mentions:
                if quote_start <= start < before and (found is None or start > found.start):
                    found = Mention(start, entity.name, entity.id, entity.kind)
        return found

    # --- resolution -----------------------------------------------------------------------------

    def resolve(self, head: Token, antecedent: Token | None = None) -> Resolved:
        """Name, entity and how for the speaker whose head token is ``head``."""
        lower = head.lower_
        if head.text == "WHO":  # the World Health Organization in capitals, not the pronoun
            entity = entity_at(self.doc, head.idx, head.idx + 3)
            return Resolved(entity.name if entity else "WHO", entity.id if entity else None, "explicit", "organization")
        if lower in RELATIVE_PRONOUNS and antecedent is not None:
            found = self.resolve(antecedent)
            kind = found.kind
            if lower != "who" and kind == "person" and antecedent.ent_type_ != "PERSON":
                kind = "other"  # "a problem that demands …": not someone a later "he" points to
            return Resolved(found.name, found.entity, "pronoun", kind)
        signer = _signer_of(head)
        if signer is not None:  # "a statement signed by Rand Water spokesperson Thabo Mahlangu"
            return self.resolve(signer)
        whole = _whole_of_a_part(head)
        if whole is not None and whole.pos_ == "PRON":  # "One of them said": one of the officials named before
            group = self._antecedent(head.idx, ("group",))
            return Resolved(group.name if group else None, None, "pronoun", "person")
        if whole is not None:  # "Some of the protesters"
            return Resolved(self.resolve(whole).name, None, "nominal", "group")
        if head.pos_ == "PRON" or lower in PERSON_PRONOUNS | GROUP_PRONOUNS | FIRST_PERSON:
            return self._pronoun(head)
        conjuncts = [head] + [c for c in head.conjuncts if c.i > head.i and c.pos_ in ("PROPN", "NOUN")]
        if len(conjuncts) > 1 and _one_entity(conjuncts):
            conjuncts = [head]  # "Procter & Gamble", "Johnson & Johnson": one name the parser reads as two
        listed = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.conjuncts), None)
        if listed is not None and _one_entity([listed, *listed.conjuncts]):
            listed = None  # "Its owner, Johnson & Johnson,": one name in apposition, not a list
        if len(conjuncts) == 1 and listed is not None:
            # "Norway, the European Union and others": the parser reads a list as an apposition
            conjuncts += [listed] + [c for c in listed.conjuncts if c.i > listed.i and c.pos_ in ("PROPN", "NOUN")]
        if len(conjuncts) > 1 and _one_body_listing_its_members(conjuncts):
            # "the Kenya Medical Practitioners, Pharmacists and Dentists Union": one union, its members listed
            start = conjuncts[0].left_edge.i
            while start < conjuncts[0].i and self.doc[start].dep_ == "det":
                start += 1
            name = self.doc[start : conjuncts[-1].i + 1].text
            return Resolved(name, None, "explicit", "organization")
        if len(conjuncts) > 1:
            parts = [self._single(c) for c in conjuncts]
            names = [p.name for p in parts if p.name]
            return Resolved("; ".join(names) or None, None, parts[0].how, "group")
        return self._single(head)

    def _pronoun(self, head: Token) -> Resolved:
        lower = head.lower_
        kinds = _ANTECEDENT_KINDS.get(lower, ())
        quote = self.quotes.covering(head.idx)
        if not kinds:
            mention = None  # I, we, you: the component fills these from an enclosing quotation
        elif quote is not None:
            mention = self._quoted_antecedent(head.idx, quote.start, kinds)
        else:
            mention = (
                self._previous_subject(head, kinds)
                or self._main_subject(head, kinds)
                or self._antecedent(head.idx, kinds, lower)
            )
        if mention is None:
            return Resolved(None, None, "pronoun", "person" if lower in PERSON_PRONOUNS else "other")
        return Resolved(mention.name, mention.entity, "pronoun", mention.kind)

    def _single(self, head: Token) -> Resolved:
        chunk_start, chunk_end = name_chunk(head)
        doc = self.doc
        chunk_text = doc[chunk_start:chunk_end].text
        metonym = _metonym(chunk_text, doc[chunk_start - 1].lower_ if chunk_start > 0 else "")
        if metonym is not None:
            entity = self.entity_by_name.get(metonym.lower())
            return Resolved(metonym, entity.id if entity else None, "explicit", "country")
        # "the Minister said", "Minister of Transport Nadia Petrova": capitalised, the tagger calls it a name
        titled = self._former_or_latter(head) or self._titled_person(head) or self._person_after_role(head)
        if titled is not None:
            return titled
        appositions = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        # "Lt. Gen. (ret.) Tsadkan Gebretensae": the person among the appositions, not the bracket
        named = next((c for c in appositions if c.ent_type_ == "PERSON"), appositions[0] if appositions else None)
        unnamed_word = head.ent_type_ == "" and named is not None and named.ent_type_ == "PERSON"
        if named is not None and (_is_title(head.lower_) or head.lower_ in _ROLE_NOUNS or unnamed_word):
            # ("Criminologist Dr. Anita Rao": a job the model did not tag, with the person after it)
            # "The President of the Republic, Viktor Samarin,": the person, not the title
            holder = self._single(named)
            return replace(holder, kind="person") if holder.kind == "other" else holder
        person = self._person_in_commas(head)
        if person is not None:
            return person
        if _the_national(head):
            # "the Italian said", "the Spaniard added": a person of that nation, not the country; which
            # person named before is a guess the nationality alone does not settle
            return Resolved(head.text, None, "nominal", "person")
        if head.text in POST_NOMINALS and head.i > 0 and doc[head.i - 1].ent_type_ == "PERSON":
            head = doc[head.i - 1]  # "Judge Alan Conrad KC said": the person, not the letters after the name
        if head.pos_ == "PROPN" or head.ent_type_ in _LABEL_KINDS:
            entity = entity_at(doc, head.idx, head.idx + len(head))
            if entity is not None and entity.kind == "place" and (country := capital_of(entity.name)):
                # Any national capital speaking stands for its government ("Manila said").
                government = self.entity_by_name.get(country.lower())
                return Resolved(country, government.id if government else None, "explicit", "country")
            if entity is not None:
                return Resolved(entity.name, entity.id, "explicit", entity.kind)
            ent_index = self.ent_of_token.get(head.i)
            if ent_index is not None:
                ent = doc.ents[ent_index]
                name = clean_name(ent.text)
                holder = _after_last_title(name)  # "Fed Chair Marian Osei", which the model took for a title of a work
                kind = "person" if holder != name and ent.label_ not in ("ORG", "GPE") else _LABEL_KINDS.get(ent.label_, "other")
                return Resolved(holder if kind == "person" else name, None, "explicit", kind)
            if head.lower_ in _BODY_HEADS:  # "Ukraine's General Staff": a body, titles and all
                return Resolved(self._nominal_name(head), None, "explicit", "organization")
            person = self._person_by_surname(clean_name(chunk_text))
            if person is not None:  # a name the model did not tag: "Trump responded" after "Donald Trump"
                return Resolved(person.name, person.id, "explicit", "person")
            # "Minister of Trade Ana Ruiz", "Arsenal boss Mikel Arteta": a title makes it a person
            titled = _title_before(self.quotes.text, doc[chunk_start].idx) or any(
                _is_title(w) for w in chunk_text.split()[:-1]
            )
            name = _after_last_title(clean_name(chunk_text))
            acronym = name.isupper() and name.isalpha() and 2 <= len(name) <= 6  # "SNCF said": a body "it" points back to
            return Resolved(name, None, "explicit", "person" if titled else "organization" if acronym else "other")
        for child in head.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":  # "the spokesman, John Kirby,"
                return self._single(child)
        body = self._the_company(head) or self._the_body(head) or self._the_person_by_age(head)
        if body is not None:
            return body
        name = self._nominal_name(head)
        institution = head.lemma_.lower() in INSTITUTIONS or head.lemma_.lower() in _BODY_NOUNS or head.ent_type_ == "ORG"
        plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in _COLLECTIVE_NOUNS
        kind = "organization" if institution else "group" if plural else "person"
        if head.lower_ == "spokesperson":
            kind = "person"  # speaks for a body (so "explicit"), but a later "she" is this person
        entity = entity_at(doc, head.idx, head.idx + len(head)) if head.ent_type_ == "ORG" else None
        return Resolved(name, entity.id if entity else None, "explicit" if institution else "nominal", kind)

    def _person_in_commas(self, head: Token) -> Resolved | None:
        """"…, » affirmed the spokesperson, Mr. Ivan Drelko, on Tuesday": after an inverted verb the
        parser hangs the name on the verb, not on the role it names; a person set off by commas
        right after a role is that role's holder."""
        if not (_is_title(head.lower_) or head.lower_ in _ROLE_NOUNS or head.tag_ == "NN"):
            return None  # a role ("the prefect of the region"), not a group ("officials, Ann Dow and …")
        ent = holder_after_role(head)
        if ent is None:
            return None
        entity = entity_at(self.doc, ent.start_char, ent.end_char)
        if entity is not None and entity.kind == "person":
            return Resolved(entity.name, entity.id, "explicit", "person")
        return Resolved(clean_name(ent.text), None, "explicit", "person")

    def _the_company(self, head: Token) -> Resolved | None:
        """"The company said" after "Nordvik AB is recalling ...": the last organisation named before."""
        bare = [c for c in head.children if c.dep_ not in ("det", "punct")] == []
        if head.lemma_.lower() not in _COMPANY_NOUNS or not bare:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        reported = _subject_of_the_report_before(head)
        if reported is not None:  # "Real Madrid have signed Arsenal defender X, the club confirmed"
            start, end = name_chunk(reported)
            entity = entity_at(head.doc, head.doc[start].idx, reported.idx + len(reported))
            name = entity.name if entity is not None else head.doc[start:end].text
            return Resolved(name, entity.id if entity is not None else None, "nominal", "organization")
        index = bisect.bisect_left(self._starts, head.idx) - 1
        earlier = self.mentions[max(0, index - _TITLE_LOOKBACK) : index + 1]
        companies = [m for m in earlier if m.kind == "organization" and not _PUBLIC_BODY_WORDS.intersection(m.name.lower().split())]
        if not companies:
            return None
        sentence_start = head.sent.start_char if head.doc.has_annotation("SENT_START") else head.idx
        here = [m for m in companies if sentence_start <= m.start < head.idx]
        if here:  # "Shares of Tarro Motors fell after the carmaker warned": the company of the same sentence
            # the subject among several: "Chelsea have signed Napoli striker X, the club confirmed"
            doc = head.doc
            subjects = [m for m in here if (t := doc.char_span(m.start, m.start + 1, alignment_mode="expand")) is not None
                        and t.root.dep_ in ("nsubj", "nsubjpass")]
            chosen = subjects[0] if subjects else here[-1]
            return Resolved(chosen.name, chosen.entity, "nominal", "organization")
        # the story's company, named most (and first), not the analyst's firm or the union quoted last;
        # counted by the entity's mentions (a speaker is remembered beside its entity's mention too)
        counts = Counter(m.name for m in [m for m in companies if m.end is not None] or companies)
        first = {}
        for position, m in enumerate(companies):
            first.setdefault(m.name, position)
        best = max(counts, key=lambda name: (counts[name], -first[name]))
        mention = companies[first[best]]
        return Resolved(mention.name, mention.entity, "nominal", "organization")

    def _the_body(self, head: Token) -> Resolved | None:
        """"The agency said" after "The World Health Organization …", "the ministry" after "the
        Ministry of Health": the last organisation named before whose name has that word (any
        organisation, for "the agency", "the body", "the watchdog")."""
        lemma = head.lemma_.lower()
        bare = [c for c in head.children if c.dep_ not in ("det", "punct")] == []
        if lemma not in _BODY_NOUNS or not bare or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        index = bisect.bisect_left(self._starts, head.idx) - 1
        bodies = [m for m in self.mentions[max(0, index - _TITLE_LOOKBACK) : index + 1][::-1] if m.kind == "organization"]
        if lemma in _ANY_BODY_NOUNS:
            # "the agency" after a recalling company and a safety commission: the public body first
            bodies.sort(key=lambda m: not _PUBLIC_BODY_WORDS.intersection(m.name.lower().split()))
        for mention in bodies:
            words = mention.name.lower().split()
            # "the regulator" is a body named as one, or by its initials ("the FDA"), never the
            # company it regulates ("Toyota is recalling 480,000 cars, the regulator said")
            public = _PUBLIC_BODY_WORDS.intersection(words) or (mention.name.isupper() and len(mention.name) <= 6)
            if lemma in words or (lemma in _ANY_BODY_NOUNS and public):
                return Resolved(mention.name, mention.entity, "nominal", "organization")
        return None

    def _former_or_latter(self, head: Token) -> Resolved | None:
        """"Priya Raman and Kevin Walsh met the family. The former warned …; the latter said …": the
        first or the last of the people named in the nearest sentence before that names two or more."""
        if head.lower_ not in ("former", "latter") or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        earlier = [s for s in head.doc.sents if s.end_char <= head.sent.start_char][-3:]
        for sentence in reversed(earlier):
            people: list[Mention] = []
            for m in self.mentions:
                if m.kind == "person" and sentence.start_char <= m.start < sentence.end_char and all(p.name != m.name for p in people):
                    people.append(m)
            if len(people) >= 2:
                chosen = people[0] if head.lower_ == "former" else people[-1]
                return Resolved(chosen.name, chosen.entity, "nominal", "person")
        return None

    def _the_person_by_age(self, head: Token) -> Resolved | None:
        """"The 47-year-old said", "the 31-year-old striker added": the last person named before."""
        age = head if head.lower_ == "old" else next((c for c in head.children if c.lower_ == "old"), None)
        if age is None or not any(c.lower_ in ("year", "years") for c in age.children):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        index = bisect.bisect_left(self._starts, head.idx) - 1
        for mention in self.mentions[max(0, index - _TITLE_LOOKBACK) : index + 1][::-1]:
            if mention.kind == "person":
                return Resolved(mention.name, mention.entity, "nominal", "person")
        return None

    def _person_after_role(self, head: Token) -> Resolved | None:
        """"the head of the regional administration Oleh Kiper", "the spokesman of the Air Force Yurii
        Ihnat": a role of a body followed by a person's name, with no comma (translated news)."""
        if head.lower_ not in _ROLE_NOUNS and head.lower_ not in TITLES:
            return None
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")), None)
        if of is None:
            return None
        named = _name_after_office(of) or _name_after_portfolio_title(of)
        if named is not None:
            return Resolved(named, None, "explicit", "person")
        for token in of.subtree:
            ent_index = self.ent_of_token.get(token.i)
            if ent_index is None or self.doc.ents[ent_index].label_ != "PERSON":
                continue
            ent = self.doc.ents[ent_index]
            after = self.doc[ent.end] if ent.end < len(self.doc) else None
            if ent.root.dep_ == "poss" or (after is not None and after.tag_ == "POS"):
                return None  # "a member of the board of Tomas Riel's firm": the firm's, not Riel
            holder = next((c for c in ent.root.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if holder is not None and after is not None and after.text == ",":
                # "A spokesman for President Bola Tinubu, Bayo Onanuga,": a named person needs no second
                # name; the one set off after it is the spokesman's
                start, end = name_chunk(holder)
                return Resolved(clean_name(self.doc[start:end].text), None, "explicit", "person")
            entity = entity_at(self.doc, ent.start_char, ent.end_char)
            if entity is not None and entity.kind == "person":
                return Resolved(entity.name, entity.id, "explicit", "person")
            return Resolved(clean_name(ent.text), None, "explicit", "person")
        return None

    def _titled_person(self, head: Token) -> Resolved | None:
        """"The minister said" after "Trade Minister Ana Ruiz": the last person named with that title."""
        title = head.lower_
        # "the deputy minister" after "Deputy Minister Tran Van Hoa": words that are titles themselves may qualify it
        bare = not any(
            c.dep_ in ("compound", "appos", "flat", "prep", "amod") and not _is_title(c.lower_) for c in head.children
        )
        if not _is_title(title) or not bare:
            return None
        text = self.quotes.text
        # a headline ("…, minister says") drops the article and names the person only below it
        first_line_end = text.find("\n", len(text) - len(text.lstrip()))
        headline = first_line_end == -1 or head.idx < first_line_end
        if not headline and not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        index = bisect.bisect_left(self._starts, head.idx) - 1
        earlier = self.mentions[max(0, index - _TITLE_LOOKBACK) : index + 1][::-1]
        later = self.mentions[index + 1 : index + 1 + _TITLE_LOOKBACK] if headline else []
        for mention in earlier + later:
            if mention.kind != "person":
                continue
            name_at = text.find(mention.name.split()[0], mention.start, mention.start + 80)
            if _title_before(text, name_at if name_at != -1 else mention.start, title):
                return Resolved(mention.name, mention.entity, "nominal", "person")
            found = text.find(mention.name, mention.start, mention.start + 120)
            start = found if found != -1 else mention.start
            end = mention.end if mention.end is not None else found + len(mention.name) if found != -1 else None
            if end is not None and _title_in_apposition(text, start, end, title):
                return Resolved(mention.name, mention.entity, "nominal", "person")
        return None

    def _nominal_name(self, head: Token) -> str:
        """"Seoul's spy service" → "South Korea's spy service"; "a Chinese Foreign Ministry
        spokesman" → "Chinese Foreign Ministry spokesman"; "the government of Japan" kept whole."""
        doc = self.doc
        left = head
        for child in head.lefts:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "npadvmod"):
                left = child.left_edge if child.left_edge.i < left.i else left
                break
        right = head.i + 1
        for child in head.rights:
            role = head.lower_ in _ROLE_NOUNS  # "the head of state", not just "head"
            if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "for" and role)):
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or (role and child.lower_ == "of")):
                    right = _before_setting(pobj).i + 1  # "a spokesperson for Water UK" too
            break
        if head.pos_ == "NUM" and any(t.lower_ == "of" for t in head.subtree):
            right = max(right, head.right_edge.i + 1)  # "two-thirds of voters": the parser made "two" the head
        of = head.head if head.dep_ == "pobj" else None
        partitive = of is not None and of.lower_ == "of" and of.head.i < of.i and (of.head.pos_ == "NUM" or of.head.lower_ in _PARTITIVES)
        if partitive:
            left = of.head.left_edge  # "Three of the 52 respondents said": three of them, not all 52
        dash = next((t.i for t in reversed(doc[left.i : head.i]) if t.text in ("–", "—", "-") and t.whitespace_), None)
        if dash is not None:
            left = doc[dash + 1]  # "23:50 GMT – Police": a live blog's time stamp, not the name
        words = []
        for token in doc[left.i : right]:
            if token.dep_ == "det" and token.head == head and not partitive:
                continue
            if token.dep_ == "poss" and token.pos_ == "PROPN":
                metonym = _metonym(token.text, "")
                if metonym is not None:
                    words.append(metonym + token.whitespace_)
                    continue
            words.append(token.text_with_ws)
        name = "".join(words).strip()
        return re.sub(r"\s+(['’]s)\b", r"\1", name)


# Words for a part of a group before "of": "most of the economists", "half of those polled".
_PARTITIVES = frozenset({"some", "many", "most", "half", "several", "few", "all", "none", "majority", "minority",
                         "each", "one", "two", "three", "dozens", "hundreds", "thousands"})

_WORDS_BEFORE = re.compile(r"(?:[^\s.,;:]+\s+){1,4}$")


# Last words of a body named after the trades or peoples it brings together.
_LISTING_BODY_ENDS = frozenset("union association federation council alliance coalition front congress society guild".split())


_CLOCK = re.compile(r"\d{1,2}[:.]\d\d")


def _time_stamp(token: Token) -> bool:
    """A live blog's entry time read as a subject: "13:20 GMT"."""
    return token.ent_type_ in ("TIME", "DATE") or any(_CLOCK.fullmatch(c.text) for c in token.lefts)


def _subject_of_the_report_before(head: Token) -> Token | None:
    """The name that is the subject of the clause a trailing cue reports ("Real Madrid have signed
    X, the club confirmed"): the body that speaks of itself; not a person, not a pronoun."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.i < head.i:
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < head.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    if subject is not None and subject.ent_type_ == "GPE":
        # "LONDON (Bloomberg) -- Vaultline … halted withdrawals, the firm said": the parser takes the
        # dateline's city for the subject and the company after the dash for its apposition
        dash = next((t for t in subject.rights if t.text in ("--", "-", "–", "—")), None)
        named = next((c for c in subject.rights if c.dep_ == "appos" and dash is not None and c.i > dash.i), None)
        subject = named if named is not None and named.pos_ == "PROPN" else subject
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("PERSON", "GPE", "NORP"):
        return None
    return subject


def _one_entity(tokens: list[Token]) -> bool:
    """Whether the model's entity around the first token holds them all."""
    first, last = tokens[0], max(t.i for t in tokens)
    if first.ent_iob_ not in ("B", "I"):
        return False
    return any(ent.start <= first.i and last < ent.end for ent in first.doc.ents if ent.start <= first.i < ent.end)


def _one_body_listing_its_members(conjuncts: list[Token]) -> bool:
    """"Medical Practitioners, Pharmacists and Dentists Union": capitalised trades joined into one body's
    name (not "Norway, Sweden and the European Union", a list of places and bodies)."""
    last = conjuncts[-1]
    return (
        last.lower_ in _LISTING_BODY_ENDS
        and not any(c.dep_ == "det" for c in last.children)
        and all(c.is_title and c.ent_type_ not in ("GPE", "PERSON", "LOC") for c in conjuncts[:-1])
    )


# Findings whose author speaks through them, beside the papers of DOCUMENT_NOUNS.
_FINDINGS = frozenset("analysis count tally assessment forecast projection research investigation review audit census".split())


def _author_of(head: Token) -> Token | None:
    """Who the figures or the report are by: "the latest figures from the IOM", "a report by the
    Nikkei", "figures of the ministry", "LSEG data"; a name or an institution, not "a report of fighting"."""
    def is_source(token: Token) -> bool:
        if token.pos_ == "PROPN" or token.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"):
            return token.ent_type_ not in ("DATE", "CARDINAL", "TIME")
        return token.lemma_.lower() in INSTITUTIONS

    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of") and prep.i > head.i:
            name = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if name is not None and is_source(name):
                return name
    compound = next((c for c in head.lefts if c.dep_ == "compound" and c.i == head.i - 1), None)
    if compound is not None and compound.pos_ == "PROPN" and compound.ent_type_ in ("ORG", ""):
        return compound  # "LSEG data", "Reuters calculations"
    return None


def _signer_of(head: Token) -> Token | None:
    """The one who signed or issued a statement that speaks: "a statement signed by X"."""
    if head.lemma_.lower() not in DOCUMENT_NOUNS | _FINDINGS:
        return None
    author = _author_of(head)
    if author is not None:
        return author
    for acl in head.children:
        if acl.dep_ == "acl" and acl.lower_ in ("signed", "issued", "released", "sent"):
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            name = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if name is not None:
                return name
    return None


def _whole_of_a_part(head: Token) -> Token | None:
    """"them" in "One of them", "some of the officials": the group a part of it speaks for."""
    if head.lower_ not in ("one", "some", "two", "three", "several", "many", "most", "none", "each", "both"):
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return whole if whole is not None and whole.pos_ in ("PRON", "NOUN", "PROPN") else None


def _title_before(text: str, position: int, title: str | None = None) -> bool:
    """Whether a title (``title``, or any) stands before ``position``, at most three words (no stop
    or comma) away: "Minister of Trade |Ana Ruiz", "Giresun Governor |Mehmet Yilmaz"."""
    window = _WORDS_BEFORE.search(text, max(0, position - 60), position)
    if window is None:
        return False
    found = [w.lower() for w in window.group(0).split()]
    return title in found if title else any(_is_title(w) for w in found)


def _the_national(head: Token) -> bool:
    """"the Italian", "the Spaniard": one person of a nation (a singular demonym after "the"; "the
    Italians" and "the Italian government" are not)."""
    if head.ent_type_ != "NORP" or head.tag_ not in ("NNP", "NN", "JJ") or head.text.endswith("s"):
        return False
    det = [c for c in head.lefts if c.dep_ == "det"]
    return len(det) == 1 and det[0].lower_ == "the" and not any(c.dep_ in ("compound", "amod") for c in head.lefts)


def _after_last_title(name: str) -> str:
    """"Fed Chair Marian Osei" → "Marian Osei": a name the model did not tag, without the titles
    before it (the titles the entities stage strips from the names it knows)."""
    words = name.split()
    cut = max((i for i, w in enumerate(words[:-1]) if _is_title(w)), default=None)
    if cut is None or not all(w[:1].isupper() and not _is_title(w) for w in words[cut + 1 :]):
        return name  # "Chief Minister": titles only, kept whole
    return " ".join(words[cut + 1 :])


def _title_in_apposition(text: str, start: int, end: int, title: str) -> bool:
    """Whether the title is set beside the name by commas: "The Minister of Defense, |Ricardo
    Salazar|," or "|Ricardo Salazar|, the defense minister,"."""
    before = re.search(r"([^,.;:\n]{1,60}),\s*$", text[max(0, start - 62) : start])
    after = re.match(r",\s*(?:the|a|an|its|his|her)?\s*([^,.;:\n]{1,60})", text[end : end + 64])
    return any(
        part is not None and title in (w.lower() for w in re.findall(r"[\w'’-]+", part.group(1)))
        for part in (before, after)
    )


def _is_title(word: str) -> bool:
    """A title or a role before a name: the speakers' list ("Mr.", "Sen.") and the entities' ("boss")."""
    word = word.lower()
    return word in TITLES or word.rstrip(".") in ROLE_TITLES


def _before_setting(token: Token) -> Token:
    """The last token of ``token``'s subtree before a trailing place, medium or time ("in Telegram")."""
    end = token.right_edge
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "at", "during"):
            end = child.doc[child.i - 1]
            break
    return end


# How many earlier mentions "the minister" looks through for the person who holds the title.
_TITLE_LOOKBACK = 30
# Roles a person holds in a body, besides the titles: "the head of …", "the spokesman of …".
_ROLE_NOUNS = frozenset({"head", "chief", "spokesman", "spokeswoman", "spokesperson", "commander", "leader", "member"})


_OFFICES = frozenset({"state", "government"})


def _name_after_office(of: Token) -> str | None:
    """"the Head of State Kassym-Jomart Tokayev": the parser runs the office and the untagged name
    into one object of "of"; the capitalised words after "State" are the person's name."""
    pobj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    if pobj is None:
        return None
    words = pobj.doc[pobj.left_edge.i : pobj.i + 1]
    if len(words) < 3 or any(w.pos_ not in ("PROPN", "PUNCT") for w in words) or words[0].lower_ not in _OFFICES or words[0].i != of.i + 1:
        return None
    return clean_name(words[1:].text)


def _name_after_portfolio_title(of: Token) -> str | None:
    """"Minister for Health Dr Jane Roe", "MMC for Utilities Cllr Lerato Mokoena": a portfolio, a title,
    then the holder's name, which the parser runs into one object."""
    pobj = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    if pobj is None:
        return None
    words = list(pobj.doc[of.i + 1 : pobj.i + 1])
    title = next((i for i, w in enumerate(words) if i > 0 and _is_title(w.lower_.rstrip("."))), None)
    if title is None and len(words) >= 3 and words[0].lower_ in _PORTFOLIOS and words[-2].is_title:
        title = len(words) - 3  # "Minister of Trade Ana Ruiz": the last two words are the name
    if title is None or not 2 <= len(words) - title - 1 <= 3 or any(w.pos_ != "PROPN" for w in words[title + 1 :]):
        return None
    return clean_name(" ".join(w.text for w in words[title + 1 :]))


# A minister's portfolio, which opens the words after "Minister of/for" before the holder's name.
_PORTFOLIOS = frozenset(
    "trade health finance defence defense foreign interior justice education energy transport agriculture labour "
    "labor environment culture tourism industry commerce economy home water housing communications information "
    "utilities planning sport sports mines petroleum works".split()
)


def holder_after_role(head: Token) -> Span | None:
    """The person's name set off by commas right after the phrase ``head`` heads ("the prefect of
    the region, Mr. Jean-Paul Mbida,"), whatever the parser hung it on; None if there is none."""
    doc = head.doc
    start = head.right_edge.i + 2
    if start >= len(doc) or doc[start - 1].text != ",":
        return None
    while start < len(doc) and _is_title(doc[start].lower_) and doc[start].ent_type_ != "PERSON":
        start += 1  # "Mr.", "Colonel"
    ent = next((e for e in doc.ents if e.start == start), None)
    if ent is None or ent.label_ != "PERSON":
        return None
    if ent.end < len(doc) and doc[ent.end].text not in (",", ".", ";"):
        return None
    return ent


def name_chunk(head: Token) -> tuple[int, int]:
    """Token range of a name: the head and the compound/flat words before it ("Vladimir Putin")."""
    start = head.i
    doc = head.doc
    while start > 0 and doc[start - 1].dep_ in _NAME_DEPS and doc[start - 1].head.i in range(start, head.i + 1):
        start -= 1
    return start, head.i + 1


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """National capital (folded) → the country's name, from countryinfo."""
    from countryinfo import CountryInfo

    capitals: dict[str, str] = {}
    for info in CountryInfo.all().values():
        names = info.get("capital") or []
        for capital in [names] if isinstance(names, str) else names:
            if capital and info.get("name"):
                capitals.setdefault(capital.lower(), info["name"])
    return capitals


def capital_of(place: str) -> str | None:
    """The country whose capital this place is, else None."""
    return _capitals().get(place.lower())


def _metonym(text: str, previous_word: str) -> str | None:
    key = text.lower().strip()
    key = _POSSESSIVE.sub("", key)
    if previous_word == "the" and f"the {key}" in METONYMS:
        return METONYMS[f"the {key}"]
    return METONYMS.get(key)


def clean_name(text: str) -> str:
    """A name without leading articles and titles or a trailing possessive ("President Putin's" → "Putin")."""
    words = _POSSESSIVE.sub("", text.strip()).split()
    while words and words[0].lower() in ("the", "a", "an"):
        words.pop(0)
    if all(w.lower().rstrip(".") in TITLES or w.lower().rstrip(".") in ROLE_TITLES for w in words):
        return " ".join(words)  # "the Chief Minister": a title only, which stays whole
    while len(words) > 1 and words[0].lower() in TITLES:
        words.pop(0)
    return without_titles(" ".join(words))


def speaker_record(text: str | None, span: tuple[int, int] | None, resolved: Resolved | None) -> Speaker:
    if resolved is None or span is None:
        return Speaker(text=None, span=None, name=None, entity=None, how="none")
    return Speaker(text=text, span=span, name=resolved.name, entity=resolved.entity, how=resolved.how)
