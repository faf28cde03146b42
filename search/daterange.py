"""The date language shared by queries and the date filter.

`parse_range("since February", today)` and friends turn what a user types into a
half-open DateRange.  dateparser reads single dates and tells us their period
(day, week, month, year); the words around them (since, before, between, last two
weeks, Q4 2025, a..b) are a small grammar of ours, because dateparser returns None
for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from .errors import NewsdeskError

__all__ = ["DateRange", "DateError", "parse_range", "date_parser"]

DateOrder = Literal["MDY", "DMY", "YMD"]


class DateError(NewsdeskError, ValueError):
    """A date expression we could not understand; the message names the value."""


@dataclass(frozen=True)
class DateRange:
    """Dates from `start` (inclusive) to `end` (exclusive); None is open-ended."""

    start: datetime | None
    end: datetime | None

    def __contains__(self, value: datetime) -> bool:
        return (self.start is None or value >= self.start) and (self.end is None or value < self.end)

    def describe(self) -> str:
        """The range in plain words, e.g. '1 Feb 2025 to 28 Feb 2025'."""
        first = _words(self.start) if self.start else None
        last = _words(self.end - timedelta(days=1)) if self.end else None
        if first and last:
            if self.end and self.start and self.end - self.start <= timedelta(days=1):
                return f"on {first}"
            return f"{first} to {last}"
        if first:
            return f"since {first}"
        if last:
            return f"up to {last}"
        return "any date"


def _words(value: datetime) -> str:
    return f"{value.day} {value:%b %Y}"


_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "couple": 2, "a couple of": 2, "few": 3, "a few": 3,
}
_UNIT = r"(?P<unit>day|week|fortnight|month|quarter|year)s?"
_COUNT = r"(?P<count>\d{1,4}|a couple of|a few|couple|few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_ROLLING = re.compile(rf"(?:last|past|previous)\s+{_COUNT}\s+{_UNIT}")
_CALENDAR = re.compile(rf"(?P<which>last|this|previous|current)\s+{_UNIT}")
_AGO = re.compile(rf"{_COUNT}\s+{_UNIT}\s+ago")
_QUARTER = re.compile(r"q(?P<q>[1-4])\s*(?P<year>\d{4})?|(?P<year2>\d{4})\s*-?\s*q(?P<q2>[1-4])")
_ISO = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?")
MAX_EXPRESSION = 80


def parse_range(expression: str, today: date | None = None, order: DateOrder = "MDY") -> DateRange:
    """Turn a date expression into a DateRange.  Raises DateError naming the value."""
    text = " ".join(expression.strip().lower().replace(",", " ").split())
    if not text:
        raise DateError("empty date")
    if len(text) > MAX_EXPRESSION:
        raise DateError(f"date expression too long ({len(text)} characters): {expression[:40]!r}…")
    today = today or date.today()
    try:
        return _parse(text, today, order)
    except DateError as exc:
        if str(exc).startswith("cannot"):
            raise DateError(f"cannot read {expression.strip()!r} as a date") from None
        raise
    except (ValueError, OverflowError):  # a period that runs outside years 1 to 9999
        raise DateError(f"{expression.strip()!r} falls outside the years 1 to 9999") from None


def _parse(text: str, today: date, order: DateOrder) -> DateRange:
    if ".." in text:
        left, _, right = text.partition("..")
        start = _parse(left.strip(), today, order).start if left.strip() else None
        end = _parse(right.strip(), today, order).end if right.strip() else None
        return _ordered(DateRange(start, end), text)
    match = re.fullmatch(r"(?:between|from)\s+(.+?)\s+(?:and|to|until|till)\s+(.+)", text)
    if match:
        first, second = _pair(match.group(1), match.group(2), today, order)
        return _ordered(DateRange(first.start, second.end), text)
    match = re.fullmatch(r"(.+?)\s+(?:to|until|till|through)\s+(.+)", text)
    if match and not text.startswith(("last", "past", "this", "previous")):
        first, second = _pair(match.group(1), match.group(2), today, order)
        return _ordered(DateRange(first.start, second.end), text)
    for word, side in (("since", "from"), ("after", "from"), ("from", "from"), ("starting", "from"),
                       ("before", "before"), ("until", "until"), ("till", "until"), ("up to", "until")):
        if text.startswith(word + " "):
            inner = _parse(text[len(word) + 1:].strip(), today, order)
            if side == "from":
                return DateRange(inner.start, None)
            if side == "before":
                return DateRange(None, inner.start)
            return DateRange(None, inner.end)
    return _single(text, today, order)


def _pair(first: str, second: str, today: date, order: DateOrder) -> tuple[DateRange, DateRange]:
    """'1 March' and '15 April 2025': a missing year on the left comes from the right."""
    right = _single(second, today, order)
    if not re.search(r"\d{4}", first) and re.search(r"\d{4}", second) and right.start:
        try:
            return _single(f"{first} {right.start.year}", today, order), right
        except DateError:
            pass
    return _single(first, today, order), right


def _ordered(value: DateRange, text: str) -> DateRange:
    if value.start and value.end and value.start >= value.end:
        raise DateError(f"the range {text!r} ends before it starts")
    return value


def _single(text: str, today: date, order: DateOrder) -> DateRange:
    midnight = datetime(today.year, today.month, today.day)
    if text in ("today", "now"):
        return DateRange(midnight, midnight + timedelta(days=1))
    if text == "yesterday":
        return DateRange(midnight - timedelta(days=1), midnight)
    match = _ROLLING.fullmatch(text)
    if match:
        count = _count(match.group("count"))
        start = _shift(midnight, match.group("unit"), -count) + timedelta(days=1)
        return DateRange(start, midnight + timedelta(days=1))
    match = re.fullmatch(rf"(?:last|past|previous)\s+{_UNIT}", text)
    if match and text.startswith("past"):
        start = _shift(midnight, match.group("unit"), -1) + timedelta(days=1)
        return DateRange(start, midnight + timedelta(days=1))
    match = _CALENDAR.fullmatch(text)
    if match:
        start, end = _calendar(midnight, match.group("unit"))
        if match.group("which") in ("last", "previous"):
            end = start
            start = _calendar(start - timedelta(days=1), match.group("unit"))[0]
        return DateRange(start, end)
    match = _AGO.fullmatch(text)
    if match:
        day = _shift(midnight, match.group("unit"), -_count(match.group("count")))
        return DateRange(day, day + timedelta(days=1))
    match = _QUARTER.fullmatch(text)
    if match:
        quarter = int(match.group("q") or match.group("q2"))
        year_text = match.group("year") or match.group("year2")
        year = int(year_text) if year_text else (today.year if quarter <= (today.month + 2) // 3 else today.year - 1)
        start = datetime(year, 3 * quarter - 2, 1)
        return DateRange(start, _shift(start, "quarter", 1))
    match = _ISO.fullmatch(text)
    if match:
        return _iso(match, text)
    return _natural(text, today, order)


def _count(text: str) -> int:
    value = int(text) if text.isdigit() else _NUMBERS[text]
    if not 0 < value <= 2000:
        raise DateError(f"{value} is not a usable count")
    return value


def _shift(value: datetime, unit: str, count: int) -> datetime:
    if unit == "day":
        return value + timedelta(days=count)
    if unit in ("week", "fortnight"):
        return value + timedelta(weeks=count * (2 if unit == "fortnight" else 1))
    months = count * {"month": 1, "quarter": 3, "year": 12}[unit]
    index = value.year * 12 + value.month - 1 + months
    year, month = divmod(index, 12)
    if year < 1:
        raise DateError("date before year 1")
    day = min(value.day, _month_length(year, month + 1))
    return value.replace(year=year, month=month + 1, day=day)


def _month_length(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _calendar(value: datetime, unit: str) -> tuple[datetime, datetime]:
    day = value.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "day":
        return day, day + timedelta(days=1)
    if unit in ("week", "fortnight"):
        start = day - timedelta(days=day.weekday())
        return start, start + timedelta(weeks=1)
    if unit == "month":
        start = day.replace(day=1)
        return start, _shift(start, "month", 1)
    if unit == "quarter":
        start = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
        return start, _shift(start, "quarter", 1)
    start = day.replace(month=1, day=1)
    return start, start.replace(year=start.year + 1)


def _iso(match: re.Match[str], text: str) -> DateRange:
    year = int(match.group("y"))
    try:
        if match.group("d"):
            start = datetime(year, int(match.group("m")), int(match.group("d")))
            return DateRange(start, start + timedelta(days=1))
        if match.group("m"):
            start = datetime(year, int(match.group("m")), 1)
            return DateRange(start, _shift(start, "month", 1))
        start = datetime(year, 1, 1)
    except ValueError:
        raise DateError(f"{text!r} is not a real date") from None
    return DateRange(start, start.replace(year=year + 1) if year < 9999 else None)


@lru_cache(maxsize=8)
def date_parser(order: DateOrder = "MDY", base: date | None = None) -> Any:
    """One reusable dateparser reader for English (importing dateparser is slow).

    `base` is the day relative expressions count from; None means the clock.
    """
    import dateparser

    settings: dict[str, Any] = {"DATE_ORDER": order, "PREFER_DATES_FROM": "past",
                                "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day, 12)
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)


_PERIODS = {"day": "day", "week": "week", "month": "month", "year": "year"}


def _natural(text: str, today: date, order: DateOrder) -> DateRange:
    if not re.search(r"[a-z0-9]", text):
        raise DateError("cannot")
    try:
        data = date_parser(order, today).get_date_data(text)
    except (ValueError, OverflowError, TypeError, AttributeError):
        raise DateError("cannot") from None
    if data is None or data.date_obj is None:
        raise DateError("cannot")
    found: datetime = data.date_obj.replace(tzinfo=None)
    try:
        start, end = _calendar(found, _PERIODS.get(data.period or "day", "day"))
    except (ValueError, OverflowError):  # the period runs past year 9999
        raise DateError("cannot") from None
    return DateRange(start, end)
