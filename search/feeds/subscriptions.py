"""The feeds a user subscribes to, and where their items go.

Everything lives in one folder (by default `feeds/` in newsdesk's data folder): the list
of subscriptions with what each fetch learnt (`subscriptions.json`: the validators for
conditional requests, the last fetch, the last error), and the items fetched, as JSON
Lines a month to a file under `items/<feed>/`, which is the corpus the reader opens.
The list is written whole to a new file and moved into place, so a crash never leaves
half of it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import NewsdeskError

__all__ = ["Feed", "Subscriptions", "feeds_folder", "BadSubscription"]

LIST_FILE = "subscriptions.json"
ITEMS = "items"


class BadSubscription(NewsdeskError):
    """An address that cannot be subscribed to, or a list that cannot be read."""


def feeds_folder() -> Path:
    """Where subscriptions and their items live unless the user says otherwise."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsdesk")) / "feeds"


@dataclass
class Feed:
    url: str
    title: str | None = None
    full_text: bool = True  # fetch an item's page when the feed carries only a summary
    added: str = ""
    etag: str | None = None
    modified: str | None = None
    last_fetch: str | None = None
    last_error: str | None = None
    items: int = 0  # items written from this feed, all fetches together

    @property
    def key(self) -> str:
        """The feed's folder name: its host and a short hash of its address."""
        host = re.sub(r"[^a-z0-9.-]+", "-", (urlsplit(self.url).hostname or "feed").lower()).strip("-.")
        return f"{host or 'feed'}-{hashlib.blake2b(self.url.encode(), digest_size=4).hexdigest()}"


@dataclass
class Subscriptions:
    folder: Path
    feeds: list[Feed] = field(default_factory=list)

    @classmethod
    def load(cls, folder: Path | None = None) -> Subscriptions:
        folder = Path(folder) if folder is not None else feeds_folder()
        path = folder / LIST_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(folder)
        except (OSError, ValueError) as exc:
            raise BadSubscription(f"cannot read the list of feeds {path}: {exc}") from None
        known = {f.name for f in fields(Feed)}
        feeds = [Feed(**{k: v for k, v in entry.items() if k in known})
                 for entry in data.get("feeds", []) if isinstance(entry, dict) and isinstance(entry.get("url"), str)]
        return cls(folder, feeds)

    @property
    def items_folder(self) -> Path:
        return self.folder / ITEMS

    def find(self, url: str) -> Feed | None:
        return next((feed for feed in self.feeds if feed.url == url), None)

    def add(self, url: str, full_text: bool = True) -> Feed:
        """Subscribe to a feed's address (http or https); an address already on the list
        is returned as it is."""
        url = check_address(url)
        found = self.find(url)
        if found is not None:
            return found
        feed = Feed(url, full_text=full_text, added=_now())
        self.feeds.append(feed)
        return feed

    def remove(self, url: str) -> Feed:
        found = self.find(url)
        if found is None:
            raise BadSubscription(f"not subscribed to {url}")
        self.feeds.remove(found)
        return found

    def import_opml(self, path: Path) -> tuple[list[Feed], list[str]]:
        """The feeds an OPML list of subscriptions names (added), and what in it could not
        be (each with why)."""
        try:
            root = ElementTree.parse(path).getroot()
        except (OSError, ElementTree.ParseError) as exc:
            raise BadSubscription(f"not a readable OPML file {path}: {exc}") from None
        if root.tag.lower() != "opml":
            raise BadSubscription(f"{path} is not an OPML list of subscriptions (it starts with <{root.tag}>)")
        added, problems = [], []
        for outline in root.iter("outline"):
            address = outline.get("xmlUrl") or outline.get("xmlurl")
            if not address:
                continue
            try:
                before = len(self.feeds)
                feed = self.add(address)
            except BadSubscription as exc:
                problems.append(str(exc))
                continue
            if len(self.feeds) > before:
                feed.title = outline.get("title") or outline.get("text") or None
                added.append(feed)
        return added, problems

    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"feeds": [asdict(feed) for feed in self.feeds]}, indent=1, ensure_ascii=False)
        handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".subscriptions-", suffix=".json")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, self.folder / LIST_FILE)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def check_address(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadSubscription(f"not a feed address (http or https): {url!r}")
    return url


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
