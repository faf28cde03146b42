"""Splitting article text into tokens with character offsets, the way CoNLL-2003
splits Reuters text: "Trump's" is "Trump" + "'s", "U.S." stays whole, punctuation
stands alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..paragraphs import SHORT_TITLES

__all__ = ["Token", "tokenize", "paragraphs", "line_case"]

# A title shortened with a full stop keeps it, as CoNLL-2003 writes "Mr." and "J.": split
# off, the stop reads as a sentence's end and the title as a name ("Mr" a person).
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.
    rf"|\b(?i:{SHORT_TITLES})\.(?!\w)"
    r"|\b[A-Z]\.(?=\s+[A-Z])"  # an initial: "A. J. Smith"
    r"|[^\W_]+(?:[-.&](?=[^\W_])[^\W_]*)*(?:['’](?![sS]\b)[^\W_]+)*"  # words, Russia-Ukraine, O'Driscoll
    r"|['’][sS]\b"  # possessive
    r"|[^\w\s]"  # punctuation
)


class Token(NamedTuple):  # a tuple: the tagger makes one per word, and a tuple is made fastest
    text: str
    start: int
    end: int


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets: the sequences the tagger labels."""
    found = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            found.append((position, line))
        position += len(line) + 1
    return found


def line_case(words: Sequence[str]) -> str | None:
    """"CU" for a line set all in capitals, "CL" for one all in lower case, else None:
    in such a line a capital is no sign of a name."""
    letters = "".join(w for w in words if w.isalpha())
    if len(letters) <= 3:
        return None
    return "CU" if letters.isupper() else "CL" if letters.islower() else None


def title_cased(words: Sequence[str]) -> bool:
    """"Biden Meets With Zelensky In Kyiv": three words in four or more capitalised, in a
    line of four words or more (prose, even a line of names, writes its verbs and
    small words in lower case)."""
    alphabetic = [w for w in words if w[:1].isalpha()]
    return len(alphabetic) >= 4 and sum(1 for w in alphabetic if w[:1].isupper()) >= 0.75 * len(alphabetic)
