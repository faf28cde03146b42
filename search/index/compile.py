"""Turning a query tree (search.query) into a Whoosh query."""

from __future__ import annotations

from datetime import datetime
from collections.abc import Callable
from typing import Any

from whoosh import query as wq

from ..query import And, Dates, Everything, Node, Not, Or, Phrase, Word
from .published import UNDATED as _UNDATED
from .schema import name_analyzer, text_analyzer

__all__ = ["to_whoosh", "MAX_EXPANSION", "ActorTerms"]

# Given what a user typed after actor: (or person:, org:, place:) and the type asked
# for, the query for the articles that name the actors meant (their names' index terms,
# and the forms of their names found in the text: forms.py); None when no actor matches.
ActorTerms = Callable[[str, str | None], "wq.Query | None"]
_ACTOR_TYPES = {"actor": None, "person": "PER", "org": "ORG", "place": "LOC"}

MAX_EXPANSION = 200  # terms a wildcard may expand to
_TEXT = text_analyzer()
_NAMES = name_analyzer()
_NAME_FIELDS = ("source", "actor", "person", "org", "place")
_SPREAD = {"actor": ("person", "org", "place")}  # a name of any type: the index keeps names by type only


class PublishedBetween(wq.Query):
    """Articles published in [start, end), read from the sortable date column.

    Whoosh's own date range expands into many range terms: `before:DATE` took 1.3 s
    at 100,000 articles; a pass over the column takes milliseconds.  It matches
    with weight 0: a date narrows the results, it never changes their rank."""

    def __init__(self, start: datetime | None, end: datetime | None) -> None:
        self.start, self.end = start, end

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PublishedBetween) and (self.start, self.end) == (other.start, other.end)

    def __hash__(self) -> int:
        return hash((PublishedBetween, self.start, self.end))

    def __repr__(self) -> str:
        return f"PublishedBetween({self.start!r}, {self.end!r})"

    def estimate_size(self, ixreader: Any) -> int:
        return int(ixreader.doc_count_all())

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        from whoosh.matching import ListMatcher, NullMatcher
        from whoosh.util.times import datetime_to_long

        reader = searcher.reader()
        low = datetime_to_long(self.start) if self.start else 0
        high = datetime_to_long(self.end) if self.end else _UNDATED
        if not reader.has_column("published"):
            return NullMatcher()
        column = reader.column_reader("published", translate=False)
        found = [doc for doc, value in enumerate(column) if low <= value < high]
        if found and reader.has_deletions():
            found = [doc for doc in found if not reader.is_deleted(doc)]
        return ListMatcher(found, all_weights=0.0) if found else NullMatcher()


def _tokens(text: str, field: str) -> list[str]:
    analyzer = _NAMES if field in _NAME_FIELDS else _TEXT
    return [token.text for token in analyzer(text)]


def to_whoosh(node: Node, reader: Any, actors: ActorTerms | None = None) -> wq.Query:
    """Compile a query tree; `reader` bounds wildcard expansion, `actors` resolves names."""
    if isinstance(node, (Word, Phrase)) and node.field in _ACTOR_TYPES and actors is not None \
            and not (isinstance(node, Word) and node.wildcard):
        text = node.text if isinstance(node, Word) else " ".join(node.words)
        found = actors(text, _ACTOR_TYPES[node.field])
        if found is not None:
            return found
    if isinstance(node, Everything):
        return wq.Every()
    if isinstance(node, Word):
        fields = _fields(node.field)
        if node.wildcard:
            return _either([_wildcard(node.text, field, reader) for field in fields])
        return _either([_sequence(_tokens(node.text, field), field) for field in fields])
    if isinstance(node, Phrase):
        fields = _fields(node.field)
        return _either([_sequence(_tokens(" ".join(node.words), field), field) for field in fields])
    if isinstance(node, Dates):
        start, end = node.range.start, node.range.end
        if start is None and end is None:
            return wq.ConstantScoreQuery(wq.Every("published"), 0.0)
        return PublishedBetween(start, end)
    if isinstance(node, Not):
        return wq.And([wq.Every(), wq.Not(to_whoosh(node.node, reader, actors))])
    if isinstance(node, And):
        positives = [to_whoosh(child, reader, actors) for child in node.nodes if not isinstance(child, Not)]
        negatives = [to_whoosh(child.node, reader, actors) for child in node.nodes if isinstance(child, Not)]
        base = wq.And(positives) if positives else wq.Every()
        if not negatives:
            return base
        return wq.AndNot(base, _either(negatives))
    if isinstance(node, Or):
        return wq.Or([to_whoosh(child, reader, actors) for child in node.nodes])
    raise TypeError(f"not a query node: {node!r}")


def _fields(field: str | None) -> list[str]:
    """The index fields a question's field stands for (no field: headline and body)."""
    return list(_SPREAD.get(field, (field,))) if field else ["title", "body"]


def _either(queries: list[wq.Query]) -> wq.Query:
    queries = [q for q in queries if q is not wq.NullQuery]
    if not queries:
        return wq.NullQuery
    return queries[0] if len(queries) == 1 else wq.Or(queries)


def _sequence(tokens: list[str], field: str) -> wq.Query:
    if not tokens:
        return wq.NullQuery
    if len(tokens) == 1:
        return wq.Term(field, tokens[0])
    return wq.Phrase(field, tokens)


def _wildcard(text: str, field: str, reader: Any) -> wq.Query:
    """Expand a wildcard against the index's terms, at most MAX_EXPANSION of them."""
    import fnmatch
    import re

    pattern = text.lower()
    prefix = re.split(r"[*?]", pattern, maxsplit=1)[0]
    stems = _tokens(prefix, field)
    # Indexed terms are stemmed: "negotiat*" must also find the stem "negoti".
    starts = {prefix}
    if stems and prefix.startswith(stems[0]):
        starts.add(stems[0])
    matcher = re.compile(fnmatch.translate(pattern))
    found: list[str] = []
    for start in sorted(starts, key=len):
        for term in reader.expand_prefix(field, start):
            term = term.decode("utf-8") if isinstance(term, bytes) else term
            if term not in found and (matcher.match(term) or start != prefix and pattern.endswith("*")
                                      and "?" not in pattern):
                found.append(term)
            if len(found) >= MAX_EXPANSION:
                break
    return wq.Or([wq.Term(field, term) for term in found]) if found else wq.NullQuery
