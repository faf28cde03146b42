"""Answering questions from an open Whoosh index: search, the lazy result list, actors, quotes."""

from __future__ import annotations

from typing import Any

from whoosh import highlight

from ..entities.directory import ActorDirectory
from ..query import Node, terms_of
from ..question import Sort
from ..results import ActorCount, Hit, QuoteHit, Results, Row
from .actor_table import ActorTable
from .cards import Cards
from .compile import ActorTerms, to_whoosh
from .copies import CopyGroups
from .described import Roles, described_speaker, people_named

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
           directory: ActorDirectory, actor_terms: ActorTerms, snippets: int | None = None,
           groups: CopyGroups | None = None) -> Results:
    wq_query = to_whoosh(tree, searcher.reader(), actor_terms)
    folding = groups is not None and len(groups) > 0
    kwargs: dict[str, Any] = {"limit": None if folding else limit, "terms": True}
    if sort == "date":
        kwargs.update(sortedby="published", reverse=True)
    results = searcher.search(wq_query, **kwargs)
    results.fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=60)
    results.formatter = _Marker()
    hits: list[Hit] = []
    highlight_body = bool(terms_of(tree))
    shown: set[int] = set()  # near-copy groups with a hit already
    folded = 0
    for hit in results:
        group = groups.group_of(hit.docnum) if folding and groups is not None else None
        if group is not None:
            if group in shown:
                folded += 1
                continue
            shown.add(group)
        if limit is not None and len(hits) >= limit:
            continue  # counting what is folded in the rest
        number = len(hits)
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
            also=copies_of(searcher, groups, hit.docnum) if group is not None and groups is not None else (),
        ))
    return Results(query=text, total=len(results), hits=hits, folded=folded)


def copies_of(searcher: Any, groups: CopyGroups, docnum: int) -> tuple[Row, ...]:
    """The article's near-copies (the same text elsewhere), oldest first."""
    rows = []
    for other in groups.members(docnum):
        if other != docnum:
            fields = searcher.stored_fields(other)
            rows.append(Row(fields["id"], " ".join(fields["title"].split()), fields.get("source"),
                            fields.get("published")))
    return tuple(sorted(rows, key=lambda r: (r.published is None, r.published or 0, r.id)))


def actor_counts(docnums: set[int] | None, limit: int | None, table: ActorTable,
                 leave_out: frozenset[str] = frozenset()) -> list[ActorCount]:
    """The actors of the articles `docnums` (None: every article), most articles first."""
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
           speaker: str | None, limit: int | None, roles: Roles | None = None) -> list[QuoteHit]:
    """Quotations in the articles `tree` matches, newest articles first; with the corpus's
    `roles`, a speaker named only by a role is the one person of the article it calls so."""
    matched = searcher.search(to_whoosh(tree, searcher.reader(), actor_terms), limit=None,
                              sortedby="published", reverse=True)
    found: list[QuoteHit] = []
    for hit in matched:
        fields = hit.fields()
        body = fields.get("body") or ""
        people: list[str] | None = None
        for start, end, who, *described in fields.get("quotes") or ():
            name = directory.speaker(who)
            if name is None and described and described[0] and roles:
                people = people_named(fields.get("actors") or (), directory) if people is None else people
                name = described_speaker(described[0], people, roles)
            if speaker is not None and name != speaker:
                continue
            found.append(QuoteHit(article=fields["id"], speaker=name, text=body[start:end], start=start, end=end))
            if limit is not None and len(found) >= limit:
                return found
    return found


class Matches:
    """Every article a query matches, in order, without reading them: rows are read
    from the index only when asked for (the list shows a screenful at a time).  Holds
    its own searcher (its cards' one), so positions stay valid while the index grows
    underneath."""

    def __init__(self, cards: Cards, docnums: list[int], query: str, sort: Sort,
                 groups: CopyGroups | None = None) -> None:
        self._searcher = cards.searcher
        self._cards = cards
        self._groups = groups
        self._docnums, self._folded = groups.fold(docnums) if groups is not None else (docnums, {})
        self._rows: dict[int, Row] = {}
        self.query = query
        self.sort = sort
        self.folded = sum(self._folded.values())  # near-copies folded into the rows shown

    def __len__(self) -> int:
        return len(self._docnums)

    def row(self, position: int) -> Row:
        docnum = self._docnums[position]
        found = self._rows.get(docnum)
        if found is None:
            fields = self._cards[docnum]
            found = Row(fields["id"], " ".join(fields["title"].split()), fields.get("source"),
                        fields.get("published"), self._folded.get(docnum, 0))
            if len(self._rows) > 5000:
                self._rows.clear()
            self._rows[docnum] = found
        return found

    def position_of(self, article_id: str) -> int | None:
        docnum = self._searcher.document_number(id=article_id)
        if docnum is None:
            return None
        for member in self._groups.members(docnum) if self._groups is not None else [docnum]:
            try:  # a folded near-copy is at its group's row
                return self._docnums.index(member)
            except ValueError:
                continue
        return None


def matches(searcher: Any, tree: Node, text: str, sort: Sort, actor_terms: ActorTerms, cards: Cards,
            groups: CopyGroups | None = None) -> Matches:
    wq_query = to_whoosh(tree, searcher.reader(), actor_terms)
    if sort == "date":
        results = searcher.search(wq_query, limit=None, sortedby="published", reverse=True)
    else:
        results = searcher.search(wq_query, limit=None)
    return Matches(cards, [docnum for _, docnum in results.top_n], text, sort, groups)  # docs() is a set


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
