"""claimgraph_quantities: numbers in the text with what they count.

"3,000 North Korean troops" becomes ``Quantity(value=3000, unit="troops", entity=<North Korea>)``.
The component reads the model's annotations only (tokens, entity labels, the dependency parse) and
never parses again: it scans the tokens once for number phrases (digits with separators, number
words, "a dozen", "millions of", "$1.5bn", ranges), drops what only looks like a count (ordinals,
years, dates, ages, times, phone numbers, scores, identifiers such as "Article 5"), then reads from
the parse what is counted (nummod → head noun, or "millions of" → the noun after "of"), the hedges
around the number, its currency and whether it is reported, expected, planned or hypothetical.
The conventions are written down in docs/quantities.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..records import Quantity
from .entities import STOCK_EXCHANGES, countries_by_mentions, entity_at


@Language.factory("claimgraph_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor()


class QuantityExtractor:
    """Sets ``doc._.quantities`` to the list of ``Quantity`` records found in the Doc."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = find_quantities(doc)
        return doc


# ---------------------------------------------------------------------------------------------
# Vocabulary. The number-word parser is written by hand: the grammar news uses is small ("three
# thousand", "a dozen", "half a million", "1.5 billion", "tens of thousands"), and the libraries
# on PyPI either reject forms news writes often (text2num refuses "a dozen", "half a million" and
# "1.5 billion") or are unmaintained (word2number, last release 2017). A wrapper for the missing
# cases would be as long as the parser.

UNIT_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
TENS_WORDS = {
    word: 10 * (i + 2)
    for i, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}
# "lakh" and "crore" are South Asian English's hundred thousand and ten million ("2 lakh farmers").
SCALE_WORDS = {"hundred": 100, "thousand": 10**3, "lakh": 10**5, "million": 10**6, "crore": 10**7,
               "billion": 10**9, "trillion": 10**12}
DOZEN = 12
# Plural round numbers are lower bounds (the ACLED convention): "dozens" ≥ 12, "hundreds" ≥ 100.
VAGUE_WORDS = {
    "dozens": 12,
    "hundreds": 100,
    "thousands": 10**3,
    "millions": 10**6,
    "billions": 10**9,
    "trillions": 10**12,
    "lakhs": 10**5,
    "crores": 10**7,
}
# "several hundred", "a few thousand": at least one of the scale.
FEW_WORDS = {"several", "few"}
# Words that may open a number phrase ("a dozen", "half a million", "a couple dozen").
START_WORDS = {*UNIT_WORDS, *TENS_WORDS, *VAGUE_WORDS, *FEW_WORDS, "a", "an", "half", "tens", "couple", "quarter", "minus"}
# Abbreviated scales written onto the digits ("$1.5bn", "10k"). A separate "m" token ("£3m" is
# tokenised "£", "3", "m") is million only in money; elsewhere it is metres.
SUFFIX_SCALES = {"k": 10**3, "m": 10**6, "mn": 10**6, "mln": 10**6, "b": 10**9, "bn": 10**9, "bln": 10**9,
                 "tn": 10**12, "trn": 10**12, **SCALE_WORDS}
# Abbreviations that are a scale even as a word of their own ("1.5 bn rubles", "3 mln"): not "m"
# (metres), "b" or "k".
SPACED_SCALES = frozenset({"mn", "mln", "bn", "bln", "trn"})
# A decimal comma, as text translated from most European languages writes it ("2,5 million"): read
# only before a scale or a percent sign, where it cannot be a thousands separator.
DECIMAL_COMMA = re.compile(r"^(\d{1,3}),(\d{1,2})$")

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "c$": "CAD", "a$": "AUD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD",
    "r$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₩": "KRW", "₴": "UAH",
    "₹": "INR", "₪": "ILS", "₺": "TRY",
    # East African shillings as their own papers write them ("Sh1.5 million", "KSh 200"); a bare
    # "Sh" is Kenya's, the most written
    "ksh": "KES", "tsh": "TZS", "ush": "UGX", "sh": "KES",
    # symbols and short forms of other currencies as their countries' papers write them
    "₦": "NGN", "₵": "GHS", "gh₵": "GHS", "₡": "CRC", "₱": "PHP", "₫": "VND", "₲": "PYG", "₸": "KZT",
    "₼": "AZN", "₾": "GEL", "৳": "BDT", "฿": "THB", "rp": "IDR", "rm": "MYR", "s/": "PEN", "s/.": "PEN",
    "nt$": "TWD", "tk": "BDT", "tk.": "BDT",  # Taiwan's dollar, Bangladesh's taka ("Tk 500 crore")
    "rs": "INR", "rs.": "INR",  # glued ("Rs1.2trn"); the article's country decides which rupee
}
# "Bs" is Bolivia's boliviano and Venezuela's bolívar: the article's country decides.
SHARED_SYMBOLS = {"bs": "bol", "bs.": "bol"}
# The CFA franc of Central Africa (XAF); elsewhere it is West Africa's (XOF).
CENTRAL_AFRICAN_CFA = frozenset({"CM", "GA", "CG", "CF", "TD", "GQ"})
# What a bare currency word means in English-language news; qualified names ("Canadian dollars",
# "North Korean won") are looked up in pycountry first.
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "sterling": "GBP", "ruble": "RUB",
    "rouble": "RUB", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "won": "KRW",
    "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH", "rupee": "INR", "shekel": "ILS",
    "lira": "TRY", "franc": "CHF", "peso": "MXN", "rand": "ZAR", "real": "BRL", "reais": "BRL",
    "riyal": "SAR", "rial": "IRR", "dinar": "IQD", "dirham": "AED", "zloty": "PLN",
    "soum": "UZS", "soums": "UZS",  # Uzbekistan's sum as English-language papers there spell it
    "lev": "BGN",  # no longer in ISO 4217 (Bulgaria took the euro in 2026), still in older news
}
# Plurals that do not just add an "s": "450,000 leva", "300 lei", "90,000 kronor".
IRREGULAR_CURRENCY_PLURALS = {"soles": "sol", "leva": "lev", "lei": "leu", "kronor": "krona", "kroner": "krone",
                              "koruny": "koruna", "korun": "koruna", "hryvni": "hryvnia"}
# Names in ISO 4217 that are also English words or peoples: after a number they are more often
# something else ("two gourds", "a dram of whisky", "three Afghanis").
_ENGLISH_HOMOGRAPHS = {"gold", "silver", "palladium", "platinum", "mark", "sol", "som", "sum", "kip", "dong",
                       "tala", "kina", "vatu", "pula", "loti", "leone", "sucre", "colon", "dram", "afghani",
                       "cordoba", "guarani", "balboa", "real", "rand", "won", "pound", "franc", "oro", "mvdol"}


def _iso_currency_nouns() -> dict[str, str | None]:
    """The other currencies of ISO 4217 (pycountry) by the last word of their name ("Czech Koruna"
    → "koruna": CZK); a word several share ("krone", "shilling") maps to None, to be read from the
    country the article is about. Written out from the standard rather than by hand so that a
    currency the list does not name is not missed."""
    codes: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        words = currency.name.lower().split()
        if currency.alpha_3.startswith("X") or "(" in currency.name or "unidad" in words or len(words) > 3:
            continue  # funds, metals and accounting units
        # the noun comes last ("Czech Koruna") or, in Spanish word order, first ("Rial Omani")
        noun = words[0] if words[0] in CURRENCY_WORDS or words[0] == "bolívar" else words[-1]
        if noun.isalpha() and noun not in _ENGLISH_HOMOGRAPHS:
            codes.setdefault(noun, set()).add(currency.alpha_3)
    return {noun: next(iter(found)) if len(found) == 1 else None for noun, found in codes.items()}


ISO_CURRENCY_NOUNS = {noun: code for noun, code in _iso_currency_nouns().items() if noun not in CURRENCY_WORDS}

# English translations of currency names news uses instead of the ISO one ("Swedish crowns" are
# kronor): the adjective picks the currency, a bare "crowns" the article's country's.
TRANSLATED_CURRENCIES = {"crown": {"swedish": "SEK", "norwegian": "NOK", "danish": "DKK", "czech": "CZK",
                                   "icelandic": "ISK", "faroese": "DKK"}}
TRANSLATED_NAMES = {"crown": ("krona", "krone", "koruna")}

# Words that are currencies only where the model labels the phrase MONEY.
AMBIGUOUS_CURRENCY_WORDS = {"pound", "won", "rand", "real", "franc"}

LITERAL = re.compile(
    r"^(?P<cur>us\$|c\$|a\$|hk\$|nz\$|s\$|r\$|nt\$|ksh|tsh|ush|sh|gh₵|s/\.?|rp|rm|rs\.?|tk|[$€£¥₽₩₴₹₪₺₦₵₡₱₫₲₸₼₾৳฿])?"
    r"(?P<int>\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d{3}){2,}|\d+)(?P<dec>\.\d+)?"
    r"(?P<suf>k|mn|mln|bn|bln|b|tn|trn|million|billion|trillion)?(?P<cur2>[$€£])?$",
    re.IGNORECASE,
)
# Three decimals ending in "00" are a group of thousands, not a fraction: "30.000", "2.500".
DOT_THOUSANDS = re.compile(r"^\.\d00$")
# Scraped text glues a caption to the sentence before it: "reach 12,000.Photo: Getty Images".
GLUED_SENTENCE = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?=\.[A-Z][a-z])")
YEAR = re.compile(r"^(\d{4})(?:[–—]\d{2,4})?(?![\d,]|\.\d)")
# "10–12" with an en or em dash stays one token.
# "10–12"; "2.40-$2.55", which the tokenizer keeps whole when the second figure repeats its sign
DASH_RANGE = re.compile(r"^(\d[\d,.]*)(?:[–—][$€£¥]?|-[$€£¥])(\d[\d,.]*)$")
# North American and international phone numbers; a number overlapping one is no quantity.
PHONE = re.compile(
    r"(?<![\w.])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?![\w-])"
)
HYPHENS = {"-", "‑", "–"}
DIALLING_VERBS = frozenset({"call", "calling", "dial", "dialling", "dialing", "text", "texting", "ring", "phone"})

# Hedges read leftwards from the number: (words, approximate, lower_bound).
HEDGES: list[tuple[tuple[str, ...], bool, bool]] = sorted(
    [
        (("more", "than"), False, True), (("over",), False, True), (("at", "least"), False, True),
        (("upwards", "of"), False, True), (("in", "excess", "of"), False, True),
        (("no", "fewer", "than"), False, True), (("no", "less", "than"), False, True),
        (("greater", "than"), False, True), (("just", "over"), False, True),
        (("about",), True, False), (("around",), True, False), (("roughly",), True, False),
        (("some",), True, False), (("approximately",), True, False), (("nearly",), True, False),
        (("almost",), True, False), (("close", "to"), True, False), (("an", "estimated"), True, False),
        (("estimated",), True, False), (("up", "to"), True, False), (("as", "many", "as"), True, False),
        (("as", "much", "as"), True, False), (("fewer", "than"), True, False),
        (("less", "than"), True, False), (("under",), True, False), (("just", "under"), True, False),
        (("an", "approximate"), True, False), (("~",), True, False),
        # at most: like "up to", approximate and no lower bound ("no more than $2.9 billion")
        (("no", "more", "than"), True, False), (("not", "more", "than"), True, False), (("at", "most"), True, False),
    ],
    key=lambda hedge: -len(hedge[0]),  # longest match first
)

