"""Country names, aliases and demonyms → ISO 3166-1 alpha-2.

pycountry is the authority for codes and official names; countryinfo adds the names news uses
("Russia", not "Russian Federation"), alternative spellings and demonyms ("North Korean").
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from countryinfo import CountryInfo

# What both libraries miss and news writes all the time.
EXTRA_ALIASES = {
    "U.S.": "US", "U.S.A.": "US", "America": "US", "the States": "US", "Britain": "GB", "U.K.": "GB",
    "England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB", "Holland": "NL",
    "the Netherlands": "NL", "Czechia": "CZ", "Turkey": "TR", "Türkiye": "TR", "Ivory Coast": "CI",
    "the Philippines": "PH", "the Gaza Strip": "PS", "Gaza": "PS", "the West Bank": "PS", "Palestine": "PS",
    "Burma": "MM", "the Vatican": "VA", "the Congo": "CD", "DR Congo": "CD", "DRC": "CD", "the DRC": "CD",
    "the UAE": "AE", "UAE": "AE", "the Emirates": "AE", "the Soviet Union": "RU", "the USSR": "RU",
    "North Korea": "KP", "DPRK": "KP", "South Korea": "KR", "ROK": "KR", "Korea": "KR", "PRC": "CN", "KSA": "SA", "Taiwan": "TW", "Kosovo": "XK",
    "Macedonia": "MK", "Swaziland": "SZ", "East Timor": "TL", "Cape Verde": "CV",
}
EXTRA_DEMONYMS = {
    "U.S.": "US", "US": "US", "Yankee": "US", "English": "GB", "Scottish": "GB", "Welsh": "GB",
    "Briton": "GB", "Brit": "GB", "Dutch": "NL", "Soviet": "RU", "Kosovar": "XK",
    "Palestinian": "PS", "Israeli": "IL", "Emirati": "AE", "Filipino": "PH", "Czech": "CZ",
    "Taiwanese": "TW", "Congolese": "CD", "Iraqi": "IQ", "Afghan": "AF", "Saudi": "SA", "Kiwi": "NZ",
    "Thai": "TH", "Lao": "LA", "Ivorian": "CI", "Turkish": "TR", "Swiss": "CH", "Greek": "GR",
}


def _fold(name: str) -> str:
    name = name.replace("\u2019", "'").strip()
    name = re.sub(r"^the\s+", "", name, flags=re.I)
    return " ".join(name.lower().replace(".", "").split())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(folded name → code, folded demonym → code, code → common name)."""
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    common: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(_fold(value), code)
    # A demonym shared by several territories ("Chinese", "French") means the most populous one.
    by_population = sorted(CountryInfo.all().values(), key=lambda i: i.get("population") or 0)
    for info in by_population:
        code = (info.get("ISO") or {}).get("alpha2")
        if not code or not info.get("name"):
            continue
        common[code] = info["name"]
        names.setdefault(_fold(info["name"]), code)
        for alt in info.get("altSpellings") or []:
            if len(alt) > 3 and not alt.isupper():  # codes like "RUS" are not names in prose
                names.setdefault(_fold(alt), code)
        if info.get("demonym"):
            demonyms[_fold(info["demonym"])] = code
    for alias, code in EXTRA_ALIASES.items():
        names[_fold(alias)] = code
    for demonym, code in EXTRA_DEMONYMS.items():
        demonyms[_fold(demonym)] = code
    names[_fold("US")] = "US"
    names[_fold("UK")] = "GB"
    return names, demonyms, common


def country_code(name: str) -> str | None:
    """ISO alpha-2 of a country name or alias ("North Korea’s" → KP), else None."""
    folded = _fold(re.sub(r"['\u2019]s?$", "", name.strip()))
    return _tables()[0].get(folded)


def demonym_code(word: str) -> str | None:
    """ISO alpha-2 of a demonym, singular or plural ("North Koreans" → KP), else None."""
    folded = _fold(word)
    demonyms = _tables()[1]
    if folded in demonyms:
        return demonyms[folded]
    if folded.endswith("s") and folded[:-1] in demonyms:
        return demonyms[folded[:-1]]
    return None


def country_name(code: str) -> str:
    """The name news uses for a country code ("RU" → "Russia")."""
    common = _tables()[2]
    if code in common:
        return common[code]
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or (country.name if country else code)
