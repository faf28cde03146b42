"""The forms of an actor's name that `actor:` also finds in the text itself, where the
tagger did not mark them: a name the tagger missed is still the actor's ("Trump seeks to
dismiss charges", a headline whose opening "Trump" it did not tag).

The forms are the names the directory knows for the actor, and a person's surname.  A
form is searched only when it is the actor's and nobody else's to use: not part of
other actors' longer names in more than a tenth as many articles ("Smith" of "Will Smith"
is not "Jack Smith"'s; "New York" of "New York Times" is not the city's).  Of another
person's name, one word counts only as their surname ("Hunter Biden" shares "Biden"; a
run-together "Biden DOJ" typed a person, or a first name, shares nothing).  A form of two
words or more ("Donald Trump", "Black Sea") names one thing and is searched as a phrase.
A one-word form must also be written with a capital in news prose (not in the lower-case
vocabulary), have four letters or more, and be tagged as this actor in at least half the
articles whose text holds it (so "House", tagged in a fifth of them, is not searched).
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from typing import Any

import whoosh.query as wq

from ..entities.directory import Actor, ActorDirectory
from ..entities.names import fold
from ..entities.vocabulary import lowercase_words
from .analyzers import text_analyzer

__all__ = ["TextForms", "NamedInText"]

SHORTEST = 4  # letters of a one-word form
AGREEMENT = 0.5  # of the articles whose text holds the word, the share the tagger gave this actor
FIELDS = ("title", "body")
SHARED = 0.1  # other actors' names holding the word, in articles, against this actor's

_ANALYZER = text_analyzer()


class TextForms:
    """Per snapshot: which forms of each actor's names to look for in headlines and bodies."""

    def __init__(self, directory: ActorDirectory, searcher: Any) -> None:
        self._directory = directory
        self._searcher = searcher
        self._found: dict[tuple[str, ...], tuple[int, ...] | None] = {}
        self._lock = threading.Lock()
        # the words of a shorter form -> the actors whose longer names hold them -> articles
        self._owners: dict[str, Counter[str]] = defaultdict(Counter)
        for actor in directory.actors:
            for name in directory.names_of(actor):
                words = fold(name).split()
                held = {" ".join(words[i:i + n]) for n in range(1, len(words)) for i in range(len(words) - n + 1)}
                if actor.type == "PER":  # of a person's words only the surname stands for them alone:
                    held = {part for part in held if " " in part or part == words[-1]}  # "Biden DOJ" is no Biden
                for part in held:
                    self._owners[part][actor.name] += directory.articles.get(name, 0)

    def query(self, actors: list[Actor], tagged: wq.Query) -> wq.Query | None:
        """The articles that name the actors: where the tagger found them (`tagged`) or a
        distinctive form of their names stands in the headline or body; None when no form
        is distinctive (then `tagged` alone answers).  Found once per snapshot: a keystroke
        asks for the list, the counts and the timeline."""
        key = tuple(sorted(actor.name for actor in actors))
        with self._lock:
            known = key in self._found
            found = self._found.get(key)
        if not known:  # an actor with no distinctive form is remembered too (None), not asked again
            search = self._search(actors)
            found = tuple(sorted(wq.Or([tagged, search]).docs(self._searcher))) if search is not None else None
            with self._lock:
                if len(self._found) > 256:
                    self._found.clear()
                self._found[key] = found
        return NamedInText(found) if found is not None else None

    def _search(self, actors: list[Actor]) -> wq.Query | None:
        queries: list[wq.Query] = []
        forms = {form for actor in actors for form in self.forms(actor)}
        # A form holding another adds nothing ("donald trump" beside "trump"; "david malpass
        # joe biden", run together from two sentences, beside "joe biden").
        forms = {form for form in forms if not any(other != form and f" {other} " in f" {form} " for other in forms)}
        for form in sorted(forms):
            tokens = [token.text for token in _ANALYZER(form)]
            if len(tokens) == len(form.split()):  # no word dropped as a function word
                for field in FIELDS:
                    queries.append(wq.Term(field, tokens[0]) if len(tokens) == 1 else wq.Phrase(field, tokens))
        return wq.Or(queries) if queries else None

    def forms(self, actor: Actor) -> list[str]:
        found = set()
        keys = {fold(name) for name in self._directory.names_of(actor)}
        if actor.type == "PER" and " " in fold(actor.name):  # a person's surname, as the directory reads a lone one
            keys.add(fold(actor.name).split()[-1])
        for key in keys:
            if key and self._own(key, actor) and (" " in key or self._one_word(key, actor)):
                found.add(key)
        return sorted(found)

    def _own(self, form: str, actor: Actor) -> bool:
        others = sum(n for name, n in self._owners.get(form, Counter()).items() if name != actor.name)
        return others <= SHARED * actor.articles

    def _one_word(self, word: str, actor: Actor) -> bool:
        if len(word) < SHORTEST or not word.isalpha() or word in lowercase_words():
            return False
        stems = [token.text for token in _ANALYZER(word)]
        if len(stems) != 1:
            return False
        # the articles holding it in headline or body, each once (an estimate adds the two fields' counts)
        in_text = len(self._searcher.search(wq.Or([wq.Term("title", stems[0]), wq.Term("body", stems[0])]),
                                            limit=None, scored=False))
        return actor.articles >= AGREEMENT * in_text


class NamedInText(wq.Query):
    """The articles (by number, in one snapshot) whose text names an actor by a known form."""

    def __init__(self, docnums: tuple[int, ...]) -> None:
        self.docnums = docnums

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NamedInText) and self.docnums == other.docnums

    def __hash__(self) -> int:
        return hash((NamedInText, self.docnums))

    def __repr__(self) -> str:
        return f"NamedInText({len(self.docnums)} articles)"

    def estimate_size(self, ixreader: Any) -> int:
        return len(self.docnums)

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        """Whoosh asks each segment's searcher in turn, with numbers local to the segment."""
        from bisect import bisect_left
        from whoosh.matching import ListMatcher, NullMatcher

        parent = getattr(searcher, "parent", None)
        parent = parent() if parent is not None else None  # a segment's searcher holds its parent weakly
        offset = (parent._offset_for_subsearcher(searcher) or 0) if parent is not None else 0
        end = offset + searcher.reader().doc_count_all()
        local = [doc - offset for doc in self.docnums[bisect_left(self.docnums, offset):bisect_left(self.docnums, end)]]
        return ListMatcher(local, all_weights=1.0) if local else NullMatcher()
