"""Who a phrase names by a role or a lone word: 'said the Lions coach' is the one person
the article gave that role, '"…," said King' the one person whose full name ends in
"King".  Each prefers no one to a wrong one."""

from __future__ import annotations

from collections.abc import Sequence

from ..article import ArticleActor
from .phrases import phrase_words
from .organisations import ORGANISATION_WORDS
from .roles import ANOTHER_OFFICE, ROLE_WORDS, role_word
from .descriptions import definite_words
from .titles import TITLES

__all__ = ["by_role", "by_lone_name"]

_NOW = frozenset("incumbent current sitting serving".split())  # words that say only that a role is held now
# A title written short before a name, and the role it is ('Sen. Ana Vell' is 'the senator')
_WRITTEN_SHORT = {"sen.": "senator", "rep.": "representative", "gov.": "governor", "lt.": "lieutenant",
                  "gen.": "general", "col.": "colonel", "sgt.": "sergeant", "capt.": "captain", "adm.": "admiral",
                  "cmdr.": "commander", "supt.": "superintendent", "insp.": "inspector", "det.": "detective",
                  "prof.": "professor", "pres.": "president", "amb.": "ambassador", "atty.": "attorney"}


def _role_words(role: str) -> set[str]:
    return {_WRITTEN_SHORT.get(word, word) for word in role.lower().split()}


def by_role(phrase: str, actors: Sequence[ArticleActor]) -> str | None:
    """The one person this article gives the role a definite phrase names: 'said the Lions
    coach' is Clive Woodward when the article wrote 'Irish Lions coach Clive Woodward' and
    gave no one else a role with those words.  'the Harwick chairman' is the one person
    the article calls a chairman, when no role of it says whose.  Not 'a spokesman', not
    two coaches, not 'the PUK' (a body: its last word is a name, not a role, though the
    article wrote 'PUK leader Jalal Talabani')."""
    words = definite_words(phrase)
    if words is None or not (words[-1].islower() or role_word(words[-1].lower())) \
            or words[-1].lower() in ORGANISATION_WORDS - ROLE_WORDS:
        return None  # "the committee added" is the body's, not its chairman's
    lowered = [word.lower() for word in words]
    people = [actor for actor in actors if actor.type == "PER"]
    wanted = set(lowered[1:]) - _NOW
    holders = {actor.name for actor in people if any(wanted <= _role_words(role) and _current(role, wanted)
                                                     for role in actor.roles)}
    if not holders and not phrase.isupper() and role_word(lowered[-1]):
        plain = {word.lower() for word in words[1:] if not word[:1].isupper()} - _NOW
        held = {actor.name: [role for role in actor.roles if plain <= _role_words(role) and _current(role, plain)]
                for actor in people if plain}
        holders = {name for name, roles in held.items() if roles}
        if len(holders) == 1 and all(_owned_elsewhere(role, words) for role in held[next(iter(holders))]):
            return None  # the one president the article names is Russia's, the phrase the US's
    return holders.pop() if len(holders) == 1 else None


def _current(role: str, wanted: set[str]) -> bool:
    """'the president' is not the 'former president' (nor the late or outgoing one, nor the
    vice president), 'the foreign secretary' not the 'shadow foreign secretary', unless it says so."""
    other = {word for word in role.lower().replace("-", " ").split() if word in ANOTHER_OFFICE}
    return other <= wanted


def _owned_elsewhere(role: str, words: list[str]) -> bool:
    """The role says whose it is, and the phrase says another's: 'Russian president' is
    not 'the US president' (but 'Ukrainian leader' is 'the Ukraine leader'; 'France coach'
    and 'the French coach' share too little to tell, and are left unsaid)."""
    def owners(phrase: list[str]) -> set[str]:
        return {word.lower() for word in phrase
                if word[:1].isupper() and not role_word(word.lower()) and word.lower() not in TITLES}

    held, named = owners(role.split()), owners(words[1:])
    # a people's name and its country's share their start ('Russian', 'Russia')
    return bool(held and named) and not {word[:4] for word in held} & {word[:4] for word in named}


def by_lone_name(phrase: str, actors: Sequence[ArticleActor]) -> str | None:
    """'"…," said King': the one person of the article whose full name ends in this word,
    where the tagger did not take it for a name (a title too, or set after "said"); else
    the one whose full name opens with it, when it is nobody's surname ('says Ann-Katrin')."""
    words = phrase_words(phrase)
    if len(words) != 1 or not words[0][:1].isupper() or any(actor.name == words[0] for actor in actors):
        return None  # 'Contrack said': the firm the article names so, not "Contrack International"
    people = [actor.name.split() for actor in actors if actor.type == "PER" and " " in actor.name]
    for place in (-1, 0):
        bearers = {" ".join(name) for name in people if name[place] == words[0]}
        if bearers:
            return bearers.pop() if len(bearers) == 1 else None
    return None
