"""The search field: up and down walk back through recent queries, as in a shell."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.binding import Binding
from textual.widgets import Input

__all__ = ["SearchField"]


class SearchField(Input):
    BINDINGS = [
        Binding("up", "history(1)", "Older query", show=False, id="search.older"),
        Binding("down", "history(-1)", "Newer query", show=False, id="search.newer"),
    ]

    def __init__(self, recent: Callable[[], Sequence[str]], **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.recent = recent  # newest first
        self.step = -1  # -1: what the user is typing; 0: the newest recent query ...
        self.draft = ""
        self._walked: Sequence[str] = ()
        self._shown: str | None = None  # the value the walk put in the field

    def action_history(self, direction: int) -> None:
        if self.step == -1:
            self._walked = [q for q in self.recent() if q != self.value]
            self.draft = self.value
        target = max(-1, min(len(self._walked) - 1, self.step + direction))
        if target == self.step:
            return
        self.step = target
        self.value = self._shown = self.draft if target == -1 else self._walked[target]
        self.cursor_position = len(self.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.value != self._shown:  # edited by hand: the next walk starts afresh
            self.step = -1

    def forget_walk(self) -> None:
        """Typing or submitting starts the next walk from the newest query again."""
        self.step = -1

