"""A firm's registered name: a legal form written after a name ("Orlen, Inc.", "Harwick
Steel Corp.", "Vell Company, Inc.") says the name is a company's, whatever the tagger
made of it (a Title Case headline's "Netflix" or "J.C. Penney" reads like a person's
name to it).  The mention runs on over the legal form, written without the comma, and
is an organisation; so is every other mention of the same name in the article.  A
stock ticker in brackets after it ("(JCP)", "(NYSE: JCP)", "<JCP>") is another name of
that firm.

Only the unambiguous forms count: "SA", "AB" or "NV" after a comma are as often a
country, a province or a state ("Calgary, AB").  A firm named after its founder keeps
the possessive when the words after it are common words, not a name of their own
("Marl's Sporting Goods Inc", where the tagger saw a person "Marl" and a firm "Sporting
Goods Inc", and "Marl's Sporting Goods (MSG)" where it saw "Marl" alone); a person's
firm ("Lanner's Orlenco Inc", "Ann Lanner's News Corp") and a country's ("Britain's
Harwick Steel plc") keep the two apart.  A place is no firm: "UK plc" is the country's
business.
"""

from __future__ import annotations

import re
from collections import Counter

from ..article import Mention
from .countries import country_of
from .gazetteer import in_gazetteer
from .names import fold
from .places import is_place
from .vocabulary import lowercase_words

__all__ = ["registered_firms", "firm_names"]

_FORM = r"(?:(?i:inc|incorporated|corp|corporation|ltd|plc|llc|llp|gmbh)|Limited|LIMITED)\.?"  # "limited", "co": words
_COMPANY = r",?[ \t]+(?:Company|COMPANY|Co\.?)"  # before a form: "Vell Company, Inc."
_LEGAL_AFTER = re.compile(rf"(?:['’]s)?(?:{_COMPANY}(?=,?[ \t]+{_FORM}))?,?[ \t]+{_FORM}(?![\w-])"
                          rf"|(?:['’]s)?[ \t]+Co\.?(?![\w.-])")
