from datetime import date, datetime

import pytest

from search.dates import BadDate, date_in_text, parse_published

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("value, expected", [
    ("2025-02-12", datetime(2025, 2, 12)),
    ("2022-01-01T13:01:11+02:00", datetime(2022, 1, 1, 11, 1, 11)),  # normalised to UTC
    ("2022-01-01T13:01:11Z", datetime(2022, 1, 1, 13, 1, 11)),
    ("Mon, 03 Jan 2022 13:01:11 GMT", datetime(2022, 1, 3, 13, 1, 11)),
    ("Mon, 03 Jan 2022 08:01:11 -0500", datetime(2022, 1, 3, 13, 1, 11)),
    ("March 5, 2024", datetime(2024, 3, 5)),
])
def test_field_dates(value: str, expected: datetime) -> None:
    assert parse_published(value, TODAY) == expected


@pytest.mark.parametrize("value", ["2025-13-45", "9999-01-01", "1850-06-01", "not a date", "2027-05-01"])
def test_impossible_or_absurd_dates_are_refused(value: str) -> None:
    with pytest.raises(BadDate):
        parse_published(value, TODAY)


def test_latest_plausible_date_wins() -> None:
    text = "Talks began on Jan. 31, 2025. A caption from Friday, Feb. 14, 2025 and 3 March 2025."
    assert date_in_text(text, TODAY) == datetime(2025, 3, 3)


def test_weekday_must_match() -> None:
    # 12 February 2025 was a Wednesday.
    assert date_in_text("Tuesday, February 12, 2025", TODAY) is None
    assert date_in_text("Wednesday, February 12, 2025", TODAY) == datetime(2025, 2, 12)


def test_future_dates_and_dates_split_across_lines_are_ignored() -> None:
    assert date_in_text("The final is on 15 July 2030.", TODAY) is None
    assert date_in_text("Tuesday, 1 March\n\n2000 GMT", TODAY) is None


def test_only_weekday_dates_when_asked() -> None:
    lead = "He vanished 10 years ago, on 1 February 1995. Officials met on Friday, Jan. 31, 2025."
    assert date_in_text(lead, TODAY, with_weekday=True) == datetime(2025, 1, 31)
    assert date_in_text("He vanished on 1 February 1995.", TODAY, with_weekday=True) is None
