"""The reader screen: the four panes (list and dates, reader, actors) under a search
field, the current Question, and the workers that ask the index about it.

A keystroke in the search field makes a new Question (the words changed); after a
short pause `_search` asks the index's current snapshot for the matches in a worker,
and ResultsReady paints the list.  A moment later the sidebar and the timeline are
counted for the same Question (its words parsed once, on the first ask).  Every
call into the library runs in a thread worker; a worker that fails becomes a
notification.  The index arrives from the app by message (IndexOpened).
"""

from __future__ import annotations

import time
from datetime import date

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from search.article import Article
from search.config import Config
from search.errors import NewsdeskError
from search.index.store import Index
from search.question import Question
from search.results import ActorCount
from search.state import ReadingState, SavedSearch
from search.timeline import Period

from . import answers
from .. import memory, sharing
from ..commands import ReaderCommands
from ..components.article_list import ArticleList, Listing
from ..components.date_filter import DateFilter
from ..components.picker import ActorPicker
from ..components.reader import Reader, RelatedList
from ..components.key_footer import KeyFooter
from ..components.search_field import SearchField
from ..components.sidebar import ActorSidebar
from ..components.list_pane import ListPane
from ..keys import READER_BINDINGS
from ..messages import (ActorsReady, IndexingWanted, IndexOpened, IndexProgress, IndexUpdated, ResultsReady,
                        SearchFailed, TimelineReady)
from ..safe import one_line, tell
from ..session import Session
from .panes import PaneKeys

__all__ = ["ReaderScreen"]


def _asking(question: Question) -> tuple[object, ...]:
    """What a question asks, whatever day its relative dates count from."""
    return question.words, question.actors, question.dates, question.sort

DEBOUNCE = 0.04  # seconds after the last keystroke before searching (a burst of keys searches once)
REFRESH_WHILE_INDEXING = 2.0  # seconds between list refreshes while a corpus indexes
ACTORS_AFTER = 0.12  # seconds after the list is shown before the sidebar is counted
SEARCHING_AFTER = 0.3  # seconds a search may take before the status line says the list is not its answer yet

_DOING = {"search": "search", "actors": "count the actors", "timeline": "count the timeline",
          "picker": "list the actors", "article": "open the article", "raw": "read the raw text",
          "export": "export", "browser": "open the browser", "stories": "group the stories"}


