"""A quotation that names a work, not anyone's words: a film, a book, a programme
("Sex and the City", "The Daily Show With Trevor Noah.")."""

from __future__ import annotations

import re

__all__ = ["names_a_work", "SMALL_WORDS"]

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
