"""The reader, driven with Pilot as a user would."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from search.state import ReadingState
from tui.app import NewsdeskApp
from tui.components.article_list import ArticleList
from tui.components.reader import Reader, RelatedList
from tui.components.sidebar import ActorSidebar
from tui.messages import IndexUpdated

from .conftest import SEEDS, write

TODAY = date(2025, 12, 20)


def _app(tmp_path: Path, corpus: Path = SEEDS) -> NewsdeskApp:
    return NewsdeskApp([str(corpus)], str(tmp_path / "ix"), TODAY,
                       state=ReadingState("test", tmp_path / "state.sqlite"))


async def _until(pilot, condition, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    """Wait for the app to get somewhere: a ceiling for a shared, busy machine (the first
    index of the seeds loads the tagger in a child process), never a timing."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        await pilot.pause(0.05)
    if not condition():
        raise AssertionError(f"the app did not get there in {seconds:.0f} s")


def _rows(app: NewsdeskApp) -> int:
    found = app.query(ArticleList)
    if not found:  # not composed yet
        return -1
    matches = found.first().matches
    return len(matches) if matches is not None else -1


def _settled(app: NewsdeskApp, rows: int = 5) -> bool:
    """Indexed in the background, and the list shows the result."""
    searching = any(worker.group == "search" and worker.is_running for worker in app.workers)
    return not app.reader.indexing and _rows(app) == rows and not searching


def _text(widget: Static) -> str:
    content = widget.visual
    return content.plain if hasattr(content, "plain") else str(content)


async def _open_the_only_article(app: NewsdeskApp, pilot) -> str:  # type: ignore[no-untyped-def]
    """Open a one-article corpus's article; the reader's text."""
    await _until(pilot, lambda: _settled(app, 1))
    await pilot.press("enter")
    await _until(pilot, lambda: app.reader.article is not None)
    return _text(app.query_one("#article", Static))


