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
import threading
from collections.abc import Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, Iterator

from dataclasses import replace

from ..article import Article, ArticleActor, MentionSpan, Quote, Skipped
from ..corpus import find_files
from ..daterange import DateOrder
from ..entities.directory import Actor, ActorDirectory, Overrides, OverridesError
from ..errors import IndexUnavailable, UnknownActor, UnknownArticle
from ..locations import index_dir_for, overrides_path
from ..daterange import DateRange
from ..query import And, Dates, Everything, Node, Phrase, Word, has_terms, parse
from ..results import ActorCount, QuoteHit, RelatedArticle, Results
from .actor_table import ActorTable
from .extractions import CACHE_FILE, ExtractionCache
from .manifest import Manifest
from .storage import storage
from .schema import SCHEMA_VERSION, actor_term, article_from_stored, make_schema, split_actor_term
from ..timeline import Period, Timeline, count_by_period
from .compile import to_whoosh
from .published import newest, published_dates
from .searching import Matches, Sort, actor_counts, matches, quotes, related, search, term_spans
from .incremental import Progress, UpdateReport, update

__all__ = ["Index", "UpdateReport", "Progress", "Actor", "Matches"]

_LOCK = "newsdesk.lock"
_MANIFEST = "manifest.sqlite"


class Index:
    """The index of one corpus (a list of paths), stored in `directory`."""

    def __init__(self, paths: Sequence[str], directory: Path, overrides: Path | None = None) -> None:
        self.paths = [str(p) for p in paths]
        self.directory = directory
        self.overrides_path = overrides if overrides is not None else overrides_path()
        self.notices: list[str] = []
        self._actors: tuple[Any, ActorDirectory] | None = None
        self._table: tuple[ActorDirectory, ActorTable] | None = None
        self._lock = threading.RLock()  # the reader asks from worker threads
        self._ix: Any = None
        self._searcher: Any = None
        self._manifest: Manifest | None = None
        self._newest: tuple[Any, date | None] | None = None

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
            self._searcher = self._ix.searcher()  # opens every segment: a damaged one shows here
            self._searcher.doc_count()
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
        self.close()
        try:
            for entry in self.directory.iterdir():
                if entry.name == _LOCK or entry.name.startswith(CACHE_FILE):
                    continue  # the extraction cache outlives rebuilds
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            self._ix = storage(self.directory).create_index(make_schema())
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
                cache = ExtractionCache(self.directory / CACHE_FILE)
                try:
                    report = update(self._ix, self._manifest, files, problems, progress, today, cache)
                finally:
                    cache.close()
            except OSError as exc:
                raise IndexUnavailable(
                    f"cannot write the index at {self.directory}: {exc.strerror or exc}; "
                    "the previous index is unchanged") from None
        if report.changed:
            self._drop_searcher()
        return report

    def _drop_searcher(self) -> None:
        # Searcher.refresh() fails on a searcher of an empty index (whoosh-reloaded
        # 2.7.5); a new searcher is as cheap.  An old one may still back a Matches.
        with self._lock:
            self._searcher = None

    def skipped(self) -> list[Skipped]:
        """Everything skipped in the files of this corpus, as recorded by updates."""
        assert self._manifest is not None
        return [Skipped(path, reason, line) for path, line, reason in self._manifest.problems()]

    # Asking -----------------------------------------------------------------------

    def _s(self) -> Any:
        with self._lock:
            if self._searcher is not None and not self._searcher.up_to_date():
                self._searcher = None  # still used by Matches handed out; they keep it open
            if self._searcher is None:
                self._searcher = self._ix.searcher()
            return self._searcher

    def __len__(self) -> int:
        return int(self._s().doc_count())

    def search(self, query: str = "", limit: int | None = 20, sort: Sort | None = None,
               today: date | None = None, order: DateOrder = "MDY", snippets: int | None = None,
               actors: Sequence[str] = (), dates: DateRange | None = None) -> Results:
        """Articles matching `query` (the query language of search.query), narrowed to
        those with all `actors` and in `dates`.  Only the first `snippets` hits (all by
        default) get snippets around the query's words; the others show the article's
        opening.

        Raises QueryError for a query that cannot be understood."""
        tree, sort = _tree_and_sort(query, today, order, actors, dates, sort)
        return search(self._s(), tree, query, limit, sort, self.actor_directory(), self._actor_terms, snippets)

    def timeline(self, query: str = "", period: Period | None = None, today: date | None = None,
                 order: DateOrder = "MDY", actors: Sequence[str] = (), dates: DateRange | None = None
                 ) -> Timeline:
        """How many of the articles `query` matches (with all `actors`, in `dates`) were
        published each day, week or month; `period` None chooses one for the span."""
        tree = _narrowed(parse(query, today, order), actors, dates)
        searcher = self._s()
        docnums = None if isinstance(tree, Everything) else \
            sorted(to_whoosh(tree, searcher.reader(), self._actor_terms).docs(searcher))
        return count_by_period(published_dates(searcher, docnums), period)

    def newest(self) -> date | None:
        """The day of the newest article (what relative dates count from in an archive);
        read once per version of the index."""
        searcher = self._s()
        if self._newest is None or self._newest[0] is not searcher:
            found = newest(searcher)
            self._newest = (searcher, found.date() if found else None)
        return self._newest[1]

    def matches(self, query: str = "", sort: Sort | None = None, today: date | None = None,
                order: DateOrder = "MDY", actors: Sequence[str] = (), dates: DateRange | None = None
                ) -> Matches:
        """Every article `query` matches, in order, read lazily: the reader's list.
        `actors` (all of them) and `dates` narrow it further."""
        tree, sort = _tree_and_sort(query, today, order, actors, dates, sort)
        with self._lock:
            return matches(self._s(), tree, query, sort, self._actor_terms)

    def all_actors(self) -> list[ActorCount]:
        """Every actor of the corpus (hidden ones left out), most articles first."""
        return [ActorCount(a.name, a.type, a.aliases, a.articles, 0)  # type: ignore[arg-type]
                for a in self.actor_directory().actors if not a.hidden]

    def highlights(self, body: str, query: str, today: date | None = None) -> list[tuple[int, int]]:
        """Character spans of the query's words in `body` (for the reader)."""
        return term_spans(body, parse(query, today))

    def article(self, article_id: str) -> Article:
        """The article, with its actors under their corpus-wide names."""
        searcher = self._s()
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            raise UnknownArticle(article_id)
        return _corpus_names(article_from_stored(searcher.stored_fields(docnum)), self.actor_directory())

    def related(self, article_id: str, limit: int = 10) -> list[RelatedArticle]:
        searcher = self._s()
        docnum = searcher.document_number(id=article_id)
        if docnum is None:
            raise UnknownArticle(article_id)
        return related(searcher, docnum, limit, self.actor_directory())

    def actors(self, query: str = "", limit: int | None = 50, today: date | None = None,
               order: DateOrder = "MDY", with_actor: str | None = None, narrow: Sequence[str] = (),
               dates: DateRange | None = None) -> list[ActorCount]:
        """The actors of the articles `query` (with the `narrow` actors and `dates`)
        matches; with `with_actor`, the actors that appear with that one, itself left out."""
        tree = _narrowed(parse(query, today, order), narrow, dates)
        leave_out: frozenset[str] = frozenset()
        if with_actor is not None:
            actor = self.actor(with_actor)
            tree = And((tree, _actor_node(with_actor)))
            leave_out = frozenset({actor.name})
        return actor_counts(self._s(), tree, limit, self.actor_table(), self._actor_terms, leave_out)

    def quotes(self, query: str = "", actor: str | None = None, limit: int | None = None,
               today: date | None = None, order: DateOrder = "MDY") -> list[QuoteHit]:
        """Direct quotations in the articles `query` matches; with `actor`, only theirs."""
        tree = parse(query, today, order)
        speaker = None
        if actor is not None:
            speaker = self.actor(actor).name
            tree = And((tree, _actor_node(actor)))
        return quotes(self._s(), tree, self.actor_directory(), self._actor_terms, speaker, limit)

    def actor(self, name: str) -> Actor:
        """The actor a user means by `name`.  Raises UnknownActor."""
        found = self.actor_directory().find(name)
        if not found:
            raise UnknownActor(name)
        return max(found, key=lambda a: a.articles)

    def actor_directory(self) -> ActorDirectory:
        """Which names are one actor, from the index's names and the overrides file;
        rebuilt when either changes."""
        try:
            stamp = self.overrides_path.stat().st_mtime_ns
        except OSError:
            stamp = None
        with self._lock:
            return self._actor_directory(stamp)

    def _actor_directory(self, stamp: int | None) -> ActorDirectory:
        key = (self._ix.latest_generation(), stamp)
        if self._actors is not None and self._actors[0] == key:
            return self._actors[1]
        try:
            overrides = Overrides.load(self.overrides_path)
        except OverridesError as exc:
            self.notices.append(f"{exc}; using no overrides")
            overrides = Overrides()
        reader = self._s().reader()
        seen = []
        for raw, info in reader.iter_field("actor_key"):
            term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            name, kind = split_actor_term(term)
            seen.append((name, kind, info.doc_frequency()))
        directory = ActorDirectory(seen, overrides)
        self._actors = (key, directory)
        return directory

    def actor_table(self) -> ActorTable:
        """Each article's actors as numbers, for counting any result set fast; built
        once per index generation (and overrides file)."""
        directory = self.actor_directory()
        with self._lock:
            if self._table is None or self._table[0] is not directory:
                self._table = (directory, ActorTable(self._s().reader(), directory))
            return self._table[1]

    def _actor_terms(self, text: str, kind: str | None) -> list[str] | None:
        directory = self.actor_directory()
        found = directory.find(text, kind)
        if not found:
            return None
        return [actor_term(name, seen_as) for actor in found for name in directory.names_of(actor)
                for seen_as in directory.types[name]]


