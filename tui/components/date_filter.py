"""The date filter: the same date language as queries, the range it understood in
plain words (or a clear word that it understood nothing), quick presets, and the
timeline of the results, whose bars set the filter too."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Input, Static

from search import DateError, DateRange, parse_range
from search.daterange import DateOrder
from search.timeline import Period, Timeline

from .timeline import TimelineChart

__all__ = ["DateFilter", "PRESETS"]

PRESETS = (("any", ""), ("7 days", "last 7 days"), ("30 days", "last 30 days"), ("this year", "this year"),
           ("last year", "last year"))


class DateFilter(Vertical):
    class Changed(Message):
        def __init__(self, expression: str, found: DateRange | None) -> None:
            super().__init__()
            self.expression = expression
            self.range = found

    def __init__(self, today: date | None = None, order: DateOrder = "MDY", **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.today = today  # what relative dates count from (None: the clock)
        self.order = order  # how to read 03/04/2025
        self.active: DateRange | None = None

    def compose(self):  # type: ignore[no-untyped-def]
        yield Input(placeholder="since February · last two weeks · 2025-02-01..2025-03-01 · Q4 2025",
                    id="date-input")
        yield Static(Text("any date", style="dim"), id="date-understood")
        with Horizontal(id="date-presets"):
            for label, expression in PRESETS:
                yield Button(label, id=f"preset-{PRESETS.index((label, expression))}", compact=True)
        yield TimelineChart(id="timeline")

    # For the screen ---------------------------------------------------------------------

    def count_from(self, today: date | None) -> None:
        """Relative dates ("last two weeks") count from `today` (None: the clock)."""
        self.today = today

    def focus_input(self) -> None:
        self.query_one("#date-input", Input).focus()

    def focus_timeline(self) -> None:
        self.query_one(TimelineChart).focus()

    def show_timeline(self, timeline: Timeline) -> None:
        """The results over time, with the active range marked."""
        self.query_one(TimelineChart).show(timeline, self.active)

    def show_story(self, days: DateRange | None) -> None:
        """The days of the story open in the list, marked on the timeline (None: no story)."""
        self.query_one(TimelineChart).show_story(days)

    def show_actor(self, name: str | None, timeline: Timeline | None) -> None:
        """One actor's share of the results over the same periods."""
        self.query_one(TimelineChart).show_actor(name, timeline)

    @property
    def period(self) -> Period | None:
        """The timeline's period (day, week, month), once it has been counted."""
        shown = self.query_one(TimelineChart).timeline
        return shown.period if shown is not None else None

    # Its own parts ------------------------------------------------------------------------

    def on_timeline_chart_picked(self, message: TimelineChart.Picked) -> None:
        message.stop()
        self.set_expression(message.expression)

    def set_expression(self, expression: str) -> None:
        self.query_one("#date-input", Input).value = expression
        self._apply(expression)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._apply(event.value)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._explain(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        number = int((event.button.id or "preset-0").split("-")[1])
        self.set_expression(PRESETS[number][1])

    def _explain(self, expression: str) -> DateRange | None | bool:
        label = self.query_one("#date-understood", Static)
        if not expression.strip():
            if self.active is not None:  # typed away, not yet applied: say what still holds
                label.update(Text(f"any date on enter (now {self.active.describe()})", style="dim"))
            else:
                label.update(Text("any date", style="dim"))
            return None
        try:
            found = parse_range(expression, self.today, self.order)
        except DateError as exc:
            label.update(Text(f"not understood: {exc}", style="bold red"))
            return False
        label.update(Text(found.describe(), style="green"))
        return found

    def _apply(self, expression: str) -> None:
        found = self._explain(expression)
        if found is False:
            return  # the last good range stays active
        self.active = found if isinstance(found, DateRange) else None
        self.query_one(TimelineChart).mark(self.active)
        self.post_message(self.Changed(expression.strip(), self.active))
