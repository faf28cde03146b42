"""The reader: one article, cleaned (or raw), with the question's words highlighted,
actor mentions marked and clickable, quotes marked with their speaker, and the
related articles below with the reason each belongs.  It reads the article it is
asked to open from the index in a worker, and says when it is on screen (Opened)."""

from __future__ import annotations

from functools import partial

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from search.article import Article
from search.citation import quotation
from search.errors import NewsdeskError
from search.index.store import Index
from search.question import Question
from search.results import RelatedArticle

from ..history import History
from ..messages import ArticleReady, RawReady, RelatedReady

from ..safe import one_line, plain, tell

__all__ = ["Reader", "RelatedList", "ArticleText"]

_TYPE_CLASS = {"PER": "reader--person", "ORG": "reader--organisation", "LOC": "reader--place"}
RELATED = 10  # related articles listed under an article
LINK_SHOWN = 200  # characters of an article's link shown under its headline
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


class ArticleText(Static):
    """The article's text; a click on an actor's mention or a quote's speaker chooses them."""

    def action_choose_mention(self, number: int) -> None:
        reader = self.query_ancestor(Reader)
        name = reader.mention_actor(number)
        if name:
            reader.post_message(Reader.ActorChosen(name))

    def action_choose_speaker(self, number: int) -> None:
        reader = self.query_ancestor(Reader)
        name = reader.speaker(number)
        if name:
            reader.post_message(Reader.ActorChosen(name))


