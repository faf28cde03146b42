"""The shapes the same article arrives in, for checking that reading does not depend on
them: hard-wrapped at a width, without blank lines, with indented paragraph starts,
one paragraph per line, CRLF, trailing spaces, with a table, as a text-mode browser's
dump of the page, wrapped with lines broken after hyphens.  Used by the tests and `python -m bench.reading`; nothing here is
on the reading path."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

__all__ = ["SHAPES", "reshape", "split_article"]


def split_article(text: str) -> tuple[str, list[str]]:
    """The first line (a headline, in the corpora we reshape) and the paragraphs after it."""
    lines = text.replace("\r\n", "\n").split("\n")
    head = lines[0].strip()
    rest = "\n".join(lines[1:])
    paragraphs = [" ".join(p.split()) for p in rest.split("\n\n") if p.strip()]
    return head, paragraphs


def _wrap(paragraphs: list[str], width: int, indent: str = "", first: str = "",
          at_hyphens: bool = False) -> list[list[str]]:
    return [textwrap.wrap(p, width, initial_indent=first or indent, subsequent_indent=indent,
                          break_long_words=False, break_on_hyphens=at_hyphens) or [p] for p in paragraphs]


def _wrapped(head: str, paragraphs: list[str], width: int) -> str:
    return head + "\n\n" + "\n\n".join("\n".join(lines) for lines in _wrap(paragraphs, width)) + "\n"


def _at_hyphens(head: str, paragraphs: list[str], width: int) -> str:
    """Wrapped as most editors and mailers wrap, breaking a line after a word's hyphen
    ("Jean-" over "Pierre")."""
    return head + "\n\n" + "\n\n".join("\n".join(lines) for lines in _wrap(paragraphs, width, at_hyphens=True)) + "\n"


def _no_blank_lines(head: str, paragraphs: list[str], width: int) -> str:
    return head + "\n" + "\n".join(line for lines in _wrap(paragraphs, width) for line in lines) + "\n"


def _indented(head: str, paragraphs: list[str], width: int) -> str:
    """Newswire as distributed: body two spaces in, paragraph starts six, no blank lines."""
    return head + "\n" + "\n".join(line for lines in _wrap(paragraphs, width, "  ", "      ") for line in lines) + "\n"


def _one_per_line(head: str, paragraphs: list[str], width: int) -> str:
    return head + "\n" + "\n".join(paragraphs) + "\n"


def _crlf(head: str, paragraphs: list[str], width: int) -> str:
    return (head + "\n\n" + "\n\n".join(paragraphs) + "\n").replace("\n", "\r\n")


def _trailing_spaces(head: str, paragraphs: list[str], width: int) -> str:
    return "\n".join(line + "   " for line in _wrapped(head, paragraphs, width).split("\n"))


def _table(head: str, paragraphs: list[str], width: int) -> str:
    table = ["Figures              2004        2005", "Sales (m)           1,204       1,356",
             "Profit (m)            310         352"]
    middle = len(paragraphs) // 2  # a table stands inside an article, between its paragraphs
    return head + "\n\n" + "\n\n".join(paragraphs[:middle] + ["\n".join(table)] + paragraphs[middle:]) + "\n"


def _browser_dump(head: str, paragraphs: list[str], width: int) -> str:
    """As `lynx -dump` prints a page: menu items, indented wrapped text, numbered links."""
    menu = ["   * [1]Home", "   * [2]News", "   * [3]Sport", "   * [4]Weather", ""]
    body = "\n\n".join("\n".join(lines) for lines in _wrap(paragraphs, width, "   "))
    links = ["References", "", "   1. https://example.org/", "   2. https://example.org/news",
             "   3. https://example.org/sport", "   4. https://example.org/weather"]
    return "\n".join(menu) + "\n" + head + "\n\n" + body + "\n\n" + "\n".join(links) + "\n"


SHAPES: dict[str, Callable[[str, list[str], int], str]] = {
    "wrapped": _wrapped, "wrapped, no blank lines": _no_blank_lines, "indented, no blank lines": _indented,
    "one paragraph per line": _one_per_line, "CRLF": _crlf, "trailing spaces": _trailing_spaces,
    "with a table": _table, "text browser dump": _browser_dump, "broken at hyphens": _at_hyphens,
}


def reshape(text: str, shape: str, width: int = 70) -> str:
    """The article `text` (headline on its first line) in another shape."""
    head, paragraphs = split_article(text)
    return SHAPES[shape](head, paragraphs, width)
