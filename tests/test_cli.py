"""The CLI contract that scripts rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main

from .conftest import SEED_DATES, write


@pytest.fixture()
def run(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    def call(*args: str) -> tuple[int, str, str]:
        status = main([*args, "--index-dir", str(tmp_path / "ix")] if args and args[0] in
                      ("index", "search", "show", "related", "actors") else list(args))
        out, err = capsys.readouterr()
        return status, out, err
    return call


def test_search_json_contract_on_the_seeds(run) -> None:
    status, out, _ = run("search", "--json", "--limit", "50")
    data = json.loads(out)
    assert status == 0 and data["query"] == "" and data["total"] == 5
    assert {r["id"]: r["published"] for r in data["results"]} == SEED_DATES
    keys = {"id", "title", "title_derived", "source", "published", "published_from", "path", "score",
            "snippet", "actors"}
    assert all(keys <= set(r) for r in data["results"])


def test_search_words_and_limit(run) -> None:
    status, out, _ = run("search", "hegseth", "nato", "--json", "--limit", "1")
    data = json.loads(out)
    assert data["total"] == 2 and len(data["results"]) == 1 and "**" in data["results"][0]["snippet"]


def test_bad_query_exits_2_with_one_line(run) -> None:
    status, out, err = run("search", "putin OR")
    assert status == 2 and out == "" and err.strip().count("\n") == 0 and "OR needs" in err


def test_relative_dates_follow_today(run) -> None:
    _, out, _ = run("search", 'date:"last two weeks"', "--today", "2025-02-14", "--json")
    assert {r["id"] for r in json.loads(out)["results"]} == {"000_280bedb2750b87d1", "001_869b093860f3ba4e"}
    status, _, err = run("search", "x", "--today", "yesterday")
    assert status == 2 and "YYYY-MM-DD" in err


def test_show_cleaned_raw_and_unknown(run) -> None:
    _, out, _ = run("show", "004_300d874ee8deddb0", "--json")
    data = json.loads(out)
    assert data["title"] == "Trump: Putin Wants To End the War" and "Leave a Reply" not in data["body"]
    assert {"duplicates", "actors", "body"} <= set(data)
    assert all({"name", "type", "mentions"} <= set(a) for a in data["actors"])
    _, out, _ = run("show", "004_300d874ee8deddb0", "--raw")
    assert "Leave a Reply" in out
    status, _, err = run("show", "no-such-id")
    assert status == 1 and "no article" in err


def test_related_and_actors_json(run) -> None:
    _, out, _ = run("related", "000_280bedb2750b87d1", "--json", "--limit", "2")
    data = json.loads(out)
    assert data["id"] == "000_280bedb2750b87d1" and len(data["related"]) == 2
    assert set(data["related"][0]["why"]) == {"terms", "actors", "days_apart", "same_text"}
    _, out, _ = run("actors", "--json", "--limit", "10")
    actors = {a["name"]: a for a in json.loads(out)["actors"]}
    for name in ("Donald Trump", "Vladimir Putin"):
        assert actors[name]["articles"] == 5 and actors[name]["type"] == "PER"
    assert set(actors["Donald Trump"]) == {"name", "type", "aliases", "articles", "mentions", "roles"}
    assert {"role": "President", "articles": 5} in actors["Donald Trump"]["roles"]


def test_quotes_and_cooccurrence_json(run) -> None:
    _, out, _ = run("quotes", "--actor", "peskov", "--json")
    quotes = json.loads(out)["quotes"]
    assert quotes and all(q["speaker"] == "Dmitry Peskov" for q in quotes)
    assert set(quotes[0]) == {"article", "speaker", "text", "start", "end"}
    _, out, _ = run("show", quotes[0]["article"], "--json")
    assert json.loads(out)["body"][quotes[0]["start"]:quotes[0]["end"]] == quotes[0]["text"]
    _, out, _ = run("actors", "--with", "hegseth", "--json")
    together = {a["name"]: a["articles"] for a in json.loads(out)["actors"]}
    assert together["Donald Trump"] == 2 and "Pete Hegseth" not in together
    status, _, err = run("quotes", "--actor", "nobody at all")
    assert status == 1 and "no actor" in err


def test_index_summary_and_status(run, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "good.txt", "A headline here\n\nA sentence of news, reporters said.\n")
    write(corpus / "bad.txt", b"\x00\x01binary")
    status, out, _ = run("index", str(corpus), "--json")
    data = json.loads(out)
    assert status == 0 and data["articles"] == 1 and data["skipped"][0]["path"].endswith("bad.txt")
    only_bad = tmp_path / "only-bad"
    write(only_bad / "bad.txt", b"\x00\x01binary")
    assert main(["index", str(only_bad), "--index-dir", str(tmp_path / "ix2")]) == 1


def test_help_has_examples_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--help"]) == 0
    assert "examples:" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("newsdesk ")
    assert main(["search", "--limit", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err


def test_markup_in_articles_is_printed_as_text(run, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "evil.txt", "[bold]Evil[/] [@click=app.quit]x[/] headline\n\n"
                               "Text with [link=file:///etc/passwd]a link[/link] and \x1b]52;c;aGk=\x07 in it.\n")
    status, out, _ = run("show", "evil", "--corpus", str(corpus))
    assert "[@click=app.quit]x[/]" in out and "[link=file:///etc/passwd]" in out
    assert "\x1b]52" not in out


def test_installed_command_finds_the_bundled_seeds(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "newsdesk"
    if not script.exists():
        pytest.skip("newsdesk is not installed as a command in this environment")
    env = {**os.environ, "NEWSDESK_INDEX_DIR": str(tmp_path / "ix")}
    done = subprocess.run([str(script), "search", "--json"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"] == 5


def test_index_summary_groups_what_was_skipped(run, tmp_path: Path) -> None:
    corpus = tmp_path / "mixed"
    write(corpus / "good.txt", "A headline here\n\nA sentence of news, reporters said.\n")
    write(corpus / "a.txt", b"\x00\x01binary")
    write(corpus / "b.txt", b"\x00\x02binary")
    write(corpus / "empty.txt", "  \n")
    status, _, err = run("index", str(corpus))
    assert status == 0 and "skipped 3: 2 not a text file, 1 empty file" in err


def test_a_corpus_of_one_article_has_nothing_related_and_says_so(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "corpus" / "only.txt", "One lonely article\n\nOnly this article is in the corpus, "
                                            "officials said on Monday.\n")
    where = ["--corpus", str(tmp_path / "corpus"), "--index-dir", str(tmp_path / "ix")]
    assert main(["related", "only", *where]) == 0
    out = capsys.readouterr().out
    assert "Related to only: 0" in out and "No other article" in out
    assert main(["related", "only", "--json", *where]) == 0
    assert json.loads(capsys.readouterr().out)["related"] == []
    assert main(["stories", "", "--json", *where]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["articles"] == 1 and [len(s["articles"]) for s in found["stories"]] == [1]
