"""The newsdesk reader: a keyboard-first Textual app over the search library.

Data flow, in messages (declared here so it reads in one screen):

    IndexOpened     the corpus's index is open (indexing may continue behind)
    IndexProgress   bytes read so far while indexing in the background
    IndexUpdated    the background update finished (the list refreshes)
    ResultsReady    the articles matching the query, actors and dates (lazy rows)
    ActorsReady     the actors of those results, for the sidebar
    ArticleReady    the article to show, with the query's words to highlight
    RelatedReady    the articles that belong with it, and why
    RawReady        the article's raw text, as it is in its file
    SearchFailed    the query or date could not be understood (the last results stay)
    TimelineReady   the results' (or one actor's) articles per day, week or month

Every call into the library runs in a thread worker; the UI thread only renders.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import time
from typing import Any
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, ProgressBar, Static
from textual.worker import get_current_worker

from search import ActorCount, Article, DateRange, Index, NewsdeskError, RelatedArticle, UpdateReport
from search.article import summarise
from search.config import Config
from search.locations import index_dir_for
from search.text import displayable
from search.index import Matches
from search.state import ReadingState, SavedSearch
from search.timeline import Period, Timeline

from .commands import NewsdeskCommands
from .components.article_list import ArticleList
from .components.date_filter import DateFilter
from .components.dialogs import SavedSearches
from .components.help import HelpScreen
from .components.picker import ActorPicker
from .components.reader import Reader, RelatedList
from .components.search_field import SearchField
from .components.sidebar import ActorSidebar
from .components.timeline import TimelineChart
from .safe import one_line
from .sharing import SharingActions

__all__ = ["NewsdeskApp", "known_keys"]

NARROW = 100  # columns: below this the sidebar folds away
DEBOUNCE = 0.04  # seconds after the last keystroke before searching (a burst of keys searches once)
REFRESH_WHILE_INDEXING = 2.0  # seconds between list refreshes while a corpus indexes
ACTORS_AFTER = 0.12  # seconds after the list is shown before the sidebar is counted
SIDEBAR_ACTORS = 200  # the sidebar lists the most-named actors of the result set


class IndexOpened(Message):
    def __init__(self, index: Index) -> None:
        super().__init__()
        self.index = index


class IndexProgress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done, self.total = done, total


class IndexUpdated(Message):
    def __init__(self, report: UpdateReport | None, error: str | None = None) -> None:
        super().__init__()
        self.report, self.error = report, error


class ResultsReady(Message):
    def __init__(self, matches: Matches, keep: str | None, today: date | None = None) -> None:
        super().__init__()
        self.matches, self.keep, self.today = matches, keep, today


class TimelineReady(Message):
    def __init__(self, timeline: Timeline, actor: str | None = None) -> None:
        super().__init__()
        self.timeline, self.actor = timeline, actor


class ActorsReady(Message):
    def __init__(self, actors: list[ActorCount]) -> None:
        super().__init__()
        self.actors = actors


class ArticleReady(Message):
    def __init__(self, article: Article, highlights: list[tuple[int, int]]) -> None:
        super().__init__()
        self.article, self.highlights = article, highlights


class RelatedReady(Message):
    def __init__(self, article_id: str, related: list[RelatedArticle]) -> None:
        super().__init__()
        self.article_id, self.related = article_id, related


class RawReady(Message):
    def __init__(self, article_id: str, text: str) -> None:
        super().__init__()
        self.article_id, self.text = article_id, text


class SearchFailed(Message):
    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message


def _from_worker(handler: Callable[[Any, Any], None]) -> Callable[[Any, Any], None]:
    """A handler of a worker's answer: it may arrive before the screen is composed or
    after it is torn down (the app quitting); then there is nothing to update."""

    @functools.wraps(handler)
    def handle(app: Any, message: Any) -> None:
        try:
            handler(app, message)
        except NoMatches:
            if app.query(ArticleList):
                raise

    return handle


class NewsdeskApp(SharingActions, App[None]):
    CSS_PATH = "newsdesk.tcss"
    TITLE = "newsdesk"
    # The screen gets -narrow below NARROW columns: the sidebar folds away (b shows it).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]
    COMMANDS = App.COMMANDS | {NewsdeskCommands}
    BINDINGS = [
        Binding("slash", "focus_search", "Search", id="app.search"),
        Binding("a", "pick_actor", "Actor", id="app.actor"),
        Binding("d", "focus_dates", "Dates", id="app.dates"),
        Binding("o", "toggle_sort", "Sort", id="app.sort"),
        Binding("r", "focus_related", "Related", id="app.related"),
        Binding("right_square_bracket", "related(1)", "Next related", show=False, id="app.next_related"),
        Binding("left_square_bracket", "related(-1)", "Previous related", show=False, id="app.previous_related"),
        Binding("m", "toggle_read", "Read/unread", id="app.read"),
        Binding("s", "toggle_star", "Star", id="app.star"),
        Binding("ctrl+s", "save_search", "Save search", show=False, id="app.save_search"),
        Binding("S", "saved_searches", "Saved", id="app.saved_searches"),
        Binding("e", "export", "Export", id="app.export"),
        Binding("T", "focus_timeline", "Timeline", show=False, id="app.timeline"),
        Binding("c", "copy_citation", "Copy citation", show=False, id="app.copy_citation"),
        Binding("quotation_mark", "next_quote", "Next quote", show=False, id="app.next_quote"),
        Binding("y", "copy_quote", "Copy quote", show=False, id="app.copy_quote"),
        Binding("E", "open_source('editor')", "Source in $EDITOR", show=False, id="app.edit_source"),
        Binding("P", "open_source('pager')", "Source in $PAGER", show=False, id="app.page_source"),
        Binding("w", "open_link", "Link in browser", show=False, id="app.open_link"),
        Binding("backspace,alt+left", "back", "Back", show=False, id="app.back"),
        Binding("alt+right", "forward", "Forward", show=False, id="app.forward"),
        Binding("1", "pane('list')", "List", show=False, id="app.pane_list"),
        Binding("2", "pane('reader')", "Reader", show=False, id="app.pane_reader"),
        Binding("3", "pane('actor-options')", "Actors", show=False, id="app.pane_actors"),
        Binding("4", "pane('date-input')", "Dates", show=False, id="app.pane_dates"),
        Binding("b", "toggle_sidebar", "Sidebar", show=False, id="app.sidebar"),
        Binding("exclamation_mark", "show_skipped", "Skipped", show=False, id="app.skipped"),
        Binding("escape", "back_out", "Back out", show=False, id="app.back_out"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("q", "back_or_quit", "Back/quit", id="app.quit_back"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="app.quit"),
    ]

    def __init__(self, paths: Sequence[str], index_dir: str | None = None, today: date | None = None,
                 state: ReadingState | None = None, config: Config | None = None) -> None:
        super().__init__()
        self.paths = list(paths)
        self.index_dir = index_dir
        self.today = today  # given on the command line; else see _today()
        self.config = config or Config()
        self.order = self.config.date_order
        self.keymap: dict[str, str] = {}  # the config's key remaps that name a real binding
        self.index: Index | None = None
        self.state = state
        self.query_text = ""
        self.actor_filters: list[str] = []
        self.date_expression = ""
        self.date_range: DateRange | None = None
        self.sort: str | None = None
        self.history: list[str] = []
        self.place = -1
        self.related: list[RelatedArticle] = []
        self.related_at = -1
        self.sidebar_actors: list[ActorCount] = []
        self.timeline_actor: str | None = None  # whose attention the timeline shows
        self.article: Article | None = None
        self._debounce: Timer | None = None
        self._results_ok = False
        self._refreshed = 0.0
        self._actors_timer: Timer | None = None
        self._indexer: subprocess.Popen[str] | None = None
        self._saved: dict[str, object] = {}  # settings as last written, so unchanged ones are not
        self._update_waiting = False  # a warm start paints the list before checking the corpus
        self.indexing = True  # until the first background update has finished

    # Layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="top"):
            yield SearchField(self._recent_queries,
                              placeholder="/ search: words, \"phrases\", OR, -word, actor:, source:, after:… "
                                          "(↑ recent)", id="search")
            yield ProgressBar(id="progress", show_eta=False)
        yield Static(Text("opening the corpus…", style="dim"), id="status")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield Static(Text(""), id="list-header")
                yield ArticleList(self._is_read, self._is_starred, self.config.columns, id="list")
                yield DateFilter(self.today, self.order, id="dates")
            yield Reader(id="reader")
            yield ActorSidebar(id="sidebar")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#progress").display = False
        self.query_one("#list").focus()
        if self.state is None:  # keyed like the index folder: cheap, and known before it opens
            self.state = ReadingState(index_dir_for(self.paths, self.index_dir).name)
        self._configure()
        self._open_index()

    def _configure(self) -> None:
        """Theme, keys and problems from the config file; a bad value costs only itself."""
        config = self.config
        self.keymap = known_keys(config)
        if self.keymap:
            self.set_keymap(self.keymap)
        if config.theme and config.theme not in self.available_themes:
            config.problem("reader", "theme", f"{config.theme!r} is not a theme here; using the default")
            config.theme = None
        remembered = self.state.get("theme", {}, shared=True) if self.state else {}
        theme = config.theme
        if isinstance(remembered, dict) and remembered.get("config") == config.theme \
                and remembered.get("theme") in self.available_themes:
            theme = remembered["theme"]  # chosen in the palette since the config last changed
        if theme:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._theme_chosen)
        for problem in config.problems:
            self._notify(problem, severity="warning", timeout=12)

    def _theme_chosen(self, theme: Any) -> None:
        """Remember a theme chosen in the palette (until the config's theme changes)."""
        if self.state is None:
            return
        wanted = {"theme": theme.name, "config": self.config.theme}
        if self.state.get("theme", None, shared=True) != wanted:
            self.state.put("theme", wanted, shared=True)

    # Opening and indexing ------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="open")
    def _open_index(self) -> None:
        try:
            index = Index.open(self.paths, self.index_dir)
        except NewsdeskError as exc:
            self.post_message(IndexUpdated(None, str(exc)))
            return
        self.post_message(IndexOpened(index))

    @_from_worker
    def on_index_opened(self, message: IndexOpened) -> None:
        self.index = message.index
        for notice in self.index.notices:
            self._notify(notice, severity="warning")
        self._update_waiting = True
        self._restore()
        if len(self.index) == 0:  # nothing to show yet: start indexing at once
            self._start_update()

    def _start_update(self) -> None:
        if self._update_waiting:
            self._update_waiting = False
            self._update_index()

    def _restore(self) -> None:
        assert self.state is not None
        self.query_text = str(self.state.get("query", "") or "")
        self.actor_filters = [a for a in self.state.get("actors", []) or [] if isinstance(a, str)]
        self.sort = self.state.get("sort") if self.state.get("sort") in ("rank", "date") else None
        self.query_one(SearchField).value = self.query_text
        self._saved = {"query": self.query_text, "actors": list(self.actor_filters), "sort": self.sort,
                       "dates": str(self.state.get("dates", "") or ""), "current": self.state.get("current")}
        expression = str(self.state.get("dates", "") or "")
        if expression:
            self.query_one(DateFilter).set_expression(expression)
        self.run_search(keep=self.state.get("current"))

    @work(thread=True, exclusive=True, group="update")
    def _update_index(self) -> None:
        """Index in a child process (`newsdesk index`), reading its progress from a pipe:
        heavy work never competes with the interface, and cannot take it down."""
        assert self.index is not None
        command = [sys.executable, "-m", "tui", "index", *self.paths, "--progress-lines",
                   "--index-dir", str(self.index.directory)]
        if self.today:
            command += ["--today", self.today.isoformat()]
        try:
            child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env={**os.environ, "COLUMNS": "200"}, start_new_session=True)
            self._indexer = child
        except OSError as exc:
            self.post_message(IndexUpdated(None, f"cannot start indexing: {exc}"))
            return
        summary = None
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("progress "):
                done, total = (int(x) for x in line.split()[1:3])
                self.post_message(IndexProgress(done, total))
            elif line.startswith("summary "):
                summary = json.loads(line[len("summary "):])
        errors = child.stderr.read() if child.stderr else ""
        if child.wait() != 0 and summary is None:
            last = [line for line in errors.splitlines() if line.strip()][-1:] or ["indexing failed"]
            self.post_message(IndexUpdated(None, last[0]))
            return
        self.post_message(IndexUpdated(_report(summary) if summary else None))

    @_from_worker
    def on_index_progress(self, message: IndexProgress) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.display = message.done < message.total
        bar.update(total=message.total, progress=message.done)
        # What is indexed so far is readable: show it, and refresh now and then.
        now = time.monotonic()
        if message.done and (not self._results_ok or now - self._refreshed > REFRESH_WHILE_INDEXING):
            self._refreshed = now
            self.run_search()

    @_from_worker
    def on_index_updated(self, message: IndexUpdated) -> None:
        self.indexing = False
        self.query_one("#progress").display = False
        if message.error:
            self._status(Text(message.error, style="bold red"))
            return
        report = message.report
        if report and report.changed:
            done = f"indexed {report.added} articles from {report.read} files in {report.seconds:.1f} s"
            if report.skipped:
                done += f"; skipped {len(report.skipped)} (press !)"
            self._notify(done)
        if report and report.busy:
            self._notify("another newsdesk is indexing this corpus; showing what it has saved")
        self.run_search()

    # Searching -----------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, self.run_search)

    @on(Input.Submitted, "#search")
    def _submitted(self) -> None:
        self.run_search()
        self._remember_query()
        self.query_one("#list").focus()

    def _remember_query(self) -> None:
        self.query_one(SearchField).forget_walk()
        if self.state is not None and self.query_text.strip():
            self.state.remember_query(self.query_text)

    def _recent_queries(self) -> list[str]:
        return list(self.state.recent_queries()) if self.state else []

    def _today(self) -> date | None:
        """What relative dates count from: --today, else the newest article when the
        config says so, else the clock (None).  Reads the index: worker threads only."""
        if self.today is None and self.config.relative_to == "newest" and self.index is not None:
            return self.index.newest()
        return self.today

    def run_search(self, keep: str | None = None) -> None:
        if self.index is None:
            return
        list_widget = self.query_one(ArticleList)
        self._search(self.query_text, list(self.actor_filters), self.date_range, self.sort,
                     keep or list_widget.current)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str, actors: list[str], dates: DateRange | None, sort: str | None,
                keep: str | None) -> None:
        assert self.index is not None
        today = self._today()
        try:
            found = self.index.matches(query, sort=sort, today=today, actors=actors,  # type: ignore[arg-type]
                                       dates=dates, order=self.order)
        except NewsdeskError as exc:
            self.post_message(SearchFailed(str(exc)))
            return
        if get_current_worker().is_cancelled:  # a newer search is on its way
            return
        self.post_message(ResultsReady(found, keep, today))

    def _refresh_actors(self) -> None:
        self._actors_timer = None
        self._count_actors(self.query_text, list(self.actor_filters), self.date_range)
        self._count_timeline(self.query_text, list(self.actor_filters))

    @work(thread=True, exclusive=True, group="actors")
    def _count_actors(self, query: str, actors: list[str], dates: DateRange | None) -> None:
        assert self.index is not None
        try:
            counted = self.index.actors(query, limit=SIDEBAR_ACTORS, today=self._today(), narrow=actors,
                                        dates=dates, order=self.order)
        except NewsdeskError:
            return
        self.post_message(ActorsReady(counted))

    @work(thread=True, exclusive=True, group="timeline")
    def _count_timeline(self, query: str, actors: list[str], actor: str | None = None,
                        period: Period | None = None) -> None:
        """The results over time, without the date filter (the chart shows it in
        context); with `actor` (and the chart's `period`), only that actor's share."""
        assert self.index is not None
        try:
            if actor is None:
                whole = self.index.timeline(query, today=self._today(), order=self.order, actors=actors)
                self.post_message(TimelineReady(whole))
                actor, period = self.timeline_actor, whole.period
            if actor is not None:
                theirs = self.index.timeline(query, period=period, today=self._today(), order=self.order,
                                             actors=[*actors, actor])
                self.post_message(TimelineReady(theirs, actor))
        except NewsdeskError:
            return

    @_from_worker
    def on_timeline_ready(self, message: TimelineReady) -> None:
        chart = self.query_one(TimelineChart)
        if message.actor is None:
            chart.show(message.timeline, self.date_range)
        else:
            chart.show_actor(message.actor, message.timeline)

    @on(OptionList.OptionHighlighted, "#actor-options")
    def _actor_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """The highlighted actor's attention over time, in the date pane."""
        chart = self.query_one(TimelineChart)
        if event.option.id and self.index is not None and chart.timeline is not None:
            self.timeline_actor = event.option.id.split(":", 1)[1]
            self._count_timeline(self.query_text, list(self.actor_filters), self.timeline_actor,
                                 chart.timeline.period)

    @_from_worker
    def on_results_ready(self, message: ResultsReady) -> None:
        self._results_ok = len(message.matches) > 0
        self.query_one(DateFilter).today = message.today
        articles = self.query_one(ArticleList)
        articles.show(message.matches, message.keep)
        self._header(message.matches)
        self._status(Text(""))
        self._save()
        # The sidebar follows a moment later: counting competes with painting the list
        # for the interpreter, and a burst of keystrokes needs only the last count.
        if self._actors_timer is not None:
            self._actors_timer.stop()
        self._actors_timer = self.set_timer(ACTORS_AFTER, self._refresh_actors)
        if self._update_waiting:  # the list is on screen: now check the corpus for changes
            self.call_after_refresh(self._start_update)

    @_from_worker
    def on_search_failed(self, message: SearchFailed) -> None:
        self._status(one_line(message.message, "bold red"))
        self._start_update()

    @_from_worker
    def on_actors_ready(self, message: ActorsReady) -> None:
        self.sidebar_actors = message.actors
        self._show_sidebar()

    def _show_sidebar(self) -> None:
        own = {a.name for a in self.article.actors} if self.article else set()
        self.query_one(ActorSidebar).show(self.sidebar_actors, self.actor_filters, own)

    def _header(self, matches: Matches) -> None:
        text = Text(f"{len(matches)} article{'s' if len(matches) != 1 else ''}", style="bold")
        text.append(f" · by {matches.sort}", style="dim")
        if self.date_range is not None:
            text.append(f" · {self.date_range.describe()}", style="green")
        for name in self.actor_filters:
            text.append(" · ")
            text.append_text(one_line(name, "#7fb3ff"))
        self.query_one("#list-header", Static).update(text)

    def _status(self, text: Text) -> None:
        self.query_one("#status", Static).update(text)

    def _save(self) -> None:
        if self.state is None:
            return
        values = {"query": self.query_text, "actors": list(self.actor_filters), "dates": self.date_expression,
                  "sort": self.sort}
        current = self.query_one(ArticleList).current
        if current:
            values["current"] = current
        changed = {key: value for key, value in values.items() if self._saved.get(key) != value}
        if changed:  # one transaction, and none at all when nothing changed
            self.state.put_many(changed)
            self._saved.update(changed)

    # Filters ------------------------------------------------------------------------------------

    def on_date_filter_changed(self, message: DateFilter.Changed) -> None:
        self.date_expression, self.date_range = message.expression, message.range
        self.run_search()

    def choose_actor(self, name: str) -> None:
        if name not in self.actor_filters:
            self.actor_filters.append(name)
            self.run_search()

    def on_actor_sidebar_chosen(self, message: ActorSidebar.Chosen) -> None:
        self.choose_actor(message.name)

    def on_actor_sidebar_removed(self, message: ActorSidebar.Removed) -> None:
        if message.name in self.actor_filters:
            self.actor_filters.remove(message.name)
            self.run_search()

    def action_remove_actor(self, number: int) -> None:
        if 0 <= number < len(self.actor_filters):
            del self.actor_filters[number]
            self.run_search()

    def on_reader_actor_chosen(self, message: Reader.ActorChosen) -> None:
        self.choose_actor(message.name)

    def action_choose_mention(self, number: int) -> None:
        name = self.query_one(Reader).mention_actor(number)
        if name:
            self.choose_actor(name)

    def action_choose_speaker(self, number: int) -> None:
        name = self.query_one(Reader).speaker(number)
        if name:
            self.choose_actor(name)

    def action_clear_filters(self) -> None:
        self.actor_filters = []
        self.query_one(DateFilter).set_expression("")

    def action_pick_actor(self) -> None:
        self._pick_actor()

    @work(thread=True, exclusive=True, group="picker")
    def _pick_actor(self) -> None:
        if self.index is None:
            return
        everyone = self.index.all_actors()

        def chosen(name: str | None) -> None:
            if name:
                self.choose_actor(name)

        self.call_from_thread(self.push_screen, ActorPicker(everyone), chosen)

    def action_toggle_sort(self) -> None:
        matches = self.query_one(ArticleList).matches
        current = matches.sort if matches else "date"
        self.sort = "date" if current == "rank" else "rank"
        self.run_search()

    # Reading --------------------------------------------------------------------------------

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        self.open_article(message.article_id)

    def open_article(self, article_id: str, push: bool = True) -> None:
        if push:
            del self.history[self.place + 1:]
            if not self.history or self.history[-1] != article_id:
                self.history.append(article_id)
            self.place = len(self.history) - 1
        self.query_one(ArticleList).move_to(article_id)
        self._load_article(article_id, self.query_text)
        self._remember_query()  # a query that led to reading is worth keeping

    @work(thread=True, exclusive=True, group="article")
    def _load_article(self, article_id: str, query: str) -> None:
        assert self.index is not None
        try:
            article = self.index.article(article_id)
            try:
                spans = self.index.highlights(article.body, query, self._today())
            except NewsdeskError:
                spans = []
            self.post_message(ArticleReady(article, spans))
            self.post_message(RelatedReady(article_id, self.index.related(article_id, limit=10)))
        except NewsdeskError as exc:
            self.post_message(SearchFailed(str(exc)))

    @_from_worker
    def on_article_ready(self, message: ArticleReady) -> None:
        self.article = message.article
        self.query_one(Reader).show(message.article, message.highlights)
        if self.state is not None:
            self.state.set_read(message.article.id, True)
            self.state.put("current", message.article.id)
        self.query_one(ArticleList).refresh()
        self._show_sidebar()

    @_from_worker
    def on_related_ready(self, message: RelatedReady) -> None:
        if self.article is None or self.article.id != message.article_id:
            return
        self.related, self.related_at = message.related, -1
        self.query_one(RelatedList).show(message.related)

    def on_related_list_chosen(self, message: RelatedList.Chosen) -> None:
        self.open_article(message.article_id)

    def action_related(self, step: int) -> None:
        if not self.related:
            return
        self.related_at = (self.related_at + step) % len(self.related)
        self.open_article(self.related[self.related_at].id)

    def action_focus_related(self) -> None:
        self.query_one(RelatedList).focus()
        self.query_one(Reader).scroll_end(animate=False)

    def on_reader_raw_wanted(self, message: Reader.RawWanted) -> None:
        self._load_raw(message.article_id)

    @work(thread=True, exclusive=True, group="raw")
    def _load_raw(self, article_id: str) -> None:
        from search.corpus import raw_text

        assert self.index is not None
        article = self.index.article(article_id)
        try:
            text = raw_text(article.path, article.line)
        except OSError as exc:
            text = f"cannot read the raw text: {exc}"
        self.post_message(RawReady(article_id, text))

    @_from_worker
    def on_raw_ready(self, message: RawReady) -> None:
        reader = self.query_one(Reader)
        if reader.article and reader.article.id == message.article_id:
            reader.show_raw(message.text)

    # Marks --------------------------------------------------------------------------------------

    def _is_read(self, article_id: str) -> bool:
        return self.state.is_read(article_id) if self.state else False

    def _is_starred(self, article_id: str) -> bool:
        return self.state.is_starred(article_id) if self.state else False

    def _target(self) -> str | None:
        if isinstance(self.focused, Reader) and self.article:
            return self.article.id
        return self.query_one(ArticleList).current

    def action_toggle_read(self) -> None:
        target = self._target()
        if target and self.state:
            self.state.set_read(target, not self.state.is_read(target))
            self.query_one(ArticleList).refresh()

    def action_toggle_star(self) -> None:
        target = self._target()
        if target and self.state:
            self.state.set_starred(target, not self.state.is_starred(target))
            self.query_one(ArticleList).refresh()

    # Navigation ----------------------------------------------------------------------------

    def action_back(self) -> None:
        if self.place > 0:
            self.place -= 1
            self.open_article(self.history[self.place], push=False)

    def action_forward(self) -> None:
        if self.place < len(self.history) - 1:
            self.place += 1
            self.open_article(self.history[self.place], push=False)

    def action_back_or_quit(self) -> None:
        if self.place > 0:
            self.action_back()
        else:
            self.action_quit()

    def action_back_out(self) -> None:
        focused = self.focused
        if isinstance(focused, (Input, Reader, OptionList)) or focused is None:
            self.query_one("#list").focus()

    def action_focus_search(self) -> None:
        self.query_one("#search").focus()

    def action_focus_dates(self) -> None:
        self.query_one("#date-input").focus()

    def action_focus_timeline(self) -> None:
        self.query_one(TimelineChart).focus()

    def action_pane(self, name: str) -> None:
        if name == "actor-options":
            self.screen.add_class("show-sidebar")
        self.query_one(f"#{name}").focus()

    def action_toggle_sidebar(self) -> None:
        self.screen.toggle_class("show-sidebar" if self.screen.has_class("-narrow") else "hide-sidebar")

    def action_help(self) -> None:
        self.push_screen(HelpScreen(_sections(), self.keymap))

    def action_show_skipped(self) -> None:
        if self.index is None:
            return
        skipped = self.index.skipped()
        if not skipped:
            self._notify("nothing was skipped")
            return
        lines = [f"{n} {reason}" for reason, n in summarise(skipped)]
        first = [str(item) for item in skipped[:5]]
        self._notify("skipped " + str(len(skipped)) + ": " + "; ".join(lines) + "\n" + "\n".join(first),
                     title="What was skipped", timeout=15)

    def on_unmount(self) -> None:
        # Quitting stops indexing; what is committed stays, and the next start goes on.
        if self._indexer is not None and self._indexer.poll() is None:
            try:  # the command and its worker processes
                os.killpg(self._indexer.pid, signal.SIGTERM)
            except OSError:
                pass

    def _notify(self, message: str, **options: Any) -> None:
        """A notification, never markup; paths and ids in it come from file names, so no raw controls."""
        self.notify(displayable(message), markup=False, **options)

    # For the command palette ----------------------------------------------------------------

    def palette_saved(self) -> list[SavedSearch]:
        return self.state.saved_searches() if self.state else []

    def palette_actors(self) -> list[str]:
        return [a.name for a in self.sidebar_actors[:200]]

    def palette_articles(self) -> list[tuple[str, str]]:
        matches = self.query_one(ArticleList).matches
        if matches is None:
            return []
        return [(row.id, row.title) for row in (matches.row(i) for i in range(min(len(matches), 300)))]

    def action_quit(self) -> None:  # type: ignore[override]
        self._save()
        self.exit()


