"""Daily use in the reader, driven with Pilot: the timeline, saved and recent searches,
export, citations and quotes, other programs, and the configuration."""

from __future__ import annotations

import csv
import json
from contextlib import nullcontext
from pathlib import Path

import pytest
from textual.widgets import Input

from search import config as settings
from search.state import ReadingState
from tui import external
from tui.app import NewsdeskApp
from tui.components.article_list import ArticleList
from tui.components.date_filter import DateFilter
from tui.components.dialogs import Confirm, Prompt, SavedSearches
from tui.components.search_field import SearchField
from tui.components.timeline import TimelineChart

from .conftest import SEEDS, write
from .test_app import TODAY, _rows, _settled, _until


def _app(tmp_path: Path, corpus: Path = SEEDS, config: settings.Config | None = None) -> NewsdeskApp:
    return NewsdeskApp([str(corpus)], str(tmp_path / "ix"), TODAY,
                       state=ReadingState("test", tmp_path / "state.sqlite"), config=config)


def _messages(app: NewsdeskApp) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def _charted(app: NewsdeskApp) -> bool:
    chart = app.query_one(TimelineChart)
    return chart.timeline is not None and chart.timeline.total == 5


@pytest.mark.asyncio
async def test_timeline_bars_set_the_date_filter_by_key_and_by_mouse(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app) and _charted(app))
        chart = app.query_one(TimelineChart)
        assert chart.timeline.period == "week" and chart.timeline.peak == 2
        assert chart.timeline.buckets[chart.cursor].count == 2  # starts on the busiest period
        await pilot.press("T", "home", "enter")  # the first week: one article (2025-01-31)
        await _until(pilot, lambda: _rows(app) == 1 and app.reader.question.dates == "2025-01-27..2025-02-02")
        assert chart.active is not None and chart._in_active(0) and not chart._in_active(2)
        await pilot.press("end", "shift+left", "enter")  # spans work from the keys too
        await _until(pilot, lambda: app.reader.question.dates == "2025-11-24..2025-12-07")
        await _until(pilot, lambda: _rows(app) == 1)
        # A drag across the first three weeks, with the mouse.
        await pilot.mouse_down(chart, offset=(0, 2))
        await pilot.hover(chart, offset=(2, 2))
        await pilot.mouse_up(chart, offset=(2, 2))
        await _until(pilot, lambda: app.reader.question.dates == "2025-01-27..2025-02-16")
        await _until(pilot, lambda: _rows(app) == 3)
        # A click on one bar.
        await pilot.click(chart, offset=(2, 2))
        await _until(pilot, lambda: app.reader.question.dates == "2025-02-10..2025-02-16" and _rows(app) == 2)
        # The chart keeps every period of the results, not only the filtered ones.
        assert chart.timeline.total == 5


@pytest.mark.asyncio
async def test_the_highlighted_actor_gets_a_row_of_their_own(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app) and _charted(app) and app.reader.sidebar_actors)
        await pilot.press("3")
        await pilot.press("down")  # the first person: one of the five-article actors
        chart = app.query_one(TimelineChart)
        await _until(pilot, lambda: chart.actor is not None)
        name = chart.actor
        assert sum(chart.actor_counts.values()) == next(a.articles for a in app.reader.sidebar_actors if a.name == name)
        assert name in chart.render().plain


@pytest.mark.asyncio
async def test_saved_searches_and_recent_queries(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        await pilot.press("slash", *"putin", "enter")
        await _until(pilot, lambda: _rows(app) == 5)
        await pilot.press("d", *"Q4 2025", "enter")
        await _until(pilot, lambda: _rows(app) == 2)
        await pilot.press("escape", "ctrl+s")
        await _until(pilot, lambda: isinstance(app.screen, Prompt))
        field = app.screen.query_one(Input)
        assert field.value == "putin"
        field.value = "late putin"
        await pilot.press("enter")
        await _until(pilot, lambda: [s.name for s in app.state.saved_searches()] == ["late putin"])
        saved = app.state.saved_searches()[0]
        assert (saved.question.words, saved.question.dates) == ("putin", "Q4 2025")
        # Somewhere else entirely, then back with two keys.
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"hegseth", "enter")
        app.query_one(DateFilter).set_expression("")
        await _until(pilot, lambda: _rows(app) == 2 and app.reader.question.words == "hegseth" and app.reader.question.date_range is None)
        await pilot.press("S")
        await _until(pilot, lambda: isinstance(app.screen, SavedSearches))
        await pilot.press("1")
        await _until(pilot, lambda: app.reader.question.words == "putin" and app.reader.question.dates == "Q4 2025" and _rows(app) == 2)
        assert app.query_one(SearchField).value == "putin"
        # Recent queries: up walks back, down comes forward to what was being typed.
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"nat")
        await pilot.press("up")
        search = app.query_one(SearchField)
        assert search.value == "putin"
        await pilot.press("up")
        assert search.value == "hegseth"
        await pilot.press("down", "down")
        assert search.value == "nat"
        await pilot.press("up", "up", "backspace", "up")  # an edited recent query starts a new walk
        assert search.value == "putin"
        # The palette lists saved searches; d in the menu forgets one.
        await pilot.press("escape", "S")
        await _until(pilot, lambda: isinstance(app.screen, SavedSearches))
        await pilot.press("d", "escape")
        assert app.state.saved_searches() == []


