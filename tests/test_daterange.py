from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.daterange import DateError, DateRange, parse_range

TODAY = date(2025, 3, 20)


def d(*parts: int) -> datetime:
    return datetime(*parts)


@pytest.mark.parametrize("text, start, end", [
    ("2025-02-12", d(2025, 2, 12), d(2025, 2, 13)),
    ("feb 2025", d(2025, 2, 1), d(2025, 3, 1)),
    ("2025", d(2025, 1, 1), d(2026, 1, 1)),
    ("Q4 2025", d(2025, 10, 1), d(2026, 1, 1)),
    ("2025-02-01..2025-03-01", d(2025, 2, 1), d(2025, 3, 2)),
    ("between 1 March and 15 April 2025", d(2025, 3, 1), d(2025, 4, 16)),
    ("since February", d(2025, 2, 1), None),
    ("before March 2025", None, d(2025, 3, 1)),
    ("last two weeks", d(2025, 3, 7), d(2025, 3, 21)),
    ("last 3 days", d(2025, 3, 18), d(2025, 3, 21)),
    ("this month", d(2025, 3, 1), d(2025, 4, 1)),
    ("last month", d(2025, 2, 1), d(2025, 3, 1)),
    ("yesterday", d(2025, 3, 19), d(2025, 3, 20)),
    ("..2025-01-31", None, d(2025, 2, 1)),
])
def test_expressions(text: str, start: datetime | None, end: datetime | None) -> None:
    assert parse_range(text, TODAY) == DateRange(start, end)


def test_day_order_for_ambiguous_dates() -> None:
    assert parse_range("12/02/2025", TODAY).start == d(2025, 12, 2)
    assert parse_range("12/02/2025", TODAY, order="DMY").start == d(2025, 2, 12)


@pytest.mark.parametrize("text", ["blah", "2025-13-45", "2025-03-01..2025-02-01", "", "last 0 days"])
def test_errors_name_the_value(text: str) -> None:
    with pytest.raises(DateError) as info:
        parse_range(text, TODAY)
    assert str(info.value)


def test_describe_in_plain_words() -> None:
    assert parse_range("feb 2025", TODAY).describe() == "1 Feb 2025 to 28 Feb 2025"
    assert parse_range("2025-02-12", TODAY).describe() == "on 12 Feb 2025"
    assert parse_range("since February", TODAY).describe() == "since 1 Feb 2025"


DATE_WORDS = st.sampled_from(["since ", "before ", "after ", "between ", " and ", "last ", "next ", "two ", "3 ",
                               "weeks", "days", "february ", "Feb ", "2025", "9999", "1850", "-13-45", "12/02/",
                               "..", " to ", "Q4 ", "today", "yesterday", "ago", "-", "/", "0", "31 ", " "])


@settings(max_examples=10_000, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(DATE_WORDS, max_size=12).map("".join),
                 st.text(alphabet="0123456789-/. ", max_size=40), st.just("x" * 5000)))
def test_any_text_is_a_range_or_our_error(text: str) -> None:
    try:
        found = parse_range(text, TODAY)
    except DateError as exc:
        assert str(exc)
    else:
        assert found.start is None or found.end is None or found.start < found.end
