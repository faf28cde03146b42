"""What the coverage calls a person: the role written before their name ("Kremlin
spokesman Dmitry Peskov", "Secretary of Defense Pete Hegseth", "Ukrainian President
Volodymyr Zelenskyy").  A role is the run of capitalised words and role words right
before the name, in the same sentence and line (cleaning has already joined hard-wrapped
lines), that holds at least one role word; an honorific alone ("Mr", "Dr") is not a
role, nor a department alone ("Defense").  In text set in capitals a capital says
nothing, nor in a line in Title Case ("Senator Blasts The Deputy Director Of The
Agency Over Claims Vell Took Bribes"): only role words are taken."""

from __future__ import annotations

import re

from ..paragraphs import capitals, title_case
from .titles import TITLES

__all__ = ["role_before", "role_beside", "role_word", "ROLE_WORDS", "ANOTHER_OFFICE"]

_HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady rev reverend".split())
# Part of a role, never one alone: "former President", "Defense Secretary".
_QUALIFIERS = frozenset("""former acting late deputy vice first defense defence state foreign interior finance treasury
shadow interim outgoing incoming assistant junior senior associate home health education transport culture trade
environment energy agriculture press national security policy military intelligence communications campaign
political legal economic district county federal regional top""".split())  # a shadow chancellor is no Chancellor;
# a home secretary no secretary; a press secretary, a national security adviser, a district attorney what they say
# Words that make a role another office than the same role without them: the former
# president, the shadow foreign secretary and the vice president are not "the president"
# or "the foreign secretary" a quote's attribution names.
ANOTHER_OFFICE = frozenset("former ex late outgoing then erstwhile deputy vice shadow assistant junior".split())
_FUNCTION_WORDS = frozenset("""a an and as at but by for from in on the then when while with after before under although
though because if since until unless whereas whether once so yet or nor also now meanwhile like""".split())
ROLE_WORDS = (TITLES - _HONORIFICS - _QUALIFIERS) | frozenset("""spokesman spokeswoman spokesperson analyst economist correspondent
executive director head envoy strategist adviser advisor aide negotiator lawmaker candidate nominee
founder owner editor manager president""".split())


def role_word(word: str) -> bool:
    """'governor', 'co-chairman', 'vice-president': a role word (in lower case), alone or after a prefix."""
    return word in ROLE_WORDS or word.rsplit("-", 1)[-1] in ROLE_WORDS


# Titles English abbreviates with a full stop: "Gen. Ann Lee" goes on after it; "the King." ends.
_ABBREVIATED = frozenset("adm brig capt cmdr col const cpl det dr gen gov insp lt maj mr mrs ms prof pvt rep rev "
                         "sen sgt st supt".split())
# A role word that is also a verb is one after "to" or a modal: "Campbell will head Dole's team".
_ALSO_VERBS = frozenset("head chair coach captain judge father".split())
_BEFORE_VERB = frozenset("to will would shall should can could may might must cannot".split())
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
LONGEST = 6  # words