@pytest.mark.asyncio
async def test_export_from_the_reader_writes_what_the_list_shows(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        await pilot.press("slash", *"nato", "enter")
        await _until(pilot, lambda: _rows(app) == 4)
        target = tmp_path / "nato.csv"
        await pilot.press("e")
        await _until(pilot, lambda: isinstance(app.screen, Prompt))
        assert app.screen.query_one(Input).value.endswith(".md")
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await _until(pilot, lambda: target.exists() and "exported 4 articles" in _messages(app))
        rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
        shown = app.query_one(ArticleList).matches
        assert [r["id"] for r in rows] == [shown.row(i).id for i in range(len(shown))]
        # An existing file is replaced only after a yes; a bad name is refused.
        await pilot.press("e")
        await _until(pilot, lambda: isinstance(app.screen, Prompt))
        app.screen.query_one(Input).value = str(target)
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("n")
        await pilot.press("e")
        await _until(pilot, lambda: isinstance(app.screen, Prompt))
        app.screen.query_one(Input).value = str(tmp_path / "nato.docx")
        await pilot.press("enter")
        await _until(pilot, lambda: "name it .md, .csv or .jsonl" in _messages(app))
        assert not (tmp_path / "nato.docx").exists()


@pytest.mark.asyncio
async def test_citation_and_quote_go_to_the_clipboard(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        await pilot.press("c")
        assert "open an article first" in _messages(app)
        await pilot.press("slash", *"budapest", "enter")
        await _until(pilot, lambda: _rows(app) == 1)
        await pilot.press("enter")
        await _until(pilot, lambda: app.reader.article is not None)
        await pilot.press("c")
        assert app.clipboard.startswith("\u201cTrump says he will meet with Putin in Budapest")
        assert "The Post, 16 October 2025" in app.clipboard
        await pilot.press("quotation_mark", "y")  # from the list: the keys work in every pane
        quote = app.reader.article.quotes[0]
        assert app.clipboard.startswith("\u201c" + app.reader.article.body[quote.start:quote.end].strip("\u201c\u201d\"")[:20])
        assert f"\u2014 {quote.speaker}" in app.clipboard and "The Post" in app.clipboard


@pytest.mark.asyncio
async def test_source_file_opens_in_the_editor_and_links_in_the_browser(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    records = [{"title": "Harbour opens", "date": "2025-03-04", "url": "https://example.org/harbour",
                "text": "The new harbour opened on Tuesday. " * 5},
               {"title": "Strange link", "date": "2025-03-05", "url": "javascript:alert(1)",
                "text": "A record whose link is not a web page. " * 5}]
    write(corpus / "feed.jsonl", "".join(json.dumps(r) + "\n" for r in records))
    ran: list[list[str]] = []
    opened: list[str] = []

    class Browser:
        def open(self, url: str) -> bool:
            opened.append(url)
            return True

    monkeypatch.setenv("EDITOR", "vi")
    monkeypatch.setattr(external.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(external, "run", lambda command: ran.append(list(command)) or 0)
    monkeypatch.setattr(external, "browser", lambda: ("background", Browser()))
    app = _app(tmp_path, corpus)
    monkeypatch.setattr(app, "suspend", nullcontext)  # Pilot's terminal cannot be handed over
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app, rows=2))
        await pilot.press("end", "enter")  # the older one: Harbour opens
        await _until(pilot, lambda: app.reader.article is not None and app.reader.article.title == "Harbour opens")
        await pilot.press("E")
        assert ran == [["vi", f"+{app.reader.article.line}", str(corpus / "feed.jsonl")]]
        await pilot.press("w")
        await _until(pilot, lambda: isinstance(app.screen, Confirm))
        await pilot.press("y")
        await _until(pilot, lambda: opened == ["https://example.org/harbour"])
        await pilot.press("home", "enter")
        await _until(pilot, lambda: app.reader.article is not None and app.reader.article.title == "Strange link")
        await pilot.press("w")
        await _until(pilot, lambda: "not http(s); not opening it" in _messages(app))
        assert not isinstance(app.screen, Confirm) and opened == ["https://example.org/harbour"]


def test_only_web_links_are_opened_and_editors_get_the_line(monkeypatch: pytest.MonkeyPatch) -> None:
    assert external.web_link("https://example.org/a?b=c") == "https://example.org/a?b=c"
    for bad in ("file:///etc/passwd", "javascript:alert(1)", "https://", "http://x\x1b[31m", "http://[x",
                None, ""):
        assert external.web_link(bad) is None
    monkeypatch.setattr(external.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setenv("EDITOR", "code --wait")
    monkeypatch.delenv("VISUAL", raising=False)
    assert external.editor_command("/a b.jsonl", 7) == ["code", "--wait", "/a b.jsonl"]  # no +LINE for it
    monkeypatch.setenv("VISUAL", "nvim")
    assert external.editor_command("/a.jsonl", 7) == ["nvim", "+7", "/a.jsonl"]
    monkeypatch.setenv("PAGER", "less -R")
    assert external.pager_command("/a.jsonl", 7) == ["less", "-R", "+7g", "/a.jsonl"]
    monkeypatch.setattr(external.shutil, "which", lambda name: None)
    assert external.editor_command("/a.txt") is None


@pytest.mark.asyncio
async def test_config_theme_keys_and_columns_apply_and_bad_ones_are_named(tmp_path: Path) -> None:
    path = write(tmp_path / "config.toml", '[reader]\ntheme = "nord"\ncolumns = ["date", "title"]\n'
                                           '[keys]\n"app.export" = "x"\n"app.nothing" = "z"\n')
    app = _app(tmp_path, config=settings.load(path))
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        assert app.theme == "nord"
        assert "line 6: keys.app.nothing is not a binding id" in _messages(app)
        line = "".join(segment.text for segment in app.query_one(ArticleList).render_line(0))
        assert line.startswith("2025-12-03 Trump: Putin") and "●" not in line
        await pilot.press("x")
        await _until(pilot, lambda: isinstance(app.screen, Prompt))
        await pilot.press("escape")
        app.theme = "gruvbox"  # as the palette's theme command does
        await pilot.pause(0.1)
    again = _app(tmp_path, config=settings.load(path))
    async with again.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(again))
        assert again.theme == "gruvbox"  # remembered
    write(path, '[reader]\ntheme = "dracula"\n')  # a new theme in the file wins over the remembered one
    third = _app(tmp_path, config=settings.load(path))
    async with third.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(third))
        assert third.theme == "dracula"


@pytest.mark.asyncio
async def test_a_broken_config_still_opens_the_reader(tmp_path: Path) -> None:
    path = write(tmp_path / "config.toml", '[reader]\ntheme = "no-such-theme"\n[dates\n')
    app = _app(tmp_path, config=settings.load(path))
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        assert "line 3" in _messages(app) and "using the defaults" in _messages(app)
    path = write(tmp_path / "config.toml", '[reader]\ntheme = "no-such-theme"\n')
    app = _app(tmp_path, config=settings.load(path))
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        assert "line 2: reader.theme 'no-such-theme' is not a theme here" in _messages(app)


@pytest.mark.asyncio
async def test_relative_dates_in_the_reader_can_count_from_the_newest_article(tmp_path: Path) -> None:
    path = write(tmp_path / "config.toml", '[dates]\nrelative_to = "newest"\norder = "DMY"\n')
    app = NewsdeskApp([str(SEEDS)], str(tmp_path / "ix"), None, state=ReadingState("t", tmp_path / "s.sqlite"),
                      config=settings.load(path))
    async with app.run_test(size=(150, 42)) as pilot:
        await _until(pilot, lambda: _settled(app))
        await pilot.press("d", *"last 30 days", "enter")  # the newest seed is from 3 December 2025
        await _until(pilot, lambda: _rows(app) == 1)
        assert app.query_one(ArticleList).current == "004_300d874ee8deddb0"
        await pilot.press("ctrl+a", "ctrl+k", *"12/02/2025", "enter")  # DMY: 12 February
        await _until(pilot, lambda: _rows(app) == 1 and app.query_one(ArticleList).current == "000_280bedb2750b87d1")


@pytest.mark.asyncio
async def test_the_readme_screenshot_script_draws_the_four_panes(tmp_path: Path) -> None:
    from tui.screenshot import _shoot

    out = tmp_path / "shot.svg"
    await _shoot(out)
    svg = out.read_text(encoding="utf-8").replace("&#160;", " ")
    assert svg.startswith("<svg") and "newsdesk on the bundled seeds" in svg
    for pane_text in ("5 articles", "People (", "Feb 2025: 2 articles", "Search"):  # list, actors, timeline, keys
        assert pane_text in svg
