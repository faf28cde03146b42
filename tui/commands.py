"""The command palette (ctrl+p): articles by title, actors by name, and commands."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.command import Hit, Hits, Provider
from textual.content import Content

from search.text import strip_controls

if TYPE_CHECKING:
    from .app import NewsdeskApp

__all__ = ["NewsdeskCommands"]

COMMANDS = (
    ("Toggle sort: rank or date", "toggle_sort"),
    ("Mark read or unread", "toggle_read"),
    ("Star or unstar", "toggle_star"),
    ("Show or hide the actor sidebar", "toggle_sidebar"),
    ("Clear actors and dates", "clear_filters"),
    ("Show what was skipped", "show_skipped"),
    ("Save this search", "save_search"),
    ("Saved searches", "saved_searches"),
    ("Export the list (Markdown, CSV, JSON Lines)", "export"),
    ("Copy the article's citation", "copy_citation"),
    ("Open the article's file in $EDITOR", "open_source('editor')"),
    ("Open the article's file in $PAGER", "open_source('pager')"),
    ("Open the article's link in the browser", "open_link"),
    ("Timeline: choose dates from the chart", "focus_timeline"),
    ("Help: keys", "help"),
)


class NewsdeskCommands(Provider):
    async def search(self, query: str) -> Hits:
        app: NewsdeskApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for label, action in COMMANDS:
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(app.run_action, action), help="command")
        for saved in app.palette_saved():  # the user's own names, still shown as plain text
            text = f"Saved search: {' '.join(strip_controls(saved.name).split())}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Content(text), partial(app.run_saved_named, saved.name),
                          help="run this saved search")
        # Names and titles come from articles: shown as plain Content, never through
        # matcher.highlight() or help=, which parse markup.
        for name in app.palette_actors():
            text = f"Actor: {' '.join(strip_controls(name).split())}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Content(text), partial(app.choose_actor, name), help="filter by this actor")
        for article_id, title in app.palette_articles():
            text = f"Open: {' '.join(strip_controls(title).split())}"
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Content(text), partial(app.open_article, article_id), help="open this article")
