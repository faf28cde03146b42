"""Fetching the subscribed feeds, only when the user asks (`newsdesk fetch`, or the
reader's fetch key): newsdesk otherwise never touches the network.

Each request is conditional (the feed's ETag and Last-Modified from the last fetch),
has a timeout, a size cap on what it reads (after gzip: a compressed bomb stops at
the cap too) and a deadline (a server that drips bytes forever is cut off);
redirects are followed up to a few (a loop is an error, not a hang); a busy server
(429, 5xx) or a failed connection is asked again, politely, after a pause.  One
failing feed is reported and the others go on.  An item seen before is never written
twice.  When a feed carries only a summary, the item's page is fetched and its
article read (trafilatura), unless the feed is subscribed without full text."""

from __future__ import annotations

import concurrent.futures
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .subscriptions import Feed, Subscriptions

__all__ = ["Limits", "FeedResult", "FetchReport", "fetch_all", "FetchFailed"]


@dataclass(frozen=True)
class Limits:
    timeout: float = 15.0  # seconds to connect, and between bytes
    deadline: float = 60.0  # seconds for one response, whole
    feed_bytes: int = 10 * 2**20
    page_bytes: int = 5 * 2**20
    retries: int = 2  # a busy server or a failed connection: asked this many times more
    pause: float = 1.0  # seconds before the first retry (doubling; a Retry-After up to MAX_PAUSE is honoured)
    pages_per_feed: int = 30  # item pages fetched for full text, per feed and fetch
    workers: int = 8  # feeds fetched at once


MAX_PAUSE = 30.0
SEEN = ".seen"  # each feed's item keys written so far (hidden: the corpus walker passes it over)
AGENT = "newsdesk (a terminal news reader; fetches only what its user subscribed to)"


class FetchFailed(Exception):
    """A request that did not give a usable answer, with why in words."""


@dataclass
class FeedResult:
    url: str
    title: str | None = None
    new: int = 0
    not_modified: bool = False
    error: str | None = None
    pages_failed: int = 0  # item pages that could not be fetched (their summaries kept)

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "title": self.title, "new": self.new, "not_modified": self.not_modified,
                "error": self.error, "pages_failed": self.pages_failed}


@dataclass
class FetchReport:
    results: list[FeedResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def new(self) -> int:
        return sum(result.new for result in self.results)

    @property
    def failed(self) -> list[FeedResult]:
        return [result for result in self.results if result.error]

    def to_dict(self) -> dict[str, Any]:
        return {"feeds": [result.to_dict() for result in self.results], "new": self.new,
                "failed": len(self.failed), "seconds": round(self.seconds, 2)}

    def to_line(self) -> str:
        """The report on one line (the reader reads it from `newsdesk fetch`)."""
        return json.dumps(self.to_dict(), ensure_ascii=True)

    @classmethod
    def from_line(cls, line: str) -> FetchReport:
        data = json.loads(line)
        return cls([FeedResult(**{k: entry.get(k) for k in ("url", "title", "new", "not_modified", "error",
                                                               "pages_failed")}) for entry in data["feeds"]],
                   float(data.get("seconds") or 0.0))


@dataclass
class _Answer:
    status: int
    body: bytes
    headers: Any
    url: str


def fetch_all(subscriptions: Subscriptions, limits: Limits = Limits(),
              progress: Callable[[int, int, str], None] | None = None) -> FetchReport:
    """Fetch every subscribed feed, write what is new, and remember what each fetch
    learnt (validators, the time, the error) in the list of subscriptions."""
    import httpx

    started = time.monotonic()
    report = FetchReport()
    fetched_at = datetime.now(timezone.utc).replace(microsecond=0)
    timeout = httpx.Timeout(limits.timeout)
    with httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5,
                      headers={"User-Agent": AGENT}) as client, \
            concurrent.futures.ThreadPoolExecutor(max(1, limits.workers)) as pool:
        futures = {pool.submit(_fetch_one, client, feed, subscriptions.items_folder, limits, fetched_at): feed
                   for feed in subscriptions.feeds}
        done = 0
        for future in concurrent.futures.as_completed(futures):
            feed = futures[future]
            try:
                result = future.result()
            except Exception as exc:  # a bug or an odd answer in one feed must not end the others
                result = FeedResult(feed.url, feed.title, error=f"{exc.__class__.__name__}: {exc}")
            feed.last_fetch = fetched_at.isoformat()
            feed.last_error = result.error
            feed.items += result.new
            feed.title = result.title or feed.title
            report.results.append(result)
            done += 1
            if progress:
                progress(done, len(futures), feed.url)
    report.results.sort(key=lambda result: result.url)
    subscriptions.save()
    report.seconds = time.monotonic() - started
    return report


