"""newsboat's cache (`cache.db`, SQLite): every item it has kept, years of them, read
in place and never written (the database is opened read-only, so a running newsboat
is not disturbed)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from urllib.parse import quote

from .common import CorpusFile, Format, Read, article, text_of_html

__all__ = ["FORMAT"]


def _read_cache(file: CorpusFile, data: bytes) -> Read:
    read = Read()
    try:
        db = sqlite3.connect(f"file:{quote(file.path)}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error as exc:
        return read.skip(file, f"not a readable SQLite database: {exc}")
    try:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "rss_item" not in tables:
            return read.skip(file, "an SQLite database, but not newsboat's cache (it has no rss_item table)")
        feeds = dict(db.execute("SELECT rssurl, title FROM rss_feed")) if "rss_feed" in tables else {}
        rows = db.execute("SELECT id, title, author, url, feedurl, pubDate, content FROM rss_item ORDER BY id")
        for number, (key, title, author, url, feed, published, content) in enumerate(rows, start=1):
            body = text_of_html(content or "")
            if not (title or body):
                read.skip(file, f"item {key} has no title or text", number)
                continue
            read.articles.append(article(file, str(key), number, body, title=title, date=_date(published),
                                         outlet=feeds.get(feed) or feed, url=url,
                                         authors=(author,) if author else ()))
    except sqlite3.Error as exc:
        read.skip(file, f"newsboat's cache could not be read to its end: {exc}")
    finally:
        db.close()
    return read


def _date(published: object) -> str | None:
    if isinstance(published, (int, float)) and published > 0:
        return datetime.fromtimestamp(published, tz=timezone.utc).isoformat()
    return str(published) if published else None


FORMAT = Format("newsboat cache", (".db",), lambda head: head.startswith(b"SQLite format 3\x00"), _read_cache,
                "newsboat's `cache.db`: every item it has kept")
