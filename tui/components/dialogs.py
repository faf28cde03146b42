"""Small modal questions: a line of text (a name, a path), yes or no, and the menu
of saved searches (number keys run one)."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from search.state import SavedSearch

from ..safe import one_line, plain

__all__ = ["Prompt", "Confirm", "SavedSearches"]


class Prompt(ModalScreen[str | None]):
    """Ask for one line; enter answers it, escape cancels (None)."""

    AUTO_FOCUS = "#prompt-input"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="prompt.cancel")]

    def __init__(self, question: str, value: str = "", hint: str = "") -> None:
        super().__init__()
        self.question, self.value, self.hint = question, value, hint

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(id="prompt", classes="dialog"):
            yield Static(one_line(self.question, "bold"))
            yield Input(value=self.value, id="prompt-input")
            yield Static(plain(self.hint, "dim"), id="prompt-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.dismiss(event.value.strip())


class Confirm(ModalScreen[bool]):
    """A yes/no question: y or enter says yes; n or escape says no."""

    BINDINGS = [
        Binding("y,enter", "dismiss(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "dismiss(False)", "No", id="confirm.no"),
    ]

    def __init__(self, question: str, detail: str = "") -> None:
        super().__init__()
        self.question, self.detail = question, detail

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(id="confirm", classes="dialog"):
            yield Static(one_line(self.question, "bold"))
            yield Static(plain(self.detail))  # a URL or path, shown exactly but inert
            yield Static(Text("y / enter: yes    n / esc: no", style="dim"))


class SavedSearches(ModalScreen[SavedSearch | None]):
    """The saved searches: enter or 1-9 runs one, delete forgets the highlighted one."""

    AUTO_FOCUS = "#saved-options"
    COMPONENT_CLASSES = {"saved-searches--number"}
    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close", id="saved.close"),
        Binding("delete,d", "forget", "Forget", id="saved.forget"),
        *[Binding(str(n), f"run({n - 1})", f"Run saved search {n}", show=False, id=f"saved.run_{n}")
          for n in range(1, 10)],
    ]

    def __init__(self, searches: list[SavedSearch], forget: Callable[[str], None]) -> None:
        super().__init__()
        self.searches = list(searches)
        self.forget = forget  # called with a name when the user forgets one

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(id="saved", classes="dialog"):
            yield Static(Text("Saved searches (enter or 1-9 runs one, d forgets it, esc closes)", style="bold"))
            yield OptionList(id="saved-options")

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        options = self.query_one("#saved-options", OptionList)
        options.clear_options()
        for number, search in enumerate(self.searches, 1):
            label = Text(f"{number if number < 10 else ' '} ",
                         style=self.get_component_rich_style("saved-searches--number", partial=True))
            label.append_text(one_line(search.name, "bold"))
            label.append("  ")
            label.append_text(one_line(search.describe(), "dim"))
            options.add_option(Option(label, id=str(number - 1)))
        if not self.searches:
            options.add_option(Option(Text("nothing saved yet: ctrl+s saves the current search", style="dim"),
                                      disabled=True))
        elif options.highlighted is None:
            options.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.action_run(int(event.option.id))

    def action_run(self, number: int) -> None:
        if 0 <= number < len(self.searches):
            self.dismiss(self.searches[number])

    def action_forget(self) -> None:
        options = self.query_one("#saved-options", OptionList)
        number = options.highlighted
        if number is None or not 0 <= number < len(self.searches):
            return
        gone = self.searches.pop(number)
        self.forget(gone.name)
        self._fill()
        if self.searches:
            options.highlighted = min(number, len(self.searches) - 1)
