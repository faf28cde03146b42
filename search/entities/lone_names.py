"""A one-word name that opens a longer name of the corpus (joins of the actor directory,
directory.py).

A person: a lone name that is nobody's surname but opens the two-word name of one person
who clearly dominates, used often enough to be a way of naming them, is that person:
"Xi" is Xi Jinping, whose family name is written first.

A body: headlines write "Tarvo, Brisk Mac shares fall" for Tarvo Mae and Brisk Mac, and
the tagger takes the lone word for a person's first name.  A one-word name is the body
whose two-word name it opens when:
- no other name of the corpus opens with it (a first name shared with a person named in
  full, "Brisk Ellery", keeps it apart, and so does another firm's, "Tarvo Airlines");
  two of its names hyphenated ("a Tarvo-Brisk overhaul", both written alone too) are a
  pair, not a longer name;
- the corpus writes the body in full more often than the word alone, in two articles
  or more, so the lone word is a short way of writing it, not a bigger thing the longer
  name belongs to (a firm's product or arm: "Orlen", "Orlen Music");
- the second word names no part of a body and no place ("Treasury" is no "Treasury
  Committee", "Orlen" no "Orlen Europe", an arm of the firm);
- the word is no place and no surname of someone the corpus names in full.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from .joined import JoinedNames, dominant
from .names import variant_key
from .organisations import PART_WORDS
from .places import is_place

__all__ = ["join_family_names", "join_lone_openers", "FAMILY_NAME_ARTICLES"]

FAMILY_NAME_ARTICLES = 10  # a lone name opening someone's name is theirs when this common


def join_family_names(names: Iterable[str], kind: Mapping[str, str], sets: JoinedNames, totals: Counter[str],
                      people: Mapping[str, set[str]], surnames: set[str], split: set[str]) -> None:
    """Join a lone name to the one person whose two-word name it opens (see above);
    `people`: the people named in full, by surname key; `surnames`: the lone names
    already joined as someone's surname."""
    names = list(names)
    openers: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = variant_key(name).split()
        if kind[name] == "PER" and len(words) == 2 and name not in split:
            openers[words[0]].add(sets.find(name))
    for name in names:
        key = variant_key(name)
        if name in split or " " in key or key in people or kind[name] != "PER" or is_place(name) \
                or name in surnames or sets.find(name) != name:
            continue
        person = dominant(openers.get(key, set()), totals.__getitem__)
        own = totals[sets.find(name)]
        # A way the corpus names them, not a stray first name ("Mike" seen a few times)
        if person is not None and FAMILY_NAME_ARTICLES <= own <= totals[person] and own >= 0.05 * totals[person]:
            sets.union(person, name)


def join_lone_openers(names: Iterable[str], is_body: Callable[[str], bool], sets: JoinedNames, totals: Counter[str],
                      people: Iterable[str], split: set[str]) -> None:
    """Join each one-word name to the one body it opens (see above); `is_body(name)`:
    whether the corpus takes the name for an organisation's; `people`: the surname keys
    of the people it names in full."""
    names = [name for name in names if name not in split]
    surnames = set(people)
    keys = {variant_key(name) for name in names}
    openers: dict[str, set[str]] = defaultdict(set)  # a first word -> the groups of the longer names it opens
    for name in names:
        words = variant_key(name).split()
        if len(words) == 2 and " " not in name.strip() and all(word in keys for word in words):
            continue  # two names of the corpus hyphenated ("Tarvo-Brisk overhaul"), no longer name
        if len(words) >= 2:
            openers[words[0]].add(sets.find(name))
    for name in names:
        key = variant_key(name)
        if " " in key or is_place(name) or key in surnames or sets.find(name) != name:
            continue
        groups = openers.get(key, set())
        if len(groups) != 1:
            continue
        [body] = groups
        words = variant_key(body).split()
        if len(words) != 2 or words[1] in PART_WORDS or is_place(words[1]) or not is_body(body):
            continue
        if 2 <= totals[name] < totals[body]:
            sets.union(body, name)
