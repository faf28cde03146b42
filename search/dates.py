"""Publication dates of articles: from a record field, a header, or the text itself.

Text inference looks only for explicit dates that carry a year ("Jan. 31, 2025",
"15 October 2025", "2025-02-12"), rejects those whose stated weekday does not match,
and lets the latest plausible one win.  It never runs dateparser's search_dates over
a whole article (slow, and it reads ages as years and "we" as Wednesday).
"""

from __future__ import annotations

import email.utils
import re
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any

__all__ = ["BadDate", "parse_published", "date_in_text", "dates_in_text", "MONTHS", "WEEKDAYS", "plausible"]

MIN_YEAR = 1900


class BadDate(ValueError):
    """A date value that is impossible or absurd."""


MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4,
    "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?P<weekday>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?[ \t]+(?:the[ \t]+)?)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_TEXT_DATES = [
    re.compile(rf"\b{_WEEKDAY}{_MONTH}[ \t]+{_DAY},?[ \t]+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{_DAY}[ \t]+(?:of[ \t]+)?{_MONTH},?[ \t]+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
]


def plausible(value: datetime, today: date | None = None) -> bool:
    """A publication date must lie between 1900 and tomorrow."""
    today = today or date.today()
    return MIN_YEAR <= value.year and value.date() <= date.fromordinal(today.toordinal() + 1)


def _utc_naive(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value


def parse_published(value: str, today: date | None = None) -> datetime:
    """Parse a header or field date (ISO 8601, RFC 2822, or plain English) to naive UTC.

    Raises BadDate when the value is not a real date or is implausible.
    """
    text = value.strip()
    parsed: datetime | None = None
    if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
        year, month, day = (int(part) for part in text.split("-"))
        try:
            parsed = datetime(year, month, day)
        except ValueError as exc:
            raise BadDate(f"{value!r} is not a real date ({exc})") from None
    if parsed is None:
        try:
            parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
    if parsed is None and re.fullmatch(r"\d{9,10}(\.\d+)?", text):
        parsed = datetime.fromtimestamp(float(text), tz=timezone.utc)
    if parsed is None:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
    if parsed is None:
        parsed = _dateparser_parse(text, today or date.today())
    if parsed is None:
        parsed = _other_languages(text)
    if parsed is None:
        raise BadDate(f"{value!r} is not a date")
    parsed = _utc_naive(parsed)
    if not plausible(parsed, today):
        raise BadDate(f"{value!r} is outside 1900..today")
    return parsed


def _dateparser_parse(text: str, today: date) -> datetime | None:
    if len(text) > 64 or not re.search(r"\d", text):
        return None
    from .daterange import date_parser

    data = date_parser("MDY", today).get_date_data(text)
    return data.date_obj if data and data.date_obj else None


# Languages a written date in a field or an export's date line may be in ("Mittwoch
# 31. August 2011", "1 mars 2021").  Only a value English cannot read, with a year
# and a word, is tried in them: dateparser costs far more per language.
OTHER_LANGUAGES = ("de", "fr", "es", "it", "nl", "pt")
_WORDY_WITH_YEAR = re.compile(r"(?=.*[^\W\d_])(?=.*\b(?:1[89]|20)\d\d\b)")


def _other_languages(text: str) -> datetime | None:
    if len(text) > 64 or not _WORDY_WITH_YEAR.match(text):
        return None
    data = _other_language_parser().get_date_data(text)
    return data.date_obj if data and data.date_obj else None


@lru_cache(maxsize=1)
def _other_language_parser() -> Any:
    import dateparser

    return dateparser.date.DateDataParser(languages=list(OTHER_LANGUAGES), settings={
        "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True})


def dates_in_text(text: str, today: date | None = None) -> list[datetime]:
    """Every plausible explicit date (with a year) in the text whose weekday, if named, matches."""
    found = []
    for pattern in _TEXT_DATES:
        for match in pattern.finditer(text):
            value = _match_date(match)
            if value is not None and plausible(value, today):
                found.append(value)
    return found


def date_in_text(text: str, today: date | None = None, with_weekday: bool = False) -> datetime | None:
    """The latest plausible explicit date (with a year) in the text, or None.

    `with_weekday` accepts only dates that name their weekday ("Friday, Jan. 31, 2025").
    """
    best: datetime | None = None
    for pattern in _TEXT_DATES:
        for match in pattern.finditer(text):
            if with_weekday and not match.groupdict().get("weekday"):
                continue
            found = _match_date(match)
            if found is None or not plausible(found, today):
                continue
            if best is None or found > best:
                best = found
    return best


def _match_date(match: re.Match[str]) -> datetime | None:
    month_text = match.group("month").lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
    if month is None:
        return None
    try:
        found = datetime(int(match.group("year")), month, int(match.group("day")))
    except ValueError:
        return None
    weekday = match.groupdict().get("weekday")
    if weekday and WEEKDAYS[weekday.lower().rstrip(".")] != found.weekday():
        return None
    return found
