"""The newsdesk application: configuration, theme and key remaps, opening the corpus's
index, and the indexing child process.  What the user reads and asks is the reader
screen's (tui/screens/reader.py); the app hands it the index and indexing news by
message (tui/messages.py) and never calls into it.

    NewsdeskApp.on_mount     (the ReaderScreen is the default screen) open the index in a worker
    _open_index  ->          IndexOpened (to the screen)
    IndexingWanted (from the screen, once its first list is painted, or at once on an
    empty index)  ->  _index_corpus: `newsdesk index --progress-lines` in a child process,
                      IndexProgress while it reads, IndexUpdated when it ends
    F (fetch feeds)  ->  _fetch_feeds: `newsdesk fetch --progress-lines --no-index` in a
                      child process, then what is new is said and the corpus indexed
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App

from search.article import summarise
from search.config import Config
from search.errors import NewsdeskError
from search.index.report import ProgressLine, UpdateReport, read_line
from search.index.store import Index
from search.locations import index_dir_for
from search.state import ReadingState

from .components.help import HelpScreen
from .keys import APP_BINDINGS, known_keys, sections
from .messages import IndexingWanted, IndexOpened, IndexProgress, IndexUpdated
from .safe import tell
from .screens.reader import ReaderScreen

if TYPE_CHECKING:
    from search.feeds import FetchReport

__all__ = ["NewsdeskApp", "run"]

NARROW = 100  # columns: below this the sidebar folds away


class NewsdeskApp(App[None]):
    CSS_PATH = "newsdesk.tcss"
    TITLE = "newsdesk"
    # Screens get -narrow below NARROW columns: the sidebar folds away (b shows it).
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]
    BINDINGS = APP_BINDINGS

    def __init__(self, paths: Sequence[str], index_dir: str | None = None, today: date | None = None,
                 state: ReadingState | None = None, config: Config | None = None) -> None:
        super().__init__()
        self.paths = list(paths)
        self.index_dir = index_dir
        self.today = today  # given on the command line
        self.config = config or Config()
        self.keymap: dict[str, str] = {}  # the config's key remaps that name a real binding
        self.state = state or ReadingState(index_dir_for(self.paths, self.index_dir).name)  # keyed like the index
        self.index: Index | None = None
        self.reader = ReaderScreen(self.config, self.state, today)
        self._indexer: subprocess.Popen[str] | None = None
        self._fetcher: subprocess.Popen[str] | None = None
        self._indexing_wanted = False

    def get_default_screen(self) -> ReaderScreen:
        return self.reader

    def on_load(self) -> None:
        self._open_index()  # before the screen is composed: opening overlaps with painting it

    def on_mount(self) -> None:
        self._configure()

    def _configure(self) -> None:
        """Theme, keys and problems from the config file; a bad value costs only itself."""
        config = self.config
        self.keymap = known_keys(config)
        if self.keymap:
            self.set_keymap(self.keymap)
        if config.theme and config.theme not in self.available_themes:
            config.problem("reader", "theme", f"{config.theme!r} is not a theme here; using the default")
            config.theme = None
        remembered = self.state.get("theme", {}, shared=True)
        theme = config.theme
        if isinstance(remembered, dict) and remembered.get("config") == config.theme \
                and remembered.get("theme") in self.available_themes:
            theme = remembered["theme"]  # chosen in the palette since the config last changed
        if theme:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._theme_chosen)
        for problem in config.problems:
            tell(self, problem, severity="warning", timeout=12)

    def _theme_chosen(self, theme: Any) -> None:
        """Remember a theme chosen in the palette (until the config's theme changes)."""
        wanted = {"theme": theme.name, "config": self.config.theme}
        if self.state.get("theme", None, shared=True) != wanted:
            self.state.put("theme", wanted, shared=True)

    # The index ----------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def _open_index(self) -> None:
        try:
            index = Index.open(self.paths, self.index_dir)
        except NewsdeskError as exc:
            self.reader.post_message(IndexUpdated(None, str(exc)))
            return
        self.call_from_thread(self._opened, index)

    def _opened(self, index: Index) -> None:
        self.index = index
        for notice in index.notices:
            tell(self, notice, severity="warning")
        self.reader.post_message(IndexOpened(index))
        if len(index) == 0 and self._is_feeds_folder():
            tell(self, "no items fetched yet: press F to fetch the feeds you subscribe to", timeout=10)

    def _is_feeds_folder(self) -> bool:
        """Whether the corpus is the subscribed feeds' items (the reader's default once there are some)."""
        from search.feeds import feeds_folder
        from search.feeds.subscriptions import ITEMS

        items = (feeds_folder() / ITEMS).resolve()
        return any(Path(path).resolve() == items for path in self.paths)

    def on_indexing_wanted(self, message: IndexingWanted) -> None:
        """Index the corpus once, when the reader has painted what the index holds."""
        if not self._indexing_wanted and self.index is not None:
            self._indexing_wanted = True
            self._index_corpus(self.index.directory)

    @work(thread=True, exclusive=True, group="update", exit_on_error=False)
    def _index_corpus(self, directory: Path) -> None:
        """Index in a child process (`newsdesk index`), reading its progress from a pipe
        (search/index/report.py): heavy work never competes with the interface, and
        cannot take it down."""
        command = [sys.executable, "-m", "tui", "index", *self.paths, "--progress-lines", "--index-dir", str(directory)]
        if self.today:
            command += ["--today", self.today.isoformat()]
        try:
            child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env={**os.environ, "COLUMNS": "200"}, start_new_session=True)
            self._indexer = child
        except OSError as exc:
            self.reader.post_message(IndexUpdated(None, f"cannot start indexing: {exc}"))
            return
        report = None
        assert child.stdout is not None
        for line in child.stdout:
            found = read_line(line)
            if isinstance(found, ProgressLine):
                self.reader.post_message(IndexProgress(found.done, found.total))
            elif isinstance(found, UpdateReport):
                report = found
        errors = child.stderr.read() if child.stderr else ""
        if child.wait() != 0 and report is None:
            last = [line for line in errors.splitlines() if line.strip()][-1:] or ["indexing failed"]
            self.reader.post_message(IndexUpdated(None, last[0]))
            return
        if report is not None:
            self.call_from_thread(self._say_indexed, report)
        self.reader.post_message(IndexUpdated(report))

    def _say_indexed(self, report: UpdateReport) -> None:
        if report.changed:
            done = f"indexed {report.added} articles from {report.read} files in {report.seconds:.1f} s"
            if report.skipped:
                done += f"; skipped {len(report.skipped)} (press !)"
            tell(self, done)
        if report.busy:
            tell(self, "another newsdesk is indexing this corpus; showing what it has saved")

    # Feeds -------------------------------------------------------------------------------------

    def action_fetch_feeds(self) -> None:
        """Fetch the subscribed feeds (only now, because the user asked)."""
        if self._fetcher is not None and self._fetcher.poll() is None:
            tell(self, "already fetching")
            return
        from search.feeds import Subscriptions  # the reader starts without the feeds' code

        try:
            subscriptions = Subscriptions.load()
        except NewsdeskError as exc:
            tell(self, str(exc), severity="error")
            return
        if not subscriptions.feeds:
            tell(self, "no feeds to fetch: subscribe with `newsdesk feeds add URL` or "
                       "`newsdesk feeds import FILE.opml`")
            return
        tell(self, f"fetching {len(subscriptions.feeds)} feeds")
        self._fetch_feeds(str(subscriptions.items_folder))

    @work(thread=True, exclusive=True, group="fetch", exit_on_error=False)
    def _fetch_feeds(self, items: str) -> None:
        command = [sys.executable, "-m", "tui", "fetch", "--progress-lines", "--no-index"]
        try:
            child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, start_new_session=True)
            self._fetcher = child
        except OSError as exc:
            self.call_from_thread(tell, self, f"cannot fetch: {exc}", severity="error")
            return
        from search.feeds import FetchReport

        from .subscribing import FETCHED

        report = None
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith(FETCHED):
                report = FetchReport.from_line(line[len(FETCHED):])
        errors = child.stderr.read() if child.stderr else ""
        child.wait()
        if report is None:
            last = [line for line in errors.splitlines() if line.strip()][-1:] or ["fetching failed"]
            self.call_from_thread(tell, self, last[0], severity="error")
            return
        self.call_from_thread(self._fetched, report, items)

    def _fetched(self, report: FetchReport, items: str) -> None:
        said = f"{report.new} new items from {len(report.results)} feeds"
        if report.failed:
            first = report.failed[0]
            said += f"; {len(report.failed)} failed ({first.title or first.url}: {first.error})"
        in_corpus = any(Path(items).resolve().is_relative_to(Path(p).resolve()) or
                        Path(p).resolve().is_relative_to(Path(items).resolve()) for p in self.paths)
        if report.new and not in_corpus:
            said += f"; they are in {items}: open them with `newsdesk {items}`"
        tell(self, said, severity="warning" if report.failed else "information", timeout=10)
        if report.new and in_corpus and self.index is not None:
            self._index_corpus(self.index.directory)  # the new items join the list

    def action_show_skipped(self) -> None:
        if self.index is None:
            return
        skipped = self.index.skipped()
        if not skipped:
            tell(self, "nothing was skipped")
            return
        lines = [f"{n} {reason}" for reason, n in summarise(skipped)]
        first = [str(item) for item in skipped[:5]]
        tell(self, f"skipped {len(skipped)}: " + "; ".join(lines) + "\n" + "\n".join(first),
             title="What was skipped", timeout=15)

    def action_help(self) -> None:
        self.push_screen(HelpScreen(sections(), self.keymap))

    def on_unmount(self) -> None:
        # Quitting stops indexing and fetching; what is committed stays, and the next start goes on.
        for child in (self._indexer, self._fetcher):
            if child is not None and child.poll() is None:
                try:  # the command and its worker processes
                    os.killpg(child.pid, signal.SIGTERM)
                except OSError:
                    pass


def run(paths: Sequence[str], index_dir: str | None = None, today: date | None = None,
        config: Config | None = None) -> None:
    NewsdeskApp([str(Path(p)) for p in paths], index_dir, today, config=config).run()
