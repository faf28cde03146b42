"""What the index holds, file by file: the fingerprint each file had when read.

A small SQLite database beside the Whoosh index.  It is written after every Whoosh
commit together with the generation it describes; when the two disagree (a run
was killed between them) it is rebuilt from the index's stored fields, so the
index stays the one source of truth.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from ..text import displayable

__all__ = ["Manifest", "Stamp"]

Stamp = tuple[int, int, str]  # size, mtime_ns, content digest


def _stored(path: str) -> str | bytes:
    """A path as SQLite can hold it: text, or its bytes when the file name is not
    valid UTF-8 (Python keeps such bytes as lone surrogates, which SQLite refuses)."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path)


def _loaded(value: str | bytes) -> str:
    return os.fsdecode(value) if isinstance(value, bytes) else value


class Manifest:
    """Per-file fingerprints and the skipped-input report of the last runs."""

    def __init__(self, path: Path) -> None:
        # Used from the reader's worker threads; updates are serialised by the index lock.
        self.db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS files (
                path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, digest TEXT, indexed INTEGER);
            CREATE TABLE IF NOT EXISTS problems (path TEXT, line INTEGER, reason TEXT);
            CREATE INDEX IF NOT EXISTS problems_path ON problems(path);
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
            """
        )

    def close(self) -> None:
        self.db.close()

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def files(self) -> dict[str, tuple[Stamp, bool]]:
        return {_loaded(path): ((size, mtime, digest), bool(indexed))
                for path, size, mtime, digest, indexed in self.db.execute("SELECT * FROM files")}

    def problems(self) -> list[tuple[str, int | None, str]]:
        return [(_loaded(path), line, reason) for path, line, reason in
                self.db.execute("SELECT path, line, reason FROM problems ORDER BY path, line")]

    def record(self, generation: int, done: Iterable[tuple[str, Stamp, bool]], removed: Iterable[str] = (),
               problems: Iterable[tuple[str, int | None, str]] = ()) -> None:
        """In one transaction: files now indexed (or skipped), files gone, their problems."""
        done = list(done)
        problems = list(problems)
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            touched = [path for path, _, _ in done] + list(removed)
            self.db.executemany("DELETE FROM problems WHERE path=?", ((_stored(p),) for p in touched))
            self.db.executemany("DELETE FROM files WHERE path=?", ((_stored(p),) for p in removed))
            self.db.executemany(
                "INSERT OR REPLACE INTO files VALUES (?,?,?,?,?)",
                ((_stored(path), *stamp, int(indexed)) for path, stamp, indexed in done),
            )
            self.db.executemany("INSERT INTO problems VALUES (?,?,?)",
                                ((_stored(path), line, displayable(reason)) for path, line, reason in problems))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation),))

    def restamp(self, rows: Iterable[tuple[str, Stamp]]) -> None:
        """New size/mtime for files whose content is unchanged."""
        with self.db:
            self.db.executemany("UPDATE files SET size=?, mtime=?, digest=? WHERE path=?",
                                ((*stamp, _stored(path)) for path, stamp in rows))

    def replace_indexed(self, generation: int, rows: Iterable[tuple[str, Stamp]]) -> None:
        """Rebuild the indexed-file rows from the index itself (after an interrupted run)."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM files WHERE indexed=1")
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?,?,?,?,1)",
                                ((_stored(path), *stamp) for path, stamp in rows))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (str(generation),))

    def set_meta(self, key: str, value: str) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
