"""Stories: a result set grouped the way a news aggregator groups coverage of one event.

Articles are grouped by average linkage over the cosine of their weighted words (see
wording.py): two groups join while, on average, their articles are at least
`joining(...)` alike.  Short texts share few words even when they tell one story, so
the bar is lower for headline-only articles than for full text.  The words searched
for, and the names of the actors asked for, are in every article of the result set and
tell its stories apart no better than a function word: they are left out of the
likeness.  So is a word that too many of the set's articles share: over the whole
corpus, more than a tenth of them (generic words of the news); in the results of a
question, which share their subject by being chosen, more than half of them (a tenth
there took a story's own words away whenever it was a large part of the results: the
29 results of "swift", one story, fell apart into single articles).  A story is
one event: articles published more than STORY_DAYS apart are not linked directly (a
long-running subject becomes the stories of its weeks).

Two headlines that share a word look alike whether or not they tell one story; two
headlines of one story are also alike to the same other headlines.  So the likeness of
short texts is confirmed by the articles both are alike (`_confirmed`), which let the
bar for headlines come down from 0.05 to 0.03: more of a story's headlines join it, and
no more of other stories' (UCI dev, B-cubed F1 0.845 -> 0.866; mean over 150 random
halves of its stories 0.881 -> 0.895; ECB+ 0.890 either way).

A story is labelled with its most central headline (the article most like the rest),
and lists its articles by date, so the reader sees how it developed.  The same result
set always gives the same stories: every order and tie is settled by article id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from ..entities.directory import ActorDirectory
from ..results import Row, Stories, Story
from .grouping import average_linkage
from .published import published_dates
from .wording import Vector, Wording, single_words, story_words

__all__ = ["group_stories", "MOST_ARTICLES", "joining"]

MOST_ARTICLES = 5000  # a larger result set is grouped from its newest articles (and says so)
WORDS_KEPT = 30  # each article's heaviest words take part in grouping
SHARED_BY = 0.1  # a word in more than this share of the whole corpus tells no stories apart
SHARED_BY_MOST = 0.5  # ... in more than this share of a result set that is a small part of it
SHARED_AT_LEAST = 5  # a share of a few articles says nothing: a word of five or fewer always counts
SHARED_AT_MOST = 500  # nor does a word of more than 500 (the topic of a large result set, not a story)
HEADLINE_BAR = 0.03  # average likeness (confirmed) that joins groups of headline-only articles
FULL_TEXT_BAR = 0.17  # ... of full-text articles (ECB+ dev: F1 0.876-0.892 from 0.15 to 0.18; 0.859 at 0.2)
FULL_TEXT_WORDS = 40  # an article with this many content words or more is full text
MAIN_ACTORS = 5
LINKS_KEPT = 30  # an article's closest links are what confirm (all of them: twice the time, grouped no better)
STORY_DAYS = 10  # articles further apart than this are never linked directly: a story is one event


def joining(full_text_share: float) -> float:
    """The average likeness at which two groups are one story, for a set in which
    `full_text_share` of the articles are full text."""
    return HEADLINE_BAR + (FULL_TEXT_BAR - HEADLINE_BAR) * full_text_share


def _shared_share(articles: int, corpus: int) -> float:
    """The share of a set's articles above which a word they share is left out: SHARED_BY
    for the whole corpus, rising to SHARED_BY_MOST for a set that is a small part of it."""
    part = min(1.0, articles / corpus) if corpus else 1.0
    return SHARED_BY + (SHARED_BY_MOST - SHARED_BY) * (1.0 - part)


def group_stories(searcher: Any, wording: Wording, directory: ActorDirectory, docnums: list[int],
                  asked_words: str = "") -> Stories:
    """The stories of the articles `docnums`, the result set of a question whose words
    and actors' names are `asked_words`."""
    total = len(docnums)
    notes = []
    if total > MOST_ARTICLES:  # the newest, by the date column (no stored fields read)
        when = dict(zip(docnums, published_dates(searcher, docnums)))
        docnums = sorted(docnums, key=lambda doc: (when[doc] is not None, when[doc] or datetime.min, doc))
        docnums = docnums[-MOST_ARTICLES:]
        notes.append(f"grouped the {MOST_ARTICLES:,} newest of {total:,} articles")
    stored = {doc: wording.cards[doc] for doc in docnums}
    order = sorted(docnums, key=lambda doc: _by_date(stored[doc]))
    asked = set(story_words(asked_words, "").split())
    vectors = {doc: _without(wording.vector(doc, stored[doc], pairs=False), asked) for doc in order}
    short = [single_words(stored[doc].get("wording") or "") < FULL_TEXT_WORDS for doc in order]
    bar = joining(1 - sum(short) / len(order)) if order else FULL_TEXT_BAR
    days = [_day_of(stored[doc]) for doc in order]
    first, second, value = _likeness(order, vectors, days, _shared_share(len(order), wording.total))
    value = _confirmed(len(order), first, second, value, short)
    groups = average_linkage(len(order), first, second, value, bar)
    closeness = _closeness(len(order), groups, first, second, value)
    stories = []
    for group in groups:
        lead = min(group, key=lambda n: (-closeness[n], stored[order[n]]["id"]))
        stories.append(_story([order[n] for n in group], order[lead], stored, directory))
    stories.sort(key=lambda s: (-len(s), -(s.last.timestamp() if s.last else 0), s.lead))
    return Stories(stories, total, len(order), notes)


