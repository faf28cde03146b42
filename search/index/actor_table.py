"""Counting the actors of any set of articles without reading the articles.

Every article's actors are in the postings of the `actor_key` field (one term per
name, weighted by its mentions).  The table reads those postings once per index
generation and turns them into, for each article, the small numbers of its
corpus-wide actors (the directory's merges applied, hidden actors left out).
Counting a result set is then a pass of C-speed Counter updates over those
tuples; a set larger than half the corpus is counted from its complement.
"""

from __future__ import annotations

from collections import Counter
from array import array
from collections.abc import Collection, Container
from itertools import chain
from typing import Any

from ..entities.directory import Actor, ActorDirectory
from .postings import field_terms, posting_blocks
from .schema import actor_terms, split_actor_term

__all__ = ["ActorTable"]


class ActorTable:
    """Which corpus-wide actors each article names, and how often."""

    def __init__(self, reader: Any, directory: ActorDirectory) -> None:
        self.actors: list[Actor] = []
        self._number: dict[str, int] = {}
        self._docs = reader.doc_count_all()
        per_doc: list[list[int] | None] = [None] * self._docs
        self._postings: list[tuple[array[int], array[int]]] = []  # per actor: docnums, mentions
        for term, _ in field_terms(reader, "actor_key", actor_terms):
            actor = directory.actor_of(split_actor_term(term)[0])
            if actor is None or actor.hidden:
                continue
            which = self._number.get(actor.name)
            if which is None:
                which = self._number[actor.name] = len(self.actors)
                self.actors.append(actor)
                self._postings.append((array("i"), array("i")))
            docs, weights = self._postings[which]
            for ids, mentions in posting_blocks(reader, "actor_key", term):
                for docnum in ids:
                    found = per_doc[docnum]
                    if found is None:
                        per_doc[docnum] = [which]
                    elif which not in found:
                        found.append(which)
                docs.extend(ids)
                weights.extend(int(w) for w in mentions)
        empty: tuple[int, ...] = ()
        self._per_doc: list[tuple[int, ...]] = [tuple(found) if found else empty for found in per_doc]
        self._all = Counter(chain.from_iterable(self._per_doc))

    def count(self, docnums: Collection[int] | None) -> Counter[int]:
        """Articles per actor number among `docnums` (None: every article)."""
        if docnums is None:
            return self._all
        per_doc = self._per_doc
        if len(docnums) * 2 > self._docs:
            wanted = docnums if isinstance(docnums, (set, frozenset)) else set(docnums)
            rest = Counter(chain.from_iterable(found for doc, found in enumerate(per_doc) if doc not in wanted))
            counted = Counter(self._all)
            counted.subtract(rest)
            return +counted
        return Counter(chain.from_iterable(per_doc[doc] for doc in docnums))

    def mentions(self, which: int, docnums: Container[int] | None) -> int:
        """Mentions of actor `which` in `docnums` (None: every article)."""
        docs, weights = self._postings[which]
        if docnums is None:
            return sum(weights)
        return sum(weight for doc, weight in zip(docs, weights) if doc in docnums)

    def articles_of(self, name: str) -> array[int] | None:
        """The document numbers of the articles naming an actor by any of its names (an
        article may be listed once a name), or None for an actor the table leaves out."""
        which = self._number.get(name)
        return None if which is None else self._postings[which][0]

    def actor(self, which: int) -> Actor:
        return self.actors[which]
