"""A quotation that names a work, not anyone's words: a film, a book, a programme
("Sex and the City", "The Daily Show With Trevor Noah."); and a name the article sets in
quotation marks as such a work's title, which is no actor there."""

from __future__ import annotations

import re

from .vocabulary import lowercase_words

__all__ = ["names_a_work", "quoted_as_work", "SMALL_WORDS"]

# The words of grammar a title leaves in lower case.
SMALL_WORDS = frozenset("a an the and or nor but of in on at to for by with from as".split())


def names_a_work(text: str) -> bool:
    """A short quotation with every longer word capitalised names a film, a book or a
    programme ("Sex and the City", "The Daily Show With Trevor Noah.")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    # a full stop may be the sentence's, set inside the marks: 'appeared on "Night in Harwick."'
    # so may a comma, in the American way ('in "One Flew Over the Cuckoo's Nest," died'), when
    # every word but a word of grammar is capitalised (not '"DeSantis has hit a new low," she wrote')
    stripped = text.strip()
    if stripped.endswith(",") and not all(w[:1].isupper() or w.lower() in SMALL_WORDS
                                          for w in re.findall(r"[^\W\d_][\w'’-]*", text)):
        return False
    return (len(text.split()) <= 8 and bool(words) and all(w[:1].isupper() for w in words)
            and not text.isupper() and not re.search(r"[.!?,]\W*$", stripped.removesuffix(".").removesuffix(",")))


_OPENING = "'\"‘“"
_CLOSING = "'\"’”"
# Marks a writer sets around a body's name to doubt it, not to title a work ("the so-called
# 'Harwick People's Republic'")
_DOUBTED = re.compile(r"\b(?:so-called|self-styled|self-proclaimed|self-declared)\W*$", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _a_name(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in lowercase_words()


def quoted_as_work(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] stands alone in quotation marks as a work's
    title ("watch 'Harbour of Knives' without a subscription", "offers 'Vell Street,'
    'Harbour of Knives'"): two words or more, every longer one capitalised, and the marks
    wrap the name and nothing else but a comma or a full stop.  One word in marks is as
    often a word quoted ("'Ditto.'"), marks after "so-called" doubt a body's name, and
    marks between two names set a nickname inside a person's ("Ivo 'Harbour Cat' Vell")."""
    name = text[start:end]
    if len(name.split()) < 2 or start == 0 or text[start - 1] not in _OPENING:
        return False
    close = end + 1 if text[end:end + 1] in (",", ".") else end
    if text[close:close + 1] not in _CLOSING or text[close + 1:close + 2].isalnum():
        return False  # "'Vell's" is a possessive, not a closing mark
    before = _WORD_BEFORE.search(text, max(0, start - 40), start - 1)
    after = _WORD_AFTER.match(text, close + 1)
    if before and after and _a_name(before.group(1)) and _a_name(after.group(1)):
        return False
    return names_a_work(text[start:close]) and not _DOUBTED.search(text, max(0, start - 30), start - 1)
