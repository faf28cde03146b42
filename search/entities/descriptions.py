"""Descriptions of someone who is not named: 'the Harwick chairman', 'the prop', 'the
31-year-old' (see speakers.py and role_speakers.py for who they turn out to be)."""

from __future__ import annotations

import re

from .phrases import CLAUSE_WORDS, RELATING, phrase_words
from .roles import role_word
from .speech import BRIDGE_WORDS

__all__ = ["AGE", "definite_words", "definite", "description"]

AGE = re.compile(r"\d{1,3}-(?:year|month)-old", re.IGNORECASE)  # "said 20-year-old Ali Osk"
# Words that may open a sentence before its subject: a conjunction, an adverb of time or sequence
_LEADING = frozenset("but and yet so later earlier meanwhile however separately afterwards subsequently "
                     "previously then now today yesterday instead".split())


def definite_words(phrase: str) -> list[str] | None:
    """The words of a definite description of someone ('the Harwick chairman', 'But the
    cardinal will'), from its "the"; None for any other phrase."""
    words = [word for word in phrase_words(phrase) if not AGE.fullmatch(word)]  # "the 76-year-old artist"
    while words and words[0].lower() in _LEADING:
        words.pop(0)  # "But the Harwick chairman added", "Later, the prime minister said"
    while len(words) > 2 and re.fullmatch(BRIDGE_WORDS, words[-1], re.IGNORECASE):
        words.pop()  # "the cardinal will (ask)"
    lowered = [word.lower() for word in words]
    if len(lowered) < 2 or lowered[0] != "the" or len(lowered) > 5 or not all(
            w.replace("-", "").isalpha() for w in lowered[1:]) \
            or any(w in CLAUSE_WORDS | RELATING for w in lowered[1:]):
        return None
    return words


def definite(phrase: str) -> str | None:
    """'the former goalkeeper', 'The prop', 'The 31-year-old': a definite description of
    someone, any noun or an age alone, without its "the" and in lower case; None for any
    other phrase (or one in capitals)."""
    aged = re.fullmatch(r"\s*(?:\w+,?\s+)?(?i:the)\s+(\d{1,3}-year-old)\s*", phrase)
    if aged and not phrase.isupper():
        return aged.group(1)  # "The 14-year-old said", "But the 31-year-old added"
    words = definite_words(phrase)
    if words is None or phrase.isupper() or not words[-1].islower():
        return None
    return " ".join(word.lower() for word in words[1:])


def description(phrase: str) -> str | None:
    """'the foreign secretary', 'The Tory leader': a role that names one person, without
    its "the" and in lower case, for the corpus to resolve when the article gave that
    role to no one (search/index/described.py); None for any other phrase."""
    words = definite_words(phrase)
    if words is None or phrase.isupper() or not role_word(words[-1].lower()):
        return None
    return " ".join(word.lower() for word in words[1:])
