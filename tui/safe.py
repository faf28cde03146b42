"""Text from articles on its way to the screen: always a rich Text (never markup),
and without control characters even if something upstream missed them."""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text
from textual.dom import DOMNode

from search.text import displayable

__all__ = ["plain", "one_line", "tell"]


def plain(text: str | None, style: str | Style = "") -> Text:
    return Text(displayable(text or ""), style=style, end="")


def one_line(text: str | None, style: str | Style = "") -> Text:
    return plain(" ".join((text or "").split()), style)


def tell(node: DOMNode, message: str, **options: Any) -> None:
    """A notification, never markup; paths and ids in it come from file names, so no raw controls."""
    node.app.notify(displayable(message), markup=False, **options)
