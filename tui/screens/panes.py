"""The reader's keys that move between panes and mark articles: the screen's plain
commands, kept apart from its searching (reader.py)."""

from __future__ import annotations

from textual.screen import Screen

from search.state import ReadingState

from ..components.article_list import ArticleList
from ..components.date_filter import DateFilter
from ..components.list_pane import ListPane
from ..components.reader import Reader
from ..components.search_field import SearchField
from ..components.sidebar import ActorSidebar

__all__ = ["PaneKeys"]


class PaneKeys(Screen[None]):
    """Marks, history and focus; the reader screen provides the list and the reading state."""

    articles: ArticleList
    state: ReadingState

    def action_mark(self, which: str) -> None:
        """Toggle read or starred on the open article (in the reader) or the list's current one."""
        article = self.query_one(Reader).article
        target = article.id if isinstance(self.focused, Reader) and article else self.articles.current
        if target:
            if which == "read":
                self.state.set_read(target, not self.state.is_read(target))
            else:
                self.state.set_starred(target, not self.state.is_starred(target))
            self.articles.refresh()

    def action_history(self, step: int) -> None:
        self.query_one(Reader).back() if step < 0 else self.query_one(Reader).forward()

    def action_back_or_quit(self) -> None:
        if not self.query_one(Reader).back():
            self.app.exit()

    def action_back_out(self) -> None:
        pane = self.query_one(ListPane)  # first to the list, then from a story to the stories
        pane.back_out() if self.focused in pane.query("*") else pane.focus_list()

    def action_pane(self, name: str) -> None:
        """Focus a pane: list, reader, related, actors, dates, timeline or search."""
        if name == "actors":
            self.add_class("show-sidebar")
            self.query_one(ActorSidebar).focus_list()
        elif name in ("dates", "timeline"):
            dates = self.query_one(DateFilter)
            dates.focus_timeline() if name == "timeline" else dates.focus_input()
        elif name == "related":
            self.query_one(Reader).focus_related()
        elif name == "list":
            self.query_one(ListPane).focus_list()
        else:
            self.query_one({"reader": Reader, "search": SearchField}[name]).focus()

    def action_toggle_sidebar(self) -> None:
        self.toggle_class("show-sidebar" if self.has_class("-narrow") else "hide-sidebar")
