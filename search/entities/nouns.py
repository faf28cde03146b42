"""Nouns that describe a person: the words news writes right before people's names
("prop Adam Jones", "artist Nalini Malani", "the former goalkeeper Rob Green").

    python -m search.entities.nouns CORPUS... [--output person_nouns.txt]

tags the articles of the corpora (any folder or file newsdesk opens) and counts, for each
lower-case word standing right before a name, the names of each type it stands before.
A word seen before five names or more, four in five of them people's, goes in
`person_nouns.txt`: "goalkeeper", "influencer", "prop", but not "company", "retailer" or
"broadcaster", which stand before firms as often.  A quote's attribution by description
("the former goalkeeper wrote") is then known to describe a person (continued.py).  The
table holds words only, no text of any article.
"""

from __future__ import annotations

import re
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from .data import PERSON_NOUNS, lines_of

__all__ = ["person_nouns", "count_nouns", "someone_unnamed", "unnamed_person_in", "PERSON_NOUNS"]

MIN_SEEN = 5
PEOPLE_SHARE = 0.8
_BEFORE = re.compile(r"(?<![\w-])([a-z][a-z-]{2,})\s+$")


def person_nouns() -> frozenset[str]:
    """The words of the shipped table."""
    return lines_of(PERSON_NOUNS)


# "An aide to", "A friend of", "The lawyer representing": someone unnamed, related to the name after
_RELATED_TO = re.compile(r"\s*(?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[\w-]+)\s+"
                         r"(?:to|for|of|representing)\s+", re.IGNORECASE)  # not "a letter from"
# "Ana Vell's lawyer", "Vell’s new spokesman": someone unnamed, whose the name says
_OWNED_BY = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\b")


def someone_unnamed(before: str, after: str) -> bool:
    """A sentence that opens with `before`, a name, then `after` is about someone it does
    not name: 'An aide to Ana Vell spoke', "Ana Vell's lawyer said" (the noun one news
    writes before people's names; "Vell's plan" is still about Vell)."""
    related = _RELATED_TO.fullmatch(before)
    owned = None if before.strip() else _OWNED_BY.match(after)
    found = related or owned
    return found is not None and found.group("noun").lower() in person_nouns()


# "my partner", "a club official's", "the boy": a person written by a noun, not before a name
# ("the actor Ann Lee" names her)
_DETERMINED_NOUN = re.compile(r"(?<![\w'’-])(?:a|an|the|his|her|their|my|our|your|one|another)\s+"
                              r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z][a-z-]*)\b(?!\s+[A-Z])")


def unnamed_person_in(text: str) -> bool:
    """The text tells of someone by a noun for a person and no name: 'When I met my
    partner he said', 'a widow'.  A pronoun after it may stand for them."""
    return any(found.group("noun") in person_nouns() for found in _DETERMINED_NOUN.finditer(text))


def count_nouns(texts: Iterable[str]) -> dict[str, Counter[str]]:
    """For each lower-case word right before a name the tagger finds, the names' types."""
    from .tagger import find_mentions

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for mention in find_mentions(text):
            word = _BEFORE.search(text, max(0, mention.start - 30), mention.start)
            if word:
                counts[word.group(1)][mention.type] += 1
    return counts


def _texts(corpora: list[Path]) -> Iterable[str]:
    from ..corpus import find_files, read_file

    files, _ = find_files(corpora)
    for file in files:
        for article in read_file(file).articles:
            yield f"{article.title or ''}\n\n{article.text}"


def main() -> None:
    from .clusters import table_arguments

    args = table_arguments("python -m search.entities.nouns", __doc__, PERSON_NOUNS)
    started = time.perf_counter()
    counts = count_nouns(_texts(args.corpora))
    words = sorted(w for w, c in counts.items()
                   if c["PER"] >= MIN_SEEN and c["PER"] >= PEOPLE_SHARE * sum(c.values()))
    args.output.write_text("\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words):,} person nouns in {args.output} ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
