"""claimgraph_entities: merge the model's entity mentions into canonical entities of an article.

"Vladimir Putin" and a later "Putin" are one person; "Kim Jong Un" and "Kim Min-jae" are two;
"North Korea’s" is North Korea; demonyms ("North Korean") attach to their country; "Getty Images"
is a photo agency, not a person. Each entity gets the ISO code of the country it is or belongs to
when the text says so ("Russian President Vladimir Putin" → RU), else None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..records import Entity
from .countries import country_code, country_name, demonym_code

LABEL_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
              "NORP": "group"}

# Words before a name that are titles, not part of it ("President Vladimir Putin").
TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president vice prime minister premier chancellor
    secretary senator sen rep representative gov governor mayor general gen col colonel lt captain
    capt sgt admiral adm king queen prince princess pope rev father sheikh ambassador judge justice
    chief leader spokesman spokeswoman spokesperson commissioner director chairman chairwoman chair chairperson ceo
    foreign defense defence interior finance state deputy former acting councillor councilor councilman
    councilwoman alderman assemblyman assemblywoman congressman congresswoman sheriff superintendent
    inspector detective prosecutor cllr recorder magistrate bishop archbishop cardinal rabbi imam
    coroner administrator solicitor ombudsman auditor registrar
    boss manager coach striker midfielder defender goalkeeper winger skipper owner founder executive
    economist analyst professor lawyer attorney envoy commander officer official correspondent constable rt hon
    honourable honorable alhaji alhaja mallam comrade shri smt shrimati datuk dato engr barrister pastor
    singer actor actress rapper musician comedian presenter broadcaster journalist sprinter boxer nurse
    doctor midwife paramedic firefighter rival tenant resident pensioner shopkeeper fisherman activist
    campaigner volunteer survivor widow student teacher farmer witness protester landlord patient
    researcher scientist engineer pilot soldier veteran trader vendor miner whip""".split()
)
# Letters after a name for an office or honour (British and Commonwealth news).
POST_NOMINALS = frozenset("KC QC MP MEP MSP MLA MS TD OBE MBE CBE KBE DBE".split())
# Photo agencies and wire services the model tends to tag as people.
AGENCIES = frozenset(
    {"getty images", "getty", "afp", "reuters", "ap", "associated press", "epa", "shutterstock",
     "bloomberg", "xinhua", "tass", "yonhap", "kyodo", "anadolu", "alamy", "nurphoto"}
)
# Time zones the model tags as bodies ("by 1130 GMT").
TIME_ZONES = frozenset("GMT UTC CET CEST EET EEST WET BST MSK IST JST KST EST EDT CST CDT MST MDT PST PDT ET PT".split())
# Legal forms after a company's name ("Nordwerk AG", "Acme Corp.").
COMPANY_FORMS = frozenset("ag se gmbh inc corp corporation ltd limited plc llc sa nv bv co spa oy ab asa".split())
# Social networks the model takes for places ("said in Telegram"): bodies, never places.
PLATFORMS = frozenset("telegram facebook twitter instagram tiktok youtube whatsapp viber weibo wechat".split())
# Named storms and other events the model tags as people ("Typhoon Halong", "Hurricane Ida").
EVENT_WORDS = frozenset({"typhoon", "hurricane", "cyclone", "storm", "tropical", "operation", "tornado"})
# An amount with its currency written on ("GH₵45", "US$3"), which the model may call a body.
AMOUNT = re.compile(r"^[A-Za-z]{0,3}[$€£¥₹₦₵₡₱₩₽₴₪₺]\s?\d")
# The nations of the United Kingdom, which share its country code but are not the country.
UK_NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})
# Territories that share a country's code but are places of their own ("Gaza" and "the West Bank" are not
# one entity with "Palestinians").
TERRITORIES = UK_NATIONS | {"gaza", "gaza strip", "west bank", "east jerusalem", "crimea", "kashmir", "donbas"}
POSSESSIVE = re.compile(r"\s*['\u2019]s?$")


@Language.factory("claimgraph_entities")
def make_entities(nlp: Language, name: str) -> EntityMerger:
    return EntityMerger(common_nouns(nlp))


# Exchanges named before a stock's code in a company's first mention: "(NYSE: ACME)", "(TYO: 6821)".
STOCK_EXCHANGES = frozenset(
    "NYSE NASDAQ AMEX TYO TSE LSE LON EPA ETR FRA XETRA HKG HKEX SEHK SHA SHE SSE SZSE ASX TSX TSXV NSE BSE "
    "KRX KOSDAQ SGX JSE BIT AMS EBR SWX SIX OTC OTCQX TWSE TPE IDX SET KLSE BMV BVMF".split()
)
# A stock's code after its exchange, "(NYSE: ACME)", "(TYO: 6821)": no name of its own.
_TICKER = re.compile(r"\((?:" + "|".join(sorted(STOCK_EXCHANGES)) + r")\s*:\s*([A-Z0-9][A-Z0-9.]{0,9})\)", re.IGNORECASE)


@dataclass
class _Mention:
    start: int  # character offsets of the name itself (no "the", no "'s")
    end: int
    name: str
    label: str
    kind: str
    country: str | None
    token_start: int
    first_token: int = 0
    title_gender: str | None = None  # "m" after "Mr.", "f" after "Mrs.", "Ms." or "Miss"


@dataclass
class _Group:
    name: str
    kind: str
    label: str
    country: str | None
    mentions: list[_Mention] = field(default_factory=list)


