"""Who "the foreign secretary" is: a quotation's speaker named only by a role that the
article gives to no one ('"…," the foreign secretary told MPs' in an article that names
Jack Straw without a title) is the one person the article names whom the corpus calls
so, in its own words, in MIN_ARTICLES articles or more.  Not when two of the article's
people hold the role, nor when the corpus's role is a different office for a word the
description lacks ("former President" is no "president", "deputy leader" no "leader"),
nor for a person the article does not name: then the quotation keeps no speaker."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ..entities.directory import ActorDirectory
from ..entities.roles import ANOTHER_OFFICE

__all__ = ["described_speaker", "people_named", "MIN_ARTICLES"]

MIN_ARTICLES = 2  # a role the corpus gives a person once may be a slip of the tagger's or the text's
# Words that make a role another office: a description must say them too.
_OTHER_OFFICE = ANOTHER_OFFICE | frozenset("incoming acting interim".split())  # and one not yet or not quite held

Roles = Mapping[str, tuple[tuple[str, int], ...]]


def described_speaker(described: str, people: Iterable[str], roles: Roles) -> str | None:
    """The one of `people` (corpus-wide names) whom the corpus calls `described`."""
    wanted = set(described.split())
    holders = {name for name in people if any(
        n >= MIN_ARTICLES and wanted <= (words := set(role.lower().split())) and not (words & _OTHER_OFFICE) - wanted
        for role, n in roles.get(name, ()))}
    return holders.pop() if len(holders) == 1 else None


def people_named(stored_actors: Iterable[tuple], directory: ActorDirectory) -> list[str]:  # type: ignore[type-arg]
    """The corpus-wide names of the people an article's stored actors name."""
    found: dict[str, None] = {}
    for name, kind, *_ in stored_actors:
        actor = directory.actor_of(name)
        if (actor.type if actor else kind) == "PER" and (corpus := directory.name_for(name)):
            found[corpus] = None
    return list(found)
