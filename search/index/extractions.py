"""Actors and quotes already found, kept by a hash of the article's cleaned text,
so that rebuilding an index (a new schema, a damaged index) does not tag every
article again.  The cache sits beside the index and outlives its rebuilds; it is
keyed by the tagger model and the extraction code's version too, so a new model
never serves stale answers.  Any trouble with it only means tagging again."""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
import zlib
from functools import lru_cache
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..metadata import Extraction, Extractor

__all__ = ["ExtractionCache", "CACHE_FILE", "CachingExtractor", "pack", "extraction_version"]

CACHE_FILE = "extractions.sqlite"
EXTRACTION_VERSION = "160"  # change with any change to what extract() returns


@lru_cache(maxsize=1)
def _version() -> bytes:
    from ..entities.data import TAGGER_FILES

    version = EXTRACTION_VERSION.encode()
    for data in TAGGER_FILES:
        try:
            version += hashlib.blake2b(data.read_bytes(), digest_size=8).digest()
        except OSError:
            version += b"missing " + data.name.encode()
    return version


def extraction_version() -> str:
    """What finds actors and quotes, as a short string: EXTRACTION_VERSION and the
    tagger's files.  An index records it, so an index whose actors an older newsdesk
    found is rebuilt rather than shown with them."""
    return hashlib.blake2b(_version(), digest_size=8).hexdigest()


def text_key(title: str, body: str) -> bytes:
    return hashlib.blake2b(_version() + title.encode("utf-8", "surrogatepass") + b"\0"
                           + body.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class ExtractionCache:
    """An SQLite table from text hash to extraction.  Never raises: a cache that
    cannot be opened or read behaves as an empty one."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        try:
            db = sqlite3.connect(path, timeout=10, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")  # a cache: a crash may lose its last rows, never corrupt it
            db.execute("CREATE TABLE IF NOT EXISTS extraction (key BLOB PRIMARY KEY, value BLOB NOT NULL)")
            db.commit()
            self._db = db
        except sqlite3.Error:
            self._db = None

    def get(self, key: bytes) -> Extraction | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT value FROM extraction WHERE key = ?", (key,)).fetchone()
            return pickle.loads(zlib.decompress(row[0])) if row else None
        except Exception:  # a damaged row or file: tag again
            return None

    def put_many(self, rows: list[tuple[bytes, bytes]]) -> None:
        """Store packed rows (see `pack`)."""
        if self._db is None or not rows:
            return
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?)", rows)
        except sqlite3.Error:
            pass

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


def extract(title: str, body: str) -> Extraction:
    """metadata.extract, loaded when first needed: the cleaning and the tagger are loaded
    where articles are built, never by the reader."""
    from ..metadata import extract as found

    return found(title, body)


def pack(value: Extraction) -> bytes:
    """A cache row's value: packed where it was computed (a worker process), so the
    one process that writes the cache only writes."""
    return zlib.compress(pickle.dumps(value, protocol=5), 1)


class CachingExtractor:
    """An Extractor that answers from the cache when it can and remembers what it
    had to compute, for the one process that writes the cache to store."""

    def __init__(self, cache: ExtractionCache, compute: Extractor | None = None) -> None:
        self.cache = cache
        self.compute = compute
        self.new: list[tuple[bytes, Extraction]] = []

    def __call__(self, title: str, body: str) -> Extraction:
        key = text_key(title, body)
        found = self.cache.get(key)
        if found is None:
            found = (self.compute or extract)(title, body)
            self.new.append((key, found))
        return found

    def take_new(self) -> list[tuple[bytes, bytes]]:
        """What had to be computed since the last call, as packed cache rows."""
        new, self.new = self.new, []
        return [(key, pack(value)) for key, value in new]
