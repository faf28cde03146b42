"""Keys under which the directory meets two spellings of one actor's name.

names.py folds a name (accents, case, transliterations); this module says when two folded
names are still one actor's: an acronym spelled as written, an organisation without its
legal form, a plural of a thing's name, a person's surname typed with two letters swapped.
"""

from __future__ import annotations

import re

from .gazetteer import in_gazetteer
from .names import fold, variant_key
from .organisations import without_legal_form
from .places import is_place
from .vocabulary import lowercase_words

__all__ = ["acronym", "acronym_key", "initials_written", "spelling_key", "singular_key", "swapped_letters"]


def acronym(name: str) -> str | None:
    """The letters of a name written as initials ("NATO", "U.S."), lower case; else None."""
    bare = name.replace(".", "")
    return bare.lower() if re.fullmatch(r"[A-Z]{2,6}", bare) else None


def acronym_key(name: str) -> str | None:
    """What an acronym is matched by: its letters ("NATO": "nato") or, when it writes its
    small words in lower case ("BoE", "DfT", "MoD"), itself as written; else None."""
    bare = name.replace(".", "")
    return acronym(name) or (bare if re.fullmatch(r"[A-Z](?:[a-z]?[A-Z]){1,4}", bare) and not bare.isupper() else None)


def initials_written(name: str) -> str | None:
    """Its letters when it is written as initials and is no word set in capitals
    ("NATO", but not "LABOUR" or "POPE" in a headline in capitals)."""
    letters = acronym(name)
    return None if letters is not None and len(letters) > 3 and letters in lowercase_words() else letters


def spelling_key(name: str, kind: str, acronyms: set[str], places: set[str]) -> str:
    """Its variant key, but:
    - an acronym's is its letters as written: "BBC" is not "BC", "USSS" is not "US".
      A one-word name shares it when it is the acronym written as a word ("Nato"),
      not when it is an English word ("Us", "Who");
    - an organisation's is without its legal form ("Harwick Steel Corp" and "Harwick
      Steel" are one company), unless what is left is a place (a listed one, or an
      acronym the corpus calls a place): "Florida AG" (an attorney general) and "UK
      plc" are not Florida and the UK."""
    letters = initials_written(name)
    if letters is None and " " not in name.strip():
        word = fold(name)
        letters = word if word in acronyms and word not in lowercase_words() else None
    if letters is not None:
        return "=" + letters
    if kind == "ORG":
        rest = " ".join(without_legal_form(fold(name).split()))
        if variant_key(rest) not in places and not is_place(rest) and not in_gazetteer(rest):
            return variant_key(rest)
    return variant_key(name)


def singular_key(name: str) -> str | None:
    """The variant key of a name with its last word made singular ("Liberal Democrats" ->
    "liberal democrat"), or None when its last word is no plural in -s."""
    key = variant_key(name)
    last = key.rsplit(" ", 1)[-1]
    if len(last) < 4 or not last.endswith("s") or last.endswith("ss") or acronym(name):
        return None
    return key[:-1]


def swapped_letters(a: str, b: str) -> bool:
    """Whether two words differ by two neighbouring letters swapped, the commonest typing
    slip ("zelenksy" for "zelensky").  Two real surnames almost never differ so."""
    if len(a) != len(b) or a == b:
        return False
    differ = [n for n in range(len(a)) if a[n] != b[n]]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and a[differ[0]] == b[differ[1]] \
        and a[differ[1]] == b[differ[0]]
