"""The list pane: the line that says what is listed, and the list itself, which shows
the results' articles, the stories they make (grouped off the UI thread), or one
story's articles by date.  `v` switches between articles and stories; escape goes
from a story back to the stories."""

from __future__ import annotations

from typing import Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message

from search import DateRange
from search.index.searching import Matches
from search.index.store import Index
from search.question import Question

from .article_list import ArticleList
from .results_header import ResultsHeader
from .stories import StoryList, StoryRows, span

__all__ = ["ListPane", "View"]

View = Literal["articles", "stories", "story"]


class ListPane(Vertical):
    class StoryShown(Message):
        """A story was opened (its days, None if undated) or left (None)."""

        def __init__(self, days: DateRange | None) -> None:
            super().__init__()
            self.days = days

    def __init__(self, articles: ArticleList, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.articles = articles
        self.index: Index | None = None
        self.view: View = "articles"
        self._results: tuple[Question, Matches] | None = None  # the last results, for going back to them

    def compose(self) -> ComposeResult:
        yield ResultsHeader(Text(""), id="list-header")
        yield self.articles
        yield StoryList(id="stories")

    def on_mount(self) -> None:
        self.query_one(StoryList).display = False

    def show_results(self, question: Question, matches: Matches, keep: str | None) -> None:
        """New results: listed as articles, or grouped into stories (leaving an open story)."""
        self._results = (question, matches)
        if self.view == "articles":
            self.articles.show(matches, keep)
        else:
            self.show_view("stories")
        self.query_one(ResultsHeader).show(len(matches), question, matches.sort, matches.folded)

    def toggle_stories(self) -> None:
        self.show_view("articles" if self.view != "articles" else "stories")

    def show_view(self, view: View) -> None:
        stories = self.query_one(StoryList)
        if self.view == "story" and view != "story":
            self.post_message(self.StoryShown(None))
        self.view, stories.display, self.articles.display = view, view == "stories", view != "stories"
        if self._results is None:
            return
        asked, matches = self._results
        if view == "stories":
            if self.index is not None and stories.made_for is not matches:  # new results, if not a new question
                stories.group(self.index, asked, matches)
            stories.focus()
        if view != "story":
            self.query_one(ResultsHeader).show(len(matches), asked, matches.sort, matches.folded)
        if view == "articles":
            self.articles.show(matches, self.articles.current)
            self.articles.focus()

    def on_story_list_opened(self, message: StoryList.Opened) -> None:
        message.stop()
        self.show_view("story")
        self.articles.show(StoryRows(message.story))
        self.query_one(ResultsHeader).show_story(message.story, span(message.story))
        self.articles.focus()
        if message.story.first is not None:  # its days on the timeline
            self.post_message(self.StoryShown(message.story.days()))

    def back_out(self) -> bool:
        """From a story back to the stories (False: not in a story)."""
        if self.view != "story":
            return False
        self.show_view("stories")
        return True

    def focus_list(self) -> None:
        (self.query_one(StoryList) if self.view == "stories" else self.articles).focus()
