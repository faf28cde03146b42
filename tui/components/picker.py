"""The actor picker (a): type a few letters; the library's lookup ranks every actor."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from search import ActorCount
from search.entities.lookup import lookup

from ..safe import one_line

__all__ = ["ActorPicker"]

_KINDS = {"PER": "person", "ORG": "organisation", "LOC": "place"}


class ActorPicker(ModalScreen[str | None]):
    AUTO_FOCUS = "#picker-input"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel", id="picker.cancel")]

    def __init__(self, actors: list[ActorCount]) -> None:
        super().__init__()
        self.actors = actors

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(id="picker"):
            yield Input(placeholder="actor name", id="picker-input")
            yield OptionList(id="picker-options")

    def on_mount(self) -> None:
        self._fill("")

    def _fill(self, typed: str) -> None:
        options = self.query_one("#picker-options", OptionList)
        options.clear_options()
        if typed.strip():
            for actor in lookup(typed, self.actors):
                options.add_option(self._option(actor))
        else:
            for actor in self.actors[:30]:
                options.add_option(self._option(actor))
        if options.option_count:
            options.highlighted = 0

    def _option(self, actor: ActorCount) -> Option:
        line = one_line(actor.name)
        line.append(Text(f"  {_KINDS[actor.type]} · {actor.articles}", style="dim"))
        return Option(line, id=actor.name)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        options = self.query_one("#picker-options", OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def on_key(self, event) -> None:  # type: ignore[no-untyped-def]
        options = self.query_one("#picker-options", OptionList)
        if event.key in ("down", "up") and self.focused is self.query_one("#picker-input"):
            event.stop()
            options.action_cursor_down() if event.key == "down" else options.action_cursor_up()
