"""Subscriptions to feeds, and fetching them when the user asks.

    subscriptions.py  the list of feeds and where their items are written
    fetching.py       fetching them: conditional, bounded, polite; new items only
"""

from __future__ import annotations

from .fetching import FeedResult, FetchFailed, FetchReport, Limits, fetch_all
from .subscriptions import BadSubscription, Feed, Subscriptions, feeds_folder

__all__ = ["BadSubscription", "Feed", "Subscriptions", "feeds_folder", "fetch_all", "FetchReport", "FeedResult",
           "FetchFailed", "Limits"]
