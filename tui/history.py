"""The articles opened in the reader, for back and forward (as in a browser)."""

from __future__ import annotations

__all__ = ["History"]


class History:
    def __init__(self) -> None:
        self.opened: list[str] = []
        self.place = -1

    def visit(self, article_id: str) -> None:
        """An article opened from the list or a link: forward history is dropped."""
        del self.opened[self.place + 1:]
        if not self.opened or self.opened[-1] != article_id:
            self.opened.append(article_id)
        self.place = len(self.opened) - 1

    @property
    def can_go_back(self) -> bool:
        return self.place > 0

    def back(self) -> str | None:
        if self.place <= 0:
            return None
        self.place -= 1
        return self.opened[self.place]

    def forward(self) -> str | None:
        if self.place >= len(self.opened) - 1:
            return None
        self.place += 1
        return self.opened[self.place]