_FORM_AT_END = re.compile(rf"(?:{_COMPANY})?,?[ \t]+{_FORM}$|[ \t]+Co\.?$")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][A-Za-z]+)['’][sS][ \t]+$")
_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*[ \t]+$")  # "Ann Lanner's": a person named in full
_TICKER = re.compile(r"\.?[ \t]*(?:\((?P<market>[A-Za-z]{2,8}[ \t]*:[ \t]*)?([A-Z][A-Z0-9.]{0,5})\)"
                     r"|<([A-Z][A-Z0-9.]{0,5})>)")  # agency copy writes "Orlen Corp <ORL>"
# A founder's possessive and common words, then a legal form or a ticker: "Marl's Sporting Goods (MSG)"
_FOUNDED_AFTER = re.compile(rf"['’][sS](?P<words>(?:[ \t]+[A-Z][A-Za-z]+){{1,3}})(?:,?[ \t]+{_FORM}(?![\w-])"
                            r"|(?=[ \t]*\((?:[A-Za-z]{2,8}[ \t]*:[ \t]*)?[A-Z]{2,5}\)))")


def _a_place(mention: Mention) -> bool:
    """Whether a mention is a place's, which a legal form after it does not make a firm
    ("UK plc", "Japan Inc": the country's business)."""
    name = mention.text
    return mention.type == "LOC" and (is_place(name) or country_of(name) is not None or in_gazetteer(fold(name))
                                      or name.isupper())


def _written(span: str) -> str:
    """A firm's name as a name is written: no comma before its legal form, one space, no
    full stop after it."""
    return " ".join(span.replace(",", " ").split()).removesuffix(".")


def _founders_firm(text: str, mention: Mention, named: set[str]) -> int | None:
    """Where the firm's name starts when a founder's possessive opens it, else None."""
    before = _POSSESSIVE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if before is None:
        return None
    owner = before.group(1)
    words = fold(mention.text).split()[:-1] or fold(mention.text).split()
    in_full = _NAME_BEFORE.search(text, max(0, before.start(1) - 30), before.start(1))
    if fold(owner) in named or in_full or is_place(owner) or in_gazetteer(fold(owner)) \
            or not all(word in lowercase_words() for word in words):
        return None
    return before.start(1)


def _founded(text: str, mention: Mention, words: Counter[str]) -> re.Match[str] | None:
    """The rest of a founder's firm the tagger left untagged after the founder's name:
    "Marl" + "'s Sporting Goods, Inc." or "'s Sporting Goods (MSG)"; not when another of the
    article's names holds the word ("Ann Marl said": Marl is a person). `words`: how many
    of the article's names hold each word."""
    after = _FOUNDED_AFTER.match(text, mention.end)
    if after is None or " " in mention.text.strip() or words[fold(mention.text)] > 1 or is_place(mention.text) \
            or in_gazetteer(fold(mention.text)) \
            or not all(word in lowercase_words() for word in fold(after.group("words")).split()):
        return None
    return after


def registered_firms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each firm's legal form taken in, and every mention of a firm's
    name made an organisation's."""
    firms: set[str] = set()
    found: list[Mention] = []
    words = Counter(word for mention in mentions for word in fold(mention.text).split())
    for mention in mentions:
        if found and mention.start < found[-1].end:
            continue  # the legal form the tagger took for a name of its own ("Inc")
        form = _LEGAL_AFTER.match(text, mention.end) or _founded(text, mention, words)
        end = form.end() if form else mention.end
        if form is None and not _FORM_AT_END.search(mention.text) or _a_place(mention):
            found.append(mention)
            continue
        mention = Mention(mention.start, end, _written(text[mention.start:end]), "ORG")
        firms |= {fold(mention.text), fold(_FORM_AT_END.sub("", mention.text))}
        found.append(mention)
    if not firms:
        return mentions
    owners = {n for n, (m, after) in enumerate(zip(found, found[1:]))
              if fold(after.text) in firms and re.fullmatch(r"['’][sS][ \t]+", text[m.end:after.start])}
    named = {word for n, m in enumerate(found) if n not in owners and fold(m.text) not in firms
             for word in fold(m.text).split()}
    kept: list[Mention] = []
    for mention in found:
        key = fold(mention.text)
        if key in firms and (start := _founders_firm(text, mention, named)) is not None:
            mention = Mention(start, mention.end, _written(text[start:mention.end]), "ORG")
            while kept and kept[-1].start >= start:
                kept.pop()  # the founder's name, now inside the firm's
        elif key in firms:
            mention = Mention(mention.start, mention.end, mention.text, "ORG")
        kept.append(mention)
    return kept


def firm_names(text: str, mentions: list[Mention]) -> dict[str, str]:
    """Other names of a firm in the article: a registered firm's name without the legal
    form, and a stock ticker (or any short form) in brackets after an organisation's name
    ("Vell Company Inc (VLC)", "Orlen (NYSE: ORL)", "Orlen <ORL>"), each key -> the firm's
    registered name's key, or its name's."""
    registered = {fold(m.text) for m in mentions if m.type == "ORG" and _FORM_AT_END.search(m.text)}
    found = {fold(_FORM_AT_END.sub("", m.text)): fold(m.text) for m in mentions if fold(m.text) in registered}
    for mention in mentions:
        ticker = _TICKER.match(text, mention.end)
        symbol = ticker and (ticker.group(2) or ticker.group(3))
        stop = ticker is not None and ticker.group().startswith(".")  # "Orlen Inc. (ORL)", not "the UN. (AP)"
        if mention.type == "ORG" and ticker is not None and symbol != mention.text \
                and (not stop or fold(mention.text) in registered):
            found[fold(symbol)] = found.get(fold(mention.text), fold(mention.text))
    return found
