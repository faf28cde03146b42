"""newsdesk's library: read a corpus of news articles, index it, and query it.

Nothing here imports textual: the reader (tui/) and the command line are built on
this package, and scripts can use it directly:

    from search import Index, Question
    index = Index.open(["~/news"]); index.update()
    index.search(Question("putin talks", actors=("Pete Hegseth",), dates="since February"))

The names below are loaded on first use, so `import search.text` or
`import search.query` stays small (no Whoosh, no dateparser until a date is read).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import names_from

__version__ = "0.1.0"

# name -> the module that defines it
_WHERE = {
    "Article": "article", "ArticleActor": "article", "Mention": "article", "Skipped": "article",
    "DateError": "daterange", "DateRange": "daterange", "parse_range": "daterange",
    "IndexUnavailable": "errors", "NewsdeskError": "errors", "UnknownActor": "errors",
    "UnknownArticle": "errors",
    "Index": "index", "UpdateReport": "index.report",
    "Question": "question", "QueryError": "query",
    "ActorCount": "results", "Hit": "results", "QuoteHit": "results", "RelatedArticle": "results",
    "Results": "results", "Why": "results",
}
__all__ = sorted(_WHERE)

if TYPE_CHECKING:  # for type checkers and editors; at run time __getattr__ loads them
    from .article import Article, ArticleActor, Mention, Skipped
    from .daterange import DateError, DateRange, parse_range
    from .errors import IndexUnavailable, NewsdeskError, UnknownActor, UnknownArticle
    from .index import Index
    from .index.report import UpdateReport
    from .query import QueryError
    from .question import Question
    from .results import ActorCount, Hit, QuoteHit, RelatedArticle, Results, Why


__getattr__ = names_from(__name__, _WHERE, globals())
