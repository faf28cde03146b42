"""Related articles: the articles most alike in wording (headline and body), found
through the index and ranked by the cosine of their weighted words, each with why.

One round of feedback sharpens the question: the words the closest few articles share
with this one are weighed up, so a passing mention counts for less than the story's
own subject.  Closeness in time counts a little (a story's coverage runs over days);
shared actors are given as a reason, and find candidates when the wording finds none.
Ties are broken by article id, so one corpus always gives one list.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet
from datetime import datetime
from typing import Any

from ..entities.directory import ActorDirectory
from ..results import RelatedArticle, Why
from .actor_table import ActorTable
from .analyzers import text_analyzer
from .cards import Cards
from .postings import id_arrays
from .schema import actor_term
from .wording import Vector, Wording, cosine, unit

__all__ = ["related", "FEEDBACK", "TIME_SHARE", "DAYS_SCALE"]

CANDIDATES = 50  # articles the index proposes for each question (fewer missed some of the closest at 110,000)
QUESTION_WORDS = 12  # the article's heaviest words put to the index (as good as 15 on the dev sets and at 110,000)
COMMON_WORD, COMMON_SHARE = 2000, 0.02  # a word in more articles than both is common: asked last, if need be
FEEDBACK = 2  # the closest articles whose words sharpen the question
FEEDBACK_WEIGHT = 0.5
TIME_SHARE = 0.2  # at most this share of the score is closeness in time
DAYS_SCALE = 2.0  # days over which closeness in time falls to 1/e
FEW_TIED = 100  # tied articles whose ids are read from their cards
_ANALYZER = text_analyzer()


def related(searcher: Any, wording: Wording, docnum: int, limit: int, directory: ActorDirectory,
            copies: AbstractSet[int] = frozenset(), table: ActorTable | None = None) -> list[RelatedArticle]:
    """The articles most alike `docnum`, best first: its near-`copies` (the same text)
    first, then the rest by likeness.  The actor `table`, where one has been made, says
    which articles name an actor without a look-up per name and segment."""
    source = searcher.stored_fields(docnum)
    own = wording.vector(docnum)
    cards = wording.cards
    leave_out = {docnum} | _copies_of(searcher, source) | copies
    asked = _heaviest(own)
    candidates = _proposed(wording, asked, leave_out)
    candidates |= _sharing_actors(searcher, wording, directory, source, leave_out, table)
    stored = {doc: cards[doc] for doc in sorted(candidates)}
    vectors = {doc: wording.vector(doc, fields) for doc, fields in stored.items()}

    first = {doc: cosine(own, vector) for doc, vector in vectors.items()}
    closest = sorted(first, key=lambda doc: (-first[doc], stored[doc]["id"]))[:FEEDBACK]
    question = _sharpened(own, [vectors[doc] for doc in closest if first[doc] > 0])
    if question is not own:  # the sharpened question may find articles the first missed
        already = {word for word, _ in asked}
        new_words = [(word, weight) for word, weight in _heaviest(question) if word not in already]
        extra = _proposed(wording, new_words, leave_out | set(stored), CANDIDATES // 2)
        for doc in sorted(extra):
            stored[doc] = cards[doc]
            vectors[doc] = wording.vector(doc, stored[doc])

    when = source.get("published")
    own_actors = set(_actor_names(directory, source))
    surface = _surface_words(source.get("title") or "", source.get("body") or "")
    answers = []
    for doc, fields in stored.items():
        alike = cosine(question, vectors[doc])
        days = _days_apart(when, fields.get("published"))
        closeness = math.exp(-days / DAYS_SCALE) if days is not None else 0.0
        shared_actors = [name for name in _actor_names(directory, fields) if name in own_actors]
        score = alike * (1.0 - TIME_SHARE + TIME_SHARE * closeness)
        if score <= 0 and not shared_actors:
            continue
        answers.append(RelatedArticle(
            id=fields["id"], title=fields["title"], published=fields.get("published"),
            score=round(score, 6),
            why=Why(terms=_shared_words(own, vectors[doc], surface), actors=tuple(shared_actors[:8]),
                    days_apart=round(days) if days is not None else None),
        ))
    answers.sort(key=lambda r: (-r.score, -len(r.why.actors), r.id))
    return (_same_text(cards, source, copies - {docnum}) + answers)[:limit]


def _same_text(cards: Cards, source: dict[str, Any], copies: AbstractSet[int]) -> list[RelatedArticle]:
    found = []
    for doc in sorted(copies):
        fields = cards[doc]
        days = _days_apart(source.get("published"), fields.get("published"))
        found.append(RelatedArticle(id=fields["id"], title=fields["title"], published=fields.get("published"),
                                    score=1.0, why=Why(terms=(), actors=(), same_text=True,
                                                       days_apart=round(days) if days is not None else None)))
    return sorted(found, key=lambda r: (r.why.days_apart if r.why.days_apart is not None else 10**6, r.id))


def _heaviest(vector: Vector) -> list[tuple[str, float]]:
    """The vector's heaviest single words (what is put to the index)."""
    return sorted(((word, weight) for word, weight in vector.items() if "_" not in word),
                  key=lambda item: (-item[1], item[0]))[:QUESTION_WORDS]


