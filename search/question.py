"""What the user asked, as one value: the words of a query, the actors and dates that
narrow it, and the order of the answer.

    question = Question("putin talks", actors=("Pete Hegseth",), dates="since February")
    index.search(question); index.actors(question); index.timeline(question.without_dates())

A Question is frozen. Its query and date expression are parsed at most once, on first
use (relative dates count from `today`, numeric dates read in `order`), and a
question derived from it by `with_actors`, `without_dates` and friends reuses the
parsed words. Every library call that answers a question takes one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal

from .daterange import DateOrder, DateRange, parse_range
from .query import And, Dates, Everything, Node, Phrase, Word, has_terms, parse

__all__ = ["Question", "Sort", "asked"]

Sort = Literal["rank", "date"]
_PARSING = threading.Lock()  # questions are read from several worker threads at once


@dataclass(frozen=True)
class Question:
    words: str = ""  # the query language of search.query
    actors: tuple[str, ...] = ()  # articles naming all of these
    dates: str = ""  # a date expression ("since February", "2025-02-01..2025-03-01")
    sort: Sort | None = None  # None: by rank when there are words, else newest first
    today: date | None = None  # what relative dates count from (None: the clock)
    order: DateOrder = "MDY"  # how 03/04/2025 is read
    _parsed: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.actors, tuple):  # a list given by a caller
            object.__setattr__(self, "actors", tuple(self.actors))

    # What it means (parsed once) ---------------------------------------------------------

    def _once(self, key: str, make: Any) -> Any:
        with _PARSING:
            if key not in self._parsed:
                self._parsed[key] = make()
            return self._parsed[key]

    @property
    def tree(self) -> Node:
        """The words, parsed.  Raises QueryError for a query that cannot be understood."""
        return self._once("tree", lambda: parse(self.words, self.today, self.order))  # type: ignore[no-any-return]

    @property
    def date_range(self) -> DateRange | None:
        """The date filter, parsed (None: any date).  Raises DateError."""
        return self._once("dates", lambda: parse_range(self.dates, self.today, self.order)  # type: ignore[no-any-return]
                          if self.dates.strip() else None)

    def check(self) -> Question:
        """Parse now, so that a question that cannot be understood fails here."""
        self.tree, self.date_range  # noqa: B018 (parsing is the point)
        return self

    @property
    def narrowed(self) -> Node:
        """The words narrowed to articles with every actor and in the date range."""
        extra: list[Node] = [actor_node(name) for name in self.actors]
        found = self.date_range
        if found is not None and (found.start or found.end):
            extra.append(Dates(found, found.describe()))
        tree = self.tree
        if not extra:
            return tree
        if isinstance(tree, Everything):
            return extra[0] if len(extra) == 1 else And(tuple(extra))
        return And((tree, *extra))

    @property
    def has_words(self) -> bool:
        return has_terms(self.tree)

    @property
    def ranked_by(self) -> Sort:
        """The order of the answer: as asked, else ranked when the user asked for words
        and newest first when filters alone choose the articles."""
        return self.sort or ("rank" if self.has_words else "date")

    # Related questions (the parsed words carry over) ----------------------------------------

    def _derived(self, **changes: Any) -> Question:
        made = replace(self, **changes)
        carried = {key: value for key, value in self._parsed.items()
                   if key == "tree" and not {"words", "today", "order"} & changes.keys()
                   or key == "dates" and not {"dates", "today", "order"} & changes.keys()}
        made._parsed.update(carried)
        return made

    def with_words(self, words: str) -> Question:
        return self._derived(words=words)

    def with_actors(self, actors: tuple[str, ...] | list[str]) -> Question:
        return self._derived(actors=tuple(actors))

    def with_actor(self, name: str) -> Question:
        return self if name in self.actors else self._derived(actors=(*self.actors, name))

    def without_actor(self, name: str) -> Question:
        return self._derived(actors=tuple(a for a in self.actors if a != name))

    def with_dates(self, dates: str) -> Question:
        return self._derived(dates=dates.strip())

    def without_dates(self) -> Question:
        return self._derived(dates="")

    def sorted_by(self, sort: Sort | None) -> Question:
        return self._derived(sort=sort)

    def counted_from(self, today: date | None, order: DateOrder | None = None) -> Question:
        """The same question with relative dates counted from `today` (and read in `order`)."""
        if today == self.today and (order is None or order == self.order):
            return self
        return self._derived(today=today, order=order or self.order)

    # In words -------------------------------------------------------------------------------

    def describe(self) -> str:
        """One line for menus: 'putin · actor Pete Hegseth · dates since February'."""
        parts = [self.words.strip() or "every article"]
        parts += [f"actor {name}" for name in self.actors]
        if self.dates:
            parts.append(f"dates {self.dates}")
        return " · ".join(parts)


def asked(question: Question | str) -> Question:
    """A question from a Question or a plain query string (for scripts)."""
    return question if isinstance(question, Question) else Question(question)


def actor_node(name: str) -> Word | Phrase:
    """The query node for 'articles naming this actor'."""
    words = tuple(name.split())
    return Word(words[0], "actor") if len(words) == 1 else Phrase(words, "actor")
