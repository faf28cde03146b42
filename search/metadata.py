"""From a raw article to an Article: cleaning, title, outlet, publication date, actors."""

from __future__ import annotations

from datetime import date

from .article import Article, DateOrigin, RawArticle, Skipped
from .cleaning import clean
from .dates import BadDate, date_in_text, parse_published
from .entities import article_actors
from .entities.quotes import find_quotes
from .outlets import outlet_from_text, outlet_name

__all__ = ["build_article"]


def build_article(raw: RawArticle, today: date | None = None) -> tuple[Article, list[Skipped]]:
    """Clean a raw article and infer its metadata.  Bad dates are reported, not fatal."""
    problems: list[Skipped] = []
    cleaned = clean(raw.text, title=raw.title)
    published = None
    origin: DateOrigin = "none"
    if raw.date:
        try:
            published = parse_published(raw.date, today)
            origin = "header" if raw.has_header else "field"
        except BadDate as exc:
            problems.append(Skipped(raw.source.path, f"date ignored: {exc}", raw.source.line))
    if published is None and not raw.has_header and raw.date is None:
        # Publication dates stand in datelines, bylines and captions, and in a lead that
        # names the weekday; not in the history an article recounts or the events it
        # announces ("vanished on 1 February 1995", "the final on 15 July 2006").
        lead = cleaned.body.split("\n\n", 1)[0]
        found = max((d for d in (date_in_text("\n".join(cleaned.furniture), today),
                                 date_in_text(lead, today, with_weekday=True)) if d), default=None)
        if found is not None:
            published, origin = found, "text"
    actors, mentions = article_actors(cleaned.title, cleaned.body)
    quotes = find_quotes(cleaned.body, actors, mentions)
    if raw.outlet:
        source: str | None = outlet_name(raw.outlet)
    else:
        source = outlet_from_text(raw.text)
    return (
        Article(
            id=raw.id,
            path=raw.source.path,
            title=cleaned.title,
            title_derived=cleaned.title_derived,
            source=source,
            published=published,
            published_from=origin,
            body=cleaned.body,
            url=raw.url,
            authors=raw.authors,
            actors=actors,
            mentions=tuple(mentions),
            quotes=tuple(quotes),
            record=raw.source.record,
            line=raw.source.line,
        ),
        problems,
    )