class EntityMerger:
    """Reads ``doc.ents`` (and ``doc._.places``), writes ``doc._.cg_entities``."""

    def __init__(self, nouns: frozenset[str] = frozenset()) -> None:
        self.nouns = nouns  # common nouns: a sentence's first word among them may be no name

    def __call__(self, doc: Doc) -> Doc:
        cut_amounts_from_names(doc)
        _split_body_and_person(doc)
        _join_split_names(doc)
        _who_in_capitals(doc)
        text = doc.text  # built from the tokens on every access: once per doc
        ents = _without_common_words(doc, self.nouns)
        mentions = [m for ent in ents if (m := _mention(ent, text, ents)) is not None]
        tickers = [m.span(1) for m in _TICKER.finditer(text)]
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in tickers)]  # "(NYSE: ACME)": a code
        mentions = [m for m in mentions if m.name not in TIME_ZONES]  # "13:20 GMT –": a live blog's clock
        places = [p.span for p in doc._.places or [] if p.lat is not None]
        # "YANGON/COX'S BAZAR -": a dateline of cities the model read as one body; the places stand alone
        mentions = [m for m in mentions if "/" not in m.name or not any(m.start <= a < m.end for a, _ in places)]
        _add_place_countries(doc, mentions)
        _acronyms_without_a_place_are_bodies(doc, mentions)
        _name_acronyms_in_full(text, mentions)
        _businesses_by_their_context(doc, mentions, text)
        _people_by_their_names(doc, mentions, text)
        _one_word_bodies_stay_bodies(mentions)
        for m in mentions:
            title = _COURTESY_TITLE.search(text, max(0, m.start - 6), m.start)
            m.title_gender = _TITLE_GENDERS[title.group(1).lower()] if title else None
        groups = _merge(mentions, {p.span for p in doc._.places or [] if p.lat is not None})
        doc._.cg_entities = _to_entities(groups)
        return doc


def _without_common_words(doc: Doc, nouns: frozenset[str]) -> tuple[Span, ...]:
    """The model's entities less a common noun that only the start of a sentence capitalised
    ("Turnout was 64%", "Cholera has killed 40"): one word, never capitalised inside a sentence, and
    written in lower case elsewhere in the article or tagged a common noun that the lemmatizer's
    word list (WordNet's nouns) knows. A company or a surname alone at a sentence start is kept
    when the tagger calls it a proper noun and the article never writes it in lower case."""
    candidates = [e for e in doc.ents if len(e) == 1 and e[0].is_sent_start and e[0].is_title]
    if not candidates:
        return doc.ents
    lower: set[str] = set()
    named: set[str] = set()  # capitalised inside a sentence: a name there
    for token in doc:
        if token.is_lower:
            lower.add(token.text)
        elif token.is_title and not token.is_sent_start:
            named.add(token.lower_)

    def common(ent: Span) -> bool:
        word = ent[0].lower_
        if word in named:
            return False
        return word in lower or (ent[0].tag_ == "NN" and word in nouns)

    dropped = {e.start for e in candidates if common(e)}
    return tuple(e for e in doc.ents if e.start not in dropped) if dropped else doc.ents


