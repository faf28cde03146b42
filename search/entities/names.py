"""Keys under which spellings of one name meet.

`variant_key` folds accents and case and the usual transliteration differences
between outlets: doubled letters (Zelenskyy/Zelensky, Odessa/Odesa), Slavic
adjective endings (-skiy/-skyi/-sky), and i/y/ie spellings (Kyiv/Kiev).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

__all__ = ["as_written", "fold", "variant_key", "initials", "surname_key", "within", "same_first_name"]


@lru_cache(maxsize=262_144)
def fold(name: str) -> str:
    """A comparison key: no accents, no case, no punctuation ("U.S." == "US")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’`.]", "", text.casefold())
    return " ".join(re.findall(r"\w+", text))


_STOPWORDS = frozenset("of the and for de la le du von van".split())


_NUMERAL = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")  # a monarch's or a pope's number: "ii" is no "iii"


def _word(word: str) -> str:
    if _NUMERAL.fullmatch(word):
        return word
    word = re.sub(r"(s|z)k(?:iy|yi|yy|ij|ii|i|y)$", r"\1ky", word)
    word = re.sub(r"(?:iy|yi|yy|ij)$", "y", word)
    word = word.replace("yi", "i").replace("ie", "i").replace("iy", "i")
    return re.sub(r"(.)\1+", r"\1", word)


@lru_cache(maxsize=262_144)
def variant_key(name: str) -> str:
    return " ".join(_word(word) for word in fold(name).split())


@lru_cache(maxsize=262_144)
def surname_key(name: str) -> str:
    key = variant_key(name)
    return key.rsplit(" ", 1)[-1]


@lru_cache(maxsize=262_144)
def initials(name: str) -> str:
    """'North Atlantic Treaty Organization' -> 'nato'."""
    return "".join(word[0] for word in fold(name).split() if word not in _STOPWORDS)


_SMALL_WORDS = _STOPWORDS | {"fur", "und", "on", "in", "to"}


@lru_cache(maxsize=262_144)
def cased_initials(name: str) -> str | None:
    """'Bank of England' -> 'BoE', 'Department for Transport' -> 'DfT': its initials as an
    acronym that keeps its small words writes them; None for a name with no small word."""
    words = fold(name).split()
    if len(words) < 3 or not any(w in _SMALL_WORDS for w in words[1:-1]):
        return None
    return "".join(w[0] if w in _SMALL_WORDS else w[0].upper() for w in words)


def within(short: list[str], long: list[str]) -> bool:
    """'tayyip erdogan' within 'recep tayyip erdogan': the words in order, fewer of them."""
    if len(short) >= len(long):
        return False
    position = 0
    for word in long:
        if position < len(short) and word == short[position]:
            position += 1
    return position == len(short)


def _skeleton(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


def same_first_name(a: str, b: str) -> bool:
    """'vladimir'/'volodymyr', 'dmitry'/'dmitri', 'yevgeny'/'yevgeniy' are one first name;
    'hunter'/'harry' and 'joe'/'jill' are not."""
    from rapidfuzz.fuzz import ratio

    if a == b:
        return True
    if len(a) < 3 or len(b) < 3 or a[0] != b[0]:
        return False
    return ratio(a, b) >= 70 or _skeleton(a) == _skeleton(b)


def as_written(names: list[str], is_place: Callable[[str], bool]) -> list[str]:
    """The names but those set in capitals that are also written in mixed case and are no
    acronym: a reader writes "London", however often a dateline shouts "LONDON 1996-08-22",
    and "Bill Clinton"; but "NATO" beside "Nato" is an acronym either way (one word, no
    place), and how most of the coverage writes it decides."""
    mixed = {name.casefold() for name in names if not name.isupper()}
    return [name for name in names if not (name.isupper() and name.casefold() in mixed
                                           and (" " in name.strip() or is_place(name)))]
