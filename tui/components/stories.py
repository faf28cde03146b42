"""The stories view: the current results grouped into stories, one option each (its most
central headline, how many articles and outlets, its span and main actors).  Enter
opens a story: the article list then shows its articles by date.  The grouping runs
off the UI thread, on the screen (whose one handler hears of a failure)."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from search.index.store import Index
from search.question import Question
from search.results import Row, Stories, Story

from ..messages import StoriesReady
from ..safe import one_line

__all__ = ["StoryList", "StoryRows"]


class StoryRows:
    """A story's articles in the shape the article list reads (oldest first)."""

    sort = "date"

    def __init__(self, story: Story) -> None:
        self.story = story
        self._rows = list(story.articles)
        self._positions = {row.id: n for n, row in enumerate(self._rows)}

    def __len__(self) -> int:
        return len(self._rows)

    def row(self, position: int) -> Row:
        return self._rows[position]

    def position_of(self, article_id: str) -> int | None:
        return self._positions.get(article_id)


class StoryList(OptionList):
    """The stories of the current results, biggest first; enter opens one."""

    class Opened(Message):
        def __init__(self, story: Story) -> None:
            super().__init__()
            self.story = story

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.stories: Stories | None = None
        self.asked: Question | None = None
        self.made_for: object | None = None  # the results these stories group

    def group(self, index: Index, question: Question, results: object | None = None) -> None:
        """Group the articles `question` matches (the list says so until they are): again
        whenever the results change, as they do while a corpus is indexed or feeds are
        fetched, though the question stays the same."""
        self.asked, self.made_for = question, results
        self.clear_options()
        self.add_option(Option(Text("grouping the results into stories…", style="dim"), disabled=True))
        self.screen.run_worker(partial(self._group, index, question), thread=True, exclusive=True,
                               group="stories", exit_on_error=False)

    def _group(self, index: Index, question: Question) -> None:
        found = index.snapshot().stories(question)
        if not get_current_worker().is_cancelled:
            self.post_message(StoriesReady(question, found))

    def on_stories_ready(self, message: StoriesReady) -> None:
        message.stop()
        if message.question != self.asked:
            return  # a newer question is being grouped
        self.stories = message.stories
        self.clear_options()
        for note in message.stories.notes:
            self.add_option(Option(one_line(note, "dim"), disabled=True))
        for number, story in enumerate(message.stories.stories):
            self.add_option(Option(_describe(story), id=str(number)))
        if not message.stories.stories:
            self.add_option(Option(Text("no articles, so no stories", style="dim"), disabled=True))
        else:
            self.highlighted = len(message.stories.notes)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None and self.stories is not None:
            self.post_message(self.Opened(self.stories.stories[int(event.option.id)]))


def span(story: Story) -> str:
    days = dict.fromkeys(d.date().isoformat() for d in (story.first, story.last) if d)
    return " to ".join(days) or "no dates"


def _describe(story: Story) -> Text:
    label = one_line(story.label, "bold")
    outlets = f"{len(story.outlets)} outlet{'s' if len(story.outlets) != 1 else ''}" if story.outlets else ""
    facts = [f"{len(story)} article{'s' if len(story) != 1 else ''}", outlets, span(story)]
    label.append("\n")
    label.append(one_line(" · ".join(fact for fact in facts if fact), "dim"))
    if story.actors:
        label.append("\n")
        label.append(one_line(", ".join(story.actors), "dim"))
    return label
