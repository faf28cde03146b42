"""Feed files: RSS 2.0, RSS 1.0 (RDF) and Atom (feedparser, which copes with feeds
that declare no encoding, are in Latin-1, or are not well-formed).  Each item is an
article: its headline, its text (the full content when the feed carries it, else its
summary, as text), its link, date and authors, the feed's title as the outlet.  A list
of subscriptions (OPML) is not articles; it is reported as such."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
import re
import time

from .common import CorpusFile, Format, Read, article, text_of_html

__all__ = ["FEED", "SUBSCRIPTIONS", "items_of", "Item", "item_of"]

_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*"
                    rb"<(rss|feed|rdf:RDF|RDF)\b", re.IGNORECASE | re.DOTALL)
_OPML = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<opml\b",
                   re.IGNORECASE | re.DOTALL)


def _sniff_feed(head: bytes) -> bool:
    return bool(_START.match(head))


def _read_feed(file: CorpusFile, data: bytes) -> Read:
    return items_of(file, data)


def items_of(file: CorpusFile, data: bytes) -> Read:
    """The items of a feed document as articles of `file`."""
    import feedparser

    read = Read()
    try:
        parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # feedparser raises little, but a broken document is one bad file
        return read.skip(file, f"not a readable feed: {exc.__class__.__name__}: {exc}")
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        return read.skip(file, f"not a readable feed: {problem}" if problem else "a feed with no items")
    outlet = parsed.feed.get("title")
    seen: set[str] = set()
    for number, entry in enumerate(parsed.entries, start=1):
        item = item_of(entry)
        if item is None:
            read.skip(file, "feed item has no title or text", number)
            continue
        key = item.key if item.key not in seen else f"{item.key}-{number}"
        seen.add(key)
        read.articles.append(article(file, key, number, item.body, title=item.title, date=item.date, outlet=outlet,
                                     url=item.link, authors=item.authors))
    return read


@dataclass(frozen=True)
class Item:
    """What newsdesk takes from a feed item (a feed file read, or a feed fetched)."""

    key: str
    title: str | None
    body: str  # the full content when the feed carries it, else its summary, as text
    date: str | None
    link: str | None
    authors: tuple[str, ...]
    summary_only: bool  # the feed gave no full content


def item_of(entry: dict) -> Item | None:
    """The item, or None when it has neither a title nor text."""
    content = entry.get("content") or []
    markup = (content[0].get("value") if content else None) or entry.get("summary") or ""
    body = text_of_html(markup)
    title = text_of_html(entry["title"]) if entry.get("title") else None
    if not (title or body):
        return None
    names = [author.get("name") for author in entry.get("authors") or [] if author.get("name")]
    if not names and entry.get("author"):
        names = [entry["author"]]
    return Item(item_key(entry, body), title, body, item_date(entry), item_link(entry), tuple(names), not content)


def item_key(entry: dict, body: str) -> str:
    """A feed item's short, stable key: from its id, else its link, else its words."""
    identity = entry.get("id") or entry.get("link") or f"{entry.get('title')}\n{body}"
    return hashlib.blake2b(str(identity).encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()


def item_link(entry: dict) -> str | None:
    """The item's web address (an Atom id such as `urn:uuid:...` is not one)."""
    link = str(entry.get("link") or "").strip()
    return link if link.lower().startswith(("http://", "https://")) else None


def item_date(entry: dict) -> str | None:
    """The item's date: as feedparser read it (UTC) when it could, else as written
    (a translated or unusual date, for our own date reader)."""
    for name in ("published", "updated", "created"):
        parsed = entry.get(f"{name}_parsed")
        if parsed:
            return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)
        if entry.get(name):
            return str(entry[name])
    return None


def _read_subscriptions(file: CorpusFile, data: bytes) -> Read:
    return Read().skip(file, "a list of feed subscriptions (OPML), not articles: the feeds it names are not read "
                             "from here")


FEED = Format("feed", (".rss", ".atom", ".rdf", ".xml"), _sniff_feed, _read_feed,
              "an RSS 2.0, RSS 1.0 or Atom feed saved as a file: each item an article")
SUBSCRIPTIONS = Format("subscriptions", (".opml",), lambda head: bool(_OPML.match(head)), _read_subscriptions)
