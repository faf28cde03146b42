"""newsdesk's library: read a corpus of news articles, index it, and query it.

Nothing here imports textual: the reader (tui/) and the command line are built on
this package, and scripts can use it directly.
"""

from __future__ import annotations

from .article import Article, ArticleActor, Mention, Skipped
from .daterange import DateError, DateRange, parse_range
from .errors import IndexUnavailable, NewsdeskError, UnknownActor, UnknownArticle
from .index import Index, UpdateReport
from .query import QueryError
from .results import ActorCount, Hit, QuoteHit, RelatedArticle, Results, Why

__all__ = [
    "Article", "ArticleActor", "Mention", "Skipped", "DateError", "DateRange", "parse_range",
    "IndexUnavailable", "NewsdeskError", "UnknownActor", "UnknownArticle", "Index", "UpdateReport",
    "QueryError", "ActorCount", "Hit", "QuoteHit", "RelatedArticle", "Results", "Why",
]

__version__ = "0.1.0"
