"""The index on disk: opening (creating or rebuilding it), locking, and bringing it up
to date with its corpus.  What is asked of it is answered by a Snapshot of the latest
generation (snapshot.py); the asking methods here hand over to the current one.

    index = Index.open(["~/news"])         # finds or creates the index directory
    report = index.update()                # reads only new and changed files
    results = index.search(Question('putin -trump', dates="after:2025-02-01"))
    article = index.article(results.hits[0].id)
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..article import Article, Skipped
from ..entities.directory import Actor, ActorDirectory
from ..errors import IndexUnavailable
from ..locations import corpus_paths, index_dir_for, overrides_path
from ..question import Question
from ..results import ActorCount, QuoteHit, RelatedArticle, Results, Row
from ..timeline import Period, Timeline
from .actor_table import ActorTable
from .actors_file import ACTORS_FILE, ActorsFile
from .extractions import CACHE_FILE, extraction_version
from .manifest import Manifest
from .report import Progress, UpdateReport
from .schema import SCHEMA_VERSION, make_schema
from .searching import Matches
from .snapshot import Snapshot
from .storage import storage

if TYPE_CHECKING:
    from .stories import Stories

__all__ = ["Index"]

_LOCK = "newsdesk.lock"
_MANIFEST = "manifest.sqlite"
# What an index folder holds: Whoosh's files (segments, tables of contents, its lock, its
# temporary files and folder) and newsdesk's (manifest, extraction cache, actors file and
# their journals and temporary copies, the lock).  Nothing else is ever deleted.
_INDEX_ENTRY = re.compile(r"(?:_MAIN_\d+\.toc(?:\.[0-9.e+-]+)?|MAIN_WRITELOCK|MAIN\.tmp|MAIN_[0-9a-z]{16}\.[A-Za-z0-9_.]+"
                          r"|[0-9a-z]{28}\.(?:tmp|ctmp|run|doclist)"
                          rf"|(?:{re.escape(_MANIFEST)}|{re.escape(CACHE_FILE)})(?:-wal|-shm|-journal)?"
                          rf"|{re.escape(ACTORS_FILE)}\w*|{re.escape(_LOCK)})")


def _not_an_index(directory: Path) -> list[str]:
    """The entries of `directory` that no index wrote (hidden ones aside, which are left alone)."""
    try:
        return sorted(entry.name for entry in directory.iterdir()
                      if not entry.name.startswith(".") and not _INDEX_ENTRY.fullmatch(entry.name))
    except OSError:
        return []


def _refuse_a_shared_folder(directory: Path) -> None:
    """An index is made only in a folder of its own: making one empties the folder of an
    older index, so a folder holding anything else (articles, notes, a home folder given
    as --index-dir by mistake) is refused, and nothing in it is touched.  Asked when a
    folder is first opened and again, under the update lock, before an index is made."""
    others = _not_an_index(directory)
    if others:
        shown = ", ".join(others[:3]) + (f" and {len(others) - 3} more" if len(others) > 3 else "")
        raise IndexUnavailable(f"the index folder {directory} holds files that are not an index ({shown}); "
                               "newsdesk keeps its index in a folder of its own and deletes nothing else: "
                               "give --index-dir an empty or new folder")


class Index:
    """The index of one corpus (a list of paths), stored in `directory`."""

    def __init__(self, paths: Sequence[str], directory: Path, overrides: Path | None = None) -> None:
        self.paths = [str(p) for p in paths]
        self.directory = directory
        self.overrides_path = overrides if overrides is not None else overrides_path()
        self.notices: list[str] = []
        self._lock = threading.Lock()  # the reader asks from worker threads
        self._ix: Any = None
        self._snapshot: Snapshot | None = None
        self._manifest: Manifest | None = None

    # Opening ----------------------------------------------------------------------

    @classmethod
    def open(cls, paths: Sequence[str | os.PathLike[str]], index_dir: str | os.PathLike[str] | None = None,
             rebuild: bool = False, overrides: str | os.PathLike[str] | None = None) -> Index:
        """Open (creating if needed) the index of the corpus made of `paths`.

        `overrides` is the actors file (merge, split, rename, hide); by default
        actors.toml in the user config directory."""
        index = cls([str(p) for p in paths], index_dir_for(paths, index_dir),
                    Path(overrides) if overrides is not None else None)
        try:
            index.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise IndexUnavailable(f"cannot create the index folder {index.directory}: {exc.strerror}") from None
        if not (index.directory / _LOCK).exists():  # not yet an index folder (another process may be making one)
            _refuse_a_shared_folder(index.directory)  # before the lock or the manifest is written into it
        if rebuild:
            with index._update_lock(wait=True):
                index._create()
        else:
            index._load()
        return index

    def _load(self) -> None:
        from whoosh import index as whoosh_index

        try:
            self._manifest = Manifest(self.directory / _MANIFEST)
            if not whoosh_index.exists_in(str(self.directory)):
                with self._update_lock(wait=True):
                    if not whoosh_index.exists_in(str(self.directory)):
                        self._create()
                        return
            self._ix = storage(self.directory).open_index()
            self._snapshot = self._new_snapshot()  # opens every segment: a damaged one shows here
            len(self._snapshot)
            version = (self._manifest.get_meta("schema"), self._manifest.get_meta("extraction"))
        except IndexUnavailable:
            raise
        except Exception as exc:  # a damaged index is rebuilt, never a traceback
            self.notices.append(f"the index at {self.directory} could not be opened ({_describe(exc)}); "
                                "rebuilding it")
            with self._update_lock(wait=True):
                self._create()
            return
        if version != (SCHEMA_VERSION, extraction_version()):
            if version[0] is not None:
                self.notices.append("the index was written by another version of newsdesk (its cleaning, actors "
                                    "or quotes differ); rebuilding it")
            with self._update_lock(wait=True):
                self._create()

    def _create(self) -> None:
        self.close()
        _refuse_a_shared_folder(self.directory)
        try:
            for entry in self.directory.iterdir():
                if entry.name == _LOCK or entry.name.startswith(CACHE_FILE) or not _INDEX_ENTRY.fullmatch(entry.name):
                    continue  # the extraction cache outlives rebuilds; what no index wrote stays
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            self._ix = storage(self.directory).create_index(make_schema())
            self._manifest = Manifest(self.directory / _MANIFEST)
            self._manifest.set_meta("schema", SCHEMA_VERSION)
            self._manifest.set_meta("extraction", extraction_version())
            self._manifest.set_meta("generation", str(self._ix.latest_generation()))
        except OSError as exc:
            raise IndexUnavailable(f"cannot write the index at {self.directory}: {exc.strerror or exc}") from None

    @contextmanager
    def _update_lock(self, wait: bool) -> Iterator[bool]:
        """Our own lock for a whole update run (Whoosh's lock is per writer)."""
        try:
            handle = open(self.directory / _LOCK, "a+")
        except OSError as exc:
            raise IndexUnavailable(f"cannot lock the index at {self.directory}: {exc.strerror}") from None
        try:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
                acquired = True
            except BlockingIOError:
                acquired = False
            try:
                yield acquired
            finally:
                if acquired:
                    fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            handle.close()

    def close(self) -> None:
        if self._snapshot is not None:
            self._snapshot.close()
            self._snapshot = None
        if self._manifest is not None:
            self._manifest.close()
            self._manifest = None
        self._ix = None

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Updating ---------------------------------------------------------------------

    def update(self, progress: Progress | None = None, today: date | None = None, wait: bool = False
               ) -> UpdateReport:
        """Read new and changed files, drop deleted ones.  If another process is
        updating this index, returns at once (busy) unless the index is empty or
        `wait` is set."""
        assert self._ix is not None and self._manifest is not None, "index is closed"
        from ..corpus import find_files  # the reader opens indexes; only the indexer reads corpora
        from .extractions import ExtractionCache
        from .incremental import update

        files, problems = find_files(self.paths)
        must_wait = wait or self._ix.doc_count_all() == 0
        with self._update_lock(wait=must_wait) as acquired:
            if not acquired:
                return UpdateReport(files=len(files), skipped=problems, busy=True)
            self._refuse_another_corpus()
            try:
                cache = ExtractionCache(self.directory / CACHE_FILE)
                try:
                    report = update(self._ix, self._manifest, files, problems, progress, today, cache)
                finally:
                    cache.close()
            except OSError as exc:
                raise IndexUnavailable(
                    f"cannot write the index at {self.directory}: {exc.strerror or exc}; "
                    "the previous index is unchanged") from None
        self._manifest.set_meta("corpus", _corpus_key(self.paths))
        if report.changed:
            with self._lock:  # the next question gets a new snapshot
                self._snapshot = None
        return report

    def _refuse_another_corpus(self) -> None:
        """An index folder named by the user (--index-dir, $NEWSDESK_INDEX_DIR) may hold
        another corpus's index: updating it to paths that share none of its own would
        remove every article it holds (a feed of 110,000 items, replaced by the five
        seeds when a command was run without its --corpus).  That takes --rebuild, not a
        default.  A corpus given a folder more, or one fewer, is the same corpus grown
        or narrowed."""
        assert self._ix is not None and self._manifest is not None
        held = self._manifest.get_meta("corpus")
        if held is None or set(held.splitlines()) & set(corpus_paths(self.paths)) or self._ix.doc_count() == 0:
            return
        raise IndexUnavailable(
            f"the index at {self.directory} holds {self._ix.doc_count():,} articles of another corpus "
            f"({', '.join(held.splitlines())}); updating it to {', '.join(self.paths) or 'no files'} would remove "
            "them. Give that corpus, another index folder, or rebuild it for this corpus (newsdesk index --rebuild)")

    def skipped(self) -> list[Skipped]:
        """Everything skipped in the files of this corpus, as recorded by updates."""
        assert self._manifest is not None
        return [Skipped(path, reason, line) for path, line, reason in self._manifest.problems()]

    # Asking -------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        """The index as it is now.  Asking one snapshot several things (the list, its
        actors, its timeline) gives answers that agree, whatever is committed meanwhile."""
        with self._lock:
            if self._snapshot is None or not self._snapshot.is_current():
                # Searcher.refresh() fails on a searcher of an empty index (whoosh-reloaded
                # 2.7.5); a new one is as cheap.  An old one may still back a Matches.
                self._snapshot = self._new_snapshot()
            return self._snapshot

    def _new_snapshot(self) -> Snapshot:
        return Snapshot(self._ix.searcher(), self.overrides_path, self.notices.append,
                        ActorsFile(self.directory / ACTORS_FILE))

    def __len__(self) -> int:
        return len(self.snapshot())

    def search(self, question: Question | str = "", limit: int | None = 20, snippets: int | None = None) -> Results:
        return self.snapshot().search(question, limit, snippets)

    def matches(self, question: Question | str = "") -> Matches:
        return self.snapshot().matches(question)

    def timeline(self, question: Question | str = "", period: Period | None = None) -> Timeline:
        return self.snapshot().timeline(question, period)

    def actors(self, question: Question | str = "", limit: int | None = 50, with_actor: str | None = None
               ) -> list[ActorCount]:
        return self.snapshot().actors(question, limit, with_actor)

    def quotes(self, question: Question | str = "", speaker: str | None = None, limit: int | None = None
               ) -> list[QuoteHit]:
        return self.snapshot().quotes(question, speaker, limit)

    def highlights(self, body: str, question: Question | str) -> list[tuple[int, int]]:
        return self.snapshot().highlights(body, question)

    def article(self, article_id: str) -> Article:
        return self.snapshot().article(article_id)

    def related(self, article_id: str, limit: int = 10) -> list[RelatedArticle]:
        return self.snapshot().related(article_id, limit)

    def stories(self, question: Question | str) -> Stories:
        return self.snapshot().stories(question)

    def copies_of(self, article_id: str) -> tuple[Row, ...]:
        return self.snapshot().copies_of(article_id)

    def all_actors(self) -> list[ActorCount]:
        return self.snapshot().all_actors()

    def actor(self, name: str) -> Actor:
        return self.snapshot().actor(name)

    def actor_directory(self) -> ActorDirectory:
        return self.snapshot().directory

    def actor_table(self) -> ActorTable:
        return self.snapshot().table

    def newest(self) -> date | None:
        return self.snapshot().newest()


def _describe(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:160] if text else type(exc).__name__


def _corpus_key(paths: Sequence[str]) -> str:
    return "\n".join(corpus_paths(paths))
