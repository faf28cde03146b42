"""Citations a reader copies: an article's title, outlet, date and link, and a quote with its speaker."""

from __future__ import annotations

from .article import Article, Quote
from .text import displayable

__all__ = ["citation", "quotation", "link"]


def link(article: Article) -> str:
    """The article's URL, else its file (with the line of a JSON Lines record)."""
    if article.url:
        return article.url
    return f"{article.path}:{article.line}" if article.line else article.path


def _day(article: Article) -> str:
    published = article.published
    return f"{published.day} {published:%B %Y}" if published else "undated"


def citation(article: Article) -> str:
    """'Title.' Outlet, 12 February 2025. link — one line, plain text."""
    title = " ".join(article.title.split()).rstrip(".")
    outlet = " ".join((article.source or "unknown outlet").split())
    return displayable(f"\u201c{title}.\u201d {outlet}, {_day(article)}. {link(article)}")


def quotation(article: Article, quote: Quote) -> str:
    """The quote, who said it, and the citation of its article."""
    text = " ".join(article.body[quote.start:quote.end].split()).strip("\u201c\u201d\"")
    speaker = quote.speaker or "unattributed"
    return displayable(f"\u201c{text}\u201d \u2014 {speaker}, in {citation(article)}")
