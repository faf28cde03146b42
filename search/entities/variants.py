"""Two joins of the actor directory (directory.py) for names written two ways by slips
of form rather than of transliteration:

- a thing's name and its plural ("Liberal Democrat", "Liberal Democrats"; the award a
  tagger took for a person and its plural, which nobody's name takes);
- a person's name typed with two neighbouring letters swapped, beside the far more
  common right spelling ("Zelenksyy" for "Zelenskyy");
- a body's name with its words clipped, beside the same words in full ("Lib Dem" for
  "Liberal Democrat", "Justice Dept" for "Justice Department").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from .joined import JoinedNames
from .names import same_first_name, surname_key, variant_key
from .places import is_place
from .spellings import singular_key, swapped_letters

__all__ = ["join_plurals", "join_swapped_letters", "join_clipped"]

CLIPPED_LENGTH = 3  # a clipped word keeps at least this many letters ("Lib", "Dept")
SLIP_LENGTH = 5  # shorter names differ by a swap too often to call it a slip ("Ohm", "Hom")


def _mostly_person(types: Counter[str]) -> bool:
    return 2 * types["PER"] > sum(types.values())


def join_plurals(names: Iterable[str], types: Mapping[str, Counter[str]], sets: JoinedNames,
                 surnames: set[str], kept_apart: set[str]) -> None:
    """A name in the plural is one actor with the same name in the singular when the
    plural is mostly no person's name (people are not pluralised as things are):
    - a longer name whose singular is no person's either ("Liberal Democrat");
    - one word only when the tagger took its singular for a person who bears no
      surname of the corpus: "Oscar" beside "Oscars".  Two one-word things ("Time" and
      "Times", a team and a paper) may well be two, and a surname ("Brown" beside a team
      "Browns") is the person's."""
    by_key: dict[str, list[str]] = defaultdict(list)
    names = [name for name in names if name not in kept_apart]
    for name in names:
        by_key[variant_key(name)].append(name)
    for plural in names:
        single = singular_key(plural)
        if single is None or _mostly_person(types[plural]) or is_place(plural):
            continue
        # "Tories": "Tory" (or "Zombie" of "Zombies"; the variant key may have dropped the "e")
        ies = [single.removesuffix("e").removesuffix("i") + "y"] if plural.lower().endswith("ies") else []
        for key, name in [(key, name) for key in (single, *ies) for name in by_key.get(key, ())]:
            one_word = " " not in key
            if is_place(name) or (not one_word and _mostly_person(types[name])):
                continue
            if one_word and (not _mostly_person(types[name]) or key in surnames):
                continue
            sets.union(plural, name)


def join_swapped_letters(names: Iterable[str], kind: Mapping[str, str], sets: JoinedNames,
                         people: Mapping[str, set[str]], totals: Mapping[str, int],
                         dominant: Callable[[Iterable[str], Callable[[str], int]], str | None],
                         dominance: int, kept_apart: set[str]) -> None:
    """A person's surname with two neighbouring letters swapped is a slip for the person
    whose surname it nearly is, when the corpus names them far more often (`dominance`
    times as often as the slip, and as any other such person) and, for a full name,
    with the same first name.  `people`: the groups of people named in full, by surname."""
    for name in names:
        key = variant_key(name)
        surname = surname_key(name)
        if name in kept_apart or kind[name] != "PER" or len(surname) < SLIP_LENGTH or is_place(name) \
                or (" " not in key and key in people):
            continue
        own = sets.find(name)
        first = key.split()[0] if " " in key else None
        candidates = set()
        for n in range(len(surname) - 1):
            other = surname[:n] + surname[n + 1] + surname[n] + surname[n + 2:]
            if swapped_letters(surname, other):
                candidates |= {sets.find(group) for group in people.get(other, ())
                               if first is None or same_first_name(first, variant_key(group).split()[0])}
        target = dominant(candidates, totals.__getitem__)
        if target is not None and target != own and totals[target] >= dominance * totals[own]:
            sets.union(target, name)


def join_clipped(names: Iterable[str], types: Mapping[str, Counter[str]], sets: JoinedNames,
                 totals: Mapping[str, int],
                 dominant: Callable[[Iterable[str], Callable[[str], int]], str | None],
                 kept_apart: set[str]) -> None:
    """A name of two words or more, none of them a person's, whose every word opens the
    word in its place in a longer name ("lib dem" in "liberal democrat") is that name,
    when the corpus has one such name or one that clearly dominates the others."""
    things = [name for name in names
              if name not in kept_apart and not _mostly_person(types[name]) and " " in variant_key(name)]
    by_start: dict[tuple[str, ...], list[str]] = defaultdict(list)
    singular = {name: (singular_key(name) or variant_key(name)).split() for name in things}  # "lib dems": lib, dem
    for name in things:
        words = variant_key(name).split()
        if all(len(word) >= CLIPPED_LENGTH for word in words):
            by_start[tuple(word[:CLIPPED_LENGTH] for word in words)].append(name)
    for group in by_start.values():
        for short in group:
            own = sets.find(short)
            longer = {sets.find(name) for name in group if sets.find(name) != own
                      and all(full.startswith(word) for word, full in zip(singular[short], singular[name]))}
            target = dominant(longer, totals.__getitem__)
            if target is not None:
                sets.union(target, short)

