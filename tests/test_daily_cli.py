"""Daily use from the command line: timeline, export formats that parse back, config."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from search import config as settings
from search.export import format_of, write
from search.results import Hit
from search.timeline import count_by_period
from tui.cli import main

from .conftest import SEED_DATES, write as write_file


@pytest.fixture()
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    def call(*args: str) -> tuple[int, str, str]:
        extra = ["--index-dir", str(tmp_path / "ix")] if args[0] not in ("config",) else []
        status = main([*args, *extra])
        out, err = capsys.readouterr()
        return status, out, err
    return call


# Timeline ---------------------------------------------------------------------------------

def test_timeline_json_counts_every_seed_once_by_month(run) -> None:
    status, out, _ = run("timeline", "--by", "month", "--json")
    data = json.loads(out)
    assert status == 0 and data["period"] == "month" and data["total"] == 5 and data["undated"] == 0
    counted = {b["start"][:7]: b["count"] for b in data["buckets"] if b["count"]}
    expected: dict[str, int] = {}
    for day in SEED_DATES.values():
        expected[day[:7]] = expected.get(day[:7], 0) + 1
    assert counted == expected
    months = [b["start"] for b in data["buckets"]]
    assert months[0] == "2025-01-01" and months[-1] == "2025-12-01" and len(months) == 12  # empty months too


def test_timeline_follows_the_query_and_the_actor(run) -> None:
    _, out, _ = run("timeline", "budapest", "--by", "day", "--json")
    data = json.loads(out)
    assert data["total"] == 1 and [b["start"] for b in data["buckets"] if b["count"]] == ["2025-10-16"]
    _, out, _ = run("timeline", "--actor", "hegseth", "--json")
    assert json.loads(out)["total"] == 2
    status, _, err = run("timeline", "--actor", "nobody-at-all-xyz")
    assert status == 1 and "nobody-at-all-xyz" in err


def test_timeline_chart_has_a_bar_per_period(run) -> None:
    status, out, _ = run("timeline", "--by", "month")
    lines = out.splitlines()
    assert status == 0 and lines[0].startswith("5 dated articles by month")
    bars = {line.split()[0]: line.count("█") for line in lines[1:]}
    assert len(bars) == 12 and bars["2025-03"] == 0 and bars["2025-02"] > bars["2025-01"] > 0


def test_periods_are_chosen_for_the_span_and_weeks_start_on_monday() -> None:
    from datetime import datetime

    days = [datetime(2025, 3, 5), datetime(2025, 3, 9), None]
    line = count_by_period(days)
    assert line.period == "day" and len(line.buckets) == 5 and line.undated == 1 and line.total == 3
    weeks = count_by_period(days, "week")
    assert [b.start for b in weeks.buckets] == [date(2025, 3, 3)] and weeks.buckets[0].count == 2
    assert count_by_period([datetime(2020, 1, 1), datetime(2025, 1, 1)]).period == "month"
    assert count_by_period([datetime(2025, 1, 1), datetime(2025, 6, 1)]).period == "week"
    assert count_by_period([]).buckets == ()


# Export -------------------------------------------------------------------------------------

def test_csv_export_parses_back(run, tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    status, _, err = run("search", "--all", "--output", str(target))
    assert status == 0 and "wrote 5 articles" in err
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert {row["id"]: row["date"] for row in rows} == SEED_DATES
    assert all(row["title"] and row["link"] and row["snippet"] for row in rows)


def test_jsonl_export_parses_back(run) -> None:
    status, out, _ = run("search", "putin", "--format", "jsonl", "--limit", "3")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(records) == 3
    assert all(set(r) == {"id", "title", "outlet", "date", "link", "path", "snippet"} for r in records)
    assert all("**" not in r["snippet"] for r in records)


def test_markdown_export_lists_each_article_with_its_link(run) -> None:
    status, out, _ = run("search", "--all", "--format", "md")
    assert status == 0 and out.startswith("# newsdesk: every article\n\n5 articles")
    items = re.findall(r"^\d+\. \[(.+)\]\(<(.+)>\)  $", out, re.MULTILINE)
    assert len(items) == 5 and all(Path(link).name.split(".")[0] in SEED_DATES for _, link in items)


def test_export_of_hostile_text_stays_inert_and_exact() -> None:
    hit = Hit(id="x", title="=HYPERLINK(\"http://evil\")\x1b[31m [a](b) *b*", title_derived=False, source="-Out",
              published=None, published_from="none", path="/p", score=0.0, snippet="**kw** \u202e x", actors=(),
              url="http://example.org/a b>")
    text = io.StringIO()
    write([hit], text, "csv")
    row = list(csv.DictReader(io.StringIO(text.getvalue())))[0]
    assert row["title"].startswith("'=HYPERLINK") and "\x1b" not in text.getvalue() and row["outlet"] == "'-Out"
    text = io.StringIO()
    write([hit], text, "md")
    assert "\\[a\\]\\(b\\)" in text.getvalue() and "\\*b\\*" in text.getvalue() and "**kw**" in text.getvalue()
    assert "\u202e" not in text.getvalue() and "<http://example.org/a b%3E>" in text.getvalue()
    text = io.StringIO()
    write([hit], text, "jsonl")
    assert json.loads(text.getvalue())["snippet"] == "kw \u202e x" and "\u202e" not in text.getvalue()


def test_unknown_export_extension_is_a_usage_error(run, tmp_path: Path) -> None:
    status, _, err = run("search", "--output", str(tmp_path / "out.docx"))
    assert status == 2 and "name it .md, .csv or .jsonl" in err and not (tmp_path / "out.docx").exists()
    with pytest.raises(ValueError):
        format_of("notes")


def test_export_to_a_folder_that_is_not_there_says_so(run, tmp_path: Path) -> None:
    status, _, err = run("search", "--output", str(tmp_path / "missing" / "out.csv"))
    assert status == 1 and "No such file or directory" in err and "Traceback" not in err


# Configuration ---------------------------------------------------------------------------

def test_config_init_writes_a_default_that_loads_without_problems(run) -> None:
    status, out, _ = run("config", "--init")
    path = settings.config_path()
    assert status == 0 and str(path) in out and path.exists()
    loaded = settings.load()
    assert loaded.problems == [] and loaded.date_order == "MDY" and loaded.theme == "textual-dark"
    status, _, err = run("config", "--init")
    assert status == 1 and "--force" in err
    assert run("config", "--path")[1].strip() == str(path)


def test_bad_values_name_the_key_and_line_and_fall_back(tmp_path: Path) -> None:
    path = write_file(tmp_path / "config.toml", '[dates]\norder = "XYZ"\nrelative_to = "newest"\n\n'
                                                '[reader]\ncolumns = ["date", "bogus"]\ntheme = 7\n[keys]\n'
                                                '"app.search" = ""\n"app.export" = "ctrl+e"\n[nonsense]\nx = 1\n')
    loaded = settings.load(path)
    assert loaded.date_order == "MDY" and loaded.relative_to == "newest" and loaded.keys == {"app.export": "ctrl+e"}
    assert loaded.columns == settings.COLUMNS and loaded.theme is None
    joined = "\n".join(loaded.problems)
    assert "line 2: dates.order" in joined and "line 6: reader.columns" in joined and "line 7: reader.theme" in joined
    assert "line 9: keys.app.search" in joined and "line 11: unknown section [nonsense]" in joined


def test_unreadable_toml_gives_the_line_and_the_defaults(tmp_path: Path) -> None:
    path = write_file(tmp_path / "config.toml", '[dates]\norder = "DMY"\n[reader\n')
    loaded = settings.load(path)
    assert loaded.date_order == "MDY" and len(loaded.problems) == 1 and "line 3" in loaded.problems[0]
    binary = write_file(tmp_path / "binary.toml", b"\xff\xfe\x00")
    assert "using the defaults" in settings.load(binary).problems[0]


def test_config_date_order_and_corpus_reach_the_cli(run, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_file(corpus / "feed.jsonl", "".join(json.dumps({"title": title, "date": day, "text": f"{title} harbours."}) + "\n"
                                              for title, day in (("Alpha", "2025-04-03"), ("Beta", "2025-03-04"))))
    config = settings.config_path()
    write_file(config, f'[corpus]\npaths = ["{corpus}"]\n[dates]\norder = "DMY"\n')
    _, out, _ = run("search", "date:03/04/2025", "--json")
    assert [r["title"] for r in json.loads(out)["results"]] == ["Alpha"]  # 3 April
    write_file(config, f'[corpus]\npaths = ["{corpus}"]\n[dates]\norder = "MDY"\n')
    _, out, _ = run("search", "date:03/04/2025", "--json")
    assert [r["title"] for r in json.loads(out)["results"]] == ["Beta"]  # March 4


def test_relative_dates_can_count_from_the_newest_article(run) -> None:
    write_file(settings.config_path(), '[dates]\nrelative_to = "newest"\n')
    _, out, _ = run("search", 'date:"last 30 days"', "--json")
    assert [r["id"] for r in json.loads(out)["results"]] == ["004_300d874ee8deddb0"]  # newest: 2025-12-03
    status, out, err = run("config")
    assert status == 0 and "relative dates from: newest" in out
    write_file(settings.config_path(), '[keys]\n"app.export" = "ctrl+e"\n"app.bogus" = "z"\n')
    status, out, _ = run("config")
    assert status == 1 and "line 3: keys.app.bogus is not a binding id" in out


def test_a_bad_config_never_stops_a_command(run) -> None:
    write_file(settings.config_path(), "this is = = not toml")
    status, out, err = run("search", "--json")
    assert status == 0 and json.loads(out)["total"] == 5 and "config.toml" in err and "line 1" in err


def test_every_help_has_examples_and_there_is_a_version(capsys: pytest.CaptureFixture[str]) -> None:
    from search import __version__
    from tui.cli import SUBCOMMANDS

    for argv in (["--help"], *([name, "--help"] for name in SUBCOMMANDS)):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert "examples:\n  newsdesk" in out, argv
    assert main(["--version"]) == 0 and capsys.readouterr().out.strip() == f"newsdesk {__version__}"


def test_a_corpus_without_dates_counts_every_article_as_undated(tmp_path: Path) -> None:
    from search import Index

    for number in range(3):
        write_file(tmp_path / "corpus" / f"{number}.txt", f"Headline {number}\n\nA story without any date {number}.\n")
    with Index.open([tmp_path / "corpus"], tmp_path / "ix") as index:
        index.update()
        found = index.timeline()
        assert found.buckets == () and found.undated == 3 and found.total == 3 and index.newest() is None
