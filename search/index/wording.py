"""What an article is about, as weighted words: the one measure of likeness that
related articles and stories share.

At index time each article keeps its content words in order (stemmed as the index
stems them, function words and bare numbers left out) in the stored field `wording`:
its headline's, a newline, its body's.  At question time an article is a unit vector
of (1 + log count) x idf weights: the headline's words count twice, and for related
articles each two content words that follow one another count as a word of their own
("malaysia airlin" tells one story from another better than either word).  Each
article's content words are also indexed, once each, in the field `words`: a word's
document frequency is read from its terms, and related articles look candidates up in
it (one posting list a word, not a headline's and a body's); a pair's frequency is
estimated as if its words were independent.  Two articles are as alike as the cosine
of their vectors: what a plain TF-IDF cosine does, on words a reader would call content.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from typing import Any
from urllib.parse import unquote, urlsplit

from ..entities.credits import credit_spans
from .analyzers import text_analyzer
from .cards import Cards
from .postings import field_terms, id_arrays, term_ranks

__all__ = ["story_words", "link_words", "single_words", "Wording", "Vector", "cosine", "unit", "STOP_STEMS", "WORDS_FIELD"]

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
WORDS_FIELD = "words"  # the indexed field of each article's content words, once each
_LOG_COUNTS = [0.0] + [1.0 + math.log(count) for count in range(1, 64)]  # 1 + log count, as worked out
ARTICLES_HELD = 4_000_000  # article numbers kept by words (16 MB)


_TOKEN = _ANALYZER.items[0].expression  # the analyzer's own tokenizer: its filters work word by word
_STEMS: dict[str, tuple[str, ...]] = {}  # a word as written -> its content stems (most often one or none)


def _stems(word: str) -> tuple[str, ...]:
    found = _STEMS.get(word)
    if found is None:
        found = tuple(token.text for token in _ANALYZER(word)
                      if len(token.text) > 1 and token.text not in STOP_STEMS and not token.text.isdigit())
        if len(_STEMS) > 200_000:  # a vocabulary past any one corpus's: start again
            _STEMS.clear()
        _STEMS[word] = found
    return found


def _content_words(text: str) -> list[str]:
    """The content stems of a text in order, as the index's analyzer makes them (each
    word written one way is analysed once: the analyzer costs as much as indexing)."""
    return [stem for match in _TOKEN.finditer(text) for stem in _stems(match.group())]


def _analysed_words(text: str) -> list[str]:
    """The same, the slow way: the analyzer over the whole text (what tests compare to)."""
    return [token.text for token in _ANALYZER(text)
            if len(token.text) > 1 and token.text not in STOP_STEMS and not token.text.isdigit()]


def story_words(title: str, body: str, link: str | None = None) -> str:
    """An article's content words in order: the headline's, a newline, the body's (stored);
    a record with no body (a headline and a link) has its link's words as its body.  A
    credit's words are no story's: a byline or a photo credit ("(Ana Cruz/AFP via Getty
    Images)") made two articles with one photographer's pictures look related."""
    body_words = _content_words(_without_credits(body)) or _content_words(link_words(link))
    return " ".join(_content_words(title)) + "\n" + " ".join(body_words)


_SLUG_PART = re.compile(r"[-_+]+")
_PAGE_SUFFIX = re.compile(r"\.[A-Za-z]{2,5}$")
SLUG_WORDS = 3  # a part of a link's path names a story only with this many words or more


def link_words(link: str | None) -> str:
    """The words an article's link spells out, where its address is written in words
    ('.../2014/03/fed-official-hints-at-tapering-294436.html' -> 'fed official hints at
    tapering'): the longest part of the path with SLUG_WORDS words or more, a word being
    three letters or more written as words are (no digit, no case changing inside it).  A headline-only record (an aggregator's export, a feed
    item without a summary) says more in its link than in its cut headline.  Section
    names ('world-us-canada'), numbers and encoded ids give nothing; nor does a host.
    Used only where a record has no body: links also carry an outlet's own codes (on the
    110,541 feed items of 2022, 'intl', 'vpx' and 'hnk' in 5,262, 2,145 and 1,440 links),
    which a body would only dilute, and a body says what its link does."""
    if not link:
        return ""
    try:
        path = unquote(urlsplit(link.strip()).path)
    except ValueError:
        return ""
    best: list[str] = []
    for part in path.split("/"):
        words = [w for w in _SLUG_PART.split(_PAGE_SUFFIX.sub("", part))
                 if len(w) >= 3 and w.isalpha() and (w.islower() or w.istitle() or w.isupper())]
        if len(words) >= SLUG_WORDS and len(words) > len(best):
            best = words
    return " ".join(best)


def _without_credits(body: str) -> str:
    spans = credit_spans(body)
    if not spans:
        return body
    kept, last = [], 0
    for start, end in spans:
        kept.append(body[last:start])
        last = max(last, end)
    kept.append(body[last:])
    return "\n".join(kept)


def _smoothed_idf(frequency: float, total: int) -> float:
    return math.log((1 + total) / (1 + frequency)) + 1.0


def single_words(stored: str) -> int:
    """How many content words the headline and body have."""
    return len(stored.split())


