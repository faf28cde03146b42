"""Finding an actor by a few typed letters (the reader's actor picker): names with a
word that starts with what was typed, then names containing it, then fuzzy matches
for typos.  Every spelling of an actor counts; case and accents never matter
("orban" finds Orbán)."""

from __future__ import annotations

from collections.abc import Sequence

from ..results import ActorCount
from .names import fold

__all__ = ["lookup"]


def lookup(typed: str, actors: Sequence[ActorCount], most: int = 30) -> list[ActorCount]:
    """The actors `typed` most likely means, best first; with nothing typed, the first `most`."""
    from rapidfuzz import fuzz, process

    typed = fold(typed)
    if not typed:
        return list(actors[:most])
    prefix: list[ActorCount] = []
    inside: list[ActorCount] = []
    for actor in actors:
        spellings = [fold(s) for s in (actor.name, *actor.aliases)]
        if any(s.startswith(typed) or any(word.startswith(typed) for word in s.split()) for s in spellings):
            prefix.append(actor)
        elif any(typed in s for s in spellings):
            inside.append(actor)
    found = (prefix + inside)[:most]
    if len(found) < most:
        seen = {a.name for a in found}
        rest = {a.name: a for a in actors if a.name not in seen}
        for name, _, _ in process.extract(typed, list(rest), scorer=fuzz.WRatio, processor=fold,
                                          limit=most - len(found)):
            found.append(rest[name])
    return found