def _corpus_names(article: Article, directory: ActorDirectory) -> Article:
    """The article's actors and quote speakers under their corpus-wide names; actors
    that turn out to be one are merged, hidden ones dropped."""
    merged: dict[str, ArticleActor] = {}
    new_index: dict[int, int] = {}
    for number, actor in enumerate(article.actors):
        found = directory.actor_of(actor.name)
        if found is not None and found.hidden:
            continue
        name = found.name if found else actor.name
        kind = found.type if found else actor.type
        if name in merged:
            old = merged[name]
            aliases = tuple(sorted(set(old.aliases) | set(actor.aliases) | {actor.name} - {name}))
            merged[name] = ArticleActor(name, old.type, old.mentions + actor.mentions, aliases)
        else:
            aliases = tuple(sorted((set(actor.aliases) | {actor.name}) - {name}))
            merged[name] = ArticleActor(name, kind, actor.mentions, aliases)  # type: ignore[arg-type]
        new_index[number] = list(merged).index(name)
    actors = tuple(sorted(merged.values(), key=lambda a: (-a.mentions, a.name)))
    order = {a.name: i for i, a in enumerate(actors)}
    names = list(merged)
    mentions = tuple(MentionSpan(m.start, m.end, order[names[new_index[m.actor]]])
                     for m in article.mentions if m.actor in new_index)
    quotes = tuple(Quote(q.start, q.end, _speaker(directory, q.speaker)) for q in article.quotes)
    return replace(article, actors=actors, mentions=mentions, quotes=quotes)


def _speaker(directory: ActorDirectory, name: str | None) -> str | None:
    found = directory.actor_of(name) if name else None
    return found.name if found else name


def _tree_and_sort(query: str, today: date | None, order: DateOrder, actors: Sequence[str],
                   dates: DateRange | None, sort: Sort | None) -> tuple[Node, Sort]:
    """The query narrowed by the filters, and its order: ranked when the user asked for
    words, newest first when filters alone choose the articles."""
    parsed = parse(query, today, order)
    return _narrowed(parsed, actors, dates), sort or ("rank" if has_terms(parsed) else "date")


def _narrowed(tree: Node, actors: Sequence[str], dates: DateRange | None) -> Node:
    extra: list[Node] = [_actor_node(name) for name in actors]
    if dates is not None and (dates.start or dates.end):
        extra.append(Dates(dates, dates.describe()))
    if not extra:
        return tree
    return And((tree, *extra)) if not isinstance(tree, Everything) else (
        extra[0] if len(extra) == 1 else And(tuple(extra)))


def _actor_node(name: str) -> Word | Phrase:
    words = tuple(name.split())
    return Word(words[0], "actor") if len(words) == 1 else Phrase(words, "actor")


def _describe(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}"[:160] if text else type(exc).__name__
