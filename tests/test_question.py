"""One value for what the user asked: parsed once, shared by every answer."""

from __future__ import annotations

from datetime import date

import pytest

from search import Index, QueryError, Question, UpdateReport
from search import question as question_module
from search.article import Skipped
from search.index.report import ProgressLine, progress_line, read_line, summary_line
from search.query import And, Everything


@pytest.fixture()
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    real = question_module.parse

    def counting(text: str, today: date | None = None, order: str = "MDY"):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real(text, today, order)  # type: ignore[arg-type]

    monkeypatch.setattr(question_module, "parse", counting)
    return seen


def test_words_are_parsed_once_whatever_is_asked(seed_index: Index, parses: list[str]) -> None:
    question = Question("putin OR zelensky", dates="2025", today=date(2025, 12, 20))
    seed_index.search(question)
    seed_index.matches(question)
    seed_index.actors(question)
    seed_index.timeline(question.without_dates())  # derived questions carry the parsed words
    seed_index.quotes(question.with_actor("Pete Hegseth"))
    seed_index.highlights("Putin met Zelensky", question)
    assert parses == ["putin OR zelensky"]


def test_a_new_day_or_new_words_are_parsed_again(parses: list[str]) -> None:
    question = Question("after:2025-02-01 talks")
    question.check()
    question.with_words("talks").check()
    question.counted_from(date(2025, 3, 1)).check()
    question.sorted_by("date").check()  # same words, same day: not again
    assert parses == ["after:2025-02-01 talks", "talks", "after:2025-02-01 talks"]


def test_actors_and_dates_narrow_the_words() -> None:
    asked = Question("peace", actors=["Pete Hegseth"], dates="Q1 2025")
    assert asked.actors == ("Pete Hegseth",)  # a list is taken as a tuple
    assert isinstance(asked.narrowed, And) and len(asked.narrowed.nodes) == 3
    assert asked.date_range is not None and asked.date_range.describe() == "1 Jan 2025 to 31 Mar 2025"
    assert isinstance(Question().narrowed, Everything)
    assert Question().ranked_by == "date" and asked.ranked_by == "rank" and asked.sorted_by("date").ranked_by == "date"
    assert asked.without_actor("Pete Hegseth").actors == () and asked.with_actor("X").actors == ("Pete Hegseth", "X")


def test_a_question_that_cannot_be_understood_fails_when_checked() -> None:
    broken = Question("putin OR")
    with pytest.raises(QueryError):
        broken.check()
    assert Question("a") == Question("a") and hash(Question("a")) == hash(Question("a"))


def test_filters_apply_to_quotes_too(seed_index: Index) -> None:
    everyone = seed_index.quotes(Question())
    early = seed_index.quotes(Question(dates="2025-01-01..2025-03-01"))
    assert 0 < len(early) < len(everyone)


def test_the_indexer_protocol_round_trips() -> None:
    report = UpdateReport(files=3, read=2, added=5, duplicates=1, removed_files=1, busy=False, seconds=1.25,
                          skipped=[Skipped("a.json", "not valid JSON", 4), Skipped("b.bin", "binary")])
    line = summary_line(report, 7)
    assert "\n" not in line
    back = read_line(line)
    assert isinstance(back, UpdateReport) and back == report
    assert read_line(progress_line(10, 20)) == ProgressLine(10, 20)
    assert read_line("progress ten twenty") is None and read_line("summary {not json") is None
    assert read_line("Traceback (most recent call last):") is None
    assert UpdateReport.from_dict({"read": "x", "skipped": [{"path": "p", "reason": "r", "line": "?"}]}).read == 0
