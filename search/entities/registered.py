"""A firm's names across a corpus (a join of the actor directory, directory.py).

A name written with a legal form ("Vell Outfitters Inc", see firms.py) is a company's:
no person's name carries one.  So, across the corpus:
- the same name without the legal form is that company, whatever the tagger typed it
  where no legal form followed ("Orlen" a person in a Title Case headline, "Orlen Inc"
  elsewhere), unless it is one word, the surname of someone the corpus names in full,
  and a person in nine of ten of its articles ("Vell" of Ana Vell is no "Vell Corp");
- a shorter name made of the opening words of the registered name, that opens no other
  name of the corpus, is the company's short name ("Vell" and "Vell Outfitters" for
  "Vell Outfitters Inc"), unless the words it leaves out name a part of a firm ("Vell
  Pictures Inc" is no "Vell"), or the shorter name is a place (a town is not its firm), a
  surname of someone the corpus names in full, or a person the coverage
  describes by a role often enough to be sure of ("founder Ann Vell");
- a firm named for its founder with a possessive ("Marl's Sporting Goods Inc"), which the
  tagger splits where no legal form follows, is also its founder's lone name ("Marl",
  unless the corpus names a person of that surname in full) and its words after the
  possessive when they are common words, no name of their own ("Sporting Goods").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from .joined import JoinedNames
from .names import fold
from .organisations import LEGAL_FORMS, PART_WORDS, without_legal_form
from .places import is_place
from .vocabulary import lowercase_words

__all__ = ["join_registered", "name_of_founder", "registered"]

PERSON_SHARE = 0.9  # a lone surname typed a person this often is the person's, not a firm's of that word


def registered(name: str) -> bool:
    """Whether the name ends in a company's legal form ("Orlen Corp")."""
    words = fold(name).split()
    return len(words) > 1 and words[-1] in LEGAL_FORMS


def name_of_founder(name: str) -> tuple[str, str, str]:
    """(founder, the rest, the firm's name as written without its legal form) of a firm
    named for its founder: ("marl", "sporting goods", "Marl's Sporting Goods") for "Marl's
    Sporting Goods Inc"; empty strings for another name."""
    first, _, rest = name.partition(" ")
    if not registered(name) or first[-2:].lower() not in ("'s", "’s") or len(first) < 4:
        return "", "", ""
    words = fold(rest).split()
    kept = without_legal_form(words) if set(words) - LEGAL_FORMS else []
    return fold(first[:-2]), " ".join(kept), " ".join(name.split()[:1 + len(kept)])


def join_registered(names: Iterable[str], types: Mapping[str, Counter[str]], sets: JoinedNames,
                    described: Callable[[str], bool], kept_apart: set[str], firms_named: set[str]) -> None:
    """Join each firm's other names to its registered name (see the module's text).
    `described(name)`: whether the coverage gives the name a person's role often enough
    to call it a person; `firms_named`: the names that are `registered`."""
    names = [name for name in names if name not in kept_apart]
    firms: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a registered name's words, without the form
    for name in names:
        if name in firms_named:
            firms[tuple(without_legal_form(fold(name).split()))].add(name)
    if not firms:
        return
    opens: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)  # opening words -> longer names
    for name in names:
        words = tuple(without_legal_form(fold(name).split()))
        for end in range(1, len(words)):
            opens[words[:end]].add(words)
    surnames = {fold(name).split()[-1] for name in names if types[name]["PER"] and " " in name.strip()}
    by_key: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_key[fold(name)].append(name)
    for firm in [name for group in firms.values() for name in group]:
        owner, rest, _ = name_of_founder(firm)
        founder = [n for n in by_key.get(owner, []) if owner not in surnames and not is_place(n)]
        common = by_key.get(rest, []) if rest and all(word in lowercase_words() for word in rest.split()) else []
        for name in founder + common:
            sets.union(firm, name)
    for name in names:
        words = tuple(without_legal_form(fold(name).split()))
        if name in firms_named or is_place(name) or max(types[name], key=types[name].__getitem__, default="") == "LOC" \
                or (types[name]["PER"] and described(name)):  # a town is not its firm
            continue
        if words in firms:
            if len(words) == 1 and words[0] in surnames and types[name]["PER"] >= PERSON_SHARE * sum(types[name].values()):
                continue  # "Vell" of Ana Vell, a person nearly wherever it stands alone, is no "Vell Corp"
            target = words
        else:
            longer = opens.get(words, set()) if not (len(words) == 1 and words[0] in surnames) else set()
            target = next(iter(longer)) if len(longer) == 1 else None  # "Ford" of Harrison Ford is no "Ford Motor Co"
            if target is None or target not in firms or any(w in PART_WORDS for w in target[len(words):]):
                continue
        for firm in firms[target]:
            sets.union(firm, name)
