"""A body named for its place and a word ("Jacksonville Jaguars", "Boston Globe") is
written with the word alone once the place is clear ("the Jaguars", "the Globe").  The
actor directory (directory.py) joins the word to the full name when the corpus has one
such body only: beside "New York Post" and "Washington Post", "Post" stays apart, and
so does "Times" beside "Financial Times", which no place opens but which could be meant.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from .countries import country_of
from .gazetteer import in_gazetteer
from .joined import JoinedNames
from .names import variant_key
from .places import is_place
from .spellings import acronym

__all__ = ["join_after_place"]

MIN_ARTICLES = 2  # the full name, seen once, is no sign of what the short name means


def _town(words: list[str], kind: Mapping[str, str]) -> bool:
    """A town or a region, not a country (by name or initials): "US Ahold" is the firm's arm
    in one country.  Its words are all capitalised ("West of Satanism" is a title)."""
    written = " ".join(words)
    if not all(w[:1].isupper() for w in words) or country_of(written) is not None or acronym(written) is not None:
        return False
    return kind.get(written) == "LOC" or is_place(written) or in_gazetteer(written)


def join_after_place(names: Iterable[str], kind: Mapping[str, str], articles: Mapping[str, int], sets: JoinedNames,
                     kept_apart: set[str]) -> None:
    """A one-word name the corpus takes for a body, and no place's, that ends the name of
    exactly one body (any body, whatever opens its name) is that body when a town opens
    the body's name and the corpus writes the name in full in as many articles (and in
    two at least): the full name comes first, the short one follows.  A "Harlequins"
    named more often than "Belfast Harlequins" is another club."""
    names = list(names)
    joined: dict[str, list[str]] = defaultdict(list)
    for name in names:
        joined[sets.find(name)].append(name)
    ending: dict[str, list[str]] = defaultdict(list)  # a last word -> the longer names of bodies it ends
    for name in names:
        words = variant_key(name).split()
        if len(words) >= 2 and kind[name] == "ORG" and name not in kept_apart:
            ending[words[-1]].append(name)
    for name in names:
        key = variant_key(name)
        if " " in key or name in kept_apart or kind[name] != "ORG" or acronym(name) or is_place(name) \
                or in_gazetteer(name) or key not in ending \
                or any(" " in variant_key(other) for other in joined[sets.find(name)]):
            continue  # already one actor with a longer name ("United", "United Airlines")
        bodies = {sets.find(longer) for longer in ending[key]}
        if len(bodies) != 1:
            continue
        if any(_town(longer.split()[:-1], kind) and articles[longer] >= max(articles[name], MIN_ARTICLES)
               for longer in ending[key]):
            sets.union(next(iter(bodies)), name)
