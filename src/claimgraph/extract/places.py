"""claimgraph_places: find every place the text names and geocode it offline.

Mentions come from these sources, from most to least trusted:

1. the model's GPE, LOC and FAC entities (when a whole GPE is unknown to the gazetteer, a known
   name inside it: "Northeast Georgia", "the Marion County Jail");
2. streets and roads ("Shamrock Street", "County Road 43"): places without a gazetteer point;
3. the model's other entities (ORG, PRODUCT, PERSON, ...) whose whole text is a gazetteer name,
   when the context says it is a place: the model calls "Kursk" a product and "Ussuriysk" an
   organisation. These are relabelled GPE (LOC for continents) in ``doc.ents``;
4. place names inside organisation names ("the Springfield Police Department", "University of
   Minnesota"), and capitalised proper nouns the model missed, with the same check.

Demonyms ("Russian", NORP) are never places, but they are context: "the Russian
region of Kursk" puts Kursk in Russia.

Each mention's candidates are scored by a population prior and the context: a qualifier ("Kazan,
Russia"; "Paris, Texas"; "Alexandria, La."), a country named just before ("Russia's Ussuriysk"),
region words ("the region of Kursk" is the oblast), the countries and regions the rest of the
article names, and nearness to the article's other places. The best candidate gives the Place;
a name repeated without evidence of its own then takes the place its evidenced mention got.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..records import Place
from .entities import PLATFORMS, TITLES, cut_amounts_from_names, is_club_name, sentence_of
from .gazetteer import COUNTRY_ALIASES, Gazetteer, GazetteerEntry, haversine_km, load_gazetteer, name_key

Source = Literal["model", "street", "division", "mislabel", "inside", "scan", "qualifier"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels the small model gives places by mistake; NORP is left alone (demonyms are not places).
# Words in capitals that open place names ("SAN JOSÉ", "LA PAZ", "NEW DELHI", "ST. LOUIS").
NAME_PARTICLES = frozenset("SAN LA LAS LOS EL NEW ST SAO DE DEL DA DOS AL ABU PORT FORT".split())
# Nations inside a state, which the model tags as people as it does countries ("rural Wales").
NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})
# Countries whose names are also people's given names: a "person" so named is one unless listed with countries.
GIVEN_NAME_COUNTRIES = frozenset({"chad", "jordan", "georgia", "india", "kenya", "china"})
# Nouns after a country's name that make it something else: "the Niger river", "the Congo basin".
FEATURE_NOUNS = frozenset({"river", "basin", "delta", "valley", "lake", "mountains", "region", "desert"})
# A town this size may be what a dateline names in place of a region or country of that name.
DATELINE_CITY_POPULATION = 50_000
MISLABELS = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
# Labels whose names may hold a place ("the Springfield Police Department").
HOLDERS = frozenset({"ORG", "FAC", "EVENT", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "PERSON"})
# Words before a name that make it a place ("in Kursk", "outside Alexandria").
LOCATIVE_WORDS = frozenset(
    "in at near from outside to into across around toward towards via through throughout within "
    "inside between off nearby".split()
)
STRONG_LOCATIVE_WORDS = frozenset("in near outside inside throughout across".split())
# Nouns that, before "of" or after a name, say the name is a place ("the region of Kursk").
PLACE_NOUNS = frozenset(
    "region province state oblast city town village county parish district capital suburb suburbs "
    "outskirts area republic krai territory port island prefecture governorate municipality "
    "township borough".split()
)
# Plural region nouns before a list of regions: "the provinces of Malatya and Adiyaman".
PLURAL_REGION_NOUNS = frozenset(
    "regions provinces states oblasts districts prefectures governorates territories republics".split()
)
# Nouns that say a name after "of" is a town: "the town of Pütürge".
TOWN_NOUNS = frozenset("town city village hamlet port suburb township".split())
# Place nouns right before a name that they name: "the capital Colombo", "the village Dvani".
NAMING_PLACE_NOUNS = frozenset("capital city town village hamlet suburb".split())
# Offices and people "of" a place: "the mayor of Sligo", "residents of Whitestown".
OFFICE_NOUNS = frozenset("mayor governor residents citizens inhabitants".split())
OF_NOUNS = PLACE_NOUNS | OFFICE_NOUNS
REGION_NOUNS = frozenset(
    "region province state oblast county parish district republic krai territory prefecture "
    "governorate".split()
)
# Words after a place inside an organisation's name that make it that place's institution.
INSTITUTION_WORDS = frozenset(
    "police sheriff sheriff's sheriff’s fire city county township village town school schools high "
    "middle elementary public board council department dept court courthouse jail hospital "
    "medical regional metropolitan municipal state area community district library airport "
    "chamber university college house senate legislature assembly government water parks park "
    "health housing transit state's superior magistrates magistrates' magistrates’ circuit citizens "
    "education redevelopment junior correctional volunteer senior environmental "
    "selectman selectmen".split()
)
# Nouns after a name that make the whole another feature: "Baltic Sea" is not Baltic, Ohio.
TERRAIN_WORDS = frozenset(
    "sea ocean mountains mountain mount river lake valley delta gulf bay strait channel desert "
    "forest peninsula island islands canal basin coast plain plains range creek".split()
)
# Terrain words that alone, inside a longer name, are that terrain and no village of the name
# ("the Jefferson National [Forest]"); "Delta" and "Range" are towns often enough.
GENERIC_TERRAIN_WORDS = TERRAIN_WORDS - {"delta", "range", "plain"}
# The last word of a place no gazetteer here knows: "the Gaza Strip", "the Aleutian Islands".
UNKNOWN_PLACE_WORDS = TERRAIN_WORDS | frozenset({"strip", "union", "ossetia", "territories"})
# Compass words before a name ("Northeast Georgia", "northern Virginia"): the place is the name.
DIRECTION_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern "
    "western central upper lower downtown greater metro".split()
)
# "Court" and "Way" are left out: they end more institutions ("Superior Court", "United Way").
STREET_WORDS = frozenset(
    "street st road rd avenue ave drive dr lane ln boulevard blvd highway hwy parkway pkwy circle "
    "trail pike terrace".split()
)
STREET_ABBREVIATIONS = frozenset({"st", "rd", "ave", "dr", "ln", "blvd", "hwy", "pkwy"})
ROUTE_WORDS = frozenset({"highway", "road", "route", "interstate", "hwy"})
# Plural nouns after a list of names: "Elmwood and Carver streets", "Banks and Hart counties".
PLURAL_STREET_WORDS = frozenset("streets avenues roads drives boulevards".split())
PLURAL_DIVISION_WORDS = {"counties": "County", "parishes": "Parish"}
# Nouns after a name that make it the home of people or local services: "a Bemidji woman",
# "Hartford police", "Bemidji police station", "a Macon native" (local news names towns so).
RESIDENT_NOUNS = frozenset(
    "man men woman women boy boys girl girls teen teens teenager couple "
    "residents native natives police officer officers officials official pupils students student "
    "home homes neighborhood neighborhoods neighbourhood taxi voters business businesses "
    "homeowners company companies restaurant restaurants hospital hospitals store stores "
    "mayor resident firefighters councillor councillors shop shops pub neighbors "
    "neighbours developer developers economy farmers farmer suburb suburbs".split()
)
# Party letters before a legislator's district: "Lena Ortiz, DFL-Hibbing", "Amy Castle, D-Mont.".
PARTY_LETTERS = frozenset({"R", "D", "I", "DFL"})
ROUTE_PREFIXES = frozenset({"county", "state", "u.s.", "us", "farm"})
LEADING_WORDS = frozenset({"the"})
# Words that are also the name of some village ("Police" in Poland, "Republic" in Missouri): alone,
# inside a longer name or found by the scan, they are not that village.
GENERIC_WORDS = (
    PLACE_NOUNS | REGION_NOUNS | DIRECTION_WORDS | STREET_WORDS | INSTITUTION_WORDS
    | frozenset(
        "republic kingdom union federation united states national court lane ridge lake river mount "
        "island islands bay beach park valley hill hills creek springs falls center centre church "
        "street office department police university college hospital school county city supreme "
        "superior commerce justice gulf bank fund reserve agency authority commission ministry institute "
        "foundation group company corporation party association committee trust exchange line tour".split()
    )
)
MAX_SCAN_WORDS = 4
# How far apart two towns named as a route's ends ("between A and B") may be.
ROUTE_KM = 800.0
# A city this big listed with the article's places is one of them however far ("Kharkiv, Zaporizhzhia
# and Odesa", where the model took two for a person and missed one).
LISTED_CITY_POPULATION = 100_000
LOC_POPULATION = 10_000
CITY_REGION_KM = 30.0
BIG_CITY_POPULATION = 200_000
SCANNED_CITY_POPULATION = 500_000  # a region's point this close to its namesake city's: the region is that city  # the model's LOC are regions, seas, mountains: not villages


@dataclass
class Weights:
    """How much each piece of evidence counts; the population prior is log10(population + 1)."""

    qualifier: float = 10.0  # "Kazan, Russia"
    country_hint: float = 5.0  # "Russia's Ussuriysk", "the Russian region of Kursk"
    region_word: float = 4.0  # "the region of Kursk" → the oblast, not the city
    article_country: float = 3.0  # times the share of the article's places in that country
    article_region: float = 2.5  # the article names the candidate's state or region
    near: float = 2.5  # within near_km of a place the article's other names were resolved to
    near_km: float = 150.0
    support: float = 1.5  # per other name with a candidate near this one (or the region it is in)
    support_cap: int = 3
    support_km: float = 100.0
    # The text is the place's own name, not one of its alternate names. Places found by an alternate
    # name get no support from their neighbours either: old or foreign names ("Egypt" was a name of
    # Uhrichsville, Ohio; "Mexico" one of Mexico City) are rarely what the text means.
    primary_name: float = 1.5
    country: float = 2.0  # countries over towns of the same name ("Georgia" is more often one)
    region: float = 0.0
    region_population: int = 300_000  # the least population a region counts with ("England")
    capital: float = 0.0  # tried: a capital's bonus costs more small namesakes than it wins
    capital_over_region: float = 2.0  # but a capital beats a far region of its country and name
    county: float = 4.0  # no population is known; "X County" names are rarely ambiguous
    water: float = 12.0  # a sea's or strait's full name is that water, not a province named after it
    unknown_population: float = 1.0  # small US postal towns
    # A town named after a country or region it is not, in a list of those, or named after a
    # country in a story that names several countries ("Egypt" is no Illinois town there).
    namesake: float = 6.0
    # A region of the country whose regions the list names: "Quebec, Ontario, Alberta and Nova
    # Scotia" are Canada's provinces, though Ontario, California is a larger town than most.
    listed_region: float = 6.0
    namesake_population: int = 100_000
    international_countries: int = 3  # a story naming this many countries is about the world


@Language.factory("claimgraph_places", default_config={"scan": True, "relabel": True})
def make_places(nlp: Language, name: str, scan: bool, relabel: bool) -> PlaceResolver:
    return PlaceResolver(nlp, scan=scan, relabel=relabel)


@dataclass
class Mention:
    start: int  # token offsets into the Doc
    end: int
    candidates: list[GazetteerEntry]
    source: Source
    ent: Span | None = None  # the model's entity it is (not only inside of)
    feature: str | None = None  # for places no gazetteer knows: R.ST (a street), R.RD (a road)
    qualifier: Mention | None = None  # the place after its comma: "Kazan, [Russia]"
    qualifies: bool = False  # it is such a qualifier itself
    country_hint: str | None = None
    region_word: bool = False
    ends_list: bool = False  # a qualifier with no further name listed after it ("Bolivia." in "El Alto, Bolivia.")
    locative: bool = False
    strong_locative: bool = False  # "in", "near", "outside": not "to" or "from", said of people too
    institution: bool = False  # "[Springfield] Police Department"
    dateline: bool = False  # "LAKEVILLE — The town council ..."
    modifier: bool = False  # a name set before a noun: "U.S. inflation data", "Kenyan-born"
    acting: bool = False  # the subject of a verb: "Washington welcomed the deal" (its government)
    # "a Bemidji woman", "Ana Petrovic of Glastonbury", "Lena Ortiz, DFL-Hibbing": where people live.
    home: bool = False
    district: bool = False  # a legislator's district: "DFL-Hibbing"
    route: bool = False  # one end of a route between two towns: "between Umeå and Luleå"
    named_town: bool = False  # "the town of Pütürge"
    listed: bool = False  # in a list of countries or regions: "Alabama, Arizona, Arkansas"
    items: list[Mention] = field(default_factory=list)  # its neighbours in a list: "Lancaster, [Pickerington]"
    container: str | None = None  # the label of the entity a name was found inside
    key: str = ""
    chosen: GazetteerEntry | None = None
    scores: list[float] = field(default_factory=list)

    @property
    def trusted(self) -> bool:
        return self.source in ("model", "street", "division")


class PlaceResolver:
    """The component: ``doc._.places`` gets one Place per place mention, in text order."""

    def __init__(
        self,
        nlp: Language | None = None,
        scan: bool = True,
        relabel: bool = True,
        weights: Weights | None = None,
    ) -> None:
        self.scan = scan
        self.relabel = relabel
        self.weights = weights or Weights()
        self._gazetteer: Gazetteer | None = None

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:  # loaded at the first Doc, so that loading the pipeline stays fast
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        cut_amounts_from_names(doc)  # "fined |Meta 450 million euros|": no place inside a fine
        gazetteer = self.gazetteer
        view = TokenView(doc)
        mentions = find_mentions(view, gazetteer, scan=self.scan)
        mentions = link_context(view, mentions, gazetteer)
        resolve(mentions, self.weights)
        listed_as_regions(mentions, gazetteer)
        accepted = accept(mentions, person_words(doc), surnames(doc))
        for m in accepted:  # chosen after acceptance, which reads a region's evidence as a region's
            if m.chosen is not None and m.chosen.feature == "A.ADM1" and not m.region_word:
                m.chosen = city_of_region(m.chosen, m.candidates) or m.chosen
        if self.relabel:
            relabel_entities(doc, [m for m in accepted if m.source in ("mislabel", "scan") and m.chosen])
        doc._.places = [to_place(doc, m) for m in accepted]
        return doc


# ----------------------------------------------------------------------------------------------
# Finding mentions.


def is_region_name(word: str, gazetteer: Gazetteer) -> bool:
    return any(c.is_country or c.feature == "A.ADM1" for c in gazetteer.lookup(word))


def find_streets(words: list[str], names: list[bool], gazetteer: Gazetteer) -> list[Mention]:
    """Streets ("Shamrock Street", "E. Broad St.") and numbered roads ("County Road 43", "I-95").

    A scan over the words rather than a spaCy Matcher: the Matcher's "one or more capitalised
    words" pattern costs more than everything else this component does.
    """
    found: list[Mention] = []
    taken = -1
    n = len(words)
    for i, word in enumerate(words):
        lower = word.lower().rstrip(".")
        if i <= taken:
            continue
        if lower in ROUTE_WORDS and word[:1].isupper() and i + 1 < n and words[i + 1][:1].isdigit():
            start = i - 1 if i > 0 and words[i - 1].lower() in ROUTE_PREFIXES else i
            found.append(Mention(start, i + 2, [], "street", feature="R.RD"))
            taken = i + 1
        elif word.startswith("I-") and word[2:].isdigit():
            found.append(Mention(i, i + 1, [], "street", feature="R.RD"))
        elif lower in STREET_WORDS and word[:1].isupper() and i > 0 and not _doctor_before_name(words, i):
            start = i
            while start > 0 and start - 1 > taken and names[start - 1]:
                if lower in ROUTE_WORDS and is_region_name(words[start - 1], gazetteer):
                    break  # "[Minnesota] Highway", "[S.C.] Highway": the state is a place of its own
                start -= 1
            if start < i:
                # "E. Broad St." keeps its full stop; "on King Street." ends a sentence
                end = i + 2 if i + 1 < n and words[i + 1] == "." and lower in STREET_ABBREVIATIONS else i + 1
                found.append(Mention(start, end, [], "street", feature="R.ST"))
                taken = end - 1
    return found


# Words that open a sentence after a street's "Dr.": "… on Elm Dr. The fire …".
_SENTENCE_OPENERS = frozenset("the a an it he she they we in on at this that there police officials".split())


def _doctor_before_name(words: list[str], i: int) -> bool:
    """"Secretary-General Dr. Otieno Mbugua": "Dr." before a name is a title, not a drive."""
    if words[i].lower().rstrip(".") != "dr":
        return False
    after = i + 2 if i + 1 < len(words) and words[i + 1] == "." else i + 1
    return after < len(words) and words[after][:1].isupper() and words[after].lower() not in _SENTENCE_OPENERS


def find_listed_names(words: list[str], names: list[bool], gazetteer: Gazetteer) -> list[Mention]:
    """Names listed before a plural street or division noun: "Elmwood and Carver streets" are
    two streets, "Banks, Franklin and Hart counties" three counties (the model takes such names
    for people or organisations, and alone "Banks" would be a town)."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        lower = word.lower()
        if lower not in PLURAL_STREET_WORDS and lower not in PLURAL_DIVISION_WORDS:
            continue
        listed = listed_before(words, names, i)
        if lower in PLURAL_STREET_WORDS and len(listed) < 2:
            continue  # "“Entire streets were flooded”": one capitalised word before the plural is no list
        for start, end in reversed(listed):
            if lower in PLURAL_STREET_WORDS:
                found.append(Mention(start, end, [], "street", feature="R.ST"))
                continue
            name = f"{' '.join(words[start:end])} {PLURAL_DIVISION_WORDS[lower]}"
            counties = [c for c in gazetteer.lookup(name) if c.feature == "A.ADM2"]
            if counties:
                found.append(Mention(start, end, counties, "division"))
    return found


