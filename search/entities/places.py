"""A small world gazetteer (places.txt) that settles person-or-place doubts.

The tagger learned from 1996 news; "Kyiv" or "Bakhmut" standing alone before a
possessive looks like a person to it.  A name listed here is never a person.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .countries import country_of
from .gazetteer import in_gazetteer
from .names import fold, variant_key

__all__ = ["is_place", "named_after_place", "PLACE_ENDS"]

# Last words of a building's, a street's or a ship's name, no person's ("Governor Cuomo Bridge").
PLACE_ENDS = frozenset("bridge street road avenue square park station airport stadium arena tower hall building "
                       "island bay river lake cruises hotel church cathedral prize award cup trophy medal".split())


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    lines = Path(__file__).with_name("places.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(variant_key(line) for line in lines if line.strip() and not line.startswith("#"))


def is_place(name: str) -> bool:
    return variant_key(name) in _places()


def _a_place(name: str) -> bool:
    return is_place(name) or country_of(name) is not None or in_gazetteer(fold(name))


def named_after_place(name: str) -> str | None:
    """The word after the place in a two-word name that opens with a place's name and is
    no place itself ("Virginia Vell", "Elizabeth Lanner": the tagger, which knows
    Virginia and Elizabeth as places, may type the person a place), else None.  Whether
    that word is a person's surname is for the corpus to say."""
    words = name.split()
    if len(words) != 2 or not words[1][:1].isupper() or fold(words[1]) in PLACE_ENDS or _a_place(name) \
            or not _a_place(words[0]):  # not "Bletchley Park"
        return None
    return words[1]
