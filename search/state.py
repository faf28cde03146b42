"""What a reader has done: articles read and starred, and the last query and filters,
per corpus; saved searches and recent queries, for every corpus.  SQLite in the user
data directory; every change is its own committed transaction, so an acknowledged
change survives the app being killed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .question import Question

__all__ = ["ReadingState", "SavedSearch", "state_path", "RECENT_QUERIES"]

RECENT_QUERIES = 200  # queries remembered for up/down in the search field
SHARED = ""  # the settings key space of every corpus (the theme, for one)


@dataclass(frozen=True)
class SavedSearch:
    """A named question (its words, actors, dates and order), to run again in any corpus.
    Relative dates in it count from the day it is run."""

    name: str
    question: Question = Question()

    def describe(self) -> str:
        return self.question.describe()


def state_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsdesk")) / "state.sqlite"


class ReadingState:
    """Read/unread, starred, and saved settings for one corpus (`corpus` is its key)."""

    def __init__(self, corpus: str, path: Path | None = None) -> None:
        self.corpus = corpus
        path = path or state_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path, timeout=10, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS marks (corpus TEXT, article TEXT, read INTEGER DEFAULT 0,
                                              starred INTEGER DEFAULT 0, PRIMARY KEY (corpus, article));
            CREATE TABLE IF NOT EXISTS settings (corpus TEXT, key TEXT, value TEXT, PRIMARY KEY (corpus, key));
            CREATE TABLE IF NOT EXISTS saved (name TEXT PRIMARY KEY, query TEXT, actors TEXT, dates TEXT,
                                              sort TEXT, created REAL DEFAULT (julianday('now')));
            CREATE TABLE IF NOT EXISTS recent (query TEXT PRIMARY KEY, used REAL);
            """
        )
        self._read, self._starred = self._load()

    def _load(self) -> tuple[set[str], set[str]]:
        rows = self.db.execute("SELECT article, read, starred FROM marks WHERE corpus=?", (self.corpus,))
        read: set[str] = set()
        starred: set[str] = set()
        for article, was_read, star in rows:
            if was_read:
                read.add(article)
            if star:
                starred.add(article)
        return read, starred

    def is_read(self, article: str) -> bool:
        return article in self._read

    def is_starred(self, article: str) -> bool:
        return article in self._starred

    def set_read(self, article: str, read: bool = True) -> None:
        self._mark(article, "read", read)
        (self._read.add if read else self._read.discard)(article)

    def set_starred(self, article: str, starred: bool) -> None:
        self._mark(article, "starred", starred)
        (self._starred.add if starred else self._starred.discard)(article)

    def _mark(self, article: str, column: str, value: bool) -> None:
        with self.db:
            self.db.execute(f"INSERT INTO marks (corpus, article, {column}) VALUES (?, ?, ?) "
                            f"ON CONFLICT(corpus, article) DO UPDATE SET {column}=excluded.{column}",
                            (self.corpus, article, int(value)))

    def starred(self) -> Iterable[str]:
        return sorted(self._starred)

    def get(self, key: str, default: Any = None, shared: bool = False) -> Any:
        """A setting of this corpus (or, `shared`, of every corpus)."""
        corpus = SHARED if shared else self.corpus
        row = self.db.execute("SELECT value FROM settings WHERE corpus=? AND key=?", (corpus, key)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def put(self, key: str, value: Any, shared: bool = False) -> None:
        self.put_many({key: value}, shared)

    def put_many(self, values: dict[str, Any], shared: bool = False) -> None:
        """Several settings in one transaction (one write to disk)."""
        corpus = SHARED if shared else self.corpus
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO settings VALUES (?, ?, ?)",
                                [(corpus, key, json.dumps(value)) for key, value in values.items()])

    # Saved searches and recent queries (shared by every corpus) ----------------------

    def save_search(self, search: SavedSearch) -> None:
        """Save (or replace) a search under its name."""
        with self.db:
            asked = search.question
            self.db.execute("INSERT OR REPLACE INTO saved (name, query, actors, dates, sort) VALUES (?, ?, ?, ?, ?)",
                            (search.name, asked.words, json.dumps(list(asked.actors)), asked.dates, asked.sort))

    def saved_searches(self) -> list[SavedSearch]:
        """Every saved search, oldest first (the order of their number keys)."""
        found = []
        for name, query, actors, dates, sort in self.db.execute(
                "SELECT name, query, actors, dates, sort FROM saved ORDER BY created, name"):
            try:
                names = tuple(a for a in json.loads(actors or "[]") if isinstance(a, str))
            except ValueError:
                names = ()
            found.append(SavedSearch(name, Question(query or "", names, dates or "",
                                                    sort if sort in ("rank", "date") else None)))
        return found

    def delete_search(self, name: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM saved WHERE name=?", (name,))

    def remember_query(self, query: str) -> None:
        """A query the user ran, for up/down in the search field (the newest RECENT_QUERIES kept)."""
        query = query.strip()
        if not query:
            return
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO recent VALUES (?, julianday('now'))", (query,))
            self.db.execute("DELETE FROM recent WHERE query NOT IN "
                            "(SELECT query FROM recent ORDER BY used DESC LIMIT ?)", (RECENT_QUERIES,))

    def recent_queries(self) -> Sequence[str]:
        """Recent queries, newest first."""
        return [row[0] for row in self.db.execute("SELECT query FROM recent ORDER BY used DESC, rowid DESC")]

    def close(self) -> None:
        self.db.close()
