"""How CLI answers look: JSON shapes (the contract scripts rely on) and terminal text.

Terminal text is built from rich.text.Text, never from markup strings, so brackets
in article text are shown as they are and run nothing.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.text import Text

from search import ActorCount, Article, QuoteHit, RelatedArticle, Results, UpdateReport
from search.results import Row, Stories
from search.timeline import COUNTING, Timeline
from search.article import summarise
from search.text import displayable, escape_unsafe

__all__ = ["results_json", "article_json", "related_json", "actors_json", "quotes_json", "dump",
           "print_results", "print_article", "print_related", "print_actors", "print_quotes", "print_report",
           "console", "timeline_json", "print_timeline"]

_MARK = re.compile(r"\*\*(.+?)\*\*")


class _SafeConsole(Console):
    """A console that never prints a control, bidi or zero-width character: file names
    and paths reach it too, and they are as untrusted as article text."""

    def print(self, *objects: Any, **options: Any) -> None:  # type: ignore[override]
        super().print(*(_inert(item) for item in objects), **options)


def _inert(item: Any) -> Any:
    if isinstance(item, Text):
        cleaned = displayable(item.plain)
        return item if cleaned == item.plain else Text(cleaned, style=item.style)
    if isinstance(item, str):
        return displayable(item)
    return item


def console(stderr: bool = False) -> Console:
    return _SafeConsole(stderr=stderr, highlight=False, markup=False, emoji=False, soft_wrap=False)




def dump(value: Any, compact: bool = False) -> None:
    """JSON on stdout.  Characters a terminal would act on are written as \\u escapes
    (JSON already escapes C0 controls), so the data is exact and the output inert."""
    text = json.dumps(value, ensure_ascii=False, indent=None if compact else 2)
    sys.stdout.write(escape_unsafe(text) + "\n")


def results_json(results: Results) -> dict[str, Any]:
    return {
        "query": results.query,
        "total": results.total,
        "folded": results.folded,
        "results": [
            {"id": h.id, "title": h.title, "title_derived": h.title_derived, "source": h.source,
             "published": h.published_iso, "published_from": h.published_from, "path": h.path,
             "score": h.score, "snippet": h.snippet, "actors": list(h.actors),
             "also_published_by": rows_json(h.also)}
            for h in results.hits
        ],
    }


def rows_json(rows: Sequence[Row]) -> list[dict[str, Any]]:
    """Near-copies: the same text published elsewhere."""
    return [{"id": r.id, "title": r.title, "source": r.source, "published": _day(r.published)} for r in rows]


def article_json(article: Article, body: str | None = None, copies: Sequence[Row] = ()) -> dict[str, Any]:
    return {
        "also_published_by": rows_json(copies),
        "id": article.id, "title": article.title, "title_derived": article.title_derived,
        "source": article.source, "published": article.published_iso,
        "published_from": article.published_from, "published_why": article.published_why,
        "path": article.path, "url": article.url,
        "authors": list(article.authors), "body": article.body if body is None else body,
        "kept_whole": article.kept_whole,
        "removed": [{"rule": piece.rule, "text": piece.text} for piece in article.removed],
        "duplicates": list(article.duplicates),
        "actors": [{"name": a.name, "type": a.type, "mentions": a.mentions, "aliases": list(a.aliases)}
                   for a in article.actors],
        "quotes": [{"speaker": q.speaker, "text": article.body[q.start:q.end], "start": q.start, "end": q.end}
                   for q in article.quotes],
    }


def related_json(article_id: str, related: list[RelatedArticle]) -> dict[str, Any]:
    return {
        "id": article_id,
        "related": [
            {"id": r.id, "title": r.title, "published": r.published.date().isoformat() if r.published else None,
             "score": r.score,
             "why": {"terms": list(r.why.terms), "actors": list(r.why.actors), "days_apart": r.why.days_apart,
                     "same_text": r.why.same_text}}
            for r in related
        ],
    }


def stories_json(found: Stories, limit: int | None = None) -> dict[str, Any]:
    shown = found.stories[:limit]
    return {
        "articles": found.total, "grouped": found.grouped, "stories_found": len(found.stories),
        "notes": list(found.notes),
        "stories": [{"label": s.label, "lead": s.lead, "size": len(s), "outlets": list(s.outlets),
                     "first": _day(s.first), "last": _day(s.last), "actors": list(s.actors),
                     "articles": [{"id": a.id, "title": a.title, "source": a.source, "published": _day(a.published)}
                                  for a in s.articles]}
                    for s in shown],
    }


def _day(when: datetime | None) -> str | None:
    return when.date().isoformat() if when else None


def actors_json(actors: list[ActorCount]) -> dict[str, Any]:
    return {"counting": COUNTING, "roles_counted": "articles of the whole corpus that call the actor so",
            "actors": [{"name": a.name, "type": a.type, "aliases": list(a.aliases), "articles": a.articles,
                        "mentions": a.mentions, "roles": [{"role": role, "articles": n} for role, n in a.roles]}
                       for a in actors]}


def quotes_json(quotes: list[QuoteHit]) -> dict[str, Any]:
    return {"quotes": [{"article": q.article, "speaker": q.speaker, "text": q.text, "start": q.start,
                        "end": q.end} for q in quotes]}


def timeline_json(query: str, timeline: Timeline) -> dict[str, Any]:
    return {"query": query, "period": timeline.period, "counting": COUNTING, "total": timeline.total,
            "undated": timeline.undated,
            "buckets": [{"start": b.start.isoformat(), "end": b.end.isoformat(), "count": b.count}
                        for b in timeline.buckets]}


def print_timeline(timeline: Timeline) -> None:
    """One bar per period, scaled to the busiest; empty periods show as a dot."""
    out = console()
    peak = timeline.peak
    label_width = max((len(b.label(timeline.period)) for b in timeline.buckets), default=0)
    room = max(10, out.width - label_width - 10)
    dated = timeline.total - timeline.undated
    heading = f"{dated} dated article{'s' if dated != 1 else ''} by {timeline.period}"
    if timeline.undated:
        heading += f"; {timeline.undated} without a date"
    out.print(Text(heading, style="bold"))
    for bucket in timeline.buckets:
        line = Text(f"{bucket.label(timeline.period):<{label_width}}  ", style="dim")
        if bucket.count:
            line.append("█" * max(1, round(bucket.count / peak * room)), style="blue")
            line.append(f" {bucket.count}")
        else:
            line.append("·", style="dim")
        out.print(line)


def print_quotes(quotes: list[QuoteHit]) -> None:
    out = console()
    for q in quotes:
        line = Text(f"{q.speaker or 'unattributed'}", style="bold")
        line.append(f"  ·  {q.article}  ·  {q.start}-{q.end}", style="dim")
        out.print(line)
        out.print(Text(f"“{q.text}”"))
        out.print()
    if not quotes:
        out.print(Text("no quotations found"))


def _marked(snippet: str) -> Text:
    text = Text()
    position = 0
    for match in _MARK.finditer(snippet):
        text.append(snippet[position:match.start()])
        text.append(match.group(1), style="bold reverse")
        position = match.end()
    text.append(snippet[position:])
    return text


def _meta(published: str | None, source: str | None) -> str:
    return f"{published or 'no date':<10}  {source or 'unknown outlet'}"


def print_results(results: Results) -> None:
    out = console()
    shown = len(results.hits)
    more = f", showing {shown}" if shown < results.total - results.folded else ""
    folded = f" ({results.folded} near-copies folded)" if results.folded else ""
    out.print(Text(f"{results.total} article{'s' if results.total != 1 else ''}{folded}{more}", style="bold"))
    for hit in results.hits:
        out.print()
        title = Text(hit.title, style="bold")
        if hit.title_derived:
            title.append("  (title from the lead)", style="dim")
        out.print(title)
        out.print(Text(f"{_meta(hit.published_iso, hit.source)}  ·  {hit.id}", style="dim"))
        if hit.also:
            out.print(Text("also published by: " + _copies_line(hit.also), style="dim"))
        out.print(_marked(hit.snippet))


def _copies_line(rows: Sequence[Row]) -> str:
    return "; ".join(" ".join(part for part in (r.source or "outlet unknown", _day(r.published), f"({r.id})") if part)
                     for r in rows)


def print_article(article: Article, body: str | None = None, copies: Sequence[Row] = ()) -> None:
    out = console()
    title = Text(article.title, style="bold")
    if article.title_derived:
        title.append("  (title from the lead)", style="dim")
    out.print(title)
    out.print(Text(f"{_meta(article.published_iso, article.source)}  ({article.published_why or 'date from: ' + article.published_from})",
                   style="dim"))
    out.print(Text(f"{article.id}  ·  {article.path}", style="dim"))
    if article.authors:
        out.print(Text("By " + ", ".join(article.authors), style="dim"))
    if article.duplicates:
        out.print(Text("Also at: " + ", ".join(article.duplicates), style="dim"))
    if copies:
        out.print(Text("Also published by: " + _copies_line(copies), style="dim"))
    if article.actors:
        out.print(Text("Actors: " + ", ".join(f"{a.name} ({a.type}, {a.mentions})" for a in article.actors[:12]),
                       style="dim"))
    if article.kept_whole:
        out.print(Text("Nothing in it looked like an article's paragraphs: the text is shown as it is.", style="dim"))
    out.print()
    out.print(Text(article.body if body is None else body))


def print_removed(article: Article) -> None:
    """What cleaning removed from the article, each piece with the rule that removed it."""
    out = console()
    out.print(Text(f"{article.title}", style="bold"))
    if article.kept_whole:
        out.print(Text("Nothing was removed: nothing in it looked like an article's paragraphs, so the text "
                       "is kept as it is.", style="dim"))
    elif not article.removed:
        out.print(Text("Nothing was removed.", style="dim"))
    else:
        out.print(Text(f"{len(article.removed)} piece{'s' if len(article.removed) != 1 else ''} removed:", style="dim"))
    for piece in article.removed:
        out.print()
        out.print(Text(f"[{piece.rule}]", style="bold"))
        out.print(Text(piece.text))


def print_related(article_id: str, related: list[RelatedArticle]) -> None:
    out = console()
    out.print(Text(f"Related to {article_id}: {len(related)}", style="bold"))
    if not related:
        out.print(Text("No other article shares its words or its actors.", style="dim"))
    for r in related:
        out.print()
        out.print(Text(r.title, style="bold"))
        date = r.published.date().isoformat() if r.published else "no date"
        out.print(Text(f"{date}  ·  {r.id}  ·  score {r.score:.3f}", style="dim"))
        out.print(Text(r.why.describe()))


def print_stories(found: Stories, limit: int | None = None) -> None:
    out = console()
    many = len(found.stories)
    if not found.total:
        out.print(Text("No article matches, so there are no stories.", style="bold"))
        return
    out.print(Text(f"{found.total} article{'s' if found.total != 1 else ''} in {many} "
                   f"stor{'ies' if many != 1 else 'y'}", style="bold"))
    for note in found.notes:
        out.print(Text(note, style="dim"))
    for story in found.stories[:limit]:
        out.print()
        out.print(Text(story.label, style="bold"))
        span = " to ".join(dict.fromkeys(d for d in (_day(story.first), _day(story.last)) if d)) or "no dates"
        outlets = f"{len(story.outlets)} outlet{'s' if len(story.outlets) != 1 else ''}" if story.outlets \
            else "outlets unknown"
        out.print(Text(f"{len(story)} article{'s' if len(story) != 1 else ''} · {outlets} · {span}", style="dim"))
        if story.actors:
            out.print(Text("actors: " + ", ".join(story.actors)))
        for row in story.articles:  # one line each: newsdesk show ID opens it
            line = Text(f"  {_day(row.published) or 'no date   '}  {row.id}  ", style="dim")
            line.append(row.title)
            if row.source:
                line.append(f" · {row.source}", style="dim")
            out.print(line, no_wrap=True, overflow="ellipsis")
    if limit is not None and many > limit:
        out.print(Text(f"\n{many - limit} more stories: --limit {many}", style="dim"))


_TYPE_NAMES = {"PER": "person", "ORG": "organisation", "LOC": "place"}


def print_actors(actors: list[ActorCount]) -> None:
    out = console()
    for a in actors:
        line = Text(f"{a.articles:>5}  {a.mentions:>6}  {_TYPE_NAMES[a.type]:<12}  ")
        line.append(a.name, style="bold")
        if a.roles:
            line.append("  " + ", ".join(f"{role} ({n})" for role, n in a.roles[:3]), style="italic")
        if a.aliases:
            line.append("  also: " + ", ".join(a.aliases), style="dim")
        out.print(line)
    if not actors:
        out.print(Text("no actors found"))


def print_report(report: UpdateReport, notices: list[str]) -> None:
    out = console(stderr=True)
    for notice in notices:
        out.print(Text(f"newsdesk: {notice}"))
    if report.busy:
        out.print(Text("newsdesk: another newsdesk process is updating this index; "
                       "using what it has saved so far"))
        return
    if not report.changed and not report.skipped:
        return
    parts = [f"{report.files} files", f"{report.read} read", f"{report.added} articles added"]
    if report.duplicates:
        parts.append(f"{report.duplicates} exact duplicates folded")
    if report.removed_files:
        parts.append(f"{report.removed_files} files gone")
    out.print(Text(f"newsdesk: indexed in {report.seconds:.1f} s: " + ", ".join(parts)))
    if report.skipped:
        summary = ", ".join(f"{n} {reason}" for reason, n in summarise(report.skipped))
        out.print(Text(f"newsdesk: skipped {len(report.skipped)}: {summary}"))
        for item in report.skipped[:10]:
            out.print(Text(f"  {item}", style="dim"))
        if len(report.skipped) > 10:
            out.print(Text(f"  … and {len(report.skipped) - 10} more (newsdesk index --skipped lists all)",
                           style="dim"))