def _by_date(fields: dict[str, Any]) -> tuple[int, float, str]:
    when = fields.get("published")
    return (1, when.timestamp(), fields["id"]) if when else (0, 0.0, fields["id"])


def _day_of(fields: dict[str, Any]) -> int | None:
    when = fields.get("published")
    return when.toordinal() if when else None


def _without(vector: Vector, words: set[str]) -> Vector:
    return {word: weight for word, weight in vector.items() if word not in words} if words else vector


def _likeness(order: list[int], vectors: dict[int, Vector], days: list[int | None],
              shared_by: float) -> tuple[Any, Any, Any]:
    """Cosines of every pair of articles sharing a word (pairs in set order), but for
    pairs published more than STORY_DAYS apart: one sparse product of the articles'
    vectors (a result set of 2,000 articles has some 400,000 such pairs, which took
    half a second summed in Python).  Each article counts its heaviest single words
    (pairs of words, rare by nature, would keep apart what one story says twice; of
    words equally heavy, the first in alphabetical order), less those more than `shared_by`
    of the set has, as a unit vector.  Returned as arrays: first positions, second
    positions (each larger than its first), likeness."""
    import numpy as np
    from scipy import sparse

    columns: dict[str, int] = {}
    column = columns.setdefault
    sizes, words, weights = [], [], []
    for doc in order:
        vector = vectors[doc]
        heaviest = vector if len(vector) <= WORDS_KEPT else \
            dict(sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:WORDS_KEPT])
        sizes.append(len(heaviest))
        words.extend(column(word, len(columns)) for word in heaviest)
        weights.extend(heaviest.values())
    if not columns:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    row = np.repeat(np.arange(len(order), dtype=np.int64), sizes)
    col, weight = np.array(words, np.int64), np.array(weights)
    telling = np.bincount(col)[col] <= max(SHARED_AT_LEAST, min(SHARED_AT_MOST, int(shared_by * len(order))))
    row, col, weight = row[telling], col[telling], weight[telling]
    norm = np.sqrt(np.bincount(row, weight * weight, minlength=len(order)))
    words = sparse.csr_matrix((weight / norm[row], (row, col)), shape=(len(order), len(columns)))
    shared = sparse.triu(words @ words.T, k=1).tocoo()
    a, b = shared.row.astype(np.int64), shared.col.astype(np.int64)
    day = np.array([-1 if d is None else d for d in days], dtype=np.int64)
    near = (day[a] < 0) | (day[b] < 0) | (np.abs(day[a] - day[b]) <= STORY_DAYS)
    return a[near], b[near], shared.data[near]


