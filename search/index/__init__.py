"""One Whoosh index per corpus, and everything asked of it.

    index = Index.open(["~/news"])         # finds or creates the index directory
    report = index.update()                # reads only new and changed files
    results = index.search('putin -trump after:2025-02-01')
    article = index.article(results.hits[0].id)
    index.related(article.id)

Whoosh is used only inside this package.
"""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, Iterator

from ..article import Article
from ..corpus import find_files
from ..daterange import DateOrder
from ..errors import IndexUnavailable, UnknownArticle
from ..locations import index_dir_for
from ..query import parse
from ..results import ActorCount, RelatedArticle, Results
from .manifest import Manifest
from .schema import SCHEMA_VERSION, article_from_stored, make_schema
from .searching import Sort, actor_counts, related, search
from .incremental import Progress, UpdateReport, update

__all__ = ["Index", "UpdateReport", "Progress"]

_LOCK = "newsdesk.lock"
_MANIFEST = "manifest.sqlite"


class Index:
    """The index of one corpus (a list of paths), stored in `directory`."""

    def __init__(self, paths: Sequence[str], directory: Path) -> None:
        self.paths = [str(p) for p in paths]
        self.directory = directory
        self.notices: list[str] = []
        self._ix: Any = None
        self._searcher: Any = None
        self._manifest: Manifest | None = None

    # Opening ----------------------------------------------------------------------

    @classmethod
    def open(cls, paths: Sequence[str | os.PathLike[str]], index_dir: str | os.PathLike[str] | None = None,
             rebuild: bool = False) -> Index:
        """Open (creating if needed) the index of the corpus made of `paths`."""
        index = cls([str(p) for p in paths], index_dir_for(paths, index_dir))
        try:
            index.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise IndexUnavailable(f"cannot create the index folder {index.directory}: {exc.strerror}") from None
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
            self._ix = whoosh_index.open_dir(str(self.directory))
            self._ix.doc_count_all()
            version = self._manifest.get_meta("schema")
        except IndexUnavailable:
            raise
        except Exception as exc:  # a damaged index is rebuilt, never a traceback
            self.notices.append(f"the index at {self.directory} could not be opened ({_describe(exc)}); "
                                "rebuilding it")
            with self._update_lock(wait=True):
                self._create()
            return
        if version != SCHEMA_VERSION:
            if version is not None:
                self.notices.append("the index was written by another version of newsdesk; rebuilding it")
            with self._update_lock(wait=True):
                self._create()

    def _create(self) -> None:
        from whoosh import index as whoosh_index

        self.close()
        try:
            for entry in self.directory.iterdir():
                if entry.name == _LOCK:
                    continue
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            self._ix = whoosh_index.create_in(str(self.directory), make_schema())
            self._manifest = Manifest(self.directory / _MANIFEST)
            self._manifest.set_meta("schema", SCHEMA_VERSION)
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
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
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
        files, problems = find_files(self.paths)
        must_wait = wait or self._ix.doc_count_all() == 0
        with self._update_lock(wait=must_wait) as acquired:
            if not acquired:
                return UpdateReport(files=len(files), skipped=problems, busy=True)
            try:
                report = update(self._ix, self._manifest, files, problems, progress, today)
            except OSError as exc:
                raise IndexUnavailable(
                    f"cannot write the index at {self.directory}: {exc.strerror or exc}; "
                    "the previous index is unchanged") from None
        if report.changed:
            self._drop_searcher()
        return report

    def _drop_searcher(self) -> None:
        # Searcher.refresh() fails on a searcher of an empty index (whoosh-reloaded
        # 2.7.5); a new searcher is as cheap.
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    def skipped(self) -> list[tuple[str, int | None, str]]:
        """Everything skipped in the files of this corpus, as recorded by updates."""
        assert self._manifest is not None
        return self._manifest.problems()

    # Asking -----------------------------------------------------------------------

    def _s(self) -> Any:
        if self._searcher is not None and not self._searcher.up_to_date():
            self._drop_searcher()
        if self._searcher is None:
            self._searcher = self._ix.searcher()
        return self._searcher

    def __len__(self) -> int:
        return int(self._s().doc_count())

    def search(self, query: str = "", limit: int | None = 20, sort: Sort | None = None,
               today: date | None = None, order: DateOrder = "MDY") -> Results:
        """Articles matching `query` (the query language of search.query).

        Raises QueryError for a query that cannot be understood."""
        tree = parse(query, today, order)
        return search(self._s(), tree, query, limit, sort)

    def article(self, article_id: str) -> Article:
        searcher = self._s()
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            raise UnknownArticle(article_id)
        return article_from_stored(searcher.stored_fields(docnum))

    def related(self, article_id: str, limit: int = 10) -> list[RelatedArticle]:
        searcher = self._s()
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            raise UnknownArticle(article_id)
        return related(searcher, docnum, limit)

    def actors(self, query: str = "", limit: int | None = 50, today: date | None = None,
               order: DateOrder = "MDY") -> list[ActorCount]:
        return actor_counts(self._s(), parse(query, today, order), limit)


def _describe(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:160] if text else type(exc).__name__