def _fetch_one(client: Any, feed: Feed, items_folder: Path, limits: Limits, fetched_at: datetime) -> FeedResult:
    result = FeedResult(feed.url, feed.title)
    headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.modified:
        headers["If-Modified-Since"] = feed.modified
    try:
        answer = _get(client, feed.url, headers, limits.feed_bytes, limits)
    except FetchFailed as exc:
        result.error = str(exc)
        return result
    if answer.status == 304:
        result.not_modified = True
        return result
    import feedparser

    parsed = feedparser.parse(answer.body, response_headers={"content-type": answer.headers.get("content-type", ""),
                                                             "content-location": answer.url})
    if not parsed.entries and parsed.get("bozo"):
        result.error = f"not a readable feed: {parsed.get('bozo_exception')}"
        return result
    result.title = parsed.feed.get("title") or feed.title
    feed.etag = answer.headers.get("etag") or feed.etag
    feed.modified = answer.headers.get("last-modified") or feed.modified
    folder = items_folder / feed.key
    seen = _seen(folder)
    records = []
    pages = 0
    for entry in parsed.entries:
        record, wanted_page = _record(entry, result.title, feed.url, fetched_at)
        if record is None or record["id"] in seen:
            continue
        if wanted_page and feed.full_text and pages < limits.pages_per_feed:
            pages += 1
            text = _page_text(client, record["url"], limits)
            if text is None:
                result.pages_failed += 1
            elif len(text) > len(record["text"]):
                record["text"] = text
        seen.add(record["id"])
        records.append(record)
    if records:
        _write(folder, records, fetched_at)
    result.new = len(records)
    return result


def _record(entry: Any, outlet: str | None, feed_url: str, fetched_at: datetime
            ) -> tuple[dict[str, Any] | None, bool]:
    """An item as a record of the corpus (read by readers/records.py), and whether
    its page should be fetched for the full text (the feed gave a summary only)."""
    from ..readers.feeds import item_of

    item = item_of(entry)
    if item is None:
        return None, False
    record = {"id": item.key, "title": item.title, "text": item.body, "date": item.date, "source": outlet or feed_url,
              "url": item.link, "authors": list(item.authors) or None, "feed": feed_url,
              "fetched": fetched_at.isoformat()}
    return record, bool(item.link and item.summary_only)


def _page_text(client: Any, url: str, limits: Limits) -> str | None:
    try:
        answer = _get(client, url, {"Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"},
                      limits.page_bytes, limits)
    except FetchFailed:
        return None
    import trafilatura

    from ..readers.common import paragraphs
    from ..text import NotText, decode

    try:
        found = trafilatura.bare_extraction(decode(answer.body), url=answer.url, with_metadata=False,
                                            include_comments=False)
    except (NotText, Exception):  # a page that cannot be read: the summary stays
        return None
    return paragraphs(found.text) if found is not None and found.text else None


def _get(client: Any, url: str, headers: dict[str, str], cap: int, limits: Limits) -> _Answer:
    import httpx

    for attempt in range(limits.retries + 1):
        last = attempt == limits.retries
        try:
            with client.stream("GET", url, headers=headers) as response:
                if response.status_code in (429, 500, 502, 503, 504) and not last:
                    time.sleep(_pause(response.headers.get("retry-after"), limits.pause * 2 ** attempt))
                    continue
                if response.status_code == 304:
                    return _Answer(304, b"", response.headers, str(response.url))
                if response.status_code >= 400:
                    raise FetchFailed(f"HTTP {response.status_code} {response.reason_phrase}".strip())
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise FetchFailed(f"larger than {_size(cap)} ({_size(int(declared))} declared): not read")
                body = bytearray()
                started = time.monotonic()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > cap:
                        raise FetchFailed(f"larger than {_size(cap)}: stopped reading")
                    if time.monotonic() - started > limits.deadline:
                        raise FetchFailed(f"still sending after {limits.deadline:g} s: stopped reading")
                return _Answer(response.status_code, bytes(body), response.headers, str(response.url))
        except httpx.TooManyRedirects:
            raise FetchFailed("too many redirects (a redirect loop?)") from None
        except httpx.TimeoutException:
            raise FetchFailed(f"no answer within {limits.timeout:g} s") from None
        except (httpx.TransportError, httpx.DecodingError) as exc:
            if last or isinstance(exc, httpx.DecodingError):
                raise FetchFailed(f"cannot fetch: {exc.__class__.__name__}: {exc}") from None
            time.sleep(limits.pause * 2 ** attempt)
    raise FetchFailed("the server stayed busy")


def _pause(retry_after: str | None, default: float) -> float:
    if retry_after and retry_after.strip().isdigit():
        return min(MAX_PAUSE, float(retry_after.strip()))
    return min(MAX_PAUSE, default)


def _size(count: int) -> str:
    return f"{count / 2**20:.1f} MB" if count >= 2**20 else f"{count // 1024} KB"


def _seen(folder: Path) -> set[str]:
    try:
        return set((folder / SEEN).read_text(encoding="utf-8").split())
    except OSError:
        return set()


def _write(folder: Path, records: list[dict[str, Any]], fetched_at: datetime) -> None:
    """Append the new items to this month's file, then their keys to the seen list (a
    crash between the two refetches an item next time; its id is the same, so the
    index keeps one)."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{fetched_at:%Y-%m}.jsonl", "a", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps({k: v for k, v in record.items() if v is not None}, ensure_ascii=False) + "\n")
    with open(folder / SEEN, "a", encoding="utf-8") as out:
        out.write("".join(record["id"] + "\n" for record in records))
