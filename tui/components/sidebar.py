"""The actor sidebar: people, organisations and places of the current results with
article counts; choosing one narrows the list to articles with all chosen actors,
which show as removable chips."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from search import ActorCount
from search.timeline import COUNTING

from ..safe import one_line

__all__ = ["ActorSidebar"]

_GROUPS = (("PER", "People"), ("ORG", "Organisations"), ("LOC", "Places"))


class _Chips(Static):
    """The chosen actors; a click on a chip's ✕ removes it."""

    def action_remove(self, number: int) -> None:
        sidebar = self.query_ancestor(ActorSidebar)
        if 0 <= number < len(sidebar.chosen):
            sidebar.post_message(ActorSidebar.Removed(sidebar.chosen[number]))


class ActorSidebar(Vertical):
    COMPONENT_CLASSES = {"actor-sidebar--own"}  # the marker of the open article's own actors
    BINDINGS = [Binding("backspace,delete", "remove_last", "Remove chip", id="actors.remove_last")]

    class Chosen(Message):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    class Removed(Message):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    class Highlighted(Message):
        """The cursor is on an actor (the timeline shows their attention)."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.chosen: list[str] = []
        self.own: set[str] = set()
        self.actors: list[ActorCount] = []
        self.tooltip = f"Articles that name each actor: {COUNTING}."

    def compose(self):  # type: ignore[no-untyped-def]
        yield _Chips(Text("No actor chosen", style="dim"), id="chips")
        yield OptionList(id="actor-options")

    def show(self, actors: list[ActorCount], chosen: list[str], own: set[str]) -> None:
        self.actors, self.chosen, self.own = actors, list(chosen), own
        chips = Text()
        for number, name in enumerate(self.chosen):
            start = len(chips)
            chips.append(" ✕ ", style="reverse")
            chips.append_text(one_line(name, "reverse"))
            chips.append(" ", style="reverse")
            chips.stylize(Style(meta={"@click": f"remove({number})"}), start, len(chips))
            chips.append(" ")
        self.query_one("#chips", Static).update(chips if self.chosen else Text("No actor chosen", style="dim"))
        options = self.query_one("#actor-options", OptionList)
        highlighted = options.highlighted
        options.clear_options()
        marker = self.get_component_rich_style("actor-sidebar--own", partial=True)
        for kind, heading in _GROUPS:
            group = [a for a in actors if a.type == kind]
            options.add_option(Option(Text(f"{heading} ({len(group)})", style="bold"), disabled=True))
            for number, actor in enumerate(group):
                if number >= 40:
                    break
                line = Text("▸ " if actor.name in own else "  ", style=marker)
                line.append_text(one_line(actor.name, "bold" if actor.name in self.chosen else ""))
                line.append(f"  {actor.articles}", style="dim")
                if actor.roles:  # what the coverage calls them most
                    line.append("\n    ")
                    line.append_text(one_line(actor.roles[0][0], "dim italic"))
                options.add_option(Option(line, id=f"{kind}:{actor.name}"))
        if highlighted is not None and highlighted < options.option_count:
            options.highlighted = highlighted

    def focus_list(self) -> None:
        self.query_one("#actor-options", OptionList).focus()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Highlighted(event.option.id.split(":", 1)[1]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            name = event.option.id.split(":", 1)[1]
            self.post_message(self.Removed(name) if name in self.chosen else self.Chosen(name))

    def action_remove_last(self) -> None:
        if self.chosen:
            self.post_message(self.Removed(self.chosen[-1]))