HEDGE_WIDTH = max(len(words) for words, _, _ in HEDGES)

# Nouns that make a number a duration or a clock time: the times component's business.
TIME_NOUNS = {
    "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year",
    "decade", "century", "quarter", "morning", "afternoon", "evening", "o'clock", "o’clock", "a.m.", "p.m.",
    "am", "pm", "a.m", "p.m",
}
MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
}
# "Article 5", "Resolution 2231", "No. 10": the number names something, it counts nothing.
# Makers whose model names are numbers ("Boeing 737", "ATR 72", "Cessna 172").
AIRCRAFT_MAKERS = frozenset({"boeing", "atr", "embraer", "cessna", "antonov", "tupolev", "ilyushin", "sukhoi",
                             "bombardier", "fokker", "beechcraft", "dornier", "saab", "yakovlev", "learjet"})  # fmt: skip
# Reuters-style slugs that number a story's versions: "UPDATE 2-…", "REFILE-UPDATE 1-…".
WIRE_SLUGS = frozenset({"UPDATE", "WRAPUP", "CORRECTED"})
ID_WORDS = {
    "article", "no", "nos", "number", "page", "pages", "section", "sec", "chapter", "route",
    "highway", "flight", "resolution", "room", "line", "platform", "gate", "phase", "stage",
    "level", "grade", "class", "item", "paragraph", "clause", "rule", "bill", "case", "season",
    "episode", "part", "vol", "volume", "ward", "district", "precinct", "channel", "version",
    "category", "unit", "block", "building", "apartment", "suite", "exit", "division", "brigade",
    "battalion", "regiment", "squad", "corps", "ch", "p", "pp", "fig", "figure", "table", "ext",
    "tel", "code", "act", "amendment", "lot", "pier", "terminal", "interstate", "proposition",
}
AGE_WORDS = {"aged", "age", "ages"}
# People whose age "under five", "over 65" gives (not "spent under 500 euros").
AGED_PEOPLE = {"children", "kids", "people", "adults", "those", "anyone", "boys", "girls", "men", "women",
               "patients", "residents", "pensioners", "drivers", "voters"}
# Entity labels whose numbers are not counts; a count inside a DATE/TIME label is kept only
# when it clearly counts a thing (the model sometimes swallows "3,000 troops" into a date).
BLOCKING_ENTS = {
    "DATE", "TIME", "ORDINAL", "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "LAW",
    "WORK_OF_ART", "LANGUAGE", "NORP",
}
# Adjectives that make the counted noun a kind of thing ("special forces"); other adjectives
# ("North Korean", "new") describe the things counted and stay out of the unit.
LEXICAL_AMODS = {"special", "armed", "civilian", "square", "cubic", "nuclear", "ballistic", "nautical", "metric"}
# Between a number and its noun: "5,000 more soldiers", "25 million additional people".
COMPARATIVES = {"more", "additional", "fewer", "less", "extra", "other", "new", "further"}
ANAPHORIC_DETS = {"the", "these", "those", "both", "their", "its", "our", "his", "her", "your", "my", "'s", "’s"}
# Glued words that make "two-way", "five-alarm" a description rather than a count.
# Fractions ("one-third") are shares, not counts.
DESCRIPTIVE_HYPHEN_WORDS = {"way", "fold", "time", "front", "alarm", "star", "term", "and", "or", "to",
                            "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                            "tenth", "tenths", "pointer", "pointers"}  # "a three-pointer", "14 3-pointers"
# "three times the rate": a multiplier when "times" is followed by one of these.
MULTIPLIER_FOLLOWERS = {"the", "as", "more", "higher", "larger", "greater", "bigger", "that", "what",
                        "faster", "lower", "less", "smaller", "their", "its", "his", "her"}
ADDRESS_WORDS = {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
                 "place", "plaza", "broadway", "highway", "parkway"}

# Modality cues, read on the way up the parse from the number to its clause.
EXPECTED_LEMMAS = {"expect", "anticipate", "forecast", "project", "predict", "likely", "projected",
                   "expected", "anticipated"}
PLANNED_LEMMAS = {"plan", "intend", "aim", "propose", "prepare", "schedule", "pledge", "promise",
                  "vow", "decide", "want", "seek", "planned", "proposed", "scheduled"}
HYPOTHETICAL_LEMMAS = {"potential", "possible", "hypothetical"}
FORECASTERS = {"economist", "analyst", "forecaster", "expert", "strategist", "trader", "investor", "market"}
FORECAST_NOUNS = {"forecast", "estimate", "projection", "expectation", "prediction", "consensus", "outlook", "guidance"}
TARGET_NOUNS = {"target", "goal", "pledge", "promise"}
EXPECTED_AUX = {"will", "shall", "'ll", "wo", "should"}
HYPOTHETICAL_AUX = {"could", "might", "may", "would", "'d"}
HYPOTHETICAL_MARKS = {"if", "unless", "whether"}
# Prepositions through which a number still belongs to the verb's plan or expectation ("expected
# to grow by 2 percent"); others make an aside ("with 1,500 …", "for 20 million people").
MODAL_PREPOSITIONS = {"to", "by", "of", "at", "about", "around", "than", "over", "under", "up", "as"}
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj", "conj"}
# Verbs and nouns whose number continues an earlier count ("expected to climb to 9,000").
CONTINUATION_LEMMAS = {"reach", "rise", "climb", "increase", "grow", "total", "top", "exceed",
                       "surpass", "swell", "hit", "double", "triple", "jump", "fall", "drop",
                       "decline", "bring", "number", "tally", "up", "down",  # "up from 812"
                       "cut", "raise", "lower", "reduce", "revise", "lift", "boost", "slash", "trim"}  # "cut its target from 300,000 homes to 250,000"
MAX_UNIT_DISTANCE = 8  # tokens between a number and the noun it counts
# Scales whose readings are numbers after their name: "a magnitude 6.1 earthquake", "Category 4".
SCALE_NAMES = frozenset({"magnitude", "category", "level", "grade"})
# "By A to B" is a range ("fell by 10 to 20 percent") unless B is this many times A, when it is a
# change and the level it reached ("rose by 2,300 to 14,800").
CHANGE_TO_LEVEL = 3
# Plural subjects that are measured, not counted: "prices rose to 300" gives no count of prices.
MEASURE_NOUNS = frozenset(
    "prices costs sales exports imports revenues earnings profits rates levels figures numbers yields shares "
    "stocks wages rents fees taxes bills losses savings reserves emissions temperatures values scores "
    "ratings totals volumes returns assets debts payments premiums margins tariffs benchmarks".split()
)


# ---------------------------------------------------------------------------------------------
# Reading numbers


@dataclass
class _Number:
    """A number phrase: tokens [start, end), its value and what its wording says."""

    start: int
    end: int
    value: float
    scale: float = 1  # the trailing multiplier ("million"), shared across "10 to 12 million"
    worded: bool = False  # written in words ("three", "a dozen")
    vague: bool = False  # "dozens", "millions", "tens of thousands": approximate lower bound
    currency: str | None = None  # from a symbol written onto the digits ("HK$3")
    high: float | None = None  # the top of a range written as one token ("10–12")
    end_char: int | None = None  # where the number ends inside its token ("12,000.Photo")
    suffix_m: bool = False  # "3" "m": million in money, metres elsewhere
    glued_unit: str | None = None  # a unit written onto the digits: "34.6C", "12bp", "3.4pc"


def read_literal(text: str) -> tuple[float, float, str | None] | None:
    """Digits as written ("3,000", "1.5bn", "HK$3") → (value, scale, currency), or None."""
    match = LITERAL.match(text)
    if match is None:
        return None
    digits = match["int"]
    if "," not in digits and len(digits) > 1 and digits.startswith("0"):
        return None  # "007", "0958": codes, not counts
    decimals = match["dec"] or ""
    if "." in digits or (DOT_THOUSANDS.match(decimals) and digits != "0"):
        # "1.250.000", "30.000 dollars", "2.500 million": thousands grouped with dots, as text
        # translated from Spanish, French or German writes them (English writes "2.5 million")
        digits, decimals = digits.replace(".", "") + decimals.lstrip("."), ""
    value = float(digits.replace(",", "") + decimals)
    scale = SUFFIX_SCALES[match["suf"].lower()] if match["suf"] else 1
    symbol = match["cur"] or match["cur2"]
    return value * scale, scale, CURRENCY_SYMBOLS.get(symbol.lower()) if symbol else None


def words_to_number(words: list[str | float]) -> float:
    """Evaluate number words and literals: ["three", "thousand"] → 3000, [1.5, "billion"] → 1.5e9."""
    total, current = 0.0, 0.0
    for word in words:
        if isinstance(word, float):
            current += word
        elif word in UNIT_WORDS:
            current += UNIT_WORDS[word]
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
        elif word == "dozen":
            current = (current or 1) * DOZEN
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[word]
            current = 0.0
    return total + current


def _lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _is_scale(word: str) -> bool:
    return word in SCALE_WORDS or word == "dozen"


def may_start_number(token: Token) -> bool:
    """A cheap test before reading (lexeme flags first): digits, a number word, or a word that
    opens a number phrase ("a dozen", "half a million")."""
    if token.like_num:
        return True
    if token.is_alpha:
        return token.lower_ in START_WORDS
    if token.is_punct or token.is_space:
        return False
    text = token.text
    # "1.5bn", "HK$3", "12,000.Photo", "NZ$1.5bn"
    return text[:1].isdigit() or text[-1:].isdigit() or any(ch.isdigit() for ch in text[1:4])


def read_number(doc: Doc, i: int) -> _Number | None:
    """The number phrase starting at token i, or None when none starts there."""
    word = doc[i].lower_
    if word == "minus" and i + 1 < len(doc) and doc[i + 1].like_num:
        below = read_number(doc, i + 1)  # "minus 5 degrees Fahrenheit"
        return replace(below, start=i, value=-below.value) if below is not None else None
    signed = SIGNED_DEGREES.match(doc[i].text)
    if signed and _lower(doc, i + 1) in DEGREE_WORDS:  # "−5 degrees": the sign is the tokenizer's part of the number
        return _Number(i, i + 1, -float(signed[1]))
    if word == "tens" and _lower(doc, i + 1) == "of" and VAGUE_WORDS.get(_lower(doc, i + 2), 0) >= 1000:
        return _Number(i, i + 3, 10 * VAGUE_WORDS[_lower(doc, i + 2)], vague=True, worded=True)
    if word in VAGUE_WORDS:
        value, end = VAGUE_WORDS[word], i + 1
        if _lower(doc, i + 1) == "of" and VAGUE_WORDS.get(_lower(doc, i + 2), 0) >= 1000:
            value, end = value * VAGUE_WORDS[_lower(doc, i + 2)], i + 3  # "hundreds of thousands"
        return _Number(i, end, value, vague=True, worded=True)
    if word in FEW_WORDS and _lower(doc, i + 1) in SCALE_WORDS:
        if word == "few" and _lower(doc, i - 1) != "a":
            return None  # "few hundred" without "a" means "not many"
        start = i - 1 if word == "few" else i
        return _Number(start, i + 2, SCALE_WORDS[_lower(doc, i + 1)], vague=True, worded=True)
    if word == "couple" and _lower(doc, i - 1) == "a":
        k = i + 2 if _lower(doc, i + 1) == "of" else i + 1
        if _is_scale(_lower(doc, k)):  # "a couple dozen", "a couple of hundred": about 2 ×
            return _Number(i - 1, k + 1, 2 * SCALE_WORDS.get(_lower(doc, k), DOZEN), worded=True)
    if word in ("a", "an") and _is_scale(_lower(doc, i + 1)):
        return _read_sequence(doc, i, implicit_one=True)  # "a dozen", "a million"
    if word == "half" and _lower(doc, i + 1) in ("a", "an") and _lower(doc, i + 2) in SCALE_WORDS:
        scale = SCALE_WORDS[_lower(doc, i + 2)]
        return _Number(i, i + 3, 0.5 * scale, scale=scale, worded=True)
    fraction = _fraction_of_a_point(doc, i)
    if fraction is not None:
        return fraction
    grouped = _space_grouped(doc, i)
    if grouped is not None:
        return grouped
    glued_unit = GLUED_UNIT.match(doc[i].text)
    if glued_unit:  # "34.6C", "12bp", "3.4pc": one token, number and unit
        unit = GLUED_UNITS[glued_unit["unit"].lstrip("°").lower()]
        return _Number(i, i + 1, float(glued_unit["num"].replace("−", "-")), glued_unit=unit)
    glued = GLUED_SENTENCE.match(doc[i].text)
    if glued:
        literal = read_literal(glued[1])
        if literal is None:
            return None
        return _Number(i, i + 1, literal[0], end_char=doc[i].idx + glued.end())
    dash = DASH_RANGE.match(doc[i].text)
    if dash:
        low, high = read_literal(dash[1]), read_literal(dash[2])
        if low and high:
            return _Number(i, i + 1, low[0], high=high[0])
        return None
    return _read_sequence(doc, i)


# Central-bank copy gives rate moves as fractions of a point: "half a percentage point", "a quarter of a
# point", "three-quarters of a percentage point", "a quarter-point cut".
POINT_FRACTION = re.compile(
    r"(?P<fraction>a\s+half|half|a\s+quarter|one\s+quarter|quarter|three[\s-]+quarters)"
    r"(?:\s+of)?(?:\s+a)?[\s-]+(?P<unit>(?:percentage[\s-]+)?points?)\b",
    re.IGNORECASE,
)
FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}


