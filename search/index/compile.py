"""Turning a query tree (search.query) into a Whoosh query."""

from __future__ import annotations

from datetime import timedelta
from collections.abc import Callable
from typing import Any

from whoosh import query as wq

from ..query import And, Dates, Everything, Node, Not, Or, Phrase, Word
from .schema import name_analyzer, text_analyzer

__all__ = ["to_whoosh", "MAX_EXPANSION", "ActorTerms"]

# Given what a user typed after actor: (or person:, org:, place:) and the type asked
# for, the index terms of every name of the actors meant; None when no actor matches.
ActorTerms = Callable[[str, str | None], list[str] | None]
_ACTOR_TYPES = {"actor": None, "person": "PER", "org": "ORG", "place": "LOC"}

MAX_EXPANSION = 200  # terms a wildcard may expand to
_TEXT = text_analyzer()
_NAMES = name_analyzer()
_NAME_FIELDS = ("source", "actor", "person", "org", "place")


def _tokens(text: str, field: str) -> list[str]:
    analyzer = _NAMES if field in _NAME_FIELDS else _TEXT
    return [token.text for token in analyzer(text)]


def to_whoosh(node: Node, reader: Any, actors: ActorTerms | None = None) -> wq.Query:
    """Compile a query tree; `reader` bounds wildcard expansion, `actors` resolves names."""
    if isinstance(node, (Word, Phrase)) and node.field in _ACTOR_TYPES and actors is not None \
            and not (isinstance(node, Word) and node.wildcard):
        text = node.text if isinstance(node, Word) else " ".join(node.words)
        terms = actors(text, _ACTOR_TYPES[node.field])
        if terms is not None:
            return wq.Or([wq.Term("actor_key", term) for term in terms]) if terms else wq.NullQuery
    if isinstance(node, Everything):
        return wq.Every()
    if isinstance(node, Word):
        fields = [node.field] if node.field else ["title", "body"]
        if node.wildcard:
            return _either([_wildcard(node.text, field, reader) for field in fields])
        return _either([_sequence(_tokens(node.text, field), field) for field in fields])
    if isinstance(node, Phrase):
        fields = [node.field] if node.field else ["title", "body"]
        return _either([_sequence(_tokens(" ".join(node.words), field), field) for field in fields])
    if isinstance(node, Dates):
        start, end = node.range.start, node.range.end
        if start is None and end is None:
            return wq.ConstantScoreQuery(wq.Every("published"), 0.0)
        # DATETIME ranges are inclusive at both ends; our ranges end exclusively.
        # A date narrows the results; it must not change their rank.
        last = end - timedelta(microseconds=1) if end is not None else None
        return wq.ConstantScoreQuery(wq.DateRange("published", start, last), 0.0)
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
