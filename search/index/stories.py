"""Stories: a result set grouped the way a news aggregator groups coverage of one event.

Articles are grouped by average linkage over the cosine of their weighted words (see
wording.py): two groups join while, on average, their articles are at least
`joining(...)` alike.  Short texts share few words even when they tell one story, so
the bar is lower for headline-only articles than for full text.  A word that most of
the result set shares (the word searched for, say) tells its stories apart no better
than a function word, so it is left out of the likeness within that set.  A story is
one event: articles published more than STORY_DAYS apart are not linked directly (a
long-running subject becomes the stories of its weeks).

A story is labelled with its most central headline (the article most like the rest),
and lists its articles by date, so the reader sees how it developed.  The same result
set always gives the same stories: every order and tie is settled by article id.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from operator import itemgetter
from datetime import datetime
from typing import Any

from ..entities.directory import ActorDirectory
from ..results import Row, Stories, Story
from .grouping import average_linkage
from .published import published_dates
from .wording import Vector, Wording, single_words

__all__ = ["group_stories", "MOST_ARTICLES", "joining"]

MOST_ARTICLES = 5000  # a larger result set is grouped from its newest articles (and says so)
WORDS_KEPT = 30  # each article's heaviest words take part in grouping
SHARED_BY = 0.1  # a word in more than this share of the set does not tell its stories apart
HEADLINE_BAR = 0.05  # average likeness that joins groups of headline-only articles
FULL_TEXT_BAR = 0.17  # ... of full-text articles (ECB+ dev: F1 0.876-0.892 from 0.15 to 0.18; 0.859 at 0.2)
FULL_TEXT_WORDS = 40  # an article with this many content words or more is full text
MAIN_ACTORS = 5
_weight = itemgetter(1)
STORY_DAYS = 10  # articles further apart than this are never linked directly: a story is one event


def joining(full_text_share: float) -> float:
    """The average likeness at which two groups are one story, for a set in which
    `full_text_share` of the articles are full text."""
    return HEADLINE_BAR + (FULL_TEXT_BAR - HEADLINE_BAR) * full_text_share


def group_stories(searcher: Any, wording: Wording, directory: ActorDirectory, docnums: list[int]) -> Stories:
    total = len(docnums)
    notes = []
    if total > MOST_ARTICLES:  # the newest, by the date column (no stored fields read)
        when = dict(zip(docnums, published_dates(searcher, docnums)))
        docnums = sorted(docnums, key=lambda doc: (when[doc] is not None, when[doc] or datetime.min, doc))
        docnums = docnums[-MOST_ARTICLES:]
        notes.append(f"grouped the {MOST_ARTICLES:,} newest of {total:,} articles")
    stored = {doc: wording.cards[doc] for doc in docnums}
    order = sorted(docnums, key=lambda doc: _by_date(stored[doc]))
    vectors = {doc: wording.vector(doc, stored[doc], pairs=False) for doc in order}
    full = sum(1 for doc in order if single_words(stored[doc].get("wording") or "") >= FULL_TEXT_WORDS)
    bar = joining(full / len(order)) if order else FULL_TEXT_BAR
    days = [_day_of(stored[doc]) for doc in order]
    groups = _average_linkage(order, _trimmed(vectors, order), bar, days)
    stories = [_story(members, stored, vectors, directory) for members in groups]
    stories.sort(key=lambda s: (-len(s), -(s.last.timestamp() if s.last else 0), s.lead))
    return Stories(stories, total, len(order), notes)


def _by_date(fields: dict[str, Any]) -> tuple[int, float, str]:
    when = fields.get("published")
    return (1, when.timestamp(), fields["id"]) if when else (0, 0.0, fields["id"])


def _trimmed(vectors: dict[int, Vector], order: list[int]) -> dict[int, Vector]:
    """Each article's heaviest single words (pairs of words, rare by nature, would keep
    apart what one story says twice), less those most of the set shares, as unit vectors.
    Of words equally heavy, the first the article uses comes first (a stable sort of a
    vector made in the order of the text)."""
    heaviest = {doc: list(vectors[doc].items()) if len(vectors[doc]) <= WORDS_KEPT else  # all kept: no order needed
                sorted(vectors[doc].items(), key=_weight, reverse=True)[:WORDS_KEPT] for doc in order}
    shared: Counter[str] = Counter(word for doc in order for word, _ in heaviest[doc])
    most = max(2, int(SHARED_BY * len(order)))
    trimmed = {}
    for doc in order:
        kept = {word: weight for word, weight in heaviest[doc] if shared[word] <= most}
        norm = math.sqrt(sum(w * w for w in kept.values()))
        trimmed[doc] = {word: w / norm for word, w in kept.items()} if norm else {}
    return trimmed


def _day_of(fields: dict[str, Any]) -> int | None:
    when = fields.get("published")
    return when.toordinal() if when else None


def _likeness(order: list[int], vectors: dict[int, Vector], days: list[int | None]) -> tuple[Any, Any, Any]:
    """Cosines of every pair of articles sharing a word (pairs in set order), but for
    pairs published more than STORY_DAYS apart: one sparse product of the articles'
    vectors (a result set of 2,000 articles has some 400,000 such pairs, which took
    half a second summed in Python).  Returned as arrays: first positions, second
    positions (each larger than its first), likeness."""
    import numpy as np
    from scipy import sparse

    columns: dict[str, int] = {}
    rows, cols, weights = [], [], []
    for position, doc in enumerate(order):
        for word, weight in vectors[doc].items():
            rows.append(position)
            cols.append(columns.setdefault(word, len(columns)))
            weights.append(weight)
    if not columns:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    words = sparse.csr_matrix((weights, (rows, cols)), shape=(len(order), len(columns)))
    shared = sparse.triu(words @ words.T, k=1).tocoo()
    a, b = shared.row.astype(np.int64), shared.col.astype(np.int64)
    day = np.array([-1 if d is None else d for d in days], dtype=np.int64)
    near = (day[a] < 0) | (day[b] < 0) | (np.abs(day[a] - day[b]) <= STORY_DAYS)
    return a[near], b[near], shared.data[near]


def _average_linkage(order: list[int], vectors: dict[int, Vector], bar: float, days: list[int | None]
                     ) -> list[list[int]]:
    """Groups of docnums: average-linkage agglomeration stopped at `bar`."""
    first, second, value = _likeness(order, vectors, days)
    return [[order[n] for n in group] for group in average_linkage(len(order), first, second, value, bar)]


def _story(members: list[int], stored: dict[int, dict[str, Any]], vectors: dict[int, Vector],
           directory: ActorDirectory) -> Story:
    lead = members[0] if len(members) == 1 else _most_central(members, stored, vectors)
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


def _most_central(members: list[int], stored: dict[int, dict[str, Any]], vectors: dict[int, Vector]) -> int:
    centre: dict[str, float] = Counter()
    for doc in members:
        for word, weight in vectors[doc].items():
            centre[word] += weight
    return min(members, key=lambda doc: (-sum(w * centre.get(word, 0.0) for word, w in vectors[doc].items()),
                                         stored[doc]["id"]))


def _main_actors(directory: ActorDirectory, fields: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    named: Counter[str] = Counter()
    for one in fields:
        named.update(set(directory.actors_in(name for name, *_ in one.get("actors") or ())))
    return tuple(name for name, _ in sorted(named.items(), key=lambda item: (-item[1], item[0]))[:MAIN_ACTORS])
