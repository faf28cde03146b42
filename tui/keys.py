"""Every key the reader answers to, by where it works, and the check of key remaps in
the configuration.  Binding ids are what `[keys]` in config.toml remaps; the ids of
keys that work everywhere keep their `app.` prefix whichever part handles them.

The command line imports this to check a config file without starting the reader."""

from __future__ import annotations

from textual.binding import Binding

from search.config import Config

from .components.article_list import ArticleList
from .components.dialogs import SavedSearches
from .components.reader import Reader
from .components.search_field import SearchField
from .components.sidebar import ActorSidebar
from .components.timeline import TimelineChart

__all__ = ["APP_BINDINGS", "READER_BINDINGS", "sections", "known_keys"]

# The application's own: they work on every screen.
APP_BINDINGS = [
    Binding("question_mark", "help", "Help", id="app.help"),
    Binding("exclamation_mark", "show_skipped", "Skipped", show=False, id="app.skipped"),
    Binding("F", "fetch_feeds", "Fetch feeds", show=False, id="app.fetch"),
    Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit"),
]

# The reader screen's: they work in any of its panes.
READER_BINDINGS = [
    Binding("slash", "pane('search')", "Search", id="app.search"),
    Binding("a", "pick_actor", "Actor", id="app.actor"),
    Binding("d", "pane('dates')", "Dates", id="app.dates"),
    Binding("o", "toggle_sort", "Sort", id="app.sort"),
    Binding("v", "toggle_stories", "Stories", id="app.stories"),
    Binding("r", "pane('related')", "Related", id="app.related"),
    Binding("right_square_bracket", "related(1)", "Next related", show=False, id="app.next_related"),
    Binding("left_square_bracket", "related(-1)", "Previous related", show=False, id="app.previous_related"),
    Binding("m", "mark('read')", "Read/unread", id="app.read"),
    Binding("s", "mark('star')", "Star", id="app.star"),
    Binding("ctrl+s", "share('save')", "Save search", show=False, id="app.save_search"),
    Binding("S", "share('saved')", "Saved", id="app.saved_searches"),
    Binding("e", "share('export')", "Export", id="app.export"),
    Binding("T", "pane('timeline')", "Timeline", show=False, id="app.timeline"),
    Binding("c", "share('cite')", "Copy citation", show=False, id="app.copy_citation"),
    Binding("quotation_mark", "quote('next')", "Next quote", show=False, id="app.next_quote"),
    Binding("y", "quote('copy')", "Copy quote", show=False, id="app.copy_quote"),
    Binding("E", "share('editor')", "Source in $EDITOR", show=False, id="app.edit_source"),
    Binding("P", "share('pager')", "Source in $PAGER", show=False, id="app.page_source"),
    Binding("w", "share('link')", "Link in browser", show=False, id="app.open_link"),
    Binding("backspace,alt+left", "history(-1)", "Back", show=False, id="app.back"),
    Binding("alt+right", "history(1)", "Forward", show=False, id="app.forward"),
    Binding("1", "pane('list')", "List", show=False, id="app.pane_list"),
    Binding("2", "pane('reader')", "Reader", show=False, id="app.pane_reader"),
    Binding("3", "pane('actors')", "Actors", show=False, id="app.pane_actors"),
    Binding("4", "pane('dates')", "Dates", show=False, id="app.pane_dates"),
    Binding("b", "toggle_sidebar", "Sidebar", show=False, id="app.sidebar"),
    Binding("escape", "back_out", "Back out", show=False, id="app.back_out"),
    Binding("q", "back_or_quit", "Back/quit", id="app.quit_back"),
]


def sections() -> list[tuple[str, list[Binding]]]:
    """Every binding the user can press, by where it works (help, and checking key remaps)."""
    return [("Everywhere", [*READER_BINDINGS, *APP_BINDINGS]), ("Search field", list(SearchField.BINDINGS)),
            ("Article list", list(ArticleList.BINDINGS)), ("Reader", list(Reader.BINDINGS)),
            ("Actors", list(ActorSidebar.BINDINGS)), ("Timeline", list(TimelineChart.BINDINGS)),
            ("Saved searches", list(SavedSearches.BINDINGS))]


def known_keys(config: Config) -> dict[str, str]:
    """The config's key remaps that name a real binding; the others become problems."""
    known = {binding.id for _, bindings in sections() for binding in bindings if binding.id}
    for binding_id in config.keys:
        if binding_id not in known:
            config.problem("keys", binding_id, "is not a binding id (press ? to see them); ignored")
    return {binding_id: keys for binding_id, keys in config.keys.items() if binding_id in known}
