"""The actor directory's joins of a name to its longer form (directory.py): an acronym
to the name it spells ("NATO"; "BoE", which writes the small words of the Bank of England
in lower case), and a lone name to the body it opens with one organisation word
("Wagner", "Wagner Group") or closes up with one ("Citi", "Citigroup"; "Pepsi", "PepsiCo").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping

from .countries import country_of
from .joined import SURNAME_ARTICLES, JoinedNames, dominant
from .names import cased_initials, fold, initials, variant_key
from .organisations import ORGANISATION_WORDS, PART_WORDS, without_legal_form
from .places import is_place
from .spellings import acronym_key, initials_written

__all__ = ["join_expansions"]

# A firm's one-word name that closes up its short name and an organisation word.
# Not "bank": Gazprombank is no Gazprom.
_CLOSED_UP = re.compile(r"([A-Z][a-z]{3,})(?:[Gg]roup|[Cc]orp|Co)")


def join_expansions(names: Collection[str], kind: Mapping[str, str], sets: JoinedNames, totals: Counter[str],
                    attested: set[str], kept_apart: set[str]) -> None:
    """An acronym is its expansion when the corpus has one (or one far more common than
    the others: "United States" over "US Senate" for "US"); "Wagner" is "Wagner Group"
    unless it is someone's name, but "Treasury" is no "Treasury Select Committee": a
    name and one organisation word are one body, a longer name is another."""
    expansions: dict[str, set[str]] = defaultdict(set)
    openings: dict[str, set[str]] = defaultdict(set)
    for name in names:
        base = without_legal_form(fold(name).split())
        if len(base) >= 2 and kind[name] in ("ORG", "LOC") and name not in kept_apart:
            # "General Motors Corp" is "GMC" and "GM"; "Russia Inc" (one word and a legal
            # form) is no expansion of "R.I."
            expansions[initials(name)].add(sets.find(name))
            expansions[initials(" ".join(base))].add(sets.find(name))
            if cased := cased_initials(" ".join(base)):  # "Bank of England" is "BoE", and only
                expansions[cased].add(sets.find(name))  # so: "UOC" is no "University of California"
            if len(base) == 2 and base[-1] in ORGANISATION_WORDS and base[-1] not in PART_WORDS:
                openings[variant_key(name).split()[0]].add(sets.find(name))  # not "Treasury Select Committee"
        elif len(base) == 1 and kind[name] == "ORG" and (closed := _CLOSED_UP.fullmatch(name.split()[0])):
            openings[variant_key(closed.group(1))].add(sets.find(name))  # "Citigroup" opens with "Citi"
    for name in names:
        letters = acronym_key(name)
        target = dominant(expansions.get(letters, set()), totals.__getitem__) if letters else None
        if target is not None and name not in kept_apart \
                and not (kind[name] == "LOC" and country_of(name)):  # the place "USA" is no university
            sets.union(target, name)
    lettered = {sets.find(name) for name in names if initials_written(name)}  # "La" (LA): no "LA Times"
    for name in names:  # a town is not its firm
        if name in kept_apart or " " in name.strip() or initials_written(name) or is_place(name) \
                or kind[name] == "LOC" or sets.find(name) in lettered or variant_key(name) in attested:
            continue
        target = dominant(openings.get(variant_key(name), set()), totals.__getitem__)
        # one "Leeds University" says nothing of what "Leeds" means elsewhere
        if target is not None and not totals[target] < SURNAME_ARTICLES < totals[sets.find(name)]:
            sets.union(target, name)
