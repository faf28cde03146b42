"""Answering questions from an open Whoosh index: search, related articles, actors."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from typing import Any

from whoosh import highlight
from whoosh import query as wq
from whoosh.lang.porter import stem

from ..entities.directory import ActorDirectory
from ..query import Everything, Node, terms_of
from ..question import Sort
from ..results import ActorCount, Hit, QuoteHit, RelatedArticle, Results, Row, Why
from .actor_table import ActorTable
from .compile import ActorTerms, to_whoosh
from .schema import actor_term

__all__ = ["search", "related", "actor_counts", "quotes", "matches", "Matches", "term_spans"]

SNIPPET_CHARS = 240
# Function words and reporting verbs: never a reason two articles belong together.
_COMMON = """a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each even few for from further
had has have having he her here hers herself him himself his how i if in into is it its itself just
last like made make many may me might more most much must my new no nor not now of off on once one only
or other our ours out over own said same say says she should since so some still such than that the
their them then there these they this those though through to told too two under until up upon us very
was we were what when where which while who whom why will with would year years yet you your""".split()
STOP_STEMS = frozenset(stem(word) for word in _COMMON) | frozenset(_COMMON)


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


def _surface_words(body: str) -> dict[str, str]:
    """Stem -> the most frequent word in the text with that stem (for 'why')."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for word in re.findall(r"[^\W\d_]{3,}", body.lower()):
        counts[stem(word)][word] += 1
    return {key: words.most_common(1)[0][0] for key, words in counts.items()}


def _key_terms(searcher: Any, docnum: int, count: int = 15) -> list[tuple[str, float]]:
    """The document's most distinctive body terms (no stopwords, no numbers)."""
    found = searcher.key_terms([docnum], "body", numterms=count * 4)
    useful = [(term, weight) for term, weight in found
              if len(term) > 2 and term not in STOP_STEMS and not term.isdigit()]
    return useful[:count]


def _actors_of(directory: ActorDirectory, fields: dict[str, Any]) -> dict[str, Any]:
    return directory.actors_in(name for name, *_ in fields.get("actors") or ())


def related(searcher: Any, docnum: int, limit: int, directory: ActorDirectory) -> list[RelatedArticle]:
    """Articles that belong with `docnum`: shared distinctive terms, shared actors,
    closeness in time, each scored and explained."""
    source = searcher.stored_fields(docnum)
    total_docs = max(1, searcher.doc_count())
    key_terms = _key_terms(searcher, docnum)
    scores: dict[int, float] = {}
    if key_terms:
        like = wq.Or([wq.Term("body", term, boost=weight) for term, weight in key_terms])
        for hit in searcher.search(like, limit=60, mask={docnum}):
            scores[hit.docnum] = float(hit.score)
    best = max(scores.values(), default=1.0) or 1.0
    term_score = {doc: score / best for doc, score in scores.items()}
    terms = [term for term, _ in key_terms]
    reader = searcher.reader()
    term_docs = {term: set(reader.postings("body", term).all_ids()) if ("body", term) in reader else set()
                 for term in terms}

    own = _actors_of(directory, source)
    actor_weight = {name: math.log(1 + total_docs / (1 + actor.articles)) for name, actor in own.items()}
    actor_total = sum(actor_weight.values()) or 1.0
    if own:
        top = sorted(own, key=lambda n: -actor_weight[n])[:8]
        wanted = [actor_term(alias, kind) for name in top for alias in directory.names_of(own[name])
                  for kind in directory.types[alias]]
        for hit in searcher.search(wq.Or([wq.Term("actor_key", t) for t in wanted]), limit=60, mask={docnum}):
            term_score.setdefault(hit.docnum, 0.0)

    surface = _surface_words(source.get("body") or "")
    answers = []
    for candidate, t_score in term_score.items():
        if candidate == docnum:
            continue
        fields = searcher.stored_fields(candidate)
        theirs = _actors_of(directory, fields)
        shared_actors = sorted((n for n in own if n in theirs), key=lambda n: -actor_weight[n])
        a_score = sum(actor_weight[n] for n in shared_actors) / actor_total
        days = None
        if source.get("published") and fields.get("published"):
            days = abs((fields["published"] - source["published"]).days)
        closeness = math.exp(-days / 30) if days is not None else 0.0
        score = 0.5 * t_score + 0.35 * a_score + 0.15 * closeness
        shared_terms = [surface.get(term, term) for term in terms if candidate in term_docs[term]]
        answers.append(RelatedArticle(
            id=fields["id"], title=fields["title"], published=fields.get("published"),
            score=round(score, 4),
            why=Why(terms=tuple(shared_terms[:8]), actors=tuple(shared_actors[:8]), days_apart=days),
        ))
    answers.sort(key=lambda r: (-r.score, r.id))
    return answers[:limit]


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