def common_nouns(nlp: Language) -> frozenset[str]:
    """The nouns of the rule lemmatizer's word list (WordNet's); empty for a pipeline without one."""
    for _, pipe in nlp.pipeline:
        lookups = getattr(pipe, "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            return frozenset(lookups.get_table("lemma_index").get("noun", ()))
    return frozenset()


# The last word of a body's name: after it, a name in capitals is a person's ("the Odesa Regional
# Military Administration Oleh Kiper", as translated news writes the head of a body without a comma).
BODY_WORDS = frozenset(
    "administration ministry force forces service council office committee command agency department guard "
    "police army navy government bureau commission directorate headquarters staff center centre corps "
    "parliament court party fund".split()
)
# Last words of a company's or a unit's name that no person's name ends in ("Kestrel Shipping").
BUSINESS_WORDS = frozenset(
    "division unit shipping logistics airlines airways foods motors holdings systems technologies "
    "pharmaceuticals industries insurance energy mining telecom media bank brewery".split()
)
# and, for splitting off a holder's name only, the state a president heads ("the Republic" is no body
# of a place: "Dominican Republic" stays a country)
HOLDER_BODY_WORDS = BODY_WORDS | {"republic", "assembly", "senate"}


# Time zones the model calls bodies ("13:20 GMT – Police say …").
TIME_ZONES = frozenset("GMT UTC BST CET CEST EET EEST MSK IST JST KST AEST AEDT EST EDT CST CDT MST MDT PST PDT ET PT".split())
# Words after a number that make it an amount the model ran into a name: "fined |Meta 450 million euros|".
_AMOUNT_WORDS = frozenset("million billion trillion bn euros euro dollars pounds yen yuan francs rupees percent".split())
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"})


def cut_amounts_from_names(doc: Doc) -> None:
    """"The Commission fined Meta 450 million euros": the model reads the company and the fine as one
    body. The name ends before the number, and the amount becomes MONEY (or CARDINAL), so that the
    quantities stage reads it and the places stage does not look inside it for a place ("Meta", a
    Colombian department). Runs first in both stages that read ``doc.ents``; a second run changes nothing."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        cut = next(
            (t.i for t in ent[1:] if t.like_num and t.i + 1 < ent.end and doc[t.i + 1].lower_ in _AMOUNT_WORDS),
            None,
        )
        if ent.label_ not in _NAME_LABELS or cut is None or not any(t.is_alpha for t in doc[ent.start : cut]):
            ents.append(ent)
            continue
        money = any(t.lower_ in _CURRENCY_WORDS for t in doc[cut : ent.end])
        ents += [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut, ent.end, label="MONEY" if money else "CARDINAL")]
        changed = True
    if changed:
        doc.ents = ents


_CURRENCY_WORDS = frozenset("euros euro dollars pounds yen yuan francs rupees".split())


def _split_body_and_person(doc: Doc) -> None:
    """Split an ORG entity that ends in a body's word and two or three more capitalised names into
    the body and a PERSON; also the portfolio after a title and "of" ("Minister of |Transport Nadia
    Petrova|": the model reads portfolio and name as one body)."""
    ents: list[Span] = []
    changed = False
    for ent in doc.ents:
        following = doc[ent.end] if ent.end < len(doc) else None
        if ent.label_ == "ORG" and len(ent) == 1 and not ent.text.isupper() and following is not None and (
            following.is_title and following.lower_ in _PORTFOLIO_HOLDERS
        ):
            changed = True  # "Education Secretary Bridget Phillipson": a portfolio, not a body of its own
            continue
        body_end = None
        # the model also reads "the Republic Tomas Ilvane" (after "President of") as one place
        if (ent.label_ == "ORG" or (ent.label_ == "GPE" and _after_title_of(ent))) and len(ent) >= 4:
            body_end = max((i for i, t in enumerate(ent) if t.lower_ in HOLDER_BODY_WORDS), default=None)
        if body_end is None and ent.label_ == "ORG" and len(ent) == 3 and _after_portfolio_title(ent):
            body_end = 0  # the portfolio, then the minister's two names
        title_end = max((i for i, t in enumerate(ent) if t.lower_ in _HOLDER_TITLES and i < len(ent) - 2), default=None)
        if body_end is None and ent.label_ == "ORG" and title_end is not None:
            rest = ent[title_end + 1 :]  # "Bank Chair Renata Okoye": the holder after the title, not a body
            if 2 <= len(rest) <= 3 and all(t.pos_ == "PROPN" and t.is_title for t in rest):
                ents.append(Span(doc, rest.start, rest.end, label="PERSON"))
                changed = True
                continue
        rest = ent[body_end + 1 :] if body_end is not None else None
        if rest is not None and len(rest) > 2 and rest[0].text == ",":
            rest = rest[1:]  # "the Republic, Tomas Ilvane": the model ran the apposition in
        if rest is None or not 2 <= len(rest) <= 3 or not all(t.pos_ == "PROPN" and t.is_title for t in rest):
            ents.append(ent)
            continue
        ents += [Span(doc, ent.start, ent.start + body_end + 1, label="ORG"), Span(doc, rest.start, rest.end, label="PERSON")]
        changed = True
    if changed:
        doc.ents = ents


# Titles that follow a portfolio's one word: "Interior Minister", "Education Secretary".
_PORTFOLIO_HOLDERS = frozenset("minister secretary commissioner spokesman spokeswoman spokesperson chief".split())
# Titles of office holders that the model runs into a body's name before the holder's.
# Words for a kind of firm or body, which a headline capitalises as its first word ("Automaker recalls …").
KINDS_OF_FIRM = frozenset("automaker carmaker company firm bank lender insurer retailer airline miner manufacturer "
                          "startup regulator watchdog chipmaker drugmaker broadcaster utility".split())
_HOLDER_TITLES = frozenset("chair chairman chairwoman chairperson ceo minister governor president secretary director".split())


def _who_in_capitals(doc: Doc) -> None:
    """"WHO said on Friday": the World Health Organization, which the model reads as the pronoun."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    found = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == "WHO" and t.i not in taken]
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda span: span.start)


# Last words of a sports club's name after its town's ("Hull City", "Bristol Rovers", "Aston Villa").
CLUB_WORDS = frozenset("city town county united rovers athletic wanderers albion hotspur villa fc afc".split())


def sentence_of(token) -> Span | None:
    """The token's sentence, or None where nothing set sentence boundaries (a bare tokenizer)."""
    return token.sent if token.doc.has_annotation("SENT_START") else None


def _next_token(span: Span):
    return span.doc[span.end] if span.end < len(span.doc) else None


# Words of a sports story in the sentence around a club's name.
SPORTS_WORDS = frozenset(
    "beat beats beaten drew draw draws signed sign signs signing win wins won lose loses lost defeat defeated "
    "match game goal goals league cup season striker midfielder defender goalkeeper winger manager coach "
    "fixture derby penalty scored score points title transfer loan stadium premier championship relegation "
    "promoted relegated squad player players club fans supporters host hosts v vs half-time".split()
)


def is_club_name(name: str, following=None, sentence=None) -> bool:
    """A town's name and a club's word that together name no place the gazetteer knows: "Hull City"
    and "Derby County" are clubs, "Quezon City", "Cape Town" and "Orange County" places; "Fargo City
    Commissioner" and "Pingliang city" are neither."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in CLUB_WORDS or not words[-1][:1].isupper():
        return False
    if following is not None and (following.pos_ in ("NOUN", "PROPN", "ADJ") or following.is_title):
        return False  # "Los Angeles City political campaign", "Walker County Commissioners Court"
    if sentence is not None and not any(t.lower_ in SPORTS_WORDS for t in sentence):
        return False  # "a neighbourhood group called North Side United": no match, no club
    from .gazetteer import load_gazetteer  # the index is built on first use; most names never get here

    gazetteer = load_gazetteer()
    return not gazetteer.lookup(name) and bool(gazetteer.lookup(" ".join(words[:-1])))


# Particles inside a surname: "Ursula von der Leyen", "Vincent van Gogh", "Charles de Gaulle".
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "dos",
                             "das", "ter", "ten", "zu", "bin", "ibn", "al", "el"})


def _join_split_names(doc: Doc) -> None:
    """"Ricardo Salazar Montes": a name with two surnames the model cut into two people side by side;
    "Ursula von der Leyen": a person and, after the particles, the rest of the surname under any label."""
    ents = list(doc.ents)
    joined = []
    for ent in ents:
        last = joined[-1] if joined else None
        between = doc[last.end : ent.start] if last is not None else None
        side_by_side = last is not None and last.end == ent.start and "\n" not in last[-1].whitespace_
        particles = last is not None and last.label_ == "PERSON" and ent[0].is_title and len(ent) <= 2 and (
            (side_by_side and last[-1].lower_ in _NAME_PARTICLES and len(last) > 1)
            or (0 < len(between) <= 2 and all(t.lower_ in _NAME_PARTICLES and t.is_lower for t in between))
        )
        if (side_by_side and last.label_ == ent.label_ == "PERSON" and len(last) + len(ent) <= 5) or particles:
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    if len(joined) < len(ents):
        doc.ents = joined


def _after_title_of(ent: Span) -> bool:
    """After "President of", "Speaker of": a body, and maybe the holder's name run into it."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in TITLES


def _after_portfolio_title(ent: Span) -> bool:
    """After "Minister of", "Secretary of", "Commissioner for": what follows is a portfolio. After other
    titles it is a body's own name, which may end in two capitalised words too ("head of the Harbour
    Pilots League")."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ in ("of", "for") and (
        doc[ent.start - 2].lower_ in ("minister", "secretary", "commissioner")
    )


def _mention(ent: Span, doc_text: str, ents: tuple[Span, ...]) -> _Mention | None:
    label = ent.label_
    if label not in LABEL_KIND:
        return None
    if len(ent) == 1 and ent[0].tag_ == "NNS" and ent[0].is_sent_start and not ent[0].is_upper:
        return None  # "Trains will not run": a plural noun capitalised by the sentence, no name
    if ent.text in TIME_ZONES:
        return None  # "by 1130 GMT": the model calls the zone a body
    if ent.text in POST_NOMINALS and ent.start > 0 and ent.doc[ent.start - 1].ent_type_ == "PERSON":
        return None  # "Judge Alan Conrad KC": the letters after a person's name, no body
    if all(w.lower().rstrip(".") in TITLES for w in ent.text.split()):
        return None  # "Lt. Gen. cleared of misconduct": a rank alone names nobody
    start, end = _trim(ent)
    if end <= start:
        return None
    text = doc_text[start:end]
    if not any(ch.isalpha() for ch in text):
        return None  # "03/04/2026", "1,200": the model's name for a date or a number is no name
    if _currency_code_before_amount(ent) or AMOUNT.match(text):
        return None  # "NOK 9.8bn": a currency, which the quantities stage reads
    folded = text.lower()
    kind = LABEL_KIND[label]
    country = None
    if label in ("GPE", "LOC") and len(ent) > 1 and ent[-1].lower_ in BODY_WORDS:
        label, kind = "ORG", "organization"  # "West Yorkshire Police": a place's body, not the place
    if label in ("GPE", "LOC", "PERSON", "NORP") and is_club_name(text, _next_token(ent), sentence_of(ent[0])):
        label, kind = "ORG", "organization"  # "Leicester City", "Bristol Rovers": a club, not a town or a person
    if folded in AGENCIES or folded in PLATFORMS or _platform_x(ent, text):
        label, kind = "ORG", "organization"
        if text.endswith("."):  # "posted on X.": the tokenizer kept the full stop on the letter
            end, text = end - 1, text[:-1]
    elif label in ("GPE", "LOC", "NORP"):
        code = country_code(text) if label != "NORP" else None
        demonym = demonym_code(text) if label in ("NORP", "GPE") and code is None else None
        if code or demonym:
            country = code or demonym
            kind = "country"
            text = country_name(country) if demonym else text
    elif label == "ORG" and text.isupper() and (code := country_code(text)) is not None:
        country, kind = code, "country"  # "the ROK", "the DPRK": a country's short name the model calls a body
    elif label == "PERSON" and len(ent) > 1 and (ent[-1].lower_ in BODY_WORDS or ent[-1].lower_ in BUSINESS_WORDS):
        # "secretary of the Central Committee", "Criminal Investigation Division", "Kestrel Shipping": a body
        label, kind = "ORG", "organization"
    elif label == "ORG" and _age_follows(ent):
        label, kind = "PERSON", "person"  # "Ilona, 74, said": only people have ages
    elif label == "ORG":
        country = _leading_country(text)
    elif label == "PERSON" and _demonym_before_a_noun(ent):
        country, kind = demonym_code(text), "country"  # "on the Slovak side": a people, not a person
        text = country_name(country)
    elif label == "PERSON" and _names_a_kind_of_thing(ent):
        kind = "other"  # "10 more Patriot systems": a make of missile, which no "he" points back to
    elif label == "PERSON":
        country = _title_country(ent, ents)
        words = text.split()
        if len(words) > 1 and words[0].lower() in EVENT_WORDS:
            kind = "other"  # a named storm or operation, not a person
    if len(ent) == 1 and ent[0].is_lower:
        return None  # "the secretary of state's office": a word in lower case is no name
    if kind == "person" and all(w.lower().rstrip(".") in TITLES for w in text.split()):
        return None  # "Hon." alone: a title the model took for a name
    if kind == "organization" and len(ent) == 1 and text.endswith(".") and text.lower().rstrip(".") in TITLES:
        return None  # "Lt. Gen. Marcus Oduya": the first title, which the model called a body
    if kind == "organization" and len(ent) == 1 and ent[0].is_sent_start and ent[0].lower_ in KINDS_OF_FIRM:
        return None  # the headline "Automaker recalls 340,000 SUVs": a kind of firm, capitalised as the first word
    if kind == "organization" and text in CHEMICAL_FORMULAS:
        return None  # "12.6 billion tonnes of CO2": a gas, not a company
    if kind == "organization" and len(ent) > 1 and ent[-1].lower_ in SPEAKER_ROLES:
        # "Kremlin Spokesman Dmitry Peskov": the body is the name before the role
        trimmed = ent[:-1]
        while len(trimmed) > 1 and trimmed[-1].lower_ in TITLES:
            trimmed = trimmed[:-1]
        end, text = trimmed.end_char, trimmed.text
    name = without_titles(text) if kind == "person" else " ".join(text.replace("\u2019", "'").split())
    return _Mention(start, end, name, label, kind, country, ent.start)


_HEADLINE_VERBS = frozenset(
    {"says", "said", "warns", "tells", "urges", "denies", "claims", "vows", "admits", "asks", "calls", "slams", "blasts"}
)


def _trim(ent: Span) -> tuple[int, int]:
    """Character span of the name: no leading "the", no trailing possessive or punctuation."""
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    dash = next((i for i, t in enumerate(tokens) if i > 0 and t.text in ("-", "–", "—") and t.whitespace_), None)
    if dash is not None and _opens_line(tokens[0]) and all(t.text[:1].isupper() or t.text in "/'’" for t in tokens[:dash]):
        tokens = tokens[dash + 1 :]  # "FRANKFURT - Halbrook AG": the model ran the dateline into the name
    opening = next((i for i, t in enumerate(tokens) if t.text == "(" and i > 0), None)
    if opening is not None and not any(t.text == ")" for t in tokens[opening:]):
        tokens = tokens[:opening]  # "the National Electoral Jury (JNE": the acronym's bracket is left open
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].tag_ == "POS" or tokens[-1].lower_ in ("'s", "’s")):
        tokens.pop()
    if len(tokens) > 3 and tokens[-1].like_num and tokens[-2].text in ("-", "–") and tokens[-3].like_num:
        tokens = tokens[:-3]  # "Bristol Rovers 2-1": the match's score, not the club's name
    if len(tokens) > 1 and _fronted_cue(tokens[0], ent):
        tokens = tokens[1:]  # "Said Brandt: “…”": the cue opens the sentence, the name follows
    verb = next((i for i, t in enumerate(tokens) if i > 0 and t.is_title and t.lower_ in _HEADLINE_VERBS), None)
    if verb is not None:  # a title-case headline, "Obama Says Farewell": the model ran the name into the verb
        tokens = tokens[:verb]
    if not tokens:
        return 0, 0
    if ent.label_ in ("PERSON", "ORG"):
        tokens = _given_names_before(ent) + tokens  # "[Priya] Nandakumar", "[Itaú] Unibanco"
    text = ent.doc[tokens[0].i : tokens[-1].i + 1].text  # a span's text: Doc.text joins the whole article
    stripped = POSSESSIVE.sub("", text) if text.endswith(("'s", "’s", "'", "’")) else text
    # "October 16.South": an entity glued across a sentence stop keeps only its last sentence.
    return tokens[0].idx, tokens[0].idx + len(stripped)


_FRONTED_CUES = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained", "recalled"})


def _fronted_cue(token, ent: Span) -> bool:
    """A cue word opening the sentence, with the name right after it ending at a colon."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None  # (no parser needed: the sentence stop or line before)
    opens = before is None or before.is_space or before.text in (".", "!", "?", "”", '"', "’") or "\n" in before.whitespace_
    return token.lower_ in _FRONTED_CUES and opens and ent.end < len(doc) and doc[ent.end].text == ":"


_KIN_NOUNS = frozenset("brothers sisters family families twins sons daughters children cousins parents".split())


def _names_a_kind_of_thing(ent: Span) -> bool:
    """A one-word "person" right before a plural common noun it modifies: "Patriot systems", "Leopard
    tanks" (not "the Kennedy brothers")."""
    token = ent[-1]
    head = token.head
    return (len(ent) == 1 and token.dep_ == "compound" and head.i == ent.end and head.tag_ == "NNS"
            and head.lower_ not in _KIN_NOUNS)


def _opens_line(token) -> bool:
    return token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


def _given_names_before(ent: Span) -> list:
    """"Councillor [Priya] Nandakumar", "officer [Petter] Lund": the model left the first name out of
    the person; capitalised words that modify the surname, up to a title, are the person's too."""
    doc, start, found = ent.doc, ent.start, []
    while start > 0:
        token = doc[start - 1]
        if not (token.pos_ == "PROPN" and token.is_title and token.is_alpha and token.dep_ == "compound"):
            break
        if token.head.i < ent.start or token.head.i >= ent.end or token.lower_ in TITLES or token.ent_type_:
            break
        if start - 1 == token.sent.start and token.lower_ in _SENTENCE_OPENERS:
            break
        found.insert(0, token)
        start -= 1
    return found


_SENTENCE_OPENERS = frozenset({"the", "a", "an", "this", "that"})


def _currency_code_before_amount(ent: Span) -> bool:
    text = ent.text
    if len(ent) != 1 or len(text) != 3 or not text.isupper() or ent.end >= len(ent.doc):
        return False
    return ent.doc[ent.end].text[:1].isdigit() and pycountry.currencies.get(alpha_3=text) is not None


# Gases and pollutants the model calls bodies; written by hand (a short, closed list).
CHEMICAL_FORMULAS = frozenset({"CO2", "CH4", "N2O", "SO2", "NO2", "NOx", "H2O", "O3", "PM2.5", "PM10"})
# Roles a body's name may run into: "Kremlin Spokesman Dmitry Peskov".
SPEAKER_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
# Generational suffixes: "Martin Luther King Jr." keeps "King", a title elsewhere, before one.
NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def without_titles(text: str) -> str:
    """A person's name without the titles before it: "President Pavel Gromov", and with what
    qualifies the title ("Giresun Governor Mehmet Yilmaz", "Trade Minister Ana Ruiz") when
    capitalised words follow the last title."""
    words = text.replace("\u2019", "'").split()
    if all(w.lower().rstrip(".") in TITLES for w in words):
        return " ".join(words)  # "Chief Minister": a title only, which stays whole
    while len(words) > 2 and words[-1].rstrip(".,") in POST_NOMINALS:
        words.pop()  # "Helen Carr KC", "Ana Ruiz MP": the letters after a name are not the name
    last_title = max(
        (i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in TITLES
         and not all(rest.lower().rstrip(",") in NAME_SUFFIXES for rest in words[i + 1 :])),
        default=None,
    )
    if last_title is not None and all(w[:1].isupper() for w in words[last_title + 1 :]):
        return " ".join(words[last_title + 1 :])
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words.pop(0)
    return " ".join(words)


def _platform_x(ent: Span, text: str) -> bool:
    """ "on X": the platform once called Twitter (a lone letter is a platform only after "on")."""
    return text.rstrip(".") == "X" and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "on"


def _age_follows(ent: Span) -> bool:
    """A name set off by an age: "Ilona, 74, ..."."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 2].text != ",":
        return False
    age = doc[ent.end + 1]
    return age.is_digit and 1 <= int(age.text) <= 115


def _demonym_before_a_noun(ent: Span) -> bool:
    """A one-word "person" that is a demonym modifying a noun ("the Slovak side")."""
    root = ent.root
    return len(ent) == 1 and root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN" and bool(demonym_code(root.text))


def _leading_country(name: str) -> str | None:
    """"Chinese Foreign Ministry" → CN, "Russia's parliament" → RU."""
    words = name.split()
    for n in (3, 2, 1):
        head = " ".join(words[:n])
        code = demonym_code(head) or country_code(head)
        if code and n < len(words):
            return code
    return None


def _title_country(ent: Span, ents: tuple[Span, ...]) -> str | None:
    """The country in the titles before a name: "South Korean Trade Minister Kim Min-jae" → KR."""
    doc = ent.doc
    i = ent.start - 1
    steps = 0
    while i >= 0 and steps < 5:
        token = doc[i]
        if token.ent_type_ in ("NORP", "GPE") and token.ent_iob_ in ("B", "I"):
            span = next((e for e in ents if e.start <= i < e.end), None)
            if span is not None:
                return demonym_code(span.text) or country_code(span.text)
        if not (token.lower_.rstrip(".") in TITLES or token.lower_ in ("'s", "’s") or token.is_title):
            return None
        i -= 1
        steps += 1
    return None


def _add_place_countries(doc: Doc, mentions: list[_Mention]) -> None:
    # The geocoder knows which country a place is in ("Kazan" → RU), and how a dateline written in
    # capitals ("MANILA") is spelt.
    for place in doc._.places or []:
        for m in mentions:
            if m.kind == "organization" and place.span == (m.start, m.end) and place.lat is not None:
                m.kind, m.label = "place", "GPE"  # "MADRID (Agency) —": a dateline the model ran into the agency
            if m.kind == "country" and place.span == (m.start, m.end) and place.country and place.country != m.country and (
                place.feature is not None and not place.feature.startswith("A.PCL")
            ):
                # "Peach growers in Georgia" beside Atlanta, "Lebanon, Pennsylvania": the geocoder chose the
                # namesake town or state over the country, and the entity follows it
                m.kind, m.country = "place", place.country
            if m.kind in ("place", "country") and m.start < place.span[1] and place.span[0] < m.end:
                m.country = m.country or place.country
                if m.name.isupper() and place.name and len(m.name) > 3:
                    m.name = place.name


def _acronyms_without_a_place_are_bodies(doc: Doc, mentions: list[_Mention]) -> None:
    # The model calls blocs GPE ("the BRICS summit"); an acronym the geocoder found no place for is
    # a body, as the places stage assumes too (a dateline in capitals, "MANILA", is a place).
    placed = [place.span for place in doc._.places or []]
    for m in mentions:
        if m.kind != "place" or not (m.name.isupper() and m.name.isalpha() and len(m.name) <= 6):
            continue
        if not any(start < m.end and m.start < end for start, end in placed):
            m.label, m.kind = "ORG", "organization"


# Verbs whose subject is someone speaking: a two-word name the gazetteer does not know that "said"
# is a person, whatever label the model gave it ("Marcus Feld said" as a place).
_SPEAKING = frozenset({"say", "tell", "add", "warn", "explain", "insist", "deny", "confirm", "note", "argue"})


def _people_by_their_names(doc: Doc, mentions: list[_Mention], text: str) -> None:
    """The model labels the same person differently from one mention to the next ("Harold Pennington"
    a person, "Pennington" a body; "Marcus Feld" a place): a person's full name or surname, and an
    unknown two-word name that speaks, are the person."""
    people = {m.name for m in mentions if m.kind == "person" and len(m.name.split()) >= 2}
    surnames = {name.split()[-1] for name in people} | {_particle_surname(name) for name in people} - {""}
    given_names = {name.split()[0] for name in people}
    located = {place.span for place in doc._.places or [] if place.lat is not None}
    for m in mentions:
        if m.kind not in ("organization", "place", "other") or (m.start, m.end) in located:
            continue
        words = m.name.split()
        speaking = (
            m.kind == "place" and len(words) == 2 and all(w[:1].isupper() and w[1:].islower() for w in words)
            and _subject_of_speech(doc, m)
        )
        surname = (len(words) == 1 and m.name in surnames) or (
            words[0].lower() in _NAME_PARTICLES and m.name.lower() in {n.lower() for n in surnames}
        )
        # "Talks, Imran said, would restart" after "Maj. Gen. Imran Qureshi": a first name that speaks
        surname |= len(words) == 1 and m.name in given_names and _subject_of_speech(doc, m)
        if m.name in people or surname or speaking or _named_after_a_role(text, m):
            m.kind, m.label = "person", "PERSON"


# Nouns right before a name that make it a business: "chipmaker Novalux", "workers at Voss Komponenten".
_BUSINESS_NOUNS = frozenset(
    "company firm chipmaker carmaker automaker supplier retailer lender insurer airline manufacturer maker "
    "producer broadcaster publisher miner developer conglomerate startup brewer shipper exporter importer refiner "
    "bureau agency regulator watchdog broadcaster newspaper channel outlet group".split()  # "the weather bureau PAGASA"
)
# Legal forms after a company's name.
_COMPANY_SUFFIXES = frozenset("plc inc ltd llc corp co ag sa nv gmbh ab asa se spa bv oyj lp llp".split())
_STAFF_NOUNS = frozenset("workers staff employees analyst analysts economist economists strategist strategists executives".split())


def _businesses_by_their_context(doc: Doc, mentions: list[_Mention], text: str) -> None:
    """A "person" the text calls a business ("chipmaker Novalux") or where people work ("workers at
    Voss Komponenten", "an analyst at Redwood Capital") is a body."""
    for m in mentions:
        if m.kind == "place" and text[max(0, m.start - 30) : m.start].lower().split()[-1:] in (["company"], ["firm"]):
            m.kind, m.label = "organization", "ORG"  # "the software company Tessaly", which the model took for a town
            continue
        if m.kind != "person":
            continue
        if m.name.split()[-1].rstrip(".").lower() in _COMPANY_SUFFIXES and len(m.name.split()) > 1:
            m.kind, m.label = "organization", "ORG"  # "Brightwave Plc", "Nordvik AB"
            continue
        before = text[max(0, m.start - 30) : m.start].lower().split()
        if not before:
            continue
        at_work = len(before) >= 2 and before[-1] == "at" and before[-2] in _STAFF_NOUNS
        # "a spokeswoman for the operator, Nederlandse Spoorlijnen,": the business set off by a comma
        named = before[-1].endswith(",") and before[-1].rstrip(",") in _BUSINESS_NOUNS | {"operator", "club", "charity"}
        based = before[-1].endswith("-based") or before[-1] == "rival"  # "Berlin-based Lumora", "rival Kobalt"
        if before[-1] in _BUSINESS_NOUNS or at_work or named or based:
            m.kind, m.label = "organization", "ORG"


# Words of a body's name, never of a person's: "analyst at Redwood Capital", "director of Halvorsen Foods".
_NOT_PERSONAL = frozenset(
    "bank capital group foods holdings partners fund trust university college school club united city "
    "town rovers wanderers athletic institute association union company corporation inc ltd plc".split()
)


def _one_word_bodies_stay_bodies(mentions: list[_Mention]) -> None:
    """"Norvane to cut 1,200 jobs … Norvane said": a one-word name the model calls a body once and a
    person elsewhere is the body, unless a person's full name ends in it ("Harrison Ford")."""
    bodies = {m.name for m in mentions if m.kind == "organization" and " " not in m.name}
    surnames = {m.name.split()[-1] for m in mentions if m.kind == "person" and " " in m.name}
    for m in mentions:
        if m.kind == "person" and m.name in bodies and m.name not in surnames:
            m.kind, m.label = "organization", "ORG"


def _named_after_a_role(text: str, m: _Mention) -> bool:
    """"Defence lawyer Marcus Obi", "Its director, Sophie Calder,": a two- or three-word name right
    after a person's role is that person, whatever the model called it."""
    words = m.name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].isalpha() and w[1:].islower() for w in words):
        return False
    if any(w.lower() in _NOT_PERSONAL for w in words):
        return False
    before = text[max(0, m.start - 40) : m.start].rstrip()
    before = before[:-1].rstrip() if before.endswith(",") else before
    last_word = before.rsplit(None, 1)[-1].lower() if before.split() else ""
    if last_word in TITLES and last_word not in ("foreign", "defense", "defence", "interior", "finance", "state", "former", "acting", "deputy", "vice"):
        return True
    # "Ricardo Salazar, the defence minister,": the role in apposition after the name
    after = re.match(r",\s*(?:the|a|an|its|their)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*[,.]", text[m.end : m.end + 60])
    return after is not None and after.group(1).split()[-1].lower() in _APPOSED_ROLES


# Roles that, set after a name by commas, make it a person's: "Ana Ruiz, the trade minister,".
_APPOSED_ROLES = frozenset(
    "minister president governor mayor spokesman spokeswoman spokesperson secretary senator ambassador "
    "director chairman chairwoman chair commissioner chief prosecutor judge lawyer attorney general "
    "commander envoy premier chancellor lawmaker legislator deputy adviser advisor official".split()
)


def _subject_of_speech(doc: Doc, m: _Mention) -> bool:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in _SPEAKING


# An acronym in brackets right after a body's name: "the National Electoral Jury (JNE)".
_ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z&.]{1,9})\)")


