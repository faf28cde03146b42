"""Words news prose writes with a capital wherever it uses them: proper names, as far as
unlabelled news can tell ("Facebook", "TikTok", "Zelensky"), as a feature of the tagger.

The tagger learned from 1996 text.  A word it never saw is judged by its shape, its
neighbours and its word cluster (clusters.py), and the clusters group words by where news
writes them: "Facebook" and "Twitter" sit with "video", "post" and "account", so the
tagger took them for nouns, and tagged Facebook in 14% of the news-2022 items naming it.
How news writes a word's case tells a name from a noun where its place cannot.

    python -m search.entities.proper ../shared/corpora/rss/*.jsonl.gz ../shared/corpora/bbc [--output capitalised.txt]

counts, inside sentences of ordinary prose (as vocabulary.py does: not a sentence's first
word, not a line in one case or in Title Case, not a headline), how often each word is
written capitalised ("Facebook", "TikTok", "McDonald") and how often in lower case.  A
word seen MIN_SEEN times or more, capitalised in SHARE of them, goes in
`capitalised.txt` (9,327 words from the RSS and BBC corpora).  The shipped table counts no
CoNLL text (`--conll` would add it): then half the names the tagger learns from carry the
mark and half do not, as with the new names of news it has never seen, and a held-out
part of `eng.train` is not counted before it is scored.  The table holds words only, no
text of any article.  Retrain the tagger after changing it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .data import CAPITALISED, lines_of

__all__ = ["CAPITALISED", "capitalised_words", "count_capitals", "write_capitalised"]

MIN_SEEN = 5
SHARE = 0.95
_ENDS = frozenset(".!?:;\"“”'‘’(-—–")
_PRONOUN = ("I'", "I’")  # "I'm", "I've": the one word always capitalised that names no one


def capitalised_words() -> frozenset[str]:
    """The words of the shipped table, in lower case."""
    return lines_of(CAPITALISED)


def count_capitals(sentences: Iterable[list[str]]) -> tuple[Counter[str], Counter[str]]:
    """(capitalised, lower): per lower-cased word, how often prose writes it each way
    after a sentence's first word.  A word in capitals alone ("NATO") counts neither way:
    acronyms are written so whatever they are; nor does the pronoun "I" with its endings
    ("I'm", "I've"), capitalised always and no name (the tagger, given them as such,
    took "I'm" for a person in 125 BBC articles)."""
    from .tokens import line_case, title_cased

    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for words in sentences:
        if line_case(words) or title_cased(words):
            continue  # in one case, or in Title Case, the case of a word says nothing
        for i, word in enumerate(words):
            if i == 0 or words[i - 1] in _ENDS or not word[:1].isalpha():
                continue
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and not word.isupper() and not word.startswith(_PRONOUN):
                capital[word.lower()] += 1
    return capital, lower


def write_capitalised(corpora: list[Path], conll: list[Path], output: Path = CAPITALISED) -> int:
    from .clusters import news_lines
    from .conll import read_conll

    capital, lower = count_capitals(news_lines(corpora, headlines=False))
    for path in conll:
        more_capital, more_lower = count_capitals(sentence.words for sentence in read_conll(path))
        capital.update(more_capital)
        lower.update(more_lower)
    words = sorted(w for w, n in capital.items() if n + lower[w] >= MIN_SEEN and n >= SHARE * (n + lower[w]))
    output.write_text("\n".join(words) + "\n", encoding="utf-8")
    return len(words)


def main() -> None:
    from .clusters import table_arguments

    args = table_arguments("python -m search.entities.proper", __doc__, CAPITALISED)
    started = time.perf_counter()
    words = write_capitalised(args.corpora, args.conll, args.output)
    print(f"{words:,} capitalised words in {args.output} ({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
