"""What searches answer with: plain values that the CLI prints and the reader shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from .article import ActorType, DateOrigin
from .daterange import DateRange

__all__ = ["Hit", "Results", "Why", "RelatedArticle", "ActorCount", "QuoteHit", "Row", "Story", "Stories"]


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    title_derived: bool
    source: str | None
    published: datetime | None
    published_from: DateOrigin
    path: str
    score: float
    snippet: str  # matched terms wrapped in ** **
    actors: tuple[str, ...]
    url: str | None = None
    also: tuple[Row, ...] = ()  # near-copies: the same text published elsewhere (folded into this hit)

    @property
    def published_iso(self) -> str | None:
        return self.published.date().isoformat() if self.published else None


@dataclass(frozen=True)
class Results:
    query: str
    total: int
    hits: list[Hit] = field(default_factory=list)
    folded: int = 0  # of `total`, near-copies folded into another hit


@dataclass(frozen=True)
class Why:
    terms: tuple[str, ...]
    actors: tuple[str, ...]
    days_apart: int | None
    same_text: bool = False  # a near-copy: the same story text, published elsewhere

    def describe(self, most: int | None = None) -> str:
        """'actors: A, B; terms: x, y; 3 days apart' (at most `most` names of each)."""
        reasons = ["the same text"] if self.same_text else []
        if self.actors:
            reasons.append("actors: " + ", ".join(self.actors[:most]))
        if self.terms:
            reasons.append("terms: " + ", ".join(self.terms[:most]))
        if self.days_apart is not None:
            reasons.append(f"{self.days_apart} day{'' if self.days_apart == 1 else 's'} apart")
        return "; ".join(reasons)


@dataclass(frozen=True)
class RelatedArticle:
    id: str
    title: str
    published: datetime | None
    score: float
    why: Why


@dataclass(frozen=True)
class ActorCount:
    name: str
    type: ActorType
    aliases: tuple[str, ...]
    articles: int
    mentions: int
    roles: tuple[tuple[str, int], ...] = ()  # what the coverage calls them, with how many articles do


@dataclass(frozen=True)
class QuoteHit:
    """A quotation: its article, speaker (None when unattributed), text and offsets in the body."""

    article: str
    speaker: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Row:
    """One line of the article list."""

    id: str
    title: str
    source: str | None
    published: datetime | None
    copies: int = 0  # near-copies folded into this line (the same text elsewhere)


@dataclass(frozen=True)
class Story:
    label: str  # the most central headline
    lead: str  # the id of the article it comes from
    articles: tuple[Row, ...]  # oldest first (undated last)
    outlets: tuple[str, ...]
    first: datetime | None
    last: datetime | None
    actors: tuple[str, ...]  # the actors most of its articles name

    def __len__(self) -> int:
        return len(self.articles)

    def days(self) -> DateRange | None:
        """The whole days from its first article to its last (None: undated)."""
        if self.first is None or self.last is None:
            return None
        return DateRange(datetime.combine(self.first.date(), time()),
                         datetime.combine(self.last.date(), time()) + timedelta(days=1))


@dataclass(frozen=True)
class Stories:
    stories: list[Story]
    total: int  # articles the question matched
    grouped: int  # of which grouped (the newest ones when there are too many to group)
    notes: list[str] = field(default_factory=list)
