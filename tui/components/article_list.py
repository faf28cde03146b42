"""The article list: one line per article, rendered only for the visible rows (Line
API), so a result set of 100,000 articles costs what a screenful costs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from search.config import COLUMNS
from search.results import Row
from search.text import strip_controls

__all__ = ["ArticleList", "Listing"]


class Listing(Protocol):
    """What the list shows: a search's lazy Matches, or a story's articles."""

    @property
    def sort(self) -> str: ...

    def __len__(self) -> int: ...

    def row(self, position: int) -> Row: ...

    def position_of(self, article_id: str) -> int | None: ...


class ArticleList(ScrollView, can_focus=True):
    """Rows of (read marker, star, date, outlet, title) over a lazy Listing."""

    COMPONENT_CLASSES = {"article-list--cursor", "article-list--dim"}
    BINDINGS = [
        Binding("down,j", "cursor(1)", "Down", show=False, id="list.down"),
        Binding("up,k", "cursor(-1)", "Up", show=False, id="list.up"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
        Binding("enter", "open", "Open", id="list.open"),
    ]

    cursor: reactive[int] = reactive(0)

    class Opened(Message):
        """The user opened the article at the cursor."""

        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, is_read: Callable[[str], bool], is_starred: Callable[[str], bool],
                 columns: Sequence[str] = COLUMNS, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.matches: Listing | None = None
        self.is_read = is_read
        self.is_starred = is_starred
        self.columns = tuple(columns)  # which of COLUMNS, in order (the title always shows)

    def show(self, matches: Listing, keep: str | None = None) -> None:
        """Show a new result set; the cursor stays on `keep` when it is still there."""
        self.matches = matches
        self.virtual_size = Size(self.size.width, len(matches))
        position = matches.position_of(keep) if keep else None
        self.cursor = position if position is not None else 0
        self.scroll_to(y=max(0, self.cursor - self.size.height // 3), animate=False)
        self.refresh()

    @property
    def current(self) -> str | None:
        if not self.matches or not len(self.matches):
            return None
        return self.matches.row(min(self.cursor, len(self.matches) - 1)).id

    def move_to(self, article_id: str) -> bool:
        if self.matches is None:
            return False
        position = self.matches.position_of(article_id)
        if position is None:
            return False
        self.cursor = position
        return True

    def validate_cursor(self, value: int) -> int:
        count = len(self.matches) if self.matches else 0
        return max(0, min(value, count - 1)) if count else 0

    def watch_cursor(self, old: int, new: int) -> None:
        height = max(1, self.size.height)
        if new < self.scroll_y:
            self.scroll_to(y=new, animate=False)
        elif new >= self.scroll_y + height:
            self.scroll_to(y=new - height + 1, animate=False)
        self.refresh()

    def action_cursor(self, step: int) -> None:
        self.cursor += step

    def action_page(self, direction: int) -> None:
        self.cursor += direction * max(1, self.size.height - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.matches) - 1 if self.matches else 0

    def action_open(self) -> None:
        if self.current:
            self.post_message(self.Opened(self.current))

    def on_click(self, event: events.Click) -> None:
        row = int(self.scroll_y) + event.y
        if self.matches and 0 <= row < len(self.matches):
            self.cursor = row
            self.action_open()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.size.width, len(self.matches) if self.matches else 0)

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        index = int(self.scroll_y) + y
        if self.matches is None or index >= len(self.matches):
            return Strip.blank(width, self.rich_style)
        row = self.matches.row(index)
        unread = not self.is_read(row.id)
        base = self.rich_style
        if index == self.cursor:
            base = base + self.get_component_rich_style("article-list--cursor")
        # Only the colour and weight of these: the row's background stays the row's.
        dim = base + Style(color=self.get_component_rich_style("article-list--dim").color)
        strong = base + (Style(bold=True) if unread else Style())
        segments = []
        for column in self.columns:
            if column == "read":
                segments.append(Segment("●" if unread else " ", strong))
            elif column == "star":
                segments.append(Segment("★" if self.is_starred(row.id) else " ", strong))
            elif column == "date":
                date = row.published.strftime("%Y-%m-%d") if row.published else "   —      "
                segments.append(Segment(f"{date} ", dim))
            elif column == "outlet" and width >= 70:  # narrower, the title needs the room more
                segments.append(Segment(f"{strip_controls(row.source or '—')[:14]:<14} ", dim))
            elif column == "title":
                segments.append(Segment(strip_controls(row.title), strong))
                if row.copies:  # near-copies folded into this line
                    segments.append(Segment(f"  +{row.copies} same text", dim))
        return Strip(segments).adjust_cell_length(width, base)
