"""The command palette (ctrl+p) of the reader screen: articles by title, actors by name,
saved searches, and commands.  It reads what the screen shows through the small
protocol below, so it imports nothing of the screen."""

from __future__ import annotations

from functools import partial
from typing import Any, Protocol, cast

from textual.command import Hit, Hits, Provider
from textual.content import Content

from .components.article_list import Listing
from search.results import ActorCount
from search.state import ReadingState, SavedSearch
from search.text import strip_controls

__all__ = ["ReaderCommands", "COMMANDS"]

COMMANDS = (
    ("Toggle sort: rank or date", "toggle_sort"),
    ("Mark read or unread", "mark('read')"),
    ("Star or unstar", "mark('star')"),
    ("Show or hide the actor sidebar", "toggle_sidebar"),
    ("Clear actors and dates", "clear_filters"),
    ("Show what was skipped", "app.show_skipped"),
    ("Save this search", "share('save')"),
    ("Saved searches", "share('saved')"),
    ("Export the list (Markdown, CSV, JSON Lines)", "share('export')"),
    ("Copy the article's citation", "share('cite')"),
    ("Open the article's file in $EDITOR", "share('editor')"),
    ("Open the article's file in $PAGER", "share('pager')"),
    ("Open the article's link in the browser", "share('link')"),
    ("Timeline: choose dates from the chart", "pane('timeline')"),
    ("Help: keys", "app.help"),
)


class Shown(Protocol):
    """What the palette needs of the screen it was opened from."""

    state: ReadingState
    sidebar_actors: list[ActorCount]

    def listed(self) -> Listing | None: ...
    def choose_actor(self, name: str) -> None: ...
    def open_article(self, article_id: str) -> None: ...
    def run_saved(self, search: SavedSearch) -> None: ...
    def run_action(self, action: str) -> Any: ...


class ReaderCommands(Provider):
    async def search(self, query: str) -> Hits:
        screen = cast(Shown, self.screen)  # the reader screen, by protocol
        matcher = self.matcher(query)
        for label, action in COMMANDS:
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(screen.run_action, action), help="command")
        for saved in screen.state.saved_searches():  # the user's own names, still shown as plain text
            text = f"Saved search: {' '.join(strip_controls(saved.name).split())}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Content(text), partial(screen.run_saved, saved), help="run this saved search")
        # Names and titles come from articles: shown as plain Content, never through
        # matcher.highlight() or help=, which parse markup.
        for actor in screen.sidebar_actors[:200]:
            text = f"Actor: {' '.join(strip_controls(actor.name).split())}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Content(text), partial(screen.choose_actor, actor.name), help="filter by this actor")
        listed = screen.listed()
        for row in (listed.row(i) for i in range(min(len(listed), 300))) if listed is not None else ():
            text = f"Open: {' '.join(strip_controls(row.title).split())}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Content(text), partial(screen.open_article, row.id), help="open this article")