def _fraction_of_a_point(doc: Doc, i: int) -> _Number | None:
    if doc[i].lower_ not in ("a", "half", "one", "quarter", "three"):
        return None
    window = doc[i : i + 8]  # the phrase is a few words long: Doc.text would join the whole article
    found = POINT_FRACTION.match(window.text)
    if found is None:
        return None
    end = i
    while end < len(doc) and doc[end].idx < window.start_char + found.end():
        end += 1
    value = FRACTIONS[found["fraction"].split()[-1].split("-")[-1].lower()]
    unit = "percentage points" if "percentage" in found["unit"].lower() else "points"
    return _Number(i, end, value, worded=True, glued_unit=unit)


# Units written onto the digits, as British and wire copy writes them: "34.6C", "12bp", "3.4pc".
# "312p": pence; "reached 40.2C.": the tokenizer keeps the sentence's full stop (the record drops it)
GLUED_UNIT = re.compile(r"^(?P<num>[-−]?\d+(?:\.\d+)?)(?P<unit>°?[CF]|°[cf]|bps?|pc|p)\.?$")
# A temperature below zero written as one token: "-5", "−12.5" before "degrees".
SIGNED_DEGREES = re.compile(r"^[-−](\d+(?:\.\d+)?)$")
DEGREE_WORDS = frozenset({"degrees", "degree", "°", "°c", "°f"})
GLUED_UNITS = {"c": "degrees Celsius", "f": "degrees Fahrenheit", "bp": "basis points", "bps": "basis points",
               "pc": "percent", "p": "pence"}
VIDEO_LINES = frozenset({240, 360, 480, 576, 720, 1080, 1440, 2160, 4320})
# Words that make a bare "C" after a number a temperature ("30 C"), not a grade or a name's initial.
TEMPERATURE_WORDS = frozenset({"temperature", "temperatures", "heat", "heatwave", "degrees", "mercury", "thermometer",
                               "frost", "°", "celsius", "fahrenheit", "hottest", "coldest", "warmest", "highs", "lows"})


# Thousands set apart by a space, as French, Arabic and translated copy writes them: "1 200 hectares".


def _space_grouped(doc: Doc, i: int) -> _Number | None:
    first = doc[i]
    if not (first.text.isdigit() and len(first.text) <= 3 and first.text[0] != "0") or _lower(doc, i - 1).isdigit():
        return None
    j = i
    while (
        j + 1 < len(doc)
        and doc[j].whitespace_ == " "  # (spaCy keeps other spaces as tokens of their own)
        and doc[j + 1].text.isdigit()
        and len(doc[j + 1].text) == 3
    ):
        j += 1
    if j == i or _looks_like_year(doc[j].text):
        return None
    value = int("".join(t.text for t in doc[i : j + 1]))
    if _lower(doc, j + 1) in SCALE_WORDS:  # "12 000 million yen"
        scale = SCALE_WORDS[_lower(doc, j + 1)]
        return _Number(i, j + 2, value * scale, scale=scale)
    return _Number(i, j + 1, value)


def _read_sequence(doc: Doc, i: int, implicit_one: bool = False) -> _Number | None:
    """Digits and number words in a row: "3,000", "three thousand", "1.5 billion", "twenty-one".
    With ``implicit_one``, token i is "a"/"an" and reads as "one"."""
    words: list[str | float] = ["one"] if implicit_one else []
    currency: str | None = None
    scale: float = 1
    suffix_m = False
    state = "number" if implicit_one else "start"  # start → number/tens → scale → ...
    j = i + 1 if implicit_one else i
    while j < len(doc):
        word = doc[j].lower_
        literal = (read_literal(doc[j].text) or _letter_money(doc, doc[j].text)) if state == "start" else None
        decimal = DECIMAL_COMMA.match(doc[j].text) if state == "start" else None
        if decimal is not None and (_is_scale(_lower(doc, j + 1)) or _lower(doc, j + 1) in SPACED_SCALES | {"%", "percent"}):
            words.append(float(f"{decimal[1]}.{decimal[2]}"))  # "2,5 million euros"
            state = "digits"
        elif literal is not None:
            value, scale, currency = literal
            words.append(value)
            state = "scale" if scale > 1 else "digits"
        elif state in ("start", "scale") and (word in UNIT_WORDS or word in TENS_WORDS):
            words.append(word)
            state = "tens" if word in TENS_WORDS else "number"
        elif state in ("digits", "number", "tens", "scale") and _is_scale(word):
            words.append(word)
            scale = SCALE_WORDS.get(word, DOZEN)
            state = "scale"
        elif state == "digits" and word in HYPHENS and _is_scale(_lower(doc, j + 1)) and not doc[j - 1].whitespace_:
            j += 1  # "a ₹250-crore package", "a $5-billion deal"
            words.append(doc[j].lower_)
            scale = SCALE_WORDS.get(doc[j].lower_, DOZEN)
            state = "scale"
        elif state == "tens" and word in HYPHENS and _lower(doc, j + 1) in UNIT_WORDS:
            j += 1  # "twenty-one"
            words.append(doc[j].lower_)
            state = "number"
        elif state == "tens" and word in UNIT_WORDS and word not in ("zero", "ten"):
            words.append(word)  # "twenty one"
            state = "number"
        elif (
            state in ("digits", "number", "tens") and word == "and" and _lower(doc, j + 1) == "a"
            and _lower(doc, j + 2) == "half" and _is_scale(_lower(doc, j + 3))
        ):
            j += 2  # "two and a half million": the half before the scale
            words.append(0.5)
            state = "digits"
        elif state in ("digits", "number", "tens") and word[-1:] in ("-", "–") and word[:-1] in SCALE_WORDS and not doc[j].whitespace_:
            words.append(word[:-1])  # "$1.5 million-$2 million": the tokenizer keeps the range's dash on the scale
            scale = SCALE_WORDS[word[:-1]]
            j += 1
            break
        elif state == "scale" and word == "and" and _lower(doc, j + 1) in (UNIT_WORDS.keys() | TENS_WORDS.keys()):
            j += 1  # "one hundred and five"
            words.append(doc[j].lower_)
            state = "tens" if doc[j].lower_ in TENS_WORDS else "number"
        elif state == "digits" and word in SUFFIX_SCALES and (not doc[j - 1].whitespace_ or word in SPACED_SCALES):
            scale = SUFFIX_SCALES[word]  # "£3m" tokenised "£", "3", "m"
            words.append(float(words.pop()) * scale)  # type: ignore[arg-type]
            suffix_m = word == "m"
            j += 1
            break
        elif state == "digits" and word[-1:] == "." and word[:-1] in SUFFIX_SCALES and not doc[j - 1].whitespace_:
            # "for a reported £1.5m.": the tokenizer keeps the full stop on "m." (an abbreviation)
            scale = SUFFIX_SCALES[word[:-1]]
            words.append(float(words.pop()) * scale)  # type: ignore[arg-type]
            suffix_m = word == "m."
            return _Number(i, j + 1, words_to_number(words), scale=scale, worded=False, currency=currency,
                           suffix_m=suffix_m, end_char=doc[j].idx + len(word) - 1)
        else:
            break
        j += 1
    if not words:
        return None
    worded = isinstance(words[0], str)
    return _Number(i, j, words_to_number(words), scale=scale, worded=worded, currency=currency,
                   suffix_m=suffix_m)


# ---------------------------------------------------------------------------------------------
# Growing a number into a quantity


@dataclass
class _Candidate:
    number: _Number
    start: int  # first token of the phrase, hedges and currency included
    end: int  # token after the phrase, counted noun included
    value_max: float | None = None
    approximate: bool = False
    lower_bound: bool = False
    currency: str | None = None
    unit: str | None = None
    unit_token: Token | None = None
    percent_token: Token | None = None  # "%", "percent": where the modality walk starts
    percent: bool = False
    score: bool = False  # "5-4", "4 to 1": a tally or ratio, not a quantity
    hyphen_word: str | None = None  # "30-second", "15-member": the word the number is glued to


