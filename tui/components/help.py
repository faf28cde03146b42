"""The help screen (?): every key, from the bindings themselves (as remapped in the
config file), with the binding id the config uses to remap it."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

__all__ = ["HelpScreen"]


class HelpScreen(ModalScreen[None]):
    COMPONENT_CLASSES = {"help-screen--key"}
    BINDINGS = [Binding("escape,q,question_mark", "dismiss", "Close", id="help.close")]

    def __init__(self, sections: list[tuple[str, list[Binding]]], keymap: dict[str, str] | None = None) -> None:
        super().__init__()
        self.sections = sections
        self.keymap = keymap or {}

    def compose(self):  # type: ignore[no-untyped-def]
        table = Table(box=None, show_header=False, padding=(0, 2))
        table.add_column(style=self.get_component_rich_style("help-screen--key", partial=True), no_wrap=True)
        table.add_column()
        table.add_column(style="dim")
        for title, bindings in self.sections:
            table.add_row(Text(title, style="bold underline"), Text(""), Text(""))
            for binding in bindings:
                chosen = self.keymap.get(binding.id or "", binding.key)
                keys = " / ".join(self.app.get_key_display(Binding(key.strip(), binding.action))
                                  for key in chosen.split(","))
                table.add_row(Text(keys), Text(binding.description or binding.action), Text(binding.id or ""))
        with VerticalScroll(id="help"):
            yield Static(Text("newsdesk keys (esc closes; the mouse works everywhere too). The right-hand "
                              "column is the id that remaps a key in config.toml [keys].", style="bold"))
            yield Static(table)