def _counts(stored: str, pairs: bool) -> Counter[str]:
    title, _, body = stored.partition("\n")
    heads, words = title.split(), body.split()
    counts = Counter(words)
    if pairs:  # each two that follow one another (the function words between them left out)
        counts.update(f"{a}_{b}" for a, b in zip(words, words[1:]))
        heads = heads + [f"{a}_{b}" for a, b in zip(heads, heads[1:])]
    for word in heads:
        counts[word] += HEADLINE_WEIGHT
    return counts


def cosine(a: Vector, b: Vector) -> float:
    """Summed in the smaller vector's own order (a set's order would change with the
    process's string hashing, and with it the last bit of a score and the order of ties)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b[word] for word, weight in a.items() if word in b)


def unit(weights: dict[str, float]) -> Vector:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {word: w / norm for word, w in weights.items()} if norm else {}


class Wording:
    """The weighted words of one snapshot's articles, worked out as they are asked for
    and kept (the weights hold for the snapshot's generation only)."""

    def __init__(self, searcher: Any, cards: Cards | None = None) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.cards = cards if cards is not None else Cards(searcher)
        self.total = max(1, int(searcher.doc_count_all()))
        self._df: dict[str, float] = {}
        self._idf: dict[str, float] = {}
        self._vectors: dict[tuple[int, bool], Vector] = {}
        self._frequencies: dict[str, int] | None = None
        self._articles: dict[str, Any] = {}  # word -> its articles' numbers, as asked
        self._articles_held = 0
        self._id_ranks: Any = None
        self._lock = threading.Lock()

    def frequency(self, word: str) -> float:
        """In how many articles a word is (a pair: as if its words were independent;
        worked out each time, not kept: an article has as many pairs as words, and kept
        they grew without bound over a session)."""
        found = self._df.get(word)
        if found is None:
            if "_" in word:
                first, _, second = word.partition("_")
                return self.frequency(first) * self.frequency(second) / self.total
            found = self._df[word] = float(self._words().get(word, 0))  # not in the index's words: 0
        return found

    def _words(self) -> dict[str, int]:
        """Each content word -> in how many articles, read in one pass over each
        segment's words: looking words up one at a time cost more than the rest of a
        related-articles question."""
        with self._lock:
            if self._frequencies is None:
                self._frequencies = dict(field_terms(self.reader, WORDS_FIELD))
            return self._frequencies

    def id_ranks(self) -> Any:
        """Each article number's place in the order of the articles' ids, worked out once
        (what settles a tie among many articles the same way in every build)."""
        with self._lock:
            if self._id_ranks is None:
                self._id_ranks = term_ranks(self.reader, "id")
            return self._id_ranks

    def articles_with(self, word: str) -> Any:
        """The numbers of the articles a content word is in (a NumPy array, in order),
        kept as asked: the articles a reader opens one after another share their words,
        and a word's look-up in each of the index's segments cost more than the rest of
        a related-articles question.  At most ARTICLES_HELD numbers are kept."""
        import numpy as np

        found = self._articles.get(word)
        if found is None:
            runs = list(id_arrays(self.reader, WORDS_FIELD, word))
            found = np.concatenate(runs).astype(np.int32) if runs else np.zeros(0, np.int32)
            with self._lock:
                if self._articles_held + len(found) > ARTICLES_HELD:  # a long session: start again
                    self._articles.clear()
                    self._articles_held = 0
                self._articles[word] = found
                self._articles_held += len(found)
        return found

    def idf(self, word: str) -> float:
        found = self._idf.get(word)
        if found is None:
            found = _smoothed_idf(self.frequency(word), self.total)
            if "_" not in word:
                self._idf[word] = found
        return found

    def vector(self, docnum: int, card: dict[str, Any] | None = None, pairs: bool = True) -> Vector:
        """The article's unit vector (from its card when the caller has it); `pairs`
        False: its single words only."""
        key = (docnum, pairs)
        found = self._vectors.get(key)
        if found is None:
            fields = card if card is not None else self.cards[docnum]
            words = fields.get("wording")
            if words is None:  # not a card: stored fields
                words = story_words(fields.get("title") or "", fields.get("body") or "", fields.get("url"))
            found = unit(self._weights(_counts(words, pairs)))
            with self._lock:
                if len(self._vectors) > 50_000:  # a long session on a huge corpus: start again
                    self._vectors.clear()
                self._vectors[key] = found
        return found

    def _weights(self, counts: Counter[str]) -> dict[str, float]:
        """(1 + log count) x idf for each word: what `idf` gives, worked out inline (an
        article's pairs of words are most of its terms, and a related-articles question
        weighs some 60 articles: method calls a pair were a quarter of its time)."""
        known, df, total, log = self._idf, self._df, self.total, math.log
        weights = {}
        for word, count in counts.items():
            if "_" in word:  # a pair, as frequency() and idf() work it out, operation for operation
                first, _, second = word.partition("_")
                a, b = df.get(first), df.get(second)
                idf = _smoothed_idf((a if a is not None else self.frequency(first)) *
                                    (b if b is not None else self.frequency(second)) / total, total)
            else:
                idf = known.get(word) or self.idf(word)
            weights[word] = (_LOG_COUNTS[count] if count < len(_LOG_COUNTS) else 1.0 + log(count)) * idf
        return weights
