"""Word clusters: groups of words that news writes in the same places, learned from
unlabelled news, so that the tagger knows a name its labelled training text never had
("Zelensky" sits with the presidents it did have; "Kyiv" with the capitals).

    python -m search.entities.clusters CORPUS... [--conll eng.train] [--output clusters.txt]

reads articles (any folder or file newsdesk opens) and CoNLL-format text, learns a
skip-gram embedding of every word seen three times or more (gensim), and groups the
words at three or more sizes with k-means (scikit-learn).  Both libraries are needed
only here (`pip install -e '.[train]'`); newsdesk itself reads the table it writes,
`clusters.txt` (one word a line, lower case, digits written 0, then its cluster at each
size).  The table holds words and numbers only, no text of any article.  Retrain the
tagger after changing it.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from .data import CLUSTERS

__all__ = ["CLUSTERS", "SIZES", "cluster_key", "word_clusters", "unaccented", "learn", "news_lines", "table_arguments"]

SIZES = (200, 1000, 3000)
_DIGIT = re.compile(r"\d")


def cluster_key(word: str) -> str:
    """How a word is looked up: case and the value of digits do not matter."""
    return _DIGIT.sub("0", word.lower())


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    try:
        text = CLUSTERS.read_text(encoding="utf-8")
    except FileNotFoundError:  # the tagger then works as it was trained without them
        return table
    for line in text.splitlines():
        word, _, numbers = line.partition("\t")
        if numbers:
            table[word] = tuple(numbers.split())
    return table


def word_clusters(word: str) -> tuple[str, ...] | None:
    """The word's cluster at each size (SIZES), or None for a word never learned.  A
    word not learned with its accents is looked up without them: news writes the same
    name both ways ("Świątek", "Swiatek"), and the table has learned one of them."""
    table = _table()
    key = cluster_key(word)
    found = table.get(key)
    if found is None and not key.isascii():
        found = table.get(unaccented(key))
    return found


# Latin letters that Unicode does not split into a letter and an accent
_UNSPLIT = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe",
                          "þ": "th", "ð": "d"})


def unaccented(word: str) -> str:
    """The word without its accents ("świątek" -> "swiatek", "støre" -> "store")."""
    split = unicodedata.normalize("NFKD", word.translate(_UNSPLIT))
    return "".join(ch for ch in split if not unicodedata.combining(ch))


def news_lines(corpora: list[Path], headlines: bool = True) -> Iterator[list[str]]:
    """The words of every paragraph (and headline) of the articles in `corpora`, a line at a time."""
    from ..corpus import find_files, read_file
    from .tokens import paragraphs, tokenize

    files, skipped = find_files(corpora)
    for problem in skipped:
        print(f"skipped {problem}", file=sys.stderr)
    for file in files:
        for article in read_file(file).articles:
            for text in ((article.title or "", article.text) if headlines else (article.text,)):
                for _, line in paragraphs(text):
                    yield [token.text for token in tokenize(line)]


def _sentences(corpora: list[Path], conll: list[Path]) -> Iterator[list[str]]:
    from .conll import read_conll

    for words in news_lines(corpora):
        if len(words) > 1:
            yield [cluster_key(word) for word in words]
    for path in conll:
        for sentence in read_conll(path):
            yield [cluster_key(word) for word in sentence.words]


def learn(corpora: list[Path], conll: list[Path], output: Path = CLUSTERS, sizes: tuple[int, ...] = SIZES,
          dimensions: int = 100, window: int = 2, min_count: int = 3, epochs: int = 5) -> int:
    """Learn the clusters and write them to `output`; returns the number of words.
    A narrow window (two words each side) groups words by the role they play in a
    sentence more than by topic, which is what telling names apart needs."""
    import numpy as np
    from gensim.models import Word2Vec
    from gensim.models.word2vec import LineSentence
    from sklearn.cluster import MiniBatchKMeans

    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as lines:
        for words in _sentences(corpora, conll):
            lines.write(" ".join(words) + "\n")
        lines.flush()
        model = Word2Vec(LineSentence(lines.name), vector_size=dimensions, window=window, min_count=min_count,
                         sg=1, workers=2, epochs=epochs, seed=1)
    words = model.wv.index_to_key
    vectors = model.wv.vectors / np.linalg.norm(model.wv.vectors, axis=1, keepdims=True)
    columns = [MiniBatchKMeans(n_clusters=k, random_state=1, batch_size=4096, n_init=3).fit(vectors).labels_
               for k in sizes]
    with open(output, "w", encoding="utf-8") as out:
        for i, word in enumerate(words):
            out.write(word + "\t" + " ".join(str(column[i]) for column in columns) + "\n")
    return len(words)


def table_arguments(prog: str, description: str | None, output: Path) -> argparse.Namespace:
    """The command line of a tool that learns a table from news: corpora, --conll, --output."""
    parser = argparse.ArgumentParser(prog=prog, description=description,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", type=Path, nargs="+", help="folders or files of articles (unlabelled)")
    parser.add_argument("--conll", type=Path, action="append", default=[], help="CoNLL-format text")
    parser.add_argument("--output", type=Path, default=output)
    return parser.parse_args()


def main() -> None:
    args = table_arguments("python -m search.entities.clusters", __doc__, CLUSTERS)
    started = time.perf_counter()
    count = learn(args.corpora, args.conll, args.output)
    print(f"{count} words in {len(SIZES)} sizes of clusters ({', '.join(map(str, SIZES))}) "
          f"written to {args.output} in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