class ReaderScreen(PaneKeys):
    BINDINGS = READER_BINDINGS
    COMMANDS = Screen.COMMANDS | {ReaderCommands}

    def __init__(self, config: Config, state: ReadingState, today: date | None = None) -> None:
        super().__init__()
        self.config = config
        self.state = state
        self.session = Session(state)
        self.given_today = today  # --today; else the newest article (by config), else the clock
        self.index: Index | None = None
        self.question = Question(today=today, order=config.date_order)
        # The list is kept at hand: its place is saved when the screen goes, after its widgets.
        self.articles = ArticleList(state.is_read, state.is_starred, config.columns, id="list")
        self.indexing = True  # until the first background update has finished
        self.sidebar_actors: list[ActorCount] = []
        self.timeline_actor: str | None = None  # whose attention the timeline shows
        self._debounce: Timer | None = None
        self._actors_timer: Timer | None = None
        self._results_ok = False
        self._answered: tuple[object, ...] | None = None  # the last question answered (or refused)
        self._searching: Timer | None = None
        self._refreshed = 0.0
        self._painted_once = False
        self._settled = False  # the index's long-lived objects are out of the collector's sweeps

    def compose(self) -> ComposeResult:
        with Horizontal(id="top"):
            yield SearchField(self.state.recent_queries, id="search",
                              placeholder="/ search: words, \"phrases\", OR, -word, actor:, source:, after:… (↑ recent)")
            yield ProgressBar(id="progress", show_eta=False)
        yield Static(Text("opening the corpus…", style="dim"), id="status")
        with Horizontal(id="panes"):
            with Vertical(id="left"):
                yield ListPane(self.articles, id="list-pane")
                yield DateFilter(self.given_today, self.config.date_order, id="dates")
            yield Reader(id="reader")
            yield ActorSidebar(id="sidebar")
        yield KeyFooter()

    def on_mount(self) -> None:
        self.query_one("#progress").display = False
        self.articles.focus()

    # The index, from the app ---------------------------------------------------------------

    def on_index_opened(self, message: IndexOpened) -> None:
        self.index = self.query_one(ListPane).index = message.index
        question, current = self.session.restore(self.given_today, self.config.date_order)
        self.question = question
        self.query_one(SearchField).value = question.words
        if question.dates:
            self.query_one(DateFilter).set_expression(question.dates)  # searches
        self.run_search(keep=current)
        if len(self.index) == 0:  # nothing to show yet: index at once
            self.app.post_message(IndexingWanted())

    def on_index_progress(self, message: IndexProgress) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.display = message.done < message.total
        bar.update(total=message.total, progress=message.done)
        now = time.monotonic()  # what is indexed so far is readable: show it, now and then
        if message.done and (not self._results_ok or now - self._refreshed > REFRESH_WHILE_INDEXING):
            self._refreshed = now
            self.run_search()

    def on_index_updated(self, message: IndexUpdated) -> None:
        """Indexing ended (the app has said how it went): the list shows all of it."""
        self.indexing = False
        if self._settled:  # a new generation: let the old one go
            self._settled = False
            memory.unsettle()
        self.query_one("#progress").display = False
        if message.error:
            self._status(one_line(message.error, "bold red"))
        else:
            self.run_search()

    # Asking ---------------------------------------------------------------------------------------

    def ask(self, question: Question) -> None:
        """A new question: the list follows it."""
        self.question = question
        self.run_search()

    def run_search(self, keep: str | None = None) -> None:
        if self.index is not None:
            self._search(self.question, keep or self.articles.current)
            if self._searching is None:
                self._searching = self.set_timer(SEARCHING_AFTER, self._say_searching)

    def _say_searching(self) -> None:
        """A search that takes a while (the first actor search of a new index counts the
        corpus's names): the list still answers the last question, and says so."""
        self._searching = None
        if self._answered != _asking(self.question):
            self._status(Text("searching… (the list shows the last search until this one is answered)", style="dim"))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, question: Question, keep: str | None) -> None:
        assert self.index is not None
        snapshot = self.index.snapshot()
        today = self.config.counts_from(self.given_today, snapshot.newest)  # reads the index
        answer = answers.matches(snapshot, question.counted_from(today), keep)
        if not get_current_worker().is_cancelled:  # else a newer search is on its way
            self.post_message(answer)

    def on_results_ready(self, message: ResultsReady) -> None:
        asked = message.question
        if _asking(asked) == _asking(self.question):
            self.question = asked  # with the day relative dates counted from, and parsed
        self._results_ok = len(message.matches) > 0
        self._answered = _asking(asked)
        self.query_one(DateFilter).count_from(asked.today)
        self.query_one(ListPane).show_results(asked, message.matches, message.keep)
        self._status(Text(""))
        self.session.save(self.question, self.articles.current)
        # The sidebar follows a moment later: counting competes with painting the list
        # for the interpreter, and a burst of keystrokes needs only the last count.
        if self._actors_timer is not None:
            self._actors_timer.stop()
        self._actors_timer = self.set_timer(ACTORS_AFTER, self._count_sidebar)
        self._want_indexing()

    def on_search_failed(self, message: SearchFailed) -> None:
        self._answered = _asking(self.question)
        self._status(one_line(message.message, "bold red"))
        self._want_indexing()

    def _want_indexing(self) -> None:
        if not self._painted_once:  # the list (or why not) is on screen: now the keys, and the corpus checked
            self._painted_once = True
            self.call_after_refresh(self.query_one(KeyFooter).show_keys)
            self.call_after_refresh(self.app.post_message, IndexingWanted())

    def _count_sidebar(self) -> None:
        self._actors_timer = None
        self._count_actors(self.question)
        self._count_timeline(self.question)

    @work(thread=True, exclusive=True, group="actors", exit_on_error=False)
    def _count_actors(self, question: Question) -> None:
        assert self.index is not None
        for answer in answers.actors(self.index, question):
            self.post_message(answer)
        if not self._settled and not self.indexing:  # the index's structures are built: keep them
            self._settled = True
            memory.settle()

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False)
    def _count_timeline(self, question: Question, actor: str | None = None, period: Period | None = None) -> None:
        assert self.index is not None
        for answer in answers.timeline(self.index, question, actor, period, self.timeline_actor):
            self.post_message(answer)

    def on_timeline_ready(self, message: TimelineReady) -> None:
        dates, timeline = self.query_one(DateFilter), message.timeline
        dates.show_timeline(timeline) if message.actor is None else dates.show_actor(message.actor, timeline)

    def on_list_pane_story_shown(self, message: ListPane.StoryShown) -> None:
        self.query_one(DateFilter).show_story(message.days)  # an open story's days, on the timeline

    def on_actors_ready(self, message: ActorsReady) -> None:
        self.sidebar_actors = message.actors
        self._show_sidebar()

    def _show_sidebar(self) -> None:
        own = {a.name for a in self.article.actors} if self.article else set()
        self.query_one(ActorSidebar).show(self.sidebar_actors, list(self.question.actors), own)

    def on_actor_sidebar_highlighted(self, message: ActorSidebar.Highlighted) -> None:
        """The highlighted actor's attention over time, in the date pane."""
        period = self.query_one(DateFilter).period
        if self.index is not None and period is not None:
            self.timeline_actor = message.name
            self._count_timeline(self.question, message.name, period)

    def _status(self, text: Text) -> None:
        self.query_one("#status", Static).update(text)

    # The search field and the filters --------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _typed(self, event: Input.Changed) -> None:
        self.question = self.question.with_words(event.value)
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE, self.run_search)

    @on(Input.Submitted, "#search")
    def _submitted(self) -> None:
        self.run_search()
        self._remember_query()
        self.articles.focus()

    def _remember_query(self) -> None:
        self.query_one(SearchField).forget_walk()
        if self.question.words.strip():
            self.state.remember_query(self.question.words)

    def on_date_filter_changed(self, message: DateFilter.Changed) -> None:
        self.ask(self.question.with_dates(message.expression))

    def choose_actor(self, name: str) -> None:
        if name not in self.question.actors:
            self.ask(self.question.with_actor(name))

    def on_actor_sidebar_chosen(self, message: ActorSidebar.Chosen) -> None:
        self.choose_actor(message.name)

    def on_actor_sidebar_removed(self, message: ActorSidebar.Removed) -> None:
        if message.name in self.question.actors:
            self.ask(self.question.without_actor(message.name))

    def on_reader_actor_chosen(self, message: Reader.ActorChosen) -> None:
        self.choose_actor(message.name)

    def action_clear_filters(self) -> None:
        self.question = self.question.with_actors(())
        self.query_one(DateFilter).set_expression("")  # searches

    def action_pick_actor(self) -> None:
        self._pick_actor()

    @work(thread=True, exclusive=True, group="picker", exit_on_error=False)
    def _pick_actor(self) -> None:
        if self.index is None:
            return
        everyone = self.index.snapshot().all_actors()
        self.app.call_from_thread(self.app.push_screen, ActorPicker(everyone),
                                  lambda name: self.choose_actor(name) if name else None)

    def action_toggle_sort(self) -> None:
        matches = self.articles.matches
        current = matches.sort if matches else "date"
        self.ask(self.question.sorted_by("date" if current == "rank" else "rank"))

    def run_saved(self, search: SavedSearch) -> None:
        """Run a saved search: its words, actors, dates (counted from today) and order."""
        field = self.query_one(SearchField)
        with field.prevent(Input.Changed):
            field.value = search.question.words
        self.question = self.question.with_words(search.question.words).with_actors(search.question.actors) \
            .sorted_by(search.question.sort)
        self.query_one(DateFilter).set_expression(search.question.dates)  # searches, with the rest set above
        self._remember_query()
        tell(self, f"running the saved search {search.name!r}")

    def action_toggle_stories(self) -> None:
        self.query_one(ListPane).toggle_stories()

    # Reading ----------------------------------------------------------------------------------------

    @property
    def article(self) -> Article | None:
        """The article open in the reader."""
        return self.query_one(Reader).article

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        self.open_article(message.article_id)

    def open_article(self, article_id: str) -> None:
        if self.index is not None:
            self.query_one(Reader).open(self.index, article_id, self.question)
        self._remember_query()  # a query that led to reading is worth keeping

    def on_reader_opened(self, message: Reader.Opened) -> None:
        self.articles.move_to(message.article.id)
        self.state.set_read(message.article.id, True)
        self.session.save(self.question, message.article.id)
        self.articles.refresh()
        self._show_sidebar()

    def on_related_list_chosen(self, message: RelatedList.Chosen) -> None:
        self.open_article(message.article_id)

    def action_related(self, step: int) -> None:
        article_id = self.query_one(Reader).step_related(step)
        if article_id:
            self.open_article(article_id)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed, here or in a pane: say so, and go on (the last results stay)."""
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            what = str(error) if isinstance(error, NewsdeskError) else f"{type(error).__name__}: {error}"
            doing = _DOING.get(event.worker.group, event.worker.group)
            if event.worker.group == "search":
                self._answered = _asking(self.question)
            tell(self, f"could not {doing}: {what}", severity="error", timeout=10)

    # Keeping and handing on (sharing.py) ------------------------------------------------------------

    def action_share(self, what: str) -> None:
        """save (the search), saved (searches), export, cite, editor, pager or link."""
        sharing.share(self, what, self.index, self.state, self.question, self.article, len(self.listed() or ()),
                      self.run_saved)

    def action_quote(self, what: str) -> None:
        """next: the open article's next quotation; copy: copy the current one."""
        self.query_one(Reader).action_quote(1) if what == "next" else self.query_one(Reader).action_copy_quote()

    def listed(self) -> Listing | None:
        """The articles in the list (for the command palette)."""
        return self.articles.matches

    def on_unmount(self) -> None:
        """Keep the question and the list's place for the next start."""
        if self.index is not None:
            self.session.save(self.question, self.articles.current)
