"""Coverage over time, in the date pane: a bar per day, week or month for the current
results (without the date filter, so the active range shows in context), the active
range marked, an open story's days marked too, and a second row for one actor's
attention over the same periods.

Keys: left/right move, shift+left/right widen a span, enter filters by it.  The
mouse: click a bar, or drag across bars, to filter by them."""

from __future__ import annotations

from datetime import date

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget

from search import DateRange
from search.timeline import COUNTING, Timeline, expression_for

from ..safe import one_line

__all__ = ["TimelineChart"]

BLOCKS = " ▁▂▃▄▅▆▇█"
BAR_ROWS = 3  # the bars' height in rows (eight steps each)


class TimelineChart(Widget, can_focus=True):
    # Colours follow the theme (newsdesk.tcss).
    COMPONENT_CLASSES = {"timeline-chart--bar", "timeline-chart--active", "timeline-chart--span",
                         "timeline-chart--actor", "timeline-chart--story"}
    BINDINGS = [
        Binding("left,h", "move(-1)", "Earlier", show=False, id="timeline.earlier"),
        Binding("right,l", "move(1)", "Later", show=False, id="timeline.later"),
        Binding("shift+left,H", "widen(-1)", "Widen earlier", show=False, id="timeline.widen_earlier"),
        Binding("shift+right,L", "widen(1)", "Widen later", show=False, id="timeline.widen_later"),
        Binding("home", "edge(0)", "First period", show=False, id="timeline.first"),
        Binding("end", "edge(-1)", "Last period", show=False, id="timeline.last"),
        Binding("enter", "pick", "Filter by these dates", id="timeline.pick"),
    ]

    class Picked(Message):
        """The user chose bars: filter by this date expression."""

        def __init__(self, expression: str) -> None:
            super().__init__()
            self.expression = expression

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.timeline: Timeline | None = None
        self.active: DateRange | None = None
        self.story: DateRange | None = None  # the days of the story open in the list
        self.actor: str | None = None
        self.actor_counts: dict[date, int] = {}
        self.tooltip = f"Articles per day, week or month: {COUNTING}."
        self.cursor = 0
        self.span_from: int | None = None  # the other end of a span being chosen
        self.first_shown = 0  # the first bucket on screen (long timelines scroll)
        self._dragging = False

    # Data ------------------------------------------------------------------------------

    def show(self, timeline: Timeline, active: DateRange | None) -> None:
        moved = self.timeline is None or self.timeline.buckets != timeline.buckets
        self.timeline, self.active = timeline, active
        if moved:
            self.span_from = None
            self.cursor = self._busiest_in_range()
        self.refresh()

    def mark(self, active: DateRange | None) -> None:
        self.active = active
        self.refresh()

    def show_story(self, days: DateRange | None) -> None:
        self.story = days
        self.refresh()

    def show_actor(self, name: str | None, timeline: Timeline | None) -> None:
        self.actor = name
        self.actor_counts = {b.start: b.count for b in timeline.buckets} if timeline else {}
        self.refresh()

    def _busiest_in_range(self) -> int:
        buckets = self.timeline.buckets if self.timeline else ()
        if not buckets:
            return 0
        inside = [i for i, b in enumerate(buckets) if self._in_active(i)] or range(len(buckets))
        return max(inside, key=lambda i: (buckets[i].count, i))

    def _in_active(self, number: int, days: DateRange | None = None) -> bool:
        """Whether a bar's period meets the active range (or `days`)."""
        days = days or self.active
        if days is None or self.timeline is None:
            return False
        bucket = self.timeline.buckets[number].as_range()
        start, end = days.start, days.end
        return (end is None or bucket.start < end) and (start is None or bucket.end > start)  # type: ignore[operator]

    # Geometry ---------------------------------------------------------------------------

    def _bar_width(self) -> int:
        count = len(self.timeline.buckets) if self.timeline else 0
        return max(1, min(3, self.size.width // max(1, count)))

    def _visible(self) -> int:
        return max(1, self.size.width // self._bar_width())

    def _follow_cursor(self) -> None:
        visible = self._visible()
        if self.cursor < self.first_shown:
            self.first_shown = self.cursor
        elif self.cursor >= self.first_shown + visible:
            self.first_shown = self.cursor - visible + 1
        count = len(self.timeline.buckets) if self.timeline else 0
        self.first_shown = max(0, min(self.first_shown, max(0, count - visible)))

    def bucket_at(self, x: int) -> int | None:
        if not self.timeline or not self.timeline.buckets:
            return None
        number = self.first_shown + x // self._bar_width()
        return number if 0 <= number < len(self.timeline.buckets) else None

    # Drawing ----------------------------------------------------------------------------

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return BAR_ROWS + 2

    def render(self) -> Text:
        timeline = self.timeline
        if timeline is None or not timeline.buckets:
            note = "no dated articles to chart" if timeline is not None else "counting…"
            return Text(note, style="dim")
        self._follow_cursor()
        width, visible = self._bar_width(), self._visible()
        shown = range(self.first_shown, min(len(timeline.buckets), self.first_shown + visible))
        peak = max(1, timeline.peak)
        low, high = sorted((self.span_from, self.cursor)) if self.span_from is not None else (self.cursor, self.cursor)
        lines = [Text() for _ in range(BAR_ROWS)]
        for number in shown:
            bucket = timeline.buckets[number]
            eighths = round(bucket.count / peak * BAR_ROWS * 8)
            if bucket.count and eighths == 0:
                eighths = 1
            style = self._style(number, low, high)
            for row in range(BAR_ROWS):
                level = max(0, min(8, eighths - (BAR_ROWS - 1 - row) * 8))
                lines[row].append(BLOCKS[level] * width, style)
        text = Text("\n").join(lines)
        text.append("\n")
        text.append_text(self._actor_row(shown, width))
        text.append("\n")
        text.append_text(self._caption(low, high))
        text.no_wrap, text.overflow = True, "ellipsis"
        return text

    def _style(self, number: int, low: int, high: int) -> Style:
        in_span = low <= number <= high
        focused = self.has_focus or self._dragging
        if in_span and focused:
            return self.get_component_rich_style("timeline-chart--span", partial=True)
        if self.story is not None and self._in_active(number, self.story):
            return self.get_component_rich_style("timeline-chart--story", partial=True)
        if self._in_active(number):
            return self.get_component_rich_style("timeline-chart--active", partial=True)
        return self.get_component_rich_style("timeline-chart--bar", partial=True)

    def _actor_row(self, shown: range, width: int) -> Text:
        assert self.timeline is not None
        if not self.actor:
            return Text("pick an actor in the sidebar to see their attention", style="dim", end="")
        peak = max(self.actor_counts.values(), default=0) or 1
        actor_style = self.get_component_rich_style("timeline-chart--actor", partial=True)
        row = Text(end="")
        for number in shown:
            count = self.actor_counts.get(self.timeline.buckets[number].start, 0)
            level = max(1, round(count / peak * 8)) if count else 0
            row.append((BLOCKS[level] if level else "·") * width, actor_style if count else "dim")
        return row

    def _caption(self, low: int, high: int) -> Text:
        assert self.timeline is not None
        buckets, period = self.timeline.buckets, self.timeline.period
        count = sum(b.count for b in buckets[low:high + 1])
        what = self.timeline.span(low, high).describe()
        if low == high and period == "month":
            what = buckets[low].start.strftime("%b %Y")
        caption = Text(f"{what}: {count} article{'s' if count != 1 else ''}", style="bold", end="")
        if self.actor:
            mine = sum(self.actor_counts.get(b.start, 0) for b in buckets[low:high + 1])
            caption.append(" · ")
            caption.append_text(one_line(self.actor, self.get_component_rich_style("timeline-chart--actor",
                                                                                  partial=True)))
            caption.append(f" {mine}")
        if self.story is not None:
            caption.append(" · ")
            caption.append(f"story {self.story.describe()}",
                           self.get_component_rich_style("timeline-chart--story", partial=True))
        caption.append(f" · by {period}", style="dim")
        return caption

    # Keys -------------------------------------------------------------------------------

    def _count(self) -> int:
        return len(self.timeline.buckets) if self.timeline else 0

    def action_move(self, step: int) -> None:
        if self._count():
            self.span_from = None
            self.cursor = max(0, min(self._count() - 1, self.cursor + step))
            self.refresh()

    def action_widen(self, step: int) -> None:
        if self._count():
            if self.span_from is None:
                self.span_from = self.cursor
            self.cursor = max(0, min(self._count() - 1, self.cursor + step))
            self.refresh()

    def action_edge(self, which: int) -> None:
        if self._count():
            self.span_from = None
            self.cursor = 0 if which == 0 else self._count() - 1
            self.refresh()

    def action_pick(self) -> None:
        if self.timeline and self.timeline.buckets:
            anchor = self.cursor if self.span_from is None else self.span_from
            self.post_message(self.Picked(expression_for(self.timeline, anchor, self.cursor)))

    # Mouse ------------------------------------------------------------------------------

    def on_mouse_down(self, event: events.MouseDown) -> None:
        number = self.bucket_at(event.x)
        if number is None or event.y >= BAR_ROWS + 1:
            return
        self.focus()
        self.span_from, self.cursor, self._dragging = number, number, True
        self.capture_mouse()
        self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            number = self.bucket_at(max(0, event.x))
            if number is not None and number != self.cursor:
                self.cursor = number
                self.refresh()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            self._dragging = False
            self.release_mouse()
            self.action_pick()
