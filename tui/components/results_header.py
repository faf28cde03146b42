"""The line above the article list: how many articles, in what order, and the date
range and actors that narrow them (colours follow the theme)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from search.question import Question
from search.results import Story

from ..safe import one_line

__all__ = ["ResultsHeader"]


class ResultsHeader(Static):
    COMPONENT_CLASSES = {"results-header--dates", "results-header--actor"}

    def show(self, count: int, question: Question, sort: str, folded: int = 0) -> None:
        text = Text(f"{count} article{'s' if count != 1 else ''}", style="bold")
        if folded:
            text.append(f" (+{folded} near-copies folded)", style="dim")
        text.append(f" · by {sort}", style="dim")
        found = question.date_range
        if found is not None:
            text.append(f" · {found.describe()}",
                        style=self.get_component_rich_style("results-header--dates", partial=True))
        for name in question.actors:
            text.append(" · ")
            text.append_text(one_line(name, self.get_component_rich_style("results-header--actor", partial=True)))
        self.update(text)

    def show_story(self, story: Story, span: str) -> None:
        """The line above a story's articles: which story, how big, over what days."""
        text = Text("Story", style="bold")
        outlets = f" · {len(story.outlets)} outlet{'s' if len(story.outlets) != 1 else ''}" if story.outlets else ""
        text.append(f" · {len(story)} article{'s' if len(story) != 1 else ''}{outlets} · {span} · ", style="dim")
        text.append_text(one_line(story.label))
        self.update(text)