def _name_acronyms_in_full(text: str, mentions: list[_Mention]) -> None:
    """A body's acronym, given once in brackets after its name, is that body wherever it stands
    alone ("The JNE later rejected ..."), whatever the model called it."""
    full = {}
    for m in mentions:
        found = _ACRONYM_AFTER.match(text, m.end) if m.kind == "organization" else None
        acronym = found.group("acronym") if found else ""
        if sum(ch.isupper() for ch in acronym) >= 2:
            full.setdefault(acronym.replace(".", "").lower(), m.name)
    for m in mentions:
        name = full.get(m.name.replace(".", "").lower())
        if name is not None and " " not in m.name:
            m.name, m.kind, m.label = name, "organization", "ORG"


def _company_base(name: str) -> str | None:
    """A company's name without its legal form ("Nordwerk AG" → "nordwerk"), else None."""
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in COMPANY_FORMS:
        return " ".join(words[:-1]).lower()
    return None


def _name_companies_in_full(mentions: list[_Mention], located: set[tuple[int, int]] = frozenset()) -> None:
    """Later mentions drop a company's legal form ("Nordwerk AG ... Nordwerk now expects") or all but
    the first word of its name ("Brightline Research ... Brightline"), and the model may call the
    short name a person or a place: all are the company."""
    full, first_words = {}, {}
    for m in mentions:
        base = _company_base(m.name) if m.kind == "organization" else None
        if base is not None:
            full.setdefault(base, m.name)
        words = m.name.split()
        if m.kind == "organization" and len(words) > 1 and words[0][:1].isupper() and words[0].lower() not in _GENERIC_FIRST:
            first_words.setdefault(words[0].lower(), m.name)
    for m in mentions:
        name = full.get(m.name.lower())
        if name is not None and (m.kind == "organization" or (m.kind == "person" and " " not in m.name)):
            m.name, m.kind, m.label = name, "organization", "ORG"
            continue
        name = first_words.get(m.name.lower())  # a person "Trump" stays apart from "Trump Organization"
        placed = m.kind == "place" and (m.start, m.end) not in located
        if name is not None and " " not in m.name and (m.kind == "organization" or placed):
            m.name, m.kind, m.label = name, "organization", "ORG"