class Reader(VerticalScroll, can_focus=True):
    """The open article."""

    # Colours follow the theme (newsdesk.tcss): actor mentions by type, quote speakers.
    COMPONENT_CLASSES = {*_TYPE_CLASS.values(), "reader--speaker"}
    BINDINGS = [
        Binding("t", "toggle_raw", "Raw text", id="reader.raw"),
        Binding("x", "toggle_removed", "Removed text", id="reader.removed"),
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

    class Opened(Message):
        """An article is on screen (read from the index in a worker)."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.index: Index | None = None
        self.question = Question()  # whose words are highlighted
        self.history = History()  # what was opened here, for back and forward
        self.article: Article | None = None
        self.related: list[RelatedArticle] = []
        self.related_at = -1
        self.highlights: list[tuple[int, int]] = []
        self.raw: str | None = None
        self.showing_raw = False
        self.showing_removed = False
        self.selected = -1
        self.quote = -1  # the chosen quote, for y

    def compose(self):  # type: ignore[no-untyped-def]
        yield ArticleText(Text("Open an article from the list (enter).", style="dim"), id="article")
        yield Static(Text("Related articles", style="bold"), id="related-title")
        yield RelatedList(id="related")

    def on_mount(self) -> None:
        for part in ("#related-title", "#related"):
            self.query_one(part).display = False

    # Reading from the index (in workers) ----------------------------------------------------

    def open(self, index: Index, article_id: str, question: Question, remember: bool = True) -> None:
        """Read the article, highlight the question's words in it, then list its related
        articles; `remember` it for back and forward."""
        if remember:
            self.history.visit(article_id)
        self.index, self.question = index, question
        self._load(article_id)

    def back(self) -> bool:
        """Open the article opened before this one (False: there is none)."""
        article_id = self.history.back()
        if article_id and self.index is not None:
            self._load(article_id)
        return article_id is not None

    def forward(self) -> bool:
        article_id = self.history.forward()
        if article_id and self.index is not None:
            self._load(article_id)
        return article_id is not None

    def _load(self, article_id: str) -> None:
        # The screen runs the worker, so that its one handler of failed workers hears of it.
        self.screen.run_worker(partial(self._read, article_id, self.question), thread=True, exclusive=True,
                               group="article", exit_on_error=False)

    def _read(self, article_id: str, question: Question) -> None:
        assert self.index is not None
        snapshot = self.index.snapshot()
        article = snapshot.article(article_id)  # UnknownArticle: the screen says so
        try:
            spans = snapshot.highlights(article.body, question)
        except NewsdeskError:
            spans = []
        self.post_message(ArticleReady(article, spans))
        self.post_message(RelatedReady(article_id, snapshot.related(article_id, limit=RELATED)))

    def on_article_ready(self, message: ArticleReady) -> None:
        message.stop()
        self.show(message.article, message.highlights)
        self.post_message(self.Opened(message.article))

    def on_related_ready(self, message: RelatedReady) -> None:
        message.stop()
        if self.article is not None and self.article.id == message.article_id:
            self.related, self.related_at = message.related, -1
            self.query_one(RelatedList).show(message.related)

    def step_related(self, step: int) -> str | None:
        """The id of the next (or previous) related article, in turn."""
        if not self.related:
            return None
        self.related_at = (self.related_at + step) % len(self.related)
        return self.related[self.related_at].id

    def _load_raw(self, article_id: str) -> None:
        self.screen.run_worker(partial(self._read_raw, article_id), thread=True, exclusive=True, group="raw",
                               exit_on_error=False)

    def _read_raw(self, article_id: str) -> None:
        from search.corpus import raw_text

        assert self.index is not None
        article = self.index.snapshot().article(article_id)
        try:
            text = raw_text(article.path, article.line)
        except OSError as exc:
            text = f"cannot read the raw text: {exc}"
        self.post_message(RawReady(article_id, text))

    def on_raw_ready(self, message: RawReady) -> None:
        message.stop()
        if self.article and self.article.id == message.article_id:
            self.show_raw(message.text)

    # Showing ----------------------------------------------------------------------------------

    def show(self, article: Article, highlights: list[tuple[int, int]]) -> None:
        for part in ("#related-title", "#related"):
            self.query_one(part).display = True
        self.article = article
        self.highlights = highlights
        self.raw = None
        self.showing_raw = False
        self.showing_removed = False
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
        why = article.published_why or _ORIGIN[article.published_from]
        text.append(one_line(f"{article.source or 'unknown outlet'} · {date} ({why}) · {article.id}", "dim"))
        text.append("\n")
        if article.authors:
            text.append(one_line("by " + ", ".join(article.authors), "dim"))
            text.append("\n")
        if article.url:  # where it came from; for a headline-only record, the words related reads
            link = one_line("link " + article.url, "dim")
            link.truncate(len("link ") + LINK_SHOWN, overflow="ellipsis")
            text.append(link)
            text.append("\n")
        if article.kept_whole:
            text.append(one_line("nothing in it looked like an article's paragraphs: shown as it is", "dim italic"))
            text.append("\n")
        elif article.removed and not self.showing_removed:
            text.append(one_line(f"{len(article.removed)} piece(s) of page furniture removed (x shows them)", "dim"))
            text.append("\n")
        if article.duplicates:
            text.append(one_line(f"also at {len(article.duplicates)} other path(s)", "dim"))
            text.append("\n")
        text.append("\n")
        if self.showing_raw and self.raw is not None:
            text.append(Text("raw text as in the file (t: cleaned)\n\n", style="dim italic"))
            text.append(plain(self.raw))
        elif self.showing_removed:
            text.append(Text("what cleaning removed, each with its rule (x: the article)\n", style="dim italic"))
            for piece in article.removed:
                text.append("\n")
                text.append(one_line(f"[{piece.rule}]", "bold"))
                text.append("\n")
                text.append(plain(piece.text))
                text.append("\n")
            if not article.removed:
                text.append(Text("\nnothing was removed", style="dim"))
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
            style = self.get_component_rich_style(_TYPE_CLASS[actor.type], partial=True) + \
                Style(meta={"@click": f"choose_mention({number})"})
            if number == self.selected:
                style += Style(reverse=True)
            body.stylize(style, mention.start, mention.end)
        for number, quote in enumerate(article.quotes):
            body.stylize("italic reverse" if number == self.quote else "italic", quote.start, quote.end)
        # Each quote's speaker, after the quote.
        out = Text(end="")
        position = 0
        quotes = sorted(enumerate(article.quotes), key=lambda item: item[1].end)
        speaker_style = self.get_component_rich_style("reader--speaker", partial=True)
        for number, quote in quotes:
            end = min(len(article.body), quote.end + 1)
            out.append_text(body[position:end])
            out.append(" ")
            label = one_line(f"[{quote.speaker or 'unattributed'}]")
            label.stylize(speaker_style)
            if quote.speaker:  # choosing a speaker filters by them
                label.stylize(Style(meta={"@click": f"choose_speaker({number})"}))
            out.append_text(label)
            position = end
        out.append_text(body[position:])
        return out

    def focus_related(self) -> None:
        self.query_one(RelatedList).focus()
        self.scroll_end(animate=False)

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
        if self.article is None:
            tell(self, "open an article first (enter on the list)", severity="warning")
            return
        if not self.article.quotes:
            tell(self, "no quotations found in this article")
            return
        self.quote = (self.quote + step) % len(self.article.quotes)
        self.showing_raw = self.showing_removed = False
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
        """The chosen quote, its speaker and the article's citation, to the clipboard."""
        article = self.article
        if article is None or not 0 <= self.quote < len(article.quotes):
            tell(self, 'choose a quote first: " moves to the next one', severity="warning")
            return
        self.app.copy_to_clipboard(quotation(article, article.quotes[self.quote]))
        tell(self, "copied the quote, its speaker and the citation to the clipboard")

    def action_choose_mention(self) -> None:
        name = self.mention_actor(self.selected)
        if name:
            self.post_message(self.ActorChosen(name))

    def action_toggle_removed(self) -> None:
        """What cleaning removed (each piece with its rule), or the article again."""
        if self.article is not None:
            self.showing_removed, self.showing_raw = not self.showing_removed, False
            self._draw()
            self.scroll_home(animate=False)

    def action_toggle_raw(self) -> None:
        self.showing_removed = False
        if self.article is None:
            return
        if self.showing_raw:
            self.showing_raw = False
            self._draw()
        elif self.raw is not None:
            self.showing_raw = True
            self._draw()
        elif self.index is not None:
            self._load_raw(self.article.id)
