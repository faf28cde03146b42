"""The words of a phrase around a name: whether it may name a speaker ('Kremlin spokesman
Dmitry Peskov'), whether it joins a verb to someone named before, and whether a name in it
only modifies the next ('Labour election chief Alan Milburn', 'Franz Ferdinand frontman
Alex Kapranos': the party, the band, not the person)."""

from __future__ import annotations

import re

from ..paragraphs import SHORT_TITLES
from .nouns import person_nouns
from .roles import ROLE_WORDS, role_word
from .speech import VERB
from .titles import TITLES

__all__ = ["CLAUSE_WORDS", "RELATING", "NAME_WORDS", "phrase_words", "is_name_phrase", "joins_another", "modifies",
           "ends_in_a_role", "governed", "object_of_participle"]

# Words that open a clause: a phrase holding one is no name phrase ("adding that Trump").
CLAUSE_WORDS = frozenset("that which who whom whose when after before while because if as since but although though "
                         "where whether saying adding".split())

# Words that put a name in a relation to someone else: the name after them is not the speaker's.
RELATING = frozenset("of for to with by at from about on in into against than like and or nor".split())

# A member's place in a band, team or cast, between its name and theirs ("Franz Ferdinand
# frontman Alex Kapranos"): the words a name is never followed by when it is the person's own.
_MEMBERS = frozenset("""frontman frontwoman singer vocalist guitarist bassist drummer keyboardist pianist
member bandmate star striker midfielder defender goalkeeper keeper winger forward captain skipper
boss manager coach player""".split())
_QUALIFYING = frozenset("lead former new veteran".split())
_BEFORE_A_NAME = frozenset("former late then the a an".split())  # between a preposition and a name's titles
_DETERMINERS = frozenset("the a an this that these those his her its their our my your every each last next".split())
_RUN_ON_ROLES = frozenset(word for word in ROLE_WORDS | _MEMBERS if word.endswith(("man", "woman", "person")))

# Words that join a second verb to the subject of a first ('… and warned', '… but said').
_JOINING = frozenset("and or but nor".split())

NAME_WORDS = frozenset("the a an of and his her its their wife husband son daughter mother father brother sister "
                       "widow partner".split())


def ends_in_a_role(name: str) -> bool:
    """'OPERA SPOKESWOMAN', 'franz ferdinand frontman': a name the tagger ran on into the
    role after it (in text all in one case, where a capital says nothing), which no
    person is called (a role in -man, -woman or -person, never a surname as 'King' is)."""
    return bool(name.strip()) and name.rsplit(None, 1)[-1].lower() in _RUN_ON_ROLES


def phrase_words(text: str) -> list[str]:
    return re.sub(r"[,“”\"]", " ", text).split()


def is_name_phrase(text: str) -> bool:
    """'Kremlin spokesman Dmitry Peskov', 'Charlatans singer Tim Burgess', 'the president':
    a short phrase with no clause in it (not 'adding that Trump', 'The actor, who hit Rock')."""
    words = phrase_words(text)
    return 0 < len(words) <= 8 and not any(word.lower() in CLAUSE_WORDS for word in words)


def joins_another(text: str) -> bool:
    """The words between a quote and a verb of saying open by relating them to something
    else or end joining the verb to a subject before the quote ('"…" to the United
    States and warned'): they are no speaker's name."""
    words = phrase_words(text)
    return bool(words) and (words[0] in RELATING - NAME_WORDS or words[-1] in _JOINING)


def modifies(between: str) -> bool:
    """' election chief ', ' spokesman ', ' frontman ', ' biographer ': a name, then a role
    ending in a title, a member's place in a team, band or cast, or a noun news writes
    before people, then a name (the first is the second's party, firm, band, club or
    subject); not a verb or a clause between ('Vell had said that
    president Ana Osk …': the second is named in the first's words).  The role may
    carry a prefix ('co-chairman') and be set off from the second name by a comma
    ('Opera spokeswoman, Berit Hanson')."""
    kept = between.rstrip()
    if kept.endswith(",") and kept[:-1].strip():
        between = kept[:-1] + " "  # "Harwick spokeswoman, Ana Osk": the comma only sets the name off
    # a title written short ends no sentence: "Troy police Lt. Gerry Scherlinck"
    between = re.sub(rf"\b({SHORT_TITLES})\.(?=\s)", r"\1", between, flags=re.IGNORECASE)
    words = between.split()
    if VERB.search(between) or any(word.lower() in CLAUSE_WORDS for word in words):
        return False
    # "chairman and chief executive officer": two roles joined
    joined = len(words) <= 6 and "and" in words and all(word.islower() for word in words)
    # a member's place only right after the name: not 'Keegan sympathised with Norwich boss Nils Vell'
    member = bool(words) and words[-1].lower() in _MEMBERS and all(
        word.lower() in _MEMBERS | _QUALIFYING for word in words)
    last = words[-1].lower() if words else ""
    # a noun news writes before people, alone after the name: "Cobain biographer" (not "will partner")
    described = len(words) == 1 and last in person_nouns() and words[0].islower()
    return ((0 < len(words) <= 4 or joined) and (last in TITLES or role_word(last) or member or described)
            and not re.search(r"[,.;:]", between))


def governed(before: str, after: str) -> bool:
    """A name after a preposition, past its titles and roles ('… the inquiries into former President'), neither
    a possessor nor the head of a clause of its own (`after` is what follows it): part of a phrase, not the
    one who speaks."""
    if after.startswith(("'s", "’s", "'", "’")) or re.match(r"\s*,?\s*(?:who|which|whose)\b", after):
        return False
    return _word_before_name(before) in RELATING


def object_of_participle(before: str) -> bool:
    """A name right after a participle, past its capitalised titles ('the grand jury investigating former
    President'): the participle's object, not the subject of the verb after the name (but 'managing
    director Ann Lee', 'Welcoming the ruling, Ann Lee', 'After the hearing Ann Lee' are hers)."""
    words = before.split()
    while words and (words[-1][:1].isupper() and words[-1].lower().rstrip(".") in TITLES
                     or words[-1] in _BEFORE_A_NAME):
        words.pop()
    word = words[-1] if words else ""
    noun = len(words) > 1 and words[-2].lower() in _DETERMINERS  # 'After the ruling Ann Lee said'
    return len(word) > 4 and word.endswith("ing") and word.isalpha() and word.islower() and not noun


def _word_before_name(before: str) -> str:
    """The last word before a name's titles and roles, in lower case ('' for none)."""
    words = phrase_words(before)
    while words and (words[-1].lower().rstrip(".") in TITLES or words[-1].lower() in ROLE_WORDS
                     or words[-1].lower() in _BEFORE_A_NAME):
        words.pop()
    return words[-1].lower() if words else ""