# First words of bodies' names that say nothing alone ("National Electoral Jury", "The Times").
_GENERIC_FIRST = frozenset({"national", "federal", "state", "united", "new", "the", "central", "european", "american",
                            "international", "royal", "general", "public", "world", "city", "county", "north",
                            "south", "east", "west", "first", "great", "bank", "university"})  # fmt: skip


def _merge(mentions: list[_Mention], located: set[tuple[int, int]] = frozenset()) -> list[_Group]:
    _name_companies_in_full(mentions, located)
    groups: dict[tuple[str, str], _Group] = {}
    people: list[_Group] = []
    ordered = sorted(mentions, key=lambda m: (-len(m.name.split()), m.start))
    for m in ordered:
        key = (m.kind, m.country) if m.kind == "country" else (m.kind, m.name.lower())
        if m.kind == "country" and m.name.lower() in TERRITORIES:
            key = (m.kind, m.name.lower())  # England is not Britain: a nation of the United Kingdom
        if m.kind == "person" and (len(m.name.split()) <= 2 or m.name.split()[0].lower() in _NAME_PARTICLES):
            target = _person_for_short_name(m, people)
            if target is not None:
                target.mentions.append(m)
                continue
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(m.name, m.kind, m.label, m.country)
            if m.kind == "person":
                people.append(group)
        elif m.kind == "country" and m.label == "GPE" and group.label != "GPE":
            group.name, group.label = m.name, "GPE"  # "North Korea" names it better than "North Korean"
        group.mentions.append(m)
        group.country = group.country or m.country
    return sorted(groups.values(), key=lambda g: min(m.start for m in g.mentions)) 


