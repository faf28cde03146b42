"""A surname the tagger missed: where an article names a person in full ("Cyril
Saulnier") and later writes the surname alone, the tagger, reading each sentence alone,
sometimes passes it by ("Saulnier will move into the top 50").  The article settles who
that is, so each such surname is a mention of the person, unless it could be anything
else:
- two people of the article share it, or the article names a firm or place with it;
- news writes the word in lower case more often than with a capital ("Young", "Rice");
- it is a place, or a month's or a weekday's name or short form ("Jan. 6");
- a capitalised word stands right before it (another name: "Ruth Saulnier") that is
  neither a title ("Mr") nor a word news writes in lower case ("But"), or right after it
  ("Saulnier Group");
- the text is all in one case, where a capital says nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..article import Mention
from ..dates import MONTHS, WEEKDAYS
from .gazetteer import in_gazetteer
from .names import fold
from .places import is_place
from .titles import TITLES
from .vocabulary import lowercase_words

__all__ = ["missed_surnames"]

_SURNAME = re.compile(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*")
_WORD_BEFORE = re.compile(r"([\w'’.-]+)[ \t]+$")
_WORD_AFTER = re.compile(r"^[ \t]+([\w'’-]+)")


def missed_surnames(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` (in order) with the surnames of the article's people that the tagger
    missed added as mentions of type PER."""
    if text.isupper() or text.islower():
        return mentions
    common = lowercase_words()
    surnames = _surnames(mentions, common)
    if not surnames:
        return mentions
    covered = [(m.start, m.end) for m in mentions]
    added = []
    for surname in surnames:
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", text):
            start, end = found.span()
            if any(s < end and start < e for s, e in covered) or _in_another_name(text, start, end, common):
                continue
            added.append(Mention(start, end, surname, "PER"))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: (m.start, m.end))


def _surnames(mentions: list[Mention], common: frozenset[str]) -> list[str]:
    """The last words of the people the article names in full that nothing else could be."""
    owners: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        words = mention.text.split()
        if mention.type == "PER" and len(words) > 1 and _SURNAME.fullmatch(words[-1]) and len(words[-1]) > 2:
            owners[words[-1]].add(fold(mention.text))
    others = {word for m in mentions if m.type != "PER" for word in m.text.split()}
    return sorted(surname for surname, people in owners.items()
                  if len(people) == 1 and surname not in others
                  and not any(surname.lower() in words for words in (common, MONTHS, WEEKDAYS))
                  and not is_place(surname) and not in_gazetteer(fold(surname)))


def _in_another_name(text: str, start: int, end: int, common: frozenset[str]) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before:
        word = before.group(1)
        title = word.lower().rstrip(".") in TITLES
        ends_sentence = word.endswith(".") and not title  # "… in Harwick. Vell"
        if word[:1].isupper() and not ends_sentence and not title and word.lower() not in common:
            return True
    after = _WORD_AFTER.match(text[end:end + 40])
    return bool(after) and after.group(1)[:1].isupper()
