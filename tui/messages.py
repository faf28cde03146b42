"""How the reader's parts talk: every message between the app, the reader screen and
its workers, in one place, so the data flow reads in one screen.

From the app to the reader screen (the index and its indexing):

    IndexOpened     the corpus's index is open (indexing may continue behind it)
    IndexProgress   bytes read so far while indexing in the background
    IndexUpdated    the background update finished, or failed

From the reader screen to the app:

    IndexingWanted  the list is on screen: check the corpus for changes now

From the screen's workers back to the screen (answers to the current Question):

    ResultsReady    the articles it matches (lazy rows), for the list
    ActorsReady     their actors, for the sidebar
    TimelineReady   their articles per day, week or month (or one actor's share)
    ArticleReady    an article to show, with the question's words to highlight
    RelatedReady    the articles that belong with it, and why
    StoriesReady    the results grouped into stories
    RawReady        its text as it is in its file
    SearchFailed    the question could not be understood (the last results stay)
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from search.article import Article
from search.index.report import UpdateReport
from search.index.searching import Matches
from search.index.store import Index
from search.question import Question
from search.results import ActorCount, RelatedArticle, Stories
from search.timeline import Timeline

__all__ = ["IndexOpened", "IndexProgress", "IndexUpdated", "IndexingWanted", "ResultsReady", "ActorsReady",
           "TimelineReady", "ArticleReady", "RelatedReady", "RawReady", "SearchFailed"]


@dataclass
class IndexOpened(Message):
    index: Index


@dataclass
class IndexProgress(Message):
    done: int
    total: int


@dataclass
class IndexUpdated(Message):
    report: UpdateReport | None
    error: str | None = None


@dataclass
class IndexingWanted(Message):
    """Sent once the first list is painted: a warm start shows the index before checking the corpus."""


@dataclass
class StoriesReady(Message):
    question: Question
    stories: Stories


@dataclass
class ResultsReady(Message):
    question: Question
    matches: Matches
    keep: str | None  # the article the cursor stays on, when it is still in the list


@dataclass
class ActorsReady(Message):
    question: Question
    actors: list[ActorCount]


@dataclass
class TimelineReady(Message):
    timeline: Timeline
    actor: str | None = None  # None: every result; else that actor's share


@dataclass
class ArticleReady(Message):
    article: Article
    highlights: list[tuple[int, int]]


@dataclass
class RelatedReady(Message):
    article_id: str
    related: list[RelatedArticle]


@dataclass
class RawReady(Message):
    article_id: str
    text: str


@dataclass
class SearchFailed(Message):
    message: str