def find_quantities(doc: Doc) -> list[Quantity]:
    """Every quantity in the Doc, in text order."""
    quantities: list[Quantity] = []
    last_count_unit: dict[int, str] = {}  # sentence start → unit of the last count in it
    last_unit = None  # of the last count anywhere before
    for candidate in _candidates(doc):
        sentence_start = doc[candidate.number.start].sent.start
        plain_count = not candidate.currency and not candidate.percent
        if candidate.unit in ANAPHORIC_UNITS and plain_count and last_unit is not None:
            candidate.unit = last_unit  # "The company put the figure at 1,450": the employees counted before
        if candidate.unit is None and plain_count and _continues_a_count(doc, candidate):
            candidate.unit = last_count_unit.get(sentence_start) or _changing_subject(doc, candidate)
        if candidate.unit and plain_count:  # "cases rose to 1,240, up from 812": the next one counts cases too
            last_count_unit[sentence_start] = candidate.unit
            last_unit = candidate.unit
        if candidate.unit is None and plain_count and _subject_of_a_human_act(doc, candidate.number):
            candidate.unit = "people"  # "more than 50,000 marched", "12 died", "dozens were hurt"
        quantities.append(_to_record(doc, candidate))
    _share_units_of_a_change(doc.text, quantities)
    return quantities


def _share_units_of_a_change(text: str, quantities: list[Quantity]) -> None:
    """"rose from 250 to 300 rupees a kilo": the figure it changed from counts the same thing, in
    the same currency, as the one it changed to."""
    for before, after in zip(quantities, quantities[1:]):
        if before.unit or before.currency or after.value is None or before.value is None:
            continue
        opening = text[max(0, before.span[0] - 5) : before.span[0]].lower()
        between = text[before.span[1] : after.span[0]]
        if opening.rstrip().endswith("from") and between.strip().lower() == "to":
            before.unit, before.currency = after.unit, after.currency


def _candidates(doc: Doc) -> Iterator[_Candidate]:
    i = 0
    while i < len(doc):
        number = read_number(doc, i) if may_start_number(doc[i]) else None
        if number is None:
            i += 1
            continue
        candidate = _build(doc, number)  # may extend number.end over a range
        # Go on after the number itself, not its noun: "one of two hurricanes" holds another.
        i = max(number.end, i + 1)
        if candidate is not None and not _excluded(doc, candidate):
            yield candidate


def _build(doc: Doc, number: _Number) -> _Candidate | None:
    """Grow a number into a quantity: range, currency, hedges, percent, the counted noun."""
    candidate = _Candidate(number=number, start=number.start, end=number.end, currency=number.currency)
    candidate.approximate = candidate.lower_bound = number.vague
    _read_range(doc, candidate)
    _read_currency(doc, candidate)
    if number.suffix_m and not candidate.currency and not _millions_of(doc, number):
        return None  # "a 3m wall": metres, not millions
    _read_hedges(doc, candidate)
    if number.glued_unit is not None:
        if number.glued_unit.startswith("degrees") and not _reads_as_temperature(doc, number):
            return None  # "the 5C shirt", "iPhone 5C": a code
        if number.glued_unit == "pence" and number.value in VIDEO_LINES:
            return None  # "a 1080p screen": lines of a picture, not pence
        candidate.unit = number.glued_unit
        candidate.percent = number.glued_unit == "percent"
        candidate.percent_token = doc[number.start] if candidate.percent else None
        return candidate
    _read_percent(doc, candidate)
    if not candidate.currency and not candidate.percent:
        _read_unit(doc, candidate)
        _read_currency_after_unit(doc, candidate)
    if number.suffix_m and not candidate.currency and candidate.unit is None:
        noun = doc[number.end]  # "1.5m people": the parser often loses the "m" (_millions_of checked the noun)
        candidate.unit, candidate.unit_token, candidate.end = noun.lower_, noun, max(candidate.end, noun.i + 1)
    return candidate


def _reads_as_temperature(doc: Doc, number: _Number) -> bool:
    """"34.6C", "hit 34C", "temperatures of 34C": a reading, not a code such as "Room 4C"."""
    if "." in doc[number.start].text or any(t.lower_ in TEMPERATURE_WORDS for t in doc[number.start].sent):
        return True
    before = doc[number.start - 1] if number.start > 0 else None
    return before is not None and before.pos_ in ("VERB", "ADP") and before.lower_ not in ("of",)


# Verbs of change before "X to Y": "rose $2 to $74.50" is a change and a level when Y is far larger.
CHANGE_VERBS = frozenset({"rise", "fall", "climb", "jump", "drop", "gain", "lose", "add", "slip", "surge", "increase",
                          "decrease", "grow", "shrink", "soar", "slump", "plunge", "edge", "dip", "tumble", "rally"})  # fmt: skip


# Race distances in metres, written before their event: "the 400m hurdles".
RACE_DISTANCES = frozenset({60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})


def _millions_of(doc: Doc, number: _Number) -> bool:
    """"3.9m TEUs", "2.5m people": an "m" before a counted plural is million; "a 3m wall", "the 400m
    hurdles" and "ran 100m" are metres."""
    after = doc[number.end] if number.end < len(doc) else None
    if after is None or after.tag_ not in ("NNS", "NNPS") or _lower(doc, number.start - 1) in ("a", "an", "the"):
        return False
    return number.value / 10**6 not in RACE_DISTANCES


def _read_range(doc: Doc, candidate: _Candidate) -> None:
    """ "between 10,000 and 12,000", "10,000 to 12,000", "10-12", "two or three" → value_max.
    Descending pairs ("5-4", "split 4 to 1") are tallies, marked as scores."""
    number = candidate.number
    if _looks_like_year(doc[number.start].text):
        return  # "by 2030 to 32 percent"
    if number.high is not None:  # "10–12" in one token
        if _in_a_run_of_scores(doc, number):
            candidate.score = True  # "6-4, 3-6, 7-5": a tennis match's sets
            return
        if number.value < number.high:
            candidate.value_max = number.high
        else:
            candidate.score = True
        return
    link = _lower(doc, number.end)
    glued_dash = number.end > number.start and doc[number.end - 1].text[-1:] in ("-", "–") and len(doc[number.end - 1]) > 1
    if glued_dash:  # "$1.5 million-$2 million"
        link = "-"
    percent_between = link == "%" and _lower(doc, number.end + 1) == "and" and _lower(doc, number.start - 1) == "between"
    dashed_percent = link == "%" and _lower(doc, number.end + 1) in (*HYPHENS, "to")
    if percent_between or dashed_percent:  # "between 2% and 3%", "4.25%-4.5%": the sign after each number
        link = _lower(doc, number.end + 1)
    before = number.start - 1
    if CURRENCY_SYMBOLS.get(_lower(doc, before)):
        before -= 1  # "between $10 and $12 million"
    opened_by = _lower(doc, before)
    if link not in ("and", "to", "or", *HYPHENS, "—") or (link == "and" and opened_by != "between"):
        return
    spread = opened_by == "from" and before > 0 and doc[before - 1].lemma_.lower() in ("range", "vary")
    if opened_by == "from" and not spread:
        return  # "rose from 900 to 1,200" is a change: two quantities (but "ranged from 8 to 15 percent" is a range)
    k = number.end + 2 if percent_between or dashed_percent else number.end if glued_dash else number.end + 1
    currency = CURRENCY_SYMBOLS.get(_lower(doc, k))
    if currency:
        if doc[k].text == "$":  # "between $20,000 and $50,000" in a story about Perth
            currency = _local_dollar(doc) or currency
        k += 1
    if k >= len(doc) or not may_start_number(doc[k]):
        return
    second = read_number(doc, k)
    if second is None or second.vague:
        return
    if link in HYPHENS and _in_a_run_of_scores(doc, _Number(number.start, second.end, number.value)):
        candidate.score, number.end = True, second.end  # "6-4, 3-6, 7-5": a tennis match's sets
        return
    if dashed_percent and _lower(doc, second.end) not in ("%", "percent", "pct"):
        return  # "fell 2% to 3.1 euros": a change, then a price
    low = number.value
    changed = opened_by == "by" or (before >= 0 and doc[before].lemma_.lower() in CHANGE_VERBS)
    if changed and link == "to" and second.value > CHANGE_TO_LEVEL * low:
        return  # "rose by 2,300 to 14,800", "rose $2 to $74.50": the change, then the new level ("by 10 to 15" is a range)
    if number.scale == 1 and second.scale > 1 and low < second.value / second.scale:
        low *= second.scale  # "between 10 and 12 million"
    if low >= second.value and dashed_percent:
        return  # "led 46% to 43%": two shares of a poll, each a quantity
    if low >= second.value:
        # "5-4", "split 4 to 1": small whole numbers, no money; skip both
        candidate.score = (link != "or" and not number.worded and not currency and not candidate.currency
                           and low < 1000 and float(low).is_integer() and float(second.value).is_integer())
        if candidate.score:
            number.end = second.end
        return
    number.value, candidate.value_max, number.scale = low, second.value, second.scale
    candidate.currency = candidate.currency or currency or second.currency
    candidate.end = number.end = second.end
    if opened_by == "between" or spread:
        candidate.start = before


def _in_a_run_of_scores(doc: Doc, number: _Number) -> bool:
    """Whether a "3-6" stands in a comma-separated run of such pairs ("6-4, 3-6, 7-5")."""
    before = doc[max(0, number.start - 6) : number.start].text
    after = doc[number.end : number.end + 6].text
    return bool(_SCORE_BEFORE.search(before) or _SCORE_AFTER.match(after))


_SCORE_BEFORE = re.compile(r"\d\s*[-–]\s*\d+\s*,\s*$")
_SCORE_AFTER = re.compile(r"\s*,\s*\d+\s*[-–]\s*\d")


def _read_currency(doc: Doc, candidate: _Candidate) -> None:
    """A symbol or ISO code before the number; a currency word after it ("euros",
    "Canadian dollars", "millions of dollars")."""
    before = candidate.number.start - 1
    if candidate.currency == "INR" and doc[candidate.number.start].lower_.startswith("rs"):
        candidate.currency = _local_currency(doc, "rupee") or "INR"  # "Rs1.2trn" in a story about Pakistan
    if before >= 0:
        code = CURRENCY_SYMBOLS.get(doc[before].lower_) or _iso_code(doc[before].text)
        if doc[before].text == "." and before >= 1 and doc[before - 1].lower_ == "rs" and not doc[before - 1].whitespace_:
            before -= 1  # "Rs. 20 billion" is tokenised "Rs", ".", "20"
        if doc[before].lower_ in ("rs", "rs."):  # India's, Pakistan's, Sri Lanka's, Nepal's rupee
            code = _local_currency(doc, "rupee") or "INR"
        if doc[before].lower_ in SHARED_SYMBOLS:
            code = _local_currency(doc, SHARED_SYMBOLS[doc[before].lower_])
        if doc[before].text == "$":
            code = _local_dollar(doc) or code
        if code:
            candidate.currency = candidate.currency or code
            candidate.start = min(candidate.start, before)
    after = candidate.end
    if candidate.number.vague and _lower(doc, after) == "of":
        after += 1  # "millions of dollars"
    code, width = (_iso_code(doc[after].text), 1) if after < len(doc) else (None, 0)
    if code is None and after < len(doc):
        code, width = _currency_words(doc, after)
    if code:
        candidate.currency = candidate.currency or code
        candidate.end = max(candidate.end, after + width)


