"""What an article is about, as weighted words: the one measure of likeness that
related articles and stories share.

At index time each article keeps the counts of its content words (stemmed, the
headline counted twice, function words and bare numbers left out) in the stored field
`wording`, and the same words go into the unstored field `story`, whose document
frequencies give each word its weight.  At question time an article is a unit vector
of (1 + log count) x idf weights, and two articles are as alike as the cosine of their
vectors: the measure a plain TF-IDF cosine uses, on words a reader would call content.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from typing import Any

from .analyzers import text_analyzer

__all__ = ["story_words", "Wording", "Vector", "cosine", "STOP_STEMS", "STORY_FIELD"]

STORY_FIELD = "story"
Vector = dict[str, float]

# Function words and reporting verbs: never a reason two articles belong together.
_COMMON = """a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each even few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just
last like made make many may me might more most much must my new no nor not now of off on once one only
or other our ours out over own said same say says she should since so some still such than that the
their them then there these they this those though through to told too two under until up upon us very
was we were what when where which while who whom why will with would year years yet you your""".split()

_ANALYZER = text_analyzer()
STOP_STEMS = frozenset(token.text for word in _COMMON for token in _ANALYZER(word)) | frozenset(_COMMON)
HEADLINE_WEIGHT = 2  # a headline word counts as two in the body


def _content_words(text: str) -> list[str]:
    return [token.text for token in _ANALYZER(text)
            if len(token.text) > 1 and token.text not in STOP_STEMS and not token.text.isdigit()]


def _with_pairs(words: list[str]) -> list[str]:
    """The words, and each two that follow one another (with the function words between
    them left out): "malaysia_airlin" tells one story from another better than either."""
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:])]


def story_words(title: str, body: str) -> list[tuple[str, int]]:
    """An article's content words and pairs and their counts, sorted (stored at index time)."""
    counts = Counter(_with_pairs(_content_words(body)))
    for word in _with_pairs(_content_words(title)):
        counts[word] += HEADLINE_WEIGHT
    return sorted(counts.items())


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(word, 0.0) for word, weight in a.items())


def unit(weights: dict[str, float]) -> Vector:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {word: w / norm for word, w in weights.items()} if norm else {}


class Wording:
    """The weighted words of one snapshot's articles, worked out as they are asked for
    and kept (the weights hold for the snapshot's generation only)."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.total = max(1, int(searcher.doc_count_all()))
        self._idf: dict[str, float] = {}
        self._vectors: dict[int, Vector] = {}
        self._lock = threading.Lock()

    def idf(self, word: str) -> float:
        found = self._idf.get(word)
        if found is None:
            df = self.reader.doc_frequency(STORY_FIELD, word)
            found = self._idf[word] = math.log((1 + self.total) / (1 + df)) + 1.0
        return found

    def weigh(self, counts: list[tuple[str, int]] | dict[str, int]) -> Vector:
        pairs = counts.items() if isinstance(counts, dict) else counts
        return unit({word: (1.0 + math.log(count)) * self.idf(word) for word, count in pairs if count > 0})

    def vector(self, docnum: int, stored: dict[str, Any] | None = None) -> Vector:
        """The article's unit vector (from its stored fields when the caller has them)."""
        found = self._vectors.get(docnum)
        if found is None:
            fields = stored if stored is not None else self.searcher.stored_fields(docnum)
            found = self.weigh(fields.get("wording") or ())
            with self._lock:
                if len(self._vectors) > 50_000:  # a long session on a huge corpus: start again
                    self._vectors.clear()
                self._vectors[docnum] = found
        return found
