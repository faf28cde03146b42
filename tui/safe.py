"""Text from articles on its way to the screen: always a rich Text (never markup),
and without control characters even if something upstream missed them."""

from __future__ import annotations

from rich.text import Text

from search.text import displayable

__all__ = ["plain", "one_line"]


def plain(text: str | None, style: str = "") -> Text:
    return Text(displayable(text or ""), style=style, end="")


def one_line(text: str | None, style: str = "") -> Text:
    return plain(" ".join((text or "").split()), style)