def role_before(text: str, start: int) -> str | None:
    """The role written just before the name that starts at `start`, or None."""
    window = text[max(0, start - 100):start]
    window = window[window.rfind("\n") + 1:]
    end = text.find("\n", start)
    line = text[text.rfind("\n", 0, start) + 1:end if end >= 0 else len(text)]
    # A headline in Title Case: nine in ten of six or more longer words capitalised (prose
    # made mostly of names still writes its verb in lower case: "St. Anvik Harbour
    # Commissioner Ines Ruiz opened it").
    shouting = capitals(window) or title_case(line, least=6, share=0.9)
    taken: list[str] = []
    tokens = _TOKEN.findall(window)
    for at in range(len(tokens) - 1, -1, -1):
        token = tokens[at]
        lowered = token.lower().rstrip(".")
        if token.endswith(".") and len(lowered) > 2 and "." not in lowered and not token.isupper() \
                and lowered not in _ABBREVIATED:
            break  # "… in Kyiv. Ukrainian President", "… met the King. Prime Minister": a sentence ended
            # ("Gen.", "Supt.", "St.", "U.S." are no ends)
        capital = token[:1].isupper() and not shouting
        if len(taken) >= LONGEST or not (capital or lowered in ROLE_WORDS or lowered in _QUALIFIERS or lowered == "of"):
            break
        if token in _ALSO_VERBS and _verb_follows(tokens[:at]):
            break  # a verb: what it governs is the role, if anything ("will head Lee's team")
        taken.append(token)
    taken.reverse()
    while len(taken) > 1 and taken[-1].lower().rstrip(".") in _HONORIFICS and taken[-2].lower() == "of":
        taken.pop()  # "head of Mr Vell's office": the honorific is the name's, and "head of" completes nothing
    if taken and (taken[-1].lower() == "of" or taken[-1].lower().endswith(("'s", "’s"))):
        return None  # "head of Westmark", "the Governor's Westmark plan": the name completes or is owned, holds nothing
    while taken and (taken[0].lower() == "of" or taken[0].lower() in _FUNCTION_WORDS):  # "As President": a sentence's opening
        taken.pop(0)
    words = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in taken]
    roles = [i for i, word in enumerate(words) if word in ROLE_WORDS]
    if not roles or all(word in _HONORIFICS for word in words):
        return None
    end = roles[-1] + 1  # a role ends with its role word, or its "of" part ("Secretary of Defense"),
    if end < len(words) and words[end] != "of":  # right before the name: "Rep. Ann Lee's Twitter" is hers, not its
        return None
    while taken and taken[0].lower().rstrip(".") in _HONORIFICS:  # "Dr Defense Secretary": the role is after it
        taken.pop(0)
    return " ".join(taken) or None


def _verb_follows(before: list[str]) -> bool:
    """Do these words end in "to" or a modal, after which a word is a verb ("will head",
    "to chair"; not "according to")?"""
    last = before[-1].lower() if before else ""
    if last not in _BEFORE_VERB and not last.endswith(("'ll", "’ll")):
        return False
    return not (last == "to" and len(before) > 1 and before[-2].lower() == "according")


# A role set off by commas after a name ('Ana Vell, the Harwick spokeswoman, said', 'Ana Vell, 45, the
# chief executive of Harwick, said') or before it ('The Harwick spokeswoman, Ana Vell, said')
_SET_AFTER = re.compile(r",(?:\s*\d{1,3},)?\s+(?:the|a|an)\s+(?P<role>[^,.;:!?\"“”()\n]{2,60}?)\s*(?=[,.;:]|$)")
_SET_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an)\s+(?P<role>[^,.;:!?\"“”()\n]{2,60}?),\s*$", re.IGNORECASE)
_OWNING = frozenset("of its his her their our".split())
_OWNER = re.compile(r"^(?P<held>.*?\b(?P<word>[\w-]+))(?:\s+(?:of|for|at)\s+(?:the\s+)?(?P<owner>(?:[A-Z][\w'’&.-]*\s*){1,5}))?$")


def role_beside(text: str, start: int, end: int) -> str | None:
    """The role set off by commas beside the name at text[start:end] ('the Kremlin spokesman',
    'a spokeswoman for Harwick Foods' → 'spokeswoman for Harwick Foods'), when it ends with a role
    word or with one and whose it is; None for any other phrase ('a city in …', 'the son of …')."""
    line_end = text.find("\n", end)
    after = _SET_AFTER.match(text, end, line_end if line_end >= 0 else len(text))
    before = _SET_BEFORE.search(text, max(0, start - 80), start) if text[end:end + 1] == "," else None
    for found in (after, before):
        if found is None:
            continue
        words = found.group("role").split()
        while len(words) > 1 and words[0].islower() and not role_word(words[0]) and words[0] not in _QUALIFIERS \
                and words[1][:1].isupper():
            words.pop(0)  # "the crestfallen France coach", "a rare US nominee": the role is "France coach"
        if len(words) > 1 and words[0].islower() and words[0].endswith(("'s", "’s")):
            words.pop(0)  # "the club's managing director": whose is said before, the role is what follows
        owned = _OWNER.fullmatch(" ".join(words))
        if owned is None or len(words) > LONGEST or not role_word(owned.group("word").lower()) or any(
                w.lower() in _FUNCTION_WORDS | _OWNING for w in owned.group("held").split()):
            continue  # not "the political ambitions of its founder"
        return " ".join(words)
    return None

