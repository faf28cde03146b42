"""Answering questions from an open Whoosh index: search, the lazy result list, actors, quotes."""

from __future__ import annotations

from typing import Any

from whoosh import highlight

from ..entities.directory import ActorDirectory
from ..query import Everything, Node, terms_of
from ..question import Sort
from ..results import ActorCount, Hit, QuoteHit, Results, Row
from .actor_table import ActorTable
from .compile import ActorTerms, to_whoosh

__all__ = ["search", "actor_counts", "quotes", "matches", "Matches", "term_spans"]

SNIPPET_CHARS = 240


class _Marker(highlight.Formatter):
    """Wraps matched terms in ** **; article text stays plain text."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return "**" + highlight.get_text(text, token, replace) + "**"


def _lead(body: str) -> str:
    text = " ".join(body.split())
    if len(text) <= SNIPPET_CHARS:
        return text
    return text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"


def search(searcher: Any, tree: Node, text: str, limit: int | None, sort: Sort,
           directory: ActorDirectory, actor_terms: ActorTerms, snippets: int | None = None) -> Results:
    wq_query = to_whoosh(tree, searcher.reader(), actor_terms)
    kwargs: dict[str, Any] = {"limit": limit, "terms": True}
    if sort == "date":
        kwargs.update(sortedby="published", reverse=True)
    results = searcher.search(wq_query, **kwargs)
    results.fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
    results.formatter = _Marker()
    hits = []
    highlight_body = bool(terms_of(tree))
    for number, hit in enumerate(results):
        fields = hit.fields()
        snippet = ""
        if highlight_body and (snippets is None or number < snippets):
            snippet = " ".join(hit.highlights("body", top=2).split())
        hits.append(Hit(
            id=fields["id"],
            title=fields["title"],
            title_derived=bool(fields.get("title_derived")),
            source=fields.get("source"),
            published=fields.get("published"),
            published_from=fields.get("published_from") or "none",
            path=fields["path"],
            score=round(float(hit.score or 0.0), 4) if sort == "rank" else 0.0,
            snippet=snippet or _lead(fields.get("body") or ""),
            actors=directory.names_in(name for name, *_ in fields.get("actors") or ()),
            url=fields.get("url"),
        ))
    return Results(query=text, total=len(results), hits=hits)


def actor_counts(searcher: Any, tree: Node, limit: int | None, table: ActorTable,
                 actor_terms: ActorTerms, leave_out: frozenset[str] = frozenset()) -> list[ActorCount]:
    """The actors of the articles `tree` matches, most articles first."""
    docnums: set[int] | None = None
    if not isinstance(tree, Everything):
        docnums = set(to_whoosh(tree, searcher.reader(), actor_terms).docs(searcher))
    counted = table.count(docnums)
    ranked = sorted((which for which in counted if table.actor(which).name not in leave_out),
                    key=lambda which: (-counted[which], table.actor(which).name))
    if limit is not None:
        ranked = ranked[:limit]
    answers = []
    for which in ranked:
        actor = table.actor(which)
        answers.append(ActorCount(name=actor.name, type=actor.type, aliases=actor.aliases,  # type: ignore[arg-type]
                                  articles=counted[which], mentions=table.mentions(which, docnums)))
    return answers


def quotes(searcher: Any, tree: Node, directory: ActorDirectory, actor_terms: ActorTerms,
           speaker: str | None, limit: int | None) -> list[QuoteHit]:
    """Quotations in the articles `tree` matches, newest articles first."""
    matched = searcher.search(to_whoosh(tree, searcher.reader(), actor_terms), limit=None,
                              sortedby="published", reverse=True)
    found: list[QuoteHit] = []
    for hit in matched:
        fields = hit.fields()
        body = fields.get("body") or ""
        for start, end, who in fields.get("quotes") or ():
            name = directory.speaker(who)
            if speaker is not None and name != speaker:
                continue
            found.append(QuoteHit(article=fields["id"], speaker=name, text=body[start:end], start=start, end=end))
            if limit is not None and len(found) >= limit:
                return found
    return found


class Matches:
    """Every article a query matches, in order, without reading them: rows are read
    from the index only when asked for (the list shows a screenful at a time).  Holds
    its own searcher, so positions stay valid while the index grows underneath."""

    def __init__(self, searcher: Any, docnums: list[int], query: str, sort: Sort) -> None:
        self._searcher = searcher
        self._docnums = docnums
        self._rows: dict[int, Row] = {}
        self.query = query
        self.sort = sort

    def __len__(self) -> int:
        return len(self._docnums)

    def row(self, position: int) -> Row:
        docnum = self._docnums[position]
        found = self._rows.get(docnum)
        if found is None:
            fields = self._searcher.stored_fields(docnum)
            found = Row(fields["id"], " ".join(fields["title"].split()), fields.get("source"),
                        fields.get("published"))
            if len(self._rows) > 5000:
                self._rows.clear()
            self._rows[docnum] = found
        return found

    def position_of(self, article_id: str) -> int | None:
        docnum = self._searcher.document_number(id=article_id)
        if docnum is None:
            return None
        try:
            return self._docnums.index(docnum)
        except ValueError:
            return None


def matches(searcher: Any, tree: Node, text: str, sort: Sort, actor_terms: ActorTerms) -> Matches:
    wq_query = to_whoosh(tree, searcher.reader(), actor_terms)
    if sort == "date":
        results = searcher.search(wq_query, limit=None, sortedby="published", reverse=True)
    else:
        results = searcher.search(wq_query, limit=None)
    return Matches(searcher, [docnum for _, docnum in results.top_n], text, sort)  # docs() is a set


def term_spans(body: str, tree: Node) -> list[tuple[int, int]]:
    """Where the query's words (as the index stems them) stand in `body`."""
    from .schema import text_analyzer

    wanted = set()
    analyzer = text_analyzer()
    for word in terms_of(tree):
        wanted.update(token.text for token in analyzer(word))
    if not wanted:
        return []
    return [(token.startchar, token.endchar) for token in analyzer(body, chars=True, mode="index")
            if token.text in wanted]