@pytest.mark.asyncio
async def test_opens_on_the_corpus_and_reads_an_article(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        articles = app.query_one(ArticleList)
        assert articles.matches.sort == "date" and articles.matches.row(0).id == "004_300d874ee8deddb0"
        await pilot.press("enter")
        await _until(pilot, lambda: app.reader.article is not None)
        assert app.reader.article.id == "004_300d874ee8deddb0"
        shown = _text(app.query_one("#article", Static))
        assert "Trump: Putin Wants To End the War" in shown and "Leave a Reply" not in shown
        assert "[Dmitry Peskov]" in shown  # a quote marked with its speaker
        assert app.state.is_read("004_300d874ee8deddb0")
        await _until(pilot, lambda: app.query_one(RelatedList).option_count > 0)


@pytest.mark.asyncio
async def test_search_as_you_type_and_errors_keep_the_last_results(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        await pilot.press("slash")
        await pilot.press(*"budapest")
        await _until(pilot, lambda: _rows(app) == 1)
        assert app.query_one(ArticleList).matches.sort == "rank"
        app.query_one("#search", Input).insert_text_at_cursor(" OR")  # in one burst, as pasted
        await _until(pilot, lambda: "OR needs" in _text(app.query_one("#status", Static)))
        assert _rows(app) == 1  # the last good results stay


@pytest.mark.asyncio
async def test_actor_filters_combine_and_chips_remove(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app) and app.reader.sidebar_actors)
        app.reader.choose_actor("Pete Hegseth")
        await _until(pilot, lambda: _rows(app) == 2)
        app.reader.choose_actor("Dmitry Peskov")
        await _until(pilot, lambda: _rows(app) == 1)
        sidebar = app.query_one(ActorSidebar)
        await _until(pilot, lambda: sidebar.chosen == ["Pete Hegseth", "Dmitry Peskov"])
        await pilot.click("#chips", offset=(2, 0))  # the first chip's ✕
        await _until(pilot, lambda: _rows(app) == 2 and list(app.reader.question.actors) == ["Dmitry Peskov"])


@pytest.mark.asyncio
async def test_date_filter_says_what_it_understood(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        await pilot.press("d")
        await pilot.press(*"Q4 2025", "enter")
        await _until(pilot, lambda: _rows(app) == 2)
        assert "1 Oct 2025 to 31 Dec 2025" in _text(app.query_one("#date-understood", Static))
        app.query_one("#date-input", Input).value = ""
        await pilot.press(*"whenever", "enter")
        await _until(pilot, lambda: "not understood" in _text(app.query_one("#date-understood", Static)))
        assert _rows(app) == 2  # the last good range stays active


@pytest.mark.asyncio
async def test_related_jumps_and_history(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        app.reader.open_article("000_280bedb2750b87d1")
        await _until(pilot, lambda: app.reader.article is not None and app.reader.query_one(Reader).related)
        await pilot.press("right_square_bracket")
        await _until(pilot, lambda: app.reader.article.id == "001_869b093860f3ba4e")
        assert app.query_one(ArticleList).current == "001_869b093860f3ba4e"
        await pilot.press("backspace")
        await _until(pilot, lambda: app.reader.article.id == "000_280bedb2750b87d1")
        assert app.query_one(ArticleList).current == "000_280bedb2750b87d1"  # the list keeps its place
        await pilot.press("alt+right")
        await _until(pilot, lambda: app.reader.article.id == "001_869b093860f3ba4e")
        await _until(pilot, lambda: app.reader.query_one(Reader).related and all(r.id != app.reader.article.id for r in app.reader.query_one(Reader).related))
        closest = app.reader.query_one(Reader).related[0].id
        await pilot.press("r", "enter")  # the related list, its first entry
        await _until(pilot, lambda: app.reader.article.id == closest)


@pytest.mark.asyncio
async def test_read_and_star_persist_across_runs(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        await pilot.press("s", "m")
        first = app.query_one(ArticleList).current
        await pilot.press("slash", *"putin", "enter")
        await _until(pilot, lambda: app.query_one(ArticleList).matches.query == "putin")
    again = _app(tmp_path)
    async with again.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _rows(again) > 0 and again.query_one(ArticleList).matches.query == "putin")
        assert again.state.is_starred(first) and again.state.is_read(first)
        assert again.query_one("#search", Input).value == "putin"


@pytest.mark.asyncio
async def test_markup_and_escapes_in_articles_stay_inert(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "evil.txt", "[@click=app.quit]Evil[/] [bold]title[/bold] here now\n\n"
                               "Kremlin aide [link=file:///etc/passwd]Ivan Petrov[/link] said \x1b]52;c;aGk=\x07 "
                               "that [/] nothing happened, Ivan Petrov said on Monday.\n")
    app = _app(tmp_path, corpus)
    async with app.run_test(size=(150, 42)) as pilot:
        shown = await _open_the_only_article(app, pilot)
        assert "[@click=app.quit]Evil[/]" in shown and "[link=file:///etc/passwd]" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        await pilot.click("#article", offset=(3, 0))  # on the injected "click" text
        await pilot.click(ArticleList, offset=(40, 0))
        await pilot.pause(0.2)
        assert app.is_running
        await pilot.press("ctrl+p", *"evil")  # titles in the palette are plain text too
        await pilot.pause(0.5)
        await pilot.press("escape")
        assert app.is_running


@pytest.mark.asyncio
async def test_a_record_shows_its_link_as_plain_text(tmp_path: Path) -> None:
    """A headline-only record's related articles may share the words of its link: the
    reader shows the link, so the reason can be checked (inert, on one line, cut short)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    link = "https://paper.example/2031/05/quayside-ferry-terminal-expansion-approved?x=[bold]\x1b[31m" + "a" * 400
    (corpus / "export.jsonl").write_text(
        '{"id": "k0", "title": "Harbour board says yes", "date": "2031-05-02", "url": %s}\n' % json.dumps(link),
        encoding="utf-8")
    app = _app(tmp_path, corpus)
    async with app.run_test(size=(150, 42)) as pilot:
        shown = await _open_the_only_article(app, pilot)
        line = next(row for row in shown.splitlines() if row.startswith("link "))
        assert "quayside-ferry-terminal-expansion-approved" in line and "[bold]" in line
        assert "\x1b" not in shown and line.endswith("…") and len(line) <= len("link ") + 200


@pytest.mark.asyncio
async def test_narrow_terminals_fold_the_sidebar_and_survive(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _until(pilot, lambda: _settled(app))
        assert not app.query_one("#sidebar").display
        await pilot.press("b")
        assert app.query_one("#sidebar").display
        for size in ((40, 12), (20, 6), (300, 100), (100, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause(0.1)
        await pilot.press("enter", "down", "up")
        assert app.is_running


class _Many:
    """A stand-in for a 100,000-article result set that counts the rows read."""

    def __init__(self, count: int) -> None:
        from search.results import Row

        self.count, self.read, self.sort, self.query = count, 0, "date", ""
        self._row = Row

    def __len__(self) -> int:
        return self.count

    def row(self, position: int):  # type: ignore[no-untyped-def]
        self.read += 1
        return self._row(f"a{position}", f"Article number {position}", "Outlet", None)

    def position_of(self, article_id: str) -> int | None:
        return int(article_id[1:])


@pytest.mark.asyncio
async def test_list_reads_only_the_visible_rows(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        articles = app.query_one(ArticleList)
        many = _Many(100_000)
        app.reader._results_ok = True
        articles.show(many, keep="a90000")  # type: ignore[arg-type]
        await pilot.pause(0.2)
        assert articles.current == "a90000"
        assert many.read < 200  # a screenful, not 100,000
        await pilot.press("G")
        assert articles.current == "a99999"


@pytest.mark.asyncio
async def test_actor_picker_ignores_case_and_accents(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        await pilot.press("a")
        await _until(pilot, lambda: app.screen.query("#picker-input"))
        await pilot.press(*"orban", "enter")
        await _until(pilot, lambda: list(app.reader.question.actors) == ["Viktor Orbán"])
        await _until(pilot, lambda: _settled(app, 1))


@pytest.mark.asyncio
async def test_one_keystroke_parses_the_query_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from search import question as question_module

    parsed: list[str] = []
    real = question_module.parse
    monkeypatch.setattr(question_module, "parse", lambda text, *rest: parsed.append(text) or real(text, *rest))
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app) and app.reader.sidebar_actors)
        await pilot.press("slash", *"puti")
        await _until(pilot, lambda: app.query_one(ArticleList).matches.query == "puti")
        await pilot.pause(0.5)
        parsed.clear()
        await pilot.press("n")  # the list, the sidebar and the timeline all answer this keystroke
        await _until(pilot, lambda: app.query_one(ArticleList).matches.query == "putin")
        await pilot.pause(0.5)  # the sidebar and timeline are counted a moment after the list
        await _until(pilot, lambda: not any(w.is_running for w in app.workers))
        await pilot.press("enter", "enter")  # open the first article: its words are highlighted
        await _until(pilot, lambda: app.reader.article is not None)
        assert parsed == ["putin"]


@pytest.mark.asyncio
async def test_a_failing_worker_is_a_notification_and_the_reader_goes_on(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        app.reader.open_article("no/such-article")  # its worker raises UnknownArticle
        await _until(pilot, lambda: any("could not open the article" in n.message for n in app._notifications))
        assert app.is_running and app.reader.article is None
        await pilot.press("enter")  # and reading goes on
        await _until(pilot, lambda: app.reader.article is not None)
        assert app.reader.article.id == app.query_one(ArticleList).current


@pytest.mark.asyncio
async def test_the_index_structures_leave_the_collectors_sweeps_once_built(tmp_path: Path) -> None:
    """Full collections walked every object of the open index (70-100 ms pauses while
    typing on BBC); once the sidebar has been counted they are frozen, and a new
    generation of the index hands them back."""
    import gc

    gc.unfreeze()
    app = _app(tmp_path)
    try:
        async with app.run_test(size=(150, 42)) as pilot:
            await _until(pilot, lambda: _settled(app) and app.reader.sidebar_actors)
            await _until(pilot, lambda: gc.get_freeze_count() > 0)
            app.reader.on_index_updated(IndexUpdated(None, None))
            assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


@pytest.mark.asyncio
async def test_a_slow_search_says_the_list_is_not_its_answer_yet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first actor search of a new index counts the corpus's names for seconds: till
    it is answered, the status line says the list is the last search's."""
    import threading

    from tui.screens import answers

    gate, real = threading.Event(), answers.matches

    def slow(snapshot, question, keep):  # type: ignore[no-untyped-def]
        if "budapest" in question.words:
            gate.wait(30)
        return real(snapshot, question, keep)

    monkeypatch.setattr(answers, "matches", slow)
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        status = app.query_one("#status", Static)
        assert "searching" not in _text(status)
        await pilot.press("slash")
        app.query_one("#search", Input).insert_text_at_cursor("budapest")  # in one burst, as pasted
        await pilot.press("enter")
        await _until(pilot, lambda: "searching" in _text(status))
        assert _rows(app) == 5  # still the last search's list
        gate.set()
        await _until(pilot, lambda: _rows(app) == 1)
        assert "searching" not in _text(status)
