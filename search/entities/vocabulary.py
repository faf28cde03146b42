"""Words news writes in lower case: how a Title Case headline is put back into sentence
case before tagging ("Trump Hammers DeSantis Over Budget" -> "Trump hammers DeSantis over
budget"), so that its verbs and nouns are not read as parts of names.

    python -m search.entities.vocabulary CORPUS... [--conll eng.train] [--output lowercase.txt]

counts, inside sentences of ordinary prose (a line neither in one case nor in Title Case,
and not a sentence's first word), how often each word is written in lower case and how
often capitalised, in articles (any folder or file newsdesk opens) and CoNLL-format text.
A word written in lower case more often than capitalised, and seen three times or more
(once is enough in the labelled CoNLL text), goes in `lowercase.txt`: "hammers", "urgency", "criticizes" but not "Trump", "Kyiv" or
"Smith".  The table holds words only, no text of any article.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .data import VOCABULARY

__all__ = ["count_cases", "write_vocabulary", "lowercase_words", "VOCABULARY"]

MIN_SEEN = 3
_ENDS = {".", "!", "?", ":", ";", '"', "“", "”", "'", "(", "-", "—", "–"}


@lru_cache(maxsize=1)
def lowercase_words() -> frozenset[str]:
    """The words of the shipped table."""
    return frozenset(VOCABULARY.read_text(encoding="utf-8").split())


def count_cases(sentences: Iterable[list[str]]) -> tuple[Counter[str], Counter[str]]:
    """(lower, capitalised): per word, how often prose writes it each way after its first word."""
    from .tokens import line_case, title_cased

    lower: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for words in sentences:
        if line_case(words) or not any(w[:1].isalpha() for w in words) or title_cased(words):
            continue  # in one case, or in Title Case, the case of a word says nothing
        for i, word in enumerate(words):
            if i == 0 or words[i - 1] in _ENDS or not word.isalpha():
                continue
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                capital[word.lower()] += 1
    return lower, capital


def write_vocabulary(corpora: list[Path], conll: list[Path], output: Path = VOCABULARY) -> int:
    from .clusters import news_lines
    from .conll import read_conll

    lower, capital = count_cases(news_lines(corpora, headlines=False))  # prose, not headlines
    labelled: set[str] = set()  # the labelled text's words count from one sighting: it was read by people
    for path in conll:
        more_lower, more_capital = count_cases(sentence.words for sentence in read_conll(path))
        lower.update(more_lower)
        capital.update(more_capital)
        labelled.update(more_lower)
    words = sorted(w for w, n in lower.items() if n > capital[w] and (n + capital[w] >= MIN_SEEN or w in labelled))
    output.write_text("\n".join(words) + "\n", encoding="utf-8")
    return len(words)


def main() -> None:
    from .clusters import table_arguments

    args = table_arguments("python -m search.entities.vocabulary", __doc__, VOCABULARY)
    started = time.perf_counter()
    words = write_vocabulary(args.corpora, args.conll, args.output)
    print(f"{words:,} lower-case words in {args.output} ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