def _read_currency_after_unit(doc: Doc, candidate: _Candidate) -> None:
    """"a 40-billion-euro fund": the currency glued on by a hyphen; "64.5 U.S. cents": whose cents."""
    if candidate.hyphen_word is not None and candidate.unit == candidate.hyphen_word:
        code, _ = _currency_words(doc, candidate.number.end + 1)
        if code:
            candidate.currency, candidate.unit = code, None
    elif candidate.unit in ("cent", "cents") and _lower(doc, candidate.end - 2) in _CENT_OWNERS:
        candidate.currency = _CENT_OWNERS[_lower(doc, candidate.end - 2)]


# Whose cents: the word before "cents".
_CENT_OWNERS = {"u.s.": "USD", "us": "USD", "euro": "EUR", "australian": "AUD", "canadian": "CAD"}


@lru_cache(maxsize=512)
def _iso_code(text: str) -> str | None:
    """An upper-case ISO 4217 code such as "USD" (validated with pycountry)."""
    if len(text) != 3 or not text.isupper() or not text.isalpha():
        return None
    currency = pycountry.currencies.get(alpha_3=text)
    return currency.alpha_3 if currency else None


def _currency_words(doc: Doc, i: int) -> tuple[str | None, int]:
    """ "euros", "Canadian dollars", "North Korean won" at token i → (ISO code, tokens used)."""
    if i < len(doc) and doc[i].lower_ in ("fcfa", "cfa"):  # "25 million FCFA", "40,000 CFA francs"
        width = 2 if i + 1 < len(doc) and doc[i + 1].lower_ in ("franc", "francs") else 1
        return _cfa_franc(doc), width
    for width in (3, 2, 1):
        if i + width > len(doc):
            continue
        words = [doc[k].lower_ for k in range(i, i + width)]
        noun = _singular(words[-1])
        if noun in TRANSLATED_CURRENCIES:
            code = TRANSLATED_CURRENCIES[noun].get(words[-2]) if width == 2 else None
            if width == 1:
                code = next(filter(None, (_local_currency(doc, name) for name in TRANSLATED_NAMES[noun])), None)
            if code:
                return code, width
            continue
        if width == 1 and noun in _ENGLISH_HOMOGRAPHS and noun not in CURRENCY_WORDS:
            code = _local_currency(doc, noun)  # "1,200 soles" in a story about Peru, "dong" in Vietnam
            if code:
                return code, 1
            continue
        if noun not in CURRENCY_WORDS and noun not in ISO_CURRENCY_NOUNS:
            continue
        if noun == "pound" and _lower(doc, i + width) == "of":
            return None, 0  # "500 pounds of explosives" is a weight
        scaled = i > 0 and doc[i - 1].lower_ in ("million", "billion", "trillion") and noun in ("won", "rand")
        if noun in AMBIGUOUS_CURRENCY_WORDS and doc[i + width - 1].ent_type_ != "MONEY" and not scaled:
            # "236 pounds", "won": a currency only where the model reads money, or after "trillion"
            return None, 0
        if width == 1:
            code = _local_currency(doc, noun) or CURRENCY_WORDS.get(noun) or ISO_CURRENCY_NOUNS.get(noun)
            return (code, 1) if code else (None, 0)
        code = _currency_by_name(" ".join(words[:-1] + [noun]))
        if code:
            return code, width
    return None, 0


# Currencies whose papers write a bare letter onto the digits: South Africa's "R350", Nigeria's
# "N1,250", the Philippines' "P500 million", Zambia's "K40": the letter is money only in a story
# about such a country (its most mentioned one), elsewhere it is a road, a grade or a model.
LETTER_CURRENCIES = {
    "r": {"ZA": "ZAR"},
    "n": {"NG": "NGN"},
    "p": {"PH": "PHP", "BW": "BWP"},
    "k": {"ZM": "ZMW", "MW": "MWK", "PG": "PGK", "MM": "MMK"},
}
LETTER_MONEY = re.compile(r"^([RNPK])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(bn|m|k)?$")


def _letter_money(doc: Doc, text: str) -> tuple[float, float, str | None] | None:
    """ "R1.8" (billion), "N1,250", "P500" in a story about the country whose currency that is."""
    match = LETTER_MONEY.match(text)
    if match is None:
        return None
    countries = countries_by_mentions(doc)
    code = LETTER_CURRENCIES[match[1].lower()].get(countries[0]) if countries else None
    literal = read_literal(match[2] + (match[3] or "")) if code else None
    return (literal[0], literal[1], code) if literal else None


def _local_currency(doc: Doc, noun: str) -> str | None:
    """A bare currency word many countries share ("pesos", "won") means the currency of the country
    the article is about: the most mentioned country (itself, or its towns: "kronor" in a story
    about Umeå) that uses a currency of that name. "Dollar" keeps its default (USD):
    English-language news writes "Canadian dollars" when it means them."""
    if noun == "dollar":
        return None
    for country in countries_by_mentions(doc):
        for code in _country_currencies(country):
            if noun in _currency_name(code):
                return code
    return None


def _local_dollar(doc: Doc) -> str | None:
    """A bare "$" in a story about Canada, Australia or another dollar country that never names the
    United States is that country's dollar ("HALIFAX, Nova Scotia — watches valued at $48,000")."""
    countries = countries_by_mentions(doc)
    if not countries or "US" in countries:
        return None
    country = countries[0]
    return next((code for code in _country_currencies(country) if code != "USD" and "dollar" in _currency_name(code)), None)


def _cfa_franc(doc: Doc) -> str:
    """XAF where the article is about a country of Central Africa's monetary union, else XOF."""
    countries = countries_by_mentions(doc)
    return "XAF" if countries and countries[0] in CENTRAL_AFRICAN_CFA else "XOF"


@lru_cache(maxsize=256)
def _country_currencies(country: str) -> tuple[str, ...]:
    from countryinfo import CountryInfo

    try:
        return tuple(CountryInfo(country).currencies())
    except (KeyError, ValueError):
        return ()


@lru_cache(maxsize=256)
def _currency_name(code: str) -> str:
    currency = pycountry.currencies.get(alpha_3=code)
    return currency.name.lower() if currency else ""


@lru_cache(maxsize=512)
def _currency_by_name(name: str) -> str | None:
    if name in ("u.s. dollar", "us dollar", "american dollar"):  # not a name in ISO 4217's list
        return "USD"
    try:
        return pycountry.currencies.lookup(name).alpha_3
    except LookupError:
        return None


def _singular(word: str) -> str:
    if word in CURRENCY_WORDS or word in ISO_CURRENCY_NOUNS:
        return word
    if word in IRREGULAR_CURRENCY_PLURALS:
        return IRREGULAR_CURRENCY_PLURALS[word]
    return word[:-1] if word.endswith("s") else word


# Verbs after which "over" gives the cause ("resigned over", "quits over", "sued over").
CAUSE_VERBS = frozenset({"quit", "quits", "resign", "resigns", "resigned", "sacked", "fired", "sue", "sues", "sued",
                         "probe", "probed", "row", "rows", "clash", "clashed", "protest", "protested", "ousted"})
EXCEEDING_LEMMAS = frozenset({"exceed", "surpass", "top", "outstrip"})


def _read_hedges(doc: Doc, candidate: _Candidate) -> None:
    """ "more than", "about", "nearly" before the number; "or so", "or more" after it."""
    before = tuple(doc[k].lower_ for k in range(max(0, candidate.start - HEDGE_WIDTH), candidate.start))
    for words, approximate, lower_bound in HEDGES:
        if before[-len(words) :] == words:
            if doc[candidate.start - len(words)].dep_ == "prt":
                break  # "handed over millions": a verb particle, not a hedge
            if words == ("over",) and _lower(doc, candidate.start - 2) in CAUSE_VERBS:
                break  # "Rugby chief quits over $12m scandal": over is the cause, not a floor
            candidate.start -= len(words)
            candidate.approximate |= approximate
            candidate.lower_bound |= lower_bound
            break
    verb = doc[candidate.start - 1] if candidate.start > 0 else None
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in EXCEEDING_LEMMAS:
        candidate.lower_bound = True  # "losses could exceed €90 million": more than that
    if _lower(doc, candidate.end) == "or" and _lower(doc, candidate.end + 1) in ("so", "more"):
        candidate.approximate |= _lower(doc, candidate.end + 1) == "so"
        candidate.lower_bound |= _lower(doc, candidate.end + 1) == "more"
        candidate.end += 2


def _read_percent(doc: Doc, candidate: _Candidate) -> None:
    """ "20%", "40 percent", "3 per cent", "2 percentage points"."""
    j = candidate.end
    word, following = _lower(doc, j), _lower(doc, j + 1)
    if word in ("%", "percent", "pct"):
        candidate.percent, candidate.unit, candidate.end = True, "percent", j + 1
    elif word == "per" and following == "cent":
        candidate.percent, candidate.unit, candidate.end = True, "percent", j + 2
    elif word == "percentage" and following in ("point", "points"):
        candidate.percent, candidate.unit, candidate.end = True, "percentage points", j + 2
    if candidate.percent:
        candidate.percent_token = doc[candidate.end - 1]