def _particle_surname(name: str) -> str:
    """"von der Leyen" of "Ursula von der Leyen" (capitalised as it opens a sentence too), else ""."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if i and w.lower() in _NAME_PARTICLES), None)
    return " ".join(words[at:]) if at is not None and at < len(words) - 1 else ""


_COURTESY_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_TITLE_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _given_name_gender(full_name: str) -> str | None:
    """"m" or "f" for a full name's given name where the name table knows it ("Robert Fenwick" → m)."""
    from .attributions.speakers import given_name_genders  # the table is read once, on first need

    words = full_name.split()
    return given_name_genders().get(words[0].lower()) if len(words) > 1 else None


def _person_for_short_name(m: _Mention, people: list[_Group]) -> _Group | None:
    """The full name a one-word name refers to: the nearest mention before it, else after it."""
    words = m.name.lower().split()
    if words[0] in _NAME_PARTICLES:  # "Von der Leyen said" after "Ursula von der Leyen"
        candidates = [g for g in people if _particle_surname(g.name).lower() == m.name.lower()]
    elif len(words) == 1:
        candidates = [
            g for g in people
            if len(g.name.split()) > 1 and words[0] in (g.name.lower().split()[-1], g.name.lower().split()[0])
        ]
    else:  # "Salazar Montes" after "Ricardo Salazar Montes": both surnames
        candidates = [g for g in people if len(g.name.split()) > 2 and g.name.lower().split()[-2:] == words]
    if m.title_gender is not None:
        # "Mrs. Fenwick said" after "Robert Fenwick died": not the man of that name
        candidates = [g for g in candidates if _given_name_gender(g.name) in (None, m.title_gender)]
    if not candidates:
        return None

    def distance(group: _Group) -> tuple[int, int]:
        before = [m.start - x.start for x in group.mentions if x.start < m.start]
        after = [x.start - m.start for x in group.mentions if x.start > m.start]
        return (0, min(before)) if before else (1, min(after))

    return min(candidates, key=distance)


def _to_entities(groups: list[_Group]) -> list[Entity]:
    # People and groups were sorted out of order while merging; number them by first appearance.
    groups = sorted(groups, key=lambda g: min(m.start for m in g.mentions))
    entities = []
    for i, group in enumerate(groups, start=1):
        spans = sorted({(m.start, m.end) for m in group.mentions})
        entities.append(
            Entity(f"e{i}", group.name, group.kind, group.label, group.country, [tuple(s) for s in spans])
        )
    return entities


def countries_by_mentions(doc: Doc) -> list[str]:
    """The countries the article names (itself or by its places), most mentioned first: what local
    currencies and date formats go by."""
    mentions: Counter[str] = Counter()
    for entity in doc._.cg_entities or []:
        if entity.kind in ("country", "place") and entity.country:
            mentions[entity.country] += len(entity.mentions)
    return [country for country, _count in mentions.most_common()]


def entity_at(doc: Doc, start_char: int, end_char: int) -> Entity | None:
    """The entity with a mention overlapping [start_char, end_char), or None."""
    for entity in doc._.cg_entities or []:
        for start, end in entity.mentions:
            if start < end_char and start_char < end:
                return entity
    return None
