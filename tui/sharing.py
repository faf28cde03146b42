"""What the reader keeps and hands on: saved searches, exports, citations and quotes
on the clipboard, and the article's file or link in another program.

A mixin of NewsdeskApp (tui/app.py), which owns the state these read."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import SuspendNotSupported

from search import NewsdeskError
from search.citation import citation, quotation
from search.export import format_of, write
from search.state import SavedSearch

from . import external
from .components.article_list import ArticleList
from .components.date_filter import DateFilter
from .components.dialogs import Confirm, Prompt, SavedSearches
from .components.reader import Reader
from .components.search_field import SearchField

if TYPE_CHECKING:
    from .app import NewsdeskApp

__all__ = ["SharingActions", "EXPORT_SNIPPETS"]

EXPORT_SNIPPETS = 1000  # exported articles past this many get their opening, not a snippet (highlighting is slow)


class SharingActions:
    # Saved searches -----------------------------------------------------------------------

    def action_save_search(self: NewsdeskApp) -> None:  # type: ignore[misc]
        suggested = self.query_text.strip() or " ".join(self.actor_filters) or self.date_expression or "everything"

        def named(name: str | None) -> None:
            if not name or self.state is None:
                return
            replaced = any(s.name == name for s in self.state.saved_searches())
            self.state.save_search(SavedSearch(name, self.query_text, tuple(self.actor_filters),
                                               self.date_expression, self.sort))
            self._notify(f"{'replaced' if replaced else 'saved'} the search {name!r} (S lists saved searches)")

        self.push_screen(Prompt("Save this search as", suggested[:60],
                                "query, actors and dates are saved; S runs it again in any corpus"), named)

    def action_saved_searches(self: NewsdeskApp) -> None:  # type: ignore[misc]
        if self.state is None:
            return
        self.push_screen(SavedSearches(self.state.saved_searches(), self.state.delete_search), self._run_saved)

    def _run_saved(self: NewsdeskApp, search: SavedSearch | None) -> None:  # type: ignore[misc]
        if search is None:
            return
        self.query_text = search.query
        field = self.query_one(SearchField)
        with field.prevent(field.Changed):
            field.value = search.query
        self.actor_filters = list(search.actors)
        self.sort = search.sort
        self.query_one(DateFilter).set_expression(search.dates)  # searches, with the rest set above
        self._remember_query()
        self._notify(f"running the saved search {search.name!r}")

    def run_saved_named(self: NewsdeskApp, name: str) -> None:  # type: ignore[misc]
        """Run a saved search by name (the command palette)."""
        for search in self.palette_saved():
            if search.name == name:
                self._run_saved(search)
                return

    # Export ---------------------------------------------------------------------------------

    def action_export(self: NewsdeskApp) -> None:  # type: ignore[misc]
        matches = self.query_one(ArticleList).matches
        count = len(matches) if matches is not None else 0
        if not count:
            self._notify("nothing to export: no articles in the list", severity="warning")
            return
        slug = re.sub(r"[^\w]+", "-", self.query_text.lower()).strip("-")[:40] or "articles"
        suggested = str(Path.cwd() / f"newsdesk-{slug}-{date.today().isoformat()}.md")
        self.push_screen(Prompt(f"Export the {count} articles in the list to",
                                suggested, "the format follows the name: .md, .csv or .jsonl"),
                         self._export_to)

    def _export_to(self: NewsdeskApp, answer: str | None) -> None:  # type: ignore[misc]
        if not answer:
            return
        target = Path(answer).expanduser()
        try:
            form = format_of(target)
        except ValueError as exc:
            self._notify(str(exc), severity="error")
            return
        if target.exists():
            self.push_screen(Confirm("Replace this file?", str(target)),
                             lambda yes: self._write_export(target, form) if yes else None)
        else:
            self._write_export(target, form)

    @work(thread=True, exclusive=True, group="export")
    def _write_export(self: NewsdeskApp, target: Path, form: Any) -> None:  # type: ignore[misc]
        assert self.index is not None
        try:
            results = self.index.search(self.query_text, limit=None, sort=self.sort, today=self._today(),  # type: ignore[arg-type]
                                        order=self.order, snippets=EXPORT_SNIPPETS, actors=list(self.actor_filters),
                                        dates=self.date_range)
            heading = f"newsdesk: {self.query_text or 'every article'}"
            with open(target, "w", encoding="utf-8", newline="") as out:
                count = write(results.hits, out, form, heading)
        except (OSError, NewsdeskError) as exc:
            message = f"cannot export to {target}: {getattr(exc, 'strerror', None) or exc}"
            self.call_from_thread(self._notify, message, severity="error")
            return
        self.call_from_thread(self._notify, f"exported {count} articles to {target}")

    # Citations and quotes -------------------------------------------------------------------

    def action_copy_citation(self: NewsdeskApp) -> None:  # type: ignore[misc]
        if self.article is None:
            self._notify("open an article first (enter on the list)", severity="warning")
            return
        self.copy_to_clipboard(citation(self.article))
        self._notify("copied the citation to the clipboard")

    def action_next_quote(self: NewsdeskApp) -> None:  # type: ignore[misc]
        if self.article is None:
            self._notify("open an article first (enter on the list)", severity="warning")
            return
        self.query_one(Reader).action_quote(1)

    def action_copy_quote(self: NewsdeskApp) -> None:  # type: ignore[misc]
        self.query_one(Reader).action_copy_quote()

    def on_reader_quote_wanted(self: NewsdeskApp, message: Reader.QuoteWanted) -> None:  # type: ignore[misc]
        article = self.article
        if article is None or not 0 <= message.number < len(article.quotes):
            self._notify('choose a quote first: " moves to the next one', severity="warning")
            return
        self.copy_to_clipboard(quotation(article, article.quotes[message.number]))
        self._notify("copied the quote, its speaker and the citation to the clipboard")

    # Other programs -------------------------------------------------------------------------

    def action_open_source(self: NewsdeskApp, program: str) -> None:  # type: ignore[misc]
        article = self.article
        if article is None:
            self._notify("open an article first (enter on the list)", severity="warning")
            return
        if program == "editor":
            command = external.editor_command(article.path, article.line)
            missing = "no editor found: set $EDITOR"
        else:
            command = external.pager_command(article.path, article.line)
            missing = "no pager found: set $PAGER"
        if command is None:
            self._notify(missing, severity="error")
            return
        self._hand_over(lambda: external.run(command))

    def _hand_over(self: NewsdeskApp, job: Any) -> None:  # type: ignore[misc]
        """Give the terminal to another program until it exits."""
        try:
            with self.suspend():
                status = job()
        except SuspendNotSupported:
            self._notify("this terminal cannot hand over to another program", severity="error")
            return
        if isinstance(status, int) and status != 0:
            self._notify(f"the program exited with status {status}", severity="warning")
        self.refresh()

    def action_open_link(self: NewsdeskApp) -> None:  # type: ignore[misc]
        article = self.article
        if article is None:
            self._notify("open an article first (enter on the list)", severity="warning")
            return
        url = external.web_link(article.url)
        if url is None:
            why = "has no web link" if not article.url else "has a link that is not http(s); not opening it"
            self._notify(f"this article {why}; its file is {article.path}", severity="warning")
            return
        self.push_screen(Confirm("Open this link in your browser?", url),
                         lambda yes: self._browse(url) if yes else None)

    def _browse(self: NewsdeskApp, url: str) -> None:  # type: ignore[misc]
        found = external.browser()
        if found is None:
            self.copy_to_clipboard(url)
            self._notify("no web browser found; the link is on the clipboard", severity="warning")
            return
        kind, controller = found
        if kind == external.TERMINAL_BROWSER:
            self._hand_over(lambda: controller.open(url))
        else:
            self._open_in_background(controller, url)

    @work(thread=True, group="browser")
    def _open_in_background(self: NewsdeskApp, controller: Any, url: str) -> None:  # type: ignore[misc]
        if not controller.open(url):
            self.call_from_thread(self._notify, "the browser did not open the link", severity="error")
