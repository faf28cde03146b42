"""Whether a pronoun can stand for a person: 'he' for someone the article calls only 'Ms',
'she' for someone it calls only 'Mr', cannot."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import ArticleActor, MentionSpan

__all__ = ["disagrees"]

# Honorifics a person is named with, and the pronoun each goes with
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?\s+$")
_HE = frozenset("mr sir lord".split())
_SHE = frozenset("mrs ms miss lady dame".split())


def disagrees(body: str, pronoun: str, speaker: str, people: Sequence[MentionSpan],
              actors: Sequence[ArticleActor]) -> bool:
    """'He told Ms Sturgeon: "…"' cannot be Ms Sturgeon's: the article names the person
    the pronoun would stand for only with honorifics of the other sex ('Mr' for 'she',
    'Ms', 'Mrs', 'Miss' for 'he')."""
    word = pronoun.split()[0].lower() if pronoun.split() else ""
    if word not in ("he", "she"):
        return False
    named = {found.group(1).lower() for m in people if actors[m.actor].name == speaker
             for found in [_HONORIFIC.search(body, max(0, m.start - 7), m.start)] if found}
    other = _SHE if word == "he" else _HE
    return bool(named) and named <= other