def _proposed(wording: Wording, heaviest: list[tuple[str, float]], leave_out: set[int],
              limit: int = CANDIDATES) -> set[int]:
    """The `limit` articles sharing the most weight of these words (each shared word
    counts its weight times its rarity), read straight from the postings: a scored
    Whoosh search of the same words took half a second at 100,000 articles.  The
    candidates are then ranked by the cosine itself."""
    import numpy as np

    common = max(COMMON_WORD, COMMON_SHARE * wording.total)
    shared = np.zeros(wording.total)
    for word, weight in sorted(heaviest, key=lambda item: (wording.frequency(item[0]), item[0])):
        if wording.frequency(word) > common and np.count_nonzero(shared) >= limit:
            break  # rarer words found enough; a common word's articles cost time and add little
        gain = weight * wording.idf(word)
        shared[wording.articles_with(word)] += gain  # a word is in an article once: no number twice
    return _most(shared, leave_out, limit, wording)


def _most(scores: Any, leave_out: AbstractSet[int], limit: int, wording: Wording) -> set[int]:
    """The `limit` articles with the highest scores (an array by document number), but
    those left out.  Of articles tied at the last place, those of the lowest ids: two
    builds of one corpus number its articles in different orders (files are read in
    parallel), and a tie broken by number gave 10 of the 1,064 UCI headlines another
    list in another build.  A few tied articles' ids are read from their cards; for
    more, the order of every id is worked out once (reading the cards of every tied
    article made related's p95 73-77 ms at 110,000 articles, against 27-38 ms)."""
    import numpy as np

    if leave_out:
        scores[np.fromiter(leave_out, dtype=np.int64)] = 0.0
    found = np.flatnonzero(scores > 0)
    if len(found) <= limit:
        return set(found.tolist())
    last = np.partition(-scores[found], limit - 1)[limit - 1]  # minus the lowest score kept
    above = found[-scores[found] < last]
    tied = found[-scores[found] == last]
    wanted = limit - len(above)
    if len(tied) <= FEW_TIED:
        chosen = sorted(tied.tolist(), key=lambda doc: wording.cards[doc]["id"])[:wanted]
    else:
        chosen = tied[np.argsort(wording.id_ranks()[tied], kind="stable")[:wanted]].tolist()
    return set(above.tolist()) | set(chosen)


def _sharpened(own: Vector, closest: list[Vector]) -> Vector:
    """The question moved toward the closest articles (one round of relevance feedback)."""
    if not closest:
        return own
    moved: dict[str, float] = Counter(own)
    for vector in closest:
        for word, weight in vector.items():
            moved[word] += FEEDBACK_WEIGHT * weight / len(closest)
    return unit(moved)


def _copies_of(searcher: Any, source: dict[str, Any]) -> set[int]:
    key = source.get("dupkey")
    if not key:
        return set()
    return set(searcher.document_numbers(dupkey=key))


def _sharing_actors(searcher: Any, wording: Wording, directory: ActorDirectory, source: dict[str, Any],
                    leave_out: set[int], table: ActorTable | None) -> set[int]:
    """Articles naming the article's rarest actors (what finds something for an article
    whose words are all common): the more of them, and the rarer, the better.  An actor
    named as often as a common word is not asked: which of its thousands of articles
    came first would decide, and reading them cost more than the rest of the question."""
    import numpy as np

    total = max(1, int(searcher.doc_count_all()))
    common = max(COMMON_WORD, COMMON_SHARE * total)
    own = directory.actors_in(name for name, *_ in source.get("actors") or ())
    own = {name: actor for name, actor in own.items() if actor.articles <= common}
    if not own:
        return set()
    reader = searcher.reader()
    shared = np.zeros(total)
    for name in sorted(own, key=lambda name: (own[name].articles, name))[:8]:
        actor = own[name]
        naming = np.zeros(total, dtype=bool)  # an article naming the actor by two of its names counts once
        listed = table.articles_of(name) if table is not None else None
        if listed is not None:
            naming[np.frombuffer(listed, dtype=f"i{listed.itemsize}")] = True
        else:
            for alias in directory.names_of(actor):
                for kind in directory.types[alias]:
                    for ids in id_arrays(reader, "actor_key", actor_term(alias, kind)):
                        naming[ids] = True
        shared[naming] += math.log(1 + total / max(1, actor.articles))
    return _most(shared, leave_out, CANDIDATES // 4, wording)


def _actor_names(directory: ActorDirectory, fields: dict[str, Any]) -> list[str]:
    found = directory.actors_in(name for name, *_ in fields.get("actors") or ())
    return sorted(found, key=lambda name: (found[name].articles, name))  # rarest first


def _days_apart(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return abs((a - b).total_seconds()) / 86400


def _surface_words(title: str, body: str) -> dict[str, str]:
    """Word as indexed -> the spelling the article uses most (for the reasons shown)."""
    text = f"{title}\n{body}"
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for token in _ANALYZER(text, chars=True):
        counts[token.text][text[token.startchar:token.endchar].lower()] += 1
    return {key: spellings.most_common(1)[0][0] for key, spellings in counts.items()}


def _shared_words(own: Vector, theirs: Vector, surface: dict[str, str], most: int = 8) -> tuple[str, ...]:
    """The heaviest words both share, as the article spells them; a shared pair of words
    is shown as the two words, and stands for each of them alone."""
    shared = sorted((word for word in own if word in theirs), key=lambda w: (-own[w] * theirs[w], w))
    shown: list[str] = []
    covered: set[str] = set()
    for word in shared:
        parts = word.split("_")
        if len(parts) == 1 and word in covered:
            continue
        shown.append(" ".join(surface.get(part, part) for part in parts))
        covered.update(parts)
        if len(shown) == most:
            break
    return tuple(shown)
