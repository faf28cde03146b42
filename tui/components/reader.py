"""The reader: one article, cleaned (or raw), with the query's words highlighted,
actor mentions marked and clickable, quotes marked with their speaker, and the
related articles below with the reason each belongs."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from search import Article, RelatedArticle

from ..safe import one_line, plain

__all__ = ["Reader", "RelatedList"]

_TYPE_STYLE = {"PER": "underline #7fb3ff", "ORG": "underline #ffb86c", "LOC": "underline #8be28b"}
_ORIGIN = {"header": "from the file's header", "field": "from the record", "text": "found in the text",
           "none": "no date found"}


class RelatedList(OptionList):
    """The articles that belong with the open one; enter opens one."""

    class Chosen(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def show(self, related: list[RelatedArticle]) -> None:
        self.clear_options()
        for item in related:
            label = one_line(item.title, "bold")
            label.append("\n")
            label.append(one_line(item.why.describe(most=4), "dim"))
            self.add_option(Option(label, id=item.id))
        if not related:
            self.add_option(Option(Text("no related articles", style="dim"), disabled=True))
        else:
            self.highlighted = 0  # so that enter, right after `r`, opens the closest one

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Chosen(event.option.id))


class Reader(VerticalScroll, can_focus=True):
    """The open article."""

    BINDINGS = [
        Binding("t", "toggle_raw", "Raw text", id="reader.raw"),
        Binding("n", "mention(1)", "Next actor", id="reader.next_mention"),
        Binding("N", "mention(-1)", "Previous actor", show=False, id="reader.previous_mention"),
        Binding("enter", "choose_mention", "Filter by actor", show=False, id="reader.choose"),
        Binding("down,j", "scroll_down", "Down", show=False, id="reader.down"),
        Binding("up,k", "scroll_up", "Up", show=False, id="reader.up"),
    ]

    class ActorChosen(Message):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    class QuoteWanted(Message):
        """Copy quote `number` (with its speaker and citation)."""

        def __init__(self, number: int) -> None:
            super().__init__()
            self.number = number

    class RawWanted(Message):
        def __init__(self, article_id: str) -> None:
            super().__init__()
            self.article_id = article_id

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.article: Article | None = None
        self.highlights: list[tuple[int, int]] = []
        self.raw: str | None = None
        self.showing_raw = False
        self.selected = -1
        self.quote = -1  # the chosen quote, for y

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(Text("Open an article from the list (enter).", style="dim"), id="article")
        yield Static(Text("Related articles", style="bold"), id="related-title")
        yield RelatedList(id="related")

    def on_mount(self) -> None:
        for part in ("#related-title", "#related"):
            self.query_one(part).display = False

    def show(self, article: Article, highlights: list[tuple[int, int]]) -> None:
        for part in ("#related-title", "#related"):
            self.query_one(part).display = True
        self.article = article
        self.highlights = highlights
        self.raw = None
        self.showing_raw = False
        self.selected = -1
        self.quote = -1
        self._draw()
        self.scroll_home(animate=False)

    def show_raw(self, text: str) -> None:
        self.raw = text
        self.showing_raw = True
        self._draw()

    def _draw(self) -> None:
        article = self.article
        if article is None:
            return
        text = one_line(article.title, "bold")
        if article.title_derived:
            text.append("  (title from the lead)", style="dim italic")
        text.append("\n")
        date = article.published_iso or "no date"
        text.append(one_line(f"{article.source or 'unknown outlet'} · {date} ({_ORIGIN[article.published_from]})"
                             f" · {article.id}", "dim"))
        text.append("\n")
        if article.duplicates:
            text.append(one_line(f"also at {len(article.duplicates)} other path(s)", "dim"))
            text.append("\n")
        text.append("\n")
        if self.showing_raw and self.raw is not None:
            text.append(Text("raw text as in the file (t: cleaned)\n\n", style="dim italic"))
            text.append(plain(self.raw))
        else:
            text.append(self._body(article))
        self.query_one("#article", Static).update(text)

    def _body(self, article: Article) -> Text:
        body = plain(article.body)
        for start, end in self.highlights:
            body.stylize("bold reverse", start, end)
        for number, mention in enumerate(article.mentions):
            actor = article.actors[mention.actor] if mention.actor < len(article.actors) else None
            if actor is None:
                continue
            style = Style.parse(_TYPE_STYLE[actor.type]) + Style(meta={"@click": f"app.choose_mention({number})"})
            if number == self.selected:
                style += Style(reverse=True)
            body.stylize(style, mention.start, mention.end)
        for number, quote in enumerate(article.quotes):
            body.stylize("italic reverse" if number == self.quote else "italic", quote.start, quote.end)
        # Each quote's speaker, after the quote.
        out = Text(end="")
        position = 0
        quotes = sorted(enumerate(article.quotes), key=lambda item: item[1].end)
        for number, quote in quotes:
            end = min(len(article.body), quote.end + 1)
            out.append_text(body[position:end])
            out.append(" ")
            label = one_line(f"[{quote.speaker or 'unattributed'}]", "dim #c4a7ff")
            if quote.speaker:  # choosing a speaker filters by them
                label.stylize(Style(meta={"@click": f"app.choose_speaker({number})"}))
            out.append_text(label)
            position = end
        out.append_text(body[position:])
        return out

    def speaker(self, number: int) -> str | None:
        if self.article is None or not 0 <= number < len(self.article.quotes):
            return None
        return self.article.quotes[number].speaker

    def mention_actor(self, number: int) -> str | None:
        if self.article is None or not 0 <= number < len(self.article.mentions):
            return None
        mention = self.article.mentions[number]
        return self.article.actors[mention.actor].name

    def action_mention(self, step: int) -> None:
        if self.article is None or not self.article.mentions:
            return
        self.selected = (self.selected + step) % len(self.article.mentions)
        self._draw()

    def action_quote(self, step: int) -> None:
        if self.article is None or not self.article.quotes:
            self.notify("no quotations found in this article", markup=False)
            return
        self.quote = (self.quote + step) % len(self.article.quotes)
        self.showing_raw = False
        self._draw()
        self._scroll_to_offset(self.article.quotes[self.quote].start)

    def _scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding character `offset` of the body near the top."""
        assert self.article is not None
        width = max(20, self.scrollable_content_region.width)
        before = self.article.body[:offset].split("\n")
        lines = sum(max(1, -(-len(line) // width)) for line in before[:-1]) + len(before[-1]) // width
        self.scroll_to(y=lines + 1, animate=False)  # the three header lines, less two of context

    def action_copy_quote(self) -> None:
        self.post_message(self.QuoteWanted(self.quote))

    def action_choose_mention(self) -> None:
        name = self.mention_actor(self.selected)
        if name:
            self.post_message(self.ActorChosen(name))

    def action_toggle_raw(self) -> None:
        if self.article is None:
            return
        if self.showing_raw:
            self.showing_raw = False
            self._draw()
        elif self.raw is not None:
            self.showing_raw = True
            self._draw()
        else:
            self.post_message(self.RawWanted(self.article.id))
