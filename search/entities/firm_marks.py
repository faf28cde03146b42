"""Whether an article writes a name as a body's: a paper's, an agency's or a firm's.

The text may say so ("the newspaper Granma", "retailer Orlen", "Vell, a consulting
firm in Ohio"), or say what only a company has: a person has no shares that move, no
share price, no chief executive and no founder, so "shares of Vell Mae", "Vell Mae
shares fell", "Vell Mae's chief executive" and "Vell Mae founder Ann Lee" say Vell Mae
is a firm, however like a woman's name it reads (the tagger, given the headline "Fannie
Mae, Freddie Mac stocks fall", takes two people).  The marks are words of the market
and of a firm's offices, not names: they hold for any firm, one never seen before too.
In BBC's 2,225 full texts they mark 16 names the tagger typed as people, all firms.

Left out, because a person has them too: shares, stock and stakes ("Ann Vell's shares
in Orlen"), earnings, sales, revenue, investors, employees, a spokesman, a board, a
parent, headquarters, a platform (a politician's), subscribers (a YouTuber's); and "X
shares" before anything but a move of the price ("Ann Vell shares her story").
"""

from __future__ import annotations

import re

from ..article import Mention

__all__ = ["written_as_firm", "called_a_body"]

# How a price moves, in a headline or in prose: "shares fell", "Stocks Tumble"
# (finite verbs only: "Ann Vell Shares Rising Star's Photo" is a Title Case headline's verb)
_MOVES = (r"rise|rises|rose|risen|fall|falls|fell|fallen|jump|jumps|jumped|slide|slides|slid|drop|drops|dropped|"
          r"climb|climbs|climbed|tumble|tumbles|tumbled|soar|soars|soared|surge|surges|surged|plunge|plunges|"
          r"plunged|gain|gains|gained|sink|sinks|sank|rally|rallies|rallied|slump|slumps|slumped|dip|dips|dipped|"
          r"tank|tanks|tanked|slip|slips|slipped|sag|sags|sagged|plummet|plummets|plummeted|skyrocket|skyrockets|"
          r"skyrocketed|rebound|rebounds|rebounded|crash|crashes|crashed|closed|ended|opened|traded")
# Offices and figures only a company has, after its possessive: "Vell's chief executive", "Vell's IPO"
# (not shares, stock or a stake, which a person holds: "Ann Vell's shares in Orlen")
_OWN = (r"share price|stock price|shareholders|stockholders|chief executive|chief financial officer|"
        r"chief operating officer|chief technology officer|CEO|CFO|COO|CTO|co-founder|cofounder|founder|founders|"
        r"board of directors|market value|market capitali[sz]ation|valuation|IPO|initial public offering|"
        r"stock market debut|subsidiary|subsidiaries|parent company|quarterly (?:results|earnings|profit|loss)")
# A second firm beside it: "Vell Mae, Orlen Mac stocks fall", "shares of Orlen and Vell"
_NAMED = r"[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3}"
_AND = r"(?:,|,?[ \t]+and|[ \t]+&)[ \t]+"
_AFTER = re.compile(
    rf"(?:['’]s?[ \t]+(?i:{_OWN})\b"  # "Vell's chief executive", "Vells' founders"
    rf"|(?:{_AND}{_NAMED})?[ \t]+(?i:shares?|stocks?|stock[ \t]+price|share[ \t]+price)[ \t]+(?i:{_MOVES})\b"
    r"|[ \t]+(?i:CEO|chief executive|co-founder|cofounder|founder|chairman and chief executive)"
    r"[ \t]+[A-Z][\w'’-]*[ \t]+[A-Z])")  # "Vell CEO Ann Lee", "Vell founder Ann Lee" (a full name after)
# "shares of Vell", "a stake in Vell", "a unit of Vell"
_BEFORE = re.compile(r"\b(?i:shares|stock|stake|stakes|shareholders|stockholders)[ \t]+(?i:of|in)[ \t]+(?:the[ \t]+)?"
                     rf"(?:{_NAMED}{_AND})?$"
                     r"|\b(?i:a|the)[ \t]+(?i:unit|subsidiary|division)[ \t]+of[ \t]+$")

_POSSESSIVE = re.compile(r"['’]")

# "the official newspaper Granma", "Interfax news agency": a paper or an agency, not a person (but
# "broadcaster Jeremy Vine" is one; and "Rolling Stone magazine" says nothing of Oliver Stone)
_MEDIUM_BEFORE = re.compile(r"\b(?:newspaper|daily|weekly|tabloid|magazine|news agency)[ \t]+$", re.IGNORECASE)
_MEDIUM_AFTER = re.compile(r"[ \t]+(?:newspaper|daily|weekly|tabloid|magazine|news agency)\b", re.IGNORECASE)
# "retailer Orlen", "mortgage lenders Vell": a kind of firm in lower case right before a name (not
# "company", "firm", "bank": "the company Ann Lee founded"; nor "maker", "publisher", "broadcaster")
_FIRMS = (r"(?:retailer|automaker|carmaker|drugmaker|chipmaker|lender|insurer|airline|conglomerate|startup|start-up|"
          r"manufacturer|supplier|miner|refiner)")
_FIRM_BEFORE = re.compile(rf"\b{_FIRMS}(?P<plural>s)?[ \t]+$"  # and the second of two: "lenders Orlen and Vell"
                          rf"|\b{_FIRMS}s[ \t]+[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){{0,3}},?[ \t]+and[ \t]+$")
# "Gordon Vell, a public accounting and consulting firm in …": set off after the name (not "a firm
# believer", "a company director", "a member of the group")
_FIRM_SET_OFF = re.compile(r",[ \t]+(?:a|an)[ \t]+(?:(?!of\b)[\w-]+[ \t]+){0,6}?(?:company|firm|corporation|chain|"
                           r"retailer|lender|insurer|airline|manufacturer|supplier|startup|start-up|conglomerate|"
                           r"charity|nonprofit|non-profit|organi[sz]ation)(?=[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:in|based|"
                           r"that|which|with|whose|founded|owned|run|headquartered)\b)")
_AND_NAME = re.compile(r",?[ \t]+and[ \t]+[A-Z]")  # a plural before the first of two names
_OPENED = re.compile(r"\b(?:the|a|an|this|that)[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE)


def written_as_firm(text: str, mention: Mention) -> bool:
    """Whether `text` writes the name of `mention` as a firm's right where it stands."""
    if _AFTER.match(text, mention.end):
        return True
    return bool(_BEFORE.search(text, max(0, mention.start - 80), mention.start)) \
        and not _POSSESSIVE.match(text, mention.end)  # "shares in Ann Vell's firm": the firm's


def called_a_body(text: str, mention: Mention) -> bool:
    """Whether the text calls the name a paper, an agency or a kind of firm (the last only
    when no article opens the phrase: "the airline Ann Vell sued" may go on as a clause),
    or writes it as a firm."""
    kind = _FIRM_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    if kind and kind.group("plural") and not _AND_NAME.match(text, mention.end):
        kind = None  # "illegal miners Ana Vell's": a standfirst run on into the text
    return bool(_MEDIUM_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                or kind and not _OPENED.search(text, max(0, kind.start() - 30), kind.start())
                or _MEDIUM_AFTER.match(text, mention.end) or _FIRM_SET_OFF.match(text, mention.end)
                or written_as_firm(text, mention))
