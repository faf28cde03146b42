"""What a reader has done: articles read and starred, and the last query and filters,
per corpus.  SQLite in the user data directory; every change is its own committed
transaction, so an acknowledged change survives the app being killed."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["ReadingState", "state_path"]


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

    def get(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE corpus=? AND key=?", (self.corpus, key)).fetchone()
        if row is None:
            return default
        try:
            return json.loads(row[0])
        except ValueError:
            return default

    def put(self, key: str, value: Any) -> None:
        self.put_many({key: value})

    def put_many(self, values: dict[str, Any]) -> None:
        """Several settings in one transaction (one write to disk)."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO settings VALUES (?, ?, ?)",
                                [(self.corpus, key, json.dumps(value)) for key, value in values.items()])

    def close(self) -> None:
        self.db.close()