def _sections() -> list[tuple[str, list[Binding]]]:
    """Every binding the user can press, by where it works (help, and checking key remaps)."""
    return [("Everywhere", list(NewsdeskApp.BINDINGS)), ("Search field", list(SearchField.BINDINGS)),
            ("Article list", list(ArticleList.BINDINGS)), ("Reader", list(Reader.BINDINGS)),
            ("Actors", list(ActorSidebar.BINDINGS)), ("Timeline", list(TimelineChart.BINDINGS)),
            ("Saved searches", list(SavedSearches.BINDINGS))]


def known_keys(config: Config) -> dict[str, str]:
    """The config's key remaps that name a real binding; the others become problems."""
    known = {binding.id for _, bindings in _sections() for binding in bindings if binding.id}
    for binding_id in config.keys:
        if binding_id not in known:
            config.problem("keys", binding_id, "is not a binding id (press ? to see them); ignored")
    return {binding_id: keys for binding_id, keys in config.keys.items() if binding_id in known}


def _report(summary: dict[str, object]) -> UpdateReport:
    from search import Skipped

    report = UpdateReport(files=int(summary.get("files", 0)), read=int(summary.get("read", 0)),  # type: ignore[arg-type]
                          added=int(summary.get("added", 0)), duplicates=int(summary.get("duplicates", 0)),  # type: ignore[arg-type]
                          removed_files=int(summary.get("removed_files", 0)), busy=bool(summary.get("busy")),  # type: ignore[arg-type]
                          seconds=float(summary.get("seconds", 0.0)))  # type: ignore[arg-type]
    report.skipped = [Skipped(str(s["path"]), str(s["reason"]), s.get("line"))  # type: ignore[index,union-attr]
                      for s in summary.get("skipped", []) or []]  # type: ignore[union-attr]
    return report


def run(paths: Sequence[str], index_dir: str | None = None, today: date | None = None,
        config: Config | None = None) -> None:
    NewsdeskApp([str(Path(p)) for p in paths], index_dir, today, config=config).run()
