"""What the reader keeps and hands on: saved searches, exports, citations and quotes on
the clipboard, and the article's file or link in another program.

Plain functions the reader screen calls with what they need (the screen, for dialogs,
notifications and workers; the question; the article); they hold no state.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from textual.app import SuspendNotSupported
from textual.screen import Screen

from search.article import Article
from search.citation import citation
from search.errors import NewsdeskError
from search.export import format_of, write
from search.index.store import Index
from search.question import Question
from search.state import ReadingState, SavedSearch

from . import external
from .components.dialogs import Confirm, Prompt, SavedSearches
from .safe import tell

__all__ = ["save_search", "show_saved_searches", "export", "copy_citation", "open_source",
           "open_link", "share", "EXPORT_SNIPPETS"]

EXPORT_SNIPPETS = 1000  # exported articles past this many get their opening, not a snippet (highlighting is slow)
NO_ARTICLE = "open an article first (enter on the list)"


# Saved searches ------------------------------------------------------------------------------

def save_search(screen: Screen[Any], state: ReadingState, question: Question) -> None:
    """Ask for a name, then save the question under it (replacing one of that name)."""
    suggested = question.words.strip() or " ".join(question.actors) or question.dates or "everything"

    def named(name: str | None) -> None:
        if not name:
            return
        replaced = any(s.name == name for s in state.saved_searches())
        state.save_search(SavedSearch(name, question))
        tell(screen, f"{'replaced' if replaced else 'saved'} the search {name!r} (S lists saved searches)")

    screen.app.push_screen(Prompt("Save this search as", suggested[:60],
                                  "query, actors and dates are saved; S runs it again in any corpus"), named)


def show_saved_searches(screen: Screen[Any], state: ReadingState, run: Callable[[SavedSearch], None]) -> None:
    """The menu of saved searches; the one chosen is handed to `run`."""
    screen.app.push_screen(SavedSearches(state.saved_searches(), state.delete_search),
                           lambda chosen: run(chosen) if chosen is not None else None)


# Export ---------------------------------------------------------------------------------------

def export(screen: Screen[Any], index: Index, question: Question, count: int) -> None:
    """Ask for a path (the format follows its extension), confirm a replacement, then
    write every article the question matches, in a worker."""
    if not count:
        tell(screen, "nothing to export: no articles in the list", severity="warning")
        return
    slug = re.sub(r"[^\w]+", "-", question.words.lower()).strip("-")[:40] or "articles"
    suggested = str(Path.cwd() / f"newsdesk-{slug}-{date.today().isoformat()}.md")

    def chosen(answer: str | None) -> None:
        if not answer:
            return
        target = Path(answer).expanduser()
        try:
            form = format_of(target)
        except ValueError as exc:
            tell(screen, str(exc), severity="error")
            return
        if target.exists():
            screen.app.push_screen(Confirm("Replace this file?", str(target)),
                                   lambda yes: _write_export(screen, index, question, target, form) if yes else None)
        else:
            _write_export(screen, index, question, target, form)

    screen.app.push_screen(Prompt(f"Export the {count} articles in the list to", suggested,
                                  "the format follows the name: .md, .csv or .jsonl"), chosen)


def _write_export(screen: Screen[Any], index: Index, question: Question, target: Path, form: Any) -> None:
    def work() -> None:
        try:
            results = index.search(question, limit=None, snippets=EXPORT_SNIPPETS)
            heading = f"newsdesk: {question.words or 'every article'}"
            with open(target, "w", encoding="utf-8", newline="") as out:
                count = write(results.hits, out, form, heading)
        except (OSError, NewsdeskError) as exc:
            message = f"cannot export to {target}: {getattr(exc, 'strerror', None) or exc}"
            screen.app.call_from_thread(tell, screen, message, severity="error")
            return
        screen.app.call_from_thread(tell, screen, f"exported {count} articles to {target}")

    screen.run_worker(work, thread=True, exclusive=True, group="export", exit_on_error=False)


# Citations and quotes -------------------------------------------------------------------------

def copy_citation(screen: Screen[Any], article: Article | None) -> None:
    if article is None:
        tell(screen, NO_ARTICLE, severity="warning")
        return
    screen.app.copy_to_clipboard(citation(article))
    tell(screen, "copied the citation to the clipboard")


# Other programs -------------------------------------------------------------------------------

def open_source(screen: Screen[Any], article: Article | None, program: str) -> None:
    """The article's file in $VISUAL/$EDITOR or $PAGER (at the record's line)."""
    if article is None:
        tell(screen, NO_ARTICLE, severity="warning")
        return
    if program == "editor":
        command = external.editor_command(article.path, article.line)
        missing = "no editor found: set $EDITOR"
    else:
        command = external.pager_command(article.path, article.line)
        missing = "no pager found: set $PAGER"
    if command is None:
        tell(screen, missing, severity="error")
        return
    _hand_over(screen, lambda: external.run(command))


def _hand_over(screen: Screen[Any], job: Callable[[], Any]) -> None:
    """Give the terminal to another program until it exits."""
    try:
        with screen.app.suspend():
            status = job()
    except SuspendNotSupported:
        tell(screen, "this terminal cannot hand over to another program", severity="error")
        return
    if isinstance(status, int) and status != 0:
        tell(screen, f"the program exited with status {status}", severity="warning")
    screen.app.refresh()


def open_link(screen: Screen[Any], article: Article | None) -> None:
    """The article's link in a browser, after the user confirms it (http and https only)."""
    if article is None:
        tell(screen, NO_ARTICLE, severity="warning")
        return
    url = external.web_link(article.url)
    if url is None:
        why = "has no web link" if not article.url else "has a link that is not http(s); not opening it"
        tell(screen, f"this article {why}; its file is {article.path}", severity="warning")
        return
    screen.app.push_screen(Confirm("Open this link in your browser?", url),
                           lambda yes: _browse(screen, url) if yes else None)


def _browse(screen: Screen[Any], url: str) -> None:
    found = external.browser()
    if found is None:
        screen.app.copy_to_clipboard(url)
        tell(screen, "no web browser found; the link is on the clipboard", severity="warning")
        return
    kind, controller = found
    if kind == external.TERMINAL_BROWSER:
        _hand_over(screen, lambda: controller.open(url))
        return

    def open_it() -> None:
        if not controller.open(url):
            screen.app.call_from_thread(tell, screen, "the browser did not open the link", severity="error")

    screen.run_worker(open_it, thread=True, group="browser", exit_on_error=False)


def share(screen: Screen[Any], what: str, index: Index | None, state: ReadingState, question: Question,
          article: Article | None, listed: int, run_saved: Callable[[SavedSearch], None]) -> None:
    """save (the search), saved (searches), export, cite, editor, pager or link: the
    screen's one key action for all of them."""
    {"save": lambda: save_search(screen, state, question),
     "saved": lambda: show_saved_searches(screen, state, run_saved),
     "export": lambda: index and export(screen, index, question, listed),
     "cite": lambda: copy_citation(screen, article),
     "editor": lambda: open_source(screen, article, "editor"),
     "pager": lambda: open_source(screen, article, "pager"),
     "link": lambda: open_link(screen, article)}[what]()
