"""What the coverage calls a person: the role written before their name ("Kremlin
spokesman Dmitry Peskov", "Secretary of Defense Pete Hegseth", "Ukrainian President
Volodymyr Zelenskyy").  A role is the run of capitalised words and role words right
before the name, in the same sentence, that holds at least one role word; an
honorific alone ("Mr", "Dr") is not a role."""

from __future__ import annotations

import re

from .titles import TITLES

__all__ = ["role_before", "ROLE_WORDS"]

_HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady rev reverend".split())
_QUALIFIERS = frozenset("former acting late deputy vice".split())  # part of a role, never one alone
ROLE_WORDS = (TITLES - _HONORIFICS - _QUALIFIERS) | frozenset("""spokesman spokeswoman spokesperson analyst economist correspondent
official executive director head envoy strategist adviser advisor aide negotiator lawmaker candidate nominee
founder owner editor manager president""".split())
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
LONGEST = 6  # words


def role_before(text: str, start: int) -> str | None:
    """The role written just before the name that starts at `start`, or None."""
    window = text[max(0, start - 100):start]
    if "\n" in window:
        window = window[window.rfind("\n") + 1:]
    tokens = _TOKEN.findall(window)
    taken: list[str] = []
    for token in reversed(tokens):
        lowered = token.lower().rstrip(".")
        if len(taken) >= LONGEST or not (token[:1].isupper() or lowered in ROLE_WORDS or lowered in _QUALIFIERS
                                         or lowered == "of"):
            break
        taken.append(token)
    taken.reverse()
    while taken and taken[0].lower() == "of":
        taken.pop(0)
    words = [w.lower().rstrip(".").removesuffix("'s").removesuffix("’s") for w in taken]
    if not any(word in ROLE_WORDS for word in words) or all(word in _HONORIFICS for word in words):
        return None
    while taken and taken[0].lower().rstrip(".") in _HONORIFICS:  # "Dr Defense Secretary": the role is after it
        taken.pop(0)
    return " ".join(taken) or None