def _read_unit(doc: Doc, candidate: _Candidate) -> None:
    """What the number counts: "3,000 North Korean troops" → troops, "a 15-member panel" → member."""
    if _lower(doc, candidate.number.start - 1) in SCALE_NAMES:
        # "a magnitude 6.1 earthquake": a reading on a scale, not a count of earthquakes
        candidate.unit = _lower(doc, candidate.number.start - 1)
        candidate.start -= 1
        return
    after = candidate.number.end
    if _lower(doc, after) in HYPHENS and not doc[after - 1].whitespace_ and after + 1 < len(doc):
        glued = doc[after + 1]
        if glued.lower_.startswith("to-"):  # "a 2-to-1 vote": a ratio
            candidate.score = True
            return
        if glued.is_alpha and not doc[after].whitespace_:
            candidate.hyphen_word = glued.lower_
            if glued.lower_ == "plus":  # "15-plus": at least 15, of what the parse says
                candidate.lower_bound, candidate.end = True, max(candidate.end, after + 2)
            elif glued.lower_ != "strong":  # "a 5,000-strong force" counts the force
                candidate.unit, candidate.end = glued.lower_, max(candidate.end, after + 2)
                return
    temperature = _temperature_unit(doc, after)
    if temperature is not None:  # "31°C", "30 C" in a sentence about the heat
        candidate.unit, candidate.end = temperature
        return
    rate = _rate_unit(doc, after)
    if rate is not None:  # "140 km/h", "12 m/s": the tokenizer splits them at the slash
        candidate.unit, candidate.unit_token, candidate.end = rate, doc[after], max(candidate.end, after + 3)
        return
    head = _counted_noun(doc, candidate.number)
    if head is not None and head.lemma_.lower() in FORECASTERS and head.dep_ == "nsubj" and head.head.lemma_.lower() in EXPECTED_LEMMAS:
        # "far more than the 150,000 economists had expected": the figure they expected, not a count of economists
        candidate.unit_token = head.head
        return
    if head is not None:
        candidate.unit_token = head
        candidate.unit = _unit_text(head, after)
        candidate.unit = UNIT_SPELLINGS.get(candidate.unit, candidate.unit)
        candidate.end = max(candidate.end, head.i + 1)
        return
    estimated = _estimated_noun(doc, candidate.number)
    if estimated is not None:  # "police put the crowd at 12,000"
        candidate.unit, candidate.unit_token = _unit_text(estimated, estimated.left_edge.i), estimated


# Short forms of a unit, written out so that one unit has one name: "6 bps" and "9 basis points".
UNIT_SPELLINGS = {"bps": "basis points", "bp": "basis points", "bpts": "basis points", "pts": "points"}


# Nouns that name an earlier count rather than a thing: "put the figure at 1,450".
ANAPHORIC_UNITS = frozenset({"figure", "number", "total", "tally", "count", "estimate"})
# Words that stand for the people they describe after a number: "five dead", "30 wounded".
CASUALTY_WORDS = frozenset({"dead", "injured", "wounded", "killed", "missing", "hurt", "displaced", "homeless"})
# Verbs whose bare-number subject counts people: "12 died", "more than 50,000 marched".
HUMAN_ACTS = frozenset({"die", "march", "protest", "flee", "rally", "gather", "vote", "attend", "drown", "perish",
                        "demonstrate", "strike", "riot", "starve", "survive", "escape", "emigrate", "enlist"})  # fmt: skip
# Passive verbs whose bare-number subject counts people: "40 were killed", "12 were arrested".
HUMAN_PASSIVES = frozenset({"kill", "injure", "wound", "arrest", "detain", "evacuate", "displace", "rescue",
                            "hospitalize", "hospitalise", "hurt", "abduct", "kidnap", "execute", "deport",
                            "jail", "sentence", "convict", "charge", "infect", "vaccinate"})  # fmt: skip
# Verbs of putting a figure on something: "put the crowd at 12,000", "estimated the toll at 40".
ESTIMATING = frozenset({"put", "estimate", "peg", "place", "number", "count", "set", "gauge", "reckon"})


def _subject_of_a_human_act(doc: Doc, number: _Number) -> bool:
    root = _root(doc, number)
    verb = root.head
    if root.dep_ == "nsubj" and verb.lemma_.lower() in HUMAN_ACTS:
        return True
    return root.dep_ == "nsubjpass" and verb.lemma_.lower() in HUMAN_PASSIVES


