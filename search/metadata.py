"""From a raw article to an Article: cleaning, title, outlet, publication date, actors."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date, datetime, timezone

from .article import Article, ArticleActor, DateOrigin, MentionSpan, Quote, RawArticle, Skipped
from .cleaning import clean
from .dates import BadDate, parse_published
from .entities.actors import actors_and_credits
from .entities.quotes import find_quotes
from .outlets import outlet_from_text, outlet_name
from .publication import publication_date

__all__ = ["build_article", "extract", "Extraction", "Extractor"]

MAX_BODY_CHARS = 2_000_000  # ~300,000 words: far beyond any article; the rest of a longer text is cut
MAX_EXTRACT_CHARS = 200_000  # actors and quotes are looked for in this much of a body

# actors, their mentions, quotes, and the people the article credits (its authors)
Extraction = tuple[tuple[ArticleActor, ...], tuple[MentionSpan, ...], tuple[Quote, ...], tuple[str, ...]]
Extractor = Callable[[str, str], Extraction]


def extract(title: str, body: str) -> Extraction:
    """The actors, their mentions and the quotes of a cleaned article: the costly
    part of building one, and a function of its text alone (so it can be cached)."""
    if len(body) > MAX_EXTRACT_CHARS:
        body = body[:MAX_EXTRACT_CHARS]
    actors, mentions, credited = actors_and_credits(title, body)
    return actors, tuple(mentions), tuple(find_quotes(body, actors, mentions, title)), credited


def build_article(raw: RawArticle, today: date | None = None, extractor: Extractor = extract
                  ) -> tuple[Article, list[Skipped]]:
    """Clean a raw article and infer its metadata.  Bad dates are reported, not fatal."""
    problems: list[Skipped] = []
    text = raw.text
    if len(text) > MAX_BODY_CHARS:  # cut before cleaning, which is linear but not cheap
        cut = text.rfind("\n", 0, MAX_BODY_CHARS)
        text = text[:cut if cut > MAX_BODY_CHARS // 2 else MAX_BODY_CHARS]
        problems.append(Skipped(raw.source.path, f"very long article ({len(raw.text):,} characters): only "
                                                 f"its first {MAX_BODY_CHARS:,} are kept", raw.source.line))
    cleaned = clean(text, title=raw.title)
    published = None
    origin: DateOrigin = "none"
    why = ""
    if raw.date:
        try:
            published = parse_published(raw.date, today)
            origin = "header" if raw.has_header else "field"
            why = "from the file's header" if raw.has_header else "from the record's date"
        except BadDate as exc:
            problems.append(Skipped(raw.source.path, f"date ignored: {exc}", raw.source.line))
            why = f"no date: the {'header' if raw.has_header else 'record'}'s date is not a real date"
    if published is None and not raw.has_header and raw.date is None:
        dated = publication_date(cleaned.removed, cleaned.body, today, _file_time(raw.source.path))
        published, origin, why = dated.when, dated.origin, dated.why
    actors, mentions, quotes, credited = extractor(cleaned.title, cleaned.body)
    known = {name.casefold() for name in raw.authors}
    authors = raw.authors + tuple(name for name in credited if name.casefold() not in known)
    if raw.outlet:
        source: str | None = outlet_name(raw.outlet)
    else:
        source = outlet_from_text(text)
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
            authors=authors,
            actors=actors,
            mentions=mentions,
            quotes=quotes,
            record=raw.source.record,
            line=raw.source.line,
            published_why=why,
            removed=cleaned.removed,
            kept_whole=cleaned.whole,
        ),
        problems,
    )


def _file_time(path: str) -> datetime | None:
    """When the file was last written (no publication date is later), naive UTC."""
    try:
        return datetime.fromtimestamp(os.stat(path).st_mtime, tz=timezone.utc).replace(tzinfo=None)
    except (OSError, ValueError, OverflowError):
        return None