def _confirmed(count: int, first: Any, second: Any, value: Any, short: list[bool]) -> Any:
    """The likeness of two headlines (or other short texts), confirmed by the articles
    both are alike: times the square root of the cosine of their rows of likeness (each
    article's LINKS_KEPT closest, and itself, as alike as its closest other).  Two
    articles alike to no others keep their likeness; two alike through one word to
    different others keep little of it.  Full text says enough itself (on ECB+,
    confirming it too took F1 0.890 to 0.882), so the factor counts as far as the pair is
    short texts: fully for two, half (its square root) for one, not at all for none."""
    import numpy as np
    from scipy import sparse

    shortness = np.asarray(short, np.float64)
    either = (shortness[first] + shortness[second]) / 2 if len(first) else np.zeros(0)
    if not either.any():
        return value
    row, col, weight = np.r_[first, second], np.r_[second, first], np.r_[value, value]
    ranked = np.argsort(2.0 * row - np.clip(weight, 0.0, 1.0), kind="stable")  # by article, the most alike first
    row, col, weight = row[ranked], col[ranked], weight[ranked]
    starts = np.searchsorted(row, np.arange(count))
    closest = np.zeros(count)
    linked = np.diff(np.r_[starts, len(row)]) > 0
    closest[linked] = weight[starts[linked]]  # each article's first link is its closest
    kept = np.arange(len(row)) - starts[row] < LINKS_KEPT
    row, col, weight = row[kept], col[kept], weight[kept]
    norm = np.sqrt(np.bincount(row, weight * weight, minlength=count) + closest * closest)
    norm[norm == 0] = 1.0
    everyone = np.arange(count)
    rows = sparse.csr_matrix(((np.r_[weight, closest] / norm[np.r_[row, everyone]]).astype(np.float32),
                              (np.r_[row, everyone], np.r_[col, everyone])), shape=(count, count))
    alike = np.asarray(rows[first].multiply(rows[second]).sum(axis=1), dtype=np.float64).ravel()  # rows' cosine
    return value * np.sqrt(np.clip(alike, 0.0, 1.0)) ** either


def _closeness(count: int, groups: list[list[int]], first: Any, second: Any, value: Any) -> list[float]:
    """How alike each article is to the rest of its story: the sum of its likeness to
    the others (the most central is the story's label), rounded so that the order in
    which floating-point sums were made never decides."""
    import numpy as np

    story = np.empty(count, np.int64)
    for number, group in enumerate(groups):
        story[group] = number
    same = story[first] == story[second]
    total = np.bincount(first[same], value[same], count) + np.bincount(second[same], value[same], count)
    return [round(x, 9) for x in total.tolist()]


def _story(members: list[int], lead: int, stored: dict[int, dict[str, Any]], directory: ActorDirectory) -> Story:
    dated = [stored[doc]["published"] for doc in members if stored[doc].get("published")]
    by_date = sorted(members, key=lambda doc: (0, stored[doc]["published"].timestamp(), stored[doc]["id"])
                     if stored[doc].get("published") else (1, 0.0, stored[doc]["id"]))
    outlets = sorted({stored[doc]["source"] for doc in members if stored[doc].get("source")})
    return Story(label=stored[lead]["title"], lead=stored[lead]["id"],
                 articles=tuple(Row(stored[doc]["id"], stored[doc]["title"], stored[doc].get("source"),
                                    stored[doc].get("published")) for doc in by_date),
                 outlets=tuple(outlets),
                 first=min(dated) if dated else None, last=max(dated) if dated else None,
                 actors=_main_actors(directory, (stored[doc] for doc in members)))


def _main_actors(directory: ActorDirectory, fields: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    named: Counter[str] = Counter()
    for one in fields:
        named.update(set(directory.actors_in(name for name, *_ in one.get("actors") or ())))
    return tuple(name for name, _ in sorted(named.items(), key=lambda item: (-item[1], item[0]))[:MAIN_ACTORS])
