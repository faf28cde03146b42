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