def listed_before(words: list[str], names: list[bool], end: int, max_words: int = 3) -> list[tuple[int, int]]:
    """The (start, end) of each name (``names`` marks its words) in the list that ends at ``end``,
    nearest first:
    "Banks, Franklin or Hart [counties]", "Polk, Clay and Lake [counties]"."""
    spans: list[tuple[int, int]] = []
    while True:
        start = end
        while start > 0 and end - start < max_words and names[start - 1]:
            start -= 1
        while start < end and words[start].lower() in LEADING_WORDS:
            start += 1
        if start == end:
            return spans
        spans.append((start, end))
        end = start
        if end > 0 and words[end - 1] in ("and", "or", "&"):
            end -= 1
            if end > 0 and words[end - 1] == ",":
                end -= 1
        elif end > 0 and words[end - 1] == ",":
            end -= 1
        else:
            return spans


class TokenView:
    """A Doc whose tokens are made once: ``doc[i]`` builds a new Token object each time, and this
    component looks at the tokens around every mention many times."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = list(doc)
        # Doc.text joins every token's text anew on each call, making each Token again.
        self.text = "".join(token.text_with_ws for token in self.tokens)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.doc[index]
        return self.tokens[index]

    def __len__(self) -> int:
        return len(self.tokens)

    def text_of(self, start: int, end: int) -> str:
        """The text of ``doc[start:end]``, without making a Span and its Tokens."""
        last = self.tokens[end - 1]
        return self.text[self.tokens[start].idx : last.idx + len(last)]

    def __iter__(self):
        return iter(self.tokens)

    def __getattr__(self, name: str):
        return getattr(self.doc, name)


def find_mentions(doc: Doc, gazetteer: Gazetteer, scan: bool = True) -> list[Mention]:
    if not isinstance(doc, TokenView):
        doc = TokenView(doc)
    tokens = doc.tokens
    words = [token.text for token in tokens]
    names = [
        is_name_token(token) or before_resident_noun(tokens, i) or after_party_letter(tokens, i)
        or capital_particle(tokens, i)
        for i, token in enumerate(tokens)
    ]
    mentions = find_streets(words, names, gazetteer)
    # The tagger takes rare names for nouns ("Tensas"); a capital that does not open a sentence will do.
    capitalised = [t.text[:1].isupper() and (t.pos_ == "PROPN" or not t.is_sent_start) for t in tokens]
    listed = find_listed_names(words, capitalised, gazetteer)
    mentions += [m for m in listed if not any(overlaps(m, street) for street in mentions)]
    mentions += [m for m in slashed_dateline(doc, gazetteer) if not any(overlaps(m, other) for other in mentions)]
    covered: set[int] = set()  # tokens that are (or are inside) a mention
    for m in mentions:
        covered.update(range(m.start, m.end))
    in_ents: set[int] = set()
    for ent in joined_entities(doc, gazetteer):
        in_ents.update(range(ent.start, ent.end - len(name_after_time(ent))))
        if covered.intersection(range(ent.start, ent.end)):
            continue
        if ent.label_ == "NORP":  # a demonym, or a town the model took for one ("Columbus", "Shiloh")
            if gazetteer.demonym_country(ent.text) is None and looks_like_name(ent):
                # Only towns: "Jewish" is also the name of a Russian region, and still no place. A region
                # too where the words say so: "Herat province", "in Punjab".
                regional = (ent.end < len(doc) and doc[ent.end].lower_ in REGION_NOUNS) or is_locative(doc, ent.start)
                candidates = [
                    c for c in gazetteer.lookup(ent.text)
                    if c.feature.startswith("P.") or (regional and c.feature == "A.ADM1")
                ]
                if candidates:
                    mentions.append(Mention(ent.start, ent.end, candidates, "mislabel", ent=ent))
                    covered.update(range(ent.start, ent.end))
            continue
        start, end = trim(doc, ent.start, ent.end)
        if start >= end:
            continue
        end = hyphenated_end(doc, start, end, gazetteer)
        found = mentions_in_entity(doc, ent, start, end, gazetteer)
        for m in found:
            covered.update(range(m.start, m.end))
        mentions += found
    mentions += short_forms_in_brackets(doc, mentions, gazetteer, covered)
    if scan:
        mentions += scan_names(doc, words, names, gazetteer, covered | in_ents)
    for m in mentions:
        m.key = name_key(doc.text_of(m.start, m.end))
    # Demonyms are never places, whatever the model or a village's alternate name says.
    mentions = [m for m in mentions if m.key not in gazetteer.demonyms or m.source == "street"]
    mentions = [
        m for m in mentions
        if not is_title_before_name(doc, m) and not in_byline(doc, m) and not names_a_saint(doc, m)
        and not names_a_planet(doc, m) and not names_a_house(doc, m)
    ]
    mentions.sort(key=lambda m: m.start)
    return mentions


PLANETS = frozenset({"Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto"})


def names_a_planet(doc: Doc, m: Mention) -> bool:
    """"The probe will reach Jupiter in 2030": a planet, unless a state or country follows to say
    it is the town ("Jupiter, Fla.", "Venus, Texas")."""
    if doc.text_of(m.start, m.end) not in PLANETS:
        return False
    qualified = m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].text[:1].isupper()
    return not qualified


# The houses of South Asian legislatures: "Lok Sabha" is no town of Libya's Sabha.
HOUSE_WORDS = frozenset({"Lok", "Rajya", "Vidhan", "Jatiya"})


def names_a_house(doc: Doc, m: Mention) -> bool:
    return m.start > 0 and doc[m.start - 1].text in HOUSE_WORDS


SAINTS_BUILDINGS = frozenset("basilica cathedral church chapel abbey square college hospital school priory".split())


def names_a_saint(doc: Doc, m: Mention) -> bool:
    """"St. Peter's Basilica", "St Mary's Hospital": the saint a building is named after, not a
    town called St Peter (Jersey)."""
    first = doc[m.start].text.rstrip(".").lower()
    if first not in ("st", "saint") or m.end + 1 >= len(doc):
        return False
    return doc[m.end].tag_ == "POS" and doc[m.end + 1].lower_ in SAINTS_BUILDINGS


BYLINE = re.compile(r"By\s+(?:[A-Z][\w'’.-]*\s*(?:,|and|&)?\s*){1,6}")


def in_byline(doc: Doc, m: Mention) -> bool:
    """"By Marta Ruiz" on a line of its own: the author's name, not the town of Marta."""
    text = doc.text
    start = doc[m.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    return BYLINE.fullmatch(line) is not None


def short_forms_in_brackets(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer, covered: set[int]) -> list[Mention]:
    """"the United Arab Emirates (UAE)": a short form in brackets right after a place is
    that place (the model rarely tags it), when the gazetteer knows it as a name of one of its candidates."""
    found = []
    by_start = {m.start: m for m in mentions if m.end == m.start + 1}
    for m in mentions:
        i = m.end
        if i + 2 >= len(doc) or doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        short = doc[i + 1].text
        if not short[:1].isupper() or len(short) < 2:
            continue
        candidates = [c for c in gazetteer.lookup(short) if c in m.candidates]
        if not candidates:
            continue
        mislabelled = by_start.get(i + 1)
        if mislabelled is not None and mislabelled.source == "mislabel":  # the model's "(NSW)" organisation
            mislabelled.candidates, mislabelled.qualifies = candidates, True
        elif i + 1 not in covered:
            found.append(Mention(i + 1, i + 2, candidates, m.source, ent=m.ent))
            covered.add(i + 1)
    return found


def hyphenated_end(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> int:
    """Where a name the model cut at a hyphen ends: "[Guinea]-Bissau" is Guinea-Bissau, not Guinea."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", "–") or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return end
    if not doc[end + 1].text[:1].isupper() or not gazetteer.lookup(doc.text_of(start, end + 2)):
        return end
    return end + 2


def joined_entities(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """The model's entities, with a place it split in two made whole again when the whole is a
    gazetteer name: "[Democratic Republic] of the [Congo]" is one country, and not the other Congo."""
    ents = list(doc.ents)
    joined: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        after = ents[i + 1] if i + 1 < len(ents) else None
        if (
            after is not None
            and ent.label_ in PLACE_LABELS
            and after.label_ in PLACE_LABELS
            and all(t.lower_ in ("of", "the") for t in doc[ent.end : after.start])
            and after.start - ent.end <= 2
        ):
            start, end = trim(doc, ent.start, after.end)
            if start < end and gazetteer.lookup(doc.text_of(start, end)):
                joined.append(Span(doc.doc, ent.start, after.end, label=ent.label_))
                i += 2
                continue
        joined.append(ent)
        i += 1
    return joined


# Names of months and days: a time expression's own words, never the place a scan looks for.
CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)


def name_after_time(ent: Span) -> list[Token]:
    """The proper names a date or time entity swallowed after its own words ("February, [North
    Dakota]", "9:40 a.m. [Harris County]"): left to the scan, like any name outside entities."""
    if ent.label_ not in ("DATE", "TIME"):
        return []
    tail: list[Token] = []
    for token in reversed(ent):
        if token.pos_ != "PROPN" or token.lower_.rstrip(".") in CALENDAR_WORDS:
            break
        tail.insert(0, token)
    return tail if len(tail) < len(ent) else []


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def mentions_in_entity(doc: Doc, ent: Span, start: int, end: int, gazetteer: Gazetteer) -> list[Mention]:
    """The place an entity is, or the places inside it."""
    label = ent.label_
    if end - start == 1 and doc[start].lower_ in GENERIC_WORDS:
        return []
    if end - start >= 2 and is_club_name(doc.text_of(start, end), doc[end] if end < len(doc) else None, sentence_of(doc[start])):
        return []  # "Leicester City signed him": the club, not the city
    if label in PLACE_LABELS:
        candidates = lookup_span(doc, start, end, gazetteer)
        if label == "LOC":
            candidates = [c for c in candidates if c.population >= LOC_POPULATION or c.feature[0] != "P"]
        if candidates:
            return [Mention(start, end, candidates, "model", ent=ent)]
        inner = places_inside(doc, start, end, gazetteer)
        if label != "FAC":  # "Northeast Georgia": the model's place is that place, if the rest is generic
            inner = [
                m for m in inner if only_generic_around(doc, start, end, m) or is_division_by_name(doc, m)
            ]
            # "the Mekong Delta": a feature's noun ending a longer name is no region named so (Delta, Nigeria)
            inner = [m for m in inner if not (m.end == end and m.start > start and doc[m.start].lower_ in FEATURE_NOUNS)]
            for m in inner:
                m.source = "model"
        if inner:
            return inner
        if label != "FAC" or looks_like_name(doc[start:end]):
            return [Mention(start, end, [], "model", ent=ent)]
        return []
    if label in ("DATE", "TIME") and looks_like_name(doc[start:end]):  # "In Niger, …" read as a date
        countries = [c for c in lookup(gazetteer, doc.text_of(start, end)) if c.is_country]
        return [Mention(start, end, countries, "mislabel", ent=ent)] if countries else []
    if label in MISLABELS and looks_like_name(doc[start:end]):
        candidates = lookup(gazetteer, doc.text_of(start, end))
        if candidates:
            return [Mention(start, end, candidates, "mislabel", ent=ent)]
    if label in HOLDERS:
        inner = places_inside(doc, start, end, gazetteer, organisation=label == "ORG")
        for m in inner:
            m.container = label
        return inner
    return []


def is_division_by_name(doc: Doc, m: Mention) -> bool:
    """Whether the name is a country's, region's or county's own: "[Pike County] Commissioners"."""
    key = name_key(doc.text_of(m.start, m.end))
    return any(c.feature in ("A.PCLI", "A.ADM1", "A.ADM2") and name_key(c.name) == key for c in m.candidates)


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive or punctuation from an entity's tokens."""
    while start < end and (doc[start].lower_ in LEADING_WORDS or doc[start].is_punct):
        start += 1
    if end - start > 2 and doc[start].text in PARTY_LETTERS and doc[start + 1].text == "-":
        start += 2  # "D-Iowa City": a legislator's district, without the party letter
    while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_punct):
        if doc[end - 1].text == "." and end - start > 1 and len(doc[end - 2].text) <= 4:
            break  # "La." and "U.S." keep their full stop
        end -= 1
    if end - start > 1 and doc[end - 1].text in ("county", "counties", "parish", "borough"):
        end -= 1  # "a Texas county": one of the state's counties, not Texas County, Missouri
    return start, end


def lookup(gazetteer: Gazetteer, text: str) -> list[GazetteerEntry]:
    """The gazetteer's candidates, less a state's abbreviation written without its full stop
    ("Miss Smith" is not Mississippi, "Wash" not Washington)."""
    candidates = gazetteer.lookup(text)
    states = [c for c in candidates if c.feature == "A.ADM1"]
    if states and text.endswith(".") and text.count(".") == 1 and len(text) <= 6:
        return states  # "Houma, La.": an abbreviation with one full stop is the state's ("L.A." is the city)
    if len(text) <= 5 and "." not in text and text[:1].isupper() and not text.isupper():
        key = name_key(text)
        candidates = [c for c in candidates if c.feature != "A.ADM1" or name_key(c.name) == key]
    if len(text) <= 3 and text.isupper() and text.isalpha():
        # "AI", "EU": letters are a country's or a state's code, or some village's other name (Baxter, US)
        candidates = [c for c in candidates if c.is_country or c.feature in ("A.ADM1", "A.ADM2") or c.population >= 100_000]
    return candidates


def lookup_span(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """Candidates for the span's text, or for it without a trailing place noun ("Kursk region")."""
    candidates = lookup(gazetteer, doc.text_of(start, end))
    if not candidates and end - start > 1 and doc[end - 1].lower_ in PLACE_NOUNS:
        candidates = lookup(gazetteer, doc.text_of(start, end - 1))
    if not candidates and doc[start].text[:1].isupper():
        # Local news names a county without the word: "Avoyelles", "Tensas", "Banks".
        text = doc.text_of(start, end)
        candidates = [
            c for suffix in PLURAL_DIVISION_WORDS.values()
            for c in gazetteer.lookup(f"{text} {suffix}") if c.feature == "A.ADM2"
        ]
    return candidates


# Adjectives that open bodies' names and are also some village's name ("Federal", Argentina).
BODY_ADJECTIVES = frozenset(
    "federal national general central royal united supreme high international democratic republican "
    "popular revolutionary islamic".split()
)


def places_inside(
    doc: Doc, start: int, end: int, gazetteer: Gazetteer, organisation: bool = False
) -> list[Mention]:
    """Gazetteer names inside a longer name, longest first: "[Marion County] Jail"."""
    found = []
    i = start
    while i < end:
        if not is_name_token(doc[i], strict=False):
            i += 1
            continue
        for j in range(min(end, i + MAX_SCAN_WORDS), i, -1):
            if (i, j) == (start, end) or not is_name_token(doc[j - 1], strict=False):
                continue
            if j - i == 1 and (doc[i].lower_ in GENERIC_WORDS or doc[i].lower_ in GENERIC_TERRAIN_WORDS):
                continue
            if j - i == 1 and doc[i].tag_ == "JJ" and doc[i].lower_.endswith(("ish", "ese", "ian", "ic")):
                continue  # "the Jewish Chronicle", "the Islamic Society": a people's or faith's adjective
            candidates = lookup(gazetteer, doc.text_of(i, j))
            if organisation and j - i == 1 and doc[i].lower_ in BODY_ADJECTIVES:
                continue  # "the Federal Government": no town of Federal
            body = organisation and names_a_body(doc, i, j, end, candidates)
            if j < end and doc[j].lower_ in TERRAIN_WORDS and not body:
                continue  # "[Baltic] Sea" is not Baltic, Ohio; "[Ohio] River" not the state
            if candidates:
                m = Mention(i, j, candidates, "inside")
                m.institution = j < len(doc) and doc[j].lower_ in INSTITUTION_WORDS and j < end
                m.institution |= i > start and doc[i - 1].lower_ == "of"
                m.institution |= i > start and doc[i - 1].lower_ in DIRECTION_WORDS
                found.append(m)
                i = j
                break
        else:
            i += 1
    return found


def names_a_body(doc: Doc, i: int, j: int, end: int, candidates: list[GazetteerEntry]) -> bool:
    """"the [Idaho] Forest Products Commission": a state or country before a terrain word that is not the last word
    of the name names the body's place, not a forest."""
    key = name_key(doc.text_of(i, j))
    own = any((c.is_country or c.feature == "A.ADM1") and name_key(c.name) == key for c in candidates)
    return own and j + 1 < end


def only_generic_around(doc: Doc, start: int, end: int, m: Mention) -> bool:
    """Whether the words of an entity around a name in it are generic: "Northeast [Georgia]",
    "[Marion County] Jail", but not "Cape [Coral]" or "[Baltic] Sea"."""
    around = [t.lower_ for t in doc[start : m.start]] + [t.lower_ for t in doc[m.end : end]]
    if m.end < end and doc[m.end].lower_ in TERRAIN_WORDS:
        return False
    return all(word in GENERIC_WORDS or not word[:1].isalpha() for word in around)


def looks_like_name(span: Span) -> bool:
    """Capitalised words, as place names are in running text (not "us", not "IT"; "DRC" is fine)."""
    first = span[0].text
    return first[:1].isupper() and not (first.isupper() and len(first) <= 2 and len(span) == 1)  # "LA PAZ" is


def scan_names(
    doc: Doc, words: list[str], names: list[bool], gazetteer: Gazetteer, covered: set[int]
) -> list[Mention]:
    """Longest gazetteer names made of capitalised proper nouns that no entity covers."""
    found = []
    i = 0
    n = len(words)
    while i < n:
        if i in covered or not names[i]:
            i += 1
            continue
        best = None
        for j in range(min(n, i + MAX_SCAN_WORDS), i, -1):
            if covered.intersection(range(i, j)) or not names[j - 1]:
                continue
            if j - i == 1 and words[i].lower() in GENERIC_WORDS:
                continue
            candidates = lookup(gazetteer, doc.text_of(i, j))
            if after_party_letter(doc, i):
                candidates = district_candidates(gazetteer, doc.text_of(i, j)) + candidates
            if candidates:
                best = Mention(i, j, candidates, "scan")
                break
        if best:
            found.append(best)
            i = best.end
        else:
            i += 1
    return found


def is_title_before_name(doc: Doc, m: Mention) -> bool:
    """"Del. Marcia Price", "Col. Ann Wright": a title that is also a state's abbreviation; and
    "Mr Jordan", "Ms. Victoria": a name after a personal title is a person's."""
    if m.start > 0 and doc[m.start - 1].text.rstrip(".") in PERSONAL_TITLES:
        return True
    if doc.text_of(m.start, m.end) in ("Del.", "Col.") and m.end < len(doc) and doc[m.end].ent_type_ == "PERSON":
        return True
    # "Brig. Gen. Nabil Abdallah": a military rank before another title (Brig, Switzerland is no place here)
    text = doc.text_of(m.start, m.end)
    if text in POLICE_RANKS and m.end < len(doc) and doc[m.end].text[:1].isupper():
        return True
    return text in MILITARY_RANKS and m.end < len(doc) and doc[m.end].text in MILITARY_RANKS | {"Gen."}


MILITARY_RANKS = frozenset({"Brig.", "Maj.", "Lt.", "Gen.", "Col.", "Capt.", "Cmdr.", "Adm.", "Sgt."})
# Police ranks shortened before a name or another rank: "Det. Insp. Claire Naylor" (Det Udom, Thailand, is no place here).
POLICE_RANKS = frozenset({"Det.", "Insp.", "Supt.", "Ch.", "Cst.", "Const.", "Sgt.", "Cmdr."})


# Titles that only ever come before a person's name.
# ("Miss Ohio" is a pageant's title, not a person's name.)
PERSONAL_TITLES = frozenset({"Mr", "Mrs", "Ms", "Mx", "Dr", "Sen", "Rep", "Gov", "Prof", "Sir", "Dame"})


def after_party_letter(tokens, i: int) -> bool:
    """A capitalised word right after "D-", "R-", "DFL-": a legislator's district, whatever the
    tagger made of it ("D-Hardy")."""
    text = tokens[i].text
    if not text[:1].isupper() or (text.isupper() and len(text) <= 3) or text == "Day":  # "R-IA", "D-Day"
        return False
    return i >= 2 and tokens[i - 1].text == "-" and tokens[i - 2].text in PARTY_LETTERS


def before_resident_noun(tokens, i: int) -> bool:
    """A capitalised word the tagger missed as a name, right before a resident noun: "Chicopee
    residents", "a vulnerable Hounslow resident" (the context rules still decide)."""
    token = tokens[i]
    return (
        i + 1 < len(tokens)
        and tokens[i + 1].text in RESIDENT_NOUNS
        and token.text[:1].isupper()
        and not token.text.isupper()  # "MBA students"
        and token.pos_ in ("PROPN", "NOUN")  # "Naval officers"
        and not token.is_stop
        and token.lower_ not in GENERIC_WORDS
    )


def capital_particle(tokens, i: int) -> bool:
    """"SAN" in "SAN JOSÉ —", "NEW" in "NEW DELHI": a short word in capitals is an acronym ("CIA")
    unless it is a name's particle before a longer word in capitals (datelines)."""
    token = tokens[i]
    if token.text.rstrip(".") not in NAME_PARTICLES or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].text
    return after.isupper() and len(after) >= 4


def is_name_token(token: Token, strict: bool = True) -> bool:
    """A capitalised proper noun (or any capitalised word inside an entity's name)."""
    text = token.text
    if not text[:1].isupper():
        return False
    if strict and token.pos_ != "PROPN" and not (text.isupper() and len(text) >= 4):
        return False  # the tagger takes a dateline's "HUDSON" for anything
    return not (text.isupper() and len(text) <= 3 and "." not in text)


# ----------------------------------------------------------------------------------------------
# Context.


def link_context(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Qualifiers, country hints and region words, read from the tokens around each mention.

    Returns the mentions with the qualifiers found only now ("La." in "Alexandria, La.") added.
    """
    if not isinstance(doc, TokenView):
        doc = TokenView(doc)
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        after = by_start.get(m.end + 1)
        # In "Alabama, Arizona, Arkansas" no name qualifies the one before it.
        if after is not None and doc[m.end].text == "," and after.candidates:
            if any(c.is_country or c.feature == "A.ADM1" for c in after.candidates):
                if is_listed(m, after):
                    m.listed = after.listed = True
                else:
                    m.qualifier = after
                    after.ends_list = after.end >= len(doc) or doc[after.end].lower_ not in (",", "and", "or", "&")
                after.qualifies = True  # a qualifier, or the next of a list of regions: a place
        following = next_in_list(doc, m, by_start)
        if following is not None:
            m.items.append(following)
            following.items.append(m)
            if is_listed(m, following):
                m.listed = following.listed = True
        m.dateline = is_dateline(doc, m)
        if m.dateline:
            m.candidates = dateline_cities(m.candidates)
        if m.key in NATIONS:  # "Wales" is the nation, not its namesake village in Yorkshire
            m.candidates = [c for c in m.candidates if c.feature == "A.ADM1" and c.country == "GB"] or m.candidates
        m.modifier = is_modifier(doc, m)
        m.acting = doc[m.end - 1].dep_ in ("nsubj", "nsubjpass") and doc[m.end - 1].head.pos_ in ("VERB", "AUX")
        m.home = is_home(doc, m)
        m.locative = is_locative(doc, m.start)
        m.named_town = named_as_a_town(doc, m)
        m.strong_locative = m.locative and is_locative(doc, m.start, STRONG_LOCATIVE_WORDS)
        m.district = is_district(doc, m)
        m.region_word = has_region_word(doc, m) or m.district  # "R-La." is the state
        if m.region_word and m.candidates and not any(c.feature == "A.ADM1" for c in m.candidates):
            m.candidates = m.candidates + region_named_after(doc.text_of(m.start, m.end), gazetteer)
        m.country_hint = country_before(doc, m, gazetteer)
    for m in mentions:
        link_route(doc, m, by_start)
    # A qualifier that is not itself found yet: "Alexandria, La." where the model saw only Alexandria.
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for m in mentions:
        if m.candidates and m.qualifier is None and m.end + 1 < len(doc) and doc[m.end].text == ",":
            qualifier = qualifier_after(doc, m.end + 1, gazetteer)
            if qualifier is not None and not taken.intersection(range(qualifier.start, qualifier.end)):
                if not is_listed(m, qualifier):
                    m.qualifier = qualifier
                added.append(qualifier)
    return sorted(mentions + added, key=lambda m: m.start)


def link_route(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> None:
    """"Between Umeå and Luleå", "from Lviv to Kyiv": two names the model took for bodies are the
    ends of a route when both are towns of one country within ``ROUTE_KM`` of each other; each then
    keeps only that town."""
    if m.start == 0 or m.end >= len(doc) or doc[m.start - 1].lower_ not in ("between", "from"):
        return
    other = by_start.get(m.end + 1)
    link = {"between": "and", "from": "to"}[doc[m.start - 1].lower_]
    if other is None or doc[m.end].lower_ != link or m.trusted and other.trusted:
        return
    if any(x.ent is not None and x.ent.label_ == "PERSON" for x in (m, other)):
        return  # "between Lincoln and Douglas": two people as often as two towns
    pairs = [
        (min(a.population, b.population), a, b)
        for a in m.candidates if a.feature.startswith("P.")
        for b in other.candidates
        if b.feature.startswith("P.") and a.country == b.country
        and haversine_km(a.lat, a.lon, b.lat, b.lon) <= ROUTE_KM
    ]
    if pairs:
        _, a, b = max(pairs, key=lambda pair: pair[0])
        m.candidates, other.candidates = [a], [b]
        m.route = other.route = True


def next_in_list(doc: Doc, m: Mention, by_start: dict[int, Mention]) -> Mention | None:
    """The mention after ", ", " and ", " or " or ", and ": the next item if these are a list.
    Items may repeat a count and its preposition: "nine in Quebec, four in Manitoba"."""
    words = [doc[i].lower_ for i in range(m.end, min(m.end + 2, len(doc)))]
    if words[:1] and words[0] in (",", "and", "or"):
        step = 2 if words[:2] in ([",", "and"], [",", "or"]) else 1
        if m.end + step in by_start:
            return by_start[m.end + step]
        if m.start > 0 and doc[m.start - 1].lower_ == "in":
            return _counted_item_after(doc, m.end + step, by_start)
    return None


def _counted_item_after(doc: Doc, i: int, by_start: dict[int, Mention]) -> Mention | None:
    """The mention after a count, an optional noun and "in", from token ``i``: "eight (cases) in X"."""
    if i >= len(doc) or not doc[i].like_num:
        return None
    i += 1
    if i < len(doc) and doc[i].pos_ == "NOUN":
        i += 1
    if i < len(doc) and doc[i].lower_ == "in" and i + 1 in by_start:
        return by_start[i + 1]
    return None


def region_level(m: Mention) -> str | None:
    """A.PCLI or A.ADM1 when the name is a country's or a first-level region's own name."""
    for c in m.candidates:
        if (c.is_country or c.feature == "A.ADM1") and name_key(c.name) == m.key:
            return c.feature
    return None


def region_countries(m: Mention) -> set[str | None]:
    return {c.country for c in m.candidates if c.feature == "A.ADM1" and name_key(c.name) == m.key}


def is_listed(m: Mention, after: Mention) -> bool:
    """In "Alabama, Arizona, Arkansas" no name qualifies the one before it: they are a list of
    countries, or of regions of one country ("Paris, Texas" is no list, though Paris is a region too)."""
    level = region_level(m)
    if level is None or level != region_level(after):
        return False
    return level == "A.PCLI" or bool(region_countries(m) & region_countries(after))


def slashed_dateline(doc: TokenView, gazetteer: Gazetteer) -> list[Mention]:
    """"YANGON/COX'S BAZAR - ": a dateline of two cities in capitals, which the model reads as one
    name (or a name and a stray word); each city between the slashes is looked up whole."""
    found = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if not (i == 0 or "\n" in tokens[i - 1].text_with_ws) or not token.text.isupper():
            continue
        end = i
        while end < len(tokens) and end - i < 12 and (tokens[end].text.isupper() or tokens[end].text in ("/", "'S", "’S")):
            end += 1
        if end >= len(tokens) or tokens[end].text not in ("-", "–", "—", "(", ",") or not any(t.text == "/" for t in tokens[i:end]):
            continue
        start = i
        for cut in [k for k in range(i, end) if tokens[k].text == "/"] + [end]:
            if cut > start:
                candidates = dateline_cities(lookup(gazetteer, doc.text_of(start, cut)))
                if candidates:
                    found.append(Mention(start, cut, candidates, "model"))
            start = cut + 1
    return found


def is_dateline(doc: Doc, m: Mention) -> bool:
    """A place in capitals before a dash, or opening a sentence before a comma: "LAKEVILLE — ...",
    "CAIRO, Egypt"."""
    text = doc.text_of(m.start, m.end)
    if not (text.isupper() and len(text) >= 4) or m.end >= len(doc):
        return False
    after = doc[m.end].text
    if after in ("—", "–", "-", "--"):
        return True
    # "BEIRUT: The army ...", "CAIRO, Egypt": a dateline opens its line ("IMAGE SOURCE:" is no place).
    opens = m.start == 0 or doc[m.start - 1].is_punct or doc[m.start].is_sent_start
    if after == ":":  # a transcript's speaker too ("WALLACE: If I may"): only a city or a region
        return opens and any(c.population >= 100_000 or c.feature.startswith("A.") for c in m.candidates)
    return after in (",", "(") and opens


def dateline_cities(candidates: list[GazetteerEntry]) -> list[GazetteerEntry]:
    """A dateline names the city the story was filed from: "LA PAZ —" is the city, not the Bolivian
    department, "WASHINGTON —" not the state. Regions and countries stay only where no sizeable
    town has the name ("CALIFORNIA —")."""
    cities = [c for c in candidates if c.feature.startswith("P.")]
    sizeable = any(c.population >= DATELINE_CITY_POPULATION for c in cities)
    return cities if sizeable else candidates


def is_modifier(doc: Doc, m: Mention) -> bool:
    """Whether the name modifies a noun after it ("U.S. inflation data", "the Chinese-made drones"):
    said of a country, it tells whose, not where the story is."""
    last = doc[m.end - 1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.i >= m.end and last.head.pos_ in ("NOUN", "PROPN")


def is_home(doc: Doc, m: Mention) -> bool:
    """Whether the words around say people live there: "a Bemidji woman", "Hartford police",
    "Ana Petrovic, 23, of Glastonbury", "both from Galway", "Lena Ortiz, DFL-Hibbing"."""
    if m.end < len(doc) and doc[m.end].text in RESIDENT_NOUNS:  # lower case: not "Vice Mayor"
        return True
    if is_district(doc, m):
        return True
    if m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ == "based":
        return True  # "the Sligo-based mother"
    i = m.start - 1
    if i < 1 or doc[i].lower_ not in ("of", "from"):
        return False
    i -= 1
    if doc[i].lower_ in ("both", "all"):
        i -= 1
    if i >= 0 and doc[i].text == ",":  # "Ana Petrovic, 23, of ..."
        i -= 1
        if i >= 1 and doc[i].like_num and doc[i - 1].text == ",":
            i -= 2
    return i >= 0 and doc[i].ent_type_ == "PERSON"


def is_district(doc: Doc, m: Mention) -> bool:
    """A legislator's district after the party letter: "Lena Ortiz, DFL-Hibbing", "Paul Fontaine (R-La.)"."""
    i = m.start - 1
    return i >= 1 and doc[i].text == "-" and doc[i - 1].text in PARTY_LETTERS


def is_locative(doc: Doc, start: int, words: frozenset[str] = LOCATIVE_WORDS) -> bool:
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 0:
        return False
    word = doc[i].lower_
    if word == "to" and i > 0 and doc[i - 1].lower_ == "according":
        return False  # "according to Taylor" is a person
    if word in words:
        return True
    if word in NAMING_PLACE_NOUNS:  # "the Sri Lankan capital Colombo"
        return True
    return word == "of" and i > 0 and doc[i - 1].lower_ in OF_NOUNS


def has_region_word(doc: Doc, m: Mention) -> bool:
    if m.end < len(doc) and doc[m.end].lower_ in REGION_NOUNS:
        return True
    if m.end - m.start > 1 and doc[m.end - 1].lower_ in REGION_NOUNS:
        return True
    if m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in REGION_NOUNS:
        return True
    return listed_after_plural_region(doc, m.start) or listed_before_plural_region(doc, m.end)


def listed_before_plural_region(doc: Doc, end: int) -> bool:
    """"the Belgorod, Kursk and Bryansk regions": each name of a list that a plural region noun ends."""
    i = end
    for _ in range(12):
        if i >= len(doc):
            return False
        word = doc[i].lower_
        if word in PLURAL_REGION_NOUNS:
            return True
        if not (word in ("and", ",") or doc[i].text[:1].isupper()):
            return False
        i += 1
    return False


def listed_after_plural_region(doc: Doc, start: int) -> bool:
    """"the provinces of Malatya and Adiyaman": each name of the list after the plural region noun."""
    i = start - 1
    for _ in range(12):
        if i < 1:
            return False
        word = doc[i].lower_
        if word == "of":
            return doc[i - 1].lower_ in PLURAL_REGION_NOUNS
        if not (word in ("and", ",") or doc[i].text[:1].isupper()):
            return False
        i -= 1
    return False


def named_as_a_town(doc: Doc, m: Mention) -> bool:
    """"the town of Pütürge", "the village of Dvani": the noun says what the name is."""
    return m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in TOWN_NOUNS


def region_named_after(name: str, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """The region called after a town, indexed only with its word: "the Kherson region" is Kherson
    Oblast, though "Kherson" alone is the city."""
    return [c for c in gazetteer.lookup(f"{name} Region") if c.feature == "A.ADM1"]


def country_before(doc: Doc, m: Mention, gazetteer: Gazetteer) -> str | None:
    """The country named just before: "Russia's Ussuriysk", "the Russian region of Kursk"."""
    for i in range(m.start - 1, max(0, m.start - 7) - 1, -1):
        token = doc[i]
        if token.ent_type_ == "NORP":
            country = gazetteer.demonym_country(token.text)
            if country:
                return country
        if token.ent_type_ == "GPE" and i + 1 < m.start and doc[i + 1].lower_ in ("'s", "’s"):
            countries = [c.country for c in gazetteer.lookup(token.text) if c.is_country]
            if countries:
                return countries[0]
        if (token.is_punct and token.text not in ("'s", "’s")) or token.is_sent_start:
            break
    return country_in_apposition(doc, m, gazetteer)


def country_in_apposition(doc: Doc, m: Mention, gazetteer: Gazetteer) -> str | None:
    """"San José, the Costa Rican capital", "Kumasi, a Ghanaian city": the demonym after the name."""
    i = m.end
    if i + 3 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("the", "a", "an"):
        return None
    for j in range(i + 2, min(len(doc), i + 6)):
        token = doc[j]
        if token.lower_ in PLACE_NOUNS:
            words = doc.text_of(i + 2, j)
            return gazetteer.demonym_country(words) if words else None
        if token.is_punct:
            break
    return None


def qualifier_after(doc: Doc, start: int, gazetteer: Gazetteer) -> Mention | None:
    """A country or region name right after a comma (one to three tokens: "N.Y.", "New York")."""
    for length in (3, 2, 1):
        end = start + length
        if end > len(doc) or not doc[start].text[:1].isupper() or not doc[end - 1].text[:1].isupper():
            continue
        candidates = [
            c for c in gazetteer.lookup(doc.text_of(start, end)) if c.is_country or c.feature == "A.ADM1"
        ]
        if candidates:
            return Mention(start, end, candidates, "qualifier", qualifies=True)
    return None


# ----------------------------------------------------------------------------------------------
# Resolution.


def own_name(entry: GazetteerEntry, key: str) -> bool:
    """Whether the place bears the name itself, not as an alternate: "Halle" of "Halle (Saale)" too."""
    if name_key(entry.name) == key or (entry.name.endswith(")") and name_key(entry.name.split(" (")[0]) == key):
        return True
    # "Frankfurt am Main", "Weil am Rhein": a German town named with its river bears the short name as
    # much as "Frankfurt (Oder)" does
    river = _RIVER_NAMED.match(entry.name)
    return river is not None and name_key(river.group(1)) == key


_RIVER_NAMED = re.compile(r"^(.+?) (?:am|an der|im|ob der) [A-ZÄÖÜ]")


def prior(m: Mention, entry: GazetteerEntry, w: Weights) -> float:
    population = entry.population
    # A region's population is unknown where its towns are not tied to it ("England").
    if entry.feature in ("A.ADM1", "L.RGN"):
        population = max(population, w.region_population)
    score = math.log10(population + 1)
    if entry.feature == "A.PCLI":
        score += w.country
    elif entry.feature == "A.ADM1":
        score += w.region
    elif entry.feature == "A.ADM2":
        score += w.county
    elif entry.feature == "P.PPLC":
        score += w.capital
    if entry.population == 0 and entry.feature == "P.PPL":
        score += w.unknown_population
    if entry.feature in ("H.SEA", "H.STM") and not m.region_word:
        score += w.water  # "the Red Sea" is the sea, not the Sudanese state ("Red Sea State") of that name
    if own_name(entry, m.key):
        score += w.primary_name
    return score


# How near a province's centre a town it qualifies may lie when the codes disagree.
QUALIFIER_KM = 40


def fits_qualifier(entry: GazetteerEntry, qualifier: Mention) -> bool:
    for place in [qualifier.chosen] if qualifier.chosen else qualifier.candidates:
        if place.is_country and entry.country == place.country and not entry.is_country:
            return True
        if place.feature == "A.ADM1" and entry.admin1 == place.admin1 and entry is not place:
            return True
        if place.feature == "A.ADM1" and entry.country == place.country and entry is not place and place.lat is not None:
            # "Bato, Catanduanes": the data file a town under a neighbouring province, but it lies inside this one
            if haversine_km(entry.lat, entry.lon, place.lat, place.lon) <= QUALIFIER_KM:
                return True
    return False


def local_score(m: Mention, entry: GazetteerEntry, w: Weights, region_named: bool = False) -> float:
    score = prior(m, entry, w)
    if region_named and entry.population < w.namesake_population and not entry.feature.startswith("A."):
        score -= w.namesake  # "California" is the state, not California, Missouri
    if m.qualifier is not None and fits_qualifier(entry, m.qualifier):
        score += w.qualifier
    if m.country_hint and entry.country == m.country_hint and not entry.is_country:
        score += w.country_hint
    if m.region_word and entry.feature == "A.ADM1":
        score += w.region_word
    return score


# A dateline city this big (or a capital) is the one a wire story was filed from, whatever towns of
# the name lie near the article's other places: "WASHINGTON (Reuters) -" with Chicago named is not
# Washington, Illinois; "BRUSSELS (AP) —" with New York named is not Brussels, Wisconsin.
WIRE_DATELINE_POPULATION = 1_000_000
# A capital this big is what a dateline of its name means ("WASHINGTON"; not Hamilton, Bermuda, for "HAMILTON").
DATELINE_CAPITAL_POPULATION = 200_000


def is_wire_dateline_city(m: Mention) -> bool:
    if not m.dateline or m.qualifier is not None or m.chosen is None:
        return False
    return m.chosen.feature == "P.PPLC" or m.chosen.population >= WIRE_DATELINE_POPULATION


def ends_with_country_qualifier(m: Mention) -> bool:
    """"El Alto, Bolivia." but not "Crockett, Palestine and Houston", a list."""
    q = m.qualifier
    if q is None or not any(c.is_country for c in q.candidates):
        return False
    return q.ends_list


def resolve(mentions: list[Mention], w: Weights) -> None:
    """Choose each mention's place: first on local evidence, then again with the article's context."""
    support = Support(mentions, w.support_km)
    international = names_countries(mentions, w.international_countries)
    for m in mentions:
        if ends_with_country_qualifier(m) and all(c.feature.startswith("P.") for c in m.candidates):
            if m.candidates and not any(fits_qualifier(c, m.qualifier) for c in m.candidates):
                m.candidates = []  # "El Alto, Bolivia" where only a Peruvian El Alto is known: no place over a wrong one
        if m.items and m.region_word and m.candidates and all(c.feature.startswith("P.") for c in m.candidates):
            # "Cebu, Leyte and Samar provinces" where only a Ukrainian town Samar is known: a region of
            # the list's country, and no place rather than a town abroad
            neighbours = {country for item in m.items for country in region_countries(item)} - {None}
            if neighbours and not any(c.country in neighbours for c in m.candidates):
                m.candidates = []
        region_named = m.listed and region_level(m) is not None
        # In a story that names several countries, "Egypt" and "Lebanon" are those, not US towns.
        region_named |= international and region_level(m) == "A.PCLI"
        regions = [c for c in m.candidates if c.feature == "A.ADM1"]
        listed_in = listed_region_countries(m)
        m.scores = [
            local_score(m, c, w, region_named)
            + (w.listed_region if is_listed_region(m, c, listed_in) else 0.0)
            + (w.support * min(w.support_cap, support.of(m.key, c)) if own_name(c, m.key) else 0.0)
            + (w.capital_over_region if c.feature == "P.PPLC" and is_far_namesake_region(c, regions) else 0.0)
            for c in m.candidates
        ]
        m.chosen = m.candidates[argmax(m.scores)] if m.candidates else None
        if m.dateline and m.qualifier is None and m.chosen is not None and not is_wire_dateline_city(m):
            # "WASHINGTON (AP) —": a dateline names a city; the capital or big city of the name, where
            # there is one, rather than the state the prior prefers
            cities = [(s, c) for s, c in zip(m.scores, m.candidates) if (c.feature == "P.PPLC" and c.population >= DATELINE_CAPITAL_POPULATION) or (
                c.feature.startswith("P.") and c.population >= WIRE_DATELINE_POPULATION)]
            if cities:
                m.chosen = max(cities, key=lambda sc: sc[0])[1]
    for _ in range(2):
        context = ArticleContext(mentions)
        for m in mentions:
            if len(m.candidates) > 1 and not is_wire_dateline_city(m):
                totals = [s + context.score(m, c, w) for s, c in zip(m.scores, m.candidates)]
                m.chosen = m.candidates[argmax(totals)]
    share_sense(mentions)


def listed_as_regions(mentions: list[Mention], gazetteer: Gazetteer) -> None:
    """"Cagayan and Isabela": a name listed with a province is that country's province of the name,
    not a town that has it as an old name (Mapun was "Cagayan de Tawi-Tawi"), even where the model's
    label ("Cagayan" as a people) let only towns be candidates."""
    for m in mentions:
        if m.qualifier is not None or m.qualifies or m.dateline:
            continue  # "Washington, D.C.": a qualifier, not a list; "NEWPORT, Wales —": a dateline's town
        regions = {i.chosen.country for i in m.items if i.chosen is not None and i.chosen.feature == "A.ADM1" and i.qualifier is None}
        if not regions or (m.chosen is not None and m.chosen.feature == "A.ADM1"):
            continue
        same = [c for c in gazetteer.lookup(m.key) if c.feature == "A.ADM1" and c.country in regions and name_key(c.name) == m.key]
        if same:
            m.candidates = m.candidates + [c for c in same if c not in m.candidates]
            m.scores = m.scores + [max(m.scores, default=0.0)] * (len(m.candidates) - len(m.scores))
            m.chosen = same[0]


def city_of_region(region: GazetteerEntry, candidates: list[GazetteerEntry]) -> GazetteerEntry | None:
    """The city a region of its name stands on: "Kyiv", "Berlin", "Beijing" are cities that are also
    first-level regions, and the city (with its GeoNames id) is what a bare name means."""
    towns = [
        c for c in candidates
        if c.feature.startswith("P.") and c.country == region.country and name_key(c.name) == name_key(region.name)
        and (
            fast_distance_km(c.lat, c.lon, region.lat, region.lon) <= CITY_REGION_KM
            # "Maputo", "Valencia": a large city far from the centre of the province named after it
            or (c.population >= BIG_CITY_POPULATION and fast_distance_km(c.lat, c.lon, region.lat, region.lon) <= 100)
        )
    ]
    return max(towns, key=lambda c: c.population, default=None)


def names_countries(mentions: list[Mention], least: int) -> bool:
    """Whether the model's place names include at least ``least`` different countries' names."""
    named = {m.key for m in mentions if m.trusted and region_level(m) == "A.PCLI"}
    return len(named) >= least


def share_sense(mentions: list[Mention]) -> None:
    """One sense per name and article: a repeat without evidence of its own takes the place that a
    mention with such evidence chose ("California" alone, then "Texas, California and Ohio")."""
    decided: dict[str, GazetteerEntry] = {}
    for m in mentions:
        if m.chosen is not None and has_own_evidence(m):
            decided.setdefault(m.key, m.chosen)
    for m in mentions:
        place = decided.get(m.key)
        if place is not None and not has_own_evidence(m) and any(c is place for c in m.candidates):
            m.chosen = place


def has_own_evidence(m: Mention) -> bool:
    """A qualifier, a country or region word beside it, or a list of one country's regions."""
    return m.qualifier is not None or bool(m.country_hint) or m.region_word or bool(listed_region_countries(m))


def is_listed_region(m: Mention, entry: GazetteerEntry, countries: set[str | None]) -> bool:
    return entry.feature == "A.ADM1" and entry.country in countries and name_key(entry.name) == m.key


def listed_region_countries(m: Mention) -> set[str | None]:
    """The countries whose regions both this name and a neighbour in its list may be."""
    if not m.listed:
        return set()
    own = region_countries(m)
    return {country for item in m.items for country in region_countries(item) & own}


def is_far_namesake_region(capital: GazetteerEntry, regions: list[GazetteerEntry]) -> bool:
    """Whether a region of the capital's name lies elsewhere in its country: "Washington" alone is
    the capital more often than the state; "Dublin" and County Dublin are one place anyway."""
    return any(
        r.country == capital.country and fast_distance_km(r.lat, r.lon, capital.lat, capital.lon) > 200
        for r in regions
    )


def argmax(values: list[float]) -> int:
    return max(range(len(values)), key=values.__getitem__)


class Support:
    """How much the article's other names support a candidate of this one.

    "Athens" and "Clarke County" each have many candidates, but only Athens, Georgia has a Clarke
    County beside it: the readings of different names that fit together support each other. Each
    other name gives 1 if it may be the region or country the candidate lies in ("Georgia" for
    Athens, Georgia; "Palestine" for Gaza), else more the nearer its nearest reading lies, down to
    0 at ``km``: Paris, Tennessee lies in Henry County, Tennessee; Paris, Kentucky only near the
    Henry County there. A region or country is supported by the names that may lie in it.
    Points are bucketed in cells of two degrees, so that each candidate looks at few points.
    """

    def __init__(self, mentions: list[Mention], km: float) -> None:
        self.km = km
        self.keys: list[str] = []
        self.grid: dict[tuple[int, int], list[tuple[str, float, float]]] = {}
        self.regions: dict[str, set[str]] = {}  # the regions a name may be
        self.countries: dict[str, set[str]] = {}  # the countries a name may be
        self.inside_regions: dict[str, set[str]] = {}  # the regions a name's places may lie in
        self.inside_countries: dict[str, set[str]] = {}
        self.cache: dict[tuple[str, int], float] = {}
        for m in mentions:
            if m.key in self.regions or not m.candidates:
                continue
            self.keys.append(m.key)
            regions, countries, inside_regions, inside_countries = set(), set(), set(), set()
            for c in m.candidates:
                if c.is_country:
                    countries.add(c.country)
                    continue
                inside_countries.add(c.country)
                if c.feature == "A.ADM1":
                    regions.add(c.admin1)
                elif c.feature != "L.CONT":
                    self.grid.setdefault(cell_of(c.lat, c.lon), []).append((m.key, c.lat, c.lon))
                    inside_regions.add(c.admin1)
            self.regions[m.key] = regions
            self.countries[m.key] = countries
            self.inside_regions[m.key] = inside_regions
            self.inside_countries[m.key] = inside_countries

    def of(self, key: str, entry: GazetteerEntry) -> float:
        """The support for one candidate of the name ``key`` (cached: names repeat)."""
        cache_key = (key, id(entry))
        if cache_key not in self.cache:
            self.cache[cache_key] = self.count(key, entry)
        return self.cache[cache_key]

    def count(self, key: str, entry: GazetteerEntry) -> float:
        others = [k for k in self.keys if k != key]
        if entry.feature == "L.CONT":
            return 0.0
        if entry.is_country:
            return float(sum(entry.country in self.inside_countries[k] for k in others))
        if entry.feature == "A.ADM1":
            inside = self.inside_regions
            return float(sum(entry.admin1 in inside[k] or entry.country in self.countries[k] for k in others))
        containing = {
            k for k in others if entry.admin1 in self.regions[k] or entry.country in self.countries[k]
        }
        nearest: dict[str, float] = {}
        row, col = cell_of(entry.lat, entry.lon)
        for cell in ((row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)):
            for other, lat, lon in self.grid.get(cell, ()):
                if other == key or other in containing:
                    continue
                distance = fast_distance_km(entry.lat, entry.lon, lat, lon)
                if distance < SAME_POINT_KM:
                    continue  # the very place under another name ("Mecca" is also a name of Medina, Ohio)
                if distance < nearest.get(other, self.km):
                    nearest[other] = distance
        return len(containing) + sum(1.0 - d / self.km for d in nearest.values())


COUNTRY_SHORT_FORMS = {iso: frozenset(name_key(alias) for alias in aliases) for iso, aliases in COUNTRY_ALIASES.items()}
# Two names whose candidates lie this close are one place, which cannot support itself.
SAME_POINT_KM = 0.5


def cell_of(lat: float, lon: float) -> tuple[int, int]:
    """Two-degree cells: a cell and its neighbours hold every point within 100 km up to 63°N/S."""
    return int(lat // 2), int(lon // 2)


def is_specific(m: Mention) -> bool:
    """A name only one region or county has ("Edgar County"): context, whoever found it."""
    return len(m.candidates) == 1 and m.candidates[0].feature in ("A.ADM1", "A.ADM2")


class ArticleContext:
    """What the article's other mentions say: their countries, regions and points."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.countries: Counter[str] = Counter()
        self.regions: Counter[str] = Counter()
        self.points: list[tuple[str, float, float, Mention]] = []
        # Names that chose one and the same town ("Mecca" and "Medina" both Medina, Ohio, by an
        # alternate name) do not make each other's region or surroundings likelier.
        self.names_of: defaultdict[int, Counter[str]] = defaultdict(Counter)
        for m in mentions:
            place = m.chosen
            if place is None or not (m.trusted or m.qualifies or is_specific(m)):
                continue
            if place.is_country and m.modifier:
                continue  # "U.S. inflation data": whose data, not where the story is
            if place.feature == "P.PPLC" and m.acting:
                continue  # "Washington welcomed the outcome": a government acting, not where the story is
            self.names_of[id(place)][m.key] += 1
            if place.country:
                self.countries[place.country] += 1
            if place.admin1:
                self.regions[place.admin1] += 1
            if not place.is_country and place.feature != "L.CONT":
                self.points.append((m.key, place.lat, place.lon, m))
        self.total = sum(self.countries.values())
        self.points.sort(key=lambda point: point[1])  # by latitude: is_near looks only at a band of it
        self._latitudes = [point[1] for point in self.points]

    def score(self, m: Mention, entry: GazetteerEntry, w: Weights) -> float:
        counted = (m.trusted or m.qualifies or is_specific(m)) and not (
            m.chosen is not None
            and ((m.modifier and m.chosen.is_country) or (m.acting and m.chosen.feature == "P.PPLC"))
        )  # its own choice is in the counts
        own = 1 if counted and m.chosen is not None and m.chosen.country == entry.country else 0
        score = 0.0
        if self.total > own and entry.country:
            score += w.article_country * (self.countries[entry.country] - own) / (self.total - own)
        own_region = 1 if counted and m.chosen is not None and m.chosen.admin1 == entry.admin1 else 0
        own_region += sum(n for key, n in self.names_of.get(id(entry), {}).items() if key != m.key)
        if entry.admin1 and entry.feature != "A.ADM1" and self.regions[entry.admin1] - own_region > 0:
            score += w.article_region
        if not entry.is_country and self.is_near(m, entry, w.near_km):
            score += w.near
        return score

    def is_near(self, m: Mention, entry: GazetteerEntry, km: float) -> bool:
        degrees = km / 111.0  # a degree of latitude; longitude degrees are never longer
        low = bisect.bisect_left(self._latitudes, entry.lat - degrees)
        high = bisect.bisect_right(self._latitudes, entry.lat + degrees)
        for key, lat, lon, other in self.points[low:high]:
            if other is m or key == m.key or other.chosen is entry:
                continue
            if fast_distance_km(entry.lat, entry.lon, lat, lon) < km:
                return True
        return False

    def dominant(self, entry: GazetteerEntry) -> bool:
        """Whether the place lies in the country most of the article's places are in."""
        return bool(self.total) and self.countries[entry.country] * 2 > self.total


def fast_distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within 1% of the great circle at the distances that count here."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


def person_words(doc: Doc) -> frozenset[str]:
    """The name keys of the words of the article's longer person names ("Dana Hopkins", "Mr. Moore"):
    alone, such a word is that person far more often than a town of that name."""
    words = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        tokens = list(ent)
        titles = [i for i, token in enumerate(tokens) if token.lower_.rstrip(".") in TITLES]
        if titles:  # "Avondale Mayor Ed Rieker": the name is what follows the title
            tokens = tokens[titles[-1] + 1 :]
        if not tokens or any(token.lower_ in INSTITUTION_WORDS for token in tokens):
            continue  # "Lancaster Girls' Grammar School", "Huntsville High School": no person
        words.update(name_key(token.text) for token in tokens if token.text[:1].isupper())
    return frozenset(words)


def surnames(doc: Doc) -> frozenset[str]:
    """The last words of the article's person names whose first word is a name too ("Pedro
    Toledo"; not "Pine Harbour", a place the model took for a person)."""
    found = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].pos_ == "PROPN" and ent[-1].text[:1].isupper():
            if not any(token.lower_ in INSTITUTION_WORDS or token.lower_ in PLACE_NOUNS for token in ent):
                found.add(name_key(ent[-1].text))
    return frozenset(found)


def is_surname_alone(m: Mention, surnames: frozenset[str], context: ArticleContext) -> bool:
    """"Pedro Toledo ... attacked Toledo": a model place that is the surname of a person in the
    article, outside the story's geography (not near its places in its main country) and with
    nothing around it that makes it a place (a qualifier, a country before it, a dateline, "in" or
    "near", a region word)."""
    if m.source != "model" or m.key not in surnames or m.chosen is None or m.chosen.is_country:
        return False  # a country the model found is one ("N. Korea" may pass for a person's name)
    if context.dominant(m.chosen) and context.is_near(m, m.chosen, 100.0):
        return False
    return not (m.qualifier is not None or m.country_hint or m.dateline or m.strong_locative or m.region_word)


def accept(
    mentions: list[Mention], persons: frozenset[str] = frozenset(), surnames: frozenset[str] = frozenset()
) -> list[Mention]:
    """The mentions that are places: the model's, and the others whose context says so.

    A model place that no gazetteer knows is kept when the words around it say it is a place
    ("in Darfur"): alone, such names are more often the model's mistakes ("Pawlenty", "meth").
    """
    context = ArticleContext(mentions)
    trusted = [m for m in mentions if m.trusted and m.chosen is not None and not is_surname_alone(m, surnames, context)]
    trusted_keys = {m.key for m in trusted}
    # "Burkina" (the model's) and "Burkina Faso" (found by the scan): the full name of a place the
    # model named by a short one is that place too
    trusted_keys |= {name_key(m.chosen.name) for m in trusted}
    accepted = []
    for m in mentions:
        if m.source == "model" and m.chosen is None:
            if m.key in PLATFORMS:
                continue  # "wrote in Telegram": where words are published, not a place
            text = m.ent.text if m.ent is not None else m.key
            if not m.key[:1].isalnum() or not doc_text_capitalised(m) or (text.isupper() and len(text) <= 6):
                continue  # "meth", "BRICS": a place no gazetteer knows is rarely lower case or an acronym
            label = m.ent.label_ if m.ent is not None else ""
            named_feature = m.end - m.start > 1 and m.key.rsplit(" ", 1)[-1] in UNKNOWN_PLACE_WORDS
            if m.locative or m.region_word or label in ("FAC", "LOC") or named_feature:
                accepted.append(m)
        elif (m.trusted and not is_surname_alone(m, surnames, context)) or m.qualifies:
            accepted.append(m)
        elif not is_person_word(m, persons) and agrees(m, context, trusted_keys):
            accepted.append(m)
    return accept_list_items(mentions, accepted, context, persons)


def is_sure(m: Mention) -> bool:
    """Whether a mention is a place by evidence strong enough to make its name one elsewhere."""
    if m.source == "inside" or m.chosen is None:
        return False
    if m.trusted:
        return True
    if name_key(m.chosen.name) != m.key:  # "Abbas" is an old name of Fort Abbas: too weak to spread
        return False
    return m.qualifies or m.qualifier is not None or m.home or m.dateline or m.strong_locative


def is_person_word(m: Mention, persons: frozenset[str]) -> bool:
    """A name the model did not call a place that is part of a person's name in the article: only
    a qualifier ("Moore, Okla."), a country before it or a dateline make it a place."""
    if m.key not in persons or m.source not in ("mislabel", "scan"):
        return False
    return not (m.qualifier is not None or m.country_hint or m.dateline)


def accept_list_items(
    mentions: list[Mention], accepted: list[Mention], context: ArticleContext, persons: frozenset[str]
) -> list[Mention]:
    """Names listed with accepted places that lie near the article's places ("Lancaster, Pickerington and
    [Canal Winchester]", "Macon and [Warner Robins]": the model took them for people), and the other
    mentions of a name accepted as a place (one sense per article: "a Bemidji woman" makes
    "Bemidji" a place throughout)."""
    taken = {id(m) for m in accepted}
    places_by_key = {m.key: m.chosen for m in accepted if m.chosen is not None and is_sure(m)}
    added = True
    while added:
        added = False
        for m in mentions:
            place = m.chosen
            if id(m) in taken or place is None or is_person_word(m, persons):
                continue
            if place.is_country:  # "Ghana, Niger and Togo": the model's persons in a list of countries
                if m.source == "mislabel" and is_country_named(m, place) and any(
                    id(i) in taken and i.chosen is not None and i.chosen.is_country for i in m.items
                ):
                    taken.add(id(m))
                    added = True
                continue
            if m.container == "PERSON" and m.key in persons:  # "Dana [Hopkins]" stays a person
                continue
            same_name = places_by_key.get(m.key) == place  # also inside a name: "the [Bemidji] Pioneer"
            listed = m.source != "inside" and any(id(i) in taken and i.chosen is not None for i in m.items)
            near = context.is_near(m, place, 100.0) or place.population >= LISTED_CITY_POPULATION
            if same_name or (listed and context.dominant(place) and near):
                taken.add(id(m))
                added = True
    return [m for m in mentions if id(m) in taken]


def doc_text_capitalised(m: Mention) -> bool:
    return m.ent is None or m.ent.text[:1].isupper() or m.ent[0].lower_ == "the"


def agrees(m: Mention, context: ArticleContext, trusted_keys: set[str]) -> bool:
    """Whether the context says an untrusted name is a place (the model did not say so)."""
    place = m.chosen
    if place is None:
        return False
    if place.is_country and before_feature_noun(m):
        return False
    if m.key in trusted_keys:  # one sense per article: the model called the same name a place
        return True
    if m.qualifier is not None and fits_qualifier(place, m.qualifier):
        return True
    if m.route:
        return True
    if m.source == "mislabel" and place.feature in ("H.SEA", "H.STM") and after_the(m):
        return True  # "barges on the Danube", "crossed the Bosphorus": the model's person is the water
    if m.source == "mislabel" and (place.is_country or m.key in NATIONS) and is_country_named(m, place):
        # "cases in Mozambique and Botswana", "the teen from Cameroon", "officials in Mali": the
        # model's organisation or person by a country's own name is that country. "Chad" and
        # "Jordan" are people's names too: those only beside other countries.
        if m.ent is None or m.ent.label_ != "PERSON":
            return True
        if m.key not in GIVEN_NAME_COUNTRIES and not before_name_or_feature(m):
            return True
        return any(
            i.chosen is not None and i.chosen.is_country and (i.ent is None or i.ent.label_ != "PERSON") for i in m.items
        )
    # Inside a person's name the demonym before it is the person's ("Russian President Vladimir Putin")
    if m.country_hint and place.country == m.country_hint and m.container != "PERSON":
        return True
    administrative = place.feature.startswith("A.")
    known = place.population >= 1000 or administrative
    # In the country most of the article is about, and in a region it names or near its places.
    nearby = context.dominant(place) and (
        administrative or context.regions[place.admin1] > 0 or context.is_near(m, place, 100.0)
    )
    if m.dateline:
        return True
    if m.district and context.dominant(place):
        return True  # a legislator's home town, however small ("DFL-Cook")
    if m.region_word:
        return known
    if m.named_town and place.feature.startswith("P."):
        return True  # "the town of Pütürge", however small
    if m.home and m.source == "mislabel" and m.ent is not None and m.ent.label_ == "ORG" and m.key not in name_key(place.name):
        return False  # "Hamas officials": the body the model says it is, not Hamm, of which "Hamas" is an old name
    if m.home and is_home_place(m, place):
        if place.feature == "A.ADM1":  # "Galway hospitals": a region's population says nothing here
            return context.dominant(place)
        near = context.is_near(m, place, 100.0) or context.regions[place.admin1] > 0
        return place.population >= 10_000 or near
    if m.source == "inside":
        return agrees_inside(m, place, known, nearby, context.dominant(place), alone=not context.total)
    if m.locative:  # "to Henry" is a person more often than "in Henry"; "in Congress" is no town
        # Where the model found no place at all, nothing argues for another reading of "in Whitestown".
        alone = m.strong_locative and not context.total and not place.is_country
        if m.strong_locative:
            big = place.population >= 10_000
        else:  # "off to Albuquerque": a big city the model took for a person (organisations go "to" too)
            big = place.population >= 100_000 and len(m.key) >= 5 and m.ent is not None and m.ent.label_ == "PERSON"
        return known and (nearby or alone or big)
    if m.source == "mislabel" and any(is_capital_named(c, m.key) for c in m.candidates):
        return True  # a capital speaks for its government ("Tbilisi has denied"): a place, not a person
    if m.source == "mislabel" and m.ent is not None and m.ent.label_ == "PERSON":
        # Without a locative word, a "person" named like a town is a person: tried, giving towns to
        # one-word persons beside the article's places ("Lincoln" in Illinois) won as many wrong
        # places as right ones.
        return False
    if m.source == "mislabel" and place.population >= 50_000 and context.dominant(place) and name_key(place.name) == m.key:
        # "Rochester beat Syracuse": a city, whatever the model says (by its own name: "Hamas" is an
        # old name of Hamm, and the body the model says it is)
        return True
    if m.source == "scan" and context.dominant(place) and place.population >= SCANNED_CITY_POPULATION:
        return True  # "They hit Kharkiv": a big city of the article's country the model did not tag
    if m.source in ("scan", "mislabel"):
        return known and nearby
    return False


def district_candidates(gazetteer: Gazetteer, text: str) -> list[GazetteerEntry]:
    """What a legislator's district can be besides a town: a county ("D-Monongalia" in West
    Virginia, where districts are counties) or a state written without its full stop ("D-Calif")."""
    counties = [c for suffix in PLURAL_DIVISION_WORDS.values() for c in gazetteer.lookup(f"{text} {suffix}")]
    states = [c for c in gazetteer.lookup(f"{text}.") if c.feature == "A.ADM1"]
    return [c for c in counties if c.feature == "A.ADM2"] + states


def after_the(m: Mention) -> bool:
    """Whether "the" opens the mention's entity or stands right before it ("on the Danube")."""
    ent = m.ent
    if ent is None:
        return False
    return ent[0].lower_ == "the" or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


def before_name_or_feature(m: Mention) -> bool:
    """Whether a capitalised word or a feature's noun follows the name: "Israel Folau", "Jamaica
    Plain", "the Niger river" are not the country."""
    doc, end = m.ent.doc, m.ent.end
    if end >= len(doc):
        return False
    return doc[end].text[:1].isupper() or before_feature_noun(m)


def before_feature_noun(m: Mention) -> bool:
    """"the Niger river", "the Congo basin": a river or region named after the country, not it."""
    if m.ent is None or m.ent.end >= len(m.ent.doc):
        return False
    return m.ent.doc[m.ent.end].lower_ in FEATURE_NOUNS


def is_country_named(m: Mention, place: GazetteerEntry) -> bool:
    """Whether the mention is the country's name or a usual short form of it, not an old or foreign
    name ("Mozambique", "DRC"; not "Zion")."""
    if m.key in NATIONS:
        return name_key(place.name) == m.key
    return name_key(place.name) == m.key or m.key in COUNTRY_SHORT_FORMS.get(place.country, ())


def is_capital_named(place: GazetteerEntry, key: str) -> bool:
    """A national capital of 100,000 people or more by this very name (not "Victoria", Seychelles)."""
    return place.feature == "P.PPLC" and place.population >= 100_000 and name_key(place.name) == key


def is_home_place(m: Mention, place: GazetteerEntry) -> bool:
    """A town or county people live in, named as such ("DPWH officials" are no town's)."""
    text = m.ent.text if m.ent is not None else m.key
    return place.feature.startswith(("P.", "A.ADM1", "A.ADM2")) and not text.isupper()


def agrees_inside(
    m: Mention, place: GazetteerEntry, known: bool, nearby: bool, dominant: bool, alone: bool = False
) -> bool:
    """A place inside an organisation's name: "U.S. Army", "the Ohio State Board", "Pike
    County Fair", "the Springfield Police Department", "the Los Angeles Times". Inside a person's name
    only a county or a town's institution counts: "Pike County Sheriff ...", "Riverton High
    School" (the model makes people of them), not "Paris Hilton"."""
    own_name = name_key(place.name) == m.key
    if m.container == "PERSON":
        return (place.feature == "A.ADM2" and own_name) or (m.institution and known and nearby)
    if place.is_country or (place.feature in ("A.ADM1", "A.ADM2") and own_name):
        return True
    if m.institution:  # a town's own institution: small towns have them too when near the others
        return nearby or (known and place.population >= 10_000)
    if alone and own_name and place.population >= 100_000:
        return True  # "the Nashville Film Festival" with no other place around: the big city
    return known and (nearby or (dominant and place.population >= 100_000))


# ----------------------------------------------------------------------------------------------
# Output.


def relabel_entities(doc: Doc, mentions: list[Mention]) -> None:
    """Put the places the model mislabelled or missed into ``doc.ents`` as GPE (LOC for continents)."""
    if not mentions:
        return  # setting doc.ents costs, even to what it was
    fixed = []
    replaced = set()
    for m in mentions:
        label = "LOC" if m.chosen and m.chosen.feature in ("L.CONT", "H.SEA", "H.STM") else "GPE"
        fixed.append(Span(doc, m.start, m.end, label=label))
        if m.ent is not None:
            replaced.add((m.ent.start, m.ent.end))
    kept = [e for e in doc.ents if (e.start, e.end) not in replaced]
    doc.ents = filter_spans(fixed + kept)


def to_place(doc: Doc, m: Mention) -> Place:
    end = m.end
    while end - 1 > m.start and doc[end - 1].is_space:
        end -= 1  # "Bicol" ending a headline: the model's entity ran into the blank line
    span = doc[m.start : end]
    place = m.chosen
    if place is None:
        return Place(
            span.text, (span.start_char, span.end_char), span.text, None, None, None, None, feature=m.feature
        )
    return Place(
        text=span.text,
        span=(span.start_char, span.end_char),
        name=place.name,
        geonameid=place.geonameid,
        lat=place.lat,
        lon=place.lon,
        country=place.country,
        feature=place.feature,
    )
