"""The records that cross the library boundary: articles, actors, skipped input."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

DateOrigin = Literal["header", "field", "text", "none"]
ActorType = Literal["PER", "ORG", "LOC"]


@dataclass(frozen=True)
class Mention:
    """One occurrence of an actor's name in an article's text."""

    start: int
    end: int
    text: str
    type: ActorType


@dataclass(frozen=True)
class ArticleActor:
    """An actor as it appears in one article: canonical name, type, mention count."""

    name: str
    type: ActorType
    mentions: int
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # what the article calls them ("Kremlin spokesman"), most used first
    # Of those, the ones written only before the surname alone ("President Vell" in an
    # article that names Tomas Vell in full): the corpus decides whose they are.
    surname_roles: tuple[str, ...] = ()
    # The article writes it as a firm's, a paper's or an agency's ("shares of Orlen",
    # "Orlen's chief executive", "retailer Orlen"): the corpus weighs it (directory.py).
    called_a_body: bool = False
    # The article sets the name in quotation marks as a work's title ("'Harbour of Knives'
    # without a subscription"): the corpus weighs it (directory.py).
    quoted_as_work: bool = False


@dataclass(frozen=True)
class MentionSpan:
    """Where the body mentions one of the article's actors (index into `actors`)."""

    start: int
    end: int
    actor: int


@dataclass(frozen=True)
class Quote:
    """A direct quotation in the body, with its speaker when it can be attributed."""

    start: int
    end: int
    speaker: str | None
    # With no speaker: the role the attribution names ("said the foreign secretary") when the
    # article gives it to no one; the corpus may know whose it is (index/described.py).
    described: str | None = None


@dataclass(frozen=True)
class Removed:
    """A piece of an article's text that cleaning removed, and the rule that removed it."""

    text: str
    rule: str


@dataclass(frozen=True)
class Source:
    """Where an article came from on disk, and the file's fingerprint."""

    path: str  # absolute path of the file
    root: str  # the corpus path it was found under
    record: str | None = None  # record id or line number inside a .jsonl/.json file
    line: int | None = None  # 1-based line for .jsonl records


@dataclass(frozen=True)
class RawArticle:
    """An article as read from its file, before cleaning."""

    id: str
    source: Source
    text: str  # body text (control characters already removed)
    title: str | None = None
    date: str | None = None  # the record's date field as written
    outlet: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    has_header: bool = False  # text starts with a " date YYYY-MM-DD" header


@dataclass(frozen=True)
class Article:
    """A cleaned article with its metadata, ready to index or show."""

    id: str
    path: str
    title: str
    title_derived: bool
    source: str | None
    published: datetime | None  # naive UTC
    published_from: DateOrigin
    body: str
    url: str | None = None
    authors: tuple[str, ...] = ()
    actors: tuple[ArticleActor, ...] = ()
    duplicates: tuple[str, ...] = ()  # paths of exact copies
    mentions: tuple[MentionSpan, ...] = ()
    quotes: tuple[Quote, ...] = ()
    record: str | None = None
    line: int | None = None
    published_why: str = ""  # how the date was found, or why there is none
    removed: tuple[Removed, ...] = ()  # what cleaning removed, each with its rule
    kept_whole: bool = False  # nothing looked like the article's paragraphs: the text is as it was

    @property
    def published_iso(self) -> str | None:
        return self.published.date().isoformat() if self.published else None


@dataclass(frozen=True)
class Skipped:
    """Input that could not be read, with a reason a user can act on."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def summarise(skipped: Iterable[Skipped]) -> list[tuple[str, int]]:
    """(reason, count) for what was skipped, most frequent first ("not valid JSON", 3)."""
    counts = Counter(item.reason.split(":")[0] for item in skipped)
    return counts.most_common()
