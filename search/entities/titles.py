"""Titles, ranks and honorifics: words before a person's name that are not part of it
("President", "Secretary of Defense", "Mr").  Stripped from people's names only: in an
organisation's name the same words are its own ("General Motors", "State Department",
"First City Bank")."""

from __future__ import annotations

__all__ = ["TITLES", "PERSONAL_TITLES", "PERSON_ROLES", "OFFICERS", "SUFFIXES", "title_length"]

# A firm's officers: titles that stand only before a person, and "of" after one names the
# firm ("CEO of Orlen"), never a department.
OFFICERS = frozenset("ceo coo cfo cto".split())

TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president vice premier prime minister secretary chancellor
    king queen prince princess pope senator sen rep representative gov governor mayor general gen colonel
    col lt lieutenant admiral adm commander captain capt sgt sergeant judge justice chief ambassador envoy
    spokesman spokeswoman spokesperson leader coach deputy defense defence state foreign interior
    finance treasury former acting late rev reverend father sheikh emir ayatollah speaker attorney
    first lady commissioner chairman chairwoman chair executive officer director
    const constable det detective insp inspector supt superintendent maj cpl corporal pvt cmdr cardinal
    sheriff archbishop rabbi mp mep msp""".split()
) | OFFICERS

# Titles that stand only before a person, never before a firm or a department (not "General",
# "State", "Chief", "Justice"): the name right after one is a person's.
PERSONAL_TITLES = frozenset(
    """mr mrs ms miss dr sir dame lord lady president senator sen rep representative gov governor mayor judge
    ambassador king queen prince princess pope sheikh emir ayatollah minister premier chancellor cardinal
    sheriff archbishop rabbi mp mep msp""".split()
) | OFFICERS


# Roles written in lower case before a name that only a person holds ("said analyst Ann Lee", "chief
# operating officer Ann Lee"); not "owner", "leader", "manager", "nominee", which a firm or a show may be.
PERSON_ROLES = frozenset("""analyst economist spokesman spokeswoman spokesperson correspondent strategist adviser
    advisor aide negotiator lawmaker candidate chairman chairwoman officer commissioner envoy editor columnist
    reporter""".split())


# What follows a name and is no name alone: "Martin Luther King Jr." is no King named "Jr.".
SUFFIXES = frozenset("jr sr ii iii iv".split())


def title_length(words: list[str]) -> int:
    """How many of the leading `words` (lower case, without trailing dots and commas) are
    a title: 0 when none; never all of them (a name is left, and more than a suffix)."""
    titled = [i for i, word in enumerate(words[:5]) if word in TITLES and i < len(words) - 1
              and not all(after in SUFFIXES for after in words[i + 1:])]
    if not titled:
        return 0
    first = titled[-1] + 1
    if first < len(words) - 1 and words[first] == "of":  # "Secretary of Defense Pete Hegseth"
        if words[first - 1] in OFFICERS:
            return 0  # "CEO of Orlen Steel": an officer's title and the firm, no person
        first += 1
        while first < len(words) - 1 and words[first] in TITLES:
            first += 1
    return first