def _estimated_noun(doc: Doc, number: _Number) -> Token | None:
    root = _root(doc, number)
    at = root.head
    if root.dep_ != "pobj" or at.lower_ != "at" or at.head.lemma_.lower() not in ESTIMATING:
        return None
    objects = [c for c in at.head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    return _rightmost_compound_head(objects[0]) if objects else None


def _temperature_unit(doc: Doc, i: int) -> tuple[str, int] | None:
    """Degrees written as a sign or a letter after the number: "31°C", "31 °C", "88F", "30 C"."""
    if i >= len(doc):
        return None
    word = doc[i].text
    if word in ("°C", "°F", "ºC", "ºF"):
        return GLUED_UNITS[word[1].lower()], i + 1
    if doc[i].lower_ in ("degrees", "degree") and i + 1 < len(doc) and doc[i + 1].lower_ in ("fahrenheit", "celsius", "centigrade"):
        return GLUED_UNITS["f" if doc[i + 1].lower_ == "fahrenheit" else "c"], i + 2  # "78 degrees Fahrenheit"
    if word in ("°", "º") and i + 1 < len(doc) and doc[i + 1].text in ("C", "F"):
        return GLUED_UNITS[doc[i + 1].text.lower()], i + 2
    if word in ("C", "F") and doc[i - 1].like_num:
        sentence = doc[i].sent
        if any(t.lower_ in TEMPERATURE_WORDS for t in sentence) and not (i + 1 < len(doc) and doc[i + 1].text == "."
                                                                          and i + 2 < len(doc) and doc[i + 2].is_title):
            return GLUED_UNITS[word.lower()], i + 1
    return None


def _rate_unit(doc: Doc, i: int) -> str | None:
    """A unit written with a slash at token i, "km/h" or "m/s", glued together."""
    if i + 2 >= len(doc) or doc[i + 1].text != "/" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return None
    top, bottom = doc[i], doc[i + 2]
    if not (top.is_alpha and bottom.text.rstrip(".").isalpha() and len(top) <= 4 and len(bottom.text.rstrip(".")) <= 4):
        return None
    return f"{top.lower_}/{bottom.text.rstrip('.').lower()}"


def _counted_noun(doc: Doc, number: _Number) -> Token | None:
    after = number.end
    if _lower(doc, after) == "of":  # "millions of artillery shells", "dozens of people"
        objects = [child for child in doc[after].children if child.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            return _rightmost_compound_head(objects[0])
        return None
    if _lower(doc, after) in HYPHENS and _lower(doc, after + 1) == "strong":
        head = doc[after + 1].head
        return head if head.pos_ == "NOUN" and head.i > after else None
    root = _root(doc, number)
    head = root.head
    if head.lower_ in COMPARATIVES and head.i == after:
        head = head.head  # "25 million more people"
    if head.is_punct and head.pos_ == "NOUN":  # "300 sheep »": the tagger took the closing guillemet for the noun
        head = next((c for c in head.lefts if c.i == head.i - 1 and c.pos_ == "NOUN"), head)
    if root.dep_ in ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod") and head.pos_ in ("NOUN", "PROPN"):
        if _lower(doc, after) in ("last", "next", "this") and head.i > after and head.lemma_.lower() in TIME_NOUNS:
            return None  # "down from 30 last year": the parser hung the figure on the date after it
        if after < len(doc) and doc[after].tag_ == "CD" and head.i > after and head.lemma_.lower() in TIME_NOUNS:
            return None  # "up from 980 seven days earlier": the days are the next number's
        if after <= head.i <= after + MAX_UNIT_DISTANCE:
            if head.text == "%" or any(t.text in (",", ";") for t in doc[after : head.i]):
                return None  # "18,432, around 92% of capacity": another number's noun after the comma
            owner = head.head
            if head.dep_ == "poss" and owner.pos_ == "NOUN" and owner.i > head.i and owner.i <= after + MAX_UNIT_DISTANCE + 2:
                return _rightmost_compound_head(owner)  # "a dozen sheriff's deputies": the deputies are counted
            return _rightmost_compound_head(head)
    if after < len(doc) and doc[after].lower_ in CASUALTY_WORDS and doc[after].pos_ in ("ADJ", "VERB", "NOUN"):
        return doc[after]  # "at least five dead", "30 wounded", "12 killed"
    return None


def _plain_compound(noun: Token, floor: int) -> bool:
    """Whether everything left of ``noun`` in its subtree is lower-case nouns after ``floor``."""
    return noun.left_edge.i >= floor and all(
        token.is_alpha and token.text.islower() and token.dep_ == "compound"
        for token in noun.doc[noun.left_edge.i : noun.i]
    )


def _root(doc: Doc, number: _Number) -> Token:
    """The token of the number phrase whose head lies outside it (the last one if several)."""
    tokens = doc[number.start : number.end]
    outside = [t for t in tokens if not (number.start <= t.head.i < number.end) or t.head.i == t.i]
    return outside[-1] if outside else tokens[-1]


def _rightmost_compound_head(noun: Token) -> Token:
    """ "12 armed forces personnel": follow compound links to the rightmost noun."""
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN") and not noun.head.is_punct:
        noun = noun.head
    return noun


def _unit_text(head: Token, floor: int) -> str:
    """The counted noun as written, lower-case, with the modifiers that make it a kind of thing
    ("special forces", "artillery shells"); names ("North Korean") and the number itself (from
    ``floor`` leftwards) stay out."""
    first = head.i
    for child in reversed(list(head.lefts)):
        if child.i != first - 1 or child.i < floor or not child.is_alpha or not child.text.islower():
            break
        lexical_amod = child.dep_ == "amod" and child.lower_ in LEXICAL_AMODS
        common_compound = child.dep_ == "compound" and child.pos_ == "NOUN"
        if not (lexical_amod or common_compound):
            break
        first = child.i
        if common_compound and _plain_compound(child, floor):
            first = child.left_edge.i  # "tax haven subsidiaries": the compound's own compounds
    doc = head.doc
    while first - 2 >= floor and doc[first - 1].text in HYPHENS and not doc[first - 2].whitespace_ \
            and not doc[first - 1].whitespace_ and doc[first - 2].is_alpha and doc[first - 2].text.islower():
        first -= 2  # "fact-checkers", "primary-season debates"
    return doc[first : head.i + 1].text.lower()


# ---------------------------------------------------------------------------------------------
# What is not a quantity


def _excluded(doc: Doc, candidate: _Candidate) -> bool:
    number = candidate.number
    if number.start >= 2 and doc[number.start - 1].lower_ == "of" and doc[number.start - 2].text == "Group":
        return True  # "the Group of 20": a name
    start_char, end_char = doc[number.start].idx, doc[number.end - 1].idx + len(doc[number.end - 1])
    unit = candidate.unit_token
    counts_time = (unit is not None and unit.lemma_.lower() in TIME_NOUNS) or (
        candidate.hyphen_word is not None and _singular(candidate.hyphen_word) in TIME_NOUNS
    )
    # an amount of money counts too: the model reads "S/ 1,200 a month" as a date
    counts_a_thing = (
        unit is not None or candidate.hyphen_word is not None or candidate.currency is not None or candidate.percent
    ) and not counts_time  # "between 21 and 26 percent", which the model reads as a date and a percent
    return (
        candidate.score
        or counts_time  # "three years", "a 30-second spot": durations belong to times
        or _lower(doc, number.end) in TIME_NOUNS  # "3 a.m.", "three o'clock"
        or candidate.hyphen_word in DESCRIPTIVE_HYPHEN_WORDS  # "a two-way race", "one-third"
        or _glued_suffix(doc, number)
        or _is_multiplier(doc, number)
        or _is_address(doc, number)
        or _in_blocking_entity(doc, number, counts_a_thing)
        or _in_a_date(doc, number)
        or _in_phone_number(doc, number, start_char, end_char)
        or _is_identifier(doc, number)
        or _is_year(doc, candidate)
        or _is_age(doc, number)
        or _is_ratio(doc, number)
        or _names_an_index(doc, number)
        or _is_bare_one(candidate)
        or _is_anaphoric(doc, candidate)
    )


# Stock indexes whose names end in the number of their members: "the FTSE 100", "S&P 500 futures".
STOCK_INDEXES = frozenset({"ftse", "stoxx", "s&p", "nikkei", "cac", "dax", "russell", "nasdaq", "asx", "kospi",
                           "nifty", "ibex", "sensex", "aex", "smi", "tsx", "csi", "mib", "omx", "hsi", "sti",
                           "klci", "bux", "wig", "topix", "mdax", "sdax", "tecdax", "obx", "psi", "atx"})  # fmt: skip


def _names_an_index(doc: Doc, number: _Number) -> bool:
    before = doc[number.start - 1] if number.start > 0 else None
    return before is not None and before.lower_ in STOCK_INDEXES and not before.text.islower()


def _in_blocking_entity(doc: Doc, number: _Number, counts_a_thing: bool) -> bool:
    """Inside a date, time, ordinal or a name ("Article 5", "F-16")."""
    if number.glued_unit is not None:
        return False  # "12bp", "3.4pc": the model takes the one token for a date or a name
    money = (
        number.currency is not None  # "GH₵45 million", which the model calls a body
        or _lower(doc, number.start - 1) in CURRENCY_SYMBOLS
        or _lower(doc, number.start - 1) in ("rs", "rs.")
    )
    for token in doc[number.start : number.end]:
        label = token.ent_type_
        if money and label not in ("DATE", "TIME"):
            continue  # "Rs 5 crore", which the model calls a law
        if label in ("DATE", "TIME") and counts_a_thing and not _next_to_month(doc, number):
            continue
        if label == "DATE" and _before_a_time_of_its_own(doc, number):
            continue  # "up from 60 last month": the model ran the figure into the date after it
        if label == "DATE" and _compared_figure(doc, number):
            continue  # "fell to 31 from 44": the earlier figure, which the model took for a date
        if label in BLOCKING_ENTS and label not in ("DATE", "TIME") and _bare_number_entity(token):
            continue  # "to 5,612.40" that the model calls a work of art: a name needs a word
        if label in BLOCKING_ENTS:
            return True
    return False


def _bare_number_entity(token: Token) -> bool:
    """Whether the entity the token is in has no word of its own, only digits and punctuation."""
    doc, start = token.doc, token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return all(t.like_num or t.is_punct for t in doc[start:end])


def _before_a_time_of_its_own(doc: Doc, number: _Number) -> bool:
    """A figure compared over time stands outside the time expression after it ("up from 60 last
    month", "down from more than 30 last year")."""
    if not any(t.lower_ in ("from", "to") for t in doc[max(0, number.start - 3) : number.start]):
        return False
    end = doc[number.end - 1].idx + len(doc[number.end - 1])
    start = doc[number.start].idx
    after = [t for t in doc._.times or () if end < t.span[0] <= end + 2]
    return bool(after) and not any(t.span[0] <= start < t.span[1] for t in doc._.times or ())


def _in_a_date(doc: Doc, number: _Number) -> bool:
    """Part of a calendar date the times stage found ("12 March 2025" in a dateline the model did not
    label), when the number stands next to the month's name, or of a clock time ("by 1130 GMT")."""
    times = doc._.times or ()
    if not times:
        return False
    start, end = doc[number.start].idx, doc[number.end - 1].idx + len(doc[number.end - 1])
    types = ("DATE", "TIME") if _next_to_month(doc, number) else ("TIME",)
    return any(t.type in types and t.span[0] <= start and end <= t.span[1] for t in times)


def _compared_figure(doc: Doc, number: _Number) -> bool:
    """A bare figure after "from" that another figure went to ("fell to 31 from 44"), alone in its date entity."""
    token = doc[number.start]
    if number.end - number.start != 1 or not token.text.isdigit() or len(token.text) > 3 or _next_to_month(doc, number):
        return False
    ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    if ent is None or len(ent) != 1 or _lower(doc, number.start - 1) != "from":
        return False
    return _lower(doc, number.start - 3) == "to" and doc[number.start - 2].like_num


def _next_to_month(doc: Doc, number: _Number) -> bool:
    return (_lower(doc, number.start - 1).rstrip(".") in MONTHS
            or _lower(doc, number.end).rstrip(".") in MONTHS)


def _in_phone_number(doc: Doc, number: _Number, start_char: int, end_char: int) -> bool:
    """ "call 202-555-0147": the number is part of a phone number (matched on a few tokens
    around it; ``doc.text`` is rebuilt on every access, so the whole text is never read)."""
    before = doc[number.start - 1].lower_ if number.start > 0 else ""
    after = doc[number.end] if number.end < len(doc) else None
    counts = after is not None and after.pos_ in ("NOUN", "PROPN")  # "call 300 witnesses" counts them
    if before in DIALLING_VERBS and not number.worded and number.end - number.start == 1 and not counts:
        return True  # "call 101", "dial 911", "text 85258": a number to call, whatever its length
    window = doc[max(0, number.start - 6) : min(len(doc), number.end + 6)]
    offset = window.start_char
    return any(
        offset + match.start() < end_char and start_char < offset + match.end()
        for match in PHONE.finditer(window.text)
    )


def _is_identifier(doc: Doc, number: _Number) -> bool:
    """ "Article 5", "No. 10", "#3", "COVID-19": a number introduced by or glued to a name."""
    before = number.start - 1
    if before < 0:
        return False
    previous = doc[before]
    if previous.text == "The" and not previous.is_sent_start:
        return True  # "Mary J. Blige's show The 411": a title
    word = previous.lower_.rstrip(".")
    if word == "no":  # "No. 2", "no. 2", not "no 3 people"
        return previous.text.endswith(".") or previous.text[0].isupper()
    if previous.text == "." and _lower(doc, before - 1) == "no":
        return True
    if word in ID_WORDS:
        return True
    if word in AIRCRAFT_MAKERS and previous.text[0].isupper():
        return True  # "a Boeing 737", "an ATR 72": a model, not a count
    if previous.text in WIRE_SLUGS and _lower(doc, number.end) in HYPHENS:
        return True  # "UPDATE 2-Brazil central bank holds rate": the story's second update
    if previous.text == ":" and before > 0 and doc[before - 1].text.upper() in STOCK_EXCHANGES:
        return True  # "(TYO: 6821)", "(HKG: 0700)": a stock's code
    glued = not previous.whitespace_ and previous.text in (*HYPHENS, "#", "/")
    return glued and (previous.text in ("#", "/") or (before > 0 and not doc[before - 1].whitespace_))


def _is_year(doc: Doc, candidate: _Candidate) -> bool:
    """ "in 2022", "the 2016 campaign", "2014-2018": four plain digits from 1800 to 2100.
    News writes counts of that size with a separator ("2,000 troops")."""
    return _looks_like_year(doc[candidate.number.start].text) and not candidate.currency and not candidate.percent


def _looks_like_year(text: str) -> bool:
    """ "2022", "2014–2018", "2022.The": four digits from 1800 to 2100, no separator."""
    match = YEAR.match(text)
    return match is not None and 1800 <= int(match[1]) <= 2100


# Plural nouns after an emergency number that still make it the number: "911 calls".
EMERGENCY_NOUNS = frozenset("calls callers dispatchers operators services centers centres lines".split())


def _glued_suffix(doc: Doc, number: _Number) -> bool:
    """ "the 90’s" (a decade), "9/11", "911 caller", "Zero Hedge": numbers that are names."""
    last = doc[number.end - 1]
    if not last.whitespace_ and _lower(doc, number.end) in ("'s", "’s", "s"):
        return True
    first = doc[number.start]
    following = doc[number.end] if number.end < len(doc) else None
    if first.text in ("911", "999", "112") and number.end - number.start == 1:
        # An emergency number ("a 911 call", "dialled 999"), unless it counts something: "112 people"
        counted = following is not None and following.tag_ == "NNS" and following.lower_ not in EMERGENCY_NOUNS
        return not counted
    return number.worded and first.is_title and not first.is_sent_start and following is not None and following.is_title


def _is_age(doc: Doc, number: _Number) -> bool:
    """ "aged 45", "Tyler Crutcher, 40, was …", "children under five": ages are not counts."""
    if _lower(doc, number.start - 1) in AGE_WORDS:
        return True
    if number.value < 130 and _a_persons_age_stated(doc, number):
        return True
    if _lower(doc, number.start - 1) in ("under", "over") and _lower(doc, number.start - 2) in AGED_PEOPLE:
        following = doc[number.end] if number.end < len(doc) else None
        if number.value < 130 and (following is None or following.pos_ not in ("NOUN", "PROPN")):
            return True
    before, after = number.start - 1, number.end
    if number.value < 130 and _lower(doc, before) == "at" and _a_life_event_before(doc, before):
        following = doc[after] if after < len(doc) else None
        return following is None or following.pos_ not in ("NOUN", "PROPN", "NUM")  # "died at 87", not "at 87 sites"
    return (
        number.value < 130
        and before > 0
        and _lower(doc, before) == ","
        and (doc[before - 1].ent_type_ == "PERSON" or doc[before - 1].lower_ in KIN_AND_PEOPLE)
        and (after >= len(doc) or doc[after].is_punct)
    )


# Nouns for people set off with their age like a name: "his son, 12, was hurt".
KIN_AND_PEOPLE = frozenset({"son", "daughter", "brother", "sister", "wife", "husband", "mother", "father", "boy", "girl",
                            "man", "woman", "child", "grandson", "granddaughter", "nephew", "niece", "cousin",
                            "teenager", "pupil", "student", "driver", "victim", "suspect", "partner"})  # fmt: skip


# Verbs after which "at 87" is an age: "died on Sunday at 87", "retired at 60", "married at 19".
LIFE_EVENT_LEMMAS = frozenset({"die", "retire", "marry", "wed", "graduate", "emigrate", "debut", "pass"})


# Whose number after "is"/"was" is an age: "the youngest person arrested is 15", "the oldest 52".
_AGED_SUBJECTS = AGED_PEOPLE | {"person", "suspect", "victim", "boy", "girl", "man", "woman", "child", "youngest", "oldest", "eldest"}


def _a_persons_age_stated(doc: Doc, number: _Number) -> bool:
    """"The youngest person arrested is 15", "the youngest suspect was 15 and the oldest 52": a bare
    number said of a person is an age."""
    after = doc[number.end] if number.end < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return False  # "is 15 pages long"
    if _lower(doc, number.start - 1) in ("oldest", "youngest", "eldest"):
        return True
    token = doc[number.end - 1]
    head = token.head
    if token.dep_ not in ("attr", "acomp") or head.lemma_ != "be":
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in _AGED_SUBJECTS


def _a_life_event_before(doc: Doc, at: int) -> bool:
    head = doc[at].head
    return head.lemma_.lower() in LIFE_EVENT_LEMMAS and head.i < at


# "eight of 10", "six of 100": a share of a round base; "47 of 68 drones" are two counts.
RATIO_BASES = frozenset({10, 100, 1000})


def _is_ratio(doc: Doc, number: _Number) -> bool:
    """ "eight of 10 avocados", "1 in 4 residents", "one of every nine": a share, not a count.
    Both numbers of the ratio are left out."""
    link, following = _lower(doc, number.end), _small_number(doc, number.end + 1)
    if link == "out" and _lower(doc, number.end + 1) == "of":  # "9 out of 10 samples"
        link, following = "of", _small_number(doc, number.end + 2)
    if link == "of" and (following in RATIO_BASES or _lower(doc, number.end + 1) == "every"):
        return True  # "47 of 68 drones" counts: the drones launched and those shot down
    if link == "in" and following is not None and number.value < following:
        return True  # not "$160,000 in 18 years" (below: years are no ratio)
    preceding = _lower(doc, number.start - 1)
    if preceding == "every":
        return True
    before = _small_number(doc, number.start - 2)
    if preceding == "of" and _lower(doc, number.start - 2) == "out":  # the base of "9 out of 10"
        before = _small_number(doc, number.start - 3)
    if preceding == "of":
        return before is not None and number.value in RATIO_BASES
    return preceding == "in" and before is not None


def _small_number(doc: Doc, i: int) -> float | None:
    """The value of token i when it is a plain number that is not a year, else None."""
    if not 0 <= i < len(doc):
        return None
    word = doc[i].lower_
    if word in UNIT_WORDS or word in TENS_WORDS:
        return UNIT_WORDS.get(word, TENS_WORDS.get(word))
    literal = read_literal(doc[i].text)
    if literal is None or literal[2] or (len(word) == 4 and 1800 <= literal[0] <= 2100):
        return None
    return literal[0]


def _is_multiplier(doc: Doc, number: _Number) -> bool:
    """ "three times the rate", "10 times as many": a factor, not a count."""
    return _lower(doc, number.end) == "times" and _lower(doc, number.end + 1) in MULTIPLIER_FOLLOWERS


def _is_address(doc: Doc, number: _Number) -> bool:
    """ "131 West 23rd Street": a house number."""
    window = doc[number.end : min(number.end + 4, len(doc))]
    if not window or not (window[0].is_title or window[0].text[:1].isdigit()):
        return False
    return any(token.lower_.rstrip(".") in ADDRESS_WORDS and token.text[:1].isupper() for token in window)


def _is_bare_one(candidate: _Candidate) -> bool:
    """ "one of them", "one thing", "send one": a lone "one" counts only when hedged ("at least
    one soldier") or in a range ("one or two"); otherwise it is a pronoun or an article."""
    number = candidate.number
    if not (number.worded and number.value == 1 and number.end - number.start == 1):
        return False
    return not (candidate.lower_bound or candidate.approximate or candidate.value_max)


def _is_anaphoric(doc: Doc, candidate: _Candidate) -> bool:
    """ "the two men", "those three countries", "the two raised money": a small number in words
    after a definite determiner refers back to things already counted."""
    number, unit = candidate.number, candidate.unit_token
    if not (number.worded and number.value <= 10):
        return False
    if _lower(doc, number.start - 1) in ANAPHORIC_DETS or doc[max(number.start - 1, 0)].tag_ == "PRP$":
        return True
    return unit is not None and any(
        child.dep_ in ("det", "predet") and child.lower_ in ANAPHORIC_DETS and child.i < number.start
        for child in unit.children
    )


# ---------------------------------------------------------------------------------------------
# Modality, continuation, records


def _modality(token: Token) -> str:
    """reported / expected / planned / hypothetical, from the nearest cue above the number."""
    start = token
    for _ in range(12):  # bounded: a sentence's depth
        cue = _modality_cue(token)
        if cue:
            return cue
        if token.head.i == token.i or token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            break
        if token.dep_ == "prep" and token.lower_ == "of" and token.head.dep_ == "dobj" and token.head.pos_ == "NOUN":
            cue = _modality_cue(token.head.head)  # "expects revenue of $4.5 billion": the object's figure
            if cue:
                return cue
        if token.dep_ == "prep" and token.lower_ not in MODAL_PREPOSITIONS:
            break  # "with 1,200 rescue workers already in the region", "abolish it for 20 million"
        if token is not start and token.pos_ in ("NOUN", "PROPN"):
            return _forecast_above(token) or "reported"  # "munitions …, including millions of shells": cues above it are another's
        token = token.head
    return _forecast_above(token) or "reported"


def _forecast_above(noun: Token) -> str | None:
    """"forecasts for a draw of 1 million barrels", "a target of 2%": a figure inside a forecast or
    target noun is expected or planned."""
    for _ in range(3):
        lemma = noun.lemma_.lower()
        if noun.pos_ == "NOUN" and lemma in FORECAST_NOUNS:
            return "expected"
        if noun.pos_ == "NOUN" and lemma in TARGET_NOUNS:
            return "planned"
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("of", "for", "at") or prep.head.pos_ != "NOUN":
            return None
        noun = prep.head
    return None


def _modality_cue(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    is_verb = token.pos_ in ("VERB", "AUX")
    if lemma in PLANNED_LEMMAS and token.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
        return "planned"
    if lemma in EXPECTED_LEMMAS and token.pos_ in ("VERB", "AUX", "ADJ"):
        return "expected"
    if lemma == "see" and token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children):
        return "expected"  # "inflation is seen between 2% and 2.5% next year"
    for child in token.children:
        word, child_lemma = child.lower_, child.lemma_.lower()
        if lemma == "be" and child.dep_ == "nsubj" and child_lemma in PLANNED_LEMMAS:
            return "planned"  # "the plan is to deploy 6,000"
        if is_verb and child.dep_ == "dobj" and child_lemma in FORECAST_NOUNS and child.pos_ == "NOUN":
            return "expected"  # "raised its Brent forecast to $82-$86"
        if is_verb and child.dep_ == "mark" and word in HYPOTHETICAL_MARKS:
            return "hypothetical"
        if is_verb and child.dep_ == "aux" and word in HYPOTHETICAL_AUX:
            # "officials said 3,000 would be sent": reported speech turns "will" into "would"
            return "expected" if word in ("would", "'d") and token.dep_ == "ccomp" else "hypothetical"
        if is_verb and child.dep_ == "aux" and word in EXPECTED_AUX:
            return "expected"
        if child.dep_ == "amod" and child_lemma in PLANNED_LEMMAS:
            return "planned"
        if child.dep_ == "amod" and child_lemma in EXPECTED_LEMMAS and child_lemma != "likely":
            return "expected"  # ("1,204 likely voters" are a kind of voter, counted now)
        if child.dep_ == "amod" and child_lemma in HYPOTHETICAL_LEMMAS:
            return "hypothetical"
    return None


def _continues_a_count(doc: Doc, candidate: _Candidate) -> bool:
    """ "…, with the number expected to climb to 9,000": a bare number that a verb such as reach,
    rise or total ties to an earlier count, or the subject of a clause joined to the count's
    ("five people died and 12 were injured"), takes that count's unit."""
    token = _root(doc, candidate.number)
    if token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") and token.i > token.head.i:
        return True  # "145,000 of the units were sold in the US and 22,000 in Canada": the verb left out
    if token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.head.dep_ == "conj" and token.head.head.pos_ in ("VERB", "AUX"):
        # "five people died and 12 were injured", "killing 23 people and injuring 300": the next
        # clause counts the same people
        return True
    for _ in range(3):  # number → (preposition →) verb
        token = token.head
        if token.lemma_.lower() in CONTINUATION_LEMMAS:
            return True
        if token.pos_ != "ADP":
            return False
    return False


def _changing_subject(doc: Doc, candidate: _Candidate) -> str | None:
    """ "Measles cases tripled to 127,350": with no count before it, the number counts what the
    verb's plural subject names."""
    token = _root(doc, candidate.number)
    for _ in range(3):
        token = token.head
        if token.lemma_.lower() in CONTINUATION_LEMMAS:
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.tag_ == "NNS" and subject.lower_ not in MEASURE_NOUNS:
                return _unit_text(subject, subject.left_edge.i)
            return None
        if token.pos_ != "ADP" and token.dep_ != "npadvmod":
            return None
    return None


def _to_record(doc: Doc, candidate: _Candidate) -> Quantity:
    phrase = doc[candidate.start : candidate.end]
    start_char, end_char, text = phrase.start_char, phrase.end_char, phrase.text
    if candidate.number.end_char is not None and candidate.end == candidate.number.end:
        end_char = candidate.number.end_char  # "12,000" of "12,000.Photo"
        text = text[: end_char - start_char]
    last = doc[candidate.end - 1]
    if text.endswith(".") and len(last) > 1 and (candidate.end == len(doc) or doc[candidate.end].is_sent_start):
        end_char, text = end_char - 1, text[:-1]  # "70 km/h.": the sentence's full stop on the unit
    return Quantity(
        text=text,
        span=(start_char, end_char),
        value=_plain(candidate.number.value),
        unit=candidate.unit,
        value_max=_plain(candidate.value_max),
        entity=_entity_id(doc, candidate, start_char, end_char),
        approximate=candidate.approximate,
        lower_bound=candidate.lower_bound,
        currency=candidate.currency,
        modality=_modality(candidate.unit_token or candidate.percent_token or _currency_noun(doc, candidate) or _root(doc, candidate.number)),
    )


def _currency_noun(doc: Doc, candidate: _Candidate) -> Token | None:
    """"euros" in "would cost 300 million euros": the noun the amount hangs on, read for modality."""
    last = doc[candidate.end - 1]
    return last if candidate.currency and last.is_alpha and last.pos_ == "NOUN" else None


def _entity_id(doc: Doc, candidate: _Candidate, start_char: int, end_char: int) -> str | None:
    """The entity named inside the counted phrase ("3,000 North Korean troops"), else the owner
    of the counted noun ("Ukraine's 3,000 troops")."""
    entity = entity_at(doc, start_char, end_char)
    if entity is None and candidate.unit_token is not None:
        for child in candidate.unit_token.children:
            if child.dep_ == "poss":
                owner = doc[child.left_edge.i : child.i + 1]
                entity = entity_at(doc, owner.start_char, owner.end_char)
                break
    return entity.id if entity else None


def _plain(value: float | None) -> float | None:
    """3000.0 → 3000 and 65400000000.00001 (65.4 × 1e9 in floats) → 65400000000, so records
    read as written; fractions stay floats."""
    if value is None:
        return None
    nearest = round(value)
    return int(nearest) if abs(value - nearest) <= 1e-9 * max(1.0, abs(value)) else value
