"""When an article was published, from what its text says of itself, or no date.

A date in the text is the publication date only where the text says so:

1. a dateline, byline or "Published/Updated …" line above or below the article
   (removed by cleaning as such) with a full date;
2. a lead that opens with its date, weekday included ("MOSCOW, Friday, Jan. 31, 2025 —");
3. a lead that names the weekday ("announced Thursday", "on Wednesday, December 3rd")
   when a dated photo caption or other piece of the page falls on that weekday (the
   latest such date): the story and its pictures agree on the day;
4. an agency dateline without a year ("NEW YORK, March 3 -") takes the year of a
   full date elsewhere on the page, only when the result is not after that date and
   within a month of it.

Dates of the events a story recounts or announces are never taken, and no date is
later than the file that holds the article.  Every answer says why (`Dated.why`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .article import DateOrigin, Removed
from .dates import MONTHS, WEEKDAYS, date_in_text, dates_in_text

__all__ = ["Dated", "publication_date"]

STATED_BY = ("dateline", "byline")  # cleaning rules whose pieces state when the article appeared
_LABEL = re.compile(r"\b(?:first\s+)?(?:published|updated|posted|last\s+modified)\b", re.IGNORECASE)
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY_WORD = re.compile(r"\b(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!['’]s)",
                           re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE)
# "NEW YORK, March 3 -", "WASHINGTON, March 3 (Reuters) -", "TAIPEI, March 3 -": a place, a day, a dash.
_AGENCY_DATELINE = re.compile(rf"^[A-Z][A-Za-z .'’-]{{1,40}},\s+(?i:{_MONTH})\s+(?P<day>[0-3]?\d)\b[^.\n]{{0,25}}?[—–-]")
LEAD_DATELINE_CHARS = 60  # "Friday, Jan. 31, 2025 —" opens a lead; a weekday date further in is an event
MOST_DAYS_AFTER = 31  # a year-less dateline is at most this long before the dated piece that gives its year


@dataclass(frozen=True)
class Dated:
    when: datetime | None
    origin: DateOrigin  # "text" when found, else "none"
    why: str


def publication_date(removed: Sequence[Removed], body: str, today: date | None = None,
                     not_after: datetime | None = None) -> Dated:
    """The publication date the text states, or none; `not_after` is the file's time."""
    found = _stated(removed, body, today)
    if found.when is not None and not_after is not None and found.when.date() > not_after.date() + timedelta(days=1):
        return Dated(None, "none", f"no date: {found.why} gives {found.when.date().isoformat()}, "
                                   f"later than the file ({not_after.date().isoformat()})")
    return found


def _stated(removed: Sequence[Removed], body: str, today: date | None) -> Dated:
    stated = [piece.text for piece in removed if piece.rule in STATED_BY or _LABEL.search(piece.text)]
    paragraphs = body.split("\n\n")
    stated += [line for line in paragraphs[:3] + paragraphs[-2:] if _LABEL.match(line.strip())]
    best = max((d for d in (date_in_text(text, today) for text in stated) if d), default=None)
    lead = "\n".join(paragraphs[:2])
    dateline = _AGENCY_DATELINE.match(lead.strip())
    if best is not None:
        first = _dateline_year(dateline, [best]) if dateline else None
        if first is not None and first.when is not None:
            return first  # the day the story was filed, in the year of its "Updated …" line
        return Dated(best, "text", "from the dateline or byline")
    dated_lead = date_in_text(lead[:LEAD_DATELINE_CHARS], today, with_weekday=True)
    if dated_lead is not None:
        return Dated(dated_lead, "text", "from the lead, which names the weekday")
    page = sorted({d for piece in removed for d in dates_in_text(piece.text, today)}, reverse=True)
    weekday = _WEEKDAY_WORD.search(lead)
    if weekday and page:
        wanted = WEEKDAYS[weekday.group("weekday").lower()]
        month_day = _MONTH_DAY.search(lead)
        for day in page:
            same_day = month_day is None or (MONTHS[month_day.group("month").lower().rstrip(".")] == day.month
                                             and int(month_day.group("day")) == day.day)
            if day.weekday() == wanted and same_day:
                return Dated(day, "text", f"the lead's {weekday.group('weekday')} and a dated picture or "
                                          "line of the page agree")
    if dateline:
        return _dateline_year(dateline, page)
    if page:
        return Dated(None, "none", "no date: the page dates only its pictures or the events it tells of")
    return Dated(None, "none", "no date: the text does not say when it was published")


def _dateline_year(match: re.Match[str], page: list[datetime]) -> Dated:
    """A year-less agency dateline, with the year of a dated piece of the page."""
    month = MONTHS[match.group("month").lower().rstrip(".")]
    day = int(match.group("day"))
    said = match.group(0).rstrip(" —–-")
    for evidence in page:
        for year in (evidence.year, evidence.year - 1):
            try:
                candidate = datetime(year, month, day)
            except ValueError:
                continue
            if timedelta(0) <= evidence - candidate <= timedelta(days=MOST_DAYS_AFTER):
                return Dated(candidate, "text", f"the dateline {said!r}, in the year of a date on the page")
    return Dated(None, "none", f"no date: the dateline {said!r} has no year, and nothing on the page gives one")
