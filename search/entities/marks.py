"""Where quotations are in a text, read from their marks.

Quotation marks are read by their direction: a straight mark after a space opens a
quotation, one after a word closes it, so a quote whose closing mark was lost (a
paragraph break gone) ends where the next one opens instead of swapping what is quoted
and what is not.  A paragraph that opens with a mark while a quotation is open goes on
with it, as news sets one speech over several paragraphs.
"""

from __future__ import annotations

import re

__all__ = ["quotation_spans"]

_OPEN_CURLY, _CLOSE_CURLY, _STRAIGHT = "“", "”", '"'

_MARK_OR_BREAK = re.compile("[“”\"]|\n\n")
# A single opening mark at a word's start, before a letter: where a quotation closed by a
# double mark opened, when nothing else opened it (a drop capital's mark set as the wrong
# one: '…private rented homes ‘It feels like a dream,” says Ann Lee').
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(—–-]))‘(?=[^\W\d_])")
_SINGLE_CLOSING = re.compile(r"’(?![^\W_])")  # not an apostrophe: no letter after it


def quotation_spans(body: str) -> list[tuple[int, int, bool]]:
    """(start, end, cut) of the text inside each quotation, across paragraphs if needed;
    `cut`: it lost its closing mark where the next quotation opens (the paragraph break
    between them gone: '…the house. "Some exhibitors …," said Joseph')."""
    found: list[tuple[int, int, bool]] = []
    n = len(body)
    opened: int | None = None  # where the text of the open quotation starts
    runs_on = -1  # a paragraph that opens with a mark continues the open quote: that mark opens nothing
    after_last = 0  # where the text after the last mark or paragraph break starts
    for mark in _MARK_OR_BREAK.finditer(body):
        i, since, after_last = mark.start(), after_last, mark.end()
        if mark.group() == "\n\n":
            if opened is not None:
                if mark.end() < n and body[mark.end()] in _OPEN_CURLY + _STRAIGHT:
                    runs_on = mark.end()
                else:
                    opened = None  # it never closed: not a quotation we can trust
            continue
        if i == runs_on:
            continue
        before = body[i - 1] if i > 0 else " "
        after = body[i + 1] if i + 1 < n else " "
        opens = mark.group() == _OPEN_CURLY or (mark.group() == _STRAIGHT and not after.isspace()
                                                  and not before.isalnum())  # 12" is inches
        # A straight mark closes after a word, or between spaces ('nine years... " Hailey recalled').
        closes = mark.group() == _CLOSE_CURLY or (mark.group() == _STRAIGHT and (not before.isspace() or after.isspace()))
        if opened is None:
            if opens:
                opened = i + 1
            elif closes and (single := _single_opening(body, since, i)) is not None:
                found.append((single, i, False))
        elif opens and not closes:  # a new quote opens: the open one lost its closing mark
            if body[opened:i].strip():
                found.append((opened, len(body[:i].rstrip()), True))
            opened = i + 1
        elif closes:
            if body[opened:i].strip():
                found.append((opened, i, False))
            opened = None
    return found


def _single_opening(body: str, start: int, end: int) -> int | None:
    """Where the text of a quotation closed at `end` by a double mark opened with a
    single one, in body[start:end] (no other mark or paragraph break between): the
    first single opening mark after the last single closing one, or None."""
    closing = [m.end() for m in _SINGLE_CLOSING.finditer(body, start, end)]
    opening = _SINGLE_OPENING.search(body, closing[-1] if closing else start, end)
    return opening.end() if opening and body[opening.end():end].strip() else None
